import { createHash } from 'node:crypto';
import type { ExtractDocument, PrintedSpan } from './types.js';

/**
 * Small invented articles for the store's tests, written as extract documents whose spans are
 * found by their words, so the tests do not depend on what the extractor finds today.
 */

export interface FixtureEntity {
  id: string;
  type: string;
  name: string;
  /** Surfaces of its mentions, found in order in the text (each surface from where the last one was). */
  mentions: string[];
  attributes?: Record<string, unknown>;
}

export interface FixtureAttribution {
  id: string;
  speaker: string | string[] | null;
  source?: string;
  cue?: string;
  content: string[];
  stance?: string;
  parent?: string;
}

export interface FixtureArticle {
  source: string;
  title: string;
  published: string | null;
  text: string;
  entities: FixtureEntity[];
  attributions: FixtureAttribution[];
  events?: {
    id: string;
    type: string;
    trigger: string;
    time?: string;
    arguments: { role: string; entity?: string; text?: string }[];
  }[];
  claims?: { id: string; attribution: string; predicate: string; polarity: string; topic: string }[];
  contradictions?: { id: string; topic: string; a: string[]; b: string[]; kind: string }[];
}

/** The span of `surface` at or after `from`; "[context ]words" finds "context words" and spans "words". */
function spanOf(text: string, surface: string, from = 0): PrintedSpan {
  const context = /^\[([^\]]*)\]/.exec(surface);
  const skip = context ? (context[1] ?? '').length : 0;
  const words = context ? surface.slice(context[0].length) : surface;
  const found = text.indexOf(context ? `${context[1]}${words}` : words, from);
  if (found < 0) throw new Error(`fixture: "${surface}" is not in the text`);
  const start = found + skip;
  return { start, end: start + words.length, text: words };
}

export function fixtureDocument(article: FixtureArticle): ExtractDocument {
  const { text } = article;
  return {
    source: article.source,
    text,
    title: article.title,
    publisher: 'The Invented Courier',
    byline: null,
    published: article.published,
    removed: [],
    captions: [],
    entities: article.entities.map((entity) => {
      let from = 0;
      return {
        id: entity.id,
        type: entity.type,
        name: entity.name,
        mentions: entity.mentions.map((surface) => {
          const span = spanOf(text, surface, from);
          from = span.end;
          return { ...span, kind: /^(he|she|it|they)$/i.test(surface) ? 'pronoun' : 'name' };
        }),
        ...(entity.attributes ? { attributes: entity.attributes } : {}),
      };
    }),
    attributions: article.attributions.map((attribution) => ({
      id: attribution.id,
      kind: 'direct',
      cue: attribution.cue ? spanOf(text, attribution.cue) : null,
      source: attribution.source ? spanOf(text, attribution.source) : null,
      speaker: attribution.speaker,
      content: attribution.content.map((surface) => spanOf(text, surface)),
      stance: attribution.stance ?? 'assert',
      ...(attribution.parent ? { parent: attribution.parent } : {}),
    })),
    times: [],
    events: (article.events ?? []).map((event) => ({
      id: event.id,
      class: 'OCCURRENCE',
      type: event.type,
      trigger: spanOf(text, event.trigger),
      arguments: event.arguments,
      ...(event.time ? { time: { value: event.time, relation: 'at' } } : {}),
    })),
    claims: article.claims ?? [],
    contradictions: article.contradictions ?? [],
  };
}

export function fixtureHash(document: ExtractDocument, salt = ''): string {
  return createHash('sha256').update(`${document.text}\u0000${salt}`).digest('hex');
}

