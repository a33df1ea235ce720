import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { guessHelpCountry, HelpPage } from '../HelpPage';
import { dialable } from '../phone-links';

const renderHelp = () =>
  render(
    <MemoryRouter>
      <HelpPage />
    </MemoryRouter>,
  );

const href = (name: string) => screen.getByRole('link', { name }).getAttribute('href');

describe('Get help now page', () => {
  it('lists 988 with call and text links', () => {
    renderHelp();
    expect(screen.getByRole('heading', { name: '988 Suicide & Crisis Lifeline' })).toBeTruthy();
    expect(href('Call 988')).toBe('tel:988');
    expect(href('Text 988')).toBe('sms:988');
  });

  it('lists the SAMHSA helpline and its TTY number as tel: links', () => {
    renderHelp();
    expect(screen.getByRole('heading', { name: 'SAMHSA National Helpline' })).toBeTruthy();
    expect(href('Call 1-800-662-4357')).toBe('tel:+18006624357');
    expect(href('TTY 1-800-487-4889')).toBe('tel:+18004874889');
  });

  it('lists 911 for an emergency', () => {
    renderHelp();
    expect(screen.getByRole('heading', { name: 'Emergency (overdose or immediate danger)' })).toBeTruthy();
    expect(href('Call 911')).toBe('tel:911');
  });

  it('gives the overdose steps in order: call 911, naloxone, rescue position, stay', () => {
    renderHelp();
    const section = screen.getByRole('region', { name: 'If someone may be overdosing' });
    const steps = within(section)
      .getAllByRole('listitem')
      .map((li) => li.textContent ?? '');
    expect(steps).toHaveLength(4);
    expect(steps[0]).toMatch(/^Call 911/);
    expect(steps[1]).toMatch(/naloxone/);
    expect(steps[2]).toMatch(/rescue position/);
    expect(steps[3]).toMatch(/^Stay with them/);
  });
});

describe('Get help now in other countries', () => {
  it('shows the lines and emergency number of the country picked', () => {
    renderHelp();
    fireEvent.change(screen.getByLabelText('Show lines for'), { target: { value: 'GB' } });
    expect(screen.getByRole('heading', { name: 'Crisis and help lines (United Kingdom)' })).toBeTruthy();
    expect(href('Call 999')).toBe('tel:999');
    expect(href('Call 116 123')).toBe('tel:116123');
    expect(screen.queryByRole('link', { name: 'Call 988' })).toBeNull();
    const steps = within(screen.getByRole('region', { name: 'If someone may be overdosing' }));
    expect(steps.getAllByRole('listitem')[0].textContent).toMatch(/^Call 999 now/);
  });

  it('points anywhere else to findahelpline.com and the local emergency number', () => {
    render(
      <MemoryRouter>
        <HelpPage country="ZZ" />
      </MemoryRouter>,
    );
    expect(screen.getByRole('heading', { name: 'Find a Helpline' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: /^Call / })).toBeNull();
    const steps = within(screen.getByRole('region', { name: 'If someone may be overdosing' }));
    expect(steps.getAllByRole('listitem')[0].textContent).toMatch(/^Call your local emergency number now/);
  });

  it('guesses the country from the browser’s region, and the US otherwise', () => {
    expect(guessHelpCountry(['en-AU', 'en'])).toBe('AU');
    expect(guessHelpCountry(['es-MX', 'es'])).toBe('US');
    expect(guessHelpCountry([])).toBe('US');
  });
});

describe('dialable', () => {
  it('turns numbers as written into tel: targets', () => {
    expect(dialable('988')).toBe('988');
    expect(dialable('1-800-662-4357')).toBe('+18006624357');
    expect(dialable('(800) 662-4357')).toBe('+18006624357');
  });
});
