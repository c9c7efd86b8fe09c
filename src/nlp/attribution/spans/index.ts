import { contentAfterMessageNoun } from './message-noun-content.js';
import type { Segments } from '../../../model/index.js';
import type { AttributionCandidate } from '../candidate.js';
import { findQuotations, quoteAttributions } from '../quotes/index.js';
import { extractCandidates } from './extract.js';
import { mergeCandidates } from './merge.js';
import { applyAttributionRules } from './rules.js';
import { spanModels, type SpanModels } from './model.js';
import { trimContentBoundaries, wholeWordContent } from './content-boundaries.js';
import { fitContentToComplement } from './complement-content.js';
import { returnNamesToSources } from './cue-names.js';
import { dropDuplicates, dropFramedDuplicates } from './drop-duplicates.js';
import { filterReportingPredicates } from './predicate-filter.js';
import { ATTITUDE_REPORTS } from './attitude-reports.js';
import { LIGHT_VERB_REPORTS } from './light-verb-reports.js';
import { MISTAGGED_REPORTS } from './mistagged-reports.js';
import { AGENTLESS_REPORTS } from './agentless-reports.js';
import { AGENT_REPORTS } from './agent-reports.js';
import { ADJECTIVE_REPORTS } from './adjective-reports.js';
import { RETRACTIONS } from './retractions.js';
import { VIEW_OF_REPORTS } from './view-of.js';
import { addQuoteContinuations } from './quote-continuations.js';
import { buildTokenTable } from './token-table.js';
import { addWordNetCues, MESSAGE_REPORTS } from './wordnet-cues.js';
import { repairSourcePhrases } from './source-phrases.js';
import { addAccusations, repairPassiveAccusations } from './accusations.js';
import { addNestedReports, addSpeechActs } from './speech-acts.js';
import { dropWriterVoice } from './writer-voice.js';
import { addQuotedAsSaying, attributeQuotedAsSaying, repairQuotedAsSaying } from './quoted-as-saying.js';
import { fitParticipleOpeners } from './participle-openers.js';
import { endBeforeOtherReports } from './other-reports.js';
import { addAsideReports } from './aside-reports.js';
import { addInterviewTurns } from './interview-turns.js';
import { HEDGED_SOURCING } from './hedged-sourcing.js';
import { addReportsInTurn } from './add-reports.js';
import { dropTrailingCircumstance } from './trailing-circumstance.js';
import { RELATIVE_REPORTS } from './relative-reports.js';
import { addSignedQuotations } from './signed-quotations.js';
import { repairSelfNamedSources } from './self-named-sources.js';
import { repairInvertedSources } from './inverted-sources.js';
import { endContinuationsAtNarration } from './continuation-narration.js';
import { extendSourcesToMembers } from './member-of-sources.js';
import { extendFrontedSubordinates } from './fronted-subordinate.js';
import { TRAILING_FRAMES } from './trailing-frames.js';

/**
 * Attribution candidates of a text: cues ("said", "according to", "told"), their local sources and
 * contents. Two finders, merged (`merge.ts`):
 * 1. the learned models (cue tagger, source and content pointers) trained on PolNeAR, see
 *    models/attribution/MODEL_CARD.md;
 * 2. the rules for direct quotations in src/nlp/attribution/quotes, more exact on quoted words
 *    ("“…,” he said, “…”") and on quotations that run over several paragraphs.
 * Candidates with cues come in text order, then the cue-less quotation paragraphs that continue an
 * earlier candidate (`continues` names it). A last rule layer (`rules.ts`) fixes run-on cues,
 * nominal cues ("claims by X that …") and coordinated reporting verbs, and a verb cue's content is
 * fitted to its complement on the parse (`complement-content.ts`). `models` are the committed
 * weights unless given (the training script scores its held-out tenth with its own).
 */
