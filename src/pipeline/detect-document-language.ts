import type { Doc } from '../model/index.js';
import { chooseLanguage, detectLanguage } from '../nlp/language/index.js';

/**
 * The document's language from its declaration and its clean text (the body; the title when the
 * body is empty), before any stage runs: which stages apply depends on it.
 */
export function detectDocumentLanguage(doc: Doc): Doc {
  const detected = detectLanguage(doc.text.trim().length > 0 ? doc.text : (doc.metadata.title ?? ''));
  const { language, diagnostics } = chooseLanguage(doc.metadata.language, detected);
  if (language === doc.metadata.language && diagnostics.length === 0) return doc;
  return {
    ...doc,
    metadata: { ...doc.metadata, language },
    diagnostics: [...doc.diagnostics, ...diagnostics],
  };
}
