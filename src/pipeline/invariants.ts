import type { Doc, Sentence, Span } from '../model/index.js';

/**
 * The document's invariants: every span is inside `text` with `start <= end`; segment lists are
 * sorted and do not overlap; tokens lie in their sentence and sentences in their paragraph; each
 * sentence's parse is one tree; every
 * recorded surface equals `text.slice(start, end)`; entity and attribution ids are unique, no
 * characters are a mention of two entities, and every speaker, channel, addressee and parent
 * reference names an item of the document, with no parent chain looping; claims point to known
 * attributions, entities and events, and a contradiction's sides are non-empty, known and disjoint. Returns the violations (empty when sound);
 * tests pass every output through it.
 */
export function findInvariantViolations(doc: Doc): string[] {
  const problems: string[] = [];
  const { text } = doc;
  const checkSpan = (where: string, value: Span): boolean => {
    if (!Number.isInteger(value.start) || !Number.isInteger(value.end)) {
      problems.push(`${where}: offsets are not integers (${value.start}, ${value.end})`);
      return false;
    }
    if (value.start < 0 || value.end > text.length || value.start > value.end) {
      problems.push(
        `${where}: span ${value.start}-${value.end} is out of bounds or reversed (text length ${text.length})`,
      );
      return false;
    }
    const surface = (value as { text?: unknown }).text;
    if (typeof surface === 'string' && surface !== text.slice(value.start, value.end)) {
      problems.push(
        `${where}: recorded surface ${JSON.stringify(surface)} differs from the text it points to`,
      );
    }
    return true;
  };
  const checkOrdered = (where: string, spans: readonly Span[], requireNonEmpty: boolean): void => {
    let previousEnd = 0;
    spans.forEach((value, index) => {
      if (!checkSpan(`${where}[${index}]`, value)) return;
      if (value.start < previousEnd) problems.push(`${where}[${index}]: starts before the previous one ends`);
      if (requireNonEmpty && value.start === value.end) problems.push(`${where}[${index}]: empty`);
      previousEnd = value.end;
    });
  };

  const { paragraphs, sentences, tokens } = doc.segments;
  // Each sentence's parse is one tree: heads inside the sentence, exactly one root (head -1,
  // relation `root`), and every token reaches the root by its heads.
  const checkTree = (sentence: Sentence, index: number): void => {
    let roots = 0;
    for (let tokenIndex = sentence.firstToken; tokenIndex < sentence.endToken; tokenIndex++) {
      const token = tokens[tokenIndex];
      if (token === undefined) return;
      if (token.head === -1) {
        roots++;
        if (token.dep !== 'root') problems.push(`tokens[${tokenIndex}]: a root with relation ${token.dep}`);
        continue;
      }
      if (token.head < sentence.firstToken || token.head >= sentence.endToken || token.head === tokenIndex) {
        problems.push(`tokens[${tokenIndex}]: head ${token.head} is outside its sentence ${index}`);
        return;
      }
      if (token.dep === '' || token.dep === 'root')
        problems.push(`tokens[${tokenIndex}]: relation ${JSON.stringify(token.dep)} on a non-root`);
      let steps = 0;
      for (let at = token.head; at !== -1; at = tokens[at]?.head ?? -1) {
        if (++steps > sentence.endToken - sentence.firstToken) {
          problems.push(`tokens[${tokenIndex}]: its heads loop in sentence ${index}`);
          return;
        }
      }
    }
    if (sentence.endToken > sentence.firstToken && roots !== 1)
      problems.push(`sentences[${index}]: ${roots} roots in its parse`);
  };
  checkOrdered('paragraphs', paragraphs, true);
  checkOrdered('sentences', sentences, true);
  checkOrdered('tokens', tokens, true);
  sentences.forEach((sentence, index) => {
    checkTree(sentence, index);
    const paragraph = paragraphs[sentence.paragraph];
    if (!paragraph || sentence.start < paragraph.start || sentence.end > paragraph.end) {
      problems.push(`sentences[${index}]: not inside paragraph ${sentence.paragraph}`);
    }
    if (sentence.firstToken > sentence.endToken || sentence.endToken > tokens.length) {
      problems.push(
        `sentences[${index}]: token range ${sentence.firstToken}-${sentence.endToken} is invalid`,
      );
      return;
    }
    for (let tokenIndex = sentence.firstToken; tokenIndex < sentence.endToken; tokenIndex++) {
      const token = tokens[tokenIndex];
      if (token && (token.start < sentence.start || token.end > sentence.end)) {
        problems.push(`tokens[${tokenIndex}]: outside its sentence ${index}`);
        break;
      }
    }
  });

  const entityIds = new Set<string>();
  const mentionOwner = new Map<string, string>();
  doc.entities.forEach((entity, index) => {
    if (entityIds.has(entity.id)) problems.push(`entities[${index}]: duplicate id ${entity.id}`);
    entityIds.add(entity.id);
    if (entity.mentions.length === 0 && entity.attributes?.mentioned_in === undefined)
      problems.push(`entities[${index}]: no mentions and no note of where it is mentioned`);
    entity.mentions.forEach((mention, mentionIndex) => {
      const where = `entities[${index}].mentions[${mentionIndex}]`;
      if (!checkSpan(where, mention)) return;
      if (mention.start === mention.end) problems.push(`${where}: empty`);
      const key = `${mention.start}:${mention.end}`;
      const owner = mentionOwner.get(key);
      if (owner !== undefined && owner !== entity.id)
        problems.push(`${where}: the same characters are also a mention of ${owner}`);
      mentionOwner.set(key, entity.id);
    });
  });
  const checkEntityReference = (where: string, id: string | undefined): void => {
    if (id !== undefined && !entityIds.has(id)) problems.push(`${where}: unknown entity ${id}`);
  };
  const attributionIds = new Map<string, string | undefined>();
  doc.attributions.forEach((attribution, index) => {
    const where = `attributions[${index}]`;
    if (attributionIds.has(attribution.id)) problems.push(`${where}: duplicate id ${attribution.id}`);
    attributionIds.set(attribution.id, attribution.parent);
    if (attribution.cue) checkSpan(`${where}.cue`, attribution.cue);
    if (attribution.source) checkSpan(`${where}.source`, attribution.source);
    if (attribution.content.length === 0) problems.push(`${where}: no content`);
    attribution.content.forEach((content, contentIndex) => {
      if (checkSpan(`${where}.content[${contentIndex}]`, content) && content.start === content.end)
        problems.push(`${where}.content[${contentIndex}]: empty`);
    });
    const speakers = attribution.speaker === null ? [] : [attribution.speaker].flat();
    for (const speaker of speakers) checkEntityReference(`${where}.speaker`, speaker);
    checkEntityReference(`${where}.channel`, attribution.channel?.entity);
    checkEntityReference(`${where}.addressee`, attribution.addressee?.entity);
  });
  for (const [id, parent] of attributionIds) {
    if (parent === undefined) continue;
    if (!attributionIds.has(parent)) problems.push(`attribution ${id}: unknown parent ${parent}`);
    const seen = new Set<string>([id]);
    let next: string | undefined = parent;
    while (next !== undefined) {
      if (seen.has(next)) {
        problems.push(`attribution ${id}: its parent chain loops`);
        break;
      }
      seen.add(next);
      next = attributionIds.get(next);
    }
  }
  doc.times.forEach((time, index) => checkSpan(`times[${index}]`, time));
  doc.events.forEach((event, index) => {
    checkSpan(`events[${index}].trigger`, event.trigger);
    event.arguments.forEach((argument, argumentIndex) => {
      if (argument.span) checkSpan(`events[${index}].arguments[${argumentIndex}]`, argument.span);
    });
  });
  const eventIds = new Set(doc.events.map((event) => event.id));
  const claimIds = new Set<string>();
  doc.claims.forEach((claim, index) => {
    const where = `claims[${index}]`;
    if (claimIds.has(claim.id)) problems.push(`${where}: duplicate id ${claim.id}`);
    claimIds.add(claim.id);
    checkSpan(`${where}.span`, claim.span);
    if (!attributionIds.has(claim.attribution))
      problems.push(`${where}: unknown attribution ${claim.attribution}`);
    checkEntityReference(`${where}.subject`, claim.subject?.entity);
    checkEntityReference(`${where}.object`, claim.object?.entity);
    for (const entity of claim.value?.entities ?? []) checkEntityReference(`${where}.value`, entity);
    if (claim.event !== undefined && !eventIds.has(claim.event))
      problems.push(`${where}: unknown event ${claim.event}`);
  });
  doc.contradictions.forEach((contradiction, index) => {
    const where = `contradictions[${index}]`;
    if (contradiction.evidence) checkSpan(`${where}.evidence`, contradiction.evidence);
    if (contradiction.a.length === 0 || contradiction.b.length === 0)
      problems.push(`${where}: a side is empty`);
    for (const id of [...contradiction.a, ...contradiction.b])
      if (!attributionIds.has(id)) problems.push(`${where}: unknown attribution ${id}`);
    if (contradiction.a.some((id) => contradiction.b.includes(id)))
      problems.push(`${where}: an attribution is on both sides`);
  });
  doc.diagnostics.forEach((diagnostic, index) => {
    if (diagnostic.span) checkSpan(`diagnostics[${index}]`, diagnostic.span);
  });
  return problems;
}

export class InvariantError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`document invariants broken:\n  ${problems.slice(0, 20).join('\n  ')}`);
    this.name = 'InvariantError';
  }
}

/** Throws `InvariantError` listing the violations, if any. */
export function assertInvariants(doc: Doc): Doc {
  const problems = findInvariantViolations(doc);
  if (problems.length > 0) throw new InvariantError(problems);
  return doc;
}
