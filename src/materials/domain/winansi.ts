// PDF standard fonts (Helvetica) draw WinAnsi (Windows-1252) only. French typography uses
// characters outside it (the narrow no-break space U+202F before « : ; ! ? », the no-break
// hyphen); they are mapped to the nearest character WinAnsi has, so the printed text reads the
// same. Accented Latin letters, ’ « » € œ – — … are in WinAnsi and pass unchanged.

const EQUIVALENTS: Readonly<Record<string, string>> = {
  '\u202f': '\u00a0', // narrow no-break space → no-break space (still never breaks the line)
  '\u2009': ' ', // thin space
  '\u2007': '\u00a0', // figure space
  '\u2011': '-', // no-break hyphen
  '\u2010': '-',
  '\u2212': '-', // minus sign
  '\u2032': '’', // prime, as typed for an apostrophe
  '\u00b7': '·',
  '\u2027': '·',
  '\u200b': '', // zero-width space
  '\u2060': '',
};

/**
 * `text` with every character `supported` lacks replaced: a known equivalent, else the letter
 * without its accent (ă → a), else '?'. `supported` holds code points (the font's set).
 */
export function toWinAnsi(text: string, supported: ReadonlySet<number>): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (supported.has(code) || char === '\n') {
      out += char;
      continue;
    }
    const equivalent = EQUIVALENTS[char];
    if (equivalent !== undefined && [...equivalent].every((c) => supported.has(c.codePointAt(0)!))) {
      out += equivalent;
      continue;
    }
    const bare = char.normalize('NFD').replace(/\p{M}/gu, '');
    out += bare !== '' && [...bare].every((c) => supported.has(c.codePointAt(0)!)) ? bare : '?';
  }
  return out;
}
