// The batch records what the years show for each release (records, streaks,
// turnarounds) in the manifest and shows it in the index's "Över tid" column
// and list; an unchanged release keeps its notes, and one from a manifest
// written before they were recorded gets them without its files being rewritten.
import { readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runBatch } from "../src/write/batch.js";
import { manifestOf, tmp } from "./helpers/batch-data.js";

const DATA = "data/exempel/kkik-2019-alla.yaml";
const ONLY = ["0114", "0117", "0126"];

const UPPLANDS_VASBY = ["bemötandet i telefon: sämst sedan 2014", "bemötandet i telefon: sämre två år i rad", "svarstiden på e-post: bäst sedan 2014"];

function overTimeCell(index: string, code: string): string {
  const row = new RegExp(`<tr [^>]*id="kommun-${code}">([\\s\\S]*?)</tr>`).exec(index)?.[1] ?? "";
  return [...row.matchAll(/<td>([\s\S]*?)<\/td>/g)].map((m) => m[1] ?? "")[3] ?? "";
}

describe("batch: what the years show", () => {
  it("records the notes in the manifest and shows them in the index, for riket too", { timeout: 60_000 }, async () => {
    const out = await tmp();
    const s = await runBatch({ data: DATA, out, formats: ["md"], only: ONLY, national: true });
    expect(s.failed).toEqual([]);
    const manifest = await manifestOf(out);
    expect(manifest.releases["0114"]?.highlights).toEqual(UPPLANDS_VASBY);
    // Österåker: tillgänglighet 51 → 49 → 43 → 48 turned; direktsvar 42 → 38 → 39 → 47 is one real rise (39 is within `same`), no streak.
    expect(manifest.releases["0117"]?.highlights).toEqual(["tillgängligheten i telefon: vände uppåt efter två års nedgång"]);
    // Riket's e-post 73, 75, 77, 78, 80, 84: up every year, one step (77 → 78) by less than `same`.
    expect(manifest.releases["riket"]?.highlights).toContain("e-postsvaren inom en arbetsdag: bättre varje år sedan 2014");
    const index = await readFile(path.join(out, "2019", "index.html"), "utf8");
    expect(overTimeCell(index, "0114")).toBe(`<ul class="varningar">${UPPLANDS_VASBY.map((h) => `<li>${h}</li>`).join("")}</ul>`);
    expect(index).toContain('<summary>Rekord, sviter eller vändningar i fyra pressmeddelanden</summary>');
    expect(index).toContain('<a href="#riket-rubrik">Riket</a>');
    expect(index).toContain('<a href="#kommun-0114">Upplands Väsby kommun</a>');
  });

  it("an unchanged release keeps its notes; one from an older manifest gets them, its files untouched", { timeout: 60_000 }, async () => {
    const out = await tmp();
    await runBatch({ data: DATA, out, formats: ["md"], only: ONLY });
    const manifestFile = path.join(out, "2019", "manifest.json");
    const written = await manifestOf(out);
    // As a manifest from before the notes were recorded.
    const old = { ...written, releases: Object.fromEntries(Object.entries(written.releases).map(([id, { highlights: _h, ...e }]) => [id, e])) };
    await writeFile(manifestFile, `${JSON.stringify(old, null, 2)}\n`);
    const md = path.join(out, "2019", "0114-upplands-vasby", "pressmeddelande.md");
    const before = (await stat(md)).mtimeMs;
    const again = await runBatch({ data: DATA, out, formats: ["md"], only: ONLY });
    expect([again.generated, again.unchanged]).toEqual([0, 3]);
    expect((await stat(md)).mtimeMs).toBe(before);
    expect((await manifestOf(out)).releases["0114"]?.highlights).toEqual(UPPLANDS_VASBY);
    const index = await readFile(path.join(out, "2019", "index.html"), "utf8");
    expect(overTimeCell(index, "0114")).toContain("sämst sedan 2014");
    // And a third run reads them back from the manifest.
    const third = await runBatch({ data: DATA, out, formats: ["md"], only: ONLY });
    expect(third.unchanged).toBe(3);
    expect(third.entries.find((e) => e.code === "0114")?.highlights).toEqual(UPPLANDS_VASBY);
    expect(overTimeCell(await readFile(path.join(out, "2019", "index.html"), "utf8"), "0126")).toBe(
      // Huddinge: direktsvar 69 → 70 → 72 and svarstid 7,4 → 8,2 → 9 move by less than `same` in a year: no streak, no turnaround.
      '<ul class="varningar"><li>e-postsvaren inom en arbetsdag: bäst sedan 2014</li><li>svarstiden på e-post: bäst sedan 2014</li></ul>',
    );
  });
});
