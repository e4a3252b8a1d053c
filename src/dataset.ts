// The library entry for commands: load + validate a data file (and an
// editorial folder), merge editorial content into each municipality's
// `release`. Two flavours: checkDataset never throws for data problems
// (the validate command lists them); loadDataset throws a KommunpressError
// with every message when there are errors (generate, batch, …).
import { loadEditorialDir, mergeRelease } from "./editorial.js";
import { loadFile } from "./load.js";
import { hasErrors, KommunpressError, sortMessages, type Message } from "./messages.js";
import type { Dataset, Release } from "./schema.js";
import { validateDataset } from "./validate.js";

export interface LoadDatasetOptions {
  /** Folder with one editorial file per municipality (`<code>.yaml`). */
  editorial?: string;
}

/** Every message about `file` (and the editorial folder); `dataset` only when there are no errors. */
export async function checkDataset(
  file: string,
  opts: LoadDatasetOptions = {},
): Promise<{ dataset?: Dataset; messages: Message[] }> {
  const loaded = await loadFile(file);
  let editorial: Map<string, Release> | undefined;
  const editorialMessages: Message[] = [];
  if (opts.editorial !== undefined) {
    const codes = rawCodes(loaded.value);
    const result = await loadEditorialDir(opts.editorial, codes && { municipalities: codes.map((code) => ({ code })) });
    editorial = result.byCode;
    editorialMessages.push(...result.messages);
  }
  const validated = validateDataset(loaded, editorial ? { editorial } : {});
  const messages = [...validated.messages, ...editorialMessages];
  if (!validated.dataset || hasErrors(messages)) return { messages };
  return { dataset: mergeEditorial(validated.dataset, editorial), messages };
}

/**
 * Loads and validates `file`; throws KommunpressError (exit code 1) with all
 * messages, sorted, when there is any error. Returns the dataset with
 * editorial content merged into each municipality's `release`, and the warnings.
 */
export async function loadDataset(
  file: string,
  opts: LoadDatasetOptions = {},
): Promise<{ dataset: Dataset; messages: Message[] }> {
  const { dataset, messages } = await checkDataset(file, opts);
  if (!dataset) throw new KommunpressError(sortMessages(messages), 1);
  return { dataset, messages };
}

export function mergeEditorial(dataset: Dataset, editorial: ReadonlyMap<string, Release> | undefined): Dataset {
  if (!editorial || editorial.size === 0) return dataset;
  return {
    ...dataset,
    municipalities: dataset.municipalities.map((m) => {
      const over = editorial.get(m.code);
      return over ? { ...m, release: mergeRelease(m.release, over) } : m;
    }),
  };
}

function rawCodes(value: unknown): string[] | undefined {
  if (typeof value !== "object" || value === null || !("municipalities" in value)) return undefined;
  const list = value.municipalities;
  if (!Array.isArray(list)) return undefined;
  return list.flatMap((m: unknown) =>
    typeof m === "object" && m !== null && "code" in m && typeof m.code === "string" ? [m.code] : [],
  );
}
