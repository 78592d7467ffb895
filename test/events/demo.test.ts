import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoEvents, seedDemoEvents } from '../../src/events/demo.ts';
import { checkEvent } from '../../src/events/domain/event.ts';
import { brusselsTime } from '../../src/events/domain/time.ts';
import { startTestApp, type TestApp } from '../support/app.ts';

const ZONES = ['east', 'south', 'north-west', 'centre-west'];

describe('demo events', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp('embedded');
  });
  after(() => t.close());

  it('has an upcoming event of each kind in each zone, some with a small capacity, all valid', () => {
    const now = new Date();
    const drafts = demoEvents(ZONES, now);
    for (const zoneId of ZONES) {
      for (const kind of ['knowledge-session', 'cpm', 'group-session']) {
        assert.ok(
          drafts.some((d) => d.zoneId === zoneId && d.kind === kind),
          `${kind} in ${zoneId}`,
        );
      }
    }
    assert.ok(drafts.every((d) => d.startsAt > now));
    assert.ok(drafts.filter((d) => d.capacity <= 3).length >= 3);
    for (const draft of drafts) {
      const day = new Intl.DateTimeFormat('fr-BE', { timeZone: 'Europe/Brussels' }).format(draft.startsAt);
      const form = {
        ...draft,
        date: day,
        startTime: brusselsTime(draft.startsAt),
        endTime: brusselsTime(draft.endsAt),
        venue: draft.venue ?? '',
        onlineUrl: draft.onlineUrl ?? '',
        topics: [...draft.topics],
        capacity: String(draft.capacity),
        coLeader: draft.coLeader ?? '',
      };
      const checked = checkEvent(form, ZONES, now);
      assert.ok(checked.ok, JSON.stringify(checked.ok ? null : checked.issues));
    }
  });

  it('seeds an empty database once, and the agenda lists them', async () => {
    assert.equal(await seedDemoEvents(t.database, ZONES), 12);
    assert.equal(await seedDemoEvents(t.database, ZONES), 0);
    const items = (await t.app.inject({ url: '/api/v1/events?zone=east' })).json().items;
    assert.equal(items.length, 3);
  });
});
