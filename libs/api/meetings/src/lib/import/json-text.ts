/** Where a character offset falls in a text, 1-based. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

/**
 * The first thing outside strings that makes hand-written "JSON" invalid in a way people recognise:
 * a `...` placeholder, a trailing comma, or a comment.
 */
function findCommonMistake(text: string): { offset: number; what: string } | null {
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '.' && text.startsWith('...', i)) return { offset: i, what: 'a "..." placeholder' };
    else if (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*'))
      return { offset: i, what: 'a comment' };
    else if (c === ',') {
      const next = /\S/.exec(text.slice(i + 1));
      if (next && (next[0] === ']' || next[0] === '}')) return { offset: i, what: 'a trailing comma' };
    }
  }
  return null;
}

export type JsonParse =
  { ok: true; value: unknown } | { ok: false; message: string; line: number; column: number };

/**
 * Parses JSON, or explains in plain words why it is not JSON and where (line and column), naming the
 * usual culprits. The example feed in the Meeting Guide spec's README, for instance, has a trailing comma
 * and a "..." placeholder: it illustrates the format and cannot be imported as it is.
 */
export function parseJsonText(text: string): JsonParse {
  const body = text.replace(/^\uFEFF/, '');
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    const mistake = findCommonMistake(body);
    if (mistake) {
      const at = lineAndColumn(body, mistake.offset);
      return {
        ok: false,
        ...at,
        message:
          `This file is not valid JSON: it has ${mistake.what} at line ${at.line}, column ${at.column}. ` +
          'Feeds must be strict JSON (no comments, no trailing commas, no "..." placeholders); ' +
          "the example in the Meeting Guide spec's README is an illustration with exactly these, not a feed to import.",
      };
    }
    const reason = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(reason);
    const at = lineAndColumn(body, position ? Number(position[1]) : body.length);
    return {
      ok: false,
      ...at,
      message: `This file is not valid JSON (line ${at.line}, column ${at.column}): ${reason.replace(/ in JSON at position \d+.*$/, '')}.`,
    };
  }
}
