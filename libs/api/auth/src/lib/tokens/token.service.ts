import { createHash, createSecretKey, randomBytes, type KeyObject } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import jwt from 'jsonwebtoken';
import { APP_CONFIG, type AppConfig } from '@kinship/api/core';
import { ACCESS_TOKEN_TTL_SECONDS } from './token-settings';

/** Nodes' clocks may differ a little. */
const CLOCK_SKEW_SECONDS = 30;

export interface AccessClaims {
  sub: string;
  sid: string;
}

/** Signs and verifies access tokens (HS256 JWTs) and makes opaque refresh tokens. */
@Injectable()
export class TokenService {
  /** Made once: jsonwebtoken builds a key object from a string secret on every call, ~1 ms each. */
  private readonly key: KeyObject;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.key = createSecretKey(Buffer.from(config.jwtSecret, 'utf8'));
  }

  signAccess(claims: AccessClaims): string {
    return jwt.sign(claims, this.key, {
      algorithm: 'HS256',
      expiresIn: ACCESS_TOKEN_TTL_SECONDS,
      audience: 'kinship',
      issuer: 'kinship',
    });
  }

  /**
   * The claims of a valid, unexpired token of ours, or null. A token must carry `exp` and `iat` and be no
   * older than the access-token lifetime: a token signed without an expiry never works.
   */
  verifyAccess(token: string): AccessClaims | null {
    try {
      const payload = jwt.verify(token, this.key, {
        algorithms: ['HS256'],
        audience: 'kinship',
        issuer: 'kinship',
        maxAge: ACCESS_TOKEN_TTL_SECONDS + CLOCK_SKEW_SECONDS,
        clockTolerance: CLOCK_SKEW_SECONDS,
      });
      if (
        typeof payload !== 'object' ||
        typeof payload.exp !== 'number' ||
        typeof payload.iat !== 'number' ||
        typeof payload.sub !== 'string' ||
        typeof payload['sid'] !== 'string'
      ) {
        return null;
      }
      return { sub: payload.sub, sid: payload['sid'] as string };
    } catch {
      return null;
    }
  }

  newRefreshToken(): { token: string; hash: string } {
    const token = randomBytes(32).toString('base64url');
    return { token, hash: TokenService.hashRefresh(token) };
  }

  static hashRefresh(token: string): string {
    return createHash('sha256').update(token).digest('hex');
  }
}
