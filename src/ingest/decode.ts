import type { Diagnostic } from '../model/index.js';

export interface DecodedInput {
  readonly text: string;
  readonly charset: string;
  readonly diagnostics: readonly Diagnostic[];
}

/** STUB (being written): bytes → string with character-set detection. */
export function decodeInput(bytes: Uint8Array, _format: 'text' | 'html'): DecodedInput {
  return { text: new TextDecoder().decode(bytes), charset: 'utf-8', diagnostics: [] };
}
