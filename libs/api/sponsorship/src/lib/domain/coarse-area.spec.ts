import { distanceBucket, snapToGrid } from './coarse-area';
import { DistanceBucket, GRID_CELL_DEGREES } from './sponsorship.rules';

const km = (a: { lat: number; lng: number }, b: { lat: number; lng: number }) => {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lng - a.lng) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
};

describe('snapToGrid', () => {
  it('moves a point to its cell centre, a few km away at most, never the point itself', () => {
    const home = { lat: 40.712776, lng: -74.005974 };
    const cell = snapToGrid(home);
    expect(cell).not.toEqual(home);
    expect(km(home, cell)).toBeLessThan(4);
  });

  it('gives every point of a cell the same centre', () => {
    const a = snapToGrid({ lat: 40.7128, lng: -74.006 });
    const b = snapToGrid({ lat: 40.7128 + GRID_CELL_DEGREES / 10, lng: -74.006 + 0.001 });
    expect(b).toEqual(a);
    expect(snapToGrid(a)).toEqual(a);
  });

  it('keeps cells about as wide as they are high far from the equator', () => {
    const c = snapToGrid({ lat: 60.17, lng: 24.94 });
    const east = snapToGrid({ lat: 60.17, lng: 24.94 + 0.2 });
    expect(km(c, { lat: c.lat + GRID_CELL_DEGREES, lng: c.lng })).toBeCloseTo(5, 0);
    expect(east.lng).not.toBe(c.lng);
  });

  it('handles the poles and the antimeridian', () => {
    expect(snapToGrid({ lat: 90, lng: 180 }).lat).toBeLessThan(90);
    expect(snapToGrid({ lat: -90, lng: -180 }).lat).toBeGreaterThan(-90);
    const west = snapToGrid({ lat: 0, lng: -179.999 });
    const east = snapToGrid({ lat: 0, lng: 180 });
    expect(west).toEqual(east);
  });
});

describe('distanceBucket', () => {
  it('says distances only as buckets', () => {
    expect(distanceBucket(0)).toBe(DistanceBucket.WITHIN_5_KM);
    expect(distanceBucket(5000)).toBe(DistanceBucket.WITHIN_5_KM);
    expect(distanceBucket(5001)).toBe(DistanceBucket.WITHIN_25_KM);
    expect(distanceBucket(99_000)).toBe(DistanceBucket.WITHIN_100_KM);
    expect(distanceBucket(4_000_000)).toBe(DistanceBucket.MORE_THAN_100_KM);
  });
});
