import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DEMO_PASSWORD, DemoData, type DemoDataSeeder, type DemoSeedResult } from '@kinship/api/core';
import { Role } from '@kinship/shared/contracts';
import { PasswordHasher } from './password-hasher';

export const DEMO_ACCOUNTS = [
  {
    role: Role.MEMBER,
    email: 'member@example.org',
    displayName: 'Sam T.',
    bio: 'Just for today. 90 days clean.',
  },
  {
    role: Role.MEMBER,
    email: 'sponsor@example.org',
    displayName: 'Maria G.',
    bio: 'NA member, 6 years clean.',
  },
  {
    role: Role.MODERATOR,
    email: 'moderator@example.org',
    displayName: 'Chris L.',
    bio: 'Here to keep rooms safe.',
  },
  { role: Role.ADMIN, email: 'admin@example.org', displayName: 'Alex P.', bio: 'Kinship volunteer.' },
];

/** Demo accounts: one of each role, all with the published demo password. */
@DemoData()
@Injectable()
export class IdentityDemoData implements DemoDataSeeder {
  readonly order = 0;

  constructor(private readonly hasher: PasswordHasher) {}

  async seed(manager: EntityManager): Promise<DemoSeedResult> {
    const hash = await this.hasher.hash(DEMO_PASSWORD);
    for (const a of DEMO_ACCOUNTS) {
      await manager.query(
        `INSERT INTO users (email, password_hash, display_name, role, bio, email_verified_at)
         VALUES ($1, $2, $3, $4, $5, now())
         ON CONFLICT (email) DO NOTHING`,
        [a.email, hash, a.displayName, a.role, a.bio],
      );
    }
    return { accounts: DEMO_ACCOUNTS.map(({ role, email, displayName }) => ({ role, email, displayName })) };
  }
}
