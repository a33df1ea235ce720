import { Global, Module, type Provider, type Type } from '@nestjs/common';

/**
 * Tests only: a module whose providers replace a feature's, e.g. a fake SPONSOR_LOOKUP. Nest resolves a
 * token from the first global module that exports it, in the order global modules are registered. This
 * module is first in AppModule's imports, and it is a plain (static) module class like the features' own,
 * so Nest registers it before any of them: its providers win. (A dynamic module would be registered a few
 * steps later than static ones imported beside it, and lose.) The toolkit's tests rely on this.
 */
export function providerOverridesModule(providers: Provider[]): Type {
  const tokens = providers.map((p) => ('provide' in p ? p.provide : p));

  @Global()
  @Module({ providers, exports: tokens })
  class ProviderOverridesModule {}

  return ProviderOverridesModule;
}
