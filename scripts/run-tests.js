#!/usr/bin/env node
// `npm test`: type-check and lint (beside the making of the test databases), then every test file
// through node:test.
// Node 20 runs 0 tests when given a directory and still exits 0, so files are listed explicitly.
//
//   npm test                      everything
//   npm test -- test/reference    only the test files under these paths (no type-check or lint)
//
// Browser journeys need Chromium (/usr/bin/chromium, or CHROMIUM_PATH). Without it they are
// skipped with a message, unless REQUIRE_BROWSER_TESTS=1 (CI), where a missing browser fails.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);

/**
 * Starts a command and resolves when it ends, with its status (and its standard output when
 * `capture` is set; otherwise the output goes to the terminal as it comes).
 */
function started(command, commandArgs, { capture = false } = {}) {
  const label = `${command} ${commandArgs.join(' ')}`.slice(0, 300);
  console.log(`\n$ ${label}`);
  const child = spawn(command, commandArgs, {
    cwd: root,
    stdio: ['ignore', capture ? 'pipe' : 'inherit', 'inherit'],
  });
  let stdout = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk) => {
    stdout += chunk;
  });
  return new Promise((resolve) => {
    child.on('close', (code, signal) => resolve({ label, status: code ?? 1, signal, stdout }));
  });
}

function dropTemplatesOf(templates) {
  spawnSync(process.execPath, ['--import', 'tsx', templatesScript, 'drop', templates], {
    cwd: root,
    stdio: 'inherit',
  });
}

function run(command, commandArgs, env = process.env) {
  console.log(`\n$ ${command} ${commandArgs.join(' ')}`.slice(0, 300));
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`\nFailed: ${command} ${commandArgs[0] ?? ''} (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
}

function testFiles(dir) {
  if (!existsSync(dir)) return [];
  if (statSync(dir).isFile()) return [dir];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return testFiles(path);
      return /\.test\.tsx?$/.test(entry.name) ? [path] : [];
    })
    .sort();
}

const selected = (args.length > 0 ? args : ['test']).flatMap((path) => testFiles(join(root, path)));
const isBrowser = (file) => relative(root, file).startsWith(join('test', 'e2e'));
const unit = selected.filter((file) => !isBrowser(file));
let browser = selected.filter(isBrowser);

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const browserRequired = process.env.REQUIRE_BROWSER_TESTS === '1';
if (browser.length > 0 && !existsSync(chromium)) {
  if (browserRequired) {
    console.error(`Browser tests are required (REQUIRE_BROWSER_TESTS=1) but ${chromium} does not exist.`);
    console.error("Install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH.");
    process.exit(1);
  }
  console.warn(`\n*** ${browser.length} browser test file(s) SKIPPED: no Chromium at ${chromium}.`);
  console.warn(
    "*** Install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH to run them.\n",
  );
  browser = [];
}

// No --test-timeout: node:test applies it to each test process as a whole, and a queue worker runs
// many files (test-queue-worker.js limits each file's time instead).
const nodeTest = ['--import', 'tsx', '--test', '--test-reporter=spec'];

// Migrated (and Brussels-seeded) databases to copy, made for this run only (test/support/templates.ts).
const templatesScript = join(root, 'test', 'support', 'templates.ts');
// The type-check and the lint (a whole run only) go beside it: each keeps one core busy for a
// while (tsc about 18 s, the templates about 10 s), and nothing else runs yet.
const [prepared, ...checks] = await Promise.all([
  started(process.execPath, ['--import', 'tsx', templatesScript, 'prepare'], { capture: true }),
  ...(args.length === 0
    ? [started('npx', ['tsc', '--noEmit']), started('npx', ['biome', 'check', '.'])]
    : []),
]);
for (const check of [...checks, prepared]) {
  if (check.status !== 0) {
    console.error(`\nFailed: ${check.label} (exit ${check.signal ?? check.status})`);
    if (check !== prepared && prepared.status === 0) dropTemplatesOf(prepared.stdout.trim());
    process.exit(check.status);
  }
}
const templates = prepared.stdout.trim();
const testEnv = { ...process.env, PASSERELLE_TEST_TEMPLATES: templates };
process.on('exit', () => dropTemplatesOf(templates));

/**
 * Runs the files in `workers` test processes, each taking the next file from a shared queue when
 * it is done with one (scripts/test-queue-worker.js), so that Node, the TypeScript loader and the
 * app are started once per worker rather than once per file.
 */
function runQueued(files, workers) {
  const queue = mkdtempSync(join(tmpdir(), 'passerelle-test-queue-'));
  process.on('exit', () => rmSync(queue, { recursive: true, force: true }));
  mkdirSync(join(queue, 'waiting'));
  files.forEach((file, index) => {
    writeFileSync(join(queue, 'waiting', String(index).padStart(5, '0')), file);
  });
  const worker = new URL('./test-queue-worker.js', import.meta.url).href;
  const entries = Array.from({ length: Math.min(workers, files.length) }, (_, index) => {
    const entry = join(queue, `worker-${index + 1}.mjs`);
    writeFileSync(entry, `import ${JSON.stringify(worker)};\n`);
    return entry;
  });
  run(process.execPath, [...nodeTest, `--test-concurrency=${entries.length}`, ...entries], {
    ...testEnv,
    PASSERELLE_TEST_QUEUE: queue,
  });
}

// Two files at a time on 2 cores: a third was tried and saved nothing (unit phase 609 s → 593 s
// in CI, within its noise), so the suite is CPU-bound here.
if (unit.length > 0) runQueued(unit, 2);
// Browser journeys each start a server and a browser: one file at a time, after the unit files.
// Two at a time took 12 min instead of about 8 on this 2-core machine; one alongside the unit
// workers (which then ran at a lower priority) made CI take 1,415 s instead of 1,296 s, the
// journeys slowing by half under the load; one alongside a single unit worker, with a second
// starting once the journeys were done, slowed them from 581 s to 972 s: 1,416 s in all against
// 1,373 s (all measured 2026-12-07).
if (browser.length > 0) runQueued(browser, 1);
if (unit.length + browser.length === 0) {
  console.error('No test files found.');
  process.exit(1);
}
console.log(
  `\nAll tests passed (${unit.length} unit/integration file(s), ${browser.length} browser file(s)).`,
);
