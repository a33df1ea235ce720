import type { MeetingGroupEntity } from '../entities/meeting-group.entity';
import type { MeetingGroup } from '../dto/group.model';
import { groupRoomKey } from '../search/meeting-mapper';

export function toGroup(g: MeetingGroupEntity): MeetingGroup {
  return {
    id: g.id,
    name: g.name,
    notes: g.notes,
    regions: g.regions,
    latitude: g.latitude,
    longitude: g.longitude,
    chatRoomKey: groupRoomKey(g.id),
    programId: g.programId,
  };
}
