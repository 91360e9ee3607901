import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import {
  SKIP_TAGS,
  domRangeFor,
  extractVisibleText,
  isFormField,
  staticIsHidden,
  type VisibleText,
} from '../../src/text/visible-text';

type Dom = { name: string; doc: (html: string) => Document };

const happy: Dom = {
  name: 'happy-dom',
  doc: (html) => new DOMParser().parseFromString(html, 'text/html'),
};

/** Parses `html` and moves the resulting body children into `target` (no innerHTML: lint forbids it). */
function fill(target: Node & ParentNode, html: string): void {
  const owner = target.ownerDocument ?? document;
  const src = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;
  target.replaceChildren(...Array.from(src.childNodes).map((n) => owner.importNode(n, true)));
}
const linked: Dom = {
  name: 'linkedom',
  doc: (html) => {
    const full = html.includes('<html') ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
    return parseHTML(full).document as unknown as Document;
  },
};

const text = (d: Document): string => extractVisibleText(d).text;

/** Every segment's node data must equal the corresponding slice of text (up to truncation). */
function checkSegments(vt: VisibleText): void {
  for (const s of vt.segments) {
    const slice = vt.text.slice(s.start, s.start + s.node.data.length);
    expect(s.node.data.startsWith(slice)).toBe(true);
  }
}

