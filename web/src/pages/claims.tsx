import { useApi } from '../api.js';
import { Status } from '../components/status.js';
import { AttributionRow } from '../components/attribution-row.js';
import { listOf } from '../lib/unwrap.js';
import { routeHref } from '../lib/routes.js';
import type { AttributionView, ContradictionSide, ContradictionView } from '../types.js';

interface ClaimEntry extends ContradictionSide {
  claim: string;
  publisher: string | null;
  polarity: string;
  span: { start: number; end: number; text: string } | null;
  printings: {
    document: string;
    attribution: string;
    title: string | null;
    publisher: string | null;
    published: string | null;
  }[];
}

interface ClaimTopic {
  topic: string;
  documents: number;
  claims: number;
  sides: { answer: string; claims: ClaimEntry[] }[];
  contradictions: ContradictionView[];
}

const kindLabels: Record<string, string> = {
  contradicts: 'the text says they contradict',
  denies: 'a denial',
  disputes_value: 'answers in dispute',
};

/** The address of characters [start, end) of an article: the article page highlights them. */
export function charsHref(document: string, start: number, end: number): string {
  return `${routeHref({ page: 'document', id: document })}#chars-${start}-${end}`;
}

export function ClaimsPage({ topic }: { topic: string | null }) {
  const url = topic ? `/api/claims?topic=${encodeURIComponent(topic)}` : '/api/claims?limit=50';
  const [result] = useApi<unknown>(url);
  return (
    <section>
      <h1>Claims board</h1>
      <p class="hint">
        Each question the sources answer, with every answer given, who gave it, in which outlet and when, and
        where the answers conflict. Every claim links to its words in the article.
      </p>
      {topic && (
        <p class="notice">
          One topic: <strong>{topic}</strong>. <a href={routeHref({ page: 'claims' })}>All topics</a>
        </p>
      )}
      <Status result={result} what="the claims">
        {(body) => {
          const topics = listOf<ClaimTopic>(body, 'topics');
          if (topics.length === 0) return <EmptyBoard />;
          return (
            <>
              <nav aria-label="Topics on this board" class="topic-index">
                <ol>
                  {topics.map((entry, index) => (
                    <li key={entry.topic}>
                      <a href={`#topic-${index + 1}`}>{entry.topic}</a>
                      {entry.contradictions.length > 0 && (
                        <span class="conflict-badge">
                          {entry.contradictions.length} conflict{entry.contradictions.length === 1 ? '' : 's'}
                        </span>
                      )}
                    </li>
                  ))}
                </ol>
              </nav>
              <ol class="board">
                {topics.map((entry, index) => (
                  <TopicCard key={entry.topic} entry={entry} anchor={`topic-${index + 1}`} />
                ))}
              </ol>
            </>
          );
        }}
      </Status>
    </section>
  );
}

