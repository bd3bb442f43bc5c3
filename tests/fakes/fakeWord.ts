/**
 * An in-memory fake of the Word JavaScript API subset that src/word/WordHost uses, for tests.
 *
 * Build a document, hand `fake.env` to the code under test, then read the document back:
 *
 *   const fake = createFakeWord([
 *     { text: 'BÁO CÁO', heading: 1 },
 *     'Một đoạn văn.',
 *     { listString: '1.', text: 'Mục một' },
 *     { table: [['ô 1', 'ô 2'], ['ô 3', { text: 'ô 4', font: { bold: true } }]] },
 *     { control: { tag: 'thethuc:header', title: 'Thể thức' }, blocks: ['Dòng trong khối'] },
 *   ], { apiVersion: '1.4' });
 *   const host = new WordHost(fake.env);          // or fake.installGlobals() for code that uses Word/Office globals
 *   fake.paragraphs()   // [{ text, styleBuiltIn, style, alignment, font, runs, listString, tags, tag, cell, ... }]
 *   fake.texts(), fake.controls(), fake.tables() (rows, borders, columnWidths, tags), fake.blockKinds() (top level),
 *   fake.comments(), fake.selection(), fake.settings / fake.settingsSaves, fake.syncCount (all runs),
 *   fake.contexts (one per Word.run, each with its own syncCount).
 * Tests may also drive the API directly: `await fake.Word.run(async (context) => { ... })`.
 *
 * Test levers: fake.setParagraphText(i, text) (the user types), fake.setApiVersion('1.3'), fake.mode = 'readOnly',
 * fake.changeTrackingMode = 'TrackAll',
 * fake.protected = true (writes fail with AccessDenied), fake.failNextSync(code), fake.addComment(...),
 * fake.refusePlaceholderText = true (placeholderText fails with NotAllowed, like Word on the web once did),
 * fake.searchDialogOpen = true, fake.headingStyleIgnored = true, fake.controlTablesEscape = true,
 * fake.setSelection(paragraph, start, length); paragraph runs may be tracked deletions ({ text, deleted: true }).
 *
 * Real-Word behaviours modelled (numbers of ../shared/reference/word-api-notes.md; docs/word-compatibility.md):
 * option `host: 'desktop' | 'web'` (default desktop) where the platforms differ.
 * 1. Paragraph.insertParagraph/insertTable Before the first / After the last block of a control land outside it.
 * 2. (web) inserting into a control cleared while it held a table fails with GeneralException.
 * 3. (web) loading list details or the cell of a list item holding tracked deletions fails the whole sync.
 * 4. paragraph.text includes tracked deletions; getReviewedText('Current') (1.4) does not.
 * 5. searchDialogOpen: every search fails with SearchDialogIsOpen.
 * 6. styleBuiltIn on a paragraph inserted through a Range fails with InvalidArgument.
 * 7. headingStyleIgnored: heading styles do not stick.
 * 8. a straight quote in a search also finds curly quotes.
 * 9. "\n" in placeholderText is stored as "\r".
 * 11. a paragraph inserted next to a list item joins the list; detachFromList() takes it out.
 * 13. searches over 255 characters fail: InvalidArgument on desktop, SearchStringInvalidOrTooLong on the web.
 * 14. (1.6) document.onParagraphAdded/Changed/Deleted: handlers registered at sync, called asynchronously after
 *     every text change (the add-in's own too); fake.dropParagraphEvents loses them (office-js#4874, #3864, #5400).
 * A control's placeholder is not reported as paragraph text (it is the control's `placeholderText`); real Word may
 * report the shown placeholder as text, which src/word/readModel.ts also recognises.
 *
 * Semantics enforced, as in Office:
 * - Every method call and property write is queued and takes effect at `context.sync()`, in order. If an
 *   operation fails, the sync rejects with an error carrying `code` (Office's codes: AccessDenied, ItemNotFound,
 *   InvalidArgument, ApiNotFound, SearchStringInvalidOrTooLong, ...); operations before it stay applied.
 * - A property can be read only after it was loaded and a sync ran; otherwise PropertyNotLoaded is thrown.
 *   Collections expose `items` only after load + sync. `load()` without arguments is refused (the project rule).
 *   Load paths may go through navigation properties ("font/name", "parentContentControlOrNullObject/tag") and may
 *   be written with or without "items/" on a collection.
 * - `...OrNullObject` proxies report `isNullObject` after a load; their other properties then throw.
 * - Word.run syncs pending operations when the batch returns (counted) and closes the context; a proxy used after
 *   its run throws InvalidObjectPath.
 * - Ranges are live: they follow text changes in their paragraph, as Word's ranges do.
 * - Search: plain text only (no wildcards), matchCase honoured, hits are non-overlapping and left to right within a
 *   paragraph, never across paragraphs; "^^", "^t", "^l", "^s" escapes; see 5, 8, 13 above.
 * - New paragraphs inherit style, alignment and font of the paragraph they are inserted next to (as in Word).
 * - WordApi 1.4 members (comments, changeTrackingMode) fail with ApiNotFound when the API version is set to 1.3.
 *
 * Supported subset: Word.run(batch); RequestContext {document, sync, syncCount};
 * Document {body, contentControls, getSelection(), changeTrackingMode (1.4)};
 * Body {paragraphs, contentControls, tables, text, insertParagraph(Start|End), insertTable(Start|End),
 *   search, getComments (1.4)};
 * Paragraph {text, style, styleBuiltIn, alignment, isListItem, tableNestingLevel, spaceAfter, spaceBefore,
 *   firstLineIndent, leftIndent, rightIndent, lineSpacing, font, listItemOrNullObject{listString, level},
 *   parentContentControlOrNullObject, parentTableCellOrNullObject{rowIndex, cellIndex}, parentTableOrNullObject,
 *   getReviewedText (1.4), detachFromList(), search, getRange(Whole|Content|Start|End), insertText,
 *   insertOoxml (Replace, one w:p: w:pBdr bottom → state.borderBottom, w:ind, w:jc, w:spacing after),
 *   insertParagraph(Before|After), insertTable(Before|After), insertContentControl(), select(), delete()};
 * ParagraphCollection {items, getFirst, getLast}; Range {text, font, paragraphs, parentContentControlOrNullObject,
 *   parentTableCellOrNullObject, insertText, insertParagraph(Before|After),
 *   expandTo (same paragraph), search (inside the range), getRange(Whole|Start|End), delete(), select(),
 *   insertComment (1.4)}; RangeCollection {items, getFirst, getLast};
 * Table {rowCount, values, getBorder(loc).type/color/width, getCell(r, c){body, columnWidth, rowIndex, cellIndex},
 *   insertParagraph(Before|After), parentContentControlOrNullObject, delete()};
 * ContentControl {id, tag, title, placeholderText, appearance, text, paragraphs, insertParagraph, insertTable
 *   (Start|End), clear(), delete(keepContent)}; ContentControlCollection {items, getByTag, getFirst,
 *   getFirstOrNullObject}; CommentCollection {items}; Comment {content, delete()};
 * Office.context {requirements.isSetSupported, document {mode, url, settings {get, set, remove, saveAsync,
 *   refreshAsync}} (set/get act on the session's in-memory copy; saveAsync writes it into the document, which
 *   fake.settings shows; fake.newPaneSession() gives a new session reading only what was saved),
 *   partitionKey (options.partitionKey), roamingSettings (only with options.roamingSettings)}.
 * New paragraphs take their neighbour's paragraph properties, a bottom border included (as Enter does in Word).
 * Not modelled: ranges spanning paragraphs, inline content controls, OOXML beyond the one-paragraph case, HTML,
 * tracked insertions, undo.
 */
export {
  FakeOfficeError,
  type FakeBlock,
  type FakeControlInit,
  type FakeFont,
  type FakeParagraphInit,
  type FakeParagraphState,
  type FakeTableInit,
  type FakeWordOptions,
} from './word/world';
export * from './word/document';
export * from './word/paragraph';
export * from './word/containers';
export * from './word/app';
