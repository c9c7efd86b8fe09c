/**
 * Plural descriptions of people that one story's articles give the same part in the same event:
 * "four robbers" took the jewels in one article, "the thieves" took them in another; "the cops"
 * shot him here, "plainclothes officers" there. Their heads differ and WordNet does not make them
 * one kind (description-heads.ts: a hypernym also joins prosecutors and lawyers), but filling one
 * role of one cross-document event in two pairs of articles or more is evidence that they are one
 * group. Used for groups of people only: two places in one role ("the station", "the shop" that
 * rioters burned) are often two places, and one person in one role is often two people ("a
 * judge", "a deputy" shot by one gunman).
 */

export interface RoleDescription {
  readonly id: string;
  readonly type: string;
  /** The description is plural (a `+pl` head, or "people"). */
  readonly plural: boolean;
  /** The words before the heads of its mentions, lower case ("four", "armed"). */
  readonly modifiers: readonly string[];
  /** The event roles it fills: a key of the event cluster and role, and the article. */
  readonly roles: readonly { readonly slot: string; readonly doc: number }[];
}

const NUMBER_WORDS: Readonly<Record<string, string>> = {
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
  eleven: '11',
  twelve: '12',
  twenty: '20',
  hundred: '100',
};

/** Words that count or single out members of a kind: "two", "10", "another", "both", "several". */
const COUNTING =
  /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|dozens?|hundreds|thousands|first|second|third|fourth|fifth|another|other|both|several|many|some|few)$/u;

/** A counting word in one spelling: "ten" and "10" are one count; "1,000" is "1000". */
export function countWord(word: string): string {
  return NUMBER_WORDS[word] ?? word.replace(/,/gu, '');
}

/** Both sides count or single out, with no such word in common ("two men" / "three men"; "ten" and "10" agree). */
export function countsConflict(left: Iterable<string>, right: Iterable<string>): boolean {
  const counts = (words: Iterable<string>) =>
    new Set([...words].filter((word) => COUNTING.test(word)).map(countWord));
  const a = counts(left);
  const b = counts(right);
  return a.size > 0 && b.size > 0 && ![...a].some((word) => b.has(word));
}

/**
 * Groups of description ids to join: two plural descriptions of one type (not places) that fill one
 * slot in `least` distinct pairs of articles or more, and whose counts agree with everything already
 * joined ("10 people" and "the villagers" and "3,000 people": never the two counts). Pairs are taken
 * by their evidence, the most first; each group is returned once, its ids in input order.
 */
export function roleSharingGroups(descriptions: readonly RoleDescription[], least = 2): string[][] {
  const eligible = descriptions.filter((description) => description.plural && description.type !== 'LOC');
  const bySlot = new Map<string, { index: number; doc: number }[]>();
  eligible.forEach((description, index) => {
    for (const role of description.roles)
      bySlot.set(role.slot, [...(bySlot.get(role.slot) ?? []), { index, doc: role.doc }]);
  });
  // evidence of each pair: the distinct (slot, article, article) where both fill the slot
  const evidence = new Map<string, Set<string>>();
  for (const [slot, fillers] of bySlot)
    for (const a of fillers)
      for (const b of fillers) {
        if (a.index >= b.index || a.doc === b.doc) continue;
        if (eligible[a.index]!.type !== eligible[b.index]!.type) continue;
        const key = `${a.index}:${b.index}`;
        const docs = a.doc < b.doc ? `${a.doc}:${b.doc}` : `${b.doc}:${a.doc}`;
        evidence.set(key, (evidence.get(key) ?? new Set()).add(`${slot}\u0000${docs}`));
      }
  const pairs = [...evidence]
    .filter(([, found]) => found.size >= least)
    .map(([key, found]) => ({ pair: key.split(':').map(Number) as [number, number], weight: found.size }))
    .sort((x, y) => y.weight - x.weight || x.pair[0] - y.pair[0] || x.pair[1] - y.pair[1]);
  const groupOf = eligible.map((_, index) => index);
  const members = eligible.map((_, index) => [index]);
  const words = eligible.map((description) => new Set(description.modifiers));
  for (const { pair } of pairs) {
    const a = groupOf[pair[0]]!;
    const b = groupOf[pair[1]]!;
    if (a === b || countsConflict(words[a]!, words[b]!)) continue;
    for (const index of members[b]!) groupOf[index] = a;
    members[a]!.push(...members[b]!);
    members[b] = [];
    for (const word of words[b]!) words[a]!.add(word);
  }
  return members
    .filter((group) => group.length > 1)
    .map((group) => [...group].sort((x, y) => x - y).map((index) => eligible[index]!.id));
}
