// Sends what the outbox holds, after commit, from any number of instances.
//
// Why a row is never sent twice. A sender claims one row in a single committed statement
// (pending → sending, attempts + 1, `for update skip locked`), so no other instance can claim
// it; only then does it talk to the mail server; then it records the outcome (sent, or back to
// pending with a later time, or failed). What can happen in between:
// - The server refuses or cannot be reached: nothing was accepted, so the row goes back to
//   pending and is tried again later (exponential backoff); a 5xx answer is final (failed).
// - The process dies mid-send (crash, kill -9, power loss): the row stays `sending`, and we
//   cannot know whether the server accepted it before the process died. Sending it again could
//   send it twice, so after a lease (five minutes, far beyond the transport's time-outs) the
//   row becomes `uncertain`: it is not lost, it is shown to platform admins on the outbox page,
//   who can check the mail server's log and send it again with one button. A normal shutdown
//   (SIGTERM) never leaves such rows: the poller stops claiming and waits for the send in flight.
// - The one window SMTP itself cannot close (RFC 1047: the connection drops after the server
//   took the message, before its "250 OK" reached us) is treated as not delivered and retried;
//   the message keeps the same Message-ID, so receivers that collapse repeats show it once.
// No transaction is open while talking to the server: the embedded database serves one
// transaction at a time, and a slow mail server must never hold it.
// Sealed links (sealing.ts) are opened here, in memory, just before sending; a message whose
// link does not open (another COOKIE_SECRET) fails at once, and is never sent with a marker.

import type { Database } from '../db/database.ts';
import { type LinkSealer, UnsealError } from './sealing.ts';
import { claimNext, databaseNow, markAbandoned, markFailed, markSent, type OutboxRow } from './store.ts';
import { type ComposedMail, type MailTransport, SendError } from './transport.ts';

/** Longer than any send can take with the transport's time-outs. */
export const SENDING_LEASE_MS = 5 * 60_000;
/** The longest wait between two attempts. */
export const MAX_RETRY_DELAY_MS = 60 * 60_000;

/** Wait before the next attempt after `attempts` failed ones: base, 2×base, 4×base…, capped. */
export function retryDelayMs(attempts: number, baseMs: number): number {
  return Math.min(baseMs * 2 ** Math.max(0, attempts - 1), MAX_RETRY_DELAY_MS);
}

export interface DeliveryOptions {
  from: string;
  maxAttempts: number;
  retryBaseMs: number;
  /** At most this many messages per run, so one run never holds a shutdown for long. */
  batchSize?: number;
}

export interface DeliveryReport {
  sent: number;
  retrying: number;
  failed: number;
  abandoned: number;
}

export class OutboxDelivery {
  private stopping = false;

  constructor(
    private readonly database: Database,
    readonly transport: MailTransport,
    private readonly options: DeliveryOptions,
    /** Opens sealed links; tests use it to read what a stored message will say. */
    readonly sealer: LinkSealer,
  ) {}

  /** Sends every message that is due, one at a time; the poller calls it, tests may too. */
  async deliverDue(): Promise<DeliveryReport> {
    const db = this.database.db;
    const report: DeliveryReport = { sent: 0, retrying: 0, failed: 0, abandoned: 0 };
    report.abandoned = await markAbandoned(
      db,
      SENDING_LEASE_MS,
      'The sender stopped before recording whether the server accepted this message.',
    );
    // Only what was due when the run started: a message that fails now waits for the next run.
    const dueBy = await databaseNow(db);
    const limit = this.options.batchSize ?? 50;
    for (let count = 0; count < limit && !this.stopping; count++) {
      const row = await claimNext(db, dueBy);
      if (!row) break;
      const outcome = await this.sendOne(row);
      report[outcome]++;
    }
    return report;
  }

  private async sendOne(row: OutboxRow): Promise<'sent' | 'retrying' | 'failed'> {
    const db = this.database.db;
    try {
      await this.transport.send(this.compose(row));
    } catch (error) {
      const permanent = (error instanceof SendError && error.permanent) || error instanceof UnsealError;
      const giveUp = permanent || row.attempts >= this.options.maxAttempts;
      await markFailed(db, row.id, {
        error: (error as Error).message || String(error),
        retryInMs: giveUp ? null : retryDelayMs(row.attempts, this.options.retryBaseMs),
      });
      return giveUp ? 'failed' : 'retrying';
    }
    await markSent(db, row.id);
    return 'sent';
  }

  /** Stops claiming new messages; the poller then waits for the one in flight. */
  stop(): void {
    this.stopping = true;
  }

  /** The message as it leaves, sealed links opened; throws UnsealError. */
  private compose(row: OutboxRow): ComposedMail {
    return {
      id: row.id,
      from: this.options.from,
      to: row.recipient,
      locale: row.locale,
      subject: row.subject,
      text: this.sealer.open(row.textBody, row.recipient),
      html: row.htmlBody === null ? null : this.sealer.open(row.htmlBody, row.recipient, 'html'),
      replyTo: row.replyTo,
      attachments: row.attachments ?? [],
      createdAt: row.createdAt,
    };
  }
}
