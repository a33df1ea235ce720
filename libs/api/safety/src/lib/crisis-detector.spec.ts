import { crisisSupport, isUrgentCrisis } from './crisis-support';
import { detectCrisis } from './crisis-detector';
import { normalizeForMatching } from './normalize';

describe('detectCrisis', () => {
  it('names the rule that fired, never the text', () => {
    expect(detectCrisis('I want to kill myself')).toEqual({ kind: 'suicide', phraseId: 'sui-intent-die' });
  });

  it('is not fooled by case, accents, curly apostrophes, punctuation, repeated letters or shorthand', () => {
    expect(detectCrisis('I DON’T WANT TO LIVE ANYMORE!!!').kind).toBe('suicide');
    expect(detectCrisis('no…respira').kind).toBe('overdose');
    expect(detectCrisis('i wanna dieeee').kind).toBe('suicide');
    expect(detectCrisis('ima use tonite').kind).toBe('relapse');
    expect(normalizeForMatching("I'm   OD’d, está")).toBe(' im oded esta ');
  });

  it('puts an overdose before suicide, and using alone before relapse', () => {
    expect(detectCrisis('i want to die, he isnt breathing').kind).toBe('overdose');
    expect(detectCrisis('im gonna use tonight, nobody is home').kind).toBe('using_alone');
    expect(detectCrisis('im gonna use tonight').kind).toBe('relapse');
  });

  it('turns around on negation, past tense, reported speech, hypotheticals and resource questions', () => {
    for (const text of [
      'im not gonna use tonight',
      'no voy a consumir hoy',
      'i used to use alone every day',
      'when i relapsed last year i called my dealer first',
      'he said hes gonna use tonight',
      'what should i do if someone overdoses',
      'where can i get narcan',
      'how do i use naloxone',
      'what is never use alone',
      'this meeting saved my life',
      'shoot me a text after work',
      'overdose deaths rose again this year',
    ]) {
      expect({ text, kind: detectCrisis(text).kind }).toEqual({ text, kind: null });
    }
  });

  it('reads the clause after "but": a craving taken back does not fire, a plan after a clean date does', () => {
    expect(detectCrisis('i almost called my dealer but i went to a meeting instead').kind).toBeNull();
    expect(detectCrisis('i have 90 days clean but im gonna use tonight').kind).toBe('relapse');
  });

  it('gives the same answer when called again (no state kept between calls)', () => {
    for (let i = 0; i < 3; i += 1) expect(detectCrisis('he is not breathing').kind).toBe('overdose');
  });
});

describe('crisisSupport', () => {
  it('puts 911 and the naloxone steps first for an overdose', () => {
    const help = crisisSupport('overdose');
    expect(help.lines[0]).toMatchObject({ id: 'emergency', call: '911' });
    expect(help.steps).toHaveLength(4);
    expect(help.steps[0]).toMatch(/call 911/i);
    expect(help.steps[1]).toMatch(/naloxone/i);
    expect(help.steps[2]).toMatch(/rescue position/i);
    expect(help.steps[3]).toMatch(/stay/i);
  });

  it('puts 988 (call or text) first for suicidal intent', () => {
    const help = crisisSupport('suicide');
    expect(help.lines[0]).toMatchObject({ id: '988', call: '988', text: '988' });
  });

  it('offers Never Use Alone in the US and the National Overdose Response Service in Canada for using alone', () => {
    const us = crisisSupport('using_alone');
    expect(us.lines[0]).toMatchObject({ id: 'never-use-alone', call: '1-800-484-3731' });
    expect(us.steps[0]).toContain('1-800-484-3731');
    expect(us.steps.join(' ')).toMatch(/naloxone/i);
    const ca = crisisSupport('using_alone', 'CA');
    expect(ca.lines[0]).toMatchObject({ id: 'nors', call: '1-888-688-6677' });
    expect(ca.steps[0]).toContain('1-888-688-6677');
  });

  it('meets relapse risk warmly, with people first and no emergency number', () => {
    const help = crisisSupport('relapse');
    expect(help.steps[0]).toMatch(/sponsor/i);
    expect(help.lines.map((l) => l.id)).not.toContain('emergency');
    expect(help.steps.join(' ')).not.toMatch(/911|emergency/i);
  });

  it('uses each country’s numbers, and the international directory elsewhere', () => {
    expect(crisisSupport('overdose', 'GB').steps[0]).toMatch(/call 999/i);
    expect(crisisSupport('suicide', 'AU').lines[0]).toMatchObject({ call: '13 11 14' });
    const elsewhere = crisisSupport('suicide', 'FR');
    expect(elsewhere.lines.map((l) => l.id)).toEqual(['findahelpline']);
    expect(elsewhere.steps[0]).toMatch(/findahelpline\.com/);
  });

  it('is urgent for moderators only for an overdose or suicide', () => {
    expect([isUrgentCrisis('overdose'), isUrgentCrisis('suicide')]).toEqual([true, true]);
    expect([isUrgentCrisis('relapse'), isUrgentCrisis('using_alone'), isUrgentCrisis(null)]).toEqual([
      false,
      false,
      false,
    ]);
  });
});
