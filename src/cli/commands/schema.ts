import { Command } from "commander";
import type { Io } from "../io.js";
import { jsonSchema } from "../../schema.js";

export function schemaCommand(io: Io): Command {
  return new Command("schema")
    .description("skriv ut JSON Schema för datafilerna (för redigerare)")
    .action(() => {
      io.stdout(`${JSON.stringify(jsonSchema(), null, 2)}\n`);
    });
}
