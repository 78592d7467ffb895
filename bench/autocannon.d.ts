// The part of autocannon's API the benchmarks use (the package ships no types).
declare module 'autocannon' {
  interface Stats {
    average: number;
    total: number;
    p50: number;
    p99: number;
    max: number;
  }
  interface Options {
    url: string;
    connections: number;
    duration: number;
    requests?: Array<{ method: string; path: string }>;
  }
  interface Result {
    requests: Stats;
    latency: Stats;
    throughput: Stats;
    errors: number;
    timeouts: number;
    non2xx: number;
  }
  export default function autocannon(options: Options): Promise<Result>;
}
