// A JSON syntax checker that reports where the first error is, as an offset,
// and why, as a code (no reading of the JavaScript engine's error wording).
// It is iterative (an explicit stack, no recursion), so it also finds, in
// linear time, where a file nests deeper than allowed. Values come from
// JSON.parse once the text has passed.

export type JsonErrorCode =
  | "end"
  | "property-name"
  | "property-name-or-close"
  | "colon"
  | "comma-or-close-object"
  | "comma-or-close-array"
  | "after-end"
  | "control-char"
  | "bad-escape"
  | "bad-unicode"
  | "unterminated-string"
  | "bad-number"
  | "unexpected"
  | "too-deep";

export interface JsonError {
  offset: number;
  code: JsonErrorCode;
  /** The unexpected character (code "unexpected"). */
  char?: string;
}

type Expect = "value" | "value-or-close" | "key" | "key-or-close" | "colon" | "after-value";

/** The first syntax error in `src`, or undefined when it is valid JSON nested at most `maxDepth` levels. */
export function scanJson(src: string, maxDepth: number): JsonError | undefined {
  const stack: ("[" | "{")[] = [];
  let expect: Expect = "value";
  let i = skipWhitespace(src, 0);
  for (; ; i = skipWhitespace(src, i)) {
    const c = src[i];
    const top = stack[stack.length - 1];
    if (expect === "after-value") {
      if (top === undefined) return c === undefined ? undefined : { offset: i, code: "after-end" };
      const close = top === "[" ? "]" : "}";
      if (c === ",") expect = top === "[" ? "value" : "key";
      else if (c === close) stack.pop();
      else return { offset: i, code: top === "[" ? "comma-or-close-array" : "comma-or-close-object" };
      i += 1;
      continue;
    }
    if (expect === "colon") {
      if (c !== ":") return { offset: i, code: "colon" };
      expect = "value";
      i += 1;
      continue;
    }
    if (expect === "key" || expect === "key-or-close") {
      if (c === "}" && expect === "key-or-close") {
        stack.pop();
        expect = "after-value";
        i += 1;
        continue;
      }
      if (c !== '"') return { offset: i, code: expect === "key" ? "property-name" : "property-name-or-close" };
      const end = scanString(src, i);
      if (typeof end !== "number") return end;
      expect = "colon";
      i = end;
      continue;
    }
    if (c === "]" && expect === "value-or-close") {
      stack.pop();
      expect = "after-value";
      i += 1;
      continue;
    }
    if (c === "[" || c === "{") {
      stack.push(c);
      if (stack.length > maxDepth) return { offset: i, code: "too-deep" };
      expect = c === "[" ? "value-or-close" : "key-or-close";
      i += 1;
      continue;
    }
    const end = scanScalar(src, i);
    if (typeof end !== "number") return end;
    expect = "after-value";
    i = end;
  }
}

function skipWhitespace(src: string, from: number): number {
  let i = from;
  while (src[i] === " " || src[i] === "\n" || src[i] === "\t" || src[i] === "\r") i += 1;
  return i;
}

/** A string, number, true, false or null at `i`: the offset after it, or the error. */
function scanScalar(src: string, i: number): number | JsonError {
  const c = src[i];
  if (c === undefined) return { offset: src.trimEnd().length, code: "end" };
  if (c === '"') return scanString(src, i);
  if (c === "-" || (c >= "0" && c <= "9")) return scanNumber(src, i);
  for (const word of ["true", "false", "null"]) {
    if (c !== word[0]) continue;
    for (let k = 1; k < word.length; k += 1) {
      const d = src[i + k];
      if (d === undefined) return { offset: src.trimEnd().length, code: "end" };
      if (d !== word[k]) return unexpected(src, i + k);
    }
    return i + word.length;
  }
  return unexpected(src, i);
}

function unexpected(src: string, offset: number): JsonError {
  return { offset, code: "unexpected", char: String.fromCodePoint(src.codePointAt(offset) ?? 0) };
}

/** The string starting with the quote at `i`: the offset after its closing quote, or the error. */
function scanString(src: string, start: number): number | JsonError {
  for (let i = start + 1; i < src.length; i += 1) {
    const c = src.charCodeAt(i);
    if (c === 0x22) return i + 1;
    if (c < 0x20) return { offset: i, code: "control-char" };
    if (c !== 0x5c) continue;
    i += 1;
    const e = src[i];
    if (e === undefined) break;
    if (e === "u") {
      for (let k = 1; k <= 4; k += 1) {
        if (!/^[0-9a-fA-F]$/.test(src[i + k] ?? "")) return { offset: i + k, code: "bad-unicode" };
      }
      i += 4;
    } else if (!'"\\/bfnrt'.includes(e)) {
      return { offset: i, code: "bad-escape" };
    }
  }
  return { offset: src.length, code: "unterminated-string" };
}

/** The number at `i`: the offset after it, or the error (where a digit was expected). */
function scanNumber(src: string, start: number): number | JsonError {
  const isDigit = (k: number): boolean => (src[k] ?? "") >= "0" && (src[k] ?? "") <= "9";
  const digits = (k: number): number | JsonError => {
    if (!isDigit(k)) return { offset: k, code: "bad-number" };
    let j = k;
    while (isDigit(j)) j += 1;
    return j;
  };
  let i = start;
  if (src[i] === "-") i += 1;
  if (src[i] === "0") {
    i += 1;
    if (isDigit(i)) return { offset: i, code: "bad-number" };
  } else {
    const end = digits(i);
    if (typeof end !== "number") return end;
    i = end;
  }
  if (src[i] === ".") {
    const end = digits(i + 1);
    if (typeof end !== "number") return end;
    i = end;
  }
  if (src[i] === "e" || src[i] === "E") {
    i += 1;
    if (src[i] === "+" || src[i] === "-") i += 1;
    const end = digits(i);
    if (typeof end !== "number") return end;
    i = end;
  }
  return i;
}
