// preview editor: the form for quotes, contacts and the about text writes the
// municipality's editorial file through the yaml Document API: comments and
// key order stay, only changed fields are written, validation errors block
// the write (and point at the form field), and the file is created when it
// is missing.
import { existsSync } from "node:fs";
import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import {
  applyAction,
  formFromRelease,
  parseEditorForm,
  saveEditorial,
  type EditorForm,
} from "../src/preview/editor.js";
import { startPreview, type PreviewServer } from "../src/preview/server.js";
import type { Release } from "../src/schema.js";
import { cleanupTempDirs, formToken, huddingeCopy, post, raw, tempDir } from "./preview-fixtures.js";

afterAll(cleanupTempDirs);

const EXISTING = `# Huddinges texter för KKiK 2019 (granskade av kommunikationsavdelningen)
about: >-
  Huddinge är en av Stockholmsregionens största kommuner.
# Datum för utskick
date: 2020-01-24
quotes:
  # Ordföranden först
  - name: Anna Ordförande # stavning kontrollerad
    text: Vi är stolta över resultatet.
    title: kommunstyrelsens ordförande
  - text: Servicecenter har gjort ett fantastiskt jobb.
    name: Bo Chef
extra:
  - Ett extra stycke som formuläret inte rör.
# slut
`;

const base: Release = {
  quotes: [{ text: "Citat ur datafilen.", name: "Data Person" }],
  about: "Om-text ur datafilen.",
};

async function editorialDir(content?: string, name = "0126.yaml"): Promise<{ dir: string; file: string }> {
  const dir = path.join(await tempDir(), "texter");
  const file = path.join(dir, name);
  if (content !== undefined) {
    await mkdir(dir, { recursive: true });
    await writeFile(file, content);
  }
  return { dir, file };
}

function formOf(text: string): EditorForm {
  return formFromRelease(parse(text) as Release);
}

