import { IANAZone, Zone, type ZoneOffsetFormat, type ZoneOffsetOptions } from 'luxon';

/** Offsets are remembered per quarter hour of UTC time. */
const SPAN_MS = 15 * 60_000;
/** Quarter hours remembered per zone before starting over (a year is about 35,000). */
const MAX_SPANS = 50_000;

/**
 * An IANA zone that remembers its UTC offsets. Luxon asks the zone for an offset several times for every
 * date it builds, and each answer is an Intl formatToParts call: most of the cost of a meeting's upcoming
 * times. A quarter hour whose first and last milliseconds have the same offset has it throughout (zones
 * change offset at most once in such a span), so that offset is reused; a span with a change in it is
 * always asked of the real zone.
 */
class RememberedZone extends Zone {
  private readonly offsets = new Map<number, number>();

  constructor(private readonly zone: Zone) {
    super();
  }

  override get type(): string {
    return this.zone.type;
  }

  override get name(): string {
    return this.zone.name;
  }

  override get isUniversal(): boolean {
    return this.zone.isUniversal;
  }

  override get isValid(): true {
    return this.zone.isValid as true;
  }

  override offsetName(ts: number, options: ZoneOffsetOptions): string {
    return this.zone.offsetName(ts, options) as string;
  }

  override formatOffset(ts: number, format: ZoneOffsetFormat): string {
    return this.zone.formatOffset(ts, format);
  }

  override equals(other: Zone): boolean {
    return this.zone.equals(other);
  }

  override offset(ts: number): number {
    const span = Math.floor(ts / SPAN_MS);
    let known = this.offsets.get(span);
    if (known === undefined) {
      const first = this.zone.offset(span * SPAN_MS);
      known = first === this.zone.offset((span + 1) * SPAN_MS - 1) ? first : NaN;
      if (this.offsets.size >= MAX_SPANS) this.offsets.clear();
      this.offsets.set(span, known);
    }
    return Number.isNaN(known) ? this.zone.offset(ts) : known;
  }
}

const zones = new Map<string, Zone>();

/**
 * The zone to give luxon for an IANA name: one remembering its offsets, shared by every caller. An unknown
 * name gives luxon's own invalid zone, so dates in it are invalid exactly as before.
 */
export function rememberedZone(name: string): Zone {
  let zone = zones.get(name);
  if (!zone) {
    const iana = IANAZone.create(name);
    zone = iana.isValid ? new RememberedZone(iana) : iana;
    if (zones.size < 1000) zones.set(name, zone);
  }
  return zone;
}
