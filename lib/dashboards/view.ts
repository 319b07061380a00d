import 'server-only';
import { UNIT_GROUPS } from '@/db/schema/enums';
import { getAssessment, getResults } from '@/lib/assessments/queries';
import { gradeDistribution } from '@/lib/assessments/results';
import { memo } from '@/lib/cache/memo';
import { parseFilter, qs, type SearchParams } from '@/lib/list/filter';
import { getCurrentPlan, getPlan } from '@/lib/plans/queries';
import { dashboardYears, defaultDashboardYear, getDashboard, onTimeTrend, roundsByYear } from './queries';

/** The dashboard's query string; the heat map's page is `heat`. */
export const dashboardFilterShape = { plan: qs.id(), year: qs.year(), round: qs.id(), group: qs.oneOf(UNIT_GROUPS) };

/** A share in percent with one decimal; 0 of nothing is 0. */
export const pct = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 10 : 0);

type Params = Record<string, string | number>;

/** The year's assessment, shown before publication too: only leaders and the office open the dashboard. */
function loadAssessment(year: number) {
  const assessment = getAssessment(year);
  const assessed = assessment ? getResults(assessment) : null;
  return { assessment, assessed, distribution: assessed ? gradeDistribution(assessed.rubric, assessed.results) : [] };
}

function once<T>(load: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: load() }).v;
}

function href(path: string, base: URLSearchParams, extra: Params): string {
  const q = new URLSearchParams(base);
  for (const [k, v] of Object.entries(extra)) q.set(k, String(v));
  return `${path}?${q}`;
}

/**
 * What the dashboard shows for a query string (null without a plan): one plan, year, round and unit
 * group, the links every figure opens, and each panel's data, loaded when a card first asks for it.
 * A new panel is a card under components/dashboard/ plus, when it needs data of its own, one loader here.
 */
export function loadDashboardView(searchParams: SearchParams, now = new Date()) {
  const p = parseFilter(dashboardFilterShape, searchParams, 'heat');
  const plan = (p.plan && getPlan(p.plan)) || getCurrentPlan();
  if (!plan) return null;

  const byYear = roundsByYear(plan.id);
  const years = dashboardYears(plan.id, plan.startYear, plan.endYear, byYear);
  // A round asked for by id (a link to its figures) opens on its own year.
  const asked = p.round && !p.year ? [...byYear.values()].flat().find((r) => r.id === p.round) : undefined;
  const year = p.year ?? asked?.year ?? defaultDashboardYear(plan, byYear, now);
  const rounds = byYear.get(year) ?? [];
  const round =
    rounds.find((r) => r.id === p.round) ?? rounds.filter((r) => r.status === 'closed').at(-1) ?? rounds.filter((r) => r.deadline < now).at(-1);
  const { group, page: heatPage } = p;

  const base = new URLSearchParams();
  if (p.plan) base.set('plan', String(plan.id));
  if (group) base.set('group', group);
  const chosen = new URLSearchParams(base);
  chosen.set('year', String(year));
  if (round) chosen.set('round', String(round.id));

  const trend = once(() => onTimeTrend(plan.id, year, group));
  return {
    plan,
    /** The years of the picker: the plan's period and every year with a round. */
    years,
    /** The chosen year, else the latest of the plan's years with a round (never one outside the plan). */
    year,
    /** The year's rounds (`rounds.year`) in deadline order. */
    rounds,
    /** The round the on-time figure is for: the chosen one, else the last closed one, else the last past its deadline. */
    round,
    group,
    heatPage,
    /** The records behind a figure: `/dashboard/list` keeping the plan and group. */
    drill: (extra: Params) => href('/dashboard/list', base, extra),
    /** This dashboard (year and round kept) with `extra` set. */
    here: (extra: Params) => href('/dashboard', chosen, extra),
    // Every figure is the same for every leader: computed once a minute (or after a write) and shared.
    figures: once(() => memo(`dashboard:${plan.id}:${year}:${group ?? ''}:${heatPage}`, 60_000, () => getDashboard({ planId: plan.id, year, group, heatPage }, now))),
    trend,
    /** The chosen round's on-time rate in percent; null without a round. */
    onTimeRate: once((): number | null => {
      const figures = round && trend().find((r) => r.round.id === round.id);
      return figures ? pct(figures.onTime, figures.owed) : null;
    }),
    assessment: once(() => loadAssessment(year)),
  };
}

export type DashboardView = NonNullable<ReturnType<typeof loadDashboardView>>;
