/**
 * Load generation for the gateway benchmark: autocannon in a process of its own — as a client
 * on the same machine would be, sharing neither the event loop nor the V8 platform threads (GC
 * helpers) of the server it measures — and the bare `node:http` server the gateway is compared
 * with.
 * @see test/bench/gateway.ts
 */
import { spawn } from 'node:child_process';
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

/** The part of autocannon's result the benchmark reads (it ships no types). */
interface AutocannonResult {
  readonly requests: { readonly average: number; readonly total: number };
  readonly latency: { readonly p50: number; readonly p99: number };
  readonly non2xx: number;
  readonly errors: number;
  readonly timeouts: number;
}

const AUTOCANNON = createRequire(import.meta.url).resolve('autocannon');

/** Runs autocannon's programmatic API in a child process and prints its result as JSON. */
const CHILD = `require(process.argv[1])(JSON.parse(process.argv[2])).then(
  (result) => process.stdout.write(JSON.stringify(result)),
  (error) => { console.error(error); process.exit(1); },
)`;

/** Runs autocannon (in a process of its own) against `url` for `seconds` with `connections`. */
export async function runLoad(
  url: string,
  request: LoadRequest,
  options: { readonly connections: number; readonly seconds: number },
): Promise<LoadResult> {
  const result = await autocannonProcess({
    url: `${url}${request.path}`,
    method: request.method,
    headers: request.headers,
    ...(request.body !== undefined ? { body: request.body } : {}),
    connections: options.connections,
    duration: options.seconds,
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

function autocannonProcess(options: Record<string, unknown>): Promise<AutocannonResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', CHILD, AUTOCANNON, JSON.stringify(options)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) {
        reject(new Error(`autocannon exited with ${code}`));
        return;
      }
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as AutocannonResult);
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  });
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
