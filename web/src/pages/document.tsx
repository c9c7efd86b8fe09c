import { useEffect, useMemo, useState } from 'preact/hooks';
import { getJson, useApi } from '../api.js';
import { Status } from '../components/status.js';
import { ArticleText, formatValue } from '../components/article-text.js';
import { Tooltip } from '../components/tooltip.js';
import { CorrectionForm, CorrectionLine, type CorrectionMode } from '../components/correction-forms.js';
import { describeCorrection } from '../corrections.js';
import { routeHref } from '../lib/routes.js';
import type { Attribution, Correction, DocEntity, ExtractDocument } from '../types.js';

const typeOrder = ['PERSON', 'ORG', 'LOC', 'MISC'];
const typeLabels: Record<string, string> = {
  PERSON: 'People',
  ORG: 'Organisations',
  LOC: 'Places',
  MISC: 'Other',
};

export function DocumentPage({ id }: { id: string }) {
  const [version, setVersion] = useState(0);
  const [result] = useApi<ExtractDocument>(`/api/documents/${encodeURIComponent(id)}`, version);
  return (
    <Status result={result} what="the article">
      {(doc) => <DocumentView doc={doc} id={id} onChanged={() => setVersion((v) => v + 1)} />}
    </Status>
  );
}

function speakerIds(attribution: Attribution): string[] {
  if (attribution.speaker === null) return [];
  return Array.isArray(attribution.speaker) ? attribution.speaker : [attribution.speaker];
}

