import { describe, expect, it } from 'vitest';
import { htmlToText, htmlToVisibleText } from '../../src/cli/html';

describe('htmlToText (linkedom, same rules as the content script)', () => {
  it('extracts visible body text of a whole document with block separators', () => {
    const html =
      '<!doctype html><html><head><title>T</title><style>p{}</style></head><body>' +
      '<nav><a href="/">Home</a><a href="/about">About</a></nav><h1>Knee pain?</h1><p>Try our <b>stem cell</b> injections.</p>' +
      '<div style="display:none">hidden promo</div><noscript>enable js</noscript><script>x()</script>' +
      '<form><input type="password" value="hunter2"><textarea>draft</textarea><button>Book now</button></form>' +
      '<footer>© 2026</footer></body></html>';
    expect(htmlToText(html)).toBe('HomeAbout\nKnee pain?\nTry our stem cell injections.\nBook now\n© 2026');
  });
  it('accepts fragments and reports truncation', () => {
    expect(htmlToText('<p>a</p><p>b</p>')).toBe('a\nb');
    const vt = htmlToVisibleText('<p>abcdef</p>', 3);
    expect(vt.truncated).toBe(true);
    expect(vt.text).toBe('abc');
  });
});
