// Placeholder: replaced by the validate command (issue 2, point 3).
import { Command } from "commander";
import type { Io } from "../cli.js";

export function validateCommand(_io: Io): Command {
  return new Command("validate").description("kontrollera en datafil").argument("<data>", "datafil");
}
