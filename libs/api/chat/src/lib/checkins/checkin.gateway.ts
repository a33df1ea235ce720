import { Inject } from '@nestjs/common';
import { ConnectedSocket, MessageBody, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import type { Logger } from 'pino';
import { handleAck, LOGGER, safeError } from '@kinship/api/core';
import type { AuthedSocket } from '@kinship/api/auth';
import { CHAT_CLIENT_ID_MAX } from '@kinship/shared/contracts';
import { invalid } from '../chat-errors';
import { UUID } from '../realtime/payloads';
import { CheckInsService } from './checkins.service';

const CLIENT_ID = new RegExp(`^[A-Za-z0-9_-]{1,${CHAT_CLIENT_ID_MAX}}$`);

function parseCheckInSend(payload: unknown): { checkInId: string; clientId: string; text: unknown } {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw invalid('The event needs an object, like { "checkInId": "…", "clientId": "…", "text": "…" }.');
  }
  const o = payload as Record<string, unknown>;
  const checkInId = o['checkInId'];
  const clientId = o['clientId'];
  if (typeof checkInId !== 'string' || !UUID.test(checkInId)) throw invalid('checkInId must be an id.');
  if (typeof clientId !== 'string' || !CLIENT_ID.test(clientId)) {
    throw invalid(
      `clientId must be 1 to ${CHAT_CLIENT_ID_MAX} letters, digits, "-" or "_" (a UUID is ideal).`,
    );
  }
  return { checkInId: checkInId.toLowerCase(), clientId, text: o['text'] };
}

/**
 * Sending in a check-in conversation over the socket: stored before the ack, once per client id. Delivery
 * needs no subscription: the member's own sockets and the moderators' channel receive `checkin:message`.
 */
@WebSocketGateway()
export class CheckInGateway {
  constructor(
    private readonly checkIns: CheckInsService,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  @SubscribeMessage('checkin:send')
  send(@ConnectedSocket() socket: AuthedSocket, @MessageBody() payload: unknown) {
    return handleAck(
      () => this.checkIns.send(socket.data.user, parseCheckInSend(payload)),
      (error) => this.logger.error({ err: safeError(error) }, 'check-in socket event failed'),
    );
  }
}
