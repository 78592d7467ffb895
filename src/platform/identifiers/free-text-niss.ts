// Finds a patient's national number (NISS) in free text, however it is written: 85.07.30-033.28,
// 850730/033 28, "NISS: 85073003328", fullwidth or Arabic-Indic digits, split over lines. Free
// text is read by staff and kept for years; a patient identifier has no place in it (DESIGN.md §3).
//
// How: the text is normalised (NFKC, then every Unicode decimal digit to its ASCII value), cut
// into runs of digit groups separated only by separators (spaces, line breaks, . / - _ and the
// like, several in a row allowed), and every contiguous sequence of whole groups that holds exactly
// 11 digits is checked as a NISS (check digits and birth date). One pass with a sliding window over
// the groups: linear in the text's length, no backtracking regular expression.
//
// Phones and dates still pass. A run after "+" (or starting "00" and a country code) begins with
// an international phone number: its first 15 digits (17 with "00") are not checked. A window
// through a calendar date with a four-digit year (17/12/2026, 2026-12-17) is a date beside
// something else, not a NISS; so is one across a wide break (" / ", " - ", a line break) between
// two whole phone numbers or dates. Even groups (0470 12 34 56, 17/12/2026) never add up to 11
// digits anyway; what is left also needs the check digits and a real birth date.
//
// Measured false positives (test/security/niss-free-text.test.ts, seed 20261206, 100 000 random
// samples each): a Belgian mobile or landline in one of 8 common forms (0470 12 34 56,
// 0470/12.34.56, 02 123 45 67, +32 470 12 34 56, 0032 …) 0; two of them joined by " / ", " - ",
// a space or a line break 0; a number and a date (17/12/2026, 1/2/2026, 2026-12-17 12:30,
// 17/12/26 …) 0; a date range 0; two dates 0: 0 in 500 000. Before the date and list rules, the
// bare window found 0.27 % to 0.52 % in the last four families.

import { validateNiss } from './niss.ts';

const NISS_LENGTH = 11;
/** E.164: at most 15 digits after "+"; with the "00" prefix, two more. */
const PHONE_AFTER_PLUS = 15;
const PHONE_AFTER_00 = 17;

// Spaces of every kind (no-break ones too), line breaks, tabs, every dash (‐ – — − …), dots,
// slashes, underscores, middle dots, and invisible format characters (zero-width space, soft hyphen)
// that would otherwise cut a number in two without showing.
const SEPARATOR = /^[\s\p{Zs}\p{Pd}\p{Cf}./\\_·•|]$/u;
const UNICODE_DIGIT = /^\p{Nd}$/u;

const digitValues = new Map<number, string>();

/**
 * The ASCII value of a decimal digit of any script, or null. Unicode puts every script's decimal
 * digits in blocks of ten from zero, and blocks that touch start at zero too, so the value is the
 * number of digits right before it in its block, modulo 10.
 */
function digitValue(char: string): string | null {
  if (char >= '0' && char <= '9') return char;
  const code = char.codePointAt(0) ?? 0;
  const known = digitValues.get(code);
  if (known !== undefined) return known;
  if (!UNICODE_DIGIT.test(char)) return null;
  let before = 0;
  while (UNICODE_DIGIT.test(String.fromCodePoint(code - before - 1))) before += 1;
  const value = String(before % 10);
  digitValues.set(code, value);
  return value;
}

/** True when the text holds a valid NISS in any common written form (see the top of the file). */
export function containsNiss(text: string): boolean {
  // Fewer than 11 ASCII characters cannot hold 11 digits (NFKC can turn one other character into
  // several digits: ⑪ is 11).
  if (text.length < NISS_LENGTH && !/[^\p{ASCII}]/u.test(text)) return false;
  let run: Run = { groups: [], separators: [], afterPlus: false };
  let group = '';
  let separator = '';
  let lastSign = '';
  for (const char of text.normalize('NFKC')) {
    const digit = digitValue(char);
    if (digit !== null) {
      if (group === '' && run.groups.length === 0) run.afterPlus = lastSign === '+';
      group += digit;
    } else if (SEPARATOR.test(char)) {
      if (group !== '') endGroup(run, group, separator);
      if (group !== '' || run.groups.length > 0) separator = group !== '' ? char : separator + char;
      group = '';
    } else {
      if (group !== '') endGroup(run, group, separator);
      if (runHoldsNiss(run)) return true;
      run = { groups: [], separators: [], afterPlus: false };
      group = '';
      separator = '';
      lastSign = char;
    }
  }
  if (group !== '') endGroup(run, group, separator);
  return runHoldsNiss(run);
}

interface Run {
  /** Digit groups, in ASCII digits. */
  groups: string[];
  /** separators[i]: what stands between groups i − 1 and i ('' before the first). */
  separators: string[];
  /** The run follows a "+": it begins with an international phone number. */
  afterPlus: boolean;
}

function endGroup(run: Run, group: string, separator: string): void {
  run.groups.push(group);
  run.separators.push(run.groups.length === 1 ? '' : separator);
}

