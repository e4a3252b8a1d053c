// One release of any kind in the chosen formats, for `generate` and
// `national`: everything is rendered in memory first and written afterwards,
// so a failure leaves no half-written release behind.
import path from "node:path";
import type { Io } from "../io.js";
import { releaseFiles, type ReleaseKind, type ReleaseTarget } from "../../kinds/kind.js";
import { formatMessage, KommunpressError, sortMessages, type Message } from "../../messages.js";
import type { Format } from "../../render/output.js";
import type { Dataset } from "../../schema.js";
import { writeFileAtomic } from "../../write/atomic.js";
import { LazyPdfPrinter } from "../../render/printer.js";

export interface OneReleaseOptions {
  kind: ReleaseKind;
  dataset: Dataset;
  /** The data file, for messages and relative paths. */
  data: string;
  target: ReleaseTarget;
  /** Warnings from loading the data that belong to this release. */
  messages: readonly Message[];
  formats: readonly Format[];
  out: string;
  templates?: string;
  browser?: string;
}

export async function writeOneRelease(io: Io, o: OneReleaseOptions): Promise<void> {
  const resources = await o.kind.loadResources(o.templates);
  const release = o.kind.open(o.dataset, resources, o.data).generate(o.target);
  for (const w of sortMessages([...o.messages, ...release.warnings])) io.stderr(`${formatMessage(w)}\n`);

  // The browser is only started (and puppeteer only loaded) for PDF.
  const printer = new LazyPdfPrinter(o.browser ? { browser: o.browser } : {});
  let files;
  try {
    files = await releaseFiles(release, { formats: o.formats, html: resources.html, dataFile: o.data, pdf: printer.pdf });
  } finally {
    await printer.close();
  }
  const dir = path.join(o.out, String(o.dataset.survey.year), release.target.folder);
  for (const f of files) await writeFileAtomic(path.join(dir, f.name), f.data);
  for (const f of files) io.stdout(`Skrev ${path.join(dir, f.name)}\n`);
  if (files.length === 0) throw new KommunpressError([], 1);
}
