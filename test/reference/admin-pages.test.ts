// Issue 16 §2: a platform admin imports a region's networks from a page; the import is audited,
// the territory check is shown, and a wrong file is refused with every problem, the text kept.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { createPerson, signedInClient } from '../support/accounts.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';
import { LIEGE_PACK, LIEGE_POSTCODES } from '../support/liege-fixture.ts';

for (const engine of testEngines()) {
  describe(`the networks page (${engine})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(engine);
    });
    after(() => t.close());

    it('imports the Liège fixture, shows the commune left out, and writes the audit log', async () => {
      const adminId = await createPerson(t, {
        email: 'ada@admin.example',
        grants: [{ role: 'platform-admin' }],
      });
      const admin = await signedInClient(t, adminId);
      const before = await admin.get('/en/admin/networks');
      assert.equal(before.statusCode, 200);
      assert.match(
        before.body,
        /1 territory loaded \(Brussels-Capital Region\), 19 communes: each has one network/,
      );
      const posted = await admin.post('/en/admin/networks', {
        pack: readFileSync(LIEGE_PACK, 'utf8'),
        postcodes: readFileSync(LIEGE_POSTCODES, 'utf8'),
      });
      assert.equal(posted.statusCode, 303, posted.body);
      const after = await admin.get(posted.headers.location as string);
      assert.match(after.body, /Imported\./);
      assert.match(
        after.body,
        /Mentale Gesundheit Ostbelgien \(mgo\)<\/td><td>mixed<\/td><td>from 0<\/td><td>German, French<\/td><td>9</,
      );
      assert.match(after.body, /63088 Plombières: no network for adults \(networks: liege-youth\)\./);
      // The pack's deciding body can be granted at once, without a restart.
      const person = await admin.get(`/en/admin/staff/${adminId}`);
      assert.match(
        person.body,
        /<option value="mgo-board">Board of Mentale Gesundheit Ostbelgien \(fixture\)<\/option>/,
      );
      const audit = await admin.get('/en/admin/audit');
      assert.match(audit.body, /imported networks and their territories/);
    });

    it('refuses a broken pack with each problem, keeping what was pasted', async () => {
      const adminId = await createPerson(t, {
        email: 'bea@admin.example',
        grants: [{ role: 'platform-admin' }],
      });
      const admin = await signedInClient(t, adminId);
      await admin.get('/fr/admin/networks');
      const pack = readFileSync(LIEGE_PACK, 'utf8').replace(
        '"provinces": ["Liège"]',
        '"provinces": ["Atlantis"]',
      );
      const refused = await admin.post('/fr/admin/networks', { pack });
      assert.equal(refused.statusCode, 400);
      assert.match(refused.body, /Rien n’a été importé\u202f: 1 problème\./);
      assert.match(refused.body, /province «\u202fAtlantis\u202f» inconnue/);
      assert.match(refused.body, /&quot;Atlantis&quot;|"Atlantis"/);
      const empty = await admin.post('/fr/admin/networks', { pack: '  ' });
      assert.equal(empty.statusCode, 400);
      assert.match(empty.body, /Collez le fichier de référence\./);
    });

    it('changes one network: its description fills the form, and importing it changes that network only', async () => {
      const adminId = await createPerson(t, {
        email: 'cleo@admin.example',
        grants: [{ role: 'platform-admin' }],
      });
      const admin = await signedInClient(t, adminId);
      const list = await admin.get('/de/admin/networks');
      assert.match(
        list.body,
        /<a href="\/de\/admin\/networks\?edit=brumenta#pack">Brumenta \(Erwachsene\) ändern<\/a>/,
      );
      const page = await admin.get('/de/admin/networks?edit=brumenta');
      assert.equal(page.statusCode, 200);
      assert.match(
        page.body,
        /Die aktuelle Beschreibung von Brumenta \(Erwachsene\) steht unten im Feld „Referenzdatei“/,
      );
      const pack = JSON.parse(textareaValue(page.body, 'pack')) as {
        networks: Array<{
          id: string;
          names: Record<string, string>;
          website: string | null;
          communes: string[];
        }>;
        zones: unknown[];
      };
      assert.deepEqual(
        pack.networks.map((n) => [n.id, n.communes.length]),
        [['brumenta', 19]],
      );
      assert.deepEqual(pack.zones, []);
      const network = pack.networks[0]!;
      network.names.de = 'Brumenta (Brüssel)';
      network.website = 'https://brumenta.example/neu';
      const posted = await admin.post('/de/admin/networks', { pack: JSON.stringify(pack) });
      assert.equal(posted.statusCode, 303, posted.body);
      const snapshot = t.services.reference.snapshot();
      assert.equal(snapshot.networks.get('brumenta')?.names.de, 'Brumenta (Brüssel)');
      assert.equal(snapshot.networks.get('brumenta')?.website, 'https://brumenta.example/neu');
      assert.equal(snapshot.networks.get('brumenta')?.communes.size, 19);
      // Zones and the other network are as they were.
      assert.deepEqual(snapshot.zones.get('east')?.networkIds, ['bru-stars', 'brumenta']);
      assert.equal(snapshot.networks.get('bru-stars')?.names.de, 'Bru-Stars (Kinder und Jugendliche)');
      // An unknown network leaves the form empty rather than failing.
      const unknown = await admin.get('/de/admin/networks?edit=nowhere');
      assert.equal(unknown.statusCode, 200);
      assert.equal(textareaValue(unknown.body, 'pack'), '');
    });
  });
}

/** What a textarea holds, as the browser would read it from the HTML. */
function textareaValue(html: string, id: string): string {
  const match = new RegExp(`<textarea[^>]*id="${id}"[^>]*>([\\s\\S]*?)</textarea>`).exec(html);
  assert.ok(match, `no textarea ${id}`);
  return match[1]!
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