describe("saveEditorial", () => {
  it("changes only what changed and keeps comments and key order", async () => {
    const { dir, file } = await editorialDir(EXISTING);
    const form = formOf(EXISTING);
    form.quotes[0] = { text: "Vi är mycket stolta över resultatet.", name: "Anna Ordförande", title: "kommunstyrelsens ordförande" };
    form.contacts.push({ name: "Cia Kontakt", title: "", phone: "08-535 300 00", email: "cia@example.se" });
    const result = await saveEditorial({ dir, code: "0126", form, base });
    expect(result).toMatchObject({ ok: true, file, created: false, changed: true });
    const text = await readFile(file, "utf8");
    for (const comment of [
      "# Huddinges texter för KKiK 2019 (granskade av kommunikationsavdelningen)",
      "# Datum för utskick",
      "  # Ordföranden först",
      "# stavning kontrollerad",
      "# slut",
    ]) {
      expect(text).toContain(comment);
    }
    const value = parse(text) as Record<string, unknown>;
    // Key order of the file and of each quote as it was; the new field at the end.
    expect(Object.keys(value)).toEqual(["about", "date", "quotes", "extra", "contacts"]);
    expect(Object.keys((value.quotes as Record<string, unknown>[])[0] ?? {})).toEqual(["name", "text", "title"]);
    expect(value).toEqual({
      about: "Huddinge är en av Stockholmsregionens största kommuner.",
      date: "2020-01-24",
      quotes: [
        { name: "Anna Ordförande", text: "Vi är mycket stolta över resultatet.", title: "kommunstyrelsens ordförande" },
        { text: "Servicecenter har gjort ett fantastiskt jobb.", name: "Bo Chef" },
      ],
      extra: ["Ett extra stycke som formuläret inte rör."],
      contacts: [{ name: "Cia Kontakt", phone: "08-535 300 00", email: "cia@example.se" }],
    });
    // The block scalar stays a block scalar.
    expect(text).toContain("about: >-\n  Huddinge är en av Stockholmsregionens största kommuner.");
  });

  it("adds and removes quotes, and removes a cleared optional field", async () => {
    const { dir, file } = await editorialDir(EXISTING);
    let form = formOf(EXISTING);
    form = applyAction(form, { kind: "remove-quote", index: 1 });
    form = applyAction(form, { kind: "add-quote" });
    form.quotes[1] = { text: "  Ett nytt\n citat   med  radbrytning. ", name: "Ny Person", title: "" };
    form.quotes[0] = { ...(form.quotes[0] ?? { text: "", name: "", title: "" }), title: "" };
    expect((await saveEditorial({ dir, code: "0126", form, base })).ok).toBe(true);
    const value = parse(await readFile(file, "utf8")) as { quotes: Record<string, string>[] };
    expect(value.quotes).toEqual([
      { name: "Anna Ordförande", text: "Vi är stolta över resultatet." },
      { text: "Ett nytt citat med radbrytning.", name: "Ny Person" },
    ]);
    expect(await readFile(file, "utf8")).toContain("# stavning kontrollerad");
  });

  it("drops blank rows, hides the data file's quotes with an empty list, and lets about fall back", async () => {
    const { dir, file } = await editorialDir(EXISTING);
    const form: EditorForm = { quotes: [{ text: " ", name: "", title: "" }], contacts: [], about: "" };
    expect((await saveEditorial({ dir, code: "0126", form, base })).ok).toBe(true);
    const value = parse(await readFile(file, "utf8")) as Record<string, unknown>;
    // The data file has quotes: an empty list hides them. It has no contacts: nothing to write.
    expect(value.quotes).toEqual([]);
    expect("contacts" in value).toBe(false);
    // An empty about text removes the key, so the data file's applies.
    expect("about" in value).toBe(false);
    expect(value.date).toBe("2020-01-24");
  });

  it.each([
    [{ quotes: [{ text: "Ett citat.", name: "", title: "" }] }, "citat-0-namn", "får inte vara tom"],
    [{ quotes: [{ text: "", name: "Anna", title: "chef" }] }, "citat-0-text", "får inte vara tom"],
    [{ contacts: [{ name: "Cia", title: "", phone: "", email: "inte en adress" }] }, "kontakt-0-epost", '"inte en adress" är ingen giltig e-postadress'],
    [{ contacts: [{ name: "", title: "chef", phone: "", email: "" }] }, "kontakt-0-namn", "får inte vara tom"],
  ])("validation errors block the write: %j → %s", async (partial, field, message) => {
    const { dir, file } = await editorialDir(EXISTING);
    const before = await readFile(file);
    const mtime = (await stat(file)).mtimeMs;
    const form: EditorForm = { ...formOf(EXISTING), ...partial };
    const result = await saveEditorial({ dir, code: "0126", form, base });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toContainEqual({ field, message });
    expect(await readFile(file)).toEqual(before);
    expect((await stat(file)).mtimeMs).toBe(mtime);
  });

  it("maps errors to the form row even when blank rows come first", async () => {
    const { dir } = await editorialDir();
    const form: EditorForm = {
      quotes: [{ text: "", name: "", title: "" }, { text: "Citat.", name: "", title: "" }],
      contacts: [],
      about: "",
    };
    const result = await saveEditorial({ dir, code: "0126", form, base: undefined });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual([{ field: "citat-1-namn", message: "får inte vara tom" }]);
    expect(existsSync(dir)).toBe(false);
  });

  it("creates the folder and the file, writing only what differs from the data file", async () => {
    const { dir, file } = await editorialDir();
    expect(existsSync(dir)).toBe(false);
    const form: EditorForm = { quotes: [{ text: "Citat ur datafilen.", name: "Data Person", title: "" }], contacts: [], about: "En ny om-text." };
    const result = await saveEditorial({ dir, code: "0126", form, base, header: " Redaktionellt innehåll för Huddinge kommun (0126)." });
    expect(result).toMatchObject({ ok: true, created: true, changed: true });
    const text = await readFile(file, "utf8");
    expect(text.startsWith("# Redaktionellt innehåll för Huddinge kommun (0126).\n")).toBe(true);
    // The quote is the data file's own: not copied into the editorial file.
    expect(parse(text)).toEqual({ about: "En ny om-text." });
  });

  it("writes nothing (and creates nothing) when nothing differs from the data file", async () => {
    const { dir } = await editorialDir();
    const result = await saveEditorial({ dir, code: "0126", form: formFromRelease(base), base });
    expect(result).toMatchObject({ ok: true, changed: false });
    expect(existsSync(dir)).toBe(false);
  });

  it("quotes values that YAML would read as something else", async () => {
    const { dir, file } = await editorialDir();
    const form: EditorForm = {
      quotes: [{ text: "Svaret: ja # inte en kommentar", name: "true", title: "2020-01-01" }],
      contacts: [{ name: "- Lista?", title: "{ karta }", phone: "0812345", email: "" }],
      about: "null",
    };
    expect((await saveEditorial({ dir, code: "0126", form, base: undefined })).ok).toBe(true);
    expect(parse(await readFile(file, "utf8"))).toEqual({
      quotes: [{ text: "Svaret: ja # inte en kommentar", name: "true", title: "2020-01-01" }],
      contacts: [{ name: "- Lista?", title: "{ karta }", phone: "0812345" }],
      about: "null",
    });
  });

  it("does not rewrite a file with syntax errors", async () => {
    const broken = "quotes:\n  - text: [ett citat\n    name: Anna\n";
    const { dir, file } = await editorialDir(broken);
    const result = await saveEditorial({ dir, code: "0126", form: { quotes: [], contacts: [], about: "Om." }, base: undefined });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors[0]?.message).toContain("0126.yaml har fel som måste rättas i en textredigerare");
      // The parser notices the unclosed [ at the next key: "name" on line 3.
      const lines = broken.split("\n");
      const line = lines.indexOf("    name: Anna") + 1;
      const column = (lines[line - 1] ?? "").indexOf("name") + 1;
      expect(result.errors[1]?.message).toContain(`0126.yaml:${line}:${column}: ogiltig YAML`);
    }
    expect(await readFile(file, "utf8")).toBe(broken);
  });

  it("edits an existing JSON editorial file as JSON, in key order", async () => {
    const json = `{\n  "about": "Gammal.",\n  "date": "2020-01-24"\n}\n`;
    const { dir, file } = await editorialDir(json, "0126.json");
    const result = await saveEditorial({ dir, code: "0126", form: { quotes: [], contacts: [], about: "Ny." }, base: undefined });
    expect(result).toMatchObject({ ok: true, file });
    expect(existsSync(path.join(dir, "0126.yaml"))).toBe(false);
    const text = await readFile(file, "utf8");
    expect(Object.keys(JSON.parse(text) as object)).toEqual(["about", "date"]);
    expect(JSON.parse(text)).toEqual({ about: "Ny.", date: "2020-01-24" });
  });

  it("runs the extra check and blocks the write on its errors", async () => {
    const { dir } = await editorialDir();
    const result = await saveEditorial({
      dir,
      code: "0126",
      form: { quotes: [{ text: "Ett citat.", name: "Anna", title: "" }], contacts: [], about: "" },
      base: undefined,
      check: () => [{ ruleId: "guard", severity: "error", reason: "texten innehåller dubbla mellanslag", path: "municipalities[0].release.quotes[0].text" }],
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual([{ field: "citat-0-text", message: "texten innehåller dubbla mellanslag" }]);
    expect(existsSync(dir)).toBe(false);
  });
});

