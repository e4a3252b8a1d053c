// `kommunpress batch`: every municipality, failure isolation, a manifest that
// lets a re-run skip what is current, a browser that dies mid-run, Ctrl-C.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runBatch } from "../src/write/batch.js";
import { sha256 } from "../src/hash.js";
import type { BrowserSession } from "../src/render/browser.js";
import { cli } from "./helpers/cli.js";
import { dataset, manifestOf, tmp } from "./helpers/batch-data.js";

describe("batch: md, html and json for every municipality", () => {
  it("writes every release, a manifest with the sha256 of each file, and an index page", async () => {
    const data = await dataset();
    const out = await tmp();
    const r = await cli("batch", data, "-o", out, "-f", "md,html,json");
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^7 pressmeddelanden på [\d,]+\u00A0s: 7 skapade, 0 oförändrade, 0 misslyckades; 6 med varningar\.$/m);
    const folders = (await readdir(path.join(out, "2019"))).sort();
    expect(folders).toEqual([
      "0114-upplands-vasby",
      "0115-vallentuna",
      "0117-osteraker",
      "0120-varmdo",
      "0123-jarfalla",
      "0125-ekero",
      "0126-huddinge",
      "index.html",
      "manifest.json",
    ]);
    const manifest = await manifestOf(out);
    expect(Object.keys(manifest.releases)).toHaveLength(7);
    const entry = manifest.releases["0126"];
    expect(entry?.headline).toBe("Huddinge: e-postsvaren inom en arbetsdag upp 19\u00A0procentenheter");
    for (const [name, hash] of Object.entries(entry?.files ?? {})) {
      expect(sha256(await readFile(path.join(out, "2019", "0126-huddinge", name))), name).toBe(hash);
    }
    // The neighbours have no quote: the index and the manifest say so.
    expect(manifest.releases["0115"]?.warnings.map((w) => w.ruleId)).toContain("no-quote");
    const index = await readFile(path.join(out, "2019", "index.html"), "utf8");
    expect(index).toContain("Huddinge: <span class=\"hel\">e-postsvaren</span> inom en arbetsdag upp 19\u00A0procentenheter");
    expect(index).toContain('href="0126-huddinge/pressmeddelande.md"');
  });

  it("the same release as `generate` makes, byte for byte, when the data holds every participant", async () => {
    // Huddinge alone in its file: no ranks in either command.
    const out = await tmp();
    expect((await cli("batch", "data/exempel/huddinge-2019.yaml", "-o", out, "-f", "md,json")).code).toBe(0);
    expect(await readFile(path.join(out, "2019", "0126-huddinge", "pressmeddelande.md"), "utf8")).toBe(
      await readFile("test/golden/0126-huddinge/pressmeddelande.md", "utf8"),
    );
  });

  it("regenerates nothing when nothing changed, says so, and starts no browser", async () => {
    const data = await dataset();
    const out = await tmp();
    expect((await cli("batch", data, "-o", out, "-f", "md,html,json")).code).toBe(0);
    let opened = 0;
    const s = await runBatch({
      data,
      out,
      formats: ["md", "html", "json"],
      openBrowser: () => {
        opened++;
        throw new Error("no browser needed");
      },
    });
    expect([s.generated, s.unchanged, s.failed.length]).toEqual([0, 7, 0]);
    expect(opened).toBe(0);
    const r = await cli("batch", data, "-o", out, "-f", "md,html,json");
    expect(r.stdout).toContain("Inget har ändrats: alla 7 pressmeddelanden är redan aktuella.");
  });

  it("a corrupt manifest redoes every release and says why (it used to be a silent full rebuild)", async () => {
    const data = await dataset();
    const out = await tmp();
    expect((await cli("batch", data, "-o", out, "-f", "md,json")).code).toBe(0);
    const manifestFile = path.join(out, "2019", "manifest.json");
    await writeFile(manifestFile, '{ "releases": ');
    const r = await cli("batch", data, "-o", out, "-f", "md,json", "-q");
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`${manifestFile}: varning: manifest.json kunde inte läsas (ogiltig JSON); alla pressmeddelanden görs om`);
    expect(r.stdout).toContain("7 pressmeddelanden");
    expect(r.stdout).toContain("7 skapade, 0 oförändrade");
    // The manifest is whole again: the next run skips everything, without a warning.
    const again = await cli("batch", data, "-o", out, "-f", "md,json", "-q");
    expect(again.stderr).not.toContain("manifest.json");
    expect(again.stdout).toContain("Inget har ändrats");
  });

  it("redoes only the release whose editorial file changed, and one whose file was deleted or edited", async () => {
    const data = await dataset();
    const out = await tmp();
    const editorial = await tmp();
    await writeFile(path.join(editorial, "0115.yaml"), "about: Vallentuna ligger norr om Stockholm.\n");
    expect((await cli("batch", data, "-o", out, "-f", "md,json", "-e", editorial)).code).toBe(0);
    await writeFile(path.join(editorial, "0115.yaml"), "about: Vallentuna ligger i Roslagen.\n");
    await writeFile(path.join(out, "2019", "0120-varmdo", "pressmeddelande.md"), "ändrad för hand\n");
    await rm(path.join(out, "2019", "0123-jarfalla", "pressmeddelande.json"));
    const s = await runBatch({ data, out, formats: ["md", "json"], editorial });
    expect(s.entries.filter((e) => e.status === "generated").map((e) => e.code)).toEqual(["0115", "0120", "0123"]);
    expect(s.unchanged).toBe(4);
    expect(await readFile(path.join(out, "2019", "0115-vallentuna", "pressmeddelande.md"), "utf8")).toContain(
      "Vallentuna ligger i Roslagen.",
    );
  });

  it("a change to the phrase bank or a template redoes every release", async () => {
    const data = await dataset();
    const out = await tmp();
    const templates = await tmp();
    expect((await cli("batch", data, "-o", out, "-f", "md", "-t", templates)).code).toBe(0);
    await writeFile(
      path.join(templates, "pressmeddelande.md.hbs"),
      (await readFile("templates/pressmeddelande.md.hbs", "utf8")).replace("{{> om}}", "{{> om}}\n\n###"),
    );
    const s = await runBatch({ data, out, formats: ["md"], templates });
    expect(s.generated).toBe(7);
  });

  it("--only makes just those; an unknown code is a usage error", async () => {
    const data = await dataset();
    const out = await tmp();
    const r = await cli("batch", data, "-o", out, "-f", "md", "--only", "0115,0126");
    expect(r.code).toBe(0);
    expect((await readdir(path.join(out, "2019"))).filter((f) => /^\d{4}-/.test(f))).toEqual(["0115-vallentuna", "0126-huddinge"]);
    const bad = await cli("batch", data, "-o", out, "-f", "md", "--only", "9999");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--only: 9999 finns inte i");
  });
});

