import { readFileSync, statSync } from 'node:fs';
import { ClaimgraphError } from '../model/index.js';
import type { RawInput } from '../pipeline/ingest-input.js';
import { formatBytes } from '../ingest/limits.js';

/**
 * Reads one FILE argument (`-` is standard input) and turns file-system failures into
 * `ClaimgraphError`s with a reason a user understands. Refuses files over the size limit before
 * reading them, so a huge file is never loaded only to be rejected.
 */
export function readInput(path: string, maxBytes: number): RawInput {
  if (path === '-') return { source: path, bytes: readFileSync(0) };
  let size: number;
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) throw new ClaimgraphError('file-unreadable', 'is a directory, not a file');
    size = stats.size;
  } catch (error) {
    throw fileSystemError(error);
  }
  if (size > maxBytes) {
    throw new ClaimgraphError(
      'input-too-large',
      `file of ${formatBytes(size)} exceeds the limit of ${formatBytes(maxBytes)} (raise it with --max-bytes)`,
    );
  }
  try {
    return { source: path, bytes: readFileSync(path) };
  } catch (error) {
    throw fileSystemError(error);
  }
}

function fileSystemError(error: unknown): ClaimgraphError {
  if (error instanceof ClaimgraphError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return new ClaimgraphError('file-not-found', 'no such file');
    case 'EACCES':
    case 'EPERM':
      return new ClaimgraphError('file-unreadable', 'permission denied');
    case 'EISDIR':
      return new ClaimgraphError('file-unreadable', 'is a directory, not a file');
    default:
      return new ClaimgraphError('file-unreadable', `cannot be read (${code ?? (error as Error).message})`);
  }
}