for (const dom of [happy, linked]) {
  describe(`extractVisibleText (${dom.name})`, () => {
    it('reads plain text and maps segments', () => {
      const vt = extractVisibleText(dom.doc('<p>Hello <b>stem</b> cells</p>'));
      expect(vt.text).toBe('Hello stem cells');
      expect(vt.segments.map((s) => s.start)).toEqual([0, 6, 10]);
      expect(vt.truncated).toBe(false);
      checkSegments(vt);
    });

    it('skips script, style, noscript, template, head, iframe, svg', () => {
      const d = dom.doc(
        '<html><head><title>TITLE</title><style>.a{}</style></head><body>' +
          '<script>var x = "100% safe";</script><style>p{color:red}</style><noscript>NOSCRIPT</noscript>' +
          '<template><p>TEMPLATE</p></template><iframe srcdoc="<p>x</p>">IFRAME</iframe>' +
          '<svg><title>SVGTITLE</title><text>SVGTEXT</text></svg><p>visible</p></body></html>',
      );
      expect(text(d)).toBe('visible');
      for (const t of ['script', 'style', 'noscript', 'template', 'head', 'iframe', 'svg']) {
        expect(SKIP_TAGS.has(t)).toBe(true);
      }
    });

    it('never reads form fields, contenteditable or passwords, but reads buttons and labels', () => {
      const d = dom.doc(
        '<form><label>Email</label><input type="password" value="SECRETPW"><input value="INPUTVAL">' +
          '<textarea>TEXTAREA</textarea><select><option>OPTION</option></select>' +
          '<div contenteditable="true">EDITABLE <b>BOLD</b></div><div contenteditable="false">ro</div>' +
          '<div contenteditable>EMPTYATTR</div>' +
          '<button>Book now</button></form>',
      );
      const t = text(d);
      expect(t).not.toMatch(/SECRETPW|INPUTVAL|TEXTAREA|OPTION|EDITABLE|BOLD|EMPTYATTR/);
      expect(t).toContain('Email');
      expect(t).toContain('Book now');
      expect(t).toContain('ro');
      const ta = d.querySelector('textarea') as Element;
      expect(isFormField(ta)).toBe(true);
      expect(isFormField(d.querySelector('button') as Element)).toBe(false);
    });

    it('skips statically hidden elements', () => {
      const d = dom.doc(
        '<p hidden>H1</p><p aria-hidden="true">H2</p><p style="display: none">H3</p>' +
          '<p style="color:red; visibility:hidden !important">H4</p><p aria-hidden="false">shown1</p>' +
          '<p style="display:block">shown2</p><dialog>H5</dialog><dialog open>shown3</dialog>' +
          '<details><summary>shown4</summary><p>H6</p></details><details open><p>shown5</p></details>',
      );
      const t = text(d);
      expect(t).not.toMatch(/H\d/);
      for (const s of ['shown1', 'shown2', 'shown3', 'shown4', 'shown5']) expect(t).toContain(s);
      expect(staticIsHidden(d.querySelector('[hidden]') as Element)).toBe(true);
    });

    it('honours a custom isHidden', () => {
      const d = dom.doc('<p class="x">A</p><p>B</p><p class="x"><input value="C"></p>');
      const vt = extractVisibleText(d, { isHidden: (el) => el.getAttribute('class') === 'x' });
      expect(vt.text).toBe('B');
      // Form fields are still never read with a custom isHidden.
      const vt2 = extractVisibleText(d, { isHidden: () => false });
      expect(vt2.text).not.toContain('C');
    });

    it('separates blocks with one newline and keeps inline runs together', () => {
      const d = dom.doc(
        '<div><p>First</p><p>Second</p></div>Tail<ul><li>a</li><li>b</li></ul>x<br>y' +
          '<table><tr><td>c1</td><td>c2</td></tr></table><span>in</span><em>line</em>',
      );
      expect(text(d)).toBe('First\nSecond\nTail\na\nb\nx\ny\nc1\nc2\ninline');
    });

    it('does not run sentences together across headings', () => {
      const d = dom.doc('<h2>No side effects</h2><p>are rare in trials</p>');
      expect(text(d)).toBe('No side effects\nare rare in trials');
    });

    it('maps offsets back across text-node boundaries', () => {
      const d = dom.doc('<p>Our stem <b>cell</b> therapy is <i>100%</i> safe.</p><p>Call now</p>');
      const vt = extractVisibleText(d);
      const needle = '100% safe';
      const s = vt.text.indexOf(needle);
      const r = domRangeFor(vt, s, s + needle.length);
      expect(r).not.toBeNull();
      expect(r?.startNode.data).toBe('100%');
      expect(r?.startOffset).toBe(0);
      expect(r?.endNode.data).toBe(' safe.');
      expect(r?.endOffset).toBe(5);

      const w = vt.text.indexOf('stem cell');
      const r2 = domRangeFor(vt, w, w + 'stem cell'.length);
      expect(r2?.startNode.data).toBe('Our stem ');
      expect(r2?.startOffset).toBe(4);
      expect(r2?.endNode.data).toBe('cell');
      expect(r2?.endOffset).toBe(4);
    });

    it('trims separators at range edges and rejects separator-only or bad ranges', () => {
      const d = dom.doc('<p>abc</p><p>def</p>');
      const vt = extractVisibleText(d);
      expect(vt.text).toBe('abc\ndef');
      // Range covering "c\nd".
      const r = domRangeFor(vt, 2, 5);
      expect(r?.startNode.data).toBe('abc');
      expect(r?.startOffset).toBe(2);
      expect(r?.endNode.data).toBe('def');
      expect(r?.endOffset).toBe(1);
      // Range starting on the separator starts at the next node.
      const r2 = domRangeFor(vt, 3, 7);
      expect(r2?.startNode.data).toBe('def');
      expect(r2?.startOffset).toBe(0);
      // Range ending on the separator ends at the previous node's end.
      const r3 = domRangeFor(vt, 0, 4);
      expect(r3?.endNode.data).toBe('abc');
      expect(r3?.endOffset).toBe(3);
      expect(domRangeFor(vt, 3, 4)).toBeNull();
      expect(domRangeFor(vt, 2, 2)).toBeNull();
      expect(domRangeFor(vt, -1, 2)).toBeNull();
      expect(domRangeFor(vt, 0, 99)).toBeNull();
      expect(domRangeFor({ text: '', segments: [], truncated: false }, 0, 1)).toBeNull();
    });

    it('maps every substring of a mixed page consistently', () => {
      const d = dom.doc('<div>干细胞<b>回输</b>，<span>抗</span>衰老</div><p>预约<a href="#">微信</a></p>');
      const vt = extractVisibleText(d);
      checkSegments(vt);
      for (let s = 0; s < vt.text.length; s++) {
        for (let e = s + 1; e <= vt.text.length; e++) {
          const r = domRangeFor(vt, s, e);
          const slice = vt.text.slice(s, e);
          if (slice.replace(/\n/g, '') === '') {
            expect(r).toBeNull();
            continue;
          }
          expect(r).not.toBeNull();
          // Reassemble the covered text from the segments between start and end node.
          const nodes = vt.segments.map((x) => x.node);
          const si = nodes.indexOf(r!.startNode);
          const ei = nodes.indexOf(r!.endNode);
          let got = '';
          for (let i = si; i <= ei; i++) {
            const data = nodes[i]!.data;
            got += data.slice(i === si ? r!.startOffset : 0, i === ei ? r!.endOffset : data.length);
          }
          expect(got).toBe(slice.split('\n').join(''));
        }
      }
    });

    it('truncates at maxChars and maps the partial node', () => {
      const d = dom.doc('<p>abcdef</p><p>ghijkl</p>');
      const vt = extractVisibleText(d, { maxChars: 9 });
      expect(vt.truncated).toBe(true);
      expect(vt.text).toBe('abcdef\ngh');
      const r = domRangeFor(vt, 7, 9);
      expect(r?.endNode.data).toBe('ghijkl');
      expect(r?.endOffset).toBe(2);
      const full = extractVisibleText(d, { maxChars: 13 });
      expect(full.truncated).toBe(false);
      expect(full.text).toBe('abcdef\nghijkl');
    });

    it('survives very deep trees without recursion', () => {
      const depth = 20_000;
      const d = dom.doc('<p>top</p>');
      // Build programmatically: parsers may cap nesting depth.
      let parent: Element = d.querySelector('p') as Element;
      for (let i = 0; i < depth; i++) {
        const span = d.createElement('span');
        parent.appendChild(span);
        parent = span;
      }
      parent.appendChild(d.createTextNode('deep'));
      expect(text(d)).toBe('topdeep');
    });
  });
}

