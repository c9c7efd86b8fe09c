import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { WARCRecord, WARCSerializer } from 'warcio';
import { nextRecordStart, readWarcArticles } from './read-warc.js';

const folder = mkdtempSync(join(tmpdir(), 'claimgraph-read-warc-'));

async function response(url: string, body: Uint8Array, headers: Record<string, string>): Promise<Buffer> {
  const record = WARCRecord.create(
    { url, date: '2024-06-01T08:30:00Z', type: 'response', warcVersion: 'WARC/1.1', httpHeaders: headers },
    [body],
  );
  return Buffer.from(await WARCSerializer.serialize(record));
}

async function articlesOf(name: string, bytes: Buffer): Promise<unknown[]> {
  const path = join(folder, name);
  writeFileSync(path, bytes);
  const found: unknown[] = [];
  for await (const article of readWarcArticles(path, 1024 * 1024)) {
    found.push(
      article.ok ? { url: article.url, text: Buffer.from(article.bytes).toString('utf8') } : article.error,
    );
  }
  return found;
}

after(() => rmSync(folder, { recursive: true, force: true }));

describe('readWarcArticles', () => {
  it('reads the charset of the captured HTTP head', async () => {
    const latin = Buffer.from([0x3c, 0x70, 0x3e, 0x43, 0x61, 0x66, 0xe9]); // "<p>Café" in windows-1252
    const found = await articlesOf(
      'latin.warc',
      await response('http://cafe.test/', latin, { 'Content-Type': 'text/html; charset=iso-8859-1' }),
    );
    assert.deepEqual(found, [{ url: 'http://cafe.test/', text: '<p>Café' }]);
  });

  it('fails a record whose body is cut off, naming how much arrived', async () => {
    const whole = await response('http://cut.test/', Buffer.from(`<p>${'harbour '.repeat(40)}</p>`), {
      'Content-Type': 'text/html',
    });
    const found = await articlesOf('cut.warc', whole.subarray(0, whole.length - 120));
    assert.equal(found.length, 1);
    assert.match(String(found[0]), /^truncated record: \d+ bytes of \d+ bytes$/);
  });
});

describe('nextRecordStart', () => {
  it('finds the next version line in a plain WARC, even mid-line', () => {
    const path = join(folder, 'plain.warc');
    writeFileSync(path, 'WARC/1.1\r\nWARC-Type: resp' + 'WARC/1.1\r\nWARC-Type: response\r\n');
    assert.equal(nextRecordStart(path, 1, false), 'WARC/1.1\r\nWARC-Type: resp'.length);
    assert.equal(nextRecordStart(path, 30, false), null);
  });
  it('finds the next gzip member in a .warc.gz', () => {
    const path = join(folder, 'members.warc.gz');
    writeFileSync(path, Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x01, 0x1f, 0x8b, 0x08, 0x00]));
    assert.equal(nextRecordStart(path, 1, true), 5);
  });
});
