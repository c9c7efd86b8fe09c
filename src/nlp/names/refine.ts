import { dropTitleCaseWordNames, typeLegalFormNames } from './press-release-names.js';
import type { EntityType, Segments, Sentence, Token } from '../../model/index.js';
import {
  articleBelongsToName,
  facilityHead,
  foldKey,
  gazetteerEntry,
  gazetteerEntryOfKey,
  honorific,
  isRegionWordAt,
  matchGazetteer,
  organisation,
  organisationOfKey,
  personNoun,
  placeSubtype,
  placeSubtypeOfKey,
  roleNoun,
  type GazetteerEntry,
} from '../lexicon/index.js';
import { isUpperCode, isWordCode } from '../lexicon/normalise.js';
import { lemmaOf } from '../events/wordnet.js';
import { addPeopleAfterPossessiveBodies } from './possessed-people.js';
import type { NameMention } from './name-mention.js';
import { splitCoordinatedNames } from './coordinated-names.js';
import { dropInterjections } from './drop-interjections.js';
import { joinNameNumbers, typeHolidaysAndContests, typePeopleAfterPersonNouns } from './events-and-roles.js';
import {
  typeCityTeamsInResults,
  typeCityTeamsInSportsReports,
  typeCityTeamRepeats,
  typeLastWordsOfOrganisations,
  isSportsText,
  typeShortTeamNames,
  typeClubNicknames,
  typeSportsTeams,
  typeTownsOutsideSport,
} from './sports-teams.js';
import { joinGivenNamesToSurnames, typePeopleBySignals } from './person-signals.js';
import {
  joinArabicParticles,
  joinLinkedOrganisationNames,
  joinNationalOrganisations,
  joinOrganisationsCutAtAnd,
  typeShips,
} from './linked-names.js';
import { isFirstName } from '../coref/first-name-gender.js';
import { typeInstitutionsNamedAfterPeople } from './institutions-named-after-people.js';
import {
  joinGenerationalSuffixes,
  joinMultiwordSurnames,
  joinUntaggedGivenNames,
} from './multiword-surnames.js';
import { typeRegionNames } from './region-names.js';
import {
  dropAcronymsSpelledInLowerCase,
  joinNamesCutAtInitials,
  joinHyphenatedSurnames,
  joinOrganisationsAcrossAnd,
  joinNamesBeforeAcronyms,
  joinPlacesBeforeMastheads,
  typeMastheadNames,
} from './cut-names.js';
import { addSurnameRepeats } from './surname-repeats.js';
import { joinQuotedNicknames } from './quoted-nicknames.js';
import { typeLineupLists } from './lineup-lists.js';
import { typeBandsBeforeMusicians } from './bands-before-musicians.js';
import { typeMixedNamesInWorkTexts } from './mixed-work-names.js';
import { joinNameHeads, typeOrganisationHeads } from './organisation-heads.js';
import { typePostNominalHonours } from './post-nominal-honours.js';
import { typeProductNames } from './product-names.js';
import { typeQuotedTitles } from './quoted-titles.js';
import { joinAmpersandNames } from './ampersand-names.js';
import { joinLegislationNames } from './legislation-names.js';
import {
  dropCommonNounAcronyms,
  dropDateNames,
  dropRolesAfterPlaces,
  followsGroupNoun,
  isPersonWord,
  isPluralPersonWord,
  splitFusedPrefixes,
  typeBySenses,
  typeMemberWords,
  typeDatelinePlaces,
  typeFullNamesOfPeople,
  typeGivenNamesOfPeople,
  typeOrganisationFirstWords,
  typeOrganisationsByNouns,
  typePlacesBySenses,
} from './word-senses.js';
import { findStageNames } from './stage-names.js';
import { dropPartyLabels } from './party-labels.js';
import { dropRoleComplements, typePeopleByNameLists } from './people-by-name-lists.js';
import { typePlacesInPlaceLists } from './place-lists.js';
import { typePlacesAfterLocatives } from './places-after-locatives.js';
import { tokenAt } from './token-index.js';
import { splitRolesInsidePersonNames } from './roles-inside-names.js';
import { coordinatedBodyStart, joinCoordinatedBodies } from './coordinated-bodies.js';
import { joinTitledCompanyNames } from './titled-company-names.js';
import { typeVenues } from './venues.js';
import { typeOrganisationsByContext } from './organisations-by-context.js';
import { typeWorksAfterNouns, typeWorksNamedAgainAtEnd } from './works-after-nouns.js';
import { joinPossessiveBusinessNames } from './possessive-business-names.js';
import { typeAirportCodes } from './airport-codes.js';
import { trimFusedWords } from './fused-words.js';
import { trimCompoundTitles } from './compound-titles.js';
import { typePeriodicalNames } from './periodical-names.js';
import { typeMediaAppositions } from './media-appositions.js';
import { joinEventNames } from './event-names.js';
import {
  dropSentenceInitialAdjectives,
  joinNameSuffixes,
  joinPlaceHeads,
  joinSurnamesUsedAlone,
  trimLeadingPersonNouns,
  trimTrailingRoleWords,
  typePeopleListedAfterPersonNouns,
  typePlacesInPersonLists,
  typePlacesCoordinatedWithPeople,
  typePluralNamedGroups,
  typeSingularsOfPluralGroups,
  splitMemberWordsBeforePeople,
  trimPositionAbbreviations,
  splitCoordinatedOrganisations,
  typeAgencyDatelinePlaces,
  typeBySensesAndGivenNames,
  typeWebDomainNames,
  typeWorkLists,
  typeOrganisationsListedAfterNouns,
} from './document-evidence.js';
import { cutHeadlineVerbs } from './headline-verbs.js';
import { fixNameBoundaries } from './name-boundaries.js';
import {
  dropDecades,
  dropLeadingNumbers,
  dropTitlesAsOrganisations,
  joinDirectionalPlaceWords,
  joinHyphenatedNameParts,
  joinLinkedObjects,
  splitPoliceRanks,
} from './name-fragments.js';
import {
  dropBoilerplateNames,
  dropLegalFormsAndSigns,
  joinWordsBeforeLegalForms,
  typeCompaniesByLegalForms,
} from './boilerplate-names.js';
import { joinPossessiveOffices } from './possessive-offices.js';
import { retypeUnknownSingleNames } from './unknown-single-names.js';
import { typeNamesByPronouns } from './pronoun-agreement.js';
import { typeByAppositionHeads } from './apposition-heads.js';
import { typePeopleByClassifierNouns } from './classifier-nouns.js';
import { typeGroupsByPluralAgreement } from './plural-agreement.js';

/**
 * The correction step after the statistical recogniser, in the order the steps run:
 * 1. boundaries: no quotation marks, trailing punctuation, possessive ("Russia’s"), leading
 *    article ("the Kremlin"; "The Telegraph" keeps it) or trailing common nouns ("Islamic State
 *    terrorist group") inside a name; a possessive inside a name splits it ("Russia’s Investigative
 *    Committee" → "Russia" + "Investigative Committee");
 * 2. the gazetteer scan: known names found in the text win over the recogniser's split of them
 *    ("Novaya Gazeta Europe" is one ORG, not ORG + LOC) and are added where it missed them, when
 *    that is safe (capitalised, no sentence-initial ambiguity, not next to another capitalised word);
 *    "Bryansk region" and "Kursk Oblast" are joined;
 * 3. types and subtypes: countries and capitals are LOC/GPE even when called ORG, known
 *    organisations are ORG, demonyms are MISC/NORP, places get GPE / FAC from the lexicon;
 * 4. sorted, non-overlapping output.
 */

