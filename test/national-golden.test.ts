// The national release for data/exempel/kkik-2019-alla.yaml (264 of 290
// municipalities with 2019 results, riket and kommungrupper in the data):
// golden Markdown and claims.json, read sentence by sentence and checked
// against the data with an independent script before they were committed.
// The data file has no national.release, so the release has placeholders for
// date, quote, contacts and about, with a warning for each.
import { existsSync } from "node:fs";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "./helpers/cli.js";

const DATA = "data/exempel/kkik-2019-alla.yaml";
const GOLDEN = "test/golden/riket-2019";
const NB = "\u00A0";

describe.skipIf(!existsSync(DATA))("the national release for kkik-2019-alla.yaml (golden, read sentence by sentence)", () => {
  it("writes exactly the golden Markdown and claims.json, with the example's editorial content and no warnings", async () => {
    const out = await mkdtemp(path.join(tmpdir(), "kp-riket-"));
    const r = await cli("national", DATA, "--out", out);
    expect(r.code, r.stderr).toBe(0);
    const dir = path.join(out, "2019", "riket");
    expect(await readFile(path.join(dir, "pressmeddelande.md"), "utf8")).toBe(await readFile(`${GOLDEN}/pressmeddelande.md`, "utf8"));
    expect(await readFile(path.join(dir, "pressmeddelande.json"), "utf8")).toBe(await readFile(`${GOLDEN}/pressmeddelande.json`, "utf8"));
    expect(r.stderr).toBe("");
    const md = await readFile(path.join(dir, "pressmeddelande.md"), "utf8");
    expect(md).toMatch(/^Pressmeddelande 21 januari 2020\\\nSveriges Kommuner och Regioner \(SKR\)\n/);
    expect(md).toContain("i telefon, säger Eva Exempeldotter, utredare på SKR (påhittad).");
  });

  it("states the figures that were checked against the data", async () => {
    const md = await readFile(`${GOLDEN}/pressmeddelande.md`, "utf8");
    // Riket's own averages, 2018 → 2019: 80 → 84 (+4, improved).
    expect(md).toContain(`gick upp i riket med 4${NB}procentenheter, till i snitt 84${NB}procent 2019 jämfört med 80${NB}procent 2018`);
    // Nine municipalities at 100 procent: counted (more than four), digits like 264 in the same sentence.
    expect(md).toContain(`låg nio kommuner med 100${NB}procent, medan Herrljunga och Storuman hade lägst värde (30${NB}procent)`);
    // 256 with both years: 172 up by at least 2, 24 down by at least 2.
    expect(md).toContain(`gick 172${NB}kommuner framåt med minst 2${NB}procentenheter, medan 24${NB}kommuner gick bakåt`);
    // Hours, lower is better: 7 → 6 is an improvement; 1 hour is best, 29,6 hours worst.
    expect(md).toContain(`sjönk i riket från i snitt 7${NB}timmar 2018 till 6${NB}timmar 2019, en förbättring`);
    expect(md).toContain(`Bäst bland de 262${NB}kommuner som har ett resultat var Skinnskatteberg och Söderköping med 1${NB}timme, medan Töreboda hade högst och därmed svagast värde (29,6${NB}timmar).`);
    expect(md).toContain(`förbättrade 113${NB}kommuner sitt resultat med minst 1${NB}timme, medan 19${NB}kommuner försämrade det`);
    // Bemötande 85 → 84 is within 2: unchanged; groups only 2 apart (below 3): close together, no best and worst.
    expect(md).toContain(`förändrades knappt i riket: i snitt 84${NB}procent 2019 jämfört med 85${NB}procent 2018`);
    expect(md).toContain(`Mellan kommungrupperna skilde det bara 2${NB}procentenheter, med snitt från 83${NB}procent till 85${NB}procent.`);
    // The data's own note ends the fact box.
    expect(md).toContain("Siffrorna i detta pressmeddelande är exempeldata och inte verkliga resultat.");
  });
});
