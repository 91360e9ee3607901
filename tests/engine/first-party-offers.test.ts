// Held-out failure classes (a patient's forum post quoting a clinic's pitch, a Q&A page where a doctor states
// the research-fee rule, a hospital's myth-busting article with quoted patient questions) as general
// mechanisms: price, trial and commercial signals count only in the page's own voice (red-flags.md §3).
import { describe, expect, it } from 'vitest';
import { assessText, extractPassages } from '../../src/engine/index';
import { isFeeRule, isQuestion as isQuestionNorm, leadInKind as leadInOf, reportedSpansCarry } from '../../src/engine/context';
import { normalize } from '../../src/engine/normalize';
import { assess, claimsOf, mentionsOf, flagged, signal, scanOf } from './helpers';


describe('bare lead-in lines survive extraction', () => {
  it.each([
    ['The call started with \'our story.\' Then:', 'Then:'],
    ['I called the stem cell clinic. They said:', 'They said:'],
    ['加了干细胞机构的微信。然后对方称：', '对方称：'],
    ['我问了干细胞疗程的情况。客服说：', '客服说：'],
  ])('%s', (lead, cue) => {
    const text = `About stem cells.\n${lead}\n"It is completely safe."\n`;
    const kept = extractPassages(text).passages.map((p) => p.text).join('\n');
    expect(kept).toContain(cue);
  });
  it('an ordinary colon heading is not a speech lead-in; a reporting verb or cue is', () => {
    const leadInKind = (line: string) => leadInOf(normalize(line));
    expect(leadInKind('Then:')).toBe('lines');
    expect(leadInKind('然后对方称：')).toBe('lines');
    expect(leadInKind('客服说：')).toBe('lines');
    expect(leadInKind('Patient reviews:')).toBe('quotes');
    expect(leadInKind('Our patients say:')).toBe('none');
    expect(leadInKind('我院承诺：')).toBe('none');
    expect(leadInKind('Is this a trial?')).toBe('none');
  });
  it('an ad\'s own list headings are not speech lead-ins', () => {
    const ad = [
      'Our stem cell knee program. Call 480-555-0199.',
      'Program highlights:',
      '95% success rate, no side effects.',
      'Then:',
    ].join('\n');
    expect(leadInOf(normalize('Program highlights:'))).toBe('quotes');
    expect(claimsOf(assessText(ad)).some((f) => f.family === 'success-rate')).toBe(true);
  });
  it('其他说法 is not a speaker', () => {
    expect(leadInOf(normalize('其他说法：'))).toBe('quotes');
  });
});

