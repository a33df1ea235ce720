import request from 'supertest';
import { startTestApp, type TestApp } from '../support/test-app';
import { pdfText } from './pdf-text';
import { at, db, fixture, importFeed, online } from './support';

const PUBLIC_URL = 'https://kinship.example.org';

/** Fetches a printed list and reads it back. */
async function print(app: TestApp, query: string) {
  const res = await request(app.url)
    .get(`/meetings/print.pdf${query}`)
    .buffer(true)
    .parse((response, done) => {
      const chunks: Buffer[] = [];
      response.on('data', (c: Buffer) => chunks.push(c));
      response.on('end', () => done(null, Buffer.concat(chunks)));
    });
  expect(res.status).toBe(200);
  const pdf = res.body as Buffer;
  return { res, pdf, raw: pdf.toString('latin1'), ...(await pdfText(pdf)) };
}

/** Positions of each string in the text, asserting every one is there. */
const positions = (text: string, ...parts: string[]) =>
  parts.map((part) => {
    const i = text.indexOf(part);
    if (i < 0) throw new Error(`"${part}" is not in the PDF text:\n${text.slice(0, 3000)}`);
    return i;
  });
const ascending = (ns: number[]) => ns.every((n, i) => i === 0 || ns[i - 1]! < n);

describe('GET /meetings/print.pdf: a printable meeting list', () => {
  let app: TestApp;
  let onlineId: string;
  beforeAll(async () => {
    app = await startTestApp({ PUBLIC_URL });
    await importFeed(
      app,
      [
        at('mon-morning', 40.75, -73.99, {
          name: 'Sunrise Serenity',
          day: 1,
          time: '07:30',
          types: ['O', 'D'],
          location: 'St. Mark Church',
          formatted_address: '123 Main St, New York, NY 10001, USA',
        }),
        at('wed-evening', 40.76, -73.98, {
          name: 'Hope on Wednesday',
          day: 3,
          time: '19:00',
          types: ['C', 'ST'],
        }),
        at('sun-thu', 40.74, -73.97, { name: 'Zoë & Łukasz 日本 group', day: [0, 4], time: '12:15' }),
        online('sat-online', { name: 'Night Owls Online', day: 6, time: '21:15', types: ['O', 'BE'] }),
        at('la-tuesday', 34.05, -118.24, {
          name: 'Pacific Step Study',
          day: 2,
          time: '18:00',
          timezone: 'America/Los_Angeles',
          types: ['ST'],
          formatted_address: '500 Spring St, Los Angeles, CA 90013, USA',
        }),
      ],
      { source: 'print', program: 'NA' },
    );
    [{ id: onlineId }] = await db(app).query(`SELECT id FROM meetings WHERE source_key = 'sat-online'`);
  });
  afterAll(async () => {
    await app.close();
  });

  it('is a PDF, named, with the meetings grouped by day in order, sorted by time, and a legend', async () => {
    const { res, text, pages } = await print(app, '?tz=America/New_York');
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toMatch(
      /^inline; filename="meetings-\d{4}-\d{2}-\d{2}\.pdf"$/,
    );
    // the browser's PDF viewer may show it; nothing else may load
    expect(res.headers['content-security-policy']).toContain("object-src 'self'");
    expect(res.headers['content-security-policy']).toContain("default-src 'none'");
    expect(pages).toBe(1);
    expect(text).toContain('Meeting list');
    expect(text).toContain('All meetings');
    expect(text).toContain('5 meetings');
    // Sunday .. Saturday, each meeting under its day(s); Friday has none, so no Friday heading
    const order = positions(
      text,
      'Sunday',
      '12:15 PM',
      'Monday',
      '7:30 AM',
      'Sunrise Serenity',
      'Tuesday',
      '6:00 PM',
      'Pacific Step Study',
      'Wednesday',
      '7:00 PM',
      'Hope on Wednesday',
      'Thursday',
      'Saturday',
      '9:15 PM',
      'Night Owls Online',
      'Type codes',
    );
    expect(ascending(order)).toBe(true);
    expect(text).not.toContain('Friday');
    // a meeting on two days is under both
    expect(text.split('Zo\u00eb & Lukasz ?? group').length - 1).toBe(2);
    // the place as published, "Online" for an online meeting; meetings in two zones say theirs
    expect(text).toContain('St. Mark Church, 123 Main St, New York, NY 10001, USA');
    expect(text).toMatch(/Night Owls Online\s+Online/);
    expect(text).toContain('America/Los Angeles');
    expect(text).toContain('America/New York');
    // the legend names only the codes used
    expect(text).toMatch(/O\s+Open/);
    // (imported as NA: Meeting Guide's D, ST and BE are NA's DISC, STEP and BEG)
    expect(text).toMatch(/Sunrise Serenity\s+St\. Mark Church.*\s+NA · DISC, O/);
    expect(text).toMatch(/DISC\s+Discussion/);
    expect(text).toMatch(/STEP\s+Step Meeting/);
    expect(text).toMatch(/BEG\s+Beginners/);
    expect(text).not.toMatch(/SP\s+Speaker/);
  });

  it('links online meetings to our own meeting page, never to the conference link', async () => {
    const { raw, text } = await print(app, '');
    expect(raw).toContain(`/URI (${PUBLIC_URL}/meetings/${onlineId})`);
    expect(raw.match(/\/URI \(/g)).toHaveLength(1);
    expect(raw).not.toContain('zoom.us');
    expect(text).not.toContain('zoom.us');
  });

  it('in Spanish: day names, 24-hour times, Spanish type names and file name', async () => {
    const { res, text } = await print(app, '?lang=es&tz=America/New_York');
    expect(res.headers['content-disposition']).toMatch(/filename="reuniones-\d{4}-\d{2}-\d{2}\.pdf"/);
    expect(text).toContain('Lista de reuniones');
    const order = positions(
      text,
      'Domingo',
      'Lunes',
      '7:30',
      'Martes',
      'Miércoles',
      '19:00',
      'Jueves',
      'Sábado',
      '21:15',
    );
    expect(ascending(order)).toBe(true);
    expect(text).toContain('Códigos de tipo');
    expect(text).toMatch(/O\s+Abierta/);
    expect(text).toMatch(/STEP\s+Pasos/);
    expect(text).toMatch(/Night Owls Online\s+En línea/);
    expect(text).not.toContain('Monday');
  });

  it('a filter narrows the list and is summarised at the top', async () => {
    const wednesday = await print(app, '?day=3&tz=America/New_York');
    expect(wednesday.text).toContain('Hope on Wednesday');
    expect(wednesday.text).toContain('Days: Wednesday');
    expect(wednesday.text).toContain('1 meeting');
    for (const other of ['Sunrise Serenity', 'Pacific Step Study', 'Night Owls Online', 'Monday']) {
      expect(wednesday.text).not.toContain(other);
    }
    // a meeting on Sunday and Thursday, asked for Sunday: printed once, under Sunday only
    const sunday = await print(app, '?day=0&tz=America/New_York');
    expect(sunday.text.split('Zo\u00eb & Lukasz ?? group').length - 1).toBe(1);
    expect(sunday.text).toContain('Sunday');
    expect(sunday.text).not.toContain('Thursday');
    const steps = await print(app, '?type=STEP&att=IN_PERSON');
    expect(steps.text).toContain('Types: Step Meeting');
    expect(steps.text).toContain('In person');
    expect(steps.text).toContain('Hope on Wednesday');
    expect(steps.text).toContain('Pacific Step Study');
    expect(steps.text).not.toContain('Sunrise Serenity');
    const words = await print(app, '?q=owls&lang=es');
    expect(words.text).toContain('Palabras: «owls»');
    expect(words.text).toContain('Night Owls Online');
    expect(words.text).not.toContain('Hope on Wednesday');
    const none = await print(app, '?q=nothing-like-this');
    expect(none.text).toContain('No meetings match these choices.');
  });

  it('letter by default, A4 when asked', async () => {
    expect((await print(app, '')).raw).toMatch(/\/MediaBox \[0 0 612 792\]/);
    expect((await print(app, '?paper=a4')).raw).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
  });

  it.each([
    ['near=somewhere', 'near'],
    ['near=95,10', 'near'],
    ['near=40.7,-73.9&r=0', 'r'],
    ['unit=furlongs', 'unit'],
    ['day=7', 'day'],
    ['day=1&day=2', 'day'],
    ['time=noon', 'time'],
    ['type=%3Cscript%3E', 'type'],
    ['att=TELEPATHY', 'att'],
    ['tz=Mars/Olympus_Mons', 'tz'],
    ['lang=fr', 'lang'],
    ['paper=a3', 'paper'],
    [`q=${'x'.repeat(101)}`, 'q'],
  ])('refuses %s with 400 naming %s', async (query, field) => {
    const res = await request(app.url).get(`/meetings/print.pdf?${query}`);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(res.body.message).toMatch(new RegExp(`^${field}: `));
  });

  it('stops at 1,500 meetings and says so', async () => {
    await importFeed(app, fixture('greater-new-york-na.meeting-guide.json'), {
      source: 'gny',
      program: 'NA',
    });
    const { text } = await print(app, '?lang=en');
    expect(text).toContain('1500 meetings');
    expect(text.match(/This list is cut off after 1500 meetings/g)).toHaveLength(2);
  });
});
