import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { listAudit } from '../../src/platform/audit/audit.ts';
import { outboxMessages } from '../../src/platform/outbox/tables.ts';
import { checkSupportRequest } from '../../src/requests/domain/support-request.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';
import { GP_REQUEST } from './support/fixtures.ts';
import { coordinator, networkAdmin, withRole } from './support/people.ts';

async function submit(t: TestApp, payload: Record<string, unknown> = GP_REQUEST): Promise<string> {
  const response = await t.app.inject({ method: 'POST', url: '/api/v1/support-requests', payload });
  assert.equal(response.statusCode, 201, response.body);
  return response.json().id;
}

async function problemStatus(promise: Promise<unknown>): Promise<number> {
  try {
    await promise;
    return 200;
  } catch (error) {
    return (error as { status: number }).status;
  }
}

for (const engine of testEngines()) {
  describe(`the coordinator's case work (${engine})`, () => {
    let t: TestApp;
    const northWest = coordinator('north-west');
    const east = coordinator('east');
    before(async () => {
      t = await startTestApp(engine);
      await t.services.directory.seedDemo(60);
    });
    after(() => t.close());

    it('follows submitted → acknowledged → in-progress → scheduled → closed, one e-mail per step', async () => {
      const id = await submit(t);
      const work = t.services.requests.cases;
      const found = t.services.directory.search({ zone: 'north-west', language: 'nl', limit: 1 });
      assert.ok(found.ok && found.hits[0], 'a Dutch-speaking clinician works in north-west');
      const clinicianId = found.hits[0].clinician.id;
      const steps: Array<[Parameters<typeof work.act>[2], Record<string, string>, string]> = [
        ['acknowledge', {}, 'acknowledged'],
        ['assign-clinician', { clinicianId }, 'in-progress'],
        ['schedule', { date: '2026-12-03', time: '14:00', place: 'In de praktijk' }, 'scheduled'],
        ['close', {}, 'closed'],
      ];
      for (const [type, input, status] of steps) {
        // Before the appointment's day: a date in the past would be refused.
        const outcome = await work.act(
          northWest,
          id,
          type,
          input,
          undefined,
          new Date('2026-12-01T09:00:00Z'),
        );
        assert.ok(outcome.ok, JSON.stringify(outcome));
        assert.equal(outcome.record.status, status);
      }
      const view = await work.view(northWest, id);
      assert.deepEqual(view.allowed, ['note']);
      assert.equal(view.actions[0]?.type, 'submit');
      assert.ok(view.record.respondedAt, 'the first contact is stamped');
      const mails = await t.database.db.select().from(outboxMessages);
      const toGp = mails.filter((m) => m.recipient === 'an.peeters@example.be');
      assert.ok(toGp.every((m) => m.locale === 'nl'));
      assert.ok(toGp.some((m) => /in behandeling genomen/.test(m.subject)));
      // The appointment in the GP's language, not "2026-12-03 14:00".
      assert.ok(
        toGp.some((m) => m.textBody.includes('donderdag 3 december 2026 om 14:00 – In de praktijk')),
        toGp.map((m) => m.textBody).join('\n---\n'),
      );
      assert.ok(mails.some((m) => m.recipient === 'north-west@coordination.example'));
    });

    it('writes to a GP who chose German in German, and to the zone about the request too', async () => {
      const email = 'anna.schmitz@example.be';
      const id = await submit(t, {
        ...GP_REQUEST,
        requester: { ...GP_REQUEST.requester, name: 'Dr. Anna Schmitz', email, language: 'de' },
      });
      const work = t.services.requests.cases;
      const steps: Array<[Parameters<typeof work.act>[2], Record<string, string>]> = [
        ['acknowledge', {}],
        ['schedule', { date: '2026-12-03', time: '14:00', place: 'In der Praxis' }],
        ['decline', { reason: 'Keine Fachkraft verfügbar' }],
      ];
      for (const [type, input] of steps) {
        const outcome = await work.act(
          northWest,
          id,
          type,
          input,
          undefined,
          new Date('2026-12-01T09:00:00Z'),
        );
        assert.ok(outcome.ok, JSON.stringify(outcome));
      }
      const mails = await t.database.db.select().from(outboxMessages);
      const toGp = mails.filter((m) => m.recipient === email);
      assert.equal(toGp.length, 4, 'received, acknowledged, scheduled, declined');
      assert.ok(toGp.every((m) => m.locale === 'de'));
      const all = toGp.map((m) => `${m.subject}\n${m.textBody}`).join('\n---\n');
      assert.ok(
        toGp.every((m) => m.textBody.startsWith('Guten Tag,')),
        all,
      );
      assert.ok(
        toGp.every((m) => m.textBody.includes('/de/professionals/status?reference=')),
        all,
      );
      assert.ok(
        toGp.some((m) => /^Wir haben Ihre Anfrage GP-\S+ erhalten$/.test(m.subject)),
        all,
      );
      assert.ok(all.includes('„Eine gemeinsame Konsultation mit der Patientin oder dem Patienten“'), all);
      assert.ok(
        toGp.some((m) => m.subject.endsWith('wurde zur Kenntnis genommen')),
        all,
      );
      assert.ok(
        toGp.some((m) => /^Termin: .*Dezember 2026.* – In der Praxis\.$/m.test(m.textBody)),
        all,
      );
      assert.ok(all.includes('Grund: Keine Fachkraft verfügbar'), all);
      const toZone = mails.filter(
        (m) => m.recipient === 'north-west@coordination.example' && m.subject.startsWith('Neue Anfrage GP-'),
      );
      assert.equal(toZone.length, 1, 'the zone’s notice is in the requester’s language, as for Dutch');
      assert.ok(toZone[0]!.textBody.includes('/de/inbox/cases/'));
    });

    it('refuses what the status table does not allow, and a stale version', async () => {
      const id = await submit(t);
      const work = t.services.requests.cases;
      assert.deepEqual(await work.act(northWest, id, 'close', {}), { ok: false, reason: 'not-allowed' });
      assert.deepEqual(await work.act(northWest, id, 'acknowledge', {}, 7), { ok: false, reason: 'stale' });
      const declined = await work.act(northWest, id, 'decline', {});
      assert.equal(declined.ok, false);
      assert.equal(!declined.ok && declined.reason, 'invalid');
    });

    it('hides a case from another zone (404), lets a network admin read but not act (403)', async () => {
      const id = await submit(t);
      const work = t.services.requests.cases;
      assert.equal(await problemStatus(work.view(east, id)), 404);
      assert.equal(await problemStatus(work.act(east, id, 'acknowledge', {})), 404);
      assert.equal(await problemStatus(work.view(null, id)), 401);
      assert.equal(await problemStatus(work.view(withRole('gp'), id)), 404);
      const admin = networkAdmin('brumenta');
      assert.equal(await problemStatus(work.view(admin, id)), 200);
      assert.equal(await problemStatus(work.act(admin, id, 'acknowledge', {})), 403);
      assert.equal(
        await problemStatus(work.view(networkAdmin('bru-stars'), id)),
        404,
        'an adults case is not Bru-Stars’',
      );
    });

    it('reassigns to another zone: the case leaves one inbox and enters the other', async () => {
      const id = await submit(t);
      const work = t.services.requests.cases;
      const outcome = await work.act(northWest, id, 'reassign', {
        toZoneId: 'east',
        reason: 'Praktijk verhuisd',
      });
      assert.ok(outcome.ok);
      assert.ok(!(await work.inbox(northWest, {})).some((item) => item.caseId === id));
      assert.ok((await work.inbox(east, {})).some((item) => item.caseId === id));
      assert.equal(await problemStatus(work.view(northWest, id)), 404);
    });

    it('writes every staff read and write to the audit log of the case’s networks', async () => {
      const id = await submit(t);
      const work = t.services.requests.cases;
      await work.view(northWest, id);
      await work.act(northWest, id, 'note', { text: 'Gebeld, voicemail.' });
      const entries = await listAudit(t.database.db, { networkIds: ['brumenta'], resourceId: id, limit: 10 });
      assert.deepEqual(entries.map((e) => e.action).sort(), ['case.note', 'case.read']);
      assert.ok(entries.every((e) => e.actorAccountId === northWest.accountId && e.zoneId === 'north-west'));
    });

    it('keeps the action log append-only in the database itself', async () => {
      const id = await submit(t);
      await assert.rejects(
        t.database.pool.query("update case_actions set type = 'close' where case_id = $1", [id]),
        /append-only/,
      );
      await assert.rejects(
        t.database.pool.query('delete from case_actions where case_id = $1', [id]),
        /append-only/,
      );
    });

    it('sorts the inbox overdue first and filters it', async () => {
      const work = t.services.requests.cases;
      const checked = checkSupportRequest({ ...GP_REQUEST, kind: 'advice' }, { form: false });
      assert.ok(checked.ok);
      const old = await t.services.requests.submitSupportRequest(
        checked.value,
        new Date('2026-01-05T10:00:00Z'),
      );
      assert.ok(old.ok);
      const items = await work.inbox(northWest, {}, new Date('2026-11-20T10:00:00Z'));
      assert.equal(items[0]?.caseId, old.submitted.id);
      assert.equal(items[0]?.overdue, true);
      const filtered = await work.inbox(northWest, { kind: 'advice' });
      assert.ok(filtered.every((item) => item.kind === 'advice'));
      const byReference = await work.inbox(northWest, { reference: old.submitted.reference.toLowerCase() });
      assert.deepEqual(
        byReference.map((item) => item.caseId),
        [old.submitted.id],
      );
      assert.equal(await problemStatus(work.inbox(withRole('gp'), {})), 403);
      assert.equal(await problemStatus(work.inbox(null, {})), 401);
    });
  });
}
