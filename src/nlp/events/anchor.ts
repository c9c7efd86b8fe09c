import type {
  Attribution,
  EventTime,
  Segments,
  Sentence,
  Span,
  TimeExpression,
  Token,
} from '../../model/index.js';
import { relationIs, type DependencyTree } from '../grammar/index.js';
import { conjunctHost, isConjunct } from './arguments.js';
import { synset, synsetsOf } from './wordnet.js';

/**
 * When an event happened, read in this order:
 * 1. the sentence: a date or time the parse attaches to the trigger, to the verb it shares a subject
 *    with ("arrested on Monday and charged"), to the verb it is the complement of ("was ordered on
 *    Tuesday to be held"), or for a noun to the verb that says it happened ("the attack took place
 *    on Friday"); a time attached to another clause of the sentence ("the arrests came as details
 *    emerged of movements before Friday") is not the event's;
 * 2. for a definite noun ("the attack", "their Moscow rampage"), the event of the same type it
 *    refers back to, when that one is dated in its own sentence;
 * 3. the reporting context in the sentence: a time on the verb that reports it ("Putin said on
 *    Monday that radicals carried out …": before Monday);
 * 4. the paragraph: a date of the sentences just before, when one of the events or reports dated
 *    by it shares a participant with this event ("X said in court on Tuesday … Officials said he
 *    was ordered to be held");
 * 4b. for a remand, charge or conviction still undated: the court hearing dated in the sentence
 *    just before or after, else after the arrest or detention dated in the sentence just before;
 * 5. the attribution that reports it (or the report that one is nested in): before its time.
 */

export interface AnchorInput {
  readonly trigger: Span;
  /** Index of the trigger's (first) token. */
  readonly token: number;
  readonly isVerb: boolean;
  readonly type: string | null;
  readonly sentence: Sentence;
  /** Entities among the event's agents and patients. */
  readonly participants: ReadonlySet<string>;
  /** Whether the event has an agent or patient at all (an entity or not). */
  readonly hasParticipants: boolean;
  /** The attribution whose content reports the event, if any. */
  readonly reporter: Attribution | null;
  /** "could", "will", "plans to", …: a future or unrealised event is after its report. */
  readonly modality: string | undefined;
  readonly negated: boolean;
}

export interface AnchorContext {
  readonly text: string;
  readonly segments: Segments;
  readonly tree: DependencyTree;
  readonly times: readonly TimeExpression[];
  readonly attributions: readonly Attribution[];
}

const FUTURE =
  /^(?:will|would|could|might|may|plans? to|planned to|intends? to|expected to|likely to|wants? to|to face|face|threatened to|should|can|must)$/;

/** Events a court decides, and the custody they follow. */
const COURT_DECIDED: ReadonlySet<string> = new Set(['remand', 'charge', 'conviction']);
const CUSTODY: ReadonlySet<string> = new Set(['arrest', 'detention']);

let supportVerbs: ReadonlySet<string> | null = null;

/** Verbs that say an event happened or was carried out: WordNet's happen#1 and carry_out#1 synsets. */
function isSupportVerb(lemma: string): boolean {
  if (supportVerbs === null) {
    const words = new Set<string>();
    for (const [word, sense] of [
      ['happen', 0],
      ['carry_out', 0],
    ] as const) {
      const offset = synsetsOf(word, 'verb')[sense];
      if (offset !== undefined) for (const member of synset(offset, 'verb').words) words.add(member);
    }
    supportVerbs = words;
  }
  return supportVerbs.has(lemma);
}

/** Whether a verb says that its subject or object happened: "occurred", "carried out", "took place". */
function supports(context: AnchorContext, verb: number): boolean {
  const token = context.tree.tokens[verb] as Token;
  const lemma = token.lemma.toLowerCase();
  if (isSupportVerb(lemma)) return true;
  for (const relation of ['compound:prt', 'obj']) {
    const second = context.tree.dependent(verb, relation);
    if (second < 0) continue;
    const word = context.tree.tokens[second] as Token;
    if (isSupportVerb(`${lemma}_${context.text.slice(word.start, word.end).toLowerCase()}`)) return true;
  }
  return false;
}

const TEMPORAL = /^(?:when|as|while|whilst)$/i;
const RELATIVE = /^(?:which|that)$/i;

