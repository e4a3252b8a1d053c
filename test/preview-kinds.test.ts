// The preview handles releases only through the release-kind interface: the
// kinds it is given decide what it lists, and riket's template errors show on
// riket's own page (they used to hide riket from the index).
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { municipalityKind } from "../src/kinds/municipality/kind.js";
import { nationalKind } from "../src/kinds/national/kind.js";
import { startPreview, type PreviewServer } from "../src/preview/server.js";
import { cleanupTempDirs, huddingeCopy, raw } from "./preview-fixtures.js";

afterAll(cleanupTempDirs);

const rowIds = (index: string): (string | undefined)[] => [...index.matchAll(/<th scope="row"><a href="\/kommun\/([^"]+)">/g)].map((m) => m[1]);

describe("kinds in the preview", () => {
  let server: PreviewServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it("lists the releases of the kinds it is given, in their order", async () => {
    const data = await huddingeCopy();
    server = await startPreview({ data: data.file, port: 0, kinds: [municipalityKind] });
    expect(rowIds((await raw(server.port, "GET", "/")).body)).toEqual(["0126"]);
    expect((await raw(server.port, "GET", "/kommun/riket")).status).toBe(404);
    await server.close();
    server = await startPreview({ data: data.file, port: 0, kinds: [municipalityKind, nationalKind] });
    expect(rowIds((await raw(server.port, "GET", "/")).body)).toEqual(["0126", "riket"]);
    expect((await server.state.releases()).map((v) => v.target.kind)).toEqual(["municipality", "national"]);
  });

  it("shows a riket template error on riket's page, not by hiding riket", async () => {
    const data = await huddingeCopy();
    const templates = path.join(data.dir, "mallar");
    await mkdir(templates);
    await writeFile(path.join(templates, "riket.md.hbs"), "{{#if}");
    server = await startPreview({ data: data.file, port: 0, templates });
    const index = (await raw(server.port, "GET", "/")).body;
    expect(rowIds(index)).toEqual(["riket", "0126"]);
    expect(index).toContain("Fel:</span> fel i mallen");
    const page = await raw(server.port, "GET", "/kommun/riket");
    expect(page.status).toBe(200);
    expect(page.body).toContain("riket.md.hbs:1:1: fel i mallen");
    expect(page.body).toContain("Kan inte godkännas medan pressmeddelandet inte går att göra.");
    // The municipality's release does not use that template.
    expect((await raw(server.port, "GET", "/kommun/0126")).body).not.toContain("fel i mallen");
  });
});
