import { describe, expect, it } from 'vitest';
import { STOP_WORDS } from '../../lib/core/stop-words';
import { tokenize } from '../../lib/core/tokenize';

const terms = (text: string) => tokenize(text).map((t) => t.term);

describe('tokenize', () => {
  it('reads a number range the same with a dash, "to" and "percent"', () => {
    const a = terms('98–100% lean mass').filter((t) => t !== 'to');
    const b = terms('ninety-eight to one hundred percent lean mass').filter((t) => t !== 'to');
    expect(a).toEqual(['98', '100', '%', 'muscle']);
    expect(b).toEqual(a);
  });

  it('reads a Greek letter spelled the Italian way as the English one', () => {
    expect(terms('thymosin alfa 1')).toEqual(terms('thymosin alpha 1'));
  });

  it('folds black box, black-box and boxed warnings to one term', () => {
    expect(terms('black box warning')).toEqual(terms('boxed warnings'));
    expect(terms('black-box warnings')).toEqual(terms('Boxed Warning'));
  });

  it('joins code names however the page spaces them', () => {
    expect(terms('BPC-157')).toEqual(['bpc157']);
    expect(terms('BPC 157')).toEqual(['bpc157']);
    expect(terms('IGF-1')).toEqual(terms('insulin-like growth factor 1'));
    expect(terms('MK 677 and MK-677')).toEqual(['mk677', 'and', 'mk677']);
  });

  it('joins "omega 3" and "alpha 1" as pages write them either way, "alfa" as "alpha"', () => {
    expect(terms('omega 3 fatty acids')).toEqual(terms('omega-3 fatty acids'));
    expect(terms('thymosin alpha 1')).toEqual(terms('thymosin alpha-1'));
    expect(terms('thymosin alfa 1')).toEqual(terms('thymosin alpha-1'));
    expect(terms('the alpha male')).toEqual(['the', 'alpha', 'mal']);
  });

  it('joins "beta 4", "gamma 3" and "delta 9" the same way', () => {
    expect(terms('thymosin beta 4')).toEqual(terms('thymosin beta-4'));
    expect(terms('delta 9 THC')).toEqual(terms('delta-9 THC'));
    expect(terms('gamma 3 tocopherol')).toEqual(terms('gamma-3 tocopherol'));
  });

  it('reads a shouted name before an amount as the name and a dose, not a code name', () => {
    expect(terms('HCG 500 units')).toEqual(['hcg', '500', 'unit']);
    expect(terms('DHEA 50 mg daily')).toEqual(['dhea', '50', 'mg', 'daily']);
    expect(terms('NMN 250 milligrams')).toEqual(terms('NMN 250 mg'));
    expect(terms('BPC 157 500 mcg')).toEqual(['bpc157', '500', 'mcg']);
  });

  it('keeps a numeric range as two numbers, not a code name', () => {
    expect(terms('2-3 months')).toEqual(['2', '3', 'month']);
  });

  it('folds units and their spellings', () => {
    expect(terms('200mcg')).toEqual(['200', 'mcg']);
    expect(terms('200 µg')).toEqual(terms('200 micrograms'));
    expect(terms('1.6–2.2g/kg')).toEqual(['1.6', '2.2', 'g', 'kg']);
    expect(terms('1,000 IU')).toEqual(['1000', 'iu']);
  });

  it('reads contractions with "n’t" as "not"', () => {
    expect(terms('It won’t raise risk')).toEqual(['it', 'not', 'dir:up', 'risk']);
    expect(terms("can't, don't, isn't")).toEqual(['not', 'not', 'not']);
    expect(terms("the patient's own")).toEqual(['the', 'patient', 's', 'own']);
  });

  it('folds inflections and British spellings', () => {
    expect(terms('increases')).toEqual(terms('increased'));
    expect(terms('increasing')).toEqual(terms('increase'));
    expect(terms('tumour desensitisation')).toEqual(terms('tumor desensitization'));
    expect(terms('healthy ageing, anaemia and hypoglycaemia in paediatric coeliac patients')).toEqual(
      terms('healthy aging, anemia and hypoglycemia in pediatric celiac patients'),
    );
    expect(terms('oedema, diarrhoea and foetal harm; dietary fibre, a litre, sulphate')).toEqual(
      terms('edema, diarrhea and fetal harm; dietary fiber, a liter, sulfate'),
    );
    expect(terms('foes')).toEqual(['foe']); // only "foet-" is the British "fet-"
    // A British "-our" in the plural too.
    expect(terms('tumours and behaviours')).toEqual(terms('tumors and behaviors'));
  });

  it('reads adverbs of proportion as one word, leaving their adjectives alone', () => {
    const mainly = terms('testosterone is made mainly in the testes');
    for (const adverb of ['largely', 'primarily', 'chiefly', 'predominantly'])
      expect(terms(`testosterone is made ${adverb} in the testes`)).toEqual(mainly);
    // Still a word of the claim: "works chiefly by" says more than "works by".
    expect(mainly.filter((t) => !STOP_WORDS.has(t))).toHaveLength(4);
    expect(terms('large doses')).not.toEqual(terms('largely doses'));
  });

  it('folds the words pages use for one relation or group to one term', () => {
    const terms = (s: string) => tokenize(s).map((t) => t.term);
    expect(terms('banned by the World Anti-Doping Agency')).toEqual(terms('banned by the WADA'));
    expect(terms('steroids lead to acne')).toEqual(terms('steroids cause acne'));
    expect(terms('linked to heart disease')).toEqual(terms('associated to heart disease'));
    expect(terms('a drug for seniors')).toEqual(terms('a medication for elderly'));
    expect(terms('immunity')).toEqual(terms('immune'));
    // One word's family, which the stemmer leaves apart.
    expect(terms('speeds recovery of injured tendons')).toEqual(terms('speeds recovery of injury tendon'));
    expect(terms('feeling tired')).toEqual(terms('feeling fatigued'));
    expect(terms('obese diabetic patients')).toEqual(terms('obesity diabetes patients'));
    expect(terms('anxious and stressed')).toEqual(terms('anxiety and stress'));
    expect(terms('metabolic rate')).toEqual(terms('metabolism rate'));
    expect(terms('menopausal and perimenopausal women after postmenopause')).toEqual(
      terms('menopause and perimenopause women after postmenopausal'),
    );
    expect(terms('drug interactions')).toEqual(terms('drugs interact'));
    expect(terms('it aids sleep')).toEqual(terms('it helps sleep'));
    // The disease is no verb: "AIDS wasting" says nothing of helping.
    expect(terms('AIDS wasting')).not.toContain(terms('helps')[0]);
    expect(terms('AIDS wasting')).not.toEqual(terms('aids wasting'));
    expect(terms('Aids digestion')).toEqual(terms('helps digestion'));
    expect(terms('dose-dependent; it widens vessels')).toEqual(terms('dose depends; it dilates vessels'));
    // Irregular past forms meet the verb pages use in the present.
    expect(terms('it must be taken with food')).toEqual(terms('it must be take with food'));
    expect(terms('patients lost weight')).toEqual(terms('patients lose weight'));
    expect(terms('collagen is made in the skin')).toEqual(terms('collagen is make in the skin'));
    // What a remedy does to a symptom, taking something on, warding it off; a British "-ue".
    expect(terms('probiotics ease anxiety and relieve pain')).toEqual(
      terms('probiotics reduce anxiety and reduce pain'),
    );
    expect(terms('it alleviates symptoms')).toEqual(terms('it lowers symptoms'));
    expect(terms('glutathione neutralises free radicals')).toEqual(terms('glutathione fights free radicals'));
    expect(terms('it combats inflammation')).toEqual(terms('it counteracts inflammation'));
    expect(terms('zinc wards off colds')).toEqual(terms('zinc prevents colds'));
    expect(terms('an ACTH analogue')).toEqual(terms('an ACTH analog'));
    // Idioms that deny nothing: "But that's not all:", "last but not least".
    expect(terms("But that's not all: it lowers cortisol")).not.toContain('not');
    expect(terms('Last but not least, it lowers cortisol')).not.toContain('not');
  });

  it('treats growth hormone, GH and HGH as one subject', () => {
    expect(terms('human growth hormone')).toEqual(['gh']);
    expect(terms('HGH')).toEqual(['gh']);
    expect(terms('growth hormone')).toEqual(['gh']);
  });

  it('keeps offsets that point at the original text', () => {
    const text = 'Somatropin carries FDA “black-box” warnings';
    for (const t of tokenize(text, 10)) {
      expect(t.start).toBeGreaterThanOrEqual(10);
      expect(text.slice(t.start - 10, t.end - 10).length).toBe(t.end - t.start);
    }
    const box = tokenize(text).find((t) => t.term === 'box')!;
    expect(text.slice(box.start, box.end)).toBe('black-box');
  });
});

