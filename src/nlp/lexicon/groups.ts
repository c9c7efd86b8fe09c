import { foldKey } from './normalise.js';

/**
 * Nationality-like group words that name no country (OntoNotes NORP): ethnic, religious and
 * political groups and continental adjectives ("Kurdish", "Muslim", "Republicans", "European").
 */

export type GroupKind = 'ethnic' | 'religious' | 'political' | 'regional';

export interface GroupWord {
  readonly word: string;
  readonly kind: GroupKind;
  readonly plural: boolean;
}

/** `word|kind|plural form` (an empty plural: none). */
const GROUPS: readonly string[] = [
  'Kurdish|ethnic|',
  'Kurd|ethnic|Kurds',
  'Chechen|ethnic|Chechens',
  'Tatar|ethnic|Tatars',
  'Pashtun|ethnic|Pashtuns',
  'Uyghur|ethnic|Uyghurs',
  'Uighur|ethnic|Uighurs',
  'Arab|ethnic|Arabs',
  'Persian|ethnic|Persians',
  'Slavic|ethnic|',
  'Slav|ethnic|Slavs',
  'Roma|ethnic|',
  'Basque|ethnic|Basques',
  'Catalan|ethnic|Catalans',
  'Tamil|ethnic|Tamils',
  'Hutu|ethnic|',
  'Tutsi|ethnic|',
  'Rohingya|ethnic|',
  'Bedouin|ethnic|',
  'Afrikaner|ethnic|Afrikaners',
  'Druze|ethnic|',
  'Yazidi|ethnic|Yazidis',
  'Muslim|religious|Muslims',
  'Christian|religious|Christians',
  'Jewish|religious|',
  'Jew|religious|Jews',
  'Catholic|religious|Catholics',
  'Protestant|religious|Protestants',
  'Orthodox|religious|',
  'Sunni|religious|Sunnis',
  'Shia|religious|',
  'Shiite|religious|Shiites',
  "Shi'ite|religious|Shi'ites",
  'Islamist|religious|Islamists',
  'Jihadist|religious|Jihadists',
  'Salafist|religious|Salafists',
  'Hindu|religious|Hindus',
  'Buddhist|religious|Buddhists',
  'Sikh|religious|Sikhs',
  'Evangelical|religious|Evangelicals',
  'Democrat|political|Democrats',
  'Republican|political|Republicans',
  'Bolshevik|political|Bolsheviks',
  'Marxist|political|Marxists',
  'Communist|political|Communists',
  'European|regional|Europeans',
  'African|regional|Africans',
  'Asian|regional|Asians',
  'Latin American|regional|Latin Americans',
  'Middle Eastern|regional|',
  'Caucasian|regional|',
  'Central Asian|regional|Central Asians',
  'Scandinavian|regional|Scandinavians',
  'Balkan|regional|',
  'Baltic|regional|',
  'Western|regional|',
  'Soviet|political|Soviets',
  'Latino|ethnic|Latinos',
  'Hispanic|ethnic|Hispanics',
];

/**
 * Words that are NORP only in some uses ("Western" governments, Republican senators) and that a
 * sentence often capitalises for other reasons: typed when found, never added on their own.
 */
export const AMBIGUOUS_GROUP_WORDS: ReadonlySet<string> = new Set(
  [
    'Western',
    'Republican',
    'Republicans',
    'Democrat',
    'Democrats',
    'Communist',
    'Orthodox',
    'Caucasian',
    'Roma',
  ].map(foldKey),
);

let table: ReadonlyMap<string, GroupWord> | null = null;

/** The group words, built on first use. */
export function groupWords(): ReadonlyMap<string, GroupWord> {
  if (table === null) {
    const map = new Map<string, GroupWord>();
    for (const line of GROUPS) {
      const [word = '', kind = 'ethnic', plural = ''] = line.split('|');
      map.set(foldKey(word), { word, kind: kind as GroupKind, plural: false });
      if (plural.length > 0)
        map.set(foldKey(plural), { word: plural, kind: kind as GroupKind, plural: true });
    }
    table = map;
  }
  return table;
}
