// Strict UTF-8 decoding: a file that is not UTF-8 is refused with the line
// and column of its first bad byte, instead of turning å, ä and ö saved as
// Latin-1 into U+FFFD without a word.
import type { Position } from "../messages.js";
import { reasonFor } from "../catalogue.js";

export type Decoded = { ok: true; text: string } | { ok: false; reason: string; position: Position };

/** Decodes `data` as UTF-8 (a byte order mark is kept for the parser to skip). */
export function decodeUtf8(data: Uint8Array): Decoded {
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(data) };
  } catch {
    if ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff)) {
      return { ok: false, reason: reasonFor("not-utf8/utf16"), position: { line: 1, column: 1 } };
    }
    const bad = firstInvalidByte(data);
    return { ok: false, reason: reasonFor("not-utf8"), position: positionOfByte(data, bad) };
  }
}

/**
 * Offset of the first byte that does not start a well-formed UTF-8 sequence
 * (the start of the first ill-formed sequence), or `data.length` if none.
 */
export function firstInvalidByte(data: Uint8Array): number {
  let i = 0;
  while (i < data.length) {
    const length = sequenceLength(data, i);
    if (length === 0) return i;
    i += length;
  }
  return data.length;
}

/** Length of the well-formed sequence at `i` (1–4), 0 if it is ill-formed (RFC 3629, Unicode table 3-7). */
function sequenceLength(data: Uint8Array, i: number): number {
  const b = data[i] ?? 0;
  if (b < 0x80) return 1;
  let length: number;
  let low = 0x80;
  let high = 0xbf;
  if (b >= 0xc2 && b <= 0xdf) length = 2;
  else if (b >= 0xe0 && b <= 0xef) {
    length = 3;
    if (b === 0xe0) low = 0xa0; // overlong
    if (b === 0xed) high = 0x9f; // surrogates
  } else if (b >= 0xf0 && b <= 0xf4) {
    length = 4;
    if (b === 0xf0) low = 0x90; // overlong
    if (b === 0xf4) high = 0x8f; // above U+10FFFF
  } else return 0;
  for (let k = 1; k < length; k += 1) {
    const c = data[i + k];
    if (c === undefined) return 0;
    const [min, max] = k === 1 ? [low, high] : [0x80, 0xbf];
    if (c < min || c > max) return 0;
  }
  return length;
}

/** 1-based line and column (in UTF-16 code units, as the parser counts) of byte `offset`. */
function positionOfByte(data: Uint8Array, offset: number): Position {
  const lineStart = data.lastIndexOf(0x0a, offset - 1) + 1;
  let line = 1;
  for (let i = 0; i < lineStart; i += 1) if (data[i] === 0x0a) line += 1;
  // The bytes between the line start and `offset` are well-formed: decode them to count.
  const before = new TextDecoder("utf-8").decode(data.subarray(lineStart, offset));
  return { line, column: (lineStart === 0 ? before.replace(/^\uFEFF/, "") : before).length + 1 };
}
