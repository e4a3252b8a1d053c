// `kommunpress national <data>`: the national summary release (riket) in the
// chosen formats, written to out/<year>/riket/ (see one-release.ts).
import { Command, Option } from "commander";
import type { Io } from "../io.js";
import { loadDataset } from "../../load/dataset.js";
import { nationalKind, NATIONAL_TARGET } from "../../kinds/national/kind.js";
import { parseFormats } from "../../render/output.js";
import { writeOneRelease } from "./one-release.js";

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
      await writeOneRelease(io, {
        kind: nationalKind,
        dataset,
        data,
        target: NATIONAL_TARGET,
        // Warnings about single municipalities belong to their own releases.
        messages: messages.filter((w) => w.path === undefined || !w.path.startsWith("municipalities[")),
        formats,
        out: opts.out,
        ...(opts.templates ? { templates: opts.templates } : {}),
        ...(opts.browser ? { browser: opts.browser } : {}),
      });
    });
}
