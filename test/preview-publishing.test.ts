// preview: the files for the tools communicators publish with. The release
// page offers the Word file and the share image for download and the web
// text (webbtext.html) to copy; the files are rendered on request exactly as
// batch writes them, cached, and refused to other sites.
import { readFile } from "node:fs/promises";
import path from "node:path";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { releaseFiles } from "../src/kinds/kind.js";
import { municipalityKind } from "../src/kinds/municipality/kind.js";
import { escapeHtml } from "../src/render/escape.js";
import { startPreview, STATIC_ROOT, type PreviewServer } from "../src/preview/server.js";
import { cleanupTempDirs, multiCopy, raw } from "./preview-fixtures.js";

afterAll(cleanupTempDirs);

/** A GET returning the body as bytes. */
async function bytes(url: string, headers: Record<string, string> = {}): Promise<{ status: number; type: string | null; disposition: string | null; body: Buffer }> {
  const res = await fetch(url, { headers });
  return { status: res.status, type: res.headers.get("content-type"), disposition: res.headers.get("content-disposition"), body: Buffer.from(await res.arrayBuffer()) };
}

describe("publishing files in the preview", () => {
  let server: PreviewServer;

  beforeAll(async () => {
    const data = await multiCopy();
    server = await startPreview({ data: data.file, port: 0 });
  });

  afterAll(async () => {
    await server?.close();
  });

  it("the release page offers Word, the share image and the web text to copy", async () => {
    const page = (await raw(server.port, "GET", "/kommun/0126")).body;
    expect(page).toContain('<section class="publicera" aria-labelledby="publicera-rubrik">');
    expect(page).toContain('<a href="/kommun/0126/pressmeddelande.docx" download="pressmeddelande-0126.docx">Ladda ned Word</a>');
    expect(page).toContain('<a href="/kommun/0126/delningsbild.png" download="delningsbild-0126.png">Ladda ned bild</a>');
    // The button only appears with JavaScript; the text field is there without it.
    expect(page).toContain('<button type="button" id="kopiera-text" data-kalla="webbtext" hidden>Kopiera text</button>');
    const view = await server.state.release("0126");
    if (!view?.result) throw new Error("no release");
    const [web] = await releaseFiles(view.result, { formats: ["web"], html: (await municipalityKind.loadResources()).html });
    expect(typeof web?.data).toBe("string");
    expect(page).toContain(`<textarea id="webbtext" class="webbtext" readonly rows="6" aria-describedby="webbtext-hjalp">${escapeHtml(String(web?.data))}</textarea>`);
    expect(String(web?.data)).toMatch(/<h1>Huddinge: e-postsvaren inom en arbetsdag upp 19(\u00A0|&nbsp;)procentenheter<\/h1>/);
    // The script is our own static file, allowed by the page's nonce.
    const nonce = /script-src 'nonce-([^']+)'/.exec(String((await raw(server.port, "GET", "/kommun/0126")).headers["content-security-policy"]))?.[1];
    expect(nonce).toBeDefined();
    expect(page).toMatch(/<script nonce="[^"]+" src="\/statisk\/kopiera\.js" defer><\/script>/);
    const script = await raw(server.port, "GET", "/statisk/kopiera.js");
    expect(script.status).toBe(200);
    expect(script.headers["content-type"]).toBe("text/javascript; charset=utf-8");
    expect(script.body).toBe(await readFile(path.join(STATIC_ROOT, "kopiera.js"), "utf8"));
    // Riket has them too.
    expect((await raw(server.port, "GET", "/kommun/riket")).body).toContain('href="/kommun/riket/pressmeddelande.docx"');
  });

  it("serves the Word file and the share image as batch makes them, rendered once", async () => {
    const view = await server.state.release("0126");
    if (!view?.result) throw new Error("no release");
    const before = server.filesRendered;
    const [docx, again] = await Promise.all([bytes(`${server.url}kommun/0126/pressmeddelande.docx`), bytes(`${server.url}kommun/0126/pressmeddelande.docx`)]);
    expect(docx.status).toBe(200);
    expect(docx.type).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(docx.disposition).toBe('attachment; filename="pressmeddelande-0126.docx"');
    expect(again.body.equals(docx.body)).toBe(true);
    const zip = await JSZip.loadAsync(docx.body);
    expect(await zip.file("word/document.xml")?.async("string")).toContain("Huddinge: e-postsvaren inom en arbetsdag upp 19\u00A0procentenheter");

    const png = await bytes(`${server.url}kommun/0126/delningsbild.png`);
    expect(png.status).toBe(200);
    expect(png.type).toBe("image/png");
    expect(png.body.readUInt32BE(16)).toBe(1200);
    expect(png.body.readUInt32BE(20)).toBe(630);
    const written = await releaseFiles(view.result, { formats: ["png"], html: (await municipalityKind.loadResources()).html });
    const share = written.find((f) => f.name === "delningsbild.png")?.data;
    expect(share instanceof Uint8Array && Buffer.from(share).equals(png.body)).toBe(true);
    // Two renders (one Word file, one image); the second Word request shared the first.
    expect(server.filesRendered - before).toBe(2);
    await bytes(`${server.url}kommun/0126/pressmeddelande.docx`);
    expect(server.filesRendered - before).toBe(2);

    const riket = await bytes(`${server.url}kommun/riket/delningsbild.png`);
    expect(riket.status).toBe(200);
    expect(riket.type).toBe("image/png");
  });

  it("renders nothing for another site", async () => {
    const before = server.filesRendered;
    for (const file of ["pressmeddelande.docx", "delningsbild.png"]) {
      const res = await raw(server.port, "GET", `/kommun/0114/${file}`, { "Sec-Fetch-Site": "cross-site" });
      expect(res.status).toBe(403);
      expect(res.body).toContain("Filerna skapas bara på begäran från förhandsgranskningens egna sidor.");
      expect((await raw(server.port, "GET", `/kommun/0114/${file}`, { "Sec-Fetch-Site": "none" })).status).toBe(200);
    }
    expect(server.filesRendered - before).toBe(2);
  });
});
