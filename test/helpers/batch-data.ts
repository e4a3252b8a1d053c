// Shared by the batch tests: temp folders, the Huddinge example with six
// neighbours (made-up figures), the manifest of a run, and the built CLI as
// a real child process (for signals, locks and disks).
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse, stringify } from "yaml";
import { Manifest } from "../../src/write/manifest.js";

export const tmp = (): Promise<string> => mkdtemp(path.join(tmpdir(), "kp-batch-"));

const TOWNS: [string, string, string][] = [
  ["0114", "Upplands Väsby", "Upplands Väsby kommun"],
  ["0115", "Vallentuna", "Vallentuna kommun"],
  ["0117", "Österåker", "Österåkers kommun"],
  ["0120", "Värmdö", "Värmdö kommun"],
  ["0123", "Järfälla", "Järfälla kommun"],
  ["0125", "Ekerö", "Ekerö kommun"],
];

export interface RawData {
  municipalities: Record<string, unknown>[];
}

/** The Huddinge example plus six neighbours with made-up figures; `edit` may change the raw data. */
export async function dataset(edit?: (raw: RawData) => void, file?: string): Promise<string> {
  const raw = parse(await readFile("data/exempel/huddinge-2019.yaml", "utf8")) as RawData;
  const huddinge = raw.municipalities[0] as { results: Record<string, Record<string, number>> };
  TOWNS.forEach(([code, name, officialName], i) => {
    const shift = (v: number): number => Math.max(0, Math.min(100, v - 3 * i + 4));
    const results = Object.fromEntries(
      Object.entries(huddinge.results).map(([year, r]) => [
        year,
        Object.fromEntries(Object.entries(r).map(([k, v]) => [k, k === "epost-svarstid" ? v + i : shift(v)])),
      ]),
    );
    raw.municipalities.push({ code, name, officialName, group: "A2", results });
  });
  edit?.(raw);
  const target = file ?? path.join(await tmp(), "data.yaml");
  await writeFile(target, stringify(raw));
  return target;
}

export async function manifestOf(out: string): Promise<Manifest> {
  return Manifest.parse(JSON.parse(await readFile(path.join(out, "2019", "manifest.json"), "utf8")));
}

export interface Child {
  process: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves once stderr matches `re`. */
  waitFor(re: RegExp): Promise<void>;
  /** The exit code, or 128 + the signal's number when a signal ended it. */
  exited: Promise<number>;
}

const SIGNAL_NUMBERS: Record<string, number> = { SIGINT: 2, SIGKILL: 9, SIGTERM: 15 };

/** `node dist/cli/main.js …args` as a child process. */
export function spawnCli(args: readonly string[], env?: NodeJS.ProcessEnv): Child {
  const child = spawn(process.execPath, ["dist/cli/main.js", ...args], { stdio: ["ignore", "pipe", "pipe"], ...(env ? { env: { ...process.env, ...env } } : {}) });
  let out = "";
  let err = "";
  const waiters: { re: RegExp; resolve: () => void }[] = [];
  child.stdout.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr.on("data", (d: Buffer) => {
    err += d.toString();
    for (const w of waiters.filter((x) => x.re.test(err))) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve();
    }
  });
  const exited = new Promise<number>((resolve) => {
    child.on("close", (code, signal) => resolve(code ?? 128 + (signal ? (SIGNAL_NUMBERS[signal] ?? 0) : 0)));
  });
  return {
    process: child,
    stdout: () => out,
    stderr: () => err,
    waitFor: (re) =>
      re.test(err)
        ? Promise.resolve()
        : new Promise((resolve, reject) => {
            waiters.push({ re, resolve });
            void exited.then(() => reject(new Error(`exited before ${String(re)}:\n${err}`)));
          }),
    exited,
  };
}

/** Runs the built CLI to the end. */
export async function runCli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const c = spawnCli(args);
  const code = await c.exited;
  return { code, stdout: c.stdout(), stderr: c.stderr() };
}
