import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { describeRowErrors, readCsv } from '../../src/platform/csv.ts';
import { validatePostcodes } from '../../src/reference/domain/import.ts';
import { referenceMessages } from '../../src/reference/messages.ts';
import { BUNDLED_POSTCODES, ReferenceService } from '../../src/reference/service.ts';
import { openBrusselsDatabase, testEngines } from '../support/database.ts';

const HEADER = 'postcode,locality_fr,locality_nl,commune_nis,commune_fr,commune_nl,zone,lat,lon';
const ZONES = new Set(['east', 'south', 'north-west', 'centre-west']);

describe('postcodes file validation', () => {
  it('accepts the Brussels file shipped with Passerelle: 22 postcodes, 19 communes', () => {
    const checked = validatePostcodes(readCsv(readFileSync(BUNDLED_POSTCODES, 'utf8')), ZONES);
    assert.ok(checked.ok);
    assert.equal(checked.value.localities.length, 22);
    assert.equal(checked.value.communes.length, 19);
  });

  it('reports every problem with its spreadsheet row and column', () => {
    const csv = [
      HEADER,
      '1030,Schaerbeek,Schaarbeek,21015,Schaerbeek,Schaarbeek,east,50.8674,4.3773',
      '103,X,X,2101,X,X,nowhere,95,4.3',
      '1030,Schaerbeek,Schaarbeek,21015,Schaerbeek,Schaarbeek,east,50.8674,4.3773',
      '1040,,Etterbeek,21005,Etterbeek,Etterbeek,east,50.83,4.38',
    ].join('\n');
    const checked = validatePostcodes(readCsv(csv), ZONES);
    assert.equal(checked.ok, false);
    const lines = describeRowErrors(
      'en',
      checked.ok ? [] : checked.errors,
      referenceMessages.en.importErrors,
    );
    assert.deepEqual(lines, [
      'row 3, column postcode: invalid postcode “103”: 4 digits expected.',
      'row 3, column commune_nis: invalid NIS code “2101”: 5 digits expected.',
      'row 3, column lat: latitude “95” outside Belgium (49.4 to 51.6).',
      'row 3, column zone: unknown zone “nowhere”: import the reference file that describes it first.',
      'row 4, column postcode: postcode 1030 is already on row 2.',
      'row 5, column locality_fr: a value is required.',
    ]);
  });

  it('reads Belgian Excel files: semicolons, a BOM, decimal commas', () => {
    const csv = `\uFEFF${HEADER.replaceAll(',', ';')}\n1030;Schaerbeek;Schaarbeek;21015;Schaerbeek;Schaarbeek;east;50,8674;4,3773\n`;
    const checked = validatePostcodes(readCsv(csv), ZONES);
    assert.ok(checked.ok);
    assert.equal(checked.value.localities[0]?.lat, 50.8674);
  });

  it('refuses a file without the expected columns before reading any row', () => {
    const checked = validatePostcodes(readCsv('postcode,name\n1000,Bruxelles\n'), ZONES);
    assert.equal(checked.ok, false);
    assert.equal(checked.ok ? '' : checked.errors[0]?.code, 'missing-columns');
  });
});

for (const engine of testEngines()) {
  describe(`importing reference data (${engine})`, () => {
    it('writes nothing when one row is wrong', async () => {
      const database = await openBrusselsDatabase(engine);
      try {
        const reference = await ReferenceService.open(database);
        const csv = [
          HEADER,
          '1300,Wavre,Waver,25112,Wavre,Waver,,50.7167,4.6',
          '1301,Bierges,Bierges,25112,Wavre,Waver,,50.71,99',
        ].join('\n');
        const outcome = await reference.importReference({ postcodesCsv: csv });
        assert.equal(outcome.ok, false);
        assert.equal(
          reference.route({ place: { postcode: '1300' }, requester: 'public', language: 'fr' }).ok,
          false,
        );
        assert.equal(reference.snapshot().localities.has('1300'), false);
      } finally {
        await database.close();
      }
    });
  });
}

describe('passerelle import postcodes (command line)', () => {
  let dataDir: string;
  before(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'passerelle-cli-'));
  });
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  const cli = (...args: string[]) =>
    spawnSync(process.execPath, ['bin/passerelle.js', ...args], {
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', LANG: 'en_BE.UTF-8' },
      encoding: 'utf8',
    });

  it('prints its commands', () => {
    const help = execFileSync(process.execPath, ['bin/passerelle.js', '--help'], { encoding: 'utf8' });
    for (const command of ['serve', 'migrate', 'seed', 'import postcodes', 'import reference'])
      assert.match(help, new RegExp(command));
  });

  it('imports the Brussels file, then refuses a broken one with row numbers and exit code 1', () => {
    const good = cli(
      'import',
      'postcodes',
      BUNDLED_POSTCODES.pathname,
      '--pack',
      new URL('../../src/reference/data/brussels-reference.json', import.meta.url).pathname,
    );
    assert.equal(good.status, 0, good.stderr);
    assert.match(good.stdout, /"postcodes":22/);
    const broken = join(dataDir, 'broken.csv');
    writeFileSync(
      broken,
      `${HEADER}\n1300,Wavre,Waver,25112,Wavre,Waver,,50.7167,4.6\n13O1,Bierges,Bierges,25112,Wavre,Waver,,50.71,4.6\n`,
    );
    const refused = cli('import', 'postcodes', broken);
    assert.equal(refused.status, 1);
    assert.match(refused.stderr, /Nothing was imported/);
    assert.match(refused.stderr, /row 3, column postcode: invalid postcode “13O1”/);
  });

  it('explains a missing file instead of crashing', () => {
    const missing = cli('import', 'postcodes', join(dataDir, 'nope.csv'));
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /Cannot read .*nope\.csv: ENOENT/);
  });
});