describe('a lead-in carries through a bulleted list, quoted lines and unquoted ones', () => {
  const pitch = [
    'A patient advocate from a stem cell clinic called me. The call started with \'our story.\' Then:',
    '"Our stem cell protocol stops MS progression in 9 out of 10 patients."',
    '"There are no side effects because the cells are from umbilical cord tissue."',
    '$21,500 for 4 infusions over a week, $3,000 deposit to hold a spot, wire transfer only.',
    'So my question: is this part of a registered trial, and if not why am I paying?',
  ].join('\n');
  it('en: the quoted claims and the unquoted price bullet are reported speech', () => {
    const a = assessText(pitch);
    expect(claimsOf(a)).toEqual([]);
    expect(mentionsOf(a, 'price-en').every((f) => f.context === 'reported-speech')).toBe(true);
    expect(signal(a, 'pay-to-participate')).toBeUndefined();
  });
  it('zh: 对方称： then unquoted and quoted lines, 客服说： then the price', () => {
    const text = [
      '加了一家干细胞机构的微信。然后对方称：',
      '干细胞可以修复受损的运动神经元，逆转病情',
      '“渐冻症患者打完三个疗程，有效率能到85%”',
      '客服说：',
      '一个疗程12.8万，要先交2万定金锁名额',
      '这个是备案的临床研究吗？如果不是，为什么要我交钱？',
    ].join('\n');
    const a = assessText(text);
    expect(claimsOf(a)).toEqual([]);
    expect(mentionsOf(a, 'price-zh').length).toBeGreaterThan(0);
    expect(signal(a, 'pay-to-participate')).toBeUndefined();
  });
  it('the carry crosses passages: a price bullet in its own passage after a reported quote', () => {
    const norm = normalize('"It\'s completely safe."\n');
    const first = reportedSpansCarry(normalize('Then:\n'), 'none');
    expect(first.carry).toBe('lines');
    expect(reportedSpansCarry(norm, first.carry).carry).toBe('lines');
    const price = normalize('$21,500 for 4 infusions, $3,000 deposit.');
    expect(reportedSpansCarry(price, 'lines').spans.length).toBe(1);
    expect(reportedSpansCarry(price, 'quotes').spans).toEqual([]);
  });
  it('a bare colon heading carries quotes only: an ad\'s price under "顾客反馈：" stays its own', () => {
    const ad = [
      '干细胞抗衰老，让您年轻10岁。',
      '会员们说：',
      '“做了两次，皱纹少了！”',
      '顾客反馈：',
      '疗程套餐6.8万元，三次回输，包含体检',
    ].join('\n');
    expect(claimsOf(assessText(ad), 'price-zh').length).toBeGreaterThan(0);
  });
  it('a testimonial lead-in ("What patients say:") carries quoted lines only: the ad\'s price after it is its own', () => {
    expect(leadInOf(normalize('What patients say:'))).toBe('quotes');
    expect(leadInOf(normalize('会员们都说：'))).toBe('quotes');
    const ad = [
      'Stem Cell Knee Therapy',
      'Regrow cartilage and avoid knee replacement with stem cell injections.',
      'What patients say:',
      'John, 54: I can walk again after one treatment!',
      'Treatment from $4,900 per knee, financing available.',
      'Call 480-555-0199 to book your free consultation.',
    ].join('\n');
    const a = assessText(ad);
    expect(claimsOf(a, 'price-en').length).toBeGreaterThan(0);
    expect(flagged(a.risk)).toBe(true);
  });
  it('a call to action ends the list: the booking line is the page\'s own', () => {
    const ad = [
      'Stem cell knee injections. Patients say:',
      '"No pain, no surgery, best decision I ever made."',
      'Call 480-555-0199 to book your free consultation.',
    ].join('\n');
    expect(scanOf(ad).ctaKinds).toBeGreaterThan(0);
  });
  it('advice introduced by an attribution word is not a speech lead-in ("patients seeking treatment should:")', () => {
    expect(leadInOf(normalize('To minimize risk, patients seeking stem cell treatment should:'))).toBe('quotes');
  });
  it('an unquoted line in a provider\'s voice ends the list: it may be the page\'s own paragraph', () => {
    const text = [
      'Stem cell concierge. They said:',
      '"It is completely safe."',
      'As a dedicated medical concierge, we help you connect with clinics; packages from $9,800.',
    ].join('\n');
    const a = assessText(text);
    expect(claimsOf(a, 'price-en').length).toBeGreaterThan(0);
    expect(scanOf(text).voiceKinds).toBeGreaterThan(0);
  });
  it('a heading without punctuation ends the list', () => {
    const text = 'Stem cell clinic.\nThey said:\n"It is safe."\nPricing\n$4,900 per knee, financing available.';
    expect(claimsOf(assessText(text), 'price-en').length).toBeGreaterThan(0);
  });
});

describe('questions and quoted questions', () => {
  it('a question mark inside closing quotes still asks', () => {
    const isQuestion = (s: string) => isQuestionNorm(normalize(s));
    expect(isQuestion('“一个疗程8万，能治好吗？”')).toBe(true);
    expect(isQuestion('"Will it cure my MS?"')).toBe(true);
    expect(isQuestion('一个疗程8万。')).toBe(false);
  });
  it('a quoted patient question is a mention even on a strong selling page', () => {
    const page = [
      '我院干细胞中心，欢迎来电咨询热线400-800-1234，微信预约，在线咨询，免费咨询，立即报名。',
      '患者常问：“一个疗程8万，能治好我爸的脑梗吗？”',
    ].join('\n');
    const a = assessText(page);
    const price = a.findings.filter((f) => f.rule === 'price-zh');
    expect(price.length).toBeGreaterThan(0);
    expect(price.every((f) => f.mention && f.context === 'asked')).toBe(true);
  });
  it('an emphasis quote inside an ad\'s own question is not someone asking', () => {
    const ad = '我院干细胞中心，欢迎来电咨询热线400-800-1234，微信预约，在线咨询，免费咨询，立即报名。\n还在为“一针见效”的干细胞疗法寻找医院吗？';
    const f = assessText(ad).findings.filter((x) => x.family === 'cure-guarantee');
    expect(f.length).toBeGreaterThan(0);
    expect(f.some((x) => x.context === 'asked')).toBe(false);
  });
  it('an ad\'s instalment or payment options are an offer, not a payment story', () => {
    expect(claimsOf(assess('單膝新台幣25萬元，雙膝45萬元，可分期付款。'), 'price-zh').length).toBeGreaterThan(0);
    expect(claimsOf(assess('干细胞回输套餐6.8万元，支持微信支付。'), 'price-zh').length).toBeGreaterThan(0);
    expect(claimsOf(assess('我们先后支付了六万余元。'), 'price-zh')).toEqual([]);
    expect(claimsOf(assess('違法廣告可處新台幣5萬至25萬元罰鍰。'), 'price-zh')).toEqual([]);
    expect(claimsOf(assess('细胞可处理成针剂，干细胞回输套餐6.8万元。'), 'price-zh').length).toBeGreaterThan(0);
  });
  it('an ad\'s FAQ answers in its own voice are claims', () => {
    const ad = [
      '我院干细胞中心，咨询热线400-800-1234，微信预约。',
      '问：一个疗程多少钱？',
      '答：一个疗程（四次回输）12.8万元，本月报名可享受9折优惠。',
      '问：这是临床研究吗？',
      '答：本中心开展干细胞临床研究，入组患者需缴纳细胞制备费用。',
    ].join('\n');
    const a = assessText(ad);
    expect(claimsOf(a, 'price-zh').length).toBeGreaterThan(0);
    expect(signal(a, 'pay-to-participate')).toBeDefined();
  });
});

