import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { dataSet } from './data.js';
import { nameHash } from './split.js';

/**
 * TempEval-3's TBAQ-cleaned gold (TimeBank 1.2 + AQUAINT, inline TimeML), read into plain text
 * with character spans: the `<TEXT>` element with its tags removed and XML entities decoded, the
 * TIMEX3 and EVENT elements as spans into that text, and the document creation time (DCT).
 */

export interface GoldTimex {
  readonly start: number;
  readonly end: number;
  readonly type: string;
  readonly value: string;
}

export interface GoldEvent {
  readonly start: number;
  readonly end: number;
  readonly eventClass: string;
}

export interface TimeMlDocument {
  readonly name: string;
  readonly text: string;
  /** The creation time's value (`1998-01-08`). */
  readonly creationTime: string;
  readonly timexes: readonly GoldTimex[];
  readonly events: readonly GoldEvent[];
}

/**
 * The fixed split. Held-out: files whose name's FNV-1a hash is 0 modulo 5 (about a fifth, never
 * used for training or tuning); dev: 1 modulo 5 (tuning); train: the rest.
 */
export type TbaqPart = 'train' | 'dev' | 'heldout';

export function tbaqPart(fileName: string): TbaqPart {
  const bucket = nameHash(basename(fileName)) % 5;
  return bucket === 0 ? 'heldout' : bucket === 1 ? 'dev' : 'train';
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function attributes(tag: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const match of tag.matchAll(/(\w+)="([^"]*)"/g)) result[match[1] as string] = match[2] as string;
  return result;
}

export function parseTimeMl(name: string, xml: string): TimeMlDocument {
  const dct = /<DCT>\s*<TIMEX3([^>]*)>/.exec(xml);
  const creationTime = dct ? (attributes(dct[1] as string).value ?? '') : '';
  const open = xml.indexOf('<TEXT>');
  const close = xml.indexOf('</TEXT>');
  if (open < 0 || close < 0) throw new Error(`${name}: no <TEXT> element`);
  const body = xml.slice(open + '<TEXT>'.length, close);
  let text = '';
  const timexes: GoldTimex[] = [];
  const events: GoldEvent[] = [];
  const stack: { name: string; start: number; attributes: Record<string, string> }[] = [];
  const pattern = /<(\/?)(\w+)([^>]*)>|&(\w+);|[^<&]+|[<&]/g;
  for (const match of body.matchAll(pattern)) {
    if (match[2] !== undefined) {
      if (match[1] === '/') {
        const element = stack.pop();
        if (element === undefined) continue;
        if (element.name === 'TIMEX3')
          timexes.push({
            start: element.start,
            end: text.length,
            type: element.attributes.type ?? '',
            value: element.attributes.value ?? '',
          });
        else if (element.name === 'EVENT')
          events.push({ start: element.start, end: text.length, eventClass: element.attributes.class ?? '' });
      } else if (!(match[3] ?? '').endsWith('/')) {
        stack.push({ name: match[2], start: text.length, attributes: attributes(match[3] ?? '') });
      }
    } else if (match[4] !== undefined) text += ENTITIES[match[4]] ?? match[0];
    else text += match[0];
  }
  timexes.sort((left, right) => left.start - right.start);
  events.sort((left, right) => left.start - right.start);
  return { name, text, creationTime, timexes, events };
}

/** Every TBAQ document of the given parts, in file-name order; null when the data is absent. */
export function readTbaq(parts: readonly TbaqPart[]): TimeMlDocument[] | null {
  const root = dataSet('tempeval3-tbaq');
  if (root === null) return null;
  const documents: TimeMlDocument[] = [];
  for (const folder of ['AQUAINT', 'TimeBank']) {
    const directory = join(root, 'TBAQ-cleaned', folder);
    for (const file of readdirSync(directory)
      .filter((entry) => entry.endsWith('.tml'))
      .sort()) {
      if (!parts.includes(tbaqPart(file))) continue;
      documents.push(parseTimeMl(file, readFileSync(join(directory, file), 'utf8')));
    }
  }
  return documents;
}
