// `kommunpress national` through the CLI edge: files in out/<year>/riket/,
// byte-identical re-runs, warnings for the national release only, usage and
// data errors with nothing written, template overrides, and the PDF's text.
import { existsSync } from "node:fs";
import { copyFile, mkdtemp, readFile, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { cli } from "./helpers/cli.js";

const tmp = (): Promise<string> => mkdtemp(path.join(tmpdir(), "kp-national-"));
const FIXTURE = "test/fixtures/national/tolv-kommuner.yaml";

describe("kommunpress national", () => {
  it("writes md and claims.json to out/<year>/riket/ by default, with no warnings for a complete release", async () => {
    const out = await tmp();
    const r = await cli("national", FIXTURE, "--out", out);
    expect(r.code, r.stderr).toBe(0);
    const dir = path.join(out, "2019", "riket");
    expect(r.stdout).toBe(`Skrev ${dir}/pressmeddelande.md\nSkrev ${dir}/pressmeddelande.json\n`);
    // The municipalities' own warnings (no quote, …) belong to their releases.
    expect(r.stderr).toBe("");
    const claims = JSON.parse(await readFile(path.join(dir, "pressmeddelande.json"), "utf8")) as { kind: string; indicators: unknown[] };
    expect(claims.kind).toBe("national");
    expect(claims.indicators).toHaveLength(4);
    expect(await readFile(path.join(dir, "pressmeddelande.md"), "utf8")).toMatch(/^Pressmeddelande 4 februari 2020\\\nSveriges Kommuner och Regioner \(SKR\)\n\n# /);
  });

  it("gives byte-identical files on a re-run, in all formats but pdf", async () => {
    const out = await tmp();
    const dir = path.join(out, "2019", "riket");
    const read = () => Promise.all(["md", "html", "json"].map((e) => readFile(path.join(dir, `pressmeddelande.${e}`))));
    expect((await cli("national", FIXTURE, "-o", out, "-f", "md,html,json")).code).toBe(0);
    const first = await read();
    expect((await cli("national", FIXTURE, "-o", out, "-f", "md,html,json")).code).toBe(0);
    expect(await read()).toEqual(first);
  });

  it("prints the national release's warnings with the data file's name", async () => {
    const out = await tmp();
    const ds = parse(await readFile(FIXTURE, "utf8")) as { national: { release?: unknown } };
    delete ds.national.release;
    const file = path.join(out, "utan-release.yaml");
    await writeFile(file, stringify(ds));
    const r = await cli("national", file, "-o", out);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr.split("\n").filter((l) => l !== "")).toEqual([
      `${file}: varning: national.release.quotes: inget citat; pressmeddelandet får en platshållare [CITAT: …]`,
      `${file}: varning: national.release.contacts: ingen kontaktperson; pressmeddelandet har en platshållare [KONTAKT: …]`,
      `${file}: varning: national.release.about: ingen om-text; pressmeddelandet har en platshållare [OM AVSÄNDAREN: …]`,
      `${file}: varning: national.release.date: inget datum; datumraden har en platshållare [DATUM]`,
    ]);
  });

  it("refuses an unknown format before doing anything (exit 2)", async () => {
    const out = await tmp();
    const r = await cli("national", FIXTURE, "-o", out, "-f", "md,rtf");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("okänt format rtf; välj bland md, html, pdf, json, docx, png, web eller all");
    expect(await readdir(out)).toEqual([]);
  });

  it("exits 1 and writes nothing when there is nothing to say about riket", async () => {
    const out = await tmp();
    const ds = parse(await readFile(FIXTURE, "utf8")) as { national?: unknown; survey: { participants: number } };
    delete ds.national;
    ds.survey.participants = 264;
    const file = path.join(out, "del.yaml");
    await writeFile(file, stringify(ds));
    const r = await cli("national", file, "-o", out);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `${file}: inget att sammanfatta för riket 2019: datafilen har inga värden under national för året och resultat för 12 av 264 deltagande kommuner`,
    );
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(path.join(out, "2019"))).toBe(false);
  });

  it("reports invalid data with positions (exit 1)", async () => {
    const r = await cli("national", "test/fixtures/invalid/number-as-text.yaml", "-o", await tmp());
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("test/fixtures/invalid/number-as-text.yaml:38:29:");
  });

  it("uses the user's own templates and phrase bank", async () => {
    const out = await tmp();
    const templates = await tmp();
    await writeFile(path.join(templates, "riket.md.hbs"), "# {{headline}}\n\n{{lead}}\n");
    // Every variant of the headline this release gets, rewritten.
    const bank = (await readFile("templates/fraser-riket.yaml", "utf8"))
      .replace('"Kommunerna blir bättre på att svara {kanal}"', '"Landets kommuner svarar bättre {kanal}"')
      .replace('"Bättre service {kanal} i landets kommuner"', '"Landets kommuner: bättre service {kanal}"')
      .replace('"Kommunernas service {kanal} förbättras"', '"Landets kommuner förbättrar servicen {kanal}"');
    await writeFile(path.join(templates, "fraser-riket.yaml"), bank);
    const r = await cli("national", FIXTURE, "-o", out, "-t", templates, "-f", "md");
    expect(r.code, r.stderr).toBe(0);
    const md = await readFile(path.join(out, "2019", "riket", "pressmeddelande.md"), "utf8");
    expect(md).toMatch(/^# Landets kommuner/);
    expect(md.split("\n\n")).toHaveLength(2);
  });

  it("reports a broken phrase bank with its position (exit 1)", async () => {
    const templates = await tmp();
    await copyFile("templates/fraser-riket.yaml", path.join(templates, "fraser-riket.yaml"));
    const bank = await readFile(path.join(templates, "fraser-riket.yaml"), "utf8");
    const broken = bank.replace("{Där} ökade {ämne} med", "{Där} ökade {ämnet} med");
    await writeFile(path.join(templates, "fraser-riket.yaml"), broken);
    // The position is the start of the phrase (its opening quote) in the edited file.
    const lines = broken.split("\n");
    const line = lines.findIndex((l) => l.includes("{ämnet}")) + 1;
    const column = (lines[line - 1] ?? "").indexOf('"') + 1;
    const r = await cli("national", FIXTURE, "-o", await tmp(), "-t", templates);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`fraser-riket.yaml:${line}:${column}: lead.improved.up: okänd platshållare {ämnet}`);
  });

  it("has Swedish help", async () => {
    const r = await cli("national", "--help");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Användning: kommunpress national");
    expect(r.stdout).toContain("--format <format>");
    expect(r.stdout).toContain("pressmeddelandet om riket");
  });
});

