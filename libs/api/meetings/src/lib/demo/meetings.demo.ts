import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import type { EntityManager } from 'typeorm';
import { DemoData, LOGGER, type DemoDataSeeder } from '@kinship/api/core';
import { normalizeDraft, type MeetingRecord } from '../domain/normalize';
import type { MeetingDraft } from '../domain/meeting-draft';
import { parseMeetingGuide } from '../import/meeting-guide.parser';
import { MeetingWriter } from '../store/meeting-writer';
import { generatedDemoMeetings } from './generated-meetings';

export const DEMO_FEED_FILE = 'greater-new-york-na.meeting-guide.json';
export const DEMO_SOURCE_GNY = 'demo:greater-new-york-na';
export const DEMO_SOURCE_GENERATED = 'demo:generated';

/** Where the app keeps its demo data (apps/api/src/demo/data), from the source tree or the built bundle. */
export function demoDataDir(): string | null {
  const candidates = [
    process.env['KINSHIP_DEMO_DATA_DIR'],
    resolve(process.cwd(), 'apps/api/src/demo/data'),
    resolve(__dirname, '../../../apps/api/src/demo/data'),
    resolve(__dirname, '../../../../../../apps/api/src/demo/data'),
  ].filter((c): c is string => Boolean(c));
  return candidates.find((dir) => existsSync(join(dir, DEMO_FEED_FILE))) ?? null;
}

const records = (drafts: MeetingDraft[]): MeetingRecord[] =>
  drafts.flatMap((draft) => normalizeDraft(draft, { defaultTimeZone: 'America/New_York' }).record ?? []);

/**
 * Demo meetings: the 1,513 Greater New York NA meetings (real, public data; see NOTICE.md beside it),
 * online meetings around the clock in six zones, and SMART Recovery meetings. Sam (the demo member) saves
 * a few and sets a home group; Maria (demo) is a contact of one group.
 */
@DemoData()
@Injectable()
export class MeetingsDemoData implements DemoDataSeeder {
  readonly order = 10;

  constructor(
    private readonly writer: MeetingWriter,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async seed(manager: EntityManager): Promise<void> {
    const dir = demoDataDir();
    if (dir) {
      const feed = parseMeetingGuide(JSON.parse(readFileSync(join(dir, DEMO_FEED_FILE), 'utf8')), {
        programCode: 'NA',
      });
      const gny = records(feed.rows.map((r) => r.draft));
      await this.writer.upsertGroups(manager, DEMO_SOURCE_GNY, gny);
      await this.writer.upsertMeetings(manager, DEMO_SOURCE_GNY, gny);
    } else {
      this.logger.warn(
        'demo meeting data not found (apps/api/src/demo/data); seeding generated meetings only',
      );
    }
    const generated = records(generatedDemoMeetings(new Date()));
    await this.writer.upsertGroups(manager, DEMO_SOURCE_GENERATED, generated);
    await this.writer.upsertMeetings(manager, DEMO_SOURCE_GENERATED, generated);

    await manager.query(
      `INSERT INTO saved_meetings (user_id, meeting_id)
       SELECT u.id, m.id FROM users u CROSS JOIN meetings m
        WHERE u.email = 'member@example.org' AND m.slug IN ('demo-tokyo-evening-na', 'demo-smart-nyc-0', 'demo-online-1')
       ON CONFLICT DO NOTHING`,
    );
    await manager.query(
      `INSERT INTO member_home_groups (user_id, group_id)
       SELECT u.id, m.group_id FROM users u CROSS JOIN meetings m
        WHERE u.email = 'member@example.org' AND m.slug = 'demo-smart-nyc-0' AND m.group_id IS NOT NULL
       ON CONFLICT DO NOTHING`,
    );
    await manager.query(
      `INSERT INTO group_contacts (group_id, user_id)
       SELECT m.group_id, u.id FROM users u CROSS JOIN meetings m
        WHERE u.email = 'sponsor@example.org' AND m.slug = 'demo-smart-nyc-0' AND m.group_id IS NOT NULL
       ON CONFLICT DO NOTHING`,
    );
  }
}
