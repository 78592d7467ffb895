// The load generator, run as its own process by bench/finder.ts so that it never shares an event
// loop with the server it measures. Takes its settings as one JSON argument and prints autocannon's
// figures as one JSON line.
import autocannon from 'autocannon';

interface LoadSettings {
  url: string;
  paths: string[];
  connections: number;
  durationSeconds: number;
}

const settings = JSON.parse(process.argv[2] ?? '{}') as LoadSettings;
const result = await autocannon({
  url: settings.url,
  connections: settings.connections,
  duration: settings.durationSeconds,
  requests: settings.paths.map((path) => ({ method: 'GET', path })),
});
process.stdout.write(
  `${JSON.stringify({
    requestsPerSecond: result.requests.average,
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
    requests: result.requests.total,
    bytesPerSecond: result.throughput.average,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  })}\n`,
);
