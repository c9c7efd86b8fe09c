import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractHtml, isLegalNotice } from './extract-html.js';
import { COMMENTS_HEADING } from './render-article.js';

/** Every page below is invented for these tests. */

const ARTICLE = [
  'The harbour authority said on Tuesday that the night ferry to Portmere would run again from March, after a winter in which the service was cut twice.',
  'Its chair, Ines Varga, said the new timetable had been agreed with the crews, and that fares would not rise before the summer.',
  'Passenger groups said they welcomed the news but would watch whether the boats ran on time.',
];
const STORY = ARTICLE.map((paragraph) => `<p class="story">${paragraph}</p>`).join('');

const COMMENT_ONE = 'Typical, they always promise and never deliver, I will believe it when I see the boat.';
const COMMENT_TWO = 'Good news for the island at last, well done to everyone who kept on asking.';

const text = (html: string) => extractHtml(html).text;
const body = (inner: string) => `<html><body><div id="main">${inner}</div></body></html>`;

describe('readers’ comments under the article', () => {
  it('an empty comments anchor ends the article within its block', () => {
    const result = text(
      body(
        `<div>${STORY}<a name="comments"></a><b>Mark T</b><br>${COMMENT_ONE}<br><hr><b>Joan</b><br>${COMMENT_TWO}</div>`,
      ),
    );
    assert.ok(result.includes(ARTICLE[2]!));
    assert.ok(!result.includes(COMMENT_ONE));
    assert.ok(!result.includes('Joan'));
  });

  it('comments set as paragraphs like the article, after an anchor and a heading, are left out', () => {
    const comments = `<p class="story">${COMMENT_ONE}<br><b>Posted by Mark on January 6, 2008 2:09 PM</b></p><p class="story">${COMMENT_TWO}<br><b>Posted by Joan on January 6, 2008 3:10 PM</b></p>`;
    const result = text(
      body(
        `<div>${STORY}<div class="hrline"></div><a name="comments"></a><div class="yvhd">Comments</div>${comments}</div>`,
      ),
    );
    assert.ok(result.includes(ARTICLE[0]!) && result.includes(ARTICLE[2]!));
    assert.ok(!result.includes(COMMENT_ONE) && !result.includes(COMMENT_TWO));
    assert.ok(!/Posted by/.test(result));
  });

  it('a "Comments are now closed" line run in with the comments ends the article', () => {
    const result = text(
      body(
        `<div>${ARTICLE.map((paragraph) => `${paragraph}<br><br>`).join('')}<hr><b>Comments are now closed for this story</b><br><br><b>Mark T</b><br>${COMMENT_ONE}<br><hr></div>`,
      ),
    );
    assert.ok(result.includes(ARTICLE[2]!));
    assert.ok(!result.includes(COMMENT_ONE));
  });

  it('what follows the comments block is still read', () => {
    const html = body(
      `<div>${STORY}<div><a name="comments"></a><h3>Comments</h3><p>${COMMENT_ONE}</p></div><p>The next sailing leaves at nine, the authority added, and tickets are on sale now.</p></div>`,
    );
    const result = text(html);
    assert.ok(!result.includes(COMMENT_ONE));
    assert.ok(result.includes('The next sailing leaves at nine'));
  });

  // must not change
  it('a comments anchor or heading before the article has begun cuts nothing', () => {
    const result = text(body(`<div><a name="comments"></a><p>Comments</p>${STORY}</div>`));
    for (const paragraph of ARTICLE) assert.ok(result.includes(paragraph));
  });

  it('a "Comments (12)" link in a toolbar is not a heading', () => {
    const result = text(
      body(
        `<div><p>${ARTICLE[0]}</p><p>${ARTICLE[1]}</p><div><a href="#c">Comments (12)</a></div><p>${ARTICLE[2]}</p></div>`,
      ),
    );
    assert.ok(result.includes(ARTICLE[2]!));
  });

  it('an anchor that marks the article itself ("startofcommented") cuts nothing', () => {
    const result = text(
      body(
        `<div><p>${ARTICLE[0]}</p><p>${ARTICLE[1]}</p><a name="startofcommented"></a><p>${ARTICLE[2]}</p></div>`,
      ),
    );
    assert.ok(result.includes(ARTICLE[2]!));
  });

  it('the heading pattern takes whole headings only', () => {
    for (const heading of [
      'Comments',
      '12 comments',
      'Reader comments (4)',
      'Post a comment',
      'Leave a reply',
      'Have your say',
      '3 Responses to “Ferry returns”',
    ])
      assert.ok(COMMENTS_HEADING.test(heading), heading);
    for (const line of [
      'Comments from the minister were not expected.',
      'Talkbacks for this article: 18',
      'Your say matters, she said',
    ])
      assert.ok(!COMMENTS_HEADING.test(line), line);
  });
});

describe('rights lines and link lines', () => {
  it('a rights line is dropped, and what follows it at the end goes too', () => {
    const result = text(
      body(
        `<div>${STORY}<p>Copyright 2008 Harbour Wire. All rights reserved. This material may not be published or redistributed.</p><p>Island weather: rain</p><p>Tide tables for the week</p></div>`,
      ),
    );
    assert.ok(result.includes(ARTICLE[2]!));
    assert.ok(!/Copyright|Tide tables/.test(result));
  });

  it('isLegalNotice knows rights lines from prose about copyright', () => {
    assert.ok(isLegalNotice('© 2007 Harbour Wire'));
    assert.ok(isLegalNotice('(Copyright 2007 by Harbour Wire. All Rights Reserved.)'));
    assert.ok(!isLegalNotice('Copyright law changed in the spring, the minister said.'));
    assert.ok(!isLegalNotice('Copyrights are held by the artists, who were not paid.'));
  });

  it('three link lines in a row, with their label, are dropped', () => {
    const links = [
      'Ferry fares frozen (31 Dec 07 | Island)',
      'Crews agree new rota (30 Dec 07 | Island)',
      'Harbour wall repaired (24 Dec 07 | Island)',
    ]
      .map((line) => {
        const [headline, rest] = line.split(' (');
        return `<a href="/x">${headline}</a> (${rest}<br>`;
      })
      .join('');
    const result = text(body(`<div>${STORY}<div>Related to this story:<br>${links}</div></div>`));
    assert.ok(result.includes(ARTICLE[2]!));
    assert.ok(!/Ferry fares frozen|Related to this story/.test(result));
  });

  it('two link lines, or link words inside prose, stay', () => {
    const result = text(
      body(
        `<div>${STORY}<p>The <a href="/a">harbour authority</a> and the <a href="/b">crews' union</a> both said so.</p><p><a href="/c">Read the timetable</a></p><p><a href="/d">Read the fares</a></p></div>`,
      ),
    );
    assert.ok(result.includes("The harbour authority and the crews' union both said so."));
  });
});
