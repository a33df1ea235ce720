import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy/waitFor wait up to 5 s rather than 1 s: on a busy two-core machine (CI runs every suite) a render
// can take longer than a second. These are bounds on waiting, not assertions about speed.
configure({ asyncUtilTimeout: 5_000 });

// Testing Library only cleans up by itself when test globals are on; ours are imported explicitly.
afterEach(() => {
  cleanup();
  localStorage.clear();
});
