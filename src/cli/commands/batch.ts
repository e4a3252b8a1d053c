// `kommunpress batch <data>`: every municipality's release, then
// out/<year>/index.html and manifest.json. Exit code 1 if any release failed,
// 130 when interrupted.
import path from "node:path";
import { Command, Option } from "commander";
import type { Io } from "../io.js";
import { runBatch, tallyOf, type BatchSummary, type BatchTally } from "../../write/batch.js";
import { MUNICIPALITY_KIND } from "../../kinds/municipality/kind.js";
import { formatMessage, KommunpressError, usageError } from "../../messages.js";
import { parseFormats } from "../../render/output.js";
import { formatNumber } from "../../phrase/swedish.js";
import { barProgress, formatDuration, lineProgress, quietProgress, type ProgressReporter } from "../../write/progress.js";
import { writeIndex } from "../../write/batch-index.js";

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
  if (!Number.isInteger(n) || n < 1) throw usageError(`${flag} ska vara ett heltal större än noll, inte "${value}"`);
  return n;
}

const plural = (n: number, one: string, many: string): string => `${formatNumber(n)} ${n === 1 ? one : many}`;

/** "264 pressmeddelanden på 12,3 s: 250 skapade, 10 oförändrade, 4 misslyckades; 180 med varningar." */
export function summaryLine(s: BatchTally, durationMs: number): string {
  const parts = [`${formatNumber(s.generated)} ${s.generated === 1 ? "skapat" : "skapade"}`];
  parts.push(`${formatNumber(s.unchanged)} oförändrade`);
  parts.push(`${formatNumber(s.failed)} misslyckades`);
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
  const m = municipalities;
  if (m.generated === 0 && m.failed === 0 && m.notStarted === 0 && m.unchanged > 0 && others.every((e) => e.status === "unchanged")) {
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
        if (bad.length > 0) throw usageError(`--only: ${bad.join(", ")} är ingen kommunkod (fyra siffror)`);
      }

      let progress: ProgressReporter;
      if (opts.quiet) progress = quietProgress();
      else if (io.isTTY?.()) progress = barProgress(io.stderr, () => io.columns?.() ?? 80);
      else progress = lineProgress(io.stderr);

      // Ctrl-C: finish the releases in flight, save the manifest, say where we are.
      const controller = new AbortController();
      const onSigint = (): void => {
        if (controller.signal.aborted) return;
        controller.abort();
        progress.log("Avbryter: pågående pressmeddelanden avslutas, inga nya påbörjas …");
      };
      process.on("SIGINT", onSigint);
      process.on("SIGTERM", onSigint);
      let summary: BatchSummary;
      try {
        summary = await runBatch({
          data,
          formats,
          out: opts.out,
          progress,
          signal: controller.signal,
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
        process.off("SIGINT", onSigint);
        process.off("SIGTERM", onSigint);
      }
      for (const m of summary.messages) io.stderr(`${formatMessage(m)}\n`);
      const indexFile = await writeIndex(summary, { data, ...(opts.templates !== undefined ? { templates: opts.templates } : {}) });

      reportBatch(io, summary);
      if (summary.browserRelaunches > 0) {
        io.stdout(`Webbläsaren startades om ${summary.browserRelaunches} ${summary.browserRelaunches === 1 ? "gång" : "gånger"} under körningen.\n`);
      }
      io.stdout(`Översikt: ${path.join(summary.dir, path.basename(indexFile))}\n`);
      if (summary.interrupted) {
        io.stderr("Avbruten. Kör samma kommando igen för att göra klart resten.\n");
        throw new KommunpressError([], 130);
      }
      if (summary.failed.length > 0) throw new KommunpressError([], 1);
    });
}
