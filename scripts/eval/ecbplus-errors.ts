import { dataSet } from './lib/data.js';
import { readEcbPlus, type EcbDocument } from './lib/ecbplus.js';
import { pairMentions } from './lib/coref-pairing.js';
import { corefScores, withoutSingletons } from './lib/coref-score.js';
import { lemmaOf } from '../../src/nlp/events/wordnet.js';
import { lemmaFamily } from '../../src/nlp/cross-document/lemma-family.js';
import { corpusOfTopic, HELD_OUT_TOPICS, predictedMentions, validatedGold } from './ecbplus.js';

/**
 * Error analysis of the ECB+ section on the DEV topics only (never the held-out ones): for each kind,
 * mention detection, the CoNLL F1 a perfect clustering of our matched mentions would reach, what our
 * clusters would score without any wrong link or without links across ECB+'s two subtopics, and over
 * pairs of matched mentions which gold links we split (same document, same subtopic, other subtopic)
 * and which we merge wrongly, with the most frequent head-word pairs of each, and the gold
 * clusters our clusters split, by piece (the piece a join would win most pairs with first). Prints to stdout for
 * the engineer; nothing is kept. Run: node dist/scripts/eval/ecbplus-errors.js [events|entities]
 */

type Kind = 'events' | 'entities';

interface Matched {
  doc: string;
  subtopic: string;
  gold: string;
  predicted: string;
  head: string;
}

