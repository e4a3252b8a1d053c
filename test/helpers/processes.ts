// Which processes a test's own run started (Linux /proc), so that a check for
// "no browser left running" looks at those alone and not at every Chromium on
// the machine (another test run, or a user's browser, may be running too).
import { readdirSync, readFileSync } from "node:fs";

export interface ProcessInfo {
  pid: number;
  /** "R", "S", … ; "Z" is a zombie: it has exited and only waits to be reaped. */
  state: string;
  ppid: number;
  /** Process group (puppeteer starts Chromium as the leader of its own group). */
  pgrp: number;
  /** Start time in clock ticks since boot: with the pid, names one process even if the pid is reused. */
  start: number;
  cmdline: string;
}

function readProcess(pid: number): ProcessInfo | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "latin1");
    // "pid (comm) state ppid pgrp …": comm may hold spaces and parentheses.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, "latin1").replace(/\0/g, " ");
    return { pid, state: fields[0] ?? "", ppid: Number(fields[1]), pgrp: Number(fields[2]), start: Number(fields[19]), cmdline };
  } catch {
    return null; // Gone while we looked.
  }
}

export function processTable(): ProcessInfo[] {
  const out: ProcessInfo[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const p = readProcess(Number(entry));
    if (p) out.push(p);
  }
  return out;
}

/** True while `pid` runs (a zombie, exited but not yet reaped, does not count). */
export function alive(pid: number): boolean {
  const state = readProcess(pid)?.state;
  if (state === "Z" || state === "X") return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Processes whose command line mentions `needle`. */
export function processesMentioning(needle: string): number[] {
  return processTable()
    .filter((p) => p.cmdline.includes(needle))
    .map((p) => p.pid);
}

/**
 * `roots`, every process below them, and every process in their process
 * groups (a browser's helpers stay in its group even when re-parented).
 */
export function processFamily(roots: readonly number[], table: readonly ProcessInfo[] = processTable()): ProcessInfo[] {
  const pids = new Set(roots);
  // Only groups a process of ours leads: a root started without a group of
  // its own shares the test runner's, which is not ours to count.
  const leads = (p: ProcessInfo): boolean => p.pgrp === p.pid;
  const groups = new Set(table.filter((p) => pids.has(p.pid) && leads(p)).map((p) => p.pgrp));
  let grew = true;
  while (grew) {
    grew = false;
    for (const p of table) {
      if (pids.has(p.pid)) continue;
      if (pids.has(p.ppid) || groups.has(p.pgrp)) {
        pids.add(p.pid);
        if (leads(p)) groups.add(p.pgrp);
        grew = true;
      }
    }
  }
  return table.filter((p) => pids.has(p.pid));
}

/**
 * Records, while a run goes on, every process whose command line mentions
 * `needle` (e.g. the run's own temp folder, which the browser's profile is
 * in) together with its family. `stop()` ends the sampling and returns what
 * was seen; `leftovers()` then says which of those processes still run.
 */
export function trackProcesses(needle: string, everyMs = 50): { stop: () => ProcessInfo[]; leftovers: () => ProcessInfo[] } {
  const seen = new Map<string, ProcessInfo>();
  const sample = (): void => {
    const table = processTable();
    const roots = table.filter((p) => p.cmdline.includes(needle)).map((p) => p.pid);
    for (const p of processFamily(roots, table)) seen.set(`${p.pid}/${p.start}`, p);
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      sample();
      return [...seen.values()];
    },
    leftovers: () =>
      [...seen.values()].filter((p) => {
        const now = readProcess(p.pid);
        return now !== null && now.start === p.start && now.state !== "Z" && now.state !== "X";
      }),
  };
}
