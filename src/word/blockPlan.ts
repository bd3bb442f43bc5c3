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

/** Default left and right cell margins of a Word table (0.08" each), which a cell's paragraphs do not use. */
export const CELL_PADDING_POINTS = 2 * 5.4;

/** Indents (points) that centre a rule `width` long in a column `container` wide. */
export function ruleIndent(width: number, container: number): number {
  return Math.max(0, Math.round(((container - width) / 2) * 10) / 10);
}

/**
 * A rule as Office Open XML: one empty paragraph whose bottom border (solid, ¾ pt, black) runs between indents that
 * centre it in its column. WordApi 1.3 has no paragraph border property (office-js#4990; Paragraph.borders is
 * WordApiDesktop only), but Paragraph.insertOoxml (WordApi 1.1) takes a paragraph with w:pBdr. The paragraph mark is
 * small (`size` pt) so the line sits close under the text above; w:ind and w:spacing are in twentieths of a point.
 */
export function ruleOoxml(width: number, container: number, size: number, spaceAfter = 0): string {
  const twips = (points: number) => Math.round(points * 20);
  const indent = twips(ruleIndent(width, container));
  const halfPoints = Math.round(size * 2);
  const paragraph =
    '<w:p><w:pPr>' +
    '<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>' +
    `<w:spacing w:before="0" w:after="${twips(spaceAfter)}" w:line="240" w:lineRule="auto"/>` +
    `<w:ind w:left="${indent}" w:right="${indent}" w:firstLine="0"/>` +
    '<w:jc w:val="center"/>' +
    `<w:rPr><w:sz w:val="${halfPoints}"/><w:szCs w:val="${halfPoints}"/></w:rPr>` +
    '</w:pPr></w:p>';
  return (
    '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">' +
    '<pkg:part pkg:name="/_rels/.rels" pkg:contentType="application/vnd.openxmlformats-package.relationships+xml">' +
    '<pkg:xmlData><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
    '</Relationships></pkg:xmlData></pkg:part>' +
    '<pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml">' +
    '<pkg:xmlData><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
    paragraph +
    '</w:body></w:document></pkg:xmlData></pkg:part></pkg:package>'
  );
}
