import type { DiscoveryService, Reflector } from '@nestjs/core';

/** Every provider instance marked with the given metadata key (features' contributors, seeders, …). */
export function providersMarked<T>(discovery: DiscoveryService, reflector: Reflector, key: string): T[] {
  return discovery
    .getProviders()
    .filter((w) => w.metatype && w.instance && reflector.get(key, w.metatype))
    .map((w) => w.instance as T);
}
