/** HTTP load with autocannon, rotating through a list of paths, with exact latency percentiles. */
import autocannon from "autocannon";

export interface LoadResult {
  title: string;
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  /** Mean response body size in bytes. */
  meanBytes: number;
  /** Values of a response header the caller asked to count (e.g. x-cache → { hit: 900, miss: 100 }). */
  headerValues: Record<string, number>;
}

/** The q-th percentile (0–100) of sorted values, nearest-rank. */
export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.ceil((q / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/** Fetches every path once, in order, so caches hold them; rejects when one does not answer 200. */
export async function warm(baseUrl: string, paths: readonly string[], rounds = 1): Promise<void> {
  for (let round = 0; round < rounds; round++) {
    for (const p of paths) {
      const res = await fetch(`${baseUrl}${p}`);
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`warming ${p} answered ${res.status}`);
    }
  }
}

export async function load({
  title,
  baseUrl,
  paths,
  connections,
  durationSeconds,
  headers = { accept: "text/html" },
  countHeader,
}: {
  title: string;
  baseUrl: string;
  paths: readonly string[];
  connections: number;
  durationSeconds: number;
  /** Request headers (default: accept text/html, as a browser asks for a page). */
  headers?: Record<string, string>;
  /** A response header whose values are counted (matched case-insensitively by this pattern). */
  countHeader?: RegExp;
}): Promise<LoadResult> {
  if (paths.length === 0) throw new Error(`${title}: no paths to request`);
  const latencies: number[] = [];
  let next = 0;
  let bytes = 0;
  const headerValues: Record<string, number> = {};
  const result = await autocannon({
    url: baseUrl,
    connections,
    duration: durationSeconds,
    headers,
    requests: [
      {
        setupRequest: (request) => {
          const path = paths[next % paths.length];
          next += 1;
          return { ...request, path };
        },
      },
    ],
    setupClient: (client) => {
      client.on("response", (_status, resBytes, responseTime) => {
        latencies.push(responseTime);
        bytes += resBytes;
      });
      if (countHeader) {
        // The parser's raw header list: [name, value, name, value, …].
        (client as unknown as NodeJS.EventEmitter).on("headers", (info: { headers?: string[] }) => {
          const raw = info.headers ?? [];
          for (let i = 0; i + 1 < raw.length; i += 2) {
            if (!countHeader.test(raw[i])) continue;
            const key = `${raw[i].toLowerCase()} ${raw[i + 1]}`;
            headerValues[key] = (headerValues[key] ?? 0) + 1;
          }
        });
      }
    },
  });
  latencies.sort((a, b) => a - b);
  return {
    title,
    requests: latencies.length,
    requestsPerSecond: latencies.length / durationSeconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: latencies[latencies.length - 1] ?? 0,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    meanBytes: latencies.length ? Math.round(bytes / latencies.length) : 0,
    headerValues,
  };
}

export function formatResult(r: LoadResult): string {
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  return [
    `${r.title}`,
    `  latency  p50 ${ms(r.p50)} · p95 ${ms(r.p95)} · p99 ${ms(r.p99)} · max ${ms(r.max)}`,
    `  load     ${r.requests} requests · ${r.requestsPerSecond.toFixed(0)} req/s · ${(r.meanBytes / 1024).toFixed(1)} KiB per response`,
    `  failures ${r.errors} errors · ${r.timeouts} timeouts · ${r.non2xx} non-2xx`,
    ...(Object.keys(r.headerValues).length
      ? [`  header   ${Object.entries(r.headerValues).map(([value, n]) => `${value} ${n} (${((100 * n) / Math.max(1, r.requests)).toFixed(0)}%)`).join(" · ")}`]
      : []),
  ].join("\n");
}
