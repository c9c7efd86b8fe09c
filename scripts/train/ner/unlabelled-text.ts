import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataSet } from '../../eval/lib/data.js';
import { readConll } from './conll-reader.js';

/**
 * Unlabelled news text for the word clusters, read in a fixed order (sorted paths) so the clusters
 * are the same on every run: the CoNLL-2003 training texts (without labels), BBC News (2,225 articles), PolNeAR's training texts (840 US political
 * articles; its dev texts are left alone), ECB+ (token files rebuilt into sentences) and the
 * TempEval-3 TimeBank/AQUAINT texts. Each text is returned whole; the caller segments it.
 */
export function* unlabelledTexts(): Generator<string> {
  // The CoNLL-2003 training texts themselves (not their labels; never the dev texts).
  const conll = dataSet('conll2003');
  if (conll !== null) for (const document of readConll(join(conll, 'eng.train'))) yield document.text;
  const bbc = dataSet('bbc-news');
  if (bbc !== null) {
    for (const topic of readdirSync(bbc).sort()) {
      const folder = join(bbc, topic);
      if (!/^[a-z]+$/.test(topic)) continue;
      for (const file of readdirSync(folder).sort())
        if (file.endsWith('.txt')) yield readFileSync(join(folder, file), 'utf8');
    }
  }
  const polnear = dataSet('polnear');
  if (polnear !== null) {
    const folder = join(polnear, 'train', 'text');
    for (const file of readdirSync(folder).sort()) yield readFileSync(join(folder, file), 'utf8');
  }
  const ecb = dataSet('ecbplus');
  if (ecb !== null) {
    const root = join(ecb, 'ECB+');
    for (const topic of readdirSync(root).sort()) {
      for (const file of readdirSync(join(root, topic)).sort()) {
        if (file.endsWith('.xml')) yield ecbText(readFileSync(join(root, topic, file), 'utf8'));
      }
    }
  }
  const timeml = dataSet('tempeval3-tbaq');
  if (timeml !== null) {
    for (const corpus of ['TimeBank', 'AQUAINT']) {
      const folder = join(timeml, 'TBAQ-cleaned', corpus);
      if (!existsSync(folder)) continue;
      const files = readdirSync(folder).sort();
      for (const file of files)
        if (file.endsWith('.tml')) yield timemlText(readFileSync(join(folder, file), 'utf8'));
    }
  }
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** ECB+ files list one `<token sentence="n">word</token>` per line: sentences are rebuilt. */
function ecbText(xml: string): string {
  const lines: string[] = [];
  let current: string[] = [];
  let sentence = '';
  for (const match of xml.matchAll(/<token[^>]*sentence="(\d+)"[^>]*>([^<]*)<\/token>/g)) {
    if (match[1] !== sentence && current.length > 0) {
      lines.push(current.join(' '));
      current = [];
    }
    sentence = match[1] ?? '';
    current.push(decodeEntities(match[2] ?? ''));
  }
  if (current.length > 0) lines.push(current.join(' '));
  return lines.join('\n');
}

function timemlText(xml: string): string {
  const body = /<TEXT>([\s\S]*)<\/TEXT>/.exec(xml)?.[1] ?? '';
  return decodeEntities(body.replace(/<[^>]+>/g, ''));
}
