// The visa number a conventioned clinician holds. Their INAMI number is checked by
// platform/identifiers/inami.ts, which every capability shares.

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
