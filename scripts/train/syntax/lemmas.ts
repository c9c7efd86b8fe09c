import {
  encodeScript,
  endingKey,
  KeyTable,
  Lemmatiser,
  LONGEST_ENDING,
  scriptFor,
  wordKey,
} from '../../../src/nlp/syntax/lemmatiser.js';
import { tagId } from '../../../src/nlp/syntax/tagger.js';
import type { UdSentence } from './conllu.js';

function mostFrequent(counts: Map<number, number>): number {
  let best = -1;
  let bestCount = -1;
  for (const [script, count] of counts)
    if (count > bestCount || (count === bestCount && script < best)) {
      best = script;
      bestCount = count;
    }
  return best;
}

/**
 * Learns the lemmatiser from the treebank's lemmas: the edit script of every (lower-cased word,
 * gold tag) pair (its most frequent one), and for every (tag, ending of 0–5 letters) the script most
 * frequent among the distinct words with that ending, which is what unseen words get. Words whose
 * script the endings already give are left out of the dictionary. Deterministic: scripts are
 * numbered in order of first appearance, ties go to the lower number.
 */
export function learnLemmatiser(sentences: readonly UdSentence[]): Lemmatiser {
  const scripts: string[] = ['K0'];
  const scriptIds = new Map<string, number>([['K0', 0]]);
  /** key "lowered\ttag" → script → count */
  const words = new Map<string, Map<number, number>>();
  for (const sentence of sentences) {
    sentence.forms.forEach((form, index) => {
      const tag = tagId(sentence.tags[index]!);
      const lemma = sentence.lemmas[index]!;
      if (tag < 0 || lemma === '_') return;
      const code = encodeScript(scriptFor(form, lemma));
      let script = scriptIds.get(code);
      if (script === undefined) {
        script = scripts.length;
        scripts.push(code);
        scriptIds.set(code, script);
      }
      const key = `${form.toLowerCase()}\t${tag}`;
      let counts = words.get(key);
      if (counts === undefined) words.set(key, (counts = new Map()));
      counts.set(script, (counts.get(script) ?? 0) + 1);
    });
  }
  // Endings, counted over distinct words.
  const endings = new Map<number, Map<number, number>>();
  const wordScripts: [string, number, number][] = [];
  for (const [key, counts] of words) {
    const [lowered, tagText] = key.split('\t') as [string, string];
    const tag = Number(tagText);
    const script = mostFrequent(counts);
    wordScripts.push([lowered, tag, script]);
    for (let length = 0; length <= Math.min(LONGEST_ENDING, lowered.length); length += 1) {
      const ending = endingKey(lowered, length, tag);
      let endingCounts = endings.get(ending);
      if (endingCounts === undefined) endings.set(ending, (endingCounts = new Map()));
      endingCounts.set(script, (endingCounts.get(script) ?? 0) + 1);
    }
  }
  const endingKeys = [...endings.keys()].sort((a, b) => a - b);
  const endingTable = new KeyTable(
    Int32Array.from(endingKeys),
    Int32Array.from(endingKeys, (key) => mostFrequent(endings.get(key)!)),
  );
  const byEnding = new Lemmatiser(scripts, new KeyTable(new Int32Array(0), new Int32Array(0)), endingTable);
  const exceptions = wordScripts
    .filter(([lowered, tag, script]) => byEnding.scriptByEnding(lowered, tag) !== script)
    .map(([lowered, tag, script]) => [wordKey(lowered, tag), script] as const)
    .sort((a, b) => a[0] - b[0]);
  return new Lemmatiser(
    scripts,
    new KeyTable(
      Int32Array.from(exceptions, (entry) => entry[0]),
      Int32Array.from(exceptions, (entry) => entry[1]),
    ),
    endingTable,
  );
}
