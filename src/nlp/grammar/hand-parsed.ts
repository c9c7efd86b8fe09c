import type { PartOfSpeech, Token } from '../../model/index.js';
import { DependencyTree } from './dependency-tree.js';

/**
 * A hand-parsed sentence for tests, in CoNLL-U's spirit: "form POS head relation" per word, heads
 * counted from 1, 0 for the root. Offsets are those of the words joined by single spaces (`text`).
 */
export function handParsed(lines: readonly string[]): {
  tree: DependencyTree;
  forms: string[];
  text: string;
} {
  const tokens: Token[] = [];
  const forms: string[] = [];
  let offset = 0;
  for (const line of lines) {
    const [form, pos, head, dep] = line.split(' ') as [string, PartOfSpeech, string, string];
    tokens.push({
      start: offset,
      end: offset + form.length,
      pos,
      lemma: form.toLowerCase(),
      head: Number(head) - 1,
      dep,
    });
    forms.push(form);
    offset += form.length + 1;
  }
  return { tree: new DependencyTree(tokens), forms, text: forms.join(' ') };
}
