// A hospital's haematology page gives its own transplant figures and says what it does not do: its
// "本中心…自体移植总费用" is the cost of standard care, and "本中心不开展…干细胞回输" declines an offer. A clinic's
// own "干细胞移植费用" and a refusal that turns into an offer ("不提供…，只提供干细胞回输") stay claims.
import { describe, expect, it } from 'vitest';
import { assess, claimsOf, mentionsOf } from './helpers';

describe('a hospital giving its own transplant costs', () => {
  it('is stating the cost of standard care, first person or not', () => {
    const a = assess('根据本中心近年数据，自体移植总费用一般在10万–20万元，异基因移植一般在30万–80万元。');
    expect(claimsOf(a, 'price-zh')).toEqual([]);
    expect(mentionsOf(a, 'price-zh').every((f) => f.context === 'established-use')).toBe(true);
  });
  it('and insurance lines (医保规定, 医保办) are standard care too', () => {
    expect(claimsOf(assess('移植相关费用中符合医保规定的部分可按所在地政策报销。'), 'price-zh')).toEqual([]);
  });
  it('while a clinic pricing its own stem cell "transplant" still makes a price claim', () => {
    expect(claimsOf(assess('本中心干细胞移植费用8万元一个疗程，可治疗自闭症。'), 'price-zh').length).toBeGreaterThan(0);
  });
});

describe('a provider declining a service', () => {
  it('negates the whole object of the refusal', () => {
    const a = assess('本中心不开展以"抗衰老""美容""保健"为目的的干细胞回输。');
    expect(claimsOf(a)).toEqual([]);
  });
  it('unless the clause turns to what it offers instead', () => {
    const a = assess('我们不提供药物治疗，只提供干细胞回输，一个疗程3万元。');
    expect(claimsOf(a).length).toBeGreaterThan(0);
  });
});
