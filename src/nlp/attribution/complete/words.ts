import type { Span } from '../../../model/index.js';
import { baseFormOf, lexicographerFileOf, synsetsOf, VERB_COMMUNICATION } from '../../events/wordnet.js';
/**
 * Word lists of the completion step. Small, closed and English: they name grammatical classes
 * ("told", "reportedly") or the few nouns that make a source anonymous, not names of the world;
 * organisations are recognised from the entity mentions.
 */

function set(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter((word) => word.length > 0));
}

/**
 * Heads that leave a source unnamed whatever the determiner: "the source", "four sources close
 * to …", "people familiar with the matter", "an official", "officials", "a senior diplomat".
 */
export const ANONYMOUS_HEADS = set(`
  source sources person people persons individual individuals insider insiders someone somebody
  official officials diplomat diplomats aide aides staffer staffers employee employees
  witness witnesses resident residents analyst analysts expert experts observer observers
  officer officers member members colleague colleagues adviser advisers advisor advisors
  lawmaker lawmakers legislator legislators executive executives figure figures contact contacts
  confidant confidants associate associates friend friends relative relatives neighbour neighbours
  neighbor neighbors eyewitness eyewitnesses investigator investigators
`);

/**
 * Role nouns: unnamed but identified by their role when definite ("the head of the FSB", "the
 * minister"), anonymous when indefinite, counted or bare ("a minister", "two spokesmen").
 */
export const ROLE_HEADS = set(`
  head heads chief chiefs minister ministers president presidents spokesman spokesmen spokeswoman
  spokeswomen spokesperson spokespeople director directors secretary secretaries commander
  commanders general generals governor governors mayor mayors ambassador ambassadors envoy envoys
  prosecutor prosecutors judge judges lawyer lawyers attorney attorneys chairman chairwoman chair
  leader leaders manager managers ceo founder owner representative representatives deputy deputies
  senator senators minister congressman congresswoman mp mps councillor councillors
  doctor doctors nurse nurses teacher teachers soldier soldiers worker workers
`);

/** Determiners that make a noun phrase indefinite or counted: "a", "four", "several", "some". */
export const INDEFINITE_DETERMINERS = set(`
  a an one two three four five six seven eight nine ten several some many few multiple numerous
  various other another dozens hundreds
`);

/** Nouns that name a news outlet when they head a phrase: "the agency", "the newspaper". */
export const OUTLET_HEADS = set(`
  agency newspaper paper outlet broadcaster channel magazine website site daily tabloid weekly
  publication network station newsroom wire service
`);

/** Words in an organisation's name that mark it as a news outlet (beside the lexicon's list). */
export const OUTLET_NAME_WORDS = set(`
  news newspaper gazette gazeta telegraph tribune herald journal times broadcaster television tv radio
`);

/** Cue words of reports by outlets: "reported", "according to", "reports". */
export const REPORT_CUE = /\b(?:report(?:s|ed|ing)?|according\s+to|cit(?:ed|ing)|quot(?:ed|ing))\b/i;

/** Cues of denial ("denied", "rejected allegations", "dismissed as", "refuted"). */
export const DENY_CUE =
  /\b(?:den(?:y|ies|ied|ying|ial)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|refut(?:e|es|ed|ing)|rebut(?:s|ted|ting)?|rebuff(?:s|ed|ing)?|disput(?:e|es|ed|ing)|contest(?:s|ed|ing)?|repudiat(?:e|es|ed|ing)|disavow(?:s|ed|ing)?|disclaim(?:s|ed|ing)?)\b/i;

/** Cues of questioning ("asked whether", "questioned", "wondered", "cast doubt"). */
export const QUESTION_CUE =
  /\b(?:ask(?:s|ed|ing)?|question(?:s|ed|ing)?|wonder(?:s|ed|ing)?|quer(?:y|ies|ied|ying)|doubt(?:s|ed|ing)?|cast(?:s|ing)?\s+doubt)\b/i;

