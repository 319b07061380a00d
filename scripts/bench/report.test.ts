import { describe, expect, it } from 'vitest';
import { markerEnd, markerStart, pageVerdict, replaceGenerated, submissionVerdict, weightsTable, type PageRow } from './report';
import { summarize } from './stats';

const row = (p95: number, over: Partial<PageRow> = {}): PageRow => ({
  label: 'page',
  path: '/p',
  as: 'office',
  concurrency: 10,
  latency: { ...summarize([p95]), p95 },
  rps: 100,
  non2xx: 0,
  errors: 0,
  targetMs: 100,
  ...over,
});

describe('pageVerdict', () => {
  it('passes under the target and within 10× the floor', () => {
    expect(pageVerdict(row(40), 5)?.ok).toBe(true);
  });
  it('fails over the target, over 10× the floor, or with errors', () => {
    expect(pageVerdict(row(120), 20)?.text).toMatch(/p95 120 ≥ 100 ms \(1.2×\)/);
    expect(pageVerdict(row(60), 5)?.text).toMatch(/12× floor/);
    expect(pageVerdict(row(10, { non2xx: 3 }), 5)?.ok).toBe(false);
  });
  it('has no verdict at concurrency 1 or for the floor', () => {
    expect(pageVerdict(row(40, { concurrency: 1 }), 5)).toBeNull();
    expect(pageVerdict(row(4, { targetMs: null }), 4)).toBeNull();
  });
});

describe('submissionVerdict', () => {
  const base = { writers: 50, latency: { ...summarize([50]), p95: 150 }, errors: 0, confirmed: 50, startLatency: summarize([]) };
  it('passes fast and complete', () => expect(submissionVerdict(base).ok).toBe(true));
  it('fails when one is lost', () => expect(submissionVerdict({ ...base, confirmed: 49 }).text).toMatch(/1 lost/));
  it('fails when slow', () => expect(submissionVerdict({ ...base, latency: { ...base.latency, p95: 400 } }).text).toMatch(/2.0×/));
});

describe('weightsTable', () => {
  it('flags routes at or over 200 KB, heaviest first', () => {
    const t = weightsTable([
      { route: '/a', kb: 120, files: 5 },
      { route: '/b', kb: 200, files: 9 },
    ]);
    expect(t.split('\n')[2]).toMatch(/`\/b`.*❌/);
    expect(t.split('\n')[3]).toMatch(/`\/a`.*✅/);
  });
});

describe('replaceGenerated', () => {
  const S = markerStart('run');
  const E = markerEnd('run');
  it('appends the block when there are no markers', () => {
    expect(replaceGenerated('# Notes\n', 'run', 'X')).toBe(`# Notes\n\n${S}\nX\n${E}\n`);
    expect(replaceGenerated('', 'run', 'X')).toBe(`${S}\nX\n${E}\n`);
  });
  it('replaces only its own section', () => {
    const W = `${markerStart('weights')}\nw\n${markerEnd('weights')}`;
    const before = `intro\n${S}\nold\n${E}\nmiddle\n${W}\noutro\n`;
    expect(replaceGenerated(before, 'run', 'new')).toBe(`intro\n${S}\nnew\n${E}\nmiddle\n${W}\noutro\n`);
  });
});
