import type { Segments, Token } from '../../model/index.js';
import { lemmaOf, NOUN_ACT, NOUN_EVENT, NOUN_GROUP, synset, synsetsOf } from '../events/wordnet.js';
import type { NameMention } from './name-mention.js';
import { sentenceHolding, tokenAt } from './token-index.js';
import { hasHypernymWord } from '../lexicon/index.js';

/** Synsets (by one of their words) of contests, festivities, shows and awards. */
const EVENT_SYNSET_WORDS: ReadonlySet<string> = new Set(['contest', 'social_event', 'celebration', 'award']);

/**
 * Heads of event names that WordNet 3.0 gives no such sense: a "Bowl" (a dish, a stadium) and a
 * "Cup" (a vessel) name games and competitions; a "Classic" (a work) a race or tournament.
 */
const NEW_EVENT_HEADS: ReadonlySet<string> = new Set(['bowl', 'cup', 'classic']);

/** noun.act, noun.event, noun.possession. */
const EVENT_FILES: ReadonlySet<number> = new Set([NOUN_ACT, NOUN_EVENT, 21]);

const headMemo = new Map<string, boolean>();
const MEMO_LIMIT = 20_000;

/**
 * True when a capitalised word heads an event's name: one of the first four WordNet noun senses
 * of its lemma lies (within five hypernym steps) under a contest, a social event, a celebration
 * or an award ("Open", "Festival", "Awards", "Marathon", "Games", "Gala"), or it is listed in
 * NEW_EVENT_HEADS ("Bowl", "Cup").
 */
export function isEventHead(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  const lower = word.toLowerCase();
  // "Games": the plural's own singular before WordNet's guess ("gam", a leg)
  const lemma =
    [lower, lower.endsWith('s') ? lower.slice(0, -1) : ''].find(
      (candidate) =>
        candidate !== '' && (NEW_EVENT_HEADS.has(candidate) || synsetsOf(candidate, 'noun').length > 0),
    ) ??
    lemmaOf(lower, 'noun') ??
    lower;
  const known = headMemo.get(lemma);
  if (known !== undefined) return known;
  if (headMemo.size >= MEMO_LIMIT) headMemo.clear();
  let found = NEW_EVENT_HEADS.has(lemma);
  const senses = synsetsOf(lemma, 'noun');
  // "Party", "Conference", "League": a body first, an event only further down
  const bodyFirst = senses[0] !== undefined && synset(senses[0], 'noun').lexicographerFile === NOUN_GROUP;
  for (const sense of bodyFirst || found ? [] : senses.slice(0, 4)) {
    // an act, an event or a prize: not "Film" (a film is a show) nor "Act" (a law, a play's part)
    if (!EVENT_FILES.has(synset(sense, 'noun').lexicographerFile)) continue;
    found = hasHypernymWord(sense, 'noun', { levels: 5 }, EVENT_SYNSET_WORDS);
    if (found) break;
  }
  headMemo.set(lemma, found);
  return found;
}

const CAPITALISED = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;

/** A capitalised word of a name's front: a proper noun, noun or adjective, not "The" or "In". */
function isNameWord(text: string, token: Token | undefined): token is Token {
  return (
    token !== undefined &&
    (token.pos === 'PROPN' || token.pos === 'NOUN' || token.pos === 'ADJ') &&
    CAPITALISED.test(text.slice(token.start, token.end))
  );
}

/**
 * Events' names cut by the recogniser: "the Maple Leaf Bowl" kept as "Leaf Bowl", "the 2004 Brit
 * Awards" as "Brit", "the London to Sydney Marathon" as the place "Sydney". A name that ends in
 * an event head (`isEventHead`: "Bowl", "Cup", "Open", "Festival", "Awards") takes in the
 * capitalised words right before it in its sentence that no other name covers (at most three;
 * not a number, "The" or a possessive); a name followed by a capitalised event head that no other
 * name covers takes it in. Either way the name is an event, MISC. "England" before a "Davis Cup"
 * recognised on its own stays a name of its own. A word that names a body first ("Party",
 * "Conference") heads no event.
 */
export function joinEventNames(
  text: string,
  segments: Segments,
  names: readonly NameMention[],
): NameMention[] {
  const { tokens } = segments;
  let output: NameMention[] | undefined;
  names.forEach((name, index) => {
    let { start, end } = name;
    const first = tokenAt(tokens, name.start);
    const last = tokenAt(tokens, name.end - 1);
    const lastToken = tokens[last];
    const nextName = names[index + 1];
    const previousName = names[index - 1];
    // (a sentence holding the name's first character: `start <= name.start < end`)
    const sentence = sentenceHolding(segments.sentences, name.start, name.start + 1);
    if (sentence === undefined || lastToken === undefined) return;
    // "Brit| Awards", "Berlin| Film Festival": up to three capitalised words after the name that
    // end in a head
    let to = last + 1;
    let headEnd = -1;
    while (
      to < sentence.endToken &&
      to <= last + 3 &&
      isNameWord(text, tokens[to]) &&
      (tokens[to] as Token).start === (tokens[to - 1] as Token).end + 1 &&
      (nextName === undefined || nextName.start >= (tokens[to] as Token).end)
    ) {
      const token = tokens[to] as Token;
      if (isEventHead(text.slice(token.start, token.end))) headEnd = token.end;
      to += 1;
    }
    // "the Greek Athletics| Federation": the name runs on after the head, a body's name
    const afterHead = tokenAt(tokens, headEnd);
    if (
      headEnd > 0 &&
      !(
        afterHead < sentence.endToken &&
        isNameWord(text, tokens[afterHead]) &&
        (tokens[afterHead] as Token).start === headEnd + 1
      )
    )
      end = headEnd;
    // "Maple Leaf| Bowl": the words before a name that ends in the head
    else if (isEventHead(text.slice(lastToken.start, lastToken.end))) {
      let from = first;
      while (
        from > sentence.firstToken &&
        first - from < 3 &&
        isNameWord(text, tokens[from - 1]) &&
        (tokens[from - 1] as Token).end + 1 === (tokens[from] as Token).start &&
        (previousName === undefined || previousName.end <= (tokens[from - 1] as Token).start) &&
        // a sentence's first word is capitalised anyway ("Fans …", "Police …"): a proper noun only
        (from - 1 > sentence.firstToken || tokens[from - 1]?.pos === 'PROPN')
      )
        from -= 1;
      start = (tokens[from] as Token).start;
    }
    if (start === name.start && end === name.end) return;
    output ??= names.slice();
    output[index] = { start, end, type: 'MISC' };
  });
  return output ?? names.slice();
}
