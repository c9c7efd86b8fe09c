import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { EntityType, Segments, Span } from '../../src/model/index.js';
import { honorific, roleNoun } from '../../src/nlp/lexicon/index.js';
import { oneTitle } from '../../src/nlp/names/compound-titles.js';
import { refineNames } from '../../src/nlp/names/index.js';
import { recogniseNames } from '../../src/nlp/ner/index.js';
import { segment } from '../../src/nlp/segment/segment.js';
import { titleCaseVariant } from '../train/ner/augment.js';
import { readConll, type ConllDocument } from '../train/ner/conll-reader.js';
import { ConllScorer } from '../train/ner/conll-score.js';
import { dataSet, REPOSITORY_ROOT } from './lib/data.js';
import { formatTable, type EvalSection, type Figure } from './lib/report.js';

/**
 * Named entities on CoNLL-2003 eng.testa (dev), entity-level exact match as conlleval scores it,
 * measured through our own tokenisation: each document's text is its tokens joined by spaces and
 * its sentences by newlines; predicted character spans are mapped back to CoNLL tokens. When the
 * CLI's entity stage is wired (its output has entities), the whole `extract --no-clean` command
 * is scored on one file per document; otherwise recogniseNames is scored in process. Also the
 * speed of recogniseNames alone (segments computed beforehand).
 *
 * Our name mentions take in what CoNLL-2003 leaves out: a title or honorific before a person's
 * name ("Mr Lukashenko", "President Yeltsin", as the output contract wants) and a lower-case
 * article before an organisation or a place ("the Kremlin"). The CLI's mentions are scored twice:
 * raw (conll.dev.raw.*), and mapped to CoNLL's convention (conll.dev.*) by `conllConvention`,
 * which strips those leading words before matching. It changes nothing of what we output.
 */

type Predicted = Span & { readonly type: EntityType };

const run_ = promisify(execFile);
const CLI = join(REPOSITORY_ROOT, 'bin', 'claimgraph.js');

interface ContractEntity {
  readonly type: EntityType;
  readonly mentions: readonly { readonly start: number; readonly end: number; readonly kind: string }[];
}

/**
 * CoNLL's convention for a name mention: a hyphenated compound whole and MISC ("Ohio-based" for a
 * place "Ohio" before "-based"), without leading lower-case "the" (any type), and for a
 * person without leading titles and honorifics (lexicon `honorific` / `roleNoun`: "Mr", "President",
 * "Cardinal"), as long as a word of the name is left. Other types keep capitalised words
 * ("Major League", "Queen of the South").
 */
export function conllConvention(text: string, mention: Predicted): Predicted {
  let start = mention.start;
  for (;;) {
    const slice = text.slice(start, mention.end);
    // A title of two words ("Foreign Minister", "Inspector General") before one of one word ("President").
    const match = /^(\S+)(?:\s+(\S+))?\s+(?=\S)/u.exec(slice);
    if (!match) break;
    const first = match[1] as string;
    const second = match[2];
    if (first === 'the') {
      start += slice.indexOf(first) + first.length;
    } else if (mention.type !== 'PERSON') break;
    else if (second !== undefined && (isTitle(`${first} ${second}`) || oneTitle(first, second))) {
      start += match[0].length;
    } else if (isTitle(first)) {
      start += first.length;
    } else break;
    while (start < mention.end && /\s/u.test(text.charAt(start))) start += 1;
  }
  // CoNLL tokens keep a hyphenated compound whole and tag "Ohio-based", "Serb-led" MISC: a name
  // that ends inside such a word ("Ohio" of "Ohio-based") is that word, MISC.
  const compound = /^[-\u2010\u2011]\p{Ll}+(?![\p{L}\p{N}-])/u.exec(
    text.slice(mention.end, mention.end + 24),
  );
  if (compound !== null && mention.type !== 'PERSON')
    return { start, end: mention.end + compound[0].length, type: 'MISC' };
  return start === mention.start ? mention : { ...mention, start };
}

function isTitle(words: string): boolean {
  return honorific(words) !== undefined || roleNoun(words) !== undefined;
}

