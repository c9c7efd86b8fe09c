// One floating card for the article's highlights, shown on hover and on keyboard focus.
// Its content is built from text only (never HTML).
import { useEffect, useState } from 'preact/hooks';

export interface TooltipContent {
  title: string;
  lines: [string, string][];
}

type Listener = (state: { content: TooltipContent; anchor: DOMRect } | null) => void;
let listener: Listener | null = null;

export function showTooltip(content: TooltipContent, anchor: Element): void {
  listener?.({ content, anchor: anchor.getBoundingClientRect() });
}

export function hideTooltip(): void {
  listener?.(null);
}

export function Tooltip() {
  const [state, setState] = useState<{ content: TooltipContent; anchor: DOMRect } | null>(null);
  useEffect(() => {
    listener = setState;
    const hide = (): void => setState(null);
    window.addEventListener('scroll', hide, { passive: true });
    return () => {
      listener = null;
      window.removeEventListener('scroll', hide);
    };
  }, []);
  if (!state) return null;
  const { content, anchor } = state;
  const width = Math.min(340, window.innerWidth - 16);
  const left = Math.max(8, Math.min(anchor.left, window.innerWidth - width - 8));
  const below = anchor.bottom + 6;
  const style = { left: `${left}px`, top: `${below + window.scrollY}px`, width: `${width}px` };
  return (
    <div class="tooltip" role="tooltip" id="highlight-tooltip" style={style}>
      <strong>{content.title}</strong>
      <dl>
        {content.lines.map(([term, value]) => (
          <>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </>
        ))}
      </dl>
    </div>
  );
}
