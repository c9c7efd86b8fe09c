import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DependencyTree } from '../../grammar/index.js';
import { segment } from '../../segment/segment.js';
import { candidate, type CandidateSpec } from '../complete/test-fixture.js';
import { keepsReporting } from './predicate-filter.js';

/** Every sentence below is invented for these tests. */

const cases: readonly (readonly [string, string, CandidateSpec, boolean])[] = [
  [
    'a speech verb with a clause',
    'Officials said the talks had failed.',
    { cue: 'said', content: ['the talks had failed'] },
    true,
  ],
  [
    'a clause misread as a relative clause on a determiner ("the [two raised …]") still reports',
    'Federal and state officials said the two raised $350 million through the program for an array of projects including a ski resort.',
    {
      cue: 'said',
      source: 'Federal and state officials',
      content: [
        'the two raised $350 million through the program for an array of projects including a ski resort',
      ],
    },
    true,
  ],
  [
    'a passive clause with its own subject misread as a relative clause on the object still reports',
    'Democrats also described the showdown as ominous, and said the panel itself might be damaged by the move.',
    { cue: 'said', source: 'Democrats', content: ['the panel itself might be damaged by the move'] },
    true,
  ],
  [
    'a posting verb newer than WordNet reports with a clause',
    'The senator tweeted that the vote had been rigged.',
    { cue: 'tweeted', source: 'The senator', content: ['that the vote had been rigged'] },
    true,
  ],
  [
    'a posting verb reports a quotation',
    '“We will not give up,” the mayor tweeted.',
    { kind: 'direct', cue: 'tweeted', source: 'the mayor', content: ['“We will not give up,”'] },
    true,
  ],
  [
    'a posting verb with only a thing as its object reports nothing',
    'The senator tweeted a photo of the crowd.',
    { cue: 'tweeted', source: 'The senator', content: ['a photo of the crowd'] },
    false,
  ],
  [
    'an inflected posting verb missing from WordNet',
    'The candidate blogged that the debate had been unfair.',
    { cue: 'blogged', source: 'The candidate', content: ['that the debate had been unfair'] },
    true,
  ],
  [
    'supposed speech in an if-clause',
    'She asked whether he would pay if she said she was hard up.',
    { cue: 'said', source: 'she', content: ['she was hard up'] },
    false,
  ],
  [
    'supposed speech under a modal',
    '“If the ferry stops, people would say the town is dead,” the mayor said.',
    { cue: 'say', source: 'people', content: ['the town is dead'] },
    false,
  ],
  [
    'a quotation under the narration’s modal was said',
    '“I was in shock,” Hale would say of the match.',
    { kind: 'direct', cue: 'would say', source: 'Hale', content: ['“I was in shock,”'] },
    true,
  ],
  [
    'a negated modal is a refusal and stays',
    'The mayor would not say whether the ferry would stop.',
    { cue: 'would not say', source: 'The mayor', content: ['whether the ferry would stop'] },
    true,
  ],
  [
    'a demonstrative subject indicates, it does not speak',
    'Only one player in ten reaches the top league. That tells the young ones the odds are long.',
    { cue: 'tells', source: 'That', content: ['the odds are long'] },
    false,
  ],
  [
    'a relative "that" still reports',
    'The council published a report that said the bridge was unsafe.',
    { cue: 'said', source: 'that', content: ['the bridge was unsafe'] },
    true,
  ],
  [
    'a capitalised word inside a name is no cue',
    'The Lakeland Express runs from Kendal to Carlisle every Monday.',
    { cue: 'Express', source: 'The Lakeland', content: ['runs from Kendal to Carlisle every Monday'] },
    false,
  ],
  [
    'a quotation',
    '“We will not back down,” the union leader said.',
    { kind: 'direct', cue: 'said', content: ['“We will not back down,”'] },
    true,
  ],
  [
    // a reporter's question stays an attribution (stance question): the answer's claim is read with it
    'a reporter’s question in a bare participle is kept',
    'Asked if the ferry service was finished, the harbour master shrugged.',
    { cue: 'Asked', content: ['if the ferry service was finished'] },
    true,
  ],
  [
    'a question its speaker asks is still reported',
    'The harbour master asked whether the ferry service was finished.',
    { cue: 'asked', source: 'The harbour master', content: ['whether the ferry service was finished'] },
    true,
  ],
  [
    'a request for anonymity is no report',
    'A clerk, who asked not to be identified, left the office early.',
    { cue: 'asked', source: 'who', content: ['not to be identified'] },
    false,
  ],
  [
    'according to',
    'Prices rose, according to the ministry.',
    { cue: 'according to', content: ['Prices rose'] },
    true,
  ],
  [
    'a communication verb with an addressee and an infinitive',
    'The union urged the government to act.',
    { cue: 'urged', content: ['the government to act'] },
    true,
  ],
  [
    'a clause the parser reads as an object and a reduced relative',
    'Police said the attackers escaped to the border.',
    { cue: 'said', content: ['the attackers escaped to the border'] },
    true,
  ],
  [
    'a that-clause the tagger misreads',
    'Ukraine suggested Russia orchestrated it.',
    { cue: 'suggested', content: ['Russia orchestrated it'] },
    true,
  ],
  [
    'a belief with its clause',
    'The mayor believes the bridge is safe.',
    { cue: 'believes', content: ['the bridge is safe'] },
    true,
  ],
  [
    'content before its cue, whatever the parser made of its subject',
    'Vandals in the port town pasted code on the board overnight, the harbour master said on Tuesday.',
    { cue: 'said', content: ['Vandals in the port town pasted code on the board overnight'] },
    true,
  ],
  [
    'an intention ("aims to")',
    'The company aims to put a rover on Mars.',
    { cue: 'aims', content: ['to put a rover on Mars'] },
    false,
  ],
  [
    'a plan',
    'The council plans to close the library.',
    { cue: 'plans', content: ['to close the library'] },
    false,
  ],
  [
    'an act that reports nothing',
    'The city imposed a curfew on alcohol sales.',
    { cue: 'imposed', content: ['a curfew on alcohol sales'] },
    false,
  ],
  [
    // a noun phrase where the reporting sense takes a that-clause stands for the proposition
    // (issue 10: "she announced her resignation" is an attribution in PolNeAR's sense)
    'a speech verb with a noun phrase that stands for a proposition',
    'The senator announced his retirement.',
    { cue: 'announced', content: ['his retirement'] },
    true,
  ],
  [
    'a passive with no agent',
    'The launch is expected to draw crowds.',
    { cue: 'is expected', content: ['to draw crowds'] },
    false,
  ],
  [
    'a name given, not words reported',
    'The contests are known as Super Tuesday.',
    { cue: 'known as', content: ['Super Tuesday'] },
    false,
  ],
  [
    'a feeling quoted with no clause',
    'Mr Menz felt “trapped” by the new rules.',
    { kind: 'mixed', cue: 'felt', content: ['“trapped” by the new rules'] },
    false,
  ],
  [
    'a feeling with its clause',
    'Mr Menz felt that the rules were unfair.',
    { cue: 'felt', content: ['that the rules were unfair'] },
    true,
  ],
  [
    'a name given in a passive, quoted',
    'The striker is known as “the Hammer” in his home town.',
    { kind: 'mixed', cue: 'is known', content: ['“the Hammer” in his home town'] },
    false,
  ],
  [
    'a participle that names a noun',
    'The film stars an actress called “Mona” as a nurse.',
    { kind: 'mixed', cue: 'called', content: ['“Mona” as a nurse'] },
    false,
  ],
  [
    'a participle on a noun with a clause reports',
    'Prosecutors played videos of witnesses describing how they were threatened.',
    { cue: 'describing', content: ['how they were threatened'] },
    true,
  ],
  [
    'a quotation with a thought verb keeps its clause',
    '“We can still win this,” the coach believes.',
    { kind: 'direct', cue: 'believes', content: ['“We can still win this,”'] },
    true,
  ],
  [
    'knowing presents a fact, it reports no words',
    'The Harriers know they have to beat the league leaders on Saturday.',
    { cue: 'know', source: 'The Harriers', content: ['they have to beat the league leaders on Saturday'] },
    false,
  ],
  [
    'finding out, with an inanimate subject',
    'A post-mortem examination determined that the swimmer drowned.',
    { cue: 'determined', content: ['that the swimmer drowned'] },
    false,
  ],
  [
    'realising',
    'Ms Orr realised the ferry had already left.',
    { cue: 'realised', source: 'Ms Orr', content: ['the ferry had already left'] },
    false,
  ],
  [
    'deciding',
    'The board decided that the stadium would close.',
    { cue: 'decided', content: ['that the stadium would close'] },
    false,
  ],
  [
    'an estimate still reports (an opinion, not knowledge)',
    'The agency estimated that 400 homes were damaged.',
    { cue: 'estimated', content: ['that 400 homes were damaged'] },
    true,
  ],
  [
    'a conjunct after an object is the writer’s next statement, not content',
    'Police found a knife in his car and he was charged with assault.',
    { cue: 'found', source: 'Police', content: ['a knife in his car and he was charged with assault'] },
    false,
  ],
  [
    'an adjoined report still carries the content',
    'Airlines attacked the rules, saying they could be forced to raise fares.',
    { cue: 'attacked', content: ['the rules, saying they could be forced to raise fares'] },
    true,
  ],
  [
    'an infinitive after the addressee is no clause of its own',
    'The envoy called on the rebels to lay down their arms.',
    { cue: 'called on', content: ['the rebels to lay down their arms'] },
    true,
  ],
  [
    'a complement the parser split into an object and an adverbial clause still reports',
    'Many analysts have suggested a price war between the two could break out.',
    {
      cue: 'have suggested',
      source: 'Many analysts',
      content: ['a price war between the two could break out'],
    },
    true,
  ],
  [
    'an adverbial clause inside the complement is not set apart',
    'The minister acknowledged that until the backlog was cleared, waiting times would grow.',
    { cue: 'acknowledged', content: ['that until the backlog was cleared, waiting times would grow'] },
    true,
  ],
  [
    'an adverbial clause after an object says when',
    'The governor signed the order as firemen went from house to house.',
    { cue: 'signed', content: ['the order as firemen went from house to house'] },
    false,
  ],
  [
    '"according to" a person cites a source',
    'The fare rose by a third, according to the Gazette’s transport writer.',
    { cue: 'according to', source: 'the Gazette’s transport writer', content: ['The fare rose by a third'] },
    true,
  ],
  [
    '"according to" a bare plural of people cites a source',
    'The bridge is closed, according to police.',
    { cue: 'according to', source: 'police', content: ['The bridge is closed'] },
    true,
  ],
  [
    '"according to" a survey cites a source',
    'Most farmers sold early, according to a survey by the co-operative.',
    { cue: 'according to', source: 'a survey by the co-operative', content: ['Most farmers sold early'] },
    true,
  ],
  [
    '"according to" meaning "in proportion to" cites nobody',
    'Fees vary according to the size of the garden.',
    { cue: 'according to', source: 'the size of the garden', content: ['Fees vary'] },
    false,
  ],
  [
    '"according to plan" cites nobody',
    'The harvest went according to plan.',
    { cue: 'according to', source: 'The harvest', content: ['plan'] },
    false,
  ],
  [
    'a request still to be made is a plan, not a report',
    'The council will ask Petra Lind to chair the inquiry.',
    { cue: 'will ask', source: 'The council', content: ['Petra Lind to chair the inquiry'] },
    false,
  ],
  [
    'a future statement with a clause is kept',
    'The minister will say that the budget is balanced.',
    { cue: 'will say', source: 'The minister', content: ['that the budget is balanced'] },
    true,
  ],
  [
    'a personal pronoun after a time noun opens the reported clause, not a relative one',
    'She said in court on Monday morning she had never met the buyer.',
    { cue: 'said', source: 'She', content: ['she had never met the buyer'] },
    true,
  ],
  [
    'a complement with a subject of its own after a noun is no relative clause',
    'The mayor said in a short statement that vandals had damaged the fountain.',
    { cue: 'said', source: 'The mayor', content: ['that vandals had damaged the fountain'] },
    true,
  ],
  [
    'what somebody says whenever he speaks, in the present, is no report',
    'When the outspoken chef says something, diners tend to listen.',
    { cue: 'says', source: 'the outspoken chef', content: ['something, diners tend to listen'] },
    false,
  ],
  [
    'a past "when" clause still reports',
    'When the judge said the trial was over, the room fell silent.',
    { cue: 'said', source: 'the judge', content: ['the trial was over'] },
    true,
  ],
  [
    'a subject inside a relative clause makes no proposition of a noun phrase',
    'He imagined himself as the captain the club needed.',
    { cue: 'imagined', source: 'He', content: ['himself as the captain the club needed'] },
    false,
  ],
  [
    'an infinitive that completes a noun of the content is no proposition',
    'The minister defended her decision to close the port after the storm.',
    { cue: 'defended', source: 'The minister', content: ['her decision to close the port after the storm'] },
    false,
  ],
  [
    'an infinitive with its addressee after a communication verb still reports',
    'The minister urged the council to close the port.',
    { cue: 'urged', source: 'The minister', content: ['the council to close the port'] },
    true,
  ],
  [
    'a conjunct shares its head’s modal: what one should say was not said',
    'The senator should step forward and state whether she will run.',
    { cue: 'state', source: 'The senator', content: ['whether she will run'] },
    false,
  ],
  [
    'a conjunct whose form cannot share the modal was said',
    'The rising cost of bus fares could spell trouble for rural towns, warns transport charity Roadwise.',
    {
      cue: 'warns',
      source: 'transport charity Roadwise',
      content: ['The rising cost of bus fares could spell trouble for rural towns'],
    },
    true,
  ],
  [
    'what one is able to say is not what was said',
    'On his podcast the comic can say whatever he wants.',
    { cue: 'can say', source: 'the comic', content: ['whatever he wants'] },
    false,
  ],
  [
    'a declarative under "can" reports',
    'The mayor can say that the bridge is safe.',
    { cue: 'can say', source: 'The mayor', content: ['that the bridge is safe'] },
    true,
  ],
  [
    'a relative clause on a noun before the content is no complement',
    'Most players have signed deals with the league that starts in April.',
    { cue: 'signed', source: 'Most players', content: ['that starts in April'] },
    false,
  ],
  [
    'a demonstrative subject of the complement still reports',
    'The mayor said that was a mistake.',
    { cue: 'said', source: 'The mayor', content: ['that was a mistake'] },
    true,
  ],
  [
    'a noun cue fronts nothing',
    'The actress, best known for her portrayal of a queen, was arrested.',
    { cue: 'portrayal', source: 'her', content: ['The actress, best known for'] },
    false,
  ],
  [
    'a relative clause on a noun before the content, read by the parser as a complement',
    'With many stars having signed on for the league that starts in June, an agent said: "It is done."',
    {
      cue: 'having signed',
      source: 'many stars',
      content: ['that starts in June, an agent said: "It is done."'],
    },
    false,
  ],
  [
    'a demonstrative after the addressee still reports',
    'He told reporters that was a mistake.',
    { cue: 'told', source: 'He', content: ['that was a mistake'] },
    true,
  ],
  [
    '"according to plan" names no source',
    'The ferry crossing went according to plan.',
    { cue: 'according to', source: 'plan', content: ['The ferry crossing went'] },
    false,
  ],
  [
    '"according to" a measure is "in proportion to"',
    'Fees are charged according to the size of the boat.',
    { cue: 'according to', source: 'the size of the boat', content: ['Fees are charged'] },
    false,
  ],
  [
    '"according to" a survey names a source',
    'Most residents back the plan, according to a survey by the council.',
    { cue: 'according to', source: 'a survey by the council', content: ['Most residents back the plan'] },
    true,
  ],
  [
    '"according to" bare estimates name a source',
    'The repairs will cost millions, according to estimates.',
    { cue: 'according to', source: 'estimates', content: ['The repairs will cost millions'] },
    true,
  ],
  [
    'a name given to oneself is no proposition',
    'The video was released by a group calling itself the Northern Shield Front.',
    { cue: 'calling', source: 'a group', content: ['the Northern Shield Front'] },
    false,
  ],
  [
    'a relative clause on a noun cue is no content of it',
    'Her strong support among farmers, which faded in the new survey, helped her win.',
    { cue: 'support', source: 'farmers', content: ['which faded in the new survey'] },
    false,
  ],
  [
    'an adverbial of the cue before it is the writer’s circumstance',
    'In setting out his terms for the deal, the owner said: first, a new stadium.',
    { cue: 'said', source: 'the owner', content: ['In setting out his terms for the deal'] },
    false,
  ],
  [
    'a fronted reported clause still reports',
    'In the end the deal collapsed, the owner said.',
    { cue: 'said', source: 'the owner', content: ['In the end the deal collapsed'] },
    true,
  ],
  [
    'a verb of asking for something with its object (WordNet: call for → request)',
    'The harbour board called for a full review of the dredging contract.',
    { cue: 'called for', source: 'The harbour board', content: ['a full review of the dredging contract'] },
    true,
  ],
  [
    'urging with a thing as object',
    'The bishop urged restraint from both camps.',
    { cue: 'urged', source: 'The bishop', content: ['restraint from both camps'] },
    true,
  ],
  [
    'wanting is not asking',
    'The growers want a higher price for their plums.',
    { cue: 'want', source: 'The growers', content: ['a higher price for their plums'] },
    false,
  ],
  [
    'expecting is not asking (its asking sense is a rare one)',
    'Brokers expect a higher price for copper.',
    { cue: 'expect', source: 'Brokers', content: ['a higher price for copper'] },
    false,
  ],
  [
    'a proposal names a plan, not a request',
    'The mayor proposed a levy on parking.',
    { cue: 'proposed', source: 'The mayor', content: ['a levy on parking'] },
    false,
  ],
  [
    'a negated judgement reports that nothing was said',
    'The coach did not criticize the umpire for the late whistle.',
    { cue: 'did not criticize', source: 'The coach', content: ['the umpire for the late whistle'] },
    false,
  ],
  [
    'the same judgement, not negated, stays',
    'The coach criticized the umpire for the late whistle.',
    { cue: 'criticized', source: 'The coach', content: ['the umpire for the late whistle'] },
    true,
  ],
  [
    'an idea does not speak',
    'The new idea recognizes that people change their minds.',
    { cue: 'recognizes', source: 'The new idea', content: ['that people change their minds'] },
    false,
  ],
  [
    'a building does not speak, even with a verb of showing',
    'The old dome has shown that it can survive a winter storm.',
    { cue: 'has shown', source: 'The old dome', content: ['that it can survive a winter storm'] },
    false,
  ],
  [
    'a player named by a position that is first a thing speaks',
    'The Rovers wing revealed how the manager talked him into staying.',
    { cue: 'revealed', source: 'The Rovers wing', content: ['how the manager talked him into staying'] },
    true,
  ],
  [
    'figures with a verb of showing stay (evidence cited)',
    'The statistics reveal that burglaries fell last year.',
    { cue: 'reveal', source: 'The statistics', content: ['that burglaries fell last year'] },
    true,
  ],
  [
    'an institution named after its building speaks',
    'The hospital said the boy was stable.',
    { cue: 'said', source: 'The hospital', content: ['the boy was stable'] },
    true,
  ],
  [
    'a survey finds',
    'The survey found that most voters were undecided.',
    { cue: 'found', source: 'The survey', content: ['that most voters were undecided'] },
    true,
  ],
  [
    '"added" in its physical sense, with a clause after the object',
    'Okafor added a late goal as the home crowd fell silent.',
    { cue: 'added', source: 'Okafor', content: ['a late goal as the home crowd fell silent'] },
    false,
  ],
  [
    '"add" with a quoted title in its object',
    'The new mode adds a social aspect to “Harbour” that rivals chess.',
    {
      kind: 'mixed',
      cue: 'adds',
      source: 'The new mode',
      content: ['a social aspect to “Harbour” that rivals chess'],
    },
    false,
  ],
  [
    '"added" with a clause still reports',
    'The mayor added that the bridge was unsafe.',
    { cue: 'added', source: 'The mayor', content: ['that the bridge was unsafe'] },
    true,
  ],
  [
    'an object with its own infinitive stays',
    'The party rules require delegates to vote for the winner.',
    { cue: 'require', source: 'The party rules', content: ['delegates to vote for the winner'] },
    true,
  ],
  [
    'a message posted that quotes is words said',
    'The mayor posted a message online reading: “The bridge is closed until spring.”',
    {
      kind: 'mixed',
      cue: 'posted a message online reading',
      source: 'The mayor',
      content: ['“The bridge is closed until spring.”'],
    },
    true,
  ],
  [
    'the writer tells the reader what to expect',
    'Expect the goalkeepers to start feeling some heat soon.',
    { cue: 'Expect', content: ['the goalkeepers to start feeling some heat soon'] },
    false,
  ],
  [
    'the writer tells the reader what to think about',
    'Think about what the money is really for.',
    { cue: 'Think about', content: ['what the money is really for'] },
    false,
  ],
];

describe('keepsReporting: a reporting predicate and propositional content', () => {
  for (const [name, text, spec, expected] of cases)
    it(name, () => {
      const segments = segment(text);
      const tree = new DependencyTree(segments.tokens);
      assert.equal(keepsReporting(text, segments, tree, candidate(text, spec)), expected);
    });
});
