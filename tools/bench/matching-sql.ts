// Prints the finder's SQL (for the sponsor-matching benchmark, which times it directly as well); with
// `reference`, the straightforward full-scoring statement the tests compare it with (the one before top-K
// pruning), which the benchmark times beside it.
import { MATCHING_SQL } from '@kinship/api/sponsorship';
import { REFERENCE_MATCHING_SQL } from '../../apps/api/test/sponsorship/reference-matching';

process.stdout.write(process.argv[2] === 'reference' ? REFERENCE_MATCHING_SQL : MATCHING_SQL);
