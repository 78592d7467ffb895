import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isValidVisa, normalizeVisa } from '../../src/directory/domain/identifiers.ts';

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
