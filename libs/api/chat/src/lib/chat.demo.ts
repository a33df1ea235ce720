import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DemoData, type DemoDataSeeder } from '@kinship/api/core';

const MESSAGES: [string, string, string][] = [
  ['topic:first-30-days', 'sponsor@example.org', 'Welcome, everyone. Day one counts. So does day thirty.'],
  [
    'topic:first-30-days',
    'member@example.org',
    'Day 12 here. Sleep is still rough, but I made three meetings this week.',
  ],
  ['topic:first-30-days', 'sponsor@example.org', 'That is huge. Three meetings in a week is how it starts.'],
  [
    'topic:smart-tools',
    'member@example.org',
    'Anyone tried the urge log? Writing urges down helped me see a pattern.',
  ],
  [
    'topic:family-and-friends',
    'sponsor@example.org',
    'Families are welcome here too. Al-Anon and Nar-Anon folks, say hi.',
  ],
];

/** Demo chat: the demo members in the topic rooms, a few messages, and a word filter that holds for review. */
@DemoData()
@Injectable()
export class ChatDemoData implements DemoDataSeeder {
  readonly order = 20;

  async seed(manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO chat_room_members (room_id, user_id, status)
       SELECT r.id, u.id, 'joined' FROM chat_rooms r CROSS JOIN users u
        WHERE r.kind = 'topic' AND u.email IN ('member@example.org', 'sponsor@example.org', 'moderator@example.org')
       ON CONFLICT DO NOTHING`,
    );
    for (const [key, email, body] of MESSAGES) {
      await manager.query(
        `WITH r AS (UPDATE chat_rooms SET last_seq = last_seq + 1 WHERE key = $1 RETURNING id, last_seq)
         INSERT INTO chat_messages (room_id, seq, author_id, body, status)
         SELECT r.id, r.last_seq, u.id, $3, 'visible' FROM r, users u WHERE u.email = $2`,
        [key, email, body],
      );
    }
    await manager.query(
      `INSERT INTO chat_filters (room_id, pattern, kind, action) VALUES (NULL, 'plug', 'word', 'hold')
       ON CONFLICT DO NOTHING`,
    );
  }
}