function DocumentView({ doc, id, onChanged }: { doc: ExtractDocument; id: string; onChanged: () => void }) {
  const [selected, setSelected] = useState<string | null>(null);
  // a link to characters (from the claims board) ends in #chars-START-END: highlight them
  const [target, setTarget] = useState<{ start: number; end: number } | null>(null);
  useEffect(() => {
    const match = /^#chars-(\d+)-(\d+)$/.exec(location.hash);
    if (!match) return;
    const start = Number(match[1]);
    const end = Math.min(Number(match[2]), doc.text.length);
    if (!(start < end)) return;
    setTarget({ start, end });
    // the attribution whose content holds the characters is selected too
    const holder = doc.attributions.find((attribution) =>
      attribution.content.some((span) => span.start <= start && end <= span.end),
    );
    if (holder) setSelected(holder.id);
  }, [doc]);
  useEffect(() => {
    if (target) document.querySelector('.article-text mark.target')?.scrollIntoView({ block: 'center' });
  }, [target]);
  // a link to one statement (from search or a dossier) ends in #attribution-ID: show it in the text
  useEffect(() => {
    const match = /^#attribution-(.+)$/.exec(location.hash);
    if (!match?.[1]) return;
    const target = decodeURIComponent(match[1]);
    setSelected(target);
    document
      .querySelector(`.article-text .quote[data-attribution="${CSS.escape(target)}"]`)
      ?.scrollIntoView({ block: 'center' });
  }, [doc]);
  const byLocal = useMemo(() => new Map(doc.entities.map((entity) => [entity.id, entity])), [doc]);
  const byCorpus = useMemo(() => {
    const map = new Map<string, DocEntity>();
    for (const entity of doc.entities)
      if (entity.corpus_entity && !map.has(entity.corpus_entity)) map.set(entity.corpus_entity, entity);
    return map;
  }, [doc]);
  const corrections = doc.corrections ?? [];
  const correctionOf = useMemo(() => {
    const map = new Map<string, Correction[]>();
    for (const correction of corrections) {
      const change = correction.change;
      if (change.kind === 'merge') continue;
      map.set(change.attribution, [...(map.get(change.attribution) ?? []), correction]);
    }
    return map;
  }, [corrections]);
  const correctedAttributions = useMemo(() => {
    const map = new Map<string, string>();
    for (const [attribution, list] of correctionOf) {
      const last = list[list.length - 1];
      if (last) map.set(attribution, describeCorrection(last));
    }
    for (const attribution of doc.attributions)
      if (attribution.corrected && !map.has(attribution.id)) map.set(attribution.id, 'corrected');
    return map;
  }, [correctionOf, doc]);

  // a speaker reassigned to someone of another article: fetch the names this article does not hold
  const [outsideNames, setOutsideNames] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
    const wanted = new Set<string>();
    for (const attribution of doc.attributions)
      for (const id of attribution.speaker_entities ?? []) if (!byCorpus.has(id)) wanted.add(id);
    for (const correction of doc.corrections ?? [])
      if (
        correction.change.kind === 'speaker' &&
        correction.change.speaker &&
        !byCorpus.has(correction.change.speaker)
      )
        wanted.add(correction.change.speaker);
    if (wanted.size === 0) return;
    const controller = new AbortController();
    void Promise.all(
      [...wanted].slice(0, 20).map((entityId) =>
        getJson<{ id: string; name: string }>(
          `/api/entities/${encodeURIComponent(entityId)}`,
          controller.signal,
        ).then(
          (entity) => [entityId, entity.name] as const,
          () => null,
        ),
      ),
    ).then((pairs) => {
      if (!controller.signal.aborted) setOutsideNames(new Map(pairs.filter((pair) => pair !== null)));
    });
    return () => controller.abort();
  }, [doc, byCorpus]);
  const corpusName = (corpusId: string): string =>
    byCorpus.get(corpusId)?.name ?? outsideNames.get(corpusId) ?? `entity ${corpusId}`;
  const speakerName = (attribution: Attribution): string => {
    if (attribution.speaker_entities && attribution.speaker_entities.length > 0 && attribution.corrected) {
      return attribution.speaker_entities.map(corpusName).join(' and ');
    }
    const names = speakerIds(attribution).map((local) => byLocal.get(local)?.name ?? local);
    if (names.length > 0) return names.join(' and ');
    if (attribution.source?.text) return `${attribution.source.text} (unresolved)`;
    return attribution.anonymous ? 'an anonymous source' : 'unknown';
  };
  const entityHref = (local: string): string | null => {
    const corpus = byLocal.get(local)?.corpus_entity;
    return corpus ? routeHref({ page: 'entity', id: corpus }) : null;
  };
  const speakerHref = (attribution: Attribution): string | null => {
    const corpus = attribution.speaker_entities?.[0];
    if (corpus) return routeHref({ page: 'entity', id: corpus });
    const local = speakerIds(attribution)[0];
    return local ? entityHref(local) : null;
  };
  const context = {
    doc,
    entityHref,
    speakerName,
    correctedAttributions,
    onSelectAttribution: (attributionId: string) => {
      setSelected(attributionId);
      document.getElementById(`attribution-${attributionId}`)?.scrollIntoView({ block: 'nearest' });
    },
    selectedAttribution: selected,
    target,
  };
  const notAttributions = corrections.filter((c) => c.change.kind === 'not-attribution');

  return (
    <div class="document-page">
      <article class="article">
        <header>
          <h1>{doc.title ?? doc.source}</h1>
          <p class="meta">
            {doc.publisher && (
              <>
                <a href={routeHref({ page: 'outlet', name: doc.publisher })}>{doc.publisher}</a>
                {doc.byline || doc.published ? ' · ' : ''}
              </>
            )}
            {[doc.byline, doc.published ? `published ${doc.published}` : null].filter(Boolean).join(' · ')}
          </p>
          <p class="legend" aria-label="Legend">
            <span class="quote kind-direct">quotation</span>{' '}
            <span class="quote kind-indirect">reported speech</span> <span class="source">source</span>{' '}
            <span class="cue">cue</span> <span class="mention type-person">person</span>{' '}
            <span class="mention type-org">organisation</span> <span class="mention type-loc">place</span>{' '}
            <span class="mention type-misc">other</span> <span class="quote corrected">corrected</span>
          </p>
        </header>
        <ArticleText {...context} />
        <Tooltip />
      </article>
      <aside class="sidebar">
        <EntityList entities={doc.entities} entityHref={entityHref} />
        <section aria-labelledby="attributions-heading">
          <h2 id="attributions-heading">Who said what ({doc.attributions.length})</h2>
          <p class="hint">
            Select a quotation in the text (or use Tab and Enter) to open its speaker’s dossier. Fix mistakes
            with “Correct”.
          </p>
          <ol class="attribution-list">
            {doc.attributions.map((attribution) => (
              <AttributionCard
                key={attribution.id}
                documentId={id}
                doc={doc}
                attribution={attribution}
                speakerName={speakerName(attribution)}
                speakerHref={speakerHref(attribution)}
                corrections={correctionOf.get(attribution.id) ?? []}
                corpusName={corpusName}
                selected={selected === attribution.id}
                onChanged={onChanged}
              />
            ))}
          </ol>
          {notAttributions.length > 0 && (
            <>
              <h3>Marked as not attributions</h3>
              <ul class="plain">
                {notAttributions.map((correction) => (
                  <CorrectionLine
                    key={correction.id}
                    correction={correction}
                    names={corpusName}
                    onChanged={onChanged}
                  />
                ))}
              </ul>
            </>
          )}
        </section>
      </aside>
    </div>
  );
}

