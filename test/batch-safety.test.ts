// "Nothing lost, nothing leaked": Ctrl-C and SIGTERM finish the releases in
// flight and record them; a second batch into the same folder is refused
// while the first runs, and a crashed run's lock is taken over; a full or
// read-only disk stops the run with one Swedish message and never leaves a
// release half-written; a run with nothing new writes nothing; a hand-edited
// file is kept, not overwritten. Each through the built CLI, as a real child
// process, on a real (tmpfs, read-only bind-mounted) file system.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { LOCK_FILE } from "../src/write/lock.js";
import { trackProcesses } from "./helpers/processes.js";
import { dataset, manifestOf, runCli, spawnCli, tmp, type RawData } from "./helpers/batch-data.js";

const SUMMARY = /^(\d+) pressmeddelanden på [^:]+: (\d+) skapa(?:t|de), (\d+) oförändrade, (\d+) misslyckades(?:, (\d+) kunde inte skrivas)?(?:, (\d+) inte påbörjade)?/m;

/** generated, unchanged, failed, not written, not started; and the total the line starts with. */
function counts(stdout: string): { total: number; parts: number[] } {
  const m = SUMMARY.exec(stdout);
  if (!m) throw new Error(`no summary line in:\n${stdout}`);
  return { total: Number(m[1]), parts: [2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0)) };
}

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

describe("batch: Ctrl-C and SIGTERM", () => {
  for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]] as const) {
    it(`${signal}: the releases in flight finish, every release is counted, the index says what remains, exit ${code}`, async () => {
      const data = await dataset();
      const out = await tmp();
      const child = spawnCli(["batch", data, "-o", out, "-f", "md,pdf", "-c", "3"]);
      await child.waitFor(/\[2\/7\]/);
      child.process.kill(signal);
      expect(await child.exited, child.stderr()).toBe(code);
      expect(child.stderr()).toContain("Avbryter: pågående pressmeddelanden görs klart, inga nya påbörjas. Tryck Ctrl-C igen för att avbryta direkt.");
      expect(child.stderr()).toContain("Avbruten. Kör samma kommando igen för att göra klart resten.");
      const { total, parts } = counts(child.stdout());
      const [generated = 0, unchanged, failed, notWritten, notStarted = 0] = parts;
      // Nothing dropped: the ones in flight when the signal came were finished.
      expect(generated).toBeGreaterThanOrEqual(3);
      expect([unchanged, failed, notWritten]).toEqual([0, 0, 0]);
      expect(total).toBe(7);
      expect(sum(parts)).toBe(7);
      expect(Object.keys((await manifestOf(out)).releases)).toHaveLength(generated);
      const index = await readFile(path.join(out, "2019", "index.html"), "utf8");
      if (notStarted > 0) {
        expect(index).toContain(
          `Körningen avbröts innan allt var klart: ${notStarted} ${notStarted === 1 ? "pressmeddelande" : "pressmeddelanden"} återstår. Kör samma kommando igen för att göra klart resten.`,
        );
      }
      expect(index).not.toContain(`Sammanlagt ${generated}\u00A0pressmeddelanden`);
      expect(existsSync(path.join(out, "2019", LOCK_FILE))).toBe(false);
      // The next run does only the rest.
      const next = await runCli("batch", data, "-o", out, "-f", "md,pdf", "-q");
      expect(next.code, next.stderr).toBe(0);
      expect(counts(next.stdout).parts).toEqual([7 - generated, generated, 0, 0, 0]);
      expect(await readFile(path.join(out, "2019", "index.html"), "utf8")).not.toContain("Körningen avbröts");
    }, 90_000);
  }
});

