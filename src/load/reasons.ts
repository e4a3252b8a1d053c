// The Swedish reasons of the load stage that are about a file's bytes, its
// nesting or what kind of file it is: one table, id → text, so each wording
// lives in one place and the tests can assert every one verbatim.

/** Deepest nesting (of lists, maps, [ ] and { }) a data or editorial file may have. */
export const MAX_NESTING_DEPTH = 64;

export type FileKind = "fifo" | "device" | "directory" | "socket" | "other";

const KIND_WORDS: Record<FileKind, string> = {
  fifo: "en namngiven pipe (FIFO)",
  device: "en enhetsfil",
  directory: "en mapp",
  socket: "en socket",
  other: "en fil av okänd typ",
};

export const LOAD_REASONS = {
  /** Bytes that are not UTF-8 (e.g. a file saved as Latin-1 or Windows-1252). */
  "not-utf8": () => "filen är inte kodad som UTF-8 (är den sparad som Latin-1 eller Windows-1252?); spara den som UTF-8",
  /** A UTF-16 file (starts with a UTF-16 byte order mark). */
  "utf16": () => "filen är kodad som UTF-16; spara den som UTF-8",
  "too-deep": (max: number) => `filen är för djupt nästlad (mer än ${max} nivåer), filen avvisas`,
  /** An editorial file that is not a regular file (not opened, not read). */
  "editorial-not-regular": (kind: FileKind) => `är ${KIND_WORDS[kind]}, inte en vanlig fil; filen läses inte`,
  /** A symbolic link in the editorial folder that points outside it (not followed). */
  "editorial-link-outside": () => "är en symbolisk länk till en fil utanför mappen (--editorial); filen läses inte",
  /** A symbolic link that points nowhere. */
  "editorial-link-broken": () => "är en symbolisk länk som inte pekar på någon fil; filen läses inte",
  "no-permission": () => "filen kan inte läsas (behörighet saknas)",
  unreadable: (code: string) => `filen kan inte läsas${code ? ` (${code})` : ""}`,
} as const;

export type LoadReasonId = keyof typeof LOAD_REASONS;

/** Reasons for JSON syntax errors (after "ogiltig JSON: "), by the code scanJson reports. */
export const JSON_REASONS = {
  end: () => "filen tar slut för tidigt (saknas } eller ]?)",
  "property-name": () => 'väntade ett fältnamn inom "…" (kommatecken för mycket?)',
  "property-name-or-close": () => 'väntade ett fältnamn inom "…" eller }',
  colon: () => "kolon saknas efter fältnamnet",
  "comma-or-close-object": () => "kommatecken eller } saknas efter värdet",
  "comma-or-close-array": () => "kommatecken eller ] saknas efter elementet",
  "after-end": () => "text efter JSON-dokumentets slut",
  "control-char": () => "otillåtet tecken (t.ex. radbrytning eller tabb) i text; skriv \\n eller \\t",
  "bad-escape": () => "ogiltigt \\-tecken i text; skriv \\\\ för ett bakstreck",
  "bad-unicode": () => "ogiltig \\u-kod i text",
  "unterminated-string": () => 'texten avslutas inte (" saknas)',
  "bad-number": () => "ogiltigt tal",
  unexpected: (char: string) => `oväntat tecken ${char}`,
  "too-deep": () => LOAD_REASONS["too-deep"](MAX_NESTING_DEPTH),
} as const;
