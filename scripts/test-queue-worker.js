// One test process that runs many test files, one after another, taking each from a queue shared
// with the other workers of the run (scripts/run-tests.js). A process per file paid Node's start,
// the TypeScript loader and the app's import every time: 164 unit files spent 2,008 s of process
// time for 1,481 s of tests (measured 2026-12-07). Here each worker pays them once, and a file
// whose tests are long does not hold up the others: a worker that finishes takes the next file.
//
// Each file is taken by a test named after it: that test imports the file, whose own tests then
// register after it (node:test runs a process's top-level tests one at a time, in order), and
// queues the test that takes the next file behind them.
//
// The queue is a folder holding one entry per test file; a worker claims an entry by renaming it,
// which only one process can do.

import { AsyncResource } from 'node:async_hooks';
import { mkdirSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';

const queue = process.env.PASSERELLE_TEST_QUEUE;
if (!queue)
  throw new Error('PASSERELLE_TEST_QUEUE is not set: start test workers through scripts/run-tests.js');
const waiting = join(queue, 'waiting');
const taken = join(queue, `taken-${process.pid}`);
mkdirSync(taken, { recursive: true });

/** The next test file nobody has taken, or undefined when the queue is empty. */
function claimNext() {
  for (const entry of readdirSync(waiting).sort()) {
    try {
      renameSync(join(waiting, entry), join(taken, entry));
    } catch {
      continue; // another worker took it first
    }
    return readFileSync(join(taken, entry), 'utf8');
  }
  return undefined;
}

// node:test makes a test called from inside another test its subtest, cancelled when the outer one
// ends; it finds the outer test by the current async context. The files are imported, and the next
// one queued, in this resource's context instead, so their tests are top-level tests.
const outsideTests = new AsyncResource('passerelle-test-file');

/**
 * A worker's tests run as one file for node:test, whose per-file time limit would stop the whole
 * queue: the runner gives none, and each file gets this one here instead. A file still running
 * after it stops the worker, naming the file (the longest took 114 s on 2 cores, 2026-12-07).
 */
const FILE_LIMIT_MS = 10 * 60 * 1000;
let watchdog;

/**
 * Queues the test that imports the next file. It is claimed now, while the file before it runs,
 * so that the test can be named after it.
 */
function takeNext() {
  const file = claimNext();
  if (file === undefined) return;
  const name = relative(process.cwd(), file);
  test(name, async () => {
    // The file before is done: the clock starts for this one.
    clearTimeout(watchdog);
    watchdog = setTimeout(() => {
      console.error(
        `\n${name} did not finish within ${FILE_LIMIT_MS / 60_000} minutes: stopping its worker.`,
      );
      process.exit(1);
    }, FILE_LIMIT_MS).unref();
    try {
      await outsideTests.runInAsyncScope(() => import(pathToFileURL(file).href));
    } finally {
      // Registered after the file's own tests, so it runs once they are all done.
      outsideTests.runInAsyncScope(takeNext);
    }
  });
}

takeNext();
