// preview of the national summary release (riket): listed first in the index,
// its page is exactly nationalHtml's, approving it keys on the whole data file
// (one municipality's change withdraws it) and publish copies it when approved.
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { approvalsFileFor, ApprovalsFile } from "../src/write/approvals.js";
import { loadDataset } from "../src/load/dataset.js";
import { generateNational, loadNationalResources, nationalHtml } from "../src/kinds/national/release.js";
import { startPreview, type PreviewServer } from "../src/preview/server.js";
import { publishApproved } from "../src/write/publish.js";
import type { Dataset } from "../src/schema.js";
import { approvalKey, cleanupTempDirs, formToken, huddingeCopy, post, raw, tempDir } from "./preview-fixtures.js";

afterAll(cleanupTempDirs);

const ALLA = path.resolve(import.meta.dirname, "..", "data/exempel/kkik-2019-alla.yaml");

async function allaCopy(): Promise<{ dir: string; file: string }> {
  const dir = await tempDir("kp-riket-");
  const file = path.join(dir, "kkik-2019-alla.yaml");
  await writeFile(file, await readFile(ALLA, "utf8"));
  return { dir, file };
}

async function expected(file: string): Promise<{ headline: string; html: string }> {
  const { dataset } = await loadDataset(file);
  const resources = await loadNationalResources();
  const r = generateNational(dataset, { resources, file });
  return { headline: r.claims.headline, html: await nationalHtml(dataset, r, { html: resources.html, dataFile: file }) };
}

/** One municipality's value in the data file changes (nothing else). */
async function changeOneValue(file: string): Promise<void> {
  const data = parse(await readFile(file, "utf8")) as Dataset;
  const m = data.municipalities.find((x) => x.results["2019"]?.["bemotande"] !== undefined);
  const year = m?.results["2019"];
  if (!year) throw new Error("no municipality with bemotande 2019");
  year["bemotande"] = (year["bemotande"] ?? 0) === 50 ? 51 : 50;
  await writeFile(file, stringify(data));
}

async function approveRiket(server: PreviewServer): Promise<string> {
  const page = (await raw(server.port, "GET", "/kommun/riket")).body;
  const key = approvalKey(page);
  expect(key).not.toBeNull();
  const res = await post(server.port, "/kommun/riket/godkann", { token: formToken(page), nyckel: key ?? "" });
  expect(res.status).toBe(303);
  expect(res.headers.location).toBe("/kommun/riket?klart=godkant");
  return key ?? "";
}

