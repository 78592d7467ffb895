// Issue 16 §2: a second region (the province of Liège with the German-speaking Community and its
// mixed network) loads from files alone, and the territory check proves every commune of a loaded
// province resolves to one youth and one adult network, or one mixed network.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { listBodies } from '../../src/committees/store.ts';
import { openReference } from '../../src/networks.ts';
import type { CommandContext } from '../../src/platform/cli.ts';
import type { Database } from '../../src/platform/db/database.ts';
import { referenceCommands } from '../../src/reference/commands.ts';
import { networkFromPack, type ReferencePack, territoryOf } from '../../src/reference/domain/pack.ts';
import { checkTerritory } from '../../src/reference/domain/territory.ts';
import { placeName } from '../../src/reference/domain/types.ts';
import { belgianCommunes, type ReferenceService } from '../../src/reference/service.ts';
import { describeGap, describeTerritory } from '../../src/reference/territory-messages.ts';
import { openBrusselsDatabase, testEngines } from '../support/database.ts';
import { importLiege, LIEGE_PACK } from '../support/liege-fixture.ts';
import { brusselsPack } from '../support/reference-fixture.ts';

function networksOf(pack: ReferencePack) {
  return pack.networks.map((n) => networkFromPack(n, territoryOf(n, belgianCommunes())));
}

describe('the national list of communes', () => {
  it('holds the 581 communes, the nine of the German-speaking Community with their German names', () => {
    const national = belgianCommunes();
    assert.equal(national.all.length, 581);
    assert.equal(
      national.all.reduce((sum, c) => sum + c.inhabitants, 0),
      11_492_641,
    );
    const german = national.all.filter((c) => c.germanSpeaking);
    assert.equal(german.length, 9);
    assert.equal(national.byNis.get('63067')?.names.de, 'Sankt Vith');
    assert.equal(national.units.get('liege')?.length, 84);
    assert.equal(national.unitNamed('Luik'), 'liege');
    assert.equal(national.unitNamed('Bruxelles-Capitale'), 'brussels');
  });
});

describe('the territory check', () => {
  it('finds every Brussels commune with Bru-Stars and Brumenta', () => {
    const report = checkTerritory(belgianCommunes(), networksOf(brusselsPack()));
    assert.deepEqual(report.units, ['brussels']);
    assert.equal(report.communes, 19);
    assert.deepEqual(report.gaps, []);
  });

  it('reports the commune left out of the Liège fixture, and only it', () => {
    const pack = JSON.parse(readFileSync(LIEGE_PACK, 'utf8')) as ReferencePack;
    const report = checkTerritory(belgianCommunes(), networksOf(pack));
    assert.deepEqual(report.units, ['liege']);
    assert.equal(report.communes, 84);
    assert.deepEqual(
      report.gaps.map((gap) => [gap.nis, gap.problems, gap.networkIds]),
      [['63088', ['no-adult'], ['liege-youth']]],
    );
    assert.deepEqual(describeTerritory('en', report), [
      '1 commune does not have exactly one network for children and young people and one for adults (or one mixed network), of 84 in Liège:',
      '  63088 Plombières: no network for adults (networks: liege-youth).',
    ]);
  });

  it('describes the gap in German, with the German name of a commune that has one', () => {
    const pack = JSON.parse(readFileSync(LIEGE_PACK, 'utf8')) as ReferencePack;
    const report = checkTerritory(belgianCommunes(), networksOf(pack));
    assert.deepEqual(describeTerritory('de', report), [
      '1 Gemeinde hat nicht genau ein Netzwerk für Kinder und Jugendliche und ein Netzwerk für Erwachsene (oder ein gemischtes Netzwerk), von 84 in Liège:',
      '  63088 Plombières: kein Netzwerk für Erwachsene (Netzwerke: liege-youth).',
    ]);
    const youth = pack.networks.find((n) => n.id === 'liege-youth')!;
    youth.exceptCommunes = [];
    const overlap = checkTerritory(belgianCommunes(), networksOf(pack));
    const kelmis = overlap.gaps.find((gap) => gap.nis === '63040')!;
    assert.deepEqual(kelmis.names, { fr: 'La Calamine', nl: 'Kelmis', de: 'Kelmis' });
    assert.equal(
      describeGap('de', kelmis),
      '63040 Kelmis: ein gemischtes Netzwerk und ein anderes Netzwerk (Netzwerke: liege-youth, mgo).',
    );
  });

  it('says when the mixed network overlaps a youth network', () => {
    const pack = JSON.parse(readFileSync(LIEGE_PACK, 'utf8')) as ReferencePack;
    const youth = pack.networks.find((n) => n.id === 'liege-youth')!;
    youth.exceptCommunes = [];
    const report = checkTerritory(belgianCommunes(), networksOf(pack));
    const eupen = report.gaps.find((gap) => gap.nis === '63023');
    assert.deepEqual(eupen?.problems, ['mixed-and-other']);
    assert.equal(report.gaps.length, 10);
  });
});

