// Issue 11, Medium 3: no log line holds a usable sign-in link. The request log keeps every URL
// (method, path, query) but the value of a `token` parameter, and anything shaped like one of
// our tokens (43 base64url characters, even percent-encoded inside another parameter), is
// replaced; error logs (messages and stacks) too.

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { createLogger } from '../../src/platform/logger.ts';
import { createPerson, PASSWORD, signedInClient } from '../support/accounts.ts';
import type { TestApp } from '../support/app.ts';
import { openBrusselsDatabase, testEngines } from '../support/database.ts';
import { TestClient } from '../support/http-client.ts';
import { lastLinkTo, tokenOf } from './support/delivered-mail.ts';

/** A whole Passerelle whose JSON log lines are kept in `lines`. */
async function appWithCapturedLog(engine: 'embedded' | 'postgres') {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  const dataDir = mkdtempSync(join(tmpdir(), 'passerelle-logs-'));
  const config = loadConfig({ DATA_DIR: dataDir, RATE_LIMIT_PER_MINUTE: '0', OUTBOX_POLL_MS: '3600000' });
  const database = await openBrusselsDatabase(engine);
  const { app, services } = await buildApp({
    config,
    database,
    cookieSecret: 'test-cookie-secret-0123456789abcdef',
    logger: createLogger({ logLevel: 'info' }, sink),
  });
  // A handler that fails with the URL in its message, as a library error might.
  app.get('/fr/failing', async (request) => {
    throw new Error(`could not handle ${request.url}`);
  });
  await app.ready();
  const t: TestApp = {
    app,
    services,
    database,
    dataDir,
    async close() {
      await app.close();
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return { t, lines };
}

for (const engine of testEngines()) {
  describe(`no usable token in the logs (${engine})`, () => {
    let t: TestApp;
    let lines: string[];
    before(async () => {
      ({ t, lines } = await appWithCapturedLog(engine));
    });
    after(() => t.close());

    it('logs URLs of invitation, reset and verification links without their token, errors included', async () => {
      const tokens: string[] = [];

      // An invitation, accepted.
      const adminId = await createPerson(t, {
        email: 'root@passerelle.example',
        grants: [{ role: 'platform-admin' }],
      });
      const admin = await signedInClient(t, adminId);
      const invited = await admin.submit('/fr/admin/staff/invite', {
        displayName: 'Ines Invitée',
        email: 'ines@network.example',
        language: 'fr',
      });
      assert.equal(invited.statusCode, 303);
      const invitation = await lastLinkTo(t, 'ines@network.example');
      tokens.push(tokenOf(invitation));
      const invitee = new TestClient(t);
      assert.equal((await invitee.get(invitation)).statusCode, 200);
      const accepted = await invitee.post('/fr/accept-invitation', {
        token: tokenOf(invitation),
        password: PASSWORD,
      });
      assert.equal(accepted.statusCode, 303);

      // A password reset.
      await createPerson(t, { email: 'reset@practice.example', password: PASSWORD });
      const person = new TestClient(t);
      await person.submit('/fr/forgot-password', { email: 'reset@practice.example' });
      const reset = await lastLinkTo(t, 'reset@practice.example');
      tokens.push(tokenOf(reset));
      assert.equal((await person.get(reset)).statusCode, 200);

      // An address confirmation.
      const gp = new TestClient(t);
      await gp.submit('/fr/create-account', {
        kind: 'gp',
        displayName: 'Dr Log',
        email: 'log@practice.example',
        password: PASSWORD,
        language: 'fr',
      });
      const verify = await lastLinkTo(t, 'log@practice.example');
      tokens.push(tokenOf(verify));
      assert.equal((await gp.get(verify)).statusCode, 200);

      // The same tokens where they do not belong: refused, not found, percent-encoded, a failure.
      const token = tokenOf(reset);
      assert.equal((await person.get(`/api/v1/me?token=${token}`)).statusCode, 400);
      assert.equal((await person.get(`/fr/nowhere?token=${token}&x=1`)).statusCode, 404);
      await person.get(`/fr/sign-in?next=${encodeURIComponent(`/fr/reset-password?token=${token}`)}`);
      assert.equal((await person.get(`/fr/failing?token=${token}`)).statusCode, 500);

      assert.equal(tokens.length, 3);
      const log = lines.join('\n');
      assert.match(log, /"url":"\/fr\/accept-invitation\?token=/, 'request URLs are still logged');
      assert.match(log, /"url":"\/fr\/reset-password\?token=/);
      assert.match(log, /"url":"\/fr\/verify-email\?token=/);
      assert.match(log, /request failed/, 'the failure is logged');
      for (const secret of tokens) {
        const leaks = lines.filter((line) => line.includes(secret));
        assert.deepEqual(leaks, [], `a usable token reached the log ${leaks.length} time(s)`);
      }
      assert.doesNotMatch(log, /token=[A-Za-z0-9_-]{43}/);
    });
  });
}
