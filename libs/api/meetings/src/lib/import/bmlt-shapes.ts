/**
 * Recognises BMLT responses that are not meeting lists, so an admin who picked the wrong file (or the wrong
 * switcher) is told what it is instead of getting one error per row.
 */
const SHAPES: { name: string; what: string; test: (first: Record<string, unknown>) => boolean }[] = [
  {
    name: 'GetFormats',
    what: 'the format codes of a server: give it beside the meetings (--formats) instead',
    test: (f) => 'key_string' in f && ('name_string' in f || 'format_type_enum' in f),
  },
  {
    name: 'GetServiceBodies',
    what: 'the areas and regions of a server',
    test: (f) => 'sb_type' in f || 'sb_owner' in f || ('parent_id' in f && ('helpline' in f || 'type' in f)),
  },
  {
    name: 'GetServerInfo',
    what: "a server's version and settings",
    test: (f) => 'version' in f && ('versionInt' in f || 'nativeLang' in f || 'langs' in f),
  },
  {
    name: 'GetChanges',
    what: 'a log of edits',
    test: (f) => 'change_type' in f && ('date_int' in f || 'date_string' in f),
  },
  {
    name: 'GetFieldKeys',
    what: 'the names of meeting fields',
    test: (f) => 'key' in f && 'description' in f && Object.keys(f).length <= 3,
  },
];

/** A message naming the kind of BMLT response this is, when it is one that lists no meetings. */
export function notAMeetingList(value: unknown): string | null {
  const list = Array.isArray(value) ? value : null;
  const first: unknown =
    list?.[0] ?? (value && typeof value === 'object' && !Array.isArray(value) ? value : null);
  if (!first || typeof first !== 'object' || Array.isArray(first)) return null;
  const entry = first as Record<string, unknown>;
  if ('weekday_tinyint' in entry || 'start_time' in entry || 'day' in entry || 'time' in entry) return null;
  const shape = SHAPES.find((s) => s.test(entry));
  if (!shape) return null;
  return (
    `This looks like a BMLT ${shape.name} response (${shape.what}), not a meeting list: ` +
    'import the GetSearchResults response (switcher=GetSearchResults).'
  );
}

/** True for a BMLT response object with a `meetings` list (`get_formats_explicitly=1`). */
export const isBmltEnvelope = (value: unknown): boolean =>
  Boolean(
    value &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    Array.isArray((value as { meetings?: unknown }).meetings),
  );
