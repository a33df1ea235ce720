import { DateTime } from 'luxon';
import type { MeetingDraft } from '../domain/meeting-draft';

interface Place {
  zone: string;
  city: string;
  country: string;
  latitude: number;
  longitude: number;
  language: string | null;
}

/** Zones for online demo meetings; three keep no daylight saving, so some slot is always covered. */
const PLACES: Place[] = [
  {
    zone: 'Asia/Tokyo',
    city: 'Tokyo',
    country: 'Japan',
    latitude: 35.6762,
    longitude: 139.6503,
    language: 'JA',
  },
  {
    zone: 'Europe/London',
    city: 'London',
    country: 'UK',
    latitude: 51.5074,
    longitude: -0.1278,
    language: null,
  },
  {
    zone: 'America/Los_Angeles',
    city: 'Los Angeles',
    country: 'USA',
    latitude: 34.0522,
    longitude: -118.2437,
    language: null,
  },
  {
    zone: 'Asia/Kolkata',
    city: 'Mumbai',
    country: 'India',
    latitude: 19.076,
    longitude: 72.8777,
    language: null,
  },
  {
    zone: 'America/Mexico_City',
    city: 'Mexico City',
    country: 'Mexico',
    latitude: 19.4326,
    longitude: -99.1332,
    language: 'S',
  },
  {
    zone: 'Australia/Sydney',
    city: 'Sydney',
    country: 'Australia',
    latitude: -33.8688,
    longitude: 151.2093,
    language: null,
  },
];

const NAMES: Record<string, string[]> = {
  NA: ['Just for Today Online', 'Clean and Serene', 'Living Clean Online', 'Recovery Around the Clock'],
  AA: ['Daily Reflections Online', 'Big Book Study Online', 'Came to Believe', 'Keep It Simple'],
  SMART: [
    'SMART Recovery Online',
    'SMART Tools Workshop',
    'SMART Family & Friends',
    'SMART 4-Point Check-in',
  ],
};
const SMART_TYPES = ['SMART-4P', 'SMART-TOOLS', 'SMART-FF', 'SMART-MAT'];

const DEMO_NOTE = 'Demo data, generated to try Kinship: the link and number do not lead to a real meeting.';

function conference(k: number): { url: string | null; phone: string | null; notes: string | null } {
  const n = String(9_100_000_000 + k * 7919);
  switch (k % 8) {
    case 0:
    case 1:
    case 2:
      return { url: `https://zoom.us/j/${n}`, phone: `+16465588656,,${n}#`, notes: `Meeting ID: ${n}` };
    case 3:
      return {
        url: `https://meet.google.com/kin-${String(k).padStart(4, '0')}-dmo`,
        phone: null,
        notes: null,
      };
    case 4:
      return { url: `https://meet.jit.si/KinshipDemoMeeting${k}`, phone: null, notes: null };
    case 5:
      return { url: `https://teams.microsoft.com/l/meetup-join/kinship-demo-${k}`, phone: null, notes: null };
    case 6:
      return { url: null, phone: `+14155550${String(100 + k).slice(-3)},,${n}#`, notes: null };
    default:
      return { url: `https://discord.gg/kinshipdemo${k}`, phone: null, notes: null };
  }
}

/**
 * Online meetings around the clock in several zones (Tokyo, London, Los Angeles, Mumbai, Mexico City,
 * Sydney): one starts every 30 minutes (UTC, as of `now`) and lasts 90, so something is always "online now".
 * Plus a Tokyo meeting on Mondays at 19:00 local, and SMART Recovery meetings in New York.
 */
