import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import winkNLP from 'wink-nlp';
import packageModel from 'wink-eng-lite-web-model';
import { readWinkCoreModel, winkModel } from './wink-model.js';

const require = createRequire(import.meta.url);

describe('wink model', () => {
  it('reads the core model as the package’s core() does', () => {
    const theirs = (require('wink-eng-lite-web-model/dist/load-core-model.js') as () => unknown)();
    const mine = readWinkCoreModel();
    assert.deepStrictEqual(mine, theirs);
  });

  it('gives a fresh copy on each call (wink adds learned words to it)', () => {
    const first = readWinkCoreModel() as { features: { lexeme: { list: string[] } } };
    const second = readWinkCoreModel() as { features: { lexeme: { list: string[] } } };
    assert.notEqual(first.features.lexeme.list, second.features.lexeme.list);
  });

  it('reuses the word index of a model whose learned words were removed again', () => {
    type Lexeme = { list: string[]; hash: Record<string, number>; intrinsicSize: number };
    let lexeme: Lexeme | null = null;
    const nlp = winkNLP(
      winkModel(() => {
        const core = readWinkCoreModel() as { features: { lexeme: Lexeme } };
        lexeme = core.features.lexeme;
        return core;
      }) as never,
      ['pos'],
    );
    nlp.readDoc('Zorvath Quennel-Brisk glorped the vexomorphs at Plimwick on Thursday.').tokens();
    const { list, hash, intrinsicSize } = lexeme!;
    assert.ok(list.length > intrinsicSize, 'wink learned the unknown words');
    for (let index = intrinsicSize; index < list.length; index += 1)
      if (hash[list[index]!] === index) delete hash[list[index]!];
    const reread = readWinkCoreModel(hash) as { features: { lexeme: Lexeme } };
    assert.equal(reread.features.lexeme.hash, hash);
    assert.deepStrictEqual(reread, readWinkCoreModel());
  });

  it('has every part of the package’s model, the same but for core', () => {
    const mine = winkModel();
    const theirs = packageModel as unknown as Record<string, unknown>;
    assert.deepEqual(Object.keys(mine).sort(), Object.keys(theirs).sort());
    for (const key of Object.keys(theirs))
      if (key !== 'core') assert.deepStrictEqual(mine[key], theirs[key], key);
  });

  it('tokenises and tags invented text as the package’s model does', () => {
    const text =
      "Mara Lindqvist's ferry didn't sail on Tuesday; the harbour board said it'd wait until 9:30 a.m. — maybe longer.";
    const mine = winkNLP(winkModel() as never, ['pos']);
    const theirs = winkNLP(packageModel, ['pos']);
    const read = (nlp: ReturnType<typeof winkNLP>) => {
      const tokens = nlp.readDoc(text).tokens();
      return [tokens.out(nlp.its.value), tokens.out(nlp.its.pos)];
    };
    assert.deepEqual(read(mine), read(theirs));
  });
});
