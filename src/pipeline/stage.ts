import type { Doc } from '../model/index.js';

/** What every stage may read besides the document. Stages never read the clock or the disk. */
export interface StageContext {
  /** Reference date for relative time expressions (ISO date), when known. */
  readonly referenceDate: string | null;
}

/** A pure step of the pipeline: a new document from the previous one. */
export interface Stage {
  readonly name: string;
  /**
   * Models and rules learned on English text only: the stage is skipped, with a diagnostic, when the
   * document is in another language (a German page's "Sie" is not a place).
   */
  readonly englishOnly: boolean;
  run(doc: Doc, context: StageContext): Doc;
}
