import type { Entity, Token } from '../../../model/index.js';
import { synset, synsetsOf } from '../../events/wordnet.js';
import { personNounGender } from '../../lexicon/index.js';
import type { AttributionCandidate } from '../candidate.js';
import type { ContentIndex } from './content-index.js';
import type { DocumentIndex } from './document-index.js';
import { entityGender } from './recent-speaker.js';
import { isPersonNoun } from './role-description.js';
import { isCommonPersonWord, type SourceResolution } from './speaker.js';

/**
 * "Both men said", "The two ministers told reporters": a pair described by a plural person noun
 * stands for the two people the narration just named:
 *
 *   Oskar Lind met Pavel Drach in Basel to settle the dispute. Both men said the talks went well.
 *
 *   Oskar Lind beat Pavel Drach in the final. “It was close,” the pair said.
 *
 * The nearest sentence (this one before the source, else up to two before it) that names people
 * outside every quotation must name exactly two who agree with the noun's gender ("Both women");
 * otherwise the source stays unresolved.
 */

const REACH = 2;

const PAIR = /^(?:both|the\s+two)$/iu;

const NOUN_GENDER: Readonly<Record<string, 'm' | 'f'>> = { male: 'm', female: 'f' };

/**
 * A noun WordNet files under "two" in one of its senses (a synset whose hypernym holds "two":
 * "pair", "couple", "duo", "twosome"): "the pair" stands for two.
 */
function twoNoun(lemma: string): boolean {
  return synsetsOf(lemma, 'noun').some((offset) =>
    synset(offset, 'noun').pointers.some(
      (pointer) => pointer.symbol === '@' && synset(pointer.offset, 'noun').words.includes('two'),
    ),
  );
}

/**
 * The plural person noun heading a "Both men" source, as its lemma; "" for a source that says two
 * with no person noun ("the pair", "the duo", "Both"); or null.
 */
function pairNoun(index: DocumentIndex, candidate: AttributionCandidate): string | null {
  if (candidate.source === null) return null;
  const [first, end] = index.tokenRange(candidate.source);
  if (end - first === 1 && /^both$/iu.test(index.tokenText(first))) return '';
  if (end - first === 2 && /^the$/iu.test(index.tokenText(first))) {
    const token = index.tokens[first + 1] as Token;
    const word = index.tokenText(first + 1).toLowerCase();
    if (token.pos === 'NOUN' && word === token.lemma.toLowerCase() && twoNoun(word)) return '';
  }
  if (end - first < 2 || end - first > 3) return null;
  const opening =
    end - first === 3 ? `${index.tokenText(first)} ${index.tokenText(first + 1)}` : index.tokenText(first);
  if (!PAIR.test(opening)) return null;
  const token = index.tokens[end - 1] as Token;
  const word = index.tokenText(end - 1);
  if (token.pos !== 'NOUN' || token.lemma.toLowerCase() === word.toLowerCase()) return null;
  const lemma = token.lemma.toLowerCase();
  return isCommonPersonWord(lemma) || isPersonNoun(lemma) ? lemma : null;
}

/** The people named outside contents in [from, to), in text order, without repeats. */
function peopleNamed(index: DocumentIndex, contents: ContentIndex, from: number, to: number): Entity[] {
  const found: Entity[] = [];
  for (const mention of index.mentionsInside({ start: from, end: to })) {
    if (mention.kind !== 'name' || mention.entity.type !== 'PERSON') continue;
    if (contents.holding(mention.start, mention.end).length > 0) continue;
    if (!found.includes(mention.entity)) found.push(mention.entity);
  }
  return found;
}

export function resolvePairSources(
  index: DocumentIndex,
  sorted: readonly AttributionCandidate[],
  contents: ContentIndex,
  resolutions: (SourceResolution | null)[],
): void {
  for (let position = 0; position < sorted.length; position += 1) {
    const candidate = sorted[position] as AttributionCandidate;
    if (candidate.source === null || (resolutions[position]?.speaker ?? null) !== null) continue;
    const noun = pairNoun(index, candidate);
    if (noun === null) continue;
    const wanted = NOUN_GENDER[personNounGender(noun) ?? ''];
    const here = index.sentenceIndexAt(candidate.source.start);
    for (let sentence = here; sentence >= Math.max(0, here - REACH); sentence -= 1) {
      const bounds = index.sentences[sentence];
      if (bounds === undefined) break;
      const to = sentence === here ? candidate.source.start : bounds.end;
      const people = peopleNamed(index, contents, bounds.start, to);
      if (people.length === 0) continue;
      const agree =
        people.length === 2 &&
        people.every((person) => {
          const gender = entityGender(index.text, person);
          return wanted === undefined || gender === undefined || gender === wanted;
        });
      if (agree) resolutions[position] = { speaker: people.map((person) => person.id), anonymous: false };
      break;
    }
  }
}
