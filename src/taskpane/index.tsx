import { createRoot } from 'react-dom/client';
import { App } from './App';

/** The page's mount point; created when the HTML template has none. */
function mountPoint(): HTMLElement {
  const existing = document.getElementById('root');
  if (existing) return existing;
  const el = document.createElement('div');
  el.id = 'root';
  document.body.appendChild(el);
  return el;
}

Office.onReady(async (info) => {
  const root = createRoot(mountPoint());
  if (info.host !== Office.HostType.Word) {
    root.render(<p lang="vi">Thể thức chỉ chạy trong Microsoft Word. / Thể thức runs only in Microsoft Word.</p>);
    return;
  }
  // The Word adapter is loaded after Office.js is ready, keeping the first bundle small.
  const { WordHost } = await import('../word/WordHost');
  root.render(<App host={new WordHost()} officeTheme={Office.context.officeTheme} />);
});
