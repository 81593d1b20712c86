import { stem } from './stem';

/**
 * The curated thesaurus: the words pages use for one concept, folded to one term on the
 * page and in the database alike, so a paraphrase meets its phrasing ("boosts GH release"
 * and "increases growth hormone production" become the same four terms).
 *
 * Entries are written as pages write them; they are stemmed when this module loads.
 * Concept terms carry a colon ("dir:up") so no page word can ever equal one.
 */

/** Effect verbs by direction. A match needs the sentence and the phrasing to agree (see DIRECTION_CONFLICTS). */
const DIRECTIONS: Record<string, string[]> = {
  'dir:up': [
    'increase',
    'raise',
    'boost',
    'elevate',
    'stimulate',
    'amplify',
    'spike',
    'heighten',
    'augment',
    'upregulate',
    'rise',
    'surge',
    'double',
    'triple',
    'higher',
    'promote',
    'gain',
    'maximize',
    'skyrocket',
    'jumpstart',
    'multiply',
    'greater',
    'booster',
    // "Extends lifespan" raises it: found by comparing the phrasings one claim holds, word for word.
    'extend',
    'prolong',
    'lengthen',
  ],
  'dir:down': [
    'decrease',
    'reduce',
    'reduction',
    'lower',
    'cut',
    'suppress',
    'suppression',
    'inhibit',
    'inhibition',
    'diminish',
    'drop',
    'decline',
    'blunt',
    'shrink',
    'lessen',
    'attenuate',
    'downregulate',
    'fall',
    'loss',
    'lose',
    'burn',
    'shed',
    'slash',
    'curb',
    'minimize',
    'fewer',
    'less',
    // What a remedy does to a symptom: "eases anxiety" is "reduces anxiety".
    'relieve',
    'alleviate',
    'ease',
  ],
  'dir:better': [
    'improve',
    'improvement',
    'enhance',
    'enhancement',
    'support',
    'optimize',
    'restore',
    'benefit',
    'strengthen',
    'protect',
    'rejuvenate',
    'revitalize',
  ],
  'dir:worse': ['worsen', 'impair', 'impairment', 'damage', 'harm', 'hurt', 'aggravate', 'exacerbate', 'weaken'],
  'dir:keep': ['preserve', 'preservation', 'retain', 'retention', 'maintain', 'spare', 'sparing', 'keep'],
};

/** Pairs of directions that contradict each other: "improves X" never takes "worsens X". */
export const DIRECTION_CONFLICTS: readonly (readonly [string, string])[] = [
  ['dir:up', 'dir:down'],
  ['dir:better', 'dir:worse'],
  ['dir:keep', 'dir:down'],
];