describe("kommunpress national --format all: the PDF", () => {
  it("writes all four formats, and the PDF holds the release's Swedish text", async () => {
    const out = await tmp();
    const r = await cli("national", FIXTURE, "-o", out, "-f", "all");
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.match(/pressmeddelande\.(md|html|pdf|json)/g)).toEqual([
      "pressmeddelande.md",
      "pressmeddelande.html",
      "pressmeddelande.pdf",
      "pressmeddelande.json",
    ]);
    const pdf = new Uint8Array(await readFile(path.join(out, "2019", "riket", "pressmeddelande.pdf")));
    const doc = await getDocument({ data: pdf, isEvalSupported: false, verbosity: 0 }).promise;
    let text = "";
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      text += content.items.map((i) => ("str" in i ? i.str + (i.hasEOL ? "\n" : " ") : "")).join("");
    }
    const info = (await doc.getMetadata()).info as Record<string, unknown>;
    await doc.destroy();
    const flat = text.replace(/\s+/g, " ");
    expect(flat).toContain("Kommunerna blir bättre på att svara via e-post");
    expect(flat).toContain("Bästa resultat");
    expect(flat).toContain("Höganäs, Lessebo");
    expect(info["Title"]).toBe("Kommunerna blir bättre på att svara via e-post");
    expect(info["Author"]).toBe("Sveriges Kommuner och Regioner (SKR)");
  });
});
