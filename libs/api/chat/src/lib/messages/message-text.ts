import { CHAT_MESSAGE_MAX } from '@kinship/shared/contracts';
import { invalid } from '../chat-errors';

// Control characters other than tab and newline, and the invisible ones used to smuggle text.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/gu;
const MAX_LINES = 40;

/**
 * Validates and tidies a message: text only (a string, no binary), Unicode NFC, no control or invisible
 * characters, trimmed, at most CHAT_MESSAGE_MAX characters and MAX_LINES lines, not blank.
 */
export function normalizeMessageText(raw: unknown): string {
  if (typeof raw !== 'string') throw invalid('A message must be text.');
  if (raw.length > CHAT_MESSAGE_MAX * 4) {
    throw invalid(`That message is too long: keep it under ${CHAT_MESSAGE_MAX} characters.`);
  }
  const text = raw
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (text.length === 0) throw invalid('Write something before sending.');
  if ([...text].length > CHAT_MESSAGE_MAX) {
    throw invalid(`That message is too long: keep it under ${CHAT_MESSAGE_MAX} characters.`);
  }
  if (text.split('\n').length > MAX_LINES) {
    throw invalid(`That message has too many lines: keep it under ${MAX_LINES}.`);
  }
  return text;
}

const LINK =
  /(\bhttps?:\/\/|\bwww\.|\b[a-z0-9-]{2,63}\.(com|net|org|io|co|me|ly|gg|app|xyz|info|biz|link|site|online|ru|cn|tk|to)\b)/iu;

/** True when the text carries a link or a bare domain (new members' links are held for review). */
export function containsLink(text: string): boolean {
  return LINK.test(text);
}
