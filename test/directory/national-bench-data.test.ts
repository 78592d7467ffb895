// The national bench data (bench/national.ts) and the demo spread it relies on: the country's
// communes load as places, the generated networks follow the territory rules, and clinicians
// land across the provinces in proportion to inhabitants, exactly as many as asked.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nationalBenchData } from '../../bench/national.ts';
import { type DemoWorld, demoClinicians } from '../../src/directory/domain/demo.ts';
import { readCsv } from '../../src/platform/csv.ts';
import { unitOf } from '../../src/reference/domain/belgium.ts';
import { validatePostcodes } from '../../src/reference/domain/import.ts';
import { checkPackReferences, type ReferencePack, territoryOf } from '../../src/reference/domain/pack.ts';
import { belgianCommunes } from '../../src/reference/service.ts';
import { brusselsSnapshot } from '../support/reference-fixture.ts';

const brussels = brusselsSnapshot();
const data = nationalBenchData([...brussels.localities.values()]);
const places = validatePostcodes(readCsv(data.postcodesCsv), new Set());
const pack = JSON.parse(data.packJson) as ReferencePack;

describe('national bench data', () => {
  it('loads every commune outside Brussels as a place, less the four that share a main postcode', () => {
    assert.ok(places.ok, JSON.stringify(!places.ok && places.errors.slice(0, 3)));
    assert.equal(places.value.communes.length, 581 - 19 - 4);
    const total = [...data.inhabitantsByPostcode.values()].reduce((a, b) => a + b, 0);
    assert.equal(Math.round(total), 11_492_641, 'every inhabitant of the country counts somewhere');
  });

  it('has networks that pass the import checks and cover every commune for young people and adults', () => {
    const national = belgianCommunes();
    const known = { areas: new Set<string>(), networks: new Set<string>(), communes: new Set<string>() };
    assert.deepEqual(checkPackReferences(pack, known, national), []);
    const territories = pack.networks.map((n) => ({ n, communes: territoryOf(n, national) }));
    for (const commune of national.all.filter((c) => c.region !== 'brussels')) {
      const covering = territories.filter((t) => t.communes.has(commune.nis)).map((t) => t.n);
      assert.ok(
        covering.some((n) => n.minAge === 0),
        `${commune.nis}: a network for children`,
      );
      assert.ok(
        covering.some((n) => n.maxAge === null),
        `${commune.nis}: a network for adults`,
      );
      if (commune.germanSpeaking)
        assert.deepEqual(
          covering.map((n) => n.kind),
          ['mixed'],
        );
      else
        assert.equal(covering.filter((n) => n.kind === 'youth').length, 1, `${commune.nis}: its province's`);
    }
  });

  it('spreads exactly the clinicians asked for across the provinces in proportion to inhabitants', () => {
    const country = validatePostcodes(readCsv(data.postcodesCsv), new Set());
    assert.ok(country.ok);
    const localities = [...brussels.localities.values(), ...country.value.localities];
    const national = belgianCommunes();
    const world: DemoWorld = {
      networks: [
        ...brussels.networks.values(),
        ...pack.networks.map((n) => ({ ...n, communes: territoryOf(n, national) })),
      ],
      localities: localities.map((l) => ({ ...l, weight: data.inhabitantsByPostcode.get(l.postcode) ?? 0 })),
      now: new Date('2025-06-01T10:00:00Z'),
    };
    const count = 6000;
    const clinicians = demoClinicians(count, world);
    assert.equal(clinicians.length, count);
    const unitOfPostcode = new Map(
      localities.map((l) => [l.postcode, unitOf(national.byNis.get(l.communeNis)!)]),
    );
    const seen = new Map<string, number>();
    for (const clinician of clinicians) {
      const unit = unitOfPostcode.get(clinician.locations[0]!.postcode)!;
      seen.set(unit, (seen.get(unit) ?? 0) + 1);
    }
    const inhabitants = new Map<string, number>();
    for (const c of national.all)
      inhabitants.set(unitOf(c), (inhabitants.get(unitOf(c)) ?? 0) + c.inhabitants);
    assert.equal(seen.size, 11, 'the ten provinces and Brussels');
    for (const [unit, people] of inhabitants) {
      const expected = (count * people) / 11_492_641;
      const got = seen.get(unit) ?? 0;
      // Binomial spread: within four standard deviations.
      assert.ok(
        Math.abs(got - expected) < 4 * Math.sqrt(expected) + 1,
        `${unit}: ${got} vs ${expected.toFixed(0)}`,
      );
    }
    // Each clinician's networks cover their home commune.
    for (const clinician of clinicians.slice(0, 500)) {
      const home = localities.find((l) => l.postcode === clinician.locations[0]!.postcode)!;
      for (const id of clinician.networks) {
        const network = world.networks.find((n) => n.id === id);
        if (network) assert.ok(network.communes!.has(home.communeNis), `${id} covers ${home.communeNis}`);
      }
    }
  });
});
