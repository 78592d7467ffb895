// An e-mail address as Passerelle accepts it: a local part, an @, a domain with a dot, nothing
// more clever. The earlier pattern, `^[^@\s]+@[^@\s]+\.[^@\s]+$`, took seconds on `a@a.a.a…@`
// (issue 11): after each dot its last part read to the end of the input again. Here the last
// part cannot cross a dot, so a refusal reads each character a bounded number of times.

/** The longest address SMTP can carry (RFC 5321 path limit), checked before any pattern. */
export const EMAIL_MAX_LENGTH = 254;

/** For JSON schemas (OpenAPI shows it) and for the checkers below. */
export const EMAIL_PATTERN = '^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$';

const EMAIL = new RegExp(EMAIL_PATTERN);

export function isEmailAddress(text: string): boolean {
  return text.length <= EMAIL_MAX_LENGTH && EMAIL.test(text);
}
