import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Entity } from '../../src/model/index.js';
import { processInput } from '../../src/pipeline/pipeline.js';
import { dataSet } from './lib/data.js';
import { formatTable, type EvalSection, type Figure } from './lib/report.js';
import { covering, locate, normalise, speakerRight, type GoldQuote } from './lib/speakers-score.js';
import { nameHash } from './lib/split.js';

/**
 * Quotation speakers on speakers-bbc (40 BBC News articles, 499 hand-checked quotations and their
 * speakers), scored end to end through the whole pipeline as its README says (lib/speakers-score.ts).
 *
 * Split: the 20 articles with the smallest FNV-1a hash of their file name are the tuning half (errors
 * were read there); the other 20 are held out and only scored. Figures per half and for all 40:
 * - `direct` / `indirect`: quotations of that kind found with the right speaker, over all of them;
 * - `found`: quotations covered by some attribution (recall); `given_found`: right speaker among them;
 * - `cue_less`: direct quotations whose own sentence has no speech verb, found with the right speaker
 *   (the table also gives how many of them were found at all).
 *
 * SPEAKERS_VERBOSE=1 prints every miss and wrong speaker of the tuning half (never of the held-out one).
 */

interface Article {
  readonly file: string;
  readonly quotes: readonly GoldQuote[];
}

interface Tally {
  total: number;
  found: number;
  right: number;
}

type Group = 'direct' | 'indirect' | 'cue_less' | 'all';

function emptyTallies(): Record<Group, Tally> {
  return {
    direct: { total: 0, found: 0, right: 0 },
    indirect: { total: 0, found: 0, right: 0 },
    cue_less: { total: 0, found: 0, right: 0 },
    all: { total: 0, found: 0, right: 0 },
  };
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

/** The tuning half: the 20 files with the smallest FNV-1a hash of their name. */
function tuningFiles(files: readonly string[]): ReadonlySet<string> {
  const ranked = [...files].sort(
    (left, right) => nameHash(left) - nameHash(right) || left.localeCompare(right),
  );
  return new Set(ranked.slice(0, Math.floor(ranked.length / 2)));
}

export async function run(): Promise<EvalSection> {
  const title = 'Quotation speakers (speakers-bbc, 40 BBC News articles, end to end)';
  const root = dataSet('speakers-bbc');
  const bbc = dataSet('bbc-news');
  if (root === null || bbc === null)
    return { title, lines: [], figures: [], skipped: 'speakers-bbc or bbc-news data absent' };
  const articles = readFileSync(join(root, 'gold.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Article);
  const tuning = tuningFiles(articles.map((article) => article.file));
  const halves: Record<'tune' | 'heldout' | 'all', Record<Group, Tally>> = {
    tune: emptyTallies(),
    heldout: emptyTallies(),
    all: emptyTallies(),
  };
  const verbose = process.env.SPEAKERS_VERBOSE === '1';
  const details: string[] = [];
  let unlocated = 0;
  let uncovered = 0;
  for (const article of articles) {
    const path = join(bbc, '..', article.file);
    const doc = processInput({ source: path, bytes: readFileSync(path) }, { format: 'text' });
    const text = doc.text;
    const normalised = normalise(text);
    const entities = new Map<string, Entity>(doc.entities.map((entity) => [entity.id, entity]));
    const half = tuning.has(article.file) ? 'tune' : 'heldout';
    const covered = new Set<string>();
    for (const quote of article.quotes) {
      const span = locate(normalised, quote.quote);
      const groups: Group[] = [quote.kind, 'all'];
      if (quote.cue_less) groups.push('cue_less');
      for (const name of [half, 'all'] as const)
        for (const group of groups) (halves[name][group] as Tally).total += 1;
      if (span === null) {
        unlocated += 1;
        continue;
      }
      const found = covering(doc.attributions, span);
      if (found === null) {
        if (verbose && half === 'tune') details.push(`MISS  ${article.file}: ${quote.kind} "${quote.quote}"`);
        continue;
      }
      covered.add(found.id);
      const right = speakerRight(text, entities, quote, found);
      for (const name of [half, 'all'] as const)
        for (const group of groups) {
          const tally = halves[name][group] as Tally;
          tally.found += 1;
          if (right) tally.right += 1;
        }
      if (verbose && half === 'tune' && !right) {
        const ids =
          found.speaker === null ? [] : typeof found.speaker === 'string' ? [found.speaker] : found.speaker;
        const said = ids.map((id) => entities.get(id)?.name ?? id).join(' + ') || 'null';
        const source = found.source === null ? 'null' : text.slice(found.source.start, found.source.end);
        const cue = found.cue === null ? 'null' : text.slice(found.cue.start, found.cue.end);
        details.push(
          `WRONG ${article.file}: ${quote.kind}${quote.cue_less ? ' cue-less' : ''} "${quote.quote}" gold ${quote.speaker ?? `null (${quote.description ?? ''})`} got ${said} [source "${source}" cue "${cue}"]`,
        );
      }
    }
    for (const attribution of doc.attributions) if (!covered.has(attribution.id)) uncovered += 1;
  }
  const rows: (string | number)[][] = [];
  const figures: Figure[] = [];
  for (const name of ['tune', 'heldout', 'all'] as const) {
    const tallies = halves[name];
    const all = tallies.all;
    rows.push([
      name,
      all.total,
      ratio(tallies.direct.right, tallies.direct.total),
      ratio(tallies.indirect.right, tallies.indirect.total),
      ratio(all.found, all.total),
      ratio(all.right, all.found),
      ratio(tallies.direct.found, tallies.direct.total),
      ratio(tallies.cue_less.found, tallies.cue_less.total),
      ratio(tallies.cue_less.right, tallies.cue_less.total),
      ratio(all.right, all.total),
    ]);
    figures.push(
      { key: `speakers.${name}.direct`, value: ratio(tallies.direct.right, tallies.direct.total) },
      { key: `speakers.${name}.indirect`, value: ratio(tallies.indirect.right, tallies.indirect.total) },
      { key: `speakers.${name}.found`, value: ratio(all.found, all.total) },
      { key: `speakers.${name}.given_found`, value: ratio(all.right, all.found) },
      { key: `speakers.${name}.cue_less`, value: ratio(tallies.cue_less.right, tallies.cue_less.total) },
    );
  }
  const lines = [
    ...formatTable(
      [
        'half',
        'quotes',
        'direct',
        'indirect',
        'found',
        'right|found',
        'direct found',
        'cue-less found',
        'cue-less',
        'overall',
      ],
      rows,
    ),
    '',
    `${unlocated} gold quotations not located in the extracted text (counted as misses); ` +
      `${uncovered} system attributions cover no gold quotation (not all are wrong: see the README's rules).`,
    ...details,
  ];
  return { title, lines, figures };
}
