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
// One request whose path is set before each send, taking the paths in turn. Given one request per
// path, autocannon builds every path's request for every connection when it starts: with the
// country's 1,160 paths and 64 connections, in 2-second rounds, that cost this process 175 µs of
// CPU per request against 69 µs with Brussels' 44 paths, on the same two cores as the server under
// test, so the national run measured the load generator more than the finder. Built on the fly,
// every path costs the generator the same, whatever their number (68 and 74 µs).
let turn = -1;
const result = await autocannon({
  url: settings.url,
  connections: settings.connections,
  duration: settings.durationSeconds,
  requests: [
    {
      method: 'GET',
      setupRequest: (request) => {
        turn = (turn + 1) % settings.paths.length;
        return { ...request, path: settings.paths[turn]! };
      },
    },
  ],
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
