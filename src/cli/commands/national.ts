// `kommunpress national <data>`: the national summary release (riket) in the
// chosen formats, written to out/<year>/riket/. Everything is rendered in
// memory first and written afterwards, so a failure leaves no half-written
// release behind.
import path from "node:path";
import { Command, Option } from "commander";
import type { Io } from "../io.js";
import { loadDataset } from "../../load/dataset.js";
import { formatMessage, KommunpressError, sortMessages } from "../../messages.js";
import { generateNational, loadNationalResources, renderNationalOutputs } from "../../kinds/national/release.js";
import { parseFormats } from "../../render/output.js";
import { writeFileAtomic } from "../../write/atomic.js";
import { openPdfPrinter } from "./pdf-printer.js";

interface NationalCliOptions {
  format: string;
  out: string;
  templates?: string;
  browser?: string;
}

export function nationalCommand(io: Io): Command {
  return new Command("national")
    .description("skapa pressmeddelandet om riket: snitt, förändring, högst och lägst och kommungrupper för alla deltagande kommuner")
    .argument("<data>", "datafil (YAML eller JSON) med alla deltagande kommuner")
    .addOption(
      new Option("-f, --format <format>", "format, kommaseparerade: md, html, pdf, json, docx (Word), png (diagram och delningsbild), web (webbtext) eller all").default("md,json"),
    )
    .option("-o, --out <mapp>", "mapp att skriva till", "out")
    .option("-t, --templates <mapp>", "egna mallar eller egen frasbank som ersätter de inbyggda")
    .option("--browser <sökväg>", "Chromium eller Chrome att skapa PDF med")
    .action(async (data: string, opts: NationalCliOptions) => {
      const formats = parseFormats(opts.format);
      const { dataset, messages } = await loadDataset(data);
      const resources = await loadNationalResources(opts.templates);
      const result = generateNational(dataset, { resources, file: data });
      // Warnings about single municipalities belong to their own releases.
      const warnings = sortMessages([
        ...messages.filter((w) => w.path === undefined || !w.path.startsWith("municipalities[")),
        ...result.warnings,
      ]);
      for (const w of warnings) io.stderr(`${formatMessage(w)}\n`);

      // The browser is only started (and puppeteer only loaded) for PDF.
      const printer = await openPdfPrinter(formats, opts.browser);
      const pdf = printer.pdf;
      let files;
      try {
        files = await renderNationalOutputs(dataset, result, {
          formats,
          html: resources.html,
          dataFile: data,
          ...(pdf ? { pdf } : {}),
        });
      } finally {
        await printer.close();
      }
      const dir = path.join(opts.out, String(dataset.survey.year), result.folder);
      for (const f of files) await writeFileAtomic(path.join(dir, f.name), f.data);
      for (const f of files) io.stdout(`Skrev ${path.join(dir, f.name)}\n`);
      if (files.length === 0) throw new KommunpressError([], 1);
    });
}