function main(): void {
  const folder = dataSet('ecbplus');
  const documents =
    folder === null
      ? null
      : readEcbPlus(
          folder,
          Array.from({ length: 35 }, (_, index) => index + 1),
        );
  if (documents === null) throw new Error('ecbplus absent');
  const kinds: Kind[] = process.argv[2] === undefined ? ['events', 'entities'] : [process.argv[2] as Kind];
  const show = Number(process.env.SHOW ?? 25);
  for (const kind of kinds) {
    const key: string[][] = [];
    const response: string[][] = [];
    const oracle: string[][] = [];
    const lemmaMatched: string[][] = [];
    const responseMatched: string[][] = [];
    const lemmaAll: string[][] = [];
    const keyMatched: string[][] = [];
    const pure: string[][] = [];
    const bySubtopic: string[][] = [];
    const counts = { sameDoc: [0, 0, 0], sameSub: [0, 0, 0], otherSub: [0, 0, 0] }; // [both, split, merged]
    const splitHeads = new Map<string, number>();
    const mergedHeads = new Map<string, number>();
    const missedHeads = new Map<string, number>();
    const spuriousHeads = new Map<string, number>();
    const splitKinds = new Map<string, number>();
    const fragments: { pairs: number; text: string }[] = [];
    const topics = [...new Set(documents.map((document) => document.topic))].filter(
      (topic) => !HELD_OUT_TOPICS.has(topic),
    );
    for (const topic of topics) {
      const ofTopic = documents.filter((document) => document.topic === topic);
      const corpus = corpusOfTopic(topic, ofTopic);
      const predicted = predictedMentions(corpus, ofTopic, kind);
      const push = (map: Map<string, string[]>, cluster: string, mention: string) =>
        map.set(cluster, [...(map.get(cluster) ?? []), mention]);
      const keyMap = new Map<string, string[]>();
      const responseMap = new Map<string, string[]>();
      const oracleMap = new Map<string, string[]>();
      const lemmaMatchedMap = new Map<string, string[]>();
      const responseMatchedMap = new Map<string, string[]>();
      const lemmaAllMap = new Map<string, string[]>();
      const keyMatchedMap = new Map<string, string[]>();
      const pureMap = new Map<string, string[]>();
      const bySubtopicMap = new Map<string, string[]>();
      const matched: Matched[] = [];
      const spuriousLater: [string, string][] = [];
      ofTopic.forEach((document: EcbDocument, doc) => {
        const gold = validatedGold(document, kind);
        gold.forEach((mention, index) => push(keyMap, mention.cluster, `${document.name}:${index}`));
        const system = predicted[doc]!.filter((mention) =>
          document.validated.has(document.tokens[mention.first]!.sentence),
        );
        const pairs = pairMentions(
          gold.map((mention) => ({
            first: mention.tokens[0]!,
            last: mention.tokens[mention.tokens.length - 1]!,
          })),
          system,
        );
        const used = new Set(pairs);
        gold.forEach((mention, index) => {
          if (used.has(index)) push(keyMatchedMap, mention.cluster, `${document.name}:${index}`);
        });
        gold.forEach((mention, index) => {
          if (used.has(index)) return;
          const head = document.tokens[mention.tokens[mention.tokens.length - 1]!]!.text.toLowerCase();
          missedHeads.set(`${mention.tag} ${head}`, (missedHeads.get(`${mention.tag} ${head}`) ?? 0) + 1);
        });
        system.forEach((mention, index) => {
          const pair = pairs[index]!;
          const id = pair === -1 ? `${document.name}:p${index}` : `${document.name}:${pair}`;
          push(responseMap, `${topic}:${mention.cluster}`, id);
          // our clusters cut by gold cluster (a mention matching none alone), and by subtopic
          push(pureMap, `${mention.cluster}\u0000${pair === -1 ? id : gold[pair]!.cluster}`, id);
          push(
            bySubtopicMap,
            `${mention.cluster}\u0000${document.name.includes('plus') ? 'plus' : 'ecb'}`,
            id,
          );
          const head = document.tokens[mention.last]!.text;
          const lemma = `${lemmaOf(head.toLowerCase(), 'verb') ?? lemmaOf(head.toLowerCase(), 'noun') ?? head.toLowerCase()}`;
          push(lemmaAllMap, lemma, id);
          if (pair !== -1) {
            push(lemmaMatchedMap, lemma, id);
            push(responseMatchedMap, `${topic}:${mention.cluster}`, id);
          }
          if (pair === -1) {
            push(oracleMap, id, id);
            spuriousLater.push([`${topic}:${mention.cluster}`, head.toLowerCase()]);
          } else {
            push(oracleMap, gold[pair]!.cluster, id);
            matched.push({
              doc: document.name,
              subtopic: document.name.includes('plus') ? 'plus' : 'ecb',
              gold: gold[pair]!.cluster,
              predicted: mention.cluster,
              head,
            });
          }
        });
      });
      for (const [cluster, head] of spuriousLater)
        if ((responseMap.get(cluster)?.length ?? 0) > 1)
          spuriousHeads.set(head, (spuriousHeads.get(head) ?? 0) + 1);
      // each gold cluster our clusters split: its largest piece and every smaller one, with the
      // gold pairs that joining the two would win (largest first across topics)
      const pieces = new Map<string, Map<string, Matched[]>>();
      for (const mention of matched) {
        const ofGold = pieces.get(mention.gold) ?? new Map<string, Matched[]>();
        ofGold.set(mention.predicted, [...(ofGold.get(mention.predicted) ?? []), mention]);
        pieces.set(mention.gold, ofGold);
      }
      const named = (cluster: string, members: readonly Matched[]) =>
        `${corpus.entities.find((entity) => entity.id === cluster)?.name ?? [...new Set(members.map((member) => member.head))].slice(0, 3).join('/')}${cluster.startsWith('description') ? ' [description]' : ''} (${members.length})`;
      for (const ofGold of pieces.values()) {
        const sorted = [...ofGold].sort((a, b) => b[1].length - a[1].length);
        const [largest, ...smaller] = sorted;
        for (const [cluster, members] of smaller)
          fragments.push({
            pairs: largest![1].length * members.length,
            text: `topic ${topic}: ${named(largest![0], largest![1])} <- ${named(cluster, members)}: ${[...new Set(members.map((member) => member.head))].slice(0, 4).join(' / ')}`,
          });
      }
      key.push(...keyMap.values());
      response.push(...responseMap.values());
      oracle.push(...oracleMap.values());
      lemmaMatched.push(...lemmaMatchedMap.values());
      lemmaAll.push(...lemmaAllMap.values());
      responseMatched.push(...responseMatchedMap.values());
      keyMatched.push(...keyMatchedMap.values());
      pure.push(...pureMap.values());
      bySubtopic.push(...bySubtopicMap.values());
      for (let i = 0; i < matched.length; i++)
        for (let j = i + 1; j < matched.length; j++) {
          const a = matched[i]!;
          const b = matched[j]!;
          const goldSame = a.gold === b.gold;
          const predSame = a.predicted === b.predicted;
          if (!goldSame && !predSame) continue;
          const where =
            a.doc === b.doc ? counts.sameDoc : a.subtopic === b.subtopic ? counts.sameSub : counts.otherSub;
          const pairKey = [a.head, b.head].sort().join(' ~ ');
          if (goldSame && predSame) where[0]!++;
          else if (goldSame) {
            where[1]!++;
            if (a.doc !== b.doc) {
              const pronoun =
                /^(he|she|him|her|his|hers|they|them|their|it|its|we|us|our|i|me|my|you|your|who)$/i;
              const family =
                kind === 'events'
                  ? lemmaFamily(a.head) === lemmaFamily(b.head)
                    ? 'family'
                    : 'other'
                  : pronoun.test(a.head) || pronoun.test(b.head)
                    ? 'pronoun'
                    : a.head.toLowerCase() === b.head.toLowerCase()
                      ? 'same head word'
                      : 'other';
              splitKinds.set(family, (splitKinds.get(family) ?? 0) + 1);
            }
            if (a.doc !== b.doc) splitHeads.set(pairKey, (splitHeads.get(pairKey) ?? 0) + 1);
          } else {
            where[2]!++;
            mergedHeads.set(pairKey, (mergedHeads.get(pairKey) ?? 0) + 1);
          }
        }
    }
    const strip = withoutSingletons;
    const now = corefScores(strip(key), strip(response));
    const best = corefScores(strip(key), strip(oracle));
    console.log(
      `\n== ${kind} (dev topics) CoNLL ${now.conll.toFixed(3)}; perfect clustering of our mentions ${best.conll.toFixed(3)}`,
    );
    console.log(
      `our clusters without the mentions that match no gold one ${corefScores(strip(key), strip(responseMatched)).conll.toFixed(3)}`,
    );
    console.log(
      `our clusters without any wrong link (cut by gold cluster, unmatched mentions alone) ${corefScores(strip(key), strip(pure)).conll.toFixed(3)}; without links across subtopics ${corefScores(strip(key), strip(bySubtopic)).conll.toFixed(3)}`,
    );
    const linking = corefScores(strip(keyMatched), strip(responseMatched));
    const linkingLemma = corefScores(strip(keyMatched), strip(lemmaMatched));
    console.log(
      `linking alone (gold and ours both restricted to the matched mentions): CoNLL ${linking.conll.toFixed(3)} (MUC P/R ${linking.muc.precision.toFixed(3)}/${linking.muc.recall.toFixed(3)}, B3 P/R ${linking.b3.precision.toFixed(3)}/${linking.b3.recall.toFixed(3)}); head lemma on them ${linkingLemma.conll.toFixed(3)}`,
    );
    console.log(
      `head lemma over our matched mentions only ${corefScores(strip(key), strip(lemmaMatched)).conll.toFixed(3)}, over all our mentions ${corefScores(strip(key), strip(lemmaAll)).conll.toFixed(3)}`,
    );
    console.log(
      `MUC P/R ${now.muc.precision.toFixed(3)}/${now.muc.recall.toFixed(3)}  B3 P/R ${now.b3.precision.toFixed(3)}/${now.b3.recall.toFixed(3)}`,
    );
    console.log('matched pairs [linked right, gold link split, wrong link]:', JSON.stringify(counts));
    const top = (map: Map<string, number>, title: string) => {
      console.log(`-- ${title}`);
      console.log(
        [...map]
          .sort((a, b) => b[1] - a[1])
          .slice(0, show)
          .map(([k, v]) => `${v} ${k}`)
          .join(' | '),
      );
    };
    top(splitKinds, 'split cross-document pairs: same lemma family or not');
    top(splitHeads, 'split cross-document pairs by heads');
    top(mergedHeads, 'wrong links by heads');
    top(missedHeads, 'missed gold mentions by tag and head');
    top(spuriousHeads, 'predicted mentions matching no gold, in clusters of two or more, by head');
    console.log(
      '-- split gold clusters: largest piece <- smaller piece (matched mentions): its heads, by pairs won',
    );
    for (const fragment of fragments.sort((a, b) => b.pairs - a.pairs).slice(0, show))
      console.log(`${fragment.pairs} ${fragment.text}`);
  }
}

main();
