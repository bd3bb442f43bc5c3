/**
 * Prints an HTML report through a hidden iframe: works inside the Office task pane, where pop-up windows are often
 * blocked. Resolves once the print dialog was asked for.
 */
export function printHtml(html: string, doc: Document = document): Promise<void> {
  return new Promise((resolve, reject) => {
    const frame = doc.createElement('iframe');
    frame.setAttribute('aria-hidden', 'true');
    frame.title = 'report';
    // The report is our own HTML, but it quotes the document: it runs no script (same origin only so that the
    // pane can call print() on it; allow-modals lets that print dialog open).
    frame.setAttribute('sandbox', 'allow-same-origin allow-modals');
    frame.style.cssText = 'position:fixed;right:0;bottom:0;width:0;height:0;border:0;visibility:hidden';
    frame.addEventListener('load', () => {
      const win = frame.contentWindow;
      if (!win) {
        frame.remove();
        reject(new Error('no frame window'));
        return;
      }
      try {
        win.focus();
        win.print();
        resolve();
      } catch (e) {
        reject(e);
      } finally {
        // Give the print dialog time to take its copy before the frame goes.
        setTimeout(() => frame.remove(), 60_000);
      }
    });
    frame.srcdoc = html;
    doc.body.appendChild(frame);
  });
}
