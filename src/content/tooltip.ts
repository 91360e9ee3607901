/**
 * The explanation shown on hover and focus: what the red flag is (its family), why it matters and what to
 * verify, from the engine's rule catalogue, with the source it rests on. Everything is set with textContent:
 * page text is never rendered, and rule text is data, not markup.
 */
import { FAMILIES, getRule } from '../engine/rules';
import type { StoredFinding } from '../shared/report';
import { createElementIn } from './dom';
import type { UiLayer } from './ui-layer';

export type Lang = 'en' | 'zh';

const LABELS: Record<Lang, { why: string; verify: string; source: string; severity: Record<StoredFinding['severity'], string> }> = {
  en: {
    why: 'Why it matters',
    verify: 'What to verify',
    source: 'Source',
    severity: { low: 'Minor red flag', medium: 'Red flag', high: 'Serious red flag' },
  },
  zh: {
    why: '为什么值得注意',
    verify: '需要核实什么',
    source: '依据',
    severity: { low: '轻度警示', medium: '警示', high: '严重警示' },
  },
};

const SEVERITY_COLOUR: Record<StoredFinding['severity'], string> = { low: '#bf8700', medium: '#d4610b', high: '#d1242f' };

export interface TooltipContent {
  title: string;
  severity: string;
  why: string;
  verify: string;
  source: string;
  labels: { why: string; verify: string; source: string };
}

/** The words of the tooltip for one finding, in `lang` (pure: unit-tested). */
export function tooltipContent(finding: Pick<StoredFinding, 'rule' | 'family' | 'severity'>, lang: Lang): TooltipContent {
  const rule = getRule(finding.rule);
  const family = FAMILIES.find((f) => f.id === (rule?.family ?? finding.family));
  const labels = LABELS[lang];
  return {
    title: family?.label[lang] ?? finding.family,
    severity: labels.severity[finding.severity],
    why: rule?.explanation[lang] ?? '',
    verify: rule?.verify[lang] ?? '',
    source: rule?.source.name ?? '',
    labels: { why: labels.why, verify: labels.verify, source: labels.source },
  };
}

export class Tooltip {
  private el: HTMLElement | null = null;
  private shownFor: unknown = null;

  constructor(
    private readonly doc: Document,
    private readonly layer: UiLayer,
  ) {}

  get visibleFor(): unknown {
    return this.shownFor;
  }

  /** Shows the explanation of `finding` next to the viewport rectangle `at`. */
  show(key: unknown, finding: Pick<StoredFinding, 'rule' | 'family' | 'severity'>, lang: Lang, at: DOMRect): void {
    const root = this.layer.root();
    if (!root) return;
    if (!this.el || !this.el.isConnected) {
      this.el = createElementIn(this.doc, 'div') as HTMLElement;
      this.el.className = 'tip';
      this.el.setAttribute('role', 'tooltip');
      root.appendChild(this.el);
    }
    const el = this.el;
    if (this.shownFor !== key) {
      const c = tooltipContent(finding, lang);
      el.replaceChildren();
      el.setAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');
      el.style.setProperty('--sev', SEVERITY_COLOUR[finding.severity]);
      this.line(el, 't', `${c.severity}: ${c.title}`);
      if (c.why) {
        this.line(el, 'l', c.labels.why);
        this.line(el, '', c.why);
      }
      if (c.verify) {
        this.line(el, 'l', c.labels.verify);
        this.line(el, '', c.verify);
      }
      if (c.source) this.line(el, 's', `${c.labels.source}: ${c.source}`);
      this.shownFor = key;
    }
    el.hidden = false;
    this.place(el, at);
  }

  hide(): void {
    if (this.el) this.el.hidden = true;
    this.shownFor = null;
  }

  private line(parent: HTMLElement, cls: string, text: string): void {
    const p = createElementIn(this.doc, 'p') as HTMLElement;
    if (cls) p.className = cls;
    p.textContent = text;
    parent.appendChild(p);
  }

  /** Below the claim if there is room, else above; kept inside the viewport. */
  private place(el: HTMLElement, at: DOMRect): void {
    const view = this.doc.defaultView;
    const vw = view?.innerWidth ?? 1024;
    const vh = view?.innerHeight ?? 768;
    const w = Math.min(340, vw - 16);
    const h = el.offsetHeight || 120;
    const left = Math.max(8, Math.min(at.left, vw - w - 8));
    const below = at.bottom + 8;
    const top = below + h <= vh - 8 ? below : Math.max(8, at.top - h - 8);
    el.style.left = `${left}px`;
    el.style.top = `${top}px`;
  }
}
