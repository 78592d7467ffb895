// The embedded database keeps what it acknowledged: a commit survives the process being killed
// (SIGKILL, nothing shut down), and it is flushed to the disk (fsync of the write-ahead log)
// before the client hears that it committed, so that a power cut cannot lose it either.
// A power cut cannot be staged in a test; the flush can be watched: strace records the system
// calls between the moment the client sends its insert and the moment it is acknowledged.

import assert from 'node:assert/strict';
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { openDatabase } from '../../src/platform/db/database.ts';
import { cannotStage } from '../support/database-faults.ts';

const DATABASE_MODULE = new URL('../../src/platform/db/database.ts', import.meta.url).href;

/** A process that opens the embedded database of DATA_DIR and commits rows 1…ROWS, saying so after each. */
const WRITER = `
const { openDatabase } = await import(${JSON.stringify(DATABASE_MODULE)});
const database = await openDatabase({ dataDir: process.env.DATA_DIR });
await database.pool.query('create table if not exists kept (n integer primary key)');
for (let n = 1; n <= Number(process.env.ROWS); n++) {
  process.stderr.write('inserting ' + n + '\\n');
  await database.pool.query('insert into kept values ($1)', [n]);
  process.stdout.write('committed ' + n + '\\n');
}
if (process.env.THEN === 'exit') process.exit(0);
setInterval(() => {}, 1 << 30);
`;

function writer(command: string, args: string[], env: Record<string, string>): ChildProcess {
  return spawn(command, [...args, process.execPath, '--import', 'tsx', '--input-type=module', '-e', WRITER], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function untilOutput(child: ChildProcess, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    let errors = '';
    child.stdout!.on('data', (chunk) => {
      output += chunk;
      if (output.includes(text)) resolve();
    });
    child.stderr!.on('data', (chunk) => {
      errors += chunk;
    });
    child.once('exit', (code, signal) =>
      reject(new Error(`writer ended (${code ?? signal}) before "${text}": ${errors.slice(-2000)}`)),
    );
  });
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

async function keptRows(dataDir: string): Promise<number> {
  const database = await openDatabase({ dataDir });
  try {
    const { rows } = await database.pool.query<{ n: number }>('select count(*)::int as n from kept');
    return rows[0]!.n;
  } finally {
    await database.close();
  }
}

function canTrace(): boolean {
  try {
    execFileSync('strace', ['-o', '/dev/null', 'true'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('the embedded database keeps what it acknowledged', () => {
  test('committed rows survive the process being killed', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'passerelle-kill-'));
    try {
      const child = writer('env', [], { DATA_DIR: dataDir, ROWS: '20' });
      await untilOutput(child, 'committed 20\n');
      child.kill('SIGKILL');
      await exited(child);
      assert.equal(await keptRows(dataDir), 20);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  test('a commit is flushed to the disk before it is acknowledged', async (context) => {
    if (!canTrace()) {
      cannotStage(context, 'strace is not installed or may not trace here (apt-get install strace)');
      return;
    }
    const dataDir = mkdtempSync(join(tmpdir(), 'passerelle-fsync-'));
    const trace = join(dataDir, 'trace.txt');
    try {
      const child = writer(
        'strace',
        ['-f', '-y', '-qq', '-e', 'trace=write,pwrite64,fsync,fdatasync', '-o', trace],
        { DATA_DIR: join(dataDir, 'data'), ROWS: '1', THEN: 'exit' },
      );
      await untilOutput(child, 'committed 1\n');
      await exited(child);
      const calls = readFileSync(trace, 'utf8').split('\n');
      const sent = calls.findIndex((line) => /write\(2<[^>]*>, "inserting 1\\n"/.test(line));
      const acknowledged = calls.findIndex((line) => /write\(1<[^>]*>, "committed 1\\n"/.test(line));
      assert.ok(sent !== -1 && acknowledged > sent, 'the markers are in the trace');
      const between = calls.slice(sent, acknowledged);
      const walWrite = between.findIndex((line) => /pwrite64\(\d+<[^>]*\/pg_wal\/[0-9A-F]{24}>/.test(line));
      assert.ok(walWrite !== -1, 'the commit is written to the write-ahead log');
      const flushed = between
        .slice(walWrite)
        .some((line) => /\b(fsync|fdatasync)\(\d+<[^>]*\/pg_wal\/[0-9A-F]{24}>/.test(line));
      const flushes = between.filter((line) => /\b(fsync|fdatasync)\(/.test(line));
      assert.ok(flushed, `no fsync of the write-ahead log before the acknowledgement: ${flushes.join('\n')}`);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