interface Working {
  start: number;
  end: number;
  type: EntityType;
  subtype: string | undefined;
  /** Made or confirmed by the lexicon: wins over an overlapping recogniser mention. */
  lexicon: boolean;
  /** Set by `retype` when the lexicon knows the name (an organisation, a gazetteer name, a place head). */
  known?: boolean;
}

const LEADING_ARTICLE = /^(?:the|The|THE)\s+/u;

/** Function words allowed lower-case inside a multiword name ("Bank of England", "Sea of Azov"). */
const NAME_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'of',
  'and',
  'the',
  'de',
  'del',
  'della',
  'di',
  'da',
  'do',
  'dos',
  'du',
  'des',
  'la',
  'le',
  'al',
  'el',
  'bin',
  'ibn',
  'van',
  'von',
  'der',
  'den',
  'for',
  'on',
  'upon',
  'in',
  'y',
  'sur',
]);

/** Words that link the parts of a longer name ("Bank of England", "Meeting for Sarajevo"). */
const NAME_LINK_WORDS: ReadonlySet<string> = new Set([
  'of',
  'for',
  'de',
  'del',
  'di',
  'du',
  'des',
  'von',
  'van',
  'al',
]);

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x202f;
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isHyphenCode(code: number): boolean {
  return code === 45 || (code >= 0x2010 && code <= 0x2013);
}

/** True when the span holds an upper-case letter or a digit: every name does ("decision" does not). */
function hasCapitalOrDigit(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index += 1) {
    const code = text.charCodeAt(index);
    if ((code >= 48 && code <= 57) || isUpperCode(code)) return true;
  }
  return false;
}

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 0x2018 || code === 0x02bc;
}

/** True when the text of the token starts with a lower-case letter. */
function startsLower(text: string, token: Token): boolean {
  const code = text.charCodeAt(token.start);
  return isWordCode(code) && !isUpperCode(code) && !(code >= 48 && code <= 57);
}

function startsUpper(text: string, offset: number): boolean {
  return isUpperCode(text.charCodeAt(offset));
}

/**
 * Trims a span to its name: no spaces, quotation marks, brackets or punctuation at either end,
 * no possessive at the end; a full stop stays when the tokenizer made it part of the word ("U.S.").
 */
function trimSpan(text: string, tokens: readonly Token[], start: number, end: number): [number, number] {
  let changed = true;
  while (changed && start < end) {
    changed = false;
    while (start < end && isLeadingJunk(text.charCodeAt(start))) {
      start += 1;
      changed = true;
    }
    while (start < end) {
      const code = text.charCodeAt(end - 1);
      if (!isTrailingJunk(code)) break;
      if (code === 46) {
        // "U.S." and "Inc." keep their full stop when the tokenizer keeps it in the word.
        const token = tokens[tokenAt(tokens, end - 1)];
        // "Durks..." loses its ellipsis: only a single full stop belongs to a word.
        if (
          token !== undefined &&
          token.end === end &&
          token.end - token.start > 1 &&
          token.start >= start &&
          text.charCodeAt(end - 2) !== 46
        )
          break;
      }
      // "Buducnost (V)" keeps a bracket that it opened.
      if (
        (code === 41 && text.lastIndexOf('(', end - 1) >= start) ||
        (code === 93 && text.lastIndexOf('[', end - 1) >= start)
      )
        break;
      end -= 1;
      changed = true;
    }
    // Possessive: "Russia’s", "Reuters’".
    if (
      end - start > 2 &&
      (text.charCodeAt(end - 1) === 115 || text.charCodeAt(end - 1) === 83) &&
      isApostrophe(text.charCodeAt(end - 2))
    ) {
      end -= 2;
      changed = true;
    }
  }
  return [start, end];
}

/** Characters a name never starts with: spaces, quotation marks, brackets, punctuation, dashes. */
function isLeadingJunk(code: number): boolean {
  return isSpace(code) || isQuote(code) || QUOTE_OR_PUNCTUATION.has(code);
}

/** Characters a name never ends with ("C$", "OPEC+" keep their symbol). */
function isTrailingJunk(code: number): boolean {
  return isSpace(code) || isQuote(code) || QUOTE_OR_PUNCTUATION.has(code);
}

function isQuote(code: number): boolean {
  return (
    code === 34 ||
    code === 39 ||
    (code >= 0x2018 && code <= 0x201f) ||
    code === 0xab ||
    code === 0xbb ||
    code === 0x2039 ||
    code === 0x203a ||
    code === 0x60
  );
}

/** . , ; : ! ? ( ) [ ] { } - – — … / * and the like. */
const QUOTE_OR_PUNCTUATION: ReadonlySet<number> = new Set(
  [...'.,;:!?()[]{}-‐‑‒–—―…/\\*•·|'].map((character) => character.charCodeAt(0)),
);

const WEEKDAYS: ReadonlySet<string> = new Set([
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
]);

/** Region words that join a place in lower case ("Bryansk region"); "Huize county" stays "Huize". */
const LOWER_CASE_REGION_WORDS: ReadonlySet<string> = new Set(['region', 'oblast', 'krai', 'kray', 'okrug']);

/**
 * Cuts a name at the first lower-case word after its last capitalised word ("Islamic State
 * terrorist group" → "Islamic State", "Gulf consist of 15" → "Gulf") and drops a trailing weekday
 * ("CNBC Friday"). Hyphenated compounds ("Bergamo-based") and "X region" stay whole.
 */
function dropTrailingCommonWords(text: string, tokens: readonly Token[], mention: Working): void {
  const first = tokenAt(tokens, mention.start);
  let lastCapital = -1;
  let last = first;
  for (let index = first; index < tokens.length && (tokens[index] as Token).end <= mention.end; index += 1) {
    const token = tokens[index] as Token;
    if (startsUpper(text, token.start) && (index === first || !WEEKDAYS.has(tokenText(text, token))))
      lastCapital = index;
    last = index;
  }
  if (lastCapital < 0) return;
  let keep = last;
  for (let index = lastCapital + 1; index <= last; index += 1) {
    const token = tokens[index] as Token;
    // "CNBC Friday", "Times on Monday": a weekday ends the name before it.
    if (WEEKDAYS.has(tokenText(text, token))) {
      keep = index - 1;
      break;
    }
    if (!startsLower(text, token)) continue;
    if (token.start > 0 && isHyphenCode(text.charCodeAt(token.start - 1))) continue;
    if (
      index === lastCapital + 1 &&
      mention.type === 'LOC' &&
      LOWER_CASE_REGION_WORDS.has(tokenText(text, token))
    )
      continue;
    keep = index - 1;
    break;
  }
  const keptToken = tokens[keep] as Token;
  if (keptToken.end < mention.end && keptToken.end > mention.start) mention.end = keptToken.end;
}

