import { describe, expect, it } from 'vitest';
import { lastSeqOf, mergeMessages, type ChatMessage } from './conversation';

const m = (seq: number, text = `m${seq}`): ChatMessage => ({
  id: `id-${seq}`,
  seq,
  senderId: 'a',
  clientId: `c-${seq}`,
  text,
  createdAt: '2026-01-01T00:00:00.000Z',
});

describe('mergeMessages', () => {
  it('keeps server order whatever order messages arrive in', () => {
    expect(mergeMessages([m(1), m(4)], [m(3), m(2)]).map((x) => x.seq)).toEqual([1, 2, 3, 4]);
  });

  it('shows a message that arrives twice only once', () => {
    const live = mergeMessages([m(1), m(2)], [m(3)]);
    const afterCatchUp = mergeMessages(live, [m(2), m(3), m(4)]);
    expect(afterCatchUp.map((x) => x.seq)).toEqual([1, 2, 3, 4]);
  });

  it('returns the same array when nothing is new, so React does not re-render', () => {
    const list = [m(1), m(2)];
    expect(mergeMessages(list, [m(2)])).toBe(list);
    expect(mergeMessages(list, [])).toBe(list);
  });

  it('knows where to catch up from', () => {
    expect(lastSeqOf([])).toBe(0);
    expect(lastSeqOf(mergeMessages([], [m(7), m(5)]))).toBe(7);
  });
});
