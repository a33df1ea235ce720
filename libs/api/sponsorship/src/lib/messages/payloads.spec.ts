import { DM_MESSAGE_MAX } from '@kinship/shared/contracts';
import { messageText, parseJoin, parseRead, parseSend } from './payloads';

const id = '2f1b9c43-5d6e-4f70-8a91-b2c3d4e5f601';

describe('private message payloads', () => {
  it('accepts a well-formed send and normalises its text', () => {
    expect(parseSend({ sponsorshipId: id, clientId: id.toUpperCase(), text: '  hi\r\nthere ' })).toEqual({
      sponsorshipId: id,
      clientId: id,
      text: 'hi\nthere',
    });
  });

  it.each([
    ['not an object', 'hello'],
    ['an array', [id, id, 'x']],
    ['null', null],
    ['a bad sponsorship id', { sponsorshipId: 'x', clientId: id, text: 'hi' }],
    ['a bad client id', { sponsorshipId: id, clientId: 42, text: 'hi' }],
    ['no text', { sponsorshipId: id, clientId: id }],
    ['binary text', { sponsorshipId: id, clientId: id, text: Buffer.from('hi') }],
    ['an object as text', { sponsorshipId: id, clientId: id, text: { toString: () => 'hi' } }],
    ['blank text', { sponsorshipId: id, clientId: id, text: ' \n ' }],
    ['a NUL character', { sponsorshipId: id, clientId: id, text: 'a\u0000b' }],
    ['a lone surrogate', { sponsorshipId: id, clientId: id, text: 'x\uD800y' }],
    ['two zero-width spaces', { sponsorshipId: id, clientId: id, text: '\u200B\u200B' }],
    ['only invisible characters and spaces', { sponsorshipId: id, clientId: id, text: ' \uFEFF \u202E ' }],
    ['an unknown field', { sponsorshipId: id, clientId: id, text: 'hi', html: '<b>' }],
  ])('refuses %s', (_label, payload) => {
    expect(() => parseSend(payload)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });

  it('removes control, bidi and zero-width characters and keeps emoji sequences', () => {
    expect(messageText('ok\u202E \u2066x\u2069\u200B\u0085\u0007 \u{1F469}\u200D\u{1F467}')).toBe(
      'ok x \u{1F469}\u200D\u{1F467}',
    );
  });

  it('counts characters, not UTF-16 units, against the size limit', () => {
    expect(messageText('é'.repeat(DM_MESSAGE_MAX))).toHaveLength(DM_MESSAGE_MAX);
    expect(() => messageText('x'.repeat(DM_MESSAGE_MAX + 1))).toThrow(/at most/);
    expect(messageText('🙂'.repeat(DM_MESSAGE_MAX))).toHaveLength(DM_MESSAGE_MAX * 2);
  });

  it('checks join and read positions', () => {
    expect(parseJoin({ sponsorshipId: id })).toEqual({ sponsorshipId: id, afterSeq: 0 });
    expect(() => parseJoin({ sponsorshipId: id, afterSeq: -1 })).toThrow(/whole number/);
    expect(() => parseRead({ sponsorshipId: id, seq: 1.5 })).toThrow(/whole number/);
    expect(parseRead({ sponsorshipId: id, seq: 3 })).toEqual({ sponsorshipId: id, seq: 3 });
  });
});
