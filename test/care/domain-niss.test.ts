import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { addDays } from '../../src/care/domain/index.ts';
import { validateNiss } from '../../src/platform/identifiers/niss.ts';
import { makeNiss } from './support/niss.ts';

describe('NISS validation', () => {
  it('accepts a national number and reads the birth date', () => {
    const niss = makeNiss('1985-07-14', 123);
    assert.deepEqual(validateNiss(niss), { ok: true, niss, birthDate: '1985-07-14' });
  });

  it('accepts spaces, dots and dashes as separators', () => {
    const niss = makeNiss('1985-07-14', 123);
    const written = `${niss.slice(0, 2)}.${niss.slice(2, 4)}.${niss.slice(4, 6)}-${niss.slice(6, 9)}.${niss.slice(9)}`;
    assert.deepEqual(validateNiss(written), { ok: true, niss, birthDate: '1985-07-14' });
    assert.deepEqual(validateNiss(` ${niss.slice(0, 6)} ${niss.slice(6)} `), {
      ok: true,
      niss,
      birthDate: '1985-07-14',
    });
  });

  it('tells the century from the check digits (1999-12-31 vs 2000-01-01)', () => {
    const lastOf1999 = makeNiss('1999-12-31', 42);
    const firstOf2000 = makeNiss('2000-01-01', 42);
    assert.deepEqual(validateNiss(lastOf1999), { ok: true, niss: lastOf1999, birthDate: '1999-12-31' });
    assert.deepEqual(validateNiss(firstOf2000), { ok: true, niss: firstOf2000, birthDate: '2000-01-01' });
    // The same nine digits read as 1900-01-01 or 2000-01-01, depending on the check digits only.
    const born1900 = makeNiss('1900-01-01', 42);
    assert.equal(born1900.slice(0, 9), firstOf2000.slice(0, 9));
    assert.notEqual(born1900, firstOf2000);
    assert.deepEqual(validateNiss(born1900), { ok: true, niss: born1900, birthDate: '1900-01-01' });
  });

  it('accepts bis numbers (month + 20 or + 40) with the real birth date', () => {
    for (const bis of [20, 40] as const) {
      const niss = makeNiss('1990-03-08', 7, { bis });
      assert.equal(niss.slice(2, 4), String(3 + bis));
      assert.deepEqual(validateNiss(niss), { ok: true, niss, birthDate: '1990-03-08' });
    }
    const young = makeNiss('2004-11-30', 998, { bis: 40 });
    assert.deepEqual(validateNiss(young), { ok: true, niss: young, birthDate: '2004-11-30' });
  });

  it('accepts an unknown month or day, without a birth date', () => {
    const unknown = makeNiss('1970-00-00', 15);
    assert.deepEqual(validateNiss(unknown), { ok: true, niss: unknown, birthDate: null });
    const bisUnknown = makeNiss('2010-00-00', 15, { bis: 20, century: 2000 });
    assert.equal(bisUnknown.slice(2, 6), '2000');
    assert.deepEqual(validateNiss(bisUnknown), { ok: true, niss: bisUnknown, birthDate: null });
  });

  it('rejects a wrong check', () => {
    const niss = makeNiss('1985-07-14', 123);
    const wrong = `${niss.slice(0, 9)}${String((Number(niss.slice(9)) % 97) + 1).padStart(2, '0')}`;
    assert.deepEqual(validateNiss(wrong), { ok: false, error: 'checksum' });
    // A typo in the serial.
    assert.deepEqual(validateNiss(`${niss.slice(0, 6)}124${niss.slice(9)}`), {
      ok: false,
      error: 'checksum',
    });
  });

  it('rejects what is not 11 digits, or not a possible date', () => {
    for (const input of ['', '8507141234', '850714123456', '85O71412345', '85/07/14 123 45']) {
      assert.deepEqual(validateNiss(input), { ok: false, error: 'format' }, input);
    }
    assert.deepEqual(validateNiss(makeNiss('1985-13-01', 1)), { ok: false, error: 'format' });
    assert.deepEqual(validateNiss(makeNiss('1985-02-30', 1)), { ok: false, error: 'format' });
    // Months 33 (13 + 20) and 53 (13 + 40) are neither ordinary nor bis months.
    assert.deepEqual(validateNiss(makeNiss('1985-13-01', 1, { bis: 20 })), { ok: false, error: 'format' });
    assert.deepEqual(validateNiss(makeNiss('1985-13-01', 1, { bis: 40 })), { ok: false, error: 'format' });
  });

  it('reads back the birth date of any valid number from 1900 to 2099', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 365 * 200 + 48 }),
        fc.integer({ min: 1, max: 997 }),
        fc.constantFrom(0 as const, 20 as const, 40 as const),
        (days, serial, bis) => {
          const birthDate = addDays('1900-01-01', days);
          const niss = makeNiss(birthDate, serial, { bis });
          assert.deepEqual(validateNiss(niss), { ok: true, niss, birthDate });
        },
      ),
    );
  });
});
