import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { HelpPage } from '../HelpPage';
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

describe('dialable', () => {
  it('turns numbers as written into tel: targets', () => {
    expect(dialable('988')).toBe('988');
    expect(dialable('1-800-662-4357')).toBe('+18006624357');
    expect(dialable('(800) 662-4357')).toBe('+18006624357');
  });
});
