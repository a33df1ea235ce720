import { createHash } from 'node:crypto';

/** A URL-safe slug: lower-case ASCII letters, digits and single hyphens ("Life on Life's Terms" → "life-on-lifes-terms"). */
export function slugify(text: string, maxLength = 200): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/g, '');
  return slug || 'meeting';
}

/** A short, stable hex digest of a text (used to keep slugs from different sources apart). */
export function shortHash(text: string, length = 6): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}
