import { foldName, typoBudget, typoDistance } from './text';
import { Gazetteer, matchTier } from './gazetteer';
import { PlaceKind, type PlaceEntry } from './place-kind';

describe('place names as people type them', () => {
  it('folds accents, case, punctuation and spaces', () => {
    expect(foldName('  Bogotá ')).toBe('bogota');
    expect(foldName('São Paulo')).toBe('sao paulo');
    expect(foldName('Zürich (Kreis 1)')).toBe('zurich kreis 1');
    expect(foldName('Łódź')).toBe('lodz');
    expect(foldName('Straße')).toBe('strasse');
    expect(foldName("St. John's")).toBe('st john s');
  });

  it('counts a swap of neighbours as one typo, and gives up past the budget', () => {
    expect(typoDistance('brookyln', 'brooklyn', 2).whole).toBe(1);
    expect(typoDistance('bronklyn', 'brooklyn', 2).whole).toBe(1);
    expect(typoDistance('brklyn', 'brooklyn', 2).whole).toBe(2);
    expect(typoDistance('qqqqqqqq', 'brooklyn', 2)).toEqual({ whole: 3, prefix: 3 });
    // the best beginning: "brookl" is one typo from "brooky", a beginning of "brookyln"
    expect(typoDistance('brooky', 'brooklyn', 1).prefix).toBe(1);
    expect([1, 3, 4, 7, 8, 20].map(typoBudget)).toEqual([0, 0, 1, 1, 2, 2]);
  });

  it('ranks exact, then prefix, then a later word, then typos', () => {
    expect(matchTier('paris', 'paris', 1)).toBe(0);
    expect(matchTier('par', 'paris', 0)).toBe(1);
    expect(matchTier('york', 'new york city', 1)).toBe(2);
    expect(matchTier('pariss', 'paris', 1)).toBe(3);
    expect(matchTier('brookyl', 'brooklyn park', 1)).toBe(4);
    expect(matchTier('xyz', 'paris', 0)).toBeNull();
  });

  it('orders matches by tier, our own places, then population', () => {
    const entry = (name: string, weight: number, own = false): PlaceEntry => ({
      name,
      key: foldName(name),
      region: null,
      country: null,
      kind: PlaceKind.CITY,
      latitude: 0,
      longitude: 0,
      weight,
      own,
    });
    const gazetteer = new Gazetteer([
      entry('Springfield Gardens', 9_000_000),
      entry('Springfield', 100),
      entry('Springfield', 50_000),
      entry('Springfield', 2, true),
      entry('Springfeld', 1_000_000),
    ]);
    expect(gazetteer.search('springfield', 10).map((m) => [m.place.name, m.place.weight])).toEqual([
      ['Springfield', 2],
      ['Springfield', 50_000],
      ['Springfield', 100],
      ['Springfield Gardens', 9_000_000],
      ['Springfeld', 1_000_000],
    ]);
  });
});
