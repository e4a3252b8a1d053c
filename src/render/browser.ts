// The PDF stage's browser: find one, launch it once per run, hand out pages
// from a bounded pool, and make sure no Chromium process outlives the run
// (on success, on error, on Ctrl+C). Nothing here knows about releases: it
// takes finished HTML pages (see pdf.ts).
import type { ChildProcess } from "node:child_process";
import { constants as fsConstants, rmSync } from "node:fs";
import { access, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import puppeteer, { executablePath as puppeteerExecutablePath } from "puppeteer";
import type { Browser, HTTPRequest, Page } from "puppeteer";
import { messageFor, reasonFor } from "../catalogue.js";
import { errorFor, KommunpressError } from "../messages.js";

export type BrowserSource = "option" | "env" | "puppeteer-cache" | "system";

export interface FoundBrowser {
  path: string;
  source: BrowserSource;
}

export interface FindBrowserOptions {
  /** `--browser <path>`: must exist, no fallback. */
  explicit?: string;
  /** Environment to read `PUPPETEER_EXECUTABLE_PATH` and `PATH` from (default `process.env`). */
  env?: NodeJS.ProcessEnv;
  /** Replaces the puppeteer cache candidates (for tests). */
  cachePaths?: readonly string[];
  /** Replaces the fixed system locations (for tests). PATH is searched after them. */
  systemPaths?: readonly string[];
}

/** Fixed locations of Chromium/Chrome on Linux, in order of preference. */
export const SYSTEM_BROWSER_PATHS: readonly string[] = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome-stable",
  "/usr/bin/google-chrome",
  "/snap/bin/chromium",
];

/** Names looked up on PATH after the fixed locations. */
const PATH_NAMES: readonly string[] = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

async function isExecutableFile(file: string): Promise<boolean> {
  try {
    const s = await stat(file);
    if (!s.isFile()) return false;
    await access(file, fsConstants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function browserPathError(file: string, from: string): KommunpressError {
  return new KommunpressError([messageFor("browser-path", {}, file, from)], 2);
}

/** Where puppeteer's own download would be (Chrome, then chrome-headless-shell). */
function puppeteerCachePaths(env: NodeJS.ProcessEnv): string[] {
  const out: string[] = [];
  for (const get of [() => puppeteerExecutablePath(), () => puppeteerExecutablePath({ headless: "shell" })]) {
    try {
      const p = get();
      // puppeteer reads PUPPETEER_EXECUTABLE_PATH itself when it is imported;
      // that path is not its cache and was handled (or deliberately not set) above.
      if (p !== "" && p !== process.env.PUPPETEER_EXECUTABLE_PATH && p !== env.PUPPETEER_EXECUTABLE_PATH) out.push(p);
    } catch {
      // No cache configured: nothing to try.
    }
  }
  return out;
}

/**
 * Finds a Chromium or Chrome to print PDFs with. Order: the `--browser`
 * option, `PUPPETEER_EXECUTABLE_PATH`, puppeteer's cache, the usual system
 * locations, then PATH. A path the user named that does not exist is an
 * error, not a reason to quietly use another browser. Returns `undefined`
 * when nothing is found (see {@link browserMissingMessage}).
 */
export async function findBrowser(opts: FindBrowserOptions = {}): Promise<FoundBrowser | undefined> {
  const env = opts.env ?? process.env;
  if (opts.explicit !== undefined && opts.explicit !== "") {
    if (await isExecutableFile(opts.explicit)) return { path: opts.explicit, source: "option" };
    throw browserPathError(opts.explicit, "--browser");
  }
  const fromEnv = env.PUPPETEER_EXECUTABLE_PATH;
  if (fromEnv !== undefined && fromEnv !== "") {
    if (await isExecutableFile(fromEnv)) return { path: fromEnv, source: "env" };
    throw browserPathError(fromEnv, "PUPPETEER_EXECUTABLE_PATH");
  }
  for (const p of opts.cachePaths ?? puppeteerCachePaths(env)) {
    if (await isExecutableFile(p)) return { path: p, source: "puppeteer-cache" };
  }
  for (const p of opts.systemPaths ?? SYSTEM_BROWSER_PATHS) {
    if (await isExecutableFile(p)) return { path: p, source: "system" };
  }
  const dirs = (env.PATH ?? "").split(path.delimiter).filter((d) => d !== "");
  for (const name of PATH_NAMES) {
    for (const dir of dirs) {
      const p = path.join(dir, name);
      if (await isExecutableFile(p)) return { path: p, source: "system" };
    }
  }
  return undefined;
}

/** What to tell the user when no browser was found. */
export function browserMissingMessage(): string {
  return reasonFor("browser-missing");
}

export interface LaunchOptions {
  /** Time-out for each DevTools protocol call (default 60 s). */
  protocolTimeoutMs?: number;
  /** Time-out for the browser to start (default 30 s). */
  launchTimeoutMs?: number;
}

/** Arguments beyond puppeteer's defaults (which already include most of these). */
export function launchArgs(): string[] {
  const args = [
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-sync",
  ];
  // Chromium refuses to start its sandbox as root; elsewhere keep it.
  if (process.getuid?.() === 0) args.push("--no-sandbox");
  return args;
}

function userDataDirOf(browser: Browser): string | undefined {
  const arg = browser.process()?.spawnargs.find((a) => a.startsWith("--user-data-dir="));
  return arg?.slice("--user-data-dir=".length);
}

function removeDir(dir: string): void {
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  } catch {
    // A leftover temp dir is not worth failing a run over.
  }
}

/** Temporary profiles are named so that a later run can find the ones a killed run left. */
export const PROFILE_PREFIX = "kommunpress-chromium-";
/** The file in a profile that names the kommunpress process that made it. */
const OWNER_FILE = "kommunpress-owner";

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but is someone else's.
    return typeof error === "object" && error !== null && "code" in error && error.code === "EPERM";
  }
}

