import { cleanTimeLabel, cleanTimeOf } from './clean-time';

describe('clean time', () => {
  it('is whole years from two years on, years and months before', () => {
    expect(cleanTimeOf(50)).toEqual({ years: 4, months: 0 });
    expect(cleanTimeOf(17)).toEqual({ years: 1, months: 5 });
    expect(cleanTimeOf(3)).toEqual({ years: 0, months: 3 });
    expect(cleanTimeOf(-2)).toEqual({ years: 0, months: 0 });
  });

  it('reads naturally, in the words of each kind of program', () => {
    expect(cleanTimeLabel({ years: 4, months: 0 }, 'sponsor')).toBe('4 years clean');
    expect(cleanTimeLabel({ years: 1, months: 5 }, 'sponsor')).toBe('1 year 5 months clean');
    expect(cleanTimeLabel({ years: 0, months: 1 }, 'mentor')).toBe('1 month in recovery');
    expect(cleanTimeLabel({ years: 0, months: 0 }, 'sponsor')).toBe('less than a month clean');
  });
});
