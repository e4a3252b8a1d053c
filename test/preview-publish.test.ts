// `kommunpress publish`: only approved releases whose inputs still match the
// approval reach the publish folder; the rest are listed with the reason.
// The texts edited in the preview (texter/ beside the data) are used, and a
// PDF that batch printed from the very same HTML is copied, not printed again.
import { existsSync } from "node:fs";
import { readFile, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { runBatch } from "../src/write/batch.js";
import { cli } from "./helpers/cli.js";
import { approvalsFileFor } from "../src/write/approvals.js";
import { KommunpressError } from "../src/messages.js";
import { startPreview, type PreviewServer } from "../src/preview/server.js";
import { publishApproved } from "../src/write/publish.js";
import type { BrowserSession } from "../src/render/browser.js";
import type { Dataset } from "../src/schema.js";
import { approvalKey, cleanupTempDirs, formToken, huddingeCopy, multiCopy, post, raw } from "./preview-fixtures.js";

afterAll(cleanupTempDirs);

async function approveAll(server: PreviewServer, codes: readonly string[]): Promise<void> {
  for (const code of codes) {
    const page = (await raw(server.port, "GET", `/kommun/${code}`)).body;
    const res = await post(server.port, `/kommun/${code}/godkann`, { token: formToken(page), nyckel: approvalKey(page) ?? "" });
    expect(res.status).toBe(303);
  }
}

const noBrowser = (): Promise<BrowserSession> => Promise.reject(new Error("the browser must not be started"));

describe("publish", () => {
  let server: PreviewServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it("publishes approved, unchanged releases and says why the others were skipped", async () => {
    const data = await multiCopy();
    server = await startPreview({ data: data.file, port: 0 });
    await approveAll(server, ["0114", "0120", "0126"]);
    const previewMd = (await raw(server.port, "GET", "/kommun/0126/pressmeddelande.md")).body;
    await server.close();
    server = undefined;
    // Upplands Väsby's figures change after approval.
    const rawData = parse(await readFile(data.file, "utf8")) as Dataset;
    const vasby = rawData.municipalities.find((m) => m.code === "0114")?.results["2019"];
    if (vasby) vasby["bemotande"] = 70;
    await writeFile(data.file, stringify(rawData));

    const to = path.join(data.dir, "publicera");
    const { code, stdout, stderr } = await cli("publish", data.file, "--to", to, "--out", path.join(data.dir, "out"), "--format", "md,json,html");
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const lines = stdout.trim().split("\n");
    expect(lines).toEqual([
      `Publicerade 0120 Värmdö: ${path.join(to, "2019", "0120-varmdo")}/ pressmeddelande.md, pressmeddelande.html, pressmeddelande.json`,
      `Publicerade 0126 Huddinge: ${path.join(to, "2019", "0126-huddinge")}/ pressmeddelande.md, pressmeddelande.html, pressmeddelande.json`,
      "Hoppade över 0114 Upplands Väsby: ändrad efter godkännande (datat har ändrats)",
      "Hoppade över 0115 Vallentuna: inte godkänd",
      "Hoppade över 0117 Österåker: inte godkänd",
      "Hoppade över 0123 Järfälla: inte godkänd",
      "Hoppade över 0125 Ekerö: inte godkänd",
      "2 publicerade, 5 överhoppade.",
    ]);
    expect((await readdir(path.join(to, "2019"))).sort()).toEqual(["0120-varmdo", "0126-huddinge"]);
    expect((await readdir(path.join(to, "2019", "0126-huddinge"))).sort()).toEqual([
      "pressmeddelande.html",
      "pressmeddelande.json",
      "pressmeddelande.md",
    ]);
    // Exactly what the preview showed when it was approved.
    expect(await readFile(path.join(to, "2019", "0126-huddinge", "pressmeddelande.md"), "utf8")).toBe(previewMd);
    // Nothing else written anywhere.
    expect(existsSync(path.join(data.dir, "out"))).toBe(false);
  });

  it("uses the texts edited in the preview, and notes an earlier copy of a withdrawn release", async () => {
    const data = await huddingeCopy();
    server = await startPreview({ data: data.file, port: 0 });
    const editor = (await raw(server.port, "GET", "/kommun/0126/redigera")).body;
    const saved = await post(server.port, "/kommun/0126/redigera", {
      token: formToken(editor),
      "citat-antal": "1",
      "citat-0-text": "Vi har det snabbaste e-postsvaret i länet.",
      "citat-0-namn": "Ann-Marie Fredricsson",
      "citat-0-titel": "chef på Servicecenter",
      atgard: "spara",
    });
    expect(saved.status).toBe(303);
    await approveAll(server, ["0126"]);
    await server.close();
    server = undefined;

    const to = path.join(data.dir, "publicera");
    const first = await publishApproved({ data: data.file, out: path.join(data.dir, "out"), to, formats: ["md"], openBrowser: noBrowser });
    expect(first.published.map((p) => p.code)).toEqual(["0126"]);
    const md = await readFile(path.join(to, "2019", "0126-huddinge", "pressmeddelande.md"), "utf8");
    expect(md).toContain("Vi har det snabbaste e-postsvaret i länet");

    // The text file changes by hand after approval: withdrawn, the earlier copy is pointed out.
    const textFile = path.join(data.dir, "texter", "0126.yaml");
    await writeFile(textFile, (await readFile(textFile, "utf8")).replace("snabbaste", "allra snabbaste"));
    const second = await publishApproved({ data: data.file, out: path.join(data.dir, "out"), to, formats: ["md"], openBrowser: noBrowser });
    expect(second.published).toEqual([]);
    expect(second.skipped).toEqual([
      {
        kind: "municipality",
        code: "0126",
        name: "Huddinge",
        reason: "ändrad efter godkännande (datat har ändrats, den redaktionella texten har ändrats)",
        earlierCopy: path.join(to, "2019", "0126-huddinge"),
      },
    ]);
    const out = await cli("publish", data.file, "--to", to, "--format", "md");
    expect(out.stdout).toContain(`; en tidigare publicerad version ligger kvar i ${path.join(to, "2019", "0126-huddinge")}`);
    expect(out.stdout).toContain("Inget att publicera: godkänn pressmeddelanden i kommunpress preview först.");
  });

  it("copies batch's PDF when it was printed from the same HTML, and prints it otherwise", async () => {
    const data = await huddingeCopy();
    server = await startPreview({ data: data.file, port: 0 });
    await approveAll(server, ["0126"]);
    await server.close();
    server = undefined;
    const out = path.join(data.dir, "out");
    await runBatch({ data: data.file, formats: ["html", "pdf"], out, concurrency: 1 });
    const batchPdf = await readFile(path.join(out, "2019", "0126-huddinge", "pressmeddelande.pdf"));

    const to = path.join(data.dir, "publicera");
    const copied = await publishApproved({ data: data.file, out, to, formats: ["md", "pdf"], openBrowser: noBrowser });
    expect(copied.published).toEqual([
      { kind: "municipality", code: "0126", name: "Huddinge", dir: path.join(to, "2019", "0126-huddinge"), files: ["pressmeddelande.md", "pressmeddelande.pdf"], pdfCopied: true },
    ]);
    expect(await readFile(path.join(to, "2019", "0126-huddinge", "pressmeddelande.pdf"))).toEqual(batchPdf);

    // batch's HTML no longer matches (a changed file on disk): the PDF is printed anew.
    const htmlFile = path.join(out, "2019", "0126-huddinge", "pressmeddelande.html");
    await writeFile(htmlFile, `${await readFile(htmlFile, "utf8")}<!-- ändrad -->`);
    let opened = 0;
    const printed = await publishApproved({
      data: data.file,
      out,
      to,
      formats: ["pdf"],
      openBrowser: async () => {
        opened++;
        const { BrowserSession } = await import("../src/render/browser.js");
        return BrowserSession.open({ poolSize: 1 });
      },
    });
    expect(opened).toBe(1);
    expect(printed.published[0]?.pdfCopied).toBe(false);
    const pdf = await readFile(path.join(to, "2019", "0126-huddinge", "pressmeddelande.pdf"));
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });

  it("publishes Word, the images (share image, its text, charts) and the web fragment, exactly as batch made them", async () => {
    const data = await huddingeCopy();
    server = await startPreview({ data: data.file, port: 0 });
    await approveAll(server, ["0126"]);
    await server.close();
    server = undefined;
    const out = path.join(data.dir, "out");
    const formats = ["docx", "png", "web"] as const;
    await runBatch({ data: data.file, formats, out });
    const to = path.join(data.dir, "publicera");
    const r = await publishApproved({ data: data.file, out, to, formats, openBrowser: noBrowser });
    const published = r.published[0];
    const batchDir = path.join(out, "2019", "0126-huddinge");
    const batchFiles = (await readdir(batchDir)).sort();
    expect(batchFiles).toEqual(expect.arrayContaining(["delningsbild.png", "delningsbild.txt", "pressmeddelande.docx", "webbtext.html"]));
    expect([...(published?.files ?? [])].sort()).toEqual(batchFiles);
    expect((await readdir(path.join(to, "2019", "0126-huddinge"))).sort()).toEqual(batchFiles);
    for (const f of ["delningsbild.png", "delningsbild.txt", "webbtext.html"]) {
      expect(await readFile(path.join(to, "2019", "0126-huddinge", f)), f).toEqual(await readFile(path.join(batchDir, f)));
    }
  });

  it("refuses to guess when the approvals file cannot be read", async () => {
    const data = await huddingeCopy();
    await writeFile(approvalsFileFor(data.file), "inte json");
    await expect(
      publishApproved({ data: data.file, out: path.join(data.dir, "out"), to: path.join(data.dir, "p"), formats: ["md"] }),
    ).rejects.toBeInstanceOf(KommunpressError);
    const res = await cli("publish", data.file, "--to", path.join(data.dir, "p"));
    expect(res.code).toBe(1);
    expect(res.stderr).toContain("huddinge-2019.godkannanden.json: filen med godkännanden är inte giltig JSON; inga godkännanden används");
    expect(existsSync(path.join(data.dir, "p"))).toBe(false);
  });

  it("has Swedish help", async () => {
    const res = await cli("publish", "--help");
    expect(res.code).toBe(0);
    expect(res.stdout).toContain("kopiera godkända pressmeddelanden");
    expect(res.stdout).toContain("--to <mapp>");
  });
});
