// preview: routing and security. Path traversal in every spelling, release
// ids from the dataset only, the Host check (DNS rebinding), same-origin
// POSTs with a form token, the body size limit, methods, CSP headers, and
// user text escaped on every page.
import { existsSync } from "node:fs";
import { mkdir, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { approvalsFileFor } from "../src/write/approvals.js";
import { main } from "../src/cli/main.js";
import { KommunpressError } from "../src/messages.js";
import { startPreview, STATIC_ROOT, type PreviewServer } from "../src/preview/server.js";
import { HttpError, parseTarget, resolveInside } from "../src/preview/security.js";
import { cleanupTempDirs, formToken, huddingeCopy, multiCopy, post, raw, tempDir } from "./preview-fixtures.js";

afterAll(cleanupTempDirs);

describe("parseTarget", () => {
  it.each([
    ["/", []],
    ["/?q=hud", []],
    ["/kommun/0126", ["kommun", "0126"]],
    ["/kommun/0126/", ["kommun", "0126"]],
    ["/kommun/0126/pdf?x=1", ["kommun", "0126", "pdf"]],
    ["/statisk/forhandsgranskning.css", ["statisk", "forhandsgranskning.css"]],
    ["/kommun/%C3%B6", ["kommun", "ö"]],
  ])("%s → %j", (url, segments) => {
    expect(parseTarget(url).segments).toEqual(segments);
  });

  it("keeps the query", () => {
    expect(parseTarget("/?q=V%C3%A4rmd%C3%B6&varningar=med").query.get("q")).toBe("Värmdö");
  });

  it.each([
    "/statisk/../../package.json",
    "/statisk/./forhandsgranskning.css",
    "/statisk/%2e%2e/%2e%2e/package.json",
    "/statisk/%2E%2E%2F%2E%2E%2Fpackage.json",
    "/statisk/..%2fpackage.json",
    "/statisk/%252e%252e%252fpackage.json",
    "/statisk/%25252e%25252e%25252fpackage.json",
    "/statisk/..\\..\\package.json",
    "/statisk/..%5c..%5cpackage.json",
    "/statisk/%5cetc%5cpasswd",
    "//etc/passwd",
    "/statisk//etc/passwd",
    "/statisk/%2fetc%2fpasswd",
    "http://127.0.0.1/statisk/x",
    "*",
    "",
    "/statisk/a%00.css",
    "/kommun/0126%2f..%2f..",
    "/kommun/%E0%A4%A",
    "/statisk/a\u0000b",
  ])("rejects %j with 400", (url) => {
    let error: unknown;
    try {
      parseTarget(url);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).status).toBe(400);
  });
});

describe("resolveInside", () => {
  it("resolves files inside the root only, also through symlinks", async () => {
    const dir = await tempDir();
    const root = path.join(dir, "root");
    await mkdir(path.join(root, "sub"), { recursive: true });
    await writeFile(path.join(root, "a.css"), "a");
    await writeFile(path.join(root, "sub", "b.css"), "b");
    await writeFile(path.join(dir, "secret.txt"), "hemligt");
    await symlink(path.join(dir, "secret.txt"), path.join(root, "link.css"));
    await symlink(dir, path.join(root, "up"));
    expect(await resolveInside(root, ["a.css"])).toBe(path.join(await import("node:fs/promises").then((f) => f.realpath(root)), "a.css"));
    expect(await resolveInside(root, ["sub", "b.css"])).not.toBeNull();
    for (const segments of [["..", "secret.txt"], ["sub", "..", "..", "secret.txt"], [path.join(dir, "secret.txt")], ["link.css"], ["up", "secret.txt"], ["sub"], [], ["..%2fsecret.txt"], ["..\\secret.txt"], ["."]]) {
      expect(await resolveInside(root, segments), JSON.stringify(segments)).toBeNull();
    }
  });
});

