/**
 * The PDF's standard fonts (Helvetica) encode only Windows-1252. Text is made to fit: letters with
 * accents outside it lose the accent (ő → o), common punctuation gets its plain form, and anything else
 * becomes "?" rather than a wrong glyph.
 */
const EXTRA = new Set(
  [
    0x20ac, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x017d,
    0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x017e,
    0x0178,
  ].map((c) => String.fromCharCode(c)),
);

const PLAIN: Record<string, string> = {
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u2032': "'",
  '\u2033': '"',
  '\u00a0': ' ',
  '\u202f': ' ',
  '\u2009': ' ',
  '\u200b': '',
  '\u200d': '',
  '\ufe0f': '',
  '\u0131': 'i',
  '\u0142': 'l',
  '\u0141': 'L',
  '\u0111': 'd',
  '\u0110': 'D',
};

const encodable = (c: string) => {
  const code = c.charCodeAt(0);
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || EXTRA.has(c);
};

export function toWinAnsi(text: string): string {
  let out = '';
  for (const char of text.replace(/[\r\n\t]+/g, ' ')) {
    if (char.length === 1 && encodable(char)) {
      out += char;
      continue;
    }
    if (char in PLAIN) {
      out += PLAIN[char];
      continue;
    }
    const bare = char.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
    out += bare && [...bare].every((c) => c.length === 1 && encodable(c)) ? bare : '?';
  }
  return out;
}
