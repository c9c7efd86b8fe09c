export { chooseLanguage, readsAsEnglish, type LanguageChoice } from './choose-language.js';
export { detectLanguage } from './detect-language.js';