/**
 * Clauses under a node that say when it happened: a temporal clause ("arrested when they landed on
 * Tuesday") and, for an event noun, a relative clause whose subject is the event ("the election,
 * which is expected next May").
 */
function timeClauses(context: AnchorContext, node: number, isNoun: boolean): number[] {
  const tree = context.tree;
  const tokens = tree.tokens;
  const wordOf = (index: number): string => {
    const token = tokens[index] as Token;
    return context.text.slice(token.start, token.end);
  };
  const found: number[] = [];
  for (const clause of tree.dependents(node, ['advcl']))
    if (
      tree
        .dependents(clause, ['mark', 'advmod'])
        .some((marker) => marker < clause && TEMPORAL.test(wordOf(marker)))
    )
      found.push(clause);
  if (isNoun) {
    for (const clause of tree.dependents(node, ['acl:relcl'])) {
      const subject = tree.dependent(clause, 'nsubj');
      if (subject >= 0 && RELATIVE.test(wordOf(subject))) found.push(clause);
    }
    // "the election, which is expected next May" with the clause hung elsewhere by the parser: the
    // relative pronoun right after the noun
    for (let next = node + 1; next < tokens.length && next <= node + 2; next += 1) {
      const token = tokens[next] as Token;
      if (token.pos === 'PUNCT') continue;
      if (
        token.pos === 'PRON' &&
        RELATIVE.test(wordOf(next)) &&
        relationIs(token.dep, 'nsubj') &&
        token.head >= 0
      )
        if (!found.includes(token.head)) found.push(token.head);
      break;
    }
  }
  return found;
}

/** The time expressions of a sentence that can date an event: dates and times, not "until …". */
function datingTimes(context: AnchorContext, sentence: Sentence): TimeExpression[] {
  return context.times.filter((time) => {
    if (time.start < sentence.start || time.end > sentence.end) return false;
    if (time.type !== 'DATE' && time.type !== 'TIME') return false;
    const lead = context.text.slice(Math.max(sentence.start, time.start - 20), time.start);
    return !/\buntil\s+(?:at\s+least\s+)?$/i.test(lead);
  });
}

/** The token of a time expression whose head lies outside it, or -1. */
function timeHead(context: AnchorContext, sentence: Sentence, time: TimeExpression): number {
  const tokens = context.segments.tokens;
  for (let index = sentence.firstToken; index < sentence.endToken; index += 1) {
    const token = tokens[index] as Token;
    if (token.start < time.start || token.end > time.end) continue;
    const head = token.head;
    if (head < 0) return index;
    const governor = tokens[head] as Token;
    if (governor.start < time.start || governor.end > time.end) return index;
  }
  return -1;
}

/** Whether a token lies inside a cue of an attribution whose content holds `span`. */
function reportingCue(context: AnchorContext, token: number, span: Span): boolean {
  const at = context.tree.tokens[token] as Token;
  return context.attributions.some(
    (attribution) =>
      attribution.cue !== null &&
      attribution.cue.start <= at.start &&
      at.end <= attribution.cue.end &&
      attribution.content.some((content) => content.start <= span.start && span.end <= content.end),
  );
}

/**
 * The trigger's predicate chain: the trigger, then (verbs) the verbs it shares a subject with or is
 * the complement of, or (nouns) the verb that says it happened; the last node may be the cue of
 * the report that holds the event (`reported`).
 */
function chain(context: AnchorContext, input: AnchorInput): { node: number; reported: boolean }[] {
  const tree = context.tree;
  const tokens = tree.tokens;
  const nodes: { node: number; reported: boolean }[] = [{ node: input.token, reported: false }];
  let at = input.token;
  if (!input.isVerb) {
    const token = tokens[at] as Token;
    for (const clause of timeClauses(context, at, true)) nodes.push({ node: clause, reported: false });
    if (
      token.head < 0 ||
      !['nsubj', 'obj'].some((label) => relationIs(token.dep, label)) ||
      !supports(context, token.head)
    )
      return nodes;
    at = token.head;
    nodes.push({ node: at, reported: false });
  }
  for (let steps = 0; steps < 5; steps += 1) {
    for (const clause of timeClauses(context, at, false)) nodes.push({ node: clause, reported: false });
    const token = tokens[at] as Token;
    if (token.head < 0) break;
    let next = -1;
    if (relationIs(token.dep, 'xcomp')) next = token.head;
    else if (isConjunct(tree, at)) next = conjunctHost(tree, at);
    else if (['ccomp', 'parataxis', 'advcl', 'acl:relcl'].some((label) => relationIs(token.dep, label))) {
      // only up to the verb that reports the event
      let head = token.head;
      // "said in remarks that …": the parser may hang the content on a noun under the cue
      if (!reportingCue(context, head, input.trigger) && (tokens[head] as Token).head >= 0) {
        const above = (tokens[head] as Token).head;
        if ((tokens[head] as Token).pos === 'NOUN' && reportingCue(context, above, input.trigger))
          head = above;
      }
      if (reportingCue(context, head, input.trigger)) nodes.push({ node: head, reported: true });
      break;
    }
    if (next < 0) break;
    at = next;
    nodes.push({ node: at, reported: false });
  }
  return nodes;
}

