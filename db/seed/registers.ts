import { eq, inArray } from 'drizzle-orm';
import type { DB } from '../client';
import { cleanupCampaigns, cleanupItems, legalWork, litigationCases, majorDecisions, normativeDocuments, reconsiderationCases, units, users } from '../schema';
import type { LITIGATION_OUTCOMES, RECONSIDERATION_OUTCOMES } from '../schema/registers/enums';
import { docNumberKey, normalizeDocNumber } from '../../lib/registers/doc-number';
import { addDays } from '../../lib/registers/core/rules';
import { writeAudit } from '../../lib/audit/log';
import { random } from './random';

const YEAR = 2018;

/** The day `n` days after `from`, clamped to the demo year's last day. */
function dayInYear(from: string, n: number): string {
  const out = addDays(from, n);
  return out > `${YEAR}-12-31` ? `${YEAR}-12-31` : out;
}

/**
 * 规范性文件 of 2018: the city government's (天政规, drafted by a department) and the departments' own.
 * `lateBy` files the document that many days after the 30-day period; `unfiled` leaves it unfiled;
 * `unreviewed` publishes it without a legality review.
 */
const DOCUMENTS: { unit: string; gov?: boolean; prefix?: string; title: string; published: string; lateBy?: number; unfiled?: boolean; unreviewed?: boolean; amended?: boolean }[] = [
  { unit: 'zjw', gov: true, title: '天门市人民政府关于印发天门市城区国有土地上房屋征收与补偿实施办法的通知', published: '2018-01-22', amended: true },
  { unit: 'gtj', gov: true, title: '天门市人民政府关于进一步加强土地储备管理工作的通知', published: '2018-03-05' },
  { unit: 'rsj', gov: true, title: '天门市人民政府关于做好当前和今后一个时期促进就业工作的实施意见', published: '2018-04-16' },
  { unit: 'hbj', gov: true, title: '天门市人民政府关于印发天门市大气污染防治行动计划实施方案的通知', published: '2018-05-08', lateBy: 12 },
  { unit: 'fgw', gov: true, title: '天门市人民政府关于进一步优化营商环境的若干意见', published: '2018-06-20', amended: true },
  { unit: 'mzj', gov: true, title: '天门市人民政府关于印发天门市最低生活保障工作实施办法的通知', published: '2018-07-30' },
  { unit: 'jtj', gov: true, title: '天门市人民政府关于加强城区道路交通秩序管理的通告', published: '2018-09-12' },
  { unit: 'shuiwj', gov: true, title: '天门市人民政府关于印发天门市河道采砂管理办法的通知', published: '2018-11-06', amended: true },
  { unit: 'jyj', prefix: '天教规', title: '天门市教育局关于规范中小学校招生入学工作的通知', published: '2018-03-26' },
  { unit: 'jyj', prefix: '天教规', title: '天门市教育局关于加强校外培训机构管理的通知', published: '2018-08-28', lateBy: 5 },
  { unit: 'gaj', prefix: '天公规', title: '天门市公安局关于城区烟花爆竹禁放管理的通告', published: '2018-12-10' },
  { unit: 'rsj', prefix: '天人社规', title: '天门市人力资源和社会保障局关于城乡居民基本养老保险经办管理的通知', published: '2018-02-27' },
  { unit: 'rsj', prefix: '天人社规', title: '天门市人力资源和社会保障局关于进一步规范劳务派遣用工管理的通知', published: '2018-10-15', unreviewed: true, unfiled: true },
  { unit: 'zjw', prefix: '天建规', title: '天门市住房和城乡建设委员会关于规范住宅专项维修资金管理的通知', published: '2018-04-25' },
  { unit: 'zjw', prefix: '天建规', title: '天门市住房和城乡建设委员会关于加强建筑工地扬尘污染防治的通知', published: '2018-06-11', lateBy: 21 },
  { unit: 'hbj', prefix: '天环规', title: '天门市环境保护局关于建设项目环境影响评价文件分级审批的通知', published: '2018-05-21' },
  { unit: 'nyj', prefix: '天农规', title: '天门市农业局关于规范农作物秸秆综合利用补贴发放工作的通知', published: '2018-07-09' },
  { unit: 'wjw', prefix: '天卫计规', title: '天门市卫生和计划生育委员会关于规范医疗机构设置审批的通知', published: '2018-03-14' },
  { unit: 'wjw', prefix: '天卫计规', title: '天门市卫生和计划生育委员会关于计划生育家庭特别扶助对象审核的通知', published: '2018-09-03', unfiled: true },
  { unit: 'gsj', prefix: '天工商规', title: '天门市工商行政管理局关于推行企业登记全程电子化的通知', published: '2018-06-28' },
  { unit: 'cgw', prefix: '天城管规', title: '天门市城市管理执法委员会关于城区户外广告设置管理的通知', published: '2018-08-06', amended: true },
  { unit: 'cgw', prefix: '天城管规', title: '天门市城市管理执法委员会关于规范城区占道经营管理的通知', published: '2018-11-19' },
  { unit: 'ajj', prefix: '天安监规', title: '天门市安全生产监督管理局关于危险化学品经营许可管理的通知', published: '2018-04-03' },
  { unit: 'swj', prefix: '天商务规', title: '天门市商务局关于规范成品油零售经营管理的通知', published: '2018-10-22', lateBy: 3 },
  { unit: 'syjj', prefix: '天食药监规', title: '天门市食品药品监督管理局关于小餐饮登记管理的通知', published: '2018-05-30' },
  { unit: 'jtj', prefix: '天交规', title: '天门市交通运输局关于城区出租汽车经营管理的通知', published: '2018-12-03' },
  { unit: 'lyj', prefix: '天林规', title: '天门市林业局关于林木采伐许可审批的通知', published: '2018-02-08' },
];

