import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeInput } from '../../../src/ingest/decode.js';

/**
 * Loader for the trafilatura evaluation set (Barbaresi): `evaldata.json` maps each URL to its
 * file and to snippets that must (`with`) and must not (`without`) appear in the extracted text.
 */
export interface TrafilaturaPage {
  readonly name: string;
  readonly html: string;
  readonly with: readonly string[];
  readonly without: readonly string[];
}

interface EvalEntry {
  file: string;
  with?: string[];
  without?: string[];
}

export function loadTrafilaturaPages(folder: string): TrafilaturaPage[] {
  const entries = JSON.parse(readFileSync(join(folder, 'evaldata.json'), 'utf8')) as Record<
    string,
    EvalEntry
  >;
  const pages: TrafilaturaPage[] = [];
  for (const entry of Object.values(entries)) {
    const path = join(folder, 'html', `${entry.file}.gz`);
    if (!existsSync(path)) continue;
    const bytes = gunzipSync(readFileSync(path));
    pages.push({
      name: entry.file,
      html: decodeInput(bytes, 'html').text,
      with: entry.with ?? [],
      without: entry.without ?? [],
    });
  }
  return pages;
}

export interface SnippetCounts {
  truePositives: number;
  falseNegatives: number;
  falsePositives: number;
  trueNegatives: number;
}

/** Whitespace is collapsed on both sides: paragraph breaks must not decide whether a snippet is found. */
function normalizeSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Scores one page as trafilatura's evaluation does: a snippet counts when it occurs in the output. */
export function scoreSnippets(page: TrafilaturaPage, output: string, counts: SnippetCounts): void {
  const text = normalizeSpaces(output);
  for (const snippet of page.with) {
    if (text.includes(normalizeSpaces(snippet))) counts.truePositives++;
    else counts.falseNegatives++;
  }
  for (const snippet of page.without) {
    if (text.includes(normalizeSpaces(snippet))) counts.falsePositives++;
    else counts.trueNegatives++;
  }
}

export function emptySnippetCounts(): SnippetCounts {
  return { truePositives: 0, falseNegatives: 0, falsePositives: 0, trueNegatives: 0 };
}

/** Precision, recall, F1 and accuracy of snippet counts, as trafilatura's evaluation reports them. */
export function snippetScore(counts: SnippetCounts): {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
} {
  const { truePositives, falseNegatives, falsePositives, trueNegatives } = counts;
  const precision =
    truePositives + falsePositives === 0 ? 0 : truePositives / (truePositives + falsePositives);
  const recall = truePositives + falseNegatives === 0 ? 0 : truePositives / (truePositives + falseNegatives);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const total = truePositives + falseNegatives + falsePositives + trueNegatives;
  return { precision, recall, f1, accuracy: total === 0 ? 0 : (truePositives + trueNegatives) / total };
}
