import { badgeForRole } from '@kinship/shared/contracts';
import type { ChatAuthor, ModerationItemState } from '../dto/chat.models';
import type { ModerationItemType } from '../dto/moderation-item-type';

/** The state of a queue item as one JSON value: `${ITEM_STATE_SQL('message', 'm.id')} AS state`. */
export const ITEM_STATE_SQL = (itemType: 'message' | 'checkin_request', idExpr: string) => `(
  SELECT json_build_object('claimedBy', s.claimed_by, 'claimedByName', uc.display_name, 'claimedAt', s.claimed_at,
                           'claimedByHandle', uc.handle, 'claimedByRole', uc.role,
                           'ackBy', s.acknowledged_by, 'ackByName', ua.display_name, 'ackAt', s.acknowledged_at,
                           'ackByHandle', ua.handle, 'ackByRole', ua.role)
    FROM moderation_item_states s
    LEFT JOIN users uc ON uc.id = s.claimed_by
    LEFT JOIN users ua ON ua.id = s.acknowledged_by
   WHERE s.item_type = '${itemType}' AND s.item_id = ${idExpr})`;

export interface ItemStateJson {
  claimedBy: string | null;
  claimedByName: string | null;
  claimedAt: string | null;
  claimedByHandle?: string | null;
  claimedByRole?: string | null;
  ackByHandle?: string | null;
  ackByRole?: string | null;
  ackBy: string | null;
  ackByName: string | null;
  ackAt: string | null;
}

/** A member as moderators see them: name, public handle and the badge their role gives. */
export const publicPerson = (
  id: string | null,
  name: string | null,
  handle?: string | null,
  role?: string | null,
): ChatAuthor | null =>
  id ? { id, displayName: name ?? '', handle: handle ?? '', badge: badgeForRole(role) } : null;

export function toItemState(
  itemType: ModerationItemType,
  itemId: string,
  json: ItemStateJson | null,
): ModerationItemState {
  return {
    itemType,
    itemId,
    claim: json?.claimedAt
      ? {
          by: publicPerson(json.claimedBy, json.claimedByName, json.claimedByHandle, json.claimedByRole),
          at: new Date(json.claimedAt),
        }
      : null,
    acknowledgedBy: json?.ackAt
      ? publicPerson(json.ackBy, json.ackByName, json.ackByHandle, json.ackByRole)
      : null,
    acknowledgedAt: json?.ackAt ? new Date(json.ackAt) : null,
  };
}