/** Splits a name at an inner possessive ("Russia’s Investigative Committee"), else returns it alone. */
function splitPossessive(text: string, mention: Working): Working[] {
  for (let index = mention.start + 1; index + 2 < mention.end; index += 1) {
    if (!isApostrophe(text.charCodeAt(index))) continue;
    const next = text.charCodeAt(index + 1);
    if ((next !== 115 && next !== 83) || !isSpace(text.charCodeAt(index + 2))) continue;
    const wholeKnown = organisation(text.slice(mention.start, mention.end));
    if (wholeKnown !== undefined) return [mention];
    let rightStart = index + 2;
    while (rightStart < mention.end && isSpace(text.charCodeAt(rightStart))) rightStart += 1;
    rightStart = skipLowerCaseWords(text, rightStart, mention.end);
    const left: Working = { ...mention, end: index, subtype: undefined, lexicon: false };
    const right: Working = { ...mention, start: rightStart, subtype: undefined, lexicon: false };
    return [left, ...splitPossessive(text, right)];
  }
  return [mention];
}

/** Skips lower-case words at the start of a split-off part: "Lloyd’s of London" → "London". */
function skipLowerCaseWords(text: string, start: number, end: number): number {
  let position = start;
  while (
    position < end &&
    isWordCode(text.charCodeAt(position)) &&
    !isUpperCode(text.charCodeAt(position)) &&
    !isDigitCode(text.charCodeAt(position))
  ) {
    while (position < end && !isSpace(text.charCodeAt(position))) position += 1;
    while (position < end && isSpace(text.charCodeAt(position))) position += 1;
  }
  return position;
}

/** Words that follow a name after a hyphen to make an adjective of it ("EU-wide", "Soviet-era"). */
const HYPHEN_COMBINING_WORDS: ReadonlySet<string> = new Set([
  'wide',
  'era',
  'style',
  'like',
  'centric',
  'specific',
  'run',
  'born',
  'bound',
]);

/**
 * True when `word` (the part after a name's hyphen) is one lower-case word that turns the name into
 * an adjective: a verb's participle ("based", "led", "born", "backed", "run", "speaking", by
 * WordNet's inflections) or a combining word ("wide", "era").
 */
function isParticipleSuffix(word: string): boolean {
  if (!/^\p{Ll}+$/u.test(word)) return false;
  if (HYPHEN_COMBINING_WORDS.has(word)) return true;
  if (word.endsWith('s')) return false;
  const base = lemmaOf(word, 'verb');
  return base !== null && base !== word;
}

/** Splits "Russian-Belarusian" into its two demonyms. */
function splitHyphenatedGroups(text: string, mention: Working): Working[] {
  let hyphen = -1;
  for (let index = mention.start + 1; index < mention.end - 1; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 45 || (code >= 0x2010 && code <= 0x2013)) {
      hyphen = index - mention.start;
      break;
    }
  }
  if (hyphen <= 0) return [mention];
  const surface = text.slice(mention.start, mention.end);
  const left = gazetteerEntry(surface.slice(0, hyphen));
  // "US-led", "Kyrgyz-born": the known name before a lower-case participle.
  const afterHyphen = text.charCodeAt(mention.start + hyphen + 1);
  if (
    left !== undefined &&
    isWordCode(afterHyphen) &&
    !isUpperCode(afterHyphen) &&
    !isDigitCode(afterHyphen)
  ) {
    return [
      {
        start: mention.start,
        end: mention.start + hyphen,
        type: left.type,
        subtype: left.subtype,
        lexicon: true,
      },
    ];
  }
  // "Ohio-based", "Pasadena-based": a place the gazetteer does not hold, before a participle, is
  // the place alone (other names are cut only on evidence: `typeNamesBeforeParticiples`).
  const suffix = surface.slice(hyphen + 1);
  const place = isParticipleSuffix(suffix) ? placeSubtype(surface.slice(0, hyphen)) : undefined;
  if (place !== undefined)
    return [
      { start: mention.start, end: mention.start + hyphen, type: 'LOC', subtype: place, lexicon: true },
    ];
  const right = gazetteerEntry(suffix);
  if (left?.subtype !== 'NORP' || right?.subtype !== 'NORP') return [mention];
  return [
    { start: mention.start, end: mention.start + hyphen, type: 'MISC', subtype: 'NORP', lexicon: true },
    { start: mention.start + hyphen + 1, end: mention.end, type: 'MISC', subtype: 'NORP', lexicon: true },
  ];
}

/** True when token `index` is the first word of its sentence (after any opening quotation marks). */
function opensSentence(text: string, segments: Segments, index: number): boolean {
  const sentences = segments.sentences;
  let low = 0;
  let high = sentences.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sentences[middle] as Sentence).endToken <= index) low = middle + 1;
    else high = middle;
  }
  return isSentenceInitial(text, segments.tokens, sentences[low], index);
}

/** True when [start, end) holds a comma or another break between names (see `isNameBreak`). */
function hasSeparator(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index += 1)
    if (text.charCodeAt(index) === 44 || isNameBreak(text, index, end)) return true;
  return false;
}

/**
 * A menu bar ("National | Tamil Nadu"), a spaced dash or a bracket that the name does not close
 * ("Ro' (Kaka"): two names, never one. "Buducnost (V)" closes its bracket and stays whole.
 */
function isNameBreak(text: string, index: number, end: number): boolean {
  const code = text.charCodeAt(index);
  if (code === 124 || code === 0xa6) return true;
  // "Munich - German", "Quartet – the US": a dash with spaces around it parts two names.
  if ((code === 45 || code === 0x2013 || code === 0x2014) && isSpace(text.charCodeAt(index - 1)))
    return isSpace(text.charCodeAt(index + 1));
  if (code !== 40 && code !== 91) return false;
  const close = text.indexOf(code === 40 ? ')' : ']', index);
  return close < 0 || close >= end;
}

/** Splits "FSB, Russia’s internal" at its commas, unless the whole is a known name ("Washington, DC"). */
function splitAtCommas(text: string, mention: Working): Working[] {
  if (!hasSeparator(text, mention.start, mention.end)) return [mention];
  if (gazetteerEntry(text.slice(mention.start, mention.end)) !== undefined) return [mention];
  const parts: Working[] = [];
  let start = mention.start;
  for (let index = mention.start; index <= mention.end; index += 1) {
    const isComma =
      index < mention.end &&
      ((text.charCodeAt(index) === 44 &&
        !(isDigitCode(text.charCodeAt(index - 1)) && isDigitCode(text.charCodeAt(index + 1)))) ||
        isNameBreak(text, index, mention.end));
    if (index === mention.end || isComma) {
      if (index > start) parts.push({ ...mention, start, end: index, subtype: undefined });
      start = index + 1;
    }
  }
  return parts;
}

/**
 * "BBC special correspondent Gavin Hewitt", "Harbour FC striker Tom Lind": a lower-case role word
 * (the role lexicon or a WordNet noun.person word) inside a name, followed by a given name and more
 * capitalised words, parts an organisation from a person. The left part keeps the recogniser's
 * type, the right part is a PERSON.
 */