/** Checks every sequence of whole groups that holds exactly 11 digits (a sliding window). */
function runHoldsNiss(run: Run): boolean {
  const { groups } = run;
  const digits = groups.join('');
  if (digits.length < NISS_LENGTH) return false;
  const phoneEnd = leadingPhoneEnd(run, digits);
  const wide = run.separators.map((separator) => separator.length >= 2 || /[\n\r]/.test(separator));
  const dates = dateGroups(run, wide);
  const inDate = prefixCounts(dates);
  const blocked = prefixCounts(blockedBreaks(run, wide, dates));
  let start = 0;
  let startOffset = 0;
  let length = 0;
  let endOffset = 0;
  for (let end = 0; end < groups.length; end += 1) {
    const size = (groups[end] ?? '').length;
    length += size;
    endOffset += size;
    while (length > NISS_LENGTH) {
      const first = (groups[start] ?? '').length;
      length -= first;
      startOffset += first;
      start += 1;
    }
    if (
      length === NISS_LENGTH &&
      endOffset > phoneEnd &&
      count(inDate, start, end) === 0 &&
      count(blocked, start + 1, end) === 0 &&
      validateNiss(digits.slice(startOffset, endOffset)).ok
    ) {
      return true;
    }
  }
  return false;
}

/**
 * How many leading digits of a run are an international phone number (whole groups): after "+",
 * or "00" and a country code (which never starts with 0). A lone 11-digit run starting "00" is
 * checked anyway: it is how the NISS of someone born in 2000 begins, and a phone number dialled
 * from Belgium with "00" is longer (0032 2 123 45 67 has 12 digits).
 */
function leadingPhoneEnd(run: Run, digits: string): number {
  const limit = run.afterPlus
    ? PHONE_AFTER_PLUS
    : digits.startsWith('00') && digits[2] !== '0' && digits.length !== NISS_LENGTH
      ? PHONE_AFTER_00
      : 0;
  let end = 0;
  for (const group of run.groups) {
    if (end + group.length > limit) break;
    end += group.length;
  }
  return end;
}

const DATE_SEPARATORS = new Set(['/', '.', '-']);

/**
 * Groups that are a calendar date with a four-digit year (17/12/2026, 1.2.2026, 2026-12-17): a
 * NISS has no four-digit year, so a window through a date is a date next to something else. A
 * two-digit year (17/12/26) counts only at the end of the run or before a wide break: at the start
 * it could be the beginning of a NISS written with slashes (12/05/03/033/28).
 */
function dateGroups(run: Run, wide: readonly boolean[]): boolean[] {
  const { groups, separators } = run;
  const marked = groups.map(() => false);
  for (let i = 0; i + 2 < groups.length; i += 1) {
    const [a = '', b = '', c = ''] = [groups[i], groups[i + 1], groups[i + 2]];
    const separator = separators[i + 1] ?? '';
    if (!DATE_SEPARATORS.has(separator) || separators[i + 2] !== separator) continue;
    const last = i + 3 === groups.length || (wide[i + 3] ?? false);
    const date =
      a.length <= 2 && b.length <= 2 && c.length === 4
        ? isCalendarDate(c, b, a)
        : a.length === 4 && b.length <= 2 && c.length <= 2
          ? isCalendarDate(a, b, c)
          : a.length <= 2 && b.length <= 2 && c.length === 2 && last && isCalendarDate(`20${c}`, b, a);
    if (date) marked[i] = marked[i + 1] = marked[i + 2] = true;
  }
  return marked;
}

function isCalendarDate(year: string, month: string, day: string): boolean {
  const [y, m, d] = [Number(year), Number(month), Number(day)];
  return (
    y >= 1900 && y <= 2099 && m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate()
  );
}

/** A complete phone number on its own: Belgian national (9 or 10 digits), or "00" international. */
const WHOLE_PHONE = /^(?:0[1-9]\d{7,8}|00[1-9]\d{7,13})$/;

/**
 * Breaks between two things listed one after the other: a wide separator (" / ", " - ", a line
 * break, two spaces) with, on each side up to the next wide separator, a whole phone number or a
 * date. "0470 12 34 56 / 02 123 45 67" is two numbers, not a NISS across them; a NISS split over
 * lines has no phone number or date on either side.
 */
function blockedBreaks(run: Run, wide: readonly boolean[], dates: readonly boolean[]): boolean[] {
  const { groups } = run;
  // Segments between wide breaks, and whether each is a phone number or a date.
  const segmentOf: number[] = [];
  const listed: boolean[] = [];
  let digits = '';
  let allDate = true;
  // The first segment after a "+" is an international number (at most 15 digits).
  const close = () =>
    listed.push(
      WHOLE_PHONE.test(digits) ||
        allDate ||
        (listed.length === 0 && run.afterPlus && digits.length <= PHONE_AFTER_PLUS),
    );
  groups.forEach((group, i) => {
    if (i > 0 && wide[i]) {
      close();
      digits = '';
      allDate = true;
    }
    segmentOf.push(listed.length);
    digits += group;
    allDate &&= dates[i] ?? false;
  });
  close();
  return groups.map(
    (_, i) =>
      i > 0 &&
      (wide[i] ?? false) &&
      (listed[(segmentOf[i] ?? 0) - 1] ?? false) &&
      (listed[segmentOf[i] ?? 0] ?? false),
  );
}

/** counts[i] = how many of flags[0 … i − 1] are set, so any range is counted in constant time. */
function prefixCounts(flags: readonly boolean[]): number[] {
  const counts = [0];
  for (const flag of flags) counts.push((counts[counts.length - 1] ?? 0) + (flag ? 1 : 0));
  return counts;
}

/** How many flags are set in [from, to] (inclusive; empty when from > to). */
function count(counts: readonly number[], from: number, to: number): number {
  return from > to ? 0 : (counts[to + 1] ?? 0) - (counts[from] ?? 0);
}
