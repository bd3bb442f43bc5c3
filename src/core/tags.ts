/**
 * Tags of the content controls this add-in writes. A tag marks a block the add-in owns, so re-running an
 * insertion replaces that block in place instead of adding a second one.
 */
export const TAG_PREFIX = 'thethuc:';

export const Tags = {
  header: `${TAG_PREFIX}header`,
  signature: `${TAG_PREFIX}signature`,
  /** Guidance placeholder under an outline section: thethuc:guide:<templateId>:<sectionId>. */
  guide: (templateId: string, sectionId: string) => `${TAG_PREFIX}guide:${templateId}:${sectionId}`,
} as const;

export function isOwnTag(tag: string | undefined): tag is string {
  return typeof tag === 'string' && tag.startsWith(TAG_PREFIX);
}

export function parseGuideTag(tag: string): { templateId: string; sectionId: string } | null {
  const m = /^thethuc:guide:([^:]+):(.+)$/.exec(tag);
  return m ? { templateId: m[1], sectionId: m[2] } : null;
}
