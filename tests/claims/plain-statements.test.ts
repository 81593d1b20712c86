import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readClaimsDir } from '../../lib/cli/claims-dir';
import { buildIndex } from '../../lib/core/claim-index';
import { findClaims } from '../../lib/core/find-claims';
import { RECORDED_FREQUENCIES } from '../../lib/core/term-frequencies';

/**
 * The commonest claims on peptide, hormone, GLP-1 and supplement pages, each in the plainest form
 * a page puts it (our own sentences, written for this test, not page or labelled text), under a
 * heading that names the page's topic: each must be marked with its reviewed claim, not left to
 * an unreviewed mark or taken by a neighbouring claim. Session 40 found five of them missed or
 * mismarked ("metformin lowers blood sugar" had only an unreviewed mark, "testosterone therapy
 * increases muscle mass" took the bone-density claim).
 */
const index = buildIndex(
  readClaimsDir(join(__dirname, '..', '..', 'claims')).files.map((f) => f.data),
  RECORDED_FREQUENCIES,
);

const PAGES: Record<string, [sentence: string, claimId: string][]> = {
  "BPC-157 guide": [
    [
      "BPC-157 heals tendons and ligaments.",
      "bpc-157-heals-tendons-ligaments"
    ],
    [
      "BPC-157 has not been tested in human trials.",
      "bpc-157-never-tested-in-humans"
    ],
    [
      "BPC-157 is not approved by the FDA.",
      "bpc-157-not-fda-approved"
    ],
    [
      "BPC-157 heals the gut lining.",
      "bpc-157-heals-gut"
    ],
    [
      "BPC-157 is banned by WADA.",
      "bpc-157-wada-prohibited"
    ],
    [
      "BPC-157 reduces inflammation.",
      "bpc-157-reduces-inflammation"
    ]
  ],
  "Metformin and your health": [
    [
      "Metformin lowers blood sugar.",
      "metformin-lowers-a1c-about-1-percent"
    ],
    [
      "Metformin is the first-line drug for type 2 diabetes.",
      "metformin-first-line-diabetes"
    ],
    [
      "Metformin can cause stomach upset and diarrhea.",
      "metformin-gi-side-effects"
    ],
    [
      "Long-term metformin use can lower vitamin B12 levels.",
      "b-vitamins-metformin-ppi-lower-b12"
    ],
    [
      "Metformin may help people live longer.",
      "metformin-anti-aging-longevity"
    ],
    [
      "Metformin rarely causes low blood sugar on its own.",
      "metformin-no-hypoglycemia-alone"
    ],
    [
      "Metformin can lead to modest weight loss.",
      "metformin-modest-weight-loss"
    ]
  ],
  "Supplements overview": [
    [
      "Creatine increases muscle strength.",
      "creatine-increases-strength-and-lean-mass"
    ],
    [
      "Creatine causes hair loss.",
      "creatine-causes-hair-loss"
    ],
    [
      "Melatonin helps you fall asleep faster.",
      "melatonin-fall-asleep-faster"
    ],
    [
      "Ashwagandha lowers cortisol.",
      "ashwagandha-lowers-cortisol"
    ],
    [
      "Magnesium improves sleep quality.",
      "magnesium-improves-sleep"
    ],
    [
      "Vitamin D strengthens bones.",
      "vitamin-d-calcium-absorption"
    ],
    [
      "Collagen supplements improve skin elasticity.",
      "collagen-improves-skin-elasticity-hydration"
    ],
    [
      "Fish oil lowers triglycerides.",
      "omega-3-lowers-triglycerides"
    ],
    [
      "Berberine lowers blood sugar.",
      "berberine-lowers-blood-sugar"
    ]
  ],
  "Semaglutide explained": [
    [
      "Semaglutide causes nausea in many people.",
      "semaglutide-gastrointestinal-side-effects-common"
    ],
    [
      "Semaglutide helps people lose about 15% of their body weight.",
      "semaglutide-step1-fifteen-percent-weight-loss"
    ],
    [
      "Semaglutide reduces appetite.",
      "semaglutide-causes-weight-loss"
    ],
    [
      "Semaglutide slows stomach emptying.",
      "semaglutide-glp1-appetite-gastric-emptying"
    ],
    [
      "Semaglutide lowers the risk of heart attack and stroke.",
      "semaglutide-sustain6-fewer-cv-events-type-2-diabetes"
    ],
    [
      "People regain weight after stopping semaglutide.",
      "semaglutide-weight-regain-after-stopping"
    ],
    [
      "Semaglutide can cause pancreatitis.",
      "semaglutide-pancreatitis-rare-in-trials"
    ],
    [
      "Semaglutide carries a boxed warning about thyroid tumors.",
      "semaglutide-boxed-warning-thyroid-c-cell-tumors"
    ],
    [
      "Semaglutide is injected once a week.",
      "semaglutide-weekly-dosing-escalation"
    ],
    [
      "Compounded semaglutide is not FDA approved.",
      "fda-approval-compounded-drugs-approved"
    ]
  ],
  "Testosterone therapy guide": [
    [
      "Testosterone therapy increases muscle mass.",
      "testosterone-increases-muscle-mass-strength"
    ],
    [
      "Testosterone therapy improves libido.",
      "testosterone-improves-sexual-function"
    ],
    [
      "TRT can shrink the testicles.",
      "testosterone-causes-testicular-atrophy"
    ],
    [
      "TRT reduces sperm production.",
      "testosterone-suppresses-fertility"
    ],
    [
      "Testosterone therapy raises red blood cell counts.",
      "testosterone-erythrocytosis"
    ],
    [
      "Testosterone levels decline with age.",
      "testosterone-declines-with-age"
    ],
    [
      "TRT can improve mood and energy.",
      "testosterone-improves-energy-mood"
    ]
  ]
};

describe('plain statements of the commonest claims', () => {
  for (const [heading, statements] of Object.entries(PAGES))
    it(`marks each with its reviewed claim under "${heading}"`, () => {
      const marked = statements.map(([sentence]) => {
        const text = `${heading}\n\n${sentence}`;
        return findClaims(text, index)
          .filter((m) => m.start > heading.length)
          .map((m) => m.claimId);
      });
      expect(marked).toEqual(statements.map(([, id]) => [id]));
    });
});
