import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { useRef, useState } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { SUICIDE_STEPS, type CrisisSupport } from '@kinship/shared/contracts';
import { setLocale } from '@kinship/web/i18n';
import { CrisisDialog, type CrisisDialogProps } from '../CrisisDialog';

const suicide: CrisisSupport = {
  kind: 'suicide',
  lines: [
    { id: '988', name: '988 Suicide & Crisis Lifeline', call: '988', text: '988' },
    { id: 'emergency', name: 'Emergency', call: '911' },
  ],
  steps: [...SUICIDE_STEPS],
};
/** A kind this client was never told about: shown as sent, in a warm tone. */
const relapse = {
  kind: 'relapse',
  lines: [{ id: 'samhsa', name: 'SAMHSA National Helpline', call: '1-800-662-4357' }],
  steps: ['Call someone in your recovery before you decide anything.', 'Go to a meeting tonight.'],
} as unknown as CrisisSupport;

/** A composer and a send button that opens the dialog, as the chat screens do. */
function Screen({
  crisis,
  ...rest
}: Omit<CrisisDialogProps, 'onClose' | 'crisis'> & { crisis: CrisisSupport }) {
  const [open, setOpen] = useState(false);
  const composer = useRef<HTMLTextAreaElement>(null);
  return (
    <MemoryRouter>
      <textarea ref={composer} aria-label="Your message" />
      <button type="button" onClick={() => setOpen(true)}>
        Send
      </button>
      <CrisisDialog
        crisis={open ? crisis : null}
        onClose={() => setOpen(false)}
        returnFocusRef={composer}
        {...rest}
      />
    </MemoryRouter>
  );
}

function openWith(props: Parameters<typeof Screen>[0]) {
  render(<Screen {...props} />);
  screen.getByLabelText('Your message').focus();
  fireEvent.click(screen.getByRole('button', { name: 'Send' }));
}

afterEach(async () => {
  await act(() => setLocale('en'));
});

describe('crisis dialog', () => {
  it('opens as a labelled modal dialog with the focus inside; Escape closes it and the composer has the focus again', () => {
    openWith({ crisis: suicide });
    const dialog = screen.getByRole('dialog', { name: 'You are not alone. Help is here right now.' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.contains(document.activeElement)).toBe(true);
    expect(dialog.className).toContain('crisis-dialog--urgent');
    const links = within(dialog)
      .getAllByRole('link')
      .map((a) => a.getAttribute('href'));
    expect(links).toEqual(['tel:988', 'sms:988', 'tel:911', '/help']);
    expect([...dialog.querySelectorAll('ol li')].map((li) => li.textContent)).toEqual(SUICIDE_STEPS);

    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByLabelText('Your message'));
  });

  it('keeps the focus inside: Tab from the last control goes to the first, Shift+Tab from the first to the last', () => {
    openWith({ crisis: suicide });
    const dialog = screen.getByRole('dialog');
    const first = within(dialog).getByRole('link', { name: 'Call 988' });
    const last = within(dialog).getByRole('button', { name: 'Close' });
    last.focus();
    fireEvent.keyDown(last, { key: 'Tab' });
    expect(document.activeElement).toBe(first);
    fireEvent.keyDown(first, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(last);
  });

  it('shows a kind it does not know warmly, with the steps as sent, the sponsor and the meetings about to start', () => {
    openWith({
      crisis: relapse,
      sponsor: { name: 'Rosa P.', to: '/sponsorship/messages/s1' },
      meetings: {
        loading: false,
        failed: false,
        list: [
          {
            id: 'm1',
            name: 'Night Owls NA',
            url: 'https://meet.example.org/owls',
            phone: null,
            start: new Date().toISOString(),
            inProgress: true,
            startsInMinutes: 0,
          },
        ],
      },
      moderatorCheckIn: <button type="button">Ask a moderator to check in on me</button>,
    });
    const dialog = screen.getByRole('dialog', { name: 'You reached out. That matters.' });
    expect(dialog.className).toContain('crisis-dialog--warm');
    expect([...dialog.querySelectorAll('ol li')].map((li) => li.textContent)).toEqual(relapse.steps);
    expect(within(dialog).getByRole('link', { name: 'Call 1-800-662-4357' }).getAttribute('href')).toBe(
      'tel:+18006624357',
    );
    expect(
      within(dialog).getByRole('link', { name: 'Message my sponsor, Rosa P.' }).getAttribute('href'),
    ).toBe('/sponsorship/messages/s1');
    expect(within(dialog).getByRole('link', { name: 'Join Night Owls NA' }).getAttribute('href')).toBe(
      'https://meet.example.org/owls',
    );
    expect(within(dialog).getByText('In progress now')).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Ask a moderator to check in on me' })).toBeTruthy();
  });

  it('speaks Spanish', async () => {
    await act(() => setLocale('es'));
    openWith({ crisis: suicide, meetings: { loading: false, failed: false, list: [] } });
    const dialog = screen.getByRole('dialog', { name: 'No estás solo. Hay ayuda ahora mismo.' });
    expect(
      within(dialog).getByText('Ninguna reunión en línea empieza en los próximos 30 minutos.'),
    ).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Cerrar' })).toBeTruthy();
  });
});
