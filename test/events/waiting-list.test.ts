import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { findEvent, registrationsOf } from '../../src/events/store.ts';
import { eventRegistrations } from '../../src/events/tables.ts';
import { mailTo } from '../support/accounts.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';
import { createTestEvent, eventServiceOf } from './support.ts';

const HOUR = 3_600_000;

const person = (n: number) => ({
  name: `Dr GP ${n}`,
  email: `gp${n}@practice.example`,
  language: 'fr' as const,
  practice: `Cabinet ${n}`,
});

function tokenIn(text: string): string {
  const token = /token=([A-Za-z0-9_-]{43})/.exec(text)?.[1];
  if (!token) throw new Error(`no cancel link in: ${text}`);
  return token;
}

for (const engine of testEngines()) {
  describe(`events: places, waiting list and reminders (${engine})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(engine);
    });
    after(() => t.close());

    it('twelve registrations racing for ten places fill ten and waitlist two, never more', async () => {
      const events = eventServiceOf(t);
      const event = await createTestEvent(t, { capacity: 10 });
      const outcomes = await Promise.all(
        Array.from({ length: 12 }, (_, n) => events.register(event.id, person(n))),
      );
      const statuses = outcomes.map((o) => (o.ok ? o.status : o.reason));
      assert.equal(statuses.filter((s) => s === 'registered').length, 10, statuses.join());
      assert.equal(statuses.filter((s) => s === 'waitlisted').length, 2, statuses.join());
      const row = await findEvent(t.database.db, event.id);
      assert.equal(row?.registered, 10);
      assert.equal(row?.waitlisted, 2);
      const rows = await registrationsOf(t.database.db, event.id);
      assert.equal(rows.filter((r) => r.status === 'registered').length, 10);
    });

    it('a cancellation moves the first waiting person up, with an e-mail; the second keeps waiting', async () => {
      const events = eventServiceOf(t);
      const event = await createTestEvent(t, { capacity: 1, title: 'Où orienter' });
      await events.register(event.id, { ...person(100), email: 'first@practice.example' });
      await events.register(event.id, { ...person(101), email: 'waiting-1@practice.example' });
      await events.register(event.id, {
        ...person(102),
        email: 'waiting-2@practice.example',
        language: 'en',
      });
      const [confirmation] = await mailTo(t, 'first@practice.example');
      const token = tokenIn(confirmation!.textBody);
      assert.equal((await events.cancellable(token))?.event.id, event.id);
      assert.equal(await events.cancel(token), true);
      assert.equal(await events.cancel(token), false, 'a used link does nothing');
      const mails = await mailTo(t, 'waiting-1@practice.example');
      assert.deepEqual(
        mails.map((m) => m.topic),
        ['events.waitlisted', 'events.promoted'],
      );
      assert.match(mails[1]!.subject, /Une place s’est libérée\u202f: Où orienter/);
      assert.equal(mails[1]!.attachments?.[0]?.filename, 'event.ics');
      assert.deepEqual(
        (await mailTo(t, 'waiting-2@practice.example')).map((m) => m.topic),
        ['events.waitlisted'],
      );
      const row = await findEvent(t.database.db, event.id);
      assert.deepEqual([row?.registered, row?.waitlisted], [1, 1]);
      // The promoted person's new link cancels their place, and the next one moves up.
      assert.equal(await events.cancel(tokenIn(mails[1]!.textBody)), true);
      assert.deepEqual(
        (await mailTo(t, 'waiting-2@practice.example')).map((m) => m.topic),
        ['events.waitlisted', 'events.promoted'],
      );
    });

    it('a waiting person who cancels leaves the list without moving anyone', async () => {
      const events = eventServiceOf(t);
      const event = await createTestEvent(t, { capacity: 1 });
      await events.register(event.id, { ...person(200), email: 'seat@practice.example' });
      await events.register(event.id, { ...person(201), email: 'wait@practice.example' });
      const [mail] = await mailTo(t, 'wait@practice.example');
      assert.equal(await events.cancel(tokenIn(mail!.textBody)), true);
      const row = await findEvent(t.database.db, event.id);
      assert.deepEqual([row?.registered, row?.waitlisted], [1, 0]);
    });

    it('sends each registered person one reminder when the event is two days away, not before', async () => {
      const event = await createTestEvent(t, { startsAt: new Date(Date.now() + 70 * HOUR) });
      const now = { at: new Date() };
      const events = eventServiceOf(t, () => now.at);
      await events.register(event.id, { ...person(300), email: 'remind-me@practice.example' });
      await events.sendDueReminders();
      assert.deepEqual(
        (await mailTo(t, 'remind-me@practice.example')).map((m) => m.topic),
        ['events.registered'],
      );
      now.at = new Date(Date.now() + 23 * HOUR);
      await events.sendDueReminders();
      await events.sendDueReminders();
      const mails = await mailTo(t, 'remind-me@practice.example');
      assert.deepEqual(
        mails.map((m) => m.topic),
        ['events.registered', 'events.reminder'],
      );
      assert.match(mails[1]!.subject, /Rappel, dans deux jours/);
      const [row] = await t.database.db
        .select()
        .from(eventRegistrations)
        .where(eq(eventRegistrations.email, 'remind-me@practice.example'));
      assert.ok(row?.remindedAt);
    });
  });
}
