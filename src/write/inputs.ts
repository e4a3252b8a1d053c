// inputs: fingerprints of everything a release is made from, so a batch can
// tell what changed (manifest.json) and a preview approval can be withdrawn
// when a release's inputs change. Pure apart from reading template files.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Rank } from "../analyse/municipality.js";
import type { Resources } from "../kinds/municipality/release.js";
import type { Dataset, Municipality } from "../schema.js";
import { VERSION } from "../version.js";

export function sha256(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

/** JSON with sorted keys: the same data gives the same text whatever the key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof Map) return Object.fromEntries([...v.entries()].sort(([a], [b]) => String(a).localeCompare(String(b))));
    if (typeof v === "object" && v !== null && !Array.isArray(v)) {
      return Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    return v;
  });
}

/**
 * The part of a dataset one municipality's release is made from: the survey,
 * thresholds, indicators, riket, its own group, itself (with editorial content
 * merged) and its ranks. A change elsewhere in the file does not touch it.
 */
export function dataSlice(dataset: Dataset, m: Municipality, ranks?: ReadonlyMap<string, Rank>): unknown {
  return {
    survey: dataset.survey,
    thresholds: dataset.thresholds,
    indicators: dataset.indicators,
    national: dataset.national,
    group: (dataset.groups ?? []).find((g) => g.id === m.group) ?? null,
    municipality: m,
    ranks: ranks ?? null,
  };
}

/** One hash over every template file and the phrase bank in use (name and content). */
export async function resourcesHash(resources: Resources): Promise<string> {
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
