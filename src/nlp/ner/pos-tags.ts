import { PARTS_OF_SPEECH, type PartOfSpeech } from '../../model/index.js';

const POS_IDS: ReadonlyMap<PartOfSpeech, number> = new Map(
  PARTS_OF_SPEECH.map((tag, index) => [tag, index + 1]),
);

/** A small integer per Universal part-of-speech tag (0 if unknown). */
export function posId(tag: PartOfSpeech): number {
  return POS_IDS.get(tag) ?? 0;
}
