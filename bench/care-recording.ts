// The recording part of bench:care: Passerelle serves the sessions API on the loaded database
// while care-load.ts, in its own process, posts sessions with 16 clients. The run is repeated and
// the median run (by p99) reported with every run beside it: on two shared cores one run alone
// can be off by a third.

import { type BenchApp, runLoadClient } from './bench-app.ts';

export interface LoadResult {
  seconds: number;
  ok: number;
  perSecond: number;
  non2xx: number;
  errors: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number };
}

/** `server` was started with `token` as its API token (bench-app.ts). */
export async function recordOverHttp(
  { services, listen }: BenchApp,
  options: { seconds: number; runs: number; token: string },
): Promise<LoadResult & { runs: LoadResult[] }> {
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
  const address = await listen();
  const runs: LoadResult[] = [];
  for (let run = 0; run < options.runs; run++) {
    const stdout = await runLoadClient('./care-load.ts', [
      address,
      options.token,
      JSON.stringify(clinicians),
      String(options.seconds),
      '16',
      String(run),
    ]);
    const result = JSON.parse(stdout) as LoadResult;
    console.log(`    run ${run + 1}: ${result.perSecond} sessions/s, p99 ${result.latencyMs.p99} ms`);
    runs.push(result);
  }
  const median = [...runs].sort((a, b) => a.latencyMs.p99 - b.latencyMs.p99)[Math.floor(runs.length / 2)]!;
  return { ...median, runs };
}
