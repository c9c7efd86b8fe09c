/**
 * "there had been no explosion at the building" against "a gas explosion had brought the building
 * down": a deed told of a thing says the thing happened, so a positive claim whose subject is the
 * thing an existential is about ("bring(the explosion, the building)") answers that existential's
 * question ("happen(the explosion, the building)"), and so does a light verb with the thing as its
 * noun ("catch fire(the engine, ?)" answers "happen(the fire, the engine)"). When the existential
 * names a place, the deed must name it too (as its subject or its object). Only positive claims
 * move (a deed denied says nothing of whether the thing happened), and only to the one existential
 * topic that fits.
 */
export function existenceJoins(
  topics: Iterable<{ readonly topic: string; readonly polarity: 'pos' | 'neg' }>,
): Map<string, string> {
  const claims = [...topics];
  const existentials = new Map<string, { thing: string; place: string }>();
  for (const { topic } of claims) {
    const match = EXISTENTIAL.exec(topic);
    if (match !== null) existentials.set(topic, { thing: match[1] as string, place: match[2] as string });
  }
  const joins = new Map<string, string>();
  if (existentials.size === 0) return joins;
  for (const { topic, polarity } of claims) {
    if (polarity !== 'pos' || existentials.has(topic) || joins.has(topic)) continue;
    const match = PROPOSITION.exec(topic);
    if (match === null) continue;
    const [, predicate, subject, object] = match as unknown as [string, string, string, string];
    const fits = [...existentials].filter(([, { thing, place }]) => {
      const told = subject === thing || (predicate.includes(' ') && lastWord(predicate) === lastWord(thing));
      if (!told) return false;
      return place === '?' || subject === place || object === place;
    });
    if (fits.length === 1) joins.set(topic, (fits[0] as [string, unknown])[0]);
  }
  return joins;
}

const EXISTENTIAL = /^happen\((?!\?)([^,()]+), ([^,()]+)\)$/;
const PROPOSITION = /^([a-z][a-z' -]*)\(([^,()]+), ([^,()]+)\)$/;

function lastWord(phrase: string): string {
  return phrase.slice(phrase.lastIndexOf(' ') + 1);
}
