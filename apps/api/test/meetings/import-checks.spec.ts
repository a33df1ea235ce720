import request from 'supertest';
import { startTestApp, type TestApp } from '../support/test-app';
import { registerMember, setRole } from '../support/accounts';
import { db, fixture, mg } from './support';

interface Problem {
  row?: number | null;
  field: string;
  message: string;
  severity: string;
}
interface Report {
  applied: boolean;
  dryRun: boolean;
  meetings: number;
  created: number;
  errors: number;
  warnings: number;
  problems: Problem[];
}

const TSML_HEADER = '"Time","Day","Name","Address","Timezone","Slug"';

describe('imports that tell the truth', () => {
  let app: TestApp;
  let admin: { token: string; id: string };
  const upload = async (
    body: string | Buffer,
    query: Record<string, string>,
    contentType = 'text/plain',
  ): Promise<Report> => {
    const res = await request(app.url)
      .post('/admin/meetings/import')
      .query(query)
      .set('authorization', `Bearer ${admin.token}`)
      .set('content-type', contentType)
      .send(body);
    expect(res.status).toBe(200);
    return res.body as Report;
  };
  const stored = async (source: string) =>
    (await db(app).query('SELECT count(*)::int AS n FROM meetings WHERE source = $1', [source]))[0]
      .n as number;
  const errorsOf = (r: Report) => r.problems.filter((p) => p.severity === 'error');

  beforeAll(async () => {
    app = await startTestApp();
    admin = await registerMember(app);
    await setRole(app, admin.id, 'admin');
  });
  afterAll(async () => {
    await app.close();
  });

  describe('text in a file is outside input like any other', () => {
    /** Invisible characters as JSON escapes ("\u202e"), so only the importer's parser makes them characters. */
    const escaped = (feed: unknown) =>
      JSON.stringify(feed).replace(
        /[\u200b\u202e\u2066\u2069\ufeff]/g,
        (c) => `\\u${c.charCodeAt(0).toString(16)}`,
      );

    it('strips bidi and zero-width characters from every field, JSON escapes included', async () => {
      const body = escaped([
        mg('bidi', {
          name: 'Hope\u202e Group\u200b',
          notes: 'Side door\u2066\u2069',
          location: 'Hall\ufeff',
        }),
      ]);
      expect(body).toContain('\\u202e');
      const report = await upload(body, { source: 'bidi' });
      expect(report).toMatchObject({ applied: true, created: 1, errors: 0 });
      const rows = await db(app).query(`SELECT name, notes, venue FROM meetings WHERE source = 'bidi'`);
      expect(rows).toEqual([{ name: 'Hope Group', notes: 'Side door', venue: 'Hall' }]);
    });

    it('a NUL or a lone surrogate is an error naming its row and field, and nothing is written', async () => {
      // JSON.stringify writes both as escapes ("\u0000", "\ud800").
      const body = JSON.stringify([
        mg('fine-1'),
        mg('nul', { notes: 'a\u0000b' }),
        mg('surrogate', { location_notes: 'x\ud800y' }),
      ]);
      expect(body).toContain('\\u0000');
      const report = await upload(body, { source: 'nul' });
      expect(report).toMatchObject({ applied: false });
      expect(errorsOf(report)).toEqual([
        expect.objectContaining({ row: 2, field: 'notes', message: expect.stringContaining('NUL') }),
        expect.objectContaining({
          row: 3,
          field: 'location_notes',
          message: expect.stringContaining('surrogate'),
        }),
      ]);
      expect(await stored('nul')).toBe(0);
    });
  });

  describe('wrongly typed fields', () => {
    it('are row-and-field errors in the dry run, and nothing is written', async () => {
      const feed = [
        mg('fine'),
        mg('url-list', { conference_url: ['https://zoom.us/j/1', 'https://zoom.us/j/2'] }),
        mg('notes-true', { notes: true }),
        mg('address-object', { formatted_address: { street: '1 Main St', city: 'Springfield' } }),
        mg('name-number', { name: 42 }),
        mg('location-number', { location: 7 }),
      ];
      const report = await upload(JSON.stringify(feed), { source: 'typed', dryRun: 'true' });
      expect(report).toMatchObject({ applied: false, dryRun: true });
      expect(errorsOf(report)).toEqual([
        expect.objectContaining({
          row: 2,
          field: 'conference_url',
          message: expect.stringContaining('a list'),
        }),
        expect.objectContaining({ row: 3, field: 'notes', message: expect.stringContaining('true') }),
        expect.objectContaining({
          row: 4,
          field: 'formatted_address',
          message: expect.stringContaining('an object'),
        }),
        expect.objectContaining({ row: 5, field: 'name', message: expect.stringContaining('42') }),
        expect.objectContaining({ row: 6, field: 'location', message: expect.stringContaining('7') }),
      ]);
      expect(await upload(JSON.stringify(feed), { source: 'typed' })).toMatchObject({ applied: false });
      expect(await stored('typed')).toBe(0);
    });

    it('in a BMLT response too', async () => {
      const meetings = (
        JSON.parse(fixture('greater-new-york-na.get-search-results.json')) as Record<string, unknown>[]
      ).slice(0, 3);
      meetings[1] = { ...meetings[1], meeting_name: ['Two', 'names'] };
      meetings[2] = { ...meetings[2], location_street: { street: '1 Main St' } };
      const report = await upload(
        JSON.stringify({ meetings, formats: JSON.parse(fixture('greater-new-york-na.formats.json')) }),
        { source: 'typed-bmlt', timeZone: 'America/New_York' },
      );
      expect(errorsOf(report)).toEqual([
        expect.objectContaining({ row: 2, field: 'meeting_name' }),
        expect.objectContaining({ row: 3, field: 'location_street' }),
      ]);
      expect(await stored('typed-bmlt')).toBe(0);
    });

    it('fields we do not keep are warnings that name them', async () => {
      const feed = [
        mg('with-extras-1', {
          entity_email: 'office@example.org',
          feedback_emails: ['a@example.org'],
          edit_url: 'https://example.org/edit/1',
        }),
        mg('with-extras-2', { entity_email: 'office@example.org' }),
      ];
      const report = await upload(JSON.stringify(feed), { source: 'dropped' });
      expect(report).toMatchObject({ applied: true, created: 2, errors: 0 });
      expect(report.problems).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            field: 'entity_email',
            severity: 'warning',
            message: expect.stringMatching(/not imported \(2 meetings\)/),
          }),
          expect.objectContaining({ field: 'feedback_emails', severity: 'warning', row: 1 }),
          expect.objectContaining({ field: 'edit_url', severity: 'warning', row: 1 }),
        ]),
      );
      const [row] = await db(app).query(`SELECT extras FROM meetings WHERE source_key = 'with-extras-1'`);
      expect(JSON.stringify(row.extras)).not.toContain('office@example.org');
    });
  });

  describe('CSV', () => {
    it('refuses a malformed quote, with its line', async () => {
      const csv = [
        TSML_HEADER,
        '"7:00 PM","Monday","Harbor","1 Dock St, Portland, ME","America/New_York","harbor"',
        '"8:00 PM","Tuesday","The "Blue" Room,"2 Elm St, Portland, ME","America/New_York","blue"',
      ].join('\n');
      const report = await upload(csv, { source: 'csv-bad' }, 'text/csv');
      expect(report.applied).toBe(false);
      expect(errorsOf(report)).toEqual([
        expect.objectContaining({ row: 3, field: '(file)', message: expect.stringContaining('line 3') }),
      ]);
      expect(await stored('csv-bad')).toBe(0);
    });

    it('refuses an unterminated quote, with the line it opens on', async () => {
      const csv = [
        TSML_HEADER,
        '"7:00 PM","Monday","Harbor","1 Dock St, Portland, ME","America/New_York","harbor"',
        '"8:00 PM","Tuesday","Open end, 2 Elm St, Portland, ME,America/New_York,open',
        'the notes go on, and the file ends inside the quote',
      ].join('\n');
      const report = await upload(csv, { source: 'csv-open' }, 'text/csv');
      expect(errorsOf(report)).toHaveLength(1);
      expect(errorsOf(report)[0].message).toMatch(/line 3: a quoted field opens .* never closed/);
      expect(await stored('csv-open')).toBe(0);
    });

    it('names the columns it does not import', async () => {
      const csv =
        `${TSML_HEADER},"District","Email"\n` +
        '"7:00 PM","Monday","Harbor","1 Dock St, Portland, ME","America/New_York","harbor-d","North","x@example.org"\n';
      const report = await upload(csv, { source: 'csv-columns' }, 'text/csv');
      expect(report).toMatchObject({ applied: true, created: 1 });
      expect(report.problems).toContainEqual(
        expect.objectContaining({
          field: '(header)',
          severity: 'warning',
          message: 'These columns are not imported: "District".',
        }),
      );
      expect(report.problems).toContainEqual(
        expect.objectContaining({ field: '(header)', message: expect.stringContaining('email') }),
      );
    });

    it('refuses a Latin-1 file with a clear message instead of storing mangled text', async () => {
      const csv = `${TSML_HEADER}\n"7:00 PM","Monday","Café Serenidad","1 Dock St, Portland, ME","America/New_York","cafe"\n`;
      const report = await upload(Buffer.from(csv, 'latin1'), { source: 'latin1' }, 'text/csv');
      expect(report.applied).toBe(false);
      expect(errorsOf(report)[0].message).toMatch(/not UTF-8 text \(line 2 .*Latin-1/);
      expect(await stored('latin1')).toBe(0);
      // the same file in UTF-8 imports, accents intact
      const ok = await upload(Buffer.from(csv, 'utf8'), { source: 'latin1' }, 'text/csv');
      expect(ok).toMatchObject({ applied: true, created: 1 });
      expect((await db(app).query(`SELECT name FROM meetings WHERE source = 'latin1'`))[0].name).toBe(
        'Café Serenidad',
      );
    });
  });

  describe('recognizing what it was given', () => {
    it('an empty BMLT response imports nothing, and says so', async () => {
      for (const body of ['[]', '{"meetings": [], "formats": []}']) {
        const report = await upload(body, { source: 'bmlt-empty', format: 'BMLT' });
        expect(report.applied).toBe(false);
        expect(errorsOf(report)[0].message).toMatch(/lists no meetings, so nothing was imported/);
      }
      const envelope = await upload('{"meetings": [], "formats": []}', { source: 'bmlt-empty' });
      expect(errorsOf(envelope)[0].message).toMatch(/BMLT response lists no meetings/);
      expect(await stored('bmlt-empty')).toBe(0);
    });

    it('an empty response never unpublishes what an earlier import brought', async () => {
      const bmlt = (JSON.parse(fixture('greater-new-york-na.get-search-results.json')) as unknown[]).slice(
        0,
        2,
      );
      const formats = JSON.parse(fixture('greater-new-york-na.formats.json'));
      await upload(JSON.stringify({ meetings: bmlt, formats }), {
        source: 'bmlt-keep',
        timeZone: 'America/New_York',
      });
      await upload('{"meetings": [], "formats": []}', { source: 'bmlt-keep' });
      const [row] = await db(app).query(
        `SELECT count(*) FILTER (WHERE published)::int AS published FROM meetings WHERE source = 'bmlt-keep'`,
      );
      expect(row.published).toBe(2);
    });

    it('refuses BMLT responses that are not meeting lists, by name', async () => {
      const serverInfo = [
        {
          version: '3.0.0',
          versionInt: '3000000',
          langs: 'en,es',
          nativeLang: 'en',
          centerLongitude: '-73.9',
          centerLatitude: '40.7',
        },
      ];
      const cases: [string, string][] = [
        [fixture('greater-new-york-na.formats.json'), 'GetFormats'],
        [fixture('greater-new-york-na.service-bodies.excerpt.json'), 'GetServiceBodies'],
        [JSON.stringify(serverInfo), 'GetServerInfo'],
      ];
      for (const [body, name] of cases) {
        for (const format of [undefined, 'BMLT']) {
          const report = await upload(body, { source: 'bmlt-other', ...(format ? { format } : {}) });
          expect(report.applied).toBe(false);
          expect(errorsOf(report)).toEqual([
            expect.objectContaining({
              field: '(file)',
              message: expect.stringContaining(`this looks like a BMLT ${name} response`.replace(/^t/, 'T')),
            }),
          ]);
        }
      }
      expect(await stored('bmlt-other')).toBe(0);
    });
  });
});