for (const engine of testEngines()) {
  describe(`importing the Liège fixture (${engine})`, () => {
    let database: Database;
    let reference: ReferenceService;
    before(async () => {
      database = await openBrusselsDatabase(engine);
      reference = await openReference(database);
    });
    after(() => database.close());

    it('loads without code changes, and reports the commune left out', async () => {
      const outcome = await importLiege(reference);
      assert.ok(outcome.ok, JSON.stringify(outcome));
      assert.deepEqual(outcome.counts, { networks: 4, zones: 3, communes: 9, postcodes: 10, bodies: 1 });
      assert.deepEqual(outcome.territory.units, ['brussels', 'liege']);
      assert.deepEqual(
        outcome.territory.gaps.map((gap) => gap.nis),
        ['63088'],
      );
    });

    it('routes Eupen and Sankt Vith to the mixed network and its coordinator, at any age', () => {
      for (const age of [8, 19, 40]) {
        const routed = reference.route({ place: { postcode: '4780' }, age, requester: 'gp', language: 'de' });
        assert.ok(routed.ok);
        assert.deepEqual(
          routed.route.networks.map((n) => n.id),
          ['mgo'],
        );
        assert.equal(routed.route.zone?.email, 'koordination@mgo.example');
      }
      const mgo = reference.snapshot().networks.get('mgo')!;
      assert.deepEqual(mgo.languages, ['de', 'fr']);
      assert.equal(mgo.kind, 'mixed');
    });

    it('names the places of the German-speaking Community in German, others in French', () => {
      const snapshot = reference.snapshot();
      assert.deepEqual(snapshot.communes.get('63067')?.names, {
        fr: 'Saint-Vith',
        nl: 'Sankt Vith',
        de: 'Sankt Vith',
      });
      // 4780 carries its commune's name, so it is that commune; 4701 Kettenis is a section of
      // Eupen with no German name in the national list, and keeps its own.
      assert.equal(snapshot.localities.get('4780')?.names.de, 'Sankt Vith');
      assert.equal(snapshot.localities.get('4720')?.names.de, 'Kelmis');
      assert.equal(snapshot.localities.get('4701')?.names.de, 'Kettenis');
      assert.equal(snapshot.localities.get('4000')?.names.de, 'Liège');
      assert.equal(placeName(snapshot.localities.get('4720')!.names, 'de'), 'Kelmis');
      assert.equal(placeName(snapshot.localities.get('4720')!.names, 'fr'), 'La Calamine');
      // A pack's German names are kept; where it gives none, German readers get the French one.
      assert.equal(snapshot.zones.get('ostbelgien')?.names.de, 'Ostbelgien');
      assert.equal(snapshot.zones.get('ostbelgien')?.names.nl, 'Oost-België');
      assert.equal(
        snapshot.areas.get('ostbelgien')?.names.de,
        'Koordination der Deutschsprachigen Gemeinschaft (Testdaten)',
      );
      const youth = snapshot.networks.get('liege-youth')!;
      assert.equal(youth.names.de, youth.names.fr);
      assert.equal(
        snapshot.zones.get('liege-centre')?.names.de,
        snapshot.zones.get('liege-centre')?.names.fr,
      );
      assert.equal(snapshot.zones.get('east')?.names.de, 'Ost'); // the Brussels pack gives German names
    });

    it('leaves Brussels as it was', () => {
      const routed = reference.route({
        place: { postcode: '1030' },
        age: 17,
        requester: 'public',
        language: 'fr',
      });
      assert.ok(routed.ok);
      assert.deepEqual(
        routed.route.networks.map((n) => n.id),
        ['bru-stars', 'brumenta'],
      );
      assert.equal(routed.route.zone?.id, 'east');
    });

    it('writes the pack’s deciding body with its quorum', async () => {
      const bodies = await listBodies(database.db);
      const board = bodies.find((body) => body.id === 'mgo-board');
      assert.deepEqual(board?.networkIds, ['mgo']);
      assert.deepEqual(board?.quorum, { minimumPresent: 3, majorityOfMembers: true });
      assert.equal(board?.names.de, 'Vorstand von Mentale Gesundheit Ostbelgien (Testdaten)');
    });

    it('`check territory` lists the commune and exits with 1', async () => {
      const out: string[] = [];
      const err: string[] = [];
      const command = referenceCommands.find((c) => c.words.join(' ') === 'check territory')!;
      const context = {
        args: [],
        locale: 'fr',
        database: async () => database,
        out: (line: string) => out.push(line),
        err: (line: string) => err.push(line),
      } as unknown as CommandContext;
      assert.equal(await command.run(context), 1);
      assert.match(err.join('\n'), /1 commune n’a pas exactement un réseau/);
      assert.match(
        err.join('\n'),
        /63088 Plombières\u202f: aucun réseau pour adultes \(réseaux\u202f: liege-youth\)\./,
      );
    });

    it('refuses a pack naming an unknown province or commune, writing nothing', async () => {
      const pack = JSON.parse(readFileSync(LIEGE_PACK, 'utf8')) as ReferencePack;
      pack.networks[0]!.provinces = ['Atlantis'];
      pack.networks[1]!.communes = ['99999'];
      pack.bodies![0]!.networks = ['nowhere'];
      const outcome = await reference.importReference({ packJson: JSON.stringify(pack) });
      assert.equal(outcome.ok, false);
      assert.deepEqual(outcome.ok ? [] : outcome.errors.map((e) => [e.code, e.values?.value]), [
        ['unknown-province', 'Atlantis'],
        ['unknown-commune', '99999'],
        ['unknown-network', 'nowhere'],
      ]);
    });

    it('refuses an empty German name or a language packs do not take, naming where', async () => {
      const pack = JSON.parse(readFileSync(LIEGE_PACK, 'utf8')) as ReferencePack;
      pack.zones[0]!.names.de = '';
      (pack.networks[0]!.names as Record<string, string>).it = 'Rete';
      const outcome = await reference.importReference({ packJson: JSON.stringify(pack) });
      assert.equal(outcome.ok, false);
      assert.deepEqual(outcome.ok ? [] : [...new Set(outcome.errors.map((e) => e.column))].sort(), [
        '/networks/0/names',
        '/zones/0/names/de',
      ]);
    });
  });
}
