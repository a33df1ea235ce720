import { badInput, normalizeText, TextRefused } from '@kinship/api/core';
import {
  DM_MESSAGE_MAX,
  type DmJoinPayload,
  type DmReadPayload,
  type DmSendPayload,
} from '@kinship/shared/contracts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_SEQ = 2 ** 31 - 1;

function objectWith(payload: unknown, keys: string[]): Record<string, unknown> {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw badInput('The payload must be an object.');
  }
  const extra = Object.keys(payload).filter((k) => !keys.includes(k));
  if (extra.length) throw badInput(`Unknown field "${extra[0].slice(0, 32)}".`);
  return payload as Record<string, unknown>;
}

function uuid(value: unknown, field: string): string {
  if (typeof value !== 'string' || !UUID.test(value)) throw badInput(`${field} must be a UUID.`);
  return value.toLowerCase();
}

function seq(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_SEQ) {
    throw badInput(`${field} must be a whole number of 0 or more.`);
  }
  return value;
}

/**
 * A message's text as stored: plain text only (a string), the platform's one text normalization
 * (normalizeText: NFC, line breaks as LF, no control, bidi or zero-width characters; NUL and lone
 * surrogates refused), surrounding white space trimmed, 1 to DM_MESSAGE_MAX characters.
 */
export function messageText(value: unknown): string {
  if (typeof value !== 'string') throw badInput('text must be plain text.', { field: 'text' });
  if (value.length > DM_MESSAGE_MAX * 4) {
    throw badInput(`A message can be at most ${DM_MESSAGE_MAX} characters long.`, { field: 'text' });
  }
  let text: string;
  try {
    text = normalizeText(value).trim();
  } catch (error) {
    if (!(error instanceof TextRefused)) throw error;
    if (error.problem !== 'invisible-only') throw badInput(`text ${error.message}.`, { field: 'text' });
    text = '';
  }
  if (!text) throw badInput('A message cannot be empty.', { field: 'text' });
  if ([...text].length > DM_MESSAGE_MAX) {
    throw badInput(`A message can be at most ${DM_MESSAGE_MAX} characters long.`, { field: 'text' });
  }
  return text;
}

export function parseSend(payload: unknown): DmSendPayload {
  const p = objectWith(payload, ['sponsorshipId', 'clientId', 'text']);
  return {
    sponsorshipId: uuid(p['sponsorshipId'], 'sponsorshipId'),
    clientId: uuid(p['clientId'], 'clientId'),
    text: messageText(p['text']),
  };
}

export function parseJoin(payload: unknown): DmJoinPayload {
  const p = objectWith(payload, ['sponsorshipId', 'afterSeq']);
  return {
    sponsorshipId: uuid(p['sponsorshipId'], 'sponsorshipId'),
    afterSeq: p['afterSeq'] === undefined ? 0 : seq(p['afterSeq'], 'afterSeq'),
  };
}

export function parseRead(payload: unknown): DmReadPayload {
  const p = objectWith(payload, ['sponsorshipId', 'seq']);
  return { sponsorshipId: uuid(p['sponsorshipId'], 'sponsorshipId'), seq: seq(p['seq'], 'seq') };
}

export function parseSponsorshipId(payload: unknown): string {
  return uuid(objectWith(payload, ['sponsorshipId'])['sponsorshipId'], 'sponsorshipId');
}
