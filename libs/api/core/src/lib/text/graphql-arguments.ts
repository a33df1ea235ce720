import { defaultFieldResolver, isObjectType, type GraphQLSchema } from 'graphql';
import { walk } from './text.pipe';

/**
 * Puts every GraphQL field argument through the one text normalization before its resolver runs: each
 * string in it, nested input fields and lists included (see normalizeText). A refusal is BAD_USER_INPUT
 * naming the argument path (`input.note`). Used as Apollo's `transformSchema`, so no resolver can miss it.
 */
export function normalizeArgumentsOf(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.args.length === 0) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        for (const name of Object.keys(args)) args[name] = walk(args[name], name, 0);
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
