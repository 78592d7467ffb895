// The recording part of bench:care: Passerelle serves the sessions API on the loaded database
// while care-load.ts, in its own process, posts sessions with 16 clients. The run is repeated and
// the median run (by p99) reported with every run beside it: on two shared cores one run alone
// can be off by a third.

import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/platform/config.ts';
import type { Database } from '../src/platform/db/database.ts';

export interface LoadResult {
  seconds: number;
  ok: number;
  perSecond: number;
  non2xx: number;
  errors: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number };
}

export async function recordOverHttp(
  database: Database,
  dataDir: string,
  options: { seconds: number; runs: number; token: string },
): Promise<LoadResult & { runs: LoadResult[] }> {
  const config = loadConfig({
    DATA_DIR: dataDir,
    API_ADMIN_TOKEN: options.token,
    RATE_LIMIT_PER_MINUTE: '0',
    LOG_LEVEL: 'silent',
  });
  const { app, services } = await buildApp({
    config,
    database,
    cookieSecret: 'bench-cookie-secret-0123456789abcdef',
  });
  const ids = await services.directory.addClinicians(
    Array.from({ length: 20 }, (_, i) => ({
      kind: 'psychologist' as const,
      givenName: 'Bench',
      familyName: `Clinician ${i}`,
      inami: null,
      visa: null,
      languages: ['fr'],
      ageGroups: ['adults' as const],
      functions: ['support' as const, 'treatment' as const],
      modes: ['individual' as const, 'group' as const],
      specialities: [],
      acceptingNewPatients: true,
      waitingBand: 'within-a-month' as const,
      phone: null,
      email: null,
      website: null,
      listed: true,
      networks: ['brumenta'],
      locations: [
        {
          kind: 'practice' as const,
          name: null,
          street: 'Rue Haute 1',
          postcode: '1000',
          lat: 50.84,
          lon: 4.35,
          wheelchair: true,
        },
      ],
    })),
  );
  const clinicians = await Promise.all(
    ids.map(async (id) => ({
      id,
      locationId: (await services.directory.getClinician(id))!.locations[0]!.id,
    })),
  );
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  try {
    const runs: LoadResult[] = [];
    for (let run = 0; run < options.runs; run++) {
      // Asynchronously: this process serves the requests meanwhile.
      const { stdout } = await promisify(execFile)(
        process.execPath,
        [
          '--import',
          'tsx',
          new URL('./care-load.ts', import.meta.url).pathname,
          address,
          options.token,
          JSON.stringify(clinicians),
          String(options.seconds),
          '16',
        ],
        { encoding: 'utf8', maxBuffer: 1 << 20 },
      );
      const result = JSON.parse(stdout) as LoadResult;
      console.log(`    run ${run + 1}: ${result.perSecond} sessions/s, p99 ${result.latencyMs.p99} ms`);
      runs.push(result);
    }
    const median = [...runs].sort((a, b) => a.latencyMs.p99 - b.latencyMs.p99)[Math.floor(runs.length / 2)]!;
    return { ...median, runs };
  } finally {
    await app.close();
  }
}
