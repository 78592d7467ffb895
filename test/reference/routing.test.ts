import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { route, searchPlace } from '../../src/reference/domain/index.ts';
import { brusselsSnapshot } from '../support/reference-fixture.ts';

const snapshot = brusselsSnapshot();

function routed(query: Parameters<typeof route>[1]) {
  const outcome = route(snapshot, query);
  assert.ok(outcome.ok, `expected a route, got ${JSON.stringify(outcome)}`);
  return outcome.route;
}

describe('routing: networks by age', () => {
  const at = (age: number) =>
    routed({ place: { postcode: '1030' }, age, requester: 'public', language: 'fr' });

  it('sends a child to the youth network only', () => {
    assert.deepEqual(
      at(8).networks.map((n) => n.id),
      ['bru-stars'],
    );
    assert.deepEqual(
      at(14).networks.map((n) => n.id),
      ['bru-stars'],
    );
  });

  it('gives a 15–23-year-old both networks, youth first', () => {
    for (const age of [15, 19, 23])
      assert.deepEqual(
        at(age).networks.map((n) => n.id),
        ['bru-stars', 'brumenta'],
      );
  });

  it('sends someone aged 24 or more to the adult network only', () => {
    assert.deepEqual(
      at(24).networks.map((n) => n.id),
      ['brumenta'],
    );
    assert.deepEqual(
      at(90).networks.map((n) => n.id),
      ['brumenta'],
    );
  });

  it('offers every network of the territory when no age is given', () => {
    const found = routed({ place: { postcode: '1030' }, requester: 'public', language: 'fr' });
    assert.deepEqual(
      found.networks.map((n) => n.id),
      ['bru-stars', 'brumenta'],
    );
  });
});

describe('routing: coordinator zones', () => {
  const zoneOf = (
    postcode: string,
    requester: 'public' | 'gp' | 'organisation' = 'public',
    language = 'fr',
  ) => routed({ place: { postcode }, requester, language }).zone?.id;

  it('follows the four Brussels zones of the seed page', () => {
    for (const [postcode, zone] of [
      ['1030', 'east'],
      ['1140', 'east'],
      ['1130', 'east'], // Haren, a section of the City, is in the east zone
      ['1050', 'south'],
      ['1180', 'south'],
      ['1020', 'north-west'], // Laeken
      ['1120', 'north-west'], // Neder-Over-Heembeek
      ['1090', 'north-west'],
      ['1000', 'centre-west'],
      ['1070', 'centre-west'],
      ['1210', 'centre-west'],
    ] as const) {
      assert.equal(zoneOf(postcode), zone, postcode);
    }
  });

  it('sends a Dutch-speaking organisation to centre-west wherever it is', () => {
    const found = routed({ place: { postcode: '1180' }, requester: 'organisation', language: 'nl' });
    assert.equal(found.zone?.id, 'centre-west');
    assert.equal(found.zoneReason, 'language-rule');
  });

  it('applies the language rule to organisations only', () => {
    assert.equal(zoneOf('1180', 'gp', 'nl'), 'south');
    assert.equal(zoneOf('1180', 'public', 'nl'), 'south');
    assert.equal(zoneOf('1180', 'organisation', 'fr'), 'south');
  });

  it('routes by commune as well as by postcode (the City of Brussels answers with its main locality)', () => {
    const found = routed({ place: { communeNis: '21004' }, requester: 'public', language: 'fr' });
    assert.equal(found.locality.postcode, '1000');
    assert.deepEqual(
      found.otherLocalities.map((l) => l.postcode),
      ['1020', '1120', '1130'],
    );
  });
});

describe('routing: places outside the territory', () => {
  it('answers outside-territory for a Belgian postcode no network covers', () => {
    assert.deepEqual(route(snapshot, { place: { postcode: '4000' }, requester: 'public', language: 'fr' }), {
      ok: false,
      reason: 'unknown-postcode',
    });
  });

  it('answers unknown-commune for a NIS code it does not know', () => {
    const outcome = route(snapshot, { place: { communeNis: '62063' }, requester: 'public', language: 'fr' });
    assert.equal(outcome.ok, false);
  });
});

describe('reading what people type as a place', () => {
  it('finds a commune by its German name where it has one of its own', () => {
    // No Brussels commune has a German name of its own: give one (invented) to Ixelles.
    const ixelles = snapshot.communes.get('21009')!;
    const communes = new Map(snapshot.communes);
    communes.set('21009', { ...ixelles, names: { ...ixelles.names, de: 'Ixelles-auf-Deutsch' } });
    assert.deepEqual(searchPlace({ ...snapshot, communes }, 'ixelles auf deutsch'), {
      kind: 'found',
      place: { communeNis: '21009' },
    });
    assert.equal(searchPlace(snapshot, 'ixelles auf deutsch').kind, 'not-found');
  });

  it('understands postcodes, French and Dutch names, without accents or hyphens', () => {
    assert.deepEqual(searchPlace(snapshot, ' 1030 '), { kind: 'found', place: { postcode: '1030' } });
    assert.deepEqual(searchPlace(snapshot, 'Schaarbeek'), { kind: 'found', place: { communeNis: '21015' } });
    assert.deepEqual(searchPlace(snapshot, 'saint josse ten noode'), {
      kind: 'found',
      place: { communeNis: '21014' },
    });
    assert.deepEqual(searchPlace(snapshot, 'Laken'), { kind: 'found', place: { postcode: '1020' } });
  });

  it('asks to choose when a name matches several places, and suggests on a typo', () => {
    const woluwe = searchPlace(snapshot, 'Woluwe');
    assert.equal(woluwe.kind, 'ambiguous');
    assert.deepEqual(woluwe.kind === 'ambiguous' && woluwe.candidates.map((l) => l.postcode), [
      '1150',
      '1200',
    ]);
    const typo = searchPlace(snapshot, 'Ixeles');
    assert.equal(typo.kind, 'not-found');
    assert.ok(typo.kind === 'not-found' && typo.suggestions.some((l) => l.postcode === '1050'));
  });

  it('reads a postcode written with its place, as on an envelope (issue 12)', () => {
    for (const [typed, postcode] of [
      ['1000 Brussel', '1000'],
      ['1070 Anderlecht', '1070'],
      ['Anderlecht 1070', '1070'],
      ['B-1030 Schaerbeek', '1030'],
      ['1080, Sint-Jans-Molenbeek', '1080'],
    ] as const) {
      assert.deepEqual(searchPlace(snapshot, typed), { kind: 'found', place: { postcode } }, typed);
    }
  });

  it('refuses a number that is not a postcode', () => {
    assert.equal(searchPlace(snapshot, '103').kind, 'invalid-postcode');
    assert.equal(searchPlace(snapshot, '').kind, 'empty');
  });
});
