import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UserEntity } from './entities/user.entity';
import { SessionEntity } from './entities/session.entity';
import { RefreshTokenEntity } from './entities/refresh-token.entity';
import { TokenService } from './tokens/token.service';
import { SessionService } from './session.service';
import { SessionEvents } from './realtime/session-events';
import { RealtimeGateway } from './realtime/realtime.gateway';
import { AuthGuard } from './guards/auth.guard';

/** Sessions, tokens, the global auth guard and the authenticated socket.io root gateway. */
@Module({
  imports: [TypeOrmModule.forFeature([UserEntity, SessionEntity, RefreshTokenEntity])],
  providers: [
    TokenService,
    SessionService,
    SessionEvents,
    RealtimeGateway,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [TypeOrmModule, TokenService, SessionService, SessionEvents],
})
export class AuthModule {}
