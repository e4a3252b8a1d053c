// preview end to end: a real Chromium (JavaScript on, as a user's browser)
// against the running server. (a) index → search → release → edit its quote
// → see it → approve → the approvals file on disk; (b) the data file changes
// on disk and the open page reloads itself with the new number (SSE), a data
// error is shown with file:line:col over the last good render; (c) without
// JavaScript, reading, searching and approving still work; (d) the CLI
// process starts, serves and stops on Ctrl-C with nothing left running.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import puppeteer, { type Browser, type Frame, type Page } from "puppeteer";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { approvalsFileFor, ApprovalsFile } from "../src/write/approvals.js";
import { TEMPLATES_DIR } from "../src/paths.js";
import { BrowserSession, launchArgs } from "../src/render/browser.js";
import { startPreview, type PreviewServer } from "../src/preview/server.js";
import { addHistory, cleanupTempDirs, huddingeCopy, multiCopy } from "./preview-fixtures.js";
import { runAxe } from "./helpers/axe.js";
import { alive, processesMentioning, trackProcesses } from "./helpers/processes.js";

afterAll(cleanupTempDirs);

const CHROMIUM = "/usr/bin/chromium";
const root = path.resolve(import.meta.dirname, "..");

async function until(what: string, check: () => boolean | Promise<boolean>, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** The text of the release shown in the page's iframe. */
async function releaseText(page: Page): Promise<string> {
  const frame = page.frames().find((f: Frame) => f.url().endsWith("/pressmeddelande.html"));
  if (!frame) throw new Error("no release frame");
  await frame.waitForSelector("main");
  const text = await frame.$eval("main", (el) => el.textContent ?? "");
  return text.replace(/\u00A0/g, " ");
}

describe.skipIf(!existsSync(CHROMIUM))("preview in a browser", () => {
  let server: PreviewServer | undefined;
  let browser: Browser | undefined;
  let profile: string | undefined;
  let browserPid: number | undefined;

  const open = async (javaScript = true): Promise<Page> => {
    profile = await mkdtemp(path.join(os.tmpdir(), "kp-e2e-chromium-"));
    browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, pipe: true, args: launchArgs(), userDataDir: profile });
    browserPid = browser.process()?.pid;
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(javaScript);
    page.setDefaultTimeout(10_000);
    return page;
  };

  afterEach(async () => {
    const [b, srv, dir, pid] = [browser, server, profile, browserPid];
    browser = undefined;
    server = undefined;
    profile = undefined;
    browserPid = undefined;
    try {
      await b?.close();
      await srv?.close();
      if (pid !== undefined) await until("the browser to exit", () => !alive(pid));
      if (dir !== undefined) await until("no Chromium process of the test profile", () => processesMentioning(dir).length === 0);
    } finally {
      if (dir !== undefined) await rm(dir, { recursive: true, force: true });
    }
  });

  it("(a) finds a release, edits its quote, sees it, approves it", { timeout: 60_000 }, async () => {
    const data = await multiCopy();
    server = await startPreview({ data: data.file, port: 0 });
    const page = await open();
    const requests: string[] = [];
    const problems: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(m.text());
    });
    page.on("pageerror", (e) => problems.push(String(e)));

    await page.goto(server.url);
    expect(await page.$eval("#antal", (el) => el.textContent)).toBe("Visar 8 av 8 pressmeddelanden.");
    // Search through the GET form.
    await page.type("#q", "hudd");
    await Promise.all([page.waitForNavigation(), page.click(".sok button[type=submit]")]);
    expect(new URL(page.url()).search).toBe("?q=hudd&varningar=alla&granskning=alla&overtid=alla");
    expect(await page.$$eval("tbody tr", (rows) => rows.length)).toBe(1);
    await Promise.all([page.waitForNavigation(), page.click('a[href="/kommun/0126"]')]);
    expect(await releaseText(page)).toContain("Sedan förra året går alla samtal till kommunen via vårt servicecenter.");

    // Edit the quote.
    await Promise.all([page.waitForNavigation(), page.click('a[href="/kommun/0126/redigera"]')]);
    await page.$eval("#citat-0-text", (el) => {
      (el as HTMLTextAreaElement).value = "";
    });
    await page.type("#citat-0-text", "Nu svarar vi på nästan all e-post samma dag.");
    await Promise.all([page.waitForNavigation(), page.click('button[value="spara"]')]);
    expect(new URL(page.url()).pathname).toBe("/kommun/0126");
    expect(await page.$eval(".meddelande", (el) => el.textContent)).toBe("Texterna är sparade.");
    expect(await releaseText(page)).toContain("– Nu svarar vi på nästan all e-post samma dag, säger Ann-Marie Fredricsson");
    const texts = await readFile(path.join(data.dir, "texter", "0126.yaml"), "utf8");
    expect(texts).toContain("Nu svarar vi på nästan all e-post samma dag.");

    // Approve it.
    expect(await page.$eval(".granskning .status", (el) => el.textContent)).toBe("Inte godkänd");
    await Promise.all([page.waitForNavigation(), page.click('.granskning button[type="submit"]')]);
    expect(await page.$eval(".granskning .status", (el) => el.textContent)).toMatch(/^Godkänd \d{4}-\d\d-\d\d kl\. \d\d\.\d\d$/);
    const approvals = ApprovalsFile.parse(JSON.parse(await readFile(approvalsFileFor(data.file), "utf8")));
    expect(Object.keys(approvals.approvals)).toEqual(["0126"]);
    expect(approvals.approvals["0126"]?.key).toBe(server.state.inputs("0126")?.key);
    expect(approvals.approvals["0126"]?.headline).toBe("Huddinge: e-postsvaren inom en arbetsdag upp 19\u00A0procentenheter");

    // The other tabs.
    await Promise.all([page.waitForNavigation(), page.click('a[href="/kommun/0126/pastaenden"]')]);
    expect(await page.$$eval(".meningar > li", (items) => items.length)).toBeGreaterThan(10);
    await Promise.all([page.waitForNavigation(), page.click('a[href="/kommun/0126/markdown"]')]);
    expect(await page.$eval("pre.markdown", (el) => el.textContent)).toContain("# Huddinge: e-postsvaren inom en arbetsdag upp 19\u00A0procentenheter");

    // Nothing left the machine, nothing was blocked by the CSP, no script errors.
    const origin = new URL(server.url).origin;
    expect(requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith("data:") && u !== "about:blank")).toEqual([]);
    expect(problems).toEqual([]);
    // The PDF browser is only started for a PDF.
    expect(server.pdfStarted).toBe(false);
  });

  it("(b) reloads the open page when the data file changes, and shows data errors over the last good render", { timeout: 60_000 }, async () => {
    const data = await huddingeCopy();
    const templates = path.join(data.dir, "mallar");
    await cp(path.join(TEMPLATES_DIR, "pressmeddelande.css"), path.join(templates, "pressmeddelande.css"), { recursive: true });
    server = await startPreview({ data: data.file, port: 0, templates });
    const page = await open();
    await page.goto(`${server.url}kommun/0126`);
    expect(await releaseText(page)).toContain("till 98 procent 2019");
    const s = server;
    await until("the page to listen for changes", () => s.listeners === 1);

    // (1) A new number in the data file.
    const source = await readFile(data.file, "utf8");
    const started = performance.now();
    const reloaded = page.waitForNavigation({ timeout: 5000 });
    await writeFile(data.file, source.replace("epost-en-dag: 98", "epost-en-dag: 95"));
    await reloaded;
    const reloadMs = performance.now() - started;
    expect(await releaseText(page)).toContain("till 95 procent 2019");
    console.log(`preview e2e: data file saved → page reloaded with the new number in ${Math.round(reloadMs)} ms`);
    expect(reloadMs).toBeLessThan(3000);

    // (2) A data error: shown with file:line:col; the last good render stays.
    const brokenAt = performance.now();
    const reloadedAgain = page.waitForNavigation({ timeout: 5000 });
    await writeFile(data.file, source.replace("epost-en-dag: 98", "epost-en-dag: 104"));
    await reloadedAgain;
    const errorMs = performance.now() - brokenAt;
    const banner = await page.$eval("#datafel-rubrik + p + ul", (el) => el.textContent ?? "");
    // The line and column of the value in the file, counted here: a field added to an indicator moved it a line.
    const lines = source.split("\n");
    const row = lines.findIndex((l) => l.includes("epost-en-dag: 98"));
    const col = (lines[row] ?? "").indexOf("epost-en-dag: 98") + "epost-en-dag: ".length + 1;
    expect(banner).toBe(`${data.file}:${row + 1}:${col}: municipalities[0].results.2019.epost-en-dag: 104 ligger utanför 0–100 för enheten procent`);
    expect(await releaseText(page)).toContain("till 95 procent 2019");
    console.log(`preview e2e: data error shown in ${Math.round(errorMs)} ms`);

    // (3) Fixed again: the banner goes.
    const fixed = page.waitForNavigation({ timeout: 5000 });
    await writeFile(data.file, source.replace("epost-en-dag: 98", "epost-en-dag: 96"));
    await fixed;
    expect(await page.$("#datafel-rubrik")).toBeNull();
    expect(await releaseText(page)).toContain("till 96 procent 2019");

    // (4) A template (the release's stylesheet) changes.
    const css = path.join(templates, "pressmeddelande.css");
    const styled = page.waitForNavigation({ timeout: 5000 });
    await writeFile(css, `${await readFile(css, "utf8")}\n/* ändrad-i-test */\n`);
    await styled;
    const frame = page.frames().find((f) => f.url().endsWith("/pressmeddelande.html"));
    expect(await frame?.content()).toContain("/* ändrad-i-test */");
  });

  it("(c) works without JavaScript: index, search, tabs and approving", { timeout: 60_000 }, async () => {
    const data = await multiCopy();
    server = await startPreview({ data: data.file, port: 0 });
    const page = await open(false);
    await page.goto(`${server.url}?varningar=med`);
    expect(await page.$$eval("tbody th a", (as) => as.map((a) => a.textContent))).toEqual(["Riket", "Upplands Väsby", "Vallentuna", "Österåker"]);
    await page.select("#varningar", "utan");
    await Promise.all([page.waitForNavigation(), page.click(".sok button[type=submit]")]);
    expect(await page.$$eval("tbody th a", (as) => as.map((a) => a.textContent))).toEqual(["Värmdö", "Järfälla", "Ekerö", "Huddinge"]);
    await Promise.all([page.waitForNavigation(), page.click('a[href="/kommun/0120"]')]);
    expect(await releaseText(page)).toContain("Vi är nöjda med resultatet i Värmdö");
    await Promise.all([page.waitForNavigation(), page.click(".granskning button")]);
    expect(await page.$eval(".meddelande", (el) => el.textContent)).toBe("Pressmeddelandet är godkänt.");
    const approvals = ApprovalsFile.parse(JSON.parse(await readFile(approvalsFileFor(data.file), "utf8")));
    expect(Object.keys(approvals.approvals)).toEqual(["0120"]);
    // Add a contact row without JavaScript (a submit button, nothing written).
    await Promise.all([page.waitForNavigation(), page.click('a[href="/kommun/0120/redigera"]')]);
    await Promise.all([page.waitForNavigation(), page.click('button[value="ny-kontakt"]')]);
    expect(await page.$$eval("fieldset legend", (ls) => ls.map((l) => l.textContent))).toEqual(["Citat 1", "Kontaktperson 1", "Kontaktperson 2"]);
    expect(existsSync(path.join(data.dir, "texter"))).toBe(false);
  });
});

