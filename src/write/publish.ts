// publish: copy the approved releases, and only those whose inputs are still
// the ones that were approved, to a publish folder. Each release is made
// again in memory (cheap for md, html and json) so that what is published is
// exactly what the inputs give now; a PDF that batch already printed from the
// very same HTML is copied rather than printed again.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { computeRanks, type Rank } from "../analyse/municipality.js";
import {
  approvalInputs,
  approvalState,
  editorialDirFor,
  findEditorialFile,
  readApprovals,
  approvalsFileFor,
} from "./approvals.js";
import { loadDatasetPartial } from "../load/dataset.js";
import { resourcesHash } from "./inputs.js";
import { sha256 } from "../hash.js";
import { municipalityDataHash } from "../kinds/municipality/kind.js";
import { nationalDataHash } from "../kinds/national/kind.js";
import { readManifest, type Manifest } from "./manifest.js";
import { generateNational, loadNationalResources, NATIONAL_FOLDER } from "../kinds/national/release.js";
import { releaseFiles } from "../kinds/kind.js";
import { asGenerated } from "../kinds/municipality/kind.js";
import { asNationalGenerated } from "../kinds/national/kind.js";
import { exists, isDirectory } from "../fs.js";
import { formatMessage, KommunpressError, type Message } from "../messages.js";
import { FILE_NAMES, type Format, type OutputFile, type PdfPrinter } from "../render/output.js";
import { generateRelease, loadResources, releaseFolder } from "../kinds/municipality/release.js";
import type { BrowserSession } from "../render/browser.js";
import { VERSION } from "../version.js";
import { writeFileAtomic } from "./atomic.js";

export interface PublishOptions {
  data: string;
  /** Editorial folder; default `<data-dir>/texter/` (as in the preview), used when it exists. */
  editorial?: string;
  /** Where batch wrote its files (a current PDF there is copied, not printed again). Default "out". */
  out: string;
  /** The publish folder. */
  to: string;
  formats: readonly Format[];
  templates?: string;
  browser?: string;
  /** For tests: opens the browser session. */
  openBrowser?: () => Promise<BrowserSession>;
}

export interface PublishedRelease {
  code: string;
  name: string;
  /** `<to>/<year>/<folder>` */
  dir: string;
  files: string[];
  /** The PDF was copied from `out` (true) or printed now (false); null without PDF. */
  pdfCopied: boolean | null;
}

export interface SkippedRelease {
  code: string;
  name: string;
  /** Swedish. */
  reason: string;
  /** A copy published earlier is still in the publish folder. */
  earlierCopy: string | null;
}

export interface PublishResult {
  year: number;
  dir: string;
  published: PublishedRelease[];
  skipped: SkippedRelease[];
  /** Warnings about the data as a whole. */
  messages: Message[];
}

