// Everything Passerelle writes under DATA_DIR is for its own user only (issue 11, High 2): the
// embedded database (its write-ahead log holds sign-in links), secrets, mail and uploads. A
// fresh folder is made owner-only whatever the umask; at start-up, looser modes left by an
// earlier version are repaired and named in the log, and what cannot be repaired (a file of
// another user, a link that could point anywhere) stops the start with the path.
import assert from 'node:assert/strict';
import {
  chmodSync,
  chownSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pino } from 'pino';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { secureDataDir } from '../../src/platform/data-dir.ts';
import { socketDirFor } from '../../src/platform/db/embedded/embedded.ts';
import { enqueue } from '../../src/platform/outbox/index.ts';
import { loadSecret } from '../../src/platform/secrets.ts';
import { openConfiguredDatabase } from '../../src/setup.ts';
import { PDF, upload } from '../applications/support/helpers.ts';
import { createPerson, signedInClient } from '../support/accounts.ts';
import type { TestApp } from '../support/app.ts';
import { openBrusselsDatabase, testEngines } from '../support/database.ts';

const isRoot = process.getuid?.() === 0;
const OTHER_UID = 65534; // nobody

/** Every path under `root` whose mode lets another user in, or is not exactly 0700 / 0600. */
function looseModes(root: string): string[] {
  const found: string[] = [];
  const visit = (path: string) => {
    const stat = lstatSync(path);
    const mode = stat.mode & 0o777;
    if (stat.isDirectory()) {
      if (mode !== 0o700) found.push(`${path} ${mode.toString(8)}`);
      for (const name of readdirSync(path)) visit(join(path, name));
    } else if (mode !== 0o600) found.push(`${path} ${mode.toString(8)}`);
  };
  visit(root);
  return found;
}

function assertNoneLoose(loose: string[], when: string) {
  assert.equal(
    loose.length,
    0,
    `${when}: ${loose.length} paths not owner-only, e.g. ${loose.slice(0, 8).join(', ')}`,
  );
}

function countFiles(root: string): number {
  let count = 0;
  const visit = (path: string) => {
    count++;
    if (lstatSync(path).isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
  };
  visit(root);
  return count;
}

function capturingLogger() {
  const lines: Array<Record<string, unknown>> = [];
  const log = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) });
  return { log, lines };
}

