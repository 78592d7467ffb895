// Ajv checks `pattern` even when `maxLength` has already failed (allErrors reports every
// problem), so a pattern could be run on a body-sized string. Every pattern in Passerelle's
// schemas describes a short identifier (a postcode, a date, an id, an e-mail address); this
// engine refuses anything longer than that before the regular expression sees it. The patterns
// themselves are also linear (test/security/validation-linear-time.test.ts): this is the
// second lock, not the only one.

/** Longer than any identifier a schema pattern describes (an e-mail address is at most 254). */
export const PATTERN_INPUT_MAX = 320;

/** Ajv's `code.regExp` engine shape (Ajv is Fastify's, not a dependency of ours). */
type RegExpEngine = ((pattern: string, flags: string) => { test(text: string): boolean }) & { code: string };

export const boundedRegExp: RegExpEngine = Object.assign(
  (pattern: string, flags: string) => {
    const regExp = new RegExp(pattern, flags);
    return {
      test: (text: string) => text.length <= PATTERN_INPUT_MAX && regExp.test(text),
      // Ajv caches compiled patterns by this key.
      toString: () => `bounded ${regExp}`,
    };
  },
  { code: 'boundedRegExp' },
);