describe("parseEditorForm", () => {
  it("reads rows and the pressed button", () => {
    const body = new URLSearchParams({
      "citat-antal": "2",
      "citat-0-text": "A",
      "citat-0-namn": "B",
      "citat-1-titel": "C",
      "kontakt-antal": "1",
      "kontakt-0-epost": "x@example.se",
      om: "Om",
      atgard: "ta-bort-citat-1",
    });
    const { form, action } = parseEditorForm(body);
    expect(form).toEqual({
      quotes: [{ text: "A", name: "B", title: "" }, { text: "", name: "", title: "C" }],
      contacts: [{ name: "", title: "", phone: "", email: "x@example.se" }],
      about: "Om",
    });
    expect(action).toEqual({ kind: "remove-quote", index: 1 });
    expect(parseEditorForm(new URLSearchParams({ atgard: "nytt-citat" })).action).toEqual({ kind: "add-quote" });
    expect(parseEditorForm(new URLSearchParams({ atgard: "ny-kontakt" })).action).toEqual({ kind: "add-contact" });
    expect(parseEditorForm(new URLSearchParams({ atgard: "ta-bort-kontakt-0" })).action).toEqual({ kind: "remove-contact", index: 0 });
    expect(parseEditorForm(new URLSearchParams({ atgard: "spara" })).action).toEqual({ kind: "save" });
    expect(parseEditorForm(new URLSearchParams({ atgard: "något annat" })).action).toEqual({ kind: "save" });
    // Row counts are bounded.
    expect(parseEditorForm(new URLSearchParams({ "citat-antal": "100000" })).form.quotes).toHaveLength(30);
    expect(parseEditorForm(new URLSearchParams({ "citat-antal": "-3" })).form.quotes).toHaveLength(0);
  });
});

