import { useEffect, useMemo, useState } from 'preact/hooks';
import { ApiError, getJson, useApi } from '../api.js';
import { Status, ErrorMessage } from '../components/status.js';
import { ArticleText, articleOffset, formatValue } from '../components/article-text.js';
import { Tooltip } from '../components/tooltip.js';
import {
  deleteCorrection,
  describeChange,
  describeCorrection,
  postCorrection,
  saveAuthor,
  savedAuthor,
} from '../corrections.js';
import { routeHref } from '../lib/routes.js';
import type {
  Attribution,
  Correction,
  CorrectionChange,
  DocEntity,
  EntitySummary,
  ExtractDocument,
} from '../types.js';

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
  };
  const notAttributions = corrections.filter((c) => c.change.kind === 'not-attribution');

  return (
    <div class="document-page">
      <article class="article">
        <header>
          <h1>{doc.title ?? doc.source}</h1>
          <p class="meta">
            {[doc.publisher, doc.byline, doc.published ? `published ${doc.published}` : null]
              .filter(Boolean)
              .join(' · ')}
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

export function CorrectionLine({
  correction,
  names,
  onChanged,
}: {
  correction: Correction;
  names: (corpusId: string) => string;
  onChanged: () => void;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  return (
    <li class="correction-line">
      <span class="correction-badge">✎ {describeCorrection(correction)}</span>:{' '}
      {describeChange(correction.change, names)}
      {correction.note && <> — “{correction.note}”</>}{' '}
      <button
        type="button"
        class="link-button"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          setError(null);
          try {
            await deleteCorrection(correction.id);
            onChanged();
          } catch (caught) {
            setError(caught instanceof ApiError ? caught : new ApiError(0, 'client', String(caught)));
            setBusy(false);
          }
        }}
      >
        {busy ? 'Undoing…' : 'Undo'}
      </button>
      {error && <ErrorMessage error={error} what="the undo" summary="The correction was not withdrawn." />}
    </li>
  );
}

type Mode = null | 'speaker' | 'content' | 'not-attribution';

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
  const [mode, setMode] = useState<Mode>(null);
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

