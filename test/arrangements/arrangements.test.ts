// A GP's case-advice request for a fixed time becomes a standing arrangement (issue 15 §2): the
// coordinator makes it from the case page with the form filled from the preferred times; the GP
// gets the dates (.ics) and a link; either side skips a date or ends it; the clinician logs a
// held slot's hours, which count as first-line support on the request's case.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { arrangements } from '../../src/arrangements/tables.ts';
import { firstLineHours } from '../../src/budget/tables.ts';
import { createPerson, linkIn, mailTo, signedInClient } from '../support/accounts.ts';
import { testEngines } from '../support/database.ts';
import { TestClient } from '../support/http-client.ts';
import {
  ANA_EMAIL,
  ARRANGEMENT_FORM,
  type ArrangementWorld,
  CASE_ADVICE_REQUEST,
  startArrangementWorld,
} from './support.ts';

const GP_EMAIL = 'an.peeters@example.be';
const vevents = (ics: string) => ics.match(/BEGIN:VEVENT/g)?.length ?? 0;

for (const engine of testEngines()) {
  describe(`standing arrangements (${engine})`, () => {
    let w: ArrangementWorld;
    let gpPage = '';
    let gpCalendar = '';
    before(async () => {
      w = await startArrangementWorld(engine);
    });
    after(() => w.t.close());

    it('the case page offers it and the form comes filled from the preferred times', async () => {
      const coordinator = w.clients.get('zone-coordinator')!;
      const casePage = await coordinator.get(`/fr/inbox/cases/${w.caseId}`);
      assert.equal(casePage.statusCode, 200);
      assert.match(casePage.body, new RegExp(`href="/fr/arrangements/new\\?request=${w.caseId}"`));
      const form = await coordinator.get(`/nl/arrangements/new?request=${w.caseId}`);
      assert.equal(form.statusCode, 200);
      assert.match(form.body, new RegExp(`Aanvraag ${w.reference} \\(Cabinet Laeken\\), met Camille Ana`));
      assert.match(form.body, /Gewenste momenten van de huisarts: Le jeudi de 12h30 à 13h30/);
      assert.match(form.body, /<option value="th" selected/);
      assert.match(form.body, /id="startTime"[^>]*value="12:30"/);
      assert.match(form.body, /id="endTime"[^>]*value="13:30"/);
    });

    it('asks for an assigned clinician first, and is only for case-advice requests', async () => {
      const coordinator = w.clients.get('zone-coordinator')!;
      const submit = async (payload: object) => {
        const response = await w.t.app.inject({ method: 'POST', url: '/api/v1/support-requests', payload });
        assert.equal(response.statusCode, 201, response.body);
        return response.json().id as string;
      };
      const unassigned = await submit(CASE_ADVICE_REQUEST);
      const casePage = await coordinator.get(`/fr/inbox/cases/${unassigned}`);
      assert.match(casePage.body, /Désignez d’abord un psychologue pour cette demande\./);
      assert.doesNotMatch(casePage.body, /arrangements\/new/);
      assert.equal((await coordinator.get(`/fr/arrangements/new?request=${unassigned}`)).statusCode, 409);
      const joint = await submit({
        ...CASE_ADVICE_REQUEST,
        kind: 'joint-consultation',
        caseAdviceFormat: undefined,
      });
      assert.doesNotMatch((await coordinator.get(`/fr/inbox/cases/${joint}`)).body, /Arrangement régulier/);
      assert.equal((await coordinator.get(`/fr/arrangements/new?request=${joint}`)).statusCode, 404);
      assert.equal((await coordinator.get('/fr/arrangements/new?request=not-a-uuid')).statusCode, 404);
    });

    it('names each error and keeps what was typed', async () => {
      const coordinator = w.clients.get('zone-coordinator')!;
      const page = `/fr/arrangements/new?request=${w.caseId}`;
      const wrong = await coordinator.submit(
        page,
        { ...ARRANGEMENT_FORM, endTime: '12:00', lastDay: '31/02/2027', venue: '', request: w.caseId },
        '/fr/arrangements/new',
      );
      assert.equal(wrong.statusCode, 400);
      assert.match(wrong.body, /href="#endTime">L’heure de fin doit suivre l’heure de début\./);
      assert.match(wrong.body, /href="#lastDay">Cette valeur n’est pas valable\./);
      assert.match(wrong.body, /href="#venue">Indiquez un lieu ou un lien en ligne\./);
      assert.match(wrong.body, /value="31\/02\/2027"/);
      assert.match(wrong.body, /id="endTime"[^>]*value="12:00"/);
    });

    it('makes the arrangement with the assigned clinician and e-mails the GP the dates', async () => {
      const coordinator = w.clients.get('zone-coordinator')!;
      const made = await coordinator.submit(
        `/fr/arrangements/new?request=${w.caseId}`,
        { ...ARRANGEMENT_FORM, request: w.caseId },
        '/fr/arrangements/new',
      );
      assert.equal(made.statusCode, 303, made.body);
      const [row] = await w.t.database.db
        .select()
        .from(arrangements)
        .where(eq(arrangements.requestCaseId, w.caseId));
      assert.equal(row!.clinicianName, 'Camille Ana');
      assert.equal(row!.firstDay, '2027-03-01');
      const casePage = await coordinator.get(`/fr/inbox/cases/${w.caseId}`);
      assert.match(casePage.body, /Cette demande est devenue un arrangement régulier/);
      assert.doesNotMatch(casePage.body, /arrangements\/new\?request=/);
      const [mail] = await mailTo(w.t, GP_EMAIL).then((all) =>
        all.filter((m) => m.topic === 'arrangements.created'),
      );
      assert.ok(mail, 'the GP is e-mailed');
      assert.match(mail.subject, /Votre moment fixe avec Camille Ana/);
      assert.match(mail.textBody, /le jeudi de 12:30 à 13:30, du lundi 1er mars 2027 au jeudi 8 avril 2027/);
      assert.equal(mail.attachments?.[0]?.filename, 'arrangement.ics');
      assert.equal(vevents(mail.attachments![0]!.content), 6);
      const links = mail.textBody.match(/https?:\/\/\S+/g)!.map((link) => linkIn(link));
      gpCalendar = links.find((link) => link.includes('calendar.ics'))!;
      gpPage = links.find((link) => !link.includes('calendar.ics'))!;
      assert.match(gpPage, /^\/fr\/arrangements\/gp\?token=[A-Za-z0-9_-]{43}$/);
      // Only the token's hash is kept.
      assert.ok(!JSON.stringify(row).includes(gpPage.split('token=')[1]!));
      // Twice for the same request: refused, what was typed kept.
      const again = await coordinator.submit(
        `/fr/arrangements/new?request=${w.caseId}`,
        { ...ARRANGEMENT_FORM, venue: 'Ailleurs', request: w.caseId },
        '/fr/arrangements/new',
      );
      assert.equal(again.statusCode, 409);
      assert.match(again.body, /Cette demande a déjà un arrangement actif\./);
      assert.match(again.body, /value="Ailleurs"/);
    });

    it('shows on the GP’s own “my requests” page, with the link to its dates', async () => {
      const account = await createPerson(w.t, { email: GP_EMAIL, grants: [{ role: 'gp' }] });
      const mine = await (await signedInClient(w.t, account)).get('/fr/my/requests');
      assert.equal(mine.statusCode, 200);
      assert.match(mine.body, /<h3[^>]*>Moment fixe<\/h3>/);
      assert.match(
        mine.body,
        /Avec Camille Ana, le jeudi de 12:30 à 13:30, du lundi 1er mars 2027 au jeudi 8 avril 2027\./,
      );
      assert.match(mine.body, /Prochaine date\u202f: jeudi 4 mars 2027\./);
      assert.ok(mine.body.includes(`href="${gpPage}"`), 'the link the GP was e-mailed');
      // Someone else's "my requests" does not show it.
      const other = await w.clients.get('gp')!.get('/fr/my/requests');
      assert.doesNotMatch(other.body, /Moment fixe/);
    });

    it('the GP sees the dates by their link, downloads them and skips one', async () => {
      const gp = new TestClient(w.t);
      const page = await gp.get(gpPage);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /Avec Camille Ana pour Cabinet Laeken\./);
      assert.match(page.body, /jeudi 11 mars 2027/);
      const calendar = await gp.get(gpCalendar);
      assert.equal(calendar.statusCode, 200);
      assert.match(String(calendar.headers['content-type']), /text\/calendar/);
      assert.equal(vevents(calendar.body), 6);
      // 12:30 in Brussels before and after summer time (28 March 2027).
      assert.match(calendar.body, /DTSTART:20270325T113000Z/);
      assert.match(calendar.body, /DTSTART:20270401T103000Z/);
      const skipped = await gp.post('/fr/arrangements/gp/skip', {
        token: gpPage.split('token=')[1]!,
        day: '2027-03-11',
      });
      assert.equal(skipped.statusCode, 303);
      assert.equal(vevents((await gp.get(gpCalendar)).body), 5);
      const toAna = (await mailTo(w.t, ANA_EMAIL)).filter(
        (m) => m.topic === 'arrangements.clinician-skipped',
      );
      assert.equal(toAna.length, 1);
      assert.match(
        toAna[0]!.textBody,
        /a annulé la date du jeudi 11 mars 2027 de votre moment fixe du jeudi de 12:30 à 13:30\./,
      );
      assert.match(toAna[0]!.textBody, /\/fr\/arrangements/);
      const ana = w.clients.get('ana')!;
      const mine = await ana.get('/fr/arrangements');
      assert.equal(mine.statusCode, 200);
      // A clinician finds the list in the header.
      assert.match(mine.body, /href="\/fr\/arrangements"[^>]*>Mes arrangements réguliers</);
      assert.match(mine.body, /jeudi 11 mars 2027 – annulée/);
      assert.doesNotMatch(mine.body, /name="day" value="2027-03-11"/);
      assert.equal(vevents((await ana.get(`/fr/arrangements/${(await rowOf()).id}/calendar.ics`)).body), 5);
      const forged = await gp.post('/fr/arrangements/gp/skip', { token: 'A'.repeat(43), day: '2027-03-18' });
      assert.equal(forged.statusCode, 404);
    });

    const rowOf = async () =>
      (await w.t.database.db.select().from(arrangements).where(eq(arrangements.requestCaseId, w.caseId)))[0]!;

    it('the clinician skips a date and the GP is told', async () => {
      const ana = w.clients.get('ana')!;
      const id = (await rowOf()).id;
      const done = await ana.submit('/fr/arrangements', { day: '2027-03-18' }, `/fr/arrangements/${id}/skip`);
      assert.equal(done.statusCode, 303);
      const told = (await mailTo(w.t, GP_EMAIL)).find((m) => m.topic === 'arrangements.skipped');
      assert.match(told!.textBody, /La date du jeudi 18 mars 2027 n’aura pas lieu\./);
      // Her own skip is not mailed back to her.
      const toAna = (await mailTo(w.t, ANA_EMAIL)).filter(
        (m) => m.topic === 'arrangements.clinician-skipped',
      );
      assert.equal(toAna.length, 1);
      const notADate = await ana.submit(
        '/fr/arrangements',
        { day: '2027-03-19' },
        `/fr/arrangements/${id}/skip`,
      );
      assert.equal(notADate.statusCode, 400);
      assert.match(notADate.body, /n’a pas encore eu lieu ou a été annulée/);
    });

    it('logs a held slot’s hours as first-line support on the request’s case, once', async () => {
      await w.setNow(new Date('2027-03-05T09:00:00Z'));
      const ana = w.clients.get('ana')!;
      const row = await rowOf();
      const post = (form: Record<string, string>) =>
        ana.submit('/fr/arrangements', form, `/fr/arrangements/${row.id}/hours`);
      const wrong = await post({ day: '2027-03-04', hours: 'une heure', network: 'brumenta' });
      assert.equal(wrong.statusCode, 400, wrong.body);
      assert.match(wrong.body, /Indiquez les heures par quarts d’heure/);
      assert.match(wrong.body, /value="une heure"/);
      const future = await post({ day: '2027-03-25', hours: '1', network: 'brumenta' });
      assert.equal(future.statusCode, 400);
      const logged = await post({ day: '2027-03-04', hours: '1', network: 'brumenta' });
      assert.equal(logged.statusCode, 303, logged.body);
      const entries = await w.t.database.db
        .select()
        .from(firstLineHours)
        .where(eq(firstLineHours.caseId, w.caseId));
      assert.equal(entries.length, 1);
      assert.deepEqual(
        [entries[0]!.day, entries[0]!.quarterHours, entries[0]!.kind],
        ['2027-03-04', 4, 'case-advice'],
      );
      const list = await ana.get('/fr/arrangements');
      assert.match(list.body, /heures enregistrées/);
      const twice = await post({ day: '2027-03-04', hours: '1', network: 'brumenta' });
      assert.equal(twice.statusCode, 400);
      assert.match(twice.body, /déjà enregistrées/);
      // The hours are in the clinician's list of first-line hours, under the request's reference.
      assert.match((await ana.get('/fr/my/first-line-hours')).body, new RegExp(w.reference));
    });

    it('two submissions of the same slot at once record its hours once', async () => {
      await w.setNow(new Date('2027-03-26T09:00:00Z'));
      const ana = w.clients.get('ana')!;
      const row = await rowOf();
      await ana.get('/fr/arrangements');
      const form = { day: '2027-03-25', hours: '1,5', network: 'brumenta' };
      const statuses = await Promise.all([
        ana.post(`/fr/arrangements/${row.id}/hours`, form),
        ana.post(`/fr/arrangements/${row.id}/hours`, form),
      ]).then((responses) => responses.map((response) => response.statusCode).sort());
      assert.deepEqual(statuses, [303, 400]);
      const entries = await w.t.database.db
        .select()
        .from(firstLineHours)
        .where(eq(firstLineHours.day, '2027-03-25'));
      assert.equal(entries.length, 1);
    });

    it('either side ends it with a reason; the clinician sees why', async () => {
      const gp = new TestClient(w.t);
      await gp.get(gpPage);
      const token = gpPage.split('token=')[1]!;
      const noReason = await gp.post('/fr/arrangements/gp/end', { token, reason: '  ' });
      assert.equal(noReason.statusCode, 400);
      assert.match(noReason.body, /Indiquez la raison\./);
      const ended = await gp.post('/fr/arrangements/gp/end', {
        token,
        reason: 'Notre équipe a changé d’horaire.',
      });
      assert.equal(ended.statusCode, 303);
      const row = await rowOf();
      assert.deepEqual([row.status, row.endedBy], ['ended', 'gp']);
      const endedMail = (await mailTo(w.t, ANA_EMAIL)).find(
        (m) => m.topic === 'arrangements.clinician-ended',
      );
      assert.match(endedMail!.subject, /Fin du moment fixe avec/);
      assert.match(endedMail!.textBody, /Raison\u202f: Notre équipe a changé d’horaire\./);
      const list = await w.clients.get('ana')!.get('/en/arrangements');
      assert.match(list.body, /Ended: Notre équipe a changé d’horaire\./);
      assert.doesNotMatch(list.body, /End the arrangement/);
      const late = await gp.post('/fr/arrangements/gp/skip', { token, day: '2027-04-01' });
      assert.equal(late.statusCode, 400);
      assert.match(late.body, /Cet arrangement est terminé\./);
      // The calendar keeps the dates held before the end (4 March and 25 March), none after.
      assert.equal(vevents((await gp.get(gpCalendar)).body), 2);
    });
  });
}
