// Profiles that age: a reminder e-mail after 90 days (once per staleness period, whatever the
// number of runs or instances), and "possibly out of date" in the finder after 180 days.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { changesOf } from '../../src/directory/domain/profile-edit.ts';
import { markReminded } from '../../src/directory/profile-store.ts';
import { createPerson, mailTo } from '../support/accounts.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';
import { validProfile } from './fixtures.ts';

const DAY = 24 * 3600 * 1000;

for (const engine of testEngines()) {
  describe(`stale profiles (${engine})`, () => {
    let t: TestApp;
    let now = new Date('2025-10-01T08:00:00Z');
    const ago = (days: number) => new Date(now.getTime() - days * DAY).toISOString();
    const ids: Record<string, string> = {};

    before(async () => {
      t = await startTestApp(engine, {}, undefined, { clock: () => now });
      const profiles = {
        linked: validProfile({
          inami: null,
          givenName: 'Linked',
          email: 'linked-public@demo.example',
          updatedAt: ago(100),
        }),
        fresh: validProfile({
          inami: null,
          givenName: 'Fresh',
          email: 'fresh@demo.example',
          updatedAt: ago(30),
        }),
        unlisted: validProfile({
          inami: null,
          givenName: 'Gone',
          email: 'gone@demo.example',
          listed: false,
          updatedAt: ago(120),
        }),
        english: validProfile({
          inami: null,
          givenName: 'Anglo',
          email: 'anglo@demo.example',
          languages: ['ar', 'en'],
          updatedAt: ago(200),
        }),
      };
      for (const [key, profile] of Object.entries(profiles)) {
        const checked = t.services.directory.validate(profile);
        assert.ok(checked.ok, key);
        [ids[key]] = (await t.services.directory.addClinicians([checked.value])) as [string];
      }
      const account = await createPerson(t, {
        email: 'linked@demo.example',
        locale: 'nl',
        grants: [{ role: 'clinician' }],
      });
      await t.services.directory.linkAccount(ids.linked!, account);
    });
    after(() => t.close());

    it('reminds each stale listed profile once, in its language, even when two runs race', async () => {
      const [a, b] = await Promise.all([
        t.services.profileReminders.sendDue(),
        t.services.profileReminders.sendDue(),
      ]);
      assert.equal(a + b, 2);
      assert.equal(await t.services.profileReminders.sendDue(), 0, 'nothing more on the next run');
      const linked = await mailTo(t, 'linked@demo.example');
      assert.equal(linked.length, 1, 'to the account, not the public address');
      assert.equal(linked[0]!.locale, 'nl');
      assert.match(linked[0]!.textBody, /niet meer bijgewerkt sinds/);
      assert.match(linked[0]!.textBody, /\/nl\/my\/profile/);
      const english = await mailTo(t, 'anglo@demo.example');
      assert.equal(english.length, 1);
      assert.match(english[0]!.subject, /still up to date/);
      assert.equal((await mailTo(t, 'fresh@demo.example')).length, 0);
      assert.equal((await mailTo(t, 'gone@demo.example')).length, 0, 'unlisted profiles are left alone');
    });

    it('lets only one run note a reminder: a run that read the profile before another committed sends nothing', async () => {
      // What two racing runs do once both have read the profile as unreminded (SKIP LOCKED lets
      // the second read it just before the first commits): the note decides, once.
      const english = (await t.services.directory.getClinician(ids.english!))!;
      const updatedAt = new Date(english.updatedAt);
      assert.equal(await markReminded(t.database.db, ids.english!, updatedAt, now), false);
      assert.equal(
        await markReminded(t.database.db, ids.english!, new Date(updatedAt.getTime() + 1), now),
        true,
      );
    });

    it('reminds again only after a newer update goes stale', async () => {
      const current = (await t.services.directory.getClinician(ids.linked!))!;
      const saved = await t.services.directory.updateProfile(ids.linked!, changesOf(current), {
        accountId: null,
        label: 'test',
      });
      assert.ok(saved.ok);
      now = new Date(now.getTime() + 60 * DAY);
      await t.services.profileReminders.sendDue();
      assert.equal((await mailTo(t, 'linked@demo.example')).length, 1);
      now = new Date(now.getTime() + 31 * DAY);
      await t.services.profileReminders.sendDue();
      assert.equal((await mailTo(t, 'linked@demo.example')).length, 2);
    });

    it('flags profiles not updated for 180 days as possibly out of date, in the finder and the API', async () => {
      const old = await t.app.inject(`/nl/clinicians/${ids.english}`);
      assert.match(old.body, /Mogelijk verouderd/);
      const recent = await t.app.inject(`/nl/clinicians/${ids.fresh}`);
      assert.equal(recent.statusCode, 200);
      assert.doesNotMatch(recent.body, /Mogelijk verouderd/);
      const list = await t.app.inject('/en/find?place=1030');
      assert.equal((list.body.match(/Possibly out of date/g) ?? []).length, 1);
      const api = await t.app.inject(`/api/v1/clinicians/${ids.english}`);
      assert.equal(api.json().possiblyOutOfDate, true);
      assert.equal((await t.app.inject(`/api/v1/clinicians/${ids.fresh}`)).json().possiblyOutOfDate, false);
    });
  });
}
