import { describe, expect, it } from 'vitest';
import { librariesIn, normaliseChunk, overBudget, routeOfManifest, routeWeight } from './weights';

describe('routeOfManifest', () => {
  it('drops route groups and the file name', () => {
    expect(routeOfManifest('(app)/dashboard/page_client-reference-manifest.js')).toBe('/dashboard');
    expect(routeOfManifest('(app)/units/[code]/page_client-reference-manifest.js')).toBe('/units/[code]');
    expect(routeOfManifest('page_client-reference-manifest.js')).toBe('/');
    expect(routeOfManifest('(auth)/login/page_client-reference-manifest.js')).toBe('/login');
  });
});

describe('routeWeight', () => {
  const sizes: Record<string, number> = {
    'static/chunks/runtime.js': 10,
    'static/chunks/framework.js': 50,
    'static/chunks/layout.js': 5,
    'static/chunks/page.js': 7,
    'static/chunks/shared.js': 3,
  };
  it('sums root main files and every entry chunk once, JS only', () => {
    const w = routeWeight(
      '/dashboard',
      {
        entryJSFiles: {
          '[project]/app/layout': ['static/chunks/layout.js', 'static/chunks/shared.js'],
          '[project]/app/(app)/dashboard/page': ['/_next/static/chunks/page.js', 'static/chunks/shared.js', 'static/css/app.css'],
        },
      },
      ['static/chunks/runtime.js', 'static/chunks/framework.js'],
      (f) => sizes[f] ?? 0,
    );
    expect(w.files).toEqual(['static/chunks/runtime.js', 'static/chunks/framework.js', 'static/chunks/layout.js', 'static/chunks/shared.js', 'static/chunks/page.js']);
    expect(w.gzipBytes).toBe(75);
  });
  it('handles a manifest without entries', () => {
    expect(routeWeight('/x', {}, ['static/chunks/runtime.js'], (f) => sizes[f] ?? 0).gzipBytes).toBe(10);
  });
});

describe('helpers', () => {
  it('normalises chunk paths', () => {
    expect(normaliseChunk('/_next/static/chunks/a.js')).toBe('static/chunks/a.js');
    expect(normaliseChunk('static/chunks/a.js')).toBe('static/chunks/a.js');
  });
  it('lists routes over budget, heaviest first', () => {
    const ws = [
      { route: '/a', files: [], gzipBytes: 100 },
      { route: '/b', files: [], gzipBytes: 300 },
      { route: '/c', files: [], gzipBytes: 200 },
    ];
    expect(overBudget(ws, 200).map((w) => w.route)).toEqual(['/b', '/c']);
  });
  it('finds libraries by marker', () => {
    const found = librariesIn(
      [
        { file: 'a.js', text: 'var x="zrender";' },
        { file: 'b.js', text: 'nothing' },
      ],
      { echarts: /zrender/, exceljs: /xl\/workbook\.xml/ },
    );
    expect(found).toEqual({ echarts: ['a.js'], exceljs: [] });
  });
});
