import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { badInput, databaseTimeZone, notFound, unauthenticated } from '@kinship/api/core';
import { SessionService, UserEntity, type IssuedTokens } from '@kinship/api/auth';
import { Role } from '@kinship/shared/contracts';
import { PasswordHasher } from './password-hasher';
import { DisplayNamePolicy } from './display-name.policy';
import {
  REGISTER_PER_ADDRESS,
  SIGN_IN_PER_ACCOUNT,
  SIGN_IN_PER_ADDRESS,
  ThrottleService,
} from './throttle.service';
import { AccountMailService } from './mail/account-mail.service';
import type { RegisterInput, SignInInput, UpdateProfileInput } from './dto/account.inputs';

export interface SignedIn {
  user: UserEntity;
  tokens: IssuedTokens;
}

/** Registration, sign-in and the member's own profile. */
@Injectable()
export class AccountService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly hasher: PasswordHasher,
    private readonly throttle: ThrottleService,
    private readonly sessions: SessionService,
    private readonly names: DisplayNamePolicy,
    private readonly mail: AccountMailService,
  ) {}

  /**
   * Answers the same whether or not the address has an account, so registration reveals nobody: a new
   * account gets a confirmation link, and an existing account's owner is told someone tried to use their
   * address. No session is started; the client signs in with the same credentials next.
   */
  async register(input: RegisterInput, address: string): Promise<void> {
    await this.throttle.assertAllowed(
      [[REGISTER_PER_ADDRESS, address]],
      'Too many accounts were created from this network.',
    );
    await this.names.assertAllowed(input.displayName, null);
    await this.throttle.record([[REGISTER_PER_ADDRESS, address]]);
    // Hashed in both cases, so both answers take the same time.
    const passwordHash = await this.hasher.hash(input.password);
    const rows = await this.insertUser(input, passwordHash);
    if (rows[0]) {
      const user = await this.users.findOneByOrFail({ id: rows[0].id });
      this.mail.sendLater(() => this.mail.sendVerification(user), 'verification');
    } else {
      this.mail.sendLater(() => this.mail.sendAccountExists(input.email), 'account exists notice');
    }
  }

  /**
   * The handle comes from the column default, which skips handles in use; two registrations drawing the
   * same free handle at the same instant would meet the unique constraint, so that is retried.
   */
  private async insertUser(input: RegisterInput, passwordHash: string): Promise<{ id: string }[]> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.users.query(
          `INSERT INTO users (email, password_hash, display_name, role, locale)
           VALUES ($1, $2, $3, $4, $5) ON CONFLICT (email) DO NOTHING RETURNING id`,
          [input.email, passwordHash, input.displayName, Role.MEMBER, input.locale ?? 'en'],
        );
      } catch (error) {
        const constraint = (error as { constraint?: string }).constraint;
        if (constraint !== 'users_handle_key' || attempt >= 3) throw error;
      }
    }
  }

  /**
   * Checks both rate limits before any hashing, so a flood of guesses costs us nothing. A wrong password
   * and an unknown email get the same answer in the same time.
   */
  async signIn(input: SignInInput, address: string): Promise<SignedIn> {
    const checks: Parameters<ThrottleService['record']>[0] = [
      [SIGN_IN_PER_ACCOUNT, input.email],
      [SIGN_IN_PER_ADDRESS, address],
    ];
    await this.throttle.assertAllowed(checks, 'Too many failed sign-in attempts.');
    const user = await this.users.findOneBy({ email: input.email });
    const ok = await this.hasher.verify(user?.passwordHash ?? null, input.password);
    if (!user || !ok) {
      await this.throttle.record(checks);
      throw unauthenticated('That email and password do not match an account.');
    }
    await this.throttle.reset(SIGN_IN_PER_ACCOUNT, input.email);
    return { user, tokens: await this.sessions.start(user.id) };
  }

  async findById(id: string): Promise<UserEntity> {
    const user = await this.users.findOneBy({ id });
    if (!user) throw notFound('That account no longer exists.');
    return user;
  }

  async updateProfile(id: string, input: UpdateProfileInput): Promise<UserEntity> {
    const changes: Partial<UserEntity> = {};
    if (input.displayName !== undefined) {
      // An unchanged name passes (a name from before a rule, or a member whose name a moderator took later).
      const current = await this.findById(id);
      if (input.displayName !== current.displayName) await this.names.assertAllowed(input.displayName, id);
      changes.displayName = input.displayName;
    }
    if (input.bio !== undefined) changes.bio = input.bio;
    if (input.locale !== undefined) changes.locale = input.locale;
    if (input.timeZone !== undefined && input.timeZone !== null) {
      const zone = await databaseTimeZone(this.users.manager, input.timeZone);
      if (!zone) {
        const message = 'timeZone must be an IANA time zone such as America/New_York';
        throw badInput(message, { fields: [{ field: 'timeZone', message }] });
      }
      changes.timeZone = zone;
    } else if (input.timeZone === null) {
      changes.timeZone = null;
    }
    if (Object.keys(changes).length > 0) await this.users.update({ id }, changes);
    return this.findById(id);
  }

  async verifyPassword(id: string, password: string): Promise<boolean> {
    const user = await this.findById(id);
    return this.hasher.verify(user.passwordHash, password);
  }
}
