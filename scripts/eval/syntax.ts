/**
 * Tagger, lemmatiser and dependency parser (src/nlp/syntax) on UD English EWT dev, read from
 * ../shared/data/ud-english-ewt (never copied):
 *
 * - on the gold words (the treebank's tokenisation, our predicted tags): UPOS, lemma, UAS, LAS
 *   over all words, punctuation included; LAS with the gold tags given to the parser, for reference;
 * - from raw text: the `# text =` sentences joined into their paragraphs and documents, run through
 *   our own `segment()`, and scored as the CoNLL 2018 shared task's scorer does: a system word counts
 *   when its character span is a gold word's span; for UAS/LAS its head's span (or root) must match
 *   too. Figures are F1 over gold and system words. wink's own UPOS tags are scored on the same words;
 * - speed of the parser alone (features, transitions, labels; tags given), one thread, in process,
 *   by the wall clock and by this process's CPU time.
 */
import { join } from 'node:path';
import type { Segments, Token } from '../../src/model/index.js';
import { segment } from '../../src/nlp/segment/segment.js';
import { loadSyntaxModel, parseSentence } from '../../src/nlp/syntax/index.js';
import { tagId } from '../../src/nlp/syntax/tagger.js';
import { WordFeatures } from '../../src/nlp/syntax/word-features.js';
import { readConllu, type UdSentence } from '../train/syntax/conllu.js';
import { dataSet } from './lib/data.js';
import { formatTable, type EvalSection, type Figure } from './lib/report.js';

interface GoldWord {
  readonly tag: string;
  readonly relation: string;
  /** Global index of the head word, -1 for the root. */
  readonly head: number;
  readonly start: number;
  readonly end: number;
  readonly form: string;
}

interface RawDocument {
  readonly text: string;
  readonly words: GoldWord[];
  /** Surface tokens' spans (a multiword token such as "don't" is one), start and end at 2i, 2i+1. */
  readonly tokens: number[];
  /** Each sentence's span, first token's start to last token's end, at 2i, 2i+1. */
  readonly sentences: number[];
}

/** Documents as running text: sentences joined by a space, paragraphs by a line break. */
function rawDocuments(sentences: readonly UdSentence[]): RawDocument[] {
  const documents: RawDocument[] = [];
  let text = '';
  let words: GoldWord[] = [];
  let tokens: number[] = [];
  let spans: number[] = [];
  for (const sentence of sentences) {
    if (sentence.newDocument && text !== '') {
      documents.push({ text, words, tokens, sentences: spans });
      text = '';
      words = [];
      tokens = [];
      spans = [];
    }
    if (text !== '') text += sentence.newParagraph ? '\n' : ' ';
    const offset = text.length;
    const first = words.length;
    text += sentence.text;
    for (const at of sentence.tokenSpans) tokens.push(offset + at);
    const tokenCount = sentence.tokenSpans.length;
    if (tokenCount > 0)
      spans.push(offset + sentence.tokenSpans[0]!, offset + sentence.tokenSpans[tokenCount - 1]!);
    sentence.forms.forEach((form, index) => {
      const start = sentence.spans[index * 2]!;
      const head = sentence.heads[index]!;
      words.push({
        tag: sentence.tags[index]!,
        relation: sentence.relations[index]!,
        head: head < 0 ? -1 : first + head,
        start: start < 0 ? -1 : offset + start,
        end: start < 0 ? -1 : offset + sentence.spans[index * 2 + 1]!,
        form,
      });
    });
  }
  if (text !== '') documents.push({ text, words, tokens, sentences: spans });
  return documents;
}

function isPunctuation(text: string): boolean {
  return /^[\p{P}\p{S}]+$/u.test(text);
}

