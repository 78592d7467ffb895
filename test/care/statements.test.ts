import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { careCommands } from '../../src/care/commands.ts';
import type { CommandContext } from '../../src/platform/cli.ts';
import { loadConfig } from '../../src/platform/config.ts';
import type { Locale } from '../../src/platform/i18n/index.ts';
import { createLogger } from '../../src/platform/logger.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';
import { auth, sessionBody, TOKEN } from './support/api.ts';
import { addClinicians, clinician } from './support/clinicians.ts';
import { makeNiss } from './support/niss.ts';

for (const engine of testEngines()) {
  describe(`monthly statements (${engine})`, () => {
    let t: TestApp;
    let a: { id: string; locations: string[] };
    let b: { id: string; locations: string[] };
    before(async () => {
      t = await startTestApp(engine, { API_ADMIN_TOKEN: TOKEN });
      const added = await addClinicians(t.services.directory, [
        clinician('Adam', ['brumenta', 'bru-stars'], { inami: '12345678901' }),
        clinician('Bruyn', ['brumenta']),
      ]);
      a = added[0]!;
      b = added[1]!;
      const p1 = { niss: makeNiss('1980-01-01', 1), birthDate: '1980-01-01' };
      const p2 = { niss: makeNiss('1985-02-02', 2), birthDate: '1985-02-02', bim: true };
      const p3 = { niss: makeNiss('2007-03-03', 3), birthDate: '2007-03-03', networkId: 'bru-stars' };
      const sessions: [typeof a, Record<string, unknown>][] = [
        [a, { ...p1, date: '2024-05-06' }], // free first session
        [a, { ...p1, date: '2024-05-13' }], // 11 €
        [a, { ...p1, date: '2024-05-13', mode: 'group' }], // same day: refused
        [b, { ...p2, date: '2024-05-07' }], // free first session
        [b, { ...p2, date: '2024-05-14' }], // 4 € (BIM)
        [a, { ...p3, date: '2024-05-08', function: 'treatment' }], // no functional assessment
        [a, { ...p3, date: '2024-05-09', function: 'community', mode: 'group' }], // free
        [a, { ...p1, date: '2024-06-03' }], // another month
        [a, { ...p1, date: '2023-03-01', function: 'first-line' }], // 2021 convention: €75 fee
        [a, { ...p1, date: '2023-03-08', function: 'first-line', mode: 'group' }], // group fee unknown
      ];
      for (const [who, overrides] of sessions) {
        const response = await t.app.inject({
          method: 'POST',
          url: '/api/v1/sessions',
          headers: auth,
          payload: sessionBody(who, { locationId: who.locations[0], clinicianId: who.id, ...overrides }),
        });
        assert.equal(response.statusCode, 201);
      }
      const cancelled = await t.app.inject({
        method: 'POST',
        url: '/api/v1/sessions',
        headers: auth,
        payload: sessionBody(b, { ...p2, date: '2024-05-21' }),
      });
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/sessions/${cancelled.json().id}/cancel`,
        headers: auth,
        payload: { reason: 'Erreur' },
      });
    });
    after(() => t.close());

    const statement = (query: string) => t.app.inject({ url: `/api/v1/statements?${query}`, headers: auth });

    it('totals a month per network and per clinician, with reasons, copays and unknown fees', async () => {
      const response = await statement('month=2024-05');
      assert.equal(response.statusCode, 200);
      const body = response.json();
      assert.equal(body.month, '2024-05');
      const { totals } = body;
      assert.deepEqual(
        [totals.sessions, totals.reimbursed, totals.notReimbursed, totals.cancelled, totals.copayCents],
        [7, 5, 2, 1, 1500],
      );
      assert.equal(totals.reasons['same-day'], 1);
      assert.equal(totals.reasons['needs-functional-assessment'], 1);
      assert.equal(totals.feeCents, null);
      assert.equal(totals.unknownFeeSessions, 5);
      assert.deepEqual(
        body.networks.map((n: { id: string; totals: { sessions: number } }) => [n.id, n.totals.sessions]),
        [
          ['bru-stars', 2],
          ['brumenta', 5],
        ],
      );
      const brumenta = body.networks[1];
      assert.equal(brumenta.names.fr, 'Brumenta (adultes)');
      assert.deepEqual(
        brumenta.clinicians.map(
          (c: { name: string; inami: string | null; totals: { copayCents: number } }) => [
            c.name,
            c.inami,
            c.totals.copayCents,
          ],
        ),
        [
          ['Camille Adam', '12345678901', 1100],
          ['Camille Bruyn', null, 400],
        ],
      );
      assert.deepEqual(
        brumenta.clinicians[0].lines.map(
          (l: { function: string; mode: string; sessions: number; reimbursed: number }) => [
            l.function,
            l.mode,
            l.sessions,
            l.reimbursed,
          ],
        ),
        [
          ['support', 'group', 1, 0],
          ['support', 'individual', 2, 2],
        ],
      );
    });

    it('gives fees where a source gives them, and null where one is unknown', async () => {
      const body = (await statement('month=2023-03')).json();
      const [adam] = body.networks[0].clinicians;
      const fees = adam.lines.map((l: { mode: string; feeCents: number | null }) => [l.mode, l.feeCents]);
      assert.deepEqual(fees, [
        ['group', null],
        ['individual', 7500],
      ]);
      assert.equal(adam.totals.feeCents, null);
      assert.equal(adam.totals.unknownFeeSessions, 1);
    });

    it('keeps a line whose every session was cancelled, counted as cancelled only', async () => {
      const recorded = await t.app.inject({
        method: 'POST',
        url: '/api/v1/sessions',
        headers: auth,
        payload: sessionBody(b, {
          niss: makeNiss('1985-02-02', 2),
          birthDate: '1985-02-02',
          date: '2024-07-02',
          locationId: b.locations[0],
          clinicianId: b.id,
        }),
      });
      assert.equal(recorded.statusCode, 201);
      const cancel = await t.app.inject({
        method: 'POST',
        url: `/api/v1/sessions/${recorded.json().id}/cancel`,
        headers: auth,
        payload: { reason: 'Encodé deux fois' },
      });
      assert.equal(cancel.statusCode, 200);
      const body = (await statement('month=2024-07')).json();
      assert.deepEqual([body.totals.sessions, body.totals.cancelled, body.totals.copayCents], [0, 1, 0]);
      const [bruyn] = body.networks[0].clinicians;
      assert.equal(bruyn.name, 'Camille Bruyn');
      assert.deepEqual(
        bruyn.lines.map((l: { mode: string; sessions: number; cancelled: number }) => [
          l.mode,
          l.sessions,
          l.cancelled,
        ]),
        [['individual', 0, 1]],
      );
    });

    it('filters one network', async () => {
      const body = (await statement('month=2024-05&network=bru-stars')).json();
      assert.equal(body.networkId, 'bru-stars');
      assert.deepEqual(
        body.networks.map((n: { id: string }) => n.id),
        ['bru-stars'],
      );
      assert.equal(body.totals.sessions, 2);
    });

    it('exports CSV that a Belgian spreadsheet opens: BOM, semicolons, decimal commas, totals', async () => {
      const response = await statement('month=2024-05&network=brumenta&format=csv&separator=;&lang=fr');
      assert.equal(response.statusCode, 200);
      assert.match(response.headers['content-type'] as string, /^text\/csv; charset=utf-8/);
      assert.match(response.headers['content-disposition'] as string, /statement-2024-05-brumenta\.csv/);
      assert.ok(response.body.startsWith('\uFEFFMois;Réseau;Nom du réseau;'));
      const lines = response.body.slice(1).trimEnd().split('\r\n');
      const adam = lines.find((l) => l.includes('Camille Adam') && l.includes('Individuelle'));
      assert.ok(adam, lines.join('\n'));
      assert.match(
        adam,
        /^2024-05;brumenta;Brumenta \(adultes\);[0-9a-f-]{36};Camille Adam;12345678901;Soutien psychologique \(F2\);Individuelle;2;2;0;/,
      );
      assert.match(adam, /;11,00;;2$/);
      assert.match(lines.at(-1)!, /^2024-05;brumenta;;;Total général;;;;5;4;1;/);
      assert.equal(new Set(lines.map((l) => l.split(';').length)).size, 1, 'every row has every column');
      const comma = await statement('month=2024-05&format=csv&lang=en');
      assert.ok(comma.body.startsWith('\uFEFFMonth,Network,'));
      assert.match(comma.body, /,15\.00,,5\r\n$/);
    });

    it('answers bad input with a clear, localized 400, never a 500', async () => {
      const badMonth = await statement('month=2024-13&lang=nl');
      assert.equal(badMonth.statusCode, 400);
      assert.equal(badMonth.json().errors[0].field, 'month');
      assert.match(badMonth.json().detail, /JJJJ-MM/);
      const unknownNetwork = await statement('month=2024-05&network=atlantis&lang=en');
      assert.equal(unknownNetwork.statusCode, 400);
      assert.equal(unknownNetwork.json().errors[0].field, 'network');
      assert.match(unknownNetwork.json().detail, /Known networks: bru-stars, brumenta/);
      assert.equal((await statement('month=2024-05&format=xml')).statusCode, 400);
      assert.equal((await statement('')).statusCode, 400);
      const empty = (await statement('month=2030-01')).json();
      assert.deepEqual([empty.totals.sessions, empty.networks], [0, []]);
    });

    describe('passerelle billing', () => {
      async function billing(args: string[], locale: Locale = 'fr') {
        const out: string[] = [];
        const err: string[] = [];
        const context: CommandContext = {
          args,
          config: loadConfig({ DATA_DIR: t.dataDir }),
          log: createLogger({ logLevel: 'silent' }),
          locale,
          database: async () => t.database,
          out: (line) => out.push(line),
          err: (line) => err.push(line),
        };
        const code = await careCommands[0]!.run(context);
        return { code, out: out.join('\n'), err: err.join('\n') };
      }

      it('prints the month as CSV, or JSON, for one network', async () => {
        const csv = await billing(['--month', '2024-05', '--network', 'brumenta', '--separator', ';']);
        assert.equal(csv.code, 0);
        assert.ok(csv.out.startsWith('\uFEFFMois;Réseau;'));
        assert.match(csv.out, /Total général;;;;5;4;1;/);
        const json = await billing(['--month', '2024-05', '--format', 'json']);
        assert.equal(JSON.parse(json.out).totals.copayCents, 1500);
      });

      it('explains bad options in the user’s language and exits with 2', async () => {
        const cases: [string[], Locale, RegExp][] = [
          [[], 'fr', /Indiquez le mois du décompte avec --month/],
          [['--month', '05/2024'], 'nl', /‘05\/2024’ is geen maand/],
          [['--month', '2024-05', '--format', 'xlsx'], 'en', /Unknown format “xlsx”: choose csv or json/],
          [['--month', '2024-05', '--separator', '|'], 'fr', /Séparateur inconnu/],
          [
            ['--month', '2024-05', '--network', 'atlantis'],
            'en',
            /Unknown network “atlantis”. Known networks: bru-stars, brumenta/,
          ],
          [['--month', '2024-05', '--colour'], 'en', /Unknown option/],
        ];
        for (const [args, locale, message] of cases) {
          const result = await billing(args, locale);
          assert.equal(result.code, 2, args.join(' '));
          assert.match(result.err, message);
          assert.equal(result.out, '');
        }
      });
    });
  });
}
