/**
 * Grammar in one place: the document's dependency trees (from the token table the segmenter
 * parses, src/nlp/syntax) and the questions later stages ask of them.
 */
export { DependencyTree, relationIs } from './dependency-tree.js';
export { appositionName, isPassive, speechContent, speechSource } from './roles.js';
