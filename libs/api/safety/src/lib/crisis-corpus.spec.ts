import type { CrisisKind } from '@kinship/shared/contracts';
import { CRISIS_PRECEDENCE, detectCrisis } from './crisis-detector';
import corpus from './__fixtures__/crisis-corpus.json';

type Labeled = Record<string, string[]>;
const RECALL_MIN = 0.95;

function results() {
  const perKind = CRISIS_PRECEDENCE.map((kind) => {
    const phrases = Object.entries(corpus[kind] as Labeled).flatMap(([lang, list]) =>
      list.map((t) => ({ t, lang })),
    );
    const missed = phrases
      .map(({ t, lang }) => ({ t, lang, got: detectCrisis(t).kind }))
      .filter((r) => r.got !== kind);
    return { kind, total: phrases.length, missed, recall: (phrases.length - missed.length) / phrases.length };
  });
  const quiet = Object.entries(corpus.none as Labeled).flatMap(([lang, list]) =>
    list.map((t) => ({ t, lang })),
  );
  const falseFires = quiet
    .map(({ t, lang }) => ({ t, lang, ...detectCrisis(t) }))
    .filter((r) => r.kind !== null);
  return { perKind, quiet, falseFires };
}

describe('crisis corpus (member-voice phrases, English and Spanish)', () => {
  const { perKind, quiet, falseFires } = results();

  it('holds at least 400 phrases, about half that must fire, in both languages and for every kind', () => {
    const firing = perKind.reduce((n, k) => n + k.total, 0);
    expect(firing + quiet.length).toBeGreaterThanOrEqual(400);
    expect(firing / (firing + quiet.length)).toBeGreaterThan(0.4);
    for (const kind of CRISIS_PRECEDENCE) {
      const byLang = corpus[kind as CrisisKind] as Labeled;
      expect(byLang['en'].length).toBeGreaterThan(0);
      expect(byLang['es'].length).toBeGreaterThan(0);
    }
  });

  it(`reads every kind with at least ${RECALL_MIN * 100}% recall and fires on nothing else`, () => {
    const lines = perKind.map(
      (k) =>
        `${k.kind.padEnd(12)} recall ${(k.recall * 100).toFixed(1)}% (${k.total - k.missed.length}/${k.total})` +
        k.missed
          .map((m) => `\n    missed [${m.lang}] ${JSON.stringify(m.t)} → ${m.got ?? 'nothing'}`)
          .join(''),
    );
    lines.push(
      `false fires  ${falseFires.length}/${quiet.length}` +
        falseFires
          .map((f) => `\n    [${f.lang}] ${JSON.stringify(f.t)} → ${f.kind} (${f.phraseId})`)
          .join(''),
    );
    console.warn(`Crisis detector on the labeled corpus:\n${lines.join('\n')}`);
    for (const k of perKind)
      expect({ kind: k.kind, recallOk: k.recall >= RECALL_MIN }).toEqual({ kind: k.kind, recallOk: true });
    expect(falseFires).toEqual([]);
  });
});
