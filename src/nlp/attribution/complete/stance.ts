import type { Span, Stance } from '../../../model/index.js';
import { DENY_CUE, isDeclineAt, NEGATED_CUE, QUESTION_CUE } from './words.js';

/**
 * Stance of an attribution: `deny` when the cue rejects a claim ("denied", "rejected allegations",
 * "dismissed … as") or the content is a denial by the speaker about themselves ("he did not know",
 * "they were innocent", "it had nothing to do with") or calls a claim false ("the allegations were
 * baseless"); `question` for "asked whether", "questioned", "wondered"; `decline` for "declined to
 * comment", "did not respond to a request for comment"; else `assert`.
 */

/** A denial predicate right after its subject: "did not know", "were innocent", "had nothing to do with". */
const DENIAL_PREDICATE = new RegExp(
  '^\\s+(?:(?:had|has|have|was|were|is|are|am|did|do|does|would|had\\s+been)\\s+)?' +
    '(?:(?:absolutely|completely|entirely|totally|simply|also|categorically|strongly|in\\s+no\\s+way)\\s+)?' +
    '(?:' +
    "(?:did\\s+not|didn[’']t|do\\s+not|don[’']t|does\\s+not|doesn[’']t|had\\s+not|hadn[’']t|never)\\s+" +
    '(?:know|knew|known|take\\s+part|took\\s+part|taken\\s+part|participate[d]?|order(?:ed)?|commit(?:ted)?|plan(?:ned)?|authori[sz]e[d]?|ha(?:ve|d)\\s+anything|kill(?:ed)?|attack(?:ed)?|help(?:ed)?|assist(?:ed)?|carr(?:y|ied)\\s+out|do\\s+it|did\\s+it)' +
    '|(?:had|has|have)\\s+nothing\\s+to\\s+do' +
    '|knew\\s+nothing' +
    '|(?:was|were|is|are|am)\\s+(?:completely\\s+|entirely\\s+|totally\\s+)?(?:innocent|not\\s+involved|uninvolved|not\\s+responsible|not\\s+behind|not\\s+guilty|not\\s+to\\s+blame|unaware|not\\s+aware)' +
    '|played\\s+no\\s+(?:part|role)' +
    '|(?:had|has|have)\\s+no\\s+(?:involvement|part|role|knowledge)' +
    ')\\b',
  'i',
);

/** Subjects of a self-denial: personal pronouns ("he did not know"). */
const SUBJECT = /\b(?:I|we|he|she|they|it)\b/gi;

/** "the allegations were baseless", "it is not true", "the reports are false". */
const CLAIM_IS_FALSE =
  /\b(?:claims?|allegations?|accusations?|reports?|charges?|suggestions?|it|this|that|these|they)\s+(?:was|were|is|are)\s+(?:(?:completely|entirely|totally|absolutely|simply|utterly)\s+)?(?:false|untrue|baseless|groundless|unfounded|fabricated|fake|lies|nonsense|absurd|ridiculous|not\s+true|a\s+lie|a\s+fabrication)\b/i;

/** Cheap pre-checks: a denial needs a negation or one of its words; a false claim one of its adjectives. */
const DENIAL_HINT = /\b(?:not|never|nothing|innocent|unaware|uninvolved|no)\b|n[’']t\b/i;
const FALSITY_HINT =
  /\b(?:false|untrue|baseless|groundless|unfounded|fabricated|fake|lies|nonsense|absurd|ridiculous|true|lie|fabrication)\b/i;

function isSelfDenial(content: string): boolean {
  if (!DENIAL_HINT.test(content)) return false;
  SUBJECT.lastIndex = 0;
  for (let match = SUBJECT.exec(content); match !== null; match = SUBJECT.exec(content)) {
    const rest = content.slice(match.index + match[0].length, match.index + match[0].length + 80);
    if (DENIAL_PREDICATE.test(rest)) return true;
  }
  return false;
}

export function stanceOf(text: string, cue: Span | null, content: readonly Span[]): Stance {
  if (cue !== null) {
    const cueText = text.slice(cue.start, cue.end);
    const first = content[0];
    if (isDeclineAt(text, cue, first)) return 'decline';
    if (DENY_CUE.test(cueText) && !NEGATED_CUE.test(cueText)) return 'deny';
    if (QUESTION_CUE.test(cueText)) return 'question';
  }
  for (const span of content) {
    const said = text.slice(span.start, span.end);
    if ((FALSITY_HINT.test(said) && CLAIM_IS_FALSE.test(said)) || isSelfDenial(said)) return 'deny';
  }
  return 'assert';
}
