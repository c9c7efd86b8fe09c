import type { DocumentView } from './document-view.js';
import type { NameItem } from './prepare-names.js';
import type { PersonList } from './resolve-references.js';

/**
 * People named together in one sentence: "Brothers Dilovar and Aminchon Islomov", "A, 32; B, 30;
 * and C, 19". Consecutive person names separated only by commas, semicolons, "and" and ages form a
 * list (two names or more); a group entity may be made of it later.
 */
export function findPersonLists(view: DocumentView, items: readonly NameItem[]): PersonList[] {
  const lists: PersonList[] = [];
  let current: number[] = [];
  const flush = () => {
    if (current.length >= 2) {
      const first = items[current[0] as number] as NameItem;
      const last = items[current[current.length - 1] as number] as NameItem;
      const collective = first.collective ?? last.collective;
      lists.push({ items: current, start: first.start, end: last.end, collective });
    }
    current = [];
  };
  items.forEach((item, index) => {
    if (item.type !== 'PERSON') {
      flush();
      return;
    }
    const previous =
      current.length > 0 ? (items[current[current.length - 1] as number] as NameItem) : undefined;
    if (previous && !(previous.coordination !== undefined && previous.coordination === item.coordination)) {
      if (!joins(view, previous.endToken, item.firstToken)) flush();
    }
    current.push(index);
  });
  flush();
  return lists;
}

/** Only separators between two names: ",", ";", "and", "&", and ages ("Faizov, 19"). */
function joins(view: DocumentView, from: number, to: number): boolean {
  if (to <= from || to - from > 5) return false;
  if (view.sentenceOf[from] !== view.sentenceOf[to]) return false;
  let separator = false;
  for (let token = from; token < to; token += 1) {
    const word = view.lower(token);
    if (word === ',' || word === ';' || word === 'and' || word === '&') separator = true;
    else if (view.pos(token) !== 'NUM') return false;
  }
  return separator;
}
