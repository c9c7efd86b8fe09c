import type { TimeExpression } from '../../src/model/index.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { recogniseEvents } from '../../src/nlp/events/index.js';
import { parseTaggerModel } from '../../src/nlp/tagging/model-file.js';
import { segment } from '../../src/nlp/segment/segment.js';
import { findTimes } from '../../src/nlp/times/index.js';
import { formatTable, type EvalSection, type Figure } from './lib/report.js';
import { readTbaq, type TbaqPart, type TimeMlDocument } from './lib/tbaq.js';
import { SpanScore } from './lib/tempeval-score.js';

/**
 * TempEval-3 Task A (time expressions) and Task B (events) on the held-out fifth of TBAQ (files
 * whose name's FNV-1a hash is 0 modulo 5, scripts/eval/lib/tbaq.ts; no training or tuning reads
 * them), scored as the official scorer defines: strict = exact extent, relaxed = overlap, value and
 * type F1 = relaxed matches with the right attribute over all system and all gold items (the
 * scorer's attribute accuracy on relaxed matches times the relaxed F1: the same number); event
 * extent F1 (strict) and class F1 — on strict matches (`event.class.f1`, the floor) and, as the
 * scorer counts it, on relaxed matches (`event.class.relaxed.f1`). Each document's creation time is
 * the reference date, as in TempEval-3.
 *
 * `TEMPEVAL_PART=dev npm run eval -- tempeval` scores the dev part instead (for tuning), and
 * `TEMPEVAL_ERRORS=1` prints every wrong value. `TEMPEVAL_PART=cv TEMPEVAL_FOLDS=DIR` scores the
 * time expressions by 3-fold cross-validation over train + dev (never the held-out part), each
 * fold with the tagger trained on the other two (`node dist/scripts/train/events/main.js --model
 * times --fold k/3 --save-to DIR/fold-k.bin` for k = 0, 1, 2).
 */
export function run(): Promise<EvalSection> {
  if (process.env.TEMPEVAL_PART === 'cv') return Promise.resolve(crossValidation(process.env.TEMPEVAL_FOLDS));
  const part = (process.env.TEMPEVAL_PART ?? 'heldout') as TbaqPart;
  const documents = readTbaq([part]);
  const title = `TempEval-3 on TBAQ, ${part} part`;
  if (documents === null)
    return Promise.resolve({ title, lines: [], figures: [], skipped: 'tempeval3-tbaq absent' });
  const showErrors = process.env.TEMPEVAL_ERRORS === '1';
  const times = new SpanScore();
  const events = new SpanScore();
  let tokens = 0;
  const started = performance.now();
  for (const document of documents) {
    const segments = segment(document.text);
    tokens += segments.tokens.length;
    const found = findTimes(document.text, segments, document.creationTime);
    times.add(
      document.timexes.map((timex) => ({ ...timex, attributes: { value: timex.value, type: timex.type } })),
      found.map((time) => ({ ...time, attributes: { value: time.value, type: time.type } })),
    );
    if (showErrors) printTimeErrors(document, found);
    events.add(
      document.events.map((event) => ({ ...event, attributes: { class: event.eventClass } })),
      recogniseEvents(document.text, segments).map((mention) => ({
        ...mention,
        attributes: { class: mention.eventClass },
      })),
    );
  }
  const seconds = (performance.now() - started) / 1000;
  const prefix = `tempeval.${part}`;
  const figures: Figure[] = [
    { key: `${prefix}.timex.strict.f1`, value: times.strictF1 },
    { key: `${prefix}.timex.relaxed.f1`, value: times.relaxedF1 },
    { key: `${prefix}.timex.value.f1`, value: times.attributeF1('value') },
    { key: `${prefix}.timex.type.f1`, value: times.attributeF1('type') },
    { key: `${prefix}.event.strict.f1`, value: events.strictF1 },
    { key: `${prefix}.event.class.f1`, value: events.strictAttributeF1('class') },
    { key: `${prefix}.event.class.relaxed.f1`, value: events.attributeF1('class') },
  ];
  const lines = [
    `${documents.length} documents, ${tokens} tokens, ${times.gold} gold time expressions, ${events.gold} gold events (${(tokens / seconds).toFixed(0)} tokens/s, times and events together)`,
    '',
    ...formatTable(
      ['task', 'gold', 'system', 'strict P / R / F1', 'relaxed F1', 'attribute F1'],
      [
        [
          'time expressions',
          times.gold,
          times.system,
          `${times.strictPrecision.toFixed(3)} / ${times.strictRecall.toFixed(3)} / ${times.strictF1.toFixed(3)}`,
          times.relaxedF1,
          `value ${times.attributeF1('value').toFixed(3)}, type ${times.attributeF1('type').toFixed(3)}`,
        ],
        [
          'events',
          events.gold,
          events.system,
          `${events.strictPrecision.toFixed(3)} / ${events.strictRecall.toFixed(3)} / ${events.strictF1.toFixed(3)}`,
          events.relaxedF1,
          `class ${events.strictAttributeF1('class').toFixed(3)} (strict matches), ${events.attributeF1('class').toFixed(3)} (relaxed)`,
        ],
      ],
    ),
  ];
  return Promise.resolve({ title, lines, figures });
}