describe("riket in the preview", () => {
  let server: PreviewServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it("lists riket first in the index and shows its page exactly as nationalHtml makes it", { timeout: 60_000 }, async () => {
    const data = await allaCopy();
    const want = await expected(data.file);
    server = await startPreview({ data: data.file, port: 0 });
    const index = (await raw(server.port, "GET", "/")).body;
    const rows = [...index.matchAll(/<th scope="row"><a href="\/kommun\/([^"]+)">/g)].map((m) => m[1]);
    expect(rows[0]).toBe("riket");
    expect(rows.filter((r) => r === "riket")).toHaveLength(1);
    expect(index).toContain(want.headline.replace(/&/g, "&amp;"));

    const page = await raw(server.port, "GET", "/kommun/riket");
    expect(page.status).toBe(200);
    expect(page.body).toContain("<h1>Riket</h1>");
    expect(page.body).toContain(want.headline.replace(/&/g, "&amp;"));
    expect(page.body).toContain('src="/kommun/riket/pressmeddelande.html"');
    // No edit form: a note about national.release in the data file instead.
    expect(page.body).not.toContain('href="/kommun/riket/redigera"');
    expect(page.body).toContain("<code>national.release</code>");
    expect((await raw(server.port, "GET", "/kommun/riket/redigera")).status).toBe(404);

    const html = await raw(server.port, "GET", "/kommun/riket/pressmeddelande.html");
    expect(html.status).toBe(200);
    expect(html.body).toBe(want.html);
    expect(html.headers["content-security-policy"]).toContain("sandbox");

    const md = await raw(server.port, "GET", "/kommun/riket/markdown");
    expect(md.status).toBe(200);
    expect(md.body).toContain('href="/kommun/riket/pressmeddelande.md"');
    const json = await raw(server.port, "GET", "/kommun/riket/pressmeddelande.json");
    expect((JSON.parse(json.body) as { kind: string }).kind).toBe("national");
    // The PDF tab's file: printed through the preview's shared browser, with riket's metadata.
    const pdf = await raw(server.port, "GET", "/kommun/riket/pressmeddelande.pdf");
    expect(pdf.status).toBe(200);
    expect(pdf.headers["content-type"]).toBe("application/pdf");
    expect(pdf.headers["content-disposition"]).toBe('inline; filename="pressmeddelande-riket.pdf"');
    expect(pdf.body.startsWith("%PDF-")).toBe(true);
    const claims = (await raw(server.port, "GET", "/kommun/riket/pastaenden")).body;
    expect(claims).toContain("Deltagande kommuner");
    expect(claims).not.toContain("okänt påstående");
  });

  it("whitelists exactly the segment riket", async () => {
    const data = await huddingeCopy();
    server = await startPreview({ data: data.file, port: 0 });
    expect((await raw(server.port, "GET", "/kommun/riket")).status).toBe(200);
    for (const target of ["/kommun/RIKET", "/kommun/riket2", "/kommun/riket/okand", "/kommun/riket/markdown/extra", "/kommun/riket/..%2f..%2fpackage.json"]) {
      expect([400, 404]).toContain((await raw(server.port, "GET", target)).status);
    }
    // Approving needs the same-origin form and token as for a municipality.
    expect((await raw(server.port, "POST", "/kommun/riket/godkann")).status).toBe(403);
  });

  it("shows no riket entry when there is nothing to summarise", async () => {
    const data = await huddingeCopy();
    const content = parse(await readFile(data.file, "utf8")) as Dataset;
    delete content.national;
    await writeFile(data.file, stringify(content));
    server = await startPreview({ data: data.file, port: 0 });
    const index = await raw(server.port, "GET", "/");
    expect(index.status).toBe(200);
    expect(index.body).not.toContain('href="/kommun/riket"');
    expect(index.body).toContain('href="/kommun/0126"');
    expect((await raw(server.port, "GET", "/kommun/riket")).status).toBe(404);
  });

  it("withdraws the approval when one municipality's value changes, and publish copies riket only while approved", { timeout: 120_000 }, async () => {
    const data = await allaCopy();
    server = await startPreview({ data: data.file, port: 0 });
    const key = await approveRiket(server);
    const saved = ApprovalsFile.parse(JSON.parse(await readFile(approvalsFileFor(data.file), "utf8")));
    expect(saved.approvals["riket"]?.key).toBe(key);
    const approved = (await raw(server.port, "GET", "/kommun/riket?klart=godkant")).body;
    expect(approved).toContain("Pressmeddelandet är godkänt.");
    expect(approved).toMatch(/<p class="status status-godkand">Godkänd /);
    expect((await raw(server.port, "GET", "/?granskning=godkand")).body).toContain('href="/kommun/riket"');

    const to = path.join(data.dir, "publicera");
    const out = path.join(data.dir, "out");
    const first = await publishApproved({ data: data.file, out, to, formats: ["md", "json", "html"] });
    const riket = first.published.find((p) => p.code === "riket");
    expect(riket?.dir).toBe(path.join(to, "2019", "riket"));
    expect(riket?.files).toEqual(["pressmeddelande.md", "pressmeddelande.json", "pressmeddelande.html"]);
    const want = await expected(data.file);
    expect(await readFile(path.join(to, "2019", "riket", "pressmeddelande.html"), "utf8")).toBe(want.html);
    expect(await readFile(path.join(to, "2019", "riket", "pressmeddelande.md"), "utf8")).toBe(
      (await raw(server.port, "GET", "/kommun/riket/pressmeddelande.md")).body,
    );

    await changeOneValue(data.file);
    await server.refresh();
    const changed = (await raw(server.port, "GET", "/kommun/riket")).body;
    expect(changed).toContain('<p class="status status-andrad">Ändrad efter godkännande</p>');
    expect(changed).toContain("men datat har ändrats sedan dess.");
    expect(approvalKey(changed)).not.toBe(key);
    // The old key no longer approves anything.
    const stale = await post(server.port, "/kommun/riket/godkann", { token: formToken(changed), nyckel: key });
    expect(stale.status).toBe(409);

    const to2 = path.join(data.dir, "publicera-2");
    const second = await publishApproved({ data: data.file, out, to: to2, formats: ["md"] });
    expect(second.published.some((p) => p.code === "riket")).toBe(false);
    expect(second.skipped.find((s) => s.code === "riket")?.reason).toContain("ändrad efter godkännande");
    expect(existsSync(path.join(to2, "2019", "riket"))).toBe(false);
  });
});