function TopicCard({ entry, anchor }: { entry: ClaimTopic; anchor: string }) {
  return (
    <li class="topic-card" id={anchor}>
      <h2>
        {entry.topic}{' '}
        <span class="muted">
          ({entry.claims} claim{entry.claims === 1 ? '' : 's'} in {entry.documents} article
          {entry.documents === 1 ? '' : 's'})
        </span>
      </h2>
      {entry.sides.length > 0 && (
        <div class="answers">
          {entry.sides.map((side) => (
            <div class="answer" key={side.answer}>
              <h3>
                <span class="muted">Answer:</span> {side.answer}
              </h3>
              <ul class="plain">
                {side.claims.map((claim) => (
                  <ClaimItem key={`${claim.document}/${claim.claim}`} claim={claim} />
                ))}
              </ul>
            </div>
          ))}
        </div>
      )}
      {entry.contradictions.length > 0 && (
        <div class="conflicts">
          <h3>Where they conflict</h3>
          <ul class="plain">
            {entry.contradictions.map((conflict) => (
              <li key={conflict.id} class="contradiction">
                <p>
                  <strong>{kindLabels[conflict.kind] ?? conflict.kind}</strong>{' '}
                  <span class="muted">
                    ({conflict.scope === 'corpus' ? 'across articles' : 'in one article'})
                  </span>
                  : <Speakers sides={conflict.a} /> <span class="versus">versus</span>{' '}
                  <Speakers sides={conflict.b} />
                </p>
                <div class="sides">
                  <SideQuotes sides={conflict.a} />
                  <SideQuotes sides={conflict.b} />
                </div>
                {conflict.evidence && (
                  <p class="evidence">
                    The text says so itself: <q>{conflict.evidence.text}</q>{' '}
                    <a
                      href={charsHref(
                        conflict.evidence.document,
                        conflict.evidence.start,
                        conflict.evidence.end,
                      )}
                    >
                      (in the article)
                    </a>
                  </p>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
    </li>
  );
}

function speakerLinks(speakers: ContradictionSide['speakers'], source?: string | null) {
  if (speakers.length === 0)
    return (
      <span class="muted">{source ? `${source} (not linked to an entity)` : 'an unidentified source'}</span>
    );
  return speakers.map((speaker, index) => (
    <>
      {index > 0 && ' and '}
      <a href={routeHref({ page: 'entity', id: speaker.id })}>{speaker.name}</a>
    </>
  ));
}

function ClaimItem({ claim }: { claim: ClaimEntry }) {
  const href = claim.span
    ? charsHref(claim.document, claim.span.start, claim.span.end)
    : `${routeHref({ page: 'document', id: claim.document })}#attribution-${claim.attribution}`;
  return (
    <li class="claim">
      <p class="statement-head">
        {speakerLinks(claim.speakers, claim.source)}
        {claim.stance && claim.stance !== 'assert' ? <span class="muted"> ({claim.stance})</span> : null}
      </p>
      <blockquote>
        <a href={href} title="Show these words in the article">
          {claim.content}
        </a>
      </blockquote>
      <p class="muted statement-foot">
        {claim.publisher ? (
          <a href={routeHref({ page: 'outlet', name: claim.publisher })}>{claim.publisher}</a>
        ) : (
          'outlet unknown'
        )}
        {', '}
        {claim.published ? claim.published.slice(0, 10) : 'undated'}
        {' · '}
        <a href={`${routeHref({ page: 'document', id: claim.document })}#attribution-${claim.attribution}`}>
          {claim.title ?? `article ${claim.document}`}
        </a>
      </p>
      {claim.printings.length > 0 && (
        <p class="muted statement-foot printings">
          Wire copy also printed by{' '}
          {claim.printings.map((printing, index) => (
            <>
              {index > 0 && ', '}
              <a
                key={printing.document}
                href={`${routeHref({ page: 'document', id: printing.document })}#attribution-${printing.attribution}`}
              >
                {printing.publisher ?? printing.title ?? `article ${printing.document}`}
              </a>
              {printing.published ? ` (${printing.published.slice(0, 10)})` : ''}
            </>
          ))}{' '}
          (counted once)
        </p>
      )}
    </li>
  );
}

function Speakers({ sides }: { sides: readonly ContradictionSide[] }) {
  const seen = new Map<string, ContradictionSide['speakers'][number]>();
  const unnamed = new Set<string>();
  for (const side of sides) {
    if (side.speakers.length === 0) unnamed.add(side.source ?? 'an unidentified source');
    for (const speaker of side.speakers) seen.set(speaker.id, speaker);
  }
  const list = [...seen.values()];
  return (
    <>
      {list.length > 0 ? speakerLinks(list) : null}
      {[...unnamed].map((name, index) => (
        <span class="muted" key={name}>
          {list.length > 0 || index > 0 ? ' and ' : ''}
          {name}
        </span>
      ))}
    </>
  );
}

function SideQuotes({ sides }: { sides: readonly ContradictionSide[] }) {
  return (
    <ul class="plain side">
      {sides.map((side) => (
        <li key={`${side.document}/${side.attribution}`}>
          <q>{side.content}</q>{' '}
          <a
            class="muted"
            href={`${routeHref({ page: 'document', id: side.document })}#attribution-${side.attribution}`}
          >
            ({side.title ?? `article ${side.document}`}
            {side.published ? `, ${side.published.slice(0, 10)}` : ''})
          </a>
        </li>
      ))}
    </ul>
  );
}

/** No claims stored yet: say why the board is empty and show the denials found so far. */
function EmptyBoard() {
  const [denials] = useApi<unknown>('/api/attributions?stance=deny&limit=20');
  return (
    <div class="empty-state">
      <h2>No claims to compare yet</h2>
      <p>
        The board lists the questions that two statements or more answer (who is behind an attack, how many
        were killed), each answer with its speakers, outlets and dates, and the contradictions between them.
        None of the stored articles has claims on a shared question yet.
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
