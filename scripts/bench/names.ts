import type { UnitGroup, UnitKind } from '@/db/schema/enums';
import type { Rng } from './random';

/** A generated responsible unit, shaped like db/seed/units.json. */
export interface BenchUnit {
  code: string;
  name: string;
  fullName: string;
  kind: UnitKind;
  group: UnitGroup;
  enforcement: boolean;
}

const PROVINCE = '江汉省';

// Departments of a city government and its party bodies (the 市直单位 ranking group).
const DEPARTMENTS: readonly { name: string; kind: UnitKind; enforcement: boolean }[] = [
  ...[
    '发改委', '教育局', '科技局', '经信局', '公安局', '民政局', '司法局', '财政局', '人社局', '自然资源和规划局',
    '生态环境局', '住建局', '交通运输局', '水利和湖泊局', '农业农村局', '商务局', '文旅局', '卫健委', '退役军人事务局', '应急管理局',
    '审计局', '国资委', '市场监管局', '统计局', '医保局', '林业局', '城管执法委', '政务服务和大数据管理局', '信访局', '地方金融工作局',
    '粮食和物资储备局', '人防办', '体育局', '档案局', '民宗委', '外事办', '机关事务管理局', '住房公积金中心', '税务局', '气象局',
    '烟草专卖局', '邮政管理局', '供销社', '政府办公室', '政府研究室', '招商服务中心', '公共资源交易中心', '不动产登记局', '医疗保障服务中心', '行政审批局',
  ].map((name, i) => ({ name, kind: 'government' as const, enforcement: i % 5 !== 4 })),
  ...['编办', '党校', '总工会', '团委', '妇联', '残联', '科协', '工商联', '侨联', '红十字会'].map((name) => ({ name, kind: 'party' as const, enforcement: false })),
];

const SYLLABLES = '安宁泰华兴和平昌盛丰远新清江山东西南北长永乐阳泉川河桥林石城云梅竹松柏金玉荆襄武汉黄龙凤鹤'.split('');
const TOWN_SUFFIXES: readonly { suffix: string; kind: UnitKind }[] = [
  { suffix: '镇', kind: 'township' },
  { suffix: '镇', kind: 'township' },
  { suffix: '乡', kind: 'township' },
  { suffix: '街道办事处', kind: 'township' },
  { suffix: '镇', kind: 'township' },
  { suffix: '农场', kind: 'farm_park' },
  { suffix: '经济开发区', kind: 'farm_park' },
];

/** The n-th two-syllable place name, distinct for every n below SYLLABLES.length². */
function placeName(n: number): string {
  const k = SYLLABLES.length;
  return SYLLABLES[Math.floor(n / k) % k]! + SYLLABLES[n % k]!;
}

/** The unit code: u0001, u0002, … (ASCII, usable in URLs and as the unit user's name). */
export function unitCode(index: number): string {
  return `u${String(index + 1).padStart(4, '0')}`;
}

/**
 * `count` units: the legal affairs office first, then the government office (the leaders' unit),
 * then city departments and, for `townshipShare` of them, towns. Names are unique, like
 * "安宁市公安局" (某某市某某局) and "安宁市泰华镇".
 */
export function generateUnits(rng: Rng, count: number, townshipShare: number): BenchUnit[] {
  const units: BenchUnit[] = [
    { code: unitCode(0), name: '省政府法制办', fullName: `${PROVINCE}人民政府法制办公室`, kind: 'office', group: 'city', enforcement: false },
    { code: unitCode(1), name: '省政府办公厅', fullName: `${PROVINCE}人民政府办公厅`, kind: 'government', group: 'city', enforcement: false },
  ].slice(0, count) as BenchUnit[];
  const townships = Math.round(count * townshipShare);
  const departments = count - units.length - townships;
  for (let i = 0; i < departments; i++) {
    const city = `${placeName(Math.floor(i / DEPARTMENTS.length) * 7 + 3)}市`;
    const dept = DEPARTMENTS[i % DEPARTMENTS.length]!;
    units.push({
      code: unitCode(units.length),
      name: `${city}${dept.name}`,
      fullName: `${PROVINCE}${city}${dept.name}`,
      kind: dept.kind,
      group: 'city',
      enforcement: dept.enforcement,
    });
  }
  const taken = new Set(units.map((u) => u.name));
  for (let i = 0; units.length < count; i++) {
    const city = `${placeName(Math.floor(i / 40) * 7 + 3)}市`;
    const town = placeName(i * 13 + 5);
    const { suffix, kind } = rng.pick(TOWN_SUFFIXES);
    const name = `${city}${town}${suffix}`;
    if (taken.has(name)) continue;
    taken.add(name);
    units.push({ code: unitCode(units.length), name, fullName: `${PROVINCE}${name}`, kind, group: 'township', enforcement: rng.chance(0.5) });
  }
  return units;
}
