// Population figures per commune and year: checked row by row, loaded all or nothing, on both
// engines and through the `passerelle import population` command.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadConfig } from '../../src/platform/config.ts';
import { describeRowErrors, readCsv } from '../../src/platform/csv.ts';
import type { Database } from '../../src/platform/db/database.ts';
import { createLogger } from '../../src/platform/logger.ts';
import { validatePopulation } from '../../src/reference/domain/population.ts';
import {
  BUNDLED_POPULATION,
  importBundledPopulation,
  importPopulation,
  inhabitantsOf,
  populationOf,
  populationYears,
} from '../../src/reference/population.ts';
import { populationImportMessages } from '../../src/reference/population-messages.ts';
import { prepareDatabase } from '../../src/setup.ts';
import { openTestDatabase, testEngines } from '../support/database.ts';

const HEADER = 'commune_nis,commune_fr,commune_nl,year,inhabitants';

describe('population file validation', () => {
  it('accepts the Brussels file shipped with Passerelle: 19 communes, 1,218,255 inhabitants in 2020', () => {
    const checked = validatePopulation(readCsv(readFileSync(BUNDLED_POPULATION, 'utf8')));
    assert.ok(checked.ok);
    assert.equal(checked.rows.length, 19);
    assert.equal(
      checked.rows.reduce((sum, row) => sum + row.inhabitants, 0),
      1_218_255,
    );
    assert.ok(checked.rows.every((row) => row.year === 2020 && row.youngInhabitants === null));
  });

  it('takes the optional columns, a share as a fraction or a percentage', () => {
    const csv = [
      `${HEADER},young_inhabitants,increased_reimbursement_share`,
      '21001,Anderlecht,Anderlecht,2024,121000,40000,"0,31"',
      '21002,Auderghem,Oudergem,2024,35000,,12 %',
    ].join('\n');
    const checked = validatePopulation(readCsv(csv));
    assert.ok(checked.ok);
    assert.deepEqual(
      checked.rows.map((r) => [r.youngInhabitants, r.increasedReimbursementShare]),
      [
        [40000, 0.31],
        [null, 0.12],
      ],
    );
  });

  it('reports every problem with its row and column, in the reader’s language', () => {
    const csv = [
      `${HEADER},young_inhabitants,increased_reimbursement_share`,
      '2100,Anderlecht,Anderlecht,2020,120887,,',
      '21002,,Oudergem,20,34 404,,',
      '21003,Berchem,Berchem,2020,100,200,1.5',
      '21003,Berchem,Berchem,2020,100,,',
    ].join('\n');
    const checked = validatePopulation(readCsv(csv));
    assert.equal(checked.ok, false);
    assert.deepEqual(describeRowErrors('en', checked.ok ? [] : checked.errors, populationImportMessages.en), [
      'row 2, column commune_nis: invalid NIS code ‘2100’: 5 digits expected.',
      'row 3, column commune_fr: a value is required.',
      'row 3, column year: invalid year ‘20’: 4 digits expected, from 1990 to 2100.',
      'row 3, column inhabitants: invalid number ‘34 404’: a whole number without separators expected.',
      'row 4, column young_inhabitants: 200 young inhabitants, more than there are inhabitants.',
      'row 4, column increased_reimbursement_share: invalid share ‘1.5’: a fraction from 0 to 1 (0.27) or a percentage (27%) expected.',
      'row 5, column commune_nis: commune 21003 is already listed for 2020 on row 4.',
    ]);
  });

  it('names the columns a file lacks', () => {
    const checked = validatePopulation(readCsv('commune_nis,year\n21001,2020'));
    assert.deepEqual(checked.ok ? [] : checked.errors, [
      { row: 1, code: 'missing-columns', values: { columns: 'commune_fr, commune_nl, inhabitants' } },
    ]);
  });
});

for (const engine of testEngines()) {
  describe(`population import (${engine})`, () => {
    let database: Database;
    before(async () => {
      database = await openTestDatabase(engine);
    });
    after(() => database.close());

    it('loads the Brussels figures, then another year beside them, and replaces a commune’s year', async () => {
      assert.deepEqual(await importBundledPopulation(database.db), {
        ok: true,
        counts: { communes: 19, years: [2020] },
      });
      const later = `${HEADER}\n21001,Anderlecht,Anderlecht,2021,121929\n21001,Anderlecht,Anderlecht,2020,120000`;
      assert.ok((await importPopulation(database.db, later)).ok);
      assert.deepEqual(await populationYears(database.db), [2021, 2020]);
      const [anderlecht2020] = await populationOf(database.db, 2020, ['21001']);
      assert.equal(anderlecht2020?.inhabitants, 120_000);
      assert.equal((await populationOf(database.db, 2020)).length, 19);
      assert.equal((await populationOf(database.db, 2021)).length, 1);
    });

    it('answers a commune’s inhabitants for a year from the latest figures loaded up to it', async () => {
      await importPopulation(database.db, `${HEADER}\n21009,Ixelles,Elsene,2024,88000`);
      assert.equal(await inhabitantsOf(database.db, '21009', 2026), 88_000);
      assert.equal(await inhabitantsOf(database.db, '21009', 2023), 87_632);
      assert.equal(await inhabitantsOf(database.db, '21009', 2019), null);
      assert.equal(await inhabitantsOf(database.db, '99999', 2026), null);
    });

    it('is loaded with the reference data when a database is prepared, as at `npm start`', async () => {
      const fresh = await openTestDatabase(engine);
      try {
        assert.deepEqual(await populationYears(fresh.db), []);
        const config = loadConfig({ DEMO_DATA: 'off', LOG_LEVEL: 'silent' });
        await prepareDatabase(fresh, config, createLogger(config));
        assert.deepEqual(await populationYears(fresh.db), [2020]);
        assert.equal((await populationOf(fresh.db, 2020)).length, 19);
      } finally {
        await fresh.close();
      }
    });

    it('writes nothing from a file with one bad row', async () => {
      const bad = `${HEADER}\n21004,Bruxelles,Brussel,2030,1\n21005,Etterbeek,Etterbeek,2030,-3`;
      const outcome = await importPopulation(database.db, bad);
      assert.equal(outcome.ok, false);
      assert.deepEqual(await populationOf(database.db, 2030), []);
    });
  });
}

describe('passerelle import population', () => {
  let dataDir: string;
  before(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'passerelle-population-'));
  });
  after(() => rmSync(dataDir, { recursive: true, force: true }));
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, ['bin/passerelle.js', ...args], {
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', LANG: 'en_BE.UTF-8' },
      encoding: 'utf8',
    });

  it('imports the Brussels file, then refuses a broken one with row numbers and exit code 1', () => {
    const good = cli('import', 'population', BUNDLED_POPULATION.pathname);
    assert.equal(good.status, 0, good.stderr);
    assert.match(good.stdout, /Imported: \{"communes":19,"years":\[2020\]\}/);
    const broken = join(dataDir, 'broken.csv');
    writeFileSync(broken, `${HEADER}\n21001,Anderlecht,Anderlecht,2020,lots`);
    const refused = cli('import', 'population', broken);
    assert.equal(refused.status, 1);
    assert.match(refused.stderr, /row 2, column inhabitants: invalid number ‘lots’/);
  });
});
