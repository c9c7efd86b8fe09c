import {
  auxiliaryVerb,
  firstSenses,
  lemmaFamily,
  lightVerb,
  relatedSenses,
  verbParticle,
} from './lemma-family.js';
import { lemmaOf } from '../events/wordnet.js';
import { timesCompatible } from './time-compatible.js';

/**
 * Cross-document event clusters: the same arrest reported by five outlets is one cluster. Precision
 * first — most events of an article are mentioned once in passing, and linking two that differ
 * costs more than leaving the same event in two clusters — so two events join only when
 * - their articles tell the same story (story-clusters.ts),
 * - their triggers are of one lemma family ("arrested", "the arrest"), share their most frequent
 *   WordNet sense ("the blaze", "the fire") or a related sense ("discovered" / "found", "death" /
 *   "died"; lemma-family.ts: on ECB+'s dev topics CoNLL F1 0.471 → 0.476, held-out 0.457 → 0.465),
 * - they have the same polarity ("was not arrested" is another event),
 * - two phrasal triggers of one verb have one particle, "into" read as "in" ("checks into" and
 *   "checked in" propose each other; "checks into" and "checks out" are never one, though WordNet
 *   gives them a shared sense: ECB+ dev topics CoNLL F1 0.556 -> 0.559),
 * - a verb of very many senses ("took", "made") shares an argument with the other event or is the
 *   same verb ("made an offer" … "made an offer": lemma-family.ts: lightVerb; its senses propose
 *   no links, so "made" never meets "did"; the same verb inside one story: ECB+ dev topics event
 *   CoNLL F1 0.493 → 0.498),
 * - neither is a form of "be", "have" or "do" (lemma-family.ts: auxiliaryVerb; ECB+ dev topics,
 *   events CoNLL F1 0.572 → 0.574),
 * - their times can be the same (time-compatible.ts),
 * - where both name an agent, or both a patient, those arguments share an entity cluster,
 * - and a report of speech is linked only to an event whose sentence shares some of the corpus's
 *   rarer words with its own, or whose speaker is its own (reportsCompatible).
 * An event joins the first candidate cluster with which it is compatible with at least half of the
 * members (clusterFits), so one member told without a time or an argument does not carry a link
 * the others refuse ("arrested" on 2 May joins no cluster of two arrests on 4 May, whatever a third
 * member without a date says), and one member with an odd argument does not keep out an event the
 * rest accept (every member: ECB+ dev topics event CoNLL F1 0.498; half: 0.506; one: 0.507). Reports of speech are linked by the same rules:
 * keeping every "said" apart scored lower on ECB+'s dev topics (CoNLL F1 0.424 against 0.438); two
 * reports whose speakers are both known and differ are never one (speakersCompatible: dev topics
 * CoNLL F1 0.521 either way, with singletons 0.563 → 0.564, MUC precision 0.686 → 0.690; also
 * requiring a known common speaker, or a reported event of one lemma family, for two reports in two
 * articles lowered it to 0.514–0.519).
 *
 * Measured on ECB+'s dev topics (odd / even topic halves, events CoNLL F1 0.534 / 0.636) and left
 * out: proposing candidates through the first sense's WordNet hypernyms ("heist" → robbery) or
 * through the other words of a trigger's one to three most frequent senses ("accused" / "charged"),
 * as ordinary links (synonyms of one sense: 0.524 / 0.625) or only when the two also share an
 * argument or their sentences' rarer words (cosine 0.1–0.4: 0.531–0.533 / 0.633–0.637); the
 * events stage's domain type ("killing", "arrest") as such a key (0.523 / 0.628 as a link,
 * 0.532 / 0.633 gated); leaving alone one-word triggers that WordNet reads first as nouns for
 * things ("the administration", "a berth": 0.533 / 0.635–0.637); a minimum cosine between the two
 * articles (0.01–0.03: 0.534 / 0.633–0.636; more cut true links); trying the clusters of the
 * trigger's own lemma family first (0.535 / 0.633); the place role among the compared arguments
 * (0.534 / 0.635). Also left out, measured later (events CoNLL F1 0.589, odd / even 0.539 / 0.643):
 * after clustering, merging two clusters of one story whose triggers WordNet relates closely (one of
 * their one to three most frequent verb or noun senses shared, or one directly specialising the
 * other's: "severed" → cut, "heist" → robbery) when some pair of their members in two articles
 * shares an argument and half of all their pairs are compatible. Shared senses merged nothing (the
 * sense keys above already proposed those pairs); the direct hypernyms merged events ECB+ keeps
 * apart ("shot" → kill, "stabbed" / "injured", "gunned down" / "opened fire"): 0.582 with three
 * senses, 0.588 with one, 0.577 when sentences sharing rarer words (cosine 0.3) also count as
 * evidence. The largest splits ("entered" / "checked into", "cut" / "damaged", "hanged" / "suicide")
 * are not near in WordNet at all ("check_into" is only "investigate"; "check_in" is "report").
 * Measured later still and left out (ECB+ dev topics, events CoNLL F1 0.592; folds by topic mod 5
 * 0.490 / 0.585 / 0.635 / 0.631 / 0.592): of the gold links we split across articles, 2,356 pairs
 * join triggers of two lemma families inside one story, 291 pairs lie in two stories and only 103
 * are of one family in one story, so the rules above rarely refuse a link they are offered (no time
 * test, no argument test, or any share from 1 % to 60 % of a cluster's members: 0.591–0.592). Tried
 * against the splits: linking the lead event of each article of a story (its first event that is no
 * report, auxiliary or light verb and names an agent or patient) when two leads share an argument
 * (0.587; also requiring sentences' cosine 0.1: 0.588); proposing links between any two events of
 * two articles of one story that share an argument and whose sentences' cosine is 0.2–0.6
 * (0.587–0.590, folds 2 and 4 lower). Against the wrong links: requiring sentences' cosine 0.05–0.2
 * for a link across articles between events sharing no argument (same lemma family: 0.435–0.534;
 * other families: 0.571–0.578); keeping alone one-word triggers whose first WordNet noun sense is a
 * thing, person, group, place or time ("sequel", "berth"; 0.590–0.591, fold 0 0.476–0.486);
 * requiring a shared argument or sentences' cosine 0.05–0.2 for links across articles through the
 * related senses alone (0.577–0.583; no such links at all: 0.577). Proposing links through a
 * verb's three or five most frequent senses, gated by a shared argument or sentences' cosine
 * 0.1–0.3: 0.588–0.591. Proposing, inside a story, a link between families never seen in one
 * article whose articles together cover 30–70 % of the story: 0.470–0.540. Most wrong links by
 * pair count join ECB+'s two subtopics of one topic (software patches of two years, two cable
 * cuts, two earthquakes): a story-level split, not a trigger-level rule, is what they need.
 * Measured after that and left out (ECB+ dev topics, events CoNLL F1 0.592; folds 0.490 / 0.585 /
 * 0.635 / 0.631 / 0.592): joining, among the candidate clusters that fit, the one compatible with
 * the largest share of its members (0.589), that share plus 0.02 per member (0.591), or the largest
 * (0.593, folds -0.002 / +0.005 / +0.007 / 0.000 / -0.005: not better in most folds); breaking up
 * every cluster whose members all lie in one article (0.592, fold 0 +0.003, fold 1 -0.004); links
 * of one lemma family across two stories when no cluster of the event's own story fits, with every
 * member compatible and sentences' cosine 0.1–0.3 (0.591–0.592), or with no cosine test (0.569; half
 * the members: 0.560). No time can tell ECB+'s two subtopics apart: its articles carry no
 * publication date, so 2,849 of the 4,501 event times on dev are "XXXX-…", and the ECB half of a
 * topic rarely names a year at all while the ECB+ half names the dateline's. Bisecting each story of
 * eight articles or more by its articles' TF-IDF vectors finds the two subtopics of topic 27 exactly,
 * but the ratio of the two groups' mean cosine to their inner one (0.60 there) is no lower than in
 * stories of one subtopic (0.30–1.03), so nothing tells when to split. Merging, after clustering,
 * two clusters of one story in two articles or more each that no article shares, when half their
 * member pairs are compatible and their sentences' mean cosine is at least 0.05–0.3 (0.587–0.592:
 * of 45 merges at 0.1 nearly all wrong, "hiring" + "moving", "flight" + "objected"). Taking first
 * the articles with the most lemma families found in 20–70 % of their story's articles, so that
 * the story's central articles seed the clusters: 0.592–0.595 by threshold, with no fold better at
 * every threshold (the order of the greedy pass alone moves the score by about 0.003).
 */

