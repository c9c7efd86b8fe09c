/**
 * Coreference scores as the CoNLL reference scorer defines them (Pradhan et al. 2014): MUC (Vilain
 * et al. 1995), B³ (Bagga and Baldwin 1998), CEAF-e (Luo 2005, entity-based φ4) and the CoNLL F1,
 * their mean. Clusters are arrays of mention ids; a mention the other side lacks simply is not in
 * any of its clusters (end-to-end scoring over predicted mentions: unmatched mentions stay in).
 */

export interface Prf {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface CorefScores {
  readonly muc: Prf;
  readonly b3: Prf;
  readonly ceafe: Prf;
  readonly conll: number;
}

export type Clusters = readonly (readonly string[])[];

function prf(
  precisionNumerator: number,
  precisionDenominator: number,
  recallNumerator: number,
  recallDenominator: number,
): Prf {
  const precision = precisionDenominator === 0 ? 0 : precisionNumerator / precisionDenominator;
  const recall = recallDenominator === 0 ? 0 : recallNumerator / recallDenominator;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

function clusterIndex(clusters: Clusters): Map<string, number> {
  const index = new Map<string, number>();
  clusters.forEach((cluster, number) => {
    for (const mention of cluster) index.set(mention, number);
  });
  return index;
}

/** MUC's one direction: Σ (|k| − |p(k)|) and Σ (|k| − 1), p(k) = k's parts under `other`. */
function mucCounts(key: Clusters, other: Clusters): [number, number] {
  const otherIndex = clusterIndex(other);
  let numerator = 0;
  let denominator = 0;
  for (const cluster of key) {
    const parts = new Set<string>();
    // a mention the other side lacks is a part on its own
    for (const mention of cluster)
      parts.add(otherIndex.has(mention) ? `c${otherIndex.get(mention)}` : `m${mention}`);
    numerator += cluster.length - parts.size;
    denominator += cluster.length - 1;
  }
  return [numerator, denominator];
}

export function muc(key: Clusters, response: Clusters): Prf {
  const [recallNumerator, recallDenominator] = mucCounts(key, response);
  const [precisionNumerator, precisionDenominator] = mucCounts(response, key);
  return prf(precisionNumerator, precisionDenominator, recallNumerator, recallDenominator);
}

/** B³'s one direction: Σ over clusters k, clusters r of |k∩r|²/|k|, and Σ |k|. */
function b3Counts(key: Clusters, other: Clusters): [number, number] {
  const otherIndex = clusterIndex(other);
  let numerator = 0;
  let denominator = 0;
  for (const cluster of key) {
    const overlaps = new Map<number, number>();
    for (const mention of cluster) {
      const number = otherIndex.get(mention);
      if (number !== undefined) overlaps.set(number, (overlaps.get(number) ?? 0) + 1);
    }
    for (const overlap of overlaps.values()) numerator += (overlap * overlap) / cluster.length;
    denominator += cluster.length;
  }
  return [numerator, denominator];
}

export function b3(key: Clusters, response: Clusters): Prf {
  const [recallNumerator, recallDenominator] = b3Counts(key, response);
  const [precisionNumerator, precisionDenominator] = b3Counts(response, key);
  return prf(precisionNumerator, precisionDenominator, recallNumerator, recallDenominator);
}

/**
 * The largest total weight of a one-to-one assignment of rows to columns (Kuhn-Munkres with
 * potentials, O(n³)) for a dense matrix of non-negative weights.
 */
export function maximumAssignment(weights: readonly (readonly number[])[]): number {
  const rows = weights.length;
  const columns = rows === 0 ? 0 : Math.max(...weights.map((row) => row.length));
  const size = Math.max(rows, columns);
  if (size === 0) return 0;
  // minimise cost = −weight on a square matrix padded with zeros
  const cost = (row: number, column: number): number => -(weights[row]?.[column] ?? 0);
  const u = new Float64Array(size + 1);
  const v = new Float64Array(size + 1);
  const match = new Int32Array(size + 1); // match[column] = row (1-based), 0 = free
  const way = new Int32Array(size + 1);
  for (let row = 1; row <= size; row++) {
    match[0] = row;
    let column0 = 0;
    const least = new Float64Array(size + 1).fill(Infinity);
    const used = new Uint8Array(size + 1);
    do {
      used[column0] = 1;
      const row0 = match[column0]!;
      let delta = Infinity;
      let column1 = 0;
      for (let column = 1; column <= size; column++) {
        if (used[column]) continue;
        const reduced = cost(row0 - 1, column - 1) - u[row0]! - v[column]!;
        if (reduced < least[column]!) {
          least[column] = reduced;
          way[column] = column0;
        }
        if (least[column]! < delta) {
          delta = least[column]!;
          column1 = column;
        }
      }
      for (let column = 0; column <= size; column++) {
        if (used[column]) {
          const row = match[column]!;
          u[row] = u[row]! + delta;
          v[column] = v[column]! - delta;
        } else least[column] = least[column]! - delta;
      }
      column0 = column1;
    } while (match[column0] !== 0);
    do {
      const column1 = way[column0]!;
      match[column0] = match[column1]!;
      column0 = column1;
    } while (column0 !== 0);
  }
  let total = 0;
  for (let column = 1; column <= size; column++) {
    const row = match[column]!;
    if (row > 0) total += weights[row - 1]?.[column - 1] ?? 0;
  }
  return total;
}

/**
 * CEAF-e: φ4(k, r) = 2|k∩r| / (|k| + |r|), the best one-to-one alignment of key and response
 * clusters; recall = Σφ4 / |key clusters|, precision = Σφ4 / |response clusters|. Clusters that
 * share no mention score 0 whichever way they are aligned, so the alignment is solved on each
 * connected part of the overlap graph alone (small), which gives the same total.
 */
export function ceafe(key: Clusters, response: Clusters): Prf {
  const responseIndex = clusterIndex(response);
  // union-find over key clusters 0..K-1 and response clusters K..K+R-1
  const parent = Array.from({ length: key.length + response.length }, (_, number) => number);
  const find = (node: number): number => {
    while (parent[node] !== node) {
      parent[node] = parent[parent[node]!]!;
      node = parent[node]!;
    }
    return node;
  };
  const overlaps = key.map((cluster, number) => {
    const counts = new Map<number, number>();
    for (const mention of cluster) {
      const other = responseIndex.get(mention);
      if (other === undefined) continue;
      counts.set(other, (counts.get(other) ?? 0) + 1);
      parent[find(number)] = find(key.length + other);
    }
    return counts;
  });
  const parts = new Map<number, { keys: number[]; responses: number[] }>();
  const partOf = (node: number) => {
    const root = find(node);
    const part = parts.get(root) ?? { keys: [], responses: [] };
    parts.set(root, part);
    return part;
  };
  key.forEach((_, number) => {
    if (overlaps[number]!.size > 0) partOf(number).keys.push(number);
  });
  response.forEach((_, number) => {
    if (parts.has(find(key.length + number))) partOf(key.length + number).responses.push(number);
  });
  let similarity = 0;
  for (const part of parts.values()) {
    const weights = part.keys.map((keyNumber) =>
      part.responses.map((responseNumber) => {
        const common = overlaps[keyNumber]!.get(responseNumber) ?? 0;
        return (2 * common) / (key[keyNumber]!.length + response[responseNumber]!.length);
      }),
    );
    similarity += maximumAssignment(weights);
  }
  return prf(similarity, response.length, similarity, key.length);
}

export function corefScores(key: Clusters, response: Clusters): CorefScores {
  const mucScore = muc(key, response);
  const b3Score = b3(key, response);
  const ceafeScore = ceafe(key, response);
  return {
    muc: mucScore,
    b3: b3Score,
    ceafe: ceafeScore,
    conll: (mucScore.f1 + b3Score.f1 + ceafeScore.f1) / 3,
  };
}

/** Without the clusters of one mention, as Cattan et al. (2021) score cross-document coreference. */
export function withoutSingletons(clusters: Clusters): Clusters {
  return clusters.filter((cluster) => cluster.length > 1);
}
