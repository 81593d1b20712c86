import {
  CERTAINTIES,
  CLAIM_KINDS,
  EVIDENCE_KINDS,
  FIGURE_UNITS,
  SCOPES,
  SOURCE_KINDS,
  VERDICTS,
  type Claim,
  type EvidenceFigure,
  type Source,
  type TopicFile,
  type TopicProfile,
} from './claim-types';

/** One problem in a claims file, named well enough to fix without searching. */
export interface ClaimsProblem {
  file: string;
  claimId: string | null;
  field: string;
  message: string;
}

export class ClaimsFileError extends Error {
  readonly problems: ClaimsProblem[];
  constructor(problems: ClaimsProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'ClaimsFileError';
    this.problems = problems;
  }
}

export function formatProblem(p: ClaimsProblem): string {
  const where = p.claimId ? `${p.file}: claim "${p.claimId}": ${p.field}` : `${p.file}: ${p.field}`;
  return `${where}: ${p.message}`;
}

const TOPIC_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const PMID_RE = /^\d{1,9}$/;
const DOI_RE = /^10\.\d{4,9}\/\S+$/;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;
/** The longest summary a claim may have: the reader's popover shows it whole. */
export const MAX_SUMMARY = 600;

/**
 * Checks parsed JSON against the schema in DESIGN.md and returns every problem found
 * (not only the first), so a curator fixes a file in one pass.
 */
export function checkTopicFile(data: unknown, file: string): ClaimsProblem[] {
  const problems: ClaimsProblem[] = [];
  const add = (claimId: string | null, field: string, message: string) =>
    problems.push({ file, claimId, field, message });

  if (!isObj(data)) {
    add(null, '(root)', 'must be an object with "topic", "names" and "claims"');
    return problems;
  }
  const topic = data.topic;
  if (!isText(topic) || !TOPIC_RE.test(topic)) add(null, 'topic', 'must be a kebab-case name');
  if (!Array.isArray(data.names) || !data.names.every(isText)) {
    add(null, 'names', 'must be an array of non-empty strings');
  }
  if (data.profile !== undefined) checkProfile(data.profile, add);
  if (!Array.isArray(data.claims) || data.claims.length === 0) {
    add(null, 'claims', 'must be a non-empty array');
    return problems;
  }
  data.claims.forEach((raw, i) => checkClaim(raw, i, typeof topic === 'string' ? topic : '', add));
  return problems;
}

function checkClaim(raw: unknown, index: number, topic: string, add: Add): void {
  if (!isObj(raw)) {
    add(null, `claims[${index}]`, 'must be an object');
    return;
  }
  const id = isText(raw.id) ? raw.id : null;
  const who = id ?? `claims[${index}]`;
  if (!id || !TOPIC_RE.test(id)) add(who, 'id', 'must be kebab-case');
  else if (topic && !id.startsWith(`${topic}-`)) add(who, 'id', `must start with "${topic}-"`);
  if (!isText(raw.claim)) add(who, 'claim', 'must be a non-empty sentence');
  if (!Array.isArray(raw.phrasings) || raw.phrasings.length === 0 || !raw.phrasings.every(isText)) {
    add(who, 'phrasings', 'must be a non-empty array of non-empty strings');
  }
  checkEnum(raw.verdict, VERDICTS, who, 'verdict', add);
  checkEnum(raw.certainty, CERTAINTIES, who, 'certainty', add);
  checkEnum(raw.evidence, EVIDENCE_KINDS, who, 'evidence', add);
  if (!isText(raw.summary)) add(who, 'summary', 'must be 1–3 plain sentences');
  else if (raw.summary.length > MAX_SUMMARY)
    add(
      who,
      'summary',
      `must be at most ${MAX_SUMMARY} characters (the popover shows it whole); it has ${raw.summary.length}`,
    );
  if (!isText(raw.reviewed) || !DATE_RE.test(raw.reviewed)) add(who, 'reviewed', 'must be a YYYY-MM-DD date');
  if (raw.scope !== undefined) checkEnum(raw.scope, SCOPES, who, 'scope', add);
  if (raw.kind !== undefined) checkEnum(raw.kind, CLAIM_KINDS, who, 'kind', add);
  checkSources(raw.sources, 'sources', who, add);
  if (raw.evidenceFigure !== undefined) checkEvidenceFigure(raw.evidenceFigure, raw.sources, who, add);
}

