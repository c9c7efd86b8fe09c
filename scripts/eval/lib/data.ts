import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where the shared public data sets live. They are never copied into the repository: the eval
 * scripts read them from `../shared/data` (relative to the repository root) or from
 * `CLAIMGRAPH_DATA`, and say clearly when they are absent.
 */
function repositoryRoot(): string {
  // dist/scripts/eval/lib/data.js or scripts/eval/lib/data.ts → the repository root
  let directory = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(directory, 'package.json')) && dirname(directory) !== directory) {
    directory = dirname(directory);
  }
  return directory;
}

export const REPOSITORY_ROOT = repositoryRoot();

export function dataRoot(): string {
  return process.env.CLAIMGRAPH_DATA
    ? resolve(process.env.CLAIMGRAPH_DATA)
    : resolve(REPOSITORY_ROOT, '..', 'shared', 'data');
}

/** The path of a data set's folder, or null (with a clear message on stderr) when it is absent. */
export function dataSet(name: string): string | null {
  const path = join(dataRoot(), name);
  if (!existsSync(path)) {
    process.stderr.write(
      `eval: data set "${name}" not found at ${path}; set CLAIMGRAPH_DATA to the folder holding the shared data sets\n`,
    );
    return null;
  }
  return path;
}
