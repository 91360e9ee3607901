/**
 * Paints findings with the CSS Custom Highlight API: no element is wrapped or inserted, so pages that own
 * their DOM (React, Vue) keep working. Highlight names are random per page load, so the page cannot tell
 * from the highlight registry which extension is looking at it.
 */
import type { StoredFinding } from '../shared/report';

type Severity = StoredFinding['severity'];
const SEVERITIES: Severity[] = ['low', 'medium', 'high'];

// Colours readable on light and dark pages: a translucent fill plus an underline that carries the signal
// even where the fill is hard to see.
const STYLE: Record<Severity, string> = {
  low: 'background-color: rgb(255 214 0 / 0.35); text-decoration: underline dotted rgb(180 140 0); text-decoration-thickness: 2px;',
  medium: 'background-color: rgb(255 140 0 / 0.38); text-decoration: underline rgb(200 90 0); text-decoration-thickness: 2px;',
  high: 'background-color: rgb(255 60 60 / 0.38); text-decoration: underline wavy rgb(200 0 0); text-decoration-thickness: 2px;',
};

export interface Highlighter {
  paint(ranges: { severity: Severity; range: AbstractRange }[]): void;
  clear(): void;
}

function randomName(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return 'h' + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function highlightApiAvailable(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export function createHighlighter(doc: Document): Highlighter {
  const names = new Map<Severity, string>(SEVERITIES.map((s) => [s, randomName()]));
  const highlights = new Map<Severity, Highlight>(SEVERITIES.map((s) => [s, new Highlight()]));
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(SEVERITIES.map((s) => `::highlight(${names.get(s)}) { ${STYLE[s]} }`).join('\n'));
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];

  return {
    paint(ranges) {
      for (const h of highlights.values()) h.clear();
      for (const { severity, range } of ranges) highlights.get(severity)?.add(range);
      for (const s of SEVERITIES) {
        const name = names.get(s) as string;
        const highlight = highlights.get(s) as Highlight;
        // Register once; re-register only if the page removed it from the registry.
        if (highlight.size > 0 && CSS.highlights.get(name) !== highlight) CSS.highlights.set(name, highlight);
      }
    },
    clear() {
      for (const h of highlights.values()) h.clear();
    },
  };
}
