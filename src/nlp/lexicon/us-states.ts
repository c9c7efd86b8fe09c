import { createRequire } from 'node:module';

/**
 * The states of the United States (and its capital district) from Unicode CLDR's English
 * subdivision names (cldr-subdivisions-full, codes "usil" → "Illinois"): their postal codes and
 * names, for the abbreviations news writes after a politician's party ("D-Ill.", "R-N.Y.",
 * "R-Texas").
 */
interface UsStates {
  readonly codes: ReadonlySet<string>;
  readonly names: readonly string[];
}

let states: UsStates | null = null;

function usStates(): UsStates {
  if (states !== null) return states;
  const require = createRequire(import.meta.url);
  const cldr = require('cldr-subdivisions-full/subdivisions/en/en.json') as {
    subdivisions: { localeDisplayNames: { subdivisions: Record<string, string> } };
  };
  const codes = new Set<string>();
  const names: string[] = [];
  for (const [code, name] of Object.entries(cldr.subdivisions.localeDisplayNames.subdivisions)) {
    if (!/^us[a-z]{2}$/u.test(code)) continue;
    codes.add(code.slice(2).toUpperCase());
    names.push(name.toLowerCase());
  }
  states = { codes, names };
  return states;
}

/**
 * True when a word names a US state as news abbreviates it: its postal code ("IL", "N.Y.", "Ky."),
 * its name ("Texas", "New Mexico"), or the first three letters or more of its name ("Ill.",
 * "Mass", "Calif."); case and full stops are ignored.
 */
export function isUsStateAbbreviation(word: string): boolean {
  const bare = word.replace(/\./gu, '').trim();
  if (bare.length < 2) return false;
  const { codes, names } = usStates();
  if (bare.length === 2 && /^[A-Za-z]{2}$/u.test(bare)) return codes.has(bare.toUpperCase());
  if (bare.length < 3) return false;
  const lower = bare.toLowerCase();
  return names.some((name) => name.startsWith(lower));
}
