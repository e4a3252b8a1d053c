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
    // Headline: both e-post indicators improved; telefon's bemötande did not, so only e-post is named.
    expect(md).toContain("# Kommunerna blir bättre på att svara via e-post\n");
    // Riket 80 → 84 (+4), the highest since 2014 (earlier best 80 in 2018).
    expect(md).toContain(`upp med 4${NB}procentenheter till i snitt 84${NB}procent 2019, bättre än något år sedan mätningen började 2014.`);
    // Bemötande 84: below every earlier year (85–86): the lead says the worst since 2014.
    expect(md).toContain(`via telefon på 84${NB}procent 2019, det sämsta resultatet sedan mätningen började 2014.`);
    // Four of five improved (bemötande −1 is within 2).
    expect(md).toContain("Snittet för riket blev bättre på fyra av fem mått och sämre på inget.");
    // Long run and streak: 73 (2014) → 84; 78 → 80 → 84 is two steps (77 → 78 is within 2).
    expect(md).toContain(`Sedan 2014 har e-postsvaren inom en arbetsdag i riket ökat från 73${NB}procent till 84${NB}procent.`);
    expect(md).toContain("andra året i rad");
    // Nine municipalities at 100 procent, counted in words; the two lowest share 30.
    expect(md).toContain(`Högsta möjliga resultat, 100${NB}procent, hade nio kommuner. Svagast resultat hade Herrljunga och Storuman (30${NB}procent).`);
    // 256 with both years: 172 up by at least 2, 24 down (7,17 times).
    expect(md).toContain(`har 172${NB}kommuner förbättrat resultatet med minst 2${NB}procentenheter, drygt sju gånger så många som de 24${NB}kommuner`);
    // Hours, lower is better: 7 → 6 is an improvement; 1 hour is best, 29,6 and 18 hours worst.
    expect(md).toContain(`i snitt 6${NB}timmar 2019, en minskning från 7${NB}timmar 2018 och därmed en förbättring`);
    expect(md).toContain(`Bäst i landet var Skinnskatteberg och Söderköping, med 1${NB}timme. Sämst i landet var Töreboda (29,6${NB}timmar), näst sämst Ödeshög (18${NB}timmar).`);
    // One at the top: the second tier is named too.
    expect(md).toContain(`Bäst resultat hade Värmdö (94${NB}procent), följt av Hjo, Skara och Östhammar (91${NB}procent).`);
    // Bemötande: 114 down against 57 up is exactly twice; groups 83–85 (2 apart, below 3): close together.
    expect(md).toContain(`försämrade 114${NB}kommuner sitt resultat med minst 2${NB}procentenheter, dubbelt så många som de 57${NB}kommuner`);
    expect(md).toContain(`Kommungruppernas snitt låg tätt, från 83${NB}procent till 85${NB}procent.`);
    // The data's own note ends the fact box.
    expect(md).toContain("Siffrorna i detta pressmeddelande är exempeldata och inte verkliga resultat.");
  });
});
