import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DateTime } from 'luxon';
import { localToday } from '../recovery/milestones';
import { RecoveryService } from '../recovery/recovery.service';
import { CrisisOffer } from '../crisis/crisis-offer';
import type { CheckIn, CheckInHistory, CheckInInput } from './check-in.models';

interface CheckInRow {
  date: string;
  mood: number;
  craving: number;
  note: string;
  updated_at: Date;
}

const toCheckIn = (r: CheckInRow): CheckIn => ({
  date: r.date,
  mood: r.mood,
  craving: r.craving,
  note: r.note,
  updatedAt: r.updated_at,
});

/**
 * The optional daily check-in: one per day in the member's time zone. The API decides what "today" is, so
 * a check-in can be changed all day long and never again after the member's midnight.
 */
@Injectable()
export class CheckInsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly recovery: RecoveryService,
    private readonly crisis: CrisisOffer,
  ) {}

  private async today(userId: string): Promise<string> {
    const { timeZone } = await this.recovery.settings(userId);
    return localToday(timeZone, this.recovery.now());
  }

  async checkIn(userId: string, input: CheckInInput): Promise<CheckIn> {
    const today = await this.today(userId);
    const [row]: CheckInRow[] = await this.dataSource.query(
      `INSERT INTO toolkit_check_ins (user_id, local_date, mood, craving, note) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (user_id, local_date) DO UPDATE
          SET mood = EXCLUDED.mood, craving = EXCLUDED.craving, note = EXCLUDED.note, updated_at = now()
       RETURNING local_date::text AS date, mood, craving, note, updated_at`,
      [userId, today, input.mood, input.craving, input.note],
    );
    return { ...toCheckIn(row), crisis: await this.crisis.offer(userId, [input.note]) };
  }

  async history(userId: string, days: number): Promise<CheckInHistory> {
    const today = await this.today(userId);
    const from = DateTime.fromISO(today, { zone: 'UTC' })
      .minus({ days: days - 1 })
      .toISODate();
    const rows: CheckInRow[] = await this.dataSource.query(
      `SELECT local_date::text AS date, mood, craving, note, updated_at FROM toolkit_check_ins
        WHERE user_id = $1 AND local_date BETWEEN $2 AND $3 ORDER BY local_date`,
      [userId, from, today],
    );
    const entries = rows.map(toCheckIn);
    return { today, todayCheckIn: entries.find((e) => e.date === today) ?? null, entries };
  }
}
