// The free-text NISS detector (issue 11, item 7): a valid national number is found however it is
// written (dots, slashes, spaces, dashes, a prefix word, other digit scripts, split over lines),
// while ordinary Belgian phone numbers and dates pass. The false-positive rate on random phones
// and dates is measured here and printed (node --test shows the diagnostics).

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mulberry32 } from '../../src/directory/domain/demo.ts';
import { containsNiss } from '../../src/platform/identifiers/free-text-niss.ts';
import { makeNiss } from '../care/support/niss.ts';

const NISS = makeNiss('1985-07-30', 33); // 85073003328
const BORN_2000 = makeNiss('2000-12-15', 123);
const BIS = makeNiss('1990-03-08', 7, { bis: 40 });
/** Starts like a date with a two-digit year when written 12/05/03/…. */
const BORN_2012 = makeNiss('2012-05-03', 33);

/** The same digits in another script: `zero` is the code point of that script's 0. */
function inScript(digits: string, zero: number): string {
  return digits.replace(/\d/g, (d) => String.fromCodePoint(zero + Number(d)));
}

function written(n: string): Record<string, string> {
  const [yy, mm, dd, serial, check] = [
    n.slice(0, 2),
    n.slice(2, 4),
    n.slice(4, 6),
    n.slice(6, 9),
    n.slice(9),
  ];
  return {
    plain: n,
    dots: `${yy}.${mm}.${dd}.${serial}.${check}`,
    official: `${yy}.${mm}.${dd}-${serial}.${check}`,
    slashes: `${yy}${mm}${dd}/${serial}/${check}`,
    'slashes everywhere': `${yy}/${mm}/${dd}/${serial}/${check}`,
    spaces: `${yy} ${mm} ${dd} ${serial} ${check}`,
    dashes: `${yy}-${mm}-${dd}-${serial}-${check}`,
    'en dashes and no-break spaces': `${yy}${mm}${dd}\u00a0–\u00a0${serial}\u202f${check}`,
    'several separators in a row': `${yy} . ${mm} // ${dd} -- ${serial} __ ${check}`,
    'one digit at a time': n.split('').join(' '),
    'prefix NISS:': `NISS: ${n}`,
    'prefix NISS glued': `NISS${n}`,
    'prefix rijksregisternummer': `rijksregisternummer ${yy}.${mm}.${dd}-${serial}.${check}`,
    'in a sentence': `Le patient (n° national ${yy}${mm}${dd} ${serial} ${check}) souhaite un rendez-vous.`,
    fullwidth: inScript(n, 0xff10),
    'fullwidth with dots': inScript(`${yy}.${mm}.${dd}-${serial}.${check}`, 0xff10).replace(/\./g, '．'),
    'Arabic-Indic': inScript(n, 0x0660),
    'Extended Arabic-Indic': inScript(n, 0x06f0),
    Devanagari: inScript(`${yy} ${mm} ${dd} ${serial} ${check}`, 0x0966),
    'mathematical bold': inScript(n, 0x1d7ce),
    'mixed scripts': `${inScript(yy, 0x0660)}${mm}${inScript(dd, 0xff10)}${serial}${check}`,
    'split across lines': `${yy}${mm}${dd}\n${serial}\n${check}`,
    'split across CRLF lines with indentation': `NISS:\r\n  ${yy}${mm}${dd}\r\n  ${serial}${check}`,
    'zero-width spaces': `${yy}${mm}\u200b${dd}${serial}\u200b${check}`,
    'soft hyphens': `${yy}${mm}\u00ad${dd}\u00ad${serial}${check}`,
    tabs: `${yy}${mm}${dd}\t${serial}\t${check}`,
  };
}

describe('a valid NISS in free text is found', () => {
  for (const [label, n] of [
    ['born 1985', NISS],
    ['born 2000 (starts with 00)', BORN_2000],
    ['bis number', BIS],
    ['born 2012 (12/05/03 looks like a date)', BORN_2012],
  ] as const) {
    for (const [form, text] of Object.entries(written(n))) {
      it(`${label}, ${form}: ${JSON.stringify(text)}`, () => {
        assert.equal(containsNiss(text), true);
      });
    }
  }

  it('after a phone number in the same run of digits', () => {
    assert.equal(containsNiss(`+32 470 12 34 56 ${NISS}`), true);
    assert.equal(containsNiss(`0470 12 34 56 - ${NISS}`), true);
    assert.equal(containsNiss(`+32 470 12 34 56 / 85.07.30-033.28`), true);
    assert.equal(containsNiss(`17/12/2026 ${NISS}`), true);
  });
});