/**
 * Relation of an event to a time from the preposition the parse gives the time: "before Friday",
 * "since May"; not the preposition of a phrase the time is the possessor in ("after Saturday's
 * meeting": the meeting is on Saturday).
 */
function leadRelation(context: AnchorContext, head: number): EventTime['relation'] {
  for (const child of context.tree.dependents(head, ['case'])) {
    const token = context.tree.tokens[child] as Token;
    const word = context.text.slice(token.start, token.end).toLowerCase();
    if (word === 'before') return 'before';
    if (word === 'after' || word === 'since') return 'after';
  }
  return 'at';
}

function reportedRelation(input: AnchorInput): EventTime['relation'] {
  return input.modality !== undefined && FUTURE.test(input.modality) ? 'after' : 'before';
}

/** Step 1 and 3: the time the parse attaches to the trigger's chain, and whether it is the report's. */
export function sentenceTime(
  context: AnchorContext,
  input: AnchorInput,
): { time: EventTime; reported: boolean } | null {
  const times = datingTimes(context, input.sentence);
  if (times.length === 0) return null;
  const tokens = context.tree.tokens;
  const nodes = chain(context, input);
  let best: { time: TimeExpression; head: number; position: number; length: number } | null = null;
  for (const time of times) {
    const head = timeHead(context, input.sentence, time);
    if (head < 0) continue;
    // walk up from the time until the chain, through nouns and the like but through no other verb
    let at = (tokens[head] as Token).head;
    for (let length = 0; length < 5 && at >= 0; length += 1) {
      const position = nodes.findIndex((entry) => entry.node === at);
      if (position >= 0) {
        if (best === null || position < best.position || (position === best.position && length < best.length))
          best = { time, head, position, length };
        break;
      }
      const token = tokens[at] as Token;
      if (token.pos === 'VERB' || token.pos === 'AUX') break;
      at = token.head;
    }
  }
  if (best === null) {
    // the parser hung the time elsewhere: a time next to the trigger with no verb between them
    // ("the shooting of four civilians in May 2003") still dates it
    const fallback = adjacentTime(context, input, times);
    return fallback === null ? null : { time: fallback, reported: false };
  }
  const reported = nodes[best.position]!.reported;
  return {
    time: {
      value: best.time.value,
      relation: reported ? reportedRelation(input) : leadRelation(context, best.head),
      timex: best.time.id,
    },
    reported,
  };
}

/** A time of the sentence with no verb or auxiliary between it and the trigger, the nearest one. */
function adjacentTime(
  context: AnchorContext,
  input: AnchorInput,
  times: readonly TimeExpression[],
): EventTime | null {
  const tokens = context.segments.tokens;
  let best: { time: TimeExpression; head: number; distance: number } | null = null;
  for (const time of times) {
    const from = time.start >= input.trigger.end ? input.trigger.end : time.end;
    const to = time.start >= input.trigger.end ? time.start : input.trigger.start;
    let clear = true;
    for (let index = input.sentence.firstToken; index < input.sentence.endToken && clear; index += 1) {
      const token = tokens[index] as Token;
      if (token.start >= from && token.end <= to && (token.pos === 'VERB' || token.pos === 'AUX'))
        clear = false;
    }
    if (!clear) continue;
    const head = timeHead(context, input.sentence, time);
    if (head < 0) continue;
    if (best === null || to - from < best.distance) best = { time, head, distance: to - from };
  }
  if (best === null) return null;
  return { value: best.time.value, relation: leadRelation(context, best.head), timex: best.time.id };
}

