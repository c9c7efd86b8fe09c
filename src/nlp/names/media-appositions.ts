import type { Segments, Token } from '../../model/index.js';
import { lemmaOf, synsetsOf } from '../events/wordnet.js';
import type { NameMention } from './name-mention.js';
import { isFirstName } from '../coref/first-name-gender.js';
import { hasHypernymWord, honorific, lookupPlace } from '../lexicon/index.js';
import { nameHead, tokenAt } from './token-index.js';

/**
 * WordNet synsets (by one of their words) that a news medium descends from: newspapers, dailies,
 * tabloids and magazines ("press", "print_media"), the firms that publish them ("publisher"), news
 * and wire agencies, broadcasting and its stations.
 */
const MEDIA_SYNSET_WORDS: ReadonlySet<string> = new Set([
  'press',
  'print_media',
  'publisher',
  'periodical',
  'news_agency',
  'wire_service',
  'broadcasting',
  'broadcasting_station',
  'television_station',
  'radio_station',
]);

/** Media nouns WordNet 3.0 lists only with another first sense ("broadcaster": a person; "channel": a passage). */
const NEW_MEDIA_NOUNS: ReadonlySet<string> = new Set([
  'broadcaster',
  'channel',
  'outlet',
  'website',
  'agency',
]);

const mediaMemo = new Map<string, boolean>();
const MEMO_LIMIT = 20_000;

/**
 * True when a lower-case noun names a news medium: one of its first two WordNet noun senses lies
 * (within six hypernym steps) under a newspaper, a periodical, a publisher, a news agency or a
 * broadcasting station ("newspaper", "daily", "tabloid", "weekly", "magazine"), or it is listed in
 * NEW_MEDIA_NOUNS. "Paper" (a material first) and "book" (a work) are not.
 */
export function isMediaNoun(word: string): boolean {
  const lemma = lemmaOf(word.toLowerCase(), 'noun') ?? word.toLowerCase();
  const known = mediaMemo.get(lemma);
  if (known !== undefined) return known;
  if (mediaMemo.size >= MEMO_LIMIT) mediaMemo.clear();
  const found =
    NEW_MEDIA_NOUNS.has(lemma) ||
    synsetsOf(lemma, 'noun')
      .slice(0, 2)
      .some((sense) => hasHypernymWord(sense, 'noun', { levels: 6 }, MEDIA_SYNSET_WORDS));
  mediaMemo.set(lemma, found);
  return found;
}

function isMediaToken(text: string, token: Token | undefined): boolean {
  return token !== undefined && token.pos === 'NOUN' && isMediaNoun(text.slice(token.start, token.end));
}

