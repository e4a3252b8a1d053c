// A third kind of release is a folder plus a registration: batch, the batch
// index and publish handle a kind they have never heard of through the
// ReleaseKind interface alone. The kind here is a made-up county summary
// ("län"): one release per county among the municipalities (the first two
// digits of a municipality code are its county's).
import { shareImage } from "../src/render/share-image.js";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { canonicalJson, sha256 } from "../src/hash.js";
import { loadDataset } from "../src/load/dataset.js";
import { loadKindResources, type Generated, type ReleaseKind, type ReleaseTarget } from "../src/kinds/kind.js";
import { municipalityKind } from "../src/kinds/municipality/kind.js";
import type { ComposedRelease } from "../src/phrase/compose.js";
import type { Dataset } from "../src/schema.js";
import { ApprovalStore, approvalInputs } from "../src/write/approvals.js";
import { writeIndex } from "../src/write/batch-index.js";
import { runBatch } from "../src/write/batch.js";
import { resourcesHash } from "../src/write/inputs.js";
import { Manifest } from "../src/write/manifest.js";
import { publishApproved } from "../src/write/publish.js";

const tmp = (): Promise<string> => mkdtemp(path.join(tmpdir(), "kp-fake-kind-"));

function countyTarget(county: string): ReleaseTarget {
  return { kind: "county", id: `lan-${county}`, folder: `lan-${county}`, name: `Län ${county}`, officialName: `Län ${county}` };
}

function membersOf(dataset: Dataset, t: ReleaseTarget): string[] {
  const year = String(dataset.survey.year);
  return dataset.municipalities.filter((m) => m.results[year] !== undefined && `lan-${m.code.slice(0, 2)}` === t.id).map((m) => m.name);
}

function composed(headline: string): ComposedRelease {
  const none = { text: "", claims: [] };
  return {
    dateline: "",
    sender: "Länet",
    headline: { text: headline, claims: [] },
    headlineIsEditorial: false,
    lead: [],
    sections: [],
    quotes: [],
    extra: [],
    factsHeading: "",
    facts: [none],
    source: "",
    contactsHeading: "",
    contacts: [],
    contactsPlaceholder: null,
    aboutHeading: "",
    about: "",
    aboutPlaceholder: false,
    warnings: [],
    variants: [],
  };
}

function countyRelease(dataset: Dataset, target: ReleaseTarget): Generated {
  const members = membersOf(dataset, target);
  const headline = `${members.length} kommuner i ${target.name.toLowerCase()} svarade i enkäten`;
  const markdown = `# ${headline}\n\nKommunerna: ${members.join(", ")}.\n`;
  return {
    target,
    headline,
    markdown,
    composed: composed(headline),
    warnings: [],
    releaseWarnings: members.length < 2 ? [{ ruleId: "few-members", text: "bara en kommun" }] : [],
    highlights: [],
    claimsJson: () => `${JSON.stringify({ kind: "county", year: dataset.survey.year, headline, members }, null, 2)}\n`,
    html: async () => `<!DOCTYPE html>\n<html lang="sv"><head><meta charset="utf-8"><title>${headline}</title></head><body><h1>${headline}</h1></body></html>\n`,
    pdfMeta: () => ({ title: headline, author: "Länet", lang: "sv" }),
    sentenceViews: () => [],
    extras: () => ({
      figures: [],
      share: shareImage({ sender: "Länet", survey: "Enkäten", label: null, figure: null, comparison: null, headline, source: "Källa: testdata." }),
      factsHeading: "Fakta",
      contactsHeading: "Kontakt",
      aboutHeading: "Om länet",
      language: "sv-SE",
    }),
  };
}

const countyKind: ReleaseKind = {
  name: "county",
  editorialFiles: false,
  editedWhere: "ingenstans",
  // The municipal templates stand in for the county's own: the release text is made above.
  loadResources: (dir) => loadKindResources({ phraseBank: "fraser.yaml", template: "pressmeddelande.md.hbs" }, dir),
  open: (dataset) => {
    const year = String(dataset.survey.year);
    const counties = [...new Set(dataset.municipalities.filter((m) => m.results[year] !== undefined).map((m) => m.code.slice(0, 2)))].sort();
    return {
      kind: countyKind,
      targets: () => counties.map(countyTarget),
      dataHash: (t) => sha256(canonicalJson({ survey: dataset.survey, members: membersOf(dataset, t) })),
      generate: (t) => countyRelease(dataset, t),
      unavailable: () => [],
    };
  },
};

/** The Huddinge example plus Uppsala (county 03) and Botkyrka (county 01), with Huddinge's figures. */
async function counties(): Promise<string> {
  const raw = parse(await readFile("data/exempel/huddinge-2019.yaml", "utf8")) as { municipalities: Record<string, unknown>[] };
  const huddinge = raw.municipalities[0] as { results: unknown; group?: string };
  raw.municipalities.push({ code: "0380", name: "Uppsala", officialName: "Uppsala kommun", group: huddinge.group, results: huddinge.results });
  raw.municipalities.push({ code: "0127", name: "Botkyrka", officialName: "Botkyrka kommun", group: huddinge.group, results: huddinge.results });
  const file = path.join(await tmp(), "lan.yaml");
  await writeFile(file, stringify(raw));
  return file;
}

