import type { ParagraphSpec, TableSpec, TextFormat } from '../core/edit';
import { specText } from '../core/edit';
import {
  CELL_PADDING_POINTS,
  columnWidthsInPoints,
  headingStyle,
  planFill,
  ruleOoxml,
  tableValues,
  TEXT_WIDTH_POINTS,
} from './blockPlan';
import { escapeSearch, narrowReplacement } from './needle';
import { breaksAsSpaces, wordAlignment } from './readModel';

export const CONTROL_TITLE = 'Thể thức';
const BORDERS = ['Top', 'Left', 'Bottom', 'Right', 'InsideHorizontal', 'InsideVertical'] as const;

/**
 * What a write batch reads back in the same sync to prove a structure landed (word-api-notes 1, 7): the tag of the
 * control around each table, the built-in style of each heading. Each check is read after the sync.
 */
export interface LandingCheck {
  what: string;
  expected: string;
  actual: () => string;
}

/** Collected while queueing one batch's writes. */
export interface WriteQueue {
  /**
   * Writes that go last, after the structure: placeholder texts (Word on the web has refused them, NotAllowed,
   * office-js#785) and rules drawn as borders (a paragraph inserted after a bordered one would inherit its border).
   */
  placeholders: Array<() => void>;
  checks: LandingCheck[];
}

/** New text takes the formatting of its neighbour in Word; emphasis not asked for is switched off explicitly. */
const PLAIN: TextFormat = { bold: false, italic: false, underline: false };

export function writeFont(font: Word.Font, format: TextFormat): void {
  if (format.font !== undefined) font.name = format.font;
  if (format.size !== undefined) font.size = format.size;
  if (format.bold !== undefined) font.bold = format.bold;
  if (format.italic !== undefined) font.italic = format.italic;
  if (format.underline !== undefined) font.underline = format.underline ? 'Single' : 'None';
  if (format.color !== undefined) font.color = format.color;
}

/**
 * Writes a spec into an empty paragraph (or one that already holds its text, for table cells). Returns the
 * guidance control when the spec is a placeholder.
 */
function writeParagraph(
  paragraph: Word.Paragraph,
  spec: ParagraphSpec,
  hasText: boolean,
  queue: WriteQueue,
  /** Width (points) of the column the paragraph sits in, to size a rule. */
  container = TEXT_WIDTH_POINTS,
): Word.ContentControl | null {
  // Style first: applying a style resets the paragraph's formatting.
  const style = headingStyle(spec.headingLevel);
  paragraph.styleBuiltIn = style as Word.Paragraph['styleBuiltIn'];
  if (style !== 'Normal') {
    // styleBuiltIn may not stick (Office-Add-in-samples#223): read it back in the same batch.
    paragraph.load('styleBuiltIn');
    queue.checks.push({ what: `kiểu ${style}`, expected: style, actual: () => paragraph.styleBuiltIn });
  }
  if (spec.alignment) paragraph.alignment = wordAlignment(spec.alignment);
  if (spec.spaceAfter !== undefined) paragraph.spaceAfter = spec.spaceAfter;
  if (spec.leftIndent !== undefined) paragraph.leftIndent = spec.leftIndent;
  if (spec.firstLineIndent !== undefined) paragraph.firstLineIndent = spec.firstLineIndent;
  if (spec.rule) {
    const xml = ruleOoxml(spec.rule.width, container, spec.format?.size ?? 6, spec.spaceAfter);
    queue.placeholders.push(() => void paragraph.insertOoxml(xml, 'Replace'));
    return null;
  }
  if (spec.placeholder) {
    writeFont(paragraph.font, { ...PLAIN, ...spec.format });
    const guide = paragraph.insertContentControl();
    guide.tag = spec.placeholder.tag;
    guide.title = CONTROL_TITLE;
    // No line breaks in placeholder text: how Word stores them is unknown (word-api-notes 9).
    const text = breaksAsSpaces(spec.placeholder.text);
    queue.placeholders.push(() => (guide.placeholderText = text));
    return guide;
  }
  if (spec.runs) {
    for (const run of spec.runs)
      writeFont(paragraph.insertText(run.text, 'End').font, { ...PLAIN, ...spec.format, ...run.format });
    return null;
  }
  const text = specText(spec);
  if (text && !hasText) paragraph.insertText(text, 'End');
  writeFont(paragraph.font, { ...PLAIN, ...spec.format });
  return null;
}

