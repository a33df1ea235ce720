import type { TFunction } from 'i18next';

/** Topic rooms have translated names; other rooms are named after their meeting or group. */
export function roomName(t: TFunction, room: { key: string | null; name: string }): string {
  const topic = room.key?.startsWith('topic:') ? room.key.slice('topic:'.length) : null;
  return topic ? t(`rooms.topics.${topic}`, { defaultValue: room.name }) : room.name;
}
