// Belgian postcode (bpost): four digits, the first not 0 (1000 Brussels … 9992 Maldegem).
// Whether a postcode exists, and which commune it belongs to, is reference data (reference/);
// this is only the shape every form and import checks first.

export const POSTCODE_PATTERN = /^[1-9]\d{3}$/;

/** The postcode without the spaces people type (1 000 → 1000). */
export function normalizePostcode(input: string): string {
  return input.length > 12 ? input : input.replace(/\s/g, '');
}

export function isBelgianPostcode(input: string): boolean {
  return input.length === 4 && POSTCODE_PATTERN.test(input);
}
