import { Inject, Injectable, Optional } from '@nestjs/common';
import { HELP_COUNTRY, type HelpCountryLookup } from '@kinship/api/core';
import type { AuthUser } from '@kinship/api/auth';
import { crisisSupport, detectCrisis, isUrgentCrisis } from '@kinship/api/safety';
import {
  CHAT_RATE_LIMIT,
  ErrorCode,
  type ChatSendResult,
  type ChatStatusReason,
  type CrisisKind,
} from '@kinship/shared/contracts';
import { notMember, refusal, roomNotFound } from '../chat-errors';
import { applyFilters } from '../moderation/filters';
import { ChatRateLimiter } from '../realtime/rate-limiter';
import { ChatRealtime } from '../realtime/chat-realtime.service';
import { isGlobalModerator, sanctionRefusal } from '../rooms/room-access.service';
import { containsLink, normalizeMessageText } from './message-text';
import { toPayload, type MessageRow } from './message-rows';
import { MessageStore } from './message.store';
import { SendContextCache, type CachedSendContext } from './send-context-cache';

export const HELD_EXPLANATIONS: Record<ChatStatusReason, string> = {
  filter:
    'Your message is waiting for a moderator because it uses a word or phrase this room reviews first. ' +
    'Only you can see it until then.',
  new_member_link:
    'Links from new members wait for a moderator before others see them, to keep spam out. ' +
    'Only you can see it until then.',
  reports: 'This message is hidden while moderators review reports about it.',
  moderator: 'A moderator hid this message.',
  account_deleted: 'This message was removed when its author deleted their account.',
};

/**
 * The send pipeline: validate (text only, size), check the room, membership, ban and timeout (on every
 * send), the per-member rate limit, the room's filters, holds for review, crisis language; store with the
 * room's next sequence number (slow mode is claimed in the same transaction); then acknowledge and fan out.
 * A retry with the same client id gets the same answer and stores nothing new.
 */
@Injectable()
export class SendService {
  constructor(
    private readonly store: MessageStore,
    private readonly rate: ChatRateLimiter,
    private readonly realtime: ChatRealtime,
    private readonly contexts: SendContextCache,
    @Optional() @Inject(HELP_COUNTRY) private readonly countries?: HelpCountryLookup,
  ) {}

  async send(
    user: AuthUser,
    input: { roomId: string; clientId: string; text: unknown },
  ): Promise<ChatSendResult> {
    return this.sendText(user, input, normalizeMessageText(input.text), false);
  }

  /**
   * The send, against the cached context unless `fresh`. A cached context knows nothing of this client id:
   * before a refusal it looks for a message already stored with it (a retry gets the first answer), and a
   * send refused at commit time (banned, timed out or removed since) is checked again against the database.
   */
  private async sendText(
    user: AuthUser,
    input: { roomId: string; clientId: string },
    text: string,
    fresh: boolean,
  ): Promise<ChatSendResult> {
    const cached = fresh ? null : this.contexts.get(input.roomId, user.id);
    let ctx: CachedSendContext | null = cached;
    if (!ctx) {
      const loaded = await this.loadContext(user.id, input);
      if (loaded?.existing)
        return this.replay(loaded.existing, await this.countryFor(user.id, loaded.existing.crisis));
      ctx = loaded;
    }
    let trusted: boolean;
    try {
      trusted = await this.admit(user, ctx);
    } catch (error) {
      const stored = cached ? await this.store.byClientId(input.roomId, user.id, input.clientId) : null;
      if (stored) return this.replay(stored, await this.countryFor(user.id, stored.crisis));
      throw error;
    }
    // Slow mode claims a slot in the database anyway: take the fresh context (and its idempotency check).
    if (cached && !trusted && cached.slowModeSeconds > 0) return this.sendText(user, input, text, true);
    const outcome = await this.storeText(user, input, text, ctx as CachedSendContext, trusted);
    if (outcome.kind === 'recheck') {
      this.contexts.forgetMember(input.roomId, user.id);
      if (fresh) throw notMember();
      return this.sendText(user, input, text, true);
    }
    return outcome.result;
  }

  private async loadContext(userId: string, input: { roomId: string; clientId: string }) {
    const ctx = await this.store.sendContext(input.roomId, userId, input.clientId);
    if (ctx) this.contexts.set(input.roomId, userId, ctx);
    return ctx;
  }

  /** Room, membership, sanction and rate checks; answers whether the sender is trusted (a moderator). */
  private async admit(user: AuthUser, ctx: CachedSendContext | null): Promise<boolean> {
    if (!ctx || (ctx.visibility === 'invite' && !ctx.membership && !isGlobalModerator(user))) {
      throw roomNotFound();
    }
    if (ctx.membership !== 'joined') throw notMember();
    if (ctx.sanction) throw sanctionRefusal(ctx.sanction);
    const trusted = isGlobalModerator(user) || ctx.roomRole === 'moderator';
    if (!trusted) await this.checkRate(user.id);
    return trusted;
  }

