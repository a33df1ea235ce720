import { act, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '@kinship/web/i18n';
import { MemberName } from '../MemberName';

afterEach(async () => {
  await act(() => setLocale('en'));
});

const nameOf = (el: HTMLElement) => el.querySelector('.member-name__name')?.textContent;
const badgeOf = (el: HTMLElement) => el.querySelector('.member-badge');

describe('member name', () => {
  it('shows the name and the handle, and a screen reader hears both', () => {
    const { container } = render(
      <MemberName member={{ displayName: 'Sam T.', handle: 'K7QM', badge: null }} />,
    );
    const root = container.firstElementChild as HTMLElement;
    expect(nameOf(root)).toBe('Sam T.');
    expect(root.textContent).toBe('Sam T.· #K7QM, member code K7QM');
    expect(badgeOf(root)).toBeNull();
  });

  it('tells two members with the same name apart', () => {
    const { container } = render(
      <>
        <MemberName member={{ displayName: 'Sam T.', handle: 'K7QM', badge: null }} />
        <MemberName member={{ displayName: 'Sam T.', handle: 'P3XD', badge: null }} />
      </>,
    );
    const handles = [...container.querySelectorAll('.member-name__handle [aria-hidden]')].map(
      (e) => e.textContent,
    );
    expect(handles).toEqual(['· #K7QM', '· #P3XD']);
  });

  it.each([
    ['MODERATOR', 'moderator', 'Moderator, verified Kinship moderator'],
    ['moderator', 'moderator', 'Moderator, verified Kinship moderator'],
    ['ADMIN', 'admin', 'Admin, verified Kinship admin'],
    ['SPONSOR', 'sponsor', 'Sponsor, your sponsor in this conversation'],
  ])('draws the %s badge from the badge field, as its own element beside the name', (value, kind, text) => {
    const { container } = render(
      <MemberName member={{ displayName: 'Chris L.', handle: 'B9ZQ', badge: value }} />,
    );
    const root = container.firstElementChild as HTMLElement;
    const badge = badgeOf(root);
    expect(badge?.getAttribute('data-badge')).toBe(kind);
    expect(badge?.textContent).toBe(text);
    expect(nameOf(root)).toBe('Chris L.');
    expect(root.querySelector('.member-name__name')?.contains(badge as Node)).toBe(false);
  });

  it('never makes a badge from the name, or from an unknown or member role', () => {
    for (const badge of [null, 'MEMBER', 'owner', undefined]) {
      const { container, unmount } = render(
        <MemberName member={{ displayName: 'Moderator Sam', handle: 'H2JK', badge }} />,
      );
      expect(badgeOf(container as HTMLElement)).toBeNull();
      unmount();
    }
  });

  it('keeps the badge on your own label ("You") and says it in Spanish', async () => {
    await act(() => setLocale('es'));
    const { container } = render(
      <MemberName member={{ displayName: 'Chris L.', handle: 'B9ZQ', badge: 'MODERATOR' }} label="Tú" />,
    );
    const root = container.firstElementChild as HTMLElement;
    expect(nameOf(root)).toBe('Tú');
    expect(root.querySelector('.member-name__handle')).toBeNull();
    expect(badgeOf(root)?.textContent).toBe('Moderador, moderador verificado de Kinship');
  });
});
