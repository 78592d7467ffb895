// Reporting's counters take recordings in batches (migration 0035): a recording only queues its
// change, and reporting_fold_pending() folds the queue. Readers fold before reading, so figures
// always count every session committed before they were asked; a poller folds every ten seconds
// so that a reader seldom has much to fold.

import type pg from 'pg';

interface Folds {
  /** The fold running now, if any. */
  running: Promise<number> | null;
  /** The fold that starts once it ends, shared by everyone who asked meanwhile. */
  next: Promise<number> | null;
}

const foldsByPool = new WeakMap<pg.Pool, Folds>();

async function foldOnce(pool: pg.Pool): Promise<number> {
  const result = await pool.query<{ folded: number }>('select reporting_fold_pending() as folded');
  return result.rows[0]?.folded ?? 0;
}

/**
 * Folds the changes committed before the call, and returns how many changes were folded (by this
 * or the joined fold). A page reads several counters at once: the calls that come while a fold
 * runs share the one fold that follows it (a fold already running may have missed their changes),
 * so they take one connection and one turn of the database's fold lock, not one each.
 */
export function foldPendingChanges(pool: pg.Pool): Promise<number> {
  let folds = foldsByPool.get(pool);
  if (!folds) {
    folds = { running: null, next: null };
    foldsByPool.set(pool, folds);
  }
  const state = folds;
  if (!state.running) {
    state.running = foldOnce(pool).finally(() => {
      state.running = null;
    });
    return state.running;
  }
  if (!state.next) {
    const after = state.running.then(
      () => undefined,
      () => undefined,
    );
    state.next = after.then(() => {
      state.next = null;
      return foldPendingChanges(pool);
    });
  }
  return state.next;
}

/**
 * The poller's fold: as above, then a vacuum of the queue, whose every fold leaves dead rows (the
 * embedded engine has no autovacuum, and a managed server's may come late).
 */
export async function foldAndTidy(pool: pg.Pool): Promise<number> {
  const folded = await foldPendingChanges(pool);
  await pool.query('vacuum reporting_pending_cells');
  return folded;
}
