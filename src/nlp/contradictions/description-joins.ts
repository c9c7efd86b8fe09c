import { lexicographerFileOf, NOUN_GROUP, NOUN_PERSON, synset, synsetsOf } from '../events/wordnet.js';

/**
 * A thing named by a more general word in another account is the same thing: "survivors said the
 * ferry had been overloaded" and "the operator said the vessel had not been overloaded" ask one
 * question. A topic `P(A, the X)` (or `P(the X, B)`) joins `P(A, the Y)` when Y is a kind of X
 * (WordNet hypernyms, three levels, the two most frequent senses of each: a ferry is a boat, a boat
 * a vessel) and the topics hold exactly one such Y for that predicate and other party. People and
 * groups are left to the coreference and the cross-document clusters ("the man" is not every
 * "soldier"); names and unknown parties ("?") never generalise. Returns general topic → specific topic.
 */
export function descriptionJoins(topics: Iterable<string>): Map<string, string> {
  const parsed: { topic: string; predicate: string; args: [string, string] }[] = [];
  for (const topic of new Set(topics)) {
    const match = TOPIC.exec(topic);
    if (match === null) continue;
    const [, predicate, subject, object] = match as unknown as [string, string, string, string];
    parsed.push({ topic, predicate, args: [subject, object] });
  }
  const target = new Map<string, string>();
  for (const general of parsed)
    for (const slot of [0, 1] as const) {
      const wide = nounOf(general.args[slot]);
      if (wide === null) continue;
      const other = general.args[1 - slot];
      const kinds = parsed.filter((candidate) => {
        if (candidate === general || candidate.predicate !== general.predicate) return false;
        if (candidate.args[1 - slot] !== other) return false;
        const narrow = nounOf(candidate.args[slot]);
        return narrow !== null && narrow !== wide && isKindOf(narrow, wide);
      });
      if (kinds.length === 1 && !target.has(general.topic))
        target.set(general.topic, (kinds[0] as (typeof kinds)[number]).topic);
    }
  return target;
}

const TOPIC = /^([a-z][a-z' -]*)\(([^()]+), ([^(),]+)\)$/;
const HYPERNYM_DEPTH = 3;

/** The noun of a common-noun party ("the vessel" → "vessel"), null for a name or "?". */
function nounOf(party: string): string | null {
  const match = /^the ([a-z][a-z-]*)$/.exec(party);
  return match === null ? null : (match[1] as string);
}

function senses(noun: string): readonly number[] {
  return synsetsOf(noun, 'noun').slice(0, 2);
}

/** Whether `narrow` is, in one of its two most frequent senses, a kind of `wide` (not a person or a group). */
export function isKindOf(narrow: string, wide: string): boolean {
  const targets = senses(wide).filter((offset) => {
    const file = lexicographerFileOf(offset, 'noun');
    return file !== NOUN_PERSON && file !== NOUN_GROUP;
  });
  if (targets.length === 0) return false;
  let frontier = senses(narrow).filter((offset) => lexicographerFileOf(offset, 'noun') !== NOUN_PERSON);
  for (let level = 0; level < HYPERNYM_DEPTH && frontier.length > 0; level += 1) {
    frontier = frontier.flatMap((offset) =>
      synset(offset, 'noun')
        .pointers.filter(
          (pointer) => (pointer.symbol === '@' || pointer.symbol === '@i') && pointer.pos === 'noun',
        )
        .map((pointer) => pointer.offset),
    );
    if (frontier.some((offset) => targets.includes(offset))) return true;
  }
  return false;
}
