// The embedded engine's wire server gives a client with an open transaction the database alone.
// A client that goes away (the driver closes a connection whose query ran past its time limit)
// while the batch opening its transaction still runs must not leave that transaction open: no
// one would end it, and every other client would wait for it forever.
// PGlite is replaced here by a stand-in whose batches end when the test says, so that the
// client can be made to leave exactly while its batch runs.

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { PGlite } from '@electric-sql/pglite';
import { WireServer } from '../../src/platform/db/embedded/wire-server.ts';
import { eventually } from '../support/database-faults.ts';

const READY_FOR_QUERY = Buffer.from([0x5a, 0, 0, 0, 5, 0x49]);

function startup(): Buffer {
  const message = Buffer.alloc(8);
  message.writeInt32BE(8, 0);
  message.writeInt32BE(196608, 4); // protocol 3.0
  return message;
}

function query(text: string): Buffer {
  const body = Buffer.from(`${text}\0`);
  const header = Buffer.alloc(5);
  header.write('Q', 0);
  header.writeInt32BE(4 + body.length, 1);
  return Buffer.concat([header, body]);
}

/** Stands in for PGlite: records what runs, opens a transaction on BEGIN, holds that batch until released. */
class StandIn {
  ran: string[] = [];
  private inTransaction = false;
  private releaseBegin: () => void = () => {};
  private readonly beginHeld = new Promise<void>((resolve) => {
    this.releaseBegin = resolve;
  });

  release(): void {
    this.releaseBegin();
  }

  async runExclusive<T>(work: () => Promise<T>): Promise<T> {
    return work();
  }

  async execProtocolRawStream(bytes: Uint8Array, { onRawData }: { onRawData: (data: Uint8Array) => void }) {
    const text = bytes[0] === 0x51 ? Buffer.from(bytes.subarray(5, -1)).toString() : 'startup';
    this.ran.push(text);
    if (text === 'BEGIN') {
      this.inTransaction = true;
      await this.beginHeld;
    }
    onRawData(READY_FOR_QUERY);
  }

  isInTransaction(): boolean {
    return this.inTransaction;
  }

  async exec(sql: string): Promise<void> {
    this.ran.push(sql);
    if (sql === 'ROLLBACK') this.inTransaction = false;
  }
}

function client(path: string): Promise<{ socket: Socket; answered: () => Promise<void> }> {
  return new Promise((resolve, reject) => {
    const socket = connect(path);
    let waiting: (() => void) | undefined;
    socket.on('data', () => waiting?.());
    socket.once('error', reject);
    socket.once('connect', () =>
      resolve({
        socket,
        answered: () =>
          new Promise<void>((done) => {
            waiting = done;
          }),
      }),
    );
  });
}

test('a client that leaves while its transaction opens does not hold the embedded database', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'passerelle-wire-'));
  const standIn = new StandIn();
  const server = new WireServer(standIn as unknown as PGlite);
  await server.listen(join(folder, '.s.PGSQL.5432'));
  try {
    const leaving = await client(join(folder, '.s.PGSQL.5432'));
    const started = leaving.answered();
    leaving.socket.write(startup());
    await started;
    leaving.socket.write(query('BEGIN'));
    await eventually(() => (standIn.ran.includes('BEGIN') ? true : undefined), 'the BEGIN batch to run');
    leaving.socket.destroy();
    const connections = (server as unknown as { connections: Set<unknown> }).connections;
    await eventually(() => (connections.size === 0 ? true : undefined), 'the server to see the client leave');
    standIn.release();

    const next = await client(join(folder, '.s.PGSQL.5432'));
    const served = next.answered();
    next.socket.write(startup());
    const waited = await Promise.race([
      served.then(() => 'served'),
      new Promise((resolve) => setTimeout(resolve, 5000, 'still waiting after 5 s')),
    ]);
    assert.equal(waited, 'served');
    assert.ok(standIn.ran.includes('ROLLBACK'), standIn.ran.join(', '));
    next.socket.destroy();
  } finally {
    standIn.release();
    await server.close();
    rmSync(folder, { recursive: true, force: true });
  }
});
