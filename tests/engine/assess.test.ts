import { describe, expect, it } from 'vitest';
import { assessPassages, assessText, combineAssessments, WEIGHTS } from '../../src/engine/index';
import type { Assessment } from '../../src/engine/index';
import { assess, claimsOf, mentionsOf } from './helpers';

const CLINIC_EN = `Regenerative Stem Cell Clinic
Our clinic offers umbilical cord MSC infusions and Wharton's jelly injections for knee pain, back pain, COPD, autism, Parkinson's, diabetes, erectile dysfunction and anti-aging.
Avoid surgery: our stem cells regrow cartilage with no downtime. Over 90% of our patients improve.
Treatment packages from $5,000. Financing available. Call (555) 123-4567 to schedule your free consultation.
Read our patient testimonials. Results may vary. This treatment is not FDA approved.`;

const CLINIC_ZH = `干细胞抗衰老中心
我院采用国际领先的脐带间充质干细胞回输技术，绝对安全，无副作用，有效率高达95%。
可治疗糖尿病、帕金森、自闭症、卵巢早衰、肝硬化、关节炎，修复受损细胞，逆龄冻龄。
一个疗程费用8万元，限时优惠。咨询热线：400-123-4567，微信同号，欢迎预约。`;

const WARNING_EN = `Beware of stem cell clinics
The FDA warns consumers that no stem cell product is approved for knee pain, autism, Parkinson's or COPD.
Clinics claim their treatments are "100% safe", have "no side effects" and can cure almost anything; these are red flags.
According to researchers, patients should ask for a registered trial number and peer-reviewed evidence.
Patients should never be charged to take part in a clinical trial.`;

const WARNING_ZH = `国家卫健委提醒：警惕干细胞治疗虚假宣传
目前除造血干细胞移植治疗血液病外，其他干细胞治疗均处于临床研究阶段。
凡是宣称“包治百病”“绝对安全”“无毒副作用”的可认为是骗局。
对以“抗衰老”名义开展干细胞回输的美容院、养生馆，监管部门将依法严肃处理。`;

const HOSPITAL_BMT = `Blood and Marrow Transplant Program
Our hematopoietic stem cell transplant program treats leukemia, lymphoma and aplastic anemia; a bone marrow transplant can cure some leukemias.
Risks include infection and graft-versus-host disease. We take part in clinical trials such as NCT01234567.
Request an appointment: call 555-123-4567.`;

const HOSPITAL_ZH = `造血干细胞移植中心
我院血液科开展造血干细胞移植治疗白血病、淋巴瘤、再生障碍性贫血，部分患者可以治愈。
移植存在感染、排异等风险。预约挂号请拨打电话。`;

function sumOf(a: Assessment): number {
  return Math.max(0, Math.min(100, Math.round(a.breakdown.reduce((s, i) => s + i.points, 0))));
}