  private async storeText(
    user: AuthUser,
    input: { roomId: string; clientId: string },
    text: string,
    ctx: CachedSendContext,
    trusted: boolean,
  ): Promise<{ kind: 'recheck' } | { kind: 'done'; result: ChatSendResult }> {
    const verdict = applyFilters(text, ctx.filters);
    if (verdict === 'block') {
      throw refusal(
        ErrorCode.BadUserInput,
        'blocked_word',
        "Your message wasn't sent: it uses a word or phrase this room doesn't allow. Please rephrase it.",
      );
    }
    const held = trusted ? null : this.holdReason(verdict, ctx, text);
    const crisis = detectCrisis(text).kind;
    const country = this.countryFor(user.id, crisis); // only looked up when there is help to show
    const outcome = await this.store.insert(
      {
        roomId: input.roomId,
        authorId: user.id,
        clientId: input.clientId,
        body: text,
        status: held ? 'held' : 'visible',
        statusReason: held,
        crisis,
        slowModeSeconds: trusted ? 0 : ctx.slowModeSeconds,
      },
      {
        author_name: user.displayName,
        author_handle: user.handle,
        author_role: user.role,
        author_room_role: ctx.roomRole,
      },
    );
    if (outcome.kind === 'slow_mode') {
      throw refusal(
        ErrorCode.RateLimited,
        'slow_mode',
        `This room is in slow mode: one message every ${ctx.slowModeSeconds} seconds. ` +
          `You can post again in ${outcome.retryAfterSeconds} seconds.`,
        { retryAfterSeconds: outcome.retryAfterSeconds },
      );
    }
    if (outcome.kind === 'recheck') return outcome;
    if (outcome.kind === 'duplicate')
      return { kind: 'done', result: this.replay(outcome.row, await country) };
    return { kind: 'done', result: this.deliver(user.id, outcome.row, await country) };
  }

  /** The writer's help-line country when a crisis needs help shown; never fails the send. */
  private async countryFor(userId: string, crisis: CrisisKind | null | undefined): Promise<string | null> {
    if (!crisis || !this.countries) return null;
    return this.countries.helpCountryOf(userId).catch(() => null);
  }

  private holdReason(verdict: 'hold' | null, ctx: CachedSendContext, text: string): ChatStatusReason | null {
    if (verdict === 'hold') return 'filter';
    if (ctx.isNewMember && containsLink(text)) return 'new_member_link';
    return null;
  }

  private async checkRate(userId: string): Promise<void> {
    const decision = await this.rate.consume(
      `send:${userId}`,
      CHAT_RATE_LIMIT.messages,
      CHAT_RATE_LIMIT.windowSeconds * 1000,
    );
    if (!decision.allowed) {
      const seconds = Math.max(1, Math.ceil(decision.retryAfterMs / 1000));
      throw refusal(
        ErrorCode.RateLimited,
        'rate_limited',
        `You're sending messages very quickly. Take a breath; you can post again in ${seconds} seconds.`,
        { retryAfterSeconds: seconds },
      );
    }
  }

  /**
   * Acknowledge and fan out a newly stored message; crisis help goes to the writer alone, at once. Moderators
   * get a flag: urgent for an overdose or suicide, quiet for relapse risk or a plan to use alone.
   */
  private deliver(userId: string, row: MessageRow, country: string | null): ChatSendResult {
    const crisis = row.crisis ? this.crisisFor(userId, row, row.crisis, country) : null;
    if (row.status === 'held') {
      this.realtime.alert({
        roomId: row.room_id,
        messageId: row.id,
        kind: row.crisis ? 'crisis' : 'held',
        urgent: isUrgentCrisis(row.crisis),
        crisis: row.crisis,
      });
      return this.heldResult(row, crisis);
    }
    const message = toPayload(row); // built once, for the fan-out and the ack
    this.realtime.message(message);
    if (row.crisis) {
      this.realtime.alert({
        roomId: row.room_id,
        messageId: row.id,
        kind: 'crisis',
        urgent: isUrgentCrisis(row.crisis),
        crisis: row.crisis,
      });
    }
    return { status: 'sent', message, crisis };
  }

  /**
   * The answer to a retry: what was stored the first time. A visible message is fanned out again, in case
   * the node that stored it died before it could; clients drop what they already have by its sequence.
   */
  private replay(row: MessageRow, country: string | null): ChatSendResult {
    const crisis = row.crisis ? crisisSupport(row.crisis, country) : null;
    if (row.status === 'held' || row.seq === null) return this.heldResult(row, crisis);
    const message = toPayload(row);
    if (row.status === 'visible') this.realtime.message(message);
    return { status: 'sent', message, crisis };
  }

  private heldResult(row: MessageRow, crisis: ChatSendResult['crisis']): ChatSendResult {
    const reason = row.status_reason ?? 'filter';
    return {
      status: 'held',
      messageId: row.id,
      clientId: row.client_id ?? '',
      reason,
      explanation: HELD_EXPLANATIONS[reason],
      crisis,
    };
  }

  private crisisFor(userId: string, row: MessageRow, kind: CrisisKind, country: string | null) {
    const support = crisisSupport(kind, country);
    this.realtime.crisis(userId, { ...support, roomId: row.room_id, messageId: row.id });
    return support;
  }
}
