export interface UnitRef {
  id: number;
  code: string;
  name: string;
  fullName: string;
  active: boolean;
}

export type UnitMatch = { ok: true; unit: UnitRef } | { ok: false; input: string; suggestions: string[] };

const MAX_SUGGESTIONS = 3;
// Below this Dice score two names share little more than generic bigrams such as 委员/员会.
const MIN_SIMILARITY = 0.5;

/**
 * Canonical form for comparing names: no whitespace of any width, full-width ASCII folded to
 * half-width (which also turns （） into ()), lower case for codes and English names.
 */
function normalizeUnitText(raw: string): string {
  return raw
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000\u00A0\u200B\uFEFF]+/g, '')
    .toLowerCase();
}

/** The "X市" most fullNames start with (after an optional 中共), e.g. 天门市. */
function deriveCityPrefix(fullNames: string[]): string | null {
  const counts = new Map<string, number>();
  for (const full of fullNames) {
    const m = /^(?:中共)?([^市]{1,8}市)/.exec(full);
    if (m?.[1]) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [prefix, count] of counts) {
    if (count > bestCount) {
      best = prefix;
      bestCount = count;
    }
  }
  return best;
}

function stripCity(text: string, city: string | null): string | null {
  if (!city) return null;
  if (text.startsWith(city)) return text.slice(city.length);
  if (text.startsWith(`中共${city}`)) return text.slice(city.length + 2);
  return null;
}

function bigrams(text: string): Set<string> {
  const chars = Array.from(text);
  if (chars.length < 2) return new Set(chars);
  const out = new Set<string>();
  for (let i = 0; i < chars.length - 1; i++) out.add(chars[i]! + chars[i + 1]!);
  return out;
}

function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const g of a) if (b.has(g)) shared++;
  return (2 * shared) / (a.size + b.size);
}

type AliasTable = Map<string, UnitRef[]>;

function addAlias(table: AliasTable, alias: string | null, unit: UnitRef) {
  if (!alias) return;
  const list = table.get(alias);
  if (!list) table.set(alias, [unit]);
  else if (!list.includes(unit)) list.push(unit);
}

/** One unit for the alias, or null when it is shared and cannot be settled by preferring the single active unit. */
function resolve(list: UnitRef[] | undefined): UnitRef | null | undefined {
  if (!list) return undefined;
  if (list.length === 1) return list[0];
  const active = list.filter((u) => u.active);
  return active.length === 1 ? active[0] : null;
}

/**
 * Builds a matcher for unit names written in full or short form (天门市发展和改革委员会, 市发改委, 发改委),
 * or by unit code. Aliases shared by several units never match; unknown names come back with up to
 * three similar unit names as suggestions.
 */
export function createUnitMatcher(units: UnitRef[]): (raw: string) => UnitMatch {
  const city = deriveCityPrefix(units.map((u) => normalizeUnitText(u.fullName)));
  // Names as registered take precedence over derived short forms, so a unit literally named 发改委
  // is not shadowed by 市发改委's derived alias.
  const exact: AliasTable = new Map();
  const derived: AliasTable = new Map();
  const suggestionAliases: { unit: UnitRef; grams: Set<string> }[] = [];

  for (const unit of units) {
    const name = normalizeUnitText(unit.name);
    const fullName = normalizeUnitText(unit.fullName);
    addAlias(exact, name, unit);
    addAlias(exact, fullName, unit);
    addAlias(exact, normalizeUnitText(unit.code), unit);

    const shortName = name.startsWith('市') && name.length > 2 ? name.slice(1) : null;
    const withoutCity = stripCity(fullName, city);
    const withoutGov = withoutCity?.endsWith('人民政府') ? withoutCity.slice(0, -4) : null;
    for (const alias of [shortName, withoutCity, withoutGov]) {
      if (alias && alias.length >= 2) addAlias(derived, alias, unit);
    }
    for (const alias of new Set([name, fullName, shortName, withoutCity, withoutGov])) {
      if (alias) suggestionAliases.push({ unit, grams: bigrams(alias) });
    }
  }

  const lookup = (key: string): UnitRef | null | undefined => {
    const hit = resolve(exact.get(key));
    return hit === undefined ? resolve(derived.get(key)) : hit;
  };

  return (raw: string): UnitMatch => {
    const input = raw.trim();
    const key = normalizeUnitText(input);
    if (key) {
      let unit = lookup(key);
      // A cell may prefix a short name with the city (天门市发改委).
      if (unit === undefined) {
        const bare = stripCity(key, city);
        if (bare) unit = lookup(bare);
      }
      if (unit) return { ok: true, unit };
    }
    return { ok: false, input, suggestions: suggest(key, suggestionAliases) };
  };
}

function suggest(key: string, aliases: { unit: UnitRef; grams: Set<string> }[]): string[] {
  if (!key) return [];
  const grams = bigrams(key);
  const best = new Map<UnitRef, number>();
  for (const { unit, grams: other } of aliases) {
    const score = dice(grams, other);
    if (score >= MIN_SIMILARITY && score > (best.get(unit) ?? 0)) best.set(unit, score);
  }
  const ranked = [...best.entries()].sort(
    ([a, sa], [b, sb]) => sb - sa || Number(b.active) - Number(a.active) || a.name.localeCompare(b.name, 'zh'),
  );
  const names: string[] = [];
  for (const [unit] of ranked) {
    if (!names.includes(unit.name)) names.push(unit.name);
    if (names.length === MAX_SUGGESTIONS) break;
  }
  return names;
}
