// The coordinator's case page as a person uses it: the request first, then ONE primary action,
// decline as a warning confirmed on a page of its own, then the history; what was typed in a
// form that went wrong comes back in that form.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';
import { FormClient } from './support/client.ts';
import { GP_REQUEST } from './support/fixtures.ts';
import { coordinatorOf, createStaff } from './support/staff.ts';

const version = (body: string) => /name="version" value="(\d+)"/.exec(body)?.[1] ?? '';

for (const engine of testEngines()) {
  describe(`the request's case page (${engine})`, () => {
    let t: TestApp;
    let coordinator: FormClient;
    let caseUrl: string;
    let reference: string;

    before(async () => {
      t = await startTestApp(engine);
      const created = await t.app.inject({
        method: 'POST',
        url: '/api/v1/support-requests',
        payload: GP_REQUEST,
      });
      caseUrl = `/fr/inbox/cases/${created.json().id}`;
      reference = created.json().reference;
      const staff = await createStaff(t, {
        email: 'nw@staff.example',
        displayName: 'Marie Dubois',
        grants: coordinatorOf('north-west'),
      });
      coordinator = new FormClient(t, staff.cookie);
    });
    after(() => t.close());

    it('shows the request, then one primary action (acknowledge), decline as a warning, then the history', async () => {
      const page = await coordinator.get(caseUrl);
      const body = page.body;
      const at = (text: string) => body.indexOf(text);
      assert.ok(at('Demandeur') < at('id="case-actions-title"'), 'the request comes before the actions');
      assert.ok(at('id="case-actions-title"') < at('id="case-timeline-title"'), 'the history comes last');
      const buttons = [...body.matchAll(/<button type="submit" class="(button[^"]*)">([^<]+)</g)].map((m) => [
        m[1],
        m[2],
      ]);
      const primary = buttons.filter(([cls]) => cls === 'button');
      assert.deepEqual(primary, [['button', 'Prendre en compte et prévenir le demandeur']]);
      assert.ok(
        buttons.some(([cls, label]) => cls === 'button button--warning' && label === 'Refuser la demande'),
      );
      assert.ok(
        at('Prendre en compte et prévenir') < at('Ajouter la note'),
        'the primary action comes first',
      );
    });

    it('keeps what was typed when a form goes wrong, in that form only', async () => {
      const page = await coordinator.get(caseUrl);
      const refused = await coordinator.post(`${caseUrl}/reassign`, {
        version: version(page.body),
        toZoneId: 'nowhere',
        reason: 'Le cabinet a déménagé à Uccle',
      });
      assert.equal(refused.status, 400);
      assert.match(refused.body, /id="reassign-reason"[^>]*value="Le cabinet a déménagé à Uccle"/);
      assert.doesNotMatch(refused.body, /id="decline-reason"[^>]*>Le cabinet/);
      const stale = await coordinator.post(`${caseUrl}/note`, {
        version: '99',
        text: 'Rappeler lundi matin',
      });
      assert.equal(stale.status, 409);
      assert.match(stale.body, /<textarea[^>]*id="note-text"[^>]*>Rappeler lundi matin<\/textarea>/);
    });

    it('asks before declining, keeps the reason, and declines only once confirmed', async () => {
      const page = await coordinator.get(caseUrl);
      const missing = await coordinator.post(`${caseUrl}/decline`, {
        version: version(page.body),
        reason: '',
      });
      assert.equal(missing.status, 400, 'a missing reason is said before the confirmation');
      const asked = await coordinator.post(`${caseUrl}/decline`, {
        version: version(page.body),
        reason: 'Hors de notre zone d’action',
      });
      assert.equal(asked.status, 200);
      assert.match(
        asked.body,
        new RegExp(`Êtes-vous sûr de vouloir refuser la demande ${reference}\u202f\\?`),
      );
      assert.match(asked.body, /Cela ne pourra pas être annulé/);
      assert.match(asked.body, /Hors de notre zone d’action/);
      assert.match(asked.body, new RegExp(`href="${caseUrl}"[^>]*>Non, revenir au dossier`));
      assert.doesNotMatch((await coordinator.get(caseUrl)).body, /Refusée/);
      const done = await coordinator.post(`${caseUrl}/decline`, {
        version: version(page.body),
        reason: 'Hors de notre zone d’action',
        confirmed: 'yes',
      });
      assert.equal(done.status, 200);
      assert.match(done.url, /done=decline/);
      assert.match(done.body, /Refusée/);
    });
  });
}
