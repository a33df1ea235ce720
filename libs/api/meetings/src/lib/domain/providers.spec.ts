import { conferenceProvider, normalizeConferencePhone } from './providers';

describe('conferenceProvider', () => {
  it('names known providers by host, including subdomains', () => {
    expect(conferenceProvider('https://us02web.zoom.us/j/123')).toBe('Zoom');
    expect(conferenceProvider('https://meet.google.com/abc-defg-hij')).toBe('Google Meet');
    expect(conferenceProvider('https://teams.microsoft.com/l/meetup-join/x')).toBe('Microsoft Teams');
    expect(conferenceProvider('https://meet.jit.si/Room')).toBe('Jitsi');
    expect(conferenceProvider('https://acme.webex.com/meet/x')).toBe('Webex');
    expect(conferenceProvider('https://discord.gg/abc')).toBe('Discord');
  });

  it('does not name look-alike or unknown hosts', () => {
    expect(conferenceProvider('https://zoom.us.evil.example/j/1')).toBeNull();
    expect(conferenceProvider('https://notzoom.us/j/1')).toBeNull();
    expect(conferenceProvider('https://example.org/meeting')).toBeNull();
    expect(conferenceProvider('not a url')).toBeNull();
  });
});

describe('normalizeConferencePhone', () => {
  it('keeps digits, +, commas, * and #, dropping what people type around them', () => {
    expect(normalizeConferencePhone('+1 (646) 558-8656,,123456#')).toBe('+16465588656,,123456#');
    expect(normalizeConferencePhone('(800) 555-1212')).toBe('8005551212');
  });

  it('refuses anything else', () => {
    expect(normalizeConferencePhone('call Bob')).toBeNull();
    expect(normalizeConferencePhone('+1 646 CALL NOW')).toBeNull();
  });
});
