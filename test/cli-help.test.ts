// The help a communicator reads is Swedish throughout, for every command.
import { describe, expect, it } from "vitest";
import { buildProgram, main } from "../src/cli/main.js";

async function help(...argv: string[]): Promise<string> {
  let out = "";
  await main([...argv, "--help"], { stdout: (s) => (out += s), stderr: (s) => (out += s) });
  return out;
}

describe("--help", () => {
  const names = buildProgram({ stdout: () => undefined, stderr: () => undefined }).commands.map((c) => c.name());
  it("lists the commands", () => {
    expect(names).toEqual(expect.arrayContaining(["generate", "batch", "national", "validate", "schema", "preview", "publish"]));
  });
  it.each([[[] as string[]], ...names.map((n) => [[n]]), [["import", "kolada"]], [["fetch", "kolada"]]])(
    "%j has no English left from commander",
    async (argv) => {
      const text = await help(...argv);
      expect(text).toMatch(/^Användning: kommunpress/);
      expect(text).not.toMatch(/\[options\]|\[command\]|\(default:|\(choices:|Usage:|Options:|Commands:|Arguments:/);
    },
  );
});
