// npm run bench: how fast is a batch of 290 releases, measured against
// baselines in the same run (timings on a shared machine are noisy; the
// ratios are what we hold ourselves to).
//
//   0. md+html+json, then docx+png+web, for every municipality in memory (one
//      release after another, no files)
//   1. md+html+json for every municipality (kommunpress batch, in-process)
//   2. the same again with nothing changed (should skip everything)
//   2b. docx+png+web for every municipality (kommunpress batch, with files)
//   3. PDFs for every municipality (kommunpress batch --format pdf)
//   4. the floor: a bare puppeteer loop doing only setContent + pdf on the same
//      HTML files, with the same number of pages at once
//   5. a browser launched per release (a sample, extrapolated to all)
//
// Usage: npm run bench [-- --concurrency N] [-- --sample K]
import { readdirSync, readFileSync } from "node:fs";
import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import puppeteer from "puppeteer";
import { runBatch } from "../dist/write/batch.js";
import { computeRanks } from "../dist/analyse/municipality.js";
import { loadDatasetPartial } from "../dist/load/dataset.js";
import { releaseFiles } from "../dist/kinds/kind.js";
import { asGenerated } from "../dist/kinds/municipality/kind.js";
import { lazyTime } from "../dist/kinds/highlights.js";
import { generateRelease, loadResources } from "../dist/kinds/municipality/release.js";
import { findBrowser, launchArgs } from "../dist/render/browser.js";
import { FOOTER_TEMPLATE } from "../dist/render/pdf.js";

const DATA = "data/exempel/kkik-2019-alla.yaml";
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const concurrency = arg("concurrency", Math.min(4, os.availableParallelism()));
const sample = arg("sample", 8);

const fmt = (ms) => `${(ms / 1000).toFixed(2).replace(".", ",")} s`;
const msPerRelease = (ms, n) => `${(ms / n).toFixed(1).replace(".", ",")} ms per pressmeddelande`;
const ratio = (a, b, digits = 2) => (a / b).toFixed(digits).replace(".", ",");
const mb = (bytes) => `${Math.round(bytes / 1024 / 1024)} MB`;

// --- memory sampling: this process, and every Chromium process (any child of ours)
function descendants(root) {
  const parents = new Map();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // "pid (comm) state ppid …"; comm may hold spaces, so split after the last ")".
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      parents.set(Number(name), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      // gone
    }
  }
  const out = [];
  for (const [p] of parents) {
    let q = p;
    while (q && q !== 1) {
      q = parents.get(q);
      if (q === root) {
        out.push(p);
        break;
      }
    }
  }
  return out;
}
function rssOf(pids) {
  let sum = 0;
  for (const pid of pids) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, "utf8");
      const kb = /VmRSS:\s+(\d+)/.exec(status)?.[1];
      if (kb) sum += Number(kb) * 1024;
    } catch {
      // gone
    }
  }
  return sum;
}
function sampler() {
  let node = 0;
  let chrome = 0;
  const timer = setInterval(() => {
    node = Math.max(node, process.memoryUsage().rss);
    chrome = Math.max(chrome, rssOf(descendants(process.pid)));
  }, 250);
  return { stop: () => (clearInterval(timer), { node, chrome }) };
}

const out = await mkdtemp(path.join(os.tmpdir(), "kp-bench-"));
const results = [];
const row = (what, ms, note = "") => {
  results.push({ what, ms, note });
  console.log(`${what.padEnd(58)} ${fmt(ms).padStart(9)}  ${note}`);
};
console.log(`kommunpress bench: ${DATA}, ${os.availableParallelism()} kärnor, ${concurrency} sidor samtidigt\n`);

// 0. the text work alone, in memory: analysis, phrasing, Markdown, HTML, claims;
// then Word, images and web text the same way (each release's text is made
// again, as a batch would). The dataset's time facts (every municipality's
// years) are computed once per loop and shared, as a batch's session shares
// them: each release computed them anew before, which a batch never does.
const PUBLISHING = ["docx", "png", "web"];
let publishingInMemory = 0;
let releases = 0;
{
  const loadStart = performance.now();
  const { dataset } = await loadDatasetPartial(DATA);
  const resources = await loadResources();
  const loaded = performance.now() - loadStart;
  const start = performance.now();
  const ranks = computeRanks(dataset, dataset.survey.year);
  const time = lazyTime(dataset);
  let n = 0;
  for (const m of dataset.municipalities) {
    if (m.results[String(dataset.survey.year)] === undefined) continue;
    const r = generateRelease(dataset, m, { resources, ranks });
    await releaseFiles(asGenerated(dataset, r, time), { formats: ["md", "html", "json"], html: resources.html });
    n++;
  }
  row(`md+html+json i minnet, ${n} pressmeddelanden (utan läsning och skrivning)`, performance.now() - start);
  row("läsa och kontrollera datafilen och mallarna", loaded);
  releases = n;
  const startPublishing = performance.now();
  const publishingTime = lazyTime(dataset);
  for (const m of dataset.municipalities) {
    if (m.results[String(dataset.survey.year)] === undefined) continue;
    const r = generateRelease(dataset, m, { resources, ranks });
    await releaseFiles(asGenerated(dataset, r, publishingTime), { formats: PUBLISHING, html: resources.html });
  }
  publishingInMemory = performance.now() - startPublishing;
  row(`docx+png+web i minnet, ${n} pressmeddelanden (ett i taget, utan skrivning)`, publishingInMemory, msPerRelease(publishingInMemory, n));
}

// 1. text formats
const t1 = await runBatch({ data: DATA, formats: ["md", "html", "json"], out, concurrency });
row(`md+html+json, ${t1.generated} pressmeddelanden (hela batch, med filer)`, t1.durationMs, t1.failed.length ? `${t1.failed.length} misslyckades` : "");

