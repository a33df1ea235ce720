import { act, fireEvent, render, screen } from '@testing-library/react';
import { Link, MemoryRouter, Route, Routes } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { Layout } from '../Layout';
import { setNavCount } from '../nav-counts';

function shell() {
  return render(
    <MemoryRouter initialEntries={['/']}>
      <Layout
        nav={[
          <Link to="/">Home</Link>,
          <Link to="/meetings">Meetings</Link>,
          <Link to="/chat">Group chat</Link>,
        ]}
        tools={
          <label>
            Language <select aria-label="Language" />
          </label>
        }
      >
        <Routes>
          <Route path="/" element={<h1>Home page</h1>} />
          <Route path="/meetings" element={<h1>Meetings page</h1>} />
        </Routes>
      </Layout>
    </MemoryRouter>,
  );
}

const menuButton = () => screen.getByRole('button', { name: /^Menu/ });
const panel = () => document.getElementById('site-menu')!;

afterEach(() => {
  act(() => {
    setNavCount('unread', 0);
    setNavCount('moderation', 0);
  });
});

// The compact header's Menu: a disclosure button for the navigation (CSS hides it on wide screens).
describe('the header menu', () => {
  it('opens and closes the navigation, says so with aria-expanded and controls the panel', () => {
    shell();
    const button = menuButton();
    expect(button.getAttribute('aria-controls')).toBe('site-menu');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(panel().className).not.toContain('site-menu--open');

    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(panel().className).toContain('site-menu--open');
    // the focus moves to the first link of the navigation
    expect(document.activeElement).toBe(screen.getByRole('link', { name: 'Home' }));

    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });

  it('closes on Escape and returns the focus to the Menu button', () => {
    shell();
    fireEvent.click(menuButton());
    expect(document.activeElement).not.toBe(menuButton());
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(menuButton().getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(menuButton());
  });

  it('closes when a link is followed, and on a click outside it', () => {
    shell();
    fireEvent.click(menuButton());
    fireEvent.click(screen.getByRole('link', { name: 'Meetings' }));
    expect(screen.getByRole('heading', { name: 'Meetings page' })).toBeTruthy();
    expect(menuButton().getAttribute('aria-expanded')).toBe('false');

    fireEvent.click(menuButton());
    fireEvent.pointerDown(screen.getByRole('heading', { name: 'Meetings page' }));
    expect(menuButton().getAttribute('aria-expanded')).toBe('false');
  });

  it('shows what waits inside on the button: the sum of the counts, with an accessible name', () => {
    shell();
    expect(menuButton().getAttribute('aria-label')).toBeNull();
    expect(screen.queryByTestId('menu-badge')).toBeNull();

    act(() => setNavCount('unread', 2));
    expect(screen.getByRole('button', { name: 'Menu, 2 waiting for you' })).toBeTruthy();
    expect(screen.getByTestId('menu-badge').textContent).toBe('2');

    act(() => setNavCount('moderation', 3));
    expect(screen.getByRole('button', { name: 'Menu, 5 waiting for you' })).toBeTruthy();
    expect(screen.getByTestId('menu-badge').textContent).toBe('5');

    act(() => setNavCount('unread', 0));
    act(() => setNavCount('moderation', 0));
    expect(screen.getByRole('button', { name: 'Menu' })).toBeTruthy();
    expect(screen.queryByTestId('menu-badge')).toBeNull();
  });
});
