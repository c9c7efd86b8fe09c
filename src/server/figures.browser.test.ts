/**
 * The claims board and the per-source figures in a real browser (Debian's Chromium driven by
 * playwright-core), on articles the project wrote: fixtures/claims-demo (two accounts of the seed's
 * story) and fixtures/figures (an invented bridge collapse told by three outlets over two weeks,
 * one agency story printed by two of them). Screenshots go to artifacts/screenshots/ (git-ignored).
 *
 * Skipped without /usr/bin/chromium or web/dist, unless CLAIMGRAPH_REQUIRE_BROWSER=1.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import {
  api,
  browserSkipReason,
  cli,
  launchChromium,
  repository,
  requireBrowser,
  screenshots,
  shoot,
  startServer,
  stopServer,
  freePort,
} from './browser-harness.js';

const run = promisify(execFile);

interface Figures {
  totals: { quotations: number; printed: number; stories: number };
  buckets: { start: string; quotations: number; printed: number }[];
}

const skipReason = browserSkipReason('the claims board and figures');

if (skipReason) {
  console.log(`# SKIPPED: ${skipReason}`);
  test('claims board and figures in a browser', { skip: requireBrowser ? false : skipReason }, () => {
    assert.fail(`${skipReason}, and CLAIMGRAPH_REQUIRE_BROWSER=1 requires them`);
  });
} else {
  test(
    'claims board and per-source figures in a browser: real content, links to characters, bucket switch, table',
    { timeout: 150_000 },
    async () => {
      const temporary = await mkdtemp(path.join(os.tmpdir(), 'claimgraph-figures-test-'));
      const database = path.join(temporary, 'claimgraph.db');
      await mkdir(screenshots, { recursive: true });
      await run(
        process.execPath,
        [
          cli,
          'ingest',
          '--quiet',
          '--db',
          database,
          path.join(repository, 'fixtures', 'claims-demo'),
          path.join(repository, 'fixtures', 'figures'),
        ],
        { cwd: repository },
      );
      const port = await freePort();
      const base = `http://127.0.0.1:${port}`;
      const server = await startServer(database, port);
      let browser: Browser | null = null;
      try {
        browser = await launchChromium();
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        const page = await context.newPage();
        const problems: string[] = [];
        page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
        page.on('console', (message) => {
          if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
        });

        // the claims board: topics, answers with speakers, outlets and dates, and conflicts
        await page.goto(`${base}/claims`);
        await page.locator('.topic-card').first().waitFor({ timeout: 20_000 });
        const board = (await page.locator('.board').textContent()) ?? '';
        assert.match(board, /how many were killed/);
        assert.match(board, /143/);
        assert.match(board, /139/);
        assert.match(board, /answers in dispute/);
        assert.match(board, /where the attacker went/);
        // the bridge story: the mayor's figure and the minister's, in the outlets that printed them
        assert.match(board, /how many were injured/);
        assert.match(board, /Ilse Brandt/);
        assert.match(board, /The Carvale Gazette/);
        assert.match(board, /North Shore Post/);
        assert.match(board, /2025-06-03/);
        // every topic on the board has claims or a conflict; wire copies are listed once with their outlets
        for (const heading of await page.locator('.topic-card h2').allTextContents())
          assert.doesNotMatch(heading, /\(0 claims/);
        assert.match(board, /Wire copy also printed by\s*Riverside Daily/);
        // disputed topics come first, with their count in the index
        assert.ok((await page.locator('.topic-card').first().locator('.contradiction').count()) > 0);
        await shoot(page, 'claims-board');
        await shoot(page, 'claims-board-full', true);

        // a claim links to its characters; the article highlights exactly them
        const claimLink = page.locator('.topic-card .claim blockquote a').first();
        const claimText = ((await claimLink.textContent()) ?? '').trim();
        const href = (await claimLink.getAttribute('href')) ?? '';
        assert.match(href, /^\/documents\/[^#]+#chars-\d+-\d+$/);
        await claimLink.click();
        await page.waitForURL(/#chars-/);
        await page.locator('.article-text mark.target').first().waitFor();
        const marked = (await page.locator('.article-text mark.target').allTextContents()).join('');
        assert.ok(marked.length > 0 && claimText.includes(marked), `"${marked}" is a part of "${claimText}"`);
        // the quotation that holds the claim is selected too
        assert.ok(
          (await page.locator('.article-text .quote.selected').allTextContents()).join('').includes(marked),
        );
        await shoot(page, 'claims-board-target');

        // a speaker's figures: the wire story printed by two outlets counts once
        const [lind] = (
          await api<{ entities: { id: string; name: string }[] }>(base, '/api/entities?name=Oskar%20Lind')
        ).entities;
        assert.ok(lind, 'Oskar Lind is stored');
        const weekly = await api<Figures>(base, `/api/entities/${lind.id}/figures?bucket=week`);
        assert.ok(
          weekly.totals.printed > weekly.totals.quotations,
          'wire copies are printed twice, counted once',
        );
        await page.goto(`${base}/entities/${lind.id}`);
        await page.locator('.figures svg .bar rect').first().waitFor({ timeout: 20_000 });
        const summary = (await page.locator('.figures-summary').textContent()) ?? '';
        assert.match(summary, new RegExp(`Quoted\\s+${weekly.totals.quotations}\\s+times`));
        assert.match(summary, new RegExp(`${weekly.totals.printed} printings`));
        assert.equal(await page.locator('.figures svg .bar').count(), weekly.buckets.length);
        assert.match((await page.locator('.figures svg').textContent()) ?? '', /week starting Monday/);
        assert.match((await page.locator('.figures svg').getAttribute('aria-label')) ?? '', /quotations/);
        assert.match((await page.locator('.figures').textContent()) ?? '', /Printed by.*North Shore Post/s);
        await page.locator('.figures').scrollIntoViewIfNeeded();
        await shoot(page, 'figures-speaker-week');

        // per day: one bar per day from the first to the last quotation, the table says the same
        await page.getByRole('radio', { name: 'day' }).check();
        await page.locator('.figures .api-link a[href*="bucket=day"]').waitFor();
        const daily = await api<Figures>(base, `/api/entities/${lind.id}/figures?bucket=day`);
        await page.waitForFunction(
          (count) => document.querySelectorAll('.figures svg .bar').length === count,
          daily.buckets.length,
        );
        assert.ok(daily.buckets.length > weekly.buckets.length);
        await page.locator('.figures-table summary').click();
        const rows = page.locator('.figures-table tbody tr');
        const busy = daily.buckets.filter((bucket) => bucket.quotations > 0);
        assert.equal(await rows.count(), busy.length);
        const wireDay = busy.find((bucket) => bucket.printed > bucket.quotations);
        assert.ok(wireDay, 'one day holds the wire story');
        const wireRow = page.locator('.figures-table tbody tr', {
          hasText: new RegExp(`^\\s*${Number(wireDay.start.slice(8))} Jun 2025`),
        });
        assert.deepEqual((await wireRow.locator('td').allTextContents()).slice(0, 2), [
          String(wireDay.quotations),
          String(wireDay.printed),
        ]);
        // split by topic: the legend names the claims' topics
        await page.getByRole('radio', { name: 'topic' }).check();
        await page.locator('.chart-legend', { hasText: 'no claim' }).waitFor();
        await shoot(page, 'figures-speaker-day-topics', true);

        // an outlet: from the list of outlets to its figures
        await page.goto(`${base}/outlets`);
        await page.getByRole('link', { name: 'Riverside Daily' }).click();
        await page.waitForURL(/\/outlets\/Riverside%20Daily$/);
        await page.locator('.figures svg .bar rect').first().waitFor({ timeout: 20_000 });
        const riverside = await api<Figures>(base, '/api/outlets/figures?name=Riverside%20Daily');
        assert.match(
          (await page.locator('.figures-summary').textContent()) ?? '',
          new RegExp(`${riverside.totals.quotations}\\s+quotations\\s+printed`),
        );
        assert.match((await page.locator('.figures').textContent()) ?? '', /declines to say/);
        await shoot(page, 'figures-outlet');
        // readable at a phone's width: no sideways scrolling
        await page.setViewportSize({ width: 375, height: 800 });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 1, `no sideways scrolling at 375 px (${overflow} px too wide)`);
        await shoot(page, 'figures-outlet-phone');

        assert.deepEqual(problems, [], 'no script error and no policy violation in the console');
        await context.close();
      } finally {
        await browser?.close();
        await stopServer(server);
        await rm(temporary, { recursive: true, force: true });
      }
    },
  );
}