export interface EventInput {
  readonly doc: number;
  readonly id: string;
  readonly trigger: string;
  readonly class: string | null;
  readonly polarity: string | null;
  readonly time: string | null;
  /**
   * For a report of speech ("said"), the cross-document entity clusters of its speaker, read from
   * the attribution whose cue the trigger is, or else the head of its source's words (sourceKey);
   * absent or empty: no speaker known.
   */
  readonly speakers?: ReadonlySet<string>;
  /** role → cross-document entity clusters of the arguments filling it. */
  readonly arguments: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * The words of the trigger's sentence as a unit-length TF-IDF vector over the corpus's articles
   * (sentenceVectors); absent: not known, and no report of speech is kept apart for it.
   */
  readonly context?: ReadonlyMap<string, number>;
}

/**
 * How similar two sentences must be (cosine of their TF-IDF vectors) for a report of speech in one
 * to be the event of the other when no common speaker is known (reportsCompatible; chosen on ECB+'s
 * dev topics: 0.05).
 */
export const REPORT_CONTEXT = 0.05;

function cosine(left: ReadonlyMap<string, number>, right: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const [word, weight] of left) sum += weight * (right.get(word) ?? 0);
  return sum;
}

/**
 * Whether two events may be one report of speech, read from what their sentences say: a report is
 * told apart by what was said and who said it, not by its verb ("said" … "said"). When either is a
 * report (class REPORTING), their sentences must share some of the corpus's rarer words (cosine of
 * their TF-IDF vectors at least REPORT_CONTEXT) unless both speakers are known and one entity
 * (speakersCompatible keeps two known different speakers apart). ECB+ dev topics, events: linked
 * cross-document pairs with a report and a cosine under 0.05 were one gold event 21 % of the time
 * (above 0.3, 78 %); CoNLL F1 0.579 → 0.583, no fold worse (+0.010, +0.001, +0.006, +0.004,
 * +0.003). Measured and left out: no speaker exception (0.582, fold 1 0.004 worse); a threshold of
 * 0.1 (0.581; 0.580 without the exception) or 0.15 without it (0.582, fold 1 0.010 worse); only
 * when both are reports (0.581); the same test for links through a WordNet sense between two lemma
 * families (0.565–0.571); the compatible cluster of the most similar sentences instead of the first
 * (0.578).
 */
