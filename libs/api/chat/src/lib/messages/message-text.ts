import { normalizeText, TextRefused } from '@kinship/api/core';
import { CHAT_MESSAGE_MAX } from '@kinship/shared/contracts';
import { invalid } from '../chat-errors';

const MAX_LINES = 40;

/**
 * Validates and tidies a message: text only (a string, no binary), the platform's one text normalization
 * (normalizeText: NFC, no control or invisible characters, NUL and lone surrogates refused), trimmed, at most CHAT_MESSAGE_MAX characters and MAX_LINES lines, not blank.
 */
export function normalizeMessageText(raw: unknown): string {
  if (typeof raw !== 'string') throw invalid('A message must be text.');
  if (raw.length > CHAT_MESSAGE_MAX * 4) {
    throw invalid(`That message is too long: keep it under ${CHAT_MESSAGE_MAX} characters.`);
  }
  const text = normalized(raw)
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

function normalized(raw: string): string {
  try {
    return normalizeText(raw);
  } catch (error) {
    if (error instanceof TextRefused) {
      throw error.problem === 'invisible-only'
        ? invalid('Write something before sending.')
        : invalid(`text ${error.message}.`);
    }
    throw error;
  }
}

const LINK =
  /(\bhttps?:\/\/|\bwww\.|\b[a-z0-9-]{2,63}\.(com|net|org|io|co|me|ly|gg|app|xyz|info|biz|link|site|online|ru|cn|tk|to)\b)/iu;

/** True when the text carries a link or a bare domain (new members' links are held for review). */
export function containsLink(text: string): boolean {
  return LINK.test(text);
}
