// HTML -> visible text for the CLI, with the same skip rules as the content script (src/text/visible-text.ts).

import { parseHTML } from 'linkedom';
import { extractVisibleText, type VisibleText } from '../text/visible-text';

/** Parses an HTML string with linkedom and returns its visible text (no script/style/hidden/form-field text). */
export function htmlToVisibleText(html: string, maxChars?: number): VisibleText {
  // linkedom wants a whole document; wrap fragments so they land in <body>.
  const source = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  const { document } = parseHTML(source);
  // Default isHidden is staticIsHidden: markup-only rules, as there is no layout here.
  return extractVisibleText(document as unknown as Document, { maxChars });
}

export function htmlToText(html: string): string {
  return htmlToVisibleText(html).text;
}