describe('tokenize and Object members', () => {
  it('keeps "constructor" and "toString" as the words they are', () => {
    expect(tokenize('constructor').map((t) => t.term)).toEqual(['constructor']);
  });
});

describe('stems that would collide with words that matter', () => {
  it('keeps "note" apart from "not", "rate" from "rat" and "effectively" from "effective"', () => {
    expect(tokenize('note noted').map((t) => t.term)).toEqual(['note', 'note']);
    expect(tokenize('metabolic rate').map((t) => t.term)).not.toContain('animal');
    expect(tokenize('effectively').map((t) => t.term)).not.toEqual(tokenize('effective').map((t) => t.term));
  });

  it('keeps the names "compounding" and "fasting" apart from the words "compound" and "fast"', () => {
    const terms = (s: string) => tokenize(s).map((t) => t.term);
    expect(terms('compounded compounding')).toEqual(['compounding', 'compounding']);
    expect(terms('the original compound')).not.toContain('compounding');
    expect(terms('fasted fasting')).toEqual(['fasting', 'fasting']);
    expect(terms('fast results')).not.toContain('fasting');
  });
});

describe('"NO" for nitric oxide', () => {
  const terms = (s: string) => tokenize(s).map((t) => t.term);
  it('reads "(NO)", "NO levels" and "NO boosters" as nitric oxide, never as a negation', () => {
    const oxide = terms('nitric oxide');
    expect(terms('(NO)')).toEqual(oxide);
    expect(terms('NO levels rise')).toEqual([...oxide, ...terms('levels rise')]);
    expect(terms('NO boosters')).toEqual([...oxide, ...terms('boosters')]);
  });
  it('keeps "no" a negation in lower case and a capitalised "NO" before other words', () => {
    expect(terms('no levels')).toContain('no');
    expect(terms('NO side effects')).toContain('no');
    expect(terms('(no)')).toEqual(['no']);
  });
});

