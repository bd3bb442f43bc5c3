/**
 * Styles of the editable document. They target plain elements the host writes (data-* attributes), which
 * component-scoped styles cannot reach, so they go in one <style> element. Local fonts only.
 */
export const DOCUMENT_CSS = `
html, body { margin: 0; height: 100%; }
.tt-page-doc {
  font-family: "Times New Roman", "Liberation Serif", "Tinos", serif;
  font-size: 14pt;
  line-height: 1.45;
  color: #1b1b1b;
  background: #fff;
  /* Exact text: typed spaces stay spaces, no collapsing. */
  white-space: pre-wrap;
  overflow-wrap: break-word;
  outline: none;
  min-height: 100%;
  box-sizing: border-box;
  padding: 2cm 2cm 2cm 3cm;
}
.tt-page-doc p { margin: 0 0 6pt; min-height: 1.45em; }
.tt-page-doc [data-heading-level] { font-weight: bold; }
.tt-page-doc [data-heading-level="1"] { font-size: 1.1em; }
.tt-page-doc [data-list-string]::before { content: attr(data-list-string) " "; }
.tt-page-doc p[data-placeholder]:empty::before {
  content: attr(data-placeholder);
  color: #8a8886;
  font-style: italic;
  pointer-events: none;
}
.tt-page-doc .tt-control {
  border-left: 2px solid #c7e0f4;
  padding-left: 6px;
  margin-left: -8px;
}
.tt-page-doc table { border-collapse: collapse; width: 100%; margin: 0 0 6pt; table-layout: fixed; }
.tt-page-doc td { vertical-align: top; padding: 0 4pt; border: 1px dashed #e1dfdd; }
/* A bar in the left margin marks paragraphs with review comments. */
.tt-page-doc [data-comment] { box-shadow: -10px 0 0 -6px #f2c811; }
.tt-page-doc ::selection { background: #ffe08a; }
`;

export function installDocumentStyles(doc: Document = document): void {
  if (doc.getElementById('tt-document-css')) return;
  const style = doc.createElement('style');
  style.id = 'tt-document-css';
  style.textContent = DOCUMENT_CSS;
  doc.head.appendChild(style);
}
