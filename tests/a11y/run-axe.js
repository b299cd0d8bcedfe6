#!/usr/bin/env node
// axe-core in headless Chromium for local HTML files.
// Usage: node run-axe.js FILE.html [...]
// Prints one JSON object on stdout: {"FILE": [violation, ...], ...}, where each
// violation is {id, impact, help, nodes: [target selector, ...]}. Exit 0 when it ran
// (whatever it found), 2 when it could not run (no browser, bad file).
// The browser is Debian's /usr/bin/chromium (or $CHROMIUM); nothing is downloaded,
// and pages are loaded from file:// with every network request refused.
'use strict';

const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');
const { chromium } = require('playwright-core');

const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

async function main(files) {
  if (files.length === 0) {
    process.stderr.write('usage: run-axe.js FILE.html [...]\n');
    return 2;
  }
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ARGS,
    headless: true,
  });
  const results = {};
  try {
    const context = await browser.newContext();
    // Offline: only file:// URLs load; a page that asked for anything else would fail here.
    await context.route('**/*', (route) => {
      if (route.request().url().startsWith('file:')) return route.continue();
      return route.abort();
    });
    for (const file of files) {
      const page = await context.newPage();
      await page.goto(pathToFileURL(path.resolve(file)).href, { waitUntil: 'load' });
      await page.addScriptTag({ content: AXE_SOURCE });
      const violations = await page.evaluate(async (tags) => {
        // eslint-disable-next-line no-undef
        const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
        return r.violations.map((v) => ({
          id: v.id, impact: v.impact, help: v.help,
          nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })),
        }));
      }, TAGS);
      results[file] = violations;
      await page.close();
    }
  } finally {
    await browser.close();
  }
  process.stdout.write(JSON.stringify(results, null, 2) + '\n');
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => { process.stderr.write(`run-axe: ${err && err.message ? err.message : err}\n`); process.exit(2); },
);