describe('the research-fee rule is a warning, not an offer', () => {
  it.each([
    '临床研究不得向受试者收费。',
    '正规研究不向患者收费。',
    'Legitimate trials do not charge participants.',
    'Research must not charge participants for the experimental treatment.',
    'Participants in real trials are never charged.',
    'Real trials are free; you should not pay to participate.',
    '正规的临床试验是免费的。',
  ])('rule: %s', (s) => {
    expect(isFeeRule(normalize(s))).toBe(true);
  });
  it.each([
    'The participation fee is $8,000.',
    '研究费用：每例38000元。',
    '咨询不收费，一个疗程6.8万元。',
    '参加我院临床研究，免费体检，套餐3万元。',
  ])('not a rule: %s', (s) => {
    expect(isFeeRule(normalize(s))).toBe(false);
  });
  it('a price and trial wording in the rule sentence are mentions', () => {
    const a = assess('根据规定，临床研究不得向受试者收取费用，一个疗程收15万的都不是正规研究。');
    expect(claimsOf(a).filter((f) => f.family === 'pricing' || f.family === 'pay-to-participate')).toEqual([]);
  });
  it('trial wording in a rule, a question or reported speech does not make a priced page pay-to-participate', () => {
    const base = '我院干细胞中心，咨询热线400-800-1234，微信预约。干细胞抗衰老套餐6.8万元，效果显著。';
    expect(signal(assessText(`${base}\n临床研究不得向受试者收费。`), 'pay-to-participate')).toBeUndefined();
    expect(signal(assessText(`${base}\n这是临床研究吗？`), 'pay-to-participate')).toBeUndefined();
    expect(signal(assessText(`${base}\n本中心开展干细胞临床研究。`), 'pay-to-participate')).toBeDefined();
  });
  it('advice to look a study up in a registry is not the page offering a trial', () => {
    const base = '我院干细胞中心，咨询热线400-800-1234，微信预约。干细胞抗衰老套餐6.8万元，效果显著。';
    expect(signal(assessText(`${base}\n可以去中国临床试验注册中心查一下有没有正在招募的项目。`), 'pay-to-participate')).toBeUndefined();
    const en = 'Stem cell anti-aging package $9,800. Call 619-555-0142, book now.';
    expect(signal(assessText(`${en}\nLook it up on ClinicalTrials.gov before you enroll anywhere.`), 'pay-to-participate')).toBeUndefined();
    expect(signal(assessText(`${en}\nPatients enroll in our clinical study.`), 'pay-to-participate')).toBeDefined();
  });
  it('en: "legitimate trials do not charge participants" next to a quoted fee', () => {
    const page = [
      'Stem cell clinic for MS. Call 619-555-0142, book now.',
      'Legitimate clinical trials do not charge participants, so a $6,000 study fee is a red flag.',
    ].join('\n');
    expect(signal(assessText(page), 'pay-to-participate')).toBeUndefined();
  });
});

