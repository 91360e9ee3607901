// 100 kB strings built to make a badly written regex backtrack (repeated near misses, long runs of one
// class), and the timing helper the matcher speed tests share.

export const ADVERSARIAL: [string, string][] = [
  ['a', 'a'.repeat(100_000)],
  ['干细胞', '干细胞'.repeat(33_334)],
  ['spaces', ' '.repeat(100_000)],
  ['punctuation', '.,;:!?-'.repeat(14_286)],
  ['near-miss en', 'stem cel '.repeat(11_112)],
  ['near-miss safe', '100% saf '.repeat(11_112)],
  ['digits', '9'.repeat(100_000)],
  ['money', '$1,'.repeat(33_334)],
  ['near-miss zh', '临床研究收'.repeat(20_000)],
  ['percent', '96% of '.repeat(14_286)],
];

/** Milliseconds to find every match of `re` (global) in `text`, at most 100,000 of them. */
export function timeMatches(re: RegExp, text: string): number {
  const t0 = performance.now();
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text) !== null && n < 100_000) n++;
  return performance.now() - t0;
}
