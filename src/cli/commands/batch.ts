// `kommunpress batch <data>`: every municipality's release, then
// out/<year>/index.html and manifest.json. Exit code 1 if any release failed
// or the output folder could not be written to, 130 when interrupted by
// Ctrl-C, 143 by SIGTERM. The first signal lets the releases in flight
// finish; a second one ends the run at once.
import path from "node:path";
import { Command, Option } from "commander";
import type { Io } from "../io.js";
import { nothingHappened, runBatch, tallyOf, type BatchSummary, type BatchTally } from "../../write/batch.js";
import { MUNICIPALITY_KIND } from "../../kinds/municipality/kind.js";
import { formatMessage, KommunpressError, usageErrorFor } from "../../messages.js";
import { parseFormats } from "../../render/output.js";
import { formatNumber } from "../../phrase/swedish.js";
import { killStartedBrowsers } from "../../render/printer.js";
import { barProgress, formatDuration, lineProgress, quietProgress, type ProgressReporter } from "../../write/progress.js";
import { handEditKept } from "../../write/batch-messages.js";
import { releaseLabel } from "../../write/kind-run.js";
import { releaseHeldLocksSync } from "../../write/lock.js";

interface BatchCliOptions {
  editorial?: string;
  only?: string;
  format: string;
  concurrency?: string;
  out: string;
  templates?: string;
  browser?: string;
  pdfTimeout?: string;
  force?: boolean;
  quiet?: boolean;
  national?: boolean;
}

function positiveInt(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw usageErrorFor("usage/positive-integer", flag, value);
  return n;
}

const plural = (n: number, one: string, many: string): string => `${formatNumber(n)} ${n === 1 ? one : many}`;

/** "264 pressmeddelanden på 12,3 s: 250 skapade, 10 oförändrade, 4 misslyckades; 180 med varningar." */
export function summaryLine(s: BatchTally, durationMs: number): string {
  const parts = [`${formatNumber(s.generated)} ${s.generated === 1 ? "skapat" : "skapade"}`];
  parts.push(`${formatNumber(s.unchanged)} oförändrade`);
  parts.push(`${formatNumber(s.failed)} misslyckades`);
  if (s.notWritten > 0) parts.push(`${formatNumber(s.notWritten)} kunde inte skrivas`);
  if (s.notStarted > 0) parts.push(`${formatNumber(s.notStarted)} inte påbörjade`);
  const warn = s.withWarnings > 0 ? `; ${formatNumber(s.withWarnings)} med varningar` : "";
  return `${plural(s.total, "pressmeddelande", "pressmeddelanden")} på ${formatDuration(durationMs)}: ${parts.join(", ")}${warn}.`;
}

/**
 * What the run did, for the terminal: the municipalities' failures, a line
 * counting their releases, then one line for each other release (riket).
 */
export function reportBatch(io: Io, summary: BatchSummary): void {
  const municipalities = tallyOf(summary, MUNICIPALITY_KIND);
  const others = summary.entries.filter((e) => e.kind !== MUNICIPALITY_KIND);
  for (const f of summary.failed.filter((x) => x.kind === MUNICIPALITY_KIND)) {
    io.stderr(`Misslyckades: ${f.code ?? "?"} ${f.name ?? ""}: ${f.reason}\n`);
  }
  // The disk error, once, however many releases it stopped.
  if (summary.stopped) io.stderr(`${formatMessage(summary.stopped)}\n`);
  for (const e of summary.entries) {
    for (const kept of e.edited) io.stderr(`${handEditKept(releaseLabel(e.kind, e.code, e.name), kept).text}\n`);
  }
  const m = municipalities;
  if (nothingHappened(summary) && m.unchanged > 0 && others.every((e) => e.status === "unchanged")) {
    io.stdout(`Inget har ändrats: alla ${plural(m.unchanged, "pressmeddelande", "pressmeddelanden")} är redan aktuella.\n`);
  }
  io.stdout(`${summaryLine(municipalities, summary.durationMs)}\n`);
  for (const e of others) {
    if (e.status === "failed") io.stderr(`Misslyckades: ${e.code}: ${e.error ?? "okänt fel"}\n`);
    else io.stdout(`${e.name}: ${e.status === "generated" ? "skapat" : "oförändrat"}.\n`);
  }
}

