// A cheap pre-scan of how deeply a YAML text nests (block indentation,
// compact "- - -" items and flow [ ] / { }), run before the parser so that a
// file nested thousands of levels deep gets a positioned error in linear time
// instead of exhausting the parser's (recursive) stack. It over-estimates
// rather than under-estimates; real data files nest well under the limit.

/** Offset of the first place where the nesting goes past `max` levels, or undefined. */
export function yamlNestingOffset(src: string, max: number): number | undefined {
  const indents: number[] = [];
  // Flow collections can span lines: their depth, and the block depth they start at.
  const flow = { depth: 0, base: 0 };
  let blockScalarParent: number | undefined;
  let lineStart = 0;
  while (lineStart <= src.length) {
    const nl = src.indexOf("\n", lineStart);
    const lineEnd = nl < 0 ? src.length : nl;
    const line = src.slice(lineStart, lineEnd);
    const indent = line.length - line.trimStart().length;
    const blank = line.trim() === "" || line.trimStart().startsWith("#");
    if (blockScalarParent !== undefined && (blank || indent > blockScalarParent)) {
      // Content of a | or > block: text, not structure.
    } else if (flow.depth > 0) {
      blockScalarParent = undefined;
      const over = scanFlow(line, 0, flow, max);
      if (over !== undefined) return lineStart + over;
    } else if (!blank) {
      blockScalarParent = undefined;
      while (indents.length > 0 && (indents[indents.length - 1] ?? 0) >= indent) indents.pop();
      const result = scanBlockLine(line, indent, indents, flow, max);
      if (typeof result === "number") return lineStart + result;
      blockScalarParent = result.blockScalarParent;
    }
    if (nl < 0) break;
    lineStart = nl + 1;
  }
  return undefined;
}

/**
 * One line in block context: pushes a level for the line and for each compact
 * "- " or "? " on it, then looks for a flow collection or a block scalar
 * header where a value starts. Returns the offset past the limit, if any.
 */
function scanBlockLine(
  line: string,
  indent: number,
  indents: number[],
  flow: { depth: number; base: number },
  max: number,
): number | { blockScalarParent: number | undefined } {
  let p = indent;
  indents.push(p);
  if (indents.length > max) return p;
  while (/^[-?](\s|$)/.test(line.slice(p))) {
    const next = p + 1 + (line.slice(p + 1).length - line.slice(p + 1).trimStart().length);
    if (next >= line.length) return { blockScalarParent: undefined };
    p = next;
    indents.push(p);
    if (indents.length > max) return p;
  }
  let valueStart = p;
  for (let i = p; i < line.length; i += 1) {
    const c = line[i];
    if (i === valueStart) {
      if (c === "[" || c === "{") {
        // A collection that starts the line is that line's level, not one more.
        flow.base = i === indent ? indents.length - 1 : indents.length;
        return scanFlow(line, i, flow, max) ?? { blockScalarParent: undefined };
      }
      if ((c === "|" || c === ">") && /^[|>][0-9+-]*\s*(#.*)?$/.test(line.slice(i))) return { blockScalarParent: p };
      if (c === '"' || c === "'") {
        const close = line.indexOf(c, i + 1);
        if (close < 0) break;
        i = close;
        continue;
      }
    }
    if (c === "#" && (i === 0 || /\s/.test(line[i - 1] ?? ""))) break;
    if (c === ":" && (i + 1 === line.length || /\s/.test(line[i + 1] ?? ""))) {
      valueStart = i + 1;
      while (line[valueStart] === " ") valueStart += 1;
      i = valueStart - 1;
    }
  }
  return { blockScalarParent: undefined };
}

/** Counts [ ] and { } from `from` (skipping quoted text and comments); the offset past the limit, if any. */
function scanFlow(line: string, from: number, flow: { depth: number; base: number }, max: number): number | undefined {
  for (let i = from; i < line.length; i += 1) {
    const c = line[i];
    if (c === "[" || c === "{") {
      flow.depth += 1;
      if (flow.base + flow.depth > max) return i;
    } else if (c === "]" || c === "}") {
      flow.depth = Math.max(0, flow.depth - 1);
      if (flow.depth === 0) return undefined;
    } else if (c === '"' || c === "'") {
      const close = line.indexOf(c, i + 1);
      if (close < 0) return undefined;
      i = close;
    } else if (c === "#" && (i === 0 || /\s/.test(line[i - 1] ?? ""))) {
      return undefined;
    }
  }
  return undefined;
}
