// bench:finder's load: autocannon in a process of its own (load.ts), the searches it cycles
// through, the bare node:http server it is compared with, and how rounds are summed.

import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PerformanceObserver } from 'node:perf_hooks';

export interface Load {
  requestsPerSecond: number;
  latencyMs: { p50: number; p99: number; max: number };
  requests: number;
  bytesPerSecond: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  /**
   * CPU time this process (the server under test) spent per request: steadier than requests per
   * second when other work competes for the cores.
   */
  serverCpuMicrosPerRequest: number;
  /** Of which the server's garbage collection (a larger heap costs more to collect). */
  serverGcMicrosPerRequest: number;
}

let gcMilliseconds = 0;
new PerformanceObserver((entries) => {
  for (const entry of entries.getEntries()) gcMilliseconds += entry.duration;
}).observe({ entryTypes: ['gc'] });

/**
 * Runs autocannon in its own process against `url`, cycling through `paths`. Asynchronous: the
 * servers under test live in this process and must keep answering meanwhile.
 */
export function load(
  url: string,
  paths: string[],
  durationSeconds: number,
  connections: number,
): Promise<Load> {
  const settings = JSON.stringify({ url, paths, connections, durationSeconds });
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', new URL('./load.ts', import.meta.url).pathname, settings],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk) => {
    out += chunk;
  });
  child.stderr.on('data', (chunk) => {
    err += chunk;
  });
  const cpuBefore = process.cpuUsage();
  const gcBefore = gcMilliseconds;
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const cpu = process.cpuUsage(cpuBefore);
      if (code !== 0) return reject(new Error(`load generator failed (${code}): ${err}`));
      const result = JSON.parse(out.trim().split('\n').pop()!) as Omit<
        Load,
        'serverCpuMicrosPerRequest' | 'serverGcMicrosPerRequest'
      >;
      const requests = Math.max(1, result.requests);
      resolve({
        ...result,
        serverCpuMicrosPerRequest: Math.round((cpu.user + cpu.system) / requests),
        serverGcMicrosPerRequest: Math.round(((gcMilliseconds - gcBefore) * 1000) / requests),
      });
    });
  });
}

const FILTERS = [
  'limit=20',
  'age=16&language=nl&function=support&mode=individual&limit=20',
  'age=34&language=fr&limit=20',
  'age=9&speciality=school-refusal&limit=10',
  'language=en&mode=video&acceptingNewPatients=true&limit=20',
  'wheelchair=true&age=70&limit=20&offset=20',
];

/**
 * A mix of searches: every postcode, with and without the common filters. By default two
 * questions per postcode; given `count`, that many distinct questions, the postcodes asked again
 * for other ages (a region with few postcodes then gets as many different answers to serve as
 * one with many).
 */
export function finderPaths(postcodes: string[], count = postcodes.length * 2): string[] {
  const paths = new Set<string>();
  for (let i = 0; paths.size < count && i < count * 10; i++) {
    const place = i % postcodes.length;
    const round = Math.floor(i / postcodes.length);
    const filter = FILTERS[(place + 3 * round) % FILTERS.length]!;
    const age = 1 + ((round * 17 + place) % 90);
    const asked = round < 2 ? filter : `${filter.replace(/age=\d+&/, '')}&age=${age}`;
    paths.add(`/api/v1/clinicians?postcode=${postcodes[place]}&${asked}`);
  }
  return [...paths];
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
    ),
  );
}

/** A bare node:http server answering "hello world": this machine's ceiling, right now. */
export async function bareServer(): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/plain' });
    response.end('hello world');
  });
  const url = await listen(server);
  return { url, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export const median = (values: number[]) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Sums rounds: requests per second averaged, p50 and p99 the median round's, errors added. */
export function combine(rounds: Load[]): Load {
  return {
    requestsPerSecond: Math.round(rounds.reduce((sum, r) => sum + r.requestsPerSecond, 0) / rounds.length),
    latencyMs: {
      p50: median(rounds.map((r) => r.latencyMs.p50)),
      p99: median(rounds.map((r) => r.latencyMs.p99)),
      max: Math.max(...rounds.map((r) => r.latencyMs.max)),
    },
    requests: rounds.reduce((sum, r) => sum + r.requests, 0),
    bytesPerSecond: Math.round(rounds.reduce((sum, r) => sum + r.bytesPerSecond, 0) / rounds.length),
    errors: rounds.reduce((sum, r) => sum + r.errors, 0),
    timeouts: rounds.reduce((sum, r) => sum + r.timeouts, 0),
    non2xx: rounds.reduce((sum, r) => sum + r.non2xx, 0),
    serverCpuMicrosPerRequest: median(rounds.map((r) => r.serverCpuMicrosPerRequest)),
    serverGcMicrosPerRequest: median(rounds.map((r) => r.serverGcMicrosPerRequest)),
  };
}