function reportsCompatible(a: EventInput, b: EventInput): boolean {
  if (a.class !== 'REPORTING' && b.class !== 'REPORTING') return true;
  if (a.context === undefined || b.context === undefined) return true;
  if (
    a.speakers !== undefined &&
    b.speakers !== undefined &&
    a.speakers.size > 0 &&
    meet(a.speakers, b.speakers)
  )
    return true;
  return cosine(a.context, b.context) >= REPORT_CONTEXT;
}

/** The words of four letters or more of a text, lower-cased, as the story vectors read them. */
export function contextWords(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/\p{L}{4,}/gu) ?? []);
}

/**
 * Unit-length TF-IDF vectors of sentences given as word sets (contextWords): a word's weight is
 * log((articles + 1) / articles holding it), counted over `articleWords`, the word sets of the
 * corpus's articles.
 */
export function sentenceVectors(
  articleWords: readonly ReadonlySet<string>[],
  sentences: readonly ReadonlySet<string>[],
): Map<string, number>[] {
  const frequency = new Map<string, number>();
  for (const words of articleWords)
    for (const word of words) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  const total = articleWords.length;
  return sentences.map((words) => {
    const vector = new Map<string, number>();
    let norm = 0;
    for (const word of words) {
      const weight = Math.log((total + 1) / (frequency.get(word) ?? 1));
      vector.set(word, weight);
      norm += weight * weight;
    }
    const length = Math.sqrt(norm) || 1;
    for (const [word, weight] of vector) vector.set(word, weight / length);
    return vector;
  });
}

const COMPARED_ROLES = ['agent', 'patient'];

function meet(left: ReadonlySet<string>, right: ReadonlySet<string>): boolean {
  for (const entity of left) if (right.has(entity)) return true;
  return false;
}

/** Whether both events name an argument of one role from one entity cluster. */
function shareArgument(a: EventInput, b: EventInput): boolean {
  for (const [role, left] of a.arguments) {
    const right = b.arguments.get(role);
    if (right !== undefined && meet(left, right)) return true;
  }
  return false;
}

/**
 * Whether two events may have been told by one speaker: not when both are reports of speech whose
 * speakers are known and fall in no one entity cluster ("the sheriff said" / "his lawyer said").
 */
