import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { ClaimgraphError } from '../model/index.js';
import { guessLegacyCharset } from './charset/guess-legacy-charset.js';
import { prescanCharset } from './charset/prescan-charset.js';
import { decodeInput } from './decode.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const latin1 = (text: string): Uint8Array => Uint8Array.from(Buffer.from(text, 'latin1'));
const concat = (...parts: Uint8Array[]): Uint8Array => Uint8Array.from(Buffer.concat(parts));
const utf16le = (text: string): Uint8Array => Uint8Array.from(Buffer.from(text, 'utf16le'));
const utf16be = (text: string): Uint8Array => {
  const bytes = utf16le(text);
  for (let index = 0; index + 1 < bytes.length; index += 2)
    [bytes[index], bytes[index + 1]] = [bytes[index + 1] as number, bytes[index] as number];
  return bytes;
};
/** windows-1251 bytes for Russian letters: а–я are 0xE0–0xFF, А–Я 0xC0–0xDF. */
const windows1251 = (text: string): Uint8Array =>
  Uint8Array.from(
    [...text].map((character) => {
      const code = character.codePointAt(0) as number;
      if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
      if (code < 0x80) return code;
      throw new Error(`no windows-1251 byte for ${character}`);
    }),
  );

interface DecodeCase {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly format: 'text' | 'html';
  readonly text: string;
  readonly charset: string;
  readonly origin: string;
  readonly diagnostics?: readonly string[];
}

const LATIN_HEAD =
  '<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><title>Gemeinderat</title></head><body>';

