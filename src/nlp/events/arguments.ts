import type {
  Entity,
  EventArgument,
  Segments,
  Sentence,
  Span,
  TimeExpression,
  Token,
} from '../../model/index.js';
import { appositionName, DependencyTree, isPassive, relationIs } from '../grammar/index.js';

/**
 * Arguments of a domain event (agent, patient, place, until, charge, reason), read from what the
 * document already has: entity mentions in the trigger's sentence, "in the X region", "until DATE",
 * "charged with X", "on suspicion of X".
 *
 * A verb's agent and patient come from the parse first (`parsedRoles`: its subject, passive subject,
 * object and `by` agent, shared with the verb it is coordinated with or depends on: "were detained
 * and charged"); the token-window reading below is the fallback for the roles the parse leaves empty
 * (a trigger the parser did not make a verb, a subject it attached elsewhere).
 */

export interface ArgumentContext {
  readonly text: string;
  readonly segments: Segments;
  /** The parse of the document's sentences (built once per document). */
  readonly tree: DependencyTree;
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

/** The token that starts at `offset`, or -1. */
function tokenAt(context: ArgumentContext, sentence: Sentence, offset: number): number {
  const tokens = context.segments.tokens;
  for (let index = sentence.firstToken; index < sentence.endToken; index += 1)
    if ((tokens[index] as Token).start === offset) return index;
  return -1;
}

/**
 * The phrase a noun token heads, as an argument: the entity mention over its head when there is one
 * ("Dalerdzhon Mirzoyev"), else its subtree up to the head ("Three other men", "The Crocus City
 * Hall terrorist attackers"), leaving out what follows the head (relative clauses, appositions).
 */
function headedPhrase(context: ArgumentContext, head: number): { span: Span; entity?: string } {
  const tokens = context.segments.tokens;
  // "Their father, Isroil Islomov, has not been charged": the name the description stands for
  const name = appositionName(context.tree, head);
  if (name >= 0 && name !== head) {
    const named = tokens[name] as Token;
    for (const entity of context.entities)
      for (const mention of entity.mentions)
        if (mention.start <= named.start && mention.end >= named.end && entity.type === 'PERSON')
          return { span: { start: mention.start, end: mention.end }, entity: entity.id };
  }
  const token = tokens[head] as Token;
  // the subtree's first token, past a marker the parser hung on the phrase ("as", "with")
  let firstIndex = context.tree.subtreeStart(head);
  while (firstIndex < head) {
    const marker = tokens[firstIndex] as Token;
    // "as" or "by" on the phrase itself, not "at" in "at least 139 people"
    if (marker.head !== head || !['case', 'mark', 'cc', 'punct'].includes(marker.dep)) break;
    firstIndex += 1;
  }
  const first = tokens[firstIndex] as Token;
  const span = { start: first.start, end: token.end };
  for (const entity of context.entities)
    for (const mention of entity.mentions)
      if (mention.start <= token.start && mention.end >= token.end && mention.start >= span.start)
        return { span: { start: span.start, end: Math.max(span.end, mention.end) }, entity: entity.id };
  return { span, entity: entityOf(context, span) };
}

/**
 * A head and the heads listed with it: "Dilovar and Aminchon Islomov" (`conj`), "A, 32; B, 30; and
 * C, 25 have been remanded" (the parser joins such lists by `list` or `parataxis`).
 */
function withConjuncts(tree: DependencyTree, head: number): number[] {
  const listed = tree.dependents(head, ['conj', 'list', 'parataxis']).filter((member) => {
    const pos = tree.tokens[member]?.pos;
    return pos === 'PROPN' || pos === 'NOUN' || pos === 'PRON';
  });
  return [head, ...listed];
}

/**
 * Agent and patient of a verb from the parse: active subject → agent, object → patient; passive
 * subject → patient, `obl:agent` → agent. A verb with no subject of its own shares the one of the
 * verb it is coordinated with or is the complement of ("were detained and later charged").
 */
function parsedRoles(context: ArgumentContext, verb: number): { role: string; head: number }[] {
  const tree = context.tree;
  const roles: { role: string; head: number }[] = [];
  let at = verb;
  for (let steps = 0; steps < 3 && at >= 0; steps += 1) {
    const subject = tree.dependent(at, 'nsubj');
    if (subject >= 0) {
      const passive = relationIs((tree.tokens[subject] as Token).dep, 'nsubj:pass') || isPassive(tree, at);
      for (const head of withConjuncts(tree, subject))
        roles.push({ role: passive ? 'patient' : 'agent', head });
      break;
    }
    const token = tree.tokens[at] as Token;
    if (relationIs(token.dep, 'xcomp') && token.head >= 0) {
      // "asked them to meet": the object of the governing verb is the one who meets
      const object = tree.dependent(token.head, 'obj');
      const controller = object >= 0 ? object : tree.dependent(token.head, 'iobj');
      if (controller >= 0) {
        roles.push({ role: 'agent', head: controller });
        break;
      }
    } else if (!relationIs(token.dep, 'conj')) break;
    at = token.head;
  }
  const agent = tree.dependent(verb, 'obl:agent');
  if (agent >= 0) roles.push({ role: 'agent', head: agent });
  const object = tree.dependent(verb, 'obj');
  if (object >= 0) for (const head of withConjuncts(tree, object)) roles.push({ role: 'patient', head });
  return roles.filter(({ head }) => {
    const pos = (tree.tokens[head] as Token).pos;
    return pos === 'NOUN' || pos === 'PROPN' || pos === 'PRON' || pos === 'NUM';
  });
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

  const verb = isVerb ? tokenAt(context, sentence, trigger.start) : -1;
  const parsed =
    verb >= 0 && type !== 'border_closure' && type !== 'claim_of_responsibility'
      ? parsedRoles(context, verb)
      : [];
  if (parsed.length > 0) {
    const named = new Set<string>();
    for (const { role, head } of parsed) {
      const phrase = headedPhrase(context, head);
      // a subject before the cue that reports the event is the reporter's, not the event's
      if (phrase.span.start < clauseStart && phrase.span.end <= clauseStart) continue;
      if (phrase.entity !== undefined) {
        if (named.has(`${role}:${phrase.entity}`)) continue;
        named.add(`${role}:${phrase.entity}`);
      }
      result.push(argument(context, role, phrase.span, phrase.entity));
    }
  } else if (isVerb) {
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
