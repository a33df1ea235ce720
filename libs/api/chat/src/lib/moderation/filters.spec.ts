import { applyFilters, compileFilter, globMatch, validateFilterPattern, type FilterRule } from './filters';

const rule = (pattern: string, kind: FilterRule['kind'], action: FilterRule['action']): FilterRule => ({
  pattern,
  kind,
  action,
});

describe('chat word and pattern filters', () => {
  it('matches whole words, ignoring case and accents', () => {
    const rules = [rule('cafe', 'word', 'hold')];
    expect(applyFilters('Meet me at the CAFÉ later', rules)).toBe('hold');
    expect(applyFilters('cafeteria food is fine', rules)).toBeNull();
  });

  it('matches phrases across any whitespace', () => {
    expect(applyFilters('selling   some\npills tonight', [rule('some pills', 'word', 'block')])).toBe(
      'block',
    );
  });

  it('supports * and ? wildcards in patterns', () => {
    const rules = [rule('d*ler', 'pattern', 'block')];
    expect(applyFilters('ask my dealer', rules)).toBe('block');
    expect(applyFilters('ask my d3aler', rules)).toBe('block');
    expect(applyFilters('ask my dealers', rules)).toBeNull();
    expect(applyFilters('x1y', [rule('x?y', 'pattern', 'hold')])).toBe('hold');
  });

  it('lets block win over hold', () => {
    const rules = [rule('alpha', 'word', 'hold'), rule('beta', 'word', 'block')];
    expect(applyFilters('alpha beta', rules)).toBe('block');
    expect(applyFilters('alpha only', rules)).toBe('hold');
    expect(applyFilters('nothing here', rules)).toBeNull();
  });

  it('matches word by word, so punctuation between words does not dodge a phrase', () => {
    const rules = [rule('meet up', 'word', 'hold')];
    expect(applyFilters('want to meet-up?', rules)).toBe('hold');
    expect(applyFilters('meetup', rules)).toBeNull();
    expect(compileFilter(rule('a.b', 'word', 'hold')).words).toEqual(['a', 'b']);
  });

  it('glob-matches one word with * and ?', () => {
    expect(globMatch('dealer', 'd*ler')).toBe(true);
    expect(globMatch('dler', 'd*ler')).toBe(true);
    expect(globMatch('dealers', 'd*ler')).toBe(false);
    expect(globMatch('abc', 'a?c')).toBe(true);
    expect(globMatch('ac', 'a?c')).toBe(false);
    expect(globMatch('anything', '*')).toBe(true);
  });

  it('refuses patterns that are too short, too wild, or use other symbols', () => {
    expect(() => validateFilterPattern('a', 'word')).toThrow(/2 to 100/);
    expect(() => validateFilterPattern('(a+)+$', 'pattern')).toThrow(/may use letters/);
    expect(() => validateFilterPattern('a*b*c*d*e*f', 'pattern')).toThrow(/at most 4/);
    expect(() => validateFilterPattern('ab*', 'word')).toThrow(/pattern/);
    expect(() => validateFilterPattern('**', 'pattern')).toThrow(/two letters/);
    expect(validateFilterPattern('  two   words ', 'word')).toBe('two words');
  });

  it('answers on hostile input that would make a backtracking matcher hang', () => {
    // a regular expression like a.*a.*a.*a.*b would take minutes here; the glob matcher is linear per star
    expect(applyFilters('a'.repeat(2000), [rule('a*a*a*a*b', 'pattern', 'block')])).toBeNull();
    expect(applyFilters(`${'a'.repeat(1999)}b`, [rule('a*a*a*a*b', 'pattern', 'block')])).toBe('block');
  });
});
