// Runs the CLI in-process (src/cli/main.ts) and collects what it prints; or
// the built CLI as a process (runBuiltCli), where a test needs a real exit.
import { spawn } from "node:child_process";
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

/** Runs the built CLI; kills it (and fails) if it has not exited within `ms`. */
export function runBuiltCli(args: string[], ms = 20_000): Promise<{ code: number | null; stdout: string; stderr: string; timedOut: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["dist/cli/main.js", ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, ms);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, timedOut });
    });
  });
}
