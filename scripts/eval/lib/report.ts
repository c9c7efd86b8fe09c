/**
 * Evaluation sections report figures; `scripts/eval/main.ts` prints them and compares each named
 * figure with the floors committed in `scripts/eval/floors.json` (a figure below its floor fails
 * the run, so CI catches a regression).
 */
export interface Figure {
  /** Stable key, e.g. `l3s.heldout.f1`; floors.json is keyed by it. */
  readonly key: string;
  readonly value: number;
  /** `higher` (default): a larger value is better; `lower`: e.g. a time ratio. */
  readonly better?: 'higher' | 'lower';
}

export interface EvalSection {
  readonly title: string;
  /** Human-readable lines (a small table), printed as they are. */
  readonly lines: readonly string[];
  readonly figures: readonly Figure[];
  /** Set when the section could not run (data absent); it is then reported, not failed. */
  readonly skipped?: string;
}

export function formatTable(
  header: readonly string[],
  rows: readonly (readonly (string | number)[])[],
): string[] {
  const cells = [header, ...rows].map((row) =>
    row.map((cell) =>
      typeof cell === 'number' ? (Number.isInteger(cell) ? String(cell) : cell.toFixed(3)) : cell,
    ),
  );
  const widths = header.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? '').length)));
  const render = (row: readonly string[]) =>
    row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ');
  return [
    render(cells[0] ?? []),
    widths.map((width) => '-'.repeat(width)).join('  '),
    ...cells.slice(1).map(render),
  ];
}
