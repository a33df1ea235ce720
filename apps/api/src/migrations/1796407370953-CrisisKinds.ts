import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two more kinds of crisis language on chat messages: a plan to use alone and relapse risk. They are
 * flagged for moderators without urgency; overdose and suicide stay urgent.
 */
export class CrisisKinds1796407370953 implements MigrationInterface {
  name = 'CrisisKinds1796407370953';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE chat_messages DROP CONSTRAINT chat_messages_crisis_check');
    await q.query(
      `ALTER TABLE chat_messages ADD CONSTRAINT chat_messages_crisis_check
         CHECK (crisis IN ('overdose', 'suicide', 'using_alone', 'relapse'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE chat_messages SET crisis = NULL WHERE crisis IN ('using_alone', 'relapse')`);
    await q.query('ALTER TABLE chat_messages DROP CONSTRAINT chat_messages_crisis_check');
    await q.query(
      `ALTER TABLE chat_messages ADD CONSTRAINT chat_messages_crisis_check CHECK (crisis IN ('suicide', 'overdose'))`,
    );
  }
}
