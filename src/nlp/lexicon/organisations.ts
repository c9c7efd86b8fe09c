import { foldKey } from './normalise.js';

/**
 * Organisations no data package lists: news agencies and outlets, international bodies, the
 * government seats and security services that news names as actors ("the Kremlin said"), and
 * armed groups. General lists of well-known names worldwide, typed by hand.
 */

export type OrganisationKind = 'news' | 'international' | 'government' | 'armed-group';

export interface KnownOrganisation {
  /** The canonical name ("Agence France-Presse" for "AFP"; "The Telegraph" keeps its article). */
  readonly name: string;
  readonly kind: OrganisationKind;
  /** True when "The" belongs to the name ("The Telegraph", "The Economist"). */
  readonly articleInName: boolean;
  /**
   * True when the name is also a common word or a person's name ("Time", "Wagner"): it is typed
   * when a recogniser found it, but never added on its own.
   */
  readonly ambiguous: boolean;
}

/**
 * One line per organisation: canonical name, then aliases. A leading "The " marks a name whose
 * article belongs to it; a trailing "?" marks an ambiguous name.
 */
const NEWS: readonly (readonly string[])[] = [
  // Agencies.
  ['Reuters', 'Thomson Reuters'],
  ['Associated Press', 'AP', 'The Associated Press'],
  ['Agence France-Presse', 'AFP', 'Agence France Presse'],
  ['Bloomberg News', 'Bloomberg'],
  ['TASS', 'Tass', 'ITAR-TASS'],
  ['RIA Novosti', 'RIA'],
  ['Interfax', 'Interfax-Ukraine'],
  ['Xinhua', 'Xinhua News Agency'],
  ['Kyodo News', 'Kyodo'],
  ['Yonhap', 'Yonhap News Agency'],
  ['ANSA'],
  ['EFE'],
  ['Deutsche Presse-Agentur', 'DPA', 'dpa'],
  ['Anadolu Agency', 'Anadolu'],
  ['Press Trust of India', 'PTI'],
  ['Ukrinform'],
  ['UNIAN'],
  ['BelTA', 'Belta'],
  ['IRNA'],
  ['Fars News Agency', 'Fars?'],
  ['Tasnim', 'Tasnim News Agency'],
  ['KCNA', 'Korean Central News Agency'],
  ['Sputnik'],
  ['Polish Press Agency', 'PAP'],
  ['Australian Associated Press', 'AAP'],
  ['Canadian Press', 'The Canadian Press'],
  ['United Press International', 'UPI'],
  ['Bernama'],
  ['Antara'],
  ['Kazinform'],
  ['Agenzia Nova'],
  // Broadcasters.
  ['BBC', 'British Broadcasting Corporation', 'BBC News', 'BBC World Service'],
  ['CNN'],
  ['Al Jazeera', 'Al-Jazeera'],
  ['Al Arabiya', 'Al-Arabiya'],
  ['Sky News'],
  ['ITV News', 'ITV'],
  ['Channel 4 News'],
  ['NBC News', 'NBC'],
  ['CBS News', 'CBS'],
  ['ABC News'],
  ['Fox News'],
  ['NPR', 'National Public Radio'],
  ['PBS'],
  ['MSNBC'],
  ['CNBC'],
  ['Deutsche Welle', 'DW'],
  ['France 24'],
  ['Radio France Internationale', 'RFI'],
  ['Euronews'],
  ['RT?', 'Russia Today'],
  ['Channel One'],
  ['Rossiya 1'],
  ['TV Rain', 'Dozhd'],
  ['Radio Free Europe/Radio Liberty', 'RFE/RL', 'Radio Free Europe', 'Radio Liberty', 'Radio Svoboda'],
  ['Voice of America', 'VOA'],
  ['CBC', 'CBC News'],
  ['NHK'],
  ['CCTV'],
  ['Suspilne'],
  // Newspapers, magazines and news sites.
  ['The New York Times', 'New York Times', 'NYT'],
  ['The Washington Post', 'Washington Post'],
  ['The Wall Street Journal', 'Wall Street Journal', 'WSJ'],
  ['Financial Times', 'FT', 'The Financial Times'],
  ['The Guardian', 'Guardian'],
  ['The Times'],
  ['The Sunday Times', 'Sunday Times'],
  ['The Telegraph', 'The Daily Telegraph', 'Daily Telegraph', 'Telegraph', 'The Sunday Telegraph'],
  ['The Independent'],
  ['The Economist', 'Economist'],
  ['The Observer'],
  ['Daily Mail', 'The Daily Mail', 'Mail on Sunday', 'MailOnline'],
  ['The Sun'],
  ['Daily Mirror', 'The Mirror', 'Mirror?'],
  ['Evening Standard', 'The Evening Standard'],
  ['The Spectator'],
  ['The Atlantic'],
  ['The New Yorker', 'New Yorker'],
  ['Time?', 'Time magazine'],
  ['Newsweek'],
  ['USA Today'],
  ['Los Angeles Times', 'LA Times', 'The Los Angeles Times'],
  ['Politico', 'Politico Europe'],
  ['Axios'],
  ['The Hill'],
  ['Semafor'],
  ['ProPublica'],
  ['The Intercept'],
  ['HuffPost', 'Huffington Post'],
  ['BuzzFeed News'],
  ['Vox?'],
  ['Bellingcat'],
  ['Le Monde'],
  ['Le Figaro'],
  ['Libération', 'Liberation?'],
  ['Der Spiegel', 'Spiegel'],
  ['Die Zeit'],
  ['Bild'],
  ['Frankfurter Allgemeine Zeitung', 'FAZ', 'Frankfurter Allgemeine'],
  ['Süddeutsche Zeitung', 'Sueddeutsche Zeitung'],
  ['El País', 'El Pais'],
  ['El Mundo'],
  ['Corriere della Sera'],
  ['La Repubblica'],
  ['Kommersant'],
  ['Vedomosti'],
  ['Izvestia'],
  ['Novaya Gazeta'],
  ['Novaya Gazeta Europe'],
  ['Meduza'],
  ['Mediazona'],
  ['The Insider'],
  ['Kyiv Independent', 'The Kyiv Independent'],
  ['Kyiv Post', 'The Kyiv Post'],
  ['Ukrainska Pravda'],
  ['Haaretz'],
  ['The Times of Israel', 'Times of Israel'],
  ['The Jerusalem Post', 'Jerusalem Post'],
  ['Asharq Al-Awsat'],
  ['Hürriyet', 'Hurriyet'],
  ['Daily Sabah'],
  ['Dawn?'],
  ['The Hindu'],
  ['The Times of India', 'Times of India'],
  ['Hindustan Times'],
  ['South China Morning Post', 'SCMP'],
  ['Global Times'],
  ["People's Daily"],
  ['China Daily'],
  ['The Japan Times', 'Japan Times'],
  ['Asahi Shimbun', 'The Asahi Shimbun'],
  ['Yomiuri Shimbun', 'The Yomiuri Shimbun'],
  ['Nikkei?', 'Nikkei Asia'],
  ['The Korea Herald', 'Korea Herald'],
  ['The Sydney Morning Herald', 'Sydney Morning Herald'],
  ['The Globe and Mail', 'Globe and Mail'],
  ['The Irish Times', 'Irish Times'],
];

