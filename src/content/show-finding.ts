/**
 * "Show on page" (popup → background → this frame): scroll to a finding and flash it, so keyboard and
 * screen-reader users reach the same explanation as the hover tooltip. The request names the finding by its
 * offsets in this frame's text; it is parsed strictly (the message is trusted no more than any other).
 */
import { z } from 'zod';

export const showFindingMessage = z.strictObject({
  type: z.literal('show-finding'),
  start: z.number().int().min(0).max(1e9),
  end: z.number().int().min(0).max(1e9),
});

export type ShowFindingMessage = z.infer<typeof showFindingMessage>;

const scrollIntoView = typeof Element === 'function' ? Element.prototype.scrollIntoView : null;

/** Scrolls the element holding `node` to the middle of the viewport (prototype method: clobber-safe). */
export function scrollToNode(node: Node): void {
  let el: Node | null = node;
  while (el && !(el instanceof Element)) el = el.parentNode ?? (el instanceof ShadowRoot ? el.host : null);
  if (el && scrollIntoView) scrollIntoView.call(el, { block: 'center', inline: 'nearest', behavior: 'smooth' });
}
