import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { chromium, type BrowserContext } from 'playwright-core';
import Eleventy from '@11ty/eleventy';
import discreet from '../plugins/eleventy.js';
import { highlight } from '../src/review-page.js';
import { SITE_BASICS } from './helpers/eleventy.js';
import type { Finding } from '../src/types.js';
import { post, tempDir, writeTree } from './helpers/fixtures.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = '/usr/bin/chromium';
const NOW = '2026-11-25T12:00:00Z';

/** Starts `discreet review` as a user would and resolves with the URL it prints. */
function startReview(args: string[]): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli/bin.ts'), 'review', ...args], {
    cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, DISCREET_WATCHLIST: '' },
  });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const url = /Review page: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out)?.[1];
      if (url) resolve({ child, url });
    });
    child.stderr!.on('data', (chunk) => { err += chunk; });
    child.on('exit', (code) => reject(new Error(`review exited ${code}: ${out}${err}`)));
  });
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.on('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

function get(url: string, host?: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers: host ? { host } : {} }, (response) => {
      let body = '';
      response.on('data', (c) => { body += c; });
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body }));
    });
    request.on('error', reject);
  });
}

/** Debian's Chromium with a fresh profile (playwright passes it as --user-data-dir). */
async function launch(): Promise<BrowserContext> {
  return chromium.launchPersistentContext(tempDir('discreet-chromium-'), {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

const PHONE = '(740) 555-0192';
const HOSTILE = '<script>window.pwned = 1</script><img src=x onerror="window.pwned = 2">';

test('the review page lists posts by status with findings marked in the text, in a real browser', async () => {
  const site = writeTree({
    'posts/call.md': post('title: "Call"', `I called her on ${PHONE} after school.\n\n${HOSTILE}`),
    'posts/later.md': post('title: "Later"\npublishAfter: 2027-01-01', 'Write to her at sam.k@example-mail.com later.'),
    'posts/rain.md': post('title: "Rain"', 'It rained all week.'),
  });
  const { child, url } = await startReview([site, '--port', '0', '--now', NOW]);
  let browser: BrowserContext | undefined;
  try {
    browser = await launch();
    const page = await browser.newPage();
    const response = await page.goto(url);
    assert.is(response?.status(), 200);
    assert.match(response!.headers()['content-security-policy'], /default-src 'none'/);

    const sections = await page.$$eval('main > section > h2', (hs) => hs.map((h) => h.textContent));
    assert.match(sections[0]!, /^Blocked/, 'blocked posts come first');
    assert.ok(sections.some((s) => /^Scheduled/.test(s!)) && sections.some((s) => /^Cleared/.test(s!)));

    const marks = await page.$$eval('mark', (ms) => ms.map((m) => ({ text: m.textContent, rules: m.getAttribute('data-rules'), cls: m.className })));
    const phone = marks.find((m) => m.text === PHONE);
    assert.ok(phone, `the phone number is marked: ${JSON.stringify(marks)}`);
    assert.match(phone!.rules!, /phone-number/);
    assert.match(phone!.cls, /sev-high/);
    assert.ok(marks.some((m) => m.text === 'sam.k@example-mail.com'), 'findings of scheduled posts are shown too');

    const messages = await page.$$eval('li.finding .message', (ls) => ls.map((l) => l.textContent));
    assert.ok(messages.some((m) => /phone number/i.test(m!)), 'messages are in the page');
    const hints = await page.$$eval('li.finding .hint', (ls) => ls.map((l) => l.textContent));
    assert.ok(hints.every((h) => h!.startsWith('Fix: ')) && hints.length > 0);
    const link = await page.$eval('li.finding a', (a) => a.getAttribute('href'));
    assert.ok(await page.$(link!), 'each finding links to its mark');

    // Raw post text is shown as text: nothing in it runs or becomes an element.
    assert.is(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned), undefined);
    assert.is(await page.$$eval('pre.source img, pre.source script', (els) => els.length), 0);
    const source = await page.$eval('#post-0 pre.source', (pre) => pre.textContent);
    assert.ok(source!.includes(HOSTILE), 'the markup is visible as written');

    const shot = path.join(tempDir('discreet-shot-'), 'review.png');
    await page.screenshot({ path: shot, fullPage: true });
    const png = fs.readFileSync(shot);
    assert.ok(png.length > 1000, 'a non-empty screenshot');
    assert.equal([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG');
  } finally {
    await browser?.close();
    assert.is(await stop(child), 0, 'Ctrl+C ends the server cleanly');
  }
  assert.not.ok(fs.existsSync(path.join(site, '_site')), 'nothing written to the site output');
  assert.equal(fs.readdirSync(site).sort(), ['.discreet', 'posts'].filter((f) => fs.existsSync(path.join(site, f))));
});

test('the page answers only requests addressed to 127.0.0.1 and reflects edits on reload', async () => {
  const site = writeTree({ 'rain.md': post('title: "Rain"', 'It rained all week.') });
  const { child, url } = await startReview([site, '--port', '0', '--now', NOW]);
  try {
    assert.match(url, /^http:\/\/127\.0\.0\.1:/);
    const rebound = await get(url, 'attacker.example:80');
    assert.is(rebound.status, 421, 'another host name is refused');
    assert.not.match(rebound.body, /Rain/);
    assert.is((await get(url + 'posts.json')).status, 404);
    const before = await get(url);
    assert.is(before.headers['cache-control'], 'no-store');
    assert.not.match(before.body, /<mark/);
    fs.writeFileSync(path.join(site, 'rain.md'), post('title: "Rain"', `It rained. I called her on ${PHONE}.`));
    const after = await get(url);
    assert.match(after.body, new RegExp(`<mark[^>]*>${PHONE.replace(/[()]/g, '\\$&')}</mark>`));
  } finally {
    await stop(child);
  }
});

test('in eleventy --serve the plugin opens the review page beside the dev server, outside the output', async () => {
  const site = writeTree({ ...SITE_BASICS, 'content/posts/later.md': post('title: "Later"\npublishAfter: 2030-01-01', `Ring her on ${PHONE} then.`) });
  const logged: string[] = [];
  const log = console.log;
  const cwd = process.cwd();
  console.log = (...args: unknown[]) => { logged.push(args.join(' ')); };
  process.chdir(site);
  try {
    const eleventy = new Eleventy('content', '_site', { quietMode: true, configPath: false, runMode: 'serve', config: (c: any) => c.addPlugin(discreet) });
    await eleventy.write();
  } finally {
    process.chdir(cwd);
    console.log = log;
  }
  const url = /review page \(private to this computer\): (http:\/\/127\.0\.0\.1:\d+\/)/.exec(logged.join('\n'))?.[1];
  assert.ok(url, logged.join('\n'));
  const page = await get(url!);
  assert.is(page.status, 200);
  assert.match(page.body, /content\/posts\/later\.md/);
  assert.match(page.body, /<mark[^>]*data-rules="phone-number"/);
  const output = fs.readdirSync(path.join(site, '_site'), { recursive: true }).map(String);
  assert.not.ok(output.some((f) => f.includes('later') || f.includes('review')), output.join(', '));
});

test('overlapping findings are cut into pieces, each marked by all that cover it', () => {
  const raw = 'ab Maria Lopez cd';
  const base = { category: 'name', message: 'm', text: '', line: 1, column: 1, endLine: 1, endColumn: 1, suppressed: false } as const;
  const findings: Finding[] = [
    { ...base, rule: 'person-name', severity: 'high', offset: 3, length: 11 },
    { ...base, rule: 'first-name', severity: 'medium', offset: 3, length: 5 },
    { ...base, rule: 'review-required', severity: 'high', offset: 0, length: 0 },
  ];
  const html = highlight(raw, findings, 7);
  assert.match(html, /^ab <span id="m-7-1"><\/span><mark id="m-7-0" class="sev-high" data-rules="person-name first-name" title="[^"]*">Maria<\/mark>/);
  assert.match(html, /<mark class="sev-high" data-rules="person-name" title="[^"]*"> Lopez<\/mark> cd$/);
  assert.not.match(html, /review-required/, 'a finding without a span has nothing to mark');
});

test.run();