/** Why a gold word has no system word with its span: the main kinds of tokenisation mismatch. */
function mismatchKind(gold: GoldWord, text: string, segments: Segments): string {
  const covering = segments.tokens.filter((token) => token.start < gold.end && token.end > gold.start);
  if (covering.length === 0) return 'not covered by any token';
  const surfaces = covering.map((token) => text.slice(token.start, token.end));
  const merged = covering.length === 1;
  const joined = `${gold.form} ${surfaces.join(' ')}`;
  let kind = 'other';
  if (/['’]/.test(joined))
    kind = /^['’]s$/i.test(gold.form) || surfaces.some((s) => /['’]s$/i.test(s)) ? "'s" : 'contraction';
  else if (joined.includes('-')) kind = 'hyphen';
  else if (isPunctuation(gold.form) || surfaces.every(isPunctuation)) kind = 'punctuation';
  else if (merged && /^[\p{L}\p{N}]+[\p{P}\p{S}]+$/u.test(surfaces[0]!)) kind = 'punctuation glued to a word';
  else if (/[/@.:]/.test(joined)) kind = 'url, e-mail, slash or abbreviation';
  return `${kind}: ${merged ? 'one system token holds several gold words' : 'gold word split into several tokens'}`;
}

export async function run(): Promise<EvalSection> {
  const title = 'Syntax: UPOS, lemmas, UAS and LAS on UD English EWT dev; parser speed';
  const root = dataSet('ud-english-ewt');
  if (root === null) return { title, lines: [], figures: [], skipped: 'ud-english-ewt is not present' };
  const dev = readConllu(join(root, 'en_ewt-ud-dev.conllu'));
  const model = loadSyntaxModel();
  const { weights, words, tagger, parser } = model;
  const labels = weights.header.labels;

  // 1. Gold words.
  let total = 0;
  let tags = 0;
  let lemmas = 0;
  let unlabelled = 0;
  let labelled = 0;
  let labelledGoldTags = 0;
  for (const sentence of dev) {
    const result = parseSentence(model, sentence.forms);
    const length = sentence.forms.length;
    for (let index = 0; index < length; index += 1) {
      total += 1;
      if (result.pos[index] === sentence.tags[index]) tags += 1;
      if (result.lemma[index] === sentence.lemmas[index]) lemmas += 1;
      if (result.head[index] === sentence.heads[index]) {
        unlabelled += 1;
        if (result.dep[index] === sentence.relations[index]) labelled += 1;
      }
    }
    words.compute(sentence.forms, weights.clusters, weights.tagSets);
    const goldTags = Int32Array.from(sentence.tags, (tag) => Math.max(0, tagId(tag)));
    parser.parse(words, goldTags, weights.parser);
    for (let index = 0; index < length; index += 1) {
      const head = parser.heads[index] === length ? -1 : parser.heads[index];
      if (head === sentence.heads[index] && labels[parser.labels[index]!] === sentence.relations[index])
        labelledGoldTags += 1;
    }
  }

  // 2. Raw text through segment().
  let goldWords = 0;
  let systemWords = 0;
  let goldTokens = 0;
  let matchedTokens = 0;
  let goldSentences = 0;
  let systemSentences = 0;
  let matchedSentences = 0;
  /** Matched words, our tags right, wink's tags right, heads right, heads and labels right. */
  const counts = new Int32Array(5);
  const goldSentenceCounts = new Int32Array(5);
  const mismatches = new Map<string, { count: number; example: string }>();
  for (const document of rawDocuments(dev)) {
    const segments = segment(document.text);
    const goldBySpan = new Map<number, number>();
    document.words.forEach((word, index) => {
      if (word.start >= 0) goldBySpan.set(word.start * 65536 + word.end, index);
    });
    goldWords += document.words.length;
    goldTokens += document.tokens.length / 2;
    goldSentences += document.sentences.length / 2;
    systemSentences += segments.sentences.length;
    const goldTokenSpans = new Set<number>();
    for (let at = 0; at < document.tokens.length; at += 2)
      goldTokenSpans.add(document.tokens[at]! * 65536 + document.tokens[at + 1]!);
    const goldSentenceSpans = new Set<number>();
    for (let at = 0; at < document.sentences.length; at += 2)
      goldSentenceSpans.add(document.sentences[at]! * 65536 + document.sentences[at + 1]!);
    const systemSpans = new Set<number>();
    /** Parses the tokens as one sentence and counts the words, tags and arcs matching gold. */
    const score = (tokens: readonly Token[], counts: Int32Array): void => {
      const forms = tokens.map((token) => document.text.slice(token.start, token.end));
      const result = parseSentence(model, forms);
      tokens.forEach((token, index) => {
        const goldIndex = goldBySpan.get(token.start * 65536 + token.end);
        if (goldIndex === undefined) return;
        const gold = document.words[goldIndex]!;
        counts[0]! += 1;
        if (result.pos[index] === gold.tag) counts[1]! += 1;
        if (token.pos === gold.tag) counts[2]! += 1;
        const head = result.head[index]!;
        const headMatches =
          head < 0
            ? gold.head < 0
            : gold.head >= 0 &&
              tokens[head]!.start === document.words[gold.head]!.start &&
              tokens[head]!.end === document.words[gold.head]!.end;
        if (headMatches) {
          counts[3]! += 1;
          if (result.dep[index] === gold.relation) counts[4]! += 1;
        }
      });
    };
    for (const sentence of segments.sentences) {
      const tokens = segments.tokens.slice(sentence.firstToken, sentence.endToken);
      systemWords += tokens.length;
      for (const token of tokens) {
        const key = token.start * 65536 + token.end;
        systemSpans.add(key);
        if (goldTokenSpans.has(key)) matchedTokens += 1;
      }
      if (
        tokens.length > 0 &&
        goldSentenceSpans.has(tokens[0]!.start * 65536 + tokens[tokens.length - 1]!.end)
      )
        matchedSentences += 1;
      score(tokens, counts);
    }
    // Diagnostic: the same tokens grouped by the gold sentence their first character falls in.
    let next = 0;
    for (let at = 0; at < document.sentences.length; at += 2) {
      const end = at + 2 < document.sentences.length ? document.sentences[at + 2]! : Infinity;
      const first = next;
      while (next < segments.tokens.length && segments.tokens[next]!.start < end) next += 1;
      if (next > first) score(segments.tokens.slice(first, next), goldSentenceCounts);
    }
    for (const word of document.words) {
      if (word.start >= 0 && systemSpans.has(word.start * 65536 + word.end)) continue;
      const kind =
        word.start < 0
          ? 'multiword token not spelt by its words'
          : mismatchKind(word, document.text, segments);
      const entry = mismatches.get(kind) ?? { count: 0, example: '' };
      entry.count += 1;
      if (entry.example === '' && word.start >= 0)
        entry.example = document.text.slice(Math.max(0, word.start - 12), word.end + 12).replace(/\s+/g, ' ');
      mismatches.set(kind, entry);
    }
  }
  const [matched, rawTags, winkTags, rawUnlabelled, rawLabelled] = [0, 1, 2, 3, 4].map(
    (at) => counts[at]!,
  ) as [number, number, number, number, number];
  const f1 = (correct: number): number => (2 * correct) / (goldWords + systemWords);
  const tokensF1 = (2 * matchedTokens) / (goldTokens + systemWords);
  const sentencesF1 = (2 * matchedSentences) / (goldSentences + systemSentences);

  // 3. Parser speed: tags precomputed, best of seven rounds after a warm-up.
  const prepared = dev.map((sentence) => sentence.forms);
  const allTags = prepared.map((forms) => {
    words.compute(forms, weights.clusters, weights.tagSets);
    const out = new Int32Array(forms.length);
    tagger.tagWords(words, weights.tagWeights, weights.secondTagWeights, out);
    return out;
  });
  // The parser's own inputs (word hashes, tags) are ready before the clock starts. Wall-clock time
  // and this process's CPU time are both kept: on a machine shared with other jobs, wall-clock time
  // also counts the waits for a core.
  const sentenceWords = prepared.map((forms) => {
    const features = new WordFeatures();
    features.compute(forms, weights.clusters, weights.tagSets);
    return features;
  });
  let parserSeconds = Infinity;
  let parserCpuSeconds = Infinity;
  let pipelineSeconds = Infinity;
  for (let round = 0; round < 8; round += 1) {
    const cpuStarted = process.cpuUsage();
    const parserStarted = performance.now();
    sentenceWords.forEach((features, index) => parser.parse(features, allTags[index]!, weights.parser));
    const wall = (performance.now() - parserStarted) / 1000;
    const cpu = process.cpuUsage(cpuStarted);
    const started = performance.now();
    for (const forms of prepared) parseSentence(model, forms);
    if (round > 0) {
      parserSeconds = Math.min(parserSeconds, wall);
      parserCpuSeconds = Math.min(parserCpuSeconds, (cpu.user + cpu.system) / 1e6);
      pipelineSeconds = Math.min(pipelineSeconds, (performance.now() - started) / 1000);
    }
  }
  const parserSpeed = Math.round(total / parserSeconds);
  const parserCpuSpeed = Math.round(total / parserCpuSeconds);
  const pipelineSpeed = Math.round(total / pipelineSeconds);

  const figures: Figure[] = [
    { key: 'syntax.gold_tokens.upos', value: tags / total },
    { key: 'syntax.gold_tokens.lemma', value: lemmas / total },
    { key: 'syntax.gold_tokens.uas', value: unlabelled / total },
    { key: 'syntax.gold_tokens.las', value: labelled / total },
    { key: 'syntax.gold_tags.las', value: labelledGoldTags / total },
    { key: 'syntax.raw.tokens_f1', value: tokensF1 },
    { key: 'syntax.raw.sentences_f1', value: sentencesF1 },
    { key: 'syntax.raw.words_f1', value: f1(matched) },
    { key: 'syntax.raw.upos_f1', value: f1(rawTags) },
    { key: 'syntax.raw.uas_f1', value: f1(rawUnlabelled) },
    { key: 'syntax.raw.las_f1', value: f1(rawLabelled) },
    { key: 'syntax.raw.wink_upos_f1', value: f1(winkTags) },
    { key: 'syntax.raw.gold_sentences.uas_f1', value: f1(goldSentenceCounts[3]!) },
    { key: 'syntax.raw.gold_sentences.las_f1', value: f1(goldSentenceCounts[4]!) },
    { key: 'syntax.raw.matched_upos', value: rawTags / matched },
    { key: 'syntax.raw.matched_wink_upos', value: winkTags / matched },
    { key: 'syntax.parser.tokens_per_second', value: parserSpeed },
    { key: 'syntax.parser.tokens_per_cpu_second', value: parserCpuSpeed },
    { key: 'syntax.sentence.tokens_per_second', value: pipelineSpeed },
  ];
  const lines = [
    `EWT dev: ${dev.length} sentences, ${total} words; raw text: ${systemWords} system tokens, ${matched} with a gold word's span`,
    '',
    ...formatTable(
      ['input', 'UPOS', 'lemma', 'UAS', 'LAS'],
      [
        ['gold words, predicted tags', tags / total, lemmas / total, unlabelled / total, labelled / total],
        ['gold words, gold tags', '-', '-', '-', labelledGoldTags / total],
        ['raw text, segment() (F1)', f1(rawTags), '-', f1(rawUnlabelled), f1(rawLabelled)],
        ["raw text, wink's tags (F1)", f1(winkTags), '-', '-', '-'],
        [
          'raw text, gold sentences (F1)',
          f1(goldSentenceCounts[1]!),
          '-',
          f1(goldSentenceCounts[3]!),
          f1(goldSentenceCounts[4]!),
        ],
      ],
    ),
    `Raw text as the CoNLL 2018 scorer counts it: tokens F1 ${tokensF1.toFixed(3)} (${matchedTokens} of ${goldTokens} gold, ${systemWords} system), ` +
      `words F1 ${f1(matched).toFixed(3)}, sentences F1 ${sentencesF1.toFixed(3)} (${matchedSentences} of ${goldSentences} gold, ${systemSentences} system). ` +
      "'Gold sentences': segment()'s tokens regrouped into the gold sentences (a diagnostic of what sentence boundaries cost).",
    `On the ${matched} words whose span matches: our UPOS ${(rawTags / matched).toFixed(3)}, wink's ${(winkTags / matched).toFixed(3)}`,
    '',
    'Gold words without a system word of the same span, by kind:',
    ...formatTable(
      ['kind', 'gold words', 'example'],
      [...mismatches]
        .sort((a, b) => b[1].count - a[1].count)
        .map(([kind, entry]) => [kind, entry.count, JSON.stringify(entry.example)]),
    ),
    '',
    `parser alone: ${parserSpeed.toLocaleString('en-GB')} tokens/s (${parserCpuSpeed.toLocaleString('en-GB')} per CPU second); tagger + lemmas + parser (parseSentence): ` +
      `${pipelineSpeed.toLocaleString('en-GB')} tokens/s (one thread, best of 7 rounds after a warm-up)`,
  ];
  return { title, lines, figures };
}