/** Clean-up campaigns of 2018 and the documents each looked at (older numbers, named by 文号 and title). */
const CAMPAIGNS = [
  {
    name: '涉及产权保护的规范性文件清理',
    basisNumber: '国办发〔2018〕29号',
    basisTitle: '国务院办公厅关于开展涉及产权保护的规章、规范性文件清理工作的通知',
    startedOn: '2018-05-10',
    items: [
      { unit: 'zjw', doc: '天政规〔2012〕3号', title: '天门市城区房屋拆迁管理暂行办法', outcome: 'repeal', note: '已由2018年房屋征收与补偿实施办法替代' },
      { unit: 'gtj', doc: '天政规〔2014〕2号', title: '天门市集体土地征收补偿安置办法', outcome: 'amend', note: '补偿标准与现行规定不一致' },
      { unit: 'gtj', doc: '天国土规〔2015〕1号', title: '天门市国有建设用地使用权出让管理办法', outcome: 'valid' },
      { unit: 'gsj', doc: '天工商规〔2013〕2号', title: '天门市企业年度检验管理办法', outcome: 'invalid', note: '年检制度已改为年度报告公示' },
      { unit: 'fgw', doc: '天政规〔2016〕4号', title: '天门市招商引资优惠政策若干规定', outcome: 'amend', note: '部分条款涉及差别待遇' },
      { unit: 'swj', doc: '天商务规〔2015〕2号', title: '天门市再生资源回收经营管理办法', outcome: 'valid' },
      { unit: 'zjw', doc: '天建规〔2016〕1号', title: '天门市商品房预售资金监管办法', outcome: 'valid' },
      { unit: 'nyj', doc: '天农规〔2014〕3号', title: '天门市农村土地承包经营权流转管理办法', outcome: 'amend', note: '与承包地“三权分置”要求衔接' },
      { unit: 'cgw', doc: '天城管规〔2014〕1号', title: '天门市城区违法建设查处暂行办法', outcome: 'repeal' },
      { unit: 'jtj', doc: '天交规〔2013〕1号', title: '天门市道路运输车辆暂扣管理规定', outcome: 'invalid' },
    ],
  },
  {
    name: '2018年度规范性文件集中清理',
    basisNumber: '天政办发〔2018〕21号',
    basisTitle: '市人民政府办公室关于开展规范性文件集中清理工作的通知',
    startedOn: '2018-09-03',
    items: [
      { unit: 'mzj', doc: '天政规〔2011〕5号', title: '天门市城乡医疗救助实施办法', outcome: 'repeal', note: '已由新的医疗救助办法替代' },
      { unit: 'rsj', doc: '天政规〔2015〕1号', title: '天门市就业专项资金管理办法', outcome: 'amend' },
      { unit: 'jyj', doc: '天教规〔2016〕2号', title: '天门市民办学校管理办法', outcome: 'amend', note: '依据新修订的民办教育促进法修改' },
      { unit: 'jyj', doc: '天教规〔2014〕1号', title: '天门市中小学学籍管理实施细则', outcome: 'valid' },
      { unit: 'wjw', doc: '天卫计规〔2014〕2号', title: '天门市社会抚养费征收管理办法', outcome: 'invalid' },
      { unit: 'hbj', doc: '天环规〔2015〕1号', title: '天门市排污费征收使用管理办法', outcome: 'repeal', note: '环境保护税开征后停止征收排污费' },
      { unit: 'ajj', doc: '天安监规〔2016〕1号', title: '天门市安全生产举报奖励办法', outcome: 'valid' },
      { unit: 'shuiwj', doc: '天水规〔2015〕2号', title: '天门市城区供水管理办法', outcome: 'valid' },
      { unit: 'lyj', doc: '天林规〔2013〕1号', title: '天门市林地保护利用管理办法', outcome: 'valid' },
      { unit: 'syjj', doc: '天食药监规〔2016〕1号', title: '天门市食品摊贩管理办法', outcome: 'amend' },
      { unit: 'czj', doc: '天政规〔2013〕6号', title: '天门市政府非税收入管理办法', outcome: 'valid' },
      { unit: 'gaj', doc: '天公规〔2015〕1号', title: '天门市城区犬类管理规定', outcome: 'amend' },
    ],
  },
] as const;