function speakersCompatible(a: EventInput, b: EventInput): boolean {
  const left = a.speakers;
  const right = b.speakers;
  if (left === undefined || right === undefined || left.size === 0 || right.size === 0) return true;
  return meet(left, right);
}

/**
 * The key that stands for the speaker of a report whose source names no entity ("her rep",
 * "officials", "a police spokesman"): the noun lemma of its last word, the head of such a noun
 * phrase, so that "officials said" and "an official said" may be one report and "her rep said" and
 * "police said" are two. (ECB+ dev topics, events: CoNLL F1 0.5206 -> 0.5215, with singletons
 * 0.5644 -> 0.5704, MUC precision 0.690 -> 0.705, recall 0.543 -> 0.535.)
 */
export function sourceKey(source: string): string {
  const words = source.toLowerCase().trim().split(/\s+/u);
  const last = words[words.length - 1]!;
  return `\u0000source:${lemmaOf(last, 'noun') ?? last}`;
}

/**
 * `light`: whether either trigger is a verb of very many senses, read once per event; `sameWord`:
 * whether the two triggers are of one lemma family.
 */
function compatible(a: EventInput, b: EventInput, light: boolean, sameWord: boolean): boolean {
  if (a.polarity !== b.polarity) return false;
  if (!particlesAgree(a.trigger, b.trigger)) return false;
  if (light && !sameWord && !shareArgument(a, b)) return false;
  if (!timesCompatible(a.time, b.time)) return false;
  if (!speakersCompatible(a, b)) return false;
  if (!reportsCompatible(a, b)) return false;
  for (const role of COMPARED_ROLES) {
    const left = a.arguments.get(role);
    const right = b.arguments.get(role);
    if (left === undefined || right === undefined || left.size === 0 || right.size === 0) continue;
    if (!meet(left, right)) return false;
  }
  return true;
}

/**
 * Whether two phrasal triggers of one verb have one particle: "checks into" and "checks out" share a
 * WordNet sense ("check into", "check out": investigate) but tell opposite events.
 */
function particlesAgree(a: string, b: string): boolean {
  const left = verbParticle(a);
  const right = verbParticle(b);
  if (left === null || right === null || left[0] !== right[0]) return true;
  return left[1] === right[1];
}

/**
 * Whether an event may join a cluster: compatible with at least half of its members, and with one
 * at least. `fits(member)` says whether it is compatible with that member.
 */
export function clusterFits(members: readonly number[], fits: (member: number) => boolean): boolean {
  let count = 0;
  for (const member of members) if (fits(member)) count++;
  return count > 0 && count * 2 >= members.length;
}

/** Clusters of indexes into `events`, in order of first member; `storyOf[doc]` is the article's story. */
export function eventClusters(events: readonly EventInput[], storyOf: readonly number[]): number[][] {
  const clusters: number[][] = [];
  const open = new Map<string, number[]>(); // story + family → clusters that may take more
  const light = events.map((event) => lightVerb(event.trigger));
  const families = events.map((event) => lemmaFamily(event.trigger));
  events.forEach((event, index) => {
    const own = () => {
      clusters.push([index]);
      return clusters.length - 1;
    };
    // "was", "has", "did": a copula or auxiliary links nothing and takes no link (auxiliaryVerb)
    if (auxiliaryVerb(event.trigger)) {
      own();
      return;
    }
    const story = storyOf[event.doc];
    // a verb of very many senses ("took") proposes links by its own word only
    const related = light[index]! ? [] : relatedSenses(event.trigger);
    const phrasal = verbParticle(event.trigger);
    const keys = [
      families[index]!,
      ...firstSenses(event.trigger),
      ...related,
      ...(phrasal === null ? [] : [`\u0000phrasal:${phrasal.join('_')}`]),
    ].map((key) => `${story}\u0000${key}`);
    const candidates = [...new Set(keys.flatMap((key) => open.get(key) ?? []))].sort((a, b) => a - b);
    const joined = candidates.find((cluster) =>
      clusterFits(clusters[cluster]!, (member) =>
        compatible(
          events[member]!,
          event,
          light[member]! || light[index]!,
          families[member] === families[index],
        ),
      ),
    );
    const cluster = joined ?? own();
    if (joined !== undefined) clusters[joined]!.push(index);
    for (const key of keys) {
      const list = open.get(key) ?? [];
      if (!list.includes(cluster)) open.set(key, [...list, cluster]);
    }
  });
  return clusters;
}