function writeTable(table: Word.Table, spec: TableSpec, queue: WriteQueue): void {
  for (const location of BORDERS) table.getBorder(location).type = 'None';
  const widths = spec.columnWidths ? columnWidthsInPoints(spec.columnWidths) : [];
  spec.rows.forEach((row, r) =>
    row.forEach((paragraphs, c) => {
      const cell = table.getCell(r, c);
      if (widths[c]) cell.columnWidth = widths[c];
      const [firstSpec, ...rest] = paragraphs;
      const inside = (widths[c] ?? TEXT_WIDTH_POINTS) - CELL_PADDING_POINTS;
      if (firstSpec)
        writeParagraph(
          cell.body.paragraphs.getFirst(),
          firstSpec,
          !firstSpec.runs && !firstSpec.placeholder,
          queue,
          inside,
        );
      for (const spec of rest) writeParagraph(cell.body.insertParagraph('', 'End'), spec, false, queue, inside);
    }),
  );
}

/**
 * Writes planned items into a fresh target whose first (empty) paragraph is `first`. Inside a control everything
 * goes through the control's own Start/End inserts, which stay inside it; a paragraph's Before/After inserts land
 * outside the control when the paragraph is its first or last (office-js#866 "by design", #3176).
 */
export function fill(
  control: Word.ContentControl | null,
  tag: string | undefined,
  first: Word.Paragraph,
  steps: ReturnType<typeof planFill>,
  queue: WriteQueue,
): void {
  // What was written last; a guidance control is appended after as a whole, never inside.
  let last: { paragraph: Word.Paragraph } | { table: Word.Table } | { guide: Word.ContentControl } = {
    paragraph: first,
  };
  const appendParagraph = (): Word.Paragraph => {
    if (control) return control.insertParagraph('', 'End');
    if ('guide' in last) return last.guide.insertParagraph('', 'After');
    return 'paragraph' in last ? last.paragraph.insertParagraph('', 'After') : last.table.insertParagraph('', 'After');
  };
  for (const step of steps) {
    if (step.kind === 'paragraph') {
      const paragraph = step.target === 'first' ? first : appendParagraph();
      const guide = writeParagraph(paragraph, step.spec, false, queue);
      last = guide ? { guide } : { paragraph };
      continue;
    }
    const { rows, columns, values } = tableValues(step.spec);
    let table: Word.Table;
    if (control) table = control.insertTable(rows, columns, step.target === 'beforeFirst' ? 'Start' : 'End', values);
    else if (step.target === 'beforeFirst') table = first.insertTable(rows, columns, 'Before', values);
    else if ('paragraph' in last) table = last.paragraph.insertTable(rows, columns, 'After', values);
    else table = appendParagraph().insertTable(rows, columns, 'After', values);
    writeTable(table, step.spec, queue);
    if (tag) {
      const parent = table.parentContentControlOrNullObject.load('tag');
      queue.checks.push({
        what: 'bảng nằm trong khối của phần bổ trợ',
        expected: tag,
        actual: () => (parent.isNullObject ? '' : parent.tag),
      });
    }
    if (step.target === 'append') last = { table };
  }
}

/** Writes only the changed middle of a found stretch when its unchanged ends can be found inside it. */
export function writeReplacement(range: Word.Range, original: string, replacement: string): void {
  const narrowed = narrowReplacement(original, replacement);
  if (!narrowed) {
    range.insertText(replacement, 'Replace');
    return;
  }
  const find = (within: Word.Range, text: string) => within.search(escapeSearch(text), { matchCase: true }).getFirst();
  const start = narrowed.prefix ? find(range, narrowed.prefix).getRange('End') : range.getRange('Start');
  const rest = start.expandTo(range.getRange('End'));
  const end = narrowed.suffix ? find(rest, narrowed.suffix).getRange('Start') : range.getRange('End');
  const middle = start.expandTo(end);
  if (narrowed.replacement) middle.insertText(narrowed.replacement, 'Replace');
  else middle.delete();
}
