import { createRoot } from 'react-dom/client';
import { loadLexicon } from '../core/lexicon';
import { defaultCheckEngine, workersAvailable } from '../taskpane/checkEngine';
import { installDocumentStyles } from './pageStyles';
import { PlaygroundHost } from './PlaygroundHost';
import { PlaygroundPage } from './PlaygroundPage';

installDocumentStyles();

const editor = document.createElement('div');
editor.className = 'tt-page-doc';
editor.setAttribute('role', 'textbox');
editor.setAttribute('aria-multiline', 'true');
editor.setAttribute('aria-label', 'Văn bản');
editor.setAttribute('lang', 'vi');
editor.setAttribute('data-testid', 'document');
// Pasting keeps the text only: the document model is text plus the structure the host writes itself.
editor.addEventListener('paste', (e) => {
  const text = e.clipboardData?.getData('text/plain');
  if (text === undefined) return;
  e.preventDefault();
  document.execCommand('insertText', false, text);
});

const host = new PlaygroundHost(editor);
host.load({
  paragraphs: [{ text: 'Gõ hoặc dán văn bản vào đây, hoặc mở một tệp .txt / .docx…', showsPlaceholder: true }],
  meta: {},
});

const mount = document.getElementById('root') ?? document.body.appendChild(document.createElement('div'));
createRoot(mount).render(<PlaygroundPage host={host} />);
// Checks run in a worker that loads the lexicon (real-word slips) itself; without workers the lexicon chunk loads
// here. Either way after first paint.
setTimeout(() => void (workersAvailable() ? defaultCheckEngine() : loadLexicon()), 0);
