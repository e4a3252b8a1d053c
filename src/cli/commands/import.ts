// `kommunpress import kolada <filer…> --map <mappning>`: saved Kolada
// responses (v3 or v2) → a dataset that validates and generates directly,
// with every year in the responses up to the survey year (or those of
// --from / --years, and always the year before the survey year).
import { Command } from "commander";
import type { Io } from "../io.js";
import { importKolada } from "../../kolada/import.js";
import { loadMapping } from "../../kolada/mapping.js";
import { parsePeriod, parseYear, parseYearRange } from "../../kolada/options.js";
import { readKoladaFiles } from "../../kolada/read.js";
import { loadReference } from "../../kolada/reference.js";
import { KommunpressError, sortMessages } from "../../messages.js";
import { emitDataset } from "./kolada-output.js";

interface ImportKoladaCliOptions {
  map: string;
  year?: string;
  from?: string;
  years?: string;
  period?: string;
  out?: string;
}

export function importCommand(io: Io): Command {
  const kolada = new Command("kolada")
    .description("gör en datafil av sparade svar från Koladas API (v3 eller v2)")
    .argument("<filer...>", "sparade Kolada-svar (JSON) eller mappar med sådana")
    .requiredOption("--map <fil>", "mappningsfil med undersökningen och indikatorerna, t.ex. data/kolada/servicematning.yaml")
    .option("--year <år>", "undersökningsår (standard: det senaste året i svaren); året före tas med när det finns")
    .option("--from <år>", "ta med åren från och med detta, t.ex. 2015 (standard: alla år i svaren)")
    .option("--years <år-år>", "ta med dessa år, t.ex. 2015-2025 eller 2023,2024 (standard: alla år i svaren)")
    .option("--period <period>", "mätperiod, t.ex. v11-v19 eller 2025-03-10:2025-05-09 (går före mappningsfilens)")
    .option("-o, --out <fil>", "fil att skriva datafilen till (standard: skriv ut den)")
    .action(async (files: string[], opts: ImportKoladaCliOptions) => {
      const year = opts.year !== undefined ? parseYear(opts.year) : undefined;
      const { from, range } = parseYearRange(opts, year);
      const period = opts.period !== undefined ? parsePeriod(opts.period) : undefined;
      const { mapping, locate } = await loadMapping(opts.map);
      const read = await readKoladaFiles(files);
      if (!read.sources) throw new KommunpressError(read.messages, 1);
      const reference = await loadReference();
      const result = importKolada(read.sources, {
        mapping,
        mappingFile: opts.map,
        locateMapping: locate,
        reference,
        ...(year !== undefined ? { year } : {}),
        ...(from !== undefined ? { from } : {}),
        ...(range !== undefined ? { years: range } : {}),
        ...(period !== undefined ? { period } : {}),
        outputName: opts.out ?? "(utdata)",
        command: "import kolada",
      });
      // Warnings about the files (a missing page) go with the import's own messages.
      await emitDataset({ ...result, messages: sortMessages([...read.messages, ...result.messages]) }, opts.out, io);
    });
  return new Command("import")
    .description("gör en datafil av data från andra källor (Kolada)")
    .helpCommand("help [kommando]", "visa hjälp för ett kommando")
    .addCommand(kolada);
}
