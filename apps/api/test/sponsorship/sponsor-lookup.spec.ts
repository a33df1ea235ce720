import { SPONSOR_LOOKUP, type SponsorLookup } from '@kinship/api/core';
import { startTestApp, type TestApp } from '../support/test-app';
import { registerMember } from '../support/accounts';
import { activeSponsorship, sql } from './sponsorship-helpers';

describe('SponsorLookup (what other features learn about a member’s sponsor)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('follows the relationship: nobody, then the active sponsor, then nobody once it ends', async () => {
    const lookup = app.running.app.get<SponsorLookup>(SPONSOR_LOOKUP);
    const sponsor = await registerMember(app, { displayName: 'Maria G.' });
    const sponsee = await registerMember(app);
    expect(await lookup.currentSponsorOf(sponsee.id)).toBeNull();

    const id = await activeSponsorship(app, sponsor.id, sponsee.id);
    expect(await lookup.currentSponsorOf(sponsee.id)).toEqual({ id: sponsor.id, displayName: 'Maria G.' });
    expect(await lookup.currentSponsorOf(sponsor.id)).toBeNull();

    await sql(app, `UPDATE sponsorships SET status = 'ended', ended_at = now() WHERE id = $1`, [id]);
    expect(await lookup.currentSponsorOf(sponsee.id)).toBeNull();
  });
});
