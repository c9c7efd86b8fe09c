import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EntityType } from '../../model/index.js';
import type { NameMention } from './name-mention.js';

/** The tests' shared table of name steps: a step over the given names of an invented sentence. */

export type Step = (text: string, names: readonly NameMention[]) => NameMention[];

/** "surface/TYPE" of the given names → the step → the same rendering of its output. */
export function run(step: Step, text: string, given: readonly (readonly [string, EntityType])[]): string[] {
  let from = 0;
  const names = given.map(([surface, type]): NameMention => {
    const start = text.indexOf(surface, from);
    if (start < 0) throw new Error(`"${surface}" not in "${text}"`);
    from = start + surface.length;
    return { start, end: start + surface.length, type };
  });
  return step(text, names).map(
    (name) =>
      `${text.slice(name.start, name.end)}/${name.type}${name.subtype === undefined ? '' : `/${name.subtype}`}`,
  );
}

export interface Case {
  readonly text: string;
  readonly given: readonly (readonly [string, EntityType])[];
  readonly expected: readonly string[];
}

/** One `describe` per step, one `it` per case. */
export function table(name: string, step: Step, cases: readonly Case[]): void {
  describe(name, () => {
    for (const { text, given, expected } of cases)
      it(text, () => assert.deepEqual(run(step, text, given), expected));
  });
}
