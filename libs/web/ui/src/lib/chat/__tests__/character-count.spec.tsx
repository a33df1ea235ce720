import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '@kinship/web/i18n';
import { CharacterCount, characterCount } from '../CharacterCount';

afterEach(async () => {
  await act(() => setLocale('en'));
});

const shown = () => document.getElementById('count')?.textContent;

describe('character count', () => {
  it('counts code points, as the API does: an emoji is one character', () => {
    expect(characterCount('día 1 🙂')).toBe(7);
  });

  it('stays quiet far from the limit, counts near it, and says how far over it is', () => {
    const { rerender } = render(<CharacterCount id="count" text="hello" max={2000} />);
    expect(shown()).toBe('');
    rerender(<CharacterCount id="count" text={'x'.repeat(1990)} max={2000} />);
    expect(shown()).toBe('1,990 of 2,000 characters');
    rerender(<CharacterCount id="count" text={'x'.repeat(2001)} max={2000} />);
    expect(shown()).toBe('1 character over the limit of 2,000');
    expect(screen.getByText('1 character over the limit of 2,000').className).toContain('char-count--over');
  });

  it('speaks Spanish', async () => {
    await act(() => setLocale('es'));
    render(<CharacterCount id="count" text={'x'.repeat(2005)} max={2000} />);
    expect(shown()).toBe('5 caracteres por encima del límite de 2000');
  });
});