/** Outcomes, tissues, conditions and abbreviations: one word each on the page, one term here. */
const WORDS: Record<string, string[]> = {
  muscle: ['muscle', 'muscular', 'musculature'],
  // The British spelling's "-ue" is no other word: "an ACTH analogue" is "an ACTH analog".
  analog: ['analog', 'analogue'],
  // Taking something on: "glutathione neutralizes free radicals", "helps fight free radicals".
  fight: ['fight', 'combat', 'counter', 'counteract', 'neutralize', 'battle'],
  // Greek letters spelled the Italian way in drug names: "thymosin alfa 1", "interferon alfa".
  alpha: ['alpha', 'alfa'],
  bp: ['bp'],
  cardio: ['cardiovascular', 'cv', 'cardiac', 'heart'],
  approv: ['approval', 'approved', 'approve'],
  mc4r: ['mc4r', 'mc4'],
  fat: ['fat', 'adipose', 'adiposity'],
  ed: ['ed'],
  bmd: ['bmd'],
  a1c: ['a1c', 'hba1c'],
  t2d: ['t2d', 't2dm'],
  gi: ['gastrointestinal', 'gi', 'digestive'],
  hrt: ['hrt'],
  libido: ['libido'],
  inflammation: ['inflammation', 'inflammatory', 'inflamed', 'inflame'],
  cognition: ['cognition', 'cognitive'],
  heal: ['heal', 'healing', 'repair', 'regenerate', 'regeneration', 'regenerative', 'recovery', 'recover', 'mend'],
  speedup: ['accelerate', 'speed', 'faster', 'hasten', 'quicken', 'rapid', 'quicker'],
  ban: ['ban', 'banned', 'prohibit', 'prohibited', 'prohibition', 'outlaw'],
  cancer: ['cancer', 'tumor', 'malignancy', 'carcinoma', 'oncogenic', 'carcinogenic', 'cancerous'],
  kidney: ['kidney', 'renal'],
  liver: ['liver', 'hepatic'],
  skin: ['skin', 'dermal', 'cutaneous'],
  gut: ['gut', 'intestinal', 'intestine', 'bowel'],
  study: ['study', 'research', 'studies'],
  human: ['human', 'people', 'person', 'humans'],
  // The model organisms of ageing research count too: "extended lifespan in worms and fruit flies".
  animal: [
    'animal',
    'rat',
    'mice',
    'mouse',
    'rodent',
    'murine',
    'preclinical',
    'organism',
    'worms',
    'nematode',
    'flies',
    'drosophila',
    'zebrafish',
    'primate',
    'mammal',
    'monkey',
    'macaque',
    'rhesus',
    'baboon',
    'rabbit',
    'hamster',
    'elegans',
    'mammalian',
    'invertebrate',
    'vole',
    'ewe',
    'sheep',
    'dog',
    'canine',
    'piglet',
  ],
  dose: ['dose', 'dosage', 'dosing'],
  inject: ['injection', 'injectable', 'inject', 'subcutaneous', 'subq', 'shot'],
  oral: ['oral', 'orally', 'pill', 'tablet', 'capsule'],
  glucose: ['glucose'],
  appetite: ['appetite', 'hunger', 'craving'],
  nausea: ['nausea', 'nauseous', 'queasy', 'queasiness'],
  lifespan: ['lifespan', 'longevity'],
  mitochondria: ['mitochondria', 'mitochondrial'],
  safe: ['safe', 'safety', 'safer', 'safest'],
  effective: ['effective', 'efficacy', 'effectiveness', 'efficacious'],
  prove: ['prove', 'proven', 'proof'],
  produce: ['production', 'produce', 'secretion', 'secrete', 'release', 'output', 'synthesis', 'synthesize'],
  level: ['level', 'concentration'],
  sleep: ['sleep', 'slumber'],
  wrinkle: ['wrinkle', 'fine line'],
  // Words for the same relation, outcome or group that pages and phrasings use interchangeably.
  cause: ['cause', 'trigger', 'induce', 'provoke'],
  link: ['link', 'linked', 'associate', 'associated', 'association', 'correlate', 'correlation', 'tied', 'connected'],
  show: ['show', 'shown', 'demonstrate', 'reveal'],
  drug: ['drug', 'medication', 'medicine', 'pharmaceutical'],
  elderly: ['elderly', 'senior', 'older'],
  exercise: ['exercise', 'workout', 'training'],
  immune: ['immune', 'immunity'],
  hormone: ['hormone', 'hormonal'],
  supplement: ['supplement', 'supplementation', 'supplementing'],
  deficiency: ['deficiency', 'deficient'],
  slow: ['slow', 'delay'],
  // One word's family, which the stemmer leaves apart ("injured" and "injury", "tired" and "fatigue").
  injury: ['injury', 'injuries', 'injured', 'injure'],
  anxiety: ['anxiety', 'anxious'],
  fatigue: ['fatigue', 'fatigued', 'tired', 'tiredness', 'exhaustion', 'exhausted'],
  fertility: ['fertility', 'fertile'],
  metabolism: ['metabolism', 'metabolic', 'metabolize', 'metabolise'],
  depression: ['depression', 'depressive', 'depressed'],
  obesity: ['obesity', 'obese'],
  diabetes: ['diabetes', 'diabetic'],
  stress: ['stress', 'stressed', 'stressful'],
  // "Needs a prescription" and "a prescription is required" say one thing.
  need: ['need', 'require', 'required', 'requirement'],
  // Words the stemmer leaves apart that the database's own phrasings of one claim use for each
  // other (tests/eval/substitutions.ts lists such pairs).
  menopause: ['menopause', 'menopausal'],
  perimenopause: ['perimenopause', 'perimenopausal'],
  postmenopause: ['postmenopause', 'postmenopausal'],
  help: ['help', 'aid'],
  interact: ['interact', 'interaction'],
  dilate: ['dilate', 'dilation', 'widen'],
  depend: ['depend', 'dependent'],
};

