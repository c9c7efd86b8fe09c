import type {
  Attribution,
  Claim,
  Entity,
  Event,
  Quantity,
  Segments,
  Span,
  Token,
} from '../../model/index.js';
import { DependencyTree } from '../grammar/index.js';
import { isClaimWorthy } from './claim-worthy.js';
import { contentTokens, nestedContents } from './content-tokens.js';
import {
  activeObject,
  frameOf,
  isDescription,
  keyOf,
  phraseText,
  reasonFrameOf,
  type FrameContext,
} from './frame.js';
import { mainEvent, type MainEvent } from './main-event.js';
import { classOf, isGroupNoun, isKindOfClassVerb } from './predicate-classes.js';
import {
  claimContentClause,
  existentialEvidence,
  isPredicate,
  readExistence,
  readProposition,
  type Proposition,
  underCounterfactual,
} from './proposition.js';
import { Referents } from './referents.js';
import { changeOf, shareOf } from './share.js';
import { tokenAt } from '../names/token-index.js';
import { isRetractingVerb, isRetractionCue, isSpeechNoun } from '../attribution/spans/retractions.js';
import { NUMBER_WORDS, quantityOf, UPPER_BOUNDS } from '../events/find-events.js';
import {
  lexicographerFileOf,
  NOUN_GROUP,
  NOUN_PERSON,
  synset,
  synsetsOf,
  type WordNetPos,
} from '../events/wordnet.js';

/**
 * Whether a clause of the content is what a speech noun held that the content says is taken back
 * ("withdrawing its earlier statement [that an engine had caught fire]"): up from the clause to a
 * speech noun (claim, report, statement) that is the object of a retracting verb (WordNet: withdraw
 * in its take-back sense, retract, recant), or to that verb when the parse hangs the clause on it,
 * all inside the content.
 */
function retractedInContent(tree: DependencyTree, clause: number, inContent: ReadonlySet<number>): boolean {
  let at = (tree.tokens[clause] as Token).head;
  for (let steps = 0; at >= 0 && inContent.has(at) && steps < 4; steps += 1) {
    const token = tree.tokens[at] as Token;
    // (the parse often hangs the noun's clause on the verb: "withdrawing its statement [that …]")
    if (
      token.pos === 'VERB' &&
      isRetractingVerb(token.lemma.toLowerCase()) &&
      tree.dependents(at, ['obj']).some((object) => isSpeechNoun((tree.tokens[object] as Token).lemma))
    )
      return true;
    if (token.pos === 'NOUN' && isSpeechNoun(token.lemma)) {
      const verb = token.head;
      return (
        token.dep === 'obj' &&
        verb >= 0 &&
        inContent.has(verb) &&
        isRetractingVerb((tree.tokens[verb] as Token).lemma.toLowerCase())
      );
    }
    at = token.head;
  }
  return false;
}

/**
 * Claims: each attribution's content as normalised propositions read from the parse (subject,
 * predicate lemma, object or value, polarity, modality, hedges), with entities and events linked
 * and a topic that groups claims about the same question. A denial's claim is the negated
 * proposition: "The movement has rejected allegations that it was involved" claims "the
 * movement (not) involved". A quotation that is only an answer ("said “of course the Red Hand” when
 * asked who he believed was responsible") takes its proposition from the question it answers.
 */
