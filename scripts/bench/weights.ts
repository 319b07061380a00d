/**
 * First-load JavaScript per route, from the build's manifests. Pure: reading files and gzipping
 * them is the caller's job (scripts/bench.ts); this is the reduction, unit-tested.
 */

/** What a page_client-reference-manifest.js holds that matters here. */
export interface ClientManifest {
  /** Per entry (each layout and the page of the route, e.g. "[project]/app/layout"): its JS chunks. */
  entryJSFiles?: Record<string, string[]>;
}

export interface RouteWeight {
  route: string;
  /** Unique files of the first load, root main files first. */
  files: string[];
  gzipBytes: number;
}

/**
 * The route a manifest belongs to: its path under .next/server/app without the file name, with
 * route groups "(app)" dropped; "/" for the root page.
 */
export function routeOfManifest(relativePath: string): string {
  const dir = relativePath.replace(/\\/g, '/').replace(/\/?page_client-reference-manifest\.js$/, '');
  const segments = dir.split('/').filter((s) => s && !/^\(.*\)$/.test(s));
  return `/${segments.join('/')}`;
}

/** Chunk paths in manifests are relative to .next ("static/chunks/…"); some start with "/_next/". */
export function normaliseChunk(file: string): string {
  return file.replace(/^\/?_next\//, '').replace(/^\//, '');
}

/**
 * One route's first load: the root main files every page loads (runtime, framework, app router)
 * plus every entry's chunks (root layout, nested layouts, the page), counted once each.
 * Only JavaScript counts; CSS is listed separately by the manifest and excluded here.
 */
export function routeWeight(route: string, manifest: ClientManifest, rootMainFiles: string[], gzipSize: (file: string) => number): RouteWeight {
  const files: string[] = [];
  const seen = new Set<string>();
  const add = (f: string) => {
    const n = normaliseChunk(f);
    if (!n.endsWith('.js') || seen.has(n)) return;
    seen.add(n);
    files.push(n);
  };
  rootMainFiles.forEach(add);
  for (const list of Object.values(manifest.entryJSFiles ?? {})) list.forEach(add);
  return { route, files, gzipBytes: files.reduce((sum, f) => sum + gzipSize(f), 0) };
}

/** Routes at or over the budget (bytes), heaviest first. */
export function overBudget(weights: RouteWeight[], budgetBytes: number): RouteWeight[] {
  return weights.filter((w) => w.gzipBytes >= budgetBytes).sort((a, b) => b.gzipBytes - a.gzipBytes);
}

/** Which libraries' code a set of files holds, by markers found in their text. */
export function librariesIn(texts: { file: string; text: string }[], markers: Record<string, RegExp>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [lib, re] of Object.entries(markers)) {
    out[lib] = texts.filter((t) => re.test(t.text)).map((t) => t.file);
  }
  return out;
}