describe('page assessment', () => {
  it.each([
    ['English clinic ad', CLINIC_EN],
    ['Chinese clinic ad', CLINIC_ZH],
  ])('%s is moderate or high, with panacea and commercial intent', (_n, text) => {
    const a = assessText(text);
    expect(['moderate', 'high']).toContain(a.risk);
    const ids = a.signals.map((s) => s.id);
    expect(ids).toContain('commercial-intent');
    expect(ids).toContain('panacea');
  });

  it('the Traditional Chinese clinic ad scores like the Simplified one', () => {
    const trad = CLINIC_ZH.replace(/干/g, '幹').replace(/细/g, '細').replace(/无/g, '無').replace(/脐/g, '臍').replace(/疗/g, '療');
    const a = assessText(trad);
    const b = assessText(CLINIC_ZH);
    expect(a.score).toBe(b.score);
    expect(a.findings.map((f) => f.rule)).toEqual(b.findings.map((f) => f.rule));
  });

  it.each([
    ['English warning article', WARNING_EN],
    ['Chinese regulator notice', WARNING_ZH],
    ['Traditional Chinese regulator notice', WARNING_ZH.replace(/干细胞/g, '幹細胞').replace(/无/g, '無')],
    ['hospital BMT page', HOSPITAL_BMT],
    ['Chinese hospital HSCT page', HOSPITAL_ZH],
  ])('%s stays none/low', (_n, text) => {
    expect(['none', 'low']).toContain(assessText(text).risk);
  });

  it('quoted phrases in a warning are mentions', () => {
    const a = assessText(WARNING_EN);
    expect(mentionsOf(a, 'safety-absolute-en').length).toBeGreaterThan(0);
    expect(claimsOf(a, 'safety-absolute-en')).toEqual([]);
    const z = assessText(WARNING_ZH);
    expect(mentionsOf(z, 'panacea-phrase-zh').length).toBeGreaterThan(0);
    expect(claimsOf(z, 'panacea-phrase-zh')).toEqual([]);
  });

  it('established haematological uses do not count against a page', () => {
    const a = assessText(HOSPITAL_BMT);
    expect(claimsOf(a).filter((f) => f.family === 'cure-guarantee')).toEqual([]);
    expect(a.conditions.find((c) => c.id === 'leukaemia')).toBeDefined();
    expect(a.signals.map((s) => s.id)).not.toContain('serious-targets');
  });

  it("a clinic's own disclaimer does not cancel its claims", () => {
    const a = assessText(CLINIC_EN);
    expect(claimsOf(a, 'regeneration-claim-en').length).toBeGreaterThan(0);
    const without = assessText(CLINIC_EN.replace('Results may vary. This treatment is not FDA approved.', ''));
    expect(a.risk).toBe(without.risk);
  });

  it('quotation marks alone do not make a mention', () => {
    expect(claimsOf(assess('我们的干细胞“冻龄”效果，“绝对安全”。'), 'safety-absolute-zh').length).toBe(1);
    expect(claimsOf(assess('Our cells are "100% safe".'), 'safety-absolute-en').length).toBe(1);
  });

  it('Chinese scope ends at the clause: 但 resets a frame', () => {
    expect(claimsOf(assess('有人宣称不安全，但我院干细胞绝对安全。'), 'safety-absolute-zh').length).toBe(1);
    expect(claimsOf(assess('所谓绝对安全，纯属虚构。'), 'safety-absolute-zh')).toEqual([]);
  });

  it('negation before a phrase makes a mention; self-negating phrases match whole', () => {
    expect(claimsOf(assess('No treatment is 100% safe.'), 'safety-absolute-en')).toEqual([]);
    expect(claimsOf(assess('It has no side effects.'), 'safety-no-side-effects-en').length).toBe(1);
    expect(claimsOf(assess('干细胞不是零风险的。'), 'safety-absolute-zh')).toEqual([]);
    expect(claimsOf(assess('干细胞零风险，无副作用。')).length).toBeGreaterThanOrEqual(2);
  });

  it('off-topic traps score nothing', () => {
    for (const t of [
      'Our dry-cured ham is 100% safe, cured for 18 months, guaranteed results. Order now for $50.',
      'Concrete cure time: 28 days. Completely safe, no side effects, permanent results.',
      '100% safe download, no risk, guaranteed. Free consultation.',
      'STEM education camp: science, technology, engineering and math. 98% of parents recommend it.',
    ]) {
      const a = assessText(t);
      expect(a).toMatchObject({ risk: 'none', score: 0, topic: false, findings: [] });
    }
  });

  it('breakdown sums to the score; score is an integer in 0..100', () => {
    for (const t of [CLINIC_EN, CLINIC_ZH, WARNING_EN, WARNING_ZH, HOSPITAL_BMT]) {
      const a = assessText(t);
      expect(Number.isInteger(a.score)).toBe(true);
      expect(a.score).toBe(sumOf(a));
      for (const i of a.breakdown) expect(Number.isFinite(i.points)).toBe(true);
    }
  });

  it('sensitivity shifts thresholds only', () => {
    const lo = assessText(CLINIC_EN, { sensitivity: 'low' });
    const hi = assessText(CLINIC_EN, { sensitivity: 'high' });
    expect(lo.score).toBe(hi.score);
    expect(lo.findings).toEqual(hi.findings);
    const order = ['none', 'low', 'moderate', 'high'];
    expect(order.indexOf(hi.risk)).toBeGreaterThanOrEqual(order.indexOf(lo.risk));
    expect(WEIGHTS.sensitivityShift.high).toBeLessThan(0);
  });

  it('survives a JSON round trip unchanged', () => {
    for (const t of [CLINIC_EN, CLINIC_ZH, WARNING_EN]) {
      const a = assessText(t);
      expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    }
  });

  it('__proto__ and constructor are just words', () => {
    const t = `${CLINIC_EN}\n__proto__ constructor prototype hasOwnProperty __proto__ toString`;
    const a = assessText(t);
    expect(a.score).toBe(assessText(CLINIC_EN).score);
    expect(Object.getPrototypeOf(a)).toBe(Object.prototype);
  });

  it('ignores malformed passages from an untrusted sender', () => {
    const garbage = [null, { start: 'x', text: 1 }, { start: 0 }] as unknown as Parameters<typeof assessPassages>[0];
    expect(assessPassages(garbage)).toMatchObject({ risk: 'none', score: 0, topic: false });
  });
});

describe('combineAssessments', () => {
  const main = assessText(CLINIC_EN);
  const ad = assessText(CLINIC_ZH);
  const off = assessText('The weather is nice.');

  it('one frame combines to itself (score and risk)', () => {
    const c = combineAssessments([main]);
    expect(c.score).toBe(main.score);
    expect(c.risk).toBe(main.risk);
  });

  it('repeated identical ad iframes count once', () => {
    const once = combineAssessments([off, ad]);
    const many = combineAssessments([off, ad, ad, ad, ad, ad, ad, ad]);
    expect(many.score).toBe(once.score);
    expect(many.findings.length).toBe(once.findings.length);
  });

  it('many frames cannot inflate past the strongest frame plus a cap', () => {
    const frames = [main, ad, assessText(WARNING_EN), assessText(HOSPITAL_BMT)];
    const c = combineAssessments(frames);
    const best = Math.max(...frames.map((f) => f.score));
    expect(c.score).toBeGreaterThanOrEqual(best);
    expect(c.score).toBeLessThanOrEqual(Math.min(100, best + WEIGHTS.combineExtraCap));
    expect(c.score).toBe(sumOf(c));
  });

  it('no frames → none', () => {
    expect(combineAssessments([])).toMatchObject({ risk: 'none', score: 0, topic: false });
  });
});

describe('topic gate', () => {
  it('plant stem cell cosmetics do not open the topic gate', () => {
    expect(assessText('Apple stem cell serum: anti-aging, look 10 years younger. $39.').topic).toBe(false);
    expect(assessText('苹果干细胞精华，抗衰老，年轻10岁，￥268。').topic).toBe(false);
    expect(assessText('植物幹細胞面霜，抗衰老。').topic).toBe(false);
  });
  it('human stem cells on the same page still do', () => {
    expect(assessText('Apple stem cell serum. We also offer stem cell injections.').topic).toBe(true);
  });
});
