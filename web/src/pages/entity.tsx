import { useState } from 'preact/hooks';
import { ApiError, useApi } from '../api.js';
import { ErrorMessage, Status } from '../components/status.js';
import { AttributionRow } from '../components/attribution-row.js';
import { formatValue } from '../components/article-text.js';
import { describeCorrection, postCorrection, saveAuthor, savedAuthor } from '../corrections.js';
import { listOf } from '../lib/unwrap.js';
import { navigate } from '../navigation.js';
import { routeHref } from '../lib/routes.js';
import type { Correction, Dossier, EntitySummary } from '../types.js';
import { CorrectionLine, EntityFinder } from '../components/correction-forms.js';
import { FiguresPanel } from '../components/figures-panel.js';

export function EntityPage({ id }: { id: string }) {
  const [version, setVersion] = useState(0);
  const [result] = useApi<Dossier>(`/api/entities/${encodeURIComponent(id)}`, version);
  // who corrected a statement and when: the dossier only says that it was
  const [corrections] = useApi<unknown>('/api/corrections', version);
  const correctionOf = new Map<string, string>();
  const merges: Correction[] = [];
  if (corrections.state === 'ok') {
    for (const correction of listOf<Correction>(corrections.data, 'corrections')) {
      const change = correction.change;
      if (change.kind === 'merge') merges.push(correction);
      else correctionOf.set(`${change.document}/${change.attribution}`, describeCorrection(correction));
    }
  }
  return (
    <Status result={result} what="the dossier">
      {(dossier) => (
        <DossierView
          dossier={dossier}
          requested={id}
          merges={merges.filter(
            ({ change }) =>
              change.kind === 'merge' &&
              (change.into === dossier.id ||
                change.entity === dossier.id ||
                dossier.merged.includes(change.entity)),
          )}
          correctionOf={(document, attribution) => correctionOf.get(`${document}/${attribution}`)}
          onChanged={() => setVersion((v) => v + 1)}
        />
      )}
    </Status>
  );
}