/** "Vell, a weekly magazine, …": an apposition of the name's head that is a media noun, a few words on. */
function hasMediaApposition(text: string, tokens: readonly Token[], head: number, end: number): boolean {
  for (let position = head + 1; position < head + 8 && position < tokens.length; position += 1) {
    const other = tokens[position] as Token;
    if (
      other.head === head &&
      other.dep === 'appos' &&
      isMediaToken(text, other) &&
      /^, (?:the |a |an )?(?:[\p{L}'’-]+ ){0,3}$/u.test(text.slice(end, other.start))
    )
      return true;
  }
  return false;
}

/**
 * ", a local magazine," right after a name: the apposition (opened by an article: ", who runs the
 * website," is a clause about a person) and the noun before its closing comma.
 */
const CLOSED_APPOSITION = /^, (?:the |a |an )(?:[\p{L}'’-]+ ){0,3}(\p{Ll}+),/u;

function closedMediaApposition(text: string, end: number): boolean {
  const match = CLOSED_APPOSITION.exec(text.slice(end, end + 80));
  return match !== null && isMediaNoun(match[1] as string);
}

/**
 * Before a bare media noun that titles a name: an adjective ("German broadcaster …", "new
 * publisher …"), a proper noun ("Kavel daily …") or a possessive ("Ebro's broadcaster …"); not
 * "a gaming or wireless Christmas".
 */
function isNationalityOrOwner(text: string, token: Token | undefined): boolean {
  if (token === undefined) return false;
  const word = text.slice(token.start, token.end);
  return token.pos === 'ADJ' || (token.pos === 'PROPN' && /^\p{Lu}/u.test(word)) || /^['’]s?$/u.test(word);
}

/** "Jason Lind", "Mr Lind": a person's name, led by a given name or an honorific ("the BBC website Mr Lind …"). */
function isPersonLed(surface: string): boolean {
  const first = surface.split(' ')[0] as string;
  return isFirstName(first) || honorific(first) !== undefined;
}

/** Between a media noun and the name after it: a space, "the", a comma and "the" ("newspaper, the …"). */
const NOUN_TO_NAME = /^(?:,? (?:the |The )?| )$/u;

/**
 * Newspapers, magazines, agencies and broadcasters named beside the noun that says what they are:
 * "Ebro's newspaper, the Corvin Ledger, reported", "the daily Morning Lantern", "Vell, a weekly
 * magazine, said", "the Corvin Ledger newspaper" were typed PERSON, MISC or LOC (and a personal
 * pronoun then resolved to them). A name the parse links to a media noun (`isMediaNoun`) — as its
 * apposition, a compound of it or the noun's apposition — that stands right after the noun, or
 * has the noun as its own apposition, or modifies it, is an organisation. The parse link is what
 * keeps "he told the newspaper Tom Lind had left" (Tom Lind the subject of "had left") a person.
 * The medium's other mentions, whole or by its last word ("the Ledger"), are the organisation too.
 */
export function typeMediaAppositions(
  text: string,
  segments: Segments,
  names: readonly NameMention[],
): NameMention[] {
  const { tokens } = segments;
  let output: NameMention[] | undefined;
  names.forEach((name, index) => {
    // a nationality or a place before the noun says where the medium is from ("US magazine Vell");
    // "its publisher Ada Lind" is a person
    const surface = text.slice(name.start, name.end);
    if (name.type === 'ORG' || name.subtype === 'NORP' || lookupPlace(surface) !== undefined) return;
    const head = nameHead(tokens, name);
    const token = tokens[head];
    if (token === undefined) return;
    const first = tokenAt(tokens, name.start);
    let before = first - 1;
    if (tokens[before]?.pos === 'DET') before -= 1;
    if (tokens[before]?.pos === 'PUNCT' && text.slice(tokens[before]?.start, tokens[before]?.end) === ',')
      before -= 1;
    const noun = tokens[before];
    const after = tokens[head + 1];
    // the name ends its phrase: "the Hindi-language Dainik Ledger" is a modifier, then the name
    const next = tokens[tokenAt(tokens, name.end)];
    if (next !== undefined && next.start === name.end + 1 && next.pos === 'PROPN') return;
    const linked =
      // "the newspaper Corvin Ledger", "newspaper, the Corvin Ledger,": the name hangs on the noun
      (noun !== undefined &&
        // "the daily Morning Lantern": "daily" may be tagged an adjective there (not before an
        // event's name, "the weekly Question Time", typed MISC, unless commas set the name apart)
        (isMediaToken(text, noun) ||
          (noun.pos === 'ADJ' &&
            (name.type !== 'MISC' || (before < first - 1 && text.charAt(name.end) === ',')) &&
            isMediaNoun(text.slice(noun.start, noun.end)))) &&
        NOUN_TO_NAME.test(text.slice(noun.end, name.start)) &&
        (before === first - 1
          ? // right before the name: after an article, linked by the parse ("The tabloid Sunday
            // Crier printed …" is sometimes parsed as two subjects of the verb); or a bare title
            // after a nationality, an adjective or an owner, however parsed ("German broadcaster
            // Kanal Vier aired …"; "its publisher Jason Lind" is a person, "a gaming or wireless
            // Christmas" no medium)
            (tokens[before - 1]?.pos === 'DET' &&
              (token.head === before ||
                noun.head === head ||
                (noun.head === token.head && noun.dep === token.dep))) ||
            (isNationalityOrOwner(text, tokens[before - 1]) &&
              !(name.type === 'PERSON' && isPersonLed(surface)))
          : // "newspaper, the Corvin Ledger,": linked by the parse, or an apposition the commas close
            token.head === before || noun.head === head || text.charAt(name.end) === ',')) ||
      // "the Corvin Ledger newspaper": the name modifies the noun right after it
      (after !== undefined &&
        token.head === head + 1 &&
        /^(?:compound|flat|nmod)/u.test(token.dep) &&
        text.slice(name.end, after.start) === ' ' &&
        isMediaToken(text, after) &&
        after.head !== head) ||
      // "Vell, a weekly magazine, said": the noun is the name's apposition
      hasMediaApposition(text, tokens, head, name.end) ||
      // "Vell Weekly, a local magazine, said": an apposition the commas close, however parsed
      (closedMediaApposition(text, name.end) && !(name.type === 'PERSON' && isPersonLed(surface)));
    if (!linked) return;
    output ??= names.slice();
    output[index] = { start: name.start, end: name.end, type: 'ORG' };
  });
  if (output === undefined) return names.slice();
  // the medium named again, whole or by its last word ("the Ledger" after "the Corvin Ledger")
  const typed = output;
  const media = new Set<string>();
  typed.forEach((name, index) => {
    if (name.type !== 'ORG' || names[index]?.type === 'ORG') return;
    const surface = text.slice(name.start, name.end);
    media.add(surface);
    if (surface.includes(' ')) media.add(surface.slice(surface.lastIndexOf(' ') + 1));
  });
  return typed.map((name) =>
    name.type !== 'ORG' && name.subtype === undefined && media.has(text.slice(name.start, name.end))
      ? { start: name.start, end: name.end, type: 'ORG' }
      : name,
  );
}