describe('someone else\'s fee described to warn', () => {
  it.each([
    'A clinic that asks for $15,000 for "clinical research" is selling a treatment with a research label on it.',
    'If you are being charged $6,000 to join a study, ask why.',
  ])('%s', (s) => {
    expect(claimsOf(assess(s), 'price-en')).toEqual([]);
  });
  it('a clinic\'s own price sentence is still a claim', () => {
    expect(claimsOf(assess('Our clinic charges $15,000 for the full protocol.'), 'price-en').length).toBeGreaterThan(0);
  });
});

describe('unquoted reported speech in Chinese', () => {
  it('对方说… and 机构号称… report the rest of the sentence', () => {
    expect(claimsOf(assess('对方说一个疗程15万，有效率80%，还是临床研究。'))).toEqual([]);
    expect(claimsOf(assess('那家机构号称能让病人停药，一个疗程15万，有效率80%。'))).toEqual([]);
  });
  it('the page\'s own voice, or 但 after the report, is a claim', () => {
    expect(claimsOf(assess('我院干细胞一个疗程15万，有效率80%。')).length).toBeGreaterThan(0);
    expect(claimsOf(assess('有人宣称不安全，但我院干细胞绝对安全。'), 'safety-absolute-zh').length).toBe(1);
  });
  it('机构介绍的… (what the agency presented) reports; 机构介绍： is a heading', () => {
    expect(claimsOf(assess('机构介绍的干细胞项目，一个疗程15万，有效率80%。'))).toEqual([]);
  });
  it('a site\'s own "about us" heading or voice is not someone else speaking', () => {
    expect(claimsOf(assess('机构介绍：本中心干细胞回输，有效率90%，绝对安全。')).length).toBeGreaterThan(0);
    expect(claimsOf(assess('他们说本院干细胞绝对安全。'), 'safety-absolute-zh').length).toBe(1);
  });
  it('an ad warning against fakes keeps its own price (谨防假冒 is not a pretext frame)', () => {
    expect(claimsOf(assess('谨防假冒，正品干细胞回输套餐6.8万元。'), 'price-zh').length).toBeGreaterThan(0);
  });
  it('a price in a sentence that attributes it is not an offer', () => {
    expect(claimsOf(assess('一个疗程收15万的“临床研究”，基本可以判断是打着研究旗号的收费治疗。'), 'price-zh')).toEqual([]);
  });
});

describe('myth headings and warned-about quotes', () => {
  it('误区一：… is the myth being corrected', () => {
    expect(claimsOf(assess('误区一：干细胞包治百病'))).toEqual([]);
    expect(claimsOf(assess('误区三：没有副作用，绝对安全'))).toEqual([]);
  });
  it('a quote in a warning sentence stays a warning on a page with many booking channels', () => {
    const page = [
      '首页 · 预约挂号 · 联系我们 · 微信 · 咨询电话 · 在线咨询',
      '宣称“绝对安全”“无副作用”的，本身就违反医疗广告的规定。',
    ].join('\n');
    const a = assessText(`关于干细胞。\n${page}`);
    expect(claimsOf(a).filter((f) => f.family === 'absolute-safety')).toEqual([]);
  });
});

describe('forum, Q&A and advisory genre markers', () => {
  it('Reddit furniture counts as forum markers', () => {
    const s = scanOf(
      'Stem cells for MS? : r/MultipleSclerosis\nPosted by u/relapsing_in_ohio 3 mo. ago\nlevel 1 · ms_since_2011\n57 points · Reply · Share\ntop comments\nOP here.',
    );
    expect(s.genreMarkers.forum ?? 0).toBeGreaterThanOrEqual(6);
  });
  it('知乎/贴吧 furniture counts as forum markers', () => {
    const s = scanOf('干细胞能治帕金森吗？ - 知乎\n问题描述：…\n关注者 1,286　被浏览 402,517\n谢邀。\n3,415 人赞同了该回答\n发布于 2025-04-12\n128 条评论\n2楼');
    expect(s.genreMarkers.forum ?? 0).toBeGreaterThanOrEqual(6);
  });
  it('Traditional Chinese forum furniture counts too (問題描述, 讚同, 樓主, PTT)', () => {
    const s = scanOf('幹細胞能治帕金森嗎？\n問題描述：…\n3,415 人讚同了該回答\n樓主 回覆\n2樓\n原PO 在 PTT 發文');
    expect(s.genreMarkers.forum ?? 0).toBeGreaterThanOrEqual(6);
  });
  it('a Traditional 衛教 page with 迷思 headings: myths are warned about', () => {
    expect(claimsOf(assess('迷思一：幹細胞包治百病'))).toEqual([]);
  });
  it('a clinic page has no forum markers from its own copy', () => {
    const s = scanOf('Our stem cell clinic offers MS treatment. Call 619-555-0142 to book your consultation.');
    expect(s.genreMarkers.forum ?? 0).toBe(0);
  });
  it('辟谣/科普/误区 mark an advisory page; its hospital booking channels do not make it a seller', () => {
    const page = [
      '辟谣｜干细胞治疗的误区 - 健康科普',
      '首页 · 预约挂号 · 联系我们 · 微信 · 咨询电话',
      '误区一：干细胞包治百病',
      '我院血液科开展造血干细胞移植二十余年，主要用于白血病等血液病。',
      '医生提醒：不要轻信“一针见效”的说法。',
    ].join('\n');
    const a = assessText(page);
    expect(signal(a, 'genre')?.detail).toMatch(/^third-party/);
    expect(flagged(a.risk)).toBe(false);
  });
  it('an ad with its own price is never third-party, advisory words or not', () => {
    const ad = '干细胞抗衰老的误区？我院干细胞回输套餐6.8万元，让您年轻10岁，立即咨询热线400-800-1234，微信预约。';
    const a = assessText(ad);
    expect(signal(a, 'genre')?.detail).not.toMatch(/^third-party/);
    expect(flagged(a.risk)).toBe(true);
  });
});