describe.skipIf(!existsSync(CHROMIUM))("the preview's own pages, axe-core WCAG 2.1 AA", () => {
  it("index, release tabs and the edit form with errors have no violations", { timeout: 60_000 }, async () => {
    // Upplands Väsby with four years: its notes over time in the index and on its page.
    const data = await multiCopy(addHistory);
    const server = await startPreview({ data: data.file, port: 0 });
    const profile = await mkdtemp(path.join(os.tmpdir(), "kp-e2e-chromium-"));
    const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, pipe: true, args: launchArgs(), userDataDir: profile });
    try {
      const page = await browser.newPage();
      // The pages' CSP allows only our own script; axe is injected for the test.
      await page.setBypassCSP(true);
      const audit = async (): Promise<string> => {
        // The release in the frame is audited on its own (test/axe.test.ts).
        // "region" (best practice): all content inside landmarks.
        const violations = await runAxe(page, { iframes: false, extraRules: ["region"] });
        return violations.map((v) => `${page.url()} ${v.id}: ${v.help} ${v.nodes.map((n) => n.html).join(" | ")}`).join("\n");
      };
      const found: string[] = [];
      const targets = [
        "",
        "?varningar=med",
        "?overtid=med",
        "?q=finns-inte",
        "kommun/0126",
        "kommun/0126?klart=sparat",
        // With warnings; riket with its note on where its texts are edited.
        "kommun/0114",
        "kommun/riket",
        "kommun/0126/markdown",
        "kommun/0126/pastaenden",
        "kommun/9999",
        "kommun/0126/redigera",
      ];
      for (const target of targets) {
        await page.goto(`${server.url}${target}`);
        found.push(await audit());
      }
      // The edit form showing errors.
      await page.$eval("#citat-0-namn", (el) => {
        (el as HTMLInputElement).value = "";
      });
      await Promise.all([page.waitForNavigation(), page.click('button[value="spara"]')]);
      expect(await page.$eval("#formfel", (el) => el.textContent)).toBe("Texterna sparades inte");
      found.push(await audit());
      // With an error in the data file above the last good version.
      await writeFile(data.file, (await readFile(data.file, "utf8")).replace("epost-en-dag: 98", "epost-en-dag: 104"));
      await server.refresh();
      for (const target of ["", "kommun/0126", "kommun/0114"]) {
        await page.goto(`${server.url}${target}`);
        expect(await page.$("#datafel-rubrik")).not.toBeNull();
        found.push(await audit());
      }
      expect(found.filter((f) => f !== "").join("\n")).toBe("");
    } finally {
      await browser.close();
      await server.close();
      await rm(profile, { recursive: true, force: true });
    }
  });
});

