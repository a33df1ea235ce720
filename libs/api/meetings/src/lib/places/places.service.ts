import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { mergeMatches, type Gazetteer, type PlaceMatch } from './gazetteer';
import { loadOwnPlaces } from './own-places';
import { worldGazetteer } from './world';

/** Our own places are read again after this long, so newly imported meetings become places to type. */
export const OWN_PLACES_TTL_MS = 30_000;

/**
 * Places people type: our own venues, areas, cities and postal codes (from the meetings), then the offline
 * gazetteer (GeoNames cities, US and Canadian postal codes) loaded once on first use. Nothing leaves the server.
 */
@Injectable()
export class PlacesService {
  private own?: { gazetteer: Promise<Gazetteer>; at: number };

  constructor(private readonly dataSource: DataSource) {}

  async search(text: string, first: number): Promise<PlaceMatch[]> {
    const own = await this.ownPlaces();
    const world = worldGazetteer().gazetteer;
    return mergeMatches([own.search(text, first), world.search(text, first)], first);
  }

  /** The best place for a name or postal code, or null when nothing is close enough. */
  async resolve(text: string): Promise<PlaceMatch | null> {
    const [best] = await this.search(text, 1);
    return best ?? null;
  }

  private ownPlaces(): Promise<Gazetteer> {
    const now = Date.now();
    if (!this.own || now - this.own.at > OWN_PLACES_TTL_MS) {
      const gazetteer = loadOwnPlaces(this.dataSource);
      this.own = { gazetteer, at: now };
      // a failed read is not cached
      gazetteer.catch(() => {
        if (this.own?.gazetteer === gazetteer) this.own = undefined;
      });
    }
    return this.own.gazetteer;
  }
}