export async function publishApproved(opts: PublishOptions): Promise<PublishResult> {
  const editorialDir = editorialDirFor(opts.data, opts.editorial);
  // As in the preview: a folder that does not exist (yet) holds no texts.
  const useEditorial = await isDirectory(editorialDir);
  const { dataset, messages, excluded } = await loadDatasetPartial(opts.data, useEditorial ? { editorial: editorialDir } : {});
  const year = dataset.survey.year;
  const resources = await loadResources(opts.templates);
  const templatesHash = await resourcesHash(resources);
  const ranks = computeRanks(dataset, year);
  const approvalsFile = approvalsFileFor(opts.data);
  const read = await readApprovals(approvalsFile);
  if (read.messages.length > 0) throw new KommunpressError(read.messages, 1);
  const approvals = read.approvals;
  const dir = path.join(opts.to, String(year));
  const outDir = path.join(opts.out, String(year));
  // An unreadable manifest only means every PDF is printed again.
  const { manifest } = await readManifest(outDir, { kommunpress: VERSION, year, data: path.basename(opts.data) });

  let session: Promise<BrowserSession> | undefined;
  const printPdf: PdfPrinter = async (html, meta) => {
    session ??= opts.openBrowser
      ? opts.openBrowser()
      : import("../render/browser.js").then(({ BrowserSession }) =>
          BrowserSession.open({ ...(opts.browser ? { browser: opts.browser } : {}), poolSize: 1 }),
        );
    const { renderPdf } = await import("../render/pdf.js");
    return renderPdf(await session, html, meta);
  };

  const published: PublishedRelease[] = [];
  const skipped: SkippedRelease[] = [];
  const earlier = async (folder: string): Promise<string | null> => {
    const p = path.join(dir, folder);
    return (await exists(p)) ? p : null;
  };

  try {
    for (const e of excluded) {
      if (e.code === null || approvals[e.code] === undefined) continue;
      skipped.push({
        code: e.code,
        name: e.name ?? e.code,
        reason: `fel i underlaget: ${e.messages.map(formatMessage).join("; ")}`,
        earlierCopy: null,
      });
    }
    for (const m of dataset.municipalities) {
      if (m.results[String(year)] === undefined) continue;
      const folder = releaseFolder(m);
      const approval = approvals[m.code];
      if (approval === undefined) {
        skipped.push({ code: m.code, name: m.name, reason: "inte godkänd", earlierCopy: await earlier(folder) });
        continue;
      }
      const editorialFile = useEditorial ? await findEditorialFile(editorialDir, m.code) : null;
      const inputs = approvalInputs(municipalityDataHash(dataset, m, ranks.get(m.code)), editorialFile ? sha256(editorialFile.data) : null, templatesHash);
      const state = approvalState(approval, inputs);
      if (state.status !== "approved") {
        const reasons = state.status === "changed" ? state.reasons.join(", ") : "";
        skipped.push({ code: m.code, name: m.name, reason: `ändrad efter godkännande (${reasons})`, earlierCopy: await earlier(folder) });
        continue;
      }
      let files: OutputFile[];
      let pdfCopied: boolean | null = null;
      try {
        const result = generateRelease(dataset, m, { resources, ranks: ranks as Map<string, Map<string, Rank>>, file: opts.data });
        const withoutPdf = opts.formats.filter((f) => f !== "pdf");
        const wantPdf = opts.formats.includes("pdf");
        // The HTML is needed to decide whether batch's PDF can be copied.
        const rendered = await releaseFiles(asGenerated(dataset, result), {
          formats: wantPdf && !withoutPdf.includes("html") ? [...withoutPdf, "html"] : withoutPdf,
          html: resources.html,
          dataFile: opts.data,
        });
        files = rendered.filter((f) => opts.formats.includes(f.format));
        if (wantPdf) {
          const html = rendered.find((f) => f.format === "html");
          const copied = html ? await currentPdf(outDir, folder, manifest, m.code, html.data) : null;
          pdfCopied = copied !== null;
          const pdf =
            copied ??
            (await releaseFiles(asGenerated(dataset, result), { formats: ["pdf"], html: resources.html, dataFile: opts.data, pdf: printPdf }))[0]?.data;
          if (pdf === undefined) throw new Error("PDF saknas");
          files.push({ format: "pdf", name: FILE_NAMES.pdf, data: pdf });
          files.sort((a, b) => opts.formats.indexOf(a.format) - opts.formats.indexOf(b.format));
        }
      } catch (err) {
        const reason = err instanceof KommunpressError ? err.messages.map(formatMessage).join("; ") : err instanceof Error ? err.message : String(err);
        skipped.push({ code: m.code, name: m.name, reason: `kunde inte göras: ${reason}`, earlierCopy: await earlier(folder) });
        continue;
      }
      const releaseDir = path.join(dir, folder);
      for (const f of files) await writeFileAtomic(path.join(releaseDir, f.name), f.data);
      published.push({ code: m.code, name: m.name, dir: releaseDir, files: files.map((f) => f.name), pdfCopied });
    }
    // The national release (riket), when it was approved.
    const nationalApproval = approvals[NATIONAL_FOLDER];
    if (nationalApproval !== undefined) {
      const skip = async (reason: string): Promise<void> => {
        skipped.push({ code: NATIONAL_FOLDER, name: "Riket", reason, earlierCopy: await earlier(NATIONAL_FOLDER) });
      };
      try {
        const nres = await loadNationalResources(opts.templates);
        const inputs = approvalInputs(nationalDataHash(dataset), null, await resourcesHash(nres));
        const state = excluded.length > 0 ? null : approvalState(nationalApproval, inputs);
        if (state === null) {
          await skip("fel i underlaget för en eller flera kommuner");
        } else if (state.status !== "approved") {
          await skip(`ändrad efter godkännande (${state.status === "changed" ? state.reasons.join(", ") : ""})`);
        } else {
          const result = generateNational(dataset, { resources: nres, file: opts.data });
          const withoutPdf = opts.formats.filter((f) => f !== "pdf");
          const wantPdf = opts.formats.includes("pdf");
          const rendered = await releaseFiles(asNationalGenerated(dataset, result), {
            formats: wantPdf && !withoutPdf.includes("html") ? [...withoutPdf, "html"] : withoutPdf,
            html: nres.html,
            dataFile: opts.data,
          });
          const files = rendered.filter((f) => opts.formats.includes(f.format));
          let pdfCopied: boolean | null = null;
          if (wantPdf) {
            const html = rendered.find((f) => f.format === "html");
            const copied = html ? await currentPdf(outDir, NATIONAL_FOLDER, manifest, NATIONAL_FOLDER, html.data) : null;
            pdfCopied = copied !== null;
            const pdf =
              copied ??
              (await releaseFiles(asNationalGenerated(dataset, result), { formats: ["pdf"], html: nres.html, dataFile: opts.data, pdf: printPdf }))[0]?.data;
            if (pdf === undefined) throw new Error("PDF saknas");
            files.push({ format: "pdf", name: FILE_NAMES.pdf, data: pdf });
            files.sort((a, b) => opts.formats.indexOf(a.format) - opts.formats.indexOf(b.format));
          }
          const releaseDir = path.join(dir, NATIONAL_FOLDER);
          for (const f of files) await writeFileAtomic(path.join(releaseDir, f.name), f.data);
          published.push({ code: NATIONAL_FOLDER, name: "Riket", dir: releaseDir, files: files.map((f) => f.name), pdfCopied });
        }
      } catch (err) {
        const reason = err instanceof KommunpressError ? err.messages.map(formatMessage).join("; ") : err instanceof Error ? err.message : String(err);
        await skip(`kunde inte göras: ${reason}`);
      }
    }
    // Approvals for municipalities the data no longer has.
    const known = new Set([NATIONAL_FOLDER, ...dataset.municipalities.map((m) => m.code), ...excluded.map((e) => e.code)]);
    for (const code of Object.keys(approvals).sort()) {
      if (!known.has(code)) skipped.push({ code, name: code, reason: "finns inte längre i datafilen", earlierCopy: null });
    }
  } finally {
    if (session) await session.then((s) => s.close()).catch(() => undefined);
  }
  published.sort((a, b) => a.code.localeCompare(b.code));
  skipped.sort((a, b) => a.code.localeCompare(b.code));
  // Warnings about the data as a whole; those about one municipality belong to its review.
  const general = messages.filter((m) => m.severity !== "error" && !(m.path ?? "").startsWith("municipalities["));
  return { year, dir, published, skipped, messages: general };
}

/**
 * batch's PDF for this release, when it was printed from exactly this HTML:
 * the manifest lists both files with their hashes, the HTML on disk is
 * byte-identical to ours and the PDF on disk is the one the manifest lists.
 */
async function currentPdf(
  outDir: string,
  folder: string,
  manifest: Manifest,
  code: string,
  html: string | Uint8Array,
): Promise<Uint8Array | null> {
  const entry = manifest.releases[code];
  if (!entry || manifest.kommunpress !== VERSION || entry.folder !== folder) return null;
  const htmlHash = sha256(html);
  if (entry.files[FILE_NAMES.html] !== htmlHash || entry.files[FILE_NAMES.pdf] === undefined) return null;
  try {
    const [onDiskHtml, pdf] = await Promise.all([
      readFile(path.join(outDir, folder, FILE_NAMES.html)),
      readFile(path.join(outDir, folder, FILE_NAMES.pdf)),
    ]);
    if (sha256(onDiskHtml) !== htmlHash || sha256(pdf) !== entry.files[FILE_NAMES.pdf]) return null;
    return new Uint8Array(pdf);
  } catch {
    return null;
  }
}
