// The committee service on both engines: a dual application needs both bodies, two members
// deciding at once record one decision, closed meetings do not change, and an app without a
// decision desk has empty agendas.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { CommitteeService } from '../../src/committees/service.ts';
import { committeeAttendance, committeeMeetings } from '../../src/committees/tables.ts';
import type { CurrentUser } from '../../src/platform/auth/roles.ts';
import { createPerson } from '../support/accounts.ts';
import { testEngines } from '../support/database.ts';
import { dayFromToday } from '../support/dates.ts';
import { startCommitteeApp } from './support/app.ts';

const none = { networkId: null, zoneId: null, bodyId: null };
const meetingForm = { heldOn: dayFromToday(14), startsAt: '18:00', mode: 'online', place: 'Visio' };
const approve = { outcome: 'approve', reasons: 'Utile', votesFor: '2', votesAgainst: '0', abstentions: '0' };

for (const engine of testEngines()) {
  describe(`committee service (${engine})`, () => {
    let t: Awaited<ReturnType<typeof startCommitteeApp>>;
    const members: Record<'crr' | 'cre', CurrentUser[]> = { crr: [], cre: [] };
    let committees: CommitteeService;

    before(async () => {
      t = await startCommitteeApp(engine);
      committees = t.services.committees;
      for (const [key, bodyId] of [
        ['crr', 'brumenta-crr'],
        ['cre', 'bru-stars-cre'],
      ] as const) {
        for (const n of [1, 2]) {
          const email = `${key}${n}@bodies.example`;
          const accountId = await createPerson(t, {
            email,
            displayName: `${key} ${n}`,
            grants: [{ role: 'committee-member', bodyId }],
          });
          members[key].push({
            accountId,
            email,
            displayName: `${key} ${n}`,
            locale: 'fr',
            grants: [{ id: `${key}${n}`, ...none, role: 'committee-member', bodyId }],
          });
        }
      }
    });
    after(() => t.close());

    /** A meeting of the body with both its members present. */
    async function meetingOf(key: 'crr' | 'cre'): Promise<string> {
      const [first, second] = members[key];
      const created = await committees.createMeeting(
        first!,
        key === 'crr' ? 'brumenta-crr' : 'bru-stars-cre',
        meetingForm,
      );
      assert.ok(created.ok);
      const { version } = await committees.meeting(first!, created.id);
      const present = [first!.accountId, second!.accountId];
      assert.deepEqual(await committees.recordAttendance(first!, created.id, version, present), { ok: true });
      return created.id;
    }

    const versionOf = async (user: CurrentUser, id: string) => (await committees.meeting(user, id)).version;

    it('a dual application is approved only once both the CRR and the CRE have decided', async () => {
      t.desk.add({ applicationId: 'dual', networkIds: ['bru-stars', 'brumenta'] });
      const crr = await meetingOf('crr');
      const [anne] = members.crr;
      const decided = await committees.decide(anne!, crr, 'dual', await versionOf(anne!, crr), approve);
      assert.deepEqual(decided, { ok: true });
      assert.equal(t.desk.applications.get('dual')!.status, 'decision');
      const cre = await meetingOf('cre');
      const [claude] = members.cre;
      const agenda = (await committees.meeting(claude!, cre)).state.items;
      assert.deepEqual(
        agenda.map((item) => [item.item.applicationId, item.networks.here]),
        [['dual', ['bru-stars']]],
      );
      const rejected = { ...approve, outcome: 'reject', votesFor: '0', votesAgainst: '2' };
      assert.deepEqual(
        await committees.decide(claude!, cre, 'dual', await versionOf(claude!, cre), rejected),
        {
          ok: true,
        },
      );
      // One network approved: the application is approved (the desk's rule), both decisions kept.
      assert.equal(t.desk.applications.get('dual')!.status, 'approved');
      assert.deepEqual(
        t.desk.applications.get('dual')!.decisions.map((d) => [d.bodyId, d.outcome]),
        [
          ['brumenta-crr', 'approve'],
          ['bru-stars-cre', 'reject'],
        ],
      );
    });

    it('two members deciding the same item at once record one decision', async () => {
      t.desk.add({ applicationId: 'race', networkIds: ['brumenta'] });
      const id = await meetingOf('crr');
      const [anne, bruno] = members.crr;
      const version = await versionOf(anne!, id);
      const outcomes = await Promise.all([
        committees.decide(anne!, id, 'race', version, approve),
        committees.decide(bruno!, id, 'race', version, { ...approve, reasons: 'Autre' }),
      ]);
      assert.equal(outcomes.filter((o) => o.ok).length, 1);
      assert.equal(t.desk.applications.get('race')!.decisions.length, 1);
      const items = (await committees.meeting(anne!, id)).state.items;
      assert.equal(
        items.find((item) => item.item.applicationId === 'race')!.decision?.applicationStatus,
        'approved',
      );
    });

    it('the same application on two meetings of a body: the second decision is refused by the desk', async () => {
      // A dual application: still in decision after the CRR's part, waiting for the CRE.
      t.desk.add({ applicationId: 'twice', networkIds: ['brumenta', 'bru-stars'] });
      const first = await meetingOf('crr');
      const second = await meetingOf('crr');
      const [anne] = members.crr;
      assert.ok((await committees.decide(anne!, first, 'twice', await versionOf(anne!, first), approve)).ok);
      const again = await committees.decide(anne!, second, 'twice', await versionOf(anne!, second), approve);
      assert.deepEqual(again, { ok: false, reason: 'desk', desk: 'already-decided' });
      const item = (await committees.meeting(anne!, second)).state.items.find(
        (i) => i.item.applicationId === 'twice',
      );
      assert.equal(item!.decision, null);
    });

    it('a failing desk leaves the item undecided, to be decided again', async () => {
      t.desk.add({ applicationId: 'flaky', networkIds: ['brumenta'] });
      const id = await meetingOf('crr');
      const [anne] = members.crr;
      const record = t.desk.recordDecision.bind(t.desk);
      t.desk.recordDecision = async () => {
        throw new Error('applications database unreachable');
      };
      await assert.rejects(
        committees.decide(anne!, id, 'flaky', await versionOf(anne!, id), approve),
        /unreachable/,
      );
      t.desk.recordDecision = record;
      assert.deepEqual(await committees.decide(anne!, id, 'flaky', await versionOf(anne!, id), approve), {
        ok: true,
      });
    });

    it('a meeting does not close while a decision is on its way to the desk', async () => {
      t.desk.add({ applicationId: 'slow', networkIds: ['brumenta'] });
      const id = await meetingOf('crr');
      const [anne, bruno] = members.crr;
      const record = t.desk.recordDecision.bind(t.desk);
      let answer: () => void = () => {};
      const answered = new Promise<void>((resolve) => {
        answer = resolve;
      });
      t.desk.recordDecision = async (decision) => {
        await answered;
        return record(decision);
      };
      const deciding = committees.decide(anne!, id, 'slow', await versionOf(anne!, id), approve);
      // Wait until the claim is written (the meeting's version moves), then try to close.
      let version = await versionOf(bruno!, id);
      for (
        let i = 0;
        i < 100 && (await committees.meeting(bruno!, id)).state.items.every((item) => !item.decision);
        i++
      ) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      version = await versionOf(bruno!, id);
      assert.deepEqual(await committees.close(bruno!, id, version), {
        ok: false,
        reason: 'decision-pending',
      });
      answer();
      assert.deepEqual(await deciding, { ok: true });
      t.desk.recordDecision = record;
      assert.deepEqual(await committees.close(bruno!, id, await versionOf(bruno!, id)), { ok: true });
      const minutes = (await committees.meeting(bruno!, id)).minutes!;
      assert.equal(minutes.items[0]!.decision!.applicationStatus, 'approved');
    });

    it('a closed meeting keeps its minutes and refuses every change', async () => {
      const id = await meetingOf('crr');
      const [anne] = members.crr;
      const version = await versionOf(anne!, id);
      assert.deepEqual(await committees.close(anne!, id, version), { ok: true });
      const closed = await committees.meeting(anne!, id);
      assert.equal(closed.status, 'closed');
      assert.deepEqual(closed.may, { manage: false, decide: false });
      assert.equal(closed.minutes!.members.filter((m) => m.present).length, 2);
      for (const outcome of [
        await committees.recordAttendance(anne!, id, closed.version, []),
        await committees.addNewItems(anne!, id, closed.version),
        await committees.close(anne!, id, closed.version),
      ]) {
        assert.deepEqual(outcome, { ok: false, reason: 'closed' });
      }
      // The database itself refuses, too.
      await assert.rejects(
        t.database.db
          .update(committeeMeetings)
          .set({ place: 'ailleurs' })
          .where(eq(committeeMeetings.id, id)),
      );
      await assert.rejects(
        t.database.db.delete(committeeAttendance).where(eq(committeeAttendance.meetingId, id)),
      );
    });

    it('without a decision desk, agendas are empty and the app still works', async () => {
      const bare = new CommitteeService(t.database, null);
      const [anne] = members.crr;
      const created = await bare.createMeeting(anne!, 'brumenta-crr', meetingForm);
      assert.ok(created.ok);
      const view = await bare.meeting(anne!, created.id);
      assert.deepEqual(view.state.items, []);
      assert.equal(view.newItems, 0);
    });
  });
}
