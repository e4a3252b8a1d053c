// `kommunpress batch`: every municipality, failure isolation, a manifest that
// lets a re-run skip what is current, a browser that dies mid-run, Ctrl-C.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { runBatch } from "../src/write/batch.js";
import { main } from "../src/cli/main.js";
import { sha256 } from "../src/hash.js";
import { Manifest } from "../src/write/manifest.js";
import type { BrowserSession } from "../src/render/browser.js";

const tmp = (): Promise<string> => mkdtemp(path.join(tmpdir(), "kp-batch-"));

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

const TOWNS: [string, string, string][] = [
  ["0114", "Upplands Väsby", "Upplands Väsby kommun"],
  ["0115", "Vallentuna", "Vallentuna kommun"],
  ["0117", "Österåker", "Österåkers kommun"],
  ["0120", "Värmdö", "Värmdö kommun"],
  ["0123", "Järfälla", "Järfälla kommun"],
  ["0125", "Ekerö", "Ekerö kommun"],
];

/** The Huddinge example plus six neighbours with made-up figures; `edit` may change the raw data. */
async function dataset(edit?: (raw: { municipalities: Record<string, unknown>[] }) => void): Promise<string> {
  const raw = parse(await readFile("data/exempel/huddinge-2019.yaml", "utf8")) as {
    municipalities: Record<string, unknown>[];
  };
  const huddinge = raw.municipalities[0] as { results: Record<string, Record<string, number>> };
  TOWNS.forEach(([code, name, officialName], i) => {
    const shift = (v: number): number => Math.max(0, Math.min(100, v - 3 * i + 4));
    const results = Object.fromEntries(
      Object.entries(huddinge.results).map(([year, r]) => [
        year,
        Object.fromEntries(Object.entries(r).map(([k, v]) => [k, k === "epost-svarstid" ? v + i : shift(v)])),
      ]),
    );
    raw.municipalities.push({ code, name, officialName, group: "A2", results });
  });
  edit?.(raw);
  const dir = await tmp();
  const file = path.join(dir, "data.yaml");
  await writeFile(file, stringify(raw));
  return file;
}

async function manifestOf(out: string): Promise<Manifest> {
  return Manifest.parse(JSON.parse(await readFile(path.join(out, "2019", "manifest.json"), "utf8")));
}

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
    expect(entry?.headline).toBe("Huddinge klart bättre på e-postsvaren inom en arbetsdag");
    for (const [name, hash] of Object.entries(entry?.files ?? {})) {
      expect(sha256(await readFile(path.join(out, "2019", "0126-huddinge", name))), name).toBe(hash);
    }
    // The neighbours have no quote: the index and the manifest say so.
    expect(manifest.releases["0115"]?.warnings.map((w) => w.ruleId)).toContain("no-quote");
    const index = await readFile(path.join(out, "2019", "index.html"), "utf8");
    expect(index).toContain("Huddinge klart bättre på <span class=\"hel\">e-postsvaren</span> inom en arbetsdag");
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
    expect(r.stderr).toMatch(
      /Misslyckades: 0117 Österåker: .*data\.yaml: \d+:\d+: municipalities\[3\]\.results\.2019\.bemotande: 104 ligger utanför 0–100/,
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
