import { Inject } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  type OnGatewayInit,
  SubscribeMessage,
  WebSocketGateway,
} from '@nestjs/websockets';
import type { Logger } from 'pino';
import type { Socket } from 'socket.io';
import { handleAck, LOGGER, safeError } from '@kinship/api/core';
import type { AuthUser } from '@kinship/api/auth';
import { MessagesService } from './messages.service';
import { parseJoin, parseRead, parseSend, parseSponsorshipId } from './payloads';
import { dmRoom, SponsorshipRealtime, type SponsorshipServer } from './sponsorship-realtime';

type MemberSocket = Socket & { data: { user: AuthUser } };

/**
 * Private messages over socket.io. The root gateway has already authenticated the socket at the handshake;
 * every event here checks the member against the database again (membership of an active sponsorship),
 * and every payload is validated: a bad one gets an error ack and changes nothing.
 */
@WebSocketGateway()
export class MessagesGateway implements OnGatewayInit {
  constructor(
    private readonly messages: MessagesService,
    private readonly realtime: SponsorshipRealtime,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  afterInit(server: SponsorshipServer): void {
    this.realtime.attach(server);
  }

  private readonly logUnexpected = (error: unknown) =>
    this.logger.error({ err: safeError(error) }, 'private message event failed');

  /** Joins the conversation's room first, then catches up, so no message can fall between the two. */
  @SubscribeMessage('dm:join')
  join(@ConnectedSocket() socket: MemberSocket, @MessageBody() payload: unknown) {
    return handleAck(async () => {
      const { sponsorshipId, afterSeq } = parseJoin(payload);
      await this.messages.membership(socket.data.user.id, sponsorshipId);
      await socket.join(dmRoom(sponsorshipId));
      try {
        return await this.messages.catchUp(socket.data.user.id, sponsorshipId, afterSeq);
      } catch (error) {
        await socket.leave(dmRoom(sponsorshipId));
        throw error;
      }
    }, this.logUnexpected);
  }

  @SubscribeMessage('dm:leave')
  leave(@ConnectedSocket() socket: MemberSocket, @MessageBody() payload: unknown) {
    return handleAck(async () => {
      const sponsorshipId = parseSponsorshipId(payload);
      await socket.leave(dmRoom(sponsorshipId));
      return { sponsorshipId };
    }, this.logUnexpected);
  }

  @SubscribeMessage('dm:send')
  send(@ConnectedSocket() socket: MemberSocket, @MessageBody() payload: unknown) {
    return handleAck(
      () => this.messages.send(socket.data.user.id, parseSend(payload), socket.id),
      this.logUnexpected,
    );
  }

  @SubscribeMessage('dm:read')
  read(@ConnectedSocket() socket: MemberSocket, @MessageBody() payload: unknown) {
    return handleAck(async () => {
      const { sponsorshipId, seq } = parseRead(payload);
      return { sponsorshipId, seq: await this.messages.markRead(socket.data.user.id, sponsorshipId, seq) };
    }, this.logUnexpected);
  }
}
