import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/**
 * The first-name lists of `gender-detection-from-name` as one sorted table, made by the build.
 *
 * The package ships each language's list as a module of one `new Map([...])` literal (2 MB in all,
 * about 88,000 entries): compiling and running the six modules and filling their maps took about
 * 0.2 s of processor time in every process and worker thread that met a capitalised word. The
 * build (scripts/build-tables.ts, run by `npm run build` and `prepare`) writes the same lists as
 * one text file, a line per name, sorted: "anna\tffffff" gives the gender of "anna" in each list,
 * in the order of `FIRST_NAME_LANGUAGES` ("m", "f", or "." when that list does not hold it).
 * Loading is one pass that notes where the lines start; a name is found by binary search. The
 * first line records the byte sizes of the package's six files: a table made from other files (a
 * newer package, a build not rerun) is not used, and the lists are read from the package as before.
 */

export const FIRST_NAME_LANGUAGES = ['en', 'it', 'es', 'fr', 'de', 'tr'] as const;

/** Genders of one name, a character per list of `FIRST_NAME_LANGUAGES`: "m", "f" or ".". */
export type GenderCodes = string;

export interface FirstNameGenders {
  /** The name's genders by list, or undefined when no list holds it. */
  codesOf(lowerCaseName: string): GenderCodes | undefined;
}

type PackageList = ReadonlyMap<string, 'male' | 'female'>;

const require = createRequire(import.meta.url);

/** Where the build writes the table: beside this module in dist (shipped with it). */
export const FIRST_NAME_TABLE_FILE = fileURLToPath(new URL('./first-name-genders.txt', import.meta.url));

const HEADER_PREFIX = '#sizes';

function packageFile(language: string): string {
  return require.resolve(`gender-detection-from-name/names/${language}.js`);
}

/** The byte sizes of the package's list files, which the table must have been made from. */
export function packageFingerprint(): string {
  return `${HEADER_PREFIX} ${FIRST_NAME_LANGUAGES.map((language) => statSync(packageFile(language)).size).join(' ')}`;
}

function packageLists(): PackageList[] {
  return FIRST_NAME_LANGUAGES.map((language) => require(packageFile(language)) as PackageList);
}

/** Every name of the lists → its genders by list. */
export function codesFromLists(lists: readonly PackageList[]): Map<string, GenderCodes> {
  const codes = new Map<string, string[]>();
  lists.forEach((list, position) => {
    for (const [name, gender] of list) {
      let code = codes.get(name);
      if (code === undefined) {
        code = lists.map(() => '.');
        codes.set(name, code);
      }
      code[position] = gender === 'male' ? 'm' : 'f';
    }
  });
  return new Map([...codes].map(([name, code]) => [name, code.join('')]));
}

/** The table's text: the fingerprint line, then "name\tcodes" lines sorted by name (UTF-16 order). */
export function firstNameTableText(lists: readonly PackageList[], fingerprint: string): string {
  const codes = codesFromLists(lists);
  const names = [...codes.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return `${fingerprint}\n${names.map((name) => `${name}\t${codes.get(name)!}\n`).join('')}`;
}

const NEWLINE = 0x0a;
const CODE = /^[mf.]+$/u;

/** The table read in place: where each name starts and ends, and binary search over them. */
export class SortedFirstNameTable implements FirstNameGenders {
  private constructor(
    private readonly text: string,
    private readonly starts: Int32Array,
    /** Where each line's tab is (the end of its name). */
    private readonly tabs: Int32Array,
    /** The number of lists (a code character each). */
    private readonly lists: number,
  ) {}

  /**
   * The table in `text`, or null when its first line is not `fingerprint` or a line is not
   * "name\tcodes" with a code per list, in strictly increasing order of names.
   */
  static of(
    text: string,
    fingerprint: string,
    lists: number = FIRST_NAME_LANGUAGES.length,
  ): SortedFirstNameTable | null {
    const headerEnd = text.indexOf('\n');
    if (headerEnd < 0 || text.slice(0, headerEnd) !== fingerprint) return null;
    let count = 0;
    for (let at = headerEnd + 1; at < text.length; at += 1) if (text.charCodeAt(at) === NEWLINE) count += 1;
    const starts = new Int32Array(count);
    const tabs = new Int32Array(count);
    let lines = 0;
    let previous = '';
    for (let start = headerEnd + 1; start < text.length;) {
      const end = text.indexOf('\n', start);
      if (end < 0) return null; // the last line ends with "\n" too
      const tab = text.indexOf('\t', start);
      if (tab < start + 1 || tab >= end || end - tab - 1 !== lists) return null;
      if (!CODE.test(text.slice(tab + 1, end))) return null;
      const name = text.slice(start, tab);
      if (lines > 0 && !(previous < name)) return null;
      previous = name;
      starts[lines] = start;
      tabs[lines] = tab;
      lines += 1;
      start = end + 1;
    }
    if (lines !== count) return null;
    return new SortedFirstNameTable(text, starts, tabs, lists);
  }

  codesOf(lowerCaseName: string): GenderCodes | undefined {
    let low = 0;
    let high = this.starts.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const name = this.text.slice(this.starts[middle]!, this.tabs[middle]!);
      if (name === lowerCaseName) {
        const tab = this.tabs[middle]!;
        return this.text.slice(tab + 1, tab + 1 + this.lists);
      }
      if (lowerCaseName < name) high = middle - 1;
      else low = middle + 1;
    }
    return undefined;
  }
}

function tableFromFile(): SortedFirstNameTable | null {
  let text: string;
  try {
    text = readFileSync(FIRST_NAME_TABLE_FILE, 'utf8');
  } catch {
    return null; // not built (`tsc` alone): the package's lists
  }
  return SortedFirstNameTable.of(text, packageFingerprint());
}

/** The built table, or the package's lists when it is missing or was made from other files. */
export function loadFirstNameGenders(): FirstNameGenders {
  const table = tableFromFile();
  if (table !== null) return table;
  const codes = codesFromLists(packageLists());
  return { codesOf: (name) => codes.get(name) };
}

/** Writes the table from the installed package (the build's step). */
export function writeFirstNameTable(file = FIRST_NAME_TABLE_FILE): void {
  writeFileSync(file, firstNameTableText(packageLists(), packageFingerprint()));
}