describe("editing in the preview", () => {
  let server: PreviewServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it("shows errors in the form without writing, then saves to <data-dir>/texter/<code>.yaml", async () => {
    const data = await huddingeCopy();
    server = await startPreview({ data: data.file, port: 0 });
    const port = server.port;
    const page = await raw(port, "GET", "/kommun/0126/redigera");
    expect(page.status).toBe(200);
    expect(page.body).toContain('<textarea id="citat-0-text" name="citat-0-text" aria-describedby="citat-0-text-hjalp" rows="4">Sedan förra året går alla samtal');
    expect(page.body).toMatch(/<p class="hjalp" id="citat-0-text-hjalp">Högst 600 tecken \(nu \d+\)\.<\/p>/);
    expect(page.body).toContain(`Sparas i <span class="filnamn">${path.join(data.dir, "texter", "0126.yaml")}</span>`);
    const token = formToken(page.body);
    const form = {
      token,
      "citat-antal": "1",
      "citat-0-text": "Vi svarar snabbare än någonsin.",
      "citat-0-namn": "",
      "citat-0-titel": "chef på Servicecenter",
      "kontakt-antal": "1",
      "kontakt-0-namn": "Ann-Marie Fredricsson",
      "kontakt-0-titel": "chef på Servicecenter",
      "kontakt-0-telefon": "08-123 456 78",
      "kontakt-0-epost": "servicecenter@example.se",
      om: "Huddinge är en av Stockholmsregionens största kommuner. Kontaktuppgifterna i detta exempel är påhittade.",
      atgard: "spara",
    };
    const bad = await post(port, "/kommun/0126/redigera", form);
    expect(bad.status).toBe(422);
    expect(bad.body).toContain("Texterna sparades inte");
    expect(bad.body).toContain('<a href="#citat-0-namn">får inte vara tom</a>');
    expect(bad.body).toContain('id="citat-0-namn" name="citat-0-namn" aria-invalid="true" aria-describedby="citat-0-namn-fel"');
    // What was typed is still there.
    expect(bad.body).toContain("Vi svarar snabbare än någonsin.");
    expect(existsSync(path.join(data.dir, "texter"))).toBe(false);

    const good = await post(port, "/kommun/0126/redigera", { ...form, "citat-0-namn": "Ann-Marie Fredricsson" });
    expect(good.status).toBe(303);
    expect(good.headers.location).toBe("/kommun/0126?klart=sparat");
    const file = path.join(data.dir, "texter", "0126.yaml");
    // Only the quotes differ from the data file.
    expect(parse(await readFile(file, "utf8"))).toEqual({
      quotes: [{ text: "Vi svarar snabbare än någonsin.", name: "Ann-Marie Fredricsson", title: "chef på Servicecenter" }],
    });
    const md = await raw(port, "GET", "/kommun/0126/pressmeddelande.md");
    expect(md.body).toContain("– Vi svarar snabbare än någonsin, säger Ann-Marie Fredricsson");
    const after = await raw(port, "GET", "/kommun/0126?klart=sparat");
    expect(after.body).toContain("Texterna är sparade.");
  });

  it("adds and removes rows without JavaScript and without writing", async () => {
    const data = await huddingeCopy();
    server = await startPreview({ data: data.file, port: 0 });
    const port = server.port;
    const token = formToken((await raw(port, "GET", "/kommun/0126/redigera")).body);
    const added = await post(port, "/kommun/0126/redigera", { token, "citat-antal": "1", "citat-0-text": "Ett", "citat-0-namn": "A", atgard: "nytt-citat" });
    expect(added.status).toBe(200);
    expect(added.body).toContain('<legend>Citat 2</legend>');
    expect(added.body).toContain('name="citat-antal" value="2"');
    const removed = await post(port, "/kommun/0126/redigera", { token, "citat-antal": "2", "citat-0-text": "Ett", "citat-1-text": "Två", atgard: "ta-bort-citat-0" });
    expect(removed.body).toContain('<textarea id="citat-0-text" name="citat-0-text" aria-describedby="citat-0-text-hjalp" rows="4">Två</textarea>');
    expect(removed.body).not.toContain("<legend>Citat 2</legend>");
    expect(existsSync(path.join(data.dir, "texter"))).toBe(false);
  });

  it("refuses a 5,000-character quote with the count at the field, and takes 600", async () => {
    const data = await huddingeCopy();
    server = await startPreview({ data: data.file, port: 0 });
    const port = server.port;
    const token = formToken((await raw(port, "GET", "/kommun/0126/redigera")).body);
    const form = { token, "citat-antal": "2", "citat-0-text": "Kort citat.", "citat-0-namn": "Anna", "citat-1-namn": "Bo", atgard: "spara" };
    const long = await post(port, "/kommun/0126/redigera", { ...form, "citat-1-text": `${"Ett långt citat. ".repeat(294)}Slut` });
    expect(long.status).toBe(422);
    const message = "Citatet är 5\u00A0002 tecken långt; högst 600 tecken får plats. Korta det med 4\u00A0402 tecken.";
    expect(long.body).toContain(`<li><a href="#citat-1-text">${message}</a></li>`);
    expect(long.body).toContain('id="citat-1-text" name="citat-1-text" aria-invalid="true" aria-describedby="citat-1-text-fel citat-1-text-hjalp"');
    expect(long.body).toContain(`<p class="faltfel" id="citat-1-text-fel">${message}</p>`);
    expect(long.body).toContain('<p class="hjalp" id="citat-1-text-hjalp">Högst 600 tecken (nu 5\u00A0002).</p>');
    // The first quote is fine and not marked.
    expect(long.body).not.toContain('id="citat-0-text" name="citat-0-text" aria-invalid');
    expect(existsSync(path.join(data.dir, "texter"))).toBe(false);

    const fits = await post(port, "/kommun/0126/redigera", { ...form, "citat-1-text": `${"x".repeat(599)}.` });
    expect(fits.status).toBe(303);
    const saved = parse(await readFile(path.join(data.dir, "texter", "0126.yaml"), "utf8")) as Release;
    expect(saved.quotes?.[1]?.text).toHaveLength(600);
  });

  it("blocks a save that would make the release fail (trial render)", async () => {
    const data = await huddingeCopy();
    server = await startPreview({ data: data.file, port: 0 });
    const port = server.port;
    const token = formToken((await raw(port, "GET", "/kommun/0126/redigera")).body);
    const res = await post(port, "/kommun/0126/redigera", {
      token,
      "citat-antal": "1",
      "citat-0-text": "Resultatet blev undefined i år.",
      "citat-0-namn": "Anna",
      atgard: "spara",
    });
    expect(res.status).toBe(422);
    expect(res.body).toContain("Texterna sparades inte");
    expect(res.body).toContain("undefined");
    expect(existsSync(path.join(data.dir, "texter"))).toBe(false);
  });
});
