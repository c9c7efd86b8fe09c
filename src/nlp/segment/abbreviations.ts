/**
 * Word lists for the period rules in `sentences.ts`. Keys are lower case, without the final period;
 * dotted acronyms ("U.S.", "a.m.") are recognised by shape, not listed.
 */

/** Titles stand before a name and never end a sentence: "Gov. Reyes", "Sen. Okafor", "St. Paul". */
export const TITLES: ReadonlySet<string> = new Set([
  'mr',
  'mrs',
  'ms',
  'messrs',
  'mme',
  'dr',
  'prof',
  'gen',
  'sen',
  'rep',
  'gov',
  'st',
  'lt',
  'col',
  'capt',
  'cpt',
  'sgt',
  'maj',
  'adm',
  'cmdr',
  'rev',
  'hon',
  'pres',
  'supt',
  'insp',
  'det',
  'fr',
  'mt',
  'ft',
]);

/** Abbreviations that always continue the sentence: "e.g. Lisbon", "i.e. the board", "Roe v. Wade". */
export const CONTINUING: ReadonlySet<string> = new Set(['e.g', 'i.e', 'cf', 'viz', 'vs', 'v']);

/** Abbreviations followed by a number: "No. 5", "Vol. 2", "pp. 10". */
export const BEFORE_NUMBER: ReadonlySet<string> = new Set([
  'no',
  'nos',
  'vol',
  'p',
  'pp',
  'fig',
  'art',
  'ch',
  'sec',
  'para',
  'op',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

/**
 * Abbreviations that may end a sentence ("… by Harlow Foods Ltd. The deal …") but usually do not
 * ("Harlow Foods Ltd. Chairman Ana Ruiz"): they end it only when a non-name follows.
 */
export const MAY_END_SENTENCE: ReadonlySet<string> = new Set([
  'inc',
  'ltd',
  'co',
  'cos',
  'corp',
  'jr',
  'sr',
  'plc',
  'llc',
  'bros',
  'etc',
  'esq',
  'dept',
  'univ',
  'assn',
  'approx',
  'est',
  'govt',
  'intl',
]);

/** Time abbreviations: "at 5 p.m. Police arrived" ends a sentence, "5 p.m. GMT" / "9 a.m. Monday" do not. */
export const TIME_OF_DAY: ReadonlySet<string> = new Set(['a.m', 'p.m']);

/** Words that keep a time abbreviation in its sentence: "4 p.m. Eastern", "10 a.m. Friday". */
export const AFTER_TIME_OF_DAY: ReadonlySet<string> = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'eastern',
  'pacific',
  'central',
  'mountain',
  'local',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]);

/**
 * Verbs of saying that may follow a quotation and a capitalised name in the same sentence:
 * "“It is over.” Okafor said." Only the past and present forms news uses.
 */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  'said',
  'says',
  'told',
  'tells',
  'added',
  'adds',
  'asked',
  'asks',
  'replied',
  'replies',
  'wrote',
  'writes',
  'insisted',
  'insists',
  'explained',
  'explains',
  'warned',
  'warns',
  'declared',
  'declares',
  'claimed',
  'claims',
  'argued',
  'argues',
  'stated',
  'states',
  'noted',
  'notes',
  'shouted',
  'shouts',
  'continued',
  'continues',
  'tweeted',
  'tweets',
  'recalled',
  'recalls',
  'admitted',
  'admits',
  'conceded',
  'concedes',
  'countered',
  'counters',
  'responded',
  'responds',
  'announced',
  'announces',
  'acknowledged',
  'acknowledges',
  'suggested',
  'suggests',
  'concluded',
  'concludes',
]);

/** Pronouns that can stand for the speaker after a quotation: "“Go home!” She said." is rare but real. */
export const SPEAKER_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you']);