/**
 * Removes the temporary profiles of kommunpress runs that were killed (their
 * owner process is gone). A profile of a run still going, or one without an
 * owner file (not ours to judge), is left alone.
 */
export async function removeStaleProfiles(tmp: string = os.tmpdir()): Promise<string[]> {
  let names: string[];
  try {
    names = (await readdir(tmp)).filter((n) => n.startsWith(PROFILE_PREFIX));
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const dir = path.join(tmp, name);
    const owner = Number.parseInt(await readFile(path.join(dir, OWNER_FILE), "utf8").catch(() => ""), 10);
    if (!Number.isInteger(owner) || owner <= 0 || alive(owner)) continue;
    await rm(dir, { recursive: true, force: true, maxRetries: 3 }).catch(() => undefined);
    removed.push(dir);
  }
  return removed;
}

/**
 * Starts a headless browser with a fresh temporary profile, which is removed
 * when the browser process exits (and by the next run's
 * {@link removeStaleProfiles} if this process is killed first). Talks to it over a pipe (no debugging port
 * open on the machine). Signals are not handled here: {@link BrowserSession}
 * owns them.
 */
export async function launchBrowser(executable: string, opts: LaunchOptions = {}): Promise<Browser> {
  await removeStaleProfiles();
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), PROFILE_PREFIX));
  await writeFile(path.join(userDataDir, OWNER_FILE), String(process.pid));
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      executablePath: executable,
      headless: true,
      pipe: true,
      args: launchArgs(),
      userDataDir,
      protocolTimeout: opts.protocolTimeoutMs ?? 60_000,
      timeout: opts.launchTimeoutMs ?? 30_000,
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
  } catch (error) {
    removeDir(userDataDir);
    const detail = error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
    throw new KommunpressError([messageFor("browser-launch", {}, executable, detail)], 1, { cause: error });
  }
  const child = browser.process();
  if (child === null || child.exitCode !== null || child.signalCode !== null) removeDir(userDataDir);
  // Synchronous, so the profile is gone by the time browser.close() resolves.
  else child.once("exit", () => removeDir(userDataDir));
  return browser;
}

function exited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (exited(child)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.off("exit", onExit);
      resolve(exited(child));
    }, ms);
    const onExit = (): void => {
      clearTimeout(timer);
      resolve(true);
    };
    child.once("exit", onExit);
  });
}

