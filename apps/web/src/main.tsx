import { createRoot } from 'react-dom/client';
import { createKinshipClient } from '@kinship/web/data';
import { App } from './app/App';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(<App kinship={createKinshipClient()} />);

// The service worker (src/sw.ts): offline shell, Help now, the member's saved things, and push.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => undefined);
  });
}