function CorrectionForm({
  mode,
  documentId,
  doc,
  attribution,
  onDone,
}: {
  mode: Exclude<Mode, null>;
  documentId: string;
  doc: ExtractDocument;
  attribution: Attribution;
  onDone: () => void;
}) {
  const [author, setAuthor] = useState(savedAuthor());
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const candidates = doc.entities.filter((e) => e.corpus_entity && (e.type === 'PERSON' || e.type === 'ORG'));
  const others = doc.entities.filter((e) => e.corpus_entity && e.type !== 'PERSON' && e.type !== 'ORG');
  const first = attribution.content[0] ?? { start: 0, end: 0 };
  const [speaker, setSpeaker] = useState<string>(attribution.speaker_entities?.[0] ?? '');
  const [found, setFound] = useState<EntitySummary[]>([]);
  const [start, setStart] = useState(first.start);
  const [end, setEnd] = useState(first.end);
  const fieldId = `${attribution.id}-${mode}`;

  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    let change: CorrectionChange;
    if (mode === 'speaker') {
      change = {
        kind: 'speaker',
        document: documentId,
        attribution: attribution.id,
        speaker: speaker === '' ? null : speaker,
      };
    } else if (mode === 'content') {
      if (!(start >= 0 && end > start && end <= doc.text.length)) {
        setError(
          new ApiError(
            0,
            'bad_range',
            `The content must be a non-empty range inside the text (0–${doc.text.length}).`,
          ),
        );
        return;
      }
      // the other pieces of a multi-part content stay as they are
      change = {
        kind: 'content',
        document: documentId,
        attribution: attribution.id,
        content: [
          { start, end },
          ...attribution.content.slice(1).map((span) => ({ start: span.start, end: span.end })),
        ],
      };
    } else {
      change = { kind: 'not-attribution', document: documentId, attribution: attribution.id };
    }
    setBusy(true);
    setError(null);
    saveAuthor(author);
    try {
      await postCorrection(change, author, note);
      onDone();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'client', String(caught)));
      setBusy(false);
    }
  };

  return (
    <form class="correction-form" onSubmit={submit} aria-busy={busy}>
      {mode === 'speaker' && (
        <>
          <label for={`${fieldId}-speaker`}>Who said it</label>
          <select
            id={`${fieldId}-speaker`}
            value={speaker}
            onChange={(e) => setSpeaker((e.target as HTMLSelectElement).value)}
          >
            <option value="">nobody in the corpus (unresolved)</option>
            <optgroup label="People and organisations in this article">
              {candidates.map((entity) => (
                <option key={entity.id} value={entity.corpus_entity}>
                  {entity.name} ({entity.type})
                </option>
              ))}
            </optgroup>
            {others.length > 0 && (
              <optgroup label="Other entities in this article">
                {others.map((entity) => (
                  <option key={entity.id} value={entity.corpus_entity}>
                    {entity.name} ({entity.type})
                  </option>
                ))}
              </optgroup>
            )}
            {found.length > 0 && (
              <optgroup label="Found in the corpus">
                {found.map((entity) => (
                  <option key={entity.id} value={entity.id}>
                    {entity.name} ({entity.type}, {entity.documents} articles)
                  </option>
                ))}
              </optgroup>
            )}
          </select>
          <EntityFinder
            label="…or find someone in other articles"
            onFound={(list) => {
              setFound(list);
              if (list[0]) setSpeaker(list[0].id);
            }}
          />
        </>
      )}
      {mode === 'content' && (
        <>
          <p class="hint">
            Select the right words in the article and press “Use selection”, or type the offsets.
          </p>
          <div class="row">
            <label>
              Start{' '}
              <input
                type="number"
                min={0}
                max={doc.text.length}
                value={start}
                onInput={(e) => setStart(Number((e.target as HTMLInputElement).value))}
              />
            </label>
            <label>
              End{' '}
              <input
                type="number"
                min={0}
                max={doc.text.length}
                value={end}
                onInput={(e) => setEnd(Number((e.target as HTMLInputElement).value))}
              />
            </label>
            <button
              type="button"
              onClick={() => {
                const selection = window.getSelection();
                if (!selection || selection.rangeCount === 0) return;
                const range = selection.getRangeAt(0);
                const from = articleOffset(range.startContainer, range.startOffset);
                const to = articleOffset(range.endContainer, range.endOffset);
                if (from !== null && to !== null && to > from) {
                  setStart(from);
                  setEnd(to);
                }
              }}
            >
              Use selection
            </button>
          </div>
          <blockquote class="preview">{end > start ? doc.text.slice(start, end) : '(empty)'}</blockquote>
        </>
      )}
      {mode === 'not-attribution' && (
        <p>
          This marks {attribution.id} as something that is not a report of speech; it will be hidden from
          dossiers and exports.
        </p>
      )}
      <div class="row">
        <label>
          Your name{' '}
          <input
            type="text"
            value={author}
            autoComplete="name"
            onInput={(e) => setAuthor((e.target as HTMLInputElement).value)}
          />
        </label>
        <label>
          Note{' '}
          <input type="text" value={note} onInput={(e) => setNote((e.target as HTMLInputElement).value)} />
        </label>
      </div>
      <button type="submit" class="primary" disabled={busy}>
        {busy ? 'Saving…' : 'Save correction'}
      </button>
      {error && <ErrorMessage error={error} what="the correction" summary="The correction was not saved." />}
    </form>
  );
}

export function EntityFinder({
  label,
  onFound,
}: {
  label: string;
  onFound: (entities: EntitySummary[]) => void;
}) {
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const find = async (): Promise<void> => {
    if (!name.trim()) return;
    setBusy(true);
    setError(null);
    try {
      const body = await getJson<{ entities: EntitySummary[] } | EntitySummary[]>(
        `/api/entities?name=${encodeURIComponent(name.trim())}`,
      );
      const list = Array.isArray(body) ? body : body.entities;
      onFound(list);
      setMessage(
        list.length === 0
          ? `No entity is called “${name.trim()}”.`
          : `${list.length} found: pick one in the list.`,
      );
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'client', String(caught)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="entity-finder">
      <label>
        {label}{' '}
        <input
          type="search"
          value={name}
          onInput={(e) => setName((e.target as HTMLInputElement).value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              void find();
            }
          }}
        />
      </label>{' '}
      <button type="button" onClick={() => void find()} disabled={busy}>
        {busy ? 'Finding…' : 'Find'}
      </button>
      {message && (
        <span class="muted" role="status">
          {' '}
          {message}
        </span>
      )}
      {error && <ErrorMessage error={error} what="entities" summary="Could not look the name up." />}
    </div>
  );
}
