import type { Doc } from '../model/index.js';
import { readsAsEnglish } from '../nlp/language/index.js';
import type { Stage, StageContext } from './stage.js';

/**
 * One stage on one document, or, for an English-only stage on a document in another language, the
 * document unchanged but for a diagnostic saying what was skipped and why. `processInput` and the
 * CLI's batch runner both go through here, so both skip the same stages.
 */
export function runStage(stage: Stage, doc: Doc, context: StageContext): Doc {
  if (!stage.englishOnly || readsAsEnglish(doc.metadata.language)) return stage.run(doc, context);
  return {
    ...doc,
    diagnostics: [
      ...doc.diagnostics,
      {
        severity: 'info',
        code: 'stage-skipped-language',
        message: `${stage.name}: skipped, the text is in "${doc.metadata.language ?? ''}" and this stage reads English only`,
        origin: stage.name,
      },
    ],
  };
}
