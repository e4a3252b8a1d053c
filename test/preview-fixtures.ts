// Shared by the preview tests: temp copies of the example data (one
// municipality, or Huddinge with six neighbours for the index), and a raw
// HTTP client that sends paths and headers exactly as given.
import { request } from "node:http";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse, stringify } from "yaml";

const root = path.resolve(import.meta.dirname, "..");
export const HUDDINGE = path.join(root, "data/exempel/huddinge-2019.yaml");

export const TOWNS: [string, string, string][] = [
  ["0114", "Upplands Väsby", "Upplands Väsby kommun"],
  ["0115", "Vallentuna", "Vallentuna kommun"],
  ["0117", "Österåker", "Österåkers kommun"],
  ["0120", "Värmdö", "Värmdö kommun"],
  ["0123", "Järfälla", "Järfälla kommun"],
  ["0125", "Ekerö", "Ekerö kommun"],
];

const made: string[] = [];

/** A new temp folder, removed by cleanupTempDirs (each test file's afterAll). */
export async function tempDir(prefix = "kp-preview-"): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export async function cleanupTempDirs(): Promise<void> {
  await Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true })));
}

/** data/exempel/huddinge-2019.yaml copied unchanged (comments and all) into a new temp folder. */
export async function huddingeCopy(): Promise<{ dir: string; file: string }> {
  const dir = await tempDir();
  const file = path.join(dir, "huddinge-2019.yaml");
  await writeFile(file, await readFile(HUDDINGE, "utf8"));
  return { dir, file };
}

type Raw = { municipalities: Record<string, unknown>[] };

/** Huddinge plus six neighbours (the first three without editorial content, so with warnings); `edit` may change the raw data. */
export async function multiCopy(edit?: (raw: Raw) => void): Promise<{ dir: string; file: string }> {
  const dir = await tempDir();
  const raw = parse(await readFile(HUDDINGE, "utf8")) as Raw;
  const huddinge = raw.municipalities[0] as { results: Record<string, Record<string, number>>; release: Record<string, unknown> };
  TOWNS.forEach(([code, name, officialName], i) => {
    const shift = (v: number): number => Math.max(0, Math.min(100, v - 3 * i + 4));
    const results = Object.fromEntries(
      Object.entries(huddinge.results).map(([year, r]) => [
        year,
        Object.fromEntries(Object.entries(r).map(([k, v]) => [k, k === "epost-svarstid" ? v + i : shift(v)])),
      ]),
    );
    const release =
      i < 3
        ? undefined
        : {
            date: "2020-01-23",
            quotes: [{ text: `Vi är nöjda med resultatet i ${name}.`, name: "Kim Andersson", title: "kommundirektör" }],
            contacts: [{ name: "Kim Andersson", title: "kommundirektör", phone: "08-000 00 00", email: "kim@example.se" }],
            about: `${name} är en kommun i Stockholms län. Uppgifterna är påhittade.`,
          };
    raw.municipalities.push({ code, name, officialName, group: "A2", results, ...(release ? { release } : {}) });
  });
  edit?.(raw);
  const file = path.join(dir, "kkik-2019.yaml");
  await writeFile(file, stringify(raw));
  return { dir, file };
}

/**
 * For multiCopy: Upplands Väsby (0114) gets results for 2016 and 2017 too, so
 * its release has something to say over time (a record and a streak in
 * e-mail answers); the others keep their two years and have nothing.
 */
export function addHistory(raw: Raw): void {
  const vasby = raw.municipalities.find((m) => m["code"] === "0114") as { results: Record<string, Record<string, number>> } | undefined;
  const y2019 = vasby?.results["2019"];
  if (vasby === undefined || y2019 === undefined) throw new Error("no 0114 with 2019 results");
  // The other indicators as in 2019: ties at most, no record, no streak.
  vasby.results["2016"] = { ...y2019, "epost-en-dag": 60 };
  vasby.results["2017"] = { ...y2019, "epost-en-dag": 70 };
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One HTTP request with the path and headers exactly as given (Host defaults to 127.0.0.1:port). */
export function raw(
  port: number,
  method: string,
  target: string,
  headers: Record<string, string> = {},
  body?: string | Buffer,
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: "127.0.0.1", port, method, path: target, headers: { Host: `127.0.0.1:${port}`, Connection: "close", ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }));
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    if (body !== undefined) req.end(body);
    else req.end();
  });
}

/** A same-origin form POST, as the preview's own pages send it. */
export function post(port: number, target: string, form: Record<string, string>, headers: Record<string, string> = {}): Promise<RawResponse> {
  const body = new URLSearchParams(form).toString();
  return raw(
    port,
    "POST",
    target,
    {
      Origin: `http://127.0.0.1:${port}`,
      "Sec-Fetch-Site": "same-origin",
      "Content-Type": "application/x-www-form-urlencoded",
      "Content-Length": String(Buffer.byteLength(body)),
      ...headers,
    },
    body,
  );
}

/** The form token and approval key on a page. */
export function formToken(html: string): string {
  const m = /name="token" value="([^"]+)"/.exec(html);
  if (!m?.[1]) throw new Error("no form token on the page");
  return m[1];
}

export function approvalKey(html: string): string | null {
  return /name="nyckel" value="([0-9a-f]{64})"/.exec(html)?.[1] ?? null;
}
