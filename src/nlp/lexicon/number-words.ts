/**
 * Cardinal number words, the one table every stage reads: times ("twenty four hours", spelled
 * years), events and claims ("three people were killed"), coreference ("all four", "the three").
 * Each stage takes the range it needs with `cardinalWordsUpTo`.
 */

export const UNIT_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
};

export const TEEN_WORDS: Readonly<Record<string, number>> = {
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};

export const TEN_WORDS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** One to ninety, and hundred. */
export const CARDINAL_WORDS: Readonly<Record<string, number>> = {
  ...UNIT_WORDS,
  ...TEEN_WORDS,
  ...TEN_WORDS,
  hundred: 100,
};

/** The cardinal words from `lowest` to `highest` ("the three" groups read two to twelve). */
export function cardinalWordsUpTo(highest: number, lowest = 1): Record<string, number> {
  const result: Record<string, number> = {};
  for (const [word, value] of Object.entries(CARDINAL_WORDS))
    if (value >= lowest && value <= highest) result[word] = value;
  return result;
}
