// Precision E: warning pages written in the first person (a regulator's institutional "we", a charity's helpline, a
// newspaper's reporters, a forum's posters) are not sellers, and the claims, prices and disclaimers they describe are
// other people's (E1–E5). A sponsored story's reader discount code is a seller's channel (E6). Each mechanism is also
// tested on an ad that stays a claim.
import { describe, expect, it } from 'vitest';
import { assessText } from '../../src/engine/index';
import { describesOthers } from '../../src/engine/context';
import { normalize } from '../../src/engine/normalize';
import { assess, claimsOf, flagged, mentionsOf, scanOf, signal } from './helpers';

const described = (s: string) => describesOthers(normalize(s));

describe('E1: a regulator in the institutional "we"', () => {
  it('enforcement sentences give no selling voice or call to action', () => {
    const s = scanOf(
      'About stem cells.\nWe have issued infringement notices to clinics advertising stem cell treatments, and our compliance team reviews their websites.\nIf you see an advert that breaks the rules, tell us using the online form or report it to us on 1800 020 653.\n',
    );
    expect(s.voiceKinds).toBe(0);
    expect(s.ctaKinds).toBe(0);
    expect(s.genreMarkers.regulator ?? 0).toBeGreaterThanOrEqual(3);
  });
  it('a rule about testimonials is stated, not claimed', () => {
    expect(claimsOf(assess('Patient testimonials that refer to a stem cell product are considered advertising.'))).toEqual([]);
  });
  it('quoted example claims after "include:" are mentions', () => {
    const a = assess('Examples of claims we consider misleading include: "Safe, natural and using your own cells, so there is no risk of rejection."');
    expect(claimsOf(a)).toEqual([]);
    expect(mentionsOf(a).length).toBeGreaterThan(0);
  });
  it("a regulator's page with contact us and our guidance is third-party", () => {
    const page = [
      'Advertising stem cell treatments',
      'We regulate the advertising of therapeutic goods. We have issued infringement notices to clinics advertising stem cell treatments.',
      'Examples of claims we consider misleading include: "Over 90% of our patients report improvement."',
      'Penalties apply under the advertising code. Read our guidance. Contact us on 1800 020 653.',
    ].join('\n');
    const a = assessText(page);
    expect(flagged(a.risk)).toBe(false);
    expect(signal(a, 'genre')?.detail).toMatch(/^third-party/);
  });
  it('a financing line with "no prepayment penalty" keeps its call to action', () => {
    expect(scanOf('About stem cells.\nCall (305) 555-0188 about financing with no prepayment penalty.\n').ctaKinds).toBeGreaterThan(0);
  });
  it("a clinic's 'our team' and 'contact us' stay selling", () => {
    const s = scanOf('About stem cells.\nOur team uses your own stem cells. Contact us to book your free consultation.\n');
    expect(s.voiceKinds).toBeGreaterThan(0);
    expect(s.ctaKinds).toBeGreaterThan(0);
  });
});

describe('E2: reporters describing clinics', () => {
  it('prices and packages other clinics charged are reported', () => {
    for (const s of [
      'The price for the "Neuro Restore" package was $24,500.',
      'Packages ranged from $6,900 for a joint injection to $32,000 for a "longevity" bundle.',
      'Several clinics promoted financing and "booster" discounts for returning patients.',
      'One clinic charged $4,995 per knee; another sold a three-injection stem cell package for $9,800.',
    ]) {
      expect(claimsOf(assess(s)).filter((f) => f.family === 'pricing'), s).toEqual([]);
    }
  });
  it('disclaimers other sites carried are not the page\'s own', () => {
    const s = scanOf('About stem cells.\nFooters on most sites carried disclaimers such as "results may vary" or "not FDA approved".\n');
    expect(s.disclaimerKinds).toBe(0);
  });
  it('"free evaluations" reporters were offered are not a call to action', () => {
    expect(scanOf('About stem cells.\nReporters posing as relatives were offered "free evaluations" by nine of the clinics.\n').ctaKinds).toBe(0);
  });
  it('news markers: reporters, posing as, said Dr.', () => {
    const s = scanOf('About stem cells.\nReporters posing as relatives called the clinics. "There is no evidence," said Dr. Priya Natarajan. According to the FDA, none is approved.\n');
    expect(s.genreMarkers.news ?? 0).toBeGreaterThanOrEqual(3);
  });
  it("an ad's own price, and a sale price, stay claims", () => {
    expect(claimsOf(assess('Our stem cell package is $24,500 including the hotel.')).some((f) => f.family === 'pricing')).toBe(true);
    expect(claimsOf(assess('The stem cell package price was $9,800, now only $7,500!')).some((f) => f.family === 'pricing')).toBe(true);
  });
});

