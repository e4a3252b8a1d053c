// preview approvals: an approval holds the key of the release's inputs; any
// later change to the data slice (ranks included), the editorial file, the
// templates or the version withdraws it ("Ändrad efter godkännande").
import { municipalityDataHash } from "../src/kinds/municipality/kind.js";
import { existsSync } from "node:fs";
import { cp, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { computeRanks } from "../src/analyse/municipality.js";
import {
  approvalInputs,
  approvalsFileFor,
  ApprovalsFile,
  ApprovalsFileError,
  approvalState,
  ApprovalStore,
  changeReasons,
  editorialDirFor,
  readApprovals,
} from "../src/write/approvals.js";
import { loadDataset } from "../src/load/dataset.js";
import { releaseInputs } from "../src/write/inputs.js";
import { TEMPLATES_DIR } from "../src/paths.js";
import { startPreview, type PreviewServer } from "../src/preview/server.js";
import type { Dataset } from "../src/schema.js";
import { approvalKey, cleanupTempDirs, formToken, huddingeCopy, multiCopy, post, raw, tempDir } from "./preview-fixtures.js";

afterAll(cleanupTempDirs);

const T = "a".repeat(64);

async function keyOf(file: string, code: string, editorial: string | null = null, templates = T): Promise<string> {
  const { dataset } = await loadDataset(file);
  const m = dataset.municipalities.find((x) => x.code === code);
  if (!m) throw new Error(code);
  return approvalInputs(municipalityDataHash(dataset, m, computeRanks(dataset, dataset.survey.year).get(code)), editorial, templates).key;
}

async function editData(file: string, edit: (raw: Dataset) => void): Promise<void> {
  const raw = parse(await readFile(file, "utf8")) as Dataset;
  edit(raw);
  await writeFile(file, stringify(raw));
}

function setValue(raw: Dataset, code: string, indicator: string, value: number): void {
  const m = raw.municipalities.find((x) => x.code === code);
  const year = m?.results["2019"];
  if (!year) throw new Error(code);
  year[indicator] = value;
}

describe("approval keys", () => {
  it("are stable and change with the municipality's own data, the editorial file and the templates", async () => {
    const { file } = await multiCopy();
    const key = await keyOf(file, "0126");
    expect(await keyOf(file, "0126")).toBe(key);
    expect(await keyOf(file, "0126", "b".repeat(64))).not.toBe(key);
    expect(await keyOf(file, "0126", null, "c".repeat(64))).not.toBe(key);
    // Another municipality's figures are not part of Huddinge's release (no ranks: 7 of 264 participants).
    await editData(file, (raw) => setValue(raw, "0114", "bemotande", 50));
    expect(await keyOf(file, "0126")).toBe(key);
    await editData(file, (raw) => setValue(raw, "0126", "bemotande", 88));
    expect(await keyOf(file, "0126")).not.toBe(key);
  });

  it("count the ranks: a change elsewhere that moves a rank withdraws the approval", async () => {
    const { file } = await multiCopy((raw) => {
      (raw as unknown as Dataset).survey.participants = 7;
    });
    const key = await keyOf(file, "0126");
    // Ekerö from 76 to 77 on bemötande: still below Huddinge's 87, no rank moves.
    await editData(file, (raw) => setValue(raw, "0125", "bemotande", 77));
    expect(await keyOf(file, "0126")).toBe(key);
    // … to 95: now above Huddinge, whose rank drops.
    await editData(file, (raw) => setValue(raw, "0125", "bemotande", 95));
    expect(await keyOf(file, "0126")).not.toBe(key);
  });

  it("say what changed", () => {
    const base = releaseInputs({ data: "1".repeat(64), editorial: null, templates: T, formats: [] });
    const approval = { key: base.key, approvedAt: "2026-01-01T10:00:00.000Z", headline: "R", inputs: { data: base.data, editorial: base.editorial, templates: base.templates, version: base.version } };
    expect(approvalState(approval, base)).toEqual({ status: "approved", approval });
    expect(approvalState(undefined, base)).toEqual({ status: "none" });
    const changed = releaseInputs({ data: "2".repeat(64), editorial: "3".repeat(64), templates: "4".repeat(64), formats: [], version: "9.9.9" });
    expect(changeReasons(approval, changed)).toEqual([
      "datat har ändrats",
      "den redaktionella texten har ändrats",
      "mallarna eller frasbanken har ändrats",
      "kommunpress har uppdaterats",
    ]);
    expect(approvalState(approval, changed)).toMatchObject({ status: "changed" });
  });
});

describe("ApprovalStore", () => {
  it("writes the approvals file beside the data, atomically and validly", async () => {
    const dir = await tempDir();
    const data = path.join(dir, "kkik-2019.yaml");
    expect(approvalsFileFor(data)).toBe(path.join(dir, "kkik-2019.godkannanden.json"));
    expect(editorialDirFor(data)).toBe(path.join(dir, "texter"));
    expect(editorialDirFor(data, "egna")).toBe("egna");
    const store = new ApprovalStore(data);
    const inputs = releaseInputs({ data: "1".repeat(64), editorial: null, templates: T, formats: [] });
    // Concurrent approvals are serialised: none is lost.
    await Promise.all(["0114", "0115", "0117", "0120", "0126"].map((code) => store.approve(code, inputs, `Rubrik ${code}`, new Date("2026-03-01T09:30:00Z"))));
    const file = ApprovalsFile.parse(JSON.parse(await readFile(store.file, "utf8")));
    expect(Object.keys(file.approvals)).toEqual(["0114", "0115", "0117", "0120", "0126"]);
    expect(file.approvals["0126"]).toEqual({
      key: inputs.key,
      approvedAt: "2026-03-01T09:30:00.000Z",
      headline: "Rubrik 0126",
      inputs: { data: inputs.data, editorial: null, templates: T, version: inputs.version },
    });
    expect(file.data).toBe("kkik-2019.yaml");
    await store.withdraw("0115");
    expect(Object.keys((await store.read()).approvals)).toEqual(["0114", "0117", "0120", "0126"]);
    // No temp files left behind.
    const { readdir } = await import("node:fs/promises");
    expect((await readdir(dir)).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });

  it("never overwrites an approvals file it cannot read", async () => {
    const dir = await tempDir();
    const store = new ApprovalStore(path.join(dir, "d.yaml"));
    await writeFile(store.file, "{ inte json");
    const inputs = releaseInputs({ data: "1".repeat(64), editorial: null, templates: T, formats: [] });
    await expect(store.approve("0126", inputs, "R")).rejects.toBeInstanceOf(ApprovalsFileError);
    expect(await readFile(store.file, "utf8")).toBe("{ inte json");
    expect((await readApprovals(store.file)).messages[0]?.reason).toBe("filen med godkännanden är inte giltig JSON; inga godkännanden används");
    await writeFile(store.file, JSON.stringify({ kommunpress: "0", data: "d.yaml", approvals: { "../x": {} } }));
    expect((await readApprovals(store.file)).messages[0]?.reason).toBe("filen med godkännanden har fel format; inga godkännanden används");
    expect(await readApprovals(path.join(dir, "finns-inte.json"))).toEqual({ approvals: {}, messages: [] });
  });
});

describe("reviewing in the preview", () => {
  let server: PreviewServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  const approve = async (s: PreviewServer, code: string): Promise<string> => {
    const page = (await raw(s.port, "GET", `/kommun/${code}`)).body;
    const key = approvalKey(page);
    expect(key).not.toBeNull();
    const res = await post(s.port, `/kommun/${code}/godkann`, { token: formToken(page), nyckel: key ?? "" });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe(`/kommun/${code}?klart=godkant`);
    return key ?? "";
  };

  it("approves, and a later change to the data withdraws the approval", async () => {
    const data = await multiCopy();
    server = await startPreview({ data: data.file, port: 0 });
    const key = await approve(server, "0126");
    const stored = ApprovalsFile.parse(JSON.parse(await readFile(approvalsFileFor(data.file), "utf8")));
    expect(stored.approvals["0126"]?.key).toBe(key);
    expect(stored.approvals["0126"]?.headline).toBe("Huddinge: e-postsvaren inom en arbetsdag upp 19\u00A0procentenheter");
    expect(server.state.inputs("0126")?.key).toBe(key);

    const page = (await raw(server.port, "GET", "/kommun/0126?klart=godkant")).body;
    expect(page).toContain("Pressmeddelandet är godkänt.");
    expect(page).toMatch(/<p class="status status-godkand">Godkänd \d{4}-\d\d-\d\d kl\. \d\d\.\d\d<\/p>/);
    expect(page).toContain("Återkalla godkännandet");
    const approvedRows = (await raw(server.port, "GET", "/?granskning=godkand")).body;
    expect(approvedRows).toContain('href="/kommun/0126"');
    expect(approvedRows).toContain("Visar 1 av 8");

    await editData(data.file, (raw) => setValue(raw, "0126", "epost-en-dag", 97));
    await server.refresh();
    const changed = (await raw(server.port, "GET", "/kommun/0126")).body;
    expect(changed).toContain('<p class="status status-andrad">Ändrad efter godkännande</p>');
    expect(changed).toContain("men datat har ändrats sedan dess.");
    expect(changed).toContain("Godkänn igen");
    expect((await raw(server.port, "GET", "/?granskning=andrad")).body).toContain('href="/kommun/0126"');
    expect((await raw(server.port, "GET", "/?granskning=godkand")).body).toContain("Visar 0 av 8");

    // The old page's key no longer approves anything.
    const stale = await post(server.port, "/kommun/0126/godkann", { token: formToken(changed), nyckel: key });
    expect(stale.status).toBe(409);
    expect(stale.body).toContain("Pressmeddelandet har ändrats sedan sidan visades.");
    // Approving the new version.
    const again = await approve(server, "0126");
    expect(again).not.toBe(key);
    expect((await raw(server.port, "GET", "/kommun/0126")).body).toContain("status-godkand");
  });

  it("an edited text, a changed phrase bank or template withdraws it too", async () => {
    const data = await huddingeCopy();
    const templates = path.join(data.dir, "mallar");
    await cp(path.join(TEMPLATES_DIR, "fraser.yaml"), path.join(templates, "fraser.yaml"), { recursive: true });
    server = await startPreview({ data: data.file, port: 0, templates });
    await approve(server, "0126");

    const editor = (await raw(server.port, "GET", "/kommun/0126/redigera")).body;
    const saved = await post(server.port, "/kommun/0126/redigera", {
      token: formToken(editor),
      "citat-antal": "1",
      "citat-0-text": "Ett nytt citat.",
      "citat-0-namn": "Ann-Marie Fredricsson",
      atgard: "spara",
    });
    expect(saved.status).toBe(303);
    const afterText = (await raw(server.port, "GET", "/kommun/0126")).body;
    expect(afterText).toContain("Ändrad efter godkännande");
    expect(afterText).toContain("men datat har ändrats och den redaktionella texten har ändrats sedan dess.");

    await approve(server, "0126");
    const bank = path.join(templates, "fraser.yaml");
    await writeFile(bank, `${await readFile(bank, "utf8")}\n# en kommentar\n`);
    await server.refresh();
    const afterBank = (await raw(server.port, "GET", "/kommun/0126")).body;
    expect(afterBank).toContain("men mallarna eller frasbanken har ändrats sedan dess.");
  });

  it("keeps each approval's state from the last good data while the data file is broken, never flipping to approved", async () => {
    const data = await multiCopy();
    server = await startPreview({ data: data.file, port: 0 });
    await approve(server, "0126");
    await editData(data.file, (raw) => setValue(raw, "0126", "epost-en-dag", 97));
    await server.refresh();
    await approve(server, "0114");
    const before = (await raw(server.port, "GET", "/kommun/0126")).body;
    expect(before).toContain('<p class="status status-andrad">Ändrad efter godkännande</p>');

    // Broken: a value out of range elsewhere in the file.
    await editData(data.file, (raw) => setValue(raw, "0115", "epost-en-dag", 104));
    await server.refresh();
    expect(server.state.snapshot.stale).toBe(true);
    const page = (await raw(server.port, "GET", "/kommun/0126")).body;
    expect(page).toContain("i underlaget</h2>");
    expect(page).toContain('<p class="status status-andrad">Ändrad efter godkännande</p>');
    expect(page).toContain("men datat har ändrats sedan dess.");
    expect(page).toContain("Bedömt mot den senaste versionen av underlaget som gick att läsa.");
    expect(page).not.toContain("status-godkand");
    const changedRows = (await raw(server.port, "GET", "/?granskning=andrad")).body;
    expect(changedRows).toContain("Visar 1 av 8");
    expect(changedRows).toContain('href="/kommun/0126"');
    const approvedRows = (await raw(server.port, "GET", "/?granskning=godkand")).body;
    expect(approvedRows).toContain("Visar 1 av 8");
    expect(approvedRows).toContain('href="/kommun/0114"');
    expect((await raw(server.port, "GET", "/kommun/0114")).body).toContain("Bedömt mot den senaste versionen av underlaget som gick att läsa.");

    // Started on the broken file, there is nothing to judge by: say so.
    await server.close();
    server = await startPreview({ data: data.file, port: 0 });
    expect(server.state.snapshot.partial).toBe(true);
    const unknown = (await raw(server.port, "GET", "/?granskning=okand")).body;
    // Riket and the broken municipality are left out of a partial load.
    expect(unknown).toContain("Visar 2 av 6");
    expect(unknown).toContain('<span class="status status-okand">Kan inte bedömas</span>');
    expect((await raw(server.port, "GET", "/?granskning=godkand")).body).toContain("Visar 0 av 6");
    const unjudged = (await raw(server.port, "GET", "/kommun/0126")).body;
    expect(unjudged).toContain('<p class="status status-okand">Kan inte bedömas</p>');
    expect(unjudged).toContain("men underlaget har fel, så det går inte att säga om pressmeddelandet har ändrats sedan dess.");
    expect(approvalKey(unjudged)).toBeNull();
  });

  it("lists a municipality without results for the survey year, with the reason, and cannot approve it", async () => {
    const data = await multiCopy((rawData) => {
      const m = rawData.municipalities.find((x) => x.code === "0117") as { results: Record<string, unknown> };
      delete m.results["2019"];
    });
    server = await startPreview({ data: data.file, port: 0 });
    const index = (await raw(server.port, "GET", "/")).body;
    expect(index).toContain("Visar 8 av 8 pressmeddelanden.");
    expect(index).toMatch(
      /<th scope="row">Österåker<\/th>\s*<td><span class="status status-ej">Inget pressmeddelande:<\/span> datafilen har inga resultat för 2019 \(bara för 2018\)\.<\/td>/,
    );
    expect(index).not.toContain('href="/kommun/0117"');
    const row = /<tr>\s*<td>0117<\/td>[\s\S]*?<\/tr>/.exec(index)?.[0] ?? "";
    expect(row).toContain('<span class="status status-ej">Kan inte godkännas</span>');
    // Search and the filters find it.
    expect((await raw(server.port, "GET", "/?q=%C3%B6ster")).body).toContain("Visar 1 av 8");
    expect((await raw(server.port, "GET", "/?granskning=ej")).body).toContain("Österåker");
    expect((await raw(server.port, "GET", "/?granskning=godkand")).body).not.toContain("Österåker");

    const page = await raw(server.port, "GET", "/kommun/0117");
    expect(page.status).toBe(404);
    expect(page.body).toContain("Det finns inget pressmeddelande för Österåkers kommun (0117): datafilen har inga resultat för 2019");
    const token = formToken((await raw(server.port, "GET", "/kommun/0126")).body);
    const refused = await post(server.port, "/kommun/0117/godkann", { token, nyckel: "0".repeat(64) });
    expect(refused.status).toBe(404);
    expect(existsSync(approvalsFileFor(data.file))).toBe(false);
  });

  it("cannot approve while the data has errors, and can withdraw", async () => {
    const data = await huddingeCopy();
    server = await startPreview({ data: data.file, port: 0 });
    await approve(server, "0126");
    const page = (await raw(server.port, "GET", "/kommun/0126")).body;
    const token = formToken(page);
    const key = approvalKey(page);
    await writeFile(data.file, (await readFile(data.file, "utf8")).replace("epost-en-dag: 98", "epost-en-dag: 104"));
    await server.refresh();
    const broken = (await raw(server.port, "GET", "/kommun/0126")).body;
    expect(broken).toContain("Kan inte godkännas medan underlaget har fel.");
    expect(approvalKey(broken)).toBeNull();
    const refused = await post(server.port, "/kommun/0126/godkann", { token, nyckel: key ?? "" });
    expect(refused.status).toBe(409);

    const withdrawn = await post(server.port, "/kommun/0126/aterkalla", { token });
    expect(withdrawn.status).toBe(303);
    expect(withdrawn.headers.location).toBe("/kommun/0126?klart=aterkallat");
    expect((await readApprovals(approvalsFileFor(data.file))).approvals).toEqual({});
    expect(existsSync(approvalsFileFor(data.file))).toBe(true);
  });
});