/** SIGKILLs the browser's whole process group (puppeteer starts it detached). */
function killNow(child: ChildProcess | null): void {
  if (child === null || child.pid === undefined || exited(child)) return;
  try {
    process.kill(-child.pid, "SIGKILL");
  } catch {
    try {
      child.kill("SIGKILL");
    } catch {
      // Already gone.
    }
  }
}

/** Closes a browser; kills it if closing takes longer than `ms`. Never throws. */
async function closeBrowser(browser: Browser, ms: number): Promise<void> {
  const child = browser.process();
  let timer: NodeJS.Timeout | undefined;
  const closed = await Promise.race([
    browser.close().then(
      () => true,
      () => false,
    ),
    new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), ms);
    }),
  ]);
  clearTimeout(timer);
  if (child === null) return;
  if (!closed || !exited(child)) {
    // Renderer and zygote processes share the group: kill them all.
    killNow(child);
    await waitForExit(child, ms);
  }
}

export interface RequestEvent {
  url: string;
  /** Only `data:` and `about:blank` are let through; everything else is aborted. */
  allowed: boolean;
}

export interface BrowserSessionOptions extends LaunchOptions, Omit<FindBrowserOptions, "explicit"> {
  /** `--browser <path>`. */
  browser?: string;
  /** Pages rendering at once (default: available cores, 1–4). */
  poolSize?: number;
  /** How long close() waits before it kills the browser (default 5 s). */
  closeTimeoutMs?: number;
  /** Relaunches allowed per session after the browser died (default 3). */
  maxRelaunches?: number;
  /** Called for every request a page makes, allowed or not. */
  onRequest?: (event: RequestEvent) => void;
  /**
   * Close the browser on the first Ctrl-C / SIGTERM / SIGHUP (default true).
   * False when the owner handles the signals itself and lets the PDFs in
   * flight finish; it then closes the session, or kills it
   * ({@link BrowserSession.killNow}) on a second signal.
   */
  handleSignals?: boolean;
}

export function defaultPoolSize(): number {
  return Math.max(1, Math.min(4, os.availableParallelism()));
}

// Signal handling is process-wide: one listener per signal for all open
// sessions, installed while at least one is open.
const SIGNALS: readonly NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];
const openSessions = new Set<BrowserSession>();
/** Open sessions whose owner handles signals (see BrowserSessionOptions.handleSignals). */
const ownerHandled = new WeakSet<BrowserSession>();
let handlingSignal = false;

let installed = false;

function removeSignalHandlers(): void {
  for (const s of SIGNALS) process.off(s, onSignal);
  installed = false;
}

function onSignal(signal: NodeJS.Signals): void {
  const sessions = [...openSessions].filter((s) => !ownerHandled.has(s));
  if (sessions.length === 0) return;
  if (handlingSignal) {
    // Second Ctrl+C while closing: kill at once, then die as asked.
    for (const s of sessions) s.killNow();
    removeSignalHandlers();
    process.kill(process.pid, signal);
    return;
  }
  handlingSignal = true;
  void Promise.allSettled(sessions.map((s) => s.close())).then(() => {
    handlingSignal = false;
    removeSignalHandlers();
    // With our handler gone the default action applies (SIGINT: exit status
    // 130). If the program has its own handler, it got the signal already.
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  });
}

/** Sessions that close themselves on a signal: the handler is installed while there is one. */
function signalHandled(): number {
  return [...openSessions].filter((s) => !ownerHandled.has(s)).length;
}

function track(session: BrowserSession): void {
  openSessions.add(session);
  if (!installed && signalHandled() > 0) {
    for (const s of SIGNALS) process.on(s, onSignal);
    installed = true;
  }
}

function untrack(session: BrowserSession): void {
  openSessions.delete(session);
  if (signalHandled() === 0 && !handlingSignal) removeSignalHandlers();
}

/** Whether a page's renderer crashed while a job ran (Chromium's "Page crashed!"). */
interface CrashWatch {
  /** Rejects when the page crashes; never resolves. */
  crashed: Promise<never>;
  /** After a failure: waits briefly for the crash to be reported, then tells whether it was one. */
  settle(): Promise<boolean>;
  dispose(): void;
}

