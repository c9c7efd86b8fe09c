/**
 * TempEval-3's extent and attribute scores (UzZaman et al. 2013), on character spans: a system
 * item and a gold item match strictly when their extents are equal (edge spaces ignored), loosely
 * ("relaxed") when they overlap; one gold item matches at most one system item. An attribute
 * (value, type, class) F1 counts the relaxed matches whose attribute is right, over all system
 * items (precision) and all gold items (recall), as the official scorer does.
 */

export interface ScoredSpan {
  readonly start: number;
  readonly end: number;
  readonly attributes: Readonly<Record<string, string>>;
}

export class SpanScore {
  gold = 0;
  system = 0;
  strict = 0;
  relaxed = 0;
  readonly attributeMatches = new Map<string, number>();
  /** Attributes right among strict matches (event class is reported on strict matches too). */
  readonly strictAttributeMatches = new Map<string, number>();

  add(gold: readonly ScoredSpan[], system: readonly ScoredSpan[]): void {
    this.gold += gold.length;
    this.system += system.length;
    const used = new Uint8Array(gold.length);
    const bump = (map: Map<string, number>, key: string): void => {
      map.set(key, (map.get(key) ?? 0) + 1);
    };
    for (const item of system) {
      let match = -1;
      for (let index = 0; index < gold.length; index += 1) {
        const candidate = gold[index]!;
        if (used[index] || candidate.end <= item.start || candidate.start >= item.end) continue;
        // prefer the exact extent when several gold items overlap
        if (match < 0 || (candidate.start === item.start && candidate.end === item.end)) match = index;
      }
      if (match < 0) continue;
      used[match] = 1;
      const candidate = gold[match]!;
      const exact = candidate.start === item.start && candidate.end === item.end;
      this.relaxed += 1;
      if (exact) this.strict += 1;
      for (const [key, value] of Object.entries(item.attributes)) {
        if (candidate.attributes[key] !== value) continue;
        bump(this.attributeMatches, key);
        if (exact) bump(this.strictAttributeMatches, key);
      }
    }
  }

  private f1(correct: number): number {
    const precision = this.system === 0 ? 0 : correct / this.system;
    const recall = this.gold === 0 ? 0 : correct / this.gold;
    return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  }

  get strictF1(): number {
    return this.f1(this.strict);
  }
  get relaxedF1(): number {
    return this.f1(this.relaxed);
  }
  attributeF1(key: string): number {
    return this.f1(this.attributeMatches.get(key) ?? 0);
  }
  strictAttributeF1(key: string): number {
    return this.f1(this.strictAttributeMatches.get(key) ?? 0);
  }
  get strictPrecision(): number {
    return this.system === 0 ? 0 : this.strict / this.system;
  }
  get strictRecall(): number {
    return this.gold === 0 ? 0 : this.strict / this.gold;
  }
}

/** Trims spaces at both ends of a span, so "Friday " and "Friday" are the same extent. */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text[from]!)) from += 1;
  while (to > from && /\s/.test(text[to - 1]!)) to -= 1;
  return { start: from, end: to };
}
