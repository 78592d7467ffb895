// Transactions under patients' locks, shared when many come at once. Each change to a patient's
// path runs under that patient's lock (sql.ts). At most `lanes` such transactions run at a time;
// what arrives meanwhile waits, and the next free lane takes every waiting change of a different
// patient into one transaction: the locks in one round trip, each change's reads in the same, its
// work in turn, the last statements with one COMMIT. Alone, a change costs what it did (two round
// trips); sixteen recording clients at once share them instead of paying two each. Round trips
// are dear on a small machine: before, writes to PostgreSQL's socket were about 30 % of the
// server's busy time in bench:care's recording, about 12 % after.
// A shared transaction that fails is rolled back and each of its changes runs again on its own:
// one change's failure never fails the others.

import type pg from 'pg';
import { type LockedWork, patientLockSlot, type Read, withPatientLocked, withPatientsLocked } from './sql.ts';

interface Waiting<T> {
  patientKey: string;
  slot: number;
  work: LockedWork<T>;
  reads: readonly Read[];
  /**
   * Where the change's reads and work lock rows beyond its patient (a clinician's hourly use,
   * say): a shared transaction runs its changes in this order, so that two of them never take
   * the same rows in opposite orders and wait for each other.
   */
  rowOrder: string;
  resolve(value: T): void;
  reject(error: unknown): void;
}

export class PatientBatches {
  private waiting: Waiting<unknown>[] = [];
  private running = 0;

  constructor(
    private readonly pool: pg.Pool,
    /**
     * Transactions at a time. In bench:care one lane did about as well as two (within the runs'
     * noise) and four worse; with one, a change waiting for a lock another instance holds would
     * hold up every change of this instance.
     */
    private readonly lanes = 2,
    /** Changes in one transaction at most: a lock held for one change is held for all of them. */
    private readonly most = 32,
  ) {}

  /** withPatientLocked's contract (sql.ts), the transaction perhaps shared with other patients'. */
  run<T>(patientKey: string, work: LockedWork<T>, reads: readonly Read[] = [], rowOrder = ''): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const slot = patientLockSlot(patientKey);
      this.waiting.push({ patientKey, slot, work, reads, rowOrder, resolve, reject } as Waiting<unknown>);
      this.start();
    });
  }

  private start() {
    while (this.running < this.lanes && this.waiting.length > 0) {
      const batch = this.next();
      this.running++;
      void this.runBatch(batch).finally(() => {
        this.running--;
        this.start();
      });
    }
  }

  /** The changes waiting longest, one per patient lock: a second change of a patient waits its turn. */
  private next(): Waiting<unknown>[] {
    const slots = new Set<number>();
    const batch: Waiting<unknown>[] = [];
    const rest: Waiting<unknown>[] = [];
    for (const change of this.waiting) {
      if (batch.length < this.most && !slots.has(change.slot)) {
        slots.add(change.slot);
        batch.push(change);
      } else rest.push(change);
    }
    this.waiting = rest;
    return batch.sort((a, b) => (a.rowOrder < b.rowOrder ? -1 : a.rowOrder > b.rowOrder ? 1 : 0));
  }

  private async runBatch(batch: Waiting<unknown>[]): Promise<void> {
    if (batch.length === 1) {
      const [change] = batch as [Waiting<unknown>];
      await withPatientLocked(this.pool, change.patientKey, change.work, change.reads).then(
        change.resolve,
        change.reject,
      );
      return;
    }
    let outcomes: unknown[];
    try {
      outcomes = await withPatientsLocked(this.pool, batch);
    } catch {
      // Rolled back: each again on its own, where only a change that fails by itself fails.
      await Promise.all(
        batch.map((change) =>
          withPatientLocked(this.pool, change.patientKey, change.work, change.reads).then(
            change.resolve,
            change.reject,
          ),
        ),
      );
      return;
    }
    for (const [index, change] of batch.entries()) change.resolve(outcomes[index]);
  }
}
