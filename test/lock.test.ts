// The output folder's lock: taken and let go, refused while its owner runs,
// taken over when the owner is gone (its pid no longer runs), and not taken
// at all on media nobody can write to.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { KommunpressError } from "../src/messages.js";
import { LOCK_FILE, lockOutput, lockedMessage, thisProcess } from "../src/write/lock.js";

const tmp = (): Promise<string> => mkdtemp(path.join(os.tmpdir(), "kp-lock-"));

/** A pid that certainly no longer runs: a child that has exited. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
  return Number(r.stdout);
}

describe("lockOutput", () => {
  it("takes the lock, refuses a second one while it is held, and lets go", async () => {
    const dir = await tmp();
    const lock = await lockOutput(dir);
    expect(lock.held).toBe(true);
    expect(JSON.parse(await readFile(path.join(dir, LOCK_FILE), "utf8"))).toMatchObject({ pid: process.pid, host: os.hostname() });
    const err = await lockOutput(dir).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(KommunpressError);
    expect((err as KommunpressError).messages[0]?.ruleId).toBe("output-locked");
    await lock.release();
    expect(existsSync(path.join(dir, LOCK_FILE))).toBe(false);
  });

  it("takes over the lock of a run that is gone, and a lock file that is not one", async () => {
    const dir = await tmp();
    await writeFile(path.join(dir, LOCK_FILE), JSON.stringify({ ...thisProcess(), pid: deadPid() }));
    const a = await lockOutput(dir);
    expect(a.held).toBe(true);
    await a.release();
    await writeFile(path.join(dir, LOCK_FILE), "skräp");
    const b = await lockOutput(dir);
    expect(JSON.parse(await readFile(path.join(dir, LOCK_FILE), "utf8"))).toMatchObject({ pid: process.pid });
    await b.release();
  });

  it("names the other run, and its computer when that is another one", () => {
    const owner = { pid: 4242, host: "annan-dator", started: new Date(2025, 4, 1, 14, 3, 12).toISOString(), ticks: null };
    expect(lockedMessage("out/2019", owner)).toEqual({
      ruleId: "output-locked",
      severity: "error",
      reason:
        "out/2019 används redan av en annan körning av kommunpress (process 4242 på datorn annan-dator, startad 2025-05-01 14:03:12). " +
        `Vänta tills den är klar eller välj en annan mapp med --out. Pågår ingen sådan körning kan du ta bort ${path.join("out/2019", LOCK_FILE)}.`,
    });
  });
});
