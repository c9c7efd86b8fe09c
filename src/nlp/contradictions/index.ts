export {
  agentlessValues,
  namesNobody,
  ANY_PARTY,
  unknownSubjectJoins,
  nearUpperFigure,
  rejectedFigure,
  unnamedSpeakerKey,
  withModality,
  withWhen,
  withHappened,
  whenViews,
  withRejected,
  withNearUpper,
  type ClaimView,
} from './claim-view.js';
export { compareClaims, figuresDisagree, type ConflictKind } from './compare-claims.js';
export { conflictsOf, type SideConflict } from './sides.js';
export { findContradictions } from './find-contradictions.js';
export { spokespersonVoices, type VoicedEntity } from './voices.js';
export { causedResult, deedJoins, joinedTopic, opposedTopic, type DeedJoins } from './deed-joins.js';
export { qualifiedJoins } from './qualified-joins.js';
export { joinTopics, type TopicClaim, type TopicJoin } from './topic-joins.js';
export { isCauseTopic, rivalCauses, sharesWord } from './rival-causes.js';
