// The load stage's reasons by their old names, as views of the catalogue
// (../catalogue.ts holds the Swedish texts).
import { JSON_DETAILS, MAX_NESTING_DEPTH, reasonFor, type FileKind } from "../catalogue.js";

export { MAX_NESTING_DEPTH, type FileKind };

export const LOAD_REASONS = {
  "not-utf8": () => reasonFor("not-utf8"),
  utf16: () => reasonFor("not-utf8/utf16"),
  "too-deep": (max: number) => reasonFor("too-deep", max),
  "editorial-not-regular": (kind: FileKind) => reasonFor("editorial-not-regular", kind),
  "editorial-link-outside": () => reasonFor("editorial-link-outside"),
  "editorial-link-broken": () => reasonFor("editorial-link-broken"),
  "no-permission": () => reasonFor("file-unreadable/permission"),
  unreadable: (code: string) => reasonFor("file-unreadable", code),
} as const;

/** Reasons for JSON syntax errors (after "ogiltig JSON: "), by the code scanJson reports. */
export const JSON_REASONS = JSON_DETAILS;
