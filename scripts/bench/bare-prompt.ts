/**
 * The browser's own floor for one prompt: a form post (answered with a redirect to the next page, as
 * Universal Login answers) and the page load it leads to, in the same Chromium the catalogue runs in, against a static page this
 * process serves. A scenario's overhead ratio is its time over its page loads times this.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium } from '@playwright/test';
import { CHROMIUM_PATH } from '../../harness/config.ts';
import { median } from './targets.ts';

const page = (n: number) =>
  `<!doctype html><html><head><title>prompt ${n}</title></head><body><main id="prompt-${n}">` +
  `<form method="POST" action="/answer?n=${n}"><input name="code" autocomplete="off">` +
  `<button type="submit">Continue</button></form></main></body></html>`;

/** Milliseconds per prompt (median of `rounds`, after a few to warm up). */
export async function barePromptMs(rounds = 30): Promise<number> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (request.method === 'POST') {
      request.resume();
      request.on('end', () => {
        response.writeHead(302, { location: `/prompt?n=${Number(url.searchParams.get('n')) + 1}` }).end();
      });
      return;
    }
    response
      .writeHead(200, { 'content-type': 'text/html' })
      .end(page(Number(url.searchParams.get('n') ?? 0)));
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH });
  try {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const times: number[] = [];
    const warmUp = 5;
    for (let n = 0; n < rounds + warmUp; n += 1) {
      await tab.goto(`http://127.0.0.1:${port}/prompt?n=${n}`);
      // One prompt as a scenario's screen costs it: answered, posted, and the next page loaded after the
      // redirect (a scenario's page loads count these landings).
      const started = performance.now();
      await tab.fill('input[name=code]', '123456');
      await tab.click('button[type=submit]');
      await tab.waitForSelector(`#prompt-${n + 1}`);
      if (n >= warmUp) times.push(performance.now() - started);
    }
    return median(times);
  } finally {
    await browser.close();
    server.close();
  }
}
