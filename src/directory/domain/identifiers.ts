// The two official numbers a conventioned clinician holds. Both are checked as far as their
// structure is publicly documented, and no further: refusing a real number would keep a
// clinician out of the lists.

/**
 * INAMI/RIZIV number: 11 digits, written X-XXXXX-XX-XXX:
 *   - digits 1–6 identify the provider (the first one is the professional group);
 *   - digits 7–8 are check digits computed on digits 1–6;
 *   - digits 9–11 are the competence (qualification) code, which changes with the provider's
 *     titles while the first 8 digits stay for the whole career (INAMI pages for providers).
 *
 * Check digits: originally 97 − (digits 1–6 mod 97). When that range ran out, INAMI's note
 * I 2012/26 introduced a second modulus, 89, first for nurses and midwives and from 2019 for
 * physicians too, so that only the first 8 digits together are unique. Both are accepted; the
 * two published examples we checked fit one each (…108290-59 under 97, …101857-48 under 89).
 *
 * Not checked, because we could not confirm them from a public source: which first digit and
 * which competence codes INAMI gives clinical psychologists and orthopedagogues.
 */
export function normalizeInami(input: string): string {
  return input.replace(/[\s./-]/g, '');
}

export function inamiCheckDigits(firstSix: number, modulus: 97 | 89): number {
  return modulus - (firstSix % modulus);
}

export function isValidInami(input: string): boolean {
  const digits = normalizeInami(input);
  if (!/^\d{11}$/.test(digits)) return false;
  const firstSix = Number(digits.slice(0, 6));
  const check = Number(digits.slice(6, 8));
  return check === inamiCheckDigits(firstSix, 97) || check === inamiCheckDigits(firstSix, 89);
}

/** 1-23456-78-901, as INAMI writes it. */
export function formatInami(digits: string): string {
  return `${digits.slice(0, 1)}-${digits.slice(1, 6)}-${digits.slice(6, 8)}-${digits.slice(8)}`;
}

/**
 * Visa number (SPF Santé publique / FOD Volksgezondheid, the authorisation to practise clinical
 * psychology or orthopedagogy). We found no public description of its structure or of a check
 * digit, so we only check what is certain: it is a short identifier. Spaces, dots, dashes and
 * slashes people type are removed; 4 to 20 letters or digits remain.
 */
export function normalizeVisa(input: string): string {
  return input.replace(/[\s./-]/g, '').toUpperCase();
}

export function isValidVisa(input: string): boolean {
  return /^[0-9A-Z]{4,20}$/.test(normalizeVisa(input));
}
