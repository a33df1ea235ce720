import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { badInput } from '@kinship/api/core';
import { cleanTime, localToday } from './milestones';
import type { MyRecovery } from './recovery.models';

export interface RecoverySettings {
  cleanDate: string | null;
  country: string;
  timeZone: string | null;
}

const EARLIEST_CLEAN_DATE = '1900-01-01';

/**
 * The clean date and the country. Changing or clearing the clean date overwrites it in place: no history,
 * no audit entry, no notification, nothing anyone else can see. A reset is nobody's business but yours.
 */
@Injectable()
export class RecoveryService {
  constructor(private readonly dataSource: DataSource) {}

  /** The injectable clock: tests of the pure functions pass their own "now"; the service uses the real one. */
  now(): Date {
    return new Date();
  }

  async settings(userId: string): Promise<RecoverySettings> {
    const [row]: { clean_date: string | null; country: string | null; time_zone: string | null }[] =
      await this.dataSource.query(
        `SELECT r.clean_date::text AS clean_date, r.country, u.time_zone
           FROM users u LEFT JOIN toolkit_recovery r ON r.user_id = u.id
          WHERE u.id = $1`,
        [userId],
      );
    return {
      cleanDate: row?.clean_date ?? null,
      country: row?.country ?? 'US',
      timeZone: row?.time_zone ?? null,
    };
  }

  /** The country whose help lines the member chose, or null (HELP_COUNTRY for chat and private messages). */
  async helpCountryOf(userId: string): Promise<string | null> {
    const [row]: { country: string | null }[] = await this.dataSource.query(
      'SELECT country FROM toolkit_recovery WHERE user_id = $1',
      [userId],
    );
    return row?.country ?? null;
  }

  async myRecovery(userId: string): Promise<MyRecovery> {
    const s = await this.settings(userId);
    return {
      cleanDate: s.cleanDate,
      country: s.country,
      timeZone: s.timeZone ?? 'UTC',
      timeZoneSet: s.timeZone !== null,
      cleanTime: s.cleanDate ? cleanTime(s.cleanDate, s.timeZone, this.now()) : null,
    };
  }

  async setCleanDate(userId: string, cleanDate: string): Promise<MyRecovery> {
    const { timeZone } = await this.settings(userId);
    const today = localToday(timeZone, this.now());
    if (cleanDate > today) {
      const message = `Your clean date can be today (${today}) or earlier, not a day that has not come yet.`;
      throw badInput(message, { fields: [{ field: 'cleanDate', message }] });
    }
    if (cleanDate < EARLIEST_CLEAN_DATE) {
      const message = 'That date is too long ago; please check the year.';
      throw badInput(message, { fields: [{ field: 'cleanDate', message }] });
    }
    await this.dataSource.query(
      `INSERT INTO toolkit_recovery (user_id, clean_date) VALUES ($1, $2)
       ON CONFLICT (user_id) DO UPDATE SET clean_date = EXCLUDED.clean_date`,
      [userId, cleanDate],
    );
    return this.myRecovery(userId);
  }

  async clearCleanDate(userId: string): Promise<MyRecovery> {
    await this.dataSource.query('UPDATE toolkit_recovery SET clean_date = NULL WHERE user_id = $1', [userId]);
    return this.myRecovery(userId);
  }

  async setCountry(userId: string, country: string): Promise<MyRecovery> {
    await this.dataSource.query(
      `INSERT INTO toolkit_recovery (user_id, country) VALUES ($1, $2)
       ON CONFLICT (user_id) DO UPDATE SET country = EXCLUDED.country`,
      [userId, country],
    );
    return this.myRecovery(userId);
  }
}
