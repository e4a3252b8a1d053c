// Editorial folders (--editorial) with named pipes, devices, directories and
// symbolic links out of the folder: only regular files inside the folder are
// read, each refusal is an error for that file alone. Real FIFOs, devices,
// links and directories; the CLI as a child process where the fault was a hang.
import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, readFile, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runBuiltCli } from "./helpers/cli.js";
import { loadEditorialDir } from "../src/load/editorial.js";
import { LOAD_REASONS } from "../src/load/reasons.js";
import { formatMessage, KommunpressError } from "../src/messages.js";
import { findEditorialFile } from "../src/write/approvals.js";

const tmp = (): Promise<string> => mkdtemp(path.join(tmpdir(), "kommunpress-safety-"));
const EDITORIAL = "# Redaktionellt innehåll\nheadline: Huddinge svarar snabbare\n";
const ALL = "data/exempel/kkik-2019-alla.yaml";

describe("editorial folders: only regular files inside the folder are read", () => {
  /** An editorial folder with a good file for 0126 and whatever `setup` adds. */
  async function folder(setup: (dir: string) => Promise<void>): Promise<string> {
    const dir = await tmp();
    await writeFile(path.join(dir, "0126.yaml"), EDITORIAL);
    await setup(dir);
    return dir;
  }
  const mkfifo = (file: string): void => {
    execFileSync("mkfifo", [file]);
  };

  it("refuses a named pipe without opening it: validate ends, exit code 1", async () => {
    const dir = await folder(async (d) => mkfifo(path.join(d, "0127.yaml")));
    const result = await runBuiltCli(["validate", ALL, "-e", dir]);
    expect(result.timedOut).toBe(false);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${path.join(dir, "0127.yaml")}:1:1: ${LOAD_REASONS["editorial-not-regular"]("fifo")}`);
  });

  it("never follows a symbolic link out of the folder, nor quotes what it points at", async () => {
    const secretDir = await tmp();
    const secret = path.join(secretDir, "hemlig.yaml");
    await writeFile(secret, "root:x:0:0:HEMLIGT-INNEHALL:/root:/bin/bash\n");
    const dir = await folder(async (d) => {
      await symlink(secret, path.join(d, "0127.yaml"));
      await symlink("/etc/passwd", path.join(d, "0128.yml"));
    });
    const { messages } = await loadEditorialDir(dir, { municipalities: [{ code: "0126" }, { code: "0127" }, { code: "0128" }] });
    expect(messages.map(formatMessage)).toEqual([
      `${path.join(dir, "0127.yaml")}:1:1: ${LOAD_REASONS["editorial-link-outside"]()}`,
      `${path.join(dir, "0128.yml")}:1:1: ${LOAD_REASONS["editorial-link-outside"]()}`,
    ]);
    const result = await runBuiltCli(["validate", ALL, "-e", dir]);
    expect(result.code).toBe(1);
    expect(result.stderr).not.toMatch(/HEMLIGT|root:x/);
  });

  it("follows a symbolic link that stays inside the folder", async () => {
    const dir = await folder(async (d) => {
      await mkdir(path.join(d, "arkiv"));
      await writeFile(path.join(d, "arkiv", "botkyrka.yaml"), "headline: Botkyrka svarar\n");
      await symlink(path.join("arkiv", "botkyrka.yaml"), path.join(d, "0127.yaml"));
    });
    const { byCode, messages } = await loadEditorialDir(dir, { municipalities: [{ code: "0126" }, { code: "0127" }] });
    expect(messages).toEqual([]);
    expect(byCode.get("0127")?.headline).toBe("Botkyrka svarar");
  });

  it("refuses a directory, a device and a broken link named like editorial files", async () => {
    const dir = await folder(async (d) => {
      await mkdir(path.join(d, "0127.yaml"));
      execFileSync("mknod", [path.join(d, "0128.yaml"), "c", "1", "3"]);
      await symlink(path.join(d, "finns-inte.yaml"), path.join(d, "0138.yaml"));
    });
    const { byCode, messages } = await loadEditorialDir(dir, {
      municipalities: [{ code: "0126" }, { code: "0127" }, { code: "0128" }, { code: "0138" }],
    });
    expect(messages.map(formatMessage)).toEqual([
      `${path.join(dir, "0127.yaml")}:1:1: ${LOAD_REASONS["editorial-not-regular"]("directory")}`,
      `${path.join(dir, "0128.yaml")}:1:1: ${LOAD_REASONS["editorial-not-regular"]("device")}`,
      `${path.join(dir, "0138.yaml")}:1:1: ${LOAD_REASONS["editorial-link-broken"]()}`,
    ]);
    expect([...byCode.keys()]).toEqual(["0126"]);
  });

  it("findEditorialFile: absent is null, a file that cannot be read is an error (not 'absent')", async () => {
    const dir = await folder(async (d) => {
      mkfifo(path.join(d, "0127.yaml"));
      await mkdir(path.join(d, "0128.yml"));
      await symlink("/etc/passwd", path.join(d, "0138.json"));
    });
    expect(await findEditorialFile(dir, "0126")).toEqual({ file: path.join(dir, "0126.yaml"), data: Buffer.from(EDITORIAL) });
    expect(await findEditorialFile(dir, "0180")).toBeNull();
    expect(await findEditorialFile(path.join(dir, "finns-inte"), "0126")).toBeNull();
    const failure = async (code: string): Promise<string[]> => {
      try {
        await findEditorialFile(dir, code);
      } catch (err) {
        if (err instanceof KommunpressError) return err.messages.map(formatMessage);
        throw err;
      }
      return [];
    };
    expect(await failure("0127")).toEqual([`${path.join(dir, "0127.yaml")}:1:1: ${LOAD_REASONS["editorial-not-regular"]("fifo")}`]);
    expect(await failure("0128")).toEqual([`${path.join(dir, "0128.yml")}:1:1: ${LOAD_REASONS["editorial-not-regular"]("directory")}`]);
    expect(await failure("0138")).toEqual([`${path.join(dir, "0138.json")}:1:1: ${LOAD_REASONS["editorial-link-outside"]()}`]);
  });

  it("generate -m: another municipality's bad file does not stop this one; its own does", async () => {
    const dir = await folder(async (d) => {
      mkfifo(path.join(d, "0127.yaml"));
      await writeFile(path.join(d, "0128.yaml"), "headline: [\n");
      await writeFile(path.join(d, "0138.json"), Buffer.from('{"headline": "Tyres\xf6"}', "latin1"));
    });
    const out = await tmp();
    const ok = await runBuiltCli(["generate", ALL, "-m", "Huddinge", "-e", dir, "-o", out, "-f", "md"]);
    expect(ok.timedOut).toBe(false);
    expect(ok.code).toBe(0);
    expect(await readFile(path.join(out, "2019", "0126-huddinge", "pressmeddelande.md"), "utf8")).toContain("Huddinge svarar snabbare");
    const own = await runBuiltCli(["generate", ALL, "-m", "0127", "-e", dir, "-o", out, "-f", "md"]);
    expect(own.timedOut).toBe(false);
    expect(own.code).toBe(1);
    expect(own.stderr).toContain(`${path.join(dir, "0127.yaml")}:1:1: ${LOAD_REASONS["editorial-not-regular"]("fifo")}`);
  });

  it("batch leaves out only the municipalities whose editorial file is bad (a .json one too)", async () => {
    const dir = await folder(async (d) => {
      mkfifo(path.join(d, "0127.yaml"));
      await writeFile(path.join(d, "0138.json"), Buffer.from('{"headline": "Tyres\xf6"}', "latin1"));
    });
    const out = await tmp();
    const result = await runBuiltCli(["batch", ALL, "-e", dir, "-o", out, "-f", "json", "-q"], 120_000);
    expect(result.timedOut).toBe(false);
    expect(result.stderr).toContain(`Misslyckades: 0127 Botkyrka: ${path.join(dir, "0127.yaml")}`);
    expect(result.stderr).toContain(LOAD_REASONS["editorial-not-regular"]("fifo"));
    expect(result.stderr).toContain(`Misslyckades: 0138 Tyresö: ${path.join(dir, "0138.json")}`);
    expect(result.stderr).toContain(LOAD_REASONS["not-utf8"]());
    expect(await readFile(path.join(out, "2019", "0126-huddinge", "pressmeddelande.json"), "utf8")).toContain("Huddinge svarar snabbare");
  });
});
