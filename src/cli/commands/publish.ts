// `kommunpress publish <data>`: copies the releases approved in the preview,
// and only those whose inputs still match the approval, to a publish folder;
// says which were left out and why.
import path from "node:path";
import { Command, Option } from "commander";
import type { Io } from "../io.js";
import { formatMessage } from "../../messages.js";
import { parseFormats } from "../../render/output.js";
import { formatNumber } from "../../phrase/swedish.js";
import { publishApproved, type PublishResult } from "../../write/publish.js";
import { releaseLabel } from "../../write/kind-run.js";

interface PublishCliOptions {
  editorial?: string;
  out: string;
  to: string;
  format: string;
  templates?: string;
  browser?: string;
}

/** "2 publicerade, 5 överhoppade." */
export function publishSummary(r: PublishResult): string {
  const p = r.published.length;
  const s = r.skipped.length;
  return `${formatNumber(p)} ${p === 1 ? "publicerat" : "publicerade"}, ${formatNumber(s)} överhoppade.`;
}

export function publishCommand(io: Io): Command {
  return new Command("publish")
    .description("kopiera godkända pressmeddelanden (som inte ändrats sedan de godkändes) till en publiceringsmapp")
    .argument("<data>", "datafil (YAML eller JSON)")
    .option("-e, --editorial <mapp>", "mapp med redaktionellt innehåll, en fil per kommun (<kod>.yaml); standard: texter/ bredvid datafilen")
    .option("-o, --out <mapp>", "där batch skrev sina filer (en aktuell PDF därifrån kopieras i stället för att göras om)", "out")
    .option("--to <mapp>", "publiceringsmappen", "publicera")
    .addOption(new Option("-f, --format <format>", "format, kommaseparerade: md, html, pdf, json, docx (Word), png (diagram och delningsbild), web (webbtext) eller all").default("all"))
    .option("-t, --templates <mapp>", "egna mallar eller egen frasbank som ersätter de inbyggda")
    .option("--browser <sökväg>", "Chromium eller Chrome att skapa PDF med")
    .action(async (data: string, opts: PublishCliOptions) => {
      const formats = parseFormats(opts.format);
      const result = await publishApproved({
        data,
        out: opts.out,
        to: opts.to,
        formats,
        ...(opts.editorial !== undefined ? { editorial: opts.editorial } : {}),
        ...(opts.templates !== undefined ? { templates: opts.templates } : {}),
        ...(opts.browser !== undefined ? { browser: opts.browser } : {}),
      });
      for (const m of result.messages) io.stderr(`${formatMessage(m)}\n`);
      for (const p of result.published) {
        const pdf = p.pdfCopied === true ? ` (PDF:en kopierad från ${path.join(opts.out, String(result.year))})` : "";
        io.stdout(`Publicerade ${releaseLabel(p.kind, p.code, p.name)}: ${path.join(p.dir, path.sep)} ${p.files.join(", ")}${pdf}\n`);
      }
      for (const s of result.skipped) {
        const earlier = s.earlierCopy !== null ? `; en tidigare publicerad version ligger kvar i ${s.earlierCopy}` : "";
        io.stdout(`Hoppade över ${releaseLabel(s.kind, s.code, s.name)}: ${s.reason}${earlier}\n`);
      }
      if (result.published.length === 0) io.stdout("Inget att publicera: godkänn pressmeddelanden i kommunpress preview först.\n");
      io.stdout(`${publishSummary(result)}\n`);
    });
}