export function findClaims(
  text: string,
  segments: Segments,
  entities: readonly Entity[],
  events: readonly Event[],
  attributions: readonly Attribution[],
): Claim[] {
  const tokens = segments.tokens;
  if (tokens.length === 0 || attributions.length === 0) return [];
  const tree = new DependencyTree(tokens);
  const referents = new Referents(tree, entities);
  const entityById = new Map(entities.map((entity) => [entity.id, entity]));
  const eventAt = new Map<number, Event>();
  for (const event of events) eventAt.set(tokenAt(tokens, event.trigger.start), event);
  const main = mainEvent(events, entities);
  const instruments = instrumentsOf(tree, events, main, tokens);
  const sourceTokenSet = new Set(
    attributions.flatMap((attribution) =>
      attribution.source === null ? [] : speakerTokens(tree, sourceTokens(tokens, attribution.source)),
    ),
  );
  const claims: Claim[] = [];
  const lastParties = new Map<string, readonly string[]>();
  // built once: the contents reported inside each attribution, the events each one counts, and
  // the triggers that carry a figure (each was a scan of every attribution or event per attribution)
  const nested = nestedContents(attributions);
  const counted = countedEvents(events);
  const figureTriggers = new Set<number>();
  for (const event of events) if (event.quantity !== undefined) figureTriggers.add(event.trigger.start);

  for (const attribution of attributions) {
    // (nor a refusal: "could not confirm that the man had been arrested" says nothing is so)
    if (attribution.stance === 'question' || attribution.stance === 'decline') continue;
    // "rejected allegations that …", "denied that …": the content is what the speaker says is false
    const denial = isDenial(tokens, attribution);
    const content = contentTokens(tokens, attribution, attributions, nested, denial);
    if (content.length === 0) continue;
    // this attribution's claims are those pushed from here on (attribution ids are unique)
    const firstClaim = claims.length;
    const inContent = new Set(content);
    const speakerKey = [attribution.speaker ?? attribution.id].flat().join('+');
    const propositions: Proposition[] = [];
    const outcomes = new Set<Proposition>();
    // clauses read through "there is no truth in claims that …": not read again on their own
    const readThrough = new Set<number>();
    for (const index of content) {
      if (readThrough.has(index)) continue;
      const evidence = existentialEvidence(tree, index);
      if (evidence !== null) {
        const read = readProposition(tree, text, evidence.noun, content, evidence.negated);
        if (read !== null) propositions.push(read);
        readThrough.add(evidence.noun);
        continue;
      }
      // "there had been no explosion at the building": happen(the explosion, the building)
      const existence = readExistence(tree, index);
      if (existence !== null) {
        propositions.push(existence);
        continue;
      }
      if (!isPredicate(tree, index, inContent)) continue;
      // "would have closed if …": not asserted, nor its condition
      if (underCounterfactual(tree, index, inContent)) continue;
      const head = (tokens[index] as Token).head;
      // the noun of "no evidence of involvement" was read above
      if (head >= 0 && existentialEvidence(tree, head) !== null) continue;
      const reading = readProposition(tree, text, index, content);
      // "…, withdrawing its earlier statement that an engine had caught fire": taken back, as a
      // retraction's content is (negated)
      const read =
        reading !== null && retractedInContent(tree, index, inContent)
          ? { ...reading, negated: !reading.negated }
          : reading;
      if (read !== null) {
        const proposition = controlledSubject(tree, read, attribution, tokens, referents);
        propositions.push(proposition);
        // "the plant had failed a safety inspection": inspect(?, the plant), and how it went,
        // pass(the plant, the inspection) denied (WordNet: "fail" is the antonym of "pass")
        if (proposition.outcome !== undefined) {
          const outcome: Proposition = {
            ...proposition,
            lemma: 'pass',
            subject: proposition.patient,
            object: proposition.outcome.test,
            negated: proposition.negated === proposition.outcome.passed,
            passive: false,
            agent: -1,
            patient: -1,
            outcome: undefined,
          };
          outcomes.add(outcome);
          propositions.push(outcome);
        }
        // "the gate had been opened on a commander's orders, not by fans": the doer set aside is a
        // claim of its own, negated (open(the fans, the gate) denied)
        const setAside = proposition.passive ? rejectedAgent(tree, proposition.predicate) : -1;
        if (setAside >= 0)
          propositions.push({
            ...proposition,
            subject: setAside,
            agent: setAside,
            negated: !proposition.negated,
          });
      }
    }
    if (propositions.length === 0) {
      const answered = answerToQuestion(tree, text, attribution, attributions, content, tokens, nested);
      if (answered !== null) propositions.push(answered);
    }
    if (propositions.length === 0) {
      const nominal = deedNoun(tree, text, attribution, content, tokens, referents);
      if (nominal !== null) propositions.push(nominal);
    }
    for (const proposition of propositions) {
      // (how a test went is no deed with a figure: "failed two inspections" counts the tests)
      const isOutcome = outcomes.has(proposition);
      // "at least 6 guards died": a figure of what the deed causes is a toll
      const toll = isOutcome
        ? null
        : (tollOf(tree, text, proposition, main, attribution, claims) ??
          tallyOf(tree, text, proposition, main, attribution, claims));
      if (toll !== null) {
        claims.push(toll);
        continue;
      }
      // "15 people were taken to hospital", "12 polling stations were closed": any other figure
      const counted = isOutcome
        ? null
        : figureClaim(tree, text, proposition, attribution, claims, figureTriggers, inContent);
      const figure = isOutcome
        ? null
        : (counted ??
          shareClaim(tree, text, proposition, attribution, claims) ??
          presenceClaim(tree, text, proposition, attribution, claims));
      if (figure !== null) {
        claims.push(figure);
        // "300 workers would lose their jobs": a figure of the doers of a deed done to something
        // counts them, and the deed is a claim of its own too (lose(the workers, the jobs), which
        // "no jobs would be lost" denies)
        if (counted === null || !countsDoers(tree, proposition)) continue;
      }
      // "the average fare would rise by 4 per cent": the change is a figure, and the rise a claim too
      const change = isOutcome ? null : changeClaim(tree, text, proposition, attribution, claims);
      if (change !== null) claims.push(change);
      // "turnout had been 62 %": the sign is a predicate only as the level of a measure
      if ((tokens[proposition.predicate] as Token).lemma === '%') continue;
      // "rejected the company's claim that it had been told …": a clause inside a nested report
      // speaks in that report's voice ("it" is the company), also in the denial that holds it
      const voice = innerVoice(attributions, attribution, tokens[proposition.predicate] as Token);
      const context: FrameContext = {
        text,
        tree,
        referents,
        entities: entityById,
        eventAt,
        main,
        content,
        previousParties: lastParties.get(speakerKey) ?? null,
        sourceParties: sourceParties(tree, referents, voice, tokens),
        sourceEntities:
          voice.source === null
            ? []
            : [
                ...new Set(
                  sourceTokens(tokens, voice.source)
                    .map((at) => referents.entityAt(at)?.id)
                    .filter((id): id is string => id !== undefined),
                ),
              ],
        instruments,
        sourceTokens: sourceTokenSet,
        sourceHead: voice.source === null ? -1 : sourceHead(tree, sourceTokens(tokens, voice.source)),
        speakers: [attribution.speaker ?? []].flat(),
        nested: voice !== attribution,
      };
      const framed = frameOf(context, proposition);
      // (a deed whose figures are counted, "killed", "injured", stays: it says there were casualties)
      if (
        !isClaimWorthy(context, proposition, framed) &&
        (proposition.pos !== 'verb' || deedKeyOf(proposition.lemma, 'verb') === null)
      )
        continue;
      const parties = framed.value?.entities;
      if (proposition.subject >= 0) {
        const subjectParties = parties ?? referents.entitiesOf(proposition.subject);
        if (subjectParties.length > 0) lastParties.set(speakerKey, subjectParties);
      }
      const polarity = (proposition.negated !== framed.negative) !== denial ? 'neg' : 'pos';
      // the predicate's words inside the content; the whole content when the predicate lies outside
      // it (an answer's claim reads its predicate from the question: "asked who was behind it, …")
      const inside =
        tree.subtreeStart(proposition.predicate) <= (content[content.length - 1] as number) &&
        tree.subtreeEnd(proposition.predicate) >= (content[0] as number);
      const first = inside
        ? Math.max(tree.subtreeStart(proposition.predicate), content[0] as number)
        : (content[0] as number);
      const last = inside
        ? Math.min(tree.subtreeEnd(proposition.predicate), content[content.length - 1] as number)
        : (content[content.length - 1] as number);
      // "the vote was rigged": no doer; the vote is what was rigged
      const subjectHead = framed.converse?.subject ?? proposition.subject;
      // "Ellery denied attacking the guard": the speaker is the subject the complement's verb
      // takes (subject control), named in the source, not in the content
      // (a pronoun only when it names someone: not the "that" a relative clause made a source)
      const controlled =
        subjectHead >= 0 &&
        !inContent.has(subjectHead) &&
        attribution.source !== null &&
        sourceTokens(tokens, attribution.source).includes(subjectHead) &&
        ((tokens[subjectHead] as Token).pos !== 'PRON' || referents.entityAt(subjectHead) !== null);
      const reading =
        framed.agentless === true
          ? null
          : reference(
              context,
              subjectHead,
              proposition.predicate,
              controlled ? new Set([...inContent, subjectHead]) : inContent,
            );
      // its words are the source's, not a subtree the parse may have run on into the cue
      const read =
        controlled && reading !== null && attribution.source !== null
          ? {
              ...reading,
              text: text
                .slice(attribution.source.start, attribution.source.end)
                .replace(/[\s,;:]+$/, '')
                .trim(),
            }
          : reading;
      const subject =
        read !== null && read.entity === undefined && framed.subjectEntity !== undefined
          ? { ...read, entity: framed.subjectEntity }
          : read;
      const object = reference(
        context,
        framed.agentless === true ? proposition.subject : activeObject(proposition),
        proposition.predicate,
        inContent,
      );
      // what the claim and a reason claim of it share (its span, who, polarity, modality, hedge)
      const span = { start: (tokens[first] as Token).start, end: (tokens[last] as Token).end };
      const told = {
        ...(proposition.modality === undefined ? {} : { modality: proposition.modality }),
        ...(proposition.hedged || (attribution.hedges?.length ?? 0) > 0 ? { hedged: true } : {}),
      };
      const claim: Claim = {
        id: `c${claims.length + 1}`,
        attribution: attribution.id,
        span,
        ...(subject === null ? {} : { subject }),
        predicate: framed.converse?.lemma ?? proposition.lemma,
        ...(object === null ? {} : { object }),
        polarity,
        ...told,
        topic: framed.topic,
        frame: framed.frame,
        ...(framed.value === undefined ? {} : { value: framed.value }),
        ...(framed.event === undefined ? {} : { event: framed.event }),
        ...(proposition.exclusive ? { exclusive: true } : {}),
      };
      claims.push(claim);
      // "caused by a collapse and not by an explosion": the explosion is a cause the speaker denies,
      // the same claim with the other polarity (only the value given is exclusive: "only by a collapse")
      if (framed.ruledOut !== undefined) {
        const { exclusive: _exclusive, ...denied } = claim;
        claims.push({
          ...denied,
          id: `c${claims.length + 1}`,
          polarity: polarity === 'pos' ? 'neg' : 'pos',
          value: framed.ruledOut,
        });
      }
      // "resigned for health reasons": also what caused the resignation
      const reason =
        framed.frame === 'proposition' && !framed.topic.startsWith('what caused ') && polarity === 'pos'
          ? reasonFrameOf(context, proposition)
          : null;
      if (reason !== null)
        claims.push({
          id: `c${claims.length + 1}`,
          attribution: attribution.id,
          span,
          ...(subject === null ? {} : { subject }),
          predicate: proposition.lemma,
          polarity,
          ...told,
          topic: reason.topic,
          frame: reason.frame,
          ...(reason.value === undefined ? {} : { value: reason.value }),
          ...(reason.event === undefined ? {} : { event: reason.event }),
        });
    }
    // a figure read from its own verb ("3 guards were hurt in the attack") is not read again as the
    // attack's toll
    const tolls = claims
      .slice(firstClaim)
      .filter((claim) => claim.attribution === attribution.id && claim.frame === 'count');
    claims.push(
      ...countClaims(counted.get(attribution.id) ?? [], main, attribution, claims.length).filter(
        (count) =>
          !tolls.some(
            (toll) =>
              toll.predicate === count.predicate ||
              JSON.stringify(toll.value?.quantity) === JSON.stringify(count.value?.quantity),
          ),
      ),
    );
  }
  return claims;
}