describe("batch: one municipality's problem does not stop the others", () => {
  it("lists the failure with its position and reason, makes the rest, exits 1", async () => {
    const data = await dataset((raw) => {
      const m = raw.municipalities[3] as { results: Record<string, Record<string, number>> };
      (m.results["2019"] as Record<string, number>)["bemotande"] = 104;
    });
    const out = await tmp();
    const r = await cli("batch", data, "-o", out, "-f", "md");
    expect(r.code).toBe(1);
    // The position of the value 104 in the data file (the only value over 100).
    const lines = (await readFile(data, "utf8")).split("\n");
    const line = lines.findIndex((l) => /\bbemotande: 104$/.test(l)) + 1;
    const column = (lines[line - 1] ?? "").indexOf("104") + 1;
    expect(line).toBeGreaterThan(0);
    expect(r.stderr).toContain(
      `Misslyckades: 0117 Österåker: ${data}: ${line}:${column}: municipalities[3].results.2019.bemotande: 104 ligger utanför 0–100`,
    );
    expect(r.stdout).toMatch(/7 pressmeddelanden på .*: 6 skapade, 0 oförändrade, 1 misslyckades/);
    expect(existsSync(path.join(out, "2019", "0117-osteraker"))).toBe(false);
    expect(existsSync(path.join(out, "2019", "0120-varmdo", "pressmeddelande.md"))).toBe(true);
    const index = await readFile(path.join(out, "2019", "index.html"), "utf8");
    expect(index).toContain("104 ligger utanför 0–100");
  });

  it("a bad editorial file fails only its municipality", async () => {
    const data = await dataset();
    const out = await tmp();
    const editorial = await tmp();
    await writeFile(path.join(editorial, "0125.yaml"), "quotes:\n  - text: Bra.\n");
    const r = await cli("batch", data, "-o", out, "-f", "md", "-e", editorial);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Misslyckades: 0125 Ekerö: .*0125\.yaml: 2:5: quotes\[0\]\.name: fältet saknas/);
    expect(r.stdout).toContain("6 skapade");
  });

  it("an error outside the municipalities stops the run before anything is written", async () => {
    const data = await dataset((raw) => {
      (raw as unknown as { survey: { year: string } }).survey.year = "2019";
    });
    const out = await tmp();
    const r = await cli("batch", data, "-o", out, "-f", "md");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("survey.year: ska vara ett tal, inte text");
    expect(await readdir(out)).toEqual([]);
  });
});

