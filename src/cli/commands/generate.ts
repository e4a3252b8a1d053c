// `kommunpress generate <data>`: one municipality's release in the chosen
// formats (see one-release.ts).
import { Command, Option } from "commander";
import type { Io } from "../io.js";
import { loadDataset } from "../../load/dataset.js";
import { usageErrorFor } from "../../messages.js";
import { parseFormats } from "../../render/output.js";
import { municipalityKind, municipalityTarget } from "../../kinds/municipality/kind.js";
import { findMunicipality } from "../../kinds/municipality/release.js";
import { writeOneRelease } from "./one-release.js";

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
      const { dataset, messages } = await loadDataset(data, {
        ...(opts.editorial ? { editorial: opts.editorial } : {}),
        ...(opts.municipality !== undefined ? { municipality: opts.municipality } : {}),
      });
      let m = dataset.municipalities[0];
      if (opts.municipality !== undefined) {
        m = findMunicipality(dataset, opts.municipality);
        if (!m) throw usageErrorFor("usage/municipality-not-in-data", opts.municipality, data);
      } else if (dataset.municipalities.length > 1) {
        throw usageErrorFor("usage/several-municipalities", data, dataset.municipalities.length);
      }
      if (!m) throw usageErrorFor("usage/no-municipalities", data);
      const index = dataset.municipalities.indexOf(m);
      await writeOneRelease(io, {
        kind: municipalityKind,
        dataset,
        data,
        target: municipalityTarget(m),
        messages: messages.filter(
          (w) => w.path === undefined || !w.path.startsWith("municipalities[") || w.path.startsWith(`municipalities[${index}]`),
        ),
        formats,
        out: opts.out,
        ...(opts.templates ? { templates: opts.templates } : {}),
        ...(opts.browser ? { browser: opts.browser } : {}),
      });
    });
}
