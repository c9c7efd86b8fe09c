// The forms a fact-checker corrects the extraction with (POST /api/corrections): reassign a
// speaker, move a content boundary, mark an attribution as not one; a correction's line with its
// Undo; and the name finder the speaker and merge forms share.
import { useState } from 'preact/hooks';
import { ApiError, getJson } from '../api.js';
import { ErrorMessage } from './status.js';
import { articleOffset } from './article-text.js';
import {
  deleteCorrection,
  describeChange,
  describeCorrection,
  postCorrection,
  saveAuthor,
  savedAuthor,
} from '../corrections.js';
import type { Attribution, Correction, CorrectionChange, EntitySummary, ExtractDocument } from '../types.js';

export type CorrectionMode = 'speaker' | 'content' | 'not-attribution';

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

export function CorrectionForm({
  mode,
  documentId,
  doc,
  attribution,
  onDone,
}: {
  mode: CorrectionMode;
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
