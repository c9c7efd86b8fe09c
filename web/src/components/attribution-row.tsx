import { routeHref } from '../lib/routes.js';
import type { AttributionView } from '../types.js';

/** One statement as the API lists it: who, what, where (article and date). */
export function AttributionRow({
  item,
  showSpeaker = true,
  correction,
}: {
  item: AttributionView;
  showSpeaker?: boolean;
  /** who corrected it and when, when known */
  correction?: string | undefined;
}) {
  const documentHref = routeHref({ page: 'document', id: item.document });
  return (
    <li class={`statement${item.corrected ? ' corrected' : ''}`}>
      {showSpeaker && (
        <p class="statement-head">
          {item.speakers.length > 0 ? (
            item.speakers.map((speaker, index) => (
              <>
                {index > 0 && ' and '}
                <a href={routeHref({ page: 'entity', id: speaker.id })}>{speaker.name}</a>
              </>
            ))
          ) : (
            <span>{item.source ?? 'an unidentified source'}</span>
          )}{' '}
          <span class="muted">{item.cue ?? ''}</span>
        </p>
      )}
      <blockquote>{item.content}</blockquote>
      <p class="muted statement-foot">
        {item.kind}
        {item.stance && item.stance !== 'assert' ? ` · ${item.stance}` : ''} · in{' '}
        <a href={`${documentHref}#attribution-${item.attribution}`}>
          {item.title ?? `article ${item.document}`}
        </a>
        {item.published ? ` (${item.published})` : ''}
        {item.corrected && <span class="correction-badge"> ✎ {correction ?? 'corrected'}</span>}
      </p>
    </li>
  );
}