function splitAtRoleWords(text: string, tokens: readonly Token[], mention: Working): Working[] {
  const first = tokenAt(tokens, mention.start);
  for (let index = first + 1; index < tokens.length; index += 1) {
    const token = tokens[index] as Token;
    if (token.end > mention.end) break;
    if (!startsLower(text, token)) continue;
    const word = tokenText(text, token);
    if (NAME_FUNCTION_WORDS.has(word) || (roleNoun(word) === undefined && !isPersonWord(word))) continue;
    let personStart = index + 1;
    while (personStart < tokens.length && startsLower(text, tokens[personStart] as Token)) personStart += 1;
    const given = tokens[personStart];
    const surname = tokens[personStart + 1];
    if (given === undefined || surname === undefined || surname.end > mention.end) return [mention];
    if (!isFirstName(tokenText(text, given))) return [mention];
    const person: Working = {
      start: given.start,
      end: mention.end,
      type: 'PERSON',
      subtype: undefined,
      lexicon: false,
    };
    let leftEnd = index - 1;
    while (leftEnd >= first && startsLower(text, tokens[leftEnd] as Token)) leftEnd -= 1;
    if (leftEnd < first) return [person];
    return [{ ...mention, end: (tokens[leftEnd] as Token).end, subtype: undefined, lexicon: false }, person];
  }
  return [mention];
}

/** Drops a leading "the" unless it belongs to the name: "the Kremlin" → "Kremlin"; "The Telegraph" stays. */
function dropArticle(text: string, mention: Working): void {
  const first = text.charCodeAt(mention.start);
  if (first !== 116 && first !== 84) return;
  const article = LEADING_ARTICLE.exec(text.slice(mention.start, Math.min(mention.end, mention.start + 12)));
  if (article === null) return;
  if (first === 84 && articleBelongsToName(text.slice(mention.start, mention.end))) return;
  mention.start += article[0].length;
}

/**
 * Drops a plural common noun that opens the sentence and so is capitalised: "Brothers Dilovar
 * and …", "Officials Ann …". Titles used with names stay ("President Tarn", "Mr Orlan").
 */
function dropSentenceInitialNoun(text: string, segments: Segments, mention: Working): void {
  const tokens = segments.tokens;
  const index = tokenAt(tokens, mention.start);
  const token = tokens[index];
  const next = tokens[index + 1];
  if (token === undefined || next === undefined || token.start !== mention.start) return;
  if (next.end > mention.end || !startsUpper(text, next.start)) return;
  // Plural nouns end in "s" or are irregular ("people", "men", "women", "children").
  const lastCode = text.charCodeAt(token.end - 1);
  if (lastCode !== 115 && lastCode !== 110 && lastCode !== 101) return;
  const word = text.slice(token.start, token.end);
  if (honorific(word) !== undefined || isAllCapitalWord(text, token)) return;
  if (personNoun(word)?.plural !== true && roleNoun(word)?.plural !== true && !isPluralPersonWord(word))
    return;
  if (!opensSentence(text, segments, index)) return;
  mention.start = next.start;
}

/** Step 1: the recogniser's mentions with clean boundaries. */
function cleanMentions(text: string, segments: Segments, names: readonly NameMention[]): Working[] {
  const tokens = segments.tokens;
  const cleaned: Working[] = [];
  for (const name of names) {
    let start = Math.max(0, name.start);
    let end = Math.min(text.length, name.end);
    [start, end] = trimSpan(text, tokens, start, end);
    if (start >= end) continue;
    const whole: Working = { start, end, type: name.type, subtype: name.subtype, lexicon: false };
    for (const part of splitAtCommas(text, whole)) {
      [part.start, part.end] = trimSpan(text, tokens, part.start, part.end);
      if (part.start >= part.end) continue;
      dropArticle(text, part);
      if (part.start > whole.start) part.start = skipLowerCaseWords(text, part.start, part.end);
      if (part.start >= part.end) continue;
      dropSentenceInitialNoun(text, segments, part);
      for (const piece of splitPossessive(text, part).flatMap((one) => splitAtRoleWords(text, tokens, one))) {
        dropTrailingCommonWords(text, tokens, piece);
        [piece.start, piece.end] = trimSpan(text, tokens, piece.start, piece.end);
        if (piece.start >= piece.end || !hasCapitalOrDigit(text, piece.start, piece.end)) continue;
        for (const word of splitHyphenatedGroups(text, piece)) cleaned.push(word);
      }
    }
  }
  cleaned.sort((a, b) => a.start - b.start || b.end - a.end);
  return cleaned;
}

/** True when token `index` opens its sentence, perhaps after quotation marks or brackets. */
function isSentenceInitial(
  text: string,
  tokens: readonly Token[],
  sentence: Sentence | undefined,
  index: number,
): boolean {
  if (sentence === undefined) return index === 0;
  for (let position = sentence.firstToken; position < index; position += 1) {
    const token = tokens[position] as Token;
    if (isWordCode(text.charCodeAt(token.start))) return false;
  }
  return true;
}

function tokenText(text: string, token: Token | undefined): string {
  return token === undefined ? '' : text.slice(token.start, token.end);
}

function isAllCapitalWord(text: string, token: Token | undefined): boolean {
  if (token === undefined || token.end - token.start < 2) return false;
  for (let offset = token.start; offset < token.end; offset += 1) {
    const code = text.charCodeAt(offset);
    if (isWordCode(code) && !isUpperCode(code) && !(code >= 48 && code <= 57)) return false;
  }
  return true;
}

/** Every word of a multiword match is capitalised, except the function words of names. */
function wordsCapitalised(text: string, tokens: readonly Token[], first: number, end: number): boolean {
  for (let index = first; index < tokens.length; index += 1) {
    const token = tokens[index] as Token;
    if (token.start >= end) break;
    const code = text.charCodeAt(token.start);
    if (!isWordCode(code) || isUpperCode(code) || (code >= 48 && code <= 57)) continue;
    if (!NAME_FUNCTION_WORDS.has(tokenText(text, token))) return false;
  }
  return true;
}

/**
 * A capitalised proper-noun token that is not a title or role ("Mayor", "President") nor a known
 * name: part of another name ("Wendy Chile"). "A", "In" at a sentence start are not proper nouns.
 */
function isOtherCapitalisedWord(text: string, token: Token | undefined): boolean {
  if (token === undefined || token.pos !== 'PROPN' || !startsUpper(text, token.start)) return false;
  const word = tokenText(text, token);
  return roleNoun(word) === undefined && honorific(word) === undefined && gazetteerEntry(word) === undefined;
}

/** Whether a gazetteer name the recogniser missed may be added (see the module comment). */
function safeToAdd(
  text: string,
  tokens: readonly Token[],
  sentence: Sentence | undefined,
  first: number,
  match: { entry: GazetteerEntry; end: number },
): boolean {
  const entry = match.entry;
  if (!entry.addable) return false;
  if (!wordsCapitalised(text, tokens, first, match.end)) return false;
  const firstToken = tokens[first] as Token;
  const previous = first > 0 ? tokens[first - 1] : undefined;
  const lastIndex = tokenAt(tokens, match.end - 1);
  const next = tokens[lastIndex + 1];
  const initial = isSentenceInitial(text, tokens, sentence, first);
  const norp = entry.subtype === 'NORP';
  // Sentence-initial: only when the tagger also reads a proper name ("Reading" is a verb there).
  if (initial && !norp && entry.caseSensitive === false && firstToken.pos !== 'PROPN') return false;
  if (
    !norp &&
    entry.words === 1 &&
    firstToken.pos !== 'PROPN' &&
    firstToken.pos !== 'NOUN' &&
    !entry.caseSensitive
  ) {
    return false;
  }
  // Headlines in capitals: "WHO", "US" there are words.
  if (entry.caseSensitive && (isAllCapitalWord(text, previous) || isAllCapitalWord(text, next))) return false;
  const adjacentPrevious = previous !== undefined && previous.end === firstToken.start - 1;
  // "Mr Jordan", "Bank of England", "Michael Jordan": part of another name.
  if (previous !== undefined && honorific(tokenText(text, previous)) !== undefined) return false;
  if (!initial && previous !== undefined && adjacentPrevious && isOtherCapitalisedWord(text, previous))
    return false;
  if (previous !== undefined && NAME_LINK_WORDS.has(tokenText(text, previous)) && first >= 2) {
    const before = tokens[first - 2];
    if (before !== undefined && startsUpper(text, before.start)) return false;
  }
  if (next !== undefined && next.start <= match.end + 1 && isOtherCapitalisedWord(text, next)) return false;
  return true;
}