describe('shadow roots (happy-dom)', () => {
  it('reads open shadow roots unless disabled, and ignores closed ones', () => {
    const d = happy.doc('<div id="host">light</div><div id="closed">c-light</div>');
    const host = d.getElementById('host') as Element;
    const sr = host.attachShadow({ mode: 'open' });
    fill(sr, '<p>shadow <b>text</b></p><slot></slot>');
    const closed = d.getElementById('closed') as Element;
    const csr = closed.attachShadow({ mode: 'closed' });
    fill(csr, '<p>CLOSEDSECRET</p>');
    const vt = extractVisibleText(d);
    expect(vt.text).toContain('shadow text');
    expect(vt.text).toContain('light');
    expect(vt.text).not.toContain('CLOSEDSECRET');
    const s = vt.text.indexOf('shadow text');
    const r = domRangeFor(vt, s, s + 11);
    expect(r?.startNode.data).toBe('shadow ');
    expect(r?.endNode.data).toBe('text');
    expect(extractVisibleText(d, { includeShadowRoots: false }).text).not.toContain('shadow');
  });

  it('applies skip rules inside shadow roots', () => {
    const d = happy.doc('<div id="host"></div>');
    const sr = (d.getElementById('host') as Element).attachShadow({ mode: 'open' });
    fill(sr, '<style>.x{}</style><input value="PW"><p hidden>HID</p><p>ok</p>');
    expect(text(d)).toBe('ok');
  });
});

describe('DOM clobbering (happy-dom, global DOM)', () => {
  it('is not fooled by named form controls or named document properties', () => {
    const d = document;
    const saved = Array.from(d.body.childNodes);
    try {
      fill(
        d.body,
        '<form name="body"><input name="localName"><input name="lastChild"><input name="previousSibling">' +
        '<input name="nodeType"><input name="getAttribute"><input name="matches"><input name="shadowRoot">' +
        '<input name="tagName"><input name="parentNode"><p>inside form</p></form>' +
        '<img name="querySelector"><img name="createTreeWalker"><p>after</p>' +
        '<form id="f2"><input name="hidden"><input name="style"><p>second form</p></form>',
      );
      const form = d.querySelector('form') as HTMLFormElement;
      // Sanity: the clobbering is real in this DOM (if supported), yet extraction is unaffected.
      const vt = extractVisibleText(d.body);
      expect(vt.text).toContain('inside form');
      expect(vt.text).toContain('after');
      expect(vt.text).toContain('second form');
      expect(extractVisibleText(form).text).toBe('inside form');
      expect(staticIsHidden(form)).toBe(false);
      expect(isFormField(form)).toBe(false);
    } finally {
      d.body.replaceChildren(...saved);
    }
  });

  it('works on elements whose properties were overwritten directly', () => {
    const d = happy.doc('<div id="a"><p>safe read</p></div>');
    const el = d.getElementById('a') as Element;
    // Simulate clobbering on an instance (what named properties do on forms).
    for (const k of ['localName', 'lastChild', 'nodeType', 'getAttribute', 'matches', 'shadowRoot']) {
      Object.defineProperty(el, k, { value: d.createElement('input'), configurable: true });
    }
    expect(extractVisibleText(d).text).toBe('safe read');
  });
});
