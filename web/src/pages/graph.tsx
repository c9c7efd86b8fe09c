import { useEffect, useRef, useState } from 'preact/hooks';
import { useApi } from '../api.js';
import { Status } from '../components/status.js';
import { navigate } from '../navigation.js';
import { routeHref } from '../lib/routes.js';
import type { GraphView } from '../types.js';

const typeColours: Record<string, string> = {
  PERSON: '#1f6fd1',
  ORG: '#b3541e',
  LOC: '#2e8540',
  MISC: '#6b5ca5',
};

export function GraphPage() {
  const [result] = useApi<GraphView>('/api/graph');
  return (
    <section>
      <h1>Who quoted whom</h1>
      <p class="hint">
        People and organisations; an arrow <span class="edge-quotes">→ quotes</span> goes from who reported a
        statement to who made it (“Bloomberg reported that sources said …”), a dashed{' '}
        <span class="edge-mentions">⇢ speaks about</span> from a speaker to whom they spoke about. Select a
        node (or use the list below) to open the dossier.
      </p>
      <Status result={result} what="the graph">
        {(graph) =>
          graph.nodes.length === 0 ? (
            <p class="empty">No people or organisations are stored yet.</p>
          ) : (
            <GraphView graph={graph} />
          )
        }
      </Status>
    </section>
  );
}

const typeNames: Record<string, string> = {
  PERSON: 'people',
  ORG: 'organisations',
  LOC: 'places',
  MISC: 'other',
};