// 2. nothing changed
const t2 = await runBatch({ data: DATA, formats: ["md", "html", "json"], out, concurrency });
row(`samma igen, inget ändrat (${t2.unchanged} oförändrade)`, t2.durationMs);

// 2b. Word, images and web text, as a batch writes them
const t2b = await runBatch({ data: DATA, formats: PUBLISHING, out: path.join(out, "publicering"), concurrency });
row(
  `docx+png+web, ${t2b.generated} pressmeddelanden (hela batch, med filer)`,
  t2b.durationMs,
  `${msPerRelease(t2b.durationMs, t2b.generated)}${t2b.failed.length ? `; ${t2b.failed.length} misslyckades` : ""}`,
);

// 3 and 4: the floor (bare puppeteer, same HTML, same concurrency) before and
// after our own PDF run, so that neither profits from running second.
const year = String(t1.year);
const folders = (await readdir(path.join(out, year), { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();
const pages = await Promise.all(folders.map((f) => readFile(path.join(out, year, f, "pressmeddelande.html"), "utf8")));
const found = await findBrowser();
const pdfOptions = {
  format: "A4",
  margin: { top: "20mm", right: "20mm", bottom: "22mm", left: "20mm" },
  printBackground: true,
  tagged: true,
  displayHeaderFooter: true,
  headerTemplate: "<span></span>",
  footerTemplate: FOOTER_TEMPLATE,
};
async function floorRun() {
  const memory = sampler();
  const start = performance.now();
  const browser = await puppeteer.launch({ executablePath: found.path, headless: true, args: launchArgs() });
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      const page = await browser.newPage();
      while (next < pages.length) {
        const html = pages[next++];
        await page.setContent(html, { waitUntil: "load" });
        await page.pdf(pdfOptions);
      }
      await page.close();
    }),
  );
  await browser.close();
  return { ms: performance.now() - start, peak: memory.stop() };
}
{
  const floor1 = await floorRun();
  const memory = sampler();
  const t3 = await runBatch({ data: DATA, formats: ["pdf"], out: path.join(out, "pdf"), concurrency });
  const peak = memory.stop();
  const floor2 = await floorRun();
  const floor = (floor1.ms + floor2.ms) / 2;
  row(`PDF, ${t3.generated} pressmeddelanden (kommunpress)`, t3.durationMs, `topp: Node ${mb(peak.node)}, Chromium ${mb(peak.chrome)}`);
  row(`golv: puppeteer setContent + pdf, ${pages.length} sidor (medel av två)`, floor, `${fmt(floor1.ms)} och ${fmt(floor2.ms)}; topp Chromium ${mb(Math.max(floor1.peak.chrome, floor2.peak.chrome))}`);

  // 5. a browser per release, on a sample
  const startSample = performance.now();
  for (const html of pages.slice(0, sample)) {
    const b = await puppeteer.launch({ executablePath: found.path, headless: true, args: launchArgs() });
    const page = await b.newPage();
    await page.setContent(html, { waitUntil: "load" });
    await page.pdf(pdfOptions);
    await b.close();
  }
  const perRelease = (performance.now() - startSample) / sample;
  const perLaunch = perRelease * pages.length;
  row(`en webbläsare per pressmeddelande (${sample} st, uppräknat)`, perLaunch);

  console.log("\nKvoter:");
  console.log(`  PDF mot golvet:                   ${(t3.durationMs / floor).toFixed(2).replace(".", ",")} (mål ≤ 1,3)`);
  console.log(`  webbläsare per pressmeddelande:   ${(perLaunch / t3.durationMs).toFixed(1).replace(".", ",")} gånger långsammare (mål ≥ 10)`);
  console.log(`  md+html+json i minnet:            ${fmt(results[0].ms)} (mål < 1 s)`);
  console.log(`  docx+png+web i minnet mot PDF:    ${ratio(publishingInMemory, t3.durationMs)} (${fmt(publishingInMemory)}; ${msPerRelease(publishingInMemory, releases)}; mål klart under 1)`);
  console.log(`  docx+png+web, hela batch mot PDF: ${ratio(t2b.durationMs, t3.durationMs)} (${fmt(t2b.durationMs)}; ${msPerRelease(t2b.durationMs, t2b.generated)})`);
  console.log(`  text+docx+png+web mot PDF:        ${ratio(t1.durationMs + t2b.durationMs, t3.durationMs)} (md+html+json och docx+png+web, hela batchar)`);
  console.log(`  docx+png+web mot md+html+json:    ${ratio(publishingInMemory, results[0].ms, 1)} gånger (i minnet)`);
  console.log(`  md+html+json, hela batch:         ${fmt(t1.durationMs)}`);
  console.log(`  omkörning utan ändringar:         ${fmt(t2.durationMs)} (mål < 1 s)`);
  console.log("\nFör README:\n\n| mätning | tid |\n|---|---|");
  for (const r of results) console.log(`| ${r.what} | ${fmt(r.ms)}${r.note ? ` (${r.note})` : ""} |`);
  console.log(`| **PDF mot golvet** | **${(t3.durationMs / floor).toFixed(2).replace(".", ",")}×** |`);
  console.log(`| **docx+png+web i minnet mot PDF** | **${ratio(publishingInMemory, t3.durationMs)}×** |`);
  console.log(`| **text+docx+png+web (hela batchar) mot PDF** | **${ratio(t1.durationMs + t2b.durationMs, t3.durationMs)}×** |`);
  console.log(`| **en webbläsare per pressmeddelande mot kommunpress** | **${(perLaunch / t3.durationMs).toFixed(1).replace(".", ",")}× långsammare** |`);
}
await rm(out, { recursive: true, force: true });