const FIGURE_KEYS: (keyof EvidenceFigure)[] = ['quantity', 'unit', 'low', 'high', 'source', 'note'];

/**
 * An evidence figure (claim-types.ts): every wrong field is named on its own, so a curator
 * sees at once that the unit is unknown and the range upside down.
 */
function checkEvidenceFigure(raw: unknown, sources: unknown, who: string, add: Add): void {
  const field = 'evidenceFigure';
  if (!isObj(raw)) {
    add(who, field, 'must be { quantity, unit, low, high, source, note? }');
    return;
  }
  if (!isText(raw.quantity)) add(who, `${field}.quantity`, 'must say what was measured, in a few words');
  checkEnum(raw.unit, FIGURE_UNITS, who, `${field}.unit`, add);
  const number = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
  if (!number(raw.low)) add(who, `${field}.low`, 'must be a number, 0 or more (a loss is recorded as its size)');
  if (!number(raw.high)) add(who, `${field}.high`, 'must be a number, 0 or more (a loss is recorded as its size)');
  if (number(raw.low) && number(raw.high) && raw.low > raw.high)
    add(who, `${field}.high`, `must be at least low (${raw.low}); got ${raw.high}`);
  const count = Array.isArray(sources) ? sources.length : 0;
  if (typeof raw.source !== 'number' || !Number.isInteger(raw.source) || raw.source < 0 || raw.source >= count)
    add(
      who,
      `${field}.source`,
      `must index the claim's own sources (0${count > 1 ? `–${count - 1}` : ''}); got ${JSON.stringify(raw.source)}`,
    );
  if (raw.note !== undefined && !isText(raw.note)) add(who, `${field}.note`, 'must be plain text when given');
  for (const key of Object.keys(raw)) {
    if (!(FIGURE_KEYS as string[]).includes(key)) add(who, `${field}.${key}`, 'is not a field of an evidence figure');
  }
}

type Add = (claimId: string | null, field: string, message: string) => void;

function checkSources(raw: unknown, field: string, who: string | null, add: Add): void {
  if (!Array.isArray(raw) || raw.length === 0) add(who, field, 'must list at least one source');
  else raw.forEach((s, j) => checkSource(s, `${field}[${j}]`, who, add));
}

/** A topic's evidence profile (DESIGN.md, "The claims database"); problems are named `profile.<field>`. */
function checkProfile(raw: unknown, add: Add): void {
  if (!isObj(raw)) {
    add(null, 'profile', 'must be an object');
    return;
  }
  for (const field of ['what', 'animalEvidence', 'inVitroEvidence', 'regulatory', 'harms'] as const) {
    if (!isText(raw[field])) add(null, `profile.${field}`, 'must be plain text (say "none" when there is none)');
  }
  const human = raw.humanEvidence;
  if (!isObj(human)) add(null, 'profile.humanEvidence', 'must be { kind, certainty, summary }');
  else {
    checkEnum(human.kind, EVIDENCE_KINDS, null, 'profile.humanEvidence.kind', add);
    checkEnum(human.certainty, CERTAINTIES, null, 'profile.humanEvidence.certainty', add);
    if (!isText(human.summary)) add(null, 'profile.humanEvidence.summary', 'must be 1–3 plain sentences');
  }
  checkSources(raw.sources, 'profile.sources', null, add);
  if (!isText(raw.reviewed) || !DATE_RE.test(raw.reviewed)) add(null, 'profile.reviewed', 'must be a YYYY-MM-DD date');
  const defaults = raw.defaults;
  if (!isObj(defaults)) {
    add(null, 'profile.defaults', `must give { verdict, reason } for each of ${CLAIM_KINDS.join(', ')}`);
    return;
  }
  for (const kind of CLAIM_KINDS) {
    const d = defaults[kind];
    if (!isObj(d)) {
      add(null, `profile.defaults.${kind}`, 'must be { verdict, reason }');
      continue;
    }
    checkEnum(d.verdict, VERDICTS, null, `profile.defaults.${kind}.verdict`, add);
    if (!isText(d.reason)) add(null, `profile.defaults.${kind}.reason`, 'must be one plain line');
  }
  for (const key of Object.keys(defaults)) {
    if (!(CLAIM_KINDS as readonly string[]).includes(key))
      add(null, `profile.defaults.${key}`, 'is not a kind of claim');
  }
}

