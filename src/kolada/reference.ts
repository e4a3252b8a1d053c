// Reference data for the Kolada import: the 290 municipalities with their
// official names and SKR kommungrupp (data/reference/kommuner.csv, shipped
// with the package). Reading is I/O; parsing is pure.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { REFERENCE_DIR } from "../paths.js";

export interface ReferenceMunicipality {
  code: string;
  name: string;
  officialName: string;
  /** SKR kommungrupp code, e.g. "A2". */
  groupCode: string;
  /** SKR kommungrupp name, e.g. "Pendlingskommun nära storstad". */
  groupName: string;
  /** The kommungrupp's Kolada group id, e.g. "G92793". */
  koladaGroup: string;
}

export interface ReferenceGroup {
  code: string;
  name: string;
  koladaGroup: string;
}

export interface Reference {
  municipalities: Map<string, ReferenceMunicipality>;
  /** Kommungrupper by their Kolada id (G…). */
  groupsByKolada: Map<string, ReferenceGroup>;
  /** Kommungrupper by their code (A1…C9). */
  groupsByCode: Map<string, ReferenceGroup>;
}

export const KOMMUNER_CSV = "kommuner.csv";

/** Reads kommuner.csv from the package's data/reference (or `dir`). */
export async function loadReference(dir: string = REFERENCE_DIR): Promise<Reference> {
  const text = await readFile(path.join(dir, KOMMUNER_CSV), "utf8");
  return parseReference(text);
}

export function parseReference(csv: string): Reference {
  const rows = parseCsv(csv);
  const header = rows.shift() ?? [];
  const col = (name: string): number => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`${KOMMUNER_CSV}: kolumnen ${name} saknas`);
    return i;
  };
  const c = {
    code: col("kod"),
    name: col("namn"),
    officialName: col("officiellt_namn"),
    groupCode: col("kommungrupp_kod"),
    groupName: col("kommungrupp"),
    koladaGroup: col("kolada_kommungrupp_id"),
  };
  const municipalities = new Map<string, ReferenceMunicipality>();
  const groupsByKolada = new Map<string, ReferenceGroup>();
  const groupsByCode = new Map<string, ReferenceGroup>();
  for (const row of rows) {
    if (row.length === 1 && row[0] === "") continue;
    const get = (i: number): string => (row[i] ?? "").trim();
    const m: ReferenceMunicipality = {
      code: get(c.code),
      name: get(c.name),
      officialName: get(c.officialName),
      groupCode: get(c.groupCode),
      groupName: get(c.groupName),
      koladaGroup: get(c.koladaGroup),
    };
    municipalities.set(m.code, m);
    if (m.groupCode !== "" && !groupsByCode.has(m.groupCode)) {
      const g = { code: m.groupCode, name: m.groupName, koladaGroup: m.koladaGroup };
      groupsByCode.set(g.code, g);
      if (g.koladaGroup !== "") groupsByKolada.set(g.koladaGroup, g);
    }
  }
  return { municipalities, groupsByKolada, groupsByCode };
}

/** RFC 4180 CSV: quoted fields, doubled quotes, CRLF or LF. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const src = text.startsWith("\uFEFF") ? text.slice(1) : text;
  for (let i = 0; i < src.length; i += 1) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i += 1;
        } else quoted = false;
      } else field += ch;
      continue;
    }
    if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && src[i + 1] === "\n") i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
