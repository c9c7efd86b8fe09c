import type { Entity, EventArgument, Segments, Sentence, Span, TimeExpression } from '../../model/index.js';

/**
 * Arguments of a domain event (agent, patient, place, until, charge, reason), read from what the
 * document already has: entity mentions in the trigger's sentence, "in the X region", "until DATE",
 * "charged with X", "on suspicion of X".
 *
 * TODO(parse): this reads token windows because the dependency parse (branch `syntax`: tokens with
 * `head`/`dep`/`lemma`) is not merged yet. Once it is, subjects (`nsubj`, `nsubj:pass`), objects
 * (`obj`), agents (`obl:agent`) and obliques (`obl` with "in", "until", "with") come from the parse
 * here, and nothing else in the event stage changes.
 */

export interface ArgumentContext {
  readonly text: string;
  readonly segments: Segments;
  readonly entities: readonly Entity[];
  readonly times: readonly TimeExpression[];
  /** Cues of the attributions: a subject is never looked for before the cue that reports the event. */
  readonly cues: readonly Span[];
}

interface MentionRef extends Span {
  readonly entity: Entity;
}

const PASSIVE_BEFORE = /\b(?:was|were|been|being|be|is|are|got|get)\s+(?:\w+ly\s+)?$/i;
const NOUN_PHRASE_TAGS = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN']);
const HEAD_TAGS = new Set(['NUM', 'NOUN', 'PROPN']);

/** A possessive determiner ("Their father") names whose something it is, never the subject itself. */
const POSSESSIVE = /^(?:their|his|her|its|our|my|your)$/i;

/**
 * Entity mentions between `start` and `end`, in text order, without possessive determiners and
 * without a mention that holds others ("Dilovar and Aminchon Islomov" when both names are mentions).
 */
function mentionsIn(context: ArgumentContext, start: number, end: number): MentionRef[] {
  const found: MentionRef[] = [];
  for (const entity of context.entities)
    for (const mention of entity.mentions)
      if (
        mention.start >= start &&
        mention.end <= end &&
        !POSSESSIVE.test(context.text.slice(mention.start, mention.end))
      )
        found.push({ start: mention.start, end: mention.end, entity });
  const inner = found.filter(
    (mention) =>
      found.filter(
        (other) =>
          other !== mention &&
          other.start >= mention.start &&
          other.end <= mention.end &&
          other.end - other.start < mention.end - mention.start &&
          other.entity.type === 'PERSON',
      ).length < 2,
  );
  return inner.sort((left, right) => left.start - right.start);
}

function argument(context: ArgumentContext, role: string, span: Span, entity?: string): EventArgument {
  const text = context.text.slice(span.start, span.end);
  return entity === undefined ? { role, span, text } : { role, span, text, entity };
}

/** The noun phrase that ends just before `end` ("Three other men" before ", all from …, were"). */
function nounPhraseBefore(context: ArgumentContext, sentence: Sentence, end: number): Span | null {
  const tokens = context.segments.tokens;
  let last = -1;
  for (let index = sentence.firstToken; index < sentence.endToken; index += 1)
    if (tokens[index]!.end <= end) last = index;
  // skip the auxiliaries and adverbs just before the trigger
  while (last >= sentence.firstToken && ['AUX', 'ADV', 'PART'].includes(tokens[last]!.pos)) last -= 1;
  let first = last;
  while (first - 1 >= sentence.firstToken && NOUN_PHRASE_TAGS.has(tokens[first - 1]!.pos)) first -= 1;
  // a phrase ends in a noun, a name or a number: not "able" in "were able to travel"
  if (last < sentence.firstToken || !HEAD_TAGS.has(tokens[last]!.pos)) {
    // "Three other men, all from the same family, were": the phrase at the start of the clause
    let start = sentence.firstToken;
    while (start < sentence.endToken && !NOUN_PHRASE_TAGS.has(tokens[start]!.pos)) start += 1;
    let stop = start;
    while (stop < sentence.endToken && NOUN_PHRASE_TAGS.has(tokens[stop]!.pos)) stop += 1;
    if (stop === start || tokens[stop - 1]!.end > end) return null;
    return { start: tokens[start]!.start, end: tokens[stop - 1]!.end };
  }
  return { start: tokens[first]!.start, end: tokens[last]!.end };
}