export function generatedDemoMeetings(now: Date): MeetingDraft[] {
  const out: MeetingDraft[] = [];
  for (let k = 0; k < 48; k++) {
    const place = PLACES[k % PLACES.length];
    const program = ['NA', 'AA', 'SMART'][k % 3];
    const offset = DateTime.fromJSDate(now, { zone: place.zone }).offset;
    const local = (((k * 30 + offset) % 1440) + 1440) % 1440;
    const conf = conference(k);
    const types = ['O'];
    if (place.language) types.push(place.language);
    if (program === 'SMART') types.push(SMART_TYPES[k % SMART_TYPES.length]);
    else types.push(k % 2 ? 'D' : 'SP');
    const name = `${NAMES[program][Math.floor(k / 3) % 4]} (${place.city})`;
    out.push({
      sourceKey: `online-${k}`,
      slug: `demo-online-${k}`,
      name,
      programCode: program,
      days: [0, 1, 2, 3, 4, 5, 6],
      startTime: `${String(Math.floor(local / 60)).padStart(2, '0')}:${String(local % 60).padStart(2, '0')}`,
      durationMinutes: 90,
      timeZone: place.zone,
      types,
      notes: DEMO_NOTE,
      formattedAddress: `${place.city}, ${place.country}`,
      city: place.city,
      country: place.country,
      regions: ['Online', place.city],
      latitude: place.latitude,
      longitude: place.longitude,
      approximate: true,
      conferenceUrl: conf.url,
      conferenceUrlNotes: conf.notes,
      conferencePhone: conf.phone,
      published: true,
    });
  }
  out.push({
    sourceKey: 'tokyo-evening',
    slug: 'demo-tokyo-evening-na',
    name: 'Tokyo Evening NA (English)',
    programCode: 'NA',
    days: [1],
    startTime: '19:00',
    endTime: '20:00',
    timeZone: 'Asia/Tokyo',
    types: ['O', 'EN', 'JFT'],
    notes: DEMO_NOTE,
    formattedAddress: 'Tokyo, Japan',
    regions: ['Online', 'Tokyo'],
    latitude: 35.6762,
    longitude: 139.6503,
    approximate: true,
    conferenceUrl: 'https://zoom.us/j/9190000019',
    published: true,
  });
  const smartVenues = [
    {
      name: 'SMART Recovery Manhattan',
      venue: 'Demo Community Room',
      address: '250 W 57th St',
      lat: 40.7661,
      lng: -73.9818,
      zip: '10107',
      day: 1,
      time: '18:30',
      types: ['O', 'SMART-4P', 'SMART-MAT'],
    },
    {
      name: 'SMART Recovery Brooklyn',
      venue: 'Demo Library Annex',
      address: '10 Grand Army Plaza',
      lat: 40.6725,
      lng: -73.9682,
      zip: '11238',
      day: 3,
      time: '19:00',
      types: ['O', 'SMART-TOOLS'],
    },
    {
      name: 'SMART Family & Friends Queens',
      venue: 'Demo Wellness Center',
      address: '89-00 Sutphin Blvd',
      lat: 40.7029,
      lng: -73.8077,
      zip: '11435',
      day: 4,
      time: '18:00',
      types: ['O', 'SMART-FF'],
    },
    {
      name: 'SMART Young Adults Bronx',
      venue: 'Demo Youth Hall',
      address: '1 Fordham Plaza',
      lat: 40.8612,
      lng: -73.8902,
      zip: '10458',
      day: 6,
      time: '12:00',
      types: ['O', 'SMART-YA'],
    },
    {
      name: 'SMART Veterans Hybrid',
      venue: 'Demo Veterans Hall',
      address: '346 Broadway',
      lat: 40.7171,
      lng: -74.0042,
      zip: '10013',
      day: 2,
      time: '17:30',
      types: ['O', 'SMART-VET', 'SMART-MAT'],
      url: 'https://zoom.us/j/9180000018',
    },
  ];
  for (const [i, v] of smartVenues.entries()) {
    out.push({
      sourceKey: `smart-nyc-${i}`,
      slug: `demo-smart-nyc-${i}`,
      name: v.name,
      programCode: 'SMART',
      groupName: v.name,
      days: [v.day],
      startTime: v.time,
      durationMinutes: 90,
      timeZone: 'America/New_York',
      types: v.types,
      notes: `${DEMO_NOTE} SMART meetings are led by a trained facilitator; everyone is welcome, including people on medication-assisted treatment.`,
      venue: v.venue,
      address: v.address,
      city: 'New York',
      state: 'NY',
      postalCode: v.zip,
      country: 'USA',
      regions: ['New York', 'SMART Recovery NYC'],
      latitude: v.lat,
      longitude: v.lng,
      approximate: false,
      conferenceUrl: v.url ?? null,
      published: true,
    });
  }
  return out;
}
