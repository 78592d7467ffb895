// The public statistics page: quarterly figures per network in FR/NL/EN/DE, small numbers shown as
// "< 5" (and what would give them back hidden), a CSV for Belgian Excel, the year chosen by a
// plain form.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { makeNiss } from '../care/support/niss.ts';
import type { TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';
import { type RecordedApp, startRecordedApp } from './support/recorded-app.ts';

/** The text of each cell of the table whose caption starts with `caption`, row by row. */
function tableRows(html: string, caption: string): string[][] {
  const start = html.indexOf(`<caption class="table__caption">${caption}`);
  assert.ok(start >= 0, `a table captioned ${caption}`);
  const table = html.slice(start, html.indexOf('</table>', start));
  const body = table.slice(table.indexOf('<tbody>'));
  return [...body.matchAll(/<tr>(.*?)<\/tr>/gs)].map((row) =>
    [...row[1]!.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/gs)].map((cell) => cell[1]!.replace(/&lt;/g, '<')),
  );
}

for (const engine of testEngines()) {
  describe(`public statistics page (${engine})`, () => {
    let t: TestApp;
    before(async () => {
      let record: RecordedApp['record'];
      ({ t, record } = await startRecordedApp(engine));
      // Second quarter of 2026: seven adults aged 46, three of them with BIM, and two aged 36.
      for (let p = 0; p < 7; p++) {
        await record({
          niss: makeNiss('1980-02-14', 600 + p),
          birthDate: '1980-02-14',
          bim: p < 3,
          date: '2026-05-04',
        });
      }
      for (let p = 0; p < 2; p++) {
        await record({ niss: makeNiss('1990-01-01', 700 + p), birthDate: '1990-01-01', date: '2026-06-08' });
      }
    });
    after(() => t.close());

    it('shows a network’s quarter, with "< 5" for a small band and the band that would give it back hidden', async () => {
      const response = await t.app.inject({ url: '/en/statistics?year=2026' });
      assert.equal(response.statusCode, 200);
      const rows = tableRows(response.body, 'Brumenta');
      // Quarter, sessions, patients, 0-11, 12-17, 18-23, 24-44, 45-64, 65+, BIM share, GP requests, first contact.
      assert.deepEqual(rows[1], ['Q2 2026', '9', '9', '0', '0', '0', '< 5', 'hidden', '0', '< 5', '0', '–']);
      assert.deepEqual(rows[0], ['Q1 2026', '0', '0', '0', '0', '0', '0', '0', '0', '–', '0', '–']);
      assert.doesNotMatch(rows[1]!.join(' '), /\b7\b|\b2\b/);
    });

    it('speaks French, Dutch and German, with French typography', async () => {
      const fr = await t.app.inject({ url: '/fr/statistics?year=2026' });
      assert.match(fr.body, /<h1>Statistiques publiques<\/h1>/);
      assert.match(fr.body, /Brumenta \(adultes\)\u202f: séances et patients par trimestre, 2026/);
      const nl = await t.app.inject({ url: '/nl/statistics?year=2026' });
      assert.match(nl.body, /<h1>Openbare statistieken<\/h1>/);
      assert.match(nl.body, /K2 2026/);
      const de = await t.app.inject({ url: '/de/statistics?year=2026' });
      assert.equal(de.statusCode, 200);
      assert.match(de.body, /<h1>Öffentliche Statistiken<\/h1>/);
      assert.match(de.body, /Brumenta \(Erwachsene\): Sitzungen und Patienten pro Quartal, 2026/);
      assert.match(de.body, /„&lt; 5“: weniger als 5 Personen/);
    });

    it('links to itself from every page’s footer', async () => {
      const home = await t.app.inject({ url: '/nl' });
      assert.match(home.body, /href="\/nl\/statistics">Statistieken</);
    });

    it('keeps an unknown year as typed and names the field', async () => {
      const response = await t.app.inject({ url: '/en/statistics?year=1999x' });
      assert.equal(response.statusCode, 400);
      assert.match(response.body, /Year: choose a year from the list/);
      assert.match(response.body, /<a href="#year">/);
      assert.match(response.body, /<option value="2026" selected>/);
    });

    it('downloads the same figures as a CSV Belgian Excel opens: BOM, semicolons, "< 5"', async () => {
      const response = await t.app.inject({ url: '/fr/statistics.csv?year=2026' });
      assert.equal(response.statusCode, 200);
      assert.match(String(response.headers['content-type']), /text\/csv; charset=utf-8/);
      assert.match(
        String(response.headers['content-disposition']),
        /attachment; filename="statistics-2026.csv"/,
      );
      assert.ok(response.body.startsWith('\uFEFF'));
      const lines = response.body.slice(1).split('\r\n');
      assert.match(lines[0]!, /^Statistiques publiques;Trimestre;Séances;Patients;0-11 ans;/);
      assert.ok(
        lines.includes('Brumenta (adultes);T2 2026;9;9;0;0;0;< 5;masqué;0;< 5;0;–'),
        lines.join('\n'),
      );
    });
  });
}
