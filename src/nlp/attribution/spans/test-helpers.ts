import { segment } from '../../segment/segment.js';
import { findReportedSpeech } from './index.js';

/** For the tests: the reports found in `text`, as "cue | source | content". */
export function reports(text: string): string[] {
  const slice = (span: { start: number; end: number } | null): string =>
    span === null ? '-' : text.slice(span.start, span.end);
  return findReportedSpeech(text, segment(text)).map(
    (found) => `${slice(found.cue)} | ${slice(found.source)} | ${found.content.map(slice).join(' … ')}`,
  );
}
