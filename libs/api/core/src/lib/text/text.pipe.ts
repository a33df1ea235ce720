import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { badInput } from '../errors/app-error';
import { checkEncodable, normalizeText, TextRefused } from './normalize-text';

/** Secrets are compared byte for byte: they are only checked for what no store accepts, never changed. */
const SECRET = /password|token|secret/i;
const MAX_DEPTH = 20;

/** Parameter kinds the pipe reads (Nest reports GraphQL arguments and socket payloads as "body" too). */
const PARAMETERS = new Set<string>(['body', 'query', 'param']);

/**
 * A global pipe, before validation: every string in every REST body, query and path parameter and every
 * GraphQL argument (nested fields and lists included) goes through normalizeText. A refusal is
 * BAD_USER_INPUT naming the field (`extensions.field`, and in the message), so nothing PostgreSQL would
 * reject ever reaches it. Untyped parameters (socket payloads, declared `unknown`) are left to their
 * parsers, which normalize the same way and answer through the ack; the request and the current user
 * are never touched. GraphQL arguments also pass normalizeArgumentsOf, so no resolver can miss it.
 */
@Injectable()
export class TextPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (!PARAMETERS.has(metadata.type) || !metadata.metatype || metadata.metatype === Object) return value;
    return walk(value, metadata.data ?? '', 0);
  }
}

/** Normalizes `value` in place (objects and arrays) or returns the normalized string. */
export function walk(value: unknown, path: string, depth: number): unknown {
  if (typeof value === 'string') return normalizeField(value, path);
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return value;
  if (Buffer.isBuffer(value) || value instanceof Date) return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = walk(value[i], `${path}[${i}]`, depth + 1);
    return value;
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    record[key] = walk(record[key], path ? `${path}.${key}` : key, depth + 1);
  }
  return value;
}

function normalizeField(text: string, field: string): string {
  try {
    if (SECRET.test(field)) {
      checkEncodable(text);
      return text;
    }
    return normalizeText(text);
  } catch (error) {
    if (!(error instanceof TextRefused)) throw error;
    const name = field || 'text';
    throw badInput(`${name} ${error.message}.`, {
      field: name,
      fields: [{ field: name, message: `${name} ${error.message}` }],
    });
  }
}