function EntityList({
  entities,
  entityHref,
}: {
  entities: DocEntity[];
  entityHref: (local: string) => string | null;
}) {
  const groups = typeOrder
    .map((type) => ({
      type,
      members: entities.filter((e) => (typeOrder.includes(e.type) ? e.type === type : type === 'MISC')),
    }))
    .filter((group) => group.members.length > 0);
  return (
    <section aria-labelledby="entities-heading">
      <h2 id="entities-heading">Entities ({entities.length})</h2>
      {groups.map((group) => (
        <div key={group.type} class="entity-group">
          <h3>{typeLabels[group.type] ?? group.type}</h3>
          <ul class="chips">
            {group.members.map((entity) => {
              const href = entityHref(entity.id);
              const label = `${entity.name} (${entity.mentions.length})`;
              return (
                <li key={entity.id}>
                  {href ? (
                    <a
                      class={`chip type-${entity.type.toLowerCase()}`}
                      href={href}
                      title={formatValue(entity.attributes ?? '')}
                    >
                      {label}
                    </a>
                  ) : (
                    <span class={`chip type-${entity.type.toLowerCase()}`}>{label}</span>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}

function AttributionCard(props: {
  documentId: string;
  doc: ExtractDocument;
  attribution: Attribution;
  speakerName: string;
  speakerHref: string | null;
  corrections: Correction[];
  corpusName: (corpusId: string) => string;
  selected: boolean;
  onChanged: () => void;
}) {
  const { attribution, doc } = props;
  const [mode, setMode] = useState<CorrectionMode | null>(null);
  const contentText = attribution.content.map((span) => doc.text.slice(span.start, span.end)).join(' … ');
  return (
    <li
      id={`attribution-${attribution.id}`}
      class={`attribution-card${props.selected ? ' selected' : ''}${props.corrections.length > 0 || attribution.corrected ? ' corrected' : ''}`}
    >
      <p class="attribution-head">
        {props.speakerHref ? (
          <a href={props.speakerHref}>{props.speakerName}</a>
        ) : (
          <strong>{props.speakerName}</strong>
        )}{' '}
        <span class="muted">
          {attribution.cue?.text ?? '(no cue)'} · {attribution.kind}
          {attribution.stance && attribution.stance !== 'assert' ? ` · ${attribution.stance}` : ''} ·{' '}
          {attribution.id}
        </span>
      </p>
      <blockquote>{contentText || '(no content)'}</blockquote>
      {props.corrections.length > 0 && (
        <ul class="plain corrections">
          {props.corrections.map((correction) => (
            <CorrectionLine
              key={correction.id}
              correction={correction}
              names={props.corpusName}
              onChanged={props.onChanged}
            />
          ))}
        </ul>
      )}
      <div class="card-actions">
        <button
          type="button"
          aria-expanded={mode === 'speaker'}
          onClick={() => setMode(mode === 'speaker' ? null : 'speaker')}
        >
          Reassign speaker
        </button>
        <button
          type="button"
          aria-expanded={mode === 'content'}
          onClick={() => setMode(mode === 'content' ? null : 'content')}
        >
          Move boundary
        </button>
        <button
          type="button"
          aria-expanded={mode === 'not-attribution'}
          onClick={() => setMode(mode === 'not-attribution' ? null : 'not-attribution')}
        >
          Not an attribution
        </button>
      </div>
      {mode && (
        <CorrectionForm
          mode={mode}
          documentId={props.documentId}
          doc={doc}
          attribution={attribution}
          onDone={() => {
            setMode(null);
            props.onChanged();
          }}
        />
      )}
    </li>
  );
}
