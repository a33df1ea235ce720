import { SetMetadata } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * A feature that holds personal data implements this and marks the provider with @AccountDataContributor().
 * The identity feature discovers every contributor: the member's export gathers each one's section, and
 * account deletion asks each one to erase (or unlink) what it holds, inside the deletion's transaction.
 */
export interface AccountDataSource {
  /** The key of this feature's section in the export, e.g. "meetings". */
  readonly section: string;
  exportFor(userId: string, manager: EntityManager): Promise<unknown>;
  eraseFor(userId: string, manager: EntityManager): Promise<void>;
}

export const ACCOUNT_DATA_CONTRIBUTOR = 'kinship:account-data-contributor';
export const AccountDataContributor = () => SetMetadata(ACCOUNT_DATA_CONTRIBUTOR, true);
