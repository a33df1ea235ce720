import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Role } from '@kinship/shared/contracts';
import { unauthenticated } from '@kinship/api/core';
import type { AuthUser } from './auth-user';
import { TokenService } from './tokens/token.service';
import { REFRESH_TOKEN_TTL_SECONDS } from './tokens/token-settings';
import { SessionEvents } from './realtime/session-events';

export interface IssuedTokens {
  accessToken: string;
  refreshToken: string;
  refreshExpiresAt: Date;
  sessionId: string;
  userId: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Sessions and their refresh-token families: start, rotate, detect reuse, revoke. */
@Injectable()
export class SessionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
    private readonly events: SessionEvents,
  ) {}

  /** Resolves an access token to its member, or null when the token is invalid or its session has ended. */
  async authenticate(accessToken: string): Promise<AuthUser | null> {
    const claims = this.tokens.verifyAccess(accessToken);
    if (!claims || !UUID.test(claims.sub) || !UUID.test(claims.sid)) return null;
    const rows: { id: string; role: Role; display_name: string; handle: string }[] =
      await this.dataSource.query(
        `SELECT u.id, u.role, u.display_name, u.handle
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.id = $1 AND s.user_id = $2 AND s.revoked_at IS NULL`,
        [claims.sid, claims.sub],
      );
    const row = rows[0];
    return row
      ? {
          id: row.id,
          role: row.role,
          displayName: row.display_name,
          handle: row.handle,
          sessionId: claims.sid,
        }
      : null;
  }

  async start(userId: string): Promise<IssuedTokens> {
    return this.dataSource.transaction(async (manager) => {
      const [session]: { id: string }[] = await manager.query(
        'INSERT INTO sessions (user_id) VALUES ($1) RETURNING id',
        [userId],
      );
      return this.issue(manager.query.bind(manager), userId, session.id);
    });
  }

  /**
   * Spends a refresh token and hands out a new pair in the same family. A token that was already spent
   * means it was stolen or replayed: the whole family (session) is revoked and the caller must sign in.
   */
  async rotate(refreshToken: string): Promise<IssuedTokens> {
    const hash = TokenService.hashRefresh(refreshToken);
    const outcome = await this.dataSource.transaction(async (manager) => {
      const query = (sql: string, params: unknown[]) => manager.query(sql, params);
      // TypeORM answers an UPDATE … RETURNING with [rows, affectedCount]
      const [spent]: [{ session_id: string; user_id: string }[], number] = await query(
        `UPDATE refresh_tokens rt SET used_at = now()
           FROM sessions s
          WHERE rt.token_hash = $1 AND rt.used_at IS NULL AND rt.expires_at > now()
            AND s.id = rt.session_id AND s.revoked_at IS NULL
        RETURNING rt.session_id, s.user_id`,
        [hash],
      );
      if (spent[0]) return { tokens: await this.issue(query, spent[0].user_id, spent[0].session_id) };
      const reused: { session_id: string }[] = await query(
        'SELECT session_id FROM refresh_tokens WHERE token_hash = $1 AND used_at IS NOT NULL',
        [hash],
      );
      if (reused[0]) {
        await query(
          `UPDATE sessions SET revoked_at = now(), revoked_reason = 'refresh token reused'
            WHERE id = $1 AND revoked_at IS NULL`,
          [reused[0].session_id],
        );
        return { revokedSessionId: reused[0].session_id };
      }
      return {};
    });
    if ('tokens' in outcome && outcome.tokens) return outcome.tokens;
    if ('revokedSessionId' in outcome && outcome.revokedSessionId) {
      this.events.sessionEnded(
        outcome.revokedSessionId,
        'Your session was ended for your safety. Please sign in.',
      );
      throw unauthenticated('This sign-in was ended for your safety. Please sign in again.');
    }
    throw unauthenticated('Your session has expired. Please sign in again.');
  }

  async revoke(sessionId: string, reason: string): Promise<void> {
    await this.dataSource.query(
      'UPDATE sessions SET revoked_at = now(), revoked_reason = $2 WHERE id = $1 AND revoked_at IS NULL',
      [sessionId, reason],
    );
    this.events.sessionEnded(sessionId, reason);
  }

  /** Ends every session of a member (account deletion): their sockets are told and disconnected. */
  async revokeAllFor(userId: string, reason: string): Promise<void> {
    await this.dataSource.query(
      'UPDATE sessions SET revoked_at = now(), revoked_reason = $2 WHERE user_id = $1 AND revoked_at IS NULL',
      [userId, reason],
    );
    this.events.userSessionsEnded(userId, reason);
  }

  private async issue(
    query: (sql: string, params: unknown[]) => Promise<unknown>,
    userId: string,
    sessionId: string,
  ): Promise<IssuedTokens> {
    const { token, hash } = this.tokens.newRefreshToken();
    const refreshExpiresAt = new Date(Date.now() + REFRESH_TOKEN_TTL_SECONDS * 1000);
    await query('INSERT INTO refresh_tokens (session_id, token_hash, expires_at) VALUES ($1, $2, $3)', [
      sessionId,
      hash,
      refreshExpiresAt,
    ]);
    return {
      accessToken: this.tokens.signAccess({ sub: userId, sid: sessionId }),
      refreshToken: token,
      refreshExpiresAt,
      sessionId,
      userId,
    };
  }
}
