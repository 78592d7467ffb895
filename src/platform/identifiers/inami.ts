// INAMI/RIZIV number: the number INAMI gives each care provider, which every conventioned
// clinician holds. Checked as far as its structure is publicly documented, and no further:
// refusing a real number would keep a clinician out of the lists.
//
// 11 digits, written X-XXXXX-XX-XXX:
//   - digits 1–6 identify the provider (the first one is the professional group);
//   - digits 7–8 are check digits computed on digits 1–6 (not on the first 9: the last three
//     are the competence code, which changes with the provider's titles, while the first 8
//     digits stay for the whole career);
//   - digits 9–11 are that competence (qualification) code.
// Check digits: originally 97 − (digits 1–6 mod 97). When that range ran out, INAMI's note
// I 2012/26 (31 October 2012) introduced a second modulus, 89, first for home nurses and
// midwives and from 1 April 2019 for physicians too, so only the first 8 digits together are
// unique (described publicly by Infohos, "Software klaar voor nieuwe RIZIV-nummers artsen", and
// Care-Ace's wiki "RIZIV-nummer"). Both moduli are accepted; the two published examples we
// checked fit one each (…108290-59 under 97, …101857-48 under 89).
//
// Not checked, because we could not confirm them from a public source: which first digit and
// which competence codes INAMI gives clinical psychologists and orthopedagogues.

/** What people type is at most this long (11 digits and a few separators); longer is refused unread. */
const MAX_TYPED = 20;

/** The digits alone: spaces, dots, dashes and slashes people type are removed. */
export function normalizeInami(input: string): string {
  return input.replace(/[\s./-]/g, '');
}

export function inamiCheckDigits(firstSix: number, modulus: 97 | 89): number {
  return modulus - (firstSix % modulus);
}

export function isValidInami(input: string): boolean {
  if (input.length > MAX_TYPED) return false;
  const digits = normalizeInami(input);
  if (digits.length !== 11 || !/^\d{11}$/.test(digits)) return false;
  const firstSix = Number(digits.slice(0, 6));
  const check = Number(digits.slice(6, 8));
  return check === inamiCheckDigits(firstSix, 97) || check === inamiCheckDigits(firstSix, 89);
}

/** 1-23456-78-901, as INAMI writes it. */
export function formatInami(digits: string): string {
  return `${digits.slice(0, 1)}-${digits.slice(1, 6)}-${digits.slice(6, 8)}-${digits.slice(8)}`;
}