describe("batch: a second Ctrl-C", () => {
  it("ends the run at once: no browser left running, no lock left behind", async () => {
    const data = await dataset();
    const out = await tmp();
    // The browser's profile goes under this run's own temp folder: its processes are found by it.
    const own = await tmp();
    const tracker = trackProcesses(own);
    const child = spawnCli(["batch", data, "-o", out, "-f", "pdf", "-c", "1"], { TMPDIR: own });
    await child.waitFor(/\[1\/7\]/);
    child.process.kill("SIGINT");
    await child.waitFor(/Avbryter/);
    child.process.kill("SIGINT");
    expect(await child.exited).toBe(130);
    const seen = tracker.stop();
    expect(seen.some((p) => /chrom/i.test(p.cmdline))).toBe(true);
    await new Promise((r) => setTimeout(r, 500));
    expect(tracker.leftovers().map((p) => p.cmdline)).toEqual([]);
    expect(existsSync(path.join(out, "2019", LOCK_FILE))).toBe(false);
  }, 60_000);
});

describe("batch: one run at a time in an output folder", () => {
  const big = "data/exempel/kkik-2019-alla.yaml";

  it("a second batch into the same folder stops with a message naming the first; after a crash the lock is taken over", async () => {
    const out = await tmp();
    const first = spawnCli(["batch", big, "-o", out, "-f", "md,docx", "-c", "1"]);
    await first.waitFor(/\[3\/264\]/);
    const second = await runCli("batch", big, "-o", out, "-f", "md", "-q");
    expect(second.code).toBe(1);
    const dir = path.join(out, "2019");
    expect(second.stderr).toMatch(
      new RegExp(
        `^${escape(dir)} används redan av en annan körning av kommunpress \\(process ${first.process.pid}, startad \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\)\\. ` +
          `Vänta tills den är klar eller välj en annan mapp med --out\\. Pågår ingen sådan körning kan du ta bort ${escape(path.join(dir, LOCK_FILE))}\\.$`,
        "m",
      ),
    );
    expect(second.stdout).toBe("");
    // The first run crashes (kill -9): its lock stays behind, and the next run takes it over.
    first.process.kill("SIGKILL");
    await first.exited;
    const lock = JSON.parse(await readFile(path.join(dir, LOCK_FILE), "utf8")) as { pid: number };
    expect(lock.pid).toBe(first.process.pid);
    const third = await runCli("batch", big, "-o", out, "-f", "md", "-q");
    expect(third.code, third.stderr).toBe(0);
    expect(counts(third.stdout).total).toBe(264);
    expect(existsSync(path.join(dir, LOCK_FILE))).toBe(false);
  }, 180_000);
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// ------------------------------------------------------------------ disks

/** Whether this machine lets the tests mount (root, and mount available). */
function canMount(): boolean {
  if (process.getuid?.() !== 0) return false;
  try {
    execFileSync("mount", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

const mounted: string[] = [];
afterAll(() => {
  for (const m of mounted.reverse()) {
    try {
      execFileSync("umount", [m], { stdio: "ignore" });
    } catch {
      // Already gone.
    }
  }
});

function mount(...args: string[]): void {
  execFileSync("mount", args, { stdio: "ignore" });
  const target = args.at(-1);
  if (target) mounted.push(target);
}

const MOUNT = canMount();

describe.skipIf(!MOUNT)("batch: a full or read-only disk (needs root to mount a tmpfs or a read-only bind mount)", () => {
  it("a full disk: one Swedish message, no new work, no half-written release; the next run finishes", async () => {
    const out = await tmp();
    mount("-t", "tmpfs", "-o", "size=400k", "tmpfs", out);
    const r = await runCli("batch", "data/exempel/kkik-2019-alla.yaml", "-o", out, "-f", "md,json", "-q");
    expect(r.code).toBe(1);
    const dir = path.join(out, "2019");
    const message = `kan inte skriva till ${dir}`;
    expect(r.stderr.split(message).length - 1, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/: disken är full \(ENOSPC\)\. Frigör utrymme eller välj en annan mapp med --out och kör sedan samma kommando igen; det som redan är klart görs inte om\.$/m);
    expect(r.stderr).not.toContain("oväntat fel");
    expect(r.stderr).not.toMatch(/no space left/i);
    const { total, parts } = counts(r.stdout);
    expect(total).toBe(264);
    expect(sum(parts)).toBe(264);
    expect(parts[0]).toBeGreaterThan(0);
    expect((parts[3] ?? 0) + (parts[4] ?? 0)).toBeGreaterThan(0);
    // Every release folder holds all of its files or none; no temp file is left.
    const all = await readdir(dir, { recursive: true });
    expect(all.filter((f) => f.endsWith(".tmp"))).toEqual([]);
    const folders = all.filter((f) => /^\d{4}-[^/]+$/.test(f));
    for (const f of folders) expect((await readdir(path.join(dir, f))).sort(), f).toEqual(["pressmeddelande.json", "pressmeddelande.md"]);
    if (existsSync(path.join(dir, "index.html"))) {
      expect(await readFile(path.join(dir, "index.html"), "utf8")).toContain("Körningen stoppades. Kan inte skriva till");
    }
    // More room: the next run makes the rest, and nothing is taken for a hand edit.
    execFileSync("mount", ["-o", "remount,size=20m", out]);
    const next = await runCli("batch", "data/exempel/kkik-2019-alla.yaml", "-o", out, "-f", "md,json", "-q");
    expect(next.code, next.stderr).toBe(0);
    expect(next.stderr).not.toContain("redigerad");
    expect(counts(next.stdout).parts.slice(2)).toEqual([0, 0, 0]);
    expect(Object.keys((await manifestOf(out)).releases)).toHaveLength(264);
  }, 120_000);

  it("read-only media: a run with nothing to do works; one that must write says so once, in Swedish", async () => {
    const data = await dataset();
    const src = await tmp();
    expect((await runCli("batch", data, "-o", src, "-f", "md,json,png", "-q")).code).toBe(0);
    const ro = await tmp();
    mount("--bind", src, ro);
    execFileSync("mount", ["-o", "remount,bind,ro", ro]);
    const again = await runCli("batch", data, "-o", ro, "-f", "md,json,png", "-q");
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toBe("");
    expect(again.stdout).toContain("Inget har ändrats: alla 7 pressmeddelanden är redan aktuella.");
    const forced = await runCli("batch", data, "-o", ro, "-f", "md,json,png", "-q", "--force");
    expect(forced.code).toBe(1);
    const dir = path.join(ro, "2019");
    // Said once, naming the release folder the first write failed in.
    expect(forced.stderr).toMatch(
      new RegExp(
        `^kan inte skriva till ${escape(dir)}/\\d{4}-[a-z-]+: mappen ligger på en skrivskyddad disk \\(EROFS\\)\\. ` +
          "Välj en skrivbar mapp med --out och kör sedan samma kommando igen; det som redan är klart görs inte om\\.\n$",
      ),
    );
    expect(counts(forced.stdout)).toEqual({ total: 7, parts: [0, 0, 0, expect.any(Number), expect.any(Number)] });
    // A first run onto read-only media: the folder cannot even be made.
    const empty = await tmp();
    const ro2 = await tmp();
    mount("--bind", empty, ro2);
    execFileSync("mount", ["-o", "remount,bind,ro", ro2]);
    const first = await runCli("batch", data, "-o", ro2, "-f", "md", "-q");
    expect(first.code).toBe(1);
    expect(first.stderr).toBe(
      `kan inte skriva till ${path.join(ro2, "2019")}: mappen ligger på en skrivskyddad disk (EROFS). Välj en skrivbar mapp med --out och kör sedan samma kommando igen; det som redan är klart görs inte om.\n`,
    );
  }, 60_000);
});

describe("batch: a run with nothing new writes nothing", () => {
  it("leaves manifest.json, index.html and every release file as they were (same inode, same time)", async () => {
    const data = await dataset();
    const out = await tmp();
    expect((await runCli("batch", data, "-o", out, "-f", "md,json,docx,png,web", "--national", "-q")).code).toBe(0);
    const dir = path.join(out, "2019");
    const files = (await readdir(dir, { recursive: true })).sort();
    const before = await Promise.all(files.map(async (f) => [f, (await stat(path.join(dir, f))).ino, (await stat(path.join(dir, f))).mtimeMs]));
    const again = await runCli("batch", data, "-o", out, "-f", "md,json,docx,png,web", "--national", "-q");
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain("Inget har ändrats: alla 7 pressmeddelanden är redan aktuella.");
    expect(again.stdout).toContain("Riket: oförändrat.");
    expect((await readdir(dir, { recursive: true })).sort()).toEqual(files);
    const after = await Promise.all(files.map(async (f) => [f, (await stat(path.join(dir, f))).ino, (await stat(path.join(dir, f))).mtimeMs]));
    expect(after).toEqual(before);
  }, 60_000);
});

// ------------------------------------------------------------- hand edits

async function editHuddinge(data: string, value: number): Promise<void> {
  const raw = parse(await readFile(data, "utf8")) as RawData;
  const h = raw.municipalities.find((m) => m["code"] === "0126") as { results: Record<string, Record<string, number>> };
  (h.results["2019"] as Record<string, number>)["bemotande"] = value;
  await writeFile(data, stringify(raw));
}

describe("batch: hand-edited files are kept", () => {
  it("an edited .md (and image text) is moved aside, not overwritten, and the run and the index say so", async () => {
    const data = await dataset();
    const out = await tmp();
    expect((await runCli("batch", data, "-o", out, "-f", "md,json,png", "-q")).code).toBe(0);
    const folder = path.join(out, "2019", "0126-huddinge");
    await writeFile(path.join(folder, "pressmeddelande.md"), "Min egen version.\n");
    await writeFile(path.join(folder, "delningsbild.txt"), "Min egen alt-text.\n");
    // An earlier kept version is never overwritten either.
    await writeFile(path.join(folder, "delningsbild.redigerad.txt"), "äldre");
    await editHuddinge(data, 61);
    const r = await runCli("batch", data, "-o", out, "-f", "md,json,png", "-q");
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr.trim().split("\n")).toEqual([
      "0126 Huddinge: delningsbild.txt var ändrad för hand och skrevs inte över; din version finns kvar som delningsbild.redigerad-2.txt.",
      "0126 Huddinge: pressmeddelande.md var ändrad för hand och skrevs inte över; din version finns kvar som pressmeddelande.redigerad.md.",
    ]);
    expect(counts(r.stdout).parts).toEqual([1, 6, 0, 0, 0]);
    expect(await readFile(path.join(folder, "pressmeddelande.redigerad.md"), "utf8")).toBe("Min egen version.\n");
    expect(await readFile(path.join(folder, "delningsbild.redigerad-2.txt"), "utf8")).toBe("Min egen alt-text.\n");
    expect(await readFile(path.join(folder, "delningsbild.redigerad.txt"), "utf8")).toBe("äldre");
    expect(await readFile(path.join(folder, "pressmeddelande.md"), "utf8")).toContain("# ");
    const index = await readFile(path.join(out, "2019", "index.html"), "utf8");
    expect(index).toContain(
      'pressmeddelande.md var ändrad för hand; din version finns kvar som <a href="0126-huddinge/pressmeddelande.redigerad.md">pressmeddelande.redigerad.md</a>',
    );
    // The kept files are the user's: the next run leaves everything alone.
    const again = await runCli("batch", data, "-o", out, "-f", "md,json,png", "-q");
    expect(again.stderr).toBe("");
    expect(again.stdout).toContain("Inget har ändrats");
  }, 60_000);

  it("an edit with the inputs unchanged is kept too when the file is made again", async () => {
    const data = await dataset();
    const out = await tmp();
    expect((await runCli("batch", data, "-o", out, "-f", "md", "-q")).code).toBe(0);
    const folder = path.join(out, "2019", "0120-varmdo");
    await writeFile(path.join(folder, "pressmeddelande.md"), "ändrad för hand\n");
    const r = await runCli("batch", data, "-o", out, "-f", "md", "-q");
    expect(r.stderr).toBe("0120 Värmdö: pressmeddelande.md var ändrad för hand och skrevs inte över; din version finns kvar som pressmeddelande.redigerad.md.\n");
    expect(await readFile(path.join(folder, "pressmeddelande.redigerad.md"), "utf8")).toBe("ändrad för hand\n");
  }, 60_000);
});

// ------------------------------------------------------------ new formats

describe("batch: Word, images and the web fragment", () => {
  it("records every file of a release, links Word, Bild and Webbtext, skips what is current and redoes a release with a file missing", async () => {
    const data = await dataset();
    const out = await tmp();
    const args = ["batch", data, "-o", out, "-f", "md,json,docx,png,web", "--national", "-q"];
    expect((await runCli(...args)).code).toBe(0);
    const dir = path.join(out, "2019");
    const m = await manifestOf(out);
    for (const id of ["0126", "riket"]) {
      const entry = m.releases[id];
      const folder = path.join(dir, entry?.folder ?? "");
      const onDisk = (await readdir(folder)).sort();
      expect(Object.keys(entry?.files ?? {}).sort(), id).toEqual(onDisk);
      expect(onDisk).toEqual(expect.arrayContaining(["delningsbild.png", "delningsbild.txt", "pressmeddelande.docx", "webbtext.html"]));
    }
    const index = await readFile(path.join(dir, "index.html"), "utf8");
    for (const [file, label] of [["pressmeddelande.docx", "Word"], ["delningsbild.png", "Bild"], ["webbtext.html", "Webbtext"]]) {
      expect(index).toContain(`<a href="0126-huddinge/${file}"><span class="dold">Huddinge: </span>${label}</a>`);
      expect(index).toContain(`<a href="riket/${file}"><span class="dold">Riket: </span>${label}</a>`);
    }
    const again = await runCli(...args);
    expect(again.stdout).toContain("Inget har ändrats: alla 7 pressmeddelanden är redan aktuella.");
    // A share image or its text gone: only that release is made again.
    await rm(path.join(dir, "riket", "delningsbild.png"));
    await rm(path.join(dir, "0126-huddinge", "delningsbild.txt"));
    const third = await runCli(...args);
    expect(counts(third.stdout).parts).toEqual([1, 6, 0, 0, 0]);
    expect(third.stdout).toContain("Riket: skapat.");
    expect(third.stderr).toBe("");
    expect(existsSync(path.join(dir, "riket", "delningsbild.png"))).toBe(true);
    expect(existsSync(path.join(dir, "0126-huddinge", "delningsbild.txt"))).toBe(true);
  }, 90_000);
});

describe("batch: files a release no longer has", () => {
  it("are removed when unedited and kept when edited", async () => {
    const { folderChanges } = await import("../src/write/hand-edits.js");
    const { sha256 } = await import("../src/hash.js");
    const folder = await tmp();
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, "diagram-3.png"), "gammal");
    await writeFile(path.join(folder, "diagram-4.png"), "redigerad");
    await writeFile(path.join(folder, "a.md"), "ny");
    const previous = {
      code: "0126", name: "H", officialName: "H", folder: "f", headline: "R", warnings: [],
      inputs: { data: "0".repeat(64), editorial: null, templates: "0".repeat(64), version: "x", formats: [], key: "0".repeat(64) },
      files: { "diagram-3.png": sha256("gammal"), "diagram-4.png": sha256("original"), "a.md": sha256("gammal text") },
    };
    // a.md on disk is what the new release writes anyway: not an edit.
    expect(await folderChanges(folder, previous, [{ name: "a.md", data: "ny" }])).toEqual({ edited: ["diagram-4.png"], obsolete: ["diagram-3.png"] });
  });
});
