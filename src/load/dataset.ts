// The library entry for commands: load + validate a data file (and an
// editorial folder), merge editorial content into each municipality's
// `release`. Two flavours: checkDataset never throws for data problems
// (the validate command lists them); loadDataset throws a KommunpressError
// with every message when there are errors (generate, batch, …).
import { loadEditorialDir, mergeRelease } from "./editorial.js";
import { loadFile } from "./source.js";
import { hasErrors, KommunpressError, sortMessages, type Message } from "../messages.js";
import path from "node:path";
import { Dataset, type Release } from "../schema.js";
import { validateDataset } from "../validate/validate.js";

export interface LoadDatasetOptions {
  /** Folder with one editorial file per municipality (`<code>.yaml`). */
  editorial?: string;
  /**
   * The one municipality the run is for (code, name or official name, as
   * `generate -m` takes it): only its editorial file is read, so a bad file of
   * another municipality does not stop this one.
   */
  municipality?: string;
}

/** Every message about `file` (and the editorial folder); `dataset` only when there are no errors. */
export async function checkDataset(
  file: string,
  opts: LoadDatasetOptions = {},
): Promise<{ dataset?: Dataset; messages: Message[] }> {
  const loaded = await loadFile(file);
  const { editorial, editorialMessages } = await loadEditorialFor(loaded.value, opts);
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

/** The editorial folder's content for the municipalities in `value` (the raw data), if a folder is given. */
async function loadEditorialFor(
  value: unknown,
  opts: LoadDatasetOptions,
): Promise<{ editorial: Map<string, Release> | undefined; editorialMessages: Message[] }> {
  if (opts.editorial === undefined) return { editorial: undefined, editorialMessages: [] };
  const codes = rawCodes(value);
  const only = opts.municipality === undefined ? undefined : selectedCodes(value, opts.municipality);
  const result = await loadEditorialDir(
    opts.editorial,
    codes && { municipalities: codes.map((code) => ({ code })) },
    only ? { only } : {},
  );
  return { editorial: result.byCode, editorialMessages: result.messages };
}

/**
 * The codes of the municipalities in the raw data that `query` names (by code,
 * name or official name, as findMunicipality matches them); the query itself
 * too, so that a code not (yet) readable from the data still finds its file.
 */
function selectedCodes(value: unknown, query: string): Set<string> {
  const q = query.trim().toLocaleLowerCase("sv");
  const codes = new Set<string>([q]);
  const list = typeof value === "object" && value !== null && "municipalities" in value ? value.municipalities : undefined;
  if (!Array.isArray(list)) return codes;
  for (const m of list as unknown[]) {
    if (typeof m !== "object" || m === null) continue;
    const entry = m as Record<string, unknown>;
    const names = [entry.code, entry.name, entry.officialName].map((x) => (typeof x === "string" ? x.toLocaleLowerCase("sv") : null));
    if (names.includes(q) && typeof entry.code === "string") codes.add(entry.code);
  }
  return codes;
}

function rawCodes(value: unknown): string[] | undefined {
  if (typeof value !== "object" || value === null || !("municipalities" in value)) return undefined;
  const list = value.municipalities;
  if (!Array.isArray(list)) return undefined;
  return list.flatMap((m: unknown) =>
    typeof m === "object" && m !== null && "code" in m && typeof m.code === "string" ? [m.code] : [],
  );
}

/** A municipality left out of a batch because its own data or editorial file has errors. */
export interface ExcludedMunicipality {
  code: string | null;
  name: string | null;
  messages: Message[];
}

/**
 * For batch runs: like loadDataset, but errors confined to one municipality
 * (its entry in the data file, or its editorial file) only leave that
 * municipality out. Errors anywhere else (survey, indicators, riket, groups,
 * syntax) still throw, with every message.
 */
export async function loadDatasetPartial(
  file: string,
  opts: LoadDatasetOptions = {},
): Promise<{ dataset: Dataset; messages: Message[]; excluded: ExcludedMunicipality[] }> {
  const loaded = await loadFile(file);
  const { editorial, editorialMessages } = await loadEditorialFor(loaded.value, opts);
  const validated = validateDataset(loaded, editorial ? { editorial } : {});
  const messages = [...validated.messages, ...editorialMessages];
  if (validated.dataset && !hasErrors(messages)) {
    return { dataset: mergeEditorial(validated.dataset, editorial), messages, excluded: [] };
  }

  const raw = loaded.value;
  const list = typeof raw === "object" && raw !== null && "municipalities" in raw && Array.isArray(raw.municipalities) ? raw.municipalities : null;
  const byIndex = new Map<number, Message[]>();
  const byCode = new Map<string, Message[]>();
  const fatal: Message[] = [];
  const add = <K>(map: Map<K, Message[]>, key: K, m: Message): void => {
    map.set(key, [...(map.get(key) ?? []), m]);
  };
  for (const m of messages) {
    if (m.severity !== "error") continue;
    const own = /^municipalities\[(\d+)\]/.exec(m.path ?? "");
    const editorialCode = /^(\d{4})\.(ya?ml|json)$/i.exec(path.basename(m.file ?? ""));
    if (list && own && (m.file === undefined || m.file === file)) add(byIndex, Number(own[1]), m);
    else if (opts.editorial !== undefined && m.file !== undefined && m.file !== file && editorialCode?.[1]) add(byCode, editorialCode[1], m);
    else fatal.push(m);
  }
  if (fatal.length > 0 || !list) throw new KommunpressError(sortMessages(messages), 1);

  const field = (entry: unknown, key: string): string | null =>
    typeof entry === "object" && entry !== null && key in entry && typeof (entry as Record<string, unknown>)[key] === "string"
      ? ((entry as Record<string, unknown>)[key] as string)
      : null;
  const excluded: ExcludedMunicipality[] = [];
  const keep: unknown[] = [];
  list.forEach((entry: unknown, i) => {
    const code = field(entry, "code");
    const own = [...(byIndex.get(i) ?? []), ...(code !== null ? (byCode.get(code) ?? []) : [])];
    if (own.length > 0) excluded.push({ code, name: field(entry, "name"), messages: sortMessages(own) });
    else keep.push(entry);
  });
  const parsed = Dataset.safeParse({ ...(raw as object), municipalities: keep });
  if (!parsed.success) throw new KommunpressError(sortMessages(messages), 1);
  const warnings = messages.filter((m) => m.severity !== "error");
  return { dataset: mergeEditorial(parsed.data, editorial), messages: warnings, excluded };
}
