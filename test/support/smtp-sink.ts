// A local SMTP server for tests (smtp-server): it keeps every message it accepted, can be
// stopped and started again on the same port (a mail server outage), and can refuse an address
// with a permanent 550. Messages are parsed (mailparser), so tests read subjects and bodies.

import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface SunkMessage {
  /** The outbox row id (X-Passerelle-Message header). */
  outboxId: string;
  to: string[];
  subject: string;
  text: string;
  language: string;
  parsed: ParsedMail;
}

export interface SmtpSink {
  /** smtp://127.0.0.1:<port>, for SMTP_URL. */
  url: string;
  port: number;
  /** Every message accepted since the sink was first started, in arrival order. */
  messages: SunkMessage[];
  /** Recipients refused with "550 mailbox unavailable". */
  refused: Set<string>;
  stop(): Promise<void>;
  /** Starts again on the same port. */
  start(): Promise<void>;
  /** Resolves when at least `count` messages arrived; rejects after `timeoutMs`. */
  waitFor(count: number, timeoutMs?: number): Promise<SunkMessage[]>;
}

export async function startSmtpSink(): Promise<SmtpSink> {
  const messages: SunkMessage[] = [];
  const refused = new Set<string>();
  let server: SMTPServer | undefined;
  let port = 0;

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server = new SMTPServer({
        authOptional: true,
        disabledCommands: ['AUTH', 'STARTTLS'],
        logger: false,
        onRcptTo(address, _session, callback) {
          if (refused.has(address.address)) {
            const error = Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 });
            return callback(error);
          }
          callback();
        },
        onData(stream, session, callback) {
          simpleParser(stream).then(
            (parsed) => {
              messages.push({
                outboxId: String(parsed.headers.get('x-passerelle-message') ?? ''),
                to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
                subject: parsed.subject ?? '',
                text: parsed.text ?? '',
                language: String(parsed.headers.get('content-language') ?? ''),
                parsed,
              });
              callback();
            },
            (error: Error) => callback(error),
          );
        },
      });
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        port = (server!.server.address() as AddressInfo).port;
        resolve();
      });
    });

  await listen();
  return {
    get url() {
      return `smtp://127.0.0.1:${port}`;
    },
    get port() {
      return port;
    },
    messages,
    refused,
    stop: () =>
      new Promise<void>((resolve) => {
        if (!server) return resolve();
        const closing = server;
        server = undefined;
        closing.close(() => resolve());
      }),
    start: listen,
    async waitFor(count, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (messages.length < count) {
        if (Date.now() > deadline)
          throw new Error(`SMTP sink: expected ${count} messages, got ${messages.length}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return messages;
    },
  };
}

/**
 * The messages the sink received for an address, once there are `count` of them (the outbox
 * sends on its own poll) or after 15 s: the caller then asserts what arrived.
 */
export async function messagesTo(sink: SmtpSink, address: string, count: number): Promise<SunkMessage[]> {
  const deadline = Date.now() + 15_000;
  const to = () => sink.messages.filter((m) => m.to.includes(address));
  while (to().length < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  return to();
}
