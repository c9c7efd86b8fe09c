/** At least this many words make a paragraph a sentence of the story rather than an ad's label or teaser. */
const MIN_WORDS = 10;

/**
 * Does an element flagged as an advertisement slot, a dateline or a byline hold a paragraph of the
 * story? A lead paragraph may carry the dateline's class ('<p class="dateline">[PORTMERE] Dock
 * workers returned to work …</p>'), and templates wrap
 * the ad and the paragraph beside it in one container ("<div class=inline-ad><div id=ad-300x250>
 * </div><p>Helena Varga … said the workers were relieved.</p></div>"): the container is then not
 * dropped whole, its children are judged one by one. A story paragraph is a `<p>` of a full
 * sentence (ten words or more, closed by a full stop, question or exclamation mark or closing
 * quotation mark) with less than half of its text in links.
 */
export function holdsStoryParagraph(element: Element): boolean {
  const paragraphs = Array.from(element.querySelectorAll('p'));
  // '<p class="dateline">[PORTMERE] Dock workers returned …</p>': the flagged element is the paragraph
  if (element.tagName.toUpperCase() === 'P') paragraphs.unshift(element as HTMLParagraphElement);
  for (const paragraph of paragraphs) {
    const text = (paragraph.textContent ?? '').replace(/\s+/gu, ' ').trim();
    if (text.split(' ').length < MIN_WORDS || !/[.!?"”’]$/u.test(text)) continue;
    let linked = 0;
    for (const link of Array.from(paragraph.querySelectorAll('a')))
      linked += (link.textContent ?? '').trim().length;
    if (linked < text.length / 2) return true;
  }
  return false;
}
