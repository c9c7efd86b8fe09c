import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Doc, Entity, Event } from '../../src/model/index.js';
import { processInput } from '../../src/pipeline/pipeline.js';
import { dataSet } from './lib/data.js';
import type { EvalSection, Figure } from './lib/report.js';

/**
 * Times and events of the seed article, through the whole pipeline with the gold's reference date,
 * against gold.json `times` and `events`.
 *
 * - times: each occurrence of a gold time's text (as many as its `times`, in text order, leaving out
 *   occurrences inside a longer gold text) is found when a system time overlaps it with exactly the
 *   gold value; `times.exact` is over the required ones.
 * - events: a gold event is found when a system event of the gold type has a trigger containing the
 *   gold trigger or, without one, its arguments; it is right when every gold argument (patient,
 *   agent, place, until, charge, reason, time; a list for several) is matched: an argument whose text
 *   or entity name contains the gold text (or the gold text contains it), `time`/`until` by value
 *   prefix. `killed: {min: 139}` must be the event's quantity.
 */

interface GoldTime {
  readonly text: string;
  readonly value?: string;
  readonly times?: number;
  readonly required?: boolean;
}

interface GoldEvent {
  readonly type: string;
  readonly trigger?: string;
  readonly required?: boolean;
  readonly [field: string]: unknown;
}

interface SeedGold {
  readonly published: string;
  readonly times: readonly GoldTime[];
  readonly events: readonly GoldEvent[];
}

/** Where `needle` occurs in `text`, ignoring case ("On Monday evening" and "on Monday evening"). */
function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  text = text.toLowerCase();
  needle = needle.toLowerCase();
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) found.push(at);
  return found;
}

function scoreTimes(doc: Doc, gold: SeedGold, lines: string[]): { right: number; total: number } {
  const text = doc.text;
  let right = 0;
  let total = 0;
  for (const item of gold.times) {
    if (item.required === false || item.value === undefined) continue;
    const longer = gold.times.filter(
      (other) => other !== item && other.text.toLowerCase().includes(item.text.toLowerCase()),
    );
    const starts = occurrences(text, item.text).filter(
      (start) =>
        !longer.some((other) =>
          occurrences(text, other.text).some(
            (outer) => outer <= start && start + item.text.length <= outer + other.text.length,
          ),
        ),
    );
    const wanted = starts.slice(0, item.times ?? 1);
    for (const start of wanted) {
      total += 1;
      const end = start + item.text.length;
      const found = doc.times.find((time) => time.start < end && time.end > start);
      const ok = found?.value === item.value;
      if (ok) right += 1;
      lines.push(
        `${ok ? 'ok  ' : 'MISS'} "${item.text}" @${start} ${item.value}  ←  ${found === undefined ? '(none)' : `"${text.slice(found.start, found.end)}" ${found.value}`}`,
      );
    }
    total += Math.max(0, (item.times ?? 1) - wanted.length);
  }
  return { right, total };
}

const ARGUMENT_FIELDS = ['agent', 'patient', 'place', 'until', 'charge', 'reason', 'time', 'object'] as const;

function argumentTexts(doc: Doc, event: Event, role: string): string[] {
  const byId = new Map<string, Entity>(doc.entities.map((entity) => [entity.id, entity]));
  const texts: string[] = [];
  for (const argument of event.arguments) {
    if (argument.role !== role) continue;
    if (argument.text !== undefined) texts.push(argument.text);
    if (argument.span !== undefined) texts.push(doc.text.slice(argument.span.start, argument.span.end));
    if (argument.entity !== undefined) {
      const entity = byId.get(argument.entity);
      if (entity !== undefined) texts.push(entity.name);
    }
  }
  if (role === 'time' && event.time !== undefined) texts.push(event.time.value);
  return texts;
}

