// Ways to break a database under a running Passerelle, as an outage would: a PostgreSQL that
// stops accepting connections or stops answering (a TCP proxy in front of the real server), and a
// log that tests can read.

import { connect, createServer, type Socket } from 'node:net';
import { pino } from 'pino';
import type { Logger } from '../../src/platform/logger.ts';

export interface DatabaseProxy {
  port: number;
  /** Stops listening and cuts every connection: the port now refuses, like a server that is down. */
  refuse(): Promise<void>;
  /** Keeps connections open but forwards nothing: a server (or network) that hangs. */
  freeze(): void;
  /** Forwards again what was held while frozen. */
  thaw(): void;
  close(): Promise<void>;
}

/** A proxy on 127.0.0.1 to the PostgreSQL server of `serverUrl`. */
export async function startDatabaseProxy(serverUrl: string): Promise<DatabaseProxy> {
  const target = new URL(serverUrl);
  const sockets = new Set<Socket>();
  const held: Array<() => void> = [];
  let frozen = false;
  const server = createServer((client) => {
    const upstream = connect(Number(target.port || 5432), target.hostname);
    sockets.add(client).add(upstream);
    const forward = (from: Socket, to: Socket) =>
      from.on('data', (chunk) => {
        if (frozen) held.push(() => to.write(chunk));
        else to.write(chunk);
      });
    forward(client, upstream);
    forward(upstream, client);
    for (const socket of [client, upstream]) {
      socket.on('error', () => {});
      socket.on('close', () => {
        client.destroy();
        upstream.destroy();
        sockets.delete(socket);
      });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  let listening = true;
  const refuse = async () => {
    if (!listening) return;
    listening = false;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const socket of sockets) socket.destroy();
    await closed;
  };
  return {
    port,
    refuse,
    freeze: () => {
      frozen = true;
    },
    thaw: () => {
      frozen = false;
      for (const write of held.splice(0)) write();
    },
    close: refuse,
  };
}

export interface LogLine {
  level: number;
  msg: string;
  err?: unknown;
  [key: string]: unknown;
}

/** A logger whose JSON lines the test reads (error = level 50). */
export function capturedLogger(): { logger: Logger; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const logger = pino(
    { level: 'info' },
    { write: (line: string) => void lines.push(JSON.parse(line) as LogLine) },
  ) as Logger;
  return { logger, lines };
}

/** Waits until `probe` gives a value (a state to reach, not a time to wait). */
export async function eventually<T>(
  probe: () => Promise<T | undefined> | T | undefined,
  what: string,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * A fault test this machine cannot stage (no strace, no right to mount): skipped on a developer's
 * machine, a failure in CI (REQUIRE_FAULT_TESTS=1, set by .ci/run), so it never silently stops running.
 */
export function cannotStage(context: { skip(message: string): void }, reason: string): void {
  if (process.env.REQUIRE_FAULT_TESTS === '1') {
    throw new Error(`${reason}; REQUIRE_FAULT_TESTS=1 requires this test to run`);
  }
  context.skip(reason);
}
