import { parseSend, parseSubscribe, parseTyping } from './payloads';
import { normalizeMessageText, containsLink } from '../messages/message-text';

const room = '3f1c9a56-8c1e-4a57-9b61-0c4f7f0b2d11';

describe('socket payload parsing', () => {
  it.each([null, 'text', 42, [room], undefined])('refuses a payload that is not an object: %p', (payload) => {
    expect(() => parseSubscribe(payload)).toThrow(/needs an object/);
  });

  it.each([{}, { roomId: 5 }, { roomId: 'general' }, { roomId: `${room}x` }])(
    'refuses a bad roomId: %p',
    (p) => {
      expect(() => parseSubscribe(p)).toThrow(/roomId must be a room id/);
    },
  );

  it('refuses sequences that are not whole numbers', () => {
    expect(() => parseSubscribe({ roomId: room, lastSeq: -1 })).toThrow(/lastSeq/);
    expect(() => parseSubscribe({ roomId: room, lastSeq: '5' })).toThrow(/lastSeq/);
    expect(() => parseSubscribe({ roomId: room, lastModSeq: 1.5 })).toThrow(/lastModSeq/);
    expect(parseSubscribe({ roomId: room.toUpperCase(), lastSeq: 0 })).toEqual({
      roomId: room,
      lastSeq: 0,
      lastModSeq: undefined,
    });
  });

  it('refuses client ids that are missing, long or strange', () => {
    expect(() => parseSend({ roomId: room, text: 'hi' })).toThrow(/clientId/);
    expect(() => parseSend({ roomId: room, clientId: 'x'.repeat(65), text: 'hi' })).toThrow(/clientId/);
    expect(() => parseSend({ roomId: room, clientId: 'a b', text: 'hi' })).toThrow(/clientId/);
  });

  it('wants a boolean for typing', () => {
    expect(() => parseTyping({ roomId: room, typing: 'yes' })).toThrow(/typing/);
    expect(parseTyping({ roomId: room, typing: true })).toEqual({ roomId: room, typing: true });
  });
});

describe('message text', () => {
  it('accepts text only', () => {
    expect(() => normalizeMessageText(Buffer.from('hi'))).toThrow(/must be text/);
    expect(() => normalizeMessageText({ text: 'hi' })).toThrow(/must be text/);
    expect(() => normalizeMessageText(12)).toThrow(/must be text/);
  });

  it('tidies text: NFC, no control or invisible characters, trimmed', () => {
    expect(normalizeMessageText('  Cafe\u0301\u200B\u0007 ok \r\n\r\n\r\n\r\nnext  ')).toBe(
      'Café ok \n\nnext',
    );
  });

  it('refuses blank and too long messages', () => {
    expect(() => normalizeMessageText(' \n\t ')).toThrow(/Write something/);
    expect(() => normalizeMessageText('x'.repeat(2001))).toThrow(/too long/);
    expect(() => normalizeMessageText('x'.repeat(100_000))).toThrow(/too long/);
    expect(normalizeMessageText('😀'.repeat(2000))).toHaveLength(4000);
    expect(() => normalizeMessageText('line\n'.repeat(41) + 'x')).toThrow(/too many lines/);
  });

  it('finds links and bare domains', () => {
    expect(containsLink('see https://example.org/x')).toBe(true);
    expect(containsLink('go to www.example.org')).toBe(true);
    expect(containsLink('join at cheap-pills.shop or bit.ly/abc')).toBe(true);
    expect(containsLink('I feel fine. Thanks all.')).toBe(false);
  });
});