function argumentRight(doc: Doc, event: Event, role: string, wanted: unknown): boolean {
  const values = Array.isArray(wanted) ? (wanted as string[]) : [String(wanted)];
  const texts = argumentTexts(doc, event, role === 'object' ? 'patient' : role).map((value) =>
    value.toLowerCase(),
  );
  return values.every((value) => {
    const needle = value.toLowerCase().replace(/^weekend of /, '');
    if (role === 'time' || role === 'until')
      return texts.some((text) => text.startsWith(needle.slice(0, 10)));
    return texts.some((text) => text.includes(needle) || needle.includes(text));
  });
}

function scoreEvents(
  doc: Doc,
  gold: SeedGold,
  lines: string[],
): { found: number; right: number; total: number; minimum: boolean } {
  let found = 0;
  let right = 0;
  let total = 0;
  let minimum = false;
  for (const item of gold.events) {
    if (item.required === false) continue;
    total += 1;
    const candidates = doc.events.filter((event) => event.type === item.type);
    const scored = candidates.map((event) => {
      const trigger = doc.text.slice(event.trigger.start, event.trigger.end);
      const triggerOk =
        item.trigger === undefined || trigger.includes(item.trigger) || item.trigger.includes(trigger);
      const roles = ARGUMENT_FIELDS.filter((role) => item[role] !== undefined);
      const argumentsOk = roles.filter((role) => argumentRight(doc, event, role, item[role])).length;
      return { event, triggerOk, argumentsOk, roles };
    });
    scored.sort(
      (left, right) =>
        Number(right.triggerOk) - Number(left.triggerOk) || right.argumentsOk - left.argumentsOk,
    );
    const best = scored[0];
    let ok = false;
    if (best !== undefined && best.triggerOk) {
      found += 1;
      ok = best.argumentsOk === best.roles.length;
      const killed = item.killed as { min?: number } | undefined;
      if (killed?.min !== undefined) {
        const quantity = best.event.quantity?.killed;
        minimum = quantity?.min === killed.min;
        ok = ok && minimum;
      }
      if (ok) right += 1;
    }
    const description =
      best === undefined
        ? '(none)'
        : `${best.event.id} "${doc.text.slice(best.event.trigger.start, best.event.trigger.end)}" ${best.argumentsOk}/${best.roles.length} arguments`;
    lines.push(`${ok ? 'ok  ' : 'MISS'} ${item.type} ${item.trigger ?? ''}  ←  ${description}`);
  }
  return { found, right, total, minimum };
}

export function run(): Promise<EvalSection> {
  const title = 'Seed article: times and events (gold.json)';
  const folder = dataSet('seed');
  if (folder === null) return Promise.resolve({ title, lines: [], figures: [], skipped: 'seed absent' });
  const gold = JSON.parse(readFileSync(join(folder, 'gold.json'), 'utf8')) as SeedGold;
  const bytes = readFileSync(join(folder, 'article.txt'));
  const doc = processInput({ source: 'article.txt', bytes }, { published: gold.published });
  const lines: string[] = [];
  const times = scoreTimes(doc, gold, lines);
  lines.push('');
  const events = scoreEvents(doc, gold, lines);
  lines.push(
    '',
    `times: ${times.right} of ${times.total} required gold time occurrences with the exact value (${doc.times.length} times in all)`,
    `events: ${events.found} of ${events.total} required gold events found with their type, ${events.right} with every argument right; "at least 139" as a minimum: ${events.minimum ? 'yes' : 'no'} (${doc.events.length} events in all, ${doc.events.filter((event) => event.type !== null).length} typed)`,
  );
  const figures: Figure[] = [
    { key: 'seed.times.exact', value: times.total === 0 ? 0 : times.right / times.total },
    { key: 'seed.events.found', value: events.total === 0 ? 0 : events.found / events.total },
    { key: 'seed.events.right', value: events.total === 0 ? 0 : events.right / events.total },
    { key: 'seed.events.minimum', value: events.minimum ? 1 : 0 },
  ];
  return Promise.resolve({ title, lines, figures });
}
