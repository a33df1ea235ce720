import { rmSync } from 'node:fs';

export default async function teardown() {
  const state = globalThis.__KINSHIP_TEST_DB__;
  if (!state) return;
  await state.db.stop();
  rmSync(state.dataDir, { recursive: true, force: true });
  rmSync(`${state.dataDir}.port`, { force: true });
}
