import type { FormatEdit, PageSetupEdit } from '../core/edit';
import type { DocumentModel } from '../core/model';
import { formatEditMatches, pageSetupEditMatches } from '../core/presentation/formatEdit';
import { setAlignment, setParagraphFormat, setRangeFont } from './presentation';
import { elementText } from './dom';

/** The playground has one section: a page-setup edit for another one is refused. */
export function presentationMatches(model: DocumentModel, edit: FormatEdit | PageSetupEdit): boolean {
  return edit.kind === 'setFormat' ? formatEditMatches(model, edit) : pageSetupEditMatches(model, edit);
}

/** Carries out a formatting edit on a paragraph element; its text stays exactly as it was. */
export function applyFormat(el: HTMLElement, edit: FormatEdit): void {
  const { font, format, alignment } = edit.set;
  if (font && Object.keys(font).length) {
    const range = edit.range ?? { start: 0, length: elementText(el).length };
    setRangeFont(el, range.start, range.length, font);
  }
  if (format) setParagraphFormat(el, format);
  if (alignment) setAlignment(el, alignment);
}