describe.skipIf(!existsSync(CHROMIUM))("the PDF tab", () => {
  it("prints on demand with one lazily started browser, caches, and closes it with the server", { timeout: 60_000 }, async () => {
    const data = await huddingeCopy();
    const sessions: BrowserSession[] = [];
    const server = await startPreview({
      data: data.file,
      port: 0,
      openBrowser: async () => {
        const s = await BrowserSession.open({ poolSize: 1 });
        sessions.push(s);
        return s;
      },
    });
    try {
      expect(server.pdfStarted).toBe(false);
      const tab = await fetch(`${server.url}kommun/0126/pdf`);
      expect(tab.status).toBe(200);
      const html = await tab.text();
      expect(html).toContain('<iframe class="ram" src="/kommun/0126/pressmeddelande.pdf"');
      expect(server.pdfStarted).toBe(true);
      const t0 = performance.now();
      const [a, b] = await Promise.all([fetch(`${server.url}kommun/0126/pressmeddelande.pdf`), fetch(`${server.url}kommun/0126/pressmeddelande.pdf`)]);
      const cachedMs = performance.now() - t0;
      expect(a.headers.get("content-type")).toBe("application/pdf");
      expect(Buffer.from(await a.arrayBuffer())).toEqual(Buffer.from(await b.arrayBuffer()));
      console.log(`preview e2e: PDF from the cache in ${Math.round(cachedMs)} ms`);
      expect(sessions).toHaveLength(1);
    } finally {
      await server.close();
    }
    const pid = sessions[0]?.pid;
    expect(sessions[0]?.closed).toBe(true);
    if (pid !== undefined) await until("the PDF browser to exit", () => !alive(pid));
  });
});