describe('hormones named for what they stimulate', () => {
  it('reads "follicle-stimulating hormone" and "thyroid stimulating hormone" as names, with no effect verb in them', () => {
    const terms = (s: string) => tokenize(s).map((t) => t.term);
    expect(terms('follicle-stimulating hormone')).toEqual(terms('FSH'));
    expect(terms('thyroid stimulating hormone')).toEqual(terms('TSH'));
    expect(terms('it is stimulating hormone release')).toContain('dir:up');
  });
});

describe('"T" for testosterone', () => {
  const terms = (s: string) => tokenize(s).map((t) => t.term);
  it('reads a capital "T" beside "low", "free", "total" or "levels" as testosterone', () => {
    expect(terms('Low T is common')).toEqual(terms('low testosterone is common'));
    expect(terms('men with low-T')).toEqual(terms('men with low testosterone'));
    expect(terms('free T and total T')).toEqual(terms('free testosterone and total testosterone'));
    expect(terms('T levels drop')).toEqual(terms('testosterone levels drop'));
  });
  it('leaves "T cells", a lower-case "t" and a "T" elsewhere alone', () => {
    expect(terms('low T cell counts')).not.toContain(terms('testosterone')[0]);
    expect(terms('low t levels')).not.toContain(terms('testosterone')[0]);
    expect(terms("don't lower it")).toContain('not');
    expect(terms('a T-test')).not.toContain(terms('testosterone')[0]);
  });
});
