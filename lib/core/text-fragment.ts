/**
 * A link that scrolls a reader to a passage: the page's URL with a text fragment
 * (`#:~:text=start,end`, WICG Scroll-to-Text). Long passages are given by their first and
 * last words, as browsers match them; "-", "," and "&" are escaped as the syntax requires.
 */
const WORDS_AT_EACH_END = 4;
const WHOLE_UP_TO = 80;

export function textFragmentUrl(pageUrl: string, passage: string): string {
  const base = pageUrl.split('#')[0]!;
  const text = passage.replace(/\s+/g, ' ').trim();
  const encode = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
  const words = text.split(' ');
  if (text.length <= WHOLE_UP_TO || words.length <= 2 * WORDS_AT_EACH_END) return `${base}#:~:text=${encode(text)}`;
  const start = words.slice(0, WORDS_AT_EACH_END).join(' ');
  const end = words.slice(-WORDS_AT_EACH_END).join(' ');
  return `${base}#:~:text=${encode(start)},${encode(end)}`;
}
