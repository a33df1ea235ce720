import type { Attendance } from '../domain/attendance';
import type { PrintLanguage, TimeOfDay } from './print-params';

/** Everything a printed meeting list says, in English and Spanish. */
export interface PrintWords {
  title: string;
  days: readonly string[];
  generated: (when: string) => string;
  allMeetings: string;
  near: (place: string, within: string) => string;
  widened: string;
  onlineNow: string;
  onDays: (days: string) => string;
  timeOfDay: Record<TimeOfDay, string>;
  /** The day and time filters are read in this zone. */
  filterZone: (zone: string) => string;
  programs: (codes: string) => string;
  types: (names: string) => string;
  attendance: Record<Exclude<Attendance, 'INACTIVE'>, string>;
  words: (text: string) => string;
  count: (n: number) => string;
  truncated: (shown: number) => string;
  oneZone: (zone: string) => string;
  manyZones: string;
  online: string;
  hybrid: string;
  scan: string;
  legend: string;
  none: string;
  page: (n: number, of: number) => string;
  moreAt: (url: string) => string;
}

const EN: PrintWords = {
  title: 'Meeting list',
  days: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  generated: (when) => `Printed ${when}`,
  allMeetings: 'All meetings',
  near: (place, within) => `Near ${place}, within ${within}`,
  widened: '(widened to include at least 10 meetings)',
  onlineNow: 'Online meetings in progress or starting soon',
  onDays: (days) => `Days: ${days}`,
  timeOfDay: {
    morning: 'Morning (5:00 AM to noon)',
    afternoon: 'Afternoon (noon to 5:00 PM)',
    evening: 'Evening (5:00 PM to 9:00 PM)',
    night: 'Night (9:00 PM to 5:00 AM)',
  },
  filterZone: (zone) => `Days and times chosen in ${zone} time`,
  programs: (codes) => `Programs: ${codes}`,
  types: (names) => `Types: ${names}`,
  attendance: { IN_PERSON: 'In person', ONLINE: 'Online', HYBRID: 'Hybrid' },
  words: (text) => `Words: "${text}"`,
  count: (n) => (n === 1 ? '1 meeting' : `${n} meetings`),
  truncated: (shown) =>
    `This list is cut off after ${shown} meetings. Choose fewer days or a smaller area for a complete list.`,
  oneZone: (zone) => `Times are local: ${zone} time.`,
  manyZones: 'Each time is local to the meeting; its time zone is shown under it.',
  online: 'Online',
  hybrid: 'Also online',
  scan: 'Scan for how to join',
  legend: 'Type codes',
  none: 'No meetings match these choices.',
  page: (n, of) => `Page ${n} of ${of}`,
  moreAt: (url) => `More meetings and details: ${url}`,
};

const ES: PrintWords = {
  title: 'Lista de reuniones',
  days: ['Domingo', 'Lunes', 'Martes', 'Miércoles', 'Jueves', 'Viernes', 'Sábado'],
  generated: (when) => `Impresa el ${when}`,
  allMeetings: 'Todas las reuniones',
  near: (place, within) => `Cerca de ${place}, a menos de ${within}`,
  widened: '(ampliado para incluir al menos 10 reuniones)',
  onlineNow: 'Reuniones en línea en curso o a punto de empezar',
  onDays: (days) => `Días: ${days}`,
  timeOfDay: {
    morning: 'Mañana (de 5:00 a 12:00)',
    afternoon: 'Tarde (de 12:00 a 17:00)',
    evening: 'Atardecer (de 17:00 a 21:00)',
    night: 'Noche (de 21:00 a 5:00)',
  },
  filterZone: (zone) => `Días y horas elegidos en la hora de ${zone}`,
  programs: (codes) => `Programas: ${codes}`,
  types: (names) => `Tipos: ${names}`,
  attendance: { IN_PERSON: 'Presencial', ONLINE: 'En línea', HYBRID: 'Híbrida' },
  words: (text) => `Palabras: «${text}»`,
  count: (n) => (n === 1 ? '1 reunión' : `${n} reuniones`),
  truncated: (shown) =>
    `Esta lista se corta después de ${shown} reuniones. Elija menos días o una zona más pequeña para verla completa.`,
  oneZone: (zone) => `Horas locales: hora de ${zone}.`,
  manyZones: 'Cada hora es la local de la reunión; su zona horaria aparece debajo.',
  online: 'En línea',
  hybrid: 'También en línea',
  scan: 'Escanee para saber cómo unirse',
  legend: 'Códigos de tipo',
  none: 'Ninguna reunión coincide con lo elegido.',
  page: (n, of) => `Página ${n} de ${of}`,
  moreAt: (url) => `Más reuniones y detalles: ${url}`,
};

export const printWords = (language: PrintLanguage): PrintWords => (language === 'es' ? ES : EN);

/** A time of day as a printed schedule writes it: 7:00 PM in English, 19:00 in Spanish. */
export function printedClock(minute: number, language: PrintLanguage): string {
  const h = Math.floor(minute / 60) % 24;
  const m = String(minute % 60).padStart(2, '0');
  if (language === 'es') return `${h}:${m}`;
  return `${h % 12 === 0 ? 12 : h % 12}:${m} ${h < 12 ? 'AM' : 'PM'}`;
}

/** A zone as people read it: America/New_York → America/New York. */
export const zoneLabel = (zone: string): string => zone.replace(/_/g, ' ');