describe("the preview server", () => {
  let server: PreviewServer;
  let port: number;
  let data: { dir: string; file: string };

  beforeAll(async () => {
    data = await multiCopy((rawData) => {
      const m = rawData.municipalities[6] as Record<string, unknown>;
      // Markup in user text must come out as text everywhere.
      m.name = "Ekerö<script>alert(1)</script>";
      m.officialName = `Ekerö "kommun" <b>fet</b>`;
    });
    server = await startPreview({ data: data.file, port: 0 });
    port = server.port;
  });

  afterAll(async () => {
    await server?.close();
  });

  it("listens on 127.0.0.1 only and serves the index", async () => {
    expect(server.url).toBe(`http://127.0.0.1:${port}/`);
    const res = await raw(port, "GET", "/");
    expect(res.status).toBe(200);
    expect(res.body).toContain('<html lang="sv"');
    expect(res.body).toContain("Visar 8 av 8 pressmeddelanden.");
  });

  it.each([
    "/statisk/../pressmeddelande.css",
    "/statisk/..%2fpressmeddelande.css",
    "/statisk/%2e%2e%2fpressmeddelande.css",
    "/statisk/%2e%2e/pressmeddelande.css",
    "/statisk/%252e%252e%252fpressmeddelande.css",
    "/statisk/..\\pressmeddelande.css",
    "/statisk/..%5cpressmeddelande.css",
    "/statisk/%2fetc%2fpasswd",
    "/statisk//etc/passwd",
    "/statisk/../../package.json",
    "/statisk/../../../../../../etc/passwd",
    "/kommun/..%2f..%2fpackage.json",
    "/kommun/0126/..%2f..%2f..%2fpackage.json",
    "/kommun/0126/%2e%2e%2f%2e%2e%2fpackage.json",
    "/kommun/0126/%252e%252e%252fpackage.json",
    "/kommun/0126/..\\..\\package.json",
    "/kommun/%2fetc%2fpasswd/pressmeddelande.html",
    "/kommun/0126/pressmeddelande.html/..",
  ])("does not serve %s", async (target) => {
    const res = await raw(port, "GET", target);
    expect([400, 404]).toContain(res.status);
    expect(res.body).not.toContain("root:");
    expect(res.body).not.toContain('"name": "kommunpress"');
    expect(res.body).not.toMatch(/--accent:\s*#1f4e79;\s*--link/); // no stylesheet either
    expect(res.headers["content-type"]).toBe("text/html; charset=utf-8");
  });

  it("serves its own stylesheet", async () => {
    const res = await raw(port, "GET", "/statisk/forhandsgranskning.css");
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toBe("text/css; charset=utf-8");
    expect(existsSync(path.join(STATIC_ROOT, "forhandsgranskning.css"))).toBe(true);
    expect((await raw(port, "GET", "/statisk/finns-inte.css")).status).toBe(404);
  });

  it.each([
    ["/kommun/0126", 200],
    ["/kommun/0126/", 200],
    ["/kommun/0114/markdown", 200],
    ["/kommun/9999", 404],
    ["/kommun/126", 404],
    ["/kommun/01260", 404],
    ["/kommun/abcd", 404],
    ["/kommun/0126/okand", 404],
    ["/kommun/0126/pressmeddelande.txt", 404],
    ["/kommun/0126/markdown/extra", 404],
    ["/kommun/0126/constructor", 404],
    ["/kommun/riket/__proto__", 404],
    ["/finns-inte", 404],
  ])("release ids come from the dataset: %s → %i", async (target, status) => {
    expect((await raw(port, "GET", target)).status).toBe(status);
  });

  it.each([
    ["evil.example", 403],
    [`evil.example:PORT`, 403],
    [`127.0.0.1.nip.io:PORT`, 403],
    [`127.0.0.1:1`, 403],
    [`localhost`, 403],
    [`localhost:PORT`, 200],
    [`LOCALHOST:PORT`, 200],
    [`127.0.0.1:PORT`, 200],
  ])("Host %s → %i (DNS rebinding)", async (host, status) => {
    const res = await raw(port, "GET", "/", { Host: host.replace("PORT", String(port)) });
    expect(res.status).toBe(status);
    if (status === 403) expect(res.body).not.toContain("Huddinge");
  });

  it("the Host check also guards the event stream and POSTs", async () => {
    expect((await raw(port, "GET", "/handelser", { Host: "evil.example" })).status).toBe(403);
    expect((await post(port, "/kommun/0126/godkann", {}, { Host: "evil.example" })).status).toBe(403);
  });

  it("refuses writes that do not come from the preview's own pages", async () => {
    const token = formToken((await raw(port, "GET", "/kommun/0126")).body);
    const approvals = approvalsFileFor(data.file);
    const form = new URLSearchParams({ token, nyckel: "0".repeat(64) }).toString();
    const base = { "Content-Type": "application/x-www-form-urlencoded" };
    const cases: Record<string, string>[] = [
      {}, // neither Origin nor Sec-Fetch-Site
      { Origin: "http://evil.example" },
      { Origin: "null" },
      { Origin: `http://127.0.0.1:${port + 1}` },
      { Origin: `https://127.0.0.1:${port}` },
      { Origin: `http://127.0.0.1:${port}`, "Sec-Fetch-Site": "cross-site" },
      { Origin: `http://127.0.0.1:${port}`, "Sec-Fetch-Site": "same-site" },
      { "Sec-Fetch-Site": "cross-site" },
    ];
    for (const headers of cases) {
      for (const target of ["/kommun/0126/godkann", "/kommun/0126/aterkalla", "/kommun/0126/redigera"]) {
        const res = await raw(port, "POST", target, { ...base, ...headers }, form);
        expect(res.status, `${target} ${JSON.stringify(headers)}`).toBe(403);
      }
    }
    expect(existsSync(approvals)).toBe(false);
    expect(existsSync(path.join(data.dir, "texter"))).toBe(false);
  });

  it("needs the form token too", async () => {
    const res = await post(port, "/kommun/0126/redigera", { token: "fel", "citat-antal": "0", atgard: "spara" });
    expect(res.status).toBe(403);
    expect((await post(port, "/kommun/0126/redigera", { "citat-antal": "0" })).status).toBe(403);
    expect(existsSync(path.join(data.dir, "texter"))).toBe(false);
  });

  it("accepts a same-origin POST under either of its names", async () => {
    const token = formToken((await raw(port, "GET", "/kommun/0126/redigera")).body);
    const res = await post(port, "/kommun/0126/redigera", { token, "citat-antal": "0", atgard: "nytt-citat" }, { Origin: `http://localhost:${port}`, Host: `localhost:${port}` });
    expect(res.status).toBe(200);
    expect(res.body).toContain("Citat 1");
  });

  it("limits the request body to 64 kB (413)", async () => {
    const token = formToken((await raw(port, "GET", "/kommun/0126")).body);
    const big = `token=${token}&om=${"a".repeat(70 * 1024)}`;
    const res = await raw(
      port,
      "POST",
      "/kommun/0126/redigera",
      { Origin: `http://127.0.0.1:${port}`, "Content-Type": "application/x-www-form-urlencoded", "Content-Length": String(big.length) },
      big,
    );
    expect(res.status).toBe(413);
    expect(res.body).toContain("för stort");
    // Without Content-Length (chunked), the limit holds while reading.
    const chunked = await raw(
      port,
      "POST",
      "/kommun/0126/redigera",
      { Origin: `http://127.0.0.1:${port}`, "Content-Type": "application/x-www-form-urlencoded", "Transfer-Encoding": "chunked" },
      big,
    );
    expect(chunked.status).toBe(413);
    expect(existsSync(path.join(data.dir, "texter"))).toBe(false);
  });

  it("takes forms only as application/x-www-form-urlencoded", async () => {
    const res = await raw(port, "POST", "/kommun/0126/godkann", { Origin: `http://127.0.0.1:${port}`, "Content-Type": "text/plain" }, "token=x");
    expect(res.status).toBe(415);
  });

  it.each([
    ["PUT", "/", "GET, HEAD"],
    ["POST", "/", "GET, HEAD"],
    ["DELETE", "/kommun/0126", "GET, HEAD"],
    ["GET", "/kommun/0126/godkann", "POST"],
    ["GET", "/kommun/0126/aterkalla", "POST"],
    ["PATCH", "/kommun/0126/redigera", "GET, HEAD, POST"],
    ["POST", "/kommun/0126/pressmeddelande.html", "GET, HEAD"],
  ])("%s %s → 405 (Allow: %s)", async (method, target, allowHeader) => {
    const res = await raw(port, method, target, { Origin: `http://127.0.0.1:${port}` });
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe(allowHeader);
  });

  it("sends a CSP with a nonce on its pages and a sandbox for the release", async () => {
    const page = await raw(port, "GET", "/kommun/0126");
    const csp = String(page.headers["content-security-policy"]);
    const n = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(n).toBeTruthy();
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("form-action 'self'");
    expect(page.body).toContain(`<script nonce="${n ?? ""}">`);
    // Our two scripts only (live reload inline, "Kopiera text" from /statisk/), both by nonce.
    expect(page.body.match(/<script/g)).toHaveLength(2);
    expect(page.body).toContain(`<script nonce="${n ?? ""}" src="/statisk/kopiera.js" defer></script>`);
    expect(page.body).toContain('<iframe class="ram" src="/kommun/0126/pressmeddelande.html"');
    expect(page.body).toMatch(/<iframe[^>]* sandbox>/);
    expect(page.headers["x-content-type-options"]).toBe("nosniff");
    expect(page.headers["cache-control"]).toBe("no-store");

    const release = await raw(port, "GET", "/kommun/0126/pressmeddelande.html");
    expect(release.status).toBe(200);
    expect(String(release.headers["content-security-policy"])).toMatch(/default-src 'none'.*sandbox$/);
    expect(release.body).not.toMatch(/<script/i);
    // Self-contained: nothing in it would reach the network.
    expect(release.body).not.toMatch(/(src|href)="(https?:)?\/\//i);
  });

  it("escapes user text everywhere", async () => {
    const index = (await raw(port, "GET", "/")).body;
    expect(index).toContain("Ekerö&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(index).not.toContain("<script>alert(1)");
    const release = await raw(port, "GET", "/kommun/0125");
    expect(release.status).toBe(200);
    expect(release.body).toContain("Ekerö &quot;kommun&quot; &lt;b&gt;fet&lt;/b&gt;");
    expect(release.body).not.toContain("<b>fet</b>");
    expect(release.body.match(/<script/g)).toHaveLength(2);
    expect(release.body.match(/<script nonce="[^"]+"( src="\/statisk\/kopiera\.js" defer)?>/g)).toHaveLength(2);
    // A search term goes back into the form's value attribute.
    const search = (await raw(port, "GET", `/?q=${encodeURIComponent('"><script>alert(2)</script>')}`)).body;
    expect(search).toContain('value="&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;"');
    expect(search).not.toContain("<script>alert(2)");
    // Posted form values come back escaped (add-quote re-renders the form).
    const token = formToken(release.body);
    const echoed = await post(port, "/kommun/0125/redigera", {
      token,
      "citat-antal": "1",
      "citat-0-text": '"><img src=x onerror=alert(3)>',
      "citat-0-namn": "</textarea><script>alert(4)</script>",
      atgard: "nytt-citat",
    });
    expect(echoed.status).toBe(200);
    expect(echoed.body).not.toContain("<img src=x");
    expect(echoed.body).not.toContain("<script>alert(4)");
    expect(echoed.body).toContain("&lt;/textarea&gt;&lt;script&gt;alert(4)&lt;/script&gt;");
  });

  it("searches and filters without JavaScript (GET form)", async () => {
    const names = (body: string): string[] => [...body.matchAll(/<th scope="row"><a href="\/kommun\/(\d{4})">/g)].map((m) => m[1] ?? "");
    const index = (await raw(port, "GET", "/")).body;
    expect(index).toMatch(/<form class="sok" method="get" action="\/"/);
    expect(names(index)).toEqual(["0114", "0115", "0117", "0120", "0123", "0125", "0126"]);
    expect(names((await raw(port, "GET", "/?q=hudd")).body)).toEqual(["0126"]);
    expect(names((await raw(port, "GET", "/?q=HUDDINGE+KOMMUN")).body)).toEqual(["0126"]);
    expect(names((await raw(port, "GET", "/?q=0114")).body)).toEqual(["0114"]);
    expect(names((await raw(port, "GET", `/?q=${encodeURIComponent("värmdö")}`)).body)).toEqual(["0120"]);
    expect(names((await raw(port, "GET", "/?varningar=med")).body)).toEqual(["0114", "0115", "0117"]);
    expect(names((await raw(port, "GET", "/?varningar=utan")).body)).toEqual(["0120", "0123", "0125", "0126"]);
    expect(names((await raw(port, "GET", "/?q=v&varningar=med")).body)).toEqual(["0114", "0115"]);
    const none = (await raw(port, "GET", "/?granskning=godkand")).body;
    expect(names(none)).toEqual([]);
    expect(none).toContain("Visar 0 av 8 pressmeddelanden.");
    expect(names((await raw(port, "GET", "/?granskning=ej&varningar=bogus")).body)).toHaveLength(7);
  });

  it.each([
    "/kommun/0126/pdf",
    "/kommun/0126/pressmeddelande.pdf",
    "/kommun/0126/pressmeddelande.html",
    "/kommun/0126/pressmeddelande.md",
    "/kommun/0126/pressmeddelande.json",
    "/kommun/0126/pressmeddelande.docx",
    "/kommun/0126/delningsbild.png",
  ])(
    "does no work for another site: GET %s with Sec-Fetch-Site cross-site or same-site → 403",
    async (target) => {
      for (const site of ["cross-site", "same-site"]) {
        for (const method of ["GET", "HEAD"]) {
          const res = await raw(port, method, target, { "Sec-Fetch-Site": site, "Sec-Fetch-Mode": "no-cors", "Sec-Fetch-Dest": "image" });
          expect(res.status).toBe(403);
          if (method === "GET") expect(res.body).toContain("Filerna skapas bara på begäran från förhandsgranskningens egna sidor.");
        }
      }
      // No PDF was printed for them.
      expect(server.pdfStarted).toBe(false);
    },
  );

  it("serves the files to its own pages and to an address typed in the browser", async () => {
    for (const site of ["same-origin", "none"]) {
      for (const target of ["/kommun/0126/pressmeddelande.html", "/kommun/0126/pressmeddelande.md", "/kommun/0126/pressmeddelande.json"]) {
        expect((await raw(port, "GET", target, { "Sec-Fetch-Site": site })).status).toBe(200);
      }
    }
    // A page (not a file) may be linked from elsewhere.
    expect((await raw(port, "GET", "/kommun/0126", { "Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "navigate" })).status).toBe(200);
  });

  it("serves Markdown, claims.json and the claims tab", async () => {
    const md = await raw(port, "GET", "/kommun/0126/pressmeddelande.md");
    expect(md.headers["content-type"]).toBe("text/markdown; charset=utf-8");
    expect(md.body).toContain("# Huddinge: e-postsvaren inom en arbetsdag upp 19\u00A0procentenheter");
    const json = JSON.parse((await raw(port, "GET", "/kommun/0126/pressmeddelande.json")).body) as { municipality: { code: string } };
    expect(json.municipality.code).toBe("0126");
    const claims = (await raw(port, "GET", "/kommun/0126/pastaenden")).body;
    expect(claims).toContain("<dt>Svar på e-post inom en arbetsdag: värde</dt><dd>98\u00A0procent (2019)</dd>");
    expect(claims).toContain("<dt>Svar på e-post inom en arbetsdag: jämfört med likvärdiga kommuner</dt><dd>mycket bättre</dd>");
    expect(claims).toContain("Redaktionell text, skriven av kommunen.");
    const tab = (await raw(port, "GET", "/kommun/0126/markdown")).body;
    expect(tab).toContain('<a href="/kommun/0126/markdown" aria-current="page">Text (Markdown)</a>');
  });
});

describe("starting the preview", () => {
  it("closes everything it opened: server, connections, file watchers", async () => {
    const count = (name: string): number => process.getActiveResourcesInfo().filter((r) => r === name).length;
    // Handles closed by earlier tests are released in the event loop's close phase.
    await new Promise((r) => setTimeout(r, 50));
    const before = { watchers: count("FSEventWrap"), servers: count("TCPServerWrap") };
    const data = await huddingeCopy();
    const server = await startPreview({ data: data.file, port: 0 });
    expect(count("FSEventWrap")).toBeGreaterThan(before.watchers);
    expect(count("TCPServerWrap")).toBe(before.servers + 1);
    // An open event stream must not keep it from closing.
    const events = await fetch(`${server.url}handelser`);
    expect(await events.body?.getReader().read().then((r) => Buffer.from(r.value ?? new Uint8Array()).toString())).toMatch(/^retry: 500\nevent: version\ndata: [0-9a-f]{8}-1-0\n\n/);
    expect(server.listeners).toBe(1);
    await server.close();
    await new Promise((r) => setTimeout(r, 50));
    expect(count("FSEventWrap")).toBe(before.watchers);
    expect(count("TCPServerWrap")).toBe(before.servers);
  });

  it("says so when the port is taken, and leaves nothing running", async () => {
    const data = await huddingeCopy();
    const first = await startPreview({ data: data.file, port: 0 });
    try {
      let error: unknown;
      try {
        const second = await startPreview({ data: data.file, port: first.port });
        await second.close();
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(KommunpressError);
      expect((error as KommunpressError).exitCode).toBe(2);
      expect((error as KommunpressError).messages[0]?.reason).toBe(`porten ${first.port} används redan; välj en annan med --port`);
    } finally {
      await first.close();
    }
  });

  it("checks --port and has Swedish help", async () => {
    let stderr = "";
    let stdout = "";
    const io = { stdout: (x: string) => (stdout += x), stderr: (x: string) => (stderr += x) };
    expect(await main(["preview", "data.yaml", "--port", "abc"], io)).toBe(2);
    expect(stderr).toBe('--port ska vara ett heltal 0–65535, inte "abc"\n');
    expect(await main(["preview", "data.yaml", "--port", "70000"], io)).toBe(2);
    expect(await main(["preview", "--help"], io)).toBe(0);
    expect(stdout).toContain("förhandsgranska, redigera och godkänn pressmeddelandena");
    expect(stdout).toContain("-p, --port <port>");
  });
});