/** The noun phrase that starts at the first noun-phrase token after `start`, within `limit` tokens. */
function nounPhraseAfter(context: ArgumentContext, sentence: Sentence, start: number): Span | null {
  const tokens = context.segments.tokens;
  let first = sentence.firstToken;
  while (first < sentence.endToken && tokens[first]!.start < start) first += 1;
  if (first >= sentence.endToken || !NOUN_PHRASE_TAGS.has(tokens[first]!.pos)) return null;
  let last = first;
  while (last + 1 < sentence.endToken && NOUN_PHRASE_TAGS.has(tokens[last + 1]!.pos)) last += 1;
  return { start: tokens[first]!.start, end: tokens[last]!.end };
}

/** The entity a phrase names: a mention that ends where the phrase ends (its head), not one inside it. */
function entityOf(context: ArgumentContext, span: Span): string | undefined {
  for (const entity of context.entities)
    for (const mention of entity.mentions)
      if (mention.end === span.end && mention.start >= span.start) return entity.id;
  return undefined;
}

export function findArguments(
  context: ArgumentContext,
  sentence: Sentence,
  trigger: Span,
  isVerb: boolean,
  type: string | null,
): EventArgument[] {
  const { text } = context;
  const result: EventArgument[] = [];
  // a subject is looked for after the last cue before the trigger ("Officials said he was held")
  let clauseStart = sentence.start;
  for (const cue of context.cues)
    if (cue.end <= trigger.start && cue.start >= sentence.start) clauseStart = Math.max(clauseStart, cue.end);
  const before = text.slice(clauseStart, trigger.start);
  const passive = isVerb && PASSIVE_BEFORE.test(before);
  const after = text.slice(trigger.end, sentence.end);

  if (isVerb) {
    // the outermost mentions: "The Crocus City Hall terrorist attackers", not "Crocus City Hall"
    const all = mentionsIn(context, clauseStart, trigger.start).filter(
      (mention) => mention.entity.type !== 'LOC',
    );
    const subjects = all.filter(
      (mention) =>
        !all.some(
          (other) =>
            other !== mention &&
            other.start <= mention.start &&
            other.end >= mention.end &&
            other.end - other.start > mention.end - mention.start &&
            !(other.entity.type === 'PERSON' && mention.entity.type === 'PERSON'),
        ),
    );
    const subjectRole = passive ? 'patient' : 'agent';
    const people = subjects.filter((mention) => mention.entity.type === 'PERSON');
    if (
      passive &&
      people.length > 1 &&
      !/\b(?:by|of|to|from)\b/i.test(text.slice(people[0]!.end, trigger.start).replace(/,|;|\band\b/g, ' '))
    )
      for (const mention of people) result.push(argument(context, subjectRole, mention, mention.entity.id));
    else {
      const phrase = nounPhraseBefore(context, sentence, trigger.start);
      const nearest = subjects[subjects.length - 1];
      // a mention that is only part of the phrase ("Russian" in "Russian authorities", "Crocus City
      // Hall" in "The Crocus City Hall terrorist attackers") leaves the subject to the whole phrase
      const partOfPhrase =
        nearest !== undefined && phrase !== null && nearest.start >= phrase.start && nearest.end < phrase.end;
      if (nearest !== undefined && !partOfPhrase && (phrase === null || nearest.end >= phrase.start - 2))
        result.push(argument(context, subjectRole, nearest, nearest.entity.id));
      else if (phrase !== null && phrase.start >= clauseStart)
        result.push(argument(context, subjectRole, phrase, entityOf(context, phrase)));
    }
    if (passive) {
      const agent = /^\s+(?:\w+\s+){0,3}?by\s+/.exec(after);
      if (agent) {
        const phrase = nounPhraseAfter(context, sentence, trigger.end + agent[0].length);
        if (phrase !== null) result.push(argument(context, 'agent', phrase, entityOf(context, phrase)));
      }
    } else if (type === 'claim_of_responsibility') {
      // "claimed responsibility for the attack": what the claim is about
      const object = /^\s+(?:\w+\s+)?responsibility\s+for\s+/i.exec(after);
      const phrase = object ? nounPhraseAfter(context, sentence, trigger.end + object[0].length) : null;
      if (phrase !== null) result.push(argument(context, 'patient', phrase, entityOf(context, phrase)));
    } else {
      const object = /^\s+(?:down\s+|up\s+|off\s+)?/.exec(after);
      const phrase = nounPhraseAfter(context, sentence, trigger.end + (object?.[0].length ?? 0));
      if (phrase !== null && type === 'border_closure') {
        // "closed the border with Russia": the border is where, with the country it is shared with
        const shared = /^\s+(?:with|between)\s+/.exec(text.slice(phrase.end, sentence.end));
        const partner = shared ? nounPhraseAfter(context, sentence, phrase.end + shared[0].length) : null;
        const span = partner === null ? phrase : { start: phrase.start, end: partner.end };
        result.push(
          argument(context, 'place', span, partner === null ? undefined : entityOf(context, partner)),
        );
      } else if (phrase !== null)
        result.push(argument(context, 'patient', phrase, entityOf(context, phrase)));
    }
  } else {
    // "the arrest of X", "X's arrest"
    const of = /^\s+of\s+/.exec(after);
    if (of) {
      const phrase = nounPhraseAfter(context, sentence, trigger.end + of[0].length);
      if (phrase !== null) result.push(argument(context, 'patient', phrase, entityOf(context, phrase)));
    }
  }

  // place: "in Bryansk region", "at the Crocus City Hall concert venue", "in the city of Tver"
  // not "in connection with", "in custody", "in court", "in the aftermath of"
  const place =
    /^[^.;]*?\b(?:in|at|near|outside)\s+(?!connection|response|addition|order|custody|court|detention|the aftermath|the wake|accordance)(?:the\s+)?/.exec(
      after,
    );
  if (place) {
    const places = mentionsIn(context, trigger.end, sentence.end).filter(
      (mention) => mention.entity.type === 'LOC' || mention.entity.subtype === 'FAC',
    );
    const first = places.find((mention) => mention.start >= trigger.end + place[0].length - 12);
    if (first !== undefined) {
      const region = /^\s+region\b/.exec(text.slice(first.end));
      const span = region ? { start: first.start, end: first.end + region[0].length } : first;
      result.push(argument(context, 'place', span, first.entity.id));
    }
  }
  // until: "remanded in custody until May 22"
  for (const time of context.times) {
    if (time.start < trigger.end || time.end > sentence.end) continue;
    if (
      /\buntil\s+(?:at\s+least\s+)?$/i.test(text.slice(Math.max(sentence.start, time.start - 20), time.start))
    ) {
      result.push({ role: 'until', span: { start: time.start, end: time.end }, text: time.value });
      break;
    }
  }
  // charge: "charged with terrorism"; reason: "on suspicion of …", "following a personal request from …"
  const charge = /^\s+with\s+([\w -]+?)(?=[.,;]|\s+(?:and|but|on|after|in)\b|$)/.exec(after);
  if (charge && charge[1] !== undefined) {
    const start = trigger.end + charge[0].length - charge[1].length;
    result.push(argument(context, 'charge', { start, end: start + charge[1].length }));
  }
  const reason = /\b(?:on suspicion of|following|because of|over|in connection with)\s+([^.;,]+)/.exec(after);
  if (reason && reason[1] !== undefined && reason.index < 80) {
    const start = trigger.end + reason.index + reason[0].length - reason[1].length;
    result.push(argument(context, 'reason', { start, end: start + reason[1].length }));
  }
  return result;
}
