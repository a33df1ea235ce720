import { readFileSync } from 'node:fs';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { SCHEMA_FILE, schemaText } from '../../src/app/schema-text';
import { startTestApp, type TestApp } from '../support/test-app';

describe('committed GraphQL schema', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('is exactly the schema the running API serves (run `npm run schema` when this fails)', () => {
    const served = schemaText(app.running.app.get(GraphQLSchemaHost).schema);
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(served);
  });
});
