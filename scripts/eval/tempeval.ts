import { recogniseEvents } from '../../src/nlp/events/index.js';
import { segment } from '../../src/nlp/segment/segment.js';
import { findTimes } from '../../src/nlp/times/index.js';
import { formatTable, type EvalSection, type Figure } from './lib/report.js';
import { readTbaq, type TbaqPart } from './lib/tbaq.js';
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
 * `TEMPEVAL_ERRORS=1` prints every wrong value.
 */
export function run(): Promise<EvalSection> {
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
    if (showErrors) {
      for (const gold of document.timexes) {
        const system = found.find((time) => time.start < gold.end && time.end > gold.start);
        const surface = document.text.slice(gold.start, gold.end);
        if (system === undefined)
          console.log(`MISS  ${document.creationTime}  "${surface}" ${gold.type} ${gold.value}`);
        else if (system.value !== gold.value)
          console.log(
            `VALUE ${document.creationTime}  "${surface}" ${gold.type} ${gold.value}  ←  "${document.text.slice(system.start, system.end)}" ${system.type} ${system.value}`,
          );
      }
      for (const system of found)
        if (!document.timexes.some((gold) => system.start < gold.end && system.end > gold.start))
          console.log(
            `EXTRA ${document.creationTime}  "${document.text.slice(system.start, system.end)}" ${system.type} ${system.value}`,
          );
    }
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