describe('thread pages', () => {
  const thread = [
    'Stem cells for Parkinson\'s? - 知乎 · 首页 · 会员 · 私信 · 分享到微信 · 扫码下载',
    '问题描述：那家干细胞机构一个疗程15万，有效率80%。',
    '关注者 1,286　被浏览 402,517　谢邀　赞同 3415　128 条评论　发布于 2025-04-12　编辑于 2025-04-13　2楼　3楼',
  ].join('\n');
  it('a price in a post and the site\'s share/message buttons do not make a thread a seller', () => {
    const a = assessText(thread);
    expect(signal(a, 'genre')?.detail).toMatch(/^third-party/);
    expect(signal(a, 'pay-to-participate')).toBeUndefined();
  });
  it('on a third-party page, quotes and questions are not turned back into claims', () => {
    const page = `${thread}\n患者问：“一个疗程8万，能治好吗？”\n有人说：“绝对安全。”`;
    const a = assessText(page);
    expect(claimsOf(a).filter((f) => f.family === 'absolute-safety')).toEqual([]);
  });
});

describe('established-use self-description is not selling', () => {
  it('a hospital\'s transplant sentence adds no voice or call to action', () => {
    expect(scanOf('我院血液科开展造血干细胞移植已有二十余年，欢迎预约。').voiceKinds).toBe(0);
    expect(scanOf('To talk to our transplant team about a blood cancer, call 555-201-3000.').ctaKinds).toBe(0);
    expect(scanOf('我科开展造血干细胞移植二十年。').establishedVoiceKinds).toBe(1);
    expect(scanOf('Our hospital has performed blood stem cell transplants since 1995.').establishedVoiceKinds).toBe(1);
  });
  it('a hospital page that only describes its transplant service is not a seller: its booking lines book standard care', () => {
    const page = [
      '首页 本院概况 专家团队 预约挂号 联系我们',
      '干细胞能包治百病？血液科主任：别被忽悠了',
      '患者问：“一个疗程8万，能治好我的帕金森吗？”',
      '我院血液科开展造血干细胞移植已有二十年，主要用于白血病等血液病。',
      '如需就诊，请通过医院微信公众号预约挂号，咨询电话：0571-87654321。',
    ].join('\n');
    const a = assessText(page);
    expect(signal(a, 'commercial-intent')?.points ?? 0).toBe(0);
    expect(claimsOf(a)).toEqual([]);
    expect(flagged(a.risk)).toBe(false);
  });
  it('the same hospital offering cells for other conditions is selling', () => {
    const ad = [
      '我院开展造血干细胞移植治疗白血病二十余年，技术成熟。',
      '本院还开展干细胞治疗脑瘫、自闭症、帕金森、糖尿病，有效率90%以上，绝对安全。',
      '欢迎来电预约，咨询热线400-800-1234，微信同号。',
    ].join('\n');
    const a = assessText(ad);
    expect(signal(a, 'commercial-intent')?.points ?? 0).toBeGreaterThan(0);
    expect(flagged(a.risk)).toBe(true);
  });
  it('the same voice about unproven cells counts', () => {
    expect(scanOf('我院开展干细胞抗衰老项目，欢迎预约。').voiceKinds).toBeGreaterThan(0);
  });
});
