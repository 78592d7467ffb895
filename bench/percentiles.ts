// p50 and p95 of repeated calls, for the benchmarks that time reads a person waits for.

export interface Percentiles {
  p50: number;
  p95: number;
}

/** p50 and p95 (ms) of `calls` timed calls, after two untimed ones that warm caches; printed. */
export async function percentiles(
  label: string,
  calls: number,
  work: () => Promise<unknown>,
): Promise<Percentiles> {
  await work();
  await work();
  const runs: number[] = [];
  for (let i = 0; i < calls; i++) {
    const start = performance.now();
    await work();
    runs.push(performance.now() - start);
  }
  runs.sort((a, b) => a - b);
  const at = (q: number) => runs[Math.min(runs.length - 1, Math.ceil(q * runs.length) - 1)]!;
  const result = { p50: Math.round(at(0.5)), p95: Math.round(at(0.95)) };
  console.log(
    `  ${label.padEnd(40)} p50 ${String(result.p50).padStart(6)} ms   p95 ${String(result.p95).padStart(6)} ms`,
  );
  return result;
}
