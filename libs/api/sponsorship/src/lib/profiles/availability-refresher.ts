import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { Logger } from 'pino';
import { LOGGER, safeError } from '@kinship/api/core';
import { ProfilesService } from './profiles.service';

const HOUR_MS = 60 * 60 * 1000;

/** Keeps sponsors' UTC availability in step with daylight-saving changes: at start, then hourly. */
@Injectable()
export class AvailabilityRefresher implements OnApplicationBootstrap, OnModuleDestroy {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly profiles: ProfilesService,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    void this.refresh();
    this.timer = setInterval(() => void this.refresh(), HOUR_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private async refresh(): Promise<void> {
    try {
      const moved = await this.profiles.refreshUtcAvailability();
      if (moved)
        this.logger.info({ profiles: moved }, 'moved sponsors’ availability to their zones’ new offsets');
    } catch (error) {
      this.logger.warn({ err: safeError(error) }, 'could not refresh sponsors’ UTC availability');
    }
  }
}
