// Generates the web client's GraphQL types from the committed schema (never from a running server).
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'libs/shared/graphql/schema.graphql',
  documents: [
    'libs/web/*/src/**/*.{ts,tsx}',
    'apps/web/src/**/*.{ts,tsx}',
    '!libs/web/data/src/generated/**',
  ],
  ignoreNoDocuments: true,
  generates: {
    'libs/web/data/src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string', SponsorshipProgram: 'string' },
        strictScalars: true,
      },
    },
  },
};

export default config;
