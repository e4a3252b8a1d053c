// render html: the page's font, embedded. Source Sans 3 (SIL Open Font
// License 1.1) from the @fontsource/source-sans-3 package, latin subset
// (å ä ö é ü, en dash, minus, no-break space), woff2, as base64 @font-face
// rules: the page and the PDF look the same on every machine, with no system
// font lottery and no network.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { KommunpressError } from "../messages.js";
import { messageFor } from "../catalogue.js";

export const FONT_PACKAGE = "@fontsource/source-sans-3";
export const FONT_FAMILY = "Source Sans 3";

interface Face {
  weight: 400 | 700;
  style: "normal" | "italic";
}

/** Regular, italic and bold; bold italic is synthesised by the browser. */
const FACES: readonly Face[] = [
  { weight: 400, style: "normal" },
  { weight: 400, style: "italic" },
  { weight: 700, style: "normal" },
];

const require = createRequire(import.meta.url);

function fontFile(face: Face): string {
  const name = `${FONT_PACKAGE}/files/source-sans-3-latin-${face.weight}-${face.style}.woff2`;
  try {
    return require.resolve(name);
  } catch (err) {
    throw new KommunpressError([messageFor("font-missing", { file: name }, name)], 1, { cause: err });
  }
}

async function build(): Promise<string> {
  const rules: string[] = [`/* ${FONT_FAMILY}, SIL Open Font License 1.1 (${FONT_PACKAGE}) */`];
  for (const face of FACES) {
    const data = await readFile(fontFile(face));
    rules.push(
      [
        "@font-face {",
        `  font-family: "${FONT_FAMILY}";`,
        `  font-style: ${face.style};`,
        `  font-weight: ${face.weight};`,
        "  font-display: block;",
        `  src: url(data:font/woff2;base64,${data.toString("base64")}) format("woff2");`,
        "}",
      ].join("\n"),
    );
  }
  return rules.join("\n");
}

let cached: Promise<string> | undefined;

/** The @font-face rules with the fonts as data: URLs. Read once per process. */
export function fontFaceCss(): Promise<string> {
  if (cached === undefined) {
    const p = build();
    cached = p;
    // A failed read is not cached: the next call tries again.
    p.catch(() => {
      if (cached === p) cached = undefined;
    });
  }
  return cached;
}
