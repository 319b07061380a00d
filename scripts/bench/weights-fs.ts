import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { librariesIn, routeOfManifest, routeWeight, type ClientManifest, type RouteWeight } from './weights';

/** Code that gives a library away in a minified chunk (checked against the chunks that do hold it). */
export const LIBRARY_MARKERS: Record<string, RegExp> = {
  echarts: /zrender|echarts\.init|__ec_inner_/,
  exceljs: /xl\/workbook\.xml|ExcelJS|officedocument\.spreadsheetml\.sheet\.main/,
};

function jsFilesUnder(nextDir: string, sub: string): string[] {
  const dir = join(nextDir, sub);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.js'))
    .map((e) => relative(nextDir, join(e.parentPath, e.name)));
}

function findManifests(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...findManifests(path));
    else if (entry.name === 'page_client-reference-manifest.js') out.push(path);
  }
  return out;
}

/** Evaluates a page_client-reference-manifest.js (it assigns globalThis.__RSC_MANIFEST[page]) without touching our globals. */
function loadManifest(file: string): ClientManifest {
  const sandbox: { __RSC_MANIFEST?: Record<string, ClientManifest> } = {};
  runInNewContext(readFileSync(file, 'utf8'), sandbox);
  const pages = Object.values(sandbox.__RSC_MANIFEST ?? {});
  if (pages.length !== 1) throw new Error(`${file}: expected one page in the manifest, found ${pages.length}`);
  return pages[0]!;
}

export interface WeightReport {
  routes: RouteWeight[];
  /** Library → first-load files of any route that hold it (should be empty). */
  inFirstLoad: Record<string, string[]>;
  /** Library → every browser chunk that holds it (where it is loaded lazily). */
  anywhere: Record<string, string[]>;
  /** Library → how many server chunks hold it: shows the marker works for a library that never reaches the browser. */
  onServer: Record<string, number>;
  rootMainFiles: string[];
}

/** Every route's first-load JS from a finished build in `nextDir` (.next). */
export function measureWeights(nextDir: string): WeightReport {
  const buildManifest = JSON.parse(readFileSync(join(nextDir, 'build-manifest.json'), 'utf8')) as { rootMainFiles?: string[] };
  const rootMainFiles = buildManifest.rootMainFiles ?? [];
  const gz = new Map<string, number>();
  const gzipSize = (file: string) => {
    if (!gz.has(file)) gz.set(file, gzipSync(readFileSync(join(nextDir, file))).byteLength);
    return gz.get(file)!;
  };
  const appDir = join(nextDir, 'server', 'app');
  const routes = findManifests(appDir)
    .map((file) => routeWeight(routeOfManifest(relative(appDir, file)), loadManifest(file), rootMainFiles, gzipSize))
    .sort((a, b) => a.route.localeCompare(b.route));
  const text = (file: string) => ({ file, text: readFileSync(join(nextDir, file), 'utf8') });
  const firstLoad = [...new Set(routes.flatMap((r) => r.files))].map(text);
  const browser = librariesIn(jsFilesUnder(nextDir, join('static', 'chunks')).map(text), LIBRARY_MARKERS);
  const server = librariesIn(jsFilesUnder(nextDir, join('server', 'chunks')).map(text), LIBRARY_MARKERS);
  const onServer = Object.fromEntries(Object.entries(server).map(([lib, files]) => [lib, files.length]));
  return { routes, inFirstLoad: librariesIn(firstLoad, LIBRARY_MARKERS), anywhere: browser, onServer, rootMainFiles };
}
