import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  Kind,
  parse,
  validate,
  visit,
  type ASTNode,
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { GRAPHQL_MAX_COMPLEXITY } from '@kinship/api/core';
import { startTestApp, type TestApp } from '../support/test-app';

/** The operations the meetings pages of the web client send (read from its generated documents). */
const OPERATIONS = [
  'FindMeetings',
  'FinderOptions',
  'Places',
  'MeetingPage',
  'SaveMeeting',
  'GroupPage',
  'GroupMessages',
  'MyMeetings',
  'AdminMeetings',
  'MeetingForEdit',
  'MeetingFormOptions',
  'ImportMeetings',
  'MeetingImports',
];

const ID = '00000000-0000-4000-8000-000000000000';
/** Values for every variable those operations declare (extra ones are ignored). */
const VARIABLES = {
  first: 20,
  language: 'en',
  id: ID,
  groupId: ID,
  query: 'Bronx',
  input: { text: '[]', source: 'x' },
};

/** As Apollo Client sends them: `__typename` in every selection set but the operation's own (it costs too). */
function withTypename(document: DocumentNode): DocumentNode {
  return visit(document, {
    SelectionSet(node: SelectionSetNode, _key, parent: ASTNode | readonly ASTNode[] | undefined) {
      if (!parent || Array.isArray(parent) || (parent as ASTNode).kind === Kind.OPERATION_DEFINITION)
        return undefined;
      if (node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename'))
        return undefined;
      return {
        ...node,
        selections: [
          ...node.selections,
          { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } },
        ],
      };
    },
  });
}

function webDocuments(): DefinitionNode[] {
  const text = readFileSync(join(__dirname, '../../../../libs/web/data/src/generated/gql.ts'), 'utf8');
  const sources = [...text.matchAll(/"((?:[^"\\]|\\.)*)": typeof types\./g)].map(
    (m) => JSON.parse(`"${m[1]}"`) as string,
  );
  return [...new Set(sources)].flatMap((source) => withTypename(parse(source)).definitions);
}

describe('the web client’s meeting queries', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('are valid against the API and within its cost limit, at the page sizes the pages use', () => {
    const schema = app.running.app.get(GraphQLSchemaHost).schema;
    const definitions = webDocuments();
    const fragments = definitions.filter(
      (d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION,
    );
    for (const name of OPERATIONS) {
      const operation = definitions.find(
        (d) => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === name,
      );
      expect({ name, found: Boolean(operation) }).toEqual({ name, found: true });
      const document: DocumentNode = { kind: Kind.DOCUMENT, definitions: [operation!, ...fragments] };
      const used = fragments.filter((f) => JSON.stringify(operation).includes(`"value":"${f.name.value}"`));
      const minimal: DocumentNode = { kind: Kind.DOCUMENT, definitions: [operation!, ...used] };
      expect({ name, errors: validate(schema, minimal).map((e) => e.message) }).toEqual({ name, errors: [] });
      const cost = getComplexity({
        schema,
        query: document,
        operationName: name,
        variables: VARIABLES,
        estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
      });
      expect({ name, withinLimit: cost <= GRAPHQL_MAX_COMPLEXITY, cost }).toEqual({
        name,
        withinLimit: true,
        cost,
      });
    }
  });
});
