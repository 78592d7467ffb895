import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';
import { GOOD_ROWS, HEADER } from './fixtures.ts';

const BAD_ROW =
  '1-23456-26-780,,psychologist,Orlane,Quelinck,fr,adults,support,individual,,brumenta,yes,within-a-week,02 012 34 57,,,,Rue du Verger 14,1030,,,,,';
const csv = (...rows: string[]) => [HEADER, ...rows].join('\n');

interface Item {
  displayName: string;
  acceptingNewPatients: boolean;
}

for (const engine of testEngines()) {
  describe(`importing a clinicians spreadsheet (${engine})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(engine);
    });
    after(() => t.close());

    const listed = async () =>
      ((await t.app.inject('/api/v1/clinicians?limit=100')).json().items as Item[])
        .map((i) => i.displayName)
        .sort();

    it('imports nothing when any row is wrong', async () => {
      const outcome = await t.services.directory.importClinicians(csv(GOOD_ROWS[0]!, BAD_ROW));
      assert.ok(!outcome.ok);
      assert.deepEqual(
        outcome.errors.map((e) => [e.row, e.column, e.code]),
        [[3, 'inami', 'inami-format']],
      );
      assert.deepEqual(await listed(), []);
      assert.equal(await t.services.directory.isEmpty(), true);
    });

    it('imports a valid file, then updates the same clinicians by INAMI number', async () => {
      const first = await t.services.directory.importClinicians(csv(...GOOD_ROWS));
      assert.deepEqual(first, { ok: true, counts: { created: 2, updated: 0 } });
      assert.deepEqual(await listed(), ['Ilvane Brommelaar', 'Kalisse Dal Vostoven']);

      const changed = GOOD_ROWS[0]!.replace(',oui,', ',non,');
      const again = await t.services.directory.importClinicians(csv(changed, GOOD_ROWS[1]!));
      assert.deepEqual(again, { ok: true, counts: { created: 0, updated: 2 } });
      const items = (await t.app.inject('/api/v1/clinicians?limit=100')).json().items as Item[];
      assert.equal(items.find((i) => i.displayName === 'Ilvane Brommelaar')?.acceptingNewPatients, false);
    });

    it('takes a clinician out of the finder when their row says listed = no', async () => {
      const unlisted = `${HEADER},listed\n${GOOD_ROWS[1]},no`;
      const outcome = await t.services.directory.importClinicians(unlisted);
      assert.deepEqual(outcome, { ok: true, counts: { created: 0, updated: 1 } });
      assert.deepEqual(await listed(), ['Ilvane Brommelaar']);
    });
  });
}

describe('passerelle import clinicians (command line, embedded database)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'passerelle-cli-'));
  // The embedded database of its own data folder, whatever the caller's environment says.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: join(dir, 'data'),
    DEMO_DATA: 'off',
    LOG_LEVEL: 'silent',
  };
  delete env.DATABASE_URL;
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['bin/passerelle.js', ...args], { env, encoding: 'utf8', timeout: 120_000 });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('reports each problem with its row and column in the chosen language, and imports nothing', () => {
    assert.equal(run('seed').status, 0);
    const file = join(dir, 'bad.csv');
    writeFileSync(file, csv(GOOD_ROWS[0]!, BAD_ROW));
    const result = run('import', 'clinicians', file, '--lang', 'nl');
    assert.equal(result.status, 1, result.stderr);
    assert.match(result.stderr, /Er is niets geïmporteerd: 1 probleem\./);
    assert.match(result.stderr, /rij 3, kolom inami: ongeldig RIZIV-nummer ‘1-23456-26-780’/);
  });

  it('imports a valid file and says how many clinicians were added and updated', () => {
    const file = join(dir, 'good.csv');
    writeFileSync(file, csv(...GOOD_ROWS));
    const result = run('import', 'clinicians', file, '--lang', 'fr');
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /Importé\s: 2 ajoutés, 0 mis à jour\./);
  });
});
