// Articles invented for the tests of ingest and the queue (no real text): speakers, towns and
// things combined by number, so each article is different.

const FIRST = ['Marta', 'Ivo', 'Lena', 'Tomas', 'Asha', 'Pavel', 'Nora', 'Emil'];
const LAST = ['Quell', 'Brandt', 'Okafor', 'Varga', 'Lind', 'Castell', 'Moreau', 'Haddad'];
const TOWNS = ['Corvane', 'Velmar', 'Ostrin', 'Dunmere', 'Kalvik'];
const THINGS = ['bridge', 'ferry line', 'library', 'power station', 'market hall'];

/** The n-th invented article: a few sentences with a speaker, a quotation and a place. */
export function inventedArticle(n: number): string {
  const speaker = `${FIRST[n % FIRST.length]} ${LAST[Math.floor(n / FIRST.length) % LAST.length]}`;
  const town = TOWNS[n % TOWNS.length];
  const thing = THINGS[Math.floor(n / 3) % THINGS.length];
  return (
    `The ${thing} in ${town} will close for ${2 + (n % 9)} weeks from March ${1 + (n % 27)}, officials said on Monday.\n\n` +
    `"We have waited ${n + 3} days for an answer," said ${speaker}, who runs the local council.\n\n` +
    `${speaker} added that residents of ${town} had collected ${100 + n} signatures.\n`
  );
}