const decodeCases: readonly DecodeCase[] = [
  {
    name: 'undeclared UTF-8 text is decoded losslessly (CRLF and a mid-text U+FEFF kept)',
    bytes: utf8('Der Bürgermeister sagte:\r\n„Wir bauen die Brücke neu.“\uFEFF\r\n'),
    format: 'text',
    text: 'Der Bürgermeister sagte:\r\n„Wir bauen die Brücke neu.“\uFEFF\r\n',
    charset: 'utf-8',
    origin: 'valid-utf-8',
  },
  {
    name: 'latin-1 declared by http-equiv, bytes are latin-1',
    bytes: concat(latin1(LATIN_HEAD), latin1('Die Straße wird für Fußgänger gesperrt.</body></html>')),
    format: 'html',
    text: `${LATIN_HEAD}Die Straße wird für Fußgänger gesperrt.</body></html>`,
    charset: 'windows-1252',
    origin: 'meta-http-equiv',
  },
  {
    name: 'latin-1 declared but the bytes are valid UTF-8 with umlauts: UTF-8 wins',
    bytes: utf8(`${LATIN_HEAD}Die Straße wird für Fußgänger gesperrt.</body></html>`),
    format: 'html',
    text: `${LATIN_HEAD}Die Straße wird für Fußgänger gesperrt.</body></html>`,
    charset: 'utf-8',
    origin: 'valid-utf-8',
    diagnostics: ['charset-declaration-overridden'],
  },
  {
    name: 'windows-1251 declared by <meta charset>',
    bytes: concat(
      latin1('<meta charset="windows-1251"><p>'),
      windows1251('Мэр открыл новый мост'),
      latin1('</p>'),
    ),
    format: 'html',
    text: '<meta charset="windows-1251"><p>Мэр открыл новый мост</p>',
    charset: 'windows-1251',
    origin: 'meta-charset',
  },
  {
    name: 'XML declaration names the charset',
    bytes: latin1('<?xml version="1.0" encoding="ISO-8859-15"?><html><p>Preis: 5 \xa4</p></html>'),
    format: 'html',
    text: '<?xml version="1.0" encoding="ISO-8859-15"?><html><p>Preis: 5 €</p></html>',
    charset: 'iso-8859-15',
    origin: 'xml-declaration',
  },
  {
    name: 'UTF-8 byte-order mark is removed with an info diagnostic',
    bytes: concat(Uint8Array.from([0xef, 0xbb, 0xbf]), utf8('Le maire a démissionné.')),
    format: 'text',
    text: 'Le maire a démissionné.',
    charset: 'utf-8',
    origin: 'byte-order-mark',
    diagnostics: ['byte-order-mark-removed'],
  },
  {
    name: 'UTF-16LE with byte-order mark',
    bytes: concat(Uint8Array.from([0xff, 0xfe]), utf16le('Ministerin Kovač trat zurück.')),
    format: 'text',
    text: 'Ministerin Kovač trat zurück.',
    charset: 'utf-16le',
    origin: 'byte-order-mark',
    diagnostics: ['byte-order-mark-removed'],
  },
  {
    name: 'UTF-16BE with byte-order mark',
    bytes: concat(Uint8Array.from([0xfe, 0xff]), utf16be('The council met on Tuesday.')),
    format: 'text',
    text: 'The council met on Tuesday.',
    charset: 'utf-16be',
    origin: 'byte-order-mark',
    diagnostics: ['byte-order-mark-removed'],
  },
  {
    name: 'UTF-16LE without byte-order mark is sniffed from its zero bytes, not called binary',
    bytes: utf16le('The harbour authority announced new fees on Monday.'),
    format: 'text',
    text: 'The harbour authority announced new fees on Monday.',
    charset: 'utf-16le',
    origin: 'utf-16-sniffed',
    diagnostics: ['charset-guessed'],
  },
  {
    name: 'gzip input is decompressed transparently',
    bytes: Uint8Array.from(gzipSync(utf8('<p>Die Feuerwehr rückte zweimal aus.</p>'))),
    format: 'html',
    text: '<p>Die Feuerwehr rückte zweimal aus.</p>',
    charset: 'utf-8',
    origin: 'valid-utf-8',
    diagnostics: ['input-decompressed'],
  },
  {
    name: 'invalid UTF-8 with no declaration is guessed as windows-1252',
    bytes: latin1('Le caf\xe9 du march\xe9 ferme \xe0 midi.'),
    format: 'text',
    text: 'Le café du marché ferme à midi.',
    charset: 'windows-1252',
    origin: 'guessed',
    diagnostics: ['charset-guessed'],
  },
  {
    name: 'mostly valid UTF-8 with one stray latin-1 byte stays UTF-8 with a replacement character',
    bytes: concat(utf8('Zürich, Genève und Lugano – drei Städte, '), latin1('ein Caf\xe9.')),
    format: 'text',
    text: 'Zürich, Genève und Lugano – drei Städte, ein Caf\uFFFD.',
    charset: 'utf-8',
    origin: 'damaged-utf-8',
    diagnostics: ['invalid-utf8'],
  },
  {
    name: 'declared UTF-8 that is plainly latin-1 is guessed from the bytes',
    bytes: latin1('<meta charset="utf-8"><p>Gr\xfc\xdfe aus K\xf6ln und M\xfcnchen</p>'),
    format: 'html',
    text: '<meta charset="utf-8"><p>Grüße aus Köln und München</p>',
    charset: 'windows-1252',
    origin: 'guessed',
    diagnostics: ['charset-guessed'],
  },
  {
    name: 'undeclared windows-1251 Russian is recognised',
    bytes: windows1251('Правительство объявило о новых мерах поддержки для малого бизнеса'),
    format: 'text',
    text: 'Правительство объявило о новых мерах поддержки для малого бизнеса',
    charset: 'windows-1251',
    origin: 'guessed',
    diagnostics: ['charset-guessed'],
  },
  {
    name: 'meta inside an HTML comment is ignored',
    bytes: latin1('<!-- <meta charset="koi8-r"> --><meta charset="iso-8859-2"><p>Gda\xf1sk</p>'),
    format: 'html',
    text: '<!-- <meta charset="koi8-r"> --><meta charset="iso-8859-2"><p>Gdańsk</p>',
    charset: 'iso-8859-2',
    origin: 'meta-charset',
  },
  {
    name: 'text input ignores a meta tag',
    bytes: utf8('<meta charset="iso-8859-1"> is how old pages declare latin-1: Köln'),
    format: 'text',
    text: '<meta charset="iso-8859-1"> is how old pages declare latin-1: Köln',
    charset: 'utf-8',
    origin: 'valid-utf-8',
  },
];

describe('decodeInput', () => {
  for (const testCase of decodeCases) {
    it(testCase.name, () => {
      const decoded = decodeInput(testCase.bytes, testCase.format);
      assert.equal(decoded.text, testCase.text);
      assert.equal(decoded.charset, testCase.charset);
      assert.equal(decoded.charsetOrigin, testCase.origin);
      assert.deepEqual(
        decoded.diagnostics.map((item) => item.code),
        testCase.diagnostics ?? (testCase.bytes[0] === 0x1f ? ['input-decompressed'] : []),
      );
    });
  }

  it('does not mutate its input', () => {
    const bytes = concat(Uint8Array.from([0xef, 0xbb, 0xbf]), utf8('Ein Satz.'));
    const copy = Uint8Array.from(bytes);
    decodeInput(bytes, 'text');
    assert.deepEqual(bytes, copy);
  });
});

