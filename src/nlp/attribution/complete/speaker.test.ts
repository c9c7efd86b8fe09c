import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { insideQuotationMarks } from './recent-speaker.js';
import { complete, type CandidateSpec, type EntitySpec } from './test-fixture.js';

/** Every sentence below is invented for these tests. */

interface SpeakerCase {
  readonly name: string;
  readonly text: string;
  readonly entities: readonly EntitySpec[];
  readonly candidates: readonly CandidateSpec[];
  /** Expected speaker and anonymity of the attribution with this id. */
  readonly id: string;
  readonly speaker: string | readonly string[] | null;
  readonly anonymous: boolean;
}

const VARGA: EntitySpec = { id: 'e1', type: 'PERSON', name: 'Helena Varga', mentions: ['Helena Varga'] };

const cases: readonly SpeakerCase[] = [
  {
    name: 'a description the text used as the person’s title',
    text: 'Quarterback Tom Varley trained alone. Rain fell all day. “We will score,” the quarterback told reporters.',
    entities: [{ id: 'e1', type: 'PERSON', name: 'Tom Varley', mentions: ['Tom Varley'] }],
    candidates: [{ kind: 'direct', cue: 'told', source: 'the quarterback', content: ['“We will score,”'] }],
    id: 'a1',
    speaker: 'e1',
    anonymous: false,
  },
  {
    name: 'a description taking up the topic the sentence before opened with',
    text: 'Tom Varley walked to the rostrum. “We will score,” the quarterback told reporters.',
    entities: [{ id: 'e1', type: 'PERSON', name: 'Tom Varley', mentions: ['Tom Varley'] }],
    candidates: [{ kind: 'direct', cue: 'told', source: 'the quarterback', content: ['“We will score,”'] }],
    id: 'a1',
    speaker: 'e1',
    anonymous: false,
  },
  {
    name: 'a word news uses for anyone in a story does not take up the topic',
    text: 'Tom Varley died on Friday. “He was a hero,” the neighbour said.',
    entities: [{ id: 'e1', type: 'PERSON', name: 'Tom Varley', mentions: ['Tom Varley'] }],
    candidates: [{ kind: 'direct', cue: 'said', source: 'the neighbour', content: ['“He was a hero,”'] }],
    id: 'a1',
    speaker: null,
    anonymous: true,
  },
  {
    name: 'a title given to two people links neither',
    text: 'Quarterback Tom Varley and quarterback Sam Ode met. “We will score,” the quarterback said.',
    entities: [
      { id: 'e1', type: 'PERSON', name: 'Tom Varley', mentions: ['Tom Varley'] },
      { id: 'e2', type: 'PERSON', name: 'Sam Ode', mentions: ['Sam Ode'] },
    ],
    candidates: [{ kind: 'direct', cue: 'said', source: 'the quarterback', content: ['“We will score,”'] }],
    id: 'a1',
    speaker: null,
    anonymous: false,
  },
  {
    name: 'a name in apposition after a post-modifier speaks',
    text: 'Chief of the Harbour Company, Jan de Wit, said the port would reopen.',
    entities: [{ id: 'e1', type: 'PERSON', name: 'Jan de Wit', mentions: ['Jan de Wit'] }],
    candidates: [
      {
        cue: 'said',
        source: 'Chief of the Harbour Company, Jan de Wit,',
        content: ['the port would reopen'],
      },
    ],
    id: 'a1',
    speaker: 'e1',
    anonymous: false,
  },
  {
    name: 'a name inside a post-modifier of the source does not speak',
    text: 'Judges in the trial of former minister Karl Dorn said the videos could be shown.',
    entities: [{ id: 'e1', type: 'PERSON', name: 'Karl Dorn', mentions: ['Karl Dorn'] }],
    candidates: [
      {
        cue: 'said',
        source: 'Judges in the trial of former minister Karl Dorn',
        content: ['the videos could be shown'],
      },
    ],
    id: 'a1',
    speaker: null,
    anonymous: true,
  },
  {
    name: 'a source that is a name mention',
    text: 'Helena Varga said the port would reopen.',
    entities: [VARGA],
    candidates: [{ cue: 'said', source: 'Helena Varga', content: ['the port would reopen'] }],
    id: 'a1',
    speaker: 'e1',
    anonymous: false,
  },
  {
    name: 'a title and surname whose head word is inside a mention',
    text: 'Ms Varga said the port would reopen.',
    entities: [{ id: 'e1', type: 'PERSON', name: 'Helena Varga', mentions: ['Varga'] }],
    candidates: [{ cue: 'said', source: 'Ms Varga', content: ['the port would reopen'] }],
    id: 'a1',
    speaker: 'e1',
    anonymous: false,
  },
  {
    name: 'a surname the entity step did not mark, matched on the canonical name',
    text: 'Helena Varga spoke first. Later Ms Varga said the port would reopen.',
    entities: [VARGA],
    candidates: [{ cue: 'said', source: 'Ms Varga', content: ['the port would reopen'] }],
    id: 'a1',
    speaker: 'e1',
    anonymous: false,
  },
  {
    name: 'a pronoun resolved by coreference',
    text: 'Helena Varga arrived late. She said the port would reopen.',
    entities: [{ ...VARGA, mentions: ['Helena Varga', '^She'] }],
    candidates: [{ cue: 'said', source: 'She', content: ['the port would reopen'] }],
    id: 'a1',
    speaker: 'e1',
    anonymous: false,
  },
  {
    name: 'a pronoun coreference missed: the nearest person before it',
    text: 'Helena Varga arrived late. She said the port would reopen.',
    entities: [VARGA],
    candidates: [{ cue: 'said', source: 'She', content: ['the port would reopen'] }],
    id: 'a1',
    speaker: 'e1',
    anonymous: false,
  },
  {
    name: 'a pronoun inside a quotation is not the quoted speaker',
    text: 'Tomas Berg met Helena Varga. “He told me, ‘we will sign’,” Varga said.',
    entities: [
      { id: 'e1', type: 'PERSON', name: 'Helena Varga', mentions: ['Helena Varga', 'Varga#2'] },
      { id: 'e2', type: 'PERSON', name: 'Tomas Berg', mentions: ['Tomas Berg'] },
    ],
    candidates: [
      { kind: 'direct', cue: 'said', source: 'Varga#2', content: ['He told me, ‘we will sign’,'] },
      { kind: 'direct', cue: 'told', source: 'He#2', content: ['we will sign'] },
    ],
    id: 'a1',
    speaker: 'e2',
    anonymous: false,
  },
  {
    name: 'a first-person source inside a quotation is the quoted speaker',
    text: '“I told him, ‘we will sign’,” Varga said.',
    entities: [{ id: 'e1', type: 'PERSON', name: 'Helena Varga', mentions: ['Varga'] }],
    candidates: [
      { kind: 'direct', cue: 'said', source: 'Varga', content: ['I told him, ‘we will sign’,'] },
      { kind: 'direct', cue: 'told', source: 'I', content: ['we will sign'] },
    ],
    id: 'a1',
    speaker: 'e1',
    anonymous: false,
  },
  {
    name: 'coordinated names give several speakers',
    text: 'Norway and Chile said the treaty was fair.',
    entities: [
      { id: 'e1', type: 'LOC', name: 'Norway', mentions: ['Norway'] },
      { id: 'e2', type: 'LOC', name: 'Chile', mentions: ['Chile'] },
    ],
    candidates: [{ cue: 'said', source: 'Norway and Chile', content: ['the treaty was fair'] }],
    id: 'a1',
    speaker: ['e1', 'e2'],
    anonymous: false,
  },
  {
    name: 'a list with commas and a final "and"',
    text: 'Norway, Peru, and Chile said the treaty was fair.',
    entities: [
      { id: 'e1', type: 'LOC', name: 'Norway', mentions: ['Norway'] },
      { id: 'e2', type: 'LOC', name: 'Peru', mentions: ['Peru'] },
      { id: 'e3', type: 'LOC', name: 'Chile', mentions: ['Chile'] },
    ],
    candidates: [{ cue: 'said', source: 'Norway, Peru, and Chile', content: ['the treaty was fair'] }],
    id: 'a1',
    speaker: ['e1', 'e2', 'e3'],
    anonymous: false,
  },
  {
    name: 'a named organisation coordinated with unnamed officers: the organisation',
    text: 'The harbour board and senior customs officers claimed the ships were empty.',
    entities: [{ id: 'e1', type: 'ORG', name: 'harbour board', mentions: ['harbour board'] }],
    candidates: [
      {
        cue: 'claimed',
        source: 'The harbour board and senior customs officers',
        content: ['the ships were empty'],
      },
    ],
    id: 'a1',
    speaker: 'e1',
    anonymous: false,
  },
  {
    name: 'an "and" inside a prepositional phrase does not split the source',
    text: 'Officials from Norway and Chile said the treaty was fair.',
    entities: [
      { id: 'e1', type: 'LOC', name: 'Norway', mentions: ['Norway'] },
      { id: 'e2', type: 'LOC', name: 'Chile', mentions: ['Chile'] },
    ],
    candidates: [
      { cue: 'said', source: 'Officials from Norway and Chile', content: ['the treaty was fair'] },
    ],
    id: 'a1',
    speaker: null,
    anonymous: true,
  },
  {
    name: 'a name with an appositive: the name',
    text: 'Petra Lind, the head of the Harbour Authority, said the port was safe.',
    entities: [
      { id: 'e1', type: 'PERSON', name: 'Petra Lind', mentions: ['Petra Lind'] },
      { id: 'e2', type: 'ORG', name: 'Harbour Authority', mentions: ['Harbour Authority'] },
    ],
    candidates: [
      {
        cue: 'said',
        source: 'Petra Lind, the head of the Harbour Authority',
        content: ['the port was safe'],
      },
    ],
    id: 'a1',
    speaker: 'e1',
    anonymous: false,
  },
  {
    name: 'a role and its holder’s name: the name',
    text: 'Harbour spokeswoman for safety Petra Lind said the port was safe.',
    entities: [{ id: 'e1', type: 'PERSON', name: 'Petra Lind', mentions: ['Petra Lind'] }],
    candidates: [
      { cue: 'said', source: 'Harbour spokeswoman for safety Petra Lind', content: ['the port was safe'] },
    ],
    id: 'a1',
    speaker: 'e1',
    anonymous: false,
  },
  {
    name: 'a role, then the name in apposition',
    text: 'The Minister of Ports, Petra Lind, said the port was safe.',
    entities: [
      { id: 'e1', type: 'PERSON', name: 'Petra Lind', mentions: ['Petra Lind'] },
      { id: 'e2', type: 'ORG', name: 'Minister of Ports', mentions: ['Minister of Ports'] },
    ],
    candidates: [
      { cue: 'said', source: 'The Minister of Ports, Petra Lind', content: ['the port was safe'] },
    ],
    id: 'a1',
    speaker: 'e1',
    anonymous: false,
  },
  {
    name: 'people close to a named person: anonymous, not that person',
    text: 'People close to Petra Lind said the port was safe.',
    entities: [{ id: 'e1', type: 'PERSON', name: 'Petra Lind', mentions: ['Petra Lind'] }],
    candidates: [{ cue: 'said', source: 'People close to Petra Lind', content: ['the port was safe'] }],
    id: 'a1',
    speaker: null,
    anonymous: true,
  },
  {
    name: 'counted sources close to an organisation: anonymous',
    text: 'Three sources close to the Harbour Authority said the port was unsafe.',
    entities: [{ id: 'e2', type: 'ORG', name: 'Harbour Authority', mentions: ['Harbour Authority'] }],
    candidates: [
      {
        cue: 'said',
        source: 'Three sources close to the Harbour Authority',
        content: ['the port was unsafe'],
      },
    ],
    id: 'a1',
    speaker: null,
    anonymous: true,
  },
  {
    name: 'a nationality does not name the source',
    text: 'A Danish official said the port was unsafe.',
    entities: [{ id: 'e3', type: 'MISC', name: 'Danish', mentions: ['Danish'] }],
    candidates: [{ cue: 'said', source: 'A Danish official', content: ['the port was unsafe'] }],
    id: 'a1',
    speaker: null,
    anonymous: true,
  },
  {
    name: 'people familiar with the matter',
    text: 'People familiar with the matter said the deal was off.',
    entities: [],
    candidates: [{ cue: 'said', source: 'People familiar with the matter', content: ['the deal was off'] }],
    id: 'a1',
    speaker: null,
    anonymous: true,
  },
  {
    name: 'one person',
    text: 'One person said the deal was off.',
    entities: [],
    candidates: [{ cue: 'said', source: 'One person', content: ['the deal was off'] }],
    id: 'a1',
    speaker: null,
    anonymous: true,
  },
  {
    name: 'a senior official',
    text: 'A senior official said the deal was off.',
    entities: [],
    candidates: [{ cue: 'said', source: 'A senior official', content: ['the deal was off'] }],
    id: 'a1',
    speaker: null,
    anonymous: true,
  },
  {
    name: 'an indefinite role noun: anonymous',
    text: 'A spokesman for the ministry said the deal was off.',
    entities: [],
    candidates: [{ cue: 'said', source: 'A spokesman for the ministry', content: ['the deal was off'] }],
    id: 'a1',
    speaker: null,
    anonymous: true,
  },
  {
    name: 'aides of a named person are still unnamed',
    text: 'Varga aides said the deal was off.',
    entities: [{ id: 'e1', type: 'PERSON', name: 'Helena Varga', mentions: ['Varga'] }],
    candidates: [{ cue: 'said', source: 'Varga aides', content: ['the deal was off'] }],
    id: 'a1',
    speaker: null,
    anonymous: true,
  },
  {
    name: 'a named person’s lawyer is identified by the role',
    text: 'Helena Varga’s lawyer said the deal was off.',
    entities: [VARGA],
    candidates: [{ cue: 'said', source: 'Helena Varga’s lawyer', content: ['the deal was off'] }],
    id: 'a1',
    speaker: null,
    anonymous: false,
  },
  {
    name: 'a definite role identifies without naming: unresolved, not anonymous',
    text: 'The head of the Harbour Authority said the port was safe.',
    entities: [{ id: 'e2', type: 'ORG', name: 'Harbour Authority', mentions: ['Harbour Authority'] }],
    candidates: [
      { cue: 'said', source: 'The head of the Harbour Authority', content: ['the port was safe'] },
    ],
    id: 'a1',
    speaker: null,
    anonymous: false,
  },
  {
    name: 'a definite role that coreference tied to a person',
    text: 'Petra Lind spoke. The veteran harbour master said the port was safe.',
    entities: [
      {
        id: 'e1',
        type: 'PERSON',
        name: 'Petra Lind',
        mentions: ['Petra Lind', '~The veteran harbour master'],
      },
    ],
    candidates: [{ cue: 'said', source: 'The veteran harbour master', content: ['the port was safe'] }],
    id: 'a1',
    speaker: 'e1',
    anonymous: false,
  },
  {
    name: 'a person description that coreference tied to an organisation is not taken',
    text: 'The Harbour Authority met. The authority spokesman said the port was safe.',
    entities: [
      {
        id: 'e2',
        type: 'ORG',
        name: 'Harbour Authority',
        mentions: ['Harbour Authority', '~The authority spokesman'],
      },
    ],
    candidates: [{ cue: 'said', source: 'The authority spokesman', content: ['the port was safe'] }],
    id: 'a1',
    speaker: null,
    anonymous: false,
  },
  {
    name: 'an organisation named before its classifier noun',
    text: 'The Coastal Ledger newspaper reported that the port was closed.',
    entities: [{ id: 'e1', type: 'ORG', name: 'Coastal Ledger', mentions: ['Coastal Ledger'] }],
    candidates: [
      { cue: 'reported', source: 'The Coastal Ledger newspaper', content: ['the port was closed'] },
    ],
    id: 'a1',
    speaker: 'e1',
    anonymous: false,
  },
  {
    name: 'a person noun after an organisation name is not the organisation',
    text: 'A Harbour Authority spokesman said the port was closed.',
    entities: [{ id: 'e1', type: 'ORG', name: 'Harbour Authority', mentions: ['Harbour Authority'] }],
    candidates: [{ cue: 'said', source: 'A Harbour Authority spokesman', content: ['the port was closed'] }],
    id: 'a1',
    speaker: null,
    anonymous: true,
  },
  {
    name: 'a cue-less quotation paragraph continues the previous speaker',
    text: '“We will sign,” Varga said.\n\n“Nothing will stop us.”',
    entities: [{ id: 'e1', type: 'PERSON', name: 'Helena Varga', mentions: ['Varga'] }],
    candidates: [
      { kind: 'direct', cue: 'said', source: 'Varga', content: ['We will sign,'] },
      { kind: 'direct', cue: null, source: null, content: ['Nothing will stop us.'], continues: 0 },
    ],
    id: 'a2',
    speaker: 'e1',
    anonymous: false,
  },
  {
    name: 'a source-less cue coordinated with the one before shares its subject',
    text: 'The harbour board rejected the claims and suggested rivals had spread them.',
    entities: [{ id: 'e1', type: 'ORG', name: 'harbour board', mentions: ['harbour board'] }],
    candidates: [
      { cue: 'rejected', source: 'The harbour board', content: ['the claims'] },
      { cue: 'suggested', source: null, content: ['rivals had spread them'] },
    ],
    id: 'a2',
    speaker: 'e1',
    anonymous: false,
  },
  {
    name: 'a source-less cue in a new clause does not share a subject',
    text: 'The harbour board rejected the claims, which the mayor suggested were false.',
    entities: [{ id: 'e1', type: 'ORG', name: 'harbour board', mentions: ['harbour board'] }],
    candidates: [
      { cue: 'rejected', source: 'The harbour board', content: ['the claims'] },
      { cue: 'suggested', source: null, content: ['were false'] },
    ],
    id: 'a2',
    speaker: null,
    anonymous: false,
  },
  {
    name: 'a source span holding a reporting clause stands for the source after "that"',
    text: 'The Coastal Ledger reported on Monday that two aides said the deal was off.',
    entities: [{ id: 'e2', type: 'ORG', name: 'Coastal Ledger', mentions: ['Coastal Ledger'] }],
    candidates: [
      { cue: 'reported', source: 'The Coastal Ledger', content: ['two aides said the deal was off'] },
      {
        cue: 'said',
        source: 'The Coastal Ledger reported on Monday that two aides',
        content: ['the deal was off'],
      },
    ],
    id: 'a2',
    speaker: null,
    anonymous: true,
  },
  {
    name: 'a source span holding two clauses stands for the subject of the last',
    text: 'One aide told the paper that Varga was at a meeting where ministers agreed the deal was off.',
    entities: [{ id: 'e1', type: 'PERSON', name: 'Helena Varga', mentions: ['Varga'] }],
    candidates: [
      {
        cue: 'agreed',
        source: 'One aide told the paper that Varga was at a meeting where ministers',
        content: ['the deal was off'],
      },
    ],
    id: 'a1',
    speaker: null,
    anonymous: true,
  },
  {
    name: 'a mention running out of the source does not name it',
    text: 'The Coastal Ledger reported on Monday that two aides said the deal was off.',
    entities: [{ id: 'e9', type: 'LOC', name: 'Monday that two aides', mentions: ['Monday that two aides'] }],
    candidates: [{ cue: 'said', source: 'two aides', content: ['the deal was off'] }],
    id: 'a1',
    speaker: null,
    anonymous: true,
  },
  {
    name: 'a participle does not open a clause',
    text: 'Footage released by Varga showed the port.',
    entities: [{ id: 'e1', type: 'PERSON', name: 'Helena Varga', mentions: ['Varga'] }],
    candidates: [{ cue: 'showed', source: 'Footage released by Varga', content: ['the port'] }],
    id: 'a1',
    speaker: null,
    anonymous: false,
  },
  {
    name: 'names coordinated just before the source belong to it',
    text: 'Norway and Chile have said the treaty was fair.',
    entities: [
      { id: 'e1', type: 'LOC', name: 'Norway', mentions: ['Norway'] },
      { id: 'e2', type: 'LOC', name: 'Chile', mentions: ['Chile'] },
    ],
    candidates: [{ cue: 'have said', source: 'Chile', content: ['the treaty was fair'] }],
    id: 'a1',
    speaker: ['e1', 'e2'],
    anonymous: false,
  },
  {
    name: 'no source: unresolved',
    text: 'It was reported that the port was closed.',
    entities: [],
    candidates: [{ cue: 'reported', source: null, content: ['the port was closed'] }],
    id: 'a1',
    speaker: null,
    anonymous: false,
  },
  {
    name: '"he said" after a quotation: the most recent speaker, not the most salient man',
    text: 'Alain Levy, the chairman, said sales had fallen. Levy said more was to come. Paul Richards, an analyst, said the market would focus on sales. “It is unusual,” he said.',
    entities: [
      { id: 'e1', type: 'PERSON', name: 'Alain Levy', mentions: ['Alain Levy', 'Levy#2', '^he#3'] },
      { id: 'e2', type: 'PERSON', name: 'Paul Richards', mentions: ['Paul Richards'] },
    ],
    candidates: [
      { cue: 'said', source: 'Alain Levy, the chairman,', content: ['sales had fallen'] },
      { cue: 'said#2', source: 'Levy#2', content: ['more was to come'] },
      { cue: 'said#3', source: 'Paul Richards, an analyst,', content: ['the market would focus on sales'] },
      { kind: 'direct', cue: 'said#4', source: 'he#3', content: ['“It is unusual,”'] },
    ],
    id: 'a4',
    speaker: 'e2',
    anonymous: false,
  },
  {
    name: '"He said" far from the last attribution: the man the narration turned to, not the man coreference chose',
    text: 'Karl Dorn, the club chairman, said the coach would stay. “It is settled,” he said. Owner Sam Pike watched the match in Leeds. He left at half-time. The fans sang loudly. The players thanked them. With Pike on holiday, Dorn watched the match from the stand. He said: “We are proud of them.”',
    entities: [
      { id: 'e1', type: 'PERSON', name: 'Karl Dorn', mentions: ['Karl Dorn', '^he#3', 'Dorn#2'] },
      { id: 'e2', type: 'PERSON', name: 'Sam Pike', mentions: ['Sam Pike', '^He#1', 'Pike#2', '^He#2'] },
    ],
    candidates: [
      { cue: 'said', source: 'Karl Dorn, the club chairman,', content: ['the coach would stay'] },
      { kind: 'direct', cue: 'said#2', source: 'he#3', content: ['“It is settled,”'] },
      { kind: 'direct', cue: 'said:', source: 'He#2', content: ['“We are proud of them.”'] },
    ],
    id: 'a3',
    speaker: 'e1',
    anonymous: false,
  },
  {
    name: 'agreement is hard: "she" skips the man who spoke last for the woman before him',
    text: 'Anna Kowalski, the deputy, said nothing was agreed. Mark Ruiz said talks would go on. “We were close,” she said.',
    entities: [
      { id: 'e1', type: 'PERSON', name: 'Anna Kowalski', mentions: ['Anna Kowalski'] },
      { id: 'e2', type: 'PERSON', name: 'Mark Ruiz', mentions: ['Mark Ruiz', '^she#1'] },
    ],
    candidates: [
      { cue: 'said', source: 'Anna Kowalski, the deputy,', content: ['nothing was agreed'] },
      { cue: 'said#2', source: 'Mark Ruiz', content: ['talks would go on'] },
      { kind: 'direct', cue: 'said#3', source: 'she#1', content: ['“We were close,”'] },
    ],
    id: 'a3',
    speaker: 'e1',
    anonymous: false,
  },
  {
    name: 'agreement is hard: a man’s "He" held by a woman’s entity, with no man to take it, stays unresolved',
    text: 'Greta Holm wrote to her sister every week. The Berg account\n\nHe believes the letters were burnt.',
    entities: [{ id: 'e1', type: 'PERSON', name: 'Greta Holm', mentions: ['Greta Holm', 'her', '^He'] }],
    candidates: [{ cue: 'believes', source: 'He', content: ['the letters were burnt'] }],
    id: 'a1',
    speaker: null,
    anonymous: false,
  },
  {
    name: '"he added" after a sentence whose subject is a man described, not named: not the man his description names',
    text: '“We condemn it,” an envoy said. Prime Minister Karl Dorn’s spokesman also condemned a video. “We will not comment on such footage,” he added.',
    entities: [{ id: 'e1', type: 'PERSON', name: 'Karl Dorn', mentions: ['Karl Dorn', '^he'] }],
    candidates: [
      { kind: 'direct', cue: 'said', source: 'an envoy', content: ['“We condemn it,”'] },
      { kind: 'direct', cue: 'added', source: 'he', content: ['“We will not comment on such footage,”'] },
    ],
    id: 'a2',
    speaker: null,
    anonymous: false,
  },
  {
    name: '"he said" after a sentence about another man: the subject of that sentence',
    text: '“We were unlucky,” Colin Marsh said. After the game, Dean Foley blamed the referee. “The second goal was offside,” he said.',
    entities: [
      { id: 'e1', type: 'PERSON', name: 'Colin Marsh', mentions: ['Colin Marsh', '^he#3'] },
      { id: 'e2', type: 'PERSON', name: 'Dean Foley', mentions: ['Dean Foley'] },
    ],
    candidates: [
      { kind: 'direct', cue: 'said', source: 'Colin Marsh', content: ['“We were unlucky,”'] },
      { kind: 'direct', cue: 'said#2', source: 'he#3', content: ['“The second goal was offside,”'] },
    ],
    id: 'a2',
    speaker: 'e2',
    anonymous: false,
  },
  {
    name: 'a title fused into a name is not its first name: "Tory MP Michael …" is a man',
    text: 'Tory MP Michael Dunne told the radio that the rule was old. He said it had been broken before.',
    entities: [
      { id: 'e1', type: 'PERSON', name: 'Tory MP Michael Dunne', mentions: ['Tory MP Michael Dunne'] },
      { id: 'e2', type: 'PERSON', name: 'Ruth Allan', mentions: ['^He'] },
    ],
    candidates: [
      { cue: 'told', source: 'Tory MP Michael Dunne', content: ['the rule was old'] },
      { cue: 'said', source: 'He', content: ['it had been broken before'] },
    ],
    id: 'a2',
    speaker: 'e1',
    anonymous: false,
  },
  {
    name: '"he said" after an unnamed spokesman: the spokesman, not a man his words name',
    text: 'The club spokesman said they would wait for advice on Ivo Lang. “We all want Ivo back soon,” he said.',
    entities: [{ id: 'e1', type: 'PERSON', name: 'Ivo Lang', mentions: ['Ivo Lang', 'Ivo#2', '^he#3'] }],
    candidates: [
      { cue: 'said', source: 'The club spokesman', content: ['they would wait for advice'] },
      { kind: 'direct', cue: 'said#2', source: 'he#3', content: ['“We all want Ivo back soon,”'] },
    ],
    id: 'a2',
    speaker: null,
    anonymous: false,
  },
  {
    name: 'the last speaker further back when nobody else who agrees is named in between',
    text: 'Ravi Menon said the towers were ready. The links run on rooftops. The firm serves 70 towns. Rain is rare in the region. Fog is rarer still. “It suits us well,” he said.',
    entities: [{ id: 'e1', type: 'PERSON', name: 'Ravi Menon', mentions: ['Ravi Menon'] }],
    candidates: [
      { cue: 'said', source: 'Ravi Menon', content: ['the towers were ready'] },
      { kind: 'direct', cue: 'said#2', source: 'he#5', content: ['“It suits us well,”'] },
    ],
    id: 'a2',
    speaker: 'e1',
    anonymous: false,
  },
  {
    name: 'a relative pronoun source stands for the organisation it follows',
    text: 'The plan is backed by the Growers Forum (GF), who say small farms face "a long winter".',
    entities: [{ id: 'e1', type: 'ORG', name: 'GF', mentions: ['GF'] }],
    candidates: [{ kind: 'mixed', cue: 'say', source: 'who', content: ['small farms face "a long winter"'] }],
    id: 'a1',
    speaker: 'e1',
    anonymous: false,
  },
  {
    name: 'a statement speaks for the organisation that issued it',
    text: '"The matter is closed," said a Harbour Board statement.',
    entities: [{ id: 'e1', type: 'ORG', name: 'Harbour Board', mentions: ['Harbour Board'] }],
    candidates: [
      {
        kind: 'direct',
        cue: 'said',
        source: 'a Harbour Board statement',
        content: ['"The matter is closed,"'],
      },
    ],
    id: 'a1',
    speaker: 'e1',
    anonymous: false,
  },
  {
    name: 'an organisation in apposition to a description names the source',
    text: 'One of the losing bidders, Dutch group Arvola, said it would bid again.',
    entities: [{ id: 'e1', type: 'ORG', name: 'Arvola', mentions: ['Arvola'] }],
    candidates: [
      {
        cue: 'said',
        source: 'One of the losing bidders, Dutch group Arvola,',
        content: ['it would bid again'],
      },
    ],
    id: 'a1',
    speaker: 'e1',
    anonymous: false,
  },
  {
    name: 'an organisation after a preposition does not name the source',
    text: 'A spokesman for Arvola said it would bid again.',
    entities: [{ id: 'e1', type: 'ORG', name: 'Arvola', mentions: ['Arvola'] }],
    candidates: [{ cue: 'said', source: 'A spokesman for Arvola', content: ['it would bid again'] }],
    id: 'a1',
    speaker: null,
    anonymous: true,
  },
  {
    name: 'not further back past a person described in between',
    text: 'Ravi Menon said the towers were ready. The links run on rooftops. The firm serves 70 towns. Rain is rare in the region. A spokesperson for the council was cautious. “It suits us well,” he said.',
    entities: [{ id: 'e1', type: 'PERSON', name: 'Ravi Menon', mentions: ['Ravi Menon'] }],
    candidates: [
      { cue: 'said', source: 'Ravi Menon', content: ['the towers were ready'] },
      { kind: 'direct', cue: 'said#2', source: 'he#6', content: ['“It suits us well,”'] },
    ],
    id: 'a2',
    speaker: null,
    anonymous: false,
  },
  {
    name: '"he said" after a report whose content was cut at a quoted word: the reporter, not the man it names',
    text: 'And Colin Marsh claims ‘generous’ owner Peter Varga will pay. “He wants the club to grow,” he said.',
    entities: [
      { id: 'e1', type: 'PERSON', name: 'Colin Marsh', mentions: ['Colin Marsh'] },
      { id: 'e2', type: 'PERSON', name: 'Peter Varga', mentions: ['Peter Varga', '^he#2'] },
    ],
    candidates: [
      { cue: 'claims', source: 'Colin Marsh', content: ['‘generous’'] },
      { kind: 'direct', cue: 'said', source: 'he#2', content: ['“He wants the club to grow,”'] },
    ],
    id: 'a2',
    speaker: 'e1',
    anonymous: false,
  },
  {
    name: 'coreference stands when its choice is named after the last speaker',
    text: 'Paul Richards said prices would rise. When Tom Hale arrived, he said the deal was off.',
    entities: [
      { id: 'e1', type: 'PERSON', name: 'Paul Richards', mentions: ['Paul Richards'] },
      { id: 'e2', type: 'PERSON', name: 'Tom Hale', mentions: ['Tom Hale', '^he#2'] },
    ],
    candidates: [
      { cue: 'said', source: 'Paul Richards', content: ['prices would rise'] },
      { cue: 'said#2', source: 'he#2', content: ['the deal was off'] },
    ],
    id: 'a2',
    speaker: 'e2',
    anonymous: false,
  },
  {
    name: 'the name at the parse head of a source with a suffix and an apposition',
    text: 'James Hale Jr., the district attorney, said the case was closed.',
    entities: [{ id: 'e1', type: 'PERSON', name: 'James Hale', mentions: ['James Hale'] }],
    candidates: [
      { cue: 'said', source: 'James Hale Jr., the district attorney,', content: ['the case was closed'] },
    ],
    id: 'a1',
    speaker: 'e1',
    anonymous: false,
  },
  {
    name: 'the named person behind a title and a company name the name finder took for a person',
    text: "Sandvine's chief technology officer Marc Morin said demand would grow.",
    entities: [
      { id: 'e1', type: 'PERSON', name: 'Sandvine', mentions: ['Sandvine'] },
      { id: 'e2', type: 'PERSON', name: 'Marc Morin', mentions: ['Marc Morin'] },
    ],
    candidates: [
      {
        cue: 'said',
        source: "Sandvine's chief technology officer Marc Morin",
        content: ['demand would grow'],
      },
    ],
    id: 'a1',
    speaker: 'e2',
    anonymous: false,
  },
  {
    name: 'a place before the comma of an adverbial does not join the source',
    text: 'At a hearing on the Hill, Helena Varga said the port would reopen.',
    entities: [VARGA, { id: 'e2', type: 'LOC', name: 'Hill', mentions: ['Hill'] }],
    candidates: [{ cue: 'said', source: 'Helena Varga', content: ['the port would reopen'] }],
    id: 'a1',
    speaker: 'e1',
    anonymous: false,
  },
  {
    name: 'an organisation before the comma of an adverbial does not join a pronoun source',
    text: 'Helena Varga spoke for an hour. Without naming Acme, she said the firm had lied.',
    entities: [
      { id: 'e1', type: 'PERSON', name: 'Helena Varga', mentions: ['Helena Varga', '^she'] },
      { id: 'e2', type: 'ORG', name: 'Acme', mentions: ['Acme'] },
    ],
    candidates: [{ cue: 'said', source: 'she', content: ['the firm had lied'] }],
    id: 'a1',
    speaker: 'e1',
    anonymous: false,
  },
  {
    name: 'a list of names before "and" still joins the source',
    text: 'Norway, Chile and Peru said the treaty was fair.',
    entities: [
      { id: 'e1', type: 'LOC', name: 'Norway', mentions: ['Norway'] },
      { id: 'e2', type: 'LOC', name: 'Chile', mentions: ['Chile'] },
      { id: 'e3', type: 'LOC', name: 'Peru', mentions: ['Peru'] },
    ],
    candidates: [{ cue: 'said', source: 'Peru', content: ['the treaty was fair'] }],
    id: 'a1',
    speaker: ['e1', 'e2', 'e3'],
    anonymous: false,
  },
  {
    name: '"he" that coreference gave to a place is read again as a person',
    text: 'Mayor Tom Varley opened the fair in Eskdale on Monday. Speaking there, he said the town would grow.',
    entities: [
      { id: 'e1', type: 'PERSON', name: 'Tom Varley', mentions: ['Tom Varley'] },
      { id: 'e2', type: 'LOC', name: 'Eskdale', mentions: ['Eskdale', '^he#3'] },
    ],
    candidates: [{ cue: 'said', source: 'he#3', content: ['the town would grow'] }],
    id: 'a1',
    speaker: 'e1',
    anonymous: false,
  },
  {
    name: 'a subject inside a quotation left without a cue is not the narration’s topic',
    text: 'Paul Richards, an analyst, said sales had fallen. “Victor Hale resigned in May.” “It is unusual,” he said.',
    entities: [
      { id: 'e1', type: 'PERSON', name: 'Paul Richards', mentions: ['Paul Richards', '^he'] },
      { id: 'e2', type: 'PERSON', name: 'Victor Hale', mentions: ['Victor Hale'] },
    ],
    candidates: [
      { cue: 'said', source: 'Paul Richards, an analyst,', content: ['sales had fallen'] },
      { kind: 'direct', cue: 'said#2', source: 'he', content: ['“It is unusual,”'] },
    ],
    id: 'a2',
    speaker: 'e1',
    anonymous: false,
  },
  {
    name: 'an honorific and a surname the tagger read as a verb',
    text: 'Accident expert Tony Read spoke first. Asked whether the crash was survivable, Mr Read replied that it was.',
    entities: [{ id: 'e1', type: 'PERSON', name: 'Tony Read', mentions: ['Tony Read'] }],
    candidates: [{ cue: 'replied', source: 'Mr Read', content: ['it was'] }],
    id: 'a1',
    speaker: 'e1',
    anonymous: false,
  },
  {
    name: 'an honorific and a surname nobody in the text has stays unresolved',
    text: 'Accident expert Tony Read spoke first. Mr Hale replied that it was.',
    entities: [{ id: 'e1', type: 'PERSON', name: 'Tony Read', mentions: ['Tony Read'] }],
    candidates: [{ cue: 'replied', source: 'Mr Hale', content: ['it was'] }],
    id: 'a1',
    speaker: null,
    anonymous: false,
  },
  {
    name: 'a description with a nationality before its head, the word used as the person’s title',
    text: 'Ferry coach Tom Varley was under fire all week. “I never had any doubts,” said the Dutch coach.',
    entities: [{ id: 'e1', type: 'PERSON', name: 'Tom Varley', mentions: ['Tom Varley'] }],
    candidates: [
      { kind: 'direct', cue: 'said', source: 'the Dutch coach', content: ['“I never had any doubts,”'] },
    ],
    id: 'a1',
    speaker: 'e1',
    anonymous: false,
  },
  {
    name: 'a title tied to another organisation is another role',
    text: 'Borg chairman Tom Varley spoke first. “We will bid,” said the Acme chairman.',
    entities: [
      { id: 'e1', type: 'PERSON', name: 'Tom Varley', mentions: ['Tom Varley'] },
      { id: 'e2', type: 'ORG', name: 'Borg', mentions: ['Borg'] },
      { id: 'e3', type: 'ORG', name: 'Acme', mentions: ['Acme'] },
    ],
    candidates: [{ kind: 'direct', cue: 'said', source: 'the Acme chairman', content: ['“We will bid,”'] }],
    id: 'a1',
    speaker: null,
    anonymous: false,
  },
  {
    name: 'a post-verbal subject after titles, with an apposition',
    text: '“The doors stay open,” said the Rev. Ada Quill, senior pastor at the Elm Street Chapel.',
    entities: [
      { id: 'e1', type: 'PERSON', name: 'Ada Quill', mentions: ['Ada Quill'] },
      { id: 'e2', type: 'ORG', name: 'Elm Street Chapel', mentions: ['Elm Street Chapel'] },
    ],
    candidates: [
      {
        kind: 'direct',
        cue: 'said',
        source: 'the Rev. Ada Quill, senior pastor at the Elm Street Chapel',
        content: ['“The doors stay open,”'],
      },
    ],
    id: 'a1',
    speaker: 'e1',
    anonymous: false,
  },
  {
    name: 'a rank before the title the name finder kept',
    text: 'Maj. Gen. Olaf Brenner said the pass was open.',
    entities: [{ id: 'e1', type: 'PERSON', name: 'Olaf Brenner', mentions: ['Gen. Olaf Brenner'] }],
    candidates: [{ cue: 'said', source: 'Maj. Gen. Olaf Brenner', content: ['the pass was open'] }],
    id: 'a1',
    speaker: 'e1',
    anonymous: false,
  },
  {
    name: 'a title before an unnamed description is not skipped',
    text: 'Olaf Brenner left. The Rev. minister said the pass was open.',
    entities: [{ id: 'e1', type: 'PERSON', name: 'Olaf Brenner', mentions: ['Olaf Brenner'] }],
    candidates: [{ cue: 'said', source: 'The Rev. minister', content: ['the pass was open'] }],
    id: 'a1',
    speaker: null,
    anonymous: false,
  },
  {
    name: 'a people named in the plural speaks as a group (relative pronoun)',
    text: 'Trawler crews met the Icelanders, who say the quota is too low.',
    entities: [{ id: 'e1', type: 'MISC', subtype: 'NORP', name: 'Icelanders', mentions: ['Icelanders'] }],
    candidates: [{ cue: 'say', source: 'who', content: ['the quota is too low'] }],
    id: 'a1',
    speaker: 'e1',
    anonymous: false,
  },
  {
    name: 'a people named in the plural speaks as a group (subject)',
    text: 'The Chileans left the talks, saying the offer was an insult.',
    entities: [{ id: 'e1', type: 'MISC', subtype: 'NORP', name: 'Chileans', mentions: ['Chileans'] }],
    candidates: [{ cue: 'saying', source: 'The Chileans', content: ['the offer was an insult'] }],
    id: 'a1',
    speaker: 'e1',
    anonymous: false,
  },
  {
    name: 'a nationality adjective before the head does not speak',
    text: 'Chilean negotiators said the offer was an insult.',
    entities: [{ id: 'e1', type: 'MISC', subtype: 'NORP', name: 'Chilean', mentions: ['Chilean'] }],
    candidates: [{ cue: 'said', source: 'Chilean negotiators', content: ['the offer was an insult'] }],
    id: 'a1',
    speaker: null,
    anonymous: true,
  },
  {
    name: 'a person in apposition inside the post-modifier of a non-person head does not speak',
    text: 'The party of the governor’s challenger, Rolf Emmerich, said the count was flawed.',
    entities: [{ id: 'e1', type: 'PERSON', name: 'Rolf Emmerich', mentions: ['Rolf Emmerich'] }],
    candidates: [
      {
        cue: 'said',
        source: 'The party of the governor’s challenger, Rolf Emmerich,',
        content: ['the count was flawed'],
      },
    ],
    id: 'a1',
    speaker: null,
    anonymous: false,
  },
  {
    name: 'a person in apposition after the post-modifier of a person noun speaks',
    text: 'The spokesman for the governor’s office, Rolf Emmerich, said the count was flawed.',
    entities: [{ id: 'e1', type: 'PERSON', name: 'Rolf Emmerich', mentions: ['Rolf Emmerich'] }],
    candidates: [
      {
        cue: 'said',
        source: 'The spokesman for the governor’s office, Rolf Emmerich,',
        content: ['the count was flawed'],
      },
    ],
    id: 'a1',
    speaker: 'e1',
    anonymous: false,
  },
  {
    name: 'a report from a named organisation is the organisation’s',
    text: 'Two buses were late, according to a report from the Lakeside Transit Authority.',
    entities: [
      { id: 'e1', type: 'ORG', name: 'Lakeside Transit Authority', mentions: ['Lakeside Transit Authority'] },
    ],
    candidates: [
      {
        cue: 'according to',
        source: 'a report from the Lakeside Transit Authority',
        content: ['Two buses were late'],
      },
    ],
    id: 'a1',
    speaker: 'e1',
    anonymous: false,
  },
  {
    name: 'a statement from a named possessor’s organisation is the organisation’s',
    text: 'The dam held, according to the statement from Peru’s Water Safety Office.',
    entities: [
      { id: 'e1', type: 'ORG', name: 'Water Safety Office', mentions: ['Water Safety Office'] },
      { id: 'e2', type: 'LOC', name: 'Peru', mentions: ['Peru'] },
    ],
    candidates: [
      {
        cue: 'according to',
        source: 'the statement from Peru’s Water Safety Office',
        content: ['The dam held'],
      },
    ],
    id: 'a1',
    speaker: 'e1',
    anonymous: false,
  },
  {
    name: 'a letter from someone’s lawyer is not the named client’s',
    text: 'The fee was paid, according to a letter from the lawyer of Nora Quist.',
    entities: [{ id: 'e1', type: 'PERSON', name: 'Nora Quist', mentions: ['Nora Quist'] }],
    candidates: [
      {
        cue: 'according to',
        source: 'a letter from the lawyer of Nora Quist',
        content: ['The fee was paid'],
      },
    ],
    id: 'a1',
    speaker: null,
    anonymous: false,
  },
];

describe('insideQuotationMarks', () => {
  const text = 'He said “Victor Hale left” and "Ann Ode" stayed; Tom Varley.';
  for (const [word, inside] of [
    ['Victor', true],
    ['Ann', true],
    ['stayed', false],
    ['Tom', false],
  ] as const)
    it(`${word}: ${inside}`, () => assert.equal(insideQuotationMarks(text, 0, text.indexOf(word)), inside));
});

describe('completeAttributions: speaker and anonymity', () => {
  for (const item of cases) {
    it(item.name, () => {
      const result = complete(item.text, item.entities, item.candidates);
      const found = result.find((attribution) => attribution.id === item.id);
      assert.ok(found, `no attribution ${item.id}`);
      assert.deepEqual(found.speaker, item.speaker);
      assert.equal(found.anonymous ?? false, item.anonymous);
    });
  }
});