describe("the preview command", () => {
  it("prints its address, serves, and stops on Ctrl-C with nothing left running", { timeout: 60_000 }, async () => {
    const cli = path.join(root, "dist", "cli", "main.js");
    if (!existsSync(cli)) throw new Error("dist/cli/main.js is missing: run npm run build first");
    const data = await huddingeCopy();
    // The PDF browser's profile goes into a temp folder of this run's own: its
    // processes are told apart from any other Chromium on the machine.
    const ownTmp = await mkdtemp(path.join(os.tmpdir(), "kp-e2e-tmp-"));
    const tracker = trackProcesses(ownTmp);
    const child = spawn(process.execPath, [cli, "preview", data.file, "--port", "0"], {
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, TMPDIR: ownTmp },
    });
    let stderr = "";
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    const lines = createInterface({ input: child.stdout });
    const url = await new Promise<string>((resolve, reject) => {
      lines.on("line", (line) => {
        const m = /^Förhandsgranskningen körs på (http:\/\/127\.0\.0\.1:\d+\/)$/.exec(line);
        if (m?.[1]) resolve(m[1]);
      });
      child.once("exit", (code) => reject(new Error(`exited early with ${String(code)}: ${stderr}`)));
    });
    const res = await fetch(`${url}kommun/0126/pressmeddelande.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(processesMentioning(path.join(ownTmp, "kommunpress-chromium-")).length).toBeGreaterThan(0);
    // A page listening for changes must not keep the server from closing.
    const events = await fetch(`${url}handelser`);
    expect(events.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    child.kill("SIGINT");
    expect(await exited).toBe(0);
    await events.body?.cancel().catch(() => undefined);
    expect(stderr).toBe("");
    const ours = tracker.stop();
    expect(ours.length).toBeGreaterThan(0);
    try {
      await until("Chromium to be gone", () => tracker.leftovers().length === 0);
    } finally {
      await rm(ownTmp, { recursive: true, force: true });
    }
  });
});