/** Whether a noun trigger is definite: a determiner "the/this/that", a possessive, or a name before it. */
function definite(context: AnchorContext, token: number): boolean {
  const tree = context.tree;
  for (const child of tree.dependents(token, ['det', 'nmod:poss', 'compound'])) {
    const dependent = tree.tokens[child] as Token;
    const word = context.text.slice(dependent.start, dependent.end).toLowerCase();
    if (relationIs(dependent.dep, 'det') && /^(?:the|this|that|these|those)$/.test(word)) return true;
    if (dependent.dep === 'nmod:poss') return true;
    if (dependent.dep === 'compound' && dependent.pos === 'PROPN') return true;
  }
  return false;
}

/**
 * Whether the sentences (by index) lie close enough for a time to carry over: the one just before,
 * or two back in the same paragraph.
 */
function near(sentences: readonly Sentence[], from: number, to: number): boolean {
  if (from < 0 || to < 0 || from >= to) return false;
  if (to - from === 1) return true;
  return sentences[from]!.paragraph === sentences[to]!.paragraph && to - from <= 2;
}

/** Whether the trigger is in the perfect ("have been remanded"): not the time of a narrative before it. */
function perfect(context: AnchorContext, input: AnchorInput): boolean {
  if (!input.isVerb) return false;
  return context.tree
    .dependents(input.token, ['aux'])
    .some((aux) =>
      /^(?:has|have|had)$/i.test(
        context.text.slice(
          (context.tree.tokens[aux] as Token).start,
          (context.tree.tokens[aux] as Token).end,
        ),
      ),
    );
}

/**
 * The times of all events: `inputs` in text order; returns one time (or undefined) per input.
 */