/** The year's major administrative decisions: 承办单位, matter, and which statutory steps were skipped. */
const DECISIONS: { unit: string; matter: string; hearing?: boolean; skip?: ('expertReview' | 'riskAssessment' | 'publicParticipation')[]; month: number }[] = [
  { unit: 'zjw', matter: '天门市城区国有土地上房屋征收与补偿实施办法', hearing: true, month: 1 },
  { unit: 'fgw', matter: '天门市城区集中供热项目特许经营方案', month: 3 },
  { unit: 'jtj', matter: '天门市城区公交线网优化调整方案', hearing: true, month: 5 },
  { unit: 'hbj', matter: '天门市大气污染防治行动计划实施方案', skip: ['riskAssessment'], month: 4 },
  { unit: 'gtj', matter: '天门市土地利用总体规划（2006—2020年）调整完善方案', month: 7 },
  { unit: 'wjj', matter: '天门市城区居民生活用水价格调整方案', hearing: true, month: 8 },
  { unit: 'shuiwj', matter: '天门市城区污水处理厂提标改造工程建设方案', skip: ['publicParticipation'], month: 10 },
];

const REVIEW_MATTERS: { kind: 'major_decision' | 'normative_document' | 'contract' | 'investment' | 'other'; matter: string; opinion?: string }[] = [
  { kind: 'contract', matter: '天门市城区生活垃圾收运一体化PPP项目合同' },
  { kind: 'contract', matter: '天门市智慧城市建设项目政府采购合同' },
  { kind: 'contract', matter: '天门工业园标准化厂房租赁合同' },
  { kind: 'contract', matter: '天门市城区停车场特许经营协议' },
  { kind: 'investment', matter: '年产10万吨纺织面料项目招商引资协议' },
  { kind: 'investment', matter: '新能源汽车零部件产业园项目投资协议' },
  { kind: 'investment', matter: '农产品冷链物流中心项目招商引资协议' },
  { kind: 'normative_document', matter: '天门市人民政府关于印发天门市政府投资项目管理办法的通知（送审稿）', opinion: '部分条款缺乏上位法依据，不予通过，建议起草单位修改后重新报送。' },
  { kind: 'other', matter: '市政府关于天门市城区道路命名的批复（代拟稿）' },
  { kind: 'other', matter: '市政府对市人大代表建议的答复函（涉及征地补偿）' },
];