describe("batch: PDFs with one browser", () => {
  it("relaunches Chromium when it dies mid-batch and still completes every release", async () => {
    const data = await dataset();
    const out = await tmp();
    let session: BrowserSession | undefined;
    let killed = false;
    const s = await runBatch({
      data,
      out,
      formats: ["pdf"],
      concurrency: 2,
      onBrowser: (b) => (session = b),
      progress: {
        start: () => undefined,
        log: () => undefined,
        stop: () => undefined,
        update: (e) => {
          if (e.done === 2 && !killed && session?.pid) {
            killed = true;
            process.kill(session.pid, "SIGKILL");
          }
        },
      },
    });
    expect(killed).toBe(true);
    expect(s.failed).toEqual([]);
    expect(s.generated).toBe(7);
    expect(s.browserRelaunches).toBeGreaterThanOrEqual(1);
    for (const e of s.entries) {
      const pdf = await readFile(path.join(out, "2019", e.folder, "pressmeddelande.pdf"));
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    }
  });

  it("a PDF that times out is tried again, then reported as failed with a Swedish reason", async () => {
    const data = await dataset();
    const out = await tmp();
    const s = await runBatch({ data, out, formats: ["md", "pdf"], only: ["0126"], pdfTimeoutMs: 1 });
    expect(s.failed).toHaveLength(1);
    expect(s.failed[0]?.reason).toMatch(/^PDF: tidsgränsen på 1\u00A0ms överskreds$/);
    // Nothing of that release was written: md waits for the pdf.
    expect(existsSync(path.join(out, "2019", "0126-huddinge", "pressmeddelande.md"))).toBe(false);
  });

  it("Ctrl-C mid-batch leaves only complete files, and the next run finishes the job", async () => {
    const data = await dataset();
    const out = await tmp();
    const child = spawn(process.execPath, ["dist/cli/main.js", "batch", data, "-o", out, "-f", "md,pdf", "-c", "1"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    let stdout = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    const code = await new Promise<number | null>((resolve) => {
      child.stderr.on("data", (d: Buffer) => {
        stderr += d.toString();
        if (/\[2\/7\]/.test(stderr) && !child.killed) child.kill("SIGINT");
      });
      child.on("exit", (c) => resolve(c));
    });
    expect(code, stderr).toBe(130);
    expect(stderr).toContain("Avbruten. Kör samma kommando igen för att göra klart resten.");
    expect(stdout).toMatch(/inte påbörjade/);
    // Every file that exists is complete: its hash is in the manifest, or it is a whole PDF.
    const manifest = await manifestOf(out);
    const done = Object.keys(manifest.releases);
    expect(done.length).toBeGreaterThanOrEqual(2);
    expect(done.length).toBeLessThan(7);
    const all = await readdir(path.join(out, "2019"), { recursive: true });
    expect(all.filter((f) => f.endsWith(".tmp"))).toEqual([]);
    for (const f of all.filter((n) => n.endsWith(".pdf"))) {
      const pdf = await readFile(path.join(out, "2019", f));
      expect(pdf.subarray(-6).toString("latin1"), f).toMatch(/%%EOF\s*$/);
    }
    // The next run makes the rest and leaves the finished ones alone.
    const s = await runBatch({ data, out, formats: ["md", "pdf"] });
    expect(s.unchanged).toBe(done.length);
    expect(s.generated).toBe(7 - done.length);
    expect(s.failed).toEqual([]);
  }, 60_000);
});

describe("batch --national", () => {
  it("makes the riket release beside the municipal ones, links it from the index, and skips it when current", async () => {
    const out = await tmp();
    const r = await cli("batch", "data/exempel/kkik-2019-alla.yaml", "-o", out, "-f", "md,json", "--national", "-q");
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("Riket: skapat.");
    const md = await readFile(path.join(out, "2019", "riket", "pressmeddelande.md"), "utf8");
    expect(md).toBe(await readFile("test/golden/riket-2019/pressmeddelande.md", "utf8"));
    const index = await readFile(path.join(out, "2019", "index.html"), "utf8");
    expect(index).toContain('href="riket/pressmeddelande.md"');
    expect((await manifestOf(out)).releases["riket"]?.files["pressmeddelande.md"]).toBe(sha256(md));
    const again = await cli("batch", "data/exempel/kkik-2019-alla.yaml", "-o", out, "-f", "md,json", "--national", "-q");
    expect(again.stdout).toContain("Riket: oförändrat.");
    expect(again.stdout).toContain("Inget har ändrats");
  });
});

describe("batch: the steps on their own", () => {
  it("plans every kind's targets in data order, narrows only the municipalities with --only, and fails a kind with nothing to make", async () => {
    const { loadDatasetPartial } = await import("../src/load/dataset.js");
    const { municipalityKind } = await import("../src/kinds/municipality/kind.js");
    const { nationalKind } = await import("../src/kinds/national/kind.js");
    const { planBatch } = await import("../src/write/batch.js");
    const { openKinds } = await import("../src/write/kind-run.js");
    const data = await dataset((raw) => {
      delete (raw as { national?: unknown }).national;
    });
    const { dataset: ds, excluded } = await loadDatasetPartial(data);
    const runs = await openKinds([municipalityKind, nationalKind], ds, { data });
    const plan = planBatch(runs, { dataset: ds, excluded, data, only: ["0126", "0115"] });
    expect(plan.releases.map((r) => `${r.target.kind}:${r.target.id}`)).toEqual(["municipality:0126", "municipality:0115"]);
    expect(plan.failures.map((f) => [f.failure.kind, f.failure.code, f.label])).toEqual([["national", "riket", "Riket"]]);
    expect(plan.failures[0]?.failure.reason).toMatch(/data\.yaml: inget att sammanfatta för riket 2019: datafilen har inga värden under national/);
    expect(() => planBatch(runs, { dataset: ds, excluded, data, only: ["9999"] })).toThrow(/--only: 9999 finns inte i/);
  });

  it("counts per kind: a summary release is not one of the municipalities' releases", async () => {
    const { summarise, tallyOf } = await import("../src/write/batch.js");
    const entry = (kind: string, code: string, status: "generated" | "unchanged" | "failed", warnings = 0) => ({
      kind, code, name: code, officialName: code, folder: code, status, headline: status === "failed" ? null : "R",
      warnings: Array.from({ length: warnings }, () => ({ ruleId: "no-quote", text: "inget citat" })), highlights: [], error: null, files: {}, edited: [],
    });
    const entries = [entry("national", "riket", "generated", 1), entry("municipality", "0126", "unchanged", 2), entry("municipality", "0114", "failed")];
    const s = summarise({
      year: 2019, dir: "out/2019", kinds: ["municipality", "national"], interrupted: false, durationMs: 1, browserRelaunches: 0,
      dataset: {} as never, messages: [],
      record: {
        entries: new Map(entries.map((e) => [`${e.kind}\0${e.code}`, e])),
        failures: [{ kind: "municipality", code: "0114", name: "0114", reason: "fel" }],
        notStarted: ["municipality"],
      },
    });
    expect(s.entries.map((e) => e.code)).toEqual(["0114", "0126", "riket"]);
    expect(tallyOf(s, "municipality")).toEqual({ kind: "municipality", total: 3, generated: 0, unchanged: 1, failed: 1, withWarnings: 1, notStarted: 1, notWritten: 0 });
    expect(tallyOf(s, "national")).toEqual({ kind: "national", total: 1, generated: 1, unchanged: 0, failed: 0, withWarnings: 1, notStarted: 0, notWritten: 0 });
    expect([s.total, s.generated, s.withWarnings]).toEqual([4, 1, 2]);
  });

  it("--national with nothing to summarise: the municipalities are made, riket fails with the reason, exit 1", async () => {
    const data = await dataset((raw) => {
      delete (raw as { national?: unknown }).national;
    });
    const out = await tmp();
    const r = await cli("batch", data, "-o", out, "-f", "md", "--national", "-q");
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^7 pressmeddelanden på .*: 7 skapade, 0 oförändrade, 0 misslyckades/m);
    expect(r.stdout).not.toContain("Riket:");
    expect(r.stderr).toContain(`Misslyckades: riket: ${data}: inget att sammanfatta för riket 2019`);
    expect(existsSync(path.join(out, "2019", "riket"))).toBe(false);
    expect(await readFile(path.join(out, "2019", "index.html"), "utf8")).not.toContain('<section class="riket"');
  });
});
