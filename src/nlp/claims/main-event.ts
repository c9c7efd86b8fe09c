import type { Entity, Event } from '../../model/index.js';

/**
 * The event a document is about: the domain type its events have most often ("attack" in a story
 * that mentions the attack eight times), named with the place the text gives it ("attack at
 * Velmora"). Claims about responsibility or participation that do not name their event ("the
 * movement was not involved") are about this one.
 */
export interface MainEvent {
  readonly type: string;
  readonly label: string;
  readonly event: string;
  readonly place?: Entity;
}

// Types that describe what happens to suspects afterwards, not what the story is about.
const AFTERMATH = new Set([
  'arrest',
  'detention',
  'charge',
  'remand',
  'court_appearance',
  'conviction',
  'release',
]);

/** The first place mentioned within a short distance after a trigger of the event's type. */
function placeBeside(events: readonly Event[], entities: readonly Entity[]): Entity | undefined {
  let best: { entity: Entity; distance: number } | undefined;
  for (const entity of entities) {
    if (entity.type !== 'LOC') continue;
    for (const mention of entity.mentions)
      for (const event of events) {
        const distance = mention.start - event.trigger.end;
        if (distance >= 0 && distance < 40 && (best === undefined || distance < best.distance))
          best = { entity, distance };
      }
  }
  return best?.entity;
}

export function mainEvent(events: readonly Event[], entities: readonly Entity[]): MainEvent | null {
  const counts = new Map<string, number>();
  for (const event of events)
    if (event.type !== null && event.class === 'OCCURRENCE' && !AFTERMATH.has(event.type))
      counts.set(event.type, (counts.get(event.type) ?? 0) + 1);
  let best: string | null = null;
  for (const [type, count] of counts) if (best === null || count > (counts.get(best) ?? 0)) best = type;
  if (best === null) return null;
  const ofType = events.filter((event) => event.type === best);
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  let place: Entity | undefined;
  for (const event of ofType) {
    const argument = event.arguments.find(
      (candidate) => candidate.role === 'place' && candidate.entity !== undefined,
    );
    if (argument?.entity !== undefined) {
      place = byId.get(argument.entity);
      if (place !== undefined) break;
    }
  }
  // "the attack on the Velmora market": no place argument, but a place named beside the event
  if (place === undefined) place = placeBeside(ofType, entities);
  const label = place === undefined ? best.replace(/_/g, ' ') : `${best.replace(/_/g, ' ')} at ${place.name}`;
  return { type: best, label, event: (ofType[0] as Event).id, ...(place === undefined ? {} : { place }) };
}