const COUNSEL: { kind: 'litigation' | 'meeting' | 'opinion' | 'non_litigation'; matter: string }[] = [
  { kind: 'litigation', matter: '代理市政府行政诉讼案件出庭应诉' },
  { kind: 'litigation', matter: '代理行政复议案件答复及出庭' },
  { kind: 'meeting', matter: '参加市政府常务会议重大事项法律论证' },
  { kind: 'meeting', matter: '参加信访积案化解联席会议' },
  { kind: 'meeting', matter: '参加征收项目社会稳定风险评估论证会' },
  { kind: 'opinion', matter: '就国有资产转让事项出具法律意见书' },
  { kind: 'opinion', matter: '就政府债务化解方案出具法律意见书' },
  { kind: 'opinion', matter: '就企业改制遗留问题出具法律意见书' },
  { kind: 'non_litigation', matter: '协助处理工程款拖欠纠纷' },
  { kind: 'non_litigation', matter: '参与征收补偿纠纷调解' },
];

/** Reconsideration cases received by the city government as 复议机关 (被申请人, matter, information-disclosure case). */
const RECONSIDERATIONS: { unit: string; matter: string; info?: boolean }[] = [
  { unit: 'gaj', matter: '不服治安管理处罚决定（罚款、拘留）' },
  { unit: 'gaj', matter: '不服道路交通安全违法行为处罚决定' },
  { unit: 'gaj', matter: '不服治安管理处罚决定（行政拘留）' },
  { unit: 'gaj', matter: '要求公开案件办理相关信息', info: true },
  { unit: 'gtj', matter: '不服土地行政处罚决定' },
  { unit: 'gtj', matter: '不服集体土地征收补偿安置决定' },
  { unit: 'gtj', matter: '要求公开征地批复及补偿方案', info: true },
  { unit: 'rsj', matter: '不服工伤认定决定' },
  { unit: 'rsj', matter: '不服工伤认定决定（不予认定）' },
  { unit: 'rsj', matter: '不服劳动保障监察责令改正决定' },
  { unit: 'zjw', matter: '不服房屋征收补偿决定' },
  { unit: 'zjw', matter: '要求公开房屋征收项目资料', info: true },
  { unit: 'hbj', matter: '不服环境行政处罚决定' },
  { unit: 'cgw', matter: '不服违法建设限期拆除决定' },
  { unit: 'gsj', matter: '不服工商行政处罚决定' },
  { unit: 'syjj', matter: '不服食品安全行政处罚决定' },
  { unit: 'jingling', matter: '不服土地权属争议处理决定' },
  { unit: 'yuekou', matter: '要求履行法定职责（拆除违法建筑）' },
];

/** Litigation: the units sued in 2018 and how many first-instance cases each had. */
const LITIGATION: { unit: string; cases: number; matter: string }[] = [
  { unit: 'gaj', cases: 6, matter: '治安行政处罚' },
  { unit: 'gtj', cases: 5, matter: '土地行政处罚' },
  { unit: 'rsj', cases: 4, matter: '工伤认定' },
  { unit: 'zjw', cases: 4, matter: '房屋征收补偿' },
  { unit: 'cgw', cases: 3, matter: '强制拆除违法建筑' },
  { unit: 'hbj', cases: 2, matter: '环境行政处罚' },
  { unit: 'gsj', cases: 2, matter: '工商行政处罚' },
  { unit: 'jingling', cases: 2, matter: '行政强制' },
  { unit: 'yuekou', cases: 1, matter: '土地行政管理' },
  { unit: 'duobao', cases: 1, matter: '行政强制' },
];

/** Who appears for each sued unit: a deputy head in most hearings, the head now and then. */
const LEADERS: Record<string, [string, string][]> = {
  gaj: [['刘志刚', '副局长'], ['陈卫东', '副局长']],
  gtj: [['周建军', '副局长'], ['杨光明', '局长']],
  rsj: [['吴晓燕', '副局长']],
  zjw: [['郑德华', '副主任'], ['王红兵', '主任']],
  cgw: [['胡国庆', '副主任']],
  hbj: [['李春生', '副局长']],
  gsj: [['何建平', '副局长']],
  jingling: [['黄海涛', '副主任']],
  yuekou: [['张永红', '副镇长']],
  duobao: [['彭学军', '副镇长']],
};

/**
 * 2018 register records for the demo units, consistent with REGISTERS.md's figures: documents (some
 * filed late, one unfiled, one published without review), two clean-up campaigns, the legal affairs
 * office's reviews and the counsel's work, the major-decision catalogue, reconsideration cases with
 * corrections, and litigation across enforcement units with mixed 负责人出庭. Runs once: it does nothing
 * when any document is on file.
 */
