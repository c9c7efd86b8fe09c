// The article with its entities and attributions highlighted. Article text is untrusted: it is only
// ever put in the page as text nodes (JSX children), never as HTML.
import type { JSX } from 'preact';
import { nestMarks, type Mark, type TreeNode } from '../lib/nest-marks.js';
import type { Attribution, DocEntity, ExtractDocument } from '../types.js';
import { hideTooltip, showTooltip, type TooltipContent } from './tooltip.js';
import { navigate } from '../navigation.js';

export interface ArticleContext {
  doc: ExtractDocument;
  entityHref: (localId: string) => string | null;
  speakerName: (attribution: Attribution) => string;
  correctedAttributions: ReadonlyMap<string, string>;
  onSelectAttribution: (id: string) => void;
  selectedAttribution: string | null;
  /** Characters a link points at (#chars-START-END), highlighted. */
  target?: { start: number; end: number } | null;
}

function marksOf(doc: ExtractDocument, target: { start: number; end: number } | null): Mark[] {
  const marks: Mark[] = [];
  if (target) marks.push({ kind: 'target', start: target.start, end: target.end, ref: 'target' });
  for (const entity of doc.entities) {
    for (const mention of entity.mentions)
      marks.push({ kind: 'mention', start: mention.start, end: mention.end, ref: entity.id });
  }
  for (const attribution of doc.attributions) {
    attribution.content.forEach((piece, part) =>
      marks.push({ kind: 'content', start: piece.start, end: piece.end, ref: attribution.id, part }),
    );
    if (attribution.source)
      marks.push({
        kind: 'source',
        start: attribution.source.start,
        end: attribution.source.end,
        ref: attribution.id,
      });
    if (attribution.cue)
      marks.push({
        kind: 'cue',
        start: attribution.cue.start,
        end: attribution.cue.end,
        ref: attribution.id,
      });
  }
  return marks;
}

function paragraphsOf(doc: ExtractDocument): { start: number; end: number }[] {
  if (doc.paragraphs && doc.paragraphs.length > 0) return doc.paragraphs;
  // no paragraph list: split at blank lines / line breaks
  const out: { start: number; end: number }[] = [];
  const pattern = /[^\n]+/g;
  for (let match = pattern.exec(doc.text); match; match = pattern.exec(doc.text)) {
    if (match[0].trim()) out.push({ start: match.index, end: match.index + match[0].length });
  }
  return out;
}

export function attributionTooltip(attribution: Attribution, context: ArticleContext): TooltipContent {
  const lines: [string, string][] = [['Speaker', context.speakerName(attribution)]];
  if (attribution.source?.text) lines.push(['Source', attribution.source.text]);
  lines.push(['Cue', attribution.cue?.text ?? '(none: continues the previous speaker)']);
  lines.push([
    'Kind',
    attribution.kind +
      (attribution.stance && attribution.stance !== 'assert' ? `, ${attribution.stance}` : ''),
  ]);
  if (attribution.channel) lines.push(['Channel', attribution.channel.text]);
  if (attribution.addressee) lines.push(['Told to', attribution.addressee.text]);
  if (attribution.parent) {
    const parent = context.doc.attributions.find((a) => a.id === attribution.parent);
    lines.push([
      'Reported inside',
      parent ? `${context.speakerName(parent)} (${parent.id})` : attribution.parent,
    ]);
  }
  const reported = context.doc.attributions.filter((a) => a.parent === attribution.id);
  if (reported.length > 0)
    lines.push(['Reports', reported.map((a) => `${context.speakerName(a)} (${a.id})`).join('; ')]);
  if (attribution.anonymous) lines.push(['Anonymous', 'yes']);
  if (attribution.hedges?.length) lines.push(['Hedges', attribution.hedges.join(', ')]);
  if (attribution.verification)
    lines.push(['Verification', `${attribution.verification.text} (${attribution.verification.status})`]);
  const correction = context.correctedAttributions.get(attribution.id);
  if (correction) lines.push(['Corrected', correction]);
  return { title: `Attribution ${attribution.id}`, lines };
}

function entityTooltip(entity: DocEntity): TooltipContent {
  const lines: [string, string][] = [['Type', entity.type + (entity.subtype ? ` (${entity.subtype})` : '')]];
  for (const [key, value] of Object.entries(entity.attributes ?? {})) lines.push([key, formatValue(value)]);
  lines.push(['Mentions', String(entity.mentions.length)]);
  return { title: entity.name, lines };
}

