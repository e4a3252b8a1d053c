// `kommunpress generate <data>`: one municipality's release in the chosen
// formats. Everything is rendered in memory first and written afterwards, so a
// failure leaves no half-written release behind.
import path from "node:path";
import { Command, Option } from "commander";
import type { Io } from "../io.js";
import { loadDataset } from "../../load/dataset.js";
import { formatMessage, KommunpressError, sortMessages, usageError } from "../../messages.js";
import { parseFormats, renderOutputs } from "../../render/output.js";
import { findMunicipality, generateRelease, loadResources } from "../../kinds/municipality/release.js";
import { writeFileAtomic } from "../../write/atomic.js";
import { openPdfPrinter } from "./pdf-printer.js";

interface GenerateCliOptions {
  municipality?: string;
  format: string;
  out: string;
  editorial?: string;
  templates?: string;
  browser?: string;
}

export function generateCommand(io: Io): Command {
  return new Command("generate")
    .description("skapa pressmeddelandet för en kommun (Markdown, HTML, PDF, Word, bilder, webbtext och claims.json)")
    .argument("<data>", "datafil (YAML eller JSON)")
    .option("-m, --municipality <kod|namn>", "kommunens kod eller namn (behövs när filen har flera kommuner)")
    .addOption(
      new Option("-f, --format <format>", "format, kommaseparerade: md, html, pdf, json, docx (Word), png (diagram och delningsbild), web (webbtext) eller all").default("md,json"),
    )
    .option("-o, --out <mapp>", "mapp att skriva till", "out")
    .option("-e, --editorial <mapp>", "mapp med redaktionellt innehåll, en fil per kommun (<kod>.yaml)")
    .option("-t, --templates <mapp>", "egna mallar eller egen frasbank som ersätter de inbyggda")
    .option("--browser <sökväg>", "Chromium eller Chrome att skapa PDF med")
    .action(async (data: string, opts: GenerateCliOptions) => {
      const formats = parseFormats(opts.format);
      const { dataset, messages } = await loadDataset(data, opts.editorial ? { editorial: opts.editorial } : {});
      let m = dataset.municipalities[0];
      if (opts.municipality !== undefined) {
        m = findMunicipality(dataset, opts.municipality);
        if (!m) throw usageError(`kommunen "${opts.municipality}" finns inte i ${data}`);
      } else if (dataset.municipalities.length > 1) {
        throw usageError(
          `${data} har ${dataset.municipalities.length} kommuner; välj en med --municipality <kod|namn> (eller kör kommunpress batch)`,
        );
      }
      if (!m) throw usageError(`${data} har inga kommuner`);
      const resources = await loadResources(opts.templates);
      const result = generateRelease(dataset, m, { resources, file: data });
      const index = dataset.municipalities.indexOf(m);
      const warnings = sortMessages([
        ...messages.filter(
          (w) => w.path === undefined || !w.path.startsWith("municipalities[") || w.path.startsWith(`municipalities[${index}]`),
        ),
        ...result.warnings,
      ]);
      for (const w of warnings) io.stderr(`${formatMessage(w)}\n`);

      // The browser is only started (and puppeteer only loaded) for PDF.
      const printer = await openPdfPrinter(formats, opts.browser);
      const pdf = printer.pdf;
      let files;
      try {
        files = await renderOutputs(dataset, result, { formats, html: resources.html, dataFile: data, ...(pdf ? { pdf } : {}) });
      } finally {
        await printer.close();
      }
      const dir = path.join(opts.out, String(dataset.survey.year), result.folder);
      for (const f of files) await writeFileAtomic(path.join(dir, f.name), f.data);
      for (const f of files) io.stdout(`Skrev ${path.join(dir, f.name)}\n`);
      if (files.length === 0) throw new KommunpressError([], 1);
    });
}