const CRASH_GRACE_MS = 250;

function watchCrash(page: Page): CrashWatch {
  let crashed = false;
  let fail: (error: Error) => void = () => undefined;
  const promise = new Promise<never>((_, reject) => {
    fail = reject;
  });
  promise.catch(() => undefined);
  const onError = (error: Error): void => {
    crashed = true;
    fail(error);
  };
  page.on("error", onError);
  const dispose = (): void => {
    page.off("error", onError);
  };
  const settle = async (): Promise<boolean> => {
    if (!crashed) await Promise.race([promise.catch(() => undefined), new Promise((r) => setTimeout(r, CRASH_GRACE_MS))]);
    dispose();
    return crashed;
  };
  return { crashed: promise, settle, dispose };
}

function pageCrashedError(cause: unknown): KommunpressError {
  return new KommunpressError(
    [messageFor("page-crashed", {})],
    1,
    { cause },
  );
}

function sessionClosedError(): KommunpressError {
  return errorFor("browser-closed", {});
}

/**
 * The one owner of the browser for a run. Pages come from a bounded pool and
 * are reused between jobs; each page has JavaScript off, the network off, and
 * every request other than `data:` and `about:blank` aborted. If Chromium
 * dies, the next job relaunches it and a job that was running retries once.
 *
 * ```ts
 * const session = await BrowserSession.open({ browser: opts.browser });
 * try { await renderPdf(session, html, meta) } finally { await session.close() }
 * ```
 */
export class BrowserSession {
  readonly executable: string;
  readonly source: BrowserSource;
  readonly poolSize: number;
  #browser: Browser;
  #launch: LaunchOptions;
  #closeTimeoutMs: number;
  #maxRelaunches: number;
  #relaunches = 0;
  #relaunching: Promise<Browser> | undefined;
  #onRequest: ((event: RequestEvent) => void) | undefined;
  #idle: Page[] = [];
  #active = 0;
  #waiting: (() => void)[] = [];
  #closing: Promise<void> | undefined;

  private constructor(found: FoundBrowser, browser: Browser, opts: BrowserSessionOptions) {
    this.executable = found.path;
    this.source = found.source;
    this.poolSize = Math.max(1, Math.floor(opts.poolSize ?? defaultPoolSize()));
    this.#browser = browser;
    this.#launch = { protocolTimeoutMs: opts.protocolTimeoutMs, launchTimeoutMs: opts.launchTimeoutMs };
    this.#closeTimeoutMs = opts.closeTimeoutMs ?? 5_000;
    this.#maxRelaunches = opts.maxRelaunches ?? 3;
    this.#onRequest = opts.onRequest;
  }

  /** Finds and launches the browser; throws a Swedish error if there is none. */
  static async open(opts: BrowserSessionOptions = {}): Promise<BrowserSession> {
    const found = await findBrowser({
      explicit: opts.browser,
      env: opts.env,
      cachePaths: opts.cachePaths,
      systemPaths: opts.systemPaths,
    });
    if (found === undefined) {
      throw errorFor("browser-missing", {});
    }
    const browser = await launchBrowser(found.path, opts);
    const session = new BrowserSession(found, browser, opts);
    if (opts.handleSignals === false) ownerHandled.add(session);
    track(session);
    return session;
  }

  /** Process id of the running browser (for diagnostics and tests). */
  get pid(): number | undefined {
    return this.#browser.process()?.pid;
  }

