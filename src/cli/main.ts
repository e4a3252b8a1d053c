#!/usr/bin/env node
// The CLI edge: builds the commander program, prints messages, sets the exit
// code. Nothing below this file prints to the terminal on its own or exits.
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Command, CommanderError, Help, type Option } from "commander";
import { KommunpressError, formatMessage, sortMessages, summarize } from "../messages.js";
import { generateCommand } from "./commands/generate.js";
import { validateCommand } from "./commands/validate.js";
import { schemaCommand } from "./commands/schema.js";
import { importCommand } from "./commands/import.js";
import { fetchCommand } from "./commands/fetch.js";
import { batchCommand } from "./commands/batch.js";
import { nationalCommand } from "./commands/national.js";
import { previewCommand } from "./commands/preview.js";
import { publishCommand } from "./commands/publish.js";
import { VERSION } from "../version.js";
import { defaultIo, type Io } from "./io.js";

export type { Io } from "./io.js";

const TITLES: Record<string, string> = {
  "Usage:": "Användning:",
  "Options:": "Flaggor:",
  "Global Options:": "Globala flaggor:",
  "Commands:": "Kommandon:",
  "Arguments:": "Argument:",
};

class SwedishHelp extends Help {
  override styleTitle(str: string): string {
    return TITLES[str] ?? str;
  }
  override commandUsage(cmd: Command): string {
    return super.commandUsage(cmd).replace("[options]", "[flaggor]").replace("[command]", "[kommando]");
  }
  override optionDescription(option: Option): string {
    return super
      .optionDescription(option)
      .replace(/\(default: "([^"]*)"\)/, "(standard: $1)")
      .replace(/\(default: ([^)]*)\)/, "(standard: $1)")
      .replace(/\(choices: ([^)]*)\)/, "(värden: $1)");
  }
  override subcommandTerm(cmd: Command): string {
    return super.subcommandTerm(cmd).replace("[options]", "[flaggor]");
  }
}

/** Commander's own (English) usage errors, in Swedish. */
export function translateCommanderMessage(message: string): string {
  const m = message.replace(/^error: /, "");
  const rules: [RegExp, (...g: string[]) => string][] = [
    [/^unknown option '([^']+)'(?:\s*\(Did you mean (.+)\?\))?/, (o, s) =>
      `okänd flagga ${o}${s ? ` (menade du ${s}?)` : ""}`],
    [/^unknown command '([^']+)'(?:\s*\(Did you mean (.+)\?\))?/, (c, s) =>
      `okänt kommando ${c}${s ? ` (menade du ${s}?)` : ""}`],
    [/^missing required argument '([^']+)'/, (a) => `argumentet <${a}> saknas`],
    [/^option '([^']+)' argument missing/, (o) => `flaggan ${o} behöver ett värde`],
    [/^required option '([^']+)' not specified/, (o) => `flaggan ${o} måste anges`],
    [/^too many arguments.*Expected (\d+) arguments? but got (\d+)/, (e, g) =>
      `för många argument: väntade ${e}, fick ${g}`],
  ];
  for (const [re, fn] of rules) {
    const hit = re.exec(m);
    if (hit) return fn(...hit.slice(1).map((g) => g ?? ""));
  }
  return m;
}

export function buildProgram(io: Io = defaultIo): Command {
  const program = new Command("kommunpress");
  program
    .description("Pressmeddelanden på svenska från kommunernas servicemätning.")
    .version(VERSION, "-V, --version", "visa versionen")
    .helpOption("-h, --help", "visa hjälp")
    .helpCommand("help [kommando]", "visa hjälp för ett kommando")
    .option("--debug", "visa tekniska detaljer (stackspår) vid fel")
    .showHelpAfterError("(kör med --help för hjälp)");
  const commands = [generateCommand(io), batchCommand(io), nationalCommand(io), validateCommand(io), schemaCommand(io), importCommand(io), fetchCommand(io), previewCommand(io), publishCommand(io)];
  for (const cmd of commands) program.addCommand(cmd);
  const configure = (cmd: Command): void => {
    cmd.createHelp = () => Object.assign(new SwedishHelp(), cmd.configureHelp());
    cmd.exitOverride();
    cmd.configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      outputError: (str, write) => write(`kommunpress: ${translateCommanderMessage(str.trim())}\n`),
    });
    cmd.helpOption("-h, --help", "visa hjälp");
    for (const sub of cmd.commands) configure(sub);
  };
  configure(program);
  return program;
}

/** Runs the CLI and returns the exit code (0 ok, 1 data errors, 2 usage errors). */
export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  const debug = argv.includes("--debug");
  const program = buildProgram(io);
  try {
    await program.parseAsync(argv, { from: "user" });
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === "commander.helpDisplayed" || err.code === "commander.version") return 0;
      if (err.code === "commander.help") return 0;
      return 2;
    }
    if (err instanceof KommunpressError) {
      const sorted = sortMessages(err.messages);
      for (const m of sorted) io.stderr(`${formatMessage(m)}\n`);
      if (sorted.length > 1) io.stderr(`${summarize(sorted)}\n`);
      if (debug && sorted.length > 0 && err.stack) io.stderr(`${err.stack}\n`);
      return err.exitCode;
    }
    const message = err instanceof Error ? err.message : String(err);
    io.stderr(`kommunpress: oväntat fel: ${message}\n`);
    if (debug && err instanceof Error && err.stack) io.stderr(`${err.stack}\n`);
    else io.stderr("Kör igen med --debug för tekniska detaljer.\n");
    return 1;
  }
}

function isEntryPoint(): boolean {
  const entry = process.argv[1];
  if (entry === undefined) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  // `kommunpress … | head`: a closed pipe is the reader's choice, not an error.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (err: NodeJS.ErrnoException) => {
      if (err.code === "EPIPE") return;
      throw err;
    });
  }
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`kommunpress: oväntat fel: ${String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
