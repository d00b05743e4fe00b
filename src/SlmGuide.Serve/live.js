// Live preview client: reloads the page after a rebuild and shows build errors over it.
// Added to pages by `slmguide serve` only; the published site never loads it.
(() => {
  'use strict';
  const overlayId = 'slmguide-overlay';

  function hideOverlay() {
    document.getElementById(overlayId)?.remove();
  }

  // Built with DOM calls and textContent, so a message can never inject markup, and styled
  // through the CSSOM, which the site's Content-Security-Policy allows.
  function showOverlay(errors, language) {
    hideOverlay();
    const box = document.createElement('div');
    box.id = overlayId;
    box.setAttribute('role', 'alertdialog');
    box.setAttribute('aria-label', language === 'en' ? 'Build errors' : 'ビルドエラー');
    Object.assign(box.style, {
      position: 'fixed', inset: '0', zIndex: '2147483647', overflow: 'auto', padding: '2rem',
      background: 'rgba(20, 20, 20, 0.94)', color: '#fff', font: '14px/1.6 ui-monospace, monospace',
    });
    const title = document.createElement('h2');
    title.textContent = language === 'en'
      ? `Build error${errors.length === 1 ? '' : 's'} (${errors.length}): fix and save, and this goes away`
      : `ビルドエラー（${errors.length} 件）: 直して保存すると消えます`;
    Object.assign(title.style, { color: '#ff8a80', font: 'bold 16px/1.4 system-ui, sans-serif', margin: '0 0 1rem' });
    box.append(title);
    for (const error of errors) {
      const item = document.createElement('pre');
      item.className = 'slmguide-error';
      item.textContent = `${error.location}: ${error.code}: ${error.message}` + (error.hint ? `\n  → ${error.hint}` : '');
      Object.assign(item.style, { whiteSpace: 'pre-wrap', margin: '0 0 1rem', padding: '0.75rem', background: '#000', borderLeft: '4px solid #ff5252' });
      box.append(item);
    }
    document.body.append(box);
  }

  const events = new EventSource('/__slmguide/events');
  events.addEventListener('status', (event) => {
    const status = JSON.parse(event.data);
    if (status.errors.length > 0) {
      showOverlay(status.errors, status.language);
    } else {
      hideOverlay();
    }
  });
  events.addEventListener('reload', () => location.reload());
})();