/** Multi-word names and phrases, longest first; each folds to one term. */
const PHRASES: [string, string][] = [
  ['insulin like growth factor 1', 'igf1'],
  ['insulin like growth factor i', 'igf1'],
  ['insulin like growth factor', 'igf1'],
  ['glucagon like peptide 1', 'glp1'],
  ['human growth hormone', 'gh'],
  ['growth hormone', 'gh'],
  ['hgh', 'gh'],
  ['igf i', 'igf1'],
  ['igf', 'igf1'],
  ['food and drug administration', 'fda'],
  ['world anti doping agency', 'wada'],
  ['world anti doping', 'wada'],
  ['lead to', 'cause'],
  ['leads to', 'cause'],
  ['led to', 'cause'],
  ['result in', 'cause'],
  ['testosterone replacement therapy', 'trt'],
  ['testosterone replacement', 'trt'],
  ['testosterone therapy', 'trt'],
  ['hormone replacement therapy', 'hrt'],
  ['menopausal hormone therapy', 'hrt'],
  ['lean body mass', 'muscle'],
  ['lean muscle mass', 'muscle'],
  ['skeletal muscle mass', 'muscle'],
  ['lean muscle', 'muscle'],
  ['muscle mass', 'muscle'],
  ['lean mass', 'muscle'],
  ['lean tissue', 'muscle'],
  ['fat free mass', 'muscle'],
  ['lbm', 'muscle'],
  ['visceral adipose tissue', 'visceralfat'],
  ['visceral adiposity', 'visceralfat'],
  ['visceral fat', 'visceralfat'],
  ['belly fat', 'visceralfat'],
  ['abdominal fat', 'visceralfat'],
  ['body fat', 'fat'],
  ['blood pressure', 'bp'],
  ['heart attack', 'mi'],
  ['myocardial infarction', 'mi'],
  ['erectile dysfunction', 'ed'],
  ['bone mineral density', 'bmd'],
  ['bone density', 'bmd'],
  ['hemoglobin a1c', 'a1c'],
  ['glycated hemoglobin', 'a1c'],
  ['type 2 diabetes', 't2d'],
  ['type ii diabetes', 't2d'],
  ['melanocortin 4 receptor', 'mc4r'],
  ['sex drive', 'libido'],
  ['sexual desire', 'libido'],
  ['blood sugar', 'glucose'],
  ['life span', 'lifespan'],
  ['live longer', 'lifespan'],
  ['brain fog', 'cognition'],
  ['vitamin d3', 'vitamind'],
  ['vitamin d', 'vitamind'],
  ['cholecalciferol', 'vitamind'],
  ['vitamin c', 'vitaminc'],
  // "A" is a stop word: without this, "vitamin A" would be said by any "vitamin".
  ['vitamin a', 'vitamina'],
  ['ascorbic acid', 'vitaminc'],
  ['black box', 'box'],
  ['blackbox', 'box'],
  ['per cent', '%'],
  ['get rid of', 'eliminat'],
  ['ward off', 'prevent'],
  ['wards off', 'prevent'],
  ['ahead of', 'befor'],
  ['side effect', 'sideeffect'],
  ['adverse effect', 'sideeffect'],
  ['adverse event', 'sideeffect'],
  ['adverse reaction', 'sideeffect'],
  // "Other unwanted effects may include higher cholesterol": a harm, not a benefit raised.
  ['unwanted effect', 'sideeffect'],
  ['undesirable effect', 'sideeffect'],
  ['undesired effect', 'sideeffect'],
  ['in vitro', 'invitro'],
  ['cell culture', 'invitro'],
  ['test tube', 'invitro'],
  // "Lengthened hair follicles in culture", "ex vivo", "cultured cells", "in the lab": a lab's finding.
  ['in culture', 'invitro'],
  ['cultured cell', 'invitro'],
  ['ex vivo', 'invitro'],
  ['in the lab', 'invitro'],
  ['in a lab', 'invitro'],
  ['in the laboratory', 'invitro'],
  ['in laboratory study', 'invitro'],
  ['in laboratory experiment', 'invitro'],
  // A sausage, not an animal: "hot dogs and bacon raise colorectal cancer risk".
  ['hot dog', 'hotdog'],
  ['animal model', 'animal'],
  ['fine line', 'wrinkle'],
  // Fixed phrases whose words would otherwise read as effect verbs.
  ['double blind', 'doubleblind'],
  ['fall asleep', 'fallasleep'],
  ['extended release', 'extendedrelease'],
  // "not only…but also", "including but not limited to", "not the only way", "whether or not" deny nothing.
  ['not only', 'notonly'],
  ['not just', 'notonly'],
  ['not limited to', 'notonly'],
  ['not the only', 'notonly'],
  ['not the sole', 'notonly'],
  ['whether or not', 'whether'],
  ['that s not all', 'notonly'],
  ['but not least', 'notonly'],
  ['shut down', 'dir:down'],
  ['shuts down', 'dir:down'],
  // Hormones named for what they stimulate: "stimulating" is part of the name, not an effect.
  ['follicle stimulating hormone', 'fsh'],
  ['thyroid stimulating hormone', 'tsh'],
];

const stemWord = (w: string) => (/^\d+$/.test(w) ? w : stem(w));

/** Stemmed single word → concept term. A Map: page words must never find Object's members. */
export const SYNONYMS: ReadonlyMap<string, string> = new Map(
  Object.entries({ ...DIRECTIONS, ...WORDS }).flatMap(([concept, words]) =>
    words.filter((w) => !w.includes(' ')).map((w): [string, string] => [stemWord(w), concept]),
  ),
);

