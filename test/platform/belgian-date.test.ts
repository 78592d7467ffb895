import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { formatDate, formatDateTime } from '../../src/platform/i18n/index.ts';
import {
  brusselsDay,
  dateAsTyped,
  formatBelgianDate,
  formatBelgianDateTime,
  formatBelgianMonth,
  formatBelgianShortDate,
  formatBelgianShortDateTime,
  isIsoDate,
  nextDay,
  parseBelgianDate,
  parseBelgianMonth,
  startOfBrusselsDay,
  writeBelgianMonth,
} from '../../src/platform/identifiers/belgian-date.ts';

describe('reading a date the Belgian way', () => {
  it('reads day first with slashes, dots or dashes, and ISO', () => {
    for (const typed of ['17/12/2026', '17.12.2026', '17-12-2026', '2026-12-17', ' 17 / 12 / 2026 '])
      assert.equal(parseBelgianDate(typed), '2026-12-17', typed);
    assert.equal(parseBelgianDate('3/2/2026'), '2026-02-03', 'the 3rd of February, not the 2nd of March');
    assert.equal(parseBelgianDate('2026-2-3'), '2026-02-03');
  });

  it('refuses impossible days and what is not a date', () => {
    for (const typed of ['31/04/2026', '29/02/2027', '00/12/2026', '17/13/2026', '2026-12-32', '0/0/0000'])
      assert.equal(parseBelgianDate(typed), null, typed);
    for (const typed of ['', 'tomorrow', '17/12/26', '17122026', '2026/12/17', '17//12/2026', '١٧/١٢/٢٠٢٦'])
      assert.equal(parseBelgianDate(typed), null, typed);
    assert.equal(parseBelgianDate('29/02/2028'), '2028-02-29', 'a leap day');
  });

  it('reads the month in words in every language, the German way with its dots too', () => {
    for (const typed of [
      '17. Dezember 2026',
      '17 Dezember 2026',
      '17. Dez. 2026',
      '17 dezember 2026',
      '17 décembre 2026',
      '17 decembre 2026',
      '17 december 2026',
      '17 December 2026',
      '17 déc. 2026',
    ])
      assert.equal(parseBelgianDate(typed), '2026-12-17', typed);
    assert.equal(parseBelgianDate('3. März 2026'), '2026-03-03');
    assert.equal(parseBelgianDate('3. Marz 2026'), '2026-03-03', 'without the umlaut');
    assert.equal(parseBelgianDate('1er mai 2026'), '2026-05-01');
    assert.equal(parseBelgianDate('1. Mai 2026'), '2026-05-01');
    assert.equal(parseBelgianDate('7 mrt 2026'), '2026-03-07');
    assert.equal(parseBelgianDate('17. 12. 2026'), '2026-12-17', 'German spacing after the dots');
  });

  it('refuses month words it does not know and impossible days written in words', () => {
    for (const typed of [
      '17. Dezembre 2026',
      '17 Brumaire 2026',
      '31. April 2026',
      '29. Februar 2027',
      'Dezember 2026',
    ])
      assert.equal(parseBelgianDate(typed), null, typed);
    assert.equal(parseBelgianDate('29. Februar 2028'), '2028-02-29');
  });

  it('reads back every German date it writes, with or without the weekday part', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2199-12-31'), noInvalidDate: true }),
        (at) => {
          const iso = at.toISOString().slice(0, 10);
          const written = formatBelgianDate('de', iso);
          return parseBelgianDate(written.slice(written.indexOf(', ') + 2)) === iso;
        },
      ),
    );
  });

  it('fills a date field the way each language writes it, and reads it back', () => {
    assert.equal(dateAsTyped('fr', '2026-12-06'), '06/12/2026');
    assert.equal(dateAsTyped('nl', '2026-12-06'), '06/12/2026');
    assert.equal(dateAsTyped('en', '2026-12-06'), '06/12/2026');
    assert.equal(dateAsTyped('de', '2026-12-06'), '06.12.2026');
    for (const locale of ['fr', 'nl', 'en', 'de'] as const)
      assert.equal(parseBelgianDate(dateAsTyped(locale, '2027-02-28')), '2027-02-28');
  });

  it('refuses long input before reading it', () => {
    assert.equal(parseBelgianDate(`${' '.repeat(30)}17/12/2026`), null);
    assert.equal(parseBelgianDate('1'.repeat(100_000)), null);
  });

  it('gives back every real day, however it is written', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2199-12-31'), noInvalidDate: true }),
        (at) => {
          const iso = at.toISOString().slice(0, 10);
          const [year, month, day] = iso.split('-');
          return (
            isIsoDate(iso) &&
            parseBelgianDate(iso) === iso &&
            parseBelgianDate(`${day}/${month}/${year}`) === iso &&
            parseBelgianDate(`${Number(day)}.${Number(month)}.${year}`) === iso
          );
        },
      ),
    );
  });
});

describe('a day as a span of time in Brussels', () => {
  it('starts at midnight in Brussels, an hour or two before midnight UTC with the season', () => {
    assert.equal(startOfBrusselsDay('2026-12-17').toISOString(), '2026-12-16T23:00:00.000Z');
    assert.equal(startOfBrusselsDay('2026-07-02').toISOString(), '2026-07-01T22:00:00.000Z');
    assert.equal(
      startOfBrusselsDay('2026-03-29').toISOString(),
      '2026-03-28T23:00:00.000Z',
      'clocks change at 02:00',
    );
  });

  it('knows the next day across months, years and leap days', () => {
    assert.equal(nextDay('2026-12-31'), '2027-01-01');
    assert.equal(nextDay('2028-02-28'), '2028-02-29');
    assert.equal(nextDay('2027-02-28'), '2027-03-01');
    assert.equal(nextDay('0001-01-01'), '0001-01-02', 'years below 100 are not read as 19xx');
    assert.ok(startOfBrusselsDay('0001-01-01') < startOfBrusselsDay('0001-01-02'), 'an answer, not an error');
  });
});

