import { describe, expect, it } from 'vitest';
import { emptyTimeline, prependOlder, receive, startFrom, update, type TimelineMessage } from './timeline';

const msg = (seq: number, extra: Partial<TimelineMessage> = {}): TimelineMessage => ({
  id: `m${seq}`,
  seq,
  clientId: null,
  text: `message ${seq}`,
  status: 'visible',
  statusReason: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  modSeq: 0,
  author: { id: 'u1', displayName: 'Sam T.', handle: 'S4MT', badge: null },
  mine: false,
  ...extra,
});
const seqs = (t: { messages: TimelineMessage[] }) => t.messages.map((m) => m.seq);

describe('the room timeline', () => {
  it('shows messages in sequence order, once each', () => {
    let t = emptyTimeline();
    t = receive(t, [msg(1), msg(2)]).timeline;
    t = receive(t, [msg(2), msg(1), msg(3)]).timeline;
    expect(seqs(t)).toEqual([1, 2, 3]);
    expect(t.lastSeq).toBe(3);
  });

  it('holds back a message that comes early, reports the gap, and fills it from catch-up', () => {
    let t = startFrom([msg(1)], null, false);
    const early = receive(t, [msg(3)]);
    expect(early.gap).toBe(true);
    expect(seqs(early.timeline)).toEqual([1]);
    t = early.timeline;
    const filled = receive(t, [msg(2), msg(3)]);
    expect(filled.gap).toBe(false);
    expect(seqs(filled.timeline)).toEqual([1, 2, 3]);
  });

  it('puts older pages in front without repeating', () => {
    const t = startFrom([msg(3), msg(4)], 'c1', true);
    const older = prependOlder(t, [msg(1), msg(2), msg(3)], null, false);
    expect(seqs(older)).toEqual([1, 2, 3, 4]);
    expect(older.hasOlder).toBe(false);
  });

  it('replaces a message that a moderator hid, and remembers the moderation counter', () => {
    const t = startFrom([msg(1), msg(2)], null, false);
    const hidden = update(t, msg(2, { status: 'hidden', text: null, author: null, modSeq: 5 }));
    expect(hidden.messages[1]).toMatchObject({ status: 'hidden', text: null });
    expect(hidden.lastModSeq).toBe(5);
  });
});
