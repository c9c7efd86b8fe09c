/**
 * `npm run eval`: measures claimgraph on public labelled data (read from ../shared/data, never
 * copied into the repository) and prints the figures. Each figure with a floor in floors.json must
 * reach it, or the run exits 1 (CI runs this). Sections whose data is absent are reported as
 * skipped; with EVAL_REQUIRE_DATA=1 (CI) a skipped section fails the run instead.
 *
 *   npm run eval                  all sections
 *   npm run eval -- seed html     only the named sections
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPOSITORY_ROOT } from './lib/data.js';
import type { EvalSection, Figure } from './lib/report.js';

/** Section name → module (in scripts/eval/) exporting `run(): Promise<EvalSection>`. */
const SECTIONS: Record<string, string> = {
  seed: 'seed',
  html: 'html-extraction',
  text: 'text-cleaning',
  metadata: 'metadata',
  language: 'language',
  conll: 'conll',
  names: 'names',
  'seed-entities': 'seed-entities',
  'entity-speed': 'entity-speed',
  'entity-attributes': 'entity-attributes',
  polnear: 'polnear',
  'polnear-agreement': 'polnear-agreement',
  'quote-attributions': 'quote-attributions',
  'seed-attributions': 'seed-attributions',
  speakers: 'speakers',
  syntax: 'syntax',
  tempeval: 'tempeval',
  'seed-times-events': 'seed-times-events',
  ecbplus: 'ecbplus',
  'seed-contradictions': 'seed-contradictions',
  'claims-cases': 'claims-cases',
  'polnear-contradictions': 'polnear-contradictions',
  'near-duplicates': 'near-duplicates',
};

async function loadSection(module: string): Promise<{ run: () => Promise<EvalSection> }> {
  return (await import(`./${module}.js`)) as { run: () => Promise<EvalSection> };
}

interface Floor {
  readonly min?: number;
  readonly max?: number;
}

function loadFloors(): Record<string, Floor> {
  const raw = JSON.parse(
    readFileSync(join(REPOSITORY_ROOT, 'scripts', 'eval', 'floors.json'), 'utf8'),
  ) as Record<string, unknown>;
  const floors: Record<string, Floor> = {};
  for (const [key, value] of Object.entries(raw)) if (!key.startsWith('$')) floors[key] = value as Floor;
  return floors;
}

function judge(figure: Figure, floor: Floor | undefined): string | null {
  if (!floor) return null;
  if (floor.min !== undefined && figure.value < floor.min)
    return `${figure.key} = ${figure.value.toFixed(3)} is below its floor ${floor.min}`;
  if (floor.max !== undefined && figure.value > floor.max)
    return `${figure.key} = ${figure.value.toFixed(3)} is above its ceiling ${floor.max}`;
  return null;
}

async function main(): Promise<number> {
  const wanted = process.argv.slice(2);
  const names = wanted.length > 0 ? wanted : Object.keys(SECTIONS);
  const floors = loadFloors();
  const requireData = process.env.EVAL_REQUIRE_DATA === '1';
  const failures: string[] = [];
  const seen = new Set<string>();
  for (const name of names) {
    const module = SECTIONS[name];
    if (!module) {
      failures.push(`unknown section "${name}" (sections: ${Object.keys(SECTIONS).join(', ')})`);
      continue;
    }
    const started = performance.now();
    const section = await (await loadSection(module)).run();
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`\n## ${section.title}  (${seconds} s)\n`);
    if (section.skipped) {
      console.log(`skipped: ${section.skipped}`);
      if (requireData) failures.push(`${name}: skipped (${section.skipped}) but EVAL_REQUIRE_DATA=1`);
      continue;
    }
    for (const line of section.lines) console.log(line);
    for (const figure of section.figures) {
      seen.add(figure.key);
      const problem = judge(figure, floors[figure.key]);
      if (problem) failures.push(problem);
    }
  }
  if (wanted.length === 0) {
    for (const key of Object.keys(floors)) {
      if (!seen.has(key) && requireData) failures.push(`${key}: has a floor but no section reported it`);
    }
  }
  console.log('');
  if (failures.length > 0) {
    console.log(`FAILED: ${failures.length} figure(s) below their floors`);
    for (const failure of failures) console.log(`  - ${failure}`);
    return 1;
  }
  console.log('all figures at or above their floors (scripts/eval/floors.json)');
  return 0;
}

process.exitCode = await main();
