import type { Segments, Token } from '../../model/index.js';
import { lookupPlace, organisation } from '../lexicon/index.js';
import type { NameMention } from './name-mention.js';
import { sentenceHolding } from './token-index.js';

/** Words that make a sentence one about air travel: "flights from LAX", "the plane landed at SEA". */
const AIR_TRAVEL_LEMMAS: ReadonlySet<string> = new Set([
  'flight',
  'fly',
  'airport',
  'airline',
  'airliner',
  'plane',
  'aircraft',
  'jet',
  'jetliner',
  'runway',
  'layover',
  'takeoff',
  'land',
]);

/** Prepositions before a place of departure, arrival or stay: "from LAX", "to JFK", "at SEA", "out (of) ORD". */
const ROUTE_PREPOSITIONS: ReadonlySet<string> = new Set(['from', 'to', 'at', 'into', 'via', 'out']);

const CODE = /^[A-Z]{3}$/u;

function hasAirTravelWord(text: string, tokens: readonly Token[], from: number, to: number): boolean {
  for (let index = from; index < to; index += 1) {
    const token = tokens[index] as Token;
    const lemma = token.lemma.toLowerCase();
    if (AIR_TRAVEL_LEMMAS.has(lemma)) return true;
    if (AIR_TRAVEL_LEMMAS.has(text.slice(token.start, token.end).toLowerCase())) return true;
  }
  return false;
}

/**
 * Airport codes: "flights from LAX to JFK were delayed", "passengers at SEA waited". In a sentence
 * about air travel (a flight, a plane, an airport, flying or landing), a word of three capital
 * letters right after a preposition of a route ("from", "to", "at", "into", "via", "out of") is
 * an airport, LOC with the facility subtype, whatever the recogniser made of it (ORG, a person,
 * or nothing: the mention is added). Not a code the lexicon knows as a place or an organisation
 * ("flights to the USA", "flew with BAA"): those keep what they are.
 */
export function typeAirportCodes(
  text: string,
  segments: Segments,
  names: readonly NameMention[],
): NameMention[] {
  const { tokens } = segments;
  const airports: NameMention[] = [];
  for (let index = 1; index < tokens.length; index += 1) {
    const token = tokens[index] as Token;
    const surface = text.slice(token.start, token.end);
    if (!CODE.test(surface)) continue;
    const previous = tokens[index - 1] as Token;
    let preposition = text.slice(previous.start, previous.end).toLowerCase();
    // "out of JFK"
    if (preposition === 'of' && index > 1) {
      const before = tokens[index - 2] as Token;
      if (text.slice(before.start, before.end).toLowerCase() === 'out') preposition = 'out';
    }
    if (!ROUTE_PREPOSITIONS.has(preposition)) continue;
    if (lookupPlace(surface) !== undefined || organisation(surface) !== undefined) continue;
    const sentence = sentenceHolding(segments.sentences, token.start, token.end);
    if (sentence === undefined || !hasAirTravelWord(text, tokens, sentence.firstToken, sentence.endToken))
      continue;
    airports.push({ start: token.start, end: token.end, type: 'LOC', subtype: 'FAC' });
  }
  if (airports.length === 0) return names.slice();
  const output = names.filter(
    (name) => !airports.some((airport) => name.start < airport.end && airport.start < name.end),
  );
  output.push(...airports);
  return output.sort((a, b) => a.start - b.start || b.end - a.end);
}
