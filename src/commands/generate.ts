// Placeholder until the generate pipeline lands.
import { Command } from "commander";
import type { Io } from "../cli.js";

export function generateCommand(_io: Io): Command {
  return new Command("generate").description("skapa ett pressmeddelande").argument("<data>", "datafil");
}
