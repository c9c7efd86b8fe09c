import type { DocumentView } from './document-view.js';
import { SPEECH_VERBS } from './lexicon.js';

/**
 * Clause-level features of a phrase, approximated from parts of speech: is it a subject, the
 * subject of a reporting verb, inside a prepositional phrase? And where does reported speech start?
 */

const CLAUSE_OPENERS = new Set([
  'that',
  'who',
  'which',
  'when',
  'while',
  'as',
  'but',
  'and',
  'because',
  'after',
  'before',
  'since',
  'although',
  'though',
  'if',
  'whether',
  'where',
  'until',
]);

/** Does a clause start right before token `first` (so that a phrase there may be its subject)? */
export function opensClause(view: DocumentView, first: number): boolean {
  const previous = first - 1;
  if (previous < 0 || view.sentenceOf[previous] !== view.sentenceOf[first]) return true;
  const pos = view.pos(previous);
  if (pos === 'PUNCT') return !view.isPossessiveMarker(previous) && view.lower(previous) !== '-';
  if (pos === 'CCONJ' || pos === 'SCONJ') return true;
  return CLAUSE_OPENERS.has(view.lower(previous));
}

/**
 * The first verb after a phrase ending at `end`, skipping an apposition between commas
 * ("Alexander Bortnikov, the head of the FSB, said"), auxiliaries, adverbs and negation. Returns
 * the verb's token, or -1 when the phrase is not followed by its verb.
 */
export function verbAfter(view: DocumentView, end: number): number {
  const sentence = view.sentenceOf[end - 1];
  let index = end;
  // "Mukhammadsobir Faizov, 19 have been remanded": an age after the name.
  if (view.word(index) === ',' && view.pos(index + 1) === 'NUM' && view.word(index + 2) !== ',') index += 2;
  if (view.word(index) === ',') {
    // An apposition: skip to the comma that closes it, if a verb follows that comma.
    let close = -1;
    let depth = 0;
    for (let scan = index + 1; scan < index + 30 && scan < view.length; scan += 1) {
      if (view.sentenceOf[scan] !== sentence) break;
      const word = view.word(scan);
      if (word === ',') {
        depth += 1;
        const next = view.pos(scan + 1);
        if (next === 'VERB' || next === 'AUX' || next === 'ADV') {
          close = scan;
          break;
        }
        if (depth > 3) break;
      }
      if (view.pos(scan) === 'VERB' && depth === 0 && !isParticipleModifier(view, scan)) break;
    }
    if (close < 0) return -1;
    index = close + 1;
  }
  for (let scan = index; scan < index + 5 && scan < view.length; scan += 1) {
    if (view.sentenceOf[scan] !== sentence) return -1;
    const pos = view.pos(scan);
    if (isVerb(view, scan)) return scan;
    if (pos === 'AUX') {
      const next = view.pos(scan + 1);
      if (next === 'VERB' || next === 'AUX' || next === 'ADV' || next === 'PART') continue;
      return scan;
    }
    if (pos === 'ADV' || pos === 'PART') continue;
    return -1;
  }
  return -1;
}

function isParticipleModifier(view: DocumentView, index: number): boolean {
  const word = view.lower(index);
  return word === 'born' || word.endsWith('ed');
}

/**
 * Is the token a verb: tagged so, or a speech verb the tagger took for a noun ("Microsoft claims that
 * it …") that the parse gives both a subject and a complement clause?
 */
export function isVerb(view: DocumentView, index: number): boolean {
  const pos = view.pos(index);
  if (pos === 'VERB') return true;
  if (pos !== 'NOUN' || !isSpeechVerb(view, index)) return false;
  let subject = false;
  let complement = false;
  const sentence = view.sentenceOf[index];
  for (let scan = Math.max(0, index - 12); scan < index + 12 && scan < view.length; scan += 1) {
    const token = view.tokens[scan];
    if (!token || token.head !== index || view.sentenceOf[scan] !== sentence) continue;
    if (token.dep === 'nsubj' && scan < index) subject = true;
    if (token.dep === 'ccomp' && scan > index) complement = true;
  }
  return subject && complement;
}

export function isSpeechVerb(view: DocumentView, index: number): boolean {
  return index >= 0 && SPEECH_VERBS.has(view.lower(index));
}

/** "…,” said Mr Smith." — a phrase right after a reporting verb, ending its clause. */
export function isInvertedSpeechSubject(view: DocumentView, first: number, end: number): boolean {
  if (!isSpeechVerb(view, first - 1)) return false;
  const before = first - 2;
  if (before >= 0 && view.pos(before) !== 'PUNCT' && view.pos(before) !== 'ADV') return false;
  const after = view.word(end);
  return (
    end >= view.length ||
    after === '.' ||
    after === ',' ||
    after === ';' ||
    view.sentenceOf[end] !== view.sentenceOf[first]
  );
}

/**
 * The reporting verb that governs token `index` inside its sentence ("Mr X said he …"): the last
 * speech verb before it in the sentence, or -1. The pronoun must come after the verb, possibly
 * after "that", and not inside a quotation.
 */
export function governingSpeechVerb(view: DocumentView, index: number): number {
  const sentence = view.sentenceOf[index];
  const quotation = view.quotationOf[index];
  // "…,” he says": a pronoun that is itself the subject of a reporting verb reports, it is not reported.
  const next = verbAfter(view, index + 1);
  if (next >= 0 && isSpeechVerb(view, next)) return -1;
  for (let scan = index - 1; scan >= 0 && scan > index - 25; scan -= 1) {
    if (view.sentenceOf[scan] !== sentence || view.quotationOf[scan] !== quotation) return -1;
    if (isVerb(view, scan) && isSpeechVerb(view, scan)) return scan;
  }
  return -1;
}
