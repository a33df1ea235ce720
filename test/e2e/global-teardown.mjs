import { rmSync } from 'node:fs';

const EXIT_TIMEOUT_MS = 15_000;

/** Stops the API (SIGTERM, then waits for it to exit) and PostgreSQL, and removes the data folder. */
export default async function teardown() {
  globalThis.clearInterval(globalThis.__kinshipThrottleTimer);
  const state = globalThis.__KINSHIP_E2E__;
  if (!state) return;
  globalThis.__KINSHIP_E2E__ = undefined;
  const { api, db, dataDir } = state;
  if (api && api.exitCode === null && api.signalCode === null) {
    const exited = new Promise((resolve) => api.once('exit', resolve));
    api.kill('SIGTERM');
    const timer = setTimeout(() => api.kill('SIGKILL'), EXIT_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
  }
  if (state.smtp) await new Promise((resolve) => state.smtp.close(resolve));
  await db.stop();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(`${dataDir}.port`, { force: true });
}