/** Phrases as stemmed term sequences, longest first, keyed by their first term. */
export const PHRASES_BY_FIRST: ReadonlyMap<string, [string[], string][]> = (() => {
  const byFirst = new Map<string, [string[], string][]>();
  const all = PHRASES.map(([words, canon]): [string[], string] => [words.split(' ').map(stemWord), canon]).sort(
    (a, b) => b[0].length - a[0].length,
  );
  for (const p of all) {
    const list = byFirst.get(p[0][0]!);
    if (list) list.push(p);
    else byFirst.set(p[0][0]!, [p]);
  }
  return byFirst;
})();

/** Whether a term is a direction concept. */
export function isDirection(term: string): boolean {
  return term.startsWith('dir:');
}

/**
 * Drug classes and the topics they name: "GLP-1 agonists cause nausea" is a claim about each
 * member, so the class reaches its members' claims. Topics absent from a database are skipped.
 */
export const CLASS_NAMES: readonly (readonly [string, readonly string[]])[] = (() => {
  const glp1 = ['semaglutide', 'tirzepatide', 'liraglutide', 'retatrutide'];
  const secretagogues = ['mk-677', 'ipamorelin', 'ghrp', 'hexarelin'];
  const ghrh = ['sermorelin', 'tesamorelin', 'cjc-1295'];
  const serms = ['clomiphene', 'enclomiphene'];
  const nad = ['nmn', 'nicotinamide-riboside', 'nad'];
  return [
    ...[
      'agonist',
      'agonists',
      'receptor agonist',
      'receptor agonists',
      'ra',
      'ras',
      'drug',
      'drugs',
      'medication',
      'medications',
      'injection',
      'injections',
      'therapy',
      'weight loss drug',
      'weight loss drugs',
      'weight loss medications',
      'analog',
      'analogs',
      'analogue',
      'analogues',
      'shot',
      'shots',
    ].map((w): [string, string[]] => [`glp-1 ${w}`, glp1]),
    ['glp-1s', glp1],
    ['incretin drugs', glp1],
    ['incretin medications', glp1],
    ['growth hormone secretagogue', secretagogues],
    ['growth hormone secretagogues', secretagogues],
    ['gh secretagogues', secretagogues],
    ['ghrh analog', ghrh],
    ['ghrh analogs', ghrh],
    ['ghrh analogue', ghrh],
    ['ghrh analogues', ghrh],
    ['ghrh peptides', ghrh],
    ['serms', serms],
    ['nad precursors', nad],
    ['nad+ precursors', nad],
    ['aromatase inhibitors', ['anastrozole']],
    ['aromatase inhibitor', ['anastrozole']],
  ];
})();

/**
 * Topics that pages treat as one subject: a sentence about "somatotropic hormone" may take a
 * somatropin claim. The subject rule (find-claims.ts) lets a sentence's named topic reach its family.
 */
export const TOPIC_FAMILIES: readonly (readonly string[])[] = [
  ['growth-hormone', 'somatropin', 'hgh-boosters', 'igf-1', 'anti-aging'],
  ['testosterone', 'dht', 'shbg'],
  ['nad', 'nmn', 'nicotinamide-riboside'],
  ['cjc-1295', 'ipamorelin'],
  ['clomiphene', 'enclomiphene'],
  ['menopausal-hrt', 'progesterone'],
];

/**
 * Topics about a subject in general rather than a substance or therapy (regulation, physiology,
 * nutrition at large): their names ("compound", "peptide", "sleep") occur in any health text,
 * so no claim is marked for them unless a reviewed claim matches it.
 *
 * Thyroid and cortisol are no longer among them: pages about hypothyroidism, Hashimoto's or
 * "adrenal fatigue" make claims about them that no reviewed claim holds, and went unmarked
 * (rounds 80 and 85's thyroid-and-adrenal curators met recall 0.386 and 0.351 on their first runs).
 * With them specific, round 85's first labels went 198 -> 210 found of 330, pole 110 -> 115;
 * round 80's 276 -> 283, pole 182 -> 186; tuning 6477 -> 6491, pole 5473 -> 5477, 32 of 44 new
 * marks correct, 0 marks on its 113 negatives.
 */
export const GENERAL_TOPICS: ReadonlySet<string> = new Set([
  'peptides',
  'compounding',
  'dietary-supplements',
  'anti-aging',
  'fda-approval',
  'research-use-only',
  'wada',
  'micronutrients',
  'sarcopenia',
  'sleep',
  'exercise',
  'protein',
  'fasting',
  'shbg',
  'pcos',
  'insulin',
  'ghrelin',
  'igf-1',
  'growth-hormone',
  'dht',
  'mitochondria',
  // Processes in the cell, as mitochondria: "urolithin A switches on mitophagy" is about urolithin A.
  'mitophagy',
  'sirtuins',
  'ketogenic-diet',
]);
