// Inputs built to make a backtracking regular expression slow: a prefix that gets the match
// going, a short unit repeated many times, and a last character that makes it fail at the very
// end (the e-mail of issue 11 was `a@` + `a.`×n + `@`). The characters come from the pattern
// itself (its literals and one member of each class it names) and from a few ordinary ones.

const ORDINARY = ['a', 'Z', '0', ' ', '\n', 'é', '-'];
const SHORTHAND: Record<string, string> = { d: '0', D: 'a', w: 'a', W: '.', s: ' ', S: 'a', b: 'a', B: 'a' };

/** Characters the pattern names: escapes, class members (first of a range), literals. */
export function patternCharacters(source: string): string[] {
  const characters = new Set<string>();
  for (let index = 0; index < source.length; index++) {
    const character = source[index]!;
    if (character === '\\') {
      const next = source[++index] ?? '';
      characters.add(SHORTHAND[next] ?? (next === 'u' || next === 'x' ? 'a' : next));
    } else if (!'^$()[]{}|*+?'.includes(character)) {
      characters.add(character);
    }
  }
  return [...characters].filter(
    (character) => (character !== '' && !/[0-9]/.test(character)) || character === '0',
  );
}

/**
 * A string that walks the pattern from its start: each literal once, one member of each class,
 * the first branch of each alternation. Its beginnings are the prefixes that get a match going
 * deep enough to be slow (`/fr/` for a path pattern, `a@a.` for an e-mail address).
 */
export function skeleton(source: string): string {
  let walked = '';
  for (let index = 0; index < source.length && walked.length < 24; index++) {
    const character = source[index]!;
    if (character === '\\') {
      const next = source[++index] ?? '';
      walked += SHORTHAND[next] ?? (next === 'u' || next === 'x' ? 'a' : next);
    } else if (character === '[') {
      const end = source.indexOf(']', index + 2);
      const members = source.slice(index + 1, end < 0 ? source.length : end);
      walked += members.startsWith('^') ? (members.includes('a') ? '0' : 'a') : members.replace(/^\\/, '')[0];
      index = end < 0 ? source.length : end;
    } else if (character === '|') {
      // Skip the other branches of this group.
      let depth = 0;
      while (index < source.length && !(source[index] === ')' && depth === 0)) {
        if (source[index] === '(') depth++;
        else if (source[index] === ')') depth--;
        else if (source[index] === '\\') index++;
        index++;
      }
    } else if (character === '(' && source[index + 1] === '?') {
      index += source[index + 2] === '<' ? 3 : 2;
    } else if (character === '{') {
      index = Math.max(index, source.indexOf('}', index));
    } else if (!'^$()*+?.'.includes(character)) {
      walked += character;
    }
  }
  return walked;
}

/**
 * A group that repeats without bound and holds a quantifier that repeats without bound, like
 * `(a+)+`: such a pattern can take exponential time, which no timing could wait for.
 */
export function nestedUnboundedQuantifier(source: string): boolean {
  const inner: boolean[] = [false];
  for (let index = 0; index < source.length; index++) {
    const character = source[index]!;
    if (character === '\\') index++;
    else if (character === '[') {
      while (index < source.length && source[index] !== ']') index += source[index] === '\\' ? 2 : 1;
    } else if (character === '(') inner.push(false);
    else if (character === ')') {
      const held = inner.pop() ?? false;
      const after = source.slice(index + 1);
      const unbounded = /^(?:[*+]|\{\d+,\})/.test(after);
      if (held && unbounded) return true;
      if (held || unbounded) inner[inner.length - 1] = true;
    } else if (
      character === '*' ||
      character === '+' ||
      (character === '{' && /^\{\d+,\}/.test(source.slice(index)))
    ) {
      inner[inner.length - 1] = true;
    }
  }
  return false;
}

export interface Attack {
  prefix: string;
  unit: string;
  suffix: string;
}

export function attacks(source: string): Attack[] {
  const named = patternCharacters(source).slice(0, 12);
  const alphabet = [...new Set([...named, ...ORDINARY])];
  const units = [...alphabet, ...alphabet.flatMap((a) => alphabet.filter((b) => b !== a).map((b) => a + b))];
  const walked = skeleton(source);
  const prefixes = [
    ...new Set([
      '',
      ...alphabet,
      ...Array.from({ length: walked.length }, (_, end) => walked.slice(0, end + 1)),
    ]),
  ];
  const suffixes = ['', '\u0000', '!', ...named];
  const all: Attack[] = [];
  for (const prefix of prefixes)
    for (const unit of units) for (const suffix of suffixes) all.push({ prefix, unit, suffix });
  return all;
}

export function build(attack: Attack, length: number): string {
  const repeat = Math.max(
    1,
    Math.floor((length - attack.prefix.length - attack.suffix.length) / attack.unit.length),
  );
  return attack.prefix + attack.unit.repeat(repeat) + attack.suffix;
}

/** Milliseconds of the fastest of `runs` tests (the fastest is the least disturbed by the machine). */
export function timeTest(regex: RegExp, input: string, runs = 1): number {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    regex.test(input);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}
