// Idle socket.io clients, many in one process: each is a bare WebSocket speaking the socket.io protocol
// (engine.io v4) by hand — open, connect to the main namespace with `auth`, answer the server's pings —
// because a full socket.io-client per connection would cost the load generator far more memory and CPU
// than the connection itself costs the server. Opened in batches so handshakes do not pile up.
import WebSocket from 'ws';

function open(url, auth) {
  const ws = new WebSocket(`${url.replace(/^http/, 'ws')}/socket.io/?EIO=4&transport=websocket`, {
    perMessageDeflate: false,
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => (ws.terminate(), reject(new Error('connect timeout'))), 30_000);
    ws.on('error', (e) => (clearTimeout(timer), reject(e)));
    ws.on('message', (data) => {
      const text = String(data);
      if (text === '2') return ws.send('3'); // ping → pong
      if (text.startsWith('0')) return ws.send(`40${JSON.stringify(auth)}`); // engine.io open → connect
      if (text.startsWith('40')) return (clearTimeout(timer), resolve(ws)); // connected
      if (text.startsWith('44')) {
        clearTimeout(timer);
        ws.terminate();
        reject(new Error(`refused: ${text.slice(2)}`));
      }
    });
  });
}

/** Opens one connection per entry of `auths` (the handshake's `auth` object), `batch` at a time. */
export async function openIdle(url, auths, { batch = 250 } = {}) {
  const sockets = [];
  try {
    for (let i = 0; i < auths.length; i += batch) {
      sockets.push(...(await Promise.all(auths.slice(i, i + batch).map((a) => open(url, a)))));
    }
  } catch (error) {
    for (const s of sockets) s.terminate();
    throw error;
  }
  return sockets;
}