for (const engine of testEngines()) {
  describe(`DATA_DIR is owner-only (${engine})`, () => {
    let root = '';
    let dataDir = '';
    const umask = process.umask();
    const env = () => ({
      DATA_DIR: dataDir,
      DEMO_DATA: 'off',
      LOG_LEVEL: 'silent',
      ...(engine === 'postgres' ? { DATABASE_URL: process.env.TEST_DATABASE_URL! } : {}),
    });

    before(() => {
      root = mkdtempSync(join(tmpdir(), 'passerelle-modes-'));
      dataDir = join(root, 'data');
    });
    after(() => {
      process.umask(umask);
      rmSync(root, { recursive: true, force: true });
    });

    /**
     * Starts as `passerelle serve` does (the embedded engine on disk gets some writes of its
     * own), and has the app write a secret, an upload and a mail; then stops.
     */
    async function runOnce(): Promise<{ whileRunning: string[]; files: number }> {
      const config = loadConfig(env());
      const started = await openConfiguredDatabase(config, capturingLogger().log);
      // The app's own data lives in the database, which under DATABASE_URL is not in DATA_DIR.
      const database = await openBrusselsDatabase(engine);
      const cookie = loadSecret(config.dataDir, 'cookie', undefined);
      const { app, services } = await buildApp({ config, database, cookieSecret: cookie.value });
      try {
        if (engine === 'embedded') {
          await started.pool.query(
            "create table mode_probe (x text); insert into mode_probe select repeat('x', 2000) from generate_series(1, 20000); checkpoint",
          );
        }
        const t = { app, services, database, dataDir } as unknown as TestApp;
        const person = await createPerson(t, { email: 'modes@example.be' });
        const client = await signedInClient(t, person);
        const sent = await upload(t, client, {
          page: '/fr/professionals/join/documents',
          action: '/fr/professionals/join/documents/upload',
          fields: { documentKind: 'diploma' },
          filename: 'diplome.pdf',
          content: PDF,
        });
        assert.equal(sent.statusCode, 303);
        await database.db.transaction((tx) =>
          enqueue(tx, { topic: 'test', to: 'modes@example.be', locale: 'fr', subject: 'Test', text: 'Test' }),
        );
        assert.equal((await services.outbox.deliverDue()).sent, 1);
        return { whileRunning: looseModes(dataDir), files: countFiles(dataDir) };
      } finally {
        await app.close();
        await database.close();
        await started.close();
      }
    }

    /** The error that stopped a start, or null (then what started is stopped again). */
    async function startError(overrides: Record<string, string> = {}): Promise<Error | null> {
      try {
        const database = await openConfiguredDatabase(
          loadConfig({ ...env(), ...overrides }),
          capturingLogger().log,
        );
        await database.close();
        return null;
      } catch (error) {
        return error as Error;
      }
    }

    const withDatabase = engine === 'embedded' ? ', the database’s own files included' : '';
    it(`makes a fresh DATA_DIR owner-only under umask 000${withDatabase}`, async () => {
      process.umask(0o000);
      const { whileRunning, files } = await runOnce();
      process.umask(umask);
      assertNoneLoose(whileRunning, 'while running');
      assertNoneLoose(looseModes(dataDir), 'after stopping');
      for (const part of ['secrets', 'files', 'mail']) assert.ok(existsSync(join(dataDir, part)), part);
      if (engine === 'embedded') assert.ok(files > 500, `the database's own files were checked (${files})`);
    });

    it('repairs looser modes at start-up and names what it repaired', async () => {
      const upload = join(dataDir, 'files', readdirSync(join(dataDir, 'files'))[0]!);
      const loosened = [
        [dataDir, 0o755],
        [join(dataDir, 'mail'), 0o777],
        [join(dataDir, 'secrets', 'cookie.key'), 0o666],
        [upload, 0o644],
        ...(engine === 'embedded'
          ? ([
              [join(dataDir, 'pglite', 'base'), 0o755],
              [join(dataDir, 'pglite', 'PG_VERSION'), 0o644],
            ] as const)
          : []),
      ] as const;
      for (const [path, mode] of loosened) chmodSync(path, mode);
      const { log, lines } = capturingLogger();
      process.umask(0o022);
      const database = await openConfiguredDatabase(loadConfig(env()), log);
      process.umask(umask);
      await database.close();
      assertNoneLoose(looseModes(dataDir), 'after a start');
      const warning = lines.find((line) => line.level === 40 && Array.isArray(line.paths));
      assert.ok(warning, `a warning names the repaired paths: ${JSON.stringify(lines)}`);
      assert.equal(warning.count, loosened.length);
      assert.deepEqual([...(warning.paths as string[])].sort(), loosened.map(([path]) => path).sort());
    });

    it('refuses to start when a file under DATA_DIR belongs to another user, naming it', {
      skip: isRoot ? false : 'giving a file to another user needs root',
    }, async () => {
      const foreign = join(dataDir, 'files', 'planted');
      writeFileSync(foreign, 'x', { mode: 0o600 });
      chownSync(foreign, OTHER_UID, OTHER_UID);
      try {
        const error = await startError();
        assert.ok(error?.message.includes(foreign), `refused, naming ${foreign}: ${error?.message}`);
        assert.match(error?.message ?? '', /another user/);
        if (engine === 'embedded')
          assert.equal(existsSync(join(dataDir, 'pglite.lock')), false, 'not started');
      } finally {
        rmSync(foreign, { force: true });
      }
    });

    it('refuses a link under DATA_DIR rather than follow it, and leaves its target alone', async () => {
      const outside = join(root, 'outside.txt');
      writeFileSync(outside, 'not Passerelle’s');
      chmodSync(outside, 0o644);
      const link = join(dataDir, 'mail', 'link.eml');
      symlinkSync(outside, link);
      try {
        const error = await startError();
        assert.ok(error?.message.includes(link), `refused, naming ${link}: ${error?.message}`);
        assert.equal(lstatSync(outside).mode & 0o777, 0o644);
      } finally {
        rmSync(link, { force: true });
      }
    });

    it('refuses a socket folder outside DATA_DIR that another user made first', {
      skip: engine !== 'embedded' ? 'the socket is the embedded engine’s' : isRoot ? false : 'needs root',
    }, async () => {
      // A deep DATA_DIR puts the socket in a short folder under the system's temporary folder,
      // whose name anyone can compute: someone could make it first and wait there.
      const deep = join(root, 'd'.repeat(60), 'e'.repeat(40), 'data');
      const socketDir = socketDirFor(deep);
      assert.ok(!socketDir.startsWith(deep), socketDir);
      mkdirSync(socketDir, { recursive: true });
      chmodSync(socketDir, 0o777);
      chownSync(socketDir, OTHER_UID, OTHER_UID);
      try {
        const error = await startError({ DATA_DIR: deep });
        assert.ok(error?.message.includes(socketDir), `refused, naming ${socketDir}: ${error?.message}`);
      } finally {
        rmSync(socketDir, { recursive: true, force: true });
      }
    });
  });
}

describe('DATA_DIR check when a mode cannot be changed', () => {
  it('refuses to start, naming the path, when chmod fails', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'passerelle-modes-'));
    try {
      const stuck = join(dataDir, 'files', 'stuck');
      mkdirSync(join(dataDir, 'files'), { mode: 0o700 });
      writeFileSync(stuck, 'x');
      chmodSync(stuck, 0o644);
      const refusing = {
        chmodSync: (path: string, mode: number) => {
          if (path === stuck)
            throw Object.assign(new Error('EPERM: operation not permitted'), { code: 'EPERM' });
          chmodSync(path, mode);
        },
      };
      assert.throws(
        () => secureDataDir(dataDir, 'embedded', refusing),
        (error: Error) => error.message.includes(stuck) && /EPERM/.test(error.message),
      );
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