describe('ordinary text passes', () => {
  const ordinary = [
    '+32 470 12 34 56',
    '+32470123456',
    '0032 470 12 34 56',
    '0470/12.34.56',
    '0470 12 34 56',
    '0470123456',
    '0470 123 456',
    '02 123 45 67',
    '02/123.45.67',
    '+32 2 123 45 67',
    '010 12 34 56',
    'tel. 02 123 45 67 ou 0470 12 34 56',
    '02 123 45 67 / 0470 12 34 56',
    '+32 470 12 34 56 / 02 123 45 67',
    '17/12/26 - 18/12/26',
    '0470 12 34 56\n02 123 45 67',
    '17/12/2026',
    '2026-12-17 12:30',
    'du 17/12/2026 au 18/12/2026',
    '17/12/2026 - 18/12/2026',
    'mardi 1/2/2026-3/2/2026, 9h-12h',
    'BE 0123.456.749',
    '1000 Bruxelles',
    "Rue de l'Étuve 12, 1000 Bruxelles",
    // The same digits as a NISS, but one wrong check digit.
    `${NISS.slice(0, 10)}${(Number(NISS[10]) + 1) % 10}`,
    // Twelve digits in one group hold no NISS: groups are never cut.
    `${NISS}1`,
    '',
  ];
  for (const text of ordinary) {
    it(JSON.stringify(text), () => {
      assert.equal(containsNiss(text), false);
    });
  }
});

const THREE_DIGIT_ZONES = [
  '010',
  '011',
  '013',
  '014',
  '015',
  '016',
  '019',
  '050',
  '053',
  '056',
  '058',
  '060',
];
const THREE_DIGIT_ZONES_MORE = [
  '061',
  '063',
  '064',
  '065',
  '067',
  '069',
  '071',
  '080',
  '081',
  '085',
  '087',
  '089',
];
const ZONES = [...THREE_DIGIT_ZONES, ...THREE_DIGIT_ZONES_MORE];

function belgianPhone(next: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const digits = (count: number) => Array.from({ length: count }, () => Math.floor(next() * 10)).join('');
  const kind = next();
  // Mobile 04XX XX XX XX, landline 0Z XXX XX XX (Brussels, Antwerp, Liège, Ghent), or 0ZZ XX XX XX.
  const [zone, rest] =
    kind < 0.5
      ? [`04${pick(['5', '6', '7', '8', '9'])}${digits(1)}`, digits(6)]
      : kind < 0.75
        ? [pick(['02', '03', '04', '09']), digits(7)]
        : [pick(ZONES), digits(6)];
  const pairs =
    rest.length === 7 ? [rest.slice(0, 3), rest.slice(3, 5), rest.slice(5)] : (rest.match(/../g) ?? []);
  const national = zone.slice(1);
  const forms = [
    `${zone} ${pairs.join(' ')}`,
    `${zone}/${pairs.join('.')}`,
    `${zone}${rest}`,
    `${zone}-${pairs.join('-')}`,
    `${zone} ${rest.slice(0, 3)} ${rest.slice(3)}`,
    `+32 ${national} ${pairs.join(' ')}`,
    `+32${national}${rest}`,
    `0032 ${national} ${pairs.join(' ')}`,
  ];
  return pick(forms);
}

function randomDate(next: () => number): string {
  const year = 2020 + Math.floor(next() * 10);
  const month = 1 + Math.floor(next() * 12);
  const day = 1 + Math.floor(next() * 28);
  const hour = Math.floor(next() * 24);
  const pad = (n: number) => String(n).padStart(2, '0');
  const forms = [
    `${pad(day)}/${pad(month)}/${year}`,
    `${day}/${month}/${year}`,
    `${pad(day)}.${pad(month)}.${year}`,
    `${year}-${pad(month)}-${pad(day)}`,
    `${year}-${pad(month)}-${pad(day)} ${pad(hour)}:30`,
    `${pad(day)}/${pad(month)}/${String(year).slice(2)}`,
    `${day}-${month}-${year} ${hour}h`,
  ];
  return forms[Math.floor(next() * forms.length)] as string;
}

// 100 000 per family for the measurement in the header (NISS_SAMPLES=100000); 20 000 in the
// suite keeps it quick and still fails at the 0.1 % bound below.
const SAMPLES = Number(process.env.NISS_SAMPLES ?? 20_000);

function falsePositives(make: (next: () => number) => string, seed: number): number {
  const next = mulberry32(seed);
  let found = 0;
  for (let i = 0; i < SAMPLES; i += 1) if (containsNiss(make(next))) found += 1;
  return found;
}

describe('false positives on phones and dates (NISS_SAMPLES random samples of each kind)', () => {
  const cases: [string, (next: () => number) => string][] = [
    ['one phone number', belgianPhone],
    [
      'two phone numbers',
      (next) =>
        `${belgianPhone(next)} ${['/', '-', ' ', '\n'][Math.floor(next() * 4)]} ${belgianPhone(next)}`,
    ],
    ['a phone number and a date', (next) => `${belgianPhone(next)} ${randomDate(next)}`],
    ['a date range', (next) => `${randomDate(next)} - ${randomDate(next)}`],
    ['two dates', (next) => `${randomDate(next)} ${randomDate(next)}`],
  ];
  for (const [label, make] of cases) {
    it(label, (t) => {
      const found = falsePositives(make, 20261206);
      t.diagnostic(`${label}: ${found} of ${SAMPLES} (${((found / SAMPLES) * 100).toFixed(3)} %)`);
      // Under one in a thousand; the measured numbers are in free-text-niss.ts.
      assert.ok(found < SAMPLES / 1000, `${found} false positives`);
    });
  }
});

describe('runs in linear time', () => {
  it('scans 200 000 characters of digits and separators quickly', () => {
    const long = '1 2. 3/ '.repeat(25_000);
    const started = performance.now();
    assert.equal(typeof containsNiss(long), 'boolean');
    assert.ok(performance.now() - started < 1000);
  });
});
