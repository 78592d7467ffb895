import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { formsMessages } from '../../src/applications/messages/forms.ts';
import { LOCALES } from '../../src/platform/i18n/index.ts';
import {
  compactEnterpriseNumber,
  formatEnterpriseNumber,
  isEnterpriseNumber,
} from '../../src/platform/identifiers/enterprise-number.ts';
import {
  formatInami,
  inamiCheckDigits,
  isValidInami,
  normalizeInami,
} from '../../src/platform/identifiers/inami.ts';
import { isBelgianPostcode, normalizePostcode } from '../../src/platform/identifiers/postcode.ts';

// Check digits are worked out here from the rule, not copied from anyone's real number:
// 123456 mod 97 = 72 → 97 − 72 = 25;  123456 mod 89 = 13 → 89 − 13 = 76.
describe('INAMI/RIZIV numbers', () => {
  it('computes both check-digit schemes', () => {
    assert.equal(inamiCheckDigits(123456, 97), 25);
    assert.equal(inamiCheckDigits(123456, 89), 76);
  });

  it('accepts 11 digits whose 7th and 8th digits check the first six, under either modulus', () => {
    assert.equal(isValidInami('12345625780'), true);
    assert.equal(isValidInami('12345676780'), true);
  });

  it('accepts the separators people type', () => {
    assert.equal(isValidInami('1-23456-25-780'), true);
    assert.equal(isValidInami('1.23456.25.780'), true);
    assert.equal(isValidInami(' 1 23456 25 780 '), true);
    assert.equal(normalizeInami('1-23456-25-780'), '12345625780');
  });

  it('refuses a wrong check, a wrong length and letters', () => {
    assert.equal(isValidInami('12345626780'), false, 'check digits off by one');
    assert.equal(isValidInami('65432125780'), false, 'digits swapped');
    assert.equal(isValidInami('1234562578'), false, '10 digits');
    assert.equal(isValidInami('123456257800'), false, '12 digits');
    assert.equal(isValidInami('1234562578A'), false);
    assert.equal(isValidInami(''), false);
  });

  it('writes numbers the way INAMI does', () => {
    assert.equal(formatInami('12345625780'), '1-23456-25-780');
  });

  it('fits the published examples: …108290-59 under 97, …101857-48 under 89', () => {
    assert.equal(inamiCheckDigits(108290, 97), 59);
    assert.equal(inamiCheckDigits(101857, 89), 48);
  });

  it('refuses anything far too long before reading it', () => {
    assert.equal(isValidInami(`${'1-23456-25-780'}${' '.repeat(10)}`), false);
    assert.equal(isValidInami('1'.repeat(100_000)), false);
  });

  it('takes the example every hint of the application form gives', () => {
    for (const locale of LOCALES) {
      const hint = formsMessages[locale].fields.inamiHint;
      const example = /\d[\d.]{9,14}\d/.exec(hint)?.[0];
      assert.ok(example, `${locale} hint gives an example`);
      assert.equal(isValidInami(example), true, `${locale}: ${example}`);
    }
  });
});

describe('enterprise numbers', () => {
  it('accepts the new form, the old nine-digit form and the BE prefix', () => {
    assert.equal(isEnterpriseNumber('0440.966.354'), true);
    assert.equal(isEnterpriseNumber('440.966.354'), true, 'the old form, as it was printed');
    assert.equal(isEnterpriseNumber('BE 0440 966 354'), true);
    assert.equal(compactEnterpriseNumber('440966354'), '0440966354');
    assert.equal(formatEnterpriseNumber('BE0440966354'), '0440.966.354');
  });

  it('accepts numbers of the 1 range, which have no old form', () => {
    // 10000000 mod 97 = 76 → 97 − 76 = 21.
    assert.equal(isEnterpriseNumber('1000.000.021'), true);
    assert.equal(isEnterpriseNumber('1000.000.020'), false);
  });

  it('refuses a wrong check, a wrong first digit, a wrong length and long input', () => {
    assert.equal(isEnterpriseNumber('0440.966.355'), false);
    assert.equal(isEnterpriseNumber('2440966354'), false);
    assert.equal(isEnterpriseNumber('04409663'), false);
    assert.equal(isEnterpriseNumber('04409663540'), false);
    assert.equal(isEnterpriseNumber(`0440966354${' '.repeat(20)}`), false);
  });

  it('checks every number by the mod-97 rule on its first eight digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 19_999_999 }), fc.integer({ min: 1, max: 96 }), (base, shift) => {
        const eight = String(base).padStart(8, '0');
        const check = 97 - (base % 97);
        const wrong = ((check - 1 + shift) % 97) + 1;
        return (
          isEnterpriseNumber(`${eight}${String(check).padStart(2, '0')}`) &&
          !isEnterpriseNumber(`${eight}${String(wrong).padStart(2, '0')}`)
        );
      }),
    );
  });
});

describe('postcodes', () => {
  it('accepts four digits not starting with 0', () => {
    assert.equal(isBelgianPostcode('1000'), true);
    assert.equal(isBelgianPostcode('9992'), true);
    assert.equal(isBelgianPostcode('0999'), false);
    assert.equal(isBelgianPostcode('100'), false);
    assert.equal(isBelgianPostcode('10000'), false);
    assert.equal(isBelgianPostcode('1O00'), false);
    assert.equal(normalizePostcode(' 1 070 '), '1070');
  });
});
