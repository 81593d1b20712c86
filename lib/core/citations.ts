/**
 * Citations a page gives or only gestures at. "A 2019 study in JCEM found…", "studies
 * show", "clinically proven", "doctors agree": a reader cannot check any of these. A PMID,
 * a DOI, a link or a numbered reference beside the claim is a citation that can be checked.
 */
const VAGUE =
  /\b(?:(?:a|one|an?\s+\w+)\s+(?:(?:19|20)\d\d\s+)?(?:study|trial|paper|review)\s+(?:published\s+)?(?:in|from|by|found|showed|shows|revealed|demonstrated|suggests?)|(?:studies|research|science|trials|data)\s+(?:show|shows|showed|suggest|suggests|prove|proves|confirm|confirms|demonstrate|demonstrates|has shown|have shown)|clinically\s+(?:proven|tested|shown)|scientifically\s+proven|(?:doctors|experts|scientists|researchers)\s+(?:agree|say|recommend|believe)|according\s+to\s+(?:research|studies|experts|science))\b/i;

const CHECKABLE =
  /\bPMID:?\s*(\d{5,9})\b|\b(10\.\d{4,9}\/[^\s"<>]+[^\s"<>.,;)])|(https?:\/\/[^\s"<>)]*[^\s"<>).,;:])|\[\d{1,3}(?:[,–-]\s*\d{1,3})*\]|\(\d{1,3}\)/gi;

/** The identifiers a stretch of page text gives: PMIDs, DOIs and links (numbered references count, unnamed). */
export function pageCitations(text: string): { sources: string[]; referenced: boolean } {
  const sources: string[] = [];
  let referenced = false;
  for (const m of text.matchAll(CHECKABLE)) {
    referenced = true;
    if (m[1]) sources.push(`PMID ${m[1]}`);
    else if (m[2]) sources.push(`DOI ${m[2]}`);
    else if (m[3]) sources.push(m[3]);
  }
  return { sources: [...new Set(sources)], referenced };
}

/** Whether a sentence leans on an authority it does not name, with nothing checkable beside it. */
export function isVagueCitation(sentence: string, around: string): boolean {
  return VAGUE.test(sentence) && !pageCitations(around).referenced;
}
