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
  // "Mr Griffin is the twelfth man to be arrested": the subject the description is said of
  const described = tokens[head] as Token;
  if (described.pos === 'NOUN' && context.tree.dependent(head, 'cop') >= 0) {
    const subject = context.tree.dependent(head, 'nsubj');
    if (subject >= 0 && subject < head) return headedPhrase(context, subject);
  }
  const token = tokens[head] as Token;
  // the subtree's first token, past a marker or particle the parser hung in the phrase ("as
  // Russian authorities", "not they"), but not "at" in "at least 139 people"
  let firstIndex = context.tree.subtreeStart(head);
  while (firstIndex < head) {
    const marker = tokens[firstIndex] as Token;
    const next = tokens[firstIndex + 1] as Token;
    const word = context.text.slice(marker.start, marker.end);
    if (!['ADP', 'SCONJ', 'CCONJ', 'PUNCT', 'PART'].includes(marker.pos) && !/^as$/i.test(word)) break;
    if (/^(?:least|most)$/i.test(context.text.slice(next.start, next.end))) break;
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

const RELATIVE = /^(?:who|whom|which|that)$/i;

/**
 * The noun a relative pronoun stands for: the head of the noun phrase its clause modifies ("the men,
 * who were arrested"), else the nearest noun before it in the sentence (the parser often hangs the
 * clause elsewhere); the pronoun itself when neither is found.
 */
function relativeAntecedent(text: string, tree: DependencyTree, pronoun: number): number {
  const tokens = tree.tokens;
  const token = tokens[pronoun] as Token;
  if (token.pos !== 'PRON' || !RELATIVE.test(text.slice(token.start, token.end))) return pronoun;
  const clause = token.head >= 0 ? (tokens[token.head] as Token) : null;
  if (clause !== null && relationIs(clause.dep, 'acl') && clause.head >= 0) {
    const pos = (tokens[clause.head] as Token).pos;
    if (pos === 'NOUN' || pos === 'PROPN' || pos === 'PRON' || pos === 'NUM') return clause.head;
  }
  for (let at = pronoun - 1; at >= 0 && at >= pronoun - 4; at -= 1) {
    const before = tokens[at] as Token;
    if (before.pos === 'PUNCT') continue;
    // the head of the phrase that ends there ("the Crocus City Hall attackers, who")
    let head = at;
    while (
      tokens[head]!.head > head &&
      tokens[head]!.head < pronoun &&
      ['compound', 'flat', 'amod', 'det', 'nummod'].some((label) => relationIs(tokens[head]!.dep, label))
    )
      head = tokens[head]!.head;
    const pos = (tokens[head] as Token).pos;
    return pos === 'NOUN' || pos === 'PROPN' || pos === 'NUM' ? head : pronoun;
  }
  return pronoun;
}

/** Whether a verb has an object or a clausal complement of its own ("tried to escape", "charged him"). */
function hasOwnComplement(tree: DependencyTree, verb: number): boolean {
  return tree.dependents(verb, ['obj', 'xcomp', 'ccomp']).length > 0;
}

/** Whether a verb is joined to the one before it by a conjunction ("… and was released"), whatever the parser called the link. */
export function isConjunct(tree: DependencyTree, verb: number): boolean {
  const token = tree.tokens[verb] as Token;
  return relationIs(token.dep, 'conj') || (tree.dependent(verb, 'cc') >= 0 && relationIs(token.dep, 'advcl'));
}

/**
 * The verb a conjunct shares its subject with: its head when that is a verb, else (the parser hung
 * "and tried" on a noun) the verb of the clause that ends just before its conjunction.
 */
export function conjunctHost(tree: DependencyTree, verb: number): number {
  const tokens = tree.tokens;
  const head = (tokens[verb] as Token).head;
  if (head < 0) return -1;
  const pos = (tokens[head] as Token).pos;
  if (pos === 'VERB' || pos === 'AUX') return head;
  const cc = tree.dependent(verb, 'cc');
  const limit = cc >= 0 ? cc : verb;
  // the root of the sentence: the host is looked for in the same tree
  let root = verb;
  for (let steps = 0; steps < 100 && (tokens[root] as Token).head >= 0; steps += 1)
    root = (tokens[root] as Token).head;
  for (let at = limit - 1; at >= 0 && at >= limit - 25 && tree.dominates(root, at); at -= 1) {
    const token = tokens[at] as Token;
    if (token.pos === 'VERB' && tree.dependent(at, 'nsubj') >= 0 && tree.subtreeEnd(at) < limit) return at;
  }
  return -1;
}

/**
 * Agent and patient of a verb from the parse: active subject → agent, object → patient; passive
 * subject → patient, `obl:agent` → agent. A verb with no subject of its own shares the one of the
 * verb it is coordinated with or is the complement of ("were detained and later charged", "tried to
 * escape"); the role follows the event verb's own voice ("were backed by X and tried to escape": the
 * attackers escape), except that a bare conjunct with no auxiliary, object or complement of its own
 * shares the passive of its host ("were detained and charged"). A participle that modifies a noun
 * takes that noun ("the car used by the attackers": patient; "men carrying rifles": agent); a
 * relative pronoun is read as the noun it stands for.
 */
function parsedRoles(context: ArgumentContext, verb: number): { role: string; head: number }[] {
  const tree = context.tree;
  const tokens = tree.tokens;
  const roles: { role: string; head: number }[] = [];
  // a "by" agent makes the verb passive whatever the parser read ("Footage released by the
  // ministry showed …": the footage is what was released)
  const ownPassive = isPassive(tree, verb) || tree.dependent(verb, 'obl:agent') >= 0;
  let at = verb;
  let viaConjunctOnly = true;
  for (let steps = 0; steps < 4 && at >= 0; steps += 1) {
    const subject = tree.dependent(at, 'nsubj');
    if (subject >= 0) {
      const hostPassive = relationIs((tokens[subject] as Token).dep, 'nsubj:pass') || isPassive(tree, at);
      const bare =
        tree.dependent(verb, 'aux') < 0 &&
        tree.dependent(verb, 'aux:pass') < 0 &&
        !hasOwnComplement(tree, verb);
      const passive =
        at === verb ? hostPassive || ownPassive : ownPassive || (viaConjunctOnly && bare && hostPassive);
      for (const head of withConjuncts(tree, relativeAntecedent(context.text, tree, subject)))
        roles.push({ role: passive ? 'patient' : 'agent', head });
      break;
    }
    const token = tokens[at] as Token;
    if (relationIs(token.dep, 'xcomp') && token.head >= 0) {
      viaConjunctOnly = false;
      // "asked them to meet": the object of the governing verb is the one who meets
      const object = tree.dependent(token.head, 'obj');
      const controller = object >= 0 ? object : tree.dependent(token.head, 'iobj');
      if (controller >= 0) {
        roles.push({ role: ownPassive ? 'patient' : 'agent', head: controller });
        break;
      }
      at = token.head;
    } else if (isConjunct(tree, at)) {
      at = conjunctHost(tree, at);
    } else if (relationIs(token.dep, 'acl') && !relationIs(token.dep, 'acl:relcl') && token.head >= 0) {
      // "Footage released on …", "the twelfth man to be arrested": the noun the participle modifies
      const noun = token.head;
      const pos = (tokens[noun] as Token).pos;
      // an infinitive says who undergoes it only in the passive ("the twelfth man to be arrested"),
      // not in the active ("the need to detain them")
      const infinitive = tree
        .dependents(at, ['mark'])
        .some((mark) =>
          /^to$/i.test(context.text.slice((tokens[mark] as Token).start, (tokens[mark] as Token).end)),
        );
      if (infinitive && !ownPassive) break;
      if (pos === 'NOUN' || pos === 'PROPN' || pos === 'PRON' || pos === 'NUM') {
        // a participle with an object of its own is active whatever its form (the parser's reading
        // of "Terrorists gunned down 139 people" as a modifier of "Terrorists")
        const active =
          (/ing$/i.test(context.text.slice(token.start, token.end)) || tree.dependent(at, 'obj') >= 0) &&
          !ownPassive;
        roles.push({ role: active ? 'agent' : 'patient', head: noun });
      }
      break;
    } else break;
  }
  const agent = tree.dependent(verb, 'obl:agent');
  if (agent >= 0) roles.push({ role: 'agent', head: agent });
  const object = tree.dependent(verb, 'obj');
  if (object >= 0)
    for (const head of withConjuncts(tree, relativeAntecedent(context.text, tree, object)))
      roles.push({ role: 'patient', head });
  return roles.filter(({ head }) => {
    const token = tokens[head] as Token;
    const pos = token.pos;
    // "that" as an object is the parser's reading of a complementiser more often than a pronoun
    if (pos === 'PRON' && RELATIVE.test(context.text.slice(token.start, token.end))) return false;
    return pos === 'NOUN' || pos === 'PROPN' || pos === 'PRON' || pos === 'NUM';
  });
}

/**
 * A subject found by position may be the tail of a longer phrase: "three executives from Japan's
 * troubled UFJ bank were charged" ends in "bank", which the parse hangs on "executives". The phrase
 * of the noun it hangs on (by `nmod`, before it) is the subject.
 */
function governingPhrase(context: ArgumentContext, sentence: Sentence, found: EventArgument): EventArgument {
  const span = found.span;
  if (span === undefined) return found;
  const tokens = context.segments.tokens;
  let head = -1;
  for (let index = sentence.firstToken; index < sentence.endToken; index += 1)
    if ((tokens[index] as Token).end === span.end) head = index;
  if (head < 0) return found;
  let climbed = head;
  for (let steps = 0; steps < 3; steps += 1) {
    const token = tokens[climbed] as Token;
    const governor = token.head >= 0 ? (tokens[token.head] as Token) : null;
    if (governor === null || token.head > climbed || token.dep !== 'nmod') break;
    if (governor.pos !== 'NOUN' && governor.pos !== 'PROPN') break;
    climbed = token.head;
  }
  if (climbed === head) return found;
  const phrase = headedPhrase(context, climbed);
  return argument(context, found.role, phrase.span, phrase.entity);
}

const PLACE_PREPOSITION = /^(?:in|at|near|outside|inside)$/i;

/**
 * Whether a place mention after the trigger is where the event happened: its head hangs on the
 * trigger through nouns only, and a place preposition marks a phrase on the way.
 */
function placeOf(context: ArgumentContext, sentence: Sentence, mention: Span, trigger: number): boolean {
  const tokens = context.segments.tokens;
  let at = -1;
  for (let index = sentence.firstToken; index < sentence.endToken; index += 1) {
    const token = tokens[index] as Token;
    if (
      token.start >= mention.start &&
      token.end <= mention.end &&
      (token.head < 0 ||
        (tokens[token.head] as Token).start >= mention.end ||
        (tokens[token.head] as Token).end <= mention.start)
    ) {
      at = index;
      break;
    }
  }
  let marked = false;
  for (let steps = 0; steps < 6 && at >= 0; steps += 1) {
    for (const child of context.tree.dependents(at, ['case'])) {
      const marker = tokens[child] as Token;
      if (PLACE_PREPOSITION.test(context.text.slice(marker.start, marker.end))) marked = true;
    }
    const token = tokens[at] as Token;
    if (token.head === trigger) return marked;
    if (token.head < 0) return false;
    const governor = tokens[token.head] as Token;
    // no other predicate on the way: a verb, an adjective, a clause ("which was the worst in Russia")
    if (governor.pos === 'VERB' || governor.pos === 'AUX' || governor.pos === 'ADJ') return false;
    if (['acl', 'advcl', 'ccomp', 'csubj'].some((label) => relationIs(governor.dep, label))) return false;
    if (context.tree.dependent(token.head, 'cop') >= 0) return false;
    at = token.head;
  }
  return false;
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
  // "was arrested following a speech …, and was released on bail": a conjunct the parse gave no
  // subject shares the one found for the verb it is joined to, in its own voice
  const host =
    verb >= 0 && parsed.length === 0 && isConjunct(context.tree, verb)
      ? conjunctHost(context.tree, verb)
      : -1;
  const hostToken = host >= 0 && host < verb ? context.segments.tokens[host] : undefined;
  if (hostToken !== undefined) {
    const shared = findArguments(
      context,
      sentence,
      { start: hostToken.start, end: hostToken.end },
      true,
      type,
    ).filter(
      (found) =>
        (found.role === 'agent' || found.role === 'patient') &&
        found.span !== undefined &&
        found.span.end <= hostToken.start,
    );
    if (shared.length > 0) {
      const tree = context.tree;
      const bare =
        tree.dependent(verb, 'aux') < 0 &&
        tree.dependent(verb, 'aux:pass') < 0 &&
        !hasOwnComplement(tree, verb);
      const passive = isPassive(tree, verb) || (bare && shared[0]!.role === 'patient');
      result.push(...shared.map((found) => ({ ...found, role: passive ? 'patient' : 'agent' })));
    }
  }
  if (result.length > 0) {
    // the subject shared with the verb joined to it
  } else if (parsed.length > 0) {
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
      const chosen =
        nearest !== undefined && !partOfPhrase && (phrase === null || nearest.end >= phrase.start - 2)
          ? argument(context, subjectRole, nearest, nearest.entity.id)
          : phrase !== null && phrase.start >= clauseStart
            ? argument(context, subjectRole, phrase, entityOf(context, phrase))
            : null;
      if (chosen !== null) result.push(governingPhrase(context, sentence, chosen));
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

  // place: "in Bryansk region", "at the Crocus City Hall concert venue", "in the city of Tver": a
  // place named in a phrase the parse attaches to the trigger ("in", "at", "near", "outside"),
  // through nouns only ("139 people at the venue"), not one of another clause ("charged with
  // covering up defects in their vehicles and three executives from Japan's bank")
  const triggerToken = tokenAt(context, sentence, trigger.start);
  if (triggerToken >= 0) {
    const places = mentionsIn(context, trigger.end, sentence.end).filter(
      (mention) => mention.entity.type === 'LOC' || mention.entity.subtype === 'FAC',
    );
    const first = places.find((mention) => placeOf(context, sentence, mention, triggerToken));
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
  // one argument per role and entity ("Alisher Kasimov, a Russian citizen, …" names one patient)
  const seen = new Set<string>();
  return result.filter((found) => {
    if (found.entity === undefined) return true;
    const key = `${found.role}:${found.entity}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
