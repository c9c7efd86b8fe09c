import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isArticleMediaType, parseContentType, transcodeToUtf8 } from './content-type.js';

describe('parseContentType', () => {
  const cases: { header: string | undefined; mediaType: string | null; charset: string | null }[] = [
    { header: 'text/html; charset=utf-8', mediaType: 'text/html', charset: 'utf-8' },
    { header: 'Text/HTML; Charset="ISO-8859-1"', mediaType: 'text/html', charset: 'windows-1252' },
    { header: 'text/html;charset=Shift_JIS', mediaType: 'text/html', charset: 'shift_jis' },
    { header: 'text/html; charset=klingon', mediaType: 'text/html', charset: null },
    { header: 'application/xhtml+xml', mediaType: 'application/xhtml+xml', charset: null },
    { header: '', mediaType: null, charset: null },
    { header: undefined, mediaType: null, charset: null },
  ];
  for (const { header, mediaType, charset } of cases) {
    it(`${header ?? '(none)'}`, () => assert.deepEqual(parseContentType(header), { mediaType, charset }));
  }

  it('takes pages and text, not pictures or feeds', () => {
    assert.deepEqual(
      ['text/html', 'application/xhtml+xml', 'text/plain', null, 'image/png', 'application/pdf'].map(
        isArticleMediaType,
      ),
      [true, true, true, true, false, false],
    );
  });
});

describe('transcodeToUtf8', () => {
  const cafe1252 = new Uint8Array([0x43, 0x61, 0x66, 0xe9]);
  const cases: { name: string; bytes: Uint8Array; charset: string | null; text: string }[] = [
    { name: 'windows-1252 from the header', bytes: cafe1252, charset: 'windows-1252', text: 'Café' },
    { name: 'no charset: bytes untouched', bytes: cafe1252, charset: null, text: 'Caf\ufffd' },
    { name: 'UTF-8 untouched', bytes: new TextEncoder().encode('Café'), charset: 'utf-8', text: 'Café' },
    {
      name: 'a byte-order mark outranks the header',
      bytes: new Uint8Array([0xef, 0xbb, 0xbf, 0x43, 0xc3, 0xa9]),
      charset: 'windows-1252',
      text: 'Cé', // the BOM is left for the decoder, which strips it
    },
  ];
  for (const { name, bytes, charset, text } of cases) {
    it(name, () =>
      assert.equal(new TextDecoder().decode(transcodeToUtf8(bytes, charset), { stream: false }), text),
    );
  }
});