async function cliPredictions(documents: readonly ConllDocument[]): Promise<Predicted[][] | null> {
  const directory = mkdtempSync(join(tmpdir(), 'claimgraph-conll-'));
  try {
    const files = documents.map((document, index) => {
      const file = join(directory, `doc-${String(index).padStart(4, '0')}.txt`);
      writeFileSync(file, document.text);
      return file;
    });
    const { stdout } = await run_(
      process.execPath,
      [CLI, 'extract', '--no-clean', '--format', 'jsonl', ...files],
      { maxBuffer: 1 << 30 },
    );
    const lines = stdout.split('\n').filter((line) => line.trim().length > 0);
    if (lines.length !== documents.length) return null;
    let anyEntity = false;
    const predictions = lines.map((line) => {
      const output = JSON.parse(line) as { entities?: readonly ContractEntity[] };
      const mentions: Predicted[] = [];
      for (const entity of output.entities ?? []) {
        for (const mention of entity.mentions) {
          if (mention.kind !== 'name') continue;
          mentions.push({ start: mention.start, end: mention.end, type: entity.type });
          anyEntity = true;
        }
      }
      return mentions.sort((a, b) => a.start - b.start || a.end - b.end);
    });
    return anyEntity ? predictions : null;
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

function tokensPerSecond(documents: readonly { text: string; segments: Segments }[]): number {
  let tokens = 0;
  for (const { segments } of documents) tokens += segments.tokens.length;
  let best = 0;
  for (let round = 0; round < 5; round += 1) {
    const started = performance.now();
    for (const { text, segments } of documents) recogniseNames(text, segments);
    best = Math.max(best, tokens / ((performance.now() - started) / 1000));
  }
  return best;
}

export async function run(): Promise<EvalSection> {
  const title = 'Named entities on CoNLL-2003 dev (eng.testa), through our tokenisation';
  const root = dataSet('conll2003');
  if (!root) return { title, lines: [], figures: [], skipped: 'data set conll2003 is absent' };
  const documents = readConll(join(root, 'eng.testa'));
  const segmented = documents.map((document) => ({ text: document.text, segments: segment(document.text) }));
  let predictions: Predicted[][] | null = null;
  let mode = 'recogniseNames in process (the CLI output has no entities yet)';
  try {
    predictions = await cliPredictions(documents);
    if (predictions !== null) mode = 'the CLI: extract --no-clean --format jsonl, one file per document';
  } catch (error) {
    mode = `recogniseNames in process (the CLI failed: ${(error as Error).message.split('\n')[0]})`;
  }
  // The recogniser alone, and followed by the name refiner, in process: where the figures change.
  const recognised = segmented.map(({ text, segments }) => recogniseNames(text, segments));
  const refined = segmented.map(({ text, segments }, index) =>
    refineNames(text, segments, recognised[index] ?? []),
  );
  const mapped =
    predictions === null
      ? null
      : predictions.map((mentions, index) =>
          mentions.map((mention) => conllConvention(documents[index]?.text ?? '', mention)),
        );
  const stages: { name: string; key: string; predictions: readonly (readonly Predicted[])[] }[] = [
    ...(predictions === null || mapped === null
      ? []
      : [
          {
            name: 'extract --no-clean (CLI), mapped to CoNLL convention: no leading "the", no titles before persons',
            key: 'conll.dev',
            predictions: mapped,
          },
          { name: 'extract --no-clean (CLI), raw mentions', key: 'conll.dev.raw', predictions },
        ]),
    { name: 'recogniseNames', key: predictions === null ? 'conll.dev' : 'ner.dev', predictions: recognised },
    { name: 'refineNames(recogniseNames)', key: 'names.dev', predictions: refined },
  ];
  const speed = tokensPerSecond(segmented);
  const names: Record<string, string> = { PERSON: 'PER', ORG: 'ORG', LOC: 'LOC', MISC: 'MISC', ALL: 'all' };
  const figures: Figure[] = [];
  const lines = [`${documents.length} documents; conll.dev figures from ${mode}`];
  for (const stage of stages) {
    const scorer = new ConllScorer();
    documents.forEach((document, index) => scorer.add(document, stage.predictions[index] ?? []));
    const scores = scorer.scores();
    for (const score of scores) {
      const suffix = score.type === 'ALL' ? '' : `.${names[score.type]}`;
      figures.push({ key: `${stage.key}.f1${suffix}`, value: score.f1 });
    }
    const overall = scores[scores.length - 1]!;
    figures.push({ key: `${stage.key}.precision`, value: overall.precision });
    figures.push({ key: `${stage.key}.recall`, value: overall.recall });
    lines.push(
      '',
      `${stage.name} (${stage.key}.*)`,
      ...formatTable(
        ['type', 'gold', 'predicted', 'P', 'R', 'F1'],
        scores.map((score) => [
          names[score.type] ?? score.type,
          score.gold,
          score.predicted,
          score.precision,
          score.recall,
          score.f1,
        ]),
      ),
    );
  }
  // Robustness: the same documents with every line in Title Case ("Rebels Seize Northern Town").
  const titleCase = documents.flatMap((document, index) => {
    const variant = titleCaseVariant(document, index % 2 === 0, Number.MAX_SAFE_INTEGER);
    return variant === null ? [] : [variant];
  });
  const titleScorer = new ConllScorer();
  for (const document of titleCase)
    titleScorer.add(document, recogniseNames(document.text, segment(document.text)));
  const titleOverall = titleScorer.scores().at(-1)!;
  figures.push({ key: 'ner.dev_title_case.f1', value: titleOverall.f1 });
  lines.push(
    '',
    `recogniseNames on the same documents in Title Case (${titleCase.length} documents, every line): ` +
      `P ${titleOverall.precision.toFixed(3)} R ${titleOverall.recall.toFixed(3)} F1 ${titleOverall.f1.toFixed(3)} (ner.dev_title_case.f1)`,
  );
  figures.push({ key: 'ner.tokens_per_second', value: Math.round(speed) });
  lines.push(
    '',
    `recogniseNames alone: ${Math.round(speed).toLocaleString('en-GB')} tokens/s (one thread, segments precomputed, best of 5 rounds)`,
  );
  return { title, lines, figures };
}