/** Mentions from `list[from…]` that overlap [start, end), except removed ones. */
function overlapping(
  list: readonly Working[],
  from: number,
  start: number,
  end: number,
  removed: ReadonlySet<Working>,
): Working[] {
  const found: Working[] = [];
  for (let index = from; index < list.length; index += 1) {
    const mention = list[index] as Working;
    if (mention.start >= end) break;
    if (mention.end > start && !removed.has(mention)) found.push(mention);
  }
  return found;
}

function lexiconMention(start: number, match: { entry: GazetteerEntry; end: number }): Working {
  return { start, end: match.end, type: match.entry.type, subtype: match.entry.subtype, lexicon: true };
}

/** Step 2: the gazetteer scan over capitalised tokens. */
function scanGazetteer(text: string, segments: Segments, mentions: Working[]): Working[] {
  const tokens = segments.tokens;
  const sentences = segments.sentences;
  const added: Working[] = [];
  const removed = new Set<Working>();
  let sentenceIndex = 0;
  let mentionIndex = 0;
  let skipUntil = 0;
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index] as Token;
    if (token.start < skipUntil) continue;
    if (!startsUpper(text, token.start)) continue;
    while (mentionIndex < mentions.length && (mentions[mentionIndex] as Working).end <= token.start)
      mentionIndex += 1;
    // A name starting inside a recogniser mention is inside it or crosses it: the mention stands.
    const current = mentions[mentionIndex];
    if (current !== undefined && current.start < token.start) continue;
    while (sentenceIndex < sentences.length && (sentences[sentenceIndex] as Sentence).end <= token.start)
      sentenceIndex += 1;
    const match = matchGazetteer(text, token.start);
    if (match === null) {
      const region = regionPhraseAt(text, tokens, index, mentions, mentionIndex);
      if (region !== null) {
        added.push(region);
        skipUntil = region.end;
      }
      continue;
    }
    const window = overlapping(mentions, mentionIndex, token.start, match.end, removed);
    if (window.length === 0) {
      if (safeToAdd(text, tokens, sentences[sentenceIndex], index, match)) {
        added.push(lexiconMention(token.start, match));
        skipUntil = match.end;
      }
      continue;
    }
    const inside = window.every((mention) => mention.start >= token.start && mention.end <= match.end);
    const exact = window.length === 1 && window[0]!.start === token.start && window[0]!.end === match.end;
    if (inside && !exact && match.entry.words >= 2 && wordsCapitalised(text, tokens, index, match.end)) {
      // "Novaya Gazeta" ORG + "Europe" LOC → "Novaya Gazeta Europe" ORG.
      for (const mention of window) removed.add(mention);
      added.push(lexiconMention(token.start, match));
      skipUntil = match.end;
    }
  }
  if (removed.size === 0 && added.length === 0) return mentions;
  const merged = mentions.filter((mention) => !removed.has(mention)).concat(added);
  merged.sort((a, b) => a.start - b.start || b.end - a.end);
  return merged;
}

/**
 * "Kursk region", "Belgorod Oblast" that the recogniser missed: a capitalised known place followed
 * by a region word, outside every mention.
 */
function regionPhraseAt(
  text: string,
  tokens: readonly Token[],
  index: number,
  mentions: readonly Working[],
  mentionIndex: number,
): Working | null {
  const next = tokens[index + 1];
  const token = tokens[index] as Token;
  if (next === undefined || next.start !== token.end + 1) return null;
  if (!isRegionWordAt(text, next.start, next.end)) return null;
  if (!startsUpper(text, next.start) && !LOWER_CASE_REGION_WORDS.has(tokenText(text, next))) return null;
  const following = mentions[mentionIndex];
  if (following !== undefined && following.start < next.end) return null;
  if (placeSubtype(tokenText(text, token)) !== 'GPE') return null;
  return { start: token.start, end: next.end, type: 'LOC', subtype: 'GPE', lexicon: true };
}

const STREET_ABBREVIATION = /^(?:St|Ave|Blvd|Rd|Pkwy|Hwy)\.?$/u;

/** "Downing St" speaks as "Downing Street" does: the abbreviated head written out names a known organisation. */
function knownWhenWrittenOut(key: string): boolean {
  const match = /^(.+) (st|ave|blvd|rd)\.?$/u.exec(key);
  if (match === null) return false;
  const head = { st: 'street', ave: 'avenue', blvd: 'boulevard', rd: 'road' }[match[2] as 'st'];
  return organisationOfKey(`${match[1] as string} ${head}`) !== undefined;
}

/** Structure and route heads make an ORG-typed name a facility ("Crocus City Hall"); "City Hall" alone stays. */
function isFacilityName(surface: string): boolean {
  const space = surface.lastIndexOf(' ');
  if (space < 0) return false;
  // a street's abbreviated head: "Peel St", "Elm Ave.", "St. Mary Blvd" (kept out of the lexicon:
  // "St" opens names too)
  if (STREET_ABBREVIATION.test(surface.slice(space + 1))) return true;
  const kind = facilityHead(surface.slice(space + 1));
  if (kind !== 'structure' && kind !== 'route') return false;
  return !/^(?:City|Town) Hall$/u.test(surface);
}

/**
 * Heads of natural places and of counties that make an ORG-typed name a place: "the Truckee
 * River", "Lyon County", "the Bay Area". Heads that also end team or company names ("Bay" as in
 * "Tampa Bay", "Coast", "Gulf", "Channel") are left out.
 */
const NATURAL_OR_COUNTY_HEAD =
  / (?:River|Lake|Sea|Ocean|Mountains?|Hills|Island|Islands|Peninsula|Valley|Desert|Forest|Glacier|Area|Straits?|Township)$/u;

function isNaturalOrCountyName(surface: string): boolean {
  return NATURAL_OR_COUNTY_HEAD.test(surface);
}

