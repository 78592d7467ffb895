// The applications workflow through the pages, as people use it (no JavaScript needed): a
// Dutch-speaking clinician declares interest with documents, the zone's coordinator asks for
// more, the clinician answers and uploads, the case goes to decision, the body approves, the
// convention is signed and the clinician is in the finder; a suspension takes them out. A
// service applying to both networks needs both decisions. Uploads that attack are refused.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { brusselsDay, weeksLeft } from '../../src/budget/domain/index.ts';
import { formatEuros } from '../../src/platform/i18n/index.ts';
import { createPerson, mailTo, signedInClient } from '../support/accounts.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';
import type { TestClient } from '../support/http-client.ts';
import {
  act,
  caseIdFrom,
  coordinatorOf,
  DECLARATION,
  fillAll,
  PDF,
  PNG,
  SERVICE,
  upload,
} from './support/helpers.ts';

const year = Number(brusselsDay(new Date()).slice(0, 4));
const weeks = weeksLeft(year, brusselsDay(new Date()));

const decision = (
  applicationId: string,
  networkIds: string[],
  outcome: 'approve' | 'reject',
  bodyId: string,
) => ({
  applicationId,
  bodyId,
  networkIds,
  outcome,
  reasons: outcome === 'approve' ? 'Profiel past bij de noden' : 'Budget insuffisant cette année',
  meetingId: 'meeting-1',
  recordedBy: { accountId: '00000000-0000-4000-8000-000000000001', label: 'Secretary' },
  at: new Date(),
});

