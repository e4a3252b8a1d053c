// preview in a browser: where the focus and the view go when something needs
// the reviewer's attention (after a 422 the error summary has the focus;
// after a live reload that brings a data error, the error box is in view and
// focused), and "Kopiera text" (rich and plain text on the clipboard; the
// text in a read-only field without JavaScript). Headless Chromium.
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

  const open = async (javaScript = true): Promise<Page> => {
    profile = await mkdtemp(path.join(os.tmpdir(), "kp-focus-chromium-"));
    browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, pipe: true, args: launchArgs(), userDataDir: profile });
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(javaScript);
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

  it("brings the data error box into view and focuses it when a live reload brings it; other reloads keep the scroll position", { timeout: 60_000 }, async () => {
    const data = await huddingeCopy();
    server = await startPreview({ data: data.file, port: 0 });
    const page = await open();
    await page.goto(`${server.url}kommun/0126`);
    const s = server;
    await until("the page to listen for changes", () => s.listeners === 1);
    const bottom = async (): Promise<number> => {
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      return page.evaluate(() => window.scrollY);
    };
    const source = await readFile(data.file, "utf8");

    // A new number: the page reloads where it was.
    const scrolled = await bottom();
    expect(scrolled).toBeGreaterThan(100);
    let reloaded = page.waitForNavigation({ timeout: 5000 });
    await writeFile(data.file, source.replace("epost-en-dag: 98", "epost-en-dag: 95"));
    await reloaded;
    await page.waitForFunction(() => document.readyState === "complete");
    await until("the scroll position to be restored", async () => (await page.evaluate(() => window.scrollY)) === scrolled);
    expect(await page.$("#datafel")).toBeNull();

    // A data error: its box comes into view with the focus.
    await until("the page to listen again", () => s.listeners === 1);
    await bottom();
    reloaded = page.waitForNavigation({ timeout: 5000 });
    await writeFile(data.file, source.replace("epost-en-dag: 98", "epost-en-dag: 104"));
    await reloaded;
    await page.waitForFunction(() => document.readyState === "complete");
    await until("the error box to take the focus", async () => (await focused(page)) === "datafel");
    // Give a late scroll restoration its chance to move the page.
    await new Promise((r) => setTimeout(r, 300));
    expect(await inView(page, "#datafel")).toBe(true);
    expect(await focused(page)).toBe("datafel");
    expect(await page.$eval("#datafel", (el) => el.textContent)).toContain("104 ligger utanför 0–100");
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

  it("copies the web text as rich text and plain text, under the page's CSP", { timeout: 60_000 }, async () => {
    const data = await huddingeCopy();
    server = await startPreview({ data: data.file, port: 0 });
    const page = await open();
    const problems: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(m.text());
    });
    page.on("pageerror", (e) => problems.push(String(e)));
    const origin = new URL(server.url).origin;
    await browser?.defaultBrowserContext().overridePermissions(origin, ["clipboard-read", "clipboard-write", "clipboard-sanitized-write"]);
    await page.goto(`${server.url}kommun/0126`);
    await page.waitForSelector("#kopiera-text:not([hidden])");
    await page.click("#kopiera-text");
    await page.waitForFunction(() => (document.getElementById("kopiera-status")?.textContent ?? "") !== "");
    expect(await page.$eval("#kopiera-status", (el) => el.textContent)).toBe(
      "Texten är kopierad med rubriker och stycken. Klistra in den i publiceringsverktyget.",
    );
    const clip = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      if (!item) return null;
      return { types: [...item.types].sort(), html: await (await item.getType("text/html")).text(), plain: await (await item.getType("text/plain")).text() };
    });
    expect(clip?.types).toEqual(["text/html", "text/plain"]);
    expect(clip?.html).toMatch(/<h1>Huddinge: e-postsvaren inom en arbetsdag upp 19(\u00A0|&nbsp;)procentenheter<\/h1>/);
    expect(clip?.html).not.toContain("&lt;h1&gt;");
    expect(clip?.plain).toMatch(/^Pressmeddelande 23 januari 2020\nHuddinge kommun\n\nHuddinge: e-postsvaren inom en arbetsdag upp 19\u00A0procentenheter\n\nHuddinge kommun har markant lyft/);
    expect(clip?.plain).not.toContain("<");
    expect(problems).toEqual([]);
  });

  it("without JavaScript, shows the web text in a read-only field and no copy button", { timeout: 60_000 }, async () => {
    const data = await huddingeCopy();
    server = await startPreview({ data: data.file, port: 0 });
    const page = await open(false);
    await page.goto(`${server.url}kommun/0126`);
    expect(await page.$eval("#kopiera-text", (el) => (el as HTMLElement).offsetParent === null)).toBe(true);
    const field = await page.$eval("#webbtext", (el) => ({ readOnly: (el as HTMLTextAreaElement).readOnly, value: (el as HTMLTextAreaElement).value, shown: (el as HTMLElement).offsetParent !== null }));
    expect(field.readOnly).toBe(true);
    expect(field.shown).toBe(true);
    expect(field.value).toContain("\n<h1>Huddinge: e-postsvaren inom en arbetsdag upp 19\u00A0procentenheter</h1>\n");
    expect(await page.$eval("label[for=webbtext]", (el) => el.textContent)).toBe("Webbtext (HTML) att klistra in i publiceringsverktyget");
  });
});
