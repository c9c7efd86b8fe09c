import type { Entity } from '../../model/index.js';
import { word, type AttributeContext, type MentionTokens } from './context.js';
import { describePerson } from './describe.js';
import type { Findings } from './findings.js';
import { readNounPhrase } from './noun-phrase.js';

const ATTACHING_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for', 'at', 'to']);

/**
 * A description the text uses for a person: "the Belarusian dictator" (role), "the 32-year-old"
 * (age), "his brother" (relation), "the Russian citizen" (citizenship). The phrase is read inside
 * the mention, and past its end only when "of"/"for"/… continues it ("the head" + "of the FSB").
 */
export function readNominalMention(
  context: AttributeContext,
  findings: Findings,
  mention: MentionTokens,
): void {
  if (mention.kind !== 'nominal') return;
  if ((context.entities[mention.entity] as Entity).type !== 'PERSON') return;
  if (context.members[mention.entity] !== undefined) return;
  const limit = ATTACHING_PREPOSITIONS.has(word(context, mention.end))
    ? (context.sentenceEnd[mention.first] as number)
    : mention.end;
  const phrase = readNounPhrase(context, mention.first, limit);
  if (phrase === undefined || phrase.headEnd < mention.end) return;
  findings.log.rule = 'nominal mention';
  describePerson(context, findings, mention.entity, phrase);
}