const INTERNATIONAL: readonly (readonly string[])[] = [
  ['United Nations', 'UN', 'U.N.'],
  ['UN Security Council', 'United Nations Security Council', 'Security Council?'],
  ['UN General Assembly', 'United Nations General Assembly', 'General Assembly?'],
  ['NATO', 'Nato', 'North Atlantic Treaty Organization'],
  ['European Union', 'EU', 'E.U.'],
  ['European Commission'],
  ['European Parliament'],
  ['European Council'],
  ['European Central Bank', 'ECB'],
  ['Council of Europe'],
  ['European Court of Human Rights', 'ECHR'],
  ['Organization for Security and Co-operation in Europe', 'OSCE'],
  ['International Monetary Fund', 'IMF'],
  ['World Bank'],
  ['World Health Organization', 'World Health Organisation', 'WHO'],
  ['World Trade Organization', 'World Trade Organisation', 'WTO'],
  ['International Criminal Court', 'ICC'],
  ['International Court of Justice', 'ICJ'],
  ['International Atomic Energy Agency', 'IAEA'],
  ['Interpol'],
  ['Europol'],
  ['Frontex'],
  ['Red Cross', 'International Committee of the Red Cross', 'ICRC'],
  ['Red Crescent'],
  ['UNICEF', 'Unicef'],
  ['UNHCR'],
  ['UNESCO', 'Unesco'],
  ['UNRWA'],
  ['World Food Programme', 'WFP'],
  ['OPEC', 'Opec'],
  ['African Union', 'AU?'],
  ['ASEAN', 'Asean'],
  ['Arab League'],
  ['Gulf Cooperation Council', 'GCC'],
  ['G7', 'G-7'],
  ['G20', 'G-20'],
  ['BRICS', 'Brics'],
  ['Shanghai Cooperation Organisation', 'Shanghai Cooperation Organization', 'SCO'],
  ['Collective Security Treaty Organization', 'Collective Security Treaty Organisation', 'CSTO'],
  ['Commonwealth of Independent States', 'CIS'],
  ['Eurasian Economic Union'],
  ['OECD'],
  ['Amnesty International', 'Amnesty'],
  ['Human Rights Watch', 'HRW'],
  ['Médecins Sans Frontières', 'Medecins Sans Frontieres', 'MSF', 'Doctors Without Borders'],
  ['International Olympic Committee', 'IOC'],
  ['FIFA', 'Fifa'],
  ['UEFA', 'Uefa'],
];

