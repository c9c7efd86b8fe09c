import { completeAttributions } from '../nlp/attribution/complete/index.js';
import type { NamedLaterMention } from '../nlp/attribution/complete/named-later.js';
import {
  describedSpeakerMentions,
  namedLaterMentions,
} from '../nlp/attribution/complete/described-speakers.js';
import { findReportedSpeech } from '../nlp/attribution/spans/index.js';
import { addAttributes } from '../nlp/attributes/index.js';
import { captionCreditEntities } from '../nlp/coref/caption-credits.js';
import {
  withDescribedPronouns,
  withDescriptions,
  withReflexivePronouns,
  withRelativePronouns,
} from '../nlp/coref/descriptions.js';
import { withoutModifierMentions } from '../nlp/coref/modifier-mentions.js';
import { withPlacePhrases } from '../nlp/coref/place-phrases.js';
import {
  publicationSpeakers,
  speakerDescriptions,
  speakerPronouns,
} from '../nlp/coref/source-descriptions.js';
import { resolveEntities } from '../nlp/coref/index.js';
import { refineNames } from '../nlp/names/index.js';
import { recogniseNames } from '../nlp/ner/index.js';
import { findClaims } from '../nlp/claims/index.js';
import { findContradictions } from '../nlp/contradictions/index.js';
import { findEvents } from '../nlp/events/index.js';
import { segment } from '../nlp/segment/segment.js';
import { findTimes } from '../nlp/times/index.js';
import type { Stage } from './stage.js';

/** Paragraphs, sentences, tokens and parts of speech: every later stage reads them. */
export const segmentStage: Stage = {
  name: 'segment',
  englishOnly: false,
  run: (doc) => ({ ...doc, segments: segment(doc.text) }),
};

/**
 * People, organisations, places and other names: the statistical recogniser (src/nlp/ner), the
 * lexicon's corrections (src/nlp/names), in-document coreference of names, descriptions and
 * pronouns (src/nlp/coref), then what the text says about each entity (src/nlp/attributes); people
 * and agencies named only in picture credits come last, with no mentions in the text.
 */
export const entityStage: Stage = {
  name: 'entities',
  englishOnly: true,
  run: (doc) => {
    const { text, segments } = doc;
    const names = refineNames(text, segments, recogniseNames(text, segments));
    const entities = addAttributes(text, segments, resolveEntities(text, segments, names));
    return { ...doc, entities: [...entities, ...captionCreditEntities(doc.captions, entities)] };
  },
};

/**
 * Time expressions as TIMEX3 (src/nlp/times): extents learned from TimeBank, values by rules
 * against the reference date (`--published`, else the document's date, else unresolved).
 */
export const timeStage: Stage = {
  name: 'times',
  englishOnly: true,
  run: (doc, context) => ({ ...doc, times: findTimes(doc.text, doc.segments, context.referenceDate) }),
};

/**
 * Who said what: cues, sources and contents (src/nlp/attribution/spans, learned from PolNeAR, with
 * the quotation rules; only those with a reporting predicate and propositional content), then speakers, nesting, channels, addressees, times, stance, hedges and
 * verification notes (src/nlp/attribution/complete).
 */
export const attributionStage: Stage = {
  name: 'attributions',
  englishOnly: true,
  run: (doc) => {
    const { text, segments } = doc;
    const candidates = findReportedSpeech(text, segments);
    const namedLater: NamedLaterMention[] = [];
    const completed = completeAttributions(text, segments, doc.entities, candidates, doc.times, namedLater);
    // institutions that speak under a description only ("Police said") get an entity of their own
    const described = speakerDescriptions(text, segments, doc.entities, completed);
    // publications cited by name that the name tagger missed ("according to Page Six")
    const { entities, attributions } = publicationSpeakers(
      text,
      described.entities,
      described.attributions,
      segments,
    );
    // "…,” he said: the entity list files the pronoun under the speaker the attribution gives it to;
    // "…,” said the club's boss: the description too, when the person's role gave the speaker
    const filed = speakerPronouns(text, entities, attributions);
    return {
      ...doc,
      // "A priest … said. Father X added": the description the next source named
      entities: namedLaterMentions(
        describedSpeakerMentions(text, segments, filed, attributions),
        attributions,
        namedLater,
      ),
      attributions,
    };
  },
};

/**
 * The ordered stage list. Order matters: each stage reads what the ones before it added
 * (times, events and claims arrive here in later issues, after attributions).
 */
/**
 * Events (src/nlp/events): TimeML event mentions with their class, domain types from WordNet,
 * arguments, times and the attribution that reports each one. After attributions: an event records
 * the attribution whose content holds it.
 */
export const eventStage: Stage = {
  name: 'events',
  englishOnly: true,
  run: (doc) => ({
    ...doc,
    events: findEvents(doc.text, doc.segments, doc.entities, doc.times, doc.attributions),
  }),
};

/**
 * Claims (src/nlp/claims): each attribution's content as normalised propositions with a topic,
 * read from the parse, with entities and events linked. After events: a claim names its event.
 */
export const claimStage: Stage = {
  name: 'claims',
  englishOnly: true,
  run: (doc) => ({
    ...doc,
    claims: findClaims(doc.text, doc.segments, doc.entities, doc.events, doc.attributions),
  }),
};

/**
 * Contradictions (src/nlp/contradictions): claims of different speakers that cannot both hold, and
 * conflicts the text states ("her remarks contradict claims by the ministry"), each with its two sides.
 */
export const contradictionStage: Stage = {
  name: 'contradictions',
  englishOnly: true,
  run: (doc) => ({
    ...doc,
    contradictions: findContradictions(
      doc.text,
      doc.segments,
      doc.entities,
      doc.attributions,
      doc.claims,
      doc.metadata.published,
      doc.events,
      doc.times,
    ),
  }),
};

/**
 * Descriptions of people, groups and places ("the man", "police", "the building";
 * src/nlp/coref/descriptions.ts) join the named person or organisation they describe ("the
 * actress" after "Nadia Ferrow"), else `entities[]` as entities of nominal mentions, for
 * linking across documents; a relative "who" becomes a mention of the entity its clause describes, an unresolved reflexive ("hanged himself") one of its clause's subject; names and possessive pronouns that only modify a noun ("a Lakeview mother", "her lawyer") are left out (src/nlp/coref/modifier-mentions.ts). Last, so that speakers, arguments and claims stay as coreference made them.
 * Run by `claimgraph corpus` only (CORPUS_STAGES): in one article's `entities[]` a list of every
 * "the road", "players" and "officials" buries the named people and organisations a reader wants.
 */
export const descriptionStage: Stage = {
  name: 'descriptions',
  englishOnly: true,
  run: (doc) => ({
    ...doc,
    entities: withPlacePhrases(
      doc.segments,
      withoutModifierMentions(
        doc.segments,
        withDescribedPronouns(
          doc.text,
          doc.segments,
          withReflexivePronouns(
            doc.text,
            doc.segments,
            withRelativePronouns(
              doc.text,
              doc.segments,
              withDescriptions(doc.text, doc.segments, doc.entities),
            ),
          ),
        ),
        doc.events,
      ),
    ),
  }),
};

// The time stage runs before attributions: an attribution's `time` ("said on Monday") is read from it.
export const STAGES: readonly Stage[] = [
  segmentStage,
  entityStage,
  timeStage,
  attributionStage,
  eventStage,
  claimStage,
  contradictionStage,
];

/** The stages of `claimgraph corpus`: the extract stages, then descriptions to link across articles. */
export const CORPUS_STAGES: readonly Stage[] = [...STAGES, descriptionStage];
