import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Reads ECB+ (Cybulska and Vossen 2014; CROMER XML, ../shared/data/ecbplus/ECB+/TOPIC/*.xml): each
 * document's tokens as plain text (tokens joined by spaces, one sentence a line, the URL that the
 * `ecbplus` documents carry as sentence 0 left out), each token's characters in that text, the
 * mentions with their gold cluster, and which sentences the annotators validated
 * (ECBplus_coreference_sentences.csv; only those are scored).
 */

export interface EcbToken {
  readonly sentence: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface EcbMention {
  /** `ACTION_OCCURRENCE`, `HUMAN_PART_PER`, `LOC_GEO`, … */
  readonly tag: string;
  /** Indexes into the document's tokens, in order. */
  readonly tokens: readonly number[];
  /** Gold cluster: the cross-document instance, else the document's chain, else the mention alone. */
  readonly cluster: string;
}

export interface EcbDocument {
  readonly name: string;
  readonly topic: number;
  readonly text: string;
  readonly tokens: readonly EcbToken[];
  readonly mentions: readonly EcbMention[];
  /** Sentence numbers (as in the XML) the annotators validated. */
  readonly validated: ReadonlySet<number>;
}

function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Validated sentences per document name ("1_10ecbplus"). */
export function readValidatedSentences(folder: string): Map<string, Set<number>> {
  const validated = new Map<string, Set<number>>();
  const lines = readFileSync(join(folder, 'ECBplus_coreference_sentences.csv'), 'utf8').split(/\r?\n/);
  for (const line of lines.slice(1)) {
    const [topic, file, sentence] = line.split(',');
    if (topic === undefined || file === undefined || sentence === undefined) continue;
    const name = `${topic}_${file}`;
    const set = validated.get(name) ?? new Set<number>();
    set.add(Number(sentence));
    validated.set(name, set);
  }
  return validated;
}

export function parseEcbDocument(
  name: string,
  topic: number,
  xml: string,
  validated: ReadonlySet<number>,
): EcbDocument {
  const skipUrl = name.includes('ecbplus');
  const tokens: EcbToken[] = [];
  const tokenIndex = new Map<string, number>();
  let text = '';
  let sentence = -1;
  for (const match of xml.matchAll(/<token t_id="(\d+)" sentence="(\d+)"[^>]*>([^<]*)<\/token>/g)) {
    const tokenSentence = Number(match[2]);
    if (skipUrl && tokenSentence === 0) continue;
    const surface = decode(match[3] ?? '');
    if (sentence !== -1) text += tokenSentence === sentence ? ' ' : '\n';
    sentence = tokenSentence;
    tokenIndex.set(match[1] ?? '', tokens.length);
    tokens.push({
      sentence: tokenSentence,
      start: text.length,
      end: text.length + surface.length,
      text: surface,
    });
    text += surface;
  }
  const markables = xml.slice(xml.indexOf('<Markables>'), xml.indexOf('</Markables>'));
  const anchored: { id: string; tag: string; tokens: number[] }[] = [];
  for (const match of markables.matchAll(/<([A-Z_]+) m_id="(\d+)"\s*>([\s\S]*?)<\/\1>/g)) {
    const anchors = [...(match[3] ?? '').matchAll(/t_id="(\d+)"/g)]
      .map((anchor) => tokenIndex.get(anchor[1] ?? ''))
      .filter((index): index is number => index !== undefined)
      .sort((a, b) => a - b);
    if (anchors.length > 0) anchored.push({ id: match[2] ?? '', tag: match[1] ?? '', tokens: anchors });
  }
  const clusterOf = new Map<string, string>();
  const relations = xml.slice(xml.indexOf('<Relations>'));
  for (const match of relations.matchAll(
    /<(CROSS_DOC_COREF|INTRA_DOC_COREF) r_id="(\d+)"(?: note="([^"]*)")?\s*>([\s\S]*?)<\/\1>/g,
  )) {
    const cluster = match[1] === 'CROSS_DOC_COREF' ? `x:${match[3]}` : `i:${name}:${match[2]}`;
    for (const source of (match[4] ?? '').matchAll(/<source m_id="(\d+)"/g))
      clusterOf.set(source[1] ?? '', cluster);
  }
  const mentions = anchored.map((mention) => ({
    tag: mention.tag,
    tokens: mention.tokens,
    cluster: clusterOf.get(mention.id) ?? `s:${name}:${mention.id}`,
  }));
  return { name, topic, text, tokens, mentions, validated };
}

/** The documents of the given topics, or null when the data set is absent. */
export function readEcbPlus(folder: string, topics: readonly number[]): EcbDocument[] | null {
  if (!existsSync(join(folder, 'ECB+'))) return null;
  const validated = readValidatedSentences(folder);
  const documents: EcbDocument[] = [];
  for (const topic of topics) {
    const directory = join(folder, 'ECB+', String(topic));
    if (!existsSync(directory)) continue;
    const files = readdirSync(directory)
      .filter((file) => file.endsWith('.xml'))
      .sort();
    for (const file of files) {
      const name = file.replace(/\.xml$/, '');
      documents.push(
        parseEcbDocument(
          name,
          topic,
          readFileSync(join(directory, file), 'utf8'),
          validated.get(name) ?? new Set(),
        ),
      );
    }
  }
  return documents;
}
