import { useApi } from '../api.js';
import { Status } from '../components/status.js';
import { AttributionRow } from '../components/attribution-row.js';
import { listOf } from '../lib/unwrap.js';
import { routeHref } from '../lib/routes.js';
import type { AttributionView, ContradictionSide, ContradictionView } from '../types.js';

const kindLabels: Record<string, string> = {
  contradicts: 'contradicts',
  denies: 'denies',
  disputes_value: 'disputes the figure of',
};

export function ClaimsPage() {
  const [result] = useApi<unknown>('/api/contradictions');
  return (
    <section>
      <h1>Claims board</h1>
      <p class="hint">Accounts that disagree, side by side, with who said each and where.</p>
      <Status result={result} what="the contradictions">
        {(body) => {
          const contradictions = listOf<ContradictionView>(body, 'contradictions');
          if (contradictions.length === 0) return <EmptyBoard />;
          return (
            <ol class="board">
              {contradictions.map((item) => (
                <li key={item.id} class="contradiction">
                  <h2>
                    {item.topic}{' '}
                    <span class="muted">
                      ({kindLabels[item.kind] ?? item.kind},{' '}
                      {item.scope === 'corpus' ? 'across articles' : 'in one article'})
                    </span>
                  </h2>
                  <div class="sides">
                    <Side label="One account" sides={item.a} />
                    <Side label="The other account" sides={item.b} />
                  </div>
                  {item.evidence && (
                    <p class="evidence">
                      The text says so itself: <q>{item.evidence.text}</q>{' '}
                      <a href={routeHref({ page: 'document', id: item.evidence.document })}>(article)</a>
                    </p>
                  )}
                </li>
              ))}
            </ol>
          );
        }}
      </Status>
    </section>
  );
}

function Side({ label, sides }: { label: string; sides: readonly ContradictionSide[] }) {
  return (
    <div class="side">
      <h3>{label}</h3>
      <ul class="plain">
        {sides.map((side) => (
          <li key={`${side.document}/${side.attribution}`}>
            <p class="statement-head">
              {side.speakers.length > 0
                ? side.speakers.map((speaker, index) => (
                    <>
                      {index > 0 && ' and '}
                      <a href={routeHref({ page: 'entity', id: speaker.id })}>{speaker.name}</a>
                    </>
                  ))
                : 'an unidentified source'}
              {side.stance && side.stance !== 'assert' ? <span class="muted"> ({side.stance})</span> : null}
            </p>
            <blockquote>{side.content}</blockquote>
            <p class="muted">
              <a
                href={`${routeHref({ page: 'document', id: side.document })}#attribution-${side.attribution}`}
              >
                {side.title ?? `article ${side.document}`}
              </a>
              {side.published ? `, ${side.published}` : ''}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Until the claims stage fills `contradictions[]`, say why the board is empty and show the denials found so far. */
function EmptyBoard() {
  const [denials] = useApi<unknown>('/api/attributions?stance=deny&limit=20');
  return (
    <div class="empty-state">
      <h2>No contradictions yet</h2>
      <p>
        The board lists two accounts of the same question that disagree (“X denies what Y said”, two different
        death tolls). They come from the <code>contradictions[]</code> of each article and from claims on the
        same topic across articles. The extractor does not find contradictions yet: the claims stage will fill
        them, and they will appear here with both sides, their speakers and sources.
      </p>
      <h3>Denials found so far</h3>
      <p class="api-link">
        JSON: <a href="/api/attributions?stance=deny&limit=20">/api/attributions?stance=deny&amp;limit=20</a>
      </p>
      <Status result={denials} what="the denials">
        {(body) => {
          const list = listOf<AttributionView>(body, 'attributions');
          if (list.length === 0) return <p class="empty">No statement in the stored articles is a denial.</p>;
          return (
            <ol class="statements">
              {list.map((item) => (
                <AttributionRow key={`${item.document}/${item.attribution}`} item={item} />
              ))}
            </ol>
          );
        }}
      </Status>
    </div>
  );
}