describe('E3: a charity checklist describes what an advert does', () => {
  it('recognises descriptions of adverts and clinics', () => {
    expect(described('It says the treatment is "completely safe" or has no side effects.')).toBe('attribution');
    expect(described('It quotes success rates like "85% of patients improve".')).toBe('attribution');
    expect(described('It uses patient testimonials and before-and-after videos.')).toBe('attribution');
    expect(described('The clinic treats MS, autism, diabetes and ageing with the same cells.')).toBe('attribution');
    expect(described('Be wary if you are asked to pay a deposit.')).toBe('attribution');
    expect(described('Every week our helpline hears from people who have seen adverts for stem cell treatment for MS.')).toBe('attribution');
  });
  it("an ad's own sentences are not descriptions", () => {
    expect(described('It is completely safe and takes less than two hours.')).toBeUndefined();
    expect(described('It uses your own stem cells, so there is no risk of rejection.')).toBeUndefined();
    expect(described('Our clinic treats MS, autism and diabetes.')).toBeUndefined();
  });
  it('checklist items give mentions and no claimed conditions', () => {
    const a = assess('The clinic treats MS, autism, diabetes and ageing with the same stem cells.');
    expect(claimsOf(a)).toEqual([]);
    expect(scanOf('About stem cells.\nIt quotes success rates like "85% of patients improve".\n').findings.every((f) => f.mention)).toBe(true);
  });
  it('what clinics generally do, and what the ads say, are described', () => {
    for (const l of [
      'Clinics often charge between £10,000 and £50,000 for stem cell treatment.',
      'They may ask you to pay a $5,000 deposit for stem cell injections.',
      'They quote prices of $20,000 to $50,000 for stem cell infusions.',
      'In the ads, stem cells are "100% safe" and cure autism.',
    ]) {
      expect(claimsOf(assess(l)), l).toEqual([]);
    }
  });
  it("an ad comparing its price with other clinics' keeps its own", () => {
    const a = assessText('About stem cells.\nStem cell therapy for knees: $4,995 per knee. Clinics near you charge twice as much.\n');
    expect(claimsOf(a).some((f) => f.family === 'pricing')).toBe(true);
  });
  it('prices people report being quoted are a story', () => {
    expect(claimsOf(assess('People who contact us report being quoted between £15,000 and £60,000 for stem cell treatment.')).filter((f) => f.family === 'pricing')).toEqual([]);
  });
});

describe('E4: forum threads', () => {
  it('forum furniture counts as forum markers', () => {
    const s = scanOf('About stem cells.\nPosted by mark_for_dad · Joined: Feb 2025 · Posts: 14\nReply #1 · 3 members viewing this thread\n');
    expect(s.genreMarkers.forum ?? 0).toBeGreaterThanOrEqual(4);
  });
  it("a price a clinic told a poster is not the page's own on a thread", () => {
    const page = [
      'Tijuana stem cell clinic says their protocol helps ALS - anyone?',
      'Posted by mark_for_dad · Joined: Feb 2025 · Posts: 14',
      'A clinic in Tijuana says their protocol has helped "hundreds" of ALS patients. It\'s $24,500 for the package. Has anyone been there?',
      'Reply #1 · Posted by kayak_nurse · Joined: Jun 2019',
      '"Completely safe" is a red flag. 4 replies · 3 members viewing this thread',
    ].join('\n');
    const a = assessText(page);
    expect(flagged(a.risk)).toBe(false);
    expect(claimsOf(a).filter((f) => f.family === 'pricing')).toEqual([]);
  });
  it('"… is a sales line" warns', () => {
    expect(claimsOf(assess('A "90% success rate" with no published stem cell study is a sales line.'))).toEqual([]);
  });
});

