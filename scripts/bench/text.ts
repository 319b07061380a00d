import type { Rng } from './random';

// Sentences of the kind units write in their progress reports; {m} is the measure's title.
const WORK = [
  '召开专题会议研究部署“{m}”工作，制定年度工作方案，明确责任科室和时间节点。',
  '围绕“{m}”开展专项检查{n}次，发现问题{k}个，已整改{j}个，形成检查通报。',
  '组织业务培训{n}场，参训人员{k}人次；梳理制度文件{j}件，完成合法性审查。',
  '推进“{m}”相关信息公开，在政府网站发布信息{n}条，收集意见建议{k}条并逐一答复。',
  '与配合单位建立联席机制，召开协调会{n}次，解决重点难点问题{j}个。',
  '主要负责同志专题听取工作汇报{n}次，将法治政府建设纳入年度目标责任考核。',
  '对照责任清单逐项梳理，完成{k}项权责事项的动态调整，并向社会公布。',
  '开展行政执法案卷评查，抽查案卷{k}卷，对发现的{j}个问题督促整改到位。',
  '落实重大行政决策程序规定，{n}项决策事项均履行公众参与、专家论证和合法性审查程序。',
  '建立健全工作台账，按月调度进展情况，确保各项任务按时间节点推进。',
];
const PROBLEMS = [
  '基层人员力量不足，专业人才缺乏。',
  '部分配合单位信息报送不及时，协同机制有待完善。',
  '经费保障不足，信息化建设进度滞后。',
  '个别制度修订需等待上级文件出台。',
  '执法人员法律素养参差不齐，培训覆盖面有待扩大。',
  '工作推进不平衡，个别乡镇进度相对滞后。',
];
const NEXT = [
  '继续推进{m}，按期完成年度目标。',
  '加强督促检查，及时总结推广经验做法。',
  '完善长效机制，做好年度总结和考核迎检工作。',
  '加大培训力度，提升工作人员依法行政能力。',
  '强化与配合单位的沟通协调，形成工作合力。',
];

function fill(template: string, measure: string, rng: Rng): string {
  const n = rng.int(1, 8);
  const k = n * rng.int(2, 11);
  return template.replace('{m}', measure).replace('{n}', String(n)).replace('{k}', String(k)).replace('{j}', String(Math.max(1, Math.floor(k / 3))));
}

/** Sentences from `pool` joined until the text is at least `min` characters long, cut to at most `max`. */
function paragraph(rng: Rng, pool: readonly string[], measure: string, min: number, max: number): string {
  const target = rng.int(min, max);
  let out = '';
  while (out.length < target) out += fill(rng.pick(pool), measure, rng);
  if (out.length <= max) return out;
  // Cut at the last full stop that keeps it long enough, else hard-cut and close the sentence.
  const stop = out.lastIndexOf('。', max - 1);
  return stop + 1 >= min ? out.slice(0, stop + 1) : `${out.slice(0, max - 1)}。`;
}

/** "Work done" (工作进展): 80-300 characters. */
export function workDoneText(rng: Rng, measure: string): string {
  return paragraph(rng, WORK, measure, 80, 300);
}

/** Problems (存在问题): 15-90 characters. */
export function problemsText(rng: Rng, measure: string): string {
  return paragraph(rng, PROBLEMS, measure, 15, 90);
}

/** Next steps (下步打算): 15-120 characters. */
export function nextStepsText(rng: Rng, measure: string): string {
  return paragraph(rng, NEXT, measure, 15, 120);
}