function GraphView({ graph: all }: { graph: GraphView }) {
  const container = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState('Laying out the graph…');
  // people and organisations by default; places and the rest on request
  const presentTypes = [...new Set(all.nodes.map((node) => node.type))].sort(
    (a, b) => Object.keys(typeNames).indexOf(a) - Object.keys(typeNames).indexOf(b),
  );
  const [types, setTypes] = useState<ReadonlySet<string>>(new Set(['PERSON', 'ORG']));
  const shownIds = new Set(all.nodes.filter((node) => types.has(node.type)).map((node) => node.id));
  const whole = {
    nodes: all.nodes.filter((node) => shownIds.has(node.id)),
    edges: all.edges.filter((edge) => shownIds.has(edge.source) && shownIds.has(edge.target)),
  };
  const linked = new Set(whole.edges.flatMap((edge) => [edge.source, edge.target]));
  const unlinked = whole.nodes.filter((node) => !linked.has(node.id)).length;
  // nodes with no link say nothing about who quoted whom: hidden unless asked for (or when nothing is linked)
  const [showUnlinked, setShowUnlinked] = useState(false);
  const graph =
    showUnlinked || linked.size === 0
      ? whole
      : { nodes: whole.nodes.filter((node) => linked.has(node.id)), edges: whole.edges };
  const key = `${[...types].sort().join(',')}|${showUnlinked}`;
  useEffect(() => {
    let destroyed = false;
    let instance: { destroy: () => void } | null = null;
    // cytoscape adds an inline <style> to the page unless an element with this id exists; the
    // Content-Security-Policy forbids inline styles, and style.css gives the container its position
    if (!document.getElementById('__________cytoscape_stylesheet')) {
      const marker = document.createElement('meta');
      marker.id = '__________cytoscape_stylesheet';
      document.head.appendChild(marker);
    }
    void import('cytoscape').then(({ default: cytoscape }) => {
      if (destroyed || !container.current) return;
      const ids = new Set(graph.nodes.map((node) => node.id));
      const maxWeight = Math.max(1, ...graph.nodes.map((node) => node.weight));
      const cy = cytoscape({
        container: container.current,
        elements: [
          ...graph.nodes.map((node) => ({
            data: {
              id: node.id,
              label: node.name,
              type: node.type,
              size: 18 + 30 * Math.sqrt(node.weight / maxWeight),
            },
          })),
          ...graph.edges
            .filter((edge) => ids.has(edge.source) && ids.has(edge.target))
            .map((edge, index) => ({
              data: {
                id: `edge${index}`,
                source: edge.source,
                target: edge.target,
                kind: edge.kind,
                weight: edge.weight,
              },
            })),
        ],
        style: [
          {
            selector: 'node',
            style: {
              label: 'data(label)',
              width: 'data(size)',
              height: 'data(size)',
              'background-color': (node: { data: (key: string) => string }) =>
                typeColours[node.data('type')] ?? '#666',
              'font-size': 10,
              'text-wrap': 'wrap',
              'text-max-width': '110px',
              'text-valign': 'bottom',
              'text-margin-y': 3,
              color: '#222',
              'text-background-color': '#fff',
              'text-background-opacity': 0.8,
              'text-background-padding': '1px',
            },
          },
          { selector: 'node[type = "ORG"]', style: { shape: 'round-rectangle' } },
          {
            selector: 'edge',
            style: {
              width: (edge: { data: (key: string) => number }) => 1 + Math.min(5, edge.data('weight')),
              'curve-style': 'bezier',
              'target-arrow-shape': 'triangle',
              'line-color': '#7a869a',
              'target-arrow-color': '#7a869a',
            },
          },
          {
            selector: 'edge[kind = "mentions"]',
            style: { 'line-style': 'dashed', 'line-color': '#8f9aab', 'target-arrow-color': '#8f9aab' },
          },
          { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#ffbf47' } },
        ],
        layout: {
          name: 'cose',
          animate: false,
          randomize: false,
          nodeRepulsion: () => 9000,
          idealEdgeLength: () => 90,
          padding: 20,
        },
      });
      cy.on('tap', 'node', (event) => navigate(routeHref({ page: 'entity', id: event.target.id() })));
      instance = cy;
      setStatus(`${graph.nodes.length} people and organisations, ${graph.edges.length} links.`);
    });
    return () => {
      destroyed = true;
      instance?.destroy();
    };
    // `graph` is derived from `all` and `key`
  }, [all, key]);
  const names = new Map(graph.nodes.map((node) => [node.id, node.name]));
  return (
    <>
      <fieldset class="graph-options">
        <legend>Show</legend>
        {presentTypes.map((type) => (
          <label key={type}>
            <input
              type="checkbox"
              checked={types.has(type)}
              onChange={(e) => {
                const next = new Set(types);
                if ((e.target as HTMLInputElement).checked) next.add(type);
                else next.delete(type);
                setTypes(next);
              }}
            />{' '}
            {typeNames[type] ?? type}
          </label>
        ))}
      </fieldset>
      {unlinked > 0 && linked.size > 0 && (
        <label class="graph-option">
          <input
            type="checkbox"
            checked={showUnlinked}
            onChange={(e) => setShowUnlinked((e.target as HTMLInputElement).checked)}
          />{' '}
          Also show the {unlinked} people and organisations with no link
        </label>
      )}
      <div
        class="graph"
        ref={container}
        role="img"
        aria-label="Graph of people and organisations and who quoted whom"
      />
      <p class="muted" role="status">
        {status}
      </p>
      <details class="graph-list">
        <summary>The same as a list (for keyboard and screen readers)</summary>
        <ul class="plain">
          {graph.edges.map((edge, index) => (
            <li key={index}>
              <a href={routeHref({ page: 'entity', id: edge.source })}>
                {names.get(edge.source) ?? edge.source}
              </a>{' '}
              {edge.kind === 'quotes' ? 'quotes' : 'speaks about'}{' '}
              <a href={routeHref({ page: 'entity', id: edge.target })}>
                {names.get(edge.target) ?? edge.target}
              </a>{' '}
              <span class="muted">×{edge.weight}</span>
            </li>
          ))}
        </ul>
        <h2>Nodes</h2>
        <ul class="chips">
          {graph.nodes.map((node) => (
            <li key={node.id}>
              <a
                class={`chip type-${node.type.toLowerCase()}`}
                href={routeHref({ page: 'entity', id: node.id })}
              >
                {node.name}
              </a>
            </li>
          ))}
        </ul>
      </details>
    </>
  );
}