/** Three invented articles about one invented dispute, with name variants across them. */
export const HARBOUR: FixtureArticle = {
  source: 'harbour.txt',
  title: 'Port of Velmar closed after crane collapse',
  published: '2025-03-04',
  text:
    'The port of Velmar was closed on Monday after a crane collapsed, officials said. ' +
    '"Nobody was hurt," said Mr Ivan Mirzoyev, the harbour master. ' +
    'Mirzoyev added that the Velmar Dock Union had warned about the crane. ' +
    'The Velmar Dock Union denied it had been consulted.',
  entities: [
    {
      id: 'e1',
      type: 'PERSON',
      name: 'Ivan Mirzoyev',
      mentions: ['Mr Ivan Mirzoyev', 'Mirzoyev'],
      attributes: { role: 'harbour master' },
    },
    {
      id: 'e2',
      type: 'ORG',
      name: 'Velmar Dock Union',
      mentions: ['Velmar Dock Union', 'Velmar Dock Union'],
    },
    { id: 'e3', type: 'LOC', name: 'Velmar', mentions: ['Velmar'] },
  ],
  attributions: [
    {
      id: 'a1',
      speaker: null,
      source: 'officials',
      cue: 'said',
      content: ['The port of Velmar was closed on Monday after a crane collapsed'],
    },
    { id: 'a2', speaker: 'e1', source: 'Mr Ivan Mirzoyev', cue: 'said', content: ['"Nobody was hurt,"'] },
    {
      id: 'a3',
      speaker: 'e1',
      source: 'Mirzoyev',
      cue: 'added',
      content: ['the Velmar Dock Union had warned about the crane'],
    },
    { id: 'a4', speaker: 'e2', cue: 'denied', content: ['it had been consulted'], stance: 'deny' },
  ],
  events: [
    {
      id: 'v1',
      type: 'closure',
      trigger: 'closed',
      time: '2025-03-03',
      arguments: [{ role: 'patient', entity: 'e3' }],
    },
    { id: 'v2', type: 'collapse', trigger: 'collapsed', time: '2025-03-02', arguments: [] },
  ],
  claims: [
    { id: 'k1', attribution: 'a3', predicate: 'warn', polarity: 'pos', topic: 'union-warned-crane' },
    { id: 'k2', attribution: 'a4', predicate: 'consult', polarity: 'neg', topic: 'union-consulted' },
  ],
  contradictions: [{ id: 'x1', topic: 'union-warned-crane', a: ['a3'], b: ['a4'], kind: 'denies' }],
};

export const UNION: FixtureArticle = {
  source: 'union.txt',
  title: 'Dock union says it never warned harbour master',
  published: '2025-03-05',
  text:
    'Lena Okafor of the Velmar Dock Union said the union never warned Ivan Mirzoev about the crane. ' +
    'Mr Mirzoev told reporters he stood by his account. ' +
    'Reuters reported that two dockers said the crane had been shaking for weeks.',
  entities: [
    { id: 'e1', type: 'PERSON', name: 'Lena Okafor', mentions: ['Lena Okafor'] },
    { id: 'e2', type: 'ORG', name: 'Velmar Dock Union', mentions: ['Velmar Dock Union'] },
    { id: 'e3', type: 'PERSON', name: 'Ivan Mirzoev', mentions: ['Ivan Mirzoev', 'Mr Mirzoev', 'he'] },
    { id: 'e4', type: 'ORG', name: 'Reuters', mentions: ['Reuters'] },
  ],
  attributions: [
    {
      id: 'a1',
      speaker: 'e1',
      source: 'Lena Okafor of the Velmar Dock Union',
      cue: 'said',
      content: ['the union never warned Ivan Mirzoev about the crane'],
    },
    { id: 'a2', speaker: 'e3', source: 'Mr Mirzoev', cue: 'told', content: ['he stood by his account'] },
    {
      id: 'a3',
      speaker: 'e4',
      source: 'Reuters',
      cue: 'reported',
      content: ['two dockers said the crane had been shaking for weeks'],
    },
    {
      id: 'a4',
      speaker: null,
      source: 'two dockers',
      cue: 'said',
      content: ['the crane had been shaking for weeks'],
      parent: 'a3',
    },
  ],
  claims: [{ id: 'k1', attribution: 'a1', predicate: 'warn', polarity: 'neg', topic: 'union-warned-crane' }],
};

export const CAPITAL: FixtureArticle = {
  source: 'capital.txt',
  title: 'Minister visits Nigeria and Niger',
  published: '2025-03-06',
  text: 'The minister, Alexander Lukashenka, visited Nigeria and then Niger. Lukashenka said the trip was "useful".',
  entities: [
    {
      id: 'e1',
      type: 'PERSON',
      name: 'Alexander Lukashenka',
      mentions: ['Alexander Lukashenka', 'Lukashenka'],
    },
    { id: 'e2', type: 'LOC', name: 'Nigeria', mentions: ['Nigeria'] },
    { id: 'e3', type: 'LOC', name: 'Niger', mentions: ['[then ]Niger'] },
  ],
  attributions: [
    { id: 'a1', speaker: 'e1', source: 'Lukashenka', cue: 'said', content: ['the trip was "useful"'] },
  ],
};

export const LONE_SURNAME: FixtureArticle = {
  source: 'lone.txt',
  title: 'A short note',
  published: null,
  text: 'Mr Lukashenko said nothing new.',
  entities: [{ id: 'e1', type: 'PERSON', name: 'Mr Lukashenko', mentions: ['Mr Lukashenko'] }],
  attributions: [{ id: 'a1', speaker: 'e1', source: 'Mr Lukashenko', cue: 'said', content: ['nothing new'] }],
};
