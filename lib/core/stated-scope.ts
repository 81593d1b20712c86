import type { Scope } from './claim-types';
import type { Token } from './tokenize';

/**
 * Where a sentence says a finding was made. The thesaurus folds "in rats", "mice", "rodent",
 * "preclinical", "animal models" to `animal`, and "in vitro", "cell cultures", "test tube" to
 * `invitro`; "cells" counts only beside a study word ("in cell studies", "lab studies").
 * A sentence that says none of these states its claim about people.
 */
export function statedScope(tokens: readonly Token[]): Scope {
  let animal = false;
  let cells = false;
  for (let i = 0; i < tokens.length; i++) {
    const term = tokens[i]!.term;
    if (term === 'animal') animal = true;
    else if (term === 'invitro') cells = true;
    else if ((term === 'cell' || term === 'lab') && tokens[i + 1]?.term === 'study') cells = true;
  }
  // "Shown in rats and in cell cultures" is an animal finding first: the nearer to people.
  return animal ? 'animal' : cells ? 'in-vitro' : 'human';
}