/** Step 3: types and subtypes from the lexicon; joins a following region word to a place. */
function retype(text: string, tokens: readonly Token[], mention: Working): void {
  const surface = text.slice(mention.start, mention.end);
  const key = foldKey(surface);
  const known =
    organisationOfKey(key) ?? (key.startsWith('the ') ? organisationOfKey(key.slice(4)) : undefined);
  if (known !== undefined && !known.ambiguous) {
    mention.type = 'ORG';
    mention.subtype = undefined;
    mention.known = true;
    return;
  }
  const entry = gazetteerEntryOfKey(key, surface);
  if (entry !== undefined || known !== undefined) mention.known = true;
  if (entry !== undefined && entry.subtype === 'NORP') {
    // A demonym is never a person or a place; a noun-like one ("Finn") may be a person's name.
    if (mention.type !== 'PERSON' || entry.addable) {
      mention.type = 'MISC';
      mention.subtype = 'NORP';
    }
    return;
  }
  if (entry !== undefined && entry.source === 'country' && mention.type !== 'PERSON') {
    // "Ukraine" called ORG in "Ukraine rejected …" is still the country.
    mention.type = 'LOC';
  }
  if (mention.type === 'ORG' && isFacilityName(surface) && known === undefined && !knownWhenWrittenOut(key))
    mention.type = 'LOC';
  // "Dunmore Blvd" typed a person: no name of a person ends in a street's abbreviation
  if (mention.type === 'PERSON' && /^\p{Lu}\p{Ll}+ (?:Ave|Blvd|Rd|St)\.?$/u.test(surface))
    mention.type = 'LOC';
  if (mention.type === 'ORG' && isNaturalOrCountyName(surface) && known === undefined) mention.type = 'LOC';
  if (mention.type !== 'LOC') return;
  // "Bryansk" + "region" → "Bryansk region".
  const nextIndex = tokenAt(tokens, mention.end);
  const next = tokens[nextIndex];
  if (
    next !== undefined &&
    next.start === mention.end + 1 &&
    isRegionWordAt(text, next.start, next.end) &&
    (startsUpper(text, next.start) || LOWER_CASE_REGION_WORDS.has(tokenText(text, next)))
  ) {
    mention.end = next.end;
    mention.subtype = 'GPE';
    return;
  }
  const subtype = placeSubtypeOfKey(key);
  if (subtype !== undefined) mention.known = true;
  // Unknown places in news are mostly towns and villages: GPE unless a head word says otherwise.
  mention.subtype = subtype === 'LOC' ? undefined : (subtype ?? 'GPE');
}

/**
 * Splits a name that joins a known name, a title and a person: "UN Secretary General Kofi Annan"
 * → ORG "UN" + PERSON "Kofi Annan"; "Estonian Prime Minister Kaja Tamm" → NORP + PERSON; and a
 * PERSON led by a demonym: "Australian Lynton Crosby" → NORP "Australian" + PERSON "Lynton Crosby".
 */
function splitTitledNames(text: string, tokens: readonly Token[], mentions: Working[]): Working[] {
  let output: Working[] | null = null;
  for (let mentionIndex = 0; mentionIndex < mentions.length; mentionIndex += 1) {
    const mention = mentions[mentionIndex] as Working;
    const parts = splitTitledName(text, tokens, mention);
    if (parts === null) {
      output?.push(mention);
      continue;
    }
    output ??= mentions.slice(0, mentionIndex);
    for (const part of parts) {
      // "Trade and Industry Secretary ...": the body is the whole coordination
      if (part.type === 'ORG' && part.start === mention.start)
        part.start = coordinatedBodyStart(text, part.start, mentions);
      output.push(part);
    }
  }
  return output ?? mentions;
}

function splitTitledName(text: string, tokens: readonly Token[], mention: Working): Working[] | null {
  const first = tokenAt(tokens, mention.start);
  const firstToken = tokens[first];
  const second = tokens[first + 1];
  if (firstToken === undefined || second === undefined || second.end > mention.end) return null;
  if (!startsUpper(text, second.start)) return null;
  // Where the known name ends: the longest gazetteer or organisation name at the start.
  const match = matchGazetteer(text, mention.start);
  // Every organisation and gazetteer name is in the phrase index: no match, nothing known on the left,
  // unless the name opens with an acronym that a title follows ("MCA President Ong Tee" → ORG +
  // PERSON): an acronym before a title is the body the title belongs to.
  const acronym = match === null && isAcronym(text, firstToken.start, firstToken.end);
  // An unknown name before a title ("Orbix Chief Executive Marta Lind"): the title and the person
  // are split off all the same; the unknown part stays an organisation only where the tagger or
  // its last word says so ("Tarvo Group"), and is left out otherwise (a town or a firm: no guess).
  const unknownEnd = match === null && !acronym ? unknownBodyEnd(text, tokens, first, mention) : -1;
  if (match === null && !acronym && unknownEnd < 0) return null;
  const leftEnd =
    unknownEnd >= 0 ? unknownEnd : match !== null && match.end < mention.end ? match.end : firstToken.end;
  const leftSurface = text.slice(mention.start, leftEnd);
  const leftEntry = gazetteerEntry(leftSurface);
  const leftKnown =
    acronym || unknownEnd >= 0 || leftEntry !== undefined || organisation(leftSurface) !== undefined;
  if (!leftKnown) return null;
  let index = tokenAt(tokens, leftEnd);
  // Title words: "Secretary General", "Prime Minister", "Foreign Minister", "President".
  let titleWords = 0;
  while (index < tokens.length && (tokens[index] as Token).end <= mention.end) {
    const token = tokens[index] as Token;
    if (!startsUpper(text, token.start)) break;
    // The longest title of up to three words ("Secretary of State", "Prime Minister", "President"),
    // or an honorific after one.
    let next = titleEnd(text, tokens, index, mention.end);
    if (next < 0 && titleWords > 0 && honorific(tokenText(text, token)) !== undefined) next = index + 1;
    if (next < 0) break;
    titleWords += next - index;
    index = next;
  }
  const personStart = tokens[index];
  if (personStart === undefined || personStart.start >= mention.end || !startsUpper(text, personStart.start))
    return null;
  // Without a title only a demonym may lead a person's name ("Australian Lynton Crosby").
  if (
    titleWords === 0 &&
    (acronym || unknownEnd >= 0 || mention.type !== 'PERSON' || leftEntry?.subtype !== 'NORP')
  )
    return null;
  // After an unknown name the person needs a given name and a surname ("… Director Ann Lee").
  if (unknownEnd >= 0 && personTokens(text, tokens, index, mention.end) < 2) return null;
  const left: Working = {
    start: mention.start,
    end: leftEnd,
    type: acronym ? 'ORG' : mention.type,
    subtype: undefined,
    lexicon: false,
  };
  retype(text, tokens, left);
  const person: Working = {
    start: personStart.start,
    end: mention.end,
    type: 'PERSON',
    subtype: undefined,
    lexicon: false,
  };
  if (unknownEnd >= 0 && mention.type !== 'ORG' && !ORGANISATION_SUFFIXES.has(lastWordKey(text, left)))
    return [person];
  if (unknownEnd >= 0) left.type = 'ORG';
  return [left, person];
}

/** Where a title starting at token `index` ends (its last token's index + 1), or -1: up to three words. */
function titleEnd(text: string, tokens: readonly Token[], index: number, end: number): number {
  const token = tokens[index];
  if (token === undefined || token.end > end || !startsUpper(text, token.start)) return -1;
  for (let words = 3; words >= 1; words -= 1) {
    const last = tokens[index + words - 1];
    if (last === undefined || last.end > end) continue;
    if (roleNoun(text.slice(token.start, last.end)) !== undefined) return index + words;
  }
  return -1;
}

/**
 * The end of one to three capitalised words at the start of `mention` that no role word is among
 * and that a title follows, or -1.
 */
