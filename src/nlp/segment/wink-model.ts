import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * wink's English model (npm `wink-eng-lite-web-model`) as `winkNLP` takes it, with a cheaper
 * `core()`.
 *
 * The package's `core()` (its read-core-model.js) requires its 3 MB core JSON when the package is
 * imported, then on every call makes a fresh copy of it by `JSON.parse(JSON.stringify(…))` (wink
 * adds the words it learns to that copy) before decoding the lexicon and indexing the words. Here
 * each call parses the JSON file itself, which gives the same fresh copy for the price of the one
 * parse: about 0.2 s less processor time in each process and worker thread at start-up, and at
 * each rebuild of the wink instance (src/nlp/segment/wink-tokens.ts). The decoding and indexing
 * below are those of read-core-model.js and load-core-model.js, step for step; the test compares
 * the result with the package's own `core()`. Every other part of the model is the package's.
 */

const require = createRequire(import.meta.url);
const MODEL_FOLDER = dirname(require.resolve('wink-eng-lite-web-model'));
const CORE_JSON = join(MODEL_FOLDER, 'languages', 'cur', 'models', 'eng-core-web-model.json');

/** The parts of wink's core model read here (the rest is passed through untouched). */
interface CoreModel {
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
  packing: {
    layout: Record<string, number[]>;
    efList?: string[];
  };
  features: Record<
    string,
    {
      list: unknown[];
      hash?: Record<string, number>;
      intrinsicSize?: number;
      index?: number;
      maxIndex?: number;
    }
  >;
  pos: { hash: Record<string, number> };
}

/** Base64 → a fresh buffer of its bytes (read-core-model.js's `bufferFromBase64`). */
function bufferFromBase64(data: string): ArrayBuffer {
  const decoded = Buffer.from(data, 'base64');
  const bytes = new Uint8Array(decoded.length);
  bytes.set(decoded);
  return bytes.buffer;
}

/**
 * A fresh core model, as the package's `core()` (load-core-model.js over read-core-model.js) gives.
 * `lexemeIndex`, when given, is the word index (`features.lexeme.hash`) of a model read before, from
 * which every word wink added has been removed again (wink-tokens.ts, `forgetLearnedWords`): it holds
 * the same entries as the one built here and is used instead (building it is about half of the
 * cost of a read, paid again at each rebuild of the wink instance).
 */
export function readWinkCoreModel(lexemeIndex?: Record<string, number>): unknown {
  let json = readFileSync(CORE_JSON, 'utf8');
  if (json.charCodeAt(0) === 0xfeff) json = json.slice(1); // as require() reads JSON
  const model = JSON.parse(json) as CoreModel;
  // read-core-model.js
  const { packing, features: featuresData, pos } = model;
  model.lexicon = new Uint32Array(bufferFromBase64(model.lexicon as string));
  model.xpansions = new Uint32Array(bufferFromBase64(model.xpansions as string));
  for (const f in packing.layout)
    if (packing.layout[f]![3] === 0) {
      const feature = featuresData[f]!;
      const hash: Record<string, number> = Object.create(null);
      for (let k = 0; k < feature.list.length; k += 1) hash[feature.list[k] as string] = k;
      feature.hash = hash;
    }
  const lexeme = featuresData.lexeme!;
  if (lexemeIndex !== undefined) lexeme.hash = lexemeIndex;
  else {
    const lexemeHash: Record<string, number> = Object.create(null);
    for (let k = 0; k < lexeme.list.length; k += 1) lexemeHash[lexeme.list[k] as string] = k;
    lexeme.hash = lexemeHash;
  }
  const clusters = featuresData.posClusters!.list;
  for (let k = 0; k < clusters.length; k += 1)
    clusters[k] = new Set((clusters[k] as string).split('_').map((e) => pos.hash[e] || 0));
  // load-core-model.js
  packing.efList = [];
  for (const f in packing.layout) {
    const layout = packing.layout[f]!;
    if (layout[3] === 0) {
      const feature = featuresData[f]!;
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = layout[1]! >>> layout[2]!;
    }
    if (layout[4] === 1) packing.efList.push(f);
  }
  lexeme.intrinsicSize = lexeme.list.length;
  lexeme.index = lexeme.list.length;
  return model;
}

/** The package's model.js, but for `core`, without loading the package's core JSON. */
export function winkModel(core: () => unknown = readWinkCoreModel): Record<string, unknown> {
  const part = (file: string): unknown => require(join(MODEL_FOLDER, file));
  const model: Record<string, unknown> = Object.create(null);
  model.core = core;
  model.sbd = part('load-sbd-model.js');
  model.pos = part('load-pos-model.js');
  model.ner = part('load-ner-model.js');
  model.negation = part('load-negation-model.js');
  model.sa = part('load-sa-model.js');
  model.metaCER = part('load-cer-meta-model.js');
  model.featureFn = part('feature.js');
  const addons: Record<string, unknown> = Object.create(null);
  addons.stem = part('porter-stemmer.js');
  addons.lemmatize = part('lemmatize.js');
  addons.readabilityStats = part('readability-stats.js');
  addons.wordVectors = undefined;
  model.addons = addons;
  return model;
}
