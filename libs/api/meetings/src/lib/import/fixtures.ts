import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Test fixtures copied from public feeds (see test/fixtures/data/meetings/NOTICE.md). */
export const FIXTURES = join(__dirname, '../../../../../../test/fixtures/data/meetings');
export const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
