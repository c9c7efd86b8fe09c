import type { Attribution, Entity, Span } from '../../../src/model/index.js';

/**
 * Scoring of quotation speakers against speakers-bbc (its README, "How to score with it"): the gold
 * quote is located in the whitespace- and quote-normalised text, the system attribution whose content
 * covers its start (else overlaps it) is the one found, and its resolved speaker is right when one of
 * the entity's names matches the gold speaker or an alias on word boundaries (or, for a gold source the
 * article never names, when the system names no person or organisation either).
 */

export interface GoldQuote {
  readonly quote: string;
  readonly speaker: string | null;
  readonly aliases: readonly string[];
  readonly kind: 'direct' | 'indirect';
  readonly cue_less: boolean;
  readonly description?: string;
}

/** Typographic quotes to straight ones, runs of whitespace to one space. */
function normaliseCharacter(character: string): string {
  if (/[“”„″]/u.test(character)) return '"';
  if (/[‘’]/u.test(character)) return "'";
  return character;
}

/** The normalised text and, for each of its characters, the offset in the original. */
export function normalise(text: string): { readonly text: string; readonly offsets: readonly number[] } {
  let out = '';
  const offsets: number[] = [];
  let inSpace = false;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index] as string;
    if (/\s/u.test(character)) {
      if (inSpace) continue;
      inSpace = true;
      out += ' ';
      offsets.push(index);
      continue;
    }
    inSpace = false;
    out += normaliseCharacter(character);
    offsets.push(index);
  }
  return { text: out, offsets };
}

/** Where the gold quote starts and ends in the original text, or null when it is not there. */
export function locate(
  normalised: { readonly text: string; readonly offsets: readonly number[] },
  quote: string,
): Span | null {
  const wanted = normalise(quote.trim()).text;
  const at = normalised.text.indexOf(wanted);
  if (at < 0 || wanted.length === 0) return null;
  const start = normalised.offsets[at] as number;
  const end = (normalised.offsets[at + wanted.length - 1] as number) + 1;
  return { start, end };
}

/** The attribution whose content covers the start of the gold span, else the first that overlaps it. */
export function covering(attributions: readonly Attribution[], gold: Span): Attribution | null {
  let best: Attribution | null = null;
  let bestDistance = Infinity;
  for (const attribution of attributions)
    for (const part of attribution.content)
      if (part.start <= gold.start && gold.start < part.end && gold.start - part.start < bestDistance) {
        best = attribution;
        bestDistance = gold.start - part.start;
      }
  if (best !== null) return best;
  for (const attribution of attributions)
    if (attribution.content.some((part) => part.start < gold.end && gold.start < part.end))
      return attribution;
  return null;
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** Whether `name` holds `wanted` on word boundaries, case-insensitively ("Alan Jones" holds "Jones"). */
export function holdsName(name: string, wanted: string): boolean {
  const pattern = new RegExp(`(?:^|[^\\p{L}\\p{N}])${escape(wanted.trim())}(?:$|[^\\p{L}\\p{N}])`, 'iu');
  return pattern.test(name);
}

/** The names an entity goes by in the text: its canonical name and its name mentions. */
function namesOf(text: string, entity: Entity): string[] {
  const names = [entity.name];
  for (const mention of entity.mentions)
    if (mention.kind === 'name') names.push(text.slice(mention.start, mention.end));
  return names;
}

function isNamed(entity: Entity): boolean {
  return entity.type !== 'MISC' && entity.mentions.some((mention) => mention.kind === 'name');
}

export function speakerRight(
  text: string,
  entities: ReadonlyMap<string, Entity>,
  gold: GoldQuote,
  found: Attribution,
): boolean {
  const ids =
    found.speaker === null ? [] : typeof found.speaker === 'string' ? [found.speaker] : found.speaker;
  const resolved = ids.map((id) => entities.get(id)).filter((entity) => entity !== undefined);
  if (gold.speaker === null) return !resolved.some(isNamed);
  const wanted = [gold.speaker, ...gold.aliases];
  return resolved.some((entity) =>
    namesOf(text, entity).some((name) => wanted.some((goldName) => holdsName(name, goldName))),
  );
}
