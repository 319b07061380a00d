// The cheapest route the server serves: the benchmark's floor, and a liveness probe.
export function GET() {
  return new Response('ok', { headers: { 'content-type': 'text/plain', 'cache-control': 'no-store' } });
}
