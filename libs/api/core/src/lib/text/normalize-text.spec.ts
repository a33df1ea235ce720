import { normalizeText, TextRefused } from './normalize-text';
import { TextPipe } from './text.pipe';

describe('normalizeText', () => {
  it('composes to NFC and turns CR LF and CR into LF', () => {
    expect(normalizeText('Cafe\u0301\r\nnext\rline')).toBe('Café\nnext\nline');
  });

  it('removes control characters but keeps line feeds and tabs', () => {
    expect(normalizeText('a\u0007b\u001Bc\u007Fd\u0085e\u009Ff\n\tg')).toBe('abcdef\n\tg');
  });

  it('removes bidi overrides, isolates and marks, and zero-width characters', () => {
    const smuggled = '\u202Eevil\u202C \u2066x\u2069 \u200Ea\u200F\u061C b\u200B\u200C\u2060\uFEFFc';
    expect(normalizeText(smuggled)).toBe('evil x a bc');
  });

  it('keeps the zero-width joiner inside emoji sequences only', () => {
    const family = '\u{1F469}\u200D\u{1F469}\u200D\u{1F467}';
    const technologist = '\u{1F9D1}\u{1F3FD}\u200D\u{1F4BB}';
    expect(normalizeText(`${family} ${technologist}`)).toBe(`${family} ${technologist}`);
    expect(normalizeText('a\u200Db \u200D\u{1F600} \u{1F600}\u200D')).toBe('ab \u{1F600} \u{1F600}');
  });

  it.each([
    ['NUL', 'a\u0000b', 'nul'],
    ['a lone high surrogate', 'x\uD800y', 'surrogate'],
    ['a lone low surrogate', '\uDC00', 'surrogate'],
    ['only zero-width spaces', '\u200B\u200B', 'invisible-only'],
    ['only a next-line control and a BOM', '\u0085\uFEFF', 'invisible-only'],
  ])('refuses %s', (_label, text, problem) => {
    expect(() => normalizeText(text)).toThrow(expect.objectContaining({ problem }));
  });

  it('leaves ordinary text, whitespace and empty strings alone (required-field rules decide on those)', () => {
    expect(normalizeText('Hola, ¿qué tal? 🙂')).toBe('Hola, ¿qué tal? 🙂');
    expect(normalizeText('')).toBe('');
    expect(normalizeText('  ')).toBe('  ');
    expect(() => normalizeText('x')).not.toThrow(TextRefused);
  });
});

describe('TextPipe', () => {
  const pipe = new TextPipe();
  class Input {}
  it('normalizes every string of an argument, nested fields and lists included', () => {
    const input = { note: 'a\u202Eb', items: ['x\u200By', { deep: 'Cafe\u0301' }], count: 3 };
    expect(pipe.transform(input, { type: 'body', metatype: Input, data: 'input' })).toEqual({
      note: 'ab',
      items: ['xy', { deep: 'Café' }],
      count: 3,
    });
  });

  it('refuses with BAD_USER_INPUT naming the field', () => {
    expect(() =>
      pipe.transform(
        { plan: { warningSigns: ['ok', 'a\u0000b'] } },
        { type: 'body', metatype: Input, data: 'input' },
      ),
    ).toThrow(
      expect.objectContaining({
        message: 'input.plan.warningSigns[1] must not contain NUL characters.',
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.plan.warningSigns[1]' }),
      }),
    );
  });

  it('never changes passwords, only refuses what cannot be stored', () => {
    const input = { email: 'a@example.org\u200B', password: 'pass\u200Bword\u202E' };
    expect(pipe.transform(input, { type: 'body', metatype: Input, data: 'input' })).toEqual({
      email: 'a@example.org',
      password: 'pass\u200Bword\u202E',
    });
    expect(() =>
      pipe.transform({ password: 'a\u0000b' }, { type: 'body', metatype: Input, data: 'input' }),
    ).toThrow(/NUL/);
  });

  it('leaves other parameters (the current user, the request, socket payloads) untouched', () => {
    const user = { name: 'a\u0000b' };
    expect(pipe.transform(user, { type: 'custom' })).toEqual({ name: 'a\u0000b' });
    expect(pipe.transform(user, { type: 'body', metatype: Object })).toEqual({ name: 'a\u0000b' });
  });
});
