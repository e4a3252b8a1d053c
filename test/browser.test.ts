import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KommunpressError } from "../src/messages.js";
import {
  BrowserSession,
  browserMissingMessage,
  defaultPoolSize,
  findBrowser,
  launchArgs,
  type RequestEvent,
} from "../src/render/browser.js";
import { alive, processesMentioning } from "./helpers/processes.js";

const root = path.resolve(import.meta.dirname, "..");

async function fakeExecutable(dir: string, name: string, mode = 0o755): Promise<string> {
  const file = path.join(dir, name);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, "#!/bin/sh\nexit 0\n");
  await chmod(file, mode);
  return file;
}

function expectGone(pid: number | undefined, dir: string | undefined): void {
  expect(pid).toBeTypeOf("number");
  expect(dir).toBeTypeOf("string");
  expect(alive(pid as number)).toBe(false);
  expect(processesMentioning(dir as string)).toEqual([]);
  expect(existsSync(dir as string)).toBe(false);
}

describe("findBrowser", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "kp-find-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("takes --browser first, before the environment, the cache and the system", async () => {
    const option = await fakeExecutable(dir, "opt/chrome");
    const env = await fakeExecutable(dir, "env/chrome");
    const cache = await fakeExecutable(dir, "cache/chrome");
    const system = await fakeExecutable(dir, "system/chromium");
    const found = await findBrowser({
      explicit: option,
      env: { PUPPETEER_EXECUTABLE_PATH: env, PATH: "" },
      cachePaths: [cache],
      systemPaths: [system],
    });
    expect(found).toEqual({ path: option, source: "option" });
  });

  it("takes PUPPETEER_EXECUTABLE_PATH before the cache and the system", async () => {
    const env = await fakeExecutable(dir, "env/chrome");
    const cache = await fakeExecutable(dir, "cache/chrome");
    const found = await findBrowser({ env: { PUPPETEER_EXECUTABLE_PATH: env, PATH: "" }, cachePaths: [cache] });
    expect(found).toEqual({ path: env, source: "env" });
  });

  it("takes puppeteer's cache before the system, skipping cache entries that do not exist", async () => {
    const cache = await fakeExecutable(dir, "cache/chrome");
    const system = await fakeExecutable(dir, "system/chromium");
    const found = await findBrowser({
      env: { PATH: "" },
      cachePaths: [path.join(dir, "cache/missing"), cache],
      systemPaths: [system],
    });
    expect(found).toEqual({ path: cache, source: "puppeteer-cache" });
  });

  it("takes the fixed system locations before PATH", async () => {
    const system = await fakeExecutable(dir, "system/chromium");
    const onPath = await fakeExecutable(dir, "bin/chromium");
    const found = await findBrowser({
      env: { PATH: path.dirname(onPath) },
      cachePaths: [],
      systemPaths: [path.join(dir, "system/missing"), system],
    });
    expect(found).toEqual({ path: system, source: "system" });
  });

  it("finds chromium or google-chrome on PATH", async () => {
    const bin = path.join(dir, "pathonly");
    const chrome = await fakeExecutable(bin, "google-chrome");
    const found = await findBrowser({ env: { PATH: [path.join(dir, "nothing"), bin].join(path.delimiter) }, cachePaths: [], systemPaths: [] });
    expect(found).toEqual({ path: chrome, source: "system" });
  });

  it("skips files that are not executable, and directories", async () => {
    const bin = path.join(dir, "noexec");
    await fakeExecutable(bin, "chromium", 0o644);
    await mkdir(path.join(bin, "google-chrome"), { recursive: true });
    const found = await findBrowser({ env: { PATH: bin }, cachePaths: [], systemPaths: [] });
    // root may execute a 0644 file per access(2) only if some x bit is set: none is.
    expect(found).toBeUndefined();
  });

  it("returns undefined when there is no browser anywhere", async () => {
    expect(await findBrowser({ env: { PATH: "" }, cachePaths: [], systemPaths: [] })).toBeUndefined();
  });

  it("looks in puppeteer's real cache by default (absent here: puppeteer's download is off)", async () => {
    const found = await findBrowser({ env: { PATH: "" }, systemPaths: [] });
    expect(found === undefined || found.source === "puppeteer-cache").toBe(true);
  });

  it("refuses a --browser path that does not exist instead of falling back", async () => {
    const env = await fakeExecutable(dir, "env/chrome");
    const missing = path.join(dir, "finns-inte", "chrome");
    const error = await findBrowser({ explicit: missing, env: { PUPPETEER_EXECUTABLE_PATH: env } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KommunpressError);
    const k = error as KommunpressError;
    expect(k.exitCode).toBe(2);
    expect(k.message).toBe(`webbläsaren ${missing} (från --browser) finns inte eller är ingen körbar fil`);
  });

  it("refuses a PUPPETEER_EXECUTABLE_PATH that does not exist instead of falling back", async () => {
    const missing = path.join(dir, "borta", "chromium");
    const system = await fakeExecutable(dir, "system/chromium");
    const error = await findBrowser({ env: { PUPPETEER_EXECUTABLE_PATH: missing }, systemPaths: [system] }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(KommunpressError);
    expect((error as KommunpressError).message).toBe(
      `webbläsaren ${missing} (från PUPPETEER_EXECUTABLE_PATH) finns inte eller är ingen körbar fil`,
    );
  });

  it("treats an empty PUPPETEER_EXECUTABLE_PATH as unset", async () => {
    const system = await fakeExecutable(dir, "system/chromium");
    const found = await findBrowser({ env: { PUPPETEER_EXECUTABLE_PATH: "", PATH: "" }, cachePaths: [], systemPaths: [system] });
    expect(found).toEqual({ path: system, source: "system" });
  });
});

