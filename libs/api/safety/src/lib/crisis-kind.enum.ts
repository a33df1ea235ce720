import { registerEnumType } from '@nestjs/graphql';

/** GraphQL's CrisisKind, shared by chat (moderation queue) and the toolkit (help offered after a check-in). */
export enum CrisisKindEnum {
  OVERDOSE = 'overdose',
  SUICIDE = 'suicide',
  USING_ALONE = 'using_alone',
  RELAPSE = 'relapse',
}

registerEnumType(CrisisKindEnum, {
  name: 'CrisisKind',
  description:
    'OVERDOSE and SUICIDE are emergencies (urgent for moderators); USING_ALONE and RELAPSE are risks met with warm, ' +
    'non-judging help (Never Use Alone, sponsor, meetings).',
});
