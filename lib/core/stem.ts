/**
 * A deliberately small suffix folder, applied to page and database alike: it only has to
 * send "increases", "increased", "increasing" to one key, not to produce real stems.
 * British spellings are folded to American first ("tumour", "desensitisation").
 */
export function stem(word: string): string {
  let w = IRREGULAR.get(word) ?? word;
  if (w.length <= 3) return w;
  // Words whose stem would be another word that matters: "note" is not "not", "rate" not "rat".
  const kept = KEEP.get(w);
  if (kept) return kept;
  w = w
    .replace(/isation/, 'ization')
    .replace(/our(s?)$/, 'or$1')
    .replace(/^oestr/, 'estr')
    .replace(/^haem/, 'hem')
    // "anaemia", "hypoglycaemia", "paediatric", "gynaecology", "oedema", "foetal", "coeliac",
    // "diarrhoea", "fibre", "litre", "sulphate": the American spelling, so both meet.
    .replace(/aem/, 'em')
    .replace(/^(an|p|orthop|gyn|c)ae/, '$1e')
    .replace(/^foet/, 'fet')
    .replace(/^oe(?=d|s)/, 'e')
    .replace(/^coel/, 'cel')
    .replace(/oea$/, 'ea')
    .replace(/^(fib|lit|cent|met|millilit)re(s?)$/, '$1er$2')
    .replace(/^sulph/, 'sulf')
    .replace(/^programme/, 'program')
    .replace(/^mould/, 'mold');
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('ly') && w.length > 5) w = w.slice(0, -2);
  if (/([bdgklmnprt])\1$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  w = w.replace(/is$/, 'iz').replace(/ys$/, 'yz');
  return w;
}

const KEEP = new Map<string, string>([
  ...['note', 'notes', 'noted', 'noting'].map((w): [string, string] => [w, 'note']),
  ...['rate', 'rates', 'rated', 'rating', 'ratings'].map((w): [string, string] => [w, 'rate']),
  // Names whose stem is a common word: "the original compound" does not name compounding,
  // "fast results" does not name fasting.
  ...['compounded', 'compounding'].map((w): [string, string] => [w, 'compounding']),
  ...['fasted', 'fasting'].map((w): [string, string] => [w, 'fasting']),
  // "Circulates air effectively" claims no efficacy.
  ['effectively', 'effectively'],
]);

/**
 * Irregular past forms, folded to the verb pages also use in the present: "must be taken
 * apart from meals" says what "take it apart from meals" does; "weight lost" is weight lose.
 * (Three-letter forms such as "ate" and "ran" are left alone, as every short word is.) Also the
 * words that must be folded before stemming because their stem is another word's ("largely" and
 * "large" both stem to "larg"): the thesaurus, which folds stems, could not tell them apart.
 */
const IRREGULAR = new Map<string, string>([
  // British "ageing" is American "aging" (whose "-ing" the folder keeps: "aging" is too short to cut).
  ['ageing', 'aging'],
  ['taken', 'take'],
  ['took', 'take'],
  ['given', 'give'],
  ['gave', 'give'],
  ['made', 'make'],
  ['grew', 'grow'],
  ['grown', 'grow'],
  ['risen', 'rise'],
  ['lost', 'lose'],
  ['fell', 'fall'],
  ['fallen', 'fall'],
  ['eaten', 'eat'],
  ['known', 'know'],
  ['drank', 'drink'],
  ['driven', 'drive'],
  ['drove', 'drive'],
  ['kept', 'keep'],
  ['slept', 'sleep'],
  ['felt', 'feel'],
  ['brought', 'bring'],
  ['built', 'build'],
  ['sold', 'sell'],
  ['began', 'begin'],
  ['begun', 'begin'],
  ['studied', 'study'],
  // Adverbs of proportion, one word: "made primarily in the testes" states what "made mainly in
  // the testes" does. They stay a word of the claim ("works chiefly by slowing the stomach" is
  // more than "works by slowing the stomach"); their adjectives ("large doses") keep their own
  // words. ("Mostly", a stop word like "most", is left as it was.)
  ['largely', 'mainly'],
  ['primarily', 'mainly'],
  ['chiefly', 'mainly'],
  ['predominantly', 'mainly'],
  ['principally', 'mainly'],
]);
