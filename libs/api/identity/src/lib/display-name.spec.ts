import {
  MemberBadge,
  Role,
  badgeForRole,
  compactSkeleton,
  formatHandle,
  imitatesStaff,
} from '@kinship/shared/contracts';

describe('imitatesStaff', () => {
  it.each([
    'Moderator',
    'moderator',
    'Admin',
    'Kinship Team',
    'Mod Sam',
    'Sam Mod',
    'Support',
    'Staff',
    'System',
    'M0derator',
    'Ad min',
    'A d m i n',
    'S u p p o r t',
    'M.o.d',
    'Admln',
    'Adrnin',
    'Moddderator',
    'SamAdmin',
    'Kinship',
    'K1nsh1p Team',
    '\u0410dmin', // Cyrillic А
    'M\u043Ederator', // Cyrillic о
    '\u039Cοderator', // Greek Μ and ο
    'Ad\u200Bmin', // zero-width space
    'Ａｄｍｉｎ', // full-width letters (NFKC)
    'Módérâtor',
    'Moderador',
    'Equipo Kinship',
    'Soporte',
    'Official',
    'Help Desk',
    'Trust and Safety',
  ])('refuses %j', (name) => {
    expect(imitatesStaff(name)).toBe(true);
  });

  it.each([
    'Sam T.',
    'Ana R.',
    'Modesto R.',
    'Kad Minh',
    'Staffan B.',
    'Mary-Kate O\u2019B.',
    'José M.',
    'Adam In.',
    'Teagan S.',
    'Symone K.',
    'Helena P.',
    'Bo T.',
    'Ольга С.',
    'Αλέξανδρος Κ.',
  ])('accepts %j', (name) => {
    expect(imitatesStaff(name)).toBe(false);
  });
});

describe('compactSkeleton', () => {
  it('reads look-alike names the same', () => {
    expect(compactSkeleton('Chris L.')).toBe(compactSkeleton('CHRIS  L'));
    expect(compactSkeleton('Chris L.')).toBe(compactSkeleton('Chr\u0456s L.')); // Cyrillic і
    expect(compactSkeleton('Chris L.')).toBe(compactSkeleton('Chris I.'));
    expect(compactSkeleton('Chris L.')).not.toBe(compactSkeleton('Chris M.'));
  });
});

describe('badges and handles', () => {
  it('come from the role and the stored handle only', () => {
    expect(badgeForRole(Role.MODERATOR)).toBe(MemberBadge.MODERATOR);
    expect(badgeForRole(Role.ADMIN)).toBe(MemberBadge.ADMIN);
    expect(badgeForRole(Role.MEMBER)).toBeNull();
    expect(formatHandle('K7QM')).toBe('#K7QM');
  });
});
