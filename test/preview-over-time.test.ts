// The preview shows what the years show: an "Över tid" column and filter on
// the index (server-side, a GET form like the warnings filter), and the notes
// on the release's page beside its warnings.
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { startPreview, type PreviewServer } from "../src/preview/server.js";
import { addHistory, cleanupTempDirs, multiCopy, raw } from "./preview-fixtures.js";

afterAll(cleanupTempDirs);

const rowIds = (index: string): string[] => [...index.matchAll(/<th scope="row"><a href="\/kommun\/([^"]+)">/g)].map((m) => m[1] ?? "");

describe("preview: over time", () => {
  let server: PreviewServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it("filters the index by records, streaks and turnarounds, and shows them in a column", async () => {
    const data = await multiCopy(addHistory);
    server = await startPreview({ data: data.file, port: 0 });
    const all = (await raw(server.port, "GET", "/")).body;
    expect(all).toContain('<th scope="col">Varningar</th><th scope="col">Över tid</th><th scope="col">Granskning</th>');
    expect(all).toMatch(/<select id="overtid" name="overtid">\s*<option value="alla" selected>Alla<\/option><option value="med">Med rekord, svit eller vändning<\/option><option value="utan">Utan<\/option>/);
    expect(rowIds(all)).toEqual(["riket", "0114", "0115", "0117", "0120", "0123", "0125", "0126"]);
    const vasby = /<tr>\s*<td>0114<\/td>[\s\S]*?<\/tr>/.exec(all)?.[0] ?? "";
    expect(vasby).toContain('<td><ul class="over-tid"><li>e-postsvaren inom en arbetsdag: bäst sedan 2016</li><li>e-postsvaren inom en arbetsdag: bättre tre år i rad</li></ul></td>');
    expect(/<tr>\s*<td>0126<\/td>[\s\S]*?<\/tr>/.exec(all)?.[0]).toContain("<td>–</td>");

    const withNotes = (await raw(server.port, "GET", "/?overtid=med")).body;
    expect(rowIds(withNotes)).toEqual(["0114"]);
    expect(withNotes).toContain('<option value="med" selected>');
    expect(withNotes).toContain("Visar 1 av 8 pressmeddelanden.");
    expect(withNotes).toContain('<a href="/">Visa alla</a>');
    expect(rowIds((await raw(server.port, "GET", "/?overtid=utan")).body)).toEqual(["riket", "0115", "0117", "0120", "0123", "0125", "0126"]);
    // Combined with the other filters; an unknown value is "alla".
    expect(rowIds((await raw(server.port, "GET", "/?overtid=med&varningar=utan")).body)).toEqual([]);
    expect(rowIds((await raw(server.port, "GET", "/?overtid=med&varningar=med")).body)).toEqual(["0114"]);
    expect(rowIds((await raw(server.port, "GET", "/?overtid=bogus")).body)).toHaveLength(8);
  });

  it("lists the notes on the release's page, near the warnings, and nothing when there are none", async () => {
    const data = await multiCopy(addHistory);
    server = await startPreview({ data: data.file, port: 0 });
    const page = (await raw(server.port, "GET", "/kommun/0114")).body;
    expect(page).toContain(
      '<section class="over-tid-ruta" aria-labelledby="over-tid-rubrik"><h2 id="over-tid-rubrik">Över tid</h2><ul class="over-tid"><li>e-postsvaren inom en arbetsdag: bäst sedan 2016</li><li>e-postsvaren inom en arbetsdag: bättre tre år i rad</li></ul></section>',
    );
    expect(page.indexOf('class="notis">Varningar:')).toBeGreaterThan(-1);
    expect(page.indexOf("over-tid-ruta")).toBeGreaterThan(page.indexOf('class="notis">Varningar:'));
    expect((await raw(server.port, "GET", "/kommun/0126")).body).not.toContain("over-tid-ruta");
  });
});