export function findAttributions(
  text: string,
  segments: Segments,
  models: SpanModels = spanModels(),
): AttributionCandidate[] {
  if (segments.tokens.length === 0) return [];
  const learned = extractCandidates(models, buildTokenTable(text, segments), segments, text);
  const rules = quoteAttributions(text, segments, findQuotations(text, segments));
  // "said that [while A, B]": a content cut after its fronted subordinate clause (fronted-subordinate.ts)
  return extendFrontedSubordinates(
    text,
    segments,
    fitParticipleOpeners(
      text,
      segments,
      fitContentToComplement(
        text,
        segments,
        addSpeechActs(
          text,
          segments,
          addWordNetCues(
            text,
            segments,
            addSignedQuotations(
              text,
              segments,
              applyAttributionRules(
                text,
                segments,
                // "…, Ana Ruiz, 52, said.": the source and clause the parse reads (inverted-sources.ts)
                repairInvertedSources(
                  text,
                  segments,
                  // a quotation paragraph's narration after the quotes (continuation-narration.ts)
                  endContinuationsAtNarration(text, segments, mergeCandidates(learned, rules)),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

/**
 * What the output reports as attributions: the candidates that report somebody's words or thoughts
 * (`predicate-filter.ts`), names given back from cue to source (`cue-names.ts`), sources that are
 * noun phrases, not the clauses the pointer took (`source-phrases.ts`), their content cut where the reported words end (`content-boundaries.ts`)
 * and without the writer's circumstance after a fronted report (", she said on Friday[, as she toured
 * the site]", `trailing-circumstance.ts`),
 * reports that name no speaker ("it was claimed that …", "the court heard that …", `agentless-reports.ts`;
 * "was reportedly carrying", "are said to have fled", `hedged-sourcing.ts`),
 * passive reports whose `by` agent speaks ("was told by the mayor that …", `agent-reports.ts`),
 * judgements and non-answers with no clause ("praised X for …", "did not respond to requests", `speech-acts.ts`),
 * attitudes to a clause ("residents fear that …", "is worried that …", `attitude-reports.ts`), reporting verbs
 * the tagger read as nouns ("prosecutors claim that …", "…, latest figures show", `mistagged-reports.ts`; or as adjectives, "the leader alleged that …", `adjective-reports.ts`),
 * reports in a relative clause on their message ("a report that warns the river will flood", `relative-reports.ts`),
 * a document's wording ("The e-mail reads: “…”", `document-wording.ts`),
 * whose view the sentence before is ("That is the view of Dr Holt", `view-of.ts`),
 * reports nested in the content of the reports kept ("she said he had told her, “…”", `speech-acts.ts`),
 * not the writer's own voice ("I think …", "You see, …" in the narration, `writer-voice.ts`),
 * with the quoted sentences that go on from them (`quote-continuations.ts`), reported speech ended
 * where another report begins ("asked if … [the mayor replied]", `other-reports.ts`), each stretch of text
 * once (`drop-duplicates.ts`). PolNeAR's annotators also mark endorsements, wishes and names
 * ("supported Crist", "wants to bring", "known as Super Tuesday"), so the span finder above is
 * measured against PolNeAR before these steps, and the contract's attributions after them.
 */
export function findReportedSpeech(text: string, segments: Segments): AttributionCandidate[] {
  // "A group calling itself Grey Wolf said …": the report after the name, not the naming
  const found = repairSelfNamedSources(text, segments, findAttributions(text, segments));
  // "Mark Dunn from the Doctors' Association said": the person, not the body (member-of-sources.ts)
  const named = extendSourcesToMembers(
    text,
    segments,
    repairSourcePhrases(text, segments, returnNamesToSources(text, segments, found)),
  );
  const trimmed = addAccusations(
    text,
    segments,
    repairPassiveAccusations(
      text,
      segments,
      // the boundaries' cuts leave a fronted subordinate clause its main clause (fronted-subordinate.ts)
      dropTrailingCircumstance(
        text,
        segments,
        extendFrontedSubordinates(text, segments, trimContentBoundaries(text, segments, named)),
      ),
    ),
  );
  // "As Ms Varga put it, …", "per a list compiled by the union" (aside-reports.ts) come after the
  // passive reports and before the other finders, as they did before the shared pass
  const proposed = addReportsInTurn(
    text,
    segments,
    addAsideReports(
      text,
      segments,
      addReportsInTurn(text, segments, trimmed, [AGENTLESS_REPORTS, AGENT_REPORTS]),
    ),
    [
      RELATIVE_REPORTS,
      // "…, a state-run daily reported.": the frame around the sentence (trailing-frames.ts)
      TRAILING_FRAMES,
      HEDGED_SOURCING,
      MESSAGE_REPORTS,
      MISTAGGED_REPORTS,
      ADJECTIVE_REPORTS,
      ATTITUDE_REPORTS,
      LIGHT_VERB_REPORTS,
    ],
  );
  const reported = dropWriterVoice(
    text,
    segments,
    // "withdrew its claim that …", "announced the retraction of its report that …"; "… . That is
    // the view of Dr Holt" (view-of.ts)
    addReportsInTurn(
      text,
      segments,
      // "reiterated its insistence [that …]": the message noun's clause (message-noun-content.ts)
      contentAfterMessageNoun(
        text,
        segments,
        filterReportingPredicates(text, segments, addSpeechActs(text, segments, proposed)),
      ),
      [RETRACTIONS, VIEW_OF_REPORTS],
    ),
  );
  // "A: I was tired of touring …", "MARTA OKONJO: We have never …" (interview-turns.ts)
  const continued = addQuoteContinuations(text, segments, addInterviewTurns(text, segments, reported));
  // reports inside the reports kept, checked by the same filter
  const nested = addNestedReports(text, segments, continued).slice(continued.length);
  // "Mark Olsen was quoted as saying": the whole phrase is the cue, its subject the source
  const quotedAsSaying = repairQuotedAsSaying(
    text,
    segments,
    addQuotedAsSaying(text, segments, [...continued, ...filterReportingPredicates(text, segments, nested)]),
  );
  // "“…,” Kolar was quoted by the Courier as saying": Kolar's words, with the frame as the cue
  // "stressed the importance of X and said …": the frame's noun phrase beside the report (drop-duplicates.ts)
  // a content piece cut inside a word grows to the whole word (content-boundaries.ts)
  return wholeWordContent(
    text,
    dropFramedDuplicates(
      text,
      segments,
      dropDuplicates(
        endBeforeOtherReports(
          text,
          attributeQuotedAsSaying(text, segments, quotedAsSaying, findQuotations(text, segments)),
        ),
      ),
    ),
  );
}
