import type { BlockPosition, InsertBlockEdit } from '../core/edit';
import type { LocalizedText } from '../core/i18n';
import { planFill } from './blockPlan';
import { WordMessages } from './errors';
import { CONTROL_TITLE, fill, type WriteQueue } from './write';

/** Where an insertion goes, decided after the first sync. */
export type Placement =
  | { kind: 'replaceControl'; control: Word.ContentControl }
  | { kind: 'body'; at: 'Start' | 'End'; list: boolean }
  | { kind: 'selection'; paragraph: Word.Paragraph; list: boolean }
  | { kind: 'paragraph'; paragraph: Word.Paragraph; where: 'Before' | 'After'; list: boolean }
  | { kind: 'replace'; before: Word.Paragraph | Word.Table; remove: Array<Word.Paragraph | Word.Table>; list: boolean };

export interface SelectionPlace {
  paragraph: Word.Paragraph;
  control: Word.ContentControl;
}

/** Where the cursor is: inserted blocks go after its paragraph, never into a cell or another control. */
export function loadSelection(context: Word.RequestContext): SelectionPlace {
  const range = context.document.getSelection();
  const paragraph = range.paragraphs.getFirst().load('isListItem,tableNestingLevel');
  const control = range.parentContentControlOrNullObject.load('tag');
  return { paragraph, control };
}

/** The placement of an insertion, 'stale' when the document no longer reads as expected, or a refusal message. */
export function placeFor(
  position: BlockPosition,
  items: Word.Paragraph[],
  current: readonly string[],
  selection: SelectionPlace | null,
): Placement | 'stale' | LocalizedText {
  switch (position.at) {
    case 'start':
      return { kind: 'body', at: 'Start', list: !!items[0]?.isListItem };
    case 'end':
      return { kind: 'body', at: 'End', list: !!items[items.length - 1]?.isListItem };
    case 'selection': {
      // A paragraph inserted through a Range cannot be styled (office-js#1656): insert through the paragraph.
      const { paragraph, control } = selection!;
      if (paragraph.tableNestingLevel > 0) return WordMessages.insideTable;
      if (!control.isNullObject) return WordMessages.insideControl;
      return { kind: 'selection', paragraph, list: paragraph.isListItem };
    }
    case 'afterParagraph':
    case 'beforeParagraph': {
      const anchor = items[position.paragraph];
      if (!anchor || current[position.paragraph] !== position.expected) return 'stale';
      if (anchor.tableNestingLevel > 0) return WordMessages.insideTable;
      if (!anchor.parentContentControlOrNullObject.isNullObject) return WordMessages.insideControl;
      const where = position.at === 'afterParagraph' ? 'After' : 'Before';
      return { kind: 'paragraph', paragraph: anchor, where, list: anchor.isListItem };
    }
    case 'replaceParagraphs':
      return replacePlacement(position, items, current);
  }
}

/**
 * Paragraphs first..last, which must read as expected, are replaced: the block goes before them, then they are
 * deleted, a table among them as a whole. Refused when the range cuts a table or reaches into a nested one.
 */
function replacePlacement(
  position: Extract<BlockPosition, { at: 'replaceParagraphs' }>,
  items: Word.Paragraph[],
  current: readonly string[],
): Placement | 'stale' {
  const { first, last, expected } = position;
  if (first < 0 || last < first || last >= items.length || expected.length !== last - first + 1) return 'stale';
  if (expected.some((text, k) => current[first + k] !== text)) return 'stale';
  const level = (i: number) => items[i]?.tableNestingLevel ?? 0;
  if ((level(first) > 0 && level(first - 1) > 0) || (level(last) > 0 && level(last + 1) > 0)) return 'stale';
  const remove: Array<Word.Paragraph | Word.Table> = [];
  for (let i = first; i <= last; i++) {
    if (level(i) === 0) remove.push(items[i]);
    else if (level(i - 1) === 0 || i === first) {
      // The first paragraph of a table (cell 0,0) gives the table; a nested table there would give the inner one.
      if (level(i) > 1) return 'stale';
      remove.push(items[i].parentTableOrNullObject);
    }
  }
  return { kind: 'replace', before: remove[0], remove, list: items[first].isListItem };
}

export function queueInsert(
  context: Word.RequestContext,
  edit: InsertBlockEdit,
  placement: Placement,
  queue: WriteQueue,
): void {
  const steps = planFill(edit.items);
  let first: Word.Paragraph;
  let list = false;
  switch (placement.kind) {
    case 'replaceControl':
      // The new block goes before the old control, which is then deleted with its content: clear() on a control
      // holding a table and inserting into it fails on the web (office-js#6330, #3183, #3685).
      first = placement.control.insertParagraph('', 'Before');
      break;
    case 'body':
      first = context.document.body.insertParagraph('', placement.at);
      list = placement.list;
      break;
    case 'selection':
      first = placement.paragraph.insertParagraph('', 'After');
      list = placement.list;
      break;
    case 'paragraph':
      first = placement.paragraph.insertParagraph('', placement.where);
      list = placement.list;
      break;
    case 'replace':
      first = placement.before.insertParagraph('', 'Before');
      list = placement.list;
      break;
  }
  // A paragraph inserted next to a list item joins the list (word-api-notes 11).
  if (list) first.detachFromList();
  if (edit.tag) {
    const wrapper = first.insertContentControl();
    wrapper.tag = edit.tag;
    wrapper.title = CONTROL_TITLE;
    fill(wrapper, edit.tag, first, steps, queue);
  } else fill(null, undefined, first, steps, queue);
  if (placement.kind === 'replaceControl') placement.control.delete(false);
  if (placement.kind === 'replace') for (const target of placement.remove) target.delete();
}
