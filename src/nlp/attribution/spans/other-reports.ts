import type { Span } from '../../../model/index.js';
import type { AttributionCandidate } from '../candidate.js';

/**
 * Reported speech ends where another report begins. A piece of content with no opening quotation
 * mark that runs over another candidate's cue, whose own content lies (at least partly) outside the
 * piece, has run into the next speaker's clause:
 *
 *   When asked if the bridge would reopen [the mayor replied]: “…”
 *   In a statement announcing the merger [the company said] it: “…”
 *   She does not believe the tax should rise, [arguing] it is unfair.
 *
 * The piece ends before that candidate's source (when it lies inside the piece) or its cue, and
 * before the commas and conjunctions left at its end. A report nested in the content ("said [she
 * had told police that …]", its content inside the piece) stays whole, unless its source stands
 * before the piece (the same speaker's next report: "said he was taking “nothing for granted” [-
 * warning that …]"), and so do quoted words (a cue inside an open quotation).
 */

const OPENING = /^["“‘'«„]/u;
const ACCORDING = /^according\b/iu;
/** What is left at the end of a cut piece: spaces, punctuation, a coordinating word. */
const TRAILING = /(?:[\s,;:–—-]+|\s+(?:and|but|or|while|as|though|although|whereas)\s*)+$/iu;
/** The end of the words before a source that opens a clause joined on after a comma: ", but", ", though". */
const JOINED_CLAUSE = /\p{L}[\p{L}\p{N}.”’"']*\s*,\s+(?:and|but|though|although|while|whereas)\s+$/iu;

/**
 * Whether the end of `stretch` lies inside a quotation opened in it: more curly opening marks than
 * closing ones, or an odd number of straight ones.
 */
function insideQuotation(stretch: string): boolean {
  let opening = 0;
  let closing = 0;
  let straight = 0;
  for (const character of stretch)
    if (character === '"') straight += 1;
    else if (/[“«„]/u.test(character)) opening += 1;
    else if (/[”»]/u.test(character)) closing += 1;
  return opening > closing || straight % 2 === 1;
}

function inside(piece: Span, holder: Span): boolean {
  return holder.start <= piece.start && piece.end <= holder.end;
}

function overlaps(left: Span, right: Span): boolean {
  return left.start < right.end && right.start < left.end;
}

/** Whether `other`'s source and cue end `piece` after a comma, with only punctuation after them. */
function trailingFrameOf(text: string, piece: Span, other: AttributionCandidate): boolean {
  const source = other.source;
  const cue = other.cue;
  if (source === null || cue === null || !inside(source, piece) || source.end > cue.start) return false;
  return (
    /,\s*$/u.test(text.slice(piece.start, source.start)) &&
    /^[\s.!?"”’']*$/u.test(text.slice(cue.end, piece.end))
  );
}

/** Where the piece must end before another candidate's report, or the piece's own end. */
function cutBefore(
  text: string,
  piece: Span,
  own: AttributionCandidate,
  candidates: readonly AttributionCandidate[],
): number {
  let end = piece.end;
  for (const other of candidates) {
    const cue = other.cue;
    if (other === own || cue === null || own.cue === null || overlaps(cue, own.cue)) continue;
    if (cue.start <= piece.start || cue.start >= piece.end) continue;
    // a cue inside quoted words is the speaker's own ("said: “I told him … and he said ‘I do’”"); one
    // after a quotation that has closed is not ("said he took “nothing for granted” [- warning] …")
    if (insideQuotation(text.slice(Math.min(piece.start, own.cue.end), cue.start))) continue;
    // a report nested in the words keeps its content inside them ("said [she had told police that
    // …]"); the same speaker's next report, whose source stands before the piece, does not ("said
    // he took “nothing for granted” [- warning that …]")
    const nextReport =
      other.source !== null &&
      other.source.end <= piece.start &&
      own.source !== null &&
      overlaps(other.source, own.source) &&
      // a participle or a verb after "and"/"but": the speaker's next act, not a clause the source
      // repair gave the wrong subject ("said the man, who later left, [claimed] …")
      (/^\p{L}+ing\b/iu.test(text.slice(cue.start, cue.end)) ||
        /\b(?:and|but)\b/iu.test(text.slice(piece.start, cue.start)));
    // "agreed that the rules should change[, but he said] the debate should wait", "said the reforms
    // were incomplete[, and rights groups warned] …": a report whose source opens a clause joined on
    // after a comma is the writer's next clause, not a report nested in the words
    // (not under "according to", whose words are the whole sentence it opens)
    const joined =
      !ACCORDING.test(text.slice(own.cue.start, own.cue.end)) &&
      other.source !== null &&
      inside(other.source, piece) &&
      other.source.end <= cue.start &&
      JOINED_CLAUSE.test(text.slice(piece.start, other.source.start));
    if (
      other.content.length === 0 ||
      (!nextReport && !joined && other.content.every((span) => inside(span, piece)))
    )
      continue;
    // "according to" inside the words is the writer's aside ("there are now 230 according to recent
    // figures, could drive …"), not the end of them
    if (ACCORDING.test(text.slice(cue.start, cue.end))) continue;
    // two reports that hold each other's cues cross ("although …, the bank said, the agency is said
    // to …"): no end is read from them, unless the other is a frame that ends the piece after a
    // comma ("Rebels said they had seized it[, the website reports]."): the frame is around the
    // report, whose words end before it
    if (other.content.some((span) => inside(own.cue as Span, span)) && !trailingFrameOf(text, piece, other))
      continue;
    const source = other.source;
    const at =
      source !== null && source.start > piece.start && inside(source, piece) ? source.start : cue.start;
    end = Math.min(end, at, cue.start);
  }
  if (end >= piece.end) return end;
  // the writer's "according to" aside left just before the cut goes with it ("promised X, and,
  // [according to the paper, once] told staff …"): its source ends at most one word before the cut
  for (const other of candidates) {
    const cue = other.cue;
    const source = other.source;
    if (other === own || cue === null || source === null || !ACCORDING.test(text.slice(cue.start, cue.end)))
      continue;
    if (cue.start <= piece.start || source.start < cue.end || source.end > end) continue;
    if (/^[\s,;:–—-]*(?:\p{L}+[\s,]*)?$/u.test(text.slice(source.end, end))) end = Math.min(end, cue.start);
  }
  return end;
}

export function endBeforeOtherReports(
  text: string,
  candidates: readonly AttributionCandidate[],
): AttributionCandidate[] {
  return candidates.map((candidate) => {
    if (candidate.cue === null) return candidate;
    let changed = false;
    const content = candidate.content.map((piece) => {
      if (OPENING.test(text.slice(piece.start, piece.end))) return piece;
      // only words after the cue run on into another report
      if (piece.start < (candidate.cue as Span).end) return piece;
      const end = cutBefore(text, piece, candidate, candidates);
      if (end >= piece.end) return piece;
      const kept = text.slice(piece.start, end).replace(TRAILING, '');
      // a cut that leaves no words keeps the piece
      if (!/\p{L}/u.test(kept)) return piece;
      changed = true;
      return { start: piece.start, end: piece.start + kept.length };
    });
    return changed ? { ...candidate, content } : candidate;
  });
}
