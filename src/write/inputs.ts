// inputs: fingerprints of everything a release is made from, so a batch can
// tell what changed (manifest.json) and a preview approval can be withdrawn
// when a release's inputs change. Pure apart from reading template files.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { canonicalJson, sha256 } from "../hash.js";
import type { KindResources } from "../kinds/kind.js";
import { VERSION } from "../version.js";

/** One hash over every template file and the phrase bank in use (name and content). */
export async function resourcesHash(resources: KindResources): Promise<string> {
  const files = [...new Set([...resources.markdown.files, ...resources.html.files, resources.bankFile])].sort((a, b) =>
    path.basename(a).localeCompare(path.basename(b)),
  );
  const h = createHash("sha256");
  for (const f of files) {
    h.update(`${path.relative(path.dirname(f), f)}\0`);
    h.update(await readFile(f));
    h.update("\0");
  }
  return h.digest("hex");
}

export interface ReleaseInputs {
  /** sha256 of the municipality's data slice. */
  data: string;
  /** sha256 of its editorial file, when there is one. */
  editorial: string | null;
  /** sha256 of the templates and phrase bank. */
  templates: string;
  /** kommunpress version. */
  version: string;
  /** Formats asked for (a new format means new files). */
  formats: string[];
  /** One hash over all of the above. */
  key: string;
}

export function releaseInputs(parts: Omit<ReleaseInputs, "key" | "version"> & { version?: string }): ReleaseInputs {
  const version = parts.version ?? VERSION;
  const base = { data: parts.data, editorial: parts.editorial, templates: parts.templates, version, formats: [...parts.formats] };
  return { ...base, key: sha256(canonicalJson(base)) };
}
