import { isDemonymOf } from '../lexicon/index.js';

const PROPOSITION = /^([a-z][a-z' -]*)\(([^()]+), ([^()]+)\)$/;

function isName(party: string): boolean {
  return /^\p{Lu}/u.test(party);
}

/**
 * "Dravani soldiers crossed the border" in one article, "Dravan's soldiers never crossed the border"
 * in another: a party keyed by its nationality word (when the article named no place it could be
 * of) is the place another topic names (lexicon `isDemonymOf`: "Kenyan" → Kenya, "Selmiran" →
 * Selmira), so its topics take the place's name. Propositions only; a word that could be of two
 * places is left alone. Returns topic → joined topic, for the topics that change.
 */
export function demonymJoins(topics: Iterable<string>): Map<string, string> {
  const parsed: [string, string, string, string][] = [];
  const parties = new Set<string>();
  for (const topic of new Set(topics)) {
    const match = PROPOSITION.exec(topic);
    if (match === null) continue;
    const [, predicate, subject, object] = match as unknown as [string, string, string, string];
    parsed.push([topic, predicate, subject, object]);
    for (const party of [subject, object]) if (isName(party)) parties.add(party);
  }
  const placeOf = new Map<string, string>();
  for (const word of parties) {
    if (word.includes(' ')) continue;
    const places = [...parties].filter((place) => place !== word && isDemonymOf(word, place));
    if (places.length === 1) placeOf.set(word, places[0] as string);
  }
  const joins = new Map<string, string>();
  if (placeOf.size === 0) return joins;
  for (const [topic, predicate, subject, object] of parsed) {
    const joined = `${predicate}(${placeOf.get(subject) ?? subject}, ${placeOf.get(object) ?? object})`;
    if (joined !== topic) joins.set(topic, joined);
  }
  return joins;
}
