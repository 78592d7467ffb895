// A deciding body's meeting through its pages, on both engines: the Brumenta CRR approves with
// one member recused; quorum, votes, stale pages, the desk's refusals and the frozen minutes.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { auditLog } from '../../src/platform/audit/tables.ts';
import { formatDate } from '../../src/platform/i18n/index.ts';
import { createPerson, signedInClient } from '../support/accounts.ts';
import { testEngines } from '../support/database.ts';
import { dayFromToday } from '../support/dates.ts';
import type { TestClient } from '../support/http-client.ts';
import { startCommitteeApp } from './support/app.ts';
import { postPairs } from './support/forms.ts';

const crr = { role: 'committee-member' as const, bodyId: 'brumenta-crr' };

for (const engine of testEngines()) {
  describe(`committee meetings (${engine})`, () => {
    let t: Awaited<ReturnType<typeof startCommitteeApp>>;
    const ids: Record<string, string> = {};
    const clients: Record<string, TestClient> = {};
    let meetingUrl = '';

    before(async () => {
      t = await startCommitteeApp(engine);
      for (const name of ['Anne', 'Bruno', 'Chloé', 'Driss']) {
        ids[name] = await createPerson(t, {
          email: `${name.toLowerCase()}@crr.example`,
          displayName: name,
          grants: [crr],
        });
        clients[name] = await signedInClient(t, ids[name]!);
      }
      // Driss is the applicant's employer contact: recused automatically for that item.
      t.desk.add({
        applicationId: 'app-1',
        networkIds: ['brumenta'],
        applicantName: 'Cabinet Ixelles',
        kind: 'service',
        involvedAccountIds: [ids.Driss!],
      });
      // A youth-and-adult application: Brumenta decides its part, Bru-Stars' CRE the other.
      t.desk.add({
        applicationId: 'app-2',
        networkIds: ['bru-stars', 'brumenta'],
        applicantName: 'Lou Martin',
      });
      t.desk.add({ applicationId: 'app-3', networkIds: ['bru-stars'], applicantName: 'Only youth' });
    });
    after(() => t.close());

    const version = (body: string) => /name="version" value="(\d+)"/.exec(body)![1]!;

    it('creates a meeting whose agenda holds the applications waiting for Brumenta', async () => {
      const anne = clients.Anne!;
      const form = await anne.get('/fr/committees/brumenta-crr/meetings/new');
      assert.equal(form.statusCode, 200);
      const invalid = await anne.post('/fr/committees/brumenta-crr/meetings/new', {
        heldOn: '31/02/2026',
        startsAt: '14:00',
        place: 'Rue de la Loi 1',
      });
      assert.equal(invalid.statusCode, 400);
      assert.match(invalid.body, /Indiquez une date de réunion qui existe/);
      assert.match(invalid.body, /value="31\/02\/2026"/);
      assert.match(invalid.body, /Indiquez si la réunion se tient en présentiel ou en ligne/);
      assert.match(invalid.body, /value="Rue de la Loi 1"/);
      const created = await anne.post('/fr/committees/brumenta-crr/meetings/new', {
        heldOn: dayFromToday(7, 'belgian'),
        startsAt: '14h00',
        mode: 'in-person',
        place: 'Rue de la Loi 1',
      });
      assert.equal(created.statusCode, 303);
      meetingUrl = created.headers.location as string;
      const page = await anne.get(meetingUrl);
      assert.match(page.body, /Cabinet Ixelles/);
      assert.match(page.body, /Lou Martin/);
      assert.doesNotMatch(page.body, /Only youth/);
      assert.match(page.body, /Attend aussi la décision de l’organe de\s: Bru-Stars/);
      assert.match(page.body, /Quorum non atteint\s: 0 membres présents sur 4, 3 requis/);
      // Without quorum there is no decision form, only the reason why.
      assert.doesNotMatch(page.body, /Enregistrer la décision/);
      assert.match(page.body, /Le quorum n’est pas atteint pour ce point/);
    });

    it('takes attendance: three of four members present, quorum reached', async () => {
      const anne = clients.Anne!;
      const page = await anne.get(meetingUrl);
      const saved = await postPairs(t, anne, `${meetingUrl}/attendance`, page.body, [
        ['version', version(page.body)],
        ...[ids.Anne!, ids.Bruno!, ids.Driss!].map((id) => ['present', id] as [string, string]),
      ]);
      assert.equal(saved.statusCode, 303);
      const after = await anne.get(saved.headers.location as string);
      assert.match(after.body, /Présences enregistrées/);
      assert.match(after.body, /Quorum atteint\s: 3 membres présents sur 4, 3 requis/);
      assert.match(
        (await anne.get(meetingUrl.replace('/fr/', '/en/'))).body,
        /Quorum reached: 3 of 4 members present/,
      );
      assert.match(
        (await anne.get(meetingUrl.replace('/fr/', '/nl/'))).body,
        /Quorum bereikt: 3 van de 4 leden aanwezig/,
      );
    });

    it('refuses a form sent from a page someone else changed meanwhile, keeping what was typed', async () => {
      const anne = clients.Anne!;
      const bruno = clients.Bruno!;
      const old = version((await bruno.get(meetingUrl)).body);
      const page = await anne.get(meetingUrl);
      await anne.post(`${meetingUrl}/items/app-2/recusals`, {
        version: version(page.body),
        memberId: ids.Chloé!,
        note: 'Ancienne collègue de la candidate',
      });
      const stale = await bruno.post(`${meetingUrl}/items/app-1/decision`, {
        version: old,
        outcome: 'approve',
        reasons: 'Projet solide',
        votesFor: '2',
        votesAgainst: '0',
        abstentions: '0',
      });
      assert.equal(stale.statusCode, 409);
      assert.match(stale.body, /Quelqu’un a modifié cette réunion/);
      assert.match(stale.body, /Projet solide/);
    });

    it('withdraws a conflict of interest declared by mistake', async () => {
      const anne = clients.Anne!;
      const page = await anne.get(meetingUrl);
      await anne.post(`${meetingUrl}/items/app-2/recusals`, {
        version: version(page.body),
        memberId: ids.Bruno!,
        note: 'Erreur',
      });
      const declared = await anne.get(meetingUrl);
      assert.match(declared.body, /Bruno – conflit d’intérêts déclaré\s: Erreur/);
      const withdrawn = await anne.post(`${meetingUrl}/items/app-2/recusals/withdraw`, {
        version: version(declared.body),
        memberId: ids.Bruno!,
      });
      assert.equal(withdrawn.statusCode, 303);
      const after = await anne.get(withdrawn.headers.location as string);
      assert.match(after.body, /Récusation retirée/);
      assert.doesNotMatch(after.body, /Bruno – conflit/);
      // A member involved in the application cannot be "withdrawn".
      const involved = await anne.post(`${meetingUrl}/items/app-1/recusals/withdraw`, {
        version: version(after.body),
        memberId: ids.Driss!,
      });
      assert.equal(involved.statusCode, 409);
    });

    it('does not let the recused member decide, and checks votes against the members who may vote', async () => {
      const driss = clients.Driss!;
      const page = await driss.get(meetingUrl);
      assert.match(page.body, /Driss – concerné par la candidature/);
      assert.match(page.body, /Vous êtes récusé\(e\) pour ce point/);
      const refused = await driss.post(`${meetingUrl}/items/app-1/decision`, {
        version: version(page.body),
        outcome: 'approve',
        reasons: 'x',
        votesFor: '2',
        votesAgainst: '0',
        abstentions: '0',
      });
      assert.equal(refused.statusCode, 409);
      const bruno = clients.Bruno!;
      const again = await bruno.get(meetingUrl);
      const wrong = await bruno.post(`${meetingUrl}/items/app-1/decision`, {
        version: version(again.body),
        outcome: 'approve',
        reasons: '',
        votesFor: '3',
        votesAgainst: '0',
        abstentions: '0',
      });
      assert.equal(wrong.statusCode, 400);
      assert.match(wrong.body, /Indiquez les motifs de la décision/);
      assert.match(wrong.body, /doivent totaliser les membres présents non récusés/);
      assert.match(wrong.body, /id="i1-d-votesFor"[^>]*value="3"/);
    });

    it('the Brumenta committee approves with one member recused', async () => {
      const bruno = clients.Bruno!;
      const page = await bruno.get(meetingUrl);
      assert.match(page.body, /Quorum atteint\s: 2 membres présents sur 3, 2 requis/);
      const decided = await bruno.post(`${meetingUrl}/items/app-1/decision`, {
        version: version(page.body),
        outcome: 'approve',
        reasons: 'Offre utile dans une commune peu couverte.',
        votesFor: '2',
        votesAgainst: '0',
        abstentions: '0',
      });
      assert.equal(decided.statusCode, 303);
      const shown = await bruno.get(decided.headers.location as string);
      assert.match(shown.body, /Décision enregistrée/);
      assert.match(shown.body, /2 pour, 0 contre, 0 abstentions/);
      const application = t.desk.applications.get('app-1')!;
      assert.equal(application.status, 'approved');
      assert.deepEqual(application.decisions[0]!.networkIds, ['brumenta']);
      assert.equal(application.decisions[0]!.bodyId, 'brumenta-crr');
    });

    it('says so when the desk refuses a decision, and keeps nothing of it', async () => {
      // The application left the decision step meanwhile (e.g. withdrawn).
      t.desk.applications.get('app-2')!.status = 'withdrawn';
      const anne = clients.Anne!;
      const page = await anne.get(meetingUrl);
      const refused = await anne.post(`${meetingUrl}/items/app-2/decision`, {
        version: version(page.body),
        outcome: 'reject',
        reasons: 'Hors délai',
        votesFor: '0',
        votesAgainst: '3',
        abstentions: '0',
      });
      assert.equal(refused.statusCode, 409);
      assert.match(refused.body, /n’attend plus de décision de cet organe/);
      assert.doesNotMatch((await anne.get(meetingUrl)).body, /Hors délai/);
    });

    it('closes the meeting; the minutes list attendance, recusals and decisions and never change', async () => {
      const anne = clients.Anne!;
      const page = await anne.get(meetingUrl);
      // Closing is asked to be confirmed first; the meeting is still open until it is.
      const asked = await anne.post(`${meetingUrl}/close`, { version: version(page.body) });
      assert.equal(asked.statusCode, 200);
      assert.match(asked.body, /Êtes-vous sûr de vouloir clôturer la réunion du/);
      assert.match(asked.body, /Oui, clôturer la réunion/);
      assert.match((await anne.get(meetingUrl)).body, /Clôturer et établir le procès-verbal/);
      const closed = await anne.post(`${meetingUrl}/close`, {
        version: version(page.body),
        confirmed: 'yes',
      });
      assert.equal(closed.statusCode, 303, /role="status"[^>]*>(.{0,300})/s.exec(closed.body)?.[1]);
      const minutes = await anne.get(`${meetingUrl}/minutes`);
      assert.equal(minutes.statusCode, 200);
      assert.match(
        minutes.body,
        new RegExp(`Procès-verbal de la réunion du ${formatDate('fr', dayFromToday(7))}`),
      );
      assert.match(minutes.body, /Anne, Bruno, Driss/);
      assert.match(minutes.body, /Chloé – conflit d’intérêts déclaré\s: Ancienne collègue de la candidate/);
      assert.match(minutes.body, /Offre utile dans une commune peu couverte/);
      assert.match(minutes.body, /Pas de décision/);
      const again = await anne.post(`${meetingUrl}/attendance`, {
        version: version(page.body),
        present: ids.Anne!,
      });
      assert.equal(again.statusCode, 409);
      const main = (body: string) => body.slice(body.indexOf('<main'), body.indexOf('</main>'));
      assert.equal(main((await anne.get(`${meetingUrl}/minutes`)).body), main(minutes.body));
      const actions = (await t.database.db.select().from(auditLog)).map((row) => row.action);
      for (const action of [
        'committee.meeting.create',
        'committee.attendance',
        'committee.recusal',
        'committee.decision',
        'committee.meeting.close',
      ]) {
        assert.ok(actions.includes(action), action);
      }
    });
  });
}
