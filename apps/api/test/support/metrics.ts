import request from 'supertest';

/** GETs /metrics (with a bearer token when given) and returns the Prometheus text; fails on non-200. */
export async function scrape(baseUrl: string, token?: string): Promise<string> {
  let req = request(baseUrl).get('/metrics');
  if (token) req = req.set('authorization', `Bearer ${token}`);
  const res = await req;
  if (res.status !== 200) throw new Error(`/metrics answered ${res.status}: ${res.text}`);
  return res.text;
}

/**
 * The value of one series in Prometheus text, matched by name and exactly these labels (in any order);
 * undefined when the series is absent.
 */
export function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const wanted = Object.entries(labels)
    .map(([k, v]) => `${k}="${v}"`)
    .sort()
    .join(',');
  for (const line of text.split('\n')) {
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const have = (m[2] ?? '')
      .split(/,(?=[a-zA-Z_]+=")/)
      .filter(Boolean)
      .sort()
      .join(',');
    if (have === wanted) return Number(m[3]);
  }
  return undefined;
}
