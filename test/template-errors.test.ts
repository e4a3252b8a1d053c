// A custom template or partials folder that exists but cannot be read must
// stop the run with a message naming it; only a missing file falls back to the
// built-in one. (Regression: any read error used to pick the built-in template
// in silence, so the user's own layout was dropped without a word.)
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadMarkdownTemplates, resolveTemplate } from "../src/render/markdown.js";
import { loadHtmlTemplates } from "../src/render/html.js";
import { KommunpressError } from "../src/messages.js";
import { TEMPLATES_DIR } from "../src/paths.js";
import { cli } from "./helpers/cli.js";

const EXAMPLE = path.resolve("data/exempel/huddinge-2019.yaml");

async function caught(p: Promise<unknown>): Promise<KommunpressError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof KommunpressError) return err;
    throw err;
  }
  throw new Error("expected a KommunpressError");
}

describe("unreadable custom templates", () => {
  it("a folder where the Markdown template should be is an error, not the built-in template", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "kp-tpl-"));
    await mkdir(path.join(dir, "pressmeddelande.md.hbs"));
    const err = await caught(loadMarkdownTemplates([dir, TEMPLATES_DIR]));
    expect(err.messages).toEqual([
      {
        ruleId: "template-unreadable",
        severity: "error",
        reason: "mallen kan inte läsas: det är en mapp, inte en fil",
        file: path.join(dir, "pressmeddelande.md.hbs"),
      },
    ]);
  });

  it("a partials path that is a file is an error", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "kp-tpl-"));
    await writeFile(path.join(dir, "partials"), "inte en mapp\n");
    const err = await caught(loadMarkdownTemplates([dir, TEMPLATES_DIR]));
    expect(err.messages).toEqual([
      {
        ruleId: "template-unreadable",
        severity: "error",
        reason: "mappen med delmallar kan inte läsas: en del av sökvägen är en fil, inte en mapp",
        file: path.join(dir, "partials"),
      },
    ]);
  });

  it("a template folder given as a file is an error for the HTML layout too", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "kp-tpl-"));
    const file = path.join(dir, "mallar.txt");
    await writeFile(file, "inte en mapp\n");
    const err = await caught(loadHtmlTemplates([file, TEMPLATES_DIR]));
    expect(err.messages[0]?.ruleId).toBe("template-unreadable");
    expect(err.messages[0]?.file).toBe(path.join(file, "layout.html.hbs"));
  });

  it("a file without read permission is an error", async (ctx) => {
    if (process.getuid?.() === 0) ctx.skip(); // root reads any file whatever its mode
    const { chmod } = await import("node:fs/promises");
    const dir = await mkdtemp(path.join(tmpdir(), "kp-tpl-"));
    const file = path.join(dir, "layout.html.hbs");
    await writeFile(file, "<p>{{title}}</p>\n");
    await chmod(file, 0o000);
    const err = await caught(resolveTemplate("layout.html.hbs", [dir, TEMPLATES_DIR]));
    expect(err.messages[0]?.reason).toBe("mallen kan inte läsas: behörighet saknas");
  });

  it("a missing file still falls back to the built-in template", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "kp-tpl-"));
    expect(await resolveTemplate("pressmeddelande.md.hbs", [dir, TEMPLATES_DIR])).toBe(path.join(TEMPLATES_DIR, "pressmeddelande.md.hbs"));
  });

  it("generate -t reports the unreadable template with its path and exits 1", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "kp-tpl-"));
    await mkdir(path.join(dir, "pressmeddelande.md.hbs"));
    const r = await cli("generate", EXAMPLE, "-t", dir, "-o", path.join(dir, "ut"), "-f", "md");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${path.join(dir, "pressmeddelande.md.hbs")}: mallen kan inte läsas: det är en mapp, inte en fil`);
  });
});