  /** The temporary profile of the running browser. */
  get userDataDir(): string | undefined {
    return userDataDirOf(this.#browser);
  }

  get closed(): boolean {
    return this.#closing !== undefined;
  }

  /** How often the browser was relaunched after it died. */
  get relaunches(): number {
    return this.#relaunches;
  }

  /**
   * Runs `fn` with a page from the pool. The page goes back to the pool when
   * `fn` succeeds and is thrown away when it fails.
   */
  async withPage<T>(fn: (page: Page) => Promise<T>): Promise<T> {
    await this.#acquire();
    try {
      for (let attempt = 0; ; attempt++) {
        const browser = await this.#liveBrowser();
        let page: Page | undefined;
        let crash: CrashWatch | undefined;
        try {
          page = this.#idle.pop() ?? (await this.#newPage(browser));
          crash = watchCrash(page);
          const result = await Promise.race([fn(page), crash.crashed]);
          crash.dispose();
          if (!this.closed && browser === this.#browser && browser.connected && !page.isClosed()) {
            this.#idle.push(page);
          } else {
            void page.close().catch(() => undefined);
          }
          return result;
        } catch (error) {
          // A killed renderer makes the job fail first and says so a moment later.
          const crashed = crash !== undefined && (await crash.settle());
          // Let a crashed page go before the retry opens another.
          const closing = page?.close().catch(() => undefined);
          if (crashed && closing !== undefined) await Promise.race([closing, new Promise((r) => setTimeout(r, 2_000))]);
          const child = browser.process();
          const died = !browser.connected || (child !== null && exited(child));
          if (attempt === 0 && (died || crashed) && !this.closed) continue;
          if (crashed) throw pageCrashedError(error);
          throw error;
        }
      }
    } finally {
      this.#release();
    }
  }

  /** Closes the browser (kills it if that hangs). Safe to call more than once. */
  close(): Promise<void> {
    if (this.#closing === undefined) {
      this.#closing = (async () => {
        try {
          const relaunching = this.#relaunching;
          if (relaunching !== undefined) await relaunching.catch(() => undefined);
          this.#idle = [];
          await closeBrowser(this.#browser, this.#closeTimeoutMs);
        } finally {
          untrack(this);
          // Jobs still waiting for a page fail at once.
          for (const wake of this.#waiting.splice(0)) wake();
        }
      })();
    }
    return this.#closing;
  }

  /** Synchronous last resort (second Ctrl+C): SIGKILL, remove the profile. */
  killNow(): void {
    const dir = this.userDataDir;
    killNow(this.#browser.process());
    if (dir !== undefined) removeDir(dir);
  }

  #acquire(): Promise<void> {
    if (this.closed) return Promise.reject(sessionClosedError());
    if (this.#active < this.poolSize) {
      this.#active++;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      this.#waiting.push(() => (this.closed ? reject(sessionClosedError()) : resolve()));
    });
  }

  #release(): void {
    const next = this.#waiting.shift();
    if (next !== undefined) next();
    else this.#active--;
  }

  async #liveBrowser(): Promise<Browser> {
    if (this.closed) throw sessionClosedError();
    if (this.#browser.connected) return this.#browser;
    if (this.#relaunching === undefined) {
      this.#relaunching = this.#relaunch().finally(() => {
        this.#relaunching = undefined;
      });
    }
    return this.#relaunching;
  }

  async #relaunch(): Promise<Browser> {
    if (this.#relaunches >= this.#maxRelaunches) {
      throw errorFor("browser-crashed", {}, this.executable, this.#relaunches + 1);
    }
    this.#relaunches++;
    this.#idle = [];
    // Reap whatever is left of the dead browser before starting a new one.
    await closeBrowser(this.#browser, this.#closeTimeoutMs);
    const browser = await launchBrowser(this.executable, this.#launch);
    if (this.closed) {
      await closeBrowser(browser, this.#closeTimeoutMs);
      throw sessionClosedError();
    }
    this.#browser = browser;
    return browser;
  }

  async #newPage(browser: Browser): Promise<Page> {
    const page = await browser.newPage();
    try {
      await page.setJavaScriptEnabled(false);
      await page.setRequestInterception(true);
      page.on("request", (request: HTTPRequest) => this.#intercept(request));
      await page.setOfflineMode(true);
      return page;
    } catch (error) {
      // Never hand out a page that is only half locked down.
      void page.close().catch(() => undefined);
      throw error;
    }
  }

  #intercept(request: HTTPRequest): void {
    if (request.isInterceptResolutionHandled()) return;
    const url = request.url();
    const allowed = url.startsWith("data:") || url === "about:blank";
    try {
      this.#onRequest?.({ url, allowed });
    } catch {
      // A logging callback must not stall the page.
    }
    const done = allowed ? request.continue() : request.abort("blockedbyclient");
    void done.catch(() => undefined);
  }
}
