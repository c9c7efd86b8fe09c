import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { csvField, exportStore, xmlText } from './export.js';
import type { ExportFormat } from './export.js';
import { openStore } from './open-store.js';
import type { FixtureArticle } from './test-fixtures.js';
import { fixtureDocument, fixtureHash, HARBOUR, UNION } from './test-fixtures.js';
import type { Store } from './types.js';

// Exports read back by real readers: Python's csv module and networkx's GraphML reader.

const AWKWARD: FixtureArticle = {
  source: 'awkward.txt',
  title: 'Smith & <Sons> "Ltd", again',
  published: '2025-01-01',
  text: 'Smith & <Sons> "Ltd" said: "one, two;\nthree" and \u0007bell.',
  entities: [{ id: 'e1', type: 'ORG', name: 'Smith & <Sons> "Ltd"', mentions: ['Smith & <Sons> "Ltd"'] }],
  attributions: [{ id: 'a1', speaker: 'e1', cue: 'said', content: ['"one, two;\nthree" and \u0007bell'] }],
};

const pythonHas = (module: string): boolean => spawnSync('python3', ['-c', `import ${module}`]).status === 0;

function python(script: string, input: string): string {
  const result = spawnSync('python3', ['-c', script], { input, encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  return result.stdout;
}

describe('exports', () => {
  const folder = mkdtempSync(join(tmpdir(), 'claimgraph-export-'));
  let store: Store;
  const exported = async (format: ExportFormat): Promise<string> => {
    let text = '';
    for await (const chunk of exportStore(store, format)) text += chunk;
    return text;
  };
  before(async () => {
    store = await openStore(join(folder, 'export.db'));
    for (const article of [HARBOUR, UNION, AWKWARD]) {
      const document = fixtureDocument(article);
      await store.ingest({ contentHash: fixtureHash(document), document });
    }
  });
  after(async () => {
    await store.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('quotes CSV fields as RFC 4180 says and escapes XML', () => {
    const cases: [string | null, string][] = [
      ['plain', 'plain'],
      ['a,b', '"a,b"'],
      ['say "no"', '"say ""no"""'],
      ['two\nlines', '"two\nlines"'],
      [null, ''],
    ];
    for (const [value, expected] of cases) assert.equal(csvField(value), expected);
    assert.equal(xmlText('a & <b> "c" \'d\' \u0007'), 'a &amp; &lt;b&gt; &quot;c&quot; &apos;d&apos; ');
  });

  it('JSON lines: one stored document per line', async () => {
    const lines = (await exported('jsonl')).trimEnd().split('\n');
    assert.deepEqual(
      lines.map((line) => (JSON.parse(line) as { source: string }).source),
      ['harbour.txt', 'union.txt', 'awkward.txt'],
    );
  });

  it(
    'CSV of attributions opens with a CSV reader, one row per attribution',
    { skip: !pythonHas('csv') && 'python3 is missing' },
    async () => {
      const csv = await exported('csv');
      const rows = JSON.parse(
        python(
          'import csv, io, json, sys\nprint(json.dumps(list(csv.reader(io.StringIO(sys.stdin.buffer.read().decode("utf-8"), newline="")))))',
          csv,
        ),
      ) as string[][];
      assert.equal(rows[0]?.[0], 'document');
      assert.equal(rows.length, 1 + 4 + 4 + 1);
      const awkward = rows.find((row) => row[1] === AWKWARD.title);
      assert.equal(awkward?.[9], '"one, two;\nthree" and \u0007bell');
      assert.equal(awkward?.[5], 'Smith & <Sons> "Ltd"');
      assert.ok(rows.every((row) => row.length === rows[0]?.length));
    },
  );

  it(
    'GraphML opens in networkx with names, kinds and weights',
    { skip: !pythonHas('networkx') && 'python3 networkx is missing (apt-get install python3-networkx)' },
    async () => {
      const graphml = await exported('graphml');
      const read = JSON.parse(
        python(
          'import json, sys, networkx as nx\n' +
            'g = nx.read_graphml(sys.stdin.buffer)\n' +
            'print(json.dumps({"nodes": sorted(d["name"] for _, d in g.nodes(data=True)),' +
            ' "edges": sorted([g.nodes[a]["name"], d["kind"], d["weight"], g.nodes[b]["name"]] for a, b, d in g.edges(data=True)),' +
            ' "directed": g.is_directed()}))',
          graphml,
        ),
      ) as { nodes: string[]; edges: [string, string, number, string][]; directed: boolean };
      assert.equal(read.directed, true);
      assert.ok(read.nodes.includes('Ivan Mirzoyev'));
      assert.ok(read.nodes.includes('Velmar Dock Union'));
      assert.ok(read.edges.some((edge) => edge.join(' ') === 'Ivan Mirzoyev mentions 1 Velmar Dock Union'));
    },
  );

  it('corrections export as labelled JSON lines with what was extracted and what is right', async () => {
    const [harbour] = (await store.listDocuments({ limit: 10 })).documents.filter(
      (document) => document.source === 'harbour.txt',
    );
    const okafor = (await store.findEntities('Lena Okafor'))[0]?.id as string;
    await store.addCorrection({
      change: { kind: 'speaker', document: harbour?.id as string, attribution: 'a1', speaker: okafor },
      author: 'ann',
    });
    const [line] = (await exported('corrections')).trimEnd().split('\n');
    const example = JSON.parse(line as string) as Record<
      string,
      { id?: string; speaker_entities?: string[] } | string | null
    >;
    assert.equal(example.label, 'speaker');
    assert.equal((example.before as { id: string }).id, 'a1');
    assert.deepEqual((example.after as { speaker_entities: string[] }).speaker_entities, [okafor]);
    assert.equal(example.text, HARBOUR.text);
  });
});