for (const engine of testEngines()) {
  describe(`applications workflow (${engine})`, () => {
    let t: TestApp;
    let clinician: TestClient;
    let coordinator: TestClient;
    let clinicianAccount: string;
    let caseId = '';

    before(async () => {
      t = await startTestApp(engine);
      clinicianAccount = await createPerson(t, {
        email: 'lotte@example.be',
        displayName: 'Lotte Peeters',
        locale: 'nl',
      });
      clinician = await signedInClient(t, clinicianAccount);
      const staff = await createPerson(t, {
        email: 'east@example.be',
        displayName: 'Coordinator East',
        grants: coordinatorOf('east'),
      });
      coordinator = await signedInClient(t, staff);
      // Brumenta's budget for this year: €250,000, at a default fee of €75 (2024 fees are unknown).
      const set = await t.services.budgets.setBudget({ kind: 'admin' }, 'brumenta', year, {
        allocationCents: 25_000_000,
        defaultFeeCents: 7_500,
      });
      assert.equal(set.ok, true);
    });
    after(() => t.close());

    it('asks a signed-out visitor to sign in or create an account before the questionnaire', async () => {
      const { TestClient } = await import('../support/http-client.ts');
      const anonymous = new TestClient(t);
      const start = await anonymous.get('/nl/professionals/join');
      assert.equal(start.statusCode, 200);
      assert.match(start.body, /sign-in\?next=%2Fnl%2Fprofessionals%2Fjoin/);
      assert.equal((await anonymous.get('/nl/professionals/join/identity')).statusCode, 303);
      // The account is made along the way, on the start page; a wrong address keeps the name typed.
      const wrong = await anonymous.submit(
        '/nl/professionals/join',
        { displayName: 'Jan Smit', email: 'jan@', password: 'x' },
        '/nl/professionals/join/account',
      );
      assert.equal(wrong.statusCode, 400);
      assert.match(wrong.body, /value="Jan Smit"/);
      const made = await anonymous.submit(
        '/nl/professionals/join',
        { displayName: 'Jan Smit', email: 'jan@praktijk.example', password: 'tram cerise parapluie' },
        '/nl/professionals/join/account',
      );
      assert.equal(made.statusCode, 200);
      assert.match((await mailTo(t, 'jan@praktijk.example')).at(-1)!.textBody, /verify-email/);
    });

    it('keeps what was typed on an error, and refuses treatment without experience or training', async () => {
      const { postForm } = await import('./support/helpers.ts');
      const wrong = await postForm(t, clinician, '/nl/professionals/join/functions', {
        functions: ['treatment'],
        experienceYears: '2',
        longTraining: 'no',
        trainings: 'Korte opleiding',
      });
      assert.equal(wrong.statusCode, 400);
      // The summary link names the field before saying what is wrong with it.
      assert.match(
        wrong.body,
        /href="#functions">Gewenste functies: behandeling \(functie 3\) vraagt minstens 5 jaar/,
      );
      assert.match(wrong.body, /Korte opleiding/);
    });

    it('lets the clinician declare in Dutch, with documents, progress kept in the account', async () => {
      await fillAll(t, clinician, '/nl/professionals/join', DECLARATION);
      // Without documents the check page sends back to the documents page.
      const check = await clinician.get('/nl/professionals/join/check');
      assert.equal(check.headers.location, '/nl/professionals/join/documents');
      const start = await clinician.get('/nl/professionals/join');
      assert.match(start.body, /Verdergaan waar u stopte/);
      const page = '/nl/professionals/join/documents';
      const action = '/nl/professionals/join/documents/upload';
      const diploma = await upload(t, clinician, {
        page,
        action,
        fields: { documentKind: 'diploma' },
        filename: 'diploma.pdf',
        content: PDF,
      });
      assert.equal(diploma.statusCode, 303);
      const summary = await clinician.get('/nl/professionals/join/check');
      assert.equal(summary.headers.location, page, 'the visa is still missing');
      const visa = await upload(t, clinician, {
        page,
        action,
        fields: { documentKind: 'visa' },
        filename: 'visum.png',
        content: PNG,
        type: 'image/png',
      });
      assert.equal(visa.statusCode, 303);
      const checkPage = await clinician.get('/nl/professionals/join/check');
      assert.equal(checkPage.statusCode, 200);
      assert.match(checkPage.body, /Lotte Peeters/);
      assert.match(checkPage.body, /diploma\.pdf, |visum\.png, diploma\.pdf/);
      const sent = await clinician.post('/nl/professionals/join/check');
      assert.equal(sent.statusCode, 303);
      caseId = caseIdFrom(sent.headers.location as string);
      const mine = await clinician.get(sent.headers.location as string);
      assert.match(mine.body, /Uw kandidatuur AP-/);
      assert.match(mine.body, /Kandidatuur verzonden/);
      const mails = await mailTo(t, 'lotte@example.be');
      assert.match(mails.at(-1)!.subject, /Uw kandidatuur: Kandidatuur verzonden/);
    });

    it('shows the zone coordinator the case with its budget impact, not another zone', async () => {
      const list = await coordinator.get('/fr/applications');
      assert.match(list.body, /Lotte Peeters/);
      const page = await coordinator.get(`/fr/applications/${caseId}`);
      assert.equal(page.statusCode, 200);
      // 6 sessions × the weeks left in the year × the network default fee, read from the budget now.
      const total = 6 * weeks * 7_500;
      assert.ok(
        page.body.includes(
          `6 séances par semaine × ${weeks} semaines restantes en ${year} × ${formatEuros('fr', 7_500)} = ${formatEuros('fr', total)}`,
        ),
      );
      // What is left of Brumenta's €250,000 once this application would be signed.
      assert.ok(page.body.includes(`${formatEuros('fr', 25_000_000 - total)} après cette demande`));
      const other = await signedInClient(
        t,
        await createPerson(t, { email: 'south@example.be', grants: coordinatorOf('south') }),
      );
      assert.equal((await other.get(`/fr/applications/${caseId}`)).statusCode, 404);
    });

    it('lets the coordinator ask for a missing document, and the clinician answer with an upload', async () => {
      assert.equal((await act(t, coordinator, 'fr', caseId, 'start-check', { text: '' })).statusCode, 303);
      const asked = await act(t, coordinator, 'fr', caseId, 'request-information', {
        text: 'Merci d’ajouter votre attestation de formation.',
      });
      assert.equal(asked.statusCode, 303);
      const mail = (await mailTo(t, 'lotte@example.be')).at(-1)!;
      assert.match(mail.subject, /Informatie gevraagd/);
      assert.match(mail.textBody, /attestation de formation/);
      const space = `/nl/my/applications/${caseId}`;
      const page = await clinician.get(space);
      assert.match(page.body, /attestation de formation/);
      const added = await upload(t, clinician, {
        page: space,
        action: `${space}/documents`,
        fields: { documentKind: 'other', version: /name="version" value="(\d+)"/.exec(page.body)![1]! },
        filename: 'attest.pdf',
        content: PDF,
      });
      assert.equal(added.statusCode, 303);
      const zoneMails = await mailTo(t, 'east@coordination.example');
      assert.match(zoneMails.at(-1)!.subject, /Document ajouté/);
      const staffView = await coordinator.get(`/fr/applications/${caseId}`);
      assert.match(staffView.body, /attest\.pdf/);
      const fileId = /applications\/files\/([0-9a-f-]{36})">Télécharger attest\.pdf/.exec(
        staffView.body,
      )![1]!;
      const download = await coordinator.get(`/fr/applications/files/${fileId}`);
      assert.equal(download.statusCode, 200);
      assert.equal(download.headers['x-content-type-options'], 'nosniff');
      assert.match(String(download.headers['content-disposition']), /^attachment; filename="attest.pdf"/);
      assert.equal(download.headers['content-type'], 'application/pdf');
    });

    it('refuses upload attacks with clear messages and keeps nothing', async () => {
      const space = `/nl/my/applications/${caseId}`;
      const attempt = async (filename: string, content: Buffer) => {
        const page = await clinician.get(space);
        const version = /name="version" value="(\d+)"/.exec(page.body)![1]!;
        return upload(t, clinician, {
          page: space,
          action: `${space}/documents`,
          fields: { documentKind: 'other', version },
          filename,
          content,
        });
      };
      const big = await attempt('groot.pdf', Buffer.concat([PDF, Buffer.alloc(5 * 1024 * 1024)]));
      assert.equal(big.statusCode, 400, `big: ${big.headers.location}`);
      assert.match(big.body, /groter dan 5 MB/);
      const fake = await attempt('cv.pdf', Buffer.from('MZ\x90\x00 this is an executable'));
      assert.equal(fake.statusCode, 400, `fake: ${fake.headers.location}`);
      assert.match(fake.body, /geen PDF/);
      const escaping = await attempt('../../etc/passwd.pdf', PDF);
      assert.equal(escaping.statusCode, 400, `escape: ${escaping.headers.location}`);
      assert.match(escaping.body, /bestandsnaam bevat geweigerde tekens/);
      const { readdirSync } = await import('node:fs');
      assert.equal(readdirSync(`${t.dataDir}/files`).length, 3, 'diploma, visa and attestation only');
    });

    it('goes to decision, is approved by the body, signed, and the clinician is found in Dutch', async () => {
      await act(t, coordinator, 'fr', caseId, 'log-contact', {
        date: '2026-11-20',
        text: 'Rencontre au cabinet',
      });
      assert.equal(
        (await act(t, coordinator, 'fr', caseId, 'record-advice', { level: 'local', text: 'x' })).statusCode,
        409,
      );
      assert.equal(
        (await act(t, coordinator, 'fr', caseId, 'send-to-decision', { text: '' })).statusCode,
        303,
      );
      const agenda = await t.services.decisionDesk.readyForDecision(['brumenta']);
      assert.deepEqual(
        agenda.map((a) => [a.applicationId, a.networkIds, a.involvedAccountIds]),
        [[caseId, ['brumenta'], [clinicianAccount]]],
      );
      const outcome = await t.services.decisionDesk.recordDecision(
        decision(caseId, ['brumenta'], 'approve', 'brumenta-committee'),
      );
      assert.deepEqual(outcome, { ok: true, applicationStatus: 'approved' });
      const again = await t.services.decisionDesk.recordDecision(
        decision(caseId, ['brumenta'], 'approve', 'brumenta-committee'),
      );
      assert.deepEqual(again, { ok: false, reason: 'not-ready' });
      const convention = await clinician.get(`/nl/applications/${caseId}/convention`);
      assert.match(convention.body, /Overeenkomst eerstelijnspsychologische zorg/);
      assert.equal(
        (
          await act(t, coordinator, 'fr', caseId, 'sign-convention', {
            date: '2026-12-01',
            signatories: 'Lotte Peeters; Brumenta',
          })
        ).statusCode,
        303,
      );
      const found = await t.app.inject({ url: '/nl/find?place=1030&language=nl' });
      assert.match(found.body, /Lotte Peeters|Peeters/);
      const signed = await clinician.get(`/nl/applications/${caseId}/convention`);
      assert.match(signed.body, /Getekend op dinsdag 1 december 2026 door Lotte Peeters; Brumenta/);
      const { grantsOf } = await import('../../src/platform/auth/store.ts');
      const grants = (await grantsOf(t.database.db, [clinicianAccount])).get(clinicianAccount) ?? [];
      assert.ok(grants.some((g) => g.role === 'clinician'));
    });

    it('takes a suspended clinician out of the finder, with the reason on the case', async () => {
      // A suspension is asked to be confirmed first, on a page that keeps the reason; nothing changes yet.
      const asked = await act(t, coordinator, 'fr', caseId, 'suspend', { reason: 'Visa expiré' });
      assert.equal(asked.statusCode, 200);
      assert.match(asked.body, /Êtes-vous sûr de vouloir suspendre la convention de .+ \(AP-/);
      assert.match(asked.body, /Cela ne pourra pas être annulé/);
      assert.match(asked.body, /name="reason" value="Visa expiré"/);
      assert.match(asked.body, /name="confirmed" value="yes"/);
      assert.match((await t.app.inject({ url: '/nl/find?place=1030&language=nl' })).body, /Peeters/);
      assert.equal(
        (await act(t, coordinator, 'fr', caseId, 'suspend', { reason: 'Visa expiré', confirmed: 'yes' }))
          .statusCode,
        303,
      );
      const found = await t.app.inject({ url: '/nl/find?place=1030&language=nl' });
      assert.doesNotMatch(found.body, /Peeters/);
      const page = await clinician.get(`/nl/my/applications/${caseId}`);
      assert.match(page.body, /Visa expiré/);
      const profile = await t.services.directory.clinicianForAccount(clinicianAccount);
      const log = await t.services.directory.listingLog(profile!.id);
      assert.deepEqual(
        log.map((entry) => [entry.listed, entry.reason]),
        [
          [true, 'convention signed'],
          [false, 'Visa expiré'],
        ],
      );
    });

    it('refuses an action from a stale page, keeping the typed text, and lets the applicant withdraw', async () => {
      const account = await createPerson(t, { email: 'late@example.be', displayName: 'Late', locale: 'fr' });
      const applicant = await signedInClient(t, account);
      await fillAll(t, applicant, '/fr/professionals/service', SERVICE);
      const id = caseIdFrom(
        (await applicant.post('/fr/professionals/service/check')).headers.location as string,
      );
      const nw = await signedInClient(
        t,
        await createPerson(t, { email: 'nw2@example.be', grants: coordinatorOf('north-west') }),
      );
      const page = await nw.get(`/fr/applications/${id}`);
      const version = /name="version" value="(\d+)"/.exec(page.body)![1]!;
      assert.equal((await act(t, nw, 'fr', id, 'start-check', {})).statusCode, 303);
      const stale = await nw.post(`/fr/applications/${id}/actions/note`, { version, text: 'Texte tapé' });
      assert.equal(stale.statusCode, 409);
      assert.match(stale.body, /Le dossier a changé entre-temps/);
      assert.match(stale.body, />Texte tapé</);
      const mine = await applicant.get(`/fr/my/applications/${id}`);
      const current = /name="version" value="(\d+)"/.exec(mine.body)![1]!;
      const withdrawn = await applicant.post(`/fr/my/applications/${id}/withdraw`, {
        version: current,
        text: 'Projet reporté',
      });
      assert.equal(withdrawn.statusCode, 303);
      assert.match((await applicant.get(`/fr/my/applications/${id}`)).body, /Retirée/);
      assert.equal(
        (await act(t, nw, 'fr', id, 'log-contact', { date: '2026-11-20', text: 'x' })).statusCode,
        409,
      );
    });

    it('forgets a questionnaire and its documents left untouched for 90 days', async () => {
      const account = await createPerson(t, { email: 'idle@example.be', locale: 'fr' });
      const idle = await signedInClient(t, account);
      await fillAll(t, idle, '/fr/professionals/join', DECLARATION.slice(0, 2));
      const page = '/fr/professionals/join/documents';
      await upload(t, idle, {
        page,
        action: `${page}/upload`,
        fields: { documentKind: 'diploma' },
        filename: 'd.pdf',
        content: PDF,
      });
      const { readdirSync } = await import('node:fs');
      const before = readdirSync(`${t.dataDir}/files`).length;
      assert.equal(await t.services.applications.purgeStaleDrafts(new Date(Date.now() + 89 * 86_400_000)), 0);
      assert.ok(
        (await t.services.applications.purgeStaleDrafts(new Date(Date.now() + 91 * 86_400_000))) >= 1,
      );
      assert.equal(readdirSync(`${t.dataDir}/files`).length, before - 1);
      assert.doesNotMatch((await idle.get('/fr/professionals/join/identity')).body, /Lotte/);
    });

    it('needs both networks’ decisions for a service applying to both', async () => {
      const orgAccount = await createPerson(t, {
        email: 'canal@example.be',
        displayName: 'Sarah Dubois',
        locale: 'fr',
        grants: [{ role: 'organisation' }],
      });
      const org = await signedInClient(t, orgAccount);
      const questions = await org.get('/fr/professionals/service/questions');
      assert.match(questions.body, /Numéro d’entreprise/);
      await fillAll(t, org, '/fr/professionals/service', SERVICE);
      const sent = await org.post('/fr/professionals/service/check');
      const id = caseIdFrom(sent.headers.location as string);
      const nw = await signedInClient(
        t,
        await createPerson(t, { email: 'nw@example.be', grants: coordinatorOf('north-west') }),
      );
      for (const [action, fields] of [
        ['start-check', { text: '' }],
        ['log-contact', { date: '2026-11-21', text: 'Visite' }],
        ['record-advice', { level: 'local', text: 'Avis favorable' }],
        ['send-to-decision', { text: '' }],
      ] as const) {
        assert.equal((await act(t, nw, 'fr', id, action, fields)).statusCode, 303, action);
      }
      const first = await t.services.decisionDesk.recordDecision(
        decision(id, ['bru-stars'], 'reject', 'bru-stars-cre'),
      );
      assert.deepEqual(first, { ok: true, applicationStatus: 'decision' });
      const waiting = await nw.get(`/fr/applications/${id}`);
      assert.match(waiting.body, /En attente de\s: Brumenta/);
      const second = await t.services.decisionDesk.recordDecision(
        decision(id, ['brumenta'], 'approve', 'brumenta-crr'),
      );
      assert.deepEqual(second, { ok: true, applicationStatus: 'approved' });
      const mine = await org.get(`/fr/my/applications/${id}`);
      assert.match(mine.body, /Approuvée/);
    });
  });
}