function checkEnum(value: unknown, allowed: readonly string[], who: string | null, field: string, add: Add): void {
  if (typeof value !== 'string' || !allowed.includes(value)) {
    add(who, field, `must be one of ${allowed.join(', ')} (got ${JSON.stringify(value)})`);
  }
}

function checkSource(raw: unknown, field: string, who: string | null, add: Add): void {
  if (!isObj(raw)) {
    add(who, field, 'must be an object');
    return;
  }
  if (!isText(raw.title)) add(who, `${field}.title`, 'must be the record’s title');
  if (typeof raw.year !== 'number' || !Number.isInteger(raw.year) || raw.year < 1900 || raw.year > 2100) {
    add(who, `${field}.year`, 'must be a four-digit year');
  }
  checkEnum(raw.kind, SOURCE_KINDS, who, `${field}.kind`, add);
  if (raw.pmid !== undefined && !(typeof raw.pmid === 'string' && PMID_RE.test(raw.pmid))) {
    add(who, `${field}.pmid`, 'must be a string of digits');
  }
  if (raw.doi !== undefined && !(typeof raw.doi === 'string' && DOI_RE.test(raw.doi))) {
    add(who, `${field}.doi`, 'must look like 10.NNNN/…');
  }
  if (typeof raw.url !== 'string' || !/^https:\/\/[^\s/]+\.[^\s/]+\/\S*$/.test(raw.url)) {
    add(who, `${field}.url`, 'must be an https URL');
  }
}

/** Throws a ClaimsFileError naming file, claim id and field when `data` is not a valid topic file. */
export function parseTopicFile(data: unknown, file: string): TopicFile {
  const problems = checkTopicFile(data, file);
  if (problems.length > 0) throw new ClaimsFileError(problems);
  return data as TopicFile;
}

const CLAIM_KEYS: (keyof Claim)[] = [
  'id',
  'claim',
  'phrasings',
  'verdict',
  'certainty',
  'evidence',
  'summary',
  'sources',
  'reviewed',
  'scope',
  'kind',
  'evidenceFigure',
];
const PROFILE_KEYS: (keyof TopicProfile)[] = [
  'what',
  'humanEvidence',
  'animalEvidence',
  'inVitroEvidence',
  'regulatory',
  'harms',
  'sources',
  'defaults',
  'reviewed',
];
const SOURCE_KEYS: (keyof Source)[] = ['title', 'year', 'kind', 'pmid', 'doi', 'url'];

function pick<T extends object>(obj: T, keys: (keyof T)[]): Partial<T> {
  const out: Partial<T> = {};
  for (const k of keys) if (obj[k] !== undefined) out[k] = obj[k];
  return out;
}

/** The one canonical text of a topic file: fixed key order, claims sorted by id, 2-space JSON. */
export function formatTopicFile(tf: TopicFile): string {
  const claims = [...tf.claims]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((c) => ({
      ...pick(c, CLAIM_KEYS),
      sources: c.sources.map((s) => pick(s, SOURCE_KEYS)),
      ...(c.evidenceFigure ? { evidenceFigure: pick(c.evidenceFigure, FIGURE_KEYS) } : {}),
    }));
  const profile = tf.profile && {
    ...pick(tf.profile, PROFILE_KEYS),
    humanEvidence: pick(tf.profile.humanEvidence, ['kind', 'certainty', 'summary']),
    sources: tf.profile.sources.map((s) => pick(s, SOURCE_KEYS)),
    defaults: Object.fromEntries(CLAIM_KINDS.map((k) => [k, pick(tf.profile!.defaults[k], ['verdict', 'reason'])])),
  };
  return `${JSON.stringify({ topic: tf.topic, names: tf.names, profile, claims }, null, 2)}\n`;
}