function DossierView({
  dossier,
  requested,
  merges,
  correctionOf,
  onChanged,
}: {
  dossier: Dossier;
  requested: string;
  merges: Correction[];
  correctionOf: (document: string, attribution: string) => string | undefined;
  onChanged: () => void;
}) {
  const roles = dossier.attributes.filter((attribute) => attribute.name === 'role');
  const others = dossier.attributes.filter((attribute) => attribute.name !== 'role');
  return (
    <div class="dossier">
      <header>
        <h1>{dossier.name}</h1>
        <p class="meta">
          <span class={`chip type-${dossier.type.toLowerCase()}`}>{dossier.type}</span> in {dossier.documents}{' '}
          article
          {dossier.documents === 1 ? '' : 's'}
          {dossier.merged.length > 0 && (
            <span class="correction-badge">
              {' '}
              ✎ {dossier.merged.length} other entit{dossier.merged.length === 1 ? 'y' : 'ies'} merged into
              this one
            </span>
          )}
        </p>
        {requested !== dossier.id && (
          <p class="notice">
            Entity <code>{requested}</code> was merged into {dossier.name}: this is the dossier of both.
          </p>
        )}
        {merges.length > 0 && (
          <ul class="plain corrections">
            {merges.map((correction) => (
              <CorrectionLine
                key={correction.id}
                correction={correction}
                names={(id) => (id === dossier.id ? dossier.name : `entity ${id}`)}
                onChanged={onChanged}
              />
            ))}
          </ul>
        )}
      </header>
      {dossier.said.length > 0 && <FiguresPanel source={{ kind: 'speaker', id: dossier.id }} />}
      <div class="dossier-grid">
        <section aria-labelledby="names-heading">
          <h2 id="names-heading">Names</h2>
          <ul class="chips">
            {dossier.names.map((name) => (
              <li key={name.name}>
                <span class="chip">
                  {name.name} <span class="muted">×{name.count}</span>
                </span>
              </li>
            ))}
          </ul>
          {roles.length > 0 && (
            <>
              <h2>Roles</h2>
              <ul class="plain">
                {roles.map((role, index) => (
                  <li key={index}>
                    {formatValue(role.value)}{' '}
                    <a class="muted" href={routeHref({ page: 'document', id: role.document })}>
                      (source)
                    </a>
                  </li>
                ))}
              </ul>
            </>
          )}
          {others.length > 0 && (
            <>
              <h2>Attributes</h2>
              <dl class="attributes">
                {others.map((attribute, index) => (
                  <>
                    <dt key={`t${index}`}>{attribute.name}</dt>
                    <dd key={`d${index}`}>
                      {formatValue(attribute.value)}{' '}
                      <a class="muted" href={routeHref({ page: 'document', id: attribute.document })}>
                        (source)
                      </a>
                    </dd>
                  </>
                ))}
              </dl>
            </>
          )}
          <h2>Articles</h2>
          <ul class="plain">
            {dossier.document_list.map((doc) => (
              <li key={doc.id}>
                <a href={routeHref({ page: 'document', id: doc.id })}>{doc.title ?? `Article ${doc.id}`}</a>
                <span class="muted">
                  {doc.published ? ` · ${doc.published}` : ''} · {doc.mentions} mention
                  {doc.mentions === 1 ? '' : 's'}
                </span>
              </li>
            ))}
          </ul>
          <MergeForm dossier={dossier} onChanged={onChanged} />
        </section>
        <section aria-labelledby="said-heading">
          <h2 id="said-heading">
            What {dossier.name} said ({dossier.said.length})
          </h2>
          {dossier.said.length === 0 ? (
            <p class="empty">No statement is attributed to {dossier.name}.</p>
          ) : (
            <ol class="statements">
              {dossier.said.map((item) => (
                <AttributionRow
                  key={`${item.document}/${item.attribution}`}
                  item={item}
                  showSpeaker={false}
                />
              ))}
            </ol>
          )}
          <h2>
            What was said about {dossier.name} ({dossier.said_about.length})
          </h2>
          {dossier.said_about.length === 0 ? (
            <p class="empty">No statement mentions {dossier.name}.</p>
          ) : (
            <ol class="statements">
              {dossier.said_about.map((item) => (
                <AttributionRow
                  key={`${item.document}/${item.attribution}`}
                  item={item}
                  correction={correctionOf(item.document, item.attribution)}
                />
              ))}
            </ol>
          )}
          {dossier.events.length > 0 && (
            <>
              <h2>Events</h2>
              <ul class="plain">
                {dossier.events.map((event) => (
                  <li key={`${event.document}/${event.event}`}>
                    {event.date ?? 'undated'} — {event.type ?? event.trigger}{' '}
                    <a class="muted" href={routeHref({ page: 'document', id: event.document })}>
                      ({event.title ?? 'article'})
                    </a>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      </div>
    </div>
  );
}

function MergeForm({ dossier, onChanged }: { dossier: Dossier; onChanged: () => void }) {
  const [open, setOpen] = useState(false);
  const [found, setFound] = useState<EntitySummary[]>([]);
  const [target, setTarget] = useState('');
  const [author, setAuthor] = useState(savedAuthor());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  if (!open)
    return (
      <p>
        <button type="button" onClick={() => setOpen(true)}>
          Merge with another entity…
        </button>
      </p>
    );
  const candidates = found.filter((entity) => entity.id !== dossier.id);
  return (
    <form
      class="correction-form"
      aria-busy={busy}
      onSubmit={async (event) => {
        event.preventDefault();
        if (!target) return;
        setBusy(true);
        setError(null);
        saveAuthor(author);
        try {
          await postCorrection({ kind: 'merge', entity: dossier.id, into: target }, author);
          navigate(routeHref({ page: 'entity', id: target }));
          onChanged();
        } catch (caught) {
          setError(caught instanceof ApiError ? caught : new ApiError(0, 'client', String(caught)));
          setBusy(false);
        }
      }}
    >
      <h3>Merge {dossier.name} into…</h3>
      <EntityFinder
        label="Name"
        onFound={(list) => {
          setFound(list);
          setTarget(list.find((entity) => entity.id !== dossier.id)?.id ?? '');
        }}
      />
      {candidates.length > 0 && (
        <label>
          Same as{' '}
          <select value={target} onChange={(e) => setTarget((e.target as HTMLSelectElement).value)}>
            {candidates.map((entity) => (
              <option key={entity.id} value={entity.id}>
                {entity.name} ({entity.type}, {entity.documents} articles)
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        Your name{' '}
        <input type="text" value={author} onInput={(e) => setAuthor((e.target as HTMLInputElement).value)} />
      </label>
      <button type="submit" class="primary" disabled={busy || !target}>
        {busy ? 'Merging…' : 'Merge'}
      </button>{' '}
      <button type="button" onClick={() => setOpen(false)}>
        Cancel
      </button>
      {error && <ErrorMessage error={error} what="the merge" summary="The entities were not merged." />}
    </form>
  );
}
