/**
 * `npm test`: every check the project has, in one command, with one closing line
 * `N passed, N failed` that sums all suites (unit, DOM, extension, data, CLI, end-to-end)
 * and counts each non-test step (typecheck, lint, build…) as one check.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM } from './e2e/launch-chromium';
import { FIREFOX } from './e2e/launch-firefox';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
let passed = 0;
let failed = 0;
const failures: string[] = [];

function run(name: string, command: string, args: string[]): { ok: boolean; output: string } {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const r = spawnSync(command, args, {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: process.env,
  });
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  process.stdout.write(output);
  return { ok: r.status === 0, output };
}

function step(name: string, command: string, args: string[]): boolean {
  const { ok } = run(name, command, args);
  if (ok) passed++;
  else {
    failed++;
    failures.push(name);
  }
  return ok;
}

/** Debian's Chromium for the end-to-end tests; Playwright cannot download a browser here. */
function ensureChromium(): boolean {
  if (existsSync(CHROMIUM)) return true;
  console.log(`\n${CHROMIUM} is missing: installing Debian's chromium with apt-get`);
  return step('install chromium', 'bash', [
    '-c',
    'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null',
  ]);
}

/** Debian's Firefox ESR for the Firefox end-to-end run, driven over WebDriver BiDi. */
function ensureFirefox(): boolean {
  if (existsSync(FIREFOX)) return true;
  console.log(`\n${FIREFOX} is missing: installing Debian's firefox-esr with apt-get`);
  return step('install firefox-esr', 'bash', [
    '-c',
    'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq firefox-esr >/dev/null',
  ]);
}

/** Runs a suite that ends with `N passed, N failed` and adds its counts to the total. */
function counted(name: string, script: string, failure: string): void {
  const r = run(name, bin('tsx'), [script]);
  const line = [...r.output.matchAll(/^(\d+) passed, (\d+) failed$/gm)].pop();
  if (line) {
    passed += Number(line[1]);
    failed += Number(line[2]);
  }
  if (!line || !r.ok) {
    if (!line) failed++;
    failures.push(failure);
  }
}

const bin = (name: string) => join(root, 'node_modules', '.bin', name);
mkdirSync(join(root, 'tmp'), { recursive: true });

step('claims database', bin('tsx'), ['lib/cli/main.ts', 'claims:check']);
step('typecheck (all, and lib/core without DOM types)', 'npm', ['run', '-s', 'typecheck']);
step('eslint (layers and style)', bin('eslint'), ['.']);
step('prettier', bin('prettier'), ['--check', '.']);

const report = join(root, 'tmp', 'vitest-report.json');
const unit = run('unit, DOM, extension, data and CLI tests (vitest)', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
]);
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numTotalTests: number;
  };
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  if (r.numFailedTests > 0 || !unit.ok) failures.push('vitest');
  if (r.numTotalTests === 0) {
    failed++;
    failures.push('vitest ran no test');
  }
} else {
  failed++;
  failures.push('vitest (no report)');
}

if (step('build (Chrome MV3 and Firefox)', 'npm', ['run', '-s', 'build'])) {
  step('web-ext lint of the Firefox build, warnings as errors', bin('web-ext'), [
    'lint',
    '--source-dir',
    '.output/firefox-mv2',
    '--warnings-as-errors',
  ]);
  if (ensureChromium()) {
    counted('end to end in Chromium', 'tests/e2e/run.ts', 'e2e');
    counted('hostile pages in Chromium', 'tests/e2e/hostile.ts', 'hostile pages');
    counted('the reader’s experience, end to end in Chromium', 'tests/e2e/reader.ts', 'e2e reader');
  }
  if (ensureFirefox()) counted('end to end in Firefox (WebDriver BiDi)', 'tests/e2e/firefox.ts', 'e2e in Firefox');
}

console.log(failures.length > 0 ? `\nfailed: ${failures.join(', ')}` : '\nall checks passed');
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 || failures.length > 0 ? 1 : 0;
