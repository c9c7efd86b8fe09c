/**
 * Name refinement: the correction step between the statistical recogniser (src/nlp/ner) and
 * coreference (src/nlp/coref). See refine.ts for the steps.
 */
export { refineNames } from './refine.js';
export type { NameMention } from './name-mention.js';
