// Runs the CLI in-process (src/cli/main.ts) and collects what it prints.
import { main } from "../../src/cli/main.js";

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(...argv: string[]): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

/** The non-empty lines of a CLI's output. */
export function lines(text: string): string[] {
  return text.split("\n").filter((l) => l !== "");
}

/** `cli`, with stdout and stderr split into their non-empty lines. */
export async function cliLines(...argv: string[]): Promise<{ code: number; stdout: string[]; stderr: string[] }> {
  const r = await cli(...argv);
  return { code: r.code, stdout: lines(r.stdout), stderr: lines(r.stderr) };
}
