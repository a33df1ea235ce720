import { MAIL_TEMPLATE_NAMES, renderMail, type MailTemplate } from './mail-templates';

const link = 'https://kinship.test/x?token=abc';
const samples: MailTemplate[] = [
  { name: 'password-reset', link },
  { name: 'verify-email', link, displayName: 'Ana R.' },
  { name: 'email-change-confirm', link },
  { name: 'email-change-notice', resetLink: link },
  { name: 'account-exists', signInLink: link, resetLink: link },
  {
    name: 'weekly-digest',
    link,
    meetings: [{ name: 'Monday Group', startsAt: '2026-12-07T01:00:00Z', timeZone: 'Europe/Madrid' }],
    unreadMessages: 1,
  },
];
// What a lock screen or a shared inbox must never show.
const REVEALING =
  /addict|recover|\bN\.?A\.?\b|\bA\.?A\.?\b|narcotic|alcohol|drug|sponsor|sober|sobri|clean|relapse|step|using|adicci|recupera|padrin|madrin|droga|reca[ií]da|paso/i;

describe('mail templates', () => {
  it('cover every template', () => {
    expect(samples.map((s) => s.name).sort()).toEqual([...MAIL_TEMPLATE_NAMES].sort());
  });

  it.each(['en', 'es'])('say nothing revealing in the subject or first line (%s)', (locale) => {
    for (const sample of samples) {
      const mail = renderMail(locale, sample);
      expect(mail.subject).not.toMatch(REVEALING);
      expect(mail.text.split('\n')[0]).not.toMatch(REVEALING);
      expect(mail.subject.length).toBeGreaterThan(3);
    }
  });

  it('are in Spanish for Spanish-speaking members and English otherwise', () => {
    expect(renderMail('es', samples[0]).subject).toBe('Restablece tu contraseña');
    expect(renderMail('en', samples[0]).subject).toBe('Reset your password');
    expect(renderMail('fr', samples[0]).subject).toBe('Reset your password');
  });

  it('escape what they fill in, in the HTML part', () => {
    const html = renderMail('en', { name: 'verify-email', link, displayName: '<b>Ana</b>' }).html;
    expect(html).toContain('&lt;b&gt;Ana&lt;/b&gt;');
  });
});
