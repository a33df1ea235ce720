import { registerMember, setRole, SIGN_IN } from '../support/accounts';
import { loadSchema, walkSchema } from '../support/schema-walk';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Every mutation and every query with arguments, from introspection, with generated bad values, as a
 * member and as an admin: no answer may be an HTTP 5xx or carry INTERNAL_SERVER_ERROR.
 * `npm test` runs a fixed seed and a small budget; `SEED=… RUNS=… npm run fuzz:schema` runs longer.
 */
const SEED = Number(process.env['SEED'] ?? 20261204);
const RUNS = Number(process.env['RUNS'] ?? 3);

describe('schema walk with generated bad input', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it(
    `answers every operation without a 5xx or INTERNAL_SERVER_ERROR (seed ${SEED}, ${RUNS} runs each)`,
    async () => {
      const schema = await loadSchema(app);
      const member = await registerMember(app);
      const other = await registerMember(app);
      const adminAccount = await registerMember(app);
      await setRole(app, adminAccount.id, 'admin');
      const signedIn = await app.gql<{ signIn: { accessToken: string } }>(SIGN_IN, {
        input: { email: adminAccount.email, password: adminAccount.password },
      });
      const adminToken = signedIn.data?.signIn.accessToken as string;
      const rooms = await app.gql<{ chatRooms: { rooms: { id: string }[] } }>(
        '{ chatRooms { rooms { id } } }',
        {},
        { token: member.token },
      );
      const ids = [
        member.id,
        other.id,
        adminAccount.id,
        ...(rooms.data?.chatRooms.rooms ?? []).map((r) => r.id),
      ];

      const findings = await walkSchema(app, schema, {
        seed: SEED,
        runs: RUNS,
        ids,
        callers: [
          { role: 'member', token: member.token, ip: '198.51.100.201' },
          { role: 'admin', token: adminToken, ip: '198.51.100.202' },
        ],
      });
      expect(findings).toEqual([]);
    },
    Math.max(240_000, RUNS * 60_000),
  );
});
