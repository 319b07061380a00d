import autocannon from 'autocannon';
import { summarize, type LatencySummary } from './stats';

export interface LoadResult {
  latency: LatencySummary;
  rps: number;
  non2xx: number;
  /** Connection errors and timeouts. */
  errors: number;
}

/** A request slower than this counts as an error (a timeout) rather than a sample. */
const TIMEOUT_S = 120;

function run(opts: autocannon.Options): Promise<{ result: autocannon.Result; samples: number[] }> {
  const samples: number[] = [];
  return new Promise((resolvePromise, reject) => {
    const instance = autocannon(opts, (error, result) => (error ? reject(error) : resolvePromise({ result, samples })));
    instance.on('response', (_client, _status, _bytes, responseTime) => samples.push(responseTime));
  });
}

/**
 * Hits one URL with `connections` concurrent keep-alive connections for `seconds`, keeping every
 * response's latency: autocannon's histogram has no p95, so percentiles are computed here. A page
 * so slow that the time gave fewer than `minSamples` answers is measured again by count instead
 * (autocannon drops the requests still in flight when the time is up).
 */
export async function measure(url: string, connections: number, seconds: number, cookie?: string): Promise<LoadResult> {
  const base = { url, connections, headers: cookie ? { cookie } : {}, timeout: TIMEOUT_S };
  const minSamples = Math.max(10, 2 * connections);
  let { result, samples } = await run({ ...base, duration: seconds });
  if (samples.length < minSamples) ({ result, samples } = await run({ ...base, amount: minSamples }));
  return {
    latency: summarize(samples),
    rps: samples.length / (result.duration || seconds),
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}
