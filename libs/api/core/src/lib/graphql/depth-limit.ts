import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
import { ErrorCode } from '@kinship/shared/contracts';

function depthOf(
  selectionSet: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  visited: Set<string>,
): number {
  if (!selectionSet) return 0;
  let max = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      max = Math.max(
        max,
        selection.selectionSet ? 1 + depthOf(selection.selectionSet, fragments, visited) : 1,
      );
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      max = Math.max(max, depthOf(selection.selectionSet, fragments, visited));
    } else {
      const name = selection.name.value;
      if (visited.has(name)) continue;
      const fragment = fragments[name];
      if (fragment)
        max = Math.max(max, depthOf(fragment.selectionSet, fragments, new Set([...visited, name])));
    }
  }
  return max;
}

/**
 * Refuses any operation whose fields nest deeper than `maxDepth` (fragments followed, cycles cut).
 * An operation that only introspects (`__schema`, `__type`) is held to `maxIntrospectionDepth`, which fits
 * the standard introspection query (15) and no deeper `__type.fields.type…` chains.
 */
export function depthLimitRule(maxDepth: number, maxIntrospectionDepth = 15) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const def of context.getDocument().definitions) {
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
    }
    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet, fragments, new Set());
        const introspectionOnly = node.selectionSet.selections.every(
          (s) => s.kind === Kind.FIELD && s.name.value.startsWith('__'),
        );
        const limit = introspectionOnly ? maxIntrospectionDepth : maxDepth;
        if (depth > limit) {
          context.reportError(
            new GraphQLError(
              `This query is nested ${depth} levels deep; the limit is ${limit}. Ask for less at once.`,
              { nodes: [node], extensions: { code: ErrorCode.QueryTooComplex, depth, maxDepth: limit } },
            ),
          );
        }
      },
    };
  };
}