export function seedRegisters(db: DB): { registerRecords: number } {
  if (db.select({ id: normativeDocuments.id }).from(normativeDocuments).limit(1).get()) return { registerRecords: 0 };
  const office = db.select().from(users).where(eq(users.username, 'office')).get();
  if (!office) return { registerRecords: 0 };
  const codes = new Set<string>(['fzb', 'zfb', ...DOCUMENTS.map((d) => d.unit), ...DECISIONS.map((d) => d.unit), ...RECONSIDERATIONS.map((r) => r.unit), ...LITIGATION.map((l) => l.unit)]);
  for (const c of CAMPAIGNS) for (const i of c.items) codes.add(i.unit);
  const unitRows = db.select({ id: units.id, code: units.code }).from(units).where(inArray(units.code, [...codes])).all();
  const unitId = new Map(unitRows.map((u) => [u.code, u.id]));
  const idOf = (code: string) => {
    const id = unitId.get(code);
    if (id === undefined) throw new Error(`demo registers: unit ${code} is not in the demo units`);
    return id;
  };
  const r = random(20181231);
  const between = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const stamp = { year: YEAR, createdBy: office.id, updatedBy: office.id, createdAt: new Date('2018-12-28T09:00:00+08:00'), updatedAt: new Date('2018-12-28T09:00:00+08:00') };
  let count = 0;

  return db.transaction((tx) => {
    // 规范性文件: numbered per issuer in order of publication.
    const seq = new Map<string, number>();
    for (const d of DOCUMENTS) {
      const prefix = d.gov ? '天政规' : d.prefix!;
      const n = (seq.get(prefix) ?? 0) + 1;
      seq.set(prefix, n);
      const docNumber = `${prefix}〔2018〕${n}号`;
      const reviewedOn = d.unreviewed ? null : dayInYear(d.published, -between(6, 20));
      const filedOn = d.unfiled ? null : dayInYear(d.published, d.lateBy ? 30 + d.lateBy : between(8, 28));
      tx.insert(normativeDocuments)
        .values({
          ...stamp,
          unitId: idOf(d.unit),
          docNumber,
          docNumberKey: docNumberKey(docNumber),
          title: d.title,
          issuer: d.gov ? 'government' : 'unit',
          reviewedOn,
          reviewOutcome: reviewedOn === null ? null : d.amended ? 'amended' : 'passed',
          reviewer: reviewedOn === null ? null : d.gov ? '市政府法制办' : '本单位法制机构',
          publishedOn: d.published,
          filedOn,
          filingBody: filedOn === null ? null : d.gov ? '湖北省人民政府、天门市人大常委会' : '天门市人民政府',
        })
        .run();
      count++;
    }

    for (const c of CAMPAIGNS) {
      const campaign = tx
        .insert(cleanupCampaigns)
        .values({ name: c.name, year: YEAR, basisNumber: c.basisNumber, basisTitle: c.basisTitle, startedOn: c.startedOn, createdBy: office.id })
        .returning({ id: cleanupCampaigns.id })
        .get();
      for (const i of c.items) {
        tx.insert(cleanupItems)
          .values({ ...stamp, unitId: idOf(i.unit), campaignId: campaign.id, docNumber: normalizeDocNumber(i.doc), docNumberKey: docNumberKey(i.doc), title: i.title, outcome: i.outcome, note: 'note' in i ? i.note : null })
          .run();
        count++;
      }
    }

    // The legal affairs office's reviews: every major decision and government document, plus contracts and investment deals.
    const fzb = idOf('fzb');
    for (const d of DECISIONS) {
      tx.insert(legalWork)
        .values({ ...stamp, unitId: fzb, kind: 'review', reviewKind: 'major_decision', matter: d.matter, doneOn: `2018-${String(d.month).padStart(2, '0')}-${String(between(10, 25))}`, by: 'legal_office', opinion: '程序合法，内容符合法律法规规定，建议提交市政府常务会议审议。' })
        .run();
      count++;
    }
    for (const d of DOCUMENTS.filter((x) => x.gov)) {
      tx.insert(legalWork)
        .values({
          ...stamp,
          unitId: fzb,
          kind: 'review',
          reviewKind: 'normative_document',
          matter: `${d.title}（送审稿）`,
          doneOn: dayInYear(d.published, -between(6, 20)),
          by: 'legal_office',
          opinion: d.amended ? '对部分条款提出修改意见，修改后可以提交审议。' : '未发现与上位法相抵触的内容，同意提交审议。',
        })
        .run();
      count++;
    }
    for (const m of REVIEW_MATTERS) {
      tx.insert(legalWork)
        .values({ ...stamp, unitId: fzb, kind: 'review', reviewKind: m.kind, matter: m.matter, doneOn: `2018-${String(between(2, 12)).padStart(2, '0')}-${String(between(10, 28))}`, by: m.opinion || r() < 0.5 ? 'legal_office' : 'counsel', opinion: m.opinion ?? null })
        .run();
      count++;
    }
    // The government's legal counsel: each piece of work one record, on the office's register.
    for (let i = 0; i < 18; i++) {
      const c = COUNSEL[i % COUNSEL.length]!;
      tx.insert(legalWork)
        .values({ ...stamp, unitId: i % 3 === 2 ? idOf('zfb') : fzb, kind: 'counsel', counselKind: c.kind, matter: c.matter, doneOn: `2018-${String(1 + Math.floor((i * 12) / 18)).padStart(2, '0')}-${String(between(10, 28))}`, by: 'counsel' })
        .run();
      count++;
    }

    // The year's catalogue of major decisions, each step dated in order before the collective decision.
    for (const d of DECISIONS) {
      const month = String(d.month).padStart(2, '0');
      const decidedOn = `2018-${month}-26`;
      const skipped = new Set(d.skip ?? []);
      const step = (key: 'publicParticipation' | 'expertReview' | 'riskAssessment', daysBefore: number) => (skipped.has(key) ? null : dayInYear(decidedOn, -daysBefore));
      const participationOn = step('publicParticipation', 45);
      const expertOn = step('expertReview', 30);
      const riskOn = step('riskAssessment', 20);
      tx.insert(majorDecisions)
        .values({
          ...stamp,
          unitId: idOf(d.unit),
          matter: d.matter,
          publicParticipation: participationOn !== null,
          publicParticipationOn: participationOn,
          hearing: participationOn !== null && d.hearing === true,
          expertReview: expertOn !== null,
          expertReviewOn: expertOn,
          riskAssessment: riskOn !== null,
          riskAssessmentOn: riskOn,
          legalityReview: true,
          legalityReviewOn: dayInYear(decidedOn, -10),
          collectiveDecision: true,
          collectiveDecisionOn: decidedOn,
        })
        .run();
      count++;
    }

    // 行政复议: 18 applications to the city government, two not accepted, one still open at year end,
    // four decisions corrected; plus a case before the province and one as 第三人.
    const outcomes: (typeof RECONSIDERATION_OUTCOMES)[number][] = ['upheld', 'upheld', 'dismissed', 'revoked', 'upheld', 'confirmed_illegal', 'upheld', 'terminated', 'ordered', 'upheld', 'mediated', 'upheld', 'varied', 'dismissed', 'upheld', 'upheld'];
    let caseNo = 0;
    RECONSIDERATIONS.forEach((c, i) => {
      const receivedOn = `2018-${String(1 + Math.floor((i * 12) / RECONSIDERATIONS.length)).padStart(2, '0')}-${String(between(3, 26)).padStart(2, '0')}`;
      const accepted = i !== 5 && i !== 14;
      const open = i === RECONSIDERATIONS.length - 1;
      const outcome = accepted && !open ? outcomes[caseNo % outcomes.length]! : null;
      if (accepted) caseNo++;
      const closedOn = outcome ? dayInYear(receivedOn, between(35, 58)) : null;
      const correcting = outcome === 'revoked' || outcome === 'varied' || outcome === 'confirmed_illegal' || outcome === 'ordered';
      const surname = '张王李赵刘陈杨黄周吴徐孙胡朱高林何郭'[i % 18];
      tx.insert(reconsiderationCases)
        .values({
          ...stamp,
          unitId: idOf(c.unit),
          role: 'organ',
          caseNumber: accepted ? `天政复〔2018〕${caseNo}号` : null,
          receivedOn,
          accepted,
          applicant: i % 7 === 3 ? `天门市某某${surname === '张' ? '建材' : '商贸'}有限公司` : `${surname}某某`,
          matter: c.matter,
          infoDisclosure: c.info === true,
          closedOn,
          outcome,
          complied: closedOn === null ? null : correcting ? true : null,
          compliedOn: closedOn !== null && correcting ? dayInYear(closedOn, between(10, 25)) : null,
        })
        .run();
      count++;
    });
    tx.insert(reconsiderationCases)
      .values({ ...stamp, unitId: idOf('gaj'), role: 'respondent', caseNumber: '鄂公复〔2018〕17号', receivedOn: '2018-06-14', accepted: true, applicant: '徐某某', matter: '不服政府信息公开答复（湖北省公安厅复议）', infoDisclosure: true, closedOn: '2018-08-09', outcome: 'upheld' })
      .run();
    tx.insert(reconsiderationCases)
      .values({ ...stamp, unitId: idOf('gtj'), role: 'third_party', caseNumber: '鄂政复〔2018〕142号', receivedOn: '2018-09-20', accepted: true, applicant: '天门市某某置业有限公司', matter: '不服湖北省国土资源厅土地登记行为（作为第三人参加）', closedOn: '2018-11-16', outcome: 'dismissed' })
      .run();
    count += 2;

    // 行政应诉: first-instance cases in 天门市人民法院, numbered in order of filing; most heard, most
    // hearings attended by a responsible leader, a few lost, one judicial suggestion replied to.
    const litigationOutcomes: (typeof LITIGATION_OUTCOMES)[number][] = ['won', 'won', 'withdrawn', 'won', 'lost', 'won', 'won', 'mediated', 'won', 'withdrawn', 'won', 'lost', 'won', 'won', 'won', 'other', 'won', 'withdrawn', 'won', 'won', 'lost', 'won', 'won', 'won', 'withdrawn', 'won', 'won', 'won', 'won', 'won'];
    const cases = LITIGATION.flatMap((l) => Array.from({ length: l.cases }, (_, k) => ({ ...l, k })));
    const filed = cases.map((_, i) => `2018-${String(1 + Math.floor((i * 11) / cases.length)).padStart(2, '0')}-${String(between(2, 27)).padStart(2, '0')}`).sort();
    cases.forEach((c, i) => {
      const filedOn = filed[i]!;
      const outcome = litigationOutcomes[i % litigationOutcomes.length]!;
      const heard = outcome !== 'withdrawn' && i !== cases.length - 1;
      const hearingOn = heard ? dayInYear(filedOn, between(40, 75)) : null;
      // Township leaders and the 城管 unit attend less often: the demo's units below the 80 % line.
      const absentChance = c.unit === 'cgw' || c.unit === 'jingling' ? 0.7 : 0.12;
      const appeared = hearingOn !== null && r() >= absentChance;
      const leader = LEADERS[c.unit]![c.k % LEADERS[c.unit]!.length]!;
      // Still open at year end: heard late in the year, or not heard and not withdrawn (a case is decided after its hearing).
      const open = hearingOn === null ? outcome !== 'withdrawn' : hearingOn > '2018-11-20';
      const closedOn = open ? null : dayInYear(hearingOn ?? filedOn, between(20, 40));
      const suggestion = i === 4 || i === 20;
      tx.insert(litigationCases)
        .values({
          ...stamp,
          unitId: idOf(c.unit),
          caseNumber: `（2018）鄂9006行初${i + 3}号`,
          court: '天门市人民法院',
          filedOn,
          matter: `${c.matter}纠纷`,
          hearingOn,
          leaderAppeared: appeared,
          leaderName: appeared ? leader[0] : null,
          leaderPost: appeared ? leader[1] : null,
          closedOn,
          outcome: closedOn === null ? null : outcome,
          judicialSuggestion: suggestion,
          suggestionRepliedOn: suggestion && closedOn !== null ? dayInYear(closedOn, 18) : null,
        })
        .run();
      count++;
    });

    writeAudit(tx, { userId: null, username: 'system', unitId: null, role: null, ip: null }, { action: 'seed.demo-registers', after: { records: count } });
    return { registerRecords: count };
  });
}
