import type { ClaimFrame } from '../../model/index.js';
import { unknownSubjectJoins } from './claim-view.js';
import { causedResult, deedJoins, joinedTopic, opposedTopic } from './deed-joins.js';
import { demonymJoins } from './demonym-joins.js';
import { descriptionJoins } from './description-joins.js';
import { existenceJoins } from './existence-joins.js';
import { qualifiedJoins } from './qualified-joins.js';

/** What the joins read of a claim: its topic, its frame and its polarity. */
export interface TopicClaim {
  readonly topic: string;
  readonly frame: ClaimFrame;
  readonly polarity: 'pos' | 'neg';
}

/** The topics a claim passes through on its way to the topic it is compared under. */
export interface TopicJoin {
  /**
   * After the description and unknown-subject joins: "overload(?, the vessel)" → "overload(?, the
   * ferry)", "rig(?, the vote)" → "rig(the ruling party, the vote)".
   */
  readonly named: string;
  /** After the qualified join, the question the claim itself answers: "resign(Ana Roe, for personal reasons)" → "resign(Ana Roe, ?)". */
  readonly own: string;
  /** The topic the claim is compared under, after the deed joins. */
  readonly topic: string;
  /** The claim's polarity, or the opposite deed's ("locked the gate" is "did not open the gate"). */
  readonly polarity: 'pos' | 'neg';
  /** True when `topic` is the result the claim's deed caused ("killed the guard" → "the guard died"). */
  readonly caused: boolean;
}

/**
 * The topic each claim is compared under, in five joins over all the claims compared together
 * (one article's, or a corpus's): a party keyed by its nationality word joins the place another
 * topic names ("Dravani" → Dravan, propositions); a general word for a thing joins the one kind of it another
 * topic of the predicate names ("the vessel" → "the ferry", propositions); a topic with an unknown subject joins the one topic that names it
 * (propositions); a positive claim with one more thing than the question asks joins the question
 * (propositions); then the same deed in other words (propositions and counts): a synonym or a more
 * general deed ("stabbed the guard" answers "did he attack the guard?"), an opposite deed ("locked
 * the gate" is "did not open the gate") or the result caused ("killed the guard" is "the guard
 * died"). Each join reads the topics the one before it made, so the order is fixed. One entry per
 * claim, in order.
 */
export function joinTopics(claims: readonly TopicClaim[]): TopicJoin[] {
  const isProposition = (claim: TopicClaim): boolean => claim.frame === 'proposition';
  // "Dravani soldiers" in one account are Dravan's of another (propositions)
  const demonyms = demonymJoins(claims.filter(isProposition).map((claim) => claim.topic));
  const placed = claims.map((claim) =>
    isProposition(claim) ? (demonyms.get(claim.topic) ?? claim.topic) : claim.topic,
  );
  // "the vessel" in one account is "the ferry" of another (propositions)
  const descriptions = descriptionJoins(
    placed.filter((_, index) => isProposition(claims[index] as TopicClaim)),
  );
  const described = placed.map((topic, index) =>
    isProposition(claims[index] as TopicClaim) ? (descriptions.get(topic) ?? topic) : topic,
  );
  const subjectJoins = unknownSubjectJoins(
    described.filter((_, index) => isProposition(claims[index] as TopicClaim)),
  );
  const named = described.map((topic, index) =>
    isProposition(claims[index] as TopicClaim) ? (subjectJoins.get(topic) ?? topic) : topic,
  );
  // "resigned for personal reasons" answers "did he resign?" (positive claims only)
  const qualified = qualifiedJoins(named.filter((_, index) => isProposition(claims[index] as TopicClaim)));
  // "a gas explosion brought the building down" says there was an explosion (positive claims only)
  const existence = existenceJoins(
    named
      .map((topic, index) => ({ topic, polarity: (claims[index] as TopicClaim).polarity }))
      .filter((_, index) => isProposition(claims[index] as TopicClaim)),
  );
  const own = named.map((topic, index) => {
    const claim = claims[index] as TopicClaim;
    return isProposition(claim) && claim.polarity === 'pos'
      ? (qualified.get(topic) ?? existence.get(topic) ?? topic)
      : topic;
  });
  const isDeed = (claim: TopicClaim): boolean => claim.frame === 'proposition' || claim.frame === 'count';
  const deeds = deedJoins(own.filter((_, index) => isDeed(claims[index] as TopicClaim)));
  return claims.map((claim, index) => {
    const ownTopic = own[index] as string;
    const joined = { named: named[index] as string, own: ownTopic };
    if (!isDeed(claim)) return { ...joined, topic: ownTopic, polarity: claim.polarity, caused: false };
    // "locked the gate" is "did not open the gate"
    const opposed = isProposition(claim) ? opposedTopic(deeds, ownTopic, claim.polarity) : null;
    if (opposed !== null)
      return { ...joined, topic: opposed.topic, polarity: opposed.polarity, caused: false };
    // "killed the guard" says "the guard died": it compares by what the deed was done to
    const caused = isProposition(claim) ? causedResult(deeds, ownTopic, claim.polarity) : null;
    if (caused !== null) return { ...joined, topic: caused, polarity: claim.polarity, caused: true };
    return {
      ...joined,
      topic: joinedTopic(deeds, ownTopic, claim.polarity),
      polarity: claim.polarity,
      caused: false,
    };
  });
}
