/** The device's own IANA time zone, e.g. "America/Chicago" (UTC when the browser will not say). */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** Every IANA zone the browser knows, sorted, always including `extra` (the saved or the device's zone). */
export function timeZoneOptions(...extra: string[]): { value: string; label: string }[] {
  let zones: string[] = [];
  try {
    zones = Intl.supportedValuesOf('timeZone');
  } catch {
    zones = [];
  }
  const all = new Set([...zones, ...extra.filter(Boolean), 'UTC']);
  return [...all].sort().map((zone) => ({ value: zone, label: zone.replace(/_/g, ' ') }));
}