describe("a third kind, known only through the interface", () => {
  it("batch writes its releases to out/<year>/<folder>/, lists them in manifest.json and index.html, and skips them when current", async () => {
    const data = await counties();
    const out = await tmp();
    const s = await runBatch({ data, out, formats: ["md", "json", "html"], kinds: [countyKind] });
    expect(s.failed).toEqual([]);
    expect(s.entries.map((e) => [e.kind, e.code, e.status])).toEqual([
      ["county", "lan-01", "generated"],
      ["county", "lan-03", "generated"],
    ]);
    expect(await readFile(path.join(out, "2019", "lan-01", "pressmeddelande.md"), "utf8")).toBe(
      "# 2 kommuner i län 01 svarade i enkäten\n\nKommunerna: Huddinge, Botkyrka.\n",
    );
    expect(JSON.parse(await readFile(path.join(out, "2019", "lan-03", "pressmeddelande.json"), "utf8"))).toMatchObject({ kind: "county", members: ["Uppsala"] });
    // No municipality's release was made.
    expect(existsSync(path.join(out, "2019", "0126-huddinge"))).toBe(false);

    const manifest = Manifest.parse(JSON.parse(await readFile(path.join(out, "2019", "manifest.json"), "utf8")));
    expect(Object.keys(manifest.releases)).toEqual(["lan-01", "lan-03"]);
    expect(manifest.releases["lan-03"]).toMatchObject({ folder: "lan-03", name: "Län 03", warnings: [{ ruleId: "few-members", text: "bara en kommun" }] });
    const md = await readFile(path.join(out, "2019", "lan-01", "pressmeddelande.md"));
    expect(manifest.releases["lan-01"]?.files["pressmeddelande.md"]).toBe(sha256(md));

    const index = await readFile(await writeIndex(s, { data }), "utf8");
    expect(index).toContain('<section class="riket" aria-labelledby="lan-01-rubrik">\n<h2 id="lan-01-rubrik">Län 01</h2>');
    expect(index).toContain('<a href="lan-03/pressmeddelande.md"><span class="dold">Län 03: </span>Markdown</a>');
    expect(index).toContain("Inga pressmeddelanden för kommuner i den här körningen.");

    const again = await runBatch({ data, out, formats: ["md", "json", "html"], kinds: [countyKind] });
    expect(again.entries.map((e) => e.status)).toEqual(["unchanged", "unchanged"]);
    expect(again.tallies).toEqual([{ kind: "county", total: 2, generated: 0, unchanged: 2, failed: 0, withWarnings: 1, notStarted: 0, notWritten: 0 }]);
  });

  it("runs beside the municipalities: their table and its sections on one index page", async () => {
    const data = await counties();
    const out = await tmp();
    const s = await runBatch({ data, out, formats: ["md"], kinds: [municipalityKind, countyKind] });
    expect(s.entries.map((e) => e.code)).toEqual(["0126", "0127", "0380", "lan-01", "lan-03"]);
    expect(s.tallies.map((t) => [t.kind, t.generated])).toEqual([
      ["municipality", 3],
      ["county", 2],
    ]);
    const index = await readFile(await writeIndex(s, { data }), "utf8");
    expect(index).toContain('href="0380-uppsala/pressmeddelande.md"');
    expect(index).toContain('href="lan-03/pressmeddelande.md"');
    expect(index).toContain("Sammanlagt tre pressmeddelanden: tre skapade; ");
  });

  it("publish copies an approved release of it, and only while its data is what was approved", async () => {
    const data = await counties();
    const out = await tmp();
    await runBatch({ data, out, formats: ["md", "json"], kinds: [countyKind] });
    const { dataset } = await loadDataset(data);
    const resources = await countyKind.loadResources();
    const session = countyKind.open(dataset, resources, data);
    const target = countyTarget("01");
    const inputs = approvalInputs(session.dataHash(target), null, await resourcesHash(resources));
    await new ApprovalStore(data).approve(target.id, inputs, session.generate(target).headline);

    const to = path.join(path.dirname(data), "publicera");
    const first = await publishApproved({ data, out, to, formats: ["md", "json"], kinds: [countyKind] });
    expect(first.published).toEqual([
      { kind: "county", code: "lan-01", name: "Län 01", dir: path.join(to, "2019", "lan-01"), files: ["pressmeddelande.md", "pressmeddelande.json"], pdfCopied: null },
    ]);
    // A release of a kind other than the municipalities' that nobody approved is not mentioned.
    expect(first.skipped).toEqual([]);
    expect(await readFile(path.join(to, "2019", "lan-01", "pressmeddelande.md"), "utf8")).toBe(
      await readFile(path.join(out, "2019", "lan-01", "pressmeddelande.md"), "utf8"),
    );

    // Botkyrka leaves the data: county 01's release is no longer the approved one.
    const raw = parse(await readFile(data, "utf8")) as { municipalities: { code: string }[] };
    raw.municipalities = raw.municipalities.filter((m) => m.code !== "0127");
    await writeFile(data, stringify(raw));
    const second = await publishApproved({ data, out, to: `${to}-2`, formats: ["md"], kinds: [countyKind] });
    expect(second.published).toEqual([]);
    expect(second.skipped).toEqual([
      { kind: "county", code: "lan-01", name: "Län 01", reason: "ändrad efter godkännande (datat har ändrats)", earlierCopy: null },
    ]);
  });
});
