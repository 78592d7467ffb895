import { createServer, type Server, type Socket } from 'node:net';
import type { PGlite } from '@electric-sql/pglite';

// PostgreSQL wire protocol codes (https://www.postgresql.org/docs/current/protocol-message-formats.html).
const PROTOCOL_3 = 196608;
const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;
/** Messages after which a client waits for the server: the end of one atomic batch. */
const BATCH_END = new Set(['S', 'Q', 'H', 'c', 'f']);

interface Job {
  connection: Connection;
  bytes: Uint8Array;
  done: () => void;
}

/**
 * Serves one PGlite database to many PostgreSQL clients over a unix socket.
 *
 * PGlite is a single backend session. pglite-socket's server queues every protocol message on
 * its own, so two clients' Parse/Bind/Execute messages interleave and corrupt each other
 * ("portal does not exist"). This server queues whole batches (everything up to Sync or a
 * simple Query), and while a client has a transaction open, only that client's batches run:
 * every other client waits, as the design notes say, and nobody sees half a transaction.
 */
export class WireServer {
  private readonly server: Server;
  private readonly queue: Job[] = [];
  private transactionOwner: Connection | null = null;
  private running = false;
  private readonly connections = new Set<Connection>();

  constructor(
    private readonly db: PGlite,
    private readonly onError: (message: string, error: unknown) => void = () => {},
  ) {
    this.server = createServer((socket) => {
      const connection = new Connection(socket, this);
      this.connections.add(connection);
      socket.on('close', () => {
        connection.closed = true;
        this.connections.delete(connection);
        void this.release(connection);
      });
    });
  }

  listen(path: string): Promise<void> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(path, () => {
        this.server.off('error', reject);
        resolve();
      });
    });
  }

  async close(): Promise<void> {
    for (const connection of this.connections) connection.socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Runs one batch when its turn comes; resolves once its answer has been written. */
  submit(connection: Connection, bytes: Uint8Array): Promise<void> {
    return new Promise((done) => {
      this.queue.push({ connection, bytes, done });
      void this.drain();
    });
  }

  private nextJob(): Job | undefined {
    if (!this.transactionOwner) return this.queue.shift();
    const index = this.queue.findIndex((job) => job.connection === this.transactionOwner);
    return index === -1 ? undefined : this.queue.splice(index, 1)[0];
  }

  private async drain(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      for (let job = this.nextJob(); job; job = this.nextJob()) {
        await this.execute(job);
        this.transactionOwner = this.db.isInTransaction() ? job.connection : null;
        // Its client went away while this batch ran (a driver time-out closes the connection):
        // nobody will end the transaction it opened, and it would hold the database forever.
        if (this.transactionOwner?.closed) await this.rollBack();
        job.done();
      }
    } finally {
      this.running = false;
    }
  }

  private async execute(job: Job): Promise<void> {
    try {
      await this.db.runExclusive(() =>
        this.db.execProtocolRawStream(job.bytes, { onRawData: (chunk) => job.connection.write(chunk) }),
      );
    } catch (error) {
      // Not an SQL error (those come back inside the protocol stream): PGlite itself failed.
      // The client gets a system_error (58000), which says the database cannot serve (503).
      this.onError('embedded database failed a request', error);
      job.connection.write(errorResponse(error instanceof Error ? error.message : String(error)));
    }
  }

  /** A client went away: drop its queued work and roll back a transaction it left open. */
  private async release(connection: Connection): Promise<void> {
    for (let i = this.queue.length - 1; i >= 0; i--) {
      const job = this.queue[i];
      if (job?.connection === connection) {
        this.queue.splice(i, 1);
        job.done();
      }
    }
    if (this.transactionOwner === connection) await this.rollBack();
    void this.drain();
  }

  private async rollBack(): Promise<void> {
    if (this.db.isInTransaction()) await this.db.exec('ROLLBACK');
    this.transactionOwner = null;
  }
}

class Connection {
  /** The client has gone: what it left (queued batches, an open transaction) is dropped. */
  closed = false;
  private buffer = Buffer.alloc(0);
  private batch: Buffer[] = [];
  private started = false;
  private processing = Promise.resolve();

  constructor(
    readonly socket: Socket,
    private readonly server: WireServer,
  ) {
    socket.setNoDelay(true);
    socket.on('data', (chunk) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      this.processing = this.processing.then(() => this.parse());
    });
    socket.on('error', () => socket.destroy());
  }

  /**
   * PGlite streams its answer as views into its WebAssembly memory, which it reuses for the next
   * chunk. A socket that cannot flush at once keeps a reference, not a copy: large answers then
   * arrived corrupted. Each chunk is copied before it is queued.
   */
  write(bytes: Uint8Array): void {
    if (bytes.length > 0 && this.socket.writable) this.socket.write(Buffer.from(bytes));
  }

  private async parse(): Promise<void> {
    while (!this.socket.destroyed) {
      if (!this.started) {
        if (this.buffer.length < 8) return;
        const length = this.buffer.readInt32BE(0);
        if (this.buffer.length < length) return;
        const code = this.buffer.readInt32BE(4);
        const message = this.take(length);
        if (code === SSL_REQUEST || code === GSSENC_REQUEST) {
          this.socket.write('N'); // no encryption on a local socket
        } else if (code === CANCEL_REQUEST || code !== PROTOCOL_3) {
          this.socket.end();
          return;
        } else {
          this.started = true;
          await this.server.submit(this, message);
        }
        continue;
      }
      if (this.buffer.length < 5) return;
      const type = String.fromCharCode(this.buffer[0] ?? 0);
      const length = 1 + this.buffer.readInt32BE(1);
      if (this.buffer.length < length) return;
      const message = this.take(length);
      if (type === 'X') {
        this.socket.end(); // Terminate: closing the socket releases this client's state
        return;
      }
      this.batch.push(message);
      if (BATCH_END.has(type)) {
        const bytes = Buffer.concat(this.batch);
        this.batch = [];
        await this.server.submit(this, bytes);
      }
    }
  }

  private take(length: number): Buffer {
    const message = this.buffer.subarray(0, length);
    this.buffer = this.buffer.subarray(length);
    return Buffer.from(message);
  }
}

/** An ErrorResponse followed by ReadyForQuery, so the client sees a failed query, not a hang. */
function errorResponse(message: string): Uint8Array {
  const fields = Buffer.concat([
    Buffer.from('SERROR\0'),
    Buffer.from('C58000\0'),
    Buffer.from(`M${message}\0`, 'utf8'),
    Buffer.from('\0'),
  ]);
  const header = Buffer.alloc(5);
  header.write('E', 0);
  header.writeInt32BE(4 + fields.length, 1);
  const ready = Buffer.from([0x5a, 0, 0, 0, 5, 0x49]); // 'Z', length 5, idle
  return Buffer.concat([header, fields, ready]);
}