export function formatValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return String(value);
  if (Array.isArray(value)) return value.map(formatValue).join(', ');
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.text === 'string') return record.text;
    if (typeof record.name === 'string') return record.name;
    return Object.entries(record)
      .map(([k, v]) => `${k}: ${formatValue(v)}`)
      .join('; ');
  }
  return String(value);
}

function speakerHref(attribution: Attribution, context: ArticleContext): string | null {
  const speaker = Array.isArray(attribution.speaker) ? attribution.speaker[0] : attribution.speaker;
  return speaker ? context.entityHref(speaker) : null;
}

function renderNodes(nodes: TreeNode[], context: ArticleContext, key: string): JSX.Element[] {
  const { doc } = context;
  return nodes.map((node, index) => {
    const nodeKey = `${key}.${index}`;
    if (node.kind === 'text') {
      return (
        <span class="t" data-start={node.start} key={nodeKey}>
          {doc.text.slice(node.start, node.end)}
        </span>
      );
    }
    const children = renderNodes(node.children, context, nodeKey);
    const { mark } = node;
    if (mark.kind === 'target') {
      // the first piece carries the id the page scrolls to
      return (
        <mark key={nodeKey} class="target" data-target-start={node.start}>
          {children}
        </mark>
      );
    }
    if (mark.kind === 'mention') {
      const entity = doc.entities.find((e) => e.id === mark.ref);
      if (!entity) return <span key={nodeKey}>{children}</span>;
      const href = context.entityHref(entity.id);
      const tooltip = entityTooltip(entity);
      const handlers = {
        onMouseEnter: (event: MouseEvent) => showTooltip(tooltip, event.currentTarget as Element),
        onMouseLeave: hideTooltip,
        onFocus: (event: FocusEvent) => showTooltip(tooltip, event.currentTarget as Element),
        onBlur: hideTooltip,
      };
      const className = `mention type-${entity.type.toLowerCase()}`;
      return href ? (
        <a
          key={nodeKey}
          class={className}
          href={href}
          data-entity={entity.id}
          aria-describedby="highlight-tooltip"
          {...handlers}
        >
          {children}
        </a>
      ) : (
        <span key={nodeKey} class={className} data-entity={entity.id} {...handlers}>
          {children}
        </span>
      );
    }
    const attribution = doc.attributions.find((a) => a.id === mark.ref);
    if (!attribution) return <span key={nodeKey}>{children}</span>;
    const corrected = context.correctedAttributions.has(attribution.id);
    const selected = context.selectedAttribution === attribution.id;
    if (mark.kind === 'content') {
      const tooltip = attributionTooltip(attribution, context);
      const open = (): void => {
        hideTooltip();
        const href = speakerHref(attribution, context);
        if (href) navigate(href);
        else context.onSelectAttribution(attribution.id);
      };
      return (
        <span
          key={nodeKey}
          class={`quote kind-${attribution.kind}${corrected ? ' corrected' : ''}${selected ? ' selected' : ''}`}
          data-attribution={attribution.id}
          role="link"
          tabIndex={0}
          aria-label={`Quotation ${attribution.id}: said by ${context.speakerName(attribution)}`}
          aria-describedby="highlight-tooltip"
          onMouseEnter={(event) => showTooltip(tooltip, event.currentTarget)}
          onMouseLeave={hideTooltip}
          onFocus={(event) => showTooltip(tooltip, event.currentTarget)}
          onBlur={hideTooltip}
          onClick={(event) => {
            if (event.target instanceof Element && event.target.closest('a')) return;
            open();
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && event.target === event.currentTarget) {
              event.preventDefault();
              open();
            }
          }}
        >
          {children}
        </span>
      );
    }
    return (
      <span
        key={nodeKey}
        class={`${mark.kind}${selected ? ' selected' : ''}`}
        data-attribution={attribution.id}
      >
        {children}
      </span>
    );
  });
}

export function ArticleText(context: ArticleContext) {
  const marks = marksOf(context.doc, context.target ?? null);
  return (
    <div class="article-text" lang="en">
      {paragraphsOf(context.doc).map((paragraph, index) => (
        <p key={index}>
          {renderNodes(nestMarks(marks, paragraph.start, paragraph.end), context, String(index))}
        </p>
      ))}
    </div>
  );
}

/** The character offset in the article of a DOM position inside ArticleText, or null. */
export function articleOffset(node: Node | null, offset: number): number | null {
  const element = node instanceof Element ? node : node?.parentElement;
  const leaf = element?.closest('.t');
  if (!(leaf instanceof HTMLElement) || leaf.dataset.start === undefined) return null;
  return Number(leaf.dataset.start) + (node instanceof Text ? offset : 0);
}
