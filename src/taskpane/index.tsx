import { createRoot } from 'react-dom/client';
import { App } from './App';
import type { CheckConfig } from '../core/config';
import { HostNotice } from './HostNotice';
import { loadOrgConfig } from './orgConfig';
import { loadLexicon } from '../core/lexicon';
import { defaultCheckEngine, workersAvailable } from './checkEngine';

/** The page's mount point; created when the HTML template has none. */
function mountPoint(): HTMLElement {
  const existing = document.getElementById('root');
  if (existing) return existing;
  const el = document.createElement('div');
  el.id = 'root';
  document.body.appendChild(el);
  return el;
}

// The pane fills the task-pane window; its own body scrolls.
const fill = document.createElement('style');
fill.textContent = 'html, body, #root { height: 100%; margin: 0; }';
document.head.appendChild(fill);

if (typeof Office === 'undefined') {
  // Office.js comes from Microsoft's CDN; without it (offline, or opened outside Word) say so instead of a blank pane.
  createRoot(mountPoint()).render(
    <HostNotice
      title="Không tải được Office.js"
      body="Hãy mở Thể thức trong Word khi máy có mạng, hoặc dùng trang playground.html để thử không cần Word."
      english="Office.js could not be loaded: open Thể thức in Word while online, or try it without Word in playground.html."
    />,
  );
} else {
  Office.onReady(async (info) => {
    const root = createRoot(mountPoint());
    if (info.host !== Office.HostType.Word) {
      root.render(
        <HostNotice
          title="Thể thức chỉ chạy trong Word"
          body="Phần bổ trợ này dành cho Microsoft Word; hãy mở nó từ thẻ Trang đầu của Word."
          english="This add-in runs only in Microsoft Word."
        />,
      );
      return;
    }
    // The Word adapter is loaded after Office.js is ready, keeping the first bundle small.
    const { WordHost } = await import('../word/WordHost');
    const host = new WordHost();
    const render = (config?: CheckConfig) =>
      root.render(<App host={host} officeTheme={Office.context.officeTheme} config={config} />);
    render();
    // Checks run in a worker that loads the lexicon (real-word slips) itself; start it now, after first paint.
    // Without workers the lexicon chunk loads here; checks before it list it as not evaluated.
    if (workersAvailable()) void defaultCheckEngine();
    else void loadLexicon();
    // The office's shared settings and templates (org/ beside the add-in) arrive after first paint.
    const org = await loadOrgConfig();
    for (const problem of org.problems) console.warn(problem.vi);
    if (Object.keys(org.config).length) render(org.config);
  });
}
