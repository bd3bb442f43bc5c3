import { fileName } from '../../src/word/WordHost';
/** The pure parts of the Word adapter: model mapping, block planning, error messages. */
import { paragraphSpec, type TableSpec } from '../../src/core/edit';
import { columnWidthsInPoints, headingStyle, planFill, tableValues, TEXT_WIDTH_POINTS } from '../../src/word/blockPlan';
import { isOwnComment, commentContent } from '../../src/word/comments';
import { isProtectionError, officeErrorMessage, WordMessages } from '../../src/word/errors';
import {
  alignmentOf,
  fontInfoOf,
  headingLevelOf,
  toModelParagraphs,
  wordAlignment,
  type LoadedParagraph,
} from '../../src/word/readModel';

const plain: LoadedParagraph = {
  text: 'x',
  style: 'Normal',
  styleBuiltIn: 'Normal',
  alignment: 'Left',
  isListItem: false,
  tableNestingLevel: 0,
  font: { name: 'Times New Roman', size: 14, bold: false, italic: false, underline: 'None', color: '#000000' },
  layout: { firstLineIndent: 0, leftIndent: 0, rightIndent: 0, spaceBefore: 0, spaceAfter: 0 },
};

describe('readModel', () => {
  it('maps built-in heading styles and nothing else to levels', () => {
    expect(['Heading1', 'Heading9', 'Normal', 'Other', 'Heading10', 'Title'].map(headingLevelOf)).toEqual([
      1,
      9,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('maps alignments both ways and drops Mixed', () => {
    expect(alignmentOf('Centered')).toBe('centered');
    expect(alignmentOf('Mixed')).toBeUndefined();
    expect(wordAlignment('justified')).toBe('Justified');
  });

  it('reports mixed font values as null', () => {
    expect(fontInfoOf({ name: '', size: null, bold: null, italic: true, underline: 'Mixed', color: '' })).toEqual({
      name: null,
      size: null,
      bold: null,
      italic: true,
      underline: null,
      color: null,
    });
    expect(fontInfoOf({ ...plain.font, underline: 'Double' }).underline).toBe(true);
  });

  it('numbers tables by document order, starting anew when the cell order goes back', () => {
    const cell = (rowIndex: number, cellIndex: number): LoadedParagraph => ({
      ...plain,
      tableNestingLevel: 1,
      cell: { rowIndex, cellIndex },
    });
    const cells = toModelParagraphs([
      cell(0, 0),
      cell(0, 1),
      cell(1, 0),
      plain,
      cell(0, 0),
      cell(0, 0),
      cell(0, 1),
      cell(0, 0),
    ]).map((p) => p.cell);
    expect(cells).toEqual([
      { table: 0, row: 0, cell: 0 },
      { table: 0, row: 0, cell: 1 },
      { table: 0, row: 1, cell: 0 },
      undefined,
      { table: 1, row: 0, cell: 0 },
      { table: 1, row: 0, cell: 0 },
      { table: 1, row: 0, cell: 1 },
      { table: 2, row: 0, cell: 0 },
    ]);
  });

  it('keeps only this add-in’s control tags, and recognises a shown placeholder', () => {
    const [own, guide, other] = toModelParagraphs([
      { ...plain, control: { tag: 'thethuc:header', placeholderText: '' } },
      { ...plain, text: 'Nêu kết quả', control: { tag: 'thethuc:guide:a:b', placeholderText: 'Nêu kết quả' } },
      { ...plain, control: { tag: 'user', placeholderText: '' } },
    ]);
    expect(own.controlTag).toBe('thethuc:header');
    expect(own.showsPlaceholder).toBeUndefined();
    expect(guide).toMatchObject({ controlTag: 'thethuc:guide:a:b', showsPlaceholder: true });
    expect(other.controlTag).toBeUndefined();
  });

  it('keeps the list string only for list items', () => {
    const [item, notItem] = toModelParagraphs([
      { ...plain, isListItem: true, listString: 'a)' },
      { ...plain, listString: 'stale' },
    ]);
    expect(item).toMatchObject({ isListItem: true, listString: 'a)' });
    expect(notItem.listString).toBeUndefined();
  });
});

describe('blockPlan', () => {
  const table: TableSpec = { kind: 'table', rows: [[[paragraphSpec('a')]]] };

  it('fills the first paragraph with the first paragraph item and appends the rest', () => {
    expect(planFill([paragraphSpec('1'), table, paragraphSpec('2')]).map((s) => `${s.kind}:${s.target}`)).toEqual([
      'paragraph:first',
      'table:append',
      'paragraph:append',
    ]);
  });

  it('puts leading tables before the first paragraph and separates consecutive tables', () => {
    expect(planFill([table, table, paragraphSpec('x'), table, table]).map((s) => `${s.kind}:${s.target}`)).toEqual([
      'table:beforeFirst',
      'paragraph:first',
      'table:append',
      'paragraph:append',
      'table:append',
      'paragraph:append',
      'table:append',
    ]);
  });

  it('turns relative column widths into points over the text width', () => {
    const widths = columnWidthsInPoints([45, 55]);
    expect(widths[0] + widths[1]).toBeCloseTo(TEXT_WIDTH_POINTS, 0);
    expect(widths[0] / widths[1]).toBeCloseTo(45 / 55, 2);
    expect(columnWidthsInPoints([])).toEqual([]);
  });

  it('gives table values from first paragraphs, padding short rows, leaving run and placeholder cells empty', () => {
    const spec: TableSpec = {
      kind: 'table',
      rows: [
        [[paragraphSpec('a'), paragraphSpec('a2')], [paragraphSpec('', { runs: [{ text: 'r' }] })]],
        [[{ kind: 'paragraph', placeholder: { tag: 't', text: 'p' } }]],
      ],
    };
    expect(tableValues(spec)).toEqual({
      rows: 2,
      columns: 2,
      values: [
        ['a', ''],
        ['', ''],
      ],
    });
  });

  it('names heading styles', () => {
    expect([undefined, 0, 2, 10].map(headingStyle)).toEqual(['Normal', 'Normal', 'Heading2', 'Normal']);
  });
});

describe('errors and comments', () => {
  it('maps protection codes to the read-only message and others to a message with the code', () => {
    expect(officeErrorMessage({ code: 'AccessDenied' })).toEqual(WordMessages.readOnly);
    expect(isProtectionError({ code: 'AccessDenied' })).toBe(true);
    expect(officeErrorMessage({ code: 'ItemNotFound' })).toEqual(WordMessages.notFound);
    const general = officeErrorMessage(new Error('boom'));
    expect(general.vi).toContain('Error');
    expect(general.vi).not.toContain('{code}');
  });

  it('recognises its own comments by prefix', () => {
    expect(isOwnComment(commentContent('Sai chính tả'))).toBe(true);
    expect(isOwnComment('Ý kiến: [Thể thức] trích')).toBe(false);
  });
});

describe('fileName', () => {
  it('decodes URL-encoded names and keeps local names with "%" as they are', () => {
    expect(fileName('https://contoso.sharepoint.com/Shared%20Documents/B%C3%A1o%20c%C3%A1o.docx')).toBe('Báo cáo.docx');
    expect(fileName('C:\\Users\\van\\Documents\\đạt 100%.docx')).toBe('đạt 100%.docx');
  });
});