describe('writing a date for a person', () => {
  const noonInWinter = new Date('2026-12-17T11:30:00Z');

  it('writes date and time in each language, in Brussels time', () => {
    assert.equal(formatBelgianDateTime('fr', noonInWinter), 'jeudi 17 décembre 2026 à 12:30');
    assert.equal(formatBelgianDateTime('nl', noonInWinter), 'donderdag 17 december 2026 om 12:30');
    assert.equal(formatBelgianDateTime('en', noonInWinter), 'Thursday 17 December 2026 at 12:30');
    assert.equal(formatBelgianDateTime('de', noonInWinter), 'Donnerstag, 17. Dezember 2026 um 12:30');
  });

  it('follows summer time, and the day changes at midnight in Brussels', () => {
    assert.equal(
      formatBelgianDateTime('en', new Date('2026-07-01T22:05:00Z')),
      'Thursday 2 July 2026 at 00:05',
    );
    assert.equal(brusselsDay(new Date('2026-07-01T22:05:00Z')), '2026-07-02');
    assert.equal(brusselsDay(new Date('2026-12-31T22:59:00Z')), '2026-12-31');
  });

  it('writes a calendar date with its weekday, the first of the month in French as 1er', () => {
    assert.equal(formatBelgianDate('fr', '2026-12-17'), 'jeudi 17 décembre 2026');
    assert.equal(formatBelgianDate('nl', '2026-12-17'), 'donderdag 17 december 2026');
    assert.equal(formatBelgianDate('en', '2026-12-17'), 'Thursday 17 December 2026');
    assert.equal(formatBelgianDate('fr', '2026-12-01'), 'mardi 1er décembre 2026');
    assert.equal(formatBelgianDate('nl', '2026-12-01'), 'dinsdag 1 december 2026');
    assert.equal(formatBelgianDate('de', '2026-12-01'), 'Dienstag, 1. Dezember 2026');
    assert.equal(formatBelgianDate('de', '2026-03-05'), 'Donnerstag, 5. März 2026');
  });

  it('writes a stored timestamp as its Brussels day, and i18n formatDate is this writer', () => {
    assert.equal(formatBelgianDate('fr', '2026-12-17T23:30:00.000Z'), 'vendredi 18 décembre 2026');
    assert.equal(
      formatBelgianDateTime('nl', '2026-12-17T11:30:00.000Z'),
      'donderdag 17 december 2026 om 12:30',
    );
    assert.equal(formatDate, formatBelgianDate);
    assert.equal(formatDateTime, formatBelgianDateTime);
  });

  it('has a compact form for dense staff tables, day first and still with the weekday', () => {
    assert.equal(formatBelgianShortDate('fr', '2026-12-17'), 'jeu. 17/12/2026');
    assert.equal(formatBelgianShortDate('nl', '2026-12-01'), 'di 01/12/2026');
    assert.equal(formatBelgianShortDate('en', '2026-12-17'), 'Thu 17/12/2026');
    assert.equal(formatBelgianShortDateTime('fr', new Date('2026-07-01T22:05:00Z')), 'jeu. 02/07/2026 00:05');
    assert.equal(formatBelgianShortDate('de', '2026-12-17'), 'Do., 17.12.2026');
    assert.equal(formatBelgianShortDateTime('de', new Date('2026-07-01T22:05:00Z')), 'Do., 02.07.2026 00:05');
  });

  it('refuses what is not a date rather than writing "Invalid Date"', () => {
    assert.throws(() => formatBelgianDate('fr', 'soon'), RangeError);
    assert.throws(() => formatBelgianDateTime('fr', new Date('soon')), RangeError);
    assert.throws(() => formatBelgianShortDate('fr', '2026-13-45'), RangeError);
  });
});

describe('months the Belgian way', () => {
  it('reads a month first (12/2026, 12.2026, 3-2026) and the ISO form of links (2026-12)', () => {
    for (const typed of ['12/2026', '12.2026', '12-2026', ' 12 / 2026 ', '2026-12'])
      assert.equal(parseBelgianMonth(typed), '2026-12', typed);
    assert.equal(parseBelgianMonth('3/2026'), '2026-03');
  });

  it('reads a month in words in every language (Dezember 2026, décembre 2026)', () => {
    for (const typed of ['Dezember 2026', 'Dez. 2026', 'décembre 2026', 'december 2026', 'December 2026'])
      assert.equal(parseBelgianMonth(typed), '2026-12', typed);
    assert.equal(parseBelgianMonth('März 2026'), '2026-03');
    for (const typed of ['Dezembre 2026', 'Dezember', 'Dezember 26', 'Frimaire 2026'])
      assert.equal(parseBelgianMonth(typed), null, typed);
  });

  it('refuses what is not a month, and an overlong text before reading it', () => {
    for (const typed of ['13/2026', '00/2026', '2026', 'décembre', '12/26', '', `${'1'.repeat(40)}/2026`])
      assert.equal(parseBelgianMonth(typed), null, typed);
  });

  it('writes a month as it is typed, and in words in each language', () => {
    assert.equal(writeBelgianMonth('2026-03'), '03/2026');
    assert.equal(formatBelgianMonth('fr', '2026-08'), 'août 2026');
    assert.equal(formatBelgianMonth('nl', '2026-03'), 'maart 2026');
    assert.equal(formatBelgianMonth('en', '2026-12'), 'December 2026');
    assert.equal(formatBelgianMonth('de', '2026-03'), 'März 2026');
  });
});