describe('E5: Chinese evidence negation and warning lists', () => {
  it('尚无…证据证明…逆转或治愈 is a negation', () => {
    const a = assess('部分间充质干细胞、神经干细胞的临床试验仍在进行中，个别研究显示了一定安全性，但尚无可靠证据证明能够逆转或治愈疾病。');
    expect(claimsOf(a)).toEqual([]);
    expect(claimsOf(assess('目前没有证据表明干细胞能够治愈渐冻症。'))).toEqual([]);
    expect(claimsOf(assess('部分間質幹細胞的臨床試驗仍在進行中，但尚無可靠證據證明能夠逆轉或治癒疾病。'))).toEqual([]);
  });
  it("a clinic's own cure claim stays a claim", () => {
    expect(claimsOf(assess('我院干细胞能够逆转渐冻症，已治愈上百例。')).length).toBeGreaterThan(0);
  });
  it("other providers' prices described by a guide are not the page's offer", () => {
    expect(claimsOf(assess('某些医院的干细胞治疗报价为每次3万到5万元。'))).toEqual([]);
    expect(claimsOf(assess('不少机构宣传的“干细胞临床研究”，收费在15万元到30万元之间。'))).toEqual([]);
    expect(claimsOf(assess('目前有几项间充质干细胞治疗渐冻症的临床试验在进行。'))).toEqual([]);
  });
  it("a provider's trial-washing offer stays a claim", () => {
    expect(claimsOf(assess('本中心干细胞治疗渐冻症临床研究正在招募，一个疗程5万元。')).length).toBeGreaterThan(0);
    expect(claimsOf(assess('有些机构报价十几万，我院干细胞回输只需3.98万元。')).some((f) => f.family === 'pricing')).toBe(true);
  });
  it('a 这些情况要警惕 list is mentions', () => {
    const a = assessText('关于干细胞。\n二、这些情况要警惕\n一种细胞能治几十种病：渐冻症、脑瘫、自闭症、糖尿病、抗衰老……\n大量患者感谢信、锦旗、“治疗前后对比”视频；\n');
    expect(claimsOf(a)).toEqual([]);
  });
});

describe('E6: a reader discount code is a sponsored story', () => {
  const story = [
    'How my mother walked again: our stem cell journey in Bangkok',
    'Posted in Family · 12 comments',
    'The two-week neuro program was $26,000 including the hospital room and airport transfers. Mum had four infusions of umbilical cord stem cells after her stroke.',
    'Three months later she walked to the end of the garden on her own.',
  ];
  it('with a code for readers it is flagged', () => {
    const a = assessText(
      [...story, 'The center kindly offered readers of this blog $1,500 off any neuro program with code SLOWLANE. Just use my link below.'].join('\n'),
    );
    expect(signal(a, 'sponsored-story')).toBeDefined();
    expect(flagged(a.risk)).toBe(true);
  });
  it('the same story without a code is not a sponsored story', () => {
    const a = assessText(story.join('\n'));
    expect(signal(a, 'sponsored-story')).toBeUndefined();
  });
  it('a Chinese post with 优惠码 / 报我的名字 for a priced course is one', () => {
    const a = assessText(
      '我爸脑梗后的干细胞之路\n一个疗程四次脐带间充质干细胞回输，一共8.8万元，包住院。\n三个月后我爸能自己走路了。\n医院给了粉丝专属优惠：报我的名字，或者用优惠码 XIAOLIN，立减5000元。\n',
    );
    expect(signal(a, 'sponsored-story')).toBeDefined();
  });
  it('a code on a page with no price or cell product is not one', () => {
    expect(scanOf('About stem cells.\nReaders of this blog get 10% off my e-book with code READ10.\n').readerOfferKinds).toBeGreaterThan(0);
    const a = assess('Readers of this blog get 10% off my e-book with code READ10.');
    expect(signal(a, 'sponsored-story')).toBeUndefined();
  });
});
