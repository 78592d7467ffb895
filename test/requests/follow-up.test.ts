// Following up requests and offers (issue 15 §3), through the services on both engines: an
// organisation's room becomes a call to the zone's clinicians (on their page and by e-mail), one answers, the coordinator
// chooses them, both sides are written to, and the room is at once one of the clinician's
// outreach venues in the finder; a clinician proposed on a GP's request declines from their page
// and the coordinator sees it; a GP and an organisation find their own requests.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CurrentUser } from '../../src/platform/auth/roles.ts';
import { latestProposal } from '../../src/requests/clinician-answers.ts';
import { addClinicians, clinician } from '../care/support/clinicians.ts';
import { createPerson, mailTo } from '../support/accounts.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';
import { GP_REQUEST, ORGANISATION_OFFER } from './support/fixtures.ts';
import { coordinator } from './support/people.ts';

function userOf(accountId: string, email: string, role: 'clinician' | 'gp' | 'organisation'): CurrentUser {
  return {
    accountId,
    email,
    displayName: email,
    locale: 'fr',
    grants: [{ id: `${accountId}-g`, role, networkId: null, zoneId: null, bodyId: null }],
  };
}

const place = (postcode: string) => ({
  kind: 'practice' as const,
  name: null,
  street: 'Rue de test 1',
  postcode,
  lat: null as unknown as number,
  lon: null as unknown as number,
  wheelchair: true,
});

