import { MessagesGateway } from './messages.gateway';
import { MessagesResolver } from './messages.resolver';
import { MessagesService } from './messages.service';
import { SponsorshipRealtime } from './sponsorship-realtime';

export const MessagesGatewayProviders = [
  SponsorshipRealtime,
  MessagesService,
  MessagesResolver,
  MessagesGateway,
];
