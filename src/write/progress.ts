// progress: how a batch tells the user where it is. On a terminal, one line
// redrawn in place (done/total, rate, time left, current municipality); in a
// log or pipe, a plain line per release; with --quiet, nothing.
import { formatNumber } from "../phrase/swedish.js";

export type ReleaseStatus = "generated" | "unchanged" | "failed";

export interface ProgressEvent {
  done: number;
  total: number;
  /** "0126 Huddinge" */
  label: string;
  status: ReleaseStatus;
  warnings: number;
}

export interface ProgressReporter {
  start(total: number): void;
  update(event: ProgressEvent): void;
  /** Prints a line above the bar (a failure, say) without garbling it. */
  log(line: string): void;
  stop(): void;
}

export const STATUS_WORDS: Record<ReleaseStatus, string> = {
  generated: "skapad",
  unchanged: "oförändrad",
  failed: "misslyckades",
};

/** "1 min 05 s", "12 s", "0,4 s". */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return "–";
  if (ms < 10_000) return `${formatNumber(Math.round(ms / 100) / 10)}\u00A0s`;
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}\u00A0s`;
  return `${Math.floor(s / 60)}\u00A0min ${String(s % 60).padStart(2, "0")}\u00A0s`;
}

export function quietProgress(): ProgressReporter {
  return { start: () => undefined, update: () => undefined, log: () => undefined, stop: () => undefined };
}

/** A plain line per release: `[12/264] 0126 Huddinge: skapad (1 varning)`. */
export function lineProgress(write: (s: string) => void): ProgressReporter {
  return {
    start: () => undefined,
    update(e) {
      const warn = e.warnings > 0 ? ` (${e.warnings} ${e.warnings === 1 ? "varning" : "varningar"})` : "";
      write(`[${e.done}/${e.total}] ${e.label}: ${STATUS_WORDS[e.status]}${warn}\n`);
    },
    log: (line) => write(`${line}\n`),
    stop: () => undefined,
  };
}

/** A bar redrawn in place on a terminal, at most every 100 ms. */
export function barProgress(write: (s: string) => void, columns: () => number, now: () => number = Date.now): ProgressReporter {
  let total = 0;
  let started = 0;
  let last: ProgressEvent | undefined;
  let drawnAt = 0;
  let shown = false;
  const draw = (force: boolean): void => {
    if (!last) return;
    const t = now();
    if (!force && t - drawnAt < 100 && last.done < total) return;
    drawnAt = t;
    const elapsed = Math.max(1, t - started);
    const rate = (last.done * 1000) / elapsed;
    const eta = rate > 0 ? ((total - last.done) / rate) * 1000 : Number.NaN;
    const width = 24;
    const filled = total > 0 ? Math.round((last.done / total) * width) : 0;
    const bar = `${"█".repeat(filled)}${"░".repeat(width - filled)}`;
    const text = `${bar} ${last.done}/${total}  ${formatNumber(Math.round(rate * 10) / 10)}/s  kvar ${formatDuration(eta)}  ${last.label}`;
    const max = Math.max(20, columns() - 1);
    write(`\r\u001B[2K${text.length > max ? text.slice(0, max) : text}`);
    shown = true;
  };
  return {
    start(n) {
      total = n;
      started = now();
    },
    update(e) {
      last = e;
      draw(false);
    },
    log(line) {
      if (shown) write("\r\u001B[2K");
      write(`${line}\n`);
      if (shown) draw(true);
    },
    stop() {
      if (shown) {
        draw(true);
        write("\n");
      }
    },
  };
}