/** A negated cue ("did not deny") does not deny. */
export const NEGATED_CUE = /\b(?:not|never|no)\b|n['’]t\b/i;

/** Personal pronouns that can be the subject of a self-denial ("he did not know"). */
export const SUBJECT_PRONOUNS = set('i we he she they it you');

/**
 * Common nouns that classify an organisation named just before them: "the Coastal Ledger
 * newspaper", "the Bloomberg News agency", "the Islamic State group" stand for the organisation;
 * "the Kremlin spokesman" (a person noun) does not.
 */
export const ORGANISATION_CLASSIFIERS = set(`
  agency newspaper paper outlet broadcaster channel magazine website daily tabloid weekly
  publication network station service group organisation organization company firm party
  movement militia army ministry committee council government administration authority
  authorities office bureau department institute foundation union association federation bank
  court club team corporation alliance coalition commission
`);

/** What an organisation issues and a reporting verb can take as its subject: "an FA statement said". */
export const STATEMENT_HEADS = set(`
  statement release communique communiqué memo memorandum letter notice filing report submission
  announcement bulletin document
`);

/**
 * A refusal to say anything: "declined to comment", "declined immediate comment", "refused to be interviewed", "did not respond to
 * a request for comment", "could not be reached for comment". Read from the cue and its content
 * together (`isDecline`).
 */
const DECLINE_CUE = /\b(?:declin|refus)\w*$/i;
const DECLINED_CONTENT =
  /^(?:to\s+)?(?:(?:immediately|publicly|further)\s+)?(?:comment|elaborate|discuss|respond|answer|speak|be\s+interviewed|give\s+details|say\s+more|reply)\b/i;
// "declined immediate comment", "refused all interviews": the words declined, as a noun object
const DECLINED_OBJECT = /^(?:[a-z]+\s+)?(?:comment|interview)s?(?![\w-])/i;
const NO_RESPONSE =
  /\b(?:did\s+not|didn['’]t|has\s+not|hasn['’]t|have\s+not|haven['’]t|had\s+not|could\s+not\s+be)\s+(?:immediately\s+)?(?:respond(?:ed)?|repl(?:y|ied)|return(?:ed)?|answer(?:ed)?|reached)\b/i;

// "declined to say whether …", "refused to disclose how much …": a question left unanswered
const DECLINE_TO_SAY =
  /\b(?:declin|refus)\w*\s+to\s+(?:say|confirm|disclose|reveal|specify|discuss|comment\s+on)$/i;
const QUESTION_CONTENT = /^(?:whether|if|when|where|what|which|who|whom|whose|why|how)\b/i;

// "could not confirm that …", "did not immediately confirm …": the source neither says it nor denies it
const NOT_CONFIRMED =
  /\b(?:did\s+not|didn['’]t|could\s+not|couldn['’]t|cannot|can\s+not|can['’]t|would\s+not|wouldn['’]t|has\s+not|hasn['’]t|have\s+not|haven['’]t|had\s+not|hadn['’]t|was\s+unable\s+to|were\s+unable\s+to)\s+(?:immediately\s+|independently\s+|yet\s+|officially\s+|publicly\s+)?(?:confirm(?:ed)?|verif(?:y|ied)|corroborate[d]?)$/i;

// "did not say whether …", "has not yet said how much …", "would not reveal exactly what …": a
// question the source leaves unanswered, whether by refusal or by silence; nothing is asserted
const NOT_SAID =
  /(?:\b(?:not|never|unwilling\s+to|unable\s+to)|n['’]t)\s+(?:(?:yet|immediately|publicly|officially|specifically|formally|be\s+drawn\s+to)\s+)*(?:say|said|says|saying|disclose[sd]?|reveal(?:s|ed)?|specif(?:y|ies|ied)|explain(?:s|ed)?|indicate[sd]?|elaborate[sd]?\s+on|comment(?:s|ed)?\s+on|mention(?:s|ed)?|state[sd]?|announce[sd]?|tell|told)$/i;
const NOT_ONLY = /\bnot\s+(?:only|just|merely|simply)\b/i;
const OPEN_QUESTION =
  /^(?:(?:exactly|precisely|just)\s+)?(?:whether|if|when|where|what|which|who|whom|whose|why|how)\b/i;

// "would not confirm or deny …", "neither confirmed nor denied …", "was not confirming or denying":
// both verbs of verdict joined under a negation leave the question open, nothing is asserted or denied
const CONFIRM_OR_DENY = /\bconfirm(?:s|ed|ing)?\s+(?:or|nor)\s+(?:to\s+)?den(?:y|ies|ied|ying)$/i;
const NEGATION_BEFORE =
  /(?:\b(?:not|never|neither|nobody|no\s+one|unwilling\s+to|unable\s+to|declin\w*\s+to|refus\w*\s+to)|n['’]t)\b[^.;:!?]*$/i;

export function isDecline(cue: string, content: string): boolean {
  if (NO_RESPONSE.test(cue) || NOT_CONFIRMED.test(cue.trim())) return true;
  if (NOT_SAID.test(cue.trim()) && !NOT_ONLY.test(cue) && OPEN_QUESTION.test(content.trim())) return true;
  if (DECLINE_TO_SAY.test(cue.trim()) && QUESTION_CONTENT.test(content.trim())) return true;
  return (
    DECLINE_CUE.test(cue.trim()) &&
    (DECLINED_CONTENT.test(content.trim()) || DECLINED_OBJECT.test(content.trim()))
  );
}

/** A negation, then a word or two of manner, then the last word: "would not describe", "did not publicly detail". */
const NEGATED_LAST_WORD =
  /(?:\b(?:not|never|unwilling\s+to|unable\s+to)|n['’]t)\s+(?:(?:yet|immediately|publicly|officially|specifically|formally)\s+)*(\p{L}+)$/iu;

/**
 * A negated verb whose most frequent WordNet sense is communication (verb.communication): "would
 * not describe how she died", "did not detail when"; with a question left open after it, a
 * refusal to say ("decline"). Not a verb of cognition: "did not know whether" is a denial.
 */
function notCommunicated(before: string): boolean {
  const word = NEGATED_LAST_WORD.exec(before)?.[1];
  if (word === undefined) return false;
  const lemma = baseFormOf(word.toLowerCase(), 'verb');
  const first = lemma === null ? undefined : synsetsOf(lemma, 'verb')[0];
  return first !== undefined && lexicographerFileOf(first, 'verb') === VERB_COMMUNICATION;
}

/**
 * `isDecline` read in the text around the spans: also a negation left out of the cue ("Sony has not
 * yet [announced] when …") and a question word left out of the content ("could not say whether
 * [the visa was rushed]"), for a content after its cue.
 */
export function isDeclineAt(text: string, cue: Span, content: Span | undefined): boolean {
  const said = content === undefined ? '' : text.slice(content.start, content.end);
  if (isDecline(text.slice(cue.start, cue.end), said)) return true;
  // (the negation and "confirm or" may lie before the cue: "Neither club [was confirming or
  // denying] …", "would not confirm or [deny] …")
  const around = text.slice(Math.max(0, cue.start - 60), cue.end);
  if (CONFIRM_OR_DENY.test(around) && NEGATION_BEFORE.test(around)) return true;
  if (content === undefined || content.start < cue.end) return false;
  const before = text.slice(Math.max(0, cue.start - 40), cue.end).trim();
  return (
    (NOT_SAID.test(before) || notCommunicated(before)) &&
    !NOT_ONLY.test(before) &&
    OPEN_QUESTION.test(text.slice(cue.end, content.end).trim())
  );
}
