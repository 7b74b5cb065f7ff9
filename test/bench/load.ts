/**
 * Load generation for the gateway benchmark: autocannon (in a worker thread, so the load
 * generator does not share the event loop of the server it measures) and the bare `node:http`
 * server the gateway is compared with.
 * @see test/bench/gateway.ts
 */
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';

/** One request autocannon repeats. */
export interface LoadRequest {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
}

/** What one autocannon run measured. */
export interface LoadResult {
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly total: number;
  readonly non2xx: number;
  readonly errors: number;
}

/** The part of autocannon's programmatic API the benchmark uses (it ships no types). */
interface AutocannonResult {
  readonly requests: { readonly average: number; readonly total: number };
  readonly latency: { readonly p50: number; readonly p99: number };
  readonly non2xx: number;
  readonly errors: number;
  readonly timeouts: number;
}
type Autocannon = (options: Record<string, unknown>) => Promise<AutocannonResult>;

const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

/** Runs autocannon against `url` for `seconds` with `connections` connections. */
export async function runLoad(
  url: string,
  request: LoadRequest,
  options: { readonly connections: number; readonly seconds: number },
): Promise<LoadResult> {
  const result = await autocannon({
    url: `${url}${request.path}`,
    method: request.method,
    headers: request.headers,
    ...(request.body !== undefined ? { body: request.body } : {}),
    connections: options.connections,
    duration: options.seconds,
    workers: 1,
  });
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    total: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

/** A bare `node:http` server answering every request with the given status, type and bytes. */
export async function startBareServer(answer: {
  readonly status: number;
  readonly contentType: string;
  readonly body: Buffer;
}): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    // Read the request body like the gateway does before answering.
    req.on('data', () => {});
    req.on('end', () => {
      res.writeHead(answer.status, {
        'content-type': answer.contentType,
        'content-length': answer.body.length,
      });
      res.end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || !address) throw new Error('the bare server has no port');
  return { url: `http://127.0.0.1:${address.port}`, server };
}