/** "a [bomb] attack", "an [arson] attack": the nouns that modify the main event's triggers. */
function instrumentsOf(
  tree: DependencyTree,
  events: readonly Event[],
  main: MainEvent | null,
  tokens: readonly Token[],
): Set<string> {
  const found = new Set<string>();
  if (main === null) return found;
  for (const event of events) {
    if (event.type !== main.type) continue;
    const trigger = tokenAt(tokens, event.trigger.start);
    for (const child of tree.dependents(trigger, ['compound'])) {
      const token = tokens[child] as Token;
      if (token.pos === 'NOUN') found.add(token.lemma.toLowerCase());
    }
  }
  return found;
}

/**
 * The entities the attribution's source names that "it" can stand for: all of them when the
 * source's head is a group noun ("The Grey Banner [militia]"), else its organisations ("a spokesman
 * for the Sea Wolves").
 */
/**
 * The attribution whose voice a word of `attribution`'s content is in: the innermost report nested
 * in it (by `parent`) whose content holds the word and whose source names someone; else itself.
 */
function innerVoice(
  attributions: readonly Attribution[],
  attribution: Attribution,
  word: Token,
): Attribution {
  let voice = attribution;
  for (let deeper = true; deeper;) {
    deeper = false;
    for (const child of attributions)
      if (
        child.parent === voice.id &&
        child.source !== null &&
        child.content.some((part) => part.start <= word.start && word.end <= part.end)
      ) {
        voice = child;
        deeper = true;
        break;
      }
  }
  return voice;
}

function sourceParties(
  tree: DependencyTree,
  referents: Referents,
  attribution: Attribution,
  tokens: readonly Token[],
): string[] {
  const source = attribution.source;
  if (source === null) return [];
  const inside: number[] = [];
  for (let at = tokenAt(tokens, source.start); at < tokens.length; at += 1) {
    if ((tokens[at] as Token).start >= source.end) break;
    inside.push(at);
  }
  const head = inside.find((at) => {
    const parent = (tokens[at] as Token).head;
    return parent < 0 || !inside.includes(parent);
  });
  if (head === undefined) return [];
  const group = (tokens[head] as Token).pos === 'NOUN' && isGroupNoun((tokens[head] as Token).lemma);
  const found = new Set<string>();
  for (const at of inside) {
    const entity = referents.entityAt(at);
    if (entity !== null && (group || entity.type === 'ORG')) found.add(entity.id);
  }
  return [...found];
}

