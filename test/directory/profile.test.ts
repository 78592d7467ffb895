import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ageGroupOf, type ProfileInput, validateProfile } from '../../src/directory/domain/profile.ts';
import { brusselsProfileContext, validProfile } from './fixtures.ts';

const context = brusselsProfileContext('2025-06-01');

function errorsOf(input: ProfileInput): Array<[string, string]> {
  const outcome = validateProfile(input, context);
  return outcome.ok ? [] : outcome.errors.map((error) => [error.field, error.code]);
}

describe('clinician profile rules', () => {
  it('accepts a complete profile and cleans it up', () => {
    const outcome = validateProfile(
      validProfile({ givenName: '  Ilvane ', languages: ['FR', 'nl', 'fr'] }),
      context,
    );
    assert.ok(outcome.ok);
    const profile = outcome.value;
    assert.equal(profile.givenName, 'Ilvane');
    assert.deepEqual(profile.languages, ['fr', 'nl']);
    assert.equal(profile.inami, '12345625780', 'stored without separators');
    assert.equal(profile.visa, '123456');
    // No coordinates given: the postcode's centre (1030 Schaerbeek).
    assert.deepEqual([profile.locations[0]!.lat, profile.locations[0]!.lon], [50.8674, 4.3773]);
    assert.equal(profile.updatedAt, '2025-05-01T12:00:00.000Z');
  });

  it('checks the INAMI and visa numbers', () => {
    assert.deepEqual(errorsOf(validProfile({ inami: '12345626780', visa: '1!' })), [
      ['inami', 'inami-format'],
      ['visa', 'visa-format'],
    ]);
  });

  it('refuses values outside the controlled lists, naming the field', () => {
    assert.deepEqual(
      errorsOf(
        validProfile({
          kind: 'psychiatrist',
          languages: ['xx'],
          functions: ['coaching'],
          modes: ['phone'],
          specialities: ['astrology'],
          waitingBand: 'soon',
        }),
      ),
      [
        ['kind', 'unknown-value'],
        ['languages', 'unknown-language'],
        ['functions', 'unknown-value'],
        ['modes', 'unknown-value'],
        ['specialities', 'unknown-value'],
        ['waitingBand', 'unknown-value'],
      ],
    );
  });

  it('requires names, a language, an age group, a function, a mode, a network and a place', () => {
    const errors = errorsOf(
      validProfile({
        givenName: ' ',
        familyName: '',
        languages: [],
        ageGroups: [],
        functions: [],
        modes: [],
        networks: [],
        locations: [],
      }),
    );
    assert.deepEqual(errors, [
      ['givenName', 'required'],
      ['familyName', 'required'],
      ['languages', 'required'],
      ['ageGroups', 'required'],
      ['functions', 'required'],
      ['modes', 'required'],
      ['locations', 'location-required'],
      ['networks', 'required'],
    ]);
  });

  it('refuses an age group none of the clinician’s networks serves', () => {
    assert.deepEqual(errorsOf(validProfile({ ageGroups: ['children'], networks: ['brumenta'] })), [
      ['ageGroups', 'age-group-not-covered'],
    ]);
    assert.deepEqual(errorsOf(validProfile({ ageGroups: ['older-adults'], networks: ['bru-stars'] })), [
      ['ageGroups', 'age-group-not-covered'],
    ]);
    assert.deepEqual(errorsOf(validProfile({ networks: ['nowhere'] })), [['networks', 'unknown-value']]);
  });

  it('keeps outreach and outreach venues together', () => {
    assert.deepEqual(errorsOf(validProfile({ modes: ['individual', 'outreach'] })), [
      ['modes', 'outreach-without-venue'],
    ]);
    const venue = {
      kind: 'outreach',
      name: 'Maison de quartier',
      street: 'Rue de la Source 3',
      postcode: '1080',
      lat: null,
      lon: null,
      wheelchair: false,
    };
    const withVenue = validProfile().locations.concat(venue);
    assert.deepEqual(errorsOf(validProfile({ locations: withVenue })), [['modes', 'venue-without-outreach']]);
    assert.deepEqual(errorsOf(validProfile({ locations: withVenue, modes: ['individual', 'outreach'] })), []);
  });

  it('checks places: a known postcode, coordinates in Belgium', () => {
    const place = validProfile().locations[0]!;
    assert.deepEqual(
      errorsOf(
        validProfile({
          locations: [
            { ...place, postcode: '9999' },
            { ...place, lat: 48.85, lon: 2.35 },
            { ...place, street: '' },
          ],
        }),
      ),
      [
        ['locations.0.postcode', 'unknown-postcode'],
        ['locations.1.lat', 'latitude-range'],
        ['locations.1.lon', 'longitude-range'],
        ['locations.2.street', 'required'],
      ],
    );
  });

  it('needs a way to get in touch, and checks each one', () => {
    assert.deepEqual(errorsOf(validProfile({ phone: null, email: '', website: null })), [
      ['phone', 'contact-required'],
    ]);
    assert.deepEqual(errorsOf(validProfile({ phone: '12', email: 'nobody', website: 'ftp://x.example' })), [
      ['phone', 'phone-format'],
      ['email', 'email-format'],
      ['website', 'website-format'],
    ]);
  });

  it('refuses an "updated on" date in the future or not a date', () => {
    assert.deepEqual(errorsOf(validProfile({ updatedAt: '2025-06-02' })), [['updatedAt', 'date-future']]);
    assert.deepEqual(errorsOf(validProfile({ updatedAt: '31/04/2025' })), [['updatedAt', 'date-format']]);
    assert.deepEqual(errorsOf(validProfile({ updatedAt: 'last spring' })), [['updatedAt', 'date-format']]);
  });

  it('reads an "updated on" date the Belgian way, or an ISO timestamp', () => {
    const updatedAt = (value: string) => {
      const outcome = validateProfile(validProfile({ updatedAt: value }), context);
      return outcome.ok ? outcome.value.updatedAt : outcome.errors;
    };
    assert.equal(updatedAt('01/05/2025'), '2025-05-01T12:00:00.000Z');
    assert.equal(updatedAt('1.5.2025'), '2025-05-01T12:00:00.000Z');
    assert.equal(updatedAt('2025-05-01'), '2025-05-01T12:00:00.000Z');
    assert.equal(updatedAt('2025-05-01T08:15:00Z'), '2025-05-01T08:15:00.000Z');
  });

  it('places ages in the networks’ age groups', () => {
    assert.equal(ageGroupOf(0), 'children');
    assert.equal(ageGroupOf(14), 'children');
    assert.equal(ageGroupOf(15), 'young-people');
    assert.equal(ageGroupOf(23), 'young-people');
    assert.equal(ageGroupOf(24), 'adults');
    assert.equal(ageGroupOf(65), 'older-adults');
  });
});
