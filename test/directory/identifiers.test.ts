import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isValidVisa, normalizeVisa } from '../../src/directory/domain/identifiers.ts';
import {
  formatInami,
  inamiCheckDigits,
  isValidInami,
  normalizeInami,
} from '../../src/platform/identifiers/inami.ts';

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
});

describe('visa numbers', () => {
  it('accepts a short identifier of letters or digits, separators removed', () => {
    assert.equal(isValidVisa('123456'), true);
    assert.equal(isValidVisa('12/345-678'), true);
    assert.equal(normalizeVisa('ab 12.34'), 'AB1234');
  });

  it('refuses what cannot be a visa number', () => {
    assert.equal(isValidVisa('12'), false);
    assert.equal(isValidVisa('1234567890123456789012'), false);
    assert.equal(isValidVisa('12345$'), false);
  });
});
