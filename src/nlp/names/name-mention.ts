import type { EntityType, Span } from '../../model/index.js';

/**
 * A proper name found in the text, before coreference: what the named-entity recogniser (src/nlp/ner)
 * produces and the name refiner (src/nlp/names) corrects. `subtype` is `GPE`, `FAC`, `NORP`, … when known.
 */
export interface NameMention extends Span {
  readonly type: EntityType;
  readonly subtype?: string;
}