/** Whether the attribution is a denial by its cue's verb ("has rejected", "denied", "rebuffed"), a WordNet conflict verb or a kind of one. */
export function isDenial(tokens: readonly Token[], attribution: Attribution): boolean {
  const cue = attribution.cue;
  if (cue === null || attribution.stance === 'question') return false;
  let negated = false;
  let conflict = false;
  for (let at = tokenAt(tokens, cue.start); at < tokens.length; at += 1) {
    const token = tokens[at] as Token;
    if (token.start >= cue.end) break;
    if (token.dep === 'neg' || /^(?:not|never|n't|no)$/i.test(token.lemma)) negated = true;
    if (token.pos === 'VERB' && isKindOfClassVerb('conflict', token.lemma.toLowerCase())) conflict = true;
  }
  // "retracted her statement that …": a cue that is, by WordNet, a kind of "repudiate" takes back
  // what it names, as a denial does, whatever stance the attribution stage gave it; so does
  // "withdrew its claim that …" (withdraw's take-back sense) and "the retraction of its report"
  if (!conflict && !negated) {
    const first = tokenAt(tokens, cue.start);
    let end = first;
    while (end < tokens.length && (tokens[end] as Token).start < cue.end) end += 1;
    conflict = isRetractionCue(tokens, first, end);
  }
  return conflict && (attribution.stance === 'deny' || !negated);
}

function reference(
  context: FrameContext,
  head: number,
  predicate: number,
  inContent: ReadonlySet<number>,
): { text: string; entity?: string } | null {
  if (head < 0 || !inContent.has(head)) return null;
  const entity = context.referents.nameAt(head);
  const text = phraseText(context, head, predicate);
  if (text === '') return null;
  const key = keyOf(context, head);
  return entity === null || key === null || isDescription(entity) ? { text } : { text, entity: entity.id };
}

/**
 * "The movement denied any involvement in the attack", "rejected responsibility for the raid": a
 * content that is only a noun phrase headed by a noun of the responsibility class is the
 * nominal proposition; whose involvement it is comes from the noun ("the army's role", "involvement
 * by the army") or else, for a denial, from the source (one denies one's own involvement). The
 * attribution's denial then negates it as for a clause.
 */
function deedNoun(
  tree: DependencyTree,
  text: string,
  attribution: Attribution,
  content: readonly number[],
  tokens: readonly Token[],
  referents: Referents,
): Proposition | null {
  const inContent = new Set(content);
  const roots = content.filter((index) => !inContent.has((tokens[index] as Token).head));
  if (roots.length !== 1) return null;
  const root = roots[0] as number;
  const token = tokens[root] as Token;
  if (token.pos !== 'NOUN' || classOf('responsibility', token.lemma.toLowerCase(), 'noun') !== 'pos')
    return null;
  const found = readProposition(tree, text, root, content);
  if (found === null || found.object < 0) return null;
  // the noun says the claim's class, and claims it only for an event ("any role in the attack", not
  // "any role in the council")
  const read: Proposition = { ...found, classWord: { lemma: token.lemma.toLowerCase(), pos: 'noun' } };
  if (read.subject >= 0) return read;
  if (!isDenial(tokens, attribution) || attribution.source === null) return null;
  const subject = speakerSubject(tokens, attribution.source, referents);
  return subject < 0 ? null : { ...read, subject };
}

/**
 * The token that stands for the speaker as a claim's subject: the source's head, or, for "a
 * spokesman for the Sea Wolves", the organisation the source speaks for (the name's head: the token
 * of the organisation whose head is outside its name); -1 when the source has no head.
 */
function speakerSubject(tokens: readonly Token[], sourceSpan: Span, referents: Referents): number {
  const source = sourceTokens(tokens, sourceSpan);
  const head = source.find((at) => !source.includes((tokens[at] as Token).head));
  if (head === undefined) return -1;
  if (referents.entityAt(head) !== null) return head;
  const named = source.find((at) => {
    const entity = referents.entityAt(at);
    const parent = (tokens[at] as Token).head;
    return entity?.type === 'ORG' && (parent < 0 || referents.entityAt(parent) !== entity);
  });
  return named ?? head;
}

/**
 * "Dmitriyev denied organising the shipments", "the firm denied having ignored warnings": a verb
 * complement of the cue with no subject of its own has the speaker as its subject (subject
 * control), the organisation a spokesman speaks for when the source names one.
 */
function controlledSubject(
  tree: DependencyTree,
  read: Proposition,
  attribution: Attribution,
  tokens: readonly Token[],
  referents: Referents,
): Proposition {
  if (read.subject >= 0 || read.pos !== 'verb' || attribution.source === null || attribution.cue === null)
    return read;
  const token = tokens[read.predicate] as Token;
  if (token.dep !== 'xcomp' || token.head < 0) return read;
  const cue = tokens[token.head] as Token;
  if (cue.start < attribution.cue.start || cue.end > attribution.cue.end) return read;
  const subject = speakerSubject(tokens, attribution.source, referents);
  return subject < 0 ? read : { ...read, subject };
}

/** The token of a source whose head lies outside it ("The security [service]"), else -1. */
function sourceHead(tree: DependencyTree, inside: readonly number[]): number {
  const set = new Set(inside);
  // the comma that closes "The sister of Lev Haran, Mira Haran," hangs on the verb: no head
  const heads = inside.filter(
    (at) => !set.has((tree.tokens[at] as Token).head) && (tree.tokens[at] as Token).pos !== 'PUNCT',
  );
  return heads.length === 1 ? (heads[0] as number) : -1;
}

/**
 * The tokens of a source that name the speaker: not the person a relational head is of or for ("the
 * lawyer for [Arkadii Dmitriev]", "the mother of [Dzhamshid Kodirov]"), who is spoken of, not speaking.
 */
function speakerTokens(tree: DependencyTree, inside: readonly number[]): number[] {
  const head = sourceHead(tree, inside);
  if (head < 0 || (tree.tokens[head] as Token).pos !== 'NOUN') return [...inside];
  const spokenOf = new Set<number>();
  for (const child of tree.dependents(head, ['nmod'])) {
    const marker = tree.dependent(child, 'case');
    if (marker < 0 || !['of', 'for'].includes((tree.tokens[marker] as Token).lemma.toLowerCase())) continue;
    if ((tree.tokens[child] as Token).pos !== 'PROPN') continue;
    for (let at = tree.subtreeStart(child); at <= tree.subtreeEnd(child); at += 1) spokenOf.add(at);
  }
  return inside.filter((at) => !spokenOf.has(at));
}

function sourceTokens(tokens: readonly Token[], source: { start: number; end: number }): number[] {
  const inside: number[] = [];
  for (let at = tokenAt(tokens, source.start); at < tokens.length; at += 1) {
    if ((tokens[at] as Token).start >= source.end) break;
    inside.push(at);
  }
  return inside;
}

/**
 * "The general said “of course the Red Hand” when asked who he believed was responsible": a
 * content with no predicate of its own answers the question asked in the same sentence; the
 * question's predicate with the answer as its subject.
 */
function answerToQuestion(
  tree: DependencyTree,
  text: string,
  attribution: Attribution,
  attributions: readonly Attribution[],
  content: readonly number[],
  tokens: readonly Token[],
  nested: ReadonlyMap<string, readonly Span[]>,
): Proposition | null {
  const answer = content.find((index) => {
    const head = (tokens[index] as Token).head;
    return head < 0 || !content.includes(head);
  });
  if (answer === undefined || (tokens[answer] as Token).pos !== 'PROPN') return null;
  const cue = attribution.cue;
  if (cue === null) return null;
  const question = attributions.find(
    (other) =>
      other.stance === 'question' &&
      other.cue !== null &&
      Math.abs(other.cue.start - cue.end) < 80 &&
      other.content.length > 0,
  );
  if (question === undefined) return null;
  const asked = contentTokens(tokens, question, attributions, nested).find((index) =>
    isPredicate(tree, index, undefined, true),
  );
  if (asked === undefined) return null;
  const read = readProposition(tree, text, asked, content);
  return read === null ? null : { ...read, subject: answer };
}

/**
 * The events with a figure and a type, grouped by the attribution that reports them, in text order:
 * what `countClaims` reads for each attribution.
 */
export function countedEvents(events: readonly Event[]): Map<string, Event[]> {
  const counted = new Map<string, Event[]>();
  for (const event of events) {
    if (event.attribution === undefined || event.quantity === undefined || event.type === null) continue;
    const list = counted.get(event.attribution);
    if (list === undefined) counted.set(event.attribution, [event]);
    else list.push(event);
  }
  return counted;
}

/**
 * Figures a source gives: an event of the attribution's content with a quantity ("officials said
 * at least 40 people were killed") is a claim about how many.
 */
function countClaims(
  counted: readonly Event[],
  main: MainEvent | null,
  attribution: Attribution,
  offset: number,
): Claim[] {
  const found: Claim[] = [];
  // "3 people were injured in the attack": the injuring verb says what the figure counts, not the
  // attack it happened in
  const specific = counted.some((event) => event.type !== 'attack');
  for (const event of counted) {
    if (event.quantity === undefined || event.type === null || (specific && event.type === 'attack'))
      continue;
    for (const [key, quantity] of Object.entries(event.quantity)) {
      // "at least 8 people were killed in the bombing": one figure, however many events carry it
      if (found.some((claim) => claim.predicate === key)) continue;
      const label = main?.place?.name ?? null;
      found.push({
        id: `c${offset + found.length + 1}`,
        attribution: attribution.id,
        span: event.trigger,
        predicate: key,
        polarity: event.polarity === 'neg' ? 'neg' : 'pos',
        topic: label === null ? `how many were ${key}` : `how many were ${key} at ${label}`,
        frame: 'count',
        value: { text: figureText(quantity), quantity },
        event: event.id,
      });
    }
  }
  return found;
}

// The counted deeds and the verbs WordNet says they cause or are a kind of: "kill" causes "die" ("at
// least 6 guards died", "perished"), "injure" is a kind of "hurt"; the keys are those the events
// stage counts figures under.
const COUNTED_DEEDS: readonly (readonly [string, string])[] = [
  ['killed', 'kill'],
  ['injured', 'injure'],
];
let causedBy: Map<number, string> | null = null;
let resultOf: Map<number, string> | null = null;

/**
 * The count key of a verb (two most frequent senses) that a counted deed causes or is a kind of
 * ("die" → killed, "hurt" → injured), or of a verb one of whose three most frequent senses is a
 * kind of what the deed causes ("drown": "die by drowning", a kind of "die"; "starve",
 * "succumb"), or null.
 */
function causedKey(lemma: string): string | null {
  if (causedBy === null || resultOf === null) {
    causedBy = new Map();
    resultOf = new Map();
    for (const [key, deed] of COUNTED_DEEDS) {
      const offset = synsetsOf(deed, 'verb')[0];
      if (offset === undefined) continue;
      // what the deed causes ("die"), and the deed's hypernym ("injure" is a kind of "hurt": "3
      // guards were hurt")
      for (const pointer of synset(offset, 'verb').pointers)
        if ((pointer.symbol === '>' || pointer.symbol === '@') && pointer.pos === 'verb') {
          causedBy.set(pointer.offset, key);
          if (pointer.symbol === '>') resultOf.set(pointer.offset, key);
        }
    }
  }
  const senses = synsetsOf(lemma.toLowerCase(), 'verb');
  for (const offset of senses.slice(0, 2)) {
    const key = causedBy.get(offset);
    if (key !== undefined) return key;
  }
  // (not a kind of the deed itself: "shoot" is a kind of "kill" in a rare sense, and "12 people
  // were shot" counts no dead)
  for (const offset of senses.slice(0, 3))
    for (const pointer of synset(offset, 'verb').pointers) {
      if (pointer.symbol !== '@' || pointer.pos !== 'verb') continue;
      const key = resultOf.get(pointer.offset);
      if (key !== undefined) return key;
    }
  return null;
}

/**
 * "Police said at least 6 guards died": a verb that a counted deed causes, with a figure of people
 * as its subject, is a claim about how many, as the deed's own figure is.
 */
function tollOf(
  tree: DependencyTree,
  text: string,
  proposition: Proposition,
  main: MainEvent | null,
  attribution: Attribution,
  claims: readonly Claim[],
): Claim | null {
  if (
    proposition.pos !== 'verb' ||
    proposition.subject < 0 ||
    // (a "that" the parse hangs on the verb as an object is the clause's subordinator)
    tree
      .dependents(proposition.predicate, ['obj'])
      .some((child) => (tree.tokens[child] as Token).pos !== 'SCONJ')
  )
    return null;
  const key = causedKey(proposition.lemma);
  if (key === null) return null;
  const first = tree.tokens[tree.subtreeStart(proposition.subject)] as Token;
  const last = tree.tokens[tree.subtreeEnd(proposition.subject)] as Token;
  const quantity = quantityOf(text.slice(first.start, last.end));
  if (quantity === null) return null;
  const polarity = proposition.negated ? 'neg' : 'pos';
  const label = main?.place?.name ?? null;
  const trigger = tree.tokens[proposition.predicate] as Token;
  return {
    id: `c${claims.length + 1}`,
    attribution: attribution.id,
    span: { start: trigger.start, end: trigger.end },
    predicate: key,
    polarity,
    topic: label === null ? `how many were ${key}` : `how many were ${key} at ${label}`,
    frame: 'count',
    value: { text: figureText(quantity), quantity },
  };
}

// Nouns that name a tally rather than what is counted: "the number of people killed", "the death
// toll" (the closed class of English tally words; what they count comes from the parse and WordNet).
const TALLY_NOUNS = new Set(['number', 'toll', 'tally']);

/**
 * The counted deed a word names, by WordNet: the verb itself ("killed"), a verb a counted deed
 * causes ("died"), or a noun or adjective derived from one ("the dead", "the death toll"), through
 * at most two derivation links; null for anything else.
 */
export function deedKeyOf(lemma: string, pos: WordNetPos): string | null {
  const word = lemma.toLowerCase();
  if (pos === 'verb') {
    for (const [key, deed] of COUNTED_DEEDS)
      if (word === deed || synsetsOf(word, 'verb')[0] === synsetsOf(deed, 'verb')[0]) return key;
    return causedKey(word);
  }
  let frontier: [number, WordNetPos][] = synsetsOf(word, pos)
    .slice(0, 2)
    .map((offset): [number, WordNetPos] => [offset, pos]);
  for (let depth = 0; depth < 2 && frontier.length > 0; depth += 1) {
    const next: [number, WordNetPos][] = [];
    for (const [offset, from] of frontier)
      for (const pointer of synset(offset, from).pointers) {
        if (pointer.symbol !== '+' || pointer.pos === null) continue;
        if (pointer.pos === 'verb') {
          const verb = synset(pointer.offset, 'verb').words[0];
          const key = verb === undefined ? null : deedKeyOf(verb, 'verb');
          if (key !== null) return key;
        } else next.push([pointer.offset, pointer.pos]);
      }
    frontier = next;
  }
  return null;
}

/**
 * "The number of people killed in the bombing has risen to 21", "the death toll climbed to 15",
 * "stood at 12": a tally noun as the subject and the figure it reaches ("to 21", "at 12", or an
 * object number: "reached 19") is a figure of the deed the tally counts (a verb or noun modifying what is counted, or the
 * tally's own modifier; a bare "toll" counts the dead), the same question as "21 people were
 * killed": a later, higher figure is an update, one given the same day disputes the other.
 */
function tallyOf(
  tree: DependencyTree,
  text: string,
  proposition: Proposition,
  main: MainEvent | null,
  attribution: Attribution,
  claims: readonly Claim[],
): Claim | null {
  if (proposition.pos !== 'verb' || proposition.negated) return null;
  // the verb's own subject (the parse may give a clause two, or the proposition another reading)
  const subject = [proposition.subject, ...tree.dependents(proposition.predicate, ['nsubj'])].find(
    (at) =>
      at >= 0 &&
      (tree.tokens[at] as Token).pos === 'NOUN' &&
      TALLY_NOUNS.has((tree.tokens[at] as Token).lemma.toLowerCase()),
  );
  if (subject === undefined) return null;
  const tallyWord = (tree.tokens[subject] as Token).lemma.toLowerCase();
  // the figure reached or given: "to 21", "stood [at] 12", "was put [at] 12", or an object number
  const figureHead =
    tree.dependents(proposition.predicate, ['obl']).find((child) => {
      const marker = tree.dependent(child, 'case');
      return marker >= 0 && ['to', 'at'].includes((tree.tokens[marker] as Token).lemma.toLowerCase());
    }) ?? tree.dependent(proposition.predicate, 'obj');
  if (figureHead === undefined || figureHead < 0) return null;
  const figureToken = tree.tokens[figureHead] as Token;
  const number =
    figureToken.pos === 'NUM'
      ? figureHead
      : tree.dependents(figureHead, ['nummod']).find((child) => (tree.tokens[child] as Token).pos === 'NUM');
  if (number === undefined) return null;
  // the figure's own words ("at least 21"), not the "to" before them
  let start = tree.subtreeStart(number);
  while (start < number && (tree.tokens[start] as Token).dep === 'case') start += 1;
  const first = tree.tokens[start] as Token;
  const quantity = figureQuantity(text.slice(first.start, (tree.tokens[number] as Token).end));
  if (quantity === null) return null;
  // what the tally counts: "the number of people [killed]", "… who [died]", "the number of [dead]",
  // "the [death] toll"
  let key: string | null = null;
  for (const child of tree.dependents(subject, ['nmod', 'compound', 'amod'])) {
    const token = tree.tokens[child] as Token;
    const pos = token.pos === 'VERB' ? 'verb' : token.pos === 'ADJ' ? 'adj' : 'noun';
    key = deedKeyOf(token.lemma, pos);
    for (const modifier of tree.dependents(child, ['acl', 'acl:relcl', 'amod'])) {
      if (key !== null) break;
      const word = tree.tokens[modifier] as Token;
      key = deedKeyOf(word.lemma, word.pos === 'VERB' ? 'verb' : 'adj');
    }
    if (key !== null) break;
  }
  if (key === null && tallyWord === 'toll') {
    // a toll with no other deed named counts the dead
    const named = tree.dependents(subject, ['compound', 'amod']);
    if (named.length > 0) return null;
    key = 'killed';
  }
  if (key === null) return null;
  const label = main?.place?.name ?? null;
  const trigger = tree.tokens[proposition.predicate] as Token;
  return {
    id: `c${claims.length + 1}`,
    attribution: attribution.id,
    span: { start: trigger.start, end: trigger.end },
    predicate: key,
    polarity: 'pos',
    topic: label === null ? `how many were ${key}` : `how many were ${key} at ${label}`,
    frame: 'count',
    value: { text: figureText(quantity), quantity },
  };
}

/** A clause opened by a subordinator or a wh-adverb ("when four prisoners broke out", "after …"). */
function isSubordinate(tree: DependencyTree, clause: number): boolean {
  return (
    tree.dependent(clause, 'mark') >= 0 ||
    tree
      .dependents(clause, ['advmod'])
      .some((child) =>
        /^(?:when|whenever|where|while|as|how|why)$/i.test((tree.tokens[child] as Token).lemma),
      )
  );
}

/** An active clause whose subject states a figure and whose object, a common noun, states none. */
function countsDoers(tree: DependencyTree, proposition: Proposition): boolean {
  return (
    !proposition.passive &&
    proposition.object >= 0 &&
    (tree.tokens[proposition.object] as Token).pos === 'NOUN' &&
    !hasFigure(tree, proposition.object) &&
    hasFigure(tree, proposition.subject)
  );
}

/** Whether a noun carries a number of its own ("5,000 people"). */
function hasFigure(tree: DependencyTree, noun: number): boolean {
  return (
    noun >= 0 &&
    tree.dependents(noun, ['nummod']).some((child) => (tree.tokens[child] as Token).pos === 'NUM')
  );
}

/**
 * What a figure counts, as its question names it: people whatever noun names them ("3,000
 * residents", "5,000 people": a noun whose most frequent sense is a person, WordNet noun.person), as
 * the tolls count the dead whoever they were; any other noun by its lemma ("homes").
 */
/** Whether a noun names people or a group of them (WordNet noun.person, noun.group: "households", "firms"). */
function namesDoers(lemma: string): boolean {
  if (countedKey(lemma) === 'people') return true;
  const sense = synsetsOf(lemma.toLowerCase(), 'noun')[0];
  return sense !== undefined && lexicographerFileOf(sense, 'noun') === NOUN_GROUP;
}

export function countedKey(lemma: string, form?: string): string {
  const word = lemma.toLowerCase();
  if (word === 'people' || word === 'person') return 'people';
  const sense = synsetsOf(word, 'noun')[0];
  // "14 crew were on board", "40 staff were evacuated": a group whose members are people (WordNet
  // noun.group with a member meronym of noun.person: crew has crewman, staff has staff member),
  // counted in its unmarked form, counts its members; "three teams" counts teams
  if (sense !== undefined && form?.toLowerCase() === word && countsMembers(sense)) return 'people';
  // (not a person's name: "crane" is first the writer Hart Crane, a WordNet instance)
  return sense !== undefined &&
    lexicographerFileOf(sense, 'noun') === NOUN_PERSON &&
    !synset(sense, 'noun').pointers.some((pointer) => pointer.symbol === '@i')
    ? 'people'
    : word;
}

/** Whether a noun sense is a group (WordNet noun.group) whose members, by WordNet, are people. */
function countsMembers(sense: number): boolean {
  return (
    lexicographerFileOf(sense, 'noun') === NOUN_GROUP &&
    synset(sense, 'noun').pointers.some(
      (pointer) =>
        pointer.symbol === '%m' &&
        pointer.pos === 'noun' &&
        lexicographerFileOf(pointer.offset, 'noun') === NOUN_PERSON,
    )
  );
}

/**
 * "turnout reached 61 percent", "turnout was no higher than 48 percent": the level a source gives a
 * measure (share.ts) is a figure; the question is what the measure was.
 */
function shareClaim(
  tree: DependencyTree,
  text: string,
  proposition: Proposition,
  attribution: Attribution,
  claims: readonly Claim[],
): Claim | null {
  const share = shareOf(tree, text, proposition);
  if (share === null) return null;
  const topic = `what percent was the ${share.measure}${share.period === null ? '' : ` ${share.period}`}`;
  return percentClaim(tree, proposition, attribution, claims, topic, share.quantity);
}

/** A percentage figure's claim: on the clause's verb, the topic its measure asks, the figure as its value. */
function percentClaim(
  tree: DependencyTree,
  proposition: Proposition,
  attribution: Attribution,
  claims: readonly Claim[],
  topic: string,
  quantity: Quantity,
): Claim {
  const trigger = tree.tokens[proposition.predicate] as Token;
  return {
    id: `c${claims.length + 1}`,
    attribution: attribution.id,
    span: { start: trigger.start, end: trigger.end },
    predicate: 'percent',
    polarity: 'pos',
    topic,
    frame: 'count',
    value: { text: `${figureText(quantity)} percent`, quantity },
  };
}

/**
 * "the average fare would rise by 4 per cent": a change a source gives a measure (share.ts) is a
 * figure; the question is how much the measure rose (or fell), another question than its level.
 */
function changeClaim(
  tree: DependencyTree,
  text: string,
  proposition: Proposition,
  attribution: Attribution,
  claims: readonly Claim[],
): Claim | null {
  const change = changeOf(tree, text, proposition);
  if (change === null) return null;
  const topic = `how much did the ${change.measure} ${change.direction}${change.period === null ? '' : ` ${change.period}`}`;
  return percentClaim(tree, proposition, attribution, claims, topic, change.quantity);
}

function figureText(quantity: Quantity): string {
  if (quantity.exact !== undefined) return String(quantity.exact);
  if (quantity.min !== undefined && quantity.max !== undefined) return `${quantity.min}-${quantity.max}`;
  if (quantity.min !== undefined) return `at least ${quantity.min}`;
  return `at most ${quantity.max ?? '?'}`;
}

const DEFINITE = new Set([
  'the',
  'this',
  'these',
  'those',
  'that',
  'its',
  'their',
  'his',
  'her',
  'our',
  'my',
  'your',
]);

// The relations of a clause that states something (not a modifier, not a complement of intention).
const ASSERTED_CLAUSE = new Set(['root', 'ccomp', 'conj', 'parataxis']);

const FIGURE =
  /^(at least|more than|fewer than|less than|over|nearly|almost|up to|about|around|some)?\s*(\d[\d,]*(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|dozens|dozen)(?:\s+(thousand|million|billion))?$/i;

/** What a scale word multiplies its number by ("two million", "1.5 million"). */
const SCALES: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, billion: 1e9 };

/** The quantity a number modifier states ("15", "at least 40", "twelve"), or null. */
export function figureQuantity(phrase: string): Quantity | null {
  const match = FIGURE.exec(phrase.trim());
  if (match === null) return null;
  const written = (match[2] as string).toLowerCase();
  const word = written.replace(/,/g, '');
  const scale = match[3] === undefined ? 1 : (SCALES[match[3].toLowerCase()] as number);
  // (a decimal only with a scale: "1.5 million")
  const digits = scale === 1 ? /^\d+$/.test(word) : /^\d+(?:\.\d+)?$/.test(word);
  const base = digits ? Number(word) : (NUMBER_WORDS[word] ?? null);
  const value = base === null ? null : Math.round(base * scale);
  // a year is no count ("2,000" with its comma is a count)
  if (value === null || (scale === 1 && /^\d{4}$/.test(written) && value >= 1800 && value <= 2100))
    return null;
  const qualifier = match[1]?.toLowerCase();
  if (qualifier === 'at least' || qualifier === 'more than' || qualifier === 'over') return { min: value };
  if (qualifier !== undefined && UPPER_BOUNDS.has(qualifier)) return { max: value };
  return { exact: value };
}

/**
 * "the clinic said 15 people were taken to hospital", "12 polling stations were closed early",
 * "police arrested 30 protesters": a noun counted by a number (its `nummod`) as the subject of a
 * passive or intransitive verb, or the object of a transitive one, is a figure the source gives; the
 * question is how many of that noun the verb was done to (with its goal: "taken to hospital"), so
 * figures of one question compare as tolls do. Verbs whose figures the events stage counts
 * (killed, injured, arrested …) keep that reading.
 */
function figureClaim(
  tree: DependencyTree,
  text: string,
  proposition: Proposition,
  attribution: Attribution,
  claims: readonly Claim[],
  figureTriggers: ReadonlySet<number>,
  inContent: ReadonlySet<number>,
): Claim | null {
  if (proposition.pos !== 'verb') return null;
  const trigger = tree.tokens[proposition.predicate] as Token;
  // only a figure the clause states: not one inside a noun phrase ("its goal of accepting 10,000
  // refugees") or an intention ("tried to arrest 5 people"); the content's own clause is stated
  // however the parse hangs it on the cue ("Around 3,000 residents were evacuated, the mayor said":
  // an advcl of "said")
  if (
    !ASSERTED_CLAUSE.has(trigger.dep) &&
    claimContentClause(tree, trigger.head) !== proposition.predicate &&
    (trigger.head < 0 || inContent.has(trigger.head) || isSubordinate(tree, proposition.predicate))
  )
    return null;
  if (figureTriggers.has(trigger.start)) return null;
  // a passive's counted noun is what the deed was done to, also with a doer ("200 homes were
  // destroyed [by the storm]", whose subject is the doer)
  // (an active clause whose object states no figure counts its doers, when they are people or
  // groups of them: "about 5,000 people had left their homes", "1.2 million households lost power",
  // not "5,000 polygons doesn't sell the emotion")
  // "had won by 412 votes": with no object, a figure by which the deed was done is its margin
  const margin = proposition.passive || proposition.object >= 0 ? -1 : marginOf(tree, proposition.predicate);
  const counted =
    margin >= 0
      ? margin
      : proposition.passive
        ? proposition.patient >= 0
          ? proposition.patient
          : proposition.subject
        : proposition.object >= 0 && !hasFigure(tree, proposition.object)
          ? hasFigure(tree, proposition.subject) &&
            namesDoers((tree.tokens[proposition.subject] as Token).lemma)
            ? proposition.subject
            : proposition.object
          : proposition.object >= 0
            ? proposition.object
            : proposition.subject;
  if (counted < 0) return null;
  const noun = tree.tokens[counted] as Token;
  // the verb's own subject or object: "four people were killed and dozens of officers were
  // [injured]" does not count the people as injured (a subject the parse shares across a conjunction)
  if (noun.pos !== 'NOUN' || noun.head !== proposition.predicate) return null;
  // a percentage is a level, no count of things (share.ts)
  if (/^(?:percent|cent)$/i.test(noun.lemma)) return null;
  const quantity = statedFigure(tree, text, counted);
  if (quantity === null) return null;
  const verb = proposition.lemma.replace(/^be /, '');
  const goal =
    margin >= 0
      ? ' by'
      : proposition.goal >= 0
        ? ` to ${(tree.tokens[proposition.goal] as Token).lemma.toLowerCase()}`
        : '';
  return {
    id: `c${claims.length + 1}`,
    attribution: attribution.id,
    span: { start: trigger.start, end: trigger.end },
    predicate: verb,
    polarity: proposition.negated ? 'neg' : 'pos',
    topic: `how many ${countedKey(noun.lemma, text.slice(noun.start, noun.end))}: ${verb}${goal}`,
    frame: 'count',
    value: { text: figureText(quantity), quantity },
  };
}

/**
 * The figure a noun states ("more than 200 homes" → at least 200), or null: not a level ("a nine
 * per cent rise"), nor a definite or possessed noun, which names what was already counted ("the
 * two attackers", "its three reporters").
 */
function statedFigure(tree: DependencyTree, text: string, counted: number): Quantity | null {
  const number = tree
    .dependents(counted, ['nummod'])
    .find((child) => (tree.tokens[child] as Token).pos === 'NUM');
  if (number === undefined) return null;
  // "a nine per cent rise": the number is a level, not a count of rises
  for (let at = number + 1; at < counted; at += 1)
    if (/^(?:percent|per|cent|%)$/iu.test((tree.tokens[at] as Token).lemma)) return null;
  // "the two attackers fled", "its three reporters": a definite or possessed noun names people
  // already counted, it states no figure
  if (
    tree
      .dependents(counted, ['det', 'nmod:poss'])
      .some(
        (child) =>
          (tree.tokens[child] as Token).dep === 'nmod:poss' ||
          DEFINITE.has((tree.tokens[child] as Token).lemma.toLowerCase()),
      ) ||
    // (wherever the parse hangs the article: "the two cousins")
    [tree.subtreeStart(counted), tree.subtreeStart(counted) - 1].some((at) => {
      const word = tree.tokens[at];
      return word !== undefined && word.dep === 'det' && DEFINITE.has(word.lemma.toLowerCase());
    })
  )
    return null;
  // "more than 200 homes": the parse may hang the qualifier on the noun rather than on the number
  const qualifier = tree
    .dependents(counted, ['advmod'])
    .filter((child) => child < number && tree.subtreeEnd(child) < number);
  const first = tree.tokens[
    Math.min(tree.subtreeStart(number), ...qualifier.map((child) => tree.subtreeStart(child)))
  ] as Token;
  return figureQuantity(text.slice(first.start, (tree.tokens[number] as Token).end));
}

/**
 * "181 people were on board", "17 seafarers were aboard the ship": a figure of people or things
 * said to be somewhere (a copula with a place phrase) says how many were there at one moment:
 * "how many people: be on board". "aboard" is "on board" (WordNet's gloss of it); any other place
 * is keyed by its preposition and noun ("be in hospital").
 */
function presenceClaim(
  tree: DependencyTree,
  text: string,
  proposition: Proposition,
  attribution: Attribution,
  claims: readonly Claim[],
): Claim | null {
  if (proposition.pos !== 'noun' || proposition.subject < 0 || proposition.negated) return null;
  const place = tree.tokens[proposition.predicate] as Token;
  const marker = tree.dependent(proposition.predicate, 'case');
  if (place.pos !== 'NOUN' || marker < 0 || tree.dependent(proposition.predicate, 'cop') < 0) return null;
  const subject = tree.tokens[proposition.subject] as Token;
  if (subject.pos !== 'NOUN' || subject.head !== proposition.predicate) return null;
  const quantity = statedFigure(tree, text, proposition.subject);
  if (quantity === null) return null;
  const preposition = (tree.tokens[marker] as Token).lemma.toLowerCase();
  const noun = place.lemma.toLowerCase();
  const where =
    preposition === 'aboard' || (preposition === 'on' && noun === 'board')
      ? 'on board'
      : `${preposition} ${noun}`;
  return {
    id: `c${claims.length + 1}`,
    attribution: attribution.id,
    span: { start: place.start, end: place.end },
    predicate: `be ${where}`,
    polarity: 'pos',
    topic: `how many ${countedKey(subject.lemma, text.slice(subject.start, subject.end))}: be ${where}`,
    frame: 'count',
    value: { text: figureText(quantity), quantity },
  };
}

/** A by-phrase of a verb that counts a noun ("won by 412 votes"): the noun, or -1. */
function marginOf(tree: DependencyTree, predicate: number): number {
  return (
    tree.dependents(predicate, ['obl']).find((child) => {
      const marker = tree.dependent(child, 'case');
      return (
        marker >= 0 &&
        (tree.tokens[marker] as Token).lemma.toLowerCase() === 'by' &&
        (tree.tokens[child] as Token).pos === 'NOUN' &&
        tree.dependents(child, ['nummod']).some((at) => (tree.tokens[at] as Token).pos === 'NUM')
      );
    }) ?? -1
  );
}

/**
 * The doer a passive sets aside in its own words: "opened on the orders of a commander, [not by]
 * fans" (a by-phrase with "not" of its own, after another by-phrase or an adverbial), or -1.
 */
export function rejectedAgent(tree: DependencyTree, predicate: number): number {
  for (const child of tree.dependents(predicate, ['obl', 'obl:agent'])) {
    const marker = tree.dependent(child, 'case');
    if (marker < 0 || (tree.tokens[marker] as Token).lemma.toLowerCase() !== 'by') continue;
    const negation = tree
      .dependents(child, ['advmod'])
      .find((word) => /^(?:not|never)$/iu.test((tree.tokens[word] as Token).lemma));
    if (negation !== undefined && negation < marker) return child;
  }
  return -1;
}
