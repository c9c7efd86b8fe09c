import type { RemovedKind } from '../../model/index.js';
import { CONTRIBUTOR_PHRASE } from '../contributor-line.js';

/**
 * Step 2: the phrasing of page furniture, as general patterns (never an article's sentences).
 * Each entry says which kind of boilerplate it signals and how strong the signal is:
 * - `whole`: the block is nothing but this phrase ("Advertisement", "Share this article");
 * - `strong`: the phrase alone marks a short block as furniture ("Something went wrong");
 * - `weak`: the phrase counts towards furniture only with other evidence ("newsletter").
 * Patterns are plain alternations of literals with no nested quantifiers, so matching is linear.
 */
export interface LexiconEntry {
  readonly kind: RemovedKind;
  readonly strength: 'whole' | 'strong' | 'weak';
  readonly pattern: RegExp;
  /** The rule name recorded as `origin` on the removed block. */
  readonly name: string;
}

export const LEXICON: readonly LexiconEntry[] = [
  // "Staff writers Tom Bell and Ana Ruiz contributed to this report." (src/ingest/contributor-line.ts)
  { kind: 'byline', strength: 'strong', name: 'contributor-line', pattern: CONTRIBUTOR_PHRASE },
  // "Oops!" / "Something went wrong." / "Please try again later." — script widgets that failed to load.
  {
    kind: 'widget',
    strength: 'strong',
    name: 'widget-error-phrase',
    pattern:
      /\b(?:oops|something went wrong|try again later|please try again|an error (?:has )?occurred|error loading|unable to load|failed to load|refresh the page|enable javascript|javascript is disabled|your browser does not support|loading\.\.\.|ein fehler ist aufgetreten|versuchen sie es (?:später )?(?:noch einmal|erneut)|une erreur (?:s'est produite|est survenue)|veuillez réessayer|algo salió mal|inténtalo de nuevo|vuelve a intentarlo)\b/i,
  },
  {
    kind: 'widget',
    strength: 'whole',
    name: 'widget-control',
    pattern:
      /^(?:loading|load more|show more|show less|see more|view more|close|open|toggle|expand|collapse|play|pause|mute|unmute|video|audio|gallery|next|previous|prev|back|more|menu|search|top|zurück|weiter|suivant|précédent|siguiente|anterior)[\s.…:!]*$/i,
  },
  // "Broaden your horizons … Try The Daily Example free for 3 months with unlimited access …"
  {
    kind: 'promo',
    strength: 'strong',
    name: 'promo-offer-phrase',
    pattern:
      /\b(?:free trial|free for \d+ (?:days?|weeks?|months?)|unlimited (?:digital )?access|subscribe (?:now|today|for)|subscribers? only|already a subscriber|sign up (?:now|today|for (?:our|the|free))|(?:our|free|daily|weekly) newsletters?|newsletter sign[- ]?up|cancel any ?time|money-saving offers?|exclusive offers?|special offer|become a (?:member|subscriber|supporter)|support (?:our|independent|quality) journalism|download (?:our|the) app|get the app|register (?:now|today|for free)|create (?:a|your) free account|jetzt (?:abonnieren|testen|registrieren)|kostenlos testen|gratis testen|abonnez-vous|essai gratuit|suscríbete|prueba gratis)\b/i,
  },
  {
    kind: 'promo',
    strength: 'weak',
    name: 'promo-word',
    pattern:
      /\b(?:subscribe|subscription|subscriber|newsletters?|sign up|log ?in|sign in|register|premium|offer|award-winning|abonnieren|abonnement|anmelden|s'abonner|inscrivez-vous|suscripción|regístrate)\b/i,
  },
  {
    kind: 'advertisement',
    strength: 'whole',
    name: 'advertisement-label',
    pattern:
      /^(?:advertisement|advertising|advert|ad|ads|sponsored|sponsored content|paid content|paid post|promoted|promoted content|partner content|anzeige|werbung|publicité|publicidad|annonce)[\s.:-]*$/i,
  },
  {
    kind: 'advertisement',
    strength: 'strong',
    name: 'advertisement-phrase',
    pattern:
      /\b(?:story continues below|article continues below|continue reading (?:below|the main story)|advertisement feature|skip advertisement|ad feedback|report this ad)\b/i,
  },
  // "Share this article", "Follow us on Twitter", "Email this article".
  {
    kind: 'share',
    strength: 'strong',
    name: 'share-phrase',
    pattern:
      /\b(?:share (?:this|on|via|the|article|story)|follow us(?: on)?|like us on|(?:email|print|tweet|save) (?:this|the) (?:article|story|page)|copy (?:the )?link|artikel teilen|teilen sie|partager (?:cet|sur)|compartir en|síguenos)\b/i,
  },
  {
    kind: 'share',
    strength: 'whole',
    name: 'share-button',
    pattern:
      /^(?:share|tweet|email|e-mail|print|facebook|twitter|x|linkedin|whatsapp|pinterest|reddit|telegram|flipboard|messenger|copy link|comment|save|teilen|drucken|partager|imprimer|compartir|imprimir)(?:[\s,|/]+(?:share|tweet|email|e-mail|print|facebook|twitter|x|linkedin|whatsapp|pinterest|reddit|telegram|flipboard|messenger|copy link|save))*[\s.:]*$/i,
  },
  // "Read more: …", "Related:", "Most popular", "You may also like".
  {
    kind: 'related',
    strength: 'strong',
    name: 'related-heading',
    pattern:
      /^(?:read more|read also|related|more from|more on|more about|more stories|most (?:read|popular|viewed|shared|commented)|recommended|you (?:may|might) also (?:like|be interested)|see also|also read|top stories|trending|latest (?:news|stories|headlines)|related (?:stories|articles|links|content|topics|coverage)|news tracker|in other news|elsewhere|mehr zum thema|lesen sie auch|auch interessant|weitere artikel|das könnte sie auch interessieren|à lire aussi|lire aussi|sur le même sujet|te puede interesar|lee también|más noticias|noticias relacionadas)\b/i,
  },
  // "We use cookies to improve your experience …"
  {
    kind: 'cookie',
    strength: 'strong',
    name: 'cookie-phrase',
    pattern:
      /\b(?:we use cookies|uses cookies|use of cookies|cookie (?:policy|settings|preferences|consent|notice|banner)|accept (?:all )?cookies|manage (?:cookies|preferences|consent)|by continuing to (?:use|browse)|privacy settings|wir verwenden cookies|cookie-einstellungen|nous utilisons des cookies|utilizamos cookies)\b/i,
  },
  {
    kind: 'cookie',
    strength: 'whole',
    name: 'cookie-button',
    pattern:
      /^(?:accept|accept all|reject all|i agree|agree|got it|ok|okay|allow all|decline|alle akzeptieren|akzeptieren|tout accepter|accepter|aceptar)[\s.!]*$/i,
  },
  // "© 2025 Example News", "All rights reserved", "Terms of use".
  {
    kind: 'legal',
    strength: 'strong',
    name: 'legal-phrase',
    pattern:
      /(?:©|\(c\) \d{4}|\bcopyright\b|\ball rights reserved\b|\bterms (?:of (?:use|service)|and conditions|& conditions)\b|\bprivacy (?:policy|notice|statement)\b|\bimpressum\b|\bdatenschutz|\bmentions légales\b|\baviso legal\b|\btous droits réservés\b|\balle rechte vorbehalten\b|\btodos los derechos reservados\b|\bthis material may not be published\b)/i,
  },
  {
    kind: 'legal',
    strength: 'whole',
    name: 'legal-link',
    pattern:
      /^(?:contact|contact us|about|about us|sitemap|site map|back to top|accessibility|help|faq|careers|jobs|advertise|advertise with us|rss|rss feeds|archive|archives|corrections|feedback|kontakt|agb|über uns|nous contacter|contacto|quiénes somos)[\s.]*$/i,
  },
  // "Comments (12)", "Leave a comment", "Report abuse".
  {
    kind: 'comment',
    strength: 'strong',
    name: 'comment-phrase',
    pattern:
      /^(?:comments?\b|\d+ comments?\b|leave a (?:comment|reply)|post a comment|add (?:a|your) comment|have your say|join the (?:conversation|discussion)|be the first to comment|view (?:all )?comments|show comments|comments are closed|readers' comments|reader comments|kommentare?\b|commentaires?\b|comentarios?\b)|\b(?:report abuse|(?:log|sign) in to (?:comment|reply)|(?:reply to|vote on|report|recommend|flag) this comment|comment (?:policy|guidelines|moderation))\b/i,
  },
  {
    kind: 'navigation',
    strength: 'whole',
    name: 'navigation-link',
    pattern:
      /^(?:home|homepage|news|sport|sports|business|politics|world|opinion|culture|lifestyle|travel|weather|skip to (?:main )?content|skip navigation|sign in|log in|login|logout|log out|register|subscribe|my account|startseite|accueil|inicio|portada)[\s.]*$/i,
  },
];

export interface LexiconHit {
  readonly entry: LexiconEntry;
}

/** Longest text the lexicon looks at; furniture is short, and this keeps a 20 MB line cheap. */
const LEXICON_WINDOW = 600;

/** Every lexicon entry that matches the block's content, strongest first. */
export function lexiconHits(content: string): LexiconEntry[] {
  const window = content.length > LEXICON_WINDOW ? content.slice(0, LEXICON_WINDOW) : content;
  const hits: LexiconEntry[] = [];
  for (const entry of LEXICON) {
    if (entry.strength === 'whole' && content.length > 60) continue;
    if (entry.pattern.test(window)) hits.push(entry);
  }
  const rank = { whole: 0, strong: 1, weak: 2 } as const;
  return hits.sort((left, right) => rank[left.strength] - rank[right.strength]);
}
