import { synsetsOf } from '../events/wordnet.js';
import { hasHypernymWord } from '../lexicon/hypernyms.js';

/** An entity as the comparison reads it: in a document (model) or as `extract` prints it. */
export interface VoicedEntity {
  readonly id: string;
  readonly type: string;
  readonly name: string;
  readonly attributes?: Readonly<Record<string, unknown>>;
}

const SPOKESPERSON = new Set(['spokesperson']);

/** Whether a noun's most frequent sense is a spokesperson's (WordNet: "spokesman", "spokeswoman"). */
function speaksForOthers(noun: string): boolean {
  const sense = synsetsOf(noun, 'noun')[0];
  return sense !== undefined && hasHypernymWord(sense, 'noun', { levels: 2 }, SPOKESPERSON);
}

function roles(entity: VoicedEntity): readonly string[] {
  const role = entity.attributes?.['role'];
  if (typeof role === 'string') return [role];
  return Array.isArray(role) ? role.filter((one): one is string => typeof one === 'string') : [];
}

/** The words an organisation answers to: its nominal head ("ministry") and its name's last word. */
function answersTo(entity: VoicedEntity, word: string): boolean {
  const head = entity.attributes?.['nominal_head'];
  if (typeof head === 'string' && head.toLowerCase() === word) return true;
  const words = entity.name.toLowerCase().split(/\s+/u);
  return words[words.length - 1] === word;
}

/**
 * "A ministry spokesman, Colonel Ramin Tehrani, said …" and "the ministry said …" are one voice: a
 * person whose role is a spokesperson (WordNet spokesperson#1 and its kinds) of an organisation the
 * article names ("ministry spokesman", "police spokeswoman", "Kremlin spokesman") speaks for it, so
 * that what the two say is never set against each other as a conflict. Person id → organisation
 * id, for the organisations the role's word names exactly one of.
 */
export function spokespersonVoices(entities: readonly VoicedEntity[]): Map<string, string> {
  const voices = new Map<string, string>();
  for (const person of entities) {
    if (person.type !== 'PERSON') continue;
    for (const role of roles(person)) {
      const words = role.toLowerCase().split(/\s+/u);
      if (words.length < 2 || !speaksForOthers(words[words.length - 1]!)) continue;
      const body = words[words.length - 2]!;
      const named = entities.filter((entity) => entity.type === 'ORG' && answersTo(entity, body));
      if (named.length === 1) {
        voices.set(person.id, named[0]!.id);
        break;
      }
    }
  }
  return voices;
}
