import { crisisSupport, detectCrisis, normalizeForMatching } from './crisis-detector';
import examples from './phrases/examples.json';
import suicide from './phrases/suicide.json';
import overdose from './phrases/overdose.json';

describe('detectCrisis', () => {
  it.each(examples.suicide)('reads suicidal intent in %j', (text) => {
    expect(detectCrisis(text).kind).toBe('suicide');
  });

  it.each(examples.overdose)('reads an overdose in progress in %j', (text) => {
    expect(detectCrisis(text).kind).toBe('overdose');
  });

  it.each(examples.negative)('does not fire on %j', (text) => {
    expect(detectCrisis(text)).toEqual({ kind: null, phraseId: null });
  });

  it('names the phrase that fired, never the text', () => {
    expect(detectCrisis('I want to kill myself')).toEqual({ kind: 'suicide', phraseId: 'kill-myself' });
  });

  it('is not fooled by case, accents, curly apostrophes or punctuation', () => {
    expect(detectCrisis('I DON’T WANT TO LIVE ANYMORE!!!').kind).toBe('suicide');
    expect(detectCrisis('no…respira').kind).toBe('overdose');
    expect(normalizeForMatching("I'm   OD’d, está")).toBe(' im oded esta ');
  });

  it('gives the same answer when called again (no state kept between calls)', () => {
    for (let i = 0; i < 3; i += 1) expect(detectCrisis('he is not breathing').kind).toBe('overdose');
  });

  it('has every phrase exercised by at least one positive example', () => {
    const fired = new Set([...examples.suicide, ...examples.overdose].map((t) => detectCrisis(t).phraseId));
    const unused = [...suicide.phrases, ...overdose.phrases]
      .map((p) => p.id)
      .filter((id) => !fired.has(id) && !id.startsWith('es-') && id !== 'suicide-note');
    expect(unused).toEqual([]);
  });
});

describe('crisisSupport', () => {
  it('puts 911 and the naloxone steps first for an overdose', () => {
    const help = crisisSupport('overdose');
    expect(help.lines[0]).toMatchObject({ id: 'emergency', call: '911' });
    expect(help.steps).toHaveLength(4);
    expect(help.steps[1]).toMatch(/naloxone/i);
    expect(help.steps[2]).toMatch(/rescue position/i);
    expect(help.steps[3]).toMatch(/stay/i);
  });

  it('puts 988 (call or text) first for suicidal intent', () => {
    const help = crisisSupport('suicide');
    expect(help.lines[0]).toMatchObject({ id: '988', call: '988', text: '988' });
  });
});
