/**
 * Parses CSV (RFC 4180: quoted fields, doubled quotes, commas and line breaks inside quotes, CRLF or LF).
 * Returns rows of cells with the 1-based line each row starts on, so problems can name it.
 */
export function parseCsv(text: string): { line: number; cells: string[] }[] {
  const rows: { line: number; cells: string[] }[] = [];
  const body = text.replace(/^\uFEFF/, '');
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let touched = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      if (c === '"') {
        if (body[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === '\n') line++;
        cell += c;
      }
      continue;
    }
    if (c === '"' && cell === '') {
      quoted = true;
      touched = true;
    } else if (c === ',') {
      cells.push(cell);
      cell = '';
      touched = true;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && body[i + 1] === '\n') i++;
      if (touched || cell !== '') {
        cells.push(cell);
        rows.push({ line: rowLine, cells });
      }
      cells = [];
      cell = '';
      touched = false;
      line++;
      rowLine = line;
    } else {
      cell += c;
      touched = true;
    }
  }
  if (touched || cell !== '') {
    cells.push(cell);
    rows.push({ line: rowLine, cells });
  }
  return rows;
}
