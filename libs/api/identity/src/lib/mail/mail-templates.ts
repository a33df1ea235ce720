/**
 * Every email the platform sends, in English and Spanish. Subjects and first lines are discreet: they show
 * on lock screens and in shared inboxes, so they never say what the platform is for.
 */
export type MailLocale = 'en' | 'es';

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

interface MailContent {
  subject: string;
  paragraphs: string[];
  link?: { url: string; label: string };
  list?: string[];
  after?: string[];
}

export interface DigestMeeting {
  name: string;
  startsAt: string;
  timeZone: string;
}

export type MailTemplate =
  | { name: 'password-reset'; link: string }
  | { name: 'verify-email'; link: string; displayName: string }
  | { name: 'email-change-confirm'; link: string }
  | { name: 'email-change-notice'; resetLink: string }
  | { name: 'account-exists'; signInLink: string; resetLink: string }
  | { name: 'weekly-digest'; link: string; meetings: DigestMeeting[]; unreadMessages: number };

export const MAIL_TEMPLATE_NAMES: MailTemplate['name'][] = [
  'password-reset',
  'verify-email',
  'email-change-confirm',
  'email-change-notice',
  'account-exists',
  'weekly-digest',
];

function whenIn(locale: MailLocale, m: DigestMeeting): string {
  const date = new Date(m.startsAt);
  if (Number.isNaN(date.getTime())) return m.startsAt;
  const options: Intl.DateTimeFormatOptions = {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  };
  try {
    return new Intl.DateTimeFormat(locale, { ...options, timeZone: m.timeZone }).format(date);
  } catch {
    return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(date);
  }
}

function content(locale: MailLocale, t: MailTemplate): MailContent {
  const es = locale === 'es';
  switch (t.name) {
    case 'password-reset':
      return {
        subject: es ? 'Restablece tu contraseña' : 'Reset your password',
        paragraphs: [
          es
            ? 'Recibimos una solicitud para restablecer la contraseña de tu cuenta.'
            : 'We received a request to reset the password of your account.',
          es
            ? 'El enlace sirve una sola vez y caduca en una hora. Al usarlo se cerrarán todas tus sesiones.'
            : 'The link works once and expires in one hour. Using it signs you out everywhere.',
        ],
        link: { url: t.link, label: es ? 'Elegir una contraseña nueva' : 'Choose a new password' },
        after: [
          es
            ? 'Si no lo pediste tú, ignora este mensaje: tu contraseña no cambia.'
            : 'If you did not ask for this, ignore this message: your password stays the same.',
        ],
      };
    case 'verify-email':
      return {
        subject: es ? 'Confirma tu dirección de correo' : 'Confirm your email address',
        paragraphs: [
          es ? `Hola, ${t.displayName}:` : `Hi ${t.displayName},`,
          es
            ? 'Confirma que esta dirección es tuya abriendo el enlace.'
            : 'Please confirm that this address is yours by opening the link.',
        ],
        link: { url: t.link, label: es ? 'Confirmar mi dirección' : 'Confirm my address' },
        after: [
          es
            ? 'Si no creaste una cuenta, ignora este mensaje.'
            : 'If you did not create an account, ignore this message.',
        ],
      };
    case 'email-change-confirm':
      return {
        subject: es ? 'Confirma tu nueva dirección de correo' : 'Confirm your new email address',
        paragraphs: [
          es
            ? 'Pediste usar esta dirección para tu cuenta. El cambio se hace cuando abras el enlace.'
            : 'You asked to use this address for your account. The change happens when you open the link.',
        ],
        link: { url: t.link, label: es ? 'Confirmar la nueva dirección' : 'Confirm the new address' },
        after: [
          es
            ? 'Si no lo pediste tú, ignora este mensaje.'
            : 'If you did not ask for this, ignore this message.',
        ],
      };
    case 'email-change-notice':
      return {
        subject: es ? 'Cambio de dirección de correo' : 'A change to your email address',
        paragraphs: [
          es
            ? 'Alguien con tu contraseña pidió cambiar la dirección de correo de tu cuenta. Nada cambia hasta que se confirme la dirección nueva.'
            : 'Someone with your password asked to change the email address of your account. Nothing changes until the new address is confirmed.',
          es
            ? 'Si no fuiste tú, restablece tu contraseña ahora.'
            : 'If this was not you, reset your password now.',
        ],
        link: { url: t.resetLink, label: es ? 'Restablecer mi contraseña' : 'Reset my password' },
      };
    case 'account-exists':
      return {
        subject: es ? 'Sobre tu cuenta' : 'About your account',
        paragraphs: [
          es
            ? 'Alguien intentó crear una cuenta con esta dirección de correo, pero ya tienes una.'
            : 'Someone tried to create an account with this email address, but you already have one.',
          es
            ? 'Si fuiste tú, inicia sesión o restablece tu contraseña. Si no, ignora este mensaje: tu cuenta no cambia.'
            : 'If it was you, sign in or reset your password. If not, ignore this message: your account is unchanged.',
        ],
        link: { url: t.signInLink, label: es ? 'Iniciar sesión' : 'Sign in' },
        after: [`${es ? 'Restablecer la contraseña' : 'Reset your password'}: ${t.resetLink}`],
      };
    case 'weekly-digest': {
      const unread =
        t.unreadMessages === 0
          ? []
          : [
              es
                ? `Tienes ${t.unreadMessages} ${t.unreadMessages === 1 ? 'mensaje sin leer' : 'mensajes sin leer'}.`
                : `You have ${t.unreadMessages} unread ${t.unreadMessages === 1 ? 'message' : 'messages'}.`,
            ];
      return {
        subject: es ? 'Tu semana' : 'Your week',
        paragraphs: [
          es ? 'Esto es lo que tienes esta semana.' : 'Here is what your week looks like.',
          ...(t.meetings.length === 0
            ? [es ? 'No tienes reuniones guardadas esta semana.' : 'You have no saved meetings this week.']
            : []),
        ],
        list: t.meetings.map((m) => `${m.name}: ${whenIn(locale, m)}`),
        after: unread,
        link: { url: t.link, label: es ? 'Abrir' : 'Open' },
      };
    }
  }
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Renders a template as a plain-text body and a simple HTML twin. */
export function renderMail(locale: string, template: MailTemplate): RenderedMail {
  const c = content(locale === 'es' ? 'es' : 'en', template);
  const text = [
    ...c.paragraphs,
    ...(c.list && c.list.length > 0 ? [c.list.map((l) => `- ${l}`).join('\n')] : []),
    ...(c.link ? [`${c.link.label}: ${c.link.url}`] : []),
    ...(c.after ?? []),
  ].join('\n\n');
  const p = (s: string) => `<p>${escapeHtml(s)}</p>`;
  const html = [
    '<!doctype html><html><body style="font-family: sans-serif; line-height: 1.5">',
    ...c.paragraphs.map(p),
    ...(c.list && c.list.length > 0
      ? [`<ul>${c.list.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>`]
      : []),
    ...(c.link ? [`<p><a href="${escapeHtml(c.link.url)}">${escapeHtml(c.link.label)}</a></p>`] : []),
    ...(c.after ?? []).map(p),
    '</body></html>',
  ].join('\n');
  return { subject: c.subject, text: `${text}\n`, html };
}
