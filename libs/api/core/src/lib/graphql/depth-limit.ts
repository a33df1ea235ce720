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
      if (selection.name.value.startsWith('__')) continue; // introspection is governed separately
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

/** Refuses any operation whose fields nest deeper than `maxDepth` (fragments followed, cycles cut). */
export function depthLimitRule(maxDepth: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const def of context.getDocument().definitions) {
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
    }
    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet, fragments, new Set());
        if (depth > maxDepth) {
          context.reportError(
            new GraphQLError(
              `This query is nested ${depth} levels deep; the limit is ${maxDepth}. Ask for less at once.`,
              { nodes: [node], extensions: { code: ErrorCode.QueryTooComplex, depth, maxDepth } },
            ),
          );
        }
      },
    };
  };
}
