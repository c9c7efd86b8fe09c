import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { FixtureArticle } from './test-fixtures.js';
import { CAPITAL, fixtureDocument, fixtureHash, HARBOUR, LONE_SURNAME, UNION } from './test-fixtures.js';
import type { ExtractDocument, Store, StoredDocument } from './types.js';

/**
 * The store's behaviour, one suite for every backend (store.test.ts runs it on SQLite and on
 * PostgreSQL). `open` gives a fresh, empty store; `close` releases it.
 */
export function storeSuite(open: () => Promise<Store>, close: (store: Store) => Promise<void>): void {
  const withStore = (name: string, body: (store: Store) => Promise<void>): void => {
    it(name, async () => {
      const store = await open();
      try {
        await body(store);
      } finally {
        await close(store);
      }
    });
  };

  const put = async (store: Store, article: FixtureArticle): Promise<string> =>
    (
      await store.ingest({
        contentHash: fixtureHash(fixtureDocument(article)),
        document: fixtureDocument(article),
      })
    ).id;

  const entityNamed = async (store: Store, name: string): Promise<string> => {
    const [found] = await store.findEntities(name);
    assert.ok(found, `no entity named ${name}`);
    return found.id;
  };

  withStore('ingest is idempotent: the same content hash keeps its id and is stored once', async (store) => {
    const document = fixtureDocument(HARBOUR);
    const hash = fixtureHash(document);
    const first = await store.ingest({ contentHash: hash, document });
    const second = await store.ingest({ contentHash: hash, document });
    assert.equal(first.created, true);
    assert.deepEqual(second, { id: first.id, created: false });
    assert.deepEqual(await store.count(), { documents: 1, entities: 3, attributions: 4 });
    assert.deepEqual([...(await store.knownHashes([hash, 'f'.repeat(64)]))], [hash]);
  });

  withStore('a document comes back as extracted, with its links to corpus entities', async (store) => {
    const id = await put(store, HARBOUR);
    const stored = await store.getDocument(id);
    assert.ok(stored);
    assert.equal(stored.text, HARBOUR.text);
    assert.equal(stored.title, HARBOUR.title);
    assert.equal(stored.attributions.length, 4);
    const speaker = stored.entities.find((entity) => entity.id === 'e1')?.corpus_entity;
    assert.ok(speaker);
    assert.deepEqual(stored.attributions.find((attribution) => attribution.id === 'a2')?.speaker_entities, [
      speaker,
    ]);
    for (const attribution of stored.attributions) {
      for (const part of attribution.content)
        assert.equal(stored.text.slice(part.start, part.end), part.text);
    }
    assert.equal(await store.getDocument('0000000000000000'), null);
    const listed = await store.listDocuments();
    assert.equal(listed.total, 1);
    assert.equal(listed.documents[0]?.attributions, 4);
  });

  withStore(
    'entities link across articles: name variants, transliterations, titles; Niger is not Nigeria',
    async (store) => {
      await put(store, HARBOUR);
      await put(store, UNION);
      await put(store, CAPITAL);
      await put(store, LONE_SURNAME);
      const cases: [string, string, number][] = [
        // query, expected canonical name, documents
        ['Mirzoyev', 'Ivan Mirzoyev', 2],
        ['Mirzoev', 'Ivan Mirzoyev', 2],
        ['Mr Mirzoev', 'Ivan Mirzoyev', 2],
        ['velmar dock union', 'Velmar Dock Union', 2],
        ['Lukashenko', 'Alexander Lukashenka', 2],
      ];
      for (const [query, name, documents] of cases) {
        const [found] = await store.findEntities(query);
        assert.equal(found?.name, name, query);
        assert.equal(found?.documents, documents, query);
      }
      const places = await store.findEntities('niger');
      assert.deepEqual(places.map((place) => place.name).sort(), ['Niger', 'Nigeria']);
      assert.deepEqual(await store.findEntities('nobody of that name'), []);
    },
  );

  withStore(
    'search finds articles and quotations, ranked, with a snippet and its highlights',
    async (store) => {
      const harbour = await put(store, HARBOUR);
      await put(store, UNION);
      const results = await store.search('crane');
      assert.ok(results.length >= 3);
      assert.ok(results.some((result) => result.kind === 'document' && result.document === harbour));
      const quotation = results.find(
        (result) => result.kind === 'attribution' && result.attribution === 'a3',
      );
      assert.ok(quotation);
      assert.equal(quotation.speakers[0]?.name, 'Ivan Mirzoyev');
      for (const result of results) {
        assert.ok(result.highlights.length > 0, result.snippet);
        for (const mark of result.highlights)
          assert.match(result.snippet.slice(mark.start, mark.end), /^crane/i);
      }
      // stemming: "collapses" finds "collapsed"
      assert.ok((await store.search('collapses')).some((result) => result.document === harbour));
      assert.deepEqual(await store.search('zebra'), []);
    },
  );

  withStore('search reads query syntax as words: quotes, stars, OR, NEAR(, SQL', async (store) => {
    await put(store, HARBOUR);
    const hostile = [
      '"',
      '*',
      'OR',
      'crane OR',
      '"crane',
      'NEAR(crane',
      "'; DROP TABLE documents; --",
      'crane*',
      '-crane',
      ':',
      '()',
      'a AND',
    ];
    for (const query of hostile) {
      const results = await store.search(query);
      assert.ok(Array.isArray(results), query);
    }
    assert.equal((await store.search('"crane')).length, (await store.search('crane')).length);
    assert.equal((await store.count()).documents, 1);
  });

  withStore(
    'dossier: names, attributes, documents, what it said, what was said about it, events',
    async (store) => {
      await put(store, HARBOUR);
      await put(store, UNION);
      const id = await entityNamed(store, 'Mirzoyev');
      const dossier = await store.dossier(id);
      assert.ok(dossier);
      assert.equal(dossier.type, 'PERSON');
      assert.deepEqual(
        dossier.names.map((entry) => entry.name).sort(),
        ['Ivan Mirzoev', 'Ivan Mirzoyev', 'Mirzoyev', 'Mr Ivan Mirzoyev', 'Mr Mirzoev'].sort(),
      );
      assert.deepEqual(dossier.attributes, [
        {
          name: 'role',
          value: 'harbour master',
          document: dossier.document_list.find((entry) => entry.title === HARBOUR.title)?.id,
        },
      ]);
      assert.equal(dossier.document_list.length, 2);
      assert.deepEqual(dossier.said.map((view) => view.content).sort(), [
        '"Nobody was hurt,"',
        'he stood by his account',
        'the Velmar Dock Union had warned about the crane',
      ]);
      assert.deepEqual(
        dossier.said_about.map((view) => view.content),
        ['the union never warned Ivan Mirzoev about the crane'],
      );
      const union = await store.dossier(await entityNamed(store, 'Velmar Dock Union'));
      assert.ok(union?.said_about.some((view) => view.content.includes('Velmar Dock Union had warned')));
      const place = await store.dossier(await entityNamed(store, 'Velmar'));
      assert.deepEqual(
        place?.events.map((event) => event.trigger),
        ['closed'],
      );
      assert.equal(await store.dossier('e000000000000000'), null);
    },
  );

  withStore('attributions filter by speaker, stance, topic and document', async (store) => {
    const harbour = await put(store, HARBOUR);
    await put(store, UNION);
    const union = await entityNamed(store, 'Velmar Dock Union');
    assert.deepEqual(
      (await store.attributions({ speaker: union })).map((view) => [view.attribution, view.stance]),
      [['a4', 'deny']],
    );
    assert.equal((await store.attributions({ stance: 'deny' })).length, 1);
    assert.deepEqual(
      (await store.attributions({ topic: 'union-warned-crane' })).map((view) => view.content).sort(),
      [
        'the Velmar Dock Union had warned about the crane',
        'the union never warned Ivan Mirzoev about the crane',
      ],
    );
    assert.equal((await store.attributions({ document: harbour })).length, 4);
    assert.equal((await store.attributions({ limit: 3 })).length, 3);
    assert.deepEqual(await store.attributions({ speaker: 'e000000000000000' }), []);
  });

  withStore('contradictions: in one article, and claims on one topic across articles', async (store) => {
    await put(store, HARBOUR);
    await put(store, UNION);
    const found = await store.contradictions();
    const inside = found.find((entry) => entry.scope === 'document');
    assert.equal(inside?.kind, 'denies');
    assert.equal(inside?.a[0]?.speakers[0]?.name, 'Ivan Mirzoyev');
    assert.equal(inside?.b[0]?.speakers[0]?.name, 'Velmar Dock Union');
    const across = found.find((entry) => entry.scope === 'corpus');
    assert.equal(across?.topic, 'union-warned-crane');
    assert.deepEqual(
      across?.a.map((side) => side.title),
      [HARBOUR.title],
    );
    assert.deepEqual(
      across?.b.map((side) => side.speakers[0]?.name),
      ['Lena Okafor'],
    );
    assert.equal(across?.b[0]?.published, '2025-03-05');
  });

  withStore('events come in time order with their arguments', async (store) => {
    await put(store, HARBOUR);
    const events = await store.events();
    assert.deepEqual(
      events.map((event) => [event.trigger, event.date]),
      [
        ['collapsed', '2025-03-02'],
        ['closed', '2025-03-03'],
      ],
    );
    assert.equal(events[1]?.arguments[0]?.entity?.name, 'Velmar');
    assert.deepEqual((await store.events({ type: 'collapse' })).length, 1);
  });

  withStore('graph: who quoted whom and who spoke about whom, weighted', async (store) => {
    await put(store, HARBOUR);
    await put(store, UNION);
    const graph = await store.graph();
    const name = new Map(graph.nodes.map((node) => [node.id, node.name]));
    const edges = graph.edges.map(
      (edge) => `${name.get(edge.source)} ${edge.kind} ${name.get(edge.target)} ${edge.weight}`,
    );
    assert.ok(edges.includes('Ivan Mirzoyev mentions Velmar Dock Union 1'), edges.join('; '));
    assert.ok(edges.includes('Lena Okafor mentions Ivan Mirzoyev 1'), edges.join('; '));
  });

  withStore(
    'corrections: reassign a speaker, shown as corrected, flowing into dossiers; withdrawn again',
    async (store) => {
      const harbour = await put(store, HARBOUR);
      await put(store, UNION);
      const okafor = await entityNamed(store, 'Lena Okafor');
      const correction = await store.addCorrection({
        change: { kind: 'speaker', document: harbour, attribution: 'a1', speaker: okafor },
        author: 'tester',
      });
      assert.equal(correction.content_hash, fixtureHash(fixtureDocument(HARBOUR)));
      assert.equal(correction.before?.id, 'a1');
      const stored = await store.getDocument(harbour);
      const corrected = stored?.attributions.find((attribution) => attribution.id === 'a1');
      assert.equal(corrected?.corrected, true);
      assert.deepEqual(corrected?.speaker_entities, [okafor]);
      assert.deepEqual(
        stored?.corrections.map((entry) => entry.id),
        [correction.id],
      );
      const dossier = await store.dossier(okafor);
      assert.ok(dossier?.said.some((view) => view.document === harbour && view.corrected));
      assert.deepEqual(await store.listCorrections({ document: harbour }), [correction]);
      assert.equal(await store.deleteCorrection(correction.id), true);
      assert.equal(await store.deleteCorrection(correction.id), false);
      assert.ok(!(await store.dossier(okafor))?.said.some((view) => view.document === harbour));
    },
  );

  withStore('corrections: not an attribution, and moved content boundaries, reach search', async (store) => {
    const harbour = await put(store, HARBOUR);
    await store.addCorrection({ change: { kind: 'not-attribution', document: harbour, attribution: 'a1' } });
    const stored = await store.getDocument(harbour);
    assert.deepEqual(
      stored?.attributions.map((attribution) => attribution.id),
      ['a2', 'a3', 'a4'],
    );
    assert.ok(!(await store.search('port')).some((result) => result.kind === 'attribution'));
    const start = HARBOUR.text.indexOf('Nobody');
    await store.addCorrection({
      change: {
        kind: 'content',
        document: harbour,
        attribution: 'a2',
        content: [{ start, end: start + 'Nobody was hurt'.length }],
      },
    });
    const [view] = await store.attributions({ document: harbour, limit: 1 });
    assert.equal(view?.content, 'Nobody was hurt');
    assert.equal(view?.corrected, true);
    await assert.rejects(
      store.addCorrection({
        change: {
          kind: 'content',
          document: harbour,
          attribution: 'a2',
          content: [{ start: 5, end: 99999 }],
        },
      }),
      /not inside the text/,
    );
    await assert.rejects(
      store.addCorrection({ change: { kind: 'not-attribution', document: harbour, attribution: 'a9' } }),
      /no attribution a9/,
    );
    await assert.rejects(
      store.addCorrection({
        change: { kind: 'not-attribution', document: 'ffffffffffffffff', attribution: 'a1' },
      }),
      /no document/,
    );
  });

  withStore(
    'corrections: merging two entities makes one dossier; the merge can be withdrawn',
    async (store) => {
      await put(store, CAPITAL);
      const nigeria = await entityNamed(store, 'Nigeria');
      const niger = (await store.findEntities('niger')).find((entity) => entity.name === 'Niger')
        ?.id as string;
      const merge = await store.addCorrection({ change: { kind: 'merge', entity: niger, into: nigeria } });
      const dossier = await store.dossier(niger);
      assert.equal(dossier?.id, nigeria);
      assert.deepEqual(dossier?.merged, [niger]);
      assert.deepEqual(
        (await store.findEntities('niger')).map((entity) => entity.name),
        ['Nigeria'],
      );
      await assert.rejects(
        store.addCorrection({ change: { kind: 'merge', entity: niger, into: nigeria } }),
        /already one/,
      );
      await store.deleteCorrection(merge.id);
      assert.equal((await store.findEntities('niger')).length, 2);
    },
  );

  withStore(
    'corrections survive a re-extraction of the same article whose attribution ids moved',
    async (store) => {
      const document = fixtureDocument(HARBOUR);
      const hash = fixtureHash(document);
      const { id } = await store.ingest({ contentHash: hash, document });
      await store.addCorrection({ change: { kind: 'not-attribution', document: id, attribution: 'a3' } });
      // the new extraction finds one more attribution first: every id moves by one
      const shifted: ExtractDocument = {
        ...document,
        attributions: [
          {
            ...(document.attributions[0] as ExtractDocument['attributions'][number]),
            id: 'a0',
            content: [{ start: 0, end: 3, text: 'The' }],
          },
          ...document.attributions.map((attribution, index) => ({ ...attribution, id: `a${index + 1}` })),
        ],
      };
      const outcome = await store.ingest({ contentHash: hash, document: shifted }, { replace: true });
      assert.deepEqual(outcome, { id, created: false, replaced: true });
      const stored = await store.getDocument(id);
      assert.deepEqual(
        stored?.attributions.map((attribution) => attribution.content[0]?.text),
        [
          'The',
          'The port of Velmar was closed on Monday after a crane collapsed',
          '"Nobody was hurt,"',
          'it had been consulted',
        ],
      );
      assert.equal((await store.count()).documents, 1);
    },
  );

  withStore('concurrent ingests of one article store it once', async (store) => {
    const document = fixtureDocument(UNION);
    const hash = fixtureHash(document);
    const outcomes = await Promise.all([1, 2, 3, 4].map(() => store.ingest({ contentHash: hash, document })));
    assert.equal(outcomes.filter((outcome) => outcome.created).length, 1);
    assert.equal(new Set(outcomes.map((outcome) => outcome.id)).size, 1);
    assert.equal((await store.count()).documents, 1);
  });

  withStore('exportDocuments yields every document once, corrected', async (store) => {
    const harbour = await put(store, HARBOUR);
    await put(store, UNION);
    await put(store, CAPITAL);
    await store.addCorrection({ change: { kind: 'not-attribution', document: harbour, attribution: 'a1' } });
    const exported = [];
    for await (const document of store.exportDocuments()) exported.push(document);
    assert.deepEqual(
      exported.map((document) => document.source),
      ['harbour.txt', 'union.txt', 'capital.txt'],
    );
    assert.equal(exported[0]?.attributions.length, 3);
  });

  withStore('remembers feed validators and the items seen, per feed', async (store) => {
    const feed = 'https://news.test/feed.xml';
    assert.equal(await store.feedValidators(feed), null);
    await store.saveFeedValidators(feed, { etag: '"v1"', lastModified: null });
    await store.saveFeedValidators(feed, { etag: '"v2"', lastModified: 'Tue, 05 Mar 2024 10:00:00 GMT' });
    assert.deepEqual(await store.feedValidators(feed), {
      etag: '"v2"',
      lastModified: 'Tue, 05 Mar 2024 10:00:00 GMT',
    });
    assert.deepEqual(await store.unseenFeedItems(feed, ['a', 'b']), ['a', 'b']);
    await store.markFeedItemsSeen(feed, ['a', 'a']);
    await store.markFeedItemsSeen(feed, ['a']);
    assert.deepEqual(await store.unseenFeedItems(feed, ['a', 'b', 'b']), ['b']);
    assert.deepEqual(await store.unseenFeedItems('https://other.test/feed.xml', ['a']), ['a']);
  });

  withStore(
    'links a reprinted wire story to its first outlet and counts it once per source',
    async (store) => {
      const original = await put(store, HARBOUR);
      // the same agency copy under another outlet's dateline, with a sentence of its own added
      const reprint = await put(store, {
        ...HARBOUR,
        source: 'https://coast-gazette.test/crane',
        text: `VELMAR (Coast Wire) - ${HARBOUR.text} Ferries will use the north quay until then.`,
      });
      const other = await put(store, UNION);
      const stored = await store.getDocument(reprint);
      assert.equal(stored?.story?.id, original);
      assert.deepEqual(
        stored?.story?.outlets.map((outlet) => outlet.document),
        [original, reprint],
      );
      assert.equal((await store.getDocument(other))?.story?.id, other);
      const [mirzoyev] = await store.findEntities('Ivan Mirzoyev');
      // named in all three articles, two of which are one story
      assert.equal(mirzoyev?.documents, 3);
      assert.equal(mirzoyev?.stories, 2);
      // quotations keep every outlet that printed them
      const said = await store.attributions({ speaker: mirzoyev?.id ?? '' });
      assert.ok(said.some((view) => view.document === original));
      assert.ok(said.some((view) => view.document === reprint));
    },
  );

  /** HARBOUR, a wire reprint of it by another outlet a day later, and UNION a week later. */
  const fillFigures = async (store: Store): Promise<{ original: string; reprint: string; union: string }> => {
    const store1 = async (document: ExtractDocument): Promise<string> =>
      (await store.ingest({ contentHash: fixtureHash(document), document })).id;
    const harbour = fixtureDocument(HARBOUR);
    // a2 hedged; the crane claim answers a general question (participation)
    const marked: ExtractDocument = {
      ...harbour,
      attributions: harbour.attributions.map((attribution) =>
        attribution.id === 'a2' ? { ...attribution, hedges: ['apparently'] } : attribution,
      ),
      claims: (harbour.claims ?? []).map((claim) =>
        claim.id === 'k1' ? { ...claim, frame: 'participation' } : claim,
      ),
    };
    const original = await store1(marked);
    const reprintText = `VELMAR (Coast Wire) - ${HARBOUR.text} Ferries will use the north quay until then.`;
    const reprint = await store1({
      ...fixtureDocument({ ...HARBOUR, source: 'https://coast-gazette.test/crane', text: reprintText }),
      attributions: marked.attributions.map((attribution) => ({
        ...attribution,
        content: attribution.content.map((span) => ({
          ...span,
          start: span.start + 22,
          end: span.end + 22,
        })),
        cue: attribution.cue && {
          ...attribution.cue,
          start: attribution.cue.start + 22,
          end: attribution.cue.end + 22,
        },
        source: attribution.source && {
          ...attribution.source,
          start: attribution.source.start + 22,
          end: attribution.source.end + 22,
        },
      })),
      claims: marked.claims ?? [],
      publisher: 'Coast Gazette',
      published: '2025-03-05',
    });
    const union = await store1({ ...fixtureDocument(UNION), published: '2025-03-11' });
    return { original, reprint, union };
  };

  withStore(
    'per-source figures: a speaker per day and week, wire copies once, by topic, stance and outlet',
    async (store) => {
      const { original, reprint } = await fillFigures(store);
      assert.equal((await store.getDocument(reprint))?.story?.id, original);
      const mirzoyev = await entityNamed(store, 'Ivan Mirzoyev');
      const byDay = await store.speakerFigures(mirzoyev, { bucket: 'day' });
      assert.ok(byDay);
      assert.deepEqual(byDay.subject, {
        kind: 'speaker',
        id: mirzoyev,
        name: 'Ivan Mirzoyev',
        type: 'PERSON',
      });
      // two quotations in the wire story (printed by two outlets), one in the union's article
      assert.deepEqual(byDay.totals, { quotations: 3, printed: 5, stories: 2, hedged: 1, undated: 0 });
      assert.equal(byDay.buckets.length, 8);
      assert.deepEqual(
        byDay.buckets
          .filter((bucket) => bucket.quotations > 0)
          .map((bucket) => [bucket.start, bucket.quotations, bucket.printed]),
        [
          ['2025-03-04', 2, 4],
          ['2025-03-11', 1, 1],
        ],
      );
      assert.deepEqual(byDay.buckets[0]?.topics, { 'no claim': 1, 'union-warned-crane': 1 });
      assert.deepEqual(byDay.buckets[0]?.stances, { assert: 2 });
      assert.equal(byDay.buckets[0]?.hedged, 1);
      assert.deepEqual(byDay.topics, [
        { topic: 'no claim', quotations: 2 },
        { topic: 'union-warned-crane', quotations: 1 },
      ]);
      assert.deepEqual(byDay.outlets, [
        { outlet: 'The Invented Courier', printed: 3 },
        { outlet: 'Coast Gazette', printed: 2 },
      ]);
      const byWeek = await store.speakerFigures(mirzoyev, { bucket: 'week' });
      assert.deepEqual(
        byWeek?.buckets.map((bucket) => [bucket.start, bucket.end, bucket.quotations]),
        [
          ['2025-03-03', '2025-03-09', 2],
          ['2025-03-10', '2025-03-16', 1],
        ],
      );
      const later = await store.speakerFigures(mirzoyev, {
        bucket: 'week',
        from: '2025-03-10',
        to: '2025-03-20',
      });
      assert.equal(later?.totals.quotations, 1);
      assert.deepEqual(
        later?.buckets.map((bucket) => bucket.start),
        ['2025-03-10', '2025-03-17'],
      );
      assert.equal(await store.speakerFigures('no-such-entity'), null);
    },
  );

  withStore('per-source figures: an outlet, its stances, and the list of outlets', async (store) => {
    await fillFigures(store);
    const gazette = await store.outletFigures('Coast Gazette', { bucket: 'day' });
    assert.ok(gazette);
    assert.deepEqual(gazette.subject, { kind: 'outlet', name: 'Coast Gazette' });
    assert.equal(gazette.totals.quotations, 4);
    assert.deepEqual(
      gazette.buckets.map((bucket) => [bucket.start, bucket.quotations]),
      [['2025-03-05', 4]],
    );
    assert.deepEqual(gazette.stances, [
      { stance: 'assert', quotations: 3 },
      { stance: 'deny', quotations: 1 },
    ]);
    const courier = await store.outletFigures('The Invented Courier', { bucket: 'week' });
    assert.equal(courier?.totals.quotations, 8);
    assert.equal(courier?.totals.stories, 2);
    assert.equal(await store.outletFigures('Nobody Daily'), null);
    assert.deepEqual(await store.outlets(), [
      { outlet: 'The Invented Courier', documents: 2, stories: 2, first: '2025-03-04', last: '2025-03-11' },
      { outlet: 'Coast Gazette', documents: 1, stories: 1, first: '2025-03-05', last: '2025-03-05' },
    ]);
    assert.deepEqual(
      (await store.outlets({ name: 'gazette' })).map((outlet) => outlet.outlet),
      ['Coast Gazette'],
    );
  });

  withStore(
    'claims board: a topic with its answers, speakers, outlets, dates and conflicts',
    async (store) => {
      const harbour = await put(store, HARBOUR);
      const union = await put(store, UNION);
      const board = await store.claimsBoard();
      const [topic] = board;
      assert.ok(topic);
      assert.equal(topic.topic, 'union-warned-crane');
      assert.equal(topic.documents, 2);
      assert.deepEqual(
        topic.sides.map((side) => [
          side.answer,
          side.claims.map((claim) => [
            claim.document,
            claim.attribution,
            claim.speakers.map((s) => s.name),
            claim.publisher,
            claim.published,
          ]),
        ]),
        [
          ['not warn', [[union, 'a1', ['Lena Okafor'], 'The Invented Courier', '2025-03-05']]],
          ['warn', [[harbour, 'a3', ['Ivan Mirzoyev'], 'The Invented Courier', '2025-03-04']]],
        ],
      );
      assert.ok(
        topic.contradictions.some((conflict) => conflict.kind === 'denies' && conflict.scope === 'document'),
      );
      // a topic only one statement answers, with no conflict, stays off the board
      assert.ok(!board.some((entry) => entry.topic === 'union-consulted'));
      assert.deepEqual(
        (await store.claimsBoard({ topic: 'union-warned-crane' })).map((entry) => entry.topic),
        ['union-warned-crane'],
      );
      assert.deepEqual(await store.claimsBoard({ topic: 'no such topic' }), []);
    },
  );

  withStore(
    'claims board: a claim in wire copies is listed once with every outlet that printed it',
    async (store) => {
      const { original, reprint, union } = await fillFigures(store);
      const [topic] = await store.claimsBoard({ topic: 'union-warned-crane' });
      assert.ok(topic);
      assert.equal(topic.documents, 3);
      assert.equal(topic.claims, 2);
      const warn = topic.sides.find((side) => side.answer === 'warn');
      assert.deepEqual(
        warn?.claims.map((claim) => [
          claim.document,
          claim.publisher,
          claim.printings.map((p) => [p.document, p.publisher, p.published]),
        ]),
        [[original, 'The Invented Courier', [[reprint, 'Coast Gazette', '2025-03-05']]]],
      );
      assert.deepEqual(
        topic.sides
          .find((side) => side.answer === 'not warn')
          ?.claims.map((claim) => [claim.document, claim.printings]),
        [[union, []]],
      );
    },
  );
  it('ingestMany stores a batch as ingest stores its articles one after the other', async () => {
    const reprint: FixtureArticle = {
      ...HARBOUR,
      source: 'https://coast-gazette.test/crane',
      text: `VELMAR (Coast Wire) - ${HARBOUR.text} Ferries will use the north quay until then.`,
    };
    // a reprint of an article of the same batch, a repeated article, one stored before the batch
    const articles = [UNION, HARBOUR, CAPITAL, reprint, HARBOUR, LONE_SURNAME];
    const records = articles.map((article) => {
      const document = fixtureDocument(article);
      return { contentHash: fixtureHash(document), document };
    });
    const one = await open();
    const many = await open();
    try {
      const singly = [];
      for (const record of records) singly.push(await one.ingest(record));
      await many.ingest(records[0] as (typeof records)[number]);
      const batched = await many.ingestMany(records);
      assert.deepEqual(batched, [{ id: singly[0]?.id, created: false }, ...singly.slice(1)]);
      assert.equal(batched[3]?.story, batched[1]?.id, 'the reprint joins the story of the batch article');
      assert.deepEqual(await many.ingestMany(records.slice(0, 2)), [
        { id: singly[0]?.id, created: false },
        { id: singly[1]?.id, created: false },
      ]);
      assert.deepEqual(await many.count(), await one.count());
      const withoutDate = (document: StoredDocument | null) => ({ ...document, ingested_at: '' });
      for (const outcome of singly) {
        assert.deepEqual(
          withoutDate(await many.getDocument(outcome.id)),
          withoutDate(await one.getDocument(outcome.id)),
        );
      }
      for (const name of ['Ivan Mirzoyev', 'Mirzoyev', 'Velmar']) {
        const [found] = await one.findEntities(name);
        assert.ok(found, `no entity named ${name}`);
        assert.deepEqual(await many.findEntities(name), await one.findEntities(name));
        assert.deepEqual(await many.dossier(found.id), await one.dossier(found.id));
      }
      assert.deepEqual(await many.search('harbour crane'), await one.search('harbour crane'));
      assert.deepEqual(await many.ingestMany([]), []);
    } finally {
      await close(one);
      await close(many);
    }
  });
}
