// The session preview must not be a NISS oracle (issue 11, medium 6). A clinician previewing a
// session learns the decision (reimbursed or not, and the copay) but not the patient's history
// with other clinicians (rank in the cap, which rule refused it); previews and recordings count
// against an hourly limit per clinician shared by every instance, and are audited without the
// NISS or the patient's key; staff reads of sessions and statements are audited too.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { careCommands } from '../../src/care/commands.ts';
import type { CommandContext } from '../../src/platform/cli.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { formatEuros } from '../../src/platform/i18n/index.ts';
import { createLogger } from '../../src/platform/logger.ts';
import { auth, sessionBody, TOKEN } from '../care/support/api.ts';
import { addClinicians, clinician } from '../care/support/clinicians.ts';
import { makeNiss } from '../care/support/niss.ts';
import { createPerson, signedInClient } from '../support/accounts.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';
import type { TestClient } from '../support/http-client.ts';

const LIMIT = 3;
/** Ten to eleven: the next hour starts in 10 minutes (within a sign-in session's idle time). */
const NOW = '2026-03-10T10:50:00.000Z';
const CAPPED = { niss: makeNiss('1980-02-14', 301), birthDate: '1980-02-14' };
const IN_TREATMENT = { niss: makeNiss('1975-06-30', 302), birthDate: '1975-06-30' };

type Profile = { id: string; locations: string[] };

