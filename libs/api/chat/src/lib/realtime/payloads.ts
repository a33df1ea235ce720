import { CHAT_CLIENT_ID_MAX, type ChatSubscribePayload } from '@kinship/shared/contracts';
import { invalid } from '../chat-errors';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CLIENT_ID = new RegExp(`^[A-Za-z0-9_-]{1,${CHAT_CLIENT_ID_MAX}}$`);

/** Socket payloads arrive as anything at all; these turn them into typed values or a clear refusal. */
function asObject(payload: unknown): Record<string, unknown> {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw invalid('The event needs an object, like { "roomId": "…" }.');
  }
  return payload as Record<string, unknown>;
}

export function parseRoomId(value: unknown): string {
  if (typeof value !== 'string' || !UUID.test(value)) throw invalid('roomId must be a room id.');
  return value.toLowerCase();
}

function parseSeq(value: unknown, name: string): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw invalid(`${name} must be a whole number, 0 or more.`);
  }
  return value;
}

export function parseRoomRef(payload: unknown): { roomId: string } {
  return { roomId: parseRoomId(asObject(payload)['roomId']) };
}

export function parseSubscribe(payload: unknown): ChatSubscribePayload {
  const o = asObject(payload);
  return {
    roomId: parseRoomId(o['roomId']),
    lastSeq: parseSeq(o['lastSeq'], 'lastSeq'),
    lastModSeq: parseSeq(o['lastModSeq'], 'lastModSeq'),
  };
}

/** The text is checked by normalizeMessageText, so it stays `unknown` here. */
export function parseSend(payload: unknown): { roomId: string; clientId: string; text: unknown } {
  const o = asObject(payload);
  const clientId = o['clientId'];
  if (typeof clientId !== 'string' || !CLIENT_ID.test(clientId)) {
    throw invalid(
      `clientId must be 1 to ${CHAT_CLIENT_ID_MAX} letters, digits, "-" or "_" (a UUID is ideal).`,
    );
  }
  return { roomId: parseRoomId(o['roomId']), clientId, text: o['text'] };
}

export function parseTyping(payload: unknown): { roomId: string; typing: boolean } {
  const o = asObject(payload);
  if (typeof o['typing'] !== 'boolean') throw invalid('typing must be true or false.');
  return { roomId: parseRoomId(o['roomId']), typing: o['typing'] };
}