interface ErrorCase {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly code: string;
  readonly message: RegExp;
}

const errorCases: readonly ErrorCase[] = [
  { name: 'zero bytes', bytes: new Uint8Array(0), code: 'empty-input', message: /^the file is empty$/ },
  { name: 'whitespace only', bytes: utf8(' \n\t\r\n  '), code: 'empty-input', message: /only whitespace/ },
  {
    name: 'a byte-order mark alone',
    bytes: Uint8Array.from([0xef, 0xbb, 0xbf]),
    code: 'empty-input',
    message: /empty/,
  },
  {
    name: 'gzip of nothing',
    bytes: Uint8Array.from(gzipSync(new Uint8Array(0))),
    code: 'empty-input',
    message: /empty/,
  },
  {
    name: 'NUL bytes',
    bytes: concat(utf8('header12345'), Uint8Array.from([0x41, 0x00, 0x03, 0x00, 0x00])),
    code: 'binary-input',
    message: /NUL bytes at offset 12/,
  },
  {
    name: 'a PDF file',
    bytes: utf8('%PDF-1.7\n%some text\n'),
    code: 'binary-input',
    message: /PDF document/,
  },
  {
    name: 'many control bytes without NUL',
    bytes: Uint8Array.from({ length: 400 }, (_, index) => (index % 4 === 0 ? 0x01 + (index % 7) : 0x61)),
    code: 'binary-input',
    message: /control bytes/,
  },
  {
    name: 'corrupt gzip',
    bytes: Uint8Array.from([0x1f, 0x8b, 0x08, 0x00, 0x01, 0x02, 0x03]),
    code: 'binary-input',
    message: /gzip data is corrupt/,
  },
];

describe('decodeInput errors', () => {
  for (const testCase of errorCases) {
    it(testCase.name, () => {
      assert.throws(
        () => decodeInput(testCase.bytes, 'html'),
        (error: unknown) =>
          error instanceof ClaimgraphError &&
          error.code === testCase.code &&
          testCase.message.test(error.message),
      );
    });
  }

  it('refuses a gzip bomb beyond the decompression cap', () => {
    const bomb = Uint8Array.from(gzipSync(new Uint8Array(1_000_000).fill(0x61)));
    assert.throws(
      () => decodeInput(bomb, 'text', { maxDecompressedBytes: 100_000 }),
      (error: unknown) => error instanceof ClaimgraphError && error.code === 'input-too-large',
    );
  });
});

describe('prescanCharset', () => {
  const cases: readonly { html: string; expected: string | null }[] = [
    { html: '<meta charset=utf-8>', expected: 'utf-8' },
    { html: "<META CHARSET='Shift_JIS'>", expected: 'shift_jis' },
    { html: '<meta content="text/html; charset=gb2312" http-equiv="content-type">', expected: 'gbk' },
    // Without http-equiv the content attribute does not count (WHATWG "need pragma").
    { html: '<meta content="text/html; charset=gb2312">', expected: null },
    { html: '<meta charset="utf-16">', expected: 'utf-8' },
    { html: '<meta charset="no-such-charset">', expected: null },
    { html: '<div title="<meta charset=koi8-r>"></div><meta charset="euc-kr">', expected: 'euc-kr' },
    { html: '<script>var a = "<meta charset=big5>";</script>', expected: 'big5' },
    { html: '<p>nothing declared here</p>', expected: null },
  ];
  for (const testCase of cases) {
    it(testCase.html, () => {
      assert.equal(prescanCharset(latin1(testCase.html))?.encoding ?? null, testCase.expected);
    });
  }
});

describe('guessLegacyCharset', () => {
  const cases: readonly { name: string; bytes: Uint8Array; expected: string }[] = [
    {
      name: 'German latin-1',
      bytes: latin1('F\xfcr die Stra\xdfe gilt ab M\xe4rz ein Tempolimit.'),
      expected: 'windows-1252',
    },
    // Polish in windows-1250: "ł" is 0xB3 and "ż" 0xBF, which windows-1252 reads as "³" and "¿".
    {
      name: 'Polish windows-1250',
      bytes: latin1('W\xb3adze miasta og\xb3osi\xb3y, \xbfe most zostanie zamkni\xeaty.'),
      expected: 'windows-1250',
    },
    {
      name: 'Russian windows-1251',
      bytes: windows1251('Депутаты одобрили закон о бюджете'),
      expected: 'windows-1251',
    },
  ];
  for (const testCase of cases) {
    it(testCase.name, () => {
      assert.equal(guessLegacyCharset(testCase.bytes).encoding, testCase.expected);
    });
  }
});
