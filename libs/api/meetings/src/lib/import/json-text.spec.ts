import { fixture } from './fixtures';
import { parseJsonText } from './json-text';

describe('parseJsonText', () => {
  it('refuses the Meeting Guide README example feed with a clear message and its position', () => {
    const result = parseJsonText(fixture('invalid-readme-example-feed.jsonc'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(/not valid JSON: it has a trailing comma at line 32, column 4/);
    expect(result.message).toMatch(/README/);
    expect(result.line).toBe(32);
  });

  it('names a "..." placeholder and comments', () => {
    const dots = parseJsonText('[\n  { "name": "a" },\n  ...\n]');
    expect(dots.ok === false && dots.message).toMatch(/"\.\.\." placeholder at line 3, column 3/);
    const comment = parseJsonText('[ // meetings\n]');
    expect(comment.ok === false && comment.message).toMatch(/a comment at line 1/);
  });

  it('does not mistake commas and dots inside strings for mistakes', () => {
    const ok = parseJsonText('[{"notes": "Ring the bell, then wait...", "x": "a,]"}]');
    expect(ok).toEqual({ ok: true, value: [{ notes: 'Ring the bell, then wait...', x: 'a,]' }] });
  });

  it('reports other syntax errors with a line and column', () => {
    const result = parseJsonText('[\n {"name": "a"}\n {"name": "b"}\n]');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/line 3, column 2/);
  });
});
