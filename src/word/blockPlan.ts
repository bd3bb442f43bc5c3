import type { BlockItem, ParagraphSpec, TableSpec } from '../core/edit';
import { specText } from '../core/edit';

/**
 * How block items are written into a fresh target: the target (a new content control, or a new paragraph at the
 * insertion point) starts with one empty paragraph, "first". The first paragraph item fills it; tables that come
 * before any paragraph go before it; everything else is appended in order. A table ending the block leaves
 * "first" empty after it, as Word needs a paragraph after a table anyway. Two tables in a row get an empty
 * paragraph between them, since Word would merge them.
 */
export type FillStep =
  | { kind: 'paragraph'; target: 'first' | 'append'; spec: ParagraphSpec }
  | { kind: 'table'; target: 'beforeFirst' | 'append'; spec: TableSpec };

const SPACER: ParagraphSpec = { kind: 'paragraph', text: '' };

export function planFill(items: readonly BlockItem[]): FillStep[] {
  const steps: FillStep[] = [];
  let firstUsed = false;
  let previous: BlockItem['kind'] | null = null;
  for (const item of items) {
    if (item.kind === 'table') {
      if (previous === 'table') {
        if (firstUsed) steps.push({ kind: 'paragraph', target: 'append', spec: SPACER });
        else {
          steps.push({ kind: 'paragraph', target: 'first', spec: SPACER });
          firstUsed = true;
        }
      }
      steps.push({ kind: 'table', target: firstUsed ? 'append' : 'beforeFirst', spec: item });
    } else {
      steps.push({ kind: 'paragraph', target: firstUsed ? 'append' : 'first', spec: item });
      firstUsed = true;
    }
    previous = item.kind;
  }
  return steps;
}

/** Text width of an A4 page with the margins of the regulations (30 mm left, 20 mm right): 160 mm in points. */
export const TEXT_WIDTH_POINTS = (160 / 25.4) * 72;

/** Column widths in points from relative widths. */
export function columnWidthsInPoints(relative: readonly number[], total = TEXT_WIDTH_POINTS): number[] {
  const sum = relative.reduce((a, b) => a + b, 0);
  return sum > 0 ? relative.map((w) => Math.round((w / sum) * total * 10) / 10) : [];
}

/** Table shape and the text each cell starts with (its first paragraph; runs are written afterwards). */
export function tableValues(spec: TableSpec): { rows: number; columns: number; values: string[][] } {
  const columns = Math.max(1, ...spec.rows.map((r) => r.length));
  const values = spec.rows.map((row) =>
    Array.from({ length: columns }, (_, c) => {
      const first = row[c]?.[0];
      return first && !first.runs && !first.placeholder ? specText(first) : '';
    }),
  );
  return { rows: Math.max(1, spec.rows.length), columns, values: values.length ? values : [Array(columns).fill('')] };
}

export function headingStyle(level: number | undefined): string {
  return level && level >= 1 && level <= 9 ? `Heading${level}` : 'Normal';
}
