import type { Diagnostic } from '../../model/index.js';

export interface LanguageChoice {
  /** BCP 47 tag: the declared one when the text agrees with it (keeps "en-GB"), else the detected code. */
  readonly language: string | null;
  readonly diagnostics: readonly Diagnostic[];
}

function primarySubtag(tag: string): string {
  return (tag.split('-')[0] ?? tag).toLowerCase();
}

/**
 * The document's language from what the page declares (`<html lang>`, meta tags) and what its text
 * reads as. The text wins a disagreement: templates declare "en" on German blogs and "de" on
 * English product pages, and a page's words do not lie about their language. When the text is too
 * short to tell, the declaration stands.
 */
export function chooseLanguage(declared: string | null, detected: string | null): LanguageChoice {
  if (detected === null) return { language: declared, diagnostics: [] };
  if (declared === null) return { language: detected, diagnostics: [] };
  if (primarySubtag(declared) === detected) return { language: declared, diagnostics: [] };
  return {
    language: detected,
    diagnostics: [
      {
        severity: 'info',
        code: 'language-declaration-mismatch',
        message: `the page declares its language as "${declared}" but its text reads as "${detected}"; "${detected}" is used`,
        origin: 'language',
      },
    ],
  };
}

/**
 * Whether the English-only stages (entities, times, attributions, events: models and rules learned
 * on English news) apply. An unknown language counts as English: too little text to tell is also too
 * little for those stages to go badly wrong, and it is what they were given before detection existed.
 */
export function readsAsEnglish(language: string | null): boolean {
  return language === null || primarySubtag(language) === 'en';
}
