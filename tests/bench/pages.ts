/**
 * Generated benchmark pages: long, realistic-looking HTML with inline markup, English and Chinese, hidden
 * blocks, and (on the "ad" page) a sprinkling of red-flag claims among neutral text. Deterministic (seeded),
 * so every run measures the same bytes.
 */

/** Small seeded PRNG (mulberry32): the same page on every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EN_WORDS = (
  'the garden committee met on tuesday to discuss the new bicycle lanes along the river where families walk ' +
  'in the evening and local shops sell bread coffee fruit and books while volunteers paint the old library ' +
  'windows and children practise music in the hall next to the station before the weekend market opens with ' +
  'fresh vegetables cheese flowers and handmade furniture from workshops in the valley towns nearby'
).split(' ');

const ZH_SENTENCES = [
  '今天的天气很好，我们在公园里散步。',
  '图书馆周末开放，欢迎市民前来借阅。',
  '这家餐厅的面条非常好吃，价格也很实惠。',
  '新的地铁线路将于明年正式通车。',
  '社区志愿者组织了一次植树活动。',
  '学校的音乐会吸引了许多家长参加。',
];

/** Red-flag claims the engine flags, with stem cell topic words (English and Chinese). */
const AD_SENTENCES = [
  'Our stem cell therapy is 100% safe with no side effects.',
  'Stem cell treatment cures autism in weeks.',
  'Over 92% of our patients improve after one stem cell treatment.',
  'Stem cell therapy packages from $15,000, book your free consultation today.',
  '我们的干细胞治疗100%安全，无任何副作用。',
  '干细胞疗法可以治愈自闭症，有效率高达92%。',
];

export interface PageSpec {
  /** Target size of the HTML in bytes (UTF-8). */
  bytes: number;
  /** Include stem cell ads (true) or keep the page entirely off-topic (false). */
  ads: boolean;
  seed?: number;
}

export interface GeneratedPage {
  html: string;
  bytes: number;
  textNodes: number;
}

function words(r: () => number, n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(EN_WORDS[Math.floor(r() * EN_WORDS.length)] as string);
  return out.join(' ');
}

/**
 * One paragraph of ~4 text nodes with inline markup (b, a, span, em), English or Chinese. Roughly 100 bytes of
 * HTML per text node, which is what large real pages (news, forums, feeds) look like.
 */
function paragraph(r: () => number, ads: boolean, counter: { nodes: number }): string {
  const zh = r() < 0.25;
  const part = (): string => (zh ? (ZH_SENTENCES[Math.floor(r() * ZH_SENTENCES.length)] as string) : words(r, 11 + Math.floor(r() * 12)) + ' ');
  let lead = part();
  if (ads && r() < 0.08) lead = (AD_SENTENCES[Math.floor(r() * AD_SENTENCES.length)] as string) + ' ' + lead;
  counter.nodes += 4;
  return `<p>${lead}<b>${part()}</b>${part()}<a href="#p">${part()}</a></p>\n`;
}

/** A page of about `spec.bytes` bytes of HTML. */
export function generatePage(spec: PageSpec): GeneratedPage {
  const r = rng(spec.seed ?? 42);
  const counter = { nodes: 0 };
  const head =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Community news</title>' +
    '<style>.hid{display:none} .card{margin:8px 0;padding:4px;border-bottom:1px solid #ddd} body{font:15px/1.4 sans-serif}</style>' +
    // Long tasks of any cause (the browser's own rendering and GC included) during the page's life.
    '<script>window.__longTasks=[];try{new PerformanceObserver(function(l){for(const e of l.getEntries())window.__longTasks.push([e.startTime,e.duration]);}).observe({type:"longtask",buffered:true});}catch(e){}</script>' +
    '</head><body>\n<header><h1>Community news and notices</h1></header><main>\n';
  const tail = '</main><footer>End of page.</footer></body></html>\n';
  const chunks: string[] = [head];
  let bytes = Buffer.byteLength(head) + Buffer.byteLength(tail);
  let section = 0;
  while (bytes < spec.bytes) {
    section++;
    let s = `<section class="card"><h2>${words(r, 4)}</h2>\n`;
    counter.nodes++;
    for (let i = 0; i < 6; i++) s += paragraph(r, spec.ads, counter);
    // Hidden blocks, three ways: the hidden attribute, inline display:none, and a stylesheet class.
    if (section % 15 === 0) {
      const how = ['hidden', 'style="display:none"', 'class="hid"'][section % 3] as string;
      s += `<div ${how}>${paragraph(r, spec.ads, counter)}</div>\n`;
    }
    s += '</section>\n';
    chunks.push(s);
    bytes += Buffer.byteLength(s);
  }
  chunks.push(tail);
  const html = chunks.join('');
  return { html, bytes: Buffer.byteLength(html), textNodes: counter.nodes };
}
