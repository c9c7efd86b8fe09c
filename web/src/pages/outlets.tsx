import { useState } from 'preact/hooks';
import { useApi } from '../api.js';
import { Status } from '../components/status.js';
import { FiguresPanel } from '../components/figures-panel.js';
import { listOf } from '../lib/unwrap.js';
import { routeHref } from '../lib/routes.js';

interface OutletSummary {
  outlet: string;
  documents: number;
  stories: number;
  first: string | null;
  last: string | null;
}

/** The outlets (publishers) of the stored articles, most articles first. */
export function OutletsPage() {
  const [name, setName] = useState('');
  const url = name.trim() ? `/api/outlets?name=${encodeURIComponent(name.trim())}` : '/api/outlets';
  const [result] = useApi<unknown>(url);
  return (
    <section>
      <h1>Outlets</h1>
      <p class="hint">
        The publishers named by the stored articles. Open one to see how often it quotes, whom, on which
        topics, per day or week.
      </p>
      <label class="filter">
        Outlet name contains{' '}
        <input type="search" value={name} onInput={(event) => setName(event.currentTarget.value)} />
      </label>
      <Status result={result} what="the outlets">
        {(body) => {
          const outlets = listOf<OutletSummary>(body, 'outlets');
          if (outlets.length === 0)
            return <p class="empty">No stored article names its publisher{name ? ' like that' : ''}.</p>;
          return (
            <table class="outlets">
              <thead>
                <tr>
                  <th scope="col">Outlet</th>
                  <th scope="col">Articles</th>
                  <th scope="col">Stories</th>
                  <th scope="col">First</th>
                  <th scope="col">Last</th>
                </tr>
              </thead>
              <tbody>
                {outlets.map((outlet) => (
                  <tr key={outlet.outlet}>
                    <th scope="row">
                      <a href={routeHref({ page: 'outlet', name: outlet.outlet })}>{outlet.outlet}</a>
                    </th>
                    <td>{outlet.documents}</td>
                    <td>{outlet.stories}</td>
                    <td>{outlet.first?.slice(0, 10) ?? '—'}</td>
                    <td>{outlet.last?.slice(0, 10) ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          );
        }}
      </Status>
    </section>
  );
}

/** One outlet: its quotations over time. */
export function OutletPage({ name }: { name: string }) {
  return (
    <section>
      <h1>{name}</h1>
      <p class="meta">
        <span class="chip">outlet</span> <a href={routeHref({ page: 'outlets' })}>all outlets</a>
      </p>
      <FiguresPanel source={{ kind: 'outlet', name }} />
    </section>
  );
}
