// preview in a browser: where the focus and the view go when something needs
// the reviewer's attention. After a 422 the error summary has the focus;
// after a live reload that brings a data error, the error box is in view and
// focused. Headless Chromium, JavaScript on.
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import puppeteer, { type Browser, type Page } from "puppeteer";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { launchArgs } from "../src/render/browser.js";
import { startPreview, type PreviewServer } from "../src/preview/server.js";
import { cleanupTempDirs, huddingeCopy } from "./preview-fixtures.js";

afterAll(cleanupTempDirs);

const CHROMIUM = "/usr/bin/chromium";

async function until(what: string, check: () => boolean | Promise<boolean>, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** The focused element's id (or its tag name). */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    return el === null ? "" : el.id || el.tagName.toLowerCase();
  });
}

/** Whether the element's top edge is inside the viewport. */
function inView(page: Page, selector: string): Promise<boolean> {
  return page.$eval(selector, (el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.top < window.innerHeight;
  });
}

describe.skipIf(!existsSync(CHROMIUM))("focus and view in the preview", () => {
  let server: PreviewServer | undefined;
  let browser: Browser | undefined;
  let profile: string | undefined;

  const open = async (): Promise<Page> => {
    profile = await mkdtemp(path.join(os.tmpdir(), "kp-focus-chromium-"));
    browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, pipe: true, args: launchArgs(), userDataDir: profile });
    const page = await browser.newPage();
    await page.setViewport({ width: 1000, height: 600 });
    page.setDefaultTimeout(10_000);
    return page;
  };

  afterEach(async () => {
    const [b, srv, dir] = [browser, server, profile];
    browser = undefined;
    server = undefined;
    profile = undefined;
    try {
      await b?.close();
      await srv?.close();
    } finally {
      if (dir !== undefined) await rm(dir, { recursive: true, force: true });
    }
  });

  it("focuses the error summary after a form with errors (422)", { timeout: 60_000 }, async () => {
    const data = await huddingeCopy();
    server = await startPreview({ data: data.file, port: 0 });
    const page = await open();
    await page.goto(`${server.url}kommun/0126/redigera`);
    await page.$eval("#citat-0-namn", (el) => {
      (el as HTMLInputElement).value = "";
    });
    const [response] = await Promise.all([page.waitForNavigation(), page.click('button[value="spara"]')]);
    expect(response?.status()).toBe(422);
    await until("the summary to take the focus", async () => (await focused(page)) === "felsammanfattning");
    expect(await inView(page, "#felsammanfattning")).toBe(true);
    // Its link leads to the field.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("href"))).toBe("#citat-0-namn");
  });
});
