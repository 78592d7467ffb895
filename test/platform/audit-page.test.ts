// The audit log page reads as sentences in the reader's language: who did what to which case,
// account or network, and when, with names rather than ids, codes or JSON.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { FormClient } from '../requests/support/client.ts';
import { GP_REQUEST } from '../requests/support/fixtures.ts';
import { coordinatorOf, createStaff } from '../requests/support/staff.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';

const none = { networkId: null, zoneId: null, bodyId: null };

for (const engine of testEngines()) {
  describe(`the audit log as sentences (${engine})`, () => {
    let t: TestApp;
    let admin: FormClient;
    let reference: string;
    let caseId: string;

    before(async () => {
      t = await startTestApp(engine);
      const created = await t.app.inject({
        method: 'POST',
        url: '/api/v1/support-requests',
        payload: GP_REQUEST,
      });
      caseId = created.json().id;
      reference = created.json().reference;
      const marie = await createStaff(t, {
        email: 'marie@coordination.example',
        displayName: 'Marie Dubois',
        grants: coordinatorOf('north-west'),
      });
      const coordinator = new FormClient(t, marie.cookie);
      await coordinator.get(`/fr/inbox/cases/${caseId}`);
      const page = await coordinator.get(`/fr/inbox/cases/${caseId}`);
      const version = /name="version" value="(\d+)"/.exec(page.body)![1]!;
      await coordinator.post(`/fr/inbox/cases/${caseId}/reassign`, {
        version,
        toZoneId: 'east',
        reason: 'Le cabinet est à Etterbeek',
      });
      const networkAdmin = await createStaff(t, {
        email: 'admin@brumenta.example',
        displayName: 'Ada Admin',
        grants: [{ ...none, role: 'network-admin', networkId: 'brumenta' }],
      });
      admin = new FormClient(t, networkAdmin.cookie);
    });
    after(() => t.close());

    it('says who read which request when, in French, Dutch and English', async () => {
      const fr = (await admin.get(`/fr/admin/audit?resource=${caseId}`)).body;
      const day = String.raw`\S+ \d{1,2} \S+ \d{4}`;
      assert.match(
        fr,
        new RegExp(`Marie Dubois a consulté la demande ${reference} le ${day} à \\d\\d:\\d\\d`),
      );
      assert.match(fr, new RegExp(`Marie Dubois a transmis la demande ${reference} à la zone Est le `));
      assert.match(fr, /marie@coordination\.example, Réseau Brumenta[^,]*, zone Nord-Ouest/);
      assert.doesNotMatch(fr, /\{&quot;|\{"/, 'no JSON');
      const nl = (await admin.get(`/nl/admin/audit?resource=${caseId}`)).body;
      assert.match(
        nl,
        new RegExp(`Marie Dubois heeft aanvraag ${reference} geraadpleegd op \\w+ \\d{1,2} \\w+ \\d{4} om`),
      );
      const en = (await admin.get(`/en/admin/audit?resource=${caseId}`)).body;
      assert.match(
        en,
        new RegExp(`Marie Dubois looked at request ${reference} on \\w+, \\d{1,2} \\w+ \\d{4} at`),
      );
    });

    it('names the list a coordinator looked at and how many cases it showed', async () => {
      const marie = await createStaff(t, {
        email: 'marie2@coordination.example',
        displayName: 'Marie Deux',
        grants: coordinatorOf('north-west'),
      });
      await new FormClient(t, marie.cookie).get('/fr/inbox');
      const fr = (await admin.get('/fr/admin/audit?action=case.list')).body;
      assert.match(fr, /Marie Deux a consulté la liste des demandes \(\d+ affichées\) le /);
    });
  });
}