/** Every wrong value, missed and spurious expression of one document (`TEMPEVAL_ERRORS=1`). */
function printTimeErrors(document: TimeMlDocument, found: readonly TimeExpression[]): void {
  // TEMPEVAL_CONTEXT=1: each line followed by the text around it; TEMPEVAL_ERRORS_EXTENT=1: the
  // extents that overlap the gold one without matching it instead of the wrong values
  const around = (start: number, end: number): string =>
    process.env.TEMPEVAL_CONTEXT === '1'
      ? `\n      | ${document.text.slice(Math.max(0, start - 80), start)}[${document.text.slice(start, end)}]${document.text.slice(end, end + 60)}`.replace(
          /\s+(?!\|)/g,
          ' ',
        )
      : '';
  for (const gold of document.timexes) {
    const system = found.find((time) => time.start < gold.end && time.end > gold.start);
    const surface = document.text.slice(gold.start, gold.end);
    if (system === undefined)
      console.log(
        `MISS  ${document.creationTime}  "${surface}" ${gold.type} ${gold.value}${around(gold.start, gold.end)}`,
      );
    else if (process.env.TEMPEVAL_ERRORS_EXTENT === '1') {
      if (system.start !== gold.start || system.end !== gold.end)
        console.log(
          `EXTENT ${document.creationTime}  "${surface}"  ←  "${document.text.slice(system.start, system.end)}"${around(gold.start, gold.end)}`,
        );
    } else if (system.value !== gold.value)
      console.log(
        `VALUE ${document.creationTime}  "${surface}" ${gold.type} ${gold.value}  ←  "${document.text.slice(system.start, system.end)}" ${system.type} ${system.value}${around(gold.start, gold.end)}`,
      );
  }
  for (const system of found)
    if (!document.timexes.some((gold) => system.start < gold.end && system.end > gold.start))
      console.log(
        `EXTRA ${document.creationTime}  "${document.text.slice(system.start, system.end)}" ${system.type} ${system.value}${around(system.start, system.end)}`,
      );
}

const FOLDS = 3;

/** Time expressions by cross-validation over train + dev: the tuning figure of the model card. */
function crossValidation(folder: string | undefined): EvalSection {
  const title = `TempEval-3 time expressions, ${FOLDS}-fold cross-validation over TBAQ train + dev`;
  const train = readTbaq(['train']);
  const dev = readTbaq(['dev']);
  if (train === null || dev === null)
    return { title, lines: [], figures: [], skipped: 'tempeval3-tbaq absent' };
  if (folder === undefined)
    return { title, lines: [], figures: [], skipped: 'TEMPEVAL_FOLDS (the folder of fold-k.bin) not set' };
  // the training script's folds: documents in name order, every third
  const all: TimeMlDocument[] = [...train, ...dev].sort((left, right) => (left.name < right.name ? -1 : 1));
  const times = new SpanScore();
  const perFold: string[] = [];
  for (let fold = 0; fold < FOLDS; fold += 1) {
    const foldTimes = new SpanScore();
    const file = join(folder, `fold-${fold}.bin`);
    const weights = parseTaggerModel(
      readFileSync(file),
      `train with --fold ${fold}/${FOLDS} --save-to ${file}`,
    );
    all.forEach((document, index) => {
      if (index % FOLDS !== fold) return;
      const found = findTimes(document.text, segment(document.text), document.creationTime, weights);
      if (process.env.TEMPEVAL_ERRORS === '1') printTimeErrors(document, found);
      const gold = document.timexes.map((timex) => ({
        ...timex,
        attributes: { value: timex.value, type: timex.type },
      }));
      const system = found.map((time) => ({ ...time, attributes: { value: time.value, type: time.type } }));
      times.add(gold, system);
      foldTimes.add(gold, system);
    });
    perFold.push(
      `fold ${fold}: relaxed F1 ${foldTimes.relaxedF1.toFixed(4)}, value F1 ${foldTimes.attributeF1('value').toFixed(4)}`,
    );
  }
  return {
    title,
    lines: [
      `${all.length} documents, ${times.gold} gold time expressions, ${times.system} found: strict F1 ${times.strictF1.toFixed(4)}, relaxed F1 ${times.relaxedF1.toFixed(4)}, value F1 ${times.attributeF1('value').toFixed(4)}, type F1 ${times.attributeF1('type').toFixed(4)}`,
      ...perFold,
    ],
    // no floors: a tuning figure, reported for the model card
    figures: [],
  };
}
