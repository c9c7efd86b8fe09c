/**
 * Whether the words before a time expression in its sentence put it in the future ("will meet on
 * Tuesday", "would be travelling Thursday"), so that a bare weekday or month is read ahead of the
 * reference day rather than behind it. Only the clause next to the expression counts: a "will"
 * inside an earlier quotation ("``I will come,'' she said Monday") or far back in a long
 * sentence says nothing about the time, "next to the station" is a place, and a reporting verb
 * right before the expression ("said Friday") or a pluperfect ("had been due to expire Friday")
 * puts it in the past.
 *
 * `deadline` is a bare deadline ("payable by Feb. 1", "loans through January"): ahead for a month
 * or a dated day, but not for a weekday ("not until Tuesday did they learn" is past).
 */

export type ClauseTime = 'future' | 'deadline' | 'past' | 'other';

const FUTURE_CUE =
  /\b(?:will|won't|shall|would(?! have)|slated|payable|upcoming|planned|planning|plans? to|(?:is|are) (?:to|due|scheduled|set|expected)|(?:is|are) (?:likely|unlikely|poised|about|bound) to|scheduled|set to|due to|expected to|as (?:soon|early) as|to resume|next(?! to))\b|'ll\b/i;

/** Words that, right before the expression, report or narrate what already happened. */
const PAST_NEIGHBOUR =
  /^(?:said|says|told|announced|reported|added|predicted|stated|declared|confirmed|denied|wrote|disclosed|was|were|died|killed)$/i;

const PAST_CLAUSE = /\b(?:previously|had|earlier)\b/i;

/**
 * Before a deadline a negation narrates ("it was not until March that …"); elsewhere it leaves the
 * tense alone: "will not meet on Friday" is still ahead.
 */
const PAST_BEFORE_DEADLINE = /\b(?:previously|had|earlier|not)\b/i;

/** Quotations, closed ones only: ``…'', "…", “…”. */
const QUOTATION = /``[^`]*?''|"[^"]*"|“[^”]*”/g;

/** Words looked at before the expression. */
const WINDOW = 15;

const DEADLINE = /^(?:until|through|by|till)$/i;

export function clauseTime(before: string): ClauseTime {
  const words = before
    .replace(QUOTATION, ' ')
    .split(/[\s,;:]+/)
    .filter((word) => word.length > 0);
  let last = words.length - 1;
  // "payable by Feb. 1", not "signed by the Feb. 23 accord"
  if (last >= 0 && DEADLINE.test(words[last]!))
    return PAST_BEFORE_DEADLINE.test(words.slice(Math.max(0, last + 1 - WINDOW), last + 1).join(' '))
      ? 'other'
      : 'deadline';
  while (last >= 0 && /^(?:on|at|in|the)$/i.test(words[last]!)) last -= 1;
  if (last < 0) return 'other';
  const window = words.slice(Math.max(0, last + 1 - WINDOW), last + 1).join(' ');
  // "said Friday", "had been due to expire Friday": the words next to it narrate the past; not a
  // participle after a bare "be" ("will be announced in December", "is to be reported Friday")
  const narrated = PAST_NEIGHBOUR.test(words[last]!) && !/^be$/i.test(words[last - 1] ?? '');
  if (narrated || PAST_CLAUSE.test(window)) return 'past';
  return FUTURE_CUE.test(window) ? 'future' : 'other';
}