export function batchCommand(io: Io): Command {
  return new Command("batch")
    .description("skapa pressmeddelanden för alla kommuner i en datafil, med index.html och manifest.json")
    .argument("<data>", "datafil (YAML eller JSON)")
    .option("-e, --editorial <mapp>", "mapp med redaktionellt innehåll, en fil per kommun (<kod>.yaml)")
    .option("--only <koder>", "bara dessa kommuner, kommaseparerade koder (0126,0180)")
    .addOption(new Option("-f, --format <format>", "format, kommaseparerade: md, html, pdf, json, docx (Word), png (diagram och delningsbild), web (webbtext) eller all").default("all"))
    .option("-c, --concurrency <n>", "antal pressmeddelanden som görs samtidigt (standard: antal processorkärnor)")
    .option("-o, --out <mapp>", "mapp att skriva till", "out")
    .option("-t, --templates <mapp>", "egna mallar eller egen frasbank som ersätter de inbyggda")
    .option("--browser <sökväg>", "Chromium eller Chrome att skapa PDF med")
    .option("--pdf-timeout <sekunder>", "längsta tid för en PDF innan den görs om en gång", "30")
    .option("--national", "skapa också pressmeddelandet om riket (out/<år>/riket/)")
    .option("--force", "gör om alla, även de som redan är aktuella")
    .option("-q, --quiet", "skriv bara fel och sammanfattning")
    .action(async (data: string, opts: BatchCliOptions) => {
      const formats = parseFormats(opts.format);
      const concurrency = positiveInt(opts.concurrency, "--concurrency");
      const pdfTimeout = positiveInt(opts.pdfTimeout, "--pdf-timeout");
      const only = opts.only
        ?.split(",")
        .map((c) => c.trim())
        .filter((c) => c !== "");
      if (only) {
        const bad = only.filter((c) => !/^\d{4}$/.test(c));
        if (bad.length > 0) throw usageErrorFor("usage/only-code", bad);
      }

      let progress: ProgressReporter;
      if (opts.quiet) progress = quietProgress();
      else if (io.isTTY?.()) progress = barProgress(io.stderr, () => io.columns?.() ?? 80);
      else progress = lineProgress(io.stderr);

      const signals = batchSignals((line) => (opts.quiet ? io.stderr(`${line}\n`) : progress.log(line)));
      let summary: BatchSummary;
      try {
        summary = await runBatch({
          data,
          formats,
          out: opts.out,
          progress,
          signal: signals.signal,
          ...(opts.editorial !== undefined ? { editorial: opts.editorial } : {}),
          ...(only ? { only } : {}),
          ...(opts.templates !== undefined ? { templates: opts.templates } : {}),
          ...(concurrency !== undefined ? { concurrency } : {}),
          ...(opts.browser !== undefined ? { browser: opts.browser } : {}),
          ...(pdfTimeout !== undefined ? { pdfTimeoutMs: pdfTimeout * 1000 } : {}),
          ...(opts.force ? { force: true } : {}),
          ...(opts.national ? { national: true } : {}),
        });
      } finally {
        signals.dispose();
      }
      for (const m of summary.messages) io.stderr(`${formatMessage(m)}\n`);

      reportBatch(io, summary);
      if (summary.browserRelaunches > 0) {
        io.stdout(`Webbläsaren startades om ${summary.browserRelaunches} ${summary.browserRelaunches === 1 ? "gång" : "gånger"} under körningen.\n`);
      }
      if (summary.index !== null) io.stdout(`Översikt: ${path.join(summary.dir, path.basename(summary.index))}\n`);
      if (summary.interrupted) {
        io.stderr("Avbruten. Kör samma kommando igen för att göra klart resten.\n");
        throw new KommunpressError([], signals.received() === "SIGTERM" ? 143 : 130);
      }
      if (summary.failed.length > 0 || summary.stopped !== null) throw new KommunpressError([], 1);
    });
}

/**
 * Ctrl-C and SIGTERM during a batch. The first one aborts `signal`: nothing
 * new is started, the releases in flight finish (each PDF bounded by
 * --pdf-timeout), the manifest and index are written. A second one kills the
 * browser, lets go of the output folder's lock and ends the process at once
 * with the signal's own exit status.
 */
export function batchSignals(say: (line: string) => void): { signal: AbortSignal; received(): NodeJS.Signals | null; dispose(): void } {
  const controller = new AbortController();
  let first: NodeJS.Signals | null = null;
  const handler = (sig: NodeJS.Signals): void => {
    if (first !== null) {
      dispose();
      killStartedBrowsers();
      releaseHeldLocksSync();
      process.kill(process.pid, sig);
      return;
    }
    first = sig;
    controller.abort();
    say("Avbryter: pågående pressmeddelanden görs klart, inga nya påbörjas. Tryck Ctrl-C igen för att avbryta direkt.");
  };
  const dispose = (): void => {
    process.off("SIGINT", handler);
    process.off("SIGTERM", handler);
  };
  process.on("SIGINT", handler);
  process.on("SIGTERM", handler);
  return { signal: controller.signal, received: () => first, dispose };
}