for (const engine of testEngines()) {
  describe(`following up offers and proposals (${engine})`, () => {
    let t: TestApp;
    let zoneId: string;
    let offerId: string;
    let supportId: string;
    let ana: { id: string; user: CurrentUser };
    let ben: { id: string; user: CurrentUser };
    let staff: CurrentUser;

    before(async () => {
      t = await startTestApp(engine);
      const offer = await t.app.inject({
        method: 'POST',
        url: '/api/v1/partner-offers',
        payload: ORGANISATION_OFFER,
      });
      assert.equal(offer.statusCode, 201, offer.body);
      offerId = offer.json().id;
      zoneId = offer.json().zone;
      const snapshot = t.services.reference.snapshot();
      const elsewhere = [...snapshot.zones.values()].find(
        (zone) => zone.id !== zoneId && !zone.postcodes.includes('1070'),
      )!;
      const centre = (postcode: string) => snapshot.localities.get(postcode)!;
      const at = (postcode: string) => ({
        ...place(postcode),
        lat: centre(postcode).lat,
        lon: centre(postcode).lon,
      });
      const [a, b] = await addClinicians(t.services.directory, [
        clinician('Anadu', ['brumenta', 'bru-stars'], {
          email: 'ana@clinic.example',
          locations: [at('1070')],
        }),
        clinician('Benoru', ['brumenta', 'bru-stars'], {
          email: 'ben@clinic.example',
          locations: [at(elsewhere.postcodes[0]!)],
        }),
      ]);
      const link = async (id: string, email: string) => {
        const account = await createPerson(t, { email, grants: [{ role: 'clinician' }] });
        await t.services.directory.linkAccount(id, account);
        return { id, user: userOf(account, email, 'clinician') };
      };
      ana = await link(a!.id, 'ana@clinic.example');
      ben = await link(b!.id, 'ben@clinic.example');
      staff = coordinator(zoneId);
      const support = await t.app.inject({
        method: 'POST',
        url: '/api/v1/support-requests',
        payload: GP_REQUEST,
      });
      supportId = support.json().id;
    });
    after(() => t.close());

    it('a room offer becomes a call that reaches the clinicians of its zone only', async () => {
      assert.ok((await t.services.requests.cases.act(staff, offerId, 'acknowledge', {})).ok);
      const published = await t.services.requests.cases.act(staff, offerId, 'publish-call', {
        text: 'Un local libre le mardi.',
      });
      assert.ok(published.ok, JSON.stringify(published));
      assert.equal(published.record.status, 'calling');
      const answers = t.services.requests.cases.clinicians;
      const forAna = await answers.overview(ana.user);
      assert.deepEqual(
        forAna.calls.map((call) => [call.reference, call.callText, call.answered]),
        [[published.record.reference, 'Un local libre le mardi.', false]],
      );
      assert.deepEqual((await answers.overview(ben.user)).calls, [], 'another zone’s clinician sees no call');
      const called = (await mailTo(t, 'ana@clinic.example')).filter(
        (mail) => mail.topic === 'requests.clinician-called',
      );
      assert.equal(called.length, 1, 'the zone’s clinician is e-mailed the call');
      assert.match(called[0]!.subject, new RegExp(`^Appel ${published.record.reference} dans votre zone`));
      assert.match(called[0]!.textBody, /\/fr\/my\/proposals/);
      assert.deepEqual(
        (await mailTo(t, 'ben@clinic.example')).filter((mail) => mail.topic === 'requests.clinician-called'),
        [],
        'another zone’s clinician is not',
      );
      await assert.rejects(answers.answer(ben.user, offerId, 'answer-call', {}), { status: 404 });
    });

    it('a GP’s request cannot be published as a call', async () => {
      const outcome = await t.services.requests.cases.act(
        coordinator('north-west'),
        supportId,
        'acknowledge',
        {},
      );
      assert.ok(outcome.ok);
      const call = await t.services.requests.cases.act(
        coordinator('north-west'),
        supportId,
        'publish-call',
        {},
      );
      assert.deepEqual(call, { ok: false, reason: 'not-allowed' });
    });

    it('the clinician answers once; the zone is told', async () => {
      const answers = t.services.requests.cases.clinicians;
      const tooLong = await answers.answer(ana.user, offerId, 'answer-call', { text: 'x'.repeat(2001) });
      assert.equal(tooLong.ok, false);
      assert.equal(!tooLong.ok && tooLong.reason, 'invalid');
      const answered = await answers.answer(ana.user, offerId, 'answer-call', {
        text: 'Disponible le mardi.',
      });
      assert.ok(answered.ok, JSON.stringify(answered));
      assert.deepEqual(await answers.answer(ana.user, offerId, 'answer-call', {}), {
        ok: false,
        reason: 'not-allowed',
      });
      assert.equal((await answers.overview(ana.user)).calls[0]?.answered, true);
      const zoneEmail = t.services.reference.snapshot().zones.get(zoneId)!.email;
      const told = (await mailTo(t, zoneEmail)).filter((mail) => mail.topic === 'requests.zone-answer-call');
      assert.equal(told.length, 1);
      assert.match(told[0]!.subject, /Camille Anadu a répondu à l’appel/);
    });

    it('the coordinator chooses among those who answered; the venue joins the clinician’s outreach venues at once', async () => {
      const cases = t.services.requests.cases;
      const notAnswered = await cases.act(staff, offerId, 'assign-clinician', { clinicianId: ben.id });
      assert.equal(
        !notAnswered.ok && notAnswered.reason === 'invalid' && notAnswered.issues[0]?.code,
        'not-an-answer',
      );
      const before = t.services.directory.search({ zone: zoneId, mode: 'outreach', limit: 100 });
      assert.ok(before.ok && !before.hits.some((hit) => hit.clinician.id === ana.id));
      const chosen = await cases.act(staff, offerId, 'assign-clinician', { clinicianId: ana.id });
      assert.ok(chosen.ok, JSON.stringify(chosen));
      assert.equal(chosen.record.status, 'in-progress');
      const profile = await t.services.directory.getClinician(ana.id);
      const venue = profile!.locations.find((location) => location.kind === 'outreach');
      assert.deepEqual(venue && [venue.name, venue.street, venue.postcode, venue.wheelchair], [
        'Maison de quartier Cureghem',
        'Rue de la Clinique 20',
        '1070',
        true,
      ]);
      assert.ok(profile!.modes.includes('outreach'));
      const found = t.services.directory.search({ zone: zoneId, mode: 'outreach', limit: 100 });
      assert.ok(found.ok && found.hits.some((hit) => hit.clinician.id === ana.id), 'in the finder at once');
      const toAna = await mailTo(t, 'ana@clinic.example');
      assert.deepEqual(
        toAna.map((mail) => mail.topic),
        ['requests.clinician-called', 'requests.clinician-chosen'],
      );
      assert.match(toAna[1]!.textBody, /\/fr\/my\/proposals/);
      const toOrganisation = await mailTo(t, 'sarah@cureghem.example');
      assert.ok(toOrganisation.some((mail) => mail.topic === 'requests.assign-clinician'));
      const view = await cases.view(staff, offerId);
      assert.equal(latestProposal(view.actions)?.answer, 'accepted', 'answering the call was agreeing');
    });

    it('a clinician proposed on a GP’s request is told, declines from their page, and the coordinator sees it', async () => {
      const cases = t.services.requests.cases;
      const northWest = coordinator('north-west');
      const proposed = await cases.act(northWest, supportId, 'assign-clinician', { clinicianId: ben.id });
      assert.ok(proposed.ok, JSON.stringify(proposed));
      const toBen = await mailTo(t, 'ben@clinic.example');
      assert.deepEqual(
        toBen.map((mail) => mail.topic),
        ['requests.clinician-proposed'],
      );
      const overview = await cases.clinicians.overview(ben.user);
      assert.deepEqual(
        overview.proposals.map((item) => [item.reference, item.proposal.answer]),
        [[proposed.record.reference, null]],
      );
      await assert.rejects(cases.clinicians.answer(ana.user, supportId, 'clinician-accept', {}), {
        status: 404,
      });
      const declined = await cases.clinicians.answer(ben.user, supportId, 'clinician-decline', {
        text: 'Plus de place avant mars.',
      });
      assert.ok(declined.ok, JSON.stringify(declined));
      const view = await cases.view(northWest, supportId);
      assert.equal(latestProposal(view.actions)?.answer, 'declined');
      const last = view.actions.at(-1)!;
      assert.deepEqual(
        [last.type, last.actor.kind, last.payload.text],
        ['clinician-decline', 'clinician', 'Plus de place avant mars.'],
      );
      assert.deepEqual(await cases.clinicians.answer(ben.user, supportId, 'clinician-accept', {}), {
        ok: false,
        reason: 'not-allowed',
      });
      const profile = await t.services.directory.getClinician(ben.id);
      assert.ok(
        !profile!.locations.some((location) => location.kind === 'outreach'),
        'a GP request adds no venue',
      );
    });

    it('a signed-in GP and organisation find their own requests with status and messages', async () => {
      const requests = t.services.requests;
      const gpAccount = await createPerson(t, { email: 'an.peeters@example.be', grants: [{ role: 'gp' }] });
      const gp = userOf(gpAccount, 'an.peeters@example.be', 'gp');
      const mine = await requests.ownRequests(gp, 'nl');
      assert.deepEqual(
        mine.map((item) => [item.requestType, item.status]),
        [['support-request', 'in-progress']],
      );
      assert.ok(
        mine[0]!.timeline.some(
          (step) => step.type === 'assign-clinician' && step.details === 'Camille Benoru',
        ),
      );
      assert.ok(
        !mine[0]!.timeline.some((step) => step.type === 'clinician-decline'),
        'internal answers stay internal',
      );
      const orgAccount = await createPerson(t, {
        email: 'sarah@cureghem.example',
        grants: [{ role: 'organisation' }],
      });
      const organisation = userOf(orgAccount, 'sarah@cureghem.example', 'organisation');
      assert.deepEqual(
        (await requests.ownRequests(organisation, 'fr')).map((item) => item.requestType),
        ['partner-offer'],
      );
      await assert.rejects(requests.ownRequests(ana.user, 'fr'), { status: 403 });
      await assert.rejects(requests.ownRequests(null, 'fr'), { status: 401 });
    });
  });
}
