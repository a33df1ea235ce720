// Preloaded into a server under test (NODE_OPTIONS=--import): on `{ type: 'memory' }` over IPC it runs a
// full garbage collection and answers with process.memoryUsage(), so the bench reads the server's live
// memory rather than whatever garbage it has not collected yet. It changes nothing else in the process.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');

process.on('message', (m) => {
  if (m?.type !== 'memory') return;
  gc();
  gc();
  const { rss, heapUsed, heapTotal, external, arrayBuffers } = process.memoryUsage();
  process.send?.({ type: 'memory', rss, heapUsed, heapTotal, external, arrayBuffers });
});

/** Asks a child started with this probe for its memory after a full GC (bench side). */
export function readMemory(child) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no memory report within 30 s')), 30_000);
    const onMessage = (m) => {
      if (m?.type !== 'memory') return;
      clearTimeout(timer);
      child.off('message', onMessage);
      resolve(m);
    };
    child.on('message', onMessage);
    child.send({ type: 'memory' });
  });
}
