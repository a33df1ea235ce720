import { fromMultirangeText, toMultirangeLiteral, toWeekRanges } from './weekly-windows';

describe('weekly windows', () => {
  it('become sorted, merged minutes of the week', () => {
    expect(
      toWeekRanges([
        { day: 1, startMinute: 600, endMinute: 720 },
        { day: 0, startMinute: 0, endMinute: 60 },
        { day: 1, startMinute: 700, endMinute: 800 },
      ]),
    ).toEqual([
      [0, 60],
      [2040, 2240],
    ]);
  });

  it('join across midnight and split again at midnight when read back', () => {
    const literal = toMultirangeLiteral([
      { day: 2, startMinute: 1380, endMinute: 1440 },
      { day: 3, startMinute: 0, endMinute: 60 },
    ]);
    expect(literal).toBe('{[4260,4380)}');
    expect(fromMultirangeText(literal)).toEqual([
      { day: 2, startMinute: 1380, endMinute: 1440 },
      { day: 3, startMinute: 0, endMinute: 60 },
    ]);
  });

  it('read an empty multirange as no windows', () => {
    expect(toMultirangeLiteral([])).toBe('{}');
    expect(fromMultirangeText('{}')).toEqual([]);
  });
});
