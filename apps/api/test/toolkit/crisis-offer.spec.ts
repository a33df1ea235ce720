import type { ChatModerationAlert } from '@kinship/shared/contracts';
import { DataSource } from 'typeorm';
import { registerMember } from '../support/accounts';
import { once } from '../support/sockets';
import type { TestApp } from '../support/test-app';
import { ChatClient } from '../chat/support/chat-client';
import { freshRoom, membersIn, moderator } from '../chat/support/chat';
import { ok, startToolkitApp } from './toolkit-helpers';

const HELP = 'crisis { kind steps lines { id call text } }';
const CHECK_IN = `mutation ($input: CheckInInput!) { checkIn(input: $input) { date note ${HELP} } }`;
const SAVE = `mutation ($input: RecoveryPlanInput!) { savePlan(input: $input) { reasons ${HELP} } }`;
const COUNTRY = 'mutation ($country: String!) { setRecoveryCountry(country: $country) { country } }';

interface Help {
  kind: string;
  steps: string[];
  lines: { id: string; call: string | null; text: string | null }[];
}

const plan = (reasons: string[]) => ({
  warningSigns: ['Skipping meetings'],
  triggers: { people: [], places: ['The bar on 5th'], things: [], feelings: ['Bored'] },
  halt: { hungry: 'Eat', angry: 'Walk', lonely: 'Call Jess', tired: 'Sleep' },
  copingActions: ['Call my sponsor'],
  reasons,
  people: [],
});

/** Check-in notes and the plan are private tools: crisis language there only offers help, to the member. */
describe('help offered from check-ins and the plan', () => {
  let app: TestApp;
  let m: ChatClient;
  const alerts: ChatModerationAlert[] = [];

  beforeAll(async () => {
    ({ app } = await startToolkitApp());
    m = await ChatClient.connect(app.url, (await moderator(app)).token);
    m.socket.on('chat:alert', (e: ChatModerationAlert) => alerts.push(e));
  });
  afterAll(async () => {
    m.close();
    await app.close();
  });

  it('answers a check-in note that reads like relapse risk with help, and tells no moderator', async () => {
    const member = await registerMember(app);
    const { checkIn } = await ok<{ checkIn: { note: string; crisis: Help | null } }>(app, member, CHECK_IN, {
      input: {
        mood: 1,
        craving: 4,
        note: 'cravings are bad, i have a bag in my pocket and im gonna use tonight',
      },
    });
    expect(checkIn.crisis?.kind).toBe('RELAPSE');
    expect(checkIn.crisis?.steps[0]).toMatch(/sponsor/i);
    expect(checkIn.crisis?.lines.length).toBeGreaterThan(0);

    const calm = await ok<{ checkIn: { crisis: Help | null } }>(app, member, CHECK_IN, {
      input: { mood: 4, craving: 1, note: 'went to a meeting, 30 days clean today' },
    });
    expect(calm.checkIn.crisis).toBeNull();

    // A room crisis afterwards: its alert reaching the moderator proves an earlier alert would have too.
    const roomId = await freshRoom(app);
    const [writer] = await membersIn(app, roomId, 1);
    const w = await ChatClient.connect(app.url, writer.token);
    await w.subscribe(roomId);
    const roomAlert = once<ChatModerationAlert>(m.socket, 'chat:alert');
    await w.send(roomId, 'she is not breathing');
    await roomAlert;
    w.close();
    expect(alerts.map((e) => e.roomId)).toEqual([roomId]);
    const db = app.running.app.get(DataSource);
    expect(
      await db.query('SELECT count(*)::int AS n FROM chat_messages WHERE room_id <> $1', [roomId]),
    ).toEqual([{ n: 0 }]);
  });

  it('answers plan text that reads like suicidal intent with the lines of the member’s country', async () => {
    const member = await registerMember(app);
    await ok(app, member, COUNTRY, { country: 'CA' });
    const { savePlan } = await ok<{ savePlan: { reasons: string[]; crisis: Help | null } }>(
      app,
      member,
      SAVE,
      {
        input: plan(['honestly i dont want to wake up tomorrow']),
      },
    );
    expect(savePlan.reasons).toEqual(['honestly i dont want to wake up tomorrow']);
    expect(savePlan.crisis?.kind).toBe('SUICIDE');
    expect(savePlan.crisis?.lines[0]).toMatchObject({ id: '988-ca', call: '988', text: '988' });

    const calm = await ok<{ savePlan: { crisis: Help | null } }>(app, member, SAVE, {
      input: plan(['My daughter', 'Waking up without a hangover']),
    });
    expect(calm.savePlan.crisis).toBeNull();
  });
});
