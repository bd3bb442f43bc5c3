/** Comments this add-in writes start with this prefix, so a later run can replace them and leave others alone. */
export const COMMENT_PREFIX = '[Thể thức] ';

export function commentContent(text: string): string {
  return COMMENT_PREFIX + text;
}

export function isOwnComment(content: string): boolean {
  return content.startsWith(COMMENT_PREFIX);
}
