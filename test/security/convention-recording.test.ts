// Recording follows the clinician's convention with the network at the session's date (issue 11,
// medium 5), not the role alone: a suspended convention refuses sessions dated from the
// suspension on (those before it can still be recorded late), a resumed one accepts them again,
// an ended one refuses them and takes the `clinician` role away (audited), and a new signature
// gives it back. Clinicians imported from a network's list are conventioned with no start date.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { grantsOf } from '../../src/platform/auth/store.ts';
import { formatDate } from '../../src/platform/i18n/index.ts';
import { brusselsDay } from '../../src/platform/identifiers/belgian-date.ts';
import {
  act,
  caseIdFrom,
  coordinatorOf,
  DECLARATION,
  fillAll,
  PDF,
  PNG,
  upload,
} from '../applications/support/helpers.ts';
import { auth, sessionBody, TOKEN } from '../care/support/api.ts';
import { addClinicians, clinician } from '../care/support/clinicians.ts';
import { makeNiss } from '../care/support/niss.ts';
import { createPerson, signedInClient } from '../support/accounts.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';
import type { TestClient } from '../support/http-client.ts';

const SIGNED_ON = '2024-04-15';

for (const engine of testEngines()) {
  describe(`recording follows the convention at the session's date (${engine})`, () => {
    let t: TestApp;
    let accountId: string;
    let applicant: TestClient;
    let coordinator: TestClient;
    let caseId: string;
    let profile: { id: string; locations: string[] };
    let serial = 0;
    const today = brusselsDay(new Date());

    /** A declaration through the pages, sent to decision, approved by Brumenta's committee. */
    async function approvedApplication(who = applicant, declaration = DECLARATION): Promise<string> {
      await fillAll(t, who, '/nl/professionals/join', declaration);
      const page = '/nl/professionals/join/documents';
      const action = '/nl/professionals/join/documents/upload';
      for (const [documentKind, filename, content, type] of [
        ['diploma', 'diploma.pdf', PDF, 'application/pdf'],
        ['visa', 'visum.png', PNG, 'image/png'],
      ] as const) {
        const uploaded = await upload(t, who, {
          page,
          action,
          fields: { documentKind },
          filename,
          content,
          type,
        });
        assert.equal(uploaded.statusCode, 303);
      }
      await who.get('/nl/professionals/join/check');
      const sent = await who.post('/nl/professionals/join/check');
      assert.equal(sent.statusCode, 303, sent.body.slice(0, 500));
      const id = caseIdFrom(sent.headers.location as string);
      for (const [type, fields] of [
        ['start-check', { text: '' }],
        ['log-contact', { date: '2024-03-20', text: 'Rencontre' }],
        ['send-to-decision', { text: '' }],
      ] as const) {
        assert.equal((await act(t, coordinator, 'fr', id, type, fields)).statusCode, 303, type);
      }
      const decided = await t.services.decisionDesk.recordDecision({
        applicationId: id,
        bodyId: 'brumenta-committee',
        networkIds: ['brumenta'],
        outcome: 'approve',
        reasons: 'Profil adéquat',
        meetingId: 'meeting-1',
        recordedBy: { accountId: '00000000-0000-4000-8000-000000000001', label: 'Secretary' },
        at: new Date(),
      });
      assert.deepEqual(decided, { ok: true, applicationStatus: 'approved' });
      return id;
    }

    const record = (date: string, headers: Record<string, string>, lang = 'nl') =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/sessions?lang=${lang}`,
        headers,
        payload: sessionBody(profile, {
          date,
          niss: makeNiss('1980-02-14', ++serial),
          birthDate: '1980-02-14',
        }),
      });
    const asClinician = () => ({
      cookie: [...applicant.cookies].map(([name, value]) => `${name}=${value}`).join('; '),
    });
    const roles = async () =>
      ((await grantsOf(t.database.db, [accountId])).get(accountId) ?? []).map((g) => g.role);

    before(async () => {
      t = await startTestApp(engine, { API_ADMIN_TOKEN: TOKEN });
      accountId = await createPerson(t, {
        email: 'lotte@example.be',
        displayName: 'Lotte Peeters',
        locale: 'nl',
      });
      applicant = await signedInClient(t, accountId);
      coordinator = await signedInClient(
        t,
        await createPerson(t, {
          email: 'east@example.be',
          displayName: 'Coordinator East',
          grants: coordinatorOf('east'),
        }),
      );
      caseId = await approvedApplication();
      const signed = await act(t, coordinator, 'fr', caseId, 'sign-convention', {
        date: SIGNED_ON,
        signatories: 'Lotte Peeters; Brumenta',
      });
      assert.equal(signed.statusCode, 303);
      const found = await t.services.directory.clinicianForAccount(accountId);
      assert.ok(found);
      profile = { id: found.id, locations: found.locations.map((l) => l.id) };
    });
    after(() => t.close());

    it('accepts sessions from the signature on, and refuses one dated before it', async () => {
      assert.equal((await record('2024-05-10', asClinician())).statusCode, 201);
      const early = await record('2024-04-10', asClinician());
      assert.equal(early.statusCode, 400);
      const error = early.json().errors.find((e: { field: string }) => e.field === 'date');
      assert.equal(error.code, 'convention-not-started');
      assert.ok(error.message.includes(formatDate('nl', '2024-04-10')), error.message);
      assert.ok(error.message.includes(formatDate('nl', SIGNED_ON)), error.message);
      assert.match(error.message, /Brumenta/);
    });

    it('refuses sessions dated from a suspension on, naming the date and the network, on the API and the form', async () => {
      assert.equal(
        (await act(t, coordinator, 'fr', caseId, 'suspend', { reason: 'Visa expiré', confirmed: 'yes' }))
          .statusCode,
        303,
      );
      assert.ok(
        (await roles()).includes('clinician'),
        'a suspension keeps the role: late sessions can still be recorded',
      );
      const refused = await record(today, asClinician(), 'fr');
      assert.equal(refused.statusCode, 400);
      const error = refused.json().errors.find((e: { field: string }) => e.field === 'date');
      assert.equal(error.code, 'convention-suspended');
      assert.ok(error.message.includes(formatDate('fr', today)), error.message);
      assert.match(error.message, /Brumenta/);
      assert.match(error.message, /suspendue/);
      // Dated before the suspension: recorded late, as it was in force then.
      assert.equal((await record('2024-06-10', asClinician())).statusCode, 201);
      // By the machine token too: the convention decides, whoever records.
      assert.equal((await record(today, auth)).statusCode, 400);

      const form = await applicant.submit('/nl/my/sessions/new', {
        step: 'preview',
        function: 'support',
        mode: 'individual',
        locationId: profile.locations[0]!,
        networkId: 'brumenta',
        niss: makeNiss('1975-01-01', 7),
        birthDate: '01/01/1975',
        bim: 'no',
        date: today,
      });
      assert.equal(form.statusCode, 400);
      assert.match(form.body, /error-summary/);
      assert.match(form.body, /href="#date"/);
      assert.ok(form.body.includes(formatDate('nl', today)));
      assert.match(form.body, /geschorst/);
      assert.match(form.body, /value="01\/01\/1975"/, 'what was typed is kept');
    });

    it('accepts them again once the convention is resumed', async () => {
      assert.equal((await act(t, coordinator, 'fr', caseId, 'resume', { text: '' })).statusCode, 303);
      assert.equal((await record(today, asClinician())).statusCode, 201);
    });

    it('refuses them once the convention has ended, and takes the clinician role away (audited)', async () => {
      assert.equal(
        (await act(t, coordinator, 'fr', caseId, 'end-convention', { reason: 'Départ', confirmed: 'yes' }))
          .statusCode,
        303,
      );
      assert.ok(!(await roles()).includes('clinician'), 'the role follows the convention');
      assert.equal((await record(today, asClinician())).statusCode, 403);
      assert.equal((await applicant.get('/nl/my/sessions/new')).statusCode, 403);
      const ended = await record(today, auth, 'en');
      assert.equal(ended.statusCode, 400);
      const error = ended.json().errors.find((e: { field: string }) => e.field === 'date');
      assert.equal(error.code, 'convention-ended');
      assert.match(error.message, /ended/);
      // A session from before the end can still be recorded (here by the network's machine).
      assert.equal((await record('2024-07-01', auth)).statusCode, 201);
      const audit = await t.database.db.execute<{ action: string; detail: { role?: string } }>(
        sql`select action, detail from audit_log where resource_id = ${accountId} and action = 'grant.revoke'`,
      );
      assert.deepEqual(
        audit.rows.map((row) => [row.action, row.detail.role]),
        [['grant.revoke', 'clinician']],
      );
    });

    it('gives the role back on a new signature, from its date on', async () => {
      const again = await approvedApplication();
      const signed = await act(t, coordinator, 'fr', again, 'sign-convention', {
        date: today,
        signatories: 'Lotte Peeters; Brumenta',
      });
      assert.equal(signed.statusCode, 303);
      assert.ok((await roles()).includes('clinician'));
      const found = await t.services.directory.clinicianForAccount(accountId);
      assert.equal(found!.id, profile.id, 'the same profile');
      assert.deepEqual(
        found!.locations.map((l) => l.id),
        profile.locations,
        'the same places, with the ids earlier sessions point to',
      );
      assert.equal((await record(today, asClinician())).statusCode, 201);
    });

    it('treats a clinician imported from a network’s list as conventioned, with no start date', async () => {
      const [imported] = await addClinicians(t.services.directory, [clinician('Imported', ['brumenta'])]);
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/sessions',
        headers: auth,
        payload: sessionBody(imported!, { date: '2024-04-02' }),
      });
      assert.equal(response.statusCode, 201, response.body);
    });

    it('keeps an imported member conventioned before a signature through the workflow, and before a suspension', async () => {
      const [imported] = await addClinicians(t.services.directory, [
        clinician('Janssens', ['brumenta'], { inami: null }),
      ]);
      const account = await createPerson(t, { email: 'janssens@example.be', locale: 'nl' });
      await t.services.directory.linkAccount(imported!.id, account);
      // Another person: another INAMI number than Lotte's.
      const declaration = DECLARATION.map(([page, fields]) =>
        page === 'registration'
          ? ([page, { ...fields, inami: '5.12346.08.890' }] as (typeof DECLARATION)[number])
          : [page, fields],
      ) as typeof DECLARATION;
      const id = await approvedApplication(await signedInClient(t, account), declaration);
      const sign = await act(t, coordinator, 'fr', id, 'sign-convention', {
        date: today,
        signatories: 'Janssens',
      });
      assert.equal(sign.statusCode, 303);
      const body = (date: string) => sessionBody(imported!, { date, niss: makeNiss('1980-02-14', ++serial) });
      const post = (date: string) =>
        t.app.inject({ method: 'POST', url: '/api/v1/sessions', headers: auth, payload: body(date) });
      const early = await post('2024-04-02');
      assert.equal(early.statusCode, 201, `no start date: earlier sessions still count ${early.body}`);
      assert.equal(
        (await act(t, coordinator, 'fr', id, 'suspend', { reason: 'Pause', confirmed: 'yes' })).statusCode,
        303,
      );
      assert.equal((await post('2024-04-03')).statusCode, 201, 'before the suspension');
      assert.equal((await post(today)).statusCode, 400, 'from the suspension on');
    });

    it('keeps the convention record append-only in the database itself', async () => {
      const kinds = async () =>
        (
          await t.database.db.execute<{ kind: string }>(
            sql`select kind from clinician_conventions where clinician_id = ${profile.id} order by id`,
          )
        ).rows.map((row) => row.kind);
      assert.deepEqual(await kinds(), ['signed', 'suspended', 'resumed', 'ended', 'signed']);
      await assert.rejects(t.database.db.execute(sql`update clinician_conventions set kind = 'signed'`));
      await assert.rejects(t.database.db.execute(sql`delete from clinician_conventions`));
      assert.deepEqual(await kinds(), ['signed', 'suspended', 'resumed', 'ended', 'signed']);
    });
  });
}