const GOVERNMENT: readonly (readonly string[])[] = [
  ['Kremlin'],
  ['White House'],
  ['Pentagon'],
  ['Élysée', 'Elysee', 'Élysée Palace', 'Elysee Palace'],
  ['Downing Street?'],
  ['State Department'],
  ['Foreign Office'],
  ['Home Office'],
  ['State Duma', 'Duma'],
  ['Verkhovna Rada', 'Rada'],
  ['Bundestag'],
  ['Knesset'],
  ['Sejm'],
  ['Federation Council'],
  ['FSB', 'Federal Security Service'],
  ['KGB'],
  ['SVR'],
  ['GRU'],
  ['CIA', 'Central Intelligence Agency'],
  ['FBI', 'Federal Bureau of Investigation'],
  ['NSA', 'National Security Agency'],
  ['MI5'],
  ['MI6', 'Secret Intelligence Service'],
  ['GCHQ'],
  ['Mossad'],
  ['Shin Bet'],
  ['SBU', 'Security Service of Ukraine'],
  ['Investigative Committee'],
  ['Rosgvardia', 'National Guard of Russia'],
  ['Roskomnadzor'],
  ['IRGC', 'Islamic Revolutionary Guard Corps', 'Revolutionary Guards'],
];

const ARMED_GROUPS: readonly (readonly string[])[] = [
  [
    'Islamic State',
    'IS?',
    'ISIS',
    'ISIL',
    'Daesh',
    'Islamic State of Iraq and Syria',
    'Islamic State of Iraq and the Levant',
  ],
  ['Islamic State Khorasan', 'Islamic State Khorasan Province', 'ISIS-K', 'IS-K', 'ISKP'],
  ['al-Qaeda', 'Al-Qaeda', 'al-Qaida', 'Al Qaeda', 'al Qaeda'],
  ['Taliban'],
  ['Hamas'],
  ['Hezbollah', 'Hizbollah'],
  ['Houthis', 'Houthi'],
  ['Boko Haram'],
  ['al-Shabab', 'Al-Shabaab', 'al-Shabaab'],
  ['Wagner Group', 'Wagner?', 'PMC Wagner'],
  ['Hayat Tahrir al-Sham', 'HTS'],
  ['PKK', 'Kurdistan Workers’ Party'],
];

export interface OrganisationTables {
  readonly byKey: ReadonlyMap<string, KnownOrganisation>;
  /** Every name in its listed spelling (aliases included), by folded key. */
  readonly surfaces: ReadonlyMap<string, string>;
}

let tables: OrganisationTables | null = null;

function build(): OrganisationTables {
  const byKey = new Map<string, KnownOrganisation>();
  const surfaces = new Map<string, string>();
  const groups: readonly (readonly [OrganisationKind, readonly (readonly string[])[]])[] = [
    ['news', NEWS],
    ['international', INTERNATIONAL],
    ['government', GOVERNMENT],
    ['armed-group', ARMED_GROUPS],
  ];
  const bareNames: [string, KnownOrganisation][] = [];
  for (const [kind, lines] of groups) {
    for (const line of lines) {
      const canonical = (line[0] as string).replace(/\?$/u, '');
      for (const listed of line) {
        const ambiguous = listed.endsWith('?');
        const surface = ambiguous ? listed.slice(0, -1) : listed;
        const articleInName = surface.startsWith('The ');
        const entry: KnownOrganisation = { name: canonical, kind, articleInName, ambiguous };
        const key = foldKey(surface);
        // A case-distinct spelling ("Nato", "dpa") shares the key of its capitalised twin.
        if (!byKey.has(key)) byKey.set(key, entry);
        if (!surfaces.has(key) || surface !== surface.toLowerCase()) surfaces.set(key, surface);
        // "the Telegraph" mid-sentence: the bare name is the organisation too, but also a word.
        if (articleInName)
          bareNames.push([surface.slice(4), { ...entry, articleInName: false, ambiguous: true }]);
      }
    }
  }
  for (const [surface, entry] of bareNames) {
    const key = foldKey(surface);
    if (byKey.has(key)) continue;
    byKey.set(key, entry);
    surfaces.set(key, surface);
  }
  return { byKey, surfaces };
}

/** The organisation tables, built on first use. */
export function organisationTables(): OrganisationTables {
  if (tables === null) tables = build();
  return tables;
}
