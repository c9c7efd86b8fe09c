import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DEFAULT_LIMITS } from '../ingest/options.js';
import { parseReferenceDate } from '../pipeline/dates.js';
import type { ExtractSettings } from './process-file.js';

/** A mistake on the command line: printed as one line with a pointer to `--help`, exit status 2. */
export class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig['options']>;

/** What `parseArgs` returns for these options, with positionals allowed. */
export type CommandLine<T extends Options> = ReturnType<
  typeof parseArgs<{ args: string[]; allowPositionals: true; strict: true; options: T }>
>;

/**
 * `parseArgs` as every command uses it (strict, positionals allowed); an unknown or malformed
 * option becomes a UsageError with the first line of Node's message.
 */
export function parseCommandLine<const T extends Options>(
  argv: readonly string[],
  options: T,
): CommandLine<T> {
  try {
    return parseArgs({ args: [...argv], allowPositionals: true, strict: true, options });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]);
  }
}

/** A whole-number option of at least `min` (`name` as printed, e.g. "--jobs"); `fallback` when absent. */
export function wholeNumber(name: string, value: string | undefined, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < min)
    throw new UsageError(
      min === 1
        ? `${name} expects a positive whole number, not "${value}"`
        : `${name} expects a whole number of at least ${min}, not "${value}"`,
    );
  return Number(value);
}

/** `--input auto|text|html` (default auto). */
export function inputFormat(value: string | undefined): ExtractSettings['format'] {
  const input = value ?? 'auto';
  if (input !== 'auto' && input !== 'text' && input !== 'html')
    throw new UsageError(`--input must be auto, text or html, not "${input}"`);
  return input;
}

/** `--published DATE` as an ISO day, or null when not given. */
export function publishedOption(value: string | undefined): string | null {
  if (value === undefined) return null;
  try {
    return parseReferenceDate(value);
  } catch (error) {
    throw new UsageError(`--published: ${(error as Error).message}`);
  }
}

/** The settings of a whole extraction with the default limits, changed where `changes` says. */
export function extractSettings(changes: Partial<ExtractSettings> = {}): ExtractSettings {
  return {
    format: 'auto',
    clean: true,
    cleanOnly: false,
    published: null,
    maxBytes: DEFAULT_LIMITS.maxInputBytes,
    maxElements: DEFAULT_LIMITS.maxHtmlElements,
    maxDepth: DEFAULT_LIMITS.maxHtmlDepth,
    pretty: false,
    tokens: false,
    descriptions: false,
    ...changes,
  };
}
