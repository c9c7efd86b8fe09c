/**
 * Which articles tell the same story: a pure function of their words and of the cross-document
 * entities they mention. Two reports of one arrest share the people, places and the rarer words of
 * the story ("Lohan", "Betty Ford", "rehab"); two arrests of the same kind share only the common
 * words. Each article is a TF-IDF vector (words of four letters or more, and its entity clusters,
 * which count double); articles are taken in order and each joins the story whose articles it
 * resembles most on average (cosine), when that mean reaches `threshold`, else starts a story.
 * Similarities come from an inverted index of terms to stories, so only stories that share a term
 * with the article are compared.
 */

export interface StoryInput {
  readonly text: string;
  /** Ids of the cross-document entity clusters the article mentions. */
  readonly entities: readonly string[];
}

/**
 * Chosen on ECB+'s dev topics (scripts/eval/ecbplus.ts): at 0.04 the articles of a topic fall into
 * its two stories almost exactly (0.08 splits a story in three or four, 0.02 starts mixing them).
 */
export const STORY_THRESHOLD = 0.05;

function termsOf(input: StoryInput): Map<string, number> {
  const counts = new Map<string, number>();
  for (const match of input.text.toLowerCase().matchAll(/\p{L}{4,}/gu)) {
    const word = match[0];
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  for (const entity of new Set(input.entities))
    counts.set(`\u0000${entity}`, (counts.get(`\u0000${entity}`) ?? 0) + 2);
  return counts;
}

/** The story number of each article (0, 1, … in order of first appearance). */
export function storyClusters(inputs: readonly StoryInput[], threshold = STORY_THRESHOLD): number[] {
  const termCounts = inputs.map(termsOf);
  const frequency = new Map<string, number>();
  for (const counts of termCounts)
    for (const term of counts.keys()) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  const total = inputs.length;
  const vectors = termCounts.map((counts) => {
    const weighted: [string, number][] = [];
    let norm = 0;
    for (const [term, count] of counts) {
      const articles = frequency.get(term) ?? 1;
      const weight = (1 + Math.log(count)) * Math.log((total + 1) / articles);
      norm += weight * weight;
      // a term of one article counts in its length but is compared with nothing
      if (articles > 1) weighted.push([term, weight]);
    }
    const length = Math.sqrt(norm) || 1;
    return new Map(weighted.map(([term, weight]) => [term, weight / length]));
  });
  // term → story → the summed weights of the story's articles for the term: an article's similarity
  // to a story is one product per story that has the term, not one per article (the common words
  // of 1,000 articles made this quadratic)
  const postings = new Map<string, Map<number, number>>();
  const storyOf: number[] = [];
  const storySizes: number[] = [];
  vectors.forEach((vector) => {
    const sums = new Map<number, number>();
    for (const [term, weight] of vector) {
      const stories = postings.get(term);
      if (stories === undefined) continue;
      for (const [story, summed] of stories) sums.set(story, (sums.get(story) ?? 0) + weight * summed);
    }
    let best = -1;
    let bestMean = threshold;
    for (const [story, sum] of sums) {
      const mean = sum / storySizes[story]!;
      if (mean >= bestMean) {
        best = story;
        bestMean = mean;
      }
    }
    if (best === -1) {
      best = storySizes.length;
      storySizes.push(0);
    }
    storyOf.push(best);
    storySizes[best]!++;
    for (const [term, weight] of vector) {
      let stories = postings.get(term);
      if (stories === undefined) {
        stories = new Map();
        postings.set(term, stories);
      }
      stories.set(best, (stories.get(best) ?? 0) + weight);
    }
  });
  return storyOf;
}
