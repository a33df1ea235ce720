import { Module } from '@nestjs/common';
import { AuthModule } from '@kinship/api/auth';
import { ChatAccountData } from './chat.account-data';
import { CheckInGateway } from './checkins/checkin.gateway';
import { CheckInRequestsService } from './checkins/checkin-requests.service';
import { CheckInsResolver } from './checkins/checkins.resolver';
import { CheckInsService } from './checkins/checkins.service';
import { ChatDemoData } from './chat.demo';
import { HistoryService } from './messages/history.service';
import { MessageStore } from './messages/message.store';
import { ChatMessagesResolver } from './messages/messages.resolver';
import { SendService } from './messages/send.service';
import { SendContextCache } from './messages/send-context-cache';
import { AuditLog } from './moderation/audit-log.service';
import { FiltersService } from './moderation/filters.service';
import { MessageModerationService } from './moderation/message-moderation.service';
import { ChatModerationResolver } from './moderation/moderation.resolver';
import { ModerationItemsResolver } from './moderation/items.resolver';
import { ModerationItemsService } from './moderation/items.service';
import { ModerationQueueService } from './moderation/queue.service';
import { SanctionsService } from './moderation/sanctions.service';
import { ChatGateway } from './realtime/chat.gateway';
import { ChatRealtime } from './realtime/chat-realtime.service';
import { ChatRateLimiter } from './realtime/rate-limiter';
import { ChatRoleSync } from './realtime/role-sync';
import { RoomAccessService } from './rooms/room-access.service';
import { ChatRoomsResolver } from './rooms/rooms.resolver';
import { RoomsService } from './rooms/rooms.service';

/** Group chat: rooms, messages over sockets with catch-up, live moderation, check-ins, and the audit log. */
@Module({
  imports: [AuthModule],
  providers: [
    ChatGateway,
    ChatRealtime,
    ChatRateLimiter,
    MessageStore,
    SendService,
    SendContextCache,
    HistoryService,
    RoomAccessService,
    RoomsService,
    AuditLog,
    MessageModerationService,
    ModerationQueueService,
    SanctionsService,
    FiltersService,
    ChatRoomsResolver,
    ChatMessagesResolver,
    ChatModerationResolver,
    ModerationItemsResolver,
    CheckInsResolver,
    ChatAccountData,
    ChatDemoData,
    ChatRoleSync,
    ModerationItemsService,
    CheckInsService,
    CheckInRequestsService,
    CheckInGateway,
  ],
})
export class ChatModule {}