describe("browserMissingMessage", () => {
  it("tells exactly how to get a browser, in Swedish", () => {
    expect(browserMissingMessage()).toBe(
      [
        "Ingen webbläsare hittades för PDF (Chromium eller Google Chrome behövs).",
        "Installera Chromium, på Debian/Ubuntu: sudo apt-get install chromium",
        "eller ange en befintlig webbläsare med --browser <sökväg> eller miljövariabeln PUPPETEER_EXECUTABLE_PATH.",
        "Formaten md, html och json fungerar utan webbläsare.",
      ].join("\n"),
    );
  });

  it("is what BrowserSession.open throws when there is no browser", async () => {
    const error = await BrowserSession.open({ env: { PATH: "" }, cachePaths: [], systemPaths: [] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KommunpressError);
    expect((error as KommunpressError).messages[0]?.reason).toBe(browserMissingMessage());
    expect((error as KommunpressError).messages[0]?.ruleId).toBe("browser-missing");
  });
});

describe("launch settings", () => {
  it("adds --no-sandbox only for root", () => {
    const args = launchArgs();
    for (const a of [
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-sync",
    ]) {
      expect(args).toContain(a);
    }
    expect(args.includes("--no-sandbox")).toBe(process.getuid?.() === 0);
  });

  it("pools 1–4 pages by default", () => {
    expect(defaultPoolSize()).toBe(Math.max(1, Math.min(4, os.availableParallelism())));
  });
});

const found = await findBrowser().catch(() => undefined);
const skipReason = found ? "" : " (hoppas över: ingen Chromium/Chrome hittades; kör scripts/ensure-browser.sh)";
if (!found) console.warn(`${path.basename(import.meta.filename)}: tester med riktig webbläsare${skipReason}`);

describe.skipIf(!found)(`BrowserSession with a real browser${skipReason}`, () => {
  let server: Server;
  let hits = 0;
  let base = "";
  beforeAll(async () => {
    server = createServer((_req, res) => {
      hits++;
      res.end("x");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it("reuses pages, keeps JavaScript off and lets no request out; close() leaves nothing behind", async () => {
    const requests: RequestEvent[] = [];
    const session = await BrowserSession.open({ poolSize: 1, onRequest: (e) => requests.push(e) });
    const pid = session.pid;
    const dir = session.userDataDir;
    try {
      expect(session.executable).toBe(found?.path);
      expect(pid !== undefined && alive(pid)).toBe(true);
      const before = hits;
      const first = await session.withPage(async (page) => {
        await page.setContent(
          `<p id="x">före</p><img src="${base}/bild.png"><link rel="stylesheet" href="${base}/stil.css">` +
            `<script>document.getElementById("x").textContent = "efter"</script>`,
          { waitUntil: "load" },
        );
        expect(await page.evaluate(() => document.getElementById("x")?.textContent)).toBe("före");
        return page;
      });
      const second = await session.withPage(async (page) => page);
      expect(second).toBe(first);
      expect(hits).toBe(before);
      expect(requests.filter((r) => r.allowed && !r.url.startsWith("data:") && r.url !== "about:blank")).toEqual([]);
      expect(requests).toContainEqual({ url: `${base}/bild.png`, allowed: false });
    } finally {
      await session.close();
    }
    expectGone(pid, dir);
    await expect(session.withPage(async () => 1)).rejects.toThrow("webbläsaren är redan stängd");
    await session.close(); // twice is fine
  });

  it("bounds the pool", async () => {
    const session = await BrowserSession.open({ poolSize: 2 });
    try {
      let running = 0;
      let most = 0;
      let started = 0;
      const total = 6;
      const pages = new Set<unknown>();
      // Each job holds its page until a second job runs beside it (or none is left to start), so the overlap does
      // not depend on how fast the machine opens pages: a fixed 40 ms let a slow second page miss the first job.
      const overlap = async (): Promise<void> => {
        const until = Date.now() + 5_000;
        while (running < 2 && started < total && Date.now() < until) await new Promise((r) => setTimeout(r, 5));
      };
      await Promise.all(
        Array.from({ length: total }, () =>
          session.withPage(async (page) => {
            pages.add(page);
            started++;
            running++;
            most = Math.max(most, running);
            await overlap();
            await new Promise((r) => setTimeout(r, 5));
            running--;
          }),
        ),
      );
      expect(most).toBe(2);
      expect(pages.size).toBe(2);
    } finally {
      await session.close();
    }
  });

  it("passes an error from the job through, stays usable, and closes cleanly afterwards", async () => {
    const session = await BrowserSession.open({ poolSize: 1 });
    const pid = session.pid;
    const dir = session.userDataDir;
    try {
      await expect(
        session.withPage(async () => {
          throw new Error("jobbet gick fel");
        }),
      ).rejects.toThrow("jobbet gick fel");
      expect(await session.withPage(async (page) => page.evaluate(() => 1 + 1))).toBe(2);
    } finally {
      await session.close();
    }
    expectGone(pid, dir);
  });

  it("relaunches a browser that died, once, and retries the job that was running", async () => {
    const session = await BrowserSession.open({ poolSize: 1 });
    const firstPid = session.pid as number;
    const firstDir = session.userDataDir;
    let secondPid: number | undefined;
    let secondDir: string | undefined;
    try {
      // Died between jobs.
      process.kill(-firstPid, "SIGKILL");
      expect(await session.withPage(async (page) => page.evaluate(() => "igen"))).toBe("igen");
      expect(session.relaunches).toBe(1);
      expect(alive(firstPid)).toBe(false);
      expect(firstDir !== undefined && existsSync(firstDir)).toBe(false);
      // Dies during a job: the job runs again on a new browser.
      secondPid = session.pid;
      secondDir = session.userDataDir;
      let calls = 0;
      const value = await session.withPage(async (page) => {
        calls++;
        if (calls === 1 && secondPid !== undefined) process.kill(-secondPid, "SIGKILL");
        await page.setContent("<p>hej</p>");
        return page.evaluate(() => document.body.textContent);
      });
      expect(value).toBe("hej");
      expect(calls).toBe(2);
      expect(session.relaunches).toBe(2);
    } finally {
      await session.close();
    }
    expectGone(secondPid, secondDir);
  });
});

/** Transpiles the module and the local modules it imports (at run time) into a folder a child node can run. */
async function buildChild(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "kp-signal-"));
  const pending = ["src/render/browser.ts"];
  const done = new Set<string>();
  for (let rel = pending.pop(); rel !== undefined; rel = pending.pop()) {
    if (done.has(rel)) continue;
    done.add(rel);
    const source = readFileSync(path.join(root, rel), "utf8");
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    });
    const out = path.join(dir, rel.replace(/\.ts$/, ".js"));
    await mkdir(path.dirname(out), { recursive: true });
    await writeFile(out, outputText);
    for (const [, spec] of outputText.matchAll(/from "(\.{1,2}\/[^"]+)\.js"/g)) {
      pending.push(path.posix.join(path.posix.dirname(rel), `${spec}.ts`));
    }
  }
  await writeFile(path.join(dir, "package.json"), '{"type":"module"}\n');
  await symlink(path.join(root, "node_modules"), path.join(dir, "node_modules"), "dir");
  await writeFile(
    path.join(dir, "child.js"),
    [
      'import { BrowserSession } from "./src/render/browser.js";',
      "const session = await BrowserSession.open({ poolSize: 1, browser: process.env.KP_BROWSER });",
      'await session.withPage(async (page) => page.setContent("<p>hej</p>"));',
      "console.log(JSON.stringify({ pid: session.pid, dir: session.userDataDir }));",
      "setInterval(() => {}, 1000);",
    ].join("\n"),
  );
  return dir;
}

describe.skipIf(!found)(`signals${skipReason}`, () => {
  let dir: string;
  beforeAll(async () => {
    dir = await buildChild();
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    it(`${signal}: closes the browser, then dies of the signal as usual`, async () => {
      const child = spawn(process.execPath, ["child.js"], {
        cwd: dir,
        env: { ...process.env, KP_BROWSER: found?.path },
        stdio: ["ignore", "pipe", "inherit"],
      });
      const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
        child.once("exit", (code, sig) => resolve({ code, signal: sig })),
      );
      const lines = createInterface({ input: child.stdout });
      const first = await new Promise<string>((resolve) => lines.once("line", resolve));
      const info = JSON.parse(first) as { pid: number; dir: string };
      expect(alive(info.pid)).toBe(true);
      child.kill(signal);
      // Exit status 130 for SIGINT in a shell: the process ends by the signal itself.
      expect(await exit).toEqual({ code: null, signal });
      expectGone(info.pid, info.dir);
    });
  }
});
