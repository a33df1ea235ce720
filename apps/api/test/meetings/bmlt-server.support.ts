import request from 'supertest';
import type { TestApp } from '../support/test-app';
import { fixture } from './support';

export type BmltMeeting = Record<string, string>;

/** The real Greater New York responses (see test/fixtures/data/meetings/NOTICE.md). */
export const realMeetings = (): Record<string, unknown>[] =>
  JSON.parse(fixture('greater-new-york-na.get-search-results.json'));
export const realFormats = (): Record<string, unknown>[] =>
  JSON.parse(fixture('greater-new-york-na.formats.json'));

export const realBody = () => JSON.stringify({ meetings: realMeetings(), formats: realFormats() });

/** GET /client_interface/json/ with a query string as BMLT clients write it. */
export async function bmlt(app: TestApp, query: string, path = '/client_interface/json/') {
  const res = await request(app.url).get(`${path}?${query}`).set('origin', 'https://area.example');
  return res;
}

export async function results(app: TestApp, query: string): Promise<BmltMeeting[]> {
  const res = await bmlt(app, `switcher=GetSearchResults&${query}`);
  if (res.status !== 200) throw new Error(`${res.status} ${res.text}`);
  return res.body;
}

/** Every value of every object is a string (BMLT's clients crash on numbers and nulls). */
export function expectAllStrings(list: Record<string, unknown>[]): void {
  for (const item of list)
    for (const [key, value] of Object.entries(item)) {
      if (typeof value !== 'string') throw new Error(`${key} is ${JSON.stringify(value)}, not a string`);
    }
}

/** Great-circle distance in km, written separately from the server's. */
export function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const h =
    Math.sin(((lat2 - lat1) * r) / 2) ** 2 +
    Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}
