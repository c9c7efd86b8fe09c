import type { ClaimFrame, ClaimValue, Entity, Event, Token } from '../../model/index.js';
import type { DependencyTree } from '../grammar/index.js';
import type { MainEvent } from './main-event.js';
import { classOf, verbFile, VERB_MOTION } from './predicate-classes.js';
import type { Proposition } from './proposition.js';
import type { Referents } from './referents.js';

/**
 * What question a proposition answers, from its predicate's class and its event:
 * - responsibility / participation: a predicate of the WordNet responsibility class ("orchestrated
 *   by the Red Hand", "part of the group", "innocent of involvement"), about the event it names or the
 *   document's main event; the parties are the answer (people: who took part; others: who is behind);
 * - destination: a verb of motion with a goal ("tried to flee to Dravia", "escape there");
 * - proposition: anything else, keyed by predicate, subject and object.
 */
export interface Framed {
  readonly frame: ClaimFrame;
  readonly topic: string;
  readonly value?: ClaimValue;
  readonly event?: string;
  /** Whether the predicate's own meaning is negative ("innocent"). */
  readonly negative: boolean;
}

export interface FrameContext {
  readonly text: string;
  readonly tree: DependencyTree;
  readonly referents: Referents;
  readonly entities: ReadonlyMap<string, Entity>;
  readonly eventAt: ReadonlyMap<number, Event>;
  readonly main: MainEvent | null;
  /** The content tokens of the attribution, to resolve "there" to the place named before it. */
  readonly content: readonly number[];
  /** The parties the same speaker's previous claim was about, for "they" with no antecedent. */
  readonly previousParties: readonly string[] | null;
}

/**
 * The words of the phrase headed by `head`, without its leading marker ("by the ministry" → "the ministry");
 * when the parse hangs the predicate inside the phrase ("the attackers [escaped to Kostania]"),
 * the phrase stops before it.
 */
export function phraseText(context: FrameContext, head: number, predicate = -1): string {
  const { tree, text } = context;
  let start = tree.subtreeStart(head);
  while (start < head && ['case', 'mark', 'punct'].includes((tree.tokens[start] as Token).dep)) start += 1;
  let end = tree.subtreeEnd(head);
  if (predicate > head && tree.dominates(head, predicate))
    end = Math.max(head, tree.subtreeStart(predicate) - 1);
  const first = tree.tokens[start] as Token;
  const last = tree.tokens[end] as Token;
  return text.slice(first.start, last.end).replace(/^[\s“”"‘’']+|[\s“”"‘’',]+$/g, '');
}

/** The event a phrase names: its head or a word inside it is an event trigger of a domain type. */
function eventIn(context: FrameContext, head: number): Event | null {
  const { tree } = context;
  for (let at = tree.subtreeStart(head); at <= tree.subtreeEnd(head); at += 1) {
    const event = context.eventAt.get(at);
    if (event?.type !== null && event !== undefined) return event;
  }
  return null;
}

function isPronoun(context: FrameContext, index: number): boolean {
  return (context.tree.tokens[index] as Token).pos === 'PRON';
}

/** "escape there": the last place named before "there" in the same content. */
function placeBefore(context: FrameContext, index: number): string | null {
  for (let nth = context.content.indexOf(index) - 1; nth >= 0; nth -= 1) {
    const entity = context.referents.entityAt(context.content[nth] as number);
    if (entity !== null && entity.type !== 'PERSON') return entity.id;
  }
  return null;
}

function partiesOf(context: FrameContext, head: number): string[] {
  const found = context.referents.entitiesOf(head);
  if (found.length > 0) return found;
  const word = (context.tree.tokens[head] as Token).lemma.toLowerCase();
  if (isPronoun(context, head) && (word === 'they' || word === 'we') && context.previousParties !== null)
    return [...context.previousParties];
  return [];
}

/** A stable key for the party or thing a phrase names: its entity's name, else its head noun's lemma. */
export function keyOf(context: FrameContext, head: number): string | null {
  if (head < 0) return null;
  const entity = context.referents.entityAt(head);
  if (entity !== null) return entity.name;
  const token = context.tree.tokens[head] as Token;
  if (token.pos === 'PRON') return null;
  return `the ${token.lemma.toLowerCase()}`;
}

export function frameOf(context: FrameContext, proposition: Proposition): Framed {
  const { tree } = context;
  const base = proposition.lemma.replace(/^be /, '');
  const responsibility = classOf('responsibility', base, proposition.pos);
  if (responsibility !== null && proposition.subject >= 0 && eventIn(context, proposition.subject) === null) {
    const parties = partiesOf(context, proposition.subject);
    if (parties.length > 0) {
      const named = proposition.object >= 0 ? eventIn(context, proposition.object) : null;
      // "orchestrated it", "involved", "part of the group": about the main event unless another is named
      const other = named !== null && named.type !== null && named.type !== context.main?.type ? named : null;
      const label = other?.type?.replace(/_/g, ' ') ?? context.main?.label;
      if (label !== undefined) {
        const people = parties.every((id) => context.entities.get(id)?.type === 'PERSON');
        const frame: ClaimFrame = people ? 'participation' : 'responsibility';
        const eventId = named?.id ?? context.main?.event;
        return {
          frame,
          topic: people ? `who took part in the ${label}` : `who is behind the ${label}`,
          value: { text: phraseText(context, proposition.subject), entities: parties },
          ...(eventId === undefined ? {} : { event: eventId }),
          negative: responsibility === 'neg',
        };
      }
    }
  }
  if (proposition.pos === 'verb' && proposition.goal >= 0 && verbFile(base) === VERB_MOTION) {
    const goalToken = tree.tokens[proposition.goal] as Token;
    const place =
      goalToken.lemma.toLowerCase() === 'there'
        ? placeBefore(context, proposition.goal)
        : (context.referents
            .entitiesOf(proposition.goal)
            .find((id) => context.entities.get(id)?.type !== 'PERSON') ?? null);
    const mover = keyOf(context, proposition.subject);
    if (place !== null && mover !== null) {
      const event = context.eventAt.get(proposition.predicate);
      return {
        frame: 'destination',
        topic: `where ${mover} went`,
        value: {
          text: context.entities.get(place)?.name ?? phraseText(context, proposition.goal),
          entities: [place],
        },
        ...(event === undefined ? {} : { event: event.id }),
        negative: false,
      };
    }
  }
  const subject = keyOf(context, proposition.subject) ?? '?';
  const object = keyOf(context, proposition.object) ?? '?';
  const event = context.eventAt.get(proposition.predicate);
  return {
    frame: 'proposition',
    topic: `${proposition.lemma}(${subject}, ${object})`,
    ...(event === undefined ? {} : { event: event.id }),
    negative: false,
  };
}
