import { foldKey } from './normalise.js';

/**
 * Head words that say what kind of place a name is: facilities ("Crocus City Hall", "Heathrow
 * Airport", "Red Square"), natural features ("Black Sea", "Dnipro River") and administrative
 * divisions ("Bryansk region", "Kursk Oblast").
 */

/**
 * `structure`: a building or built place (hall, airport, bridge) — a FAC even when a recogniser
 * called it an organisation. `route`: a street, road or square, likewise. `site`: a place word
 * that also heads organisation names ("Wilson Center", "Buckingham Palace said"). `institution`:
 * a building that is also an organisation (hospital, prison, museum). Names ending in a `site` or
 * `institution` head are FAC when named as places and stay ORG when a recogniser says so.
 */
export type FacilityKind = 'structure' | 'route' | 'site' | 'institution';

const FACILITY_HEADS: readonly (readonly [string, FacilityKind])[] = [
  ['hall', 'structure'],
  ['airport', 'structure'],
  ['airfield', 'structure'],
  ['airbase', 'structure'],
  ['air base', 'structure'],
  ['stadium', 'structure'],
  ['arena', 'structure'],
  ['speedway', 'structure'],
  ['superspeedway', 'structure'],
  ['raceway', 'structure'],
  ['racetrack', 'structure'],
  ['ballpark', 'structure'],
  ['coliseum', 'structure'],
  ['velodrome', 'structure'],
  ['bridge', 'structure'],
  ['tower', 'structure'],
  ['towers', 'structure'],
  ['building', 'site'],
  ['station', 'site'],
  ['terminal', 'structure'],
  ['port', 'site'],
  ['harbour', 'site'],
  ['harbor', 'site'],
  ['pier', 'site'],
  ['dam', 'structure'],
  ['canal', 'structure'],
  ['tunnel', 'structure'],
  ['pipeline', 'site'],
  ['plant', 'site'],
  ['power plant', 'site'],
  ['power station', 'site'],
  ['palace', 'site'],
  ['castle', 'site'],
  ['fortress', 'site'],
  ['cathedral', 'structure'],
  ['church', 'site'],
  ['mosque', 'structure'],
  ['synagogue', 'structure'],
  ['temple', 'site'],
  ['monastery', 'site'],
  ['monument', 'site'],
  ['memorial', 'site'],
  ['cemetery', 'site'],
  ['mall', 'site'],
  ['centre', 'site'],
  ['center', 'site'],
  ['complex', 'site'],
  ['gate', 'site'],
  ['barracks', 'site'],
  ['base', 'site'],
  ['checkpoint', 'site'],
  ['crossing', 'site'],
  ['square', 'route'],
  ['street', 'route'],
  ['road', 'route'],
  ['avenue', 'route'],
  ['boulevard', 'route'],
  ['lane', 'route'],
  ['drive', 'route'],
  ['parkway', 'route'],
  ['crescent', 'route'],
  ['highway', 'route'],
  ['motorway', 'route'],
  ['expressway', 'route'],
  ['prospekt', 'route'],
  ['embankment', 'route'],
  ['hospital', 'institution'],
  ['clinic', 'institution'],
  ['prison', 'institution'],
  ['jail', 'institution'],
  ['penal colony', 'institution'],
  ['detention centre', 'institution'],
  ['museum', 'institution'],
  ['gallery', 'institution'],
  ['library', 'institution'],
  ['theatre', 'institution'],
  ['theater', 'institution'],
  ['opera house', 'institution'],
  ['hotel', 'institution'],
  ['zoo', 'institution'],
];

/** Heads of natural places: a LOC, never a GPE. */
const NATURAL_HEADS: readonly string[] = [
  'sea',
  'ocean',
  'river',
  'lake',
  'gulf',
  'bay',
  'strait',
  'straits',
  'channel',
  'mountain',
  'mountains',
  'mount',
  'hills',
  'valley',
  'desert',
  'island',
  'islands',
  'peninsula',
  'coast',
  'forest',
  'plain',
  'plateau',
  'basin',
  'delta',
  'glacier',
  'volcano',
];

/** Words that follow a name to make an administrative division ("Bryansk region", "Kursk Oblast"). */
const REGION_WORDS: readonly string[] = [
  'region',
  'oblast',
  'krai',
  'kray',
  'okrug',
  'province',
  'governorate',
  'prefecture',
  'county',
  'district',
  'state',
  'territory',
  'republic',
  'canton',
  'municipality',
  'voivodeship',
  'emirate',
];

export interface PlaceWordTables {
  readonly facilityHeads: ReadonlyMap<string, FacilityKind>;
  readonly naturalHeads: ReadonlySet<string>;
  readonly regionWords: ReadonlySet<string>;
}

let tables: PlaceWordTables | null = null;

/** The place-word tables, built on first use. */
export function placeWordTables(): PlaceWordTables {
  if (tables === null) {
    tables = {
      facilityHeads: new Map(FACILITY_HEADS.map(([word, kind]) => [foldKey(word), kind])),
      naturalHeads: new Set(NATURAL_HEADS.map(foldKey)),
      regionWords: new Set(REGION_WORDS.map(foldKey)),
    };
  }
  return tables;
}