function unknownBodyEnd(text: string, tokens: readonly Token[], first: number, mention: Working): number {
  for (let words = 1; words <= 3; words += 1) {
    const last = tokens[first + words - 1];
    if (last === undefined || last.end > mention.end || !startsUpper(text, last.start)) return -1;
    if (titleEnd(text, tokens, first + words - 1, mention.end) >= 0) return -1;
    if (titleEnd(text, tokens, first + words, mention.end) >= 0) return last.end;
  }
  return -1;
}

/**
 * How many capitalised words run from token `index` to `end` and on past it, one space apart (the
 * tagger often stops before the surname, which a later step joins: "… Minister Arvind| Kola").
 */
function personTokens(text: string, tokens: readonly Token[], index: number, end: number): number {
  let count = 0;
  for (let at = index; at < tokens.length; at += 1) {
    const token = tokens[at] as Token;
    if (!startsUpper(text, token.start)) return token.end <= end ? 0 : count;
    if (token.end > end) {
      const previous = tokens[at - 1] as Token;
      if (token.start !== previous.end + 1 || !isSpace(text.charCodeAt(previous.end))) return count;
    }
    count += 1;
  }
  return count;
}

/** Two to six capital letters (digits after the first allowed): "MCA", "UNHCR", "G8". */
function isAcronym(text: string, start: number, end: number): boolean {
  if (end - start < 2 || end - start > 6) return false;
  for (let index = start; index < end; index += 1) {
    const code = text.charCodeAt(index);
    const capital = code >= 65 && code <= 90;
    if (!capital && !(index > start && code >= 48 && code <= 57)) return false;
  }
  return true;
}

function lastWordKey(text: string, mention: Working): string {
  let start = mention.end - 1;
  while (start > mention.start && !isSpace(text.charCodeAt(start - 1))) start -= 1;
  return foldKey(text.slice(start, mention.end));
}

/** Words that end organisation names, never surnames. */
const ORGANISATION_SUFFIXES: ReadonlySet<string> = new Set(
  [
    'inc',
    'inc.',
    'corp',
    'corp.',
    'co',
    'co.',
    'ltd',
    'ltd.',
    'plc',
    'llc',
    'group',
    'industries',
    'bank',
    'fc',
    'ag',
    'sa',
    'nv',
    'gmbh',
  ].map(foldKey),
);

/**
 * One person, one type, for names the lexicon does not know:
 * - a multiword name typed LOC, ORG or MISC whose last word is the surname of a full PERSON name
 *   in the same text ("Vladimir Putin" called LOC beside "Alexander Putin"/"Putin" PERSON);
 * - a single word coordinated with a PERSON that shares a surname: "Dilovar" in "Brothers
 *   Dilovar and Aminchon Islomov".
 */
function unifyPersonTypes(text: string, tokens: readonly Token[], mentions: Working[]): void {
  const surnames = new Set<string>();
  for (const mention of mentions) {
    if (mention.type !== 'PERSON') continue;
    const surname = lastWordKey(text, mention);
    if (!ORGANISATION_SUFFIXES.has(surname)) surnames.add(surname);
  }
  if (surnames.size === 0) return;
  for (let index = 0; index < mentions.length; index += 1) {
    const mention = mentions[index] as Working;
    if (mention.type === 'PERSON' || mention.known === true || mention.subtype === 'NORP') continue;
    const surface = text.slice(mention.start, mention.end);
    // Headlines in capitals are left alone.
    if (surface === surface.toUpperCase()) continue;
    if (/\s/u.test(surface)) {
      if (surnames.has(lastWordKey(text, mention))) {
        mention.type = 'PERSON';
        mention.subtype = undefined;
      }
      continue;
    }
    // "Dilovar and Aminchon Islomov": a given name coordinated with a full PERSON name.
    const next = mentions[index + 1];
    if (next === undefined || next.type !== 'PERSON' || !/\s/u.test(text.slice(next.start, next.end)))
      continue;
    const between = text.slice(mention.end, next.start);
    if (/^\s+(?:and|&)\s+$/u.test(between) && tokens.length > 0) {
      mention.type = 'PERSON';
      mention.subtype = undefined;
    }
  }
}

/**
 * Corrects the recogniser's names (see the module comment). Pure: returns new mentions, sorted
 * by start, never overlapping, each trimmed to its name.
 */
/**
 * "Purdue-led", "Android-based" typed MISC as a whole adjective: when the text names the part
 * before the participle elsewhere ("Purdue said", ORG) or begins a longer name with it ("Purdue
 * University", ORG), the name is that part alone, with that type. Without such evidence the
 * adjective stays whole (CoNLL-2003 writes "Serb-led" as one MISC name).
 */
export function typeNamesBeforeParticiples(text: string, names: readonly NameMention[]): NameMention[] {
  return names.map((name) => {
    if (name.type !== 'MISC') return name;
    const surface = text.slice(name.start, name.end);
    const match = /^(\p{Lu}[\p{L}\p{M}.’'&]*(?: \p{Lu}[\p{L}\p{M}.’'&]*)*)[-\u2010\u2011](\p{Ll}+)$/u.exec(
      surface,
    );
    if (match === null || !isParticipleSuffix(match[2] as string)) return name;
    const left = match[1] as string;
    const counts = new Map<EntityType, number>();
    for (const other of names) {
      if (other.type === 'MISC' || other === name) continue;
      const otherSurface = text.slice(other.start, other.end);
      if (otherSurface === left || otherSurface.startsWith(`${left} `))
        counts.set(other.type, (counts.get(other.type) ?? 0) + (otherSurface === left ? 2 : 1));
    }
    let best: EntityType | undefined;
    for (const [type, count] of counts)
      if (best === undefined || count > (counts.get(best) ?? 0)) best = type;
    return best === undefined ? name : { start: name.start, end: name.start + left.length, type: best };
  });
}

