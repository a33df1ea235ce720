/** Conference providers readers such as tsml-ui recognise, by host name suffix. */
const PROVIDERS: [suffix: string, name: string][] = [
  ['zoom.us', 'Zoom'],
  ['zoom.com', 'Zoom'],
  ['meet.google.com', 'Google Meet'],
  ['teams.microsoft.com', 'Microsoft Teams'],
  ['teams.live.com', 'Microsoft Teams'],
  ['meet.jit.si', 'Jitsi'],
  ['jit.si', 'Jitsi'],
  ['webex.com', 'Webex'],
  ['discord.gg', 'Discord'],
  ['discord.com', 'Discord'],
  ['signal.group', 'Signal'],
  ['skype.com', 'Skype'],
  ['gotomeeting.com', 'GoTo Meeting'],
  ['gotomeet.me', 'GoTo Meeting'],
  ['freeconferencecall.com', 'FreeConferenceCall'],
  ['whereby.com', 'Whereby'],
  ['chat.whatsapp.com', 'WhatsApp'],
  ['t.me', 'Telegram'],
  ['bluejeans.com', 'BlueJeans'],
];

/** The provider's name for a conference URL ("Zoom" for https://us02web.zoom.us/j/…), or null. */
export function conferenceProvider(url: string | null | undefined): string | null {
  if (!url) return null;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  for (const [suffix, name] of PROVIDERS) {
    if (host === suffix || host.endsWith(`.${suffix}`)) return name;
  }
  return null;
}

/** True for an absolute http(s) URL. */
export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && Boolean(url.hostname);
  } catch {
    return false;
  }
}

/**
 * A conference phone as the spec wants it (digits, `+`, `,`, `*`, `#`): spaces, dashes, dots and
 * parentheses people type are removed. Null when something else remains.
 */
export function normalizeConferencePhone(value: string): string | null {
  const compact = value.trim().replace(/[\s\-().]/g, '');
  return /^\+?[0-9][0-9,*#]*$/.test(compact) && /\d{3,}/.test(compact) ? compact : null;
}