for (const engine of testEngines()) {
  describe(`session previews are limited, audited and tell no history (${engine})`, () => {
    let t: TestApp;
    let alice: Profile;
    let bob: Profile;
    let aliceAccount: string;
    let now = NOW;
    const clients: Record<string, TestClient> = {};
    const cookie = (who: string) => [...clients[who]!.cookies].map(([k, v]) => `${k}=${v}`).join('; ');

    const previewForm = (profile: Profile, patient: { niss: string; birthDate: string }, date: string) => ({
      step: 'preview',
      function: 'support',
      mode: 'individual',
      locationId: profile.locations[0]!,
      networkId: 'brumenta',
      niss: patient.niss,
      birthDate: patient.birthDate.split('-').reverse().join('/'),
      bim: 'no',
      date,
    });
    const auditRows = async (actions: string[]) =>
      (
        await t.database.db.execute<{
          action: string;
          actor_account_id: string | null;
          actor_label: string;
          resource_id: string | null;
          network_id: string | null;
          detail: unknown;
        }>(
          sql`select * from audit_log where action in ${sql.raw(`(${actions.map((a) => `'${a}'`).join(', ')})`)} order by id`,
        )
      ).rows;

    before(async () => {
      // A fixed clock: the hour the uses count in cannot turn during the test.
      t = await startTestApp(
        engine,
        { API_ADMIN_TOKEN: TOKEN, SESSION_PREVIEWS_PER_HOUR: String(LIMIT) },
        undefined,
        { clock: () => new Date(now) },
      );
      const [a, b, carol] = await addClinicians(t.services.directory, [
        clinician('Alice', ['brumenta']),
        clinician('Bob', ['brumenta']),
        clinician('Carol', ['brumenta']),
      ]);
      alice = a!;
      bob = b!;
      aliceAccount = await createPerson(t, {
        email: 'alice@oracle.example',
        grants: [{ role: 'clinician' }],
      });
      const bobAccount = await createPerson(t, {
        email: 'bob@oracle.example',
        grants: [{ role: 'clinician' }],
      });
      await t.services.directory.linkAccount(alice.id, aliceAccount);
      await t.services.directory.linkAccount(bob.id, bobAccount);
      clients.alice = await signedInClient(t, aliceAccount);
      clients.bob = await signedInClient(t, bobAccount);
      clients.coordinator = await signedInClient(
        t,
        await createPerson(t, {
          email: 'coordinator@oracle.example',
          grants: [{ role: 'coordinator', networkId: 'brumenta', zoneId: 'east' }],
        }),
      );
      // The patients' history with another clinician, recorded by the network's machine.
      for (const [patient, date, fn] of [
        [CAPPED, '2024-05-06', 'support'],
        [CAPPED, '2024-05-13', 'support'],
        [CAPPED, '2024-05-20', 'support'],
        [IN_TREATMENT, '2024-05-07', 'treatment'],
      ] as const) {
        const response = await t.app.inject({
          method: 'POST',
          url: '/api/v1/sessions',
          headers: auth,
          payload: sessionBody(carol!, { ...patient, date, function: fn, functionalAssessment: true }),
        });
        assert.equal(response.statusCode, 201, response.body);
      }
    });
    after(() => t.close());

    it('shows the decision and the copay, not the rank in the cap nor which history refused it', async () => {
      const reimbursed = await clients.alice!.submit(
        '/nl/my/sessions/new',
        previewForm(alice, CAPPED, '03/06/2024'),
      );
      assert.equal(reimbursed.statusCode, 200);
      assert.match(reimbursed.body, /Beslissing: Terugbetaald/);
      assert.ok(reimbursed.body.includes(formatEuros('nl', 1100)), 'the copay is shown');
      assert.doesNotMatch(
        reimbursed.body,
        /Sessie \d/,
        'no rank: it would tell how many sessions the patient had elsewhere',
      );
      assert.doesNotMatch(reimbursed.body, /terugbetaalde sessies over/);

      const refused = await clients.alice!.submit(
        '/nl/my/sessions/new',
        previewForm(alice, IN_TREATMENT, '03/06/2024'),
      );
      assert.equal(refused.statusCode, 200);
      assert.match(refused.body, /Beslissing: Niet terugbetaald/);
      assert.doesNotMatch(
        refused.body,
        /sessies psychologische behandeling/,
        'treatment elsewhere stays unsaid',
      );
    });

    it('counts previews and recordings against an hourly limit per clinician (429 on the API, a message on the page)', async () => {
      // Alice has made two previews; a recording is her third use of the hour.
      const recorded = await t.app.inject({
        method: 'POST',
        url: '/api/v1/sessions',
        headers: { cookie: cookie('alice') },
        payload: sessionBody(alice, { ...CAPPED, date: '2024-06-03' }),
      });
      assert.equal(recorded.statusCode, 201, recorded.body);

      const page = await clients.alice!.submit(
        '/nl/my/sessions/new',
        previewForm(alice, CAPPED, '04/06/2024'),
      );
      assert.equal(page.statusCode, 429);
      assert.match(page.body, /limiet van 3 voorbeelden en registraties van sessies per uur/);
      assert.match(page.body, /over 10 minuten/);
      assert.match(page.body, new RegExp(`value="${CAPPED.niss}"`), 'what was typed is kept');
      assert.doesNotMatch(page.body, /Beslissing/);

      const api = await t.app.inject({
        method: 'POST',
        url: '/api/v1/sessions?lang=en',
        headers: { cookie: cookie('alice') },
        payload: sessionBody(alice, { ...CAPPED, date: '2024-06-04' }),
      });
      assert.equal(api.statusCode, 429);
      assert.match(String(api.headers['content-type']), /^application\/problem\+json/);
      assert.match(
        api.json().detail,
        /3 session previews and recordings an hour\. Try again in 10 minutes\./,
      );
      assert.equal(api.headers['retry-after'], '600');

      // Another clinician has their own count; the network's machine is not limited.
      const other = await clients.bob!.submit('/nl/my/sessions/new', previewForm(bob, CAPPED, '04/06/2024'));
      assert.equal(other.statusCode, 200);
      const machine = await t.app.inject({
        method: 'POST',
        url: '/api/v1/sessions',
        headers: auth,
        payload: sessionBody(alice, { ...CAPPED, date: '2024-06-05' }),
      });
      assert.equal(machine.statusCode, 201);

      // The next hour, Alice's count starts again.
      now = '2026-03-10T11:00:00.000Z';
      const nextHour = await clients.alice!.submit(
        '/nl/my/sessions/new',
        previewForm(alice, CAPPED, '04/06/2024'),
      );
      assert.equal(nextHour.statusCode, 200);
      now = NOW;
    });

    it('audits previews and recordings with who, the network and the session, never the NISS or the patient key', async () => {
      const rows = await auditRows(['care-session.preview', 'care-session.record']);
      const byAlice = rows.filter((row) => row.actor_account_id === aliceAccount);
      assert.deepEqual(
        byAlice.map((row) => row.action),
        ['care-session.preview', 'care-session.preview', 'care-session.record', 'care-session.preview'],
      );
      assert.ok(byAlice.every((row) => row.network_id === 'brumenta'));
      assert.ok(byAlice[2]!.resource_id, 'the recorded session is named');
      const text = JSON.stringify(
        await auditRows(['care-session.preview', 'care-session.record', 'care-session.read']),
      );
      for (const patient of [CAPPED, IN_TREATMENT]) {
        assert.ok(!text.includes(patient.niss), 'no NISS');
        assert.ok(!text.includes(t.services.care.patientKey(patient.niss)), 'no patient key');
      }
    });

    it('audits staff reads of sessions and statements, by accounts, the API token and the command line', async () => {
      const [session] = (
        await t.database.db.execute<{ id: string }>(
          sql`select id from care_sessions where clinician_id = ${alice.id} order by seq limit 1`,
        )
      ).rows;
      const read = await t.app.inject({
        url: `/api/v1/sessions/${session!.id}`,
        headers: { cookie: cookie('coordinator') },
      });
      assert.equal(read.statusCode, 200);
      assert.equal(
        (await t.app.inject({ url: `/api/v1/sessions/${session!.id}`, headers: auth })).statusCode,
        200,
      );
      const statement = await t.app.inject({
        url: '/api/v1/statements?month=2024-05&network=brumenta',
        headers: { cookie: cookie('coordinator') },
      });
      assert.equal(statement.statusCode, 200);
      const out: string[] = [];
      const context: CommandContext = {
        args: ['--month', '2024-05', '--format', 'json'],
        config: loadConfig({ DATA_DIR: t.dataDir }),
        log: createLogger({ logLevel: 'silent' }),
        locale: 'en',
        database: async () => t.database,
        out: (line) => out.push(line),
        err: (line) => out.push(line),
      };
      assert.equal(await careCommands[0]!.run(context), 0);

      const rows = await auditRows(['care-session.read', 'care-statement.read']);
      assert.deepEqual(
        rows.map((row) => [row.action, row.actor_label, row.resource_id, row.network_id]),
        [
          ['care-session.read', 'coordinator@oracle.example', session!.id, 'brumenta'],
          ['care-session.read', 'api token', session!.id, 'brumenta'],
          ['care-statement.read', 'coordinator@oracle.example', '2024-05', 'brumenta'],
          ['care-statement.read', 'command line', '2024-05', null],
        ],
      );
    });
  });
}
