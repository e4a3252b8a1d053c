// The JSON Schema editors read (the example YAML points at it) must be the
// one `kommunpress schema` prints, or editors would flag valid files.
import { readFile } from "node:fs/promises";
import { expect, it } from "vitest";
import { main } from "../src/cli/main.js";

it("schema/kommunpress.schema.json is what `kommunpress schema` prints (run it to update the file)", async () => {
  let out = "";
  const code = await main(["schema"], { stdout: (s) => (out += s), stderr: () => undefined });
  expect(code).toBe(0);
  expect(out).toBe(await readFile("schema/kommunpress.schema.json", "utf8"));
  const schema = JSON.parse(out) as { $schema: string; required: string[] };
  expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
  expect(schema.required).toEqual(expect.arrayContaining(["survey", "indicators", "municipalities"]));
  // The example points editors at it.
  const yaml = await readFile("data/exempel/huddinge-2019.yaml", "utf8");
  expect(yaml.split("\n")[0]).toBe("# yaml-language-server: $schema=../../schema/kommunpress.schema.json");
});
