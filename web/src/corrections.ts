// Corrections a fact-checker makes in the UI, sent to POST /api/corrections and undone with
// DELETE /api/corrections/{id}. The name the checker gives is kept in this browser only.
import { requestJson } from './api.js';
import type { Correction, CorrectionChange } from './types.js';

const authorKey = 'claimgraph.author';

export function savedAuthor(): string {
  try {
    return localStorage.getItem(authorKey) ?? '';
  } catch {
    return '';
  }
}

export function saveAuthor(author: string): void {
  try {
    localStorage.setItem(authorKey, author);
  } catch {
    // storage refused (private mode): the name is simply not remembered
  }
}

export function postCorrection(change: CorrectionChange, author: string, note?: string): Promise<Correction> {
  return requestJson<Correction>('POST', '/api/corrections', {
    change,
    author: author.trim() || null,
    note: note?.trim() || null,
  });
}

export function deleteCorrection(id: string): Promise<void> {
  return requestJson<void>('DELETE', `/api/corrections/${encodeURIComponent(id)}`);
}

export function describeChange(change: CorrectionChange, names: (id: string) => string = (id) => id): string {
  switch (change.kind) {
    case 'speaker':
      return `speaker of ${change.attribution} set to ${change.speaker === null ? 'nobody' : names(change.speaker)}`;
    case 'content':
      return `content of ${change.attribution} moved to ${change.content.map((span) => `${span.start}–${span.end}`).join(', ')}`;
    case 'not-attribution':
      return `${change.attribution} marked as not an attribution`;
    case 'merge':
      return `${names(change.entity)} merged into ${names(change.into)}`;
  }
}

export function describeCorrection(correction: Correction): string {
  const who = correction.author ? `by ${correction.author}` : 'by an unnamed checker';
  return `corrected ${who}, ${formatWhen(correction.created_at)}`;
}

export function formatWhen(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
}