export function refineNames(text: string, segments: Segments, names: readonly NameMention[]): NameMention[] {
  const tokens = segments.tokens;
  let mentions = cleanMentions(text, segments, names);
  mentions = scanGazetteer(text, segments, mentions);
  for (const mention of mentions) retype(text, tokens, mention);
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  unifyPersonTypes(text, tokens, mentions);
  mentions = splitTitledNames(text, tokens, mentions);
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const output: NameMention[] = [];
  let lastEnd = 0;
  for (const mention of mentions) {
    if (mention.start < lastEnd || mention.start >= mention.end || mention.end > text.length) continue;
    output.push(
      mention.subtype === undefined
        ? { start: mention.start, end: mention.end, type: mention.type }
        : { start: mention.start, end: mention.end, type: mention.type, subtype: mention.subtype },
    );
    lastEnd = mention.end;
  }
  // Order matters: a person's name grows to its whole surname before an institution head is looked
  // for after it, and a one-word name is judged once the longer names it may belong to are whole.
  const people = addSurnameRepeats(
    text,
    segments,
    joinGenerationalSuffixes(
      text,
      joinUntaggedGivenNames(
        text,
        segments,
        joinMultiwordSurnames(
          text,
          segments,
          joinHyphenatedSurnames(
            text,
            joinQuotedNicknames(
              text,
              joinNamesCutAtInitials(
                text,
                joinPlacesBeforeMastheads(
                  text,
                  typeRegionNames(
                    text,
                    typeQuotedTitles(
                      text,
                      typePostNominalHonours(
                        text,
                        segments,
                        dropInterjections(
                          text,
                          segments,
                          joinArabicParticles(
                            text,
                            joinLinkedOrganisationNames(
                              text,
                              joinPossessiveOffices(
                                text,
                                typeCompaniesByLegalForms(
                                  text,
                                  joinWordsBeforeLegalForms(
                                    text,
                                    dropLegalFormsAndSigns(
                                      text,
                                      dropBoilerplateNames(
                                        text,
                                        splitCoordinatedNames(
                                          text,
                                          fixNameBoundaries(text, segments, output),
                                        ),
                                      ),
                                    ),
                                  ),
                                ),
                              ),
                            ),
                          ),
                        ),
                      ),
                    ),
                  ),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  );
  const named = findStageNames(
    text,
    segments,
    retypeUnknownSingleNames(
      text,
      segments,
      typeOrganisationHeads(text, typeInstitutionsNamedAfterPeople(text, segments, people)),
    ),
  );
  const typed = typePeopleAfterPersonNouns(
    text,
    segments,
    typeHolidaysAndContests(text, joinNameNumbers(text, segments, typeSportsTeams(text, named))),
  );
  const retyped = typeProductNames(
    text,
    typeGivenNamesOfPeople(
      text,
      typeBySenses(
        text,
        dropAcronymsSpelledInLowerCase(
          text,
          dropCommonNounAcronyms(
            text,
            typeOrganisationFirstWords(
              text,
              typeOrganisationsByNouns(
                text,
                joinTitledCompanyNames(text, typeDatelinePlaces(text, dropRolesAfterPlaces(text, typed))),
                segments,
              ),
            ),
          ),
        ),
      ),
    ),
    tokens,
  );
  const placed = typePlacesInPlaceLists(
    text,
    typePlacesAfterLocatives(
      text,
      typePlacesBySenses(
        text,
        typePeopleByNameLists(
          text,
          dropRoleComplements(
            text,
            dropPartyLabels(text, dropDateNames(text, splitFusedPrefixes(text, retyped))),
          ),
          (name) => name.type === 'ORG' && followsGroupNoun(text, name, segments),
        ),
      ),
    ),
  );
  const works = typeWorksAfterNouns(
    text,
    segments,
    joinCoordinatedBodies(
      text,
      joinOrganisationsAcrossAnd(
        text,
        joinOrganisationsCutAtAnd(
          text,
          joinNationalOrganisations(
            text,
            cutHeadlineVerbs(
              text,
              typeVenues(
                text,
                typeShortTeamNames(
                  text,
                  typeShips(
                    text,
                    typeCityTeamsInSportsReports(
                      text,
                      segments,
                      typeCityTeamsInResults(
                        text,
                        segments,
                        typePeopleBySignals(text, segments, joinGivenNamesToSurnames(text, segments, placed)),
                        false,
                        isSportsText(segments),
                      ),
                    ),
                  ),
                  segments,
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  );
  const joined = joinNamesBeforeAcronyms(
    text,
    typeTownsOutsideSport(
      text,
      segments,
      typeOrganisationsByContext(
        text,
        segments,
        typeMediaAppositions(
          text,
          segments,
          joinEventNames(
            text,
            segments,
            typeMastheadNames(
              text,
              splitRolesInsidePersonNames(
                text,
                typeNamesBeforeParticiples(
                  text,
                  typeWorkLists(
                    text,
                    splitCoordinatedOrganisations(
                      text,
                      typeAgencyDatelinePlaces(
                        text,
                        typeWebDomainNames(
                          text,
                          typeBySensesAndGivenNames(
                            text,
                            dropSentenceInitialAdjectives(
                              text,
                              typeOrganisationsListedAfterNouns(
                                text,
                                typePeopleListedAfterPersonNouns(
                                  text,
                                  segments,
                                  typePlacesInPersonLists(
                                    text,
                                    typePlacesCoordinatedWithPeople(
                                      text,
                                      trimTrailingRoleWords(
                                        text,
                                        typePluralNamedGroups(
                                          text,
                                          trimLeadingPersonNouns(
                                            text,
                                            joinSurnamesUsedAlone(
                                              text,
                                              joinNameSuffixes(text, joinPlaceHeads(text, works)),
                                            ),
                                          ),
                                        ),
                                      ),
                                    ),
                                  ),
                                ),
                              ),
                            ),
                          ),
                        ),
                      ),
                    ),
                  ),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  );
  // a name retyped a person by its pronoun may make its partner in "X and Y" one too; a title's
  // mentions take one type once every other step has typed them; last, a person named after a
  // body's possessive that the recogniser left out ("the BBC's Sarah Mills")
  const refined = typeAirportCodes(
    text,
    segments,
    joinPossessiveBusinessNames(
      text,
      segments,
      typeWorksNamedAgainAtEnd(
        text,
        joinNameHeads(
          text,
          typeFullNamesOfPeople(
            text,
            joinAmpersandNames(
              text,
              joinLegislationNames(
                text,
                typeMixedNamesInWorkTexts(
                  text,
                  segments,
                  typeBandsBeforeMusicians(
                    text,
                    segments,
                    typeLineupLists(
                      text,
                      typePlacesCoordinatedWithPeople(
                        text,
                        typeCityTeamRepeats(
                          text,
                          segments,
                          typeLastWordsOfOrganisations(
                            text,
                            typeGroupsByPluralAgreement(
                              text,
                              segments,
                              typeNamesByPronouns(
                                text,
                                segments,
                                // (after the roles are cut off the names: "Tory leader Ann Hale" is "Tory" + "Ann Hale" only then)
                                typeByAppositionHeads(
                                  text,
                                  segments,
                                  typePeopleByClassifierNouns(
                                    text,
                                    segments,
                                    typeMemberWords(
                                      text,
                                      typeSingularsOfPluralGroups(
                                        text,
                                        splitMemberWordsBeforePeople(
                                          text,
                                          trimPositionAbbreviations(text, joined),
                                        ),
                                      ),
                                    ),
                                  ),
                                ),
                              ),
                            ),
                          ),
                        ),
                      ),
                    ),
                  ),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  );
  // last, the names of press releases: ordinary words of a title-case headline are no names, and
  // a name ending in a legal form ("Kestrel Networks Corp.") is a company whatever typed it
  // and, with every type settled, a list of names after a plural person noun is a list of people
  const listed = typePeopleListedAfterPersonNouns(
    text,
    segments,
    trimCompoundTitles(
      text,
      typePeriodicalNames(
        text,
        trimFusedWords(
          text,
          segments,
          typeLegalFormNames(
            text,
            dropTitleCaseWordNames(
              text,
              addPeopleAfterPossessiveBodies(text, typeClubNicknames(text, segments, refined)),
            ),
          ),
        ),
      ),
    ),
  );
  // names cut short or grown over no-names, once every type is settled: "Metro Police Const. Dave
  // Ruiz", "Cruelty to Animals", "Union-Tribune", "the Upper West Side", "1,000 Canadians"
  return splitPoliceRanks(
    text,
    joinLinkedObjects(
      text,
      joinHyphenatedNameParts(
        text,
        joinDirectionalPlaceWords(
          text,
          dropTitlesAsOrganisations(text, dropLeadingNumbers(text, dropDecades(text, listed))),
        ),
      ),
    ),
  );
}
