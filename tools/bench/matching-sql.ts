// Prints the finder's SQL (for the sponsor-matching benchmark, which times it directly as well).
import { MATCHING_SQL } from '@kinship/api/sponsorship';

process.stdout.write(MATCHING_SQL);
