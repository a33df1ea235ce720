import { writeFileSync, readFileSync, existsSync } from 'node:fs';
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { resolvers } from '../apps/api/src/app/resolvers';

import { SCHEMA_FILE, schemaText } from '../apps/api/src/app/schema-text';

async function main(): Promise<void> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  const schema = await app.get(GraphQLSchemaFactory).create(resolvers);
  const text = schemaText(schema);
  await app.close();
  if (process.argv.includes('--check')) {
    const current = existsSync(SCHEMA_FILE) ? readFileSync(SCHEMA_FILE, 'utf8') : '';
    if (current !== text) {
      process.stderr.write(`${SCHEMA_FILE} is stale: run \`npm run schema\` and commit the result.\n`);
      process.exit(1);
    }
    process.stdout.write('schema.graphql is up to date\n');
    return;
  }
  writeFileSync(SCHEMA_FILE, text);
  process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
}

main().catch((error) => {
  process.stderr.write(String(error?.stack ?? error) + '\n');
  process.exit(1);
});
