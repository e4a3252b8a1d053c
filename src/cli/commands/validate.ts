// `kommunpress validate <data> [--editorial <dir>]`: lists every error and
// warning (file:line:col: path: reason) on stderr and a summary line on
// stdout; exit code 1 when there is any error, 0 otherwise.
import { Command } from "commander";
import type { Io } from "../io.js";
import { checkDataset } from "../../load/dataset.js";
import { formatMessage, KommunpressError, sortMessages, type Message } from "../../messages.js";

interface ValidateCliOptions {
  editorial?: string;
}

export function validateCommand(io: Io): Command {
  return new Command("validate")
    .description("kontrollera en datafil och lista alla fel och varningar")
    .argument("<data>", "datafil (YAML eller JSON)")
    .option("-e, --editorial <mapp>", "mapp med redaktionellt innehåll, en fil per kommun (<kod>.yaml)")
    .action(async (data: string, opts: ValidateCliOptions) => {
      const { messages } = await checkDataset(data, opts.editorial !== undefined ? { editorial: opts.editorial } : {});
      for (const m of sortMessages(messages)) io.stderr(`${formatMessage(m)}\n`);
      io.stdout(`${data}: ${validationSummary(messages)}\n`);
      // Already printed: an empty error only sets the exit code.
      if (messages.some((m) => m.severity === "error")) throw new KommunpressError([], 1);
    });
}

/** "3 fel och 1 varning", "inga fel (2 varningar)", "inga fel". */
export function validationSummary(messages: readonly Message[]): string {
  const errors = messages.filter((m) => m.severity === "error").length;
  const warnings = messages.length - errors;
  const w = warnings === 1 ? "1 varning" : `${warnings} varningar`;
  if (errors > 0) return warnings > 0 ? `${errors} fel och ${w}` : `${errors} fel`;
  return warnings > 0 ? `inga fel (${w})` : "inga fel";
}