export function anchorEvents(
  context: AnchorContext,
  inputs: readonly AnchorInput[],
): (EventTime | undefined)[] {
  const direct = inputs.map((input) => sentenceTime(context, input));
  const result: (EventTime | undefined)[] = direct.map((found) =>
    found !== null && !found.reported ? found.time : undefined,
  );
  // 2. a definite noun refers back to the dated event of its type (else the next one)
  // (one that names who it was done to refers only to an event with the same participant: "the
  // arrests of several other executives" is not the arrest told before)
  const refersTo = (input: AnchorInput, other: number): boolean => {
    const candidate = inputs[other]!;
    if (candidate.type !== input.type || direct[other] === null || direct[other]!.reported) return false;
    if (!input.hasParticipants) return true;
    return [...input.participants].some((entity) => candidate.participants.has(entity));
  };
  inputs.forEach((input, index) => {
    if (result[index] !== undefined || input.isVerb || input.type === null || input.negated) return;
    if (!definite(context, input.token)) return;
    let antecedent = -1;
    for (let other = index - 1; other >= 0 && antecedent < 0; other -= 1)
      if (refersTo(input, other)) antecedent = other;
    for (let other = index + 1; other < inputs.length && antecedent < 0; other += 1)
      if (refersTo(input, other)) antecedent = other;
    if (antecedent < 0) return;
    const found = direct[antecedent]!.time;
    result[index] = {
      value: found.value,
      relation: found.relation,
      ...(found.timex === undefined ? {} : { timex: found.timex }),
    };
  });
  // 3. the time of the report in the sentence
  inputs.forEach((input, index) => {
    if (result[index] === undefined && direct[index]?.reported === true) result[index] = direct[index]!.time;
  });
  // 4. the paragraph: a time of the sentences just before that dates an event or a report sharing a participant
  const sentences = context.segments.sentences;
  const sentenceIndex = new Map(sentences.map((sentence, index) => [sentence, index]));
  const indexOfSentence = (sentence: Sentence): number => sentenceIndex.get(sentence) ?? -1;
  const reportSentences = context.attributions.map((attribution) => {
    if (attribution.time === undefined || attribution.cue === null) return -1;
    const cue = attribution.cue;
    return sentences.findIndex((candidate) => candidate.start <= cue.start && cue.end <= candidate.end);
  });
  inputs.forEach((input, index) => {
    if (result[index] !== undefined || input.type === null || !input.isVerb || perfect(context, input))
      return;
    const at = indexOfSentence(input.sentence);
    let found: EventTime | undefined;
    // the events before it, back to the start of its paragraph (and the sentence before that)
    const earlier: number[] = [];
    for (let other = index - 1; other >= 0; other -= 1) {
      const from = indexOfSentence(inputs[other]!.sentence);
      if (from < at - 1 && inputs[other]!.sentence.paragraph !== input.sentence.paragraph) break;
      earlier.unshift(other);
    }
    for (const otherIndex of earlier) {
      const other = inputs[otherIndex]!;
      const dated = direct[otherIndex];
      if (dated === null || dated === undefined || dated.reported || dated.time.relation !== 'at') continue;
      const sameParagraph =
        other.sentence.paragraph === input.sentence.paragraph && other.sentence !== input.sentence;
      // the same kind of event told on in the paragraph ("Saturday's meeting … the unions which met")
      const shares = [...other.participants].some((entity) => input.participants.has(entity));
      if (
        sameParagraph &&
        other.type === input.type &&
        (shares || !other.hasParticipants || !input.hasParticipants)
      )
        found = dated.time;
      else if (near(sentences, indexOfSentence(other.sentence), at) && shares) found = dated.time;
    }
    context.attributions.forEach((attribution, attributionIndex) => {
      const from = reportSentences[attributionIndex]!;
      if (attribution.time === undefined || from < 0 || !near(sentences, from, at)) return;
      const speakers =
        attribution.speaker === null
          ? []
          : typeof attribution.speaker === 'string'
            ? [attribution.speaker]
            : attribution.speaker;
      if (!speakers.some((speaker) => input.participants.has(speaker))) return;
      const time = datingTimes(context, sentences[from]!).find((candidate) =>
        candidate.value.startsWith(attribution.time!),
      );
      found =
        time === undefined
          ? { value: attribution.time, relation: 'at' }
          : { value: time.value, relation: 'at', timex: time.id };
    });
    if (found !== undefined) result[index] = found;
  });
  // 4b. the steps of a prosecution: a remand, charge or conviction with no time of its own is
  // decided at the court hearing told in the sentence just before or after ("have been remanded in
  // custody … They were arraigned in court over the weekend"), else comes after the arrest or
  // detention told in the sentence just before ("were arrested on Monday evening … have been
  // charged with terrorism")
  inputs.forEach((input, index) => {
    if (result[index] !== undefined || input.negated || !COURT_DECIDED.has(input.type ?? '')) return;
    const at = indexOfSentence(input.sentence);
    const neighbour = (other: number): boolean => {
      const from = indexOfSentence(inputs[other]!.sentence);
      return Math.abs(from - at) === 1;
    };
    const datedAt = (other: number): EventTime | null => {
      const dated = direct[other];
      return dated === null || dated === undefined || dated.reported || dated.time.relation !== 'at'
        ? null
        : dated.time;
    };
    const hearing = inputs.findIndex(
      (other, otherIndex) =>
        other.type === 'court_appearance' &&
        !other.negated &&
        neighbour(otherIndex) &&
        datedAt(otherIndex) !== null,
    );
    if (hearing >= 0) {
      result[index] = datedAt(hearing)!;
      return;
    }
    for (let other = index - 1; other >= 0; other -= 1) {
      const candidate = inputs[other]!;
      if (indexOfSentence(candidate.sentence) < at - 1) break;
      if (!neighbour(other) || candidate.negated || !CUSTODY.has(candidate.type ?? '')) continue;
      const time = datedAt(other);
      if (time === null) continue;
      result[index] = {
        value: time.value,
        relation: 'after',
        ...(time.timex === undefined ? {} : { timex: time.timex }),
      };
      return;
    }
  });
  // 5. the report that holds the event, or the report that one is nested in
  const byId = new Map(context.attributions.map((attribution) => [attribution.id, attribution]));
  inputs.forEach((input, index) => {
    if (result[index] !== undefined || input.reporter === null) return;
    let reporter: Attribution | undefined = input.reporter;
    for (let steps = 0; steps < 3 && reporter !== undefined && reporter.time === undefined; steps += 1)
      reporter = reporter.parent === undefined ? undefined : byId.get(reporter.parent);
    if (reporter?.time !== undefined)
      result[index] = { value: reporter.time, relation: reportedRelation(input) };
  });
  return result;
}
