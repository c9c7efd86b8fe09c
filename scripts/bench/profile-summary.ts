/**
 * Reads a V8 CPU profile (`node --cpu-prof --cpu-prof-dir=DIR dist/scripts/bench/extract-cpu.js N`)
 * and prints where the time went, for finding what to speed up; a tool, not a test.
 *
 *   node dist/scripts/bench/profile-summary.js FILE.cpuprofile [self|total|files] [ROWS] [FILTER]
 *   node dist/scripts/bench/profile-summary.js FILE.cpuprofile under FUNCTION [ROWS]
 *
 * self: time in each function's own code (what a rewrite of that function can save); total: time
 * with everything it calls; files: own time per source file; under: what the calls made directly
 * by FUNCTION took. FILTER keeps the rows whose name contains it ("src/nlp/names").
 *
 * Shares count samples, not the time between them: on a machine shared with other work the
 * process is often descheduled, and the gap before the next sample, which the profile stores
 * with the sample, then says more about the other work than about the function. Idle and
 * "(program)" samples are left out of the shares.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: {
    readonly functionName: string;
    readonly url: string;
    readonly lineNumber: number;
  };
  readonly children?: readonly number[];
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
}

const LEFT_OUT: ReadonlySet<string> = new Set(['(idle)', '(program)']);

function shortUrl(url: string): string {
  const at = url.search(/\/(?:dist|node_modules)\//u);
  return at < 0 ? url : url.slice(at + 1);
}

function nameOf(node: ProfileNode): string {
  const frame = node.callFrame;
  const name = frame.functionName === '' ? '(anonymous)' : frame.functionName.slice(0, 60);
  return frame.url === '' ? name : `${name} ${shortUrl(frame.url)}:${frame.lineNumber + 1}`;
}

/** Rows of (name, samples), most first, as printed lines with their share of `total`. */
function table(counts: Map<string, number>, total: number, rows: number, filter: string): string[] {
  return [...counts]
    .filter(([name]) => name.includes(filter))
    .sort((a, b) => b[1] - a[1])
    .slice(0, rows)
    .map(([name, count]) => `${((100 * count) / total).toFixed(1).padStart(6)} %  ${name}`);
}

export function summarise(profile: CpuProfile, mode: string, rows: number, argument: string): string[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const counts = new Map<string, number>();
  const add = (name: string) => counts.set(name, (counts.get(name) ?? 0) + 1);
  let total = 0;
  for (const sample of profile.samples) {
    const leaf = byId.get(sample);
    if (leaf === undefined || LEFT_OUT.has(leaf.callFrame.functionName)) continue;
    const stack: ProfileNode[] = [];
    for (let id: number | undefined = sample; id !== undefined; id = parent.get(id)) {
      const node = byId.get(id);
      if (node !== undefined) stack.push(node);
    }
    if (mode === 'under') {
      // the outermost call of FUNCTION on the stack, and the call it made
      const at = stack.findLastIndex((node) => node.callFrame.functionName === argument);
      if (at < 0) continue;
      total += 1;
      add(at === 0 ? '(own code)' : nameOf(stack[at - 1]!));
      continue;
    }
    total += 1;
    if (mode === 'self') add(nameOf(leaf));
    else if (mode === 'files') add(leaf.callFrame.url === '' ? '(native, GC)' : shortUrl(leaf.callFrame.url));
    else new Set(stack.map(nameOf)).forEach(add);
  }
  const heading =
    mode === 'under'
      ? `${argument}: ${total} samples, split by the call it made`
      : `${total} samples (${mode})`;
  return [heading, ...table(counts, total, rows, mode === 'under' ? '' : argument)];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [file, mode = 'self', third, fourth] = process.argv.slice(2);
  if (file === undefined || !['self', 'total', 'files', 'under'].includes(mode)) {
    console.error('usage: profile-summary.js FILE.cpuprofile [self|total|files] [ROWS] [FILTER]');
    console.error('       profile-summary.js FILE.cpuprofile under FUNCTION [ROWS]');
    process.exit(2);
  }
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const rows = Number((mode === 'under' ? fourth : third) ?? 40);
  const argument = (mode === 'under' ? third : fourth) ?? '';
  for (const line of summarise(profile, mode, rows, argument)) console.log(line);
}
