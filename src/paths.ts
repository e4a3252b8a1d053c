// Where the package's own resources live at run time (dist/ → package root).
import { fileURLToPath } from "node:url";
import path from "node:path";

export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const TEMPLATES_DIR = path.join(PACKAGE_ROOT, "templates");
export const REFERENCE_DIR = path.join(PACKAGE_ROOT, "data", "reference");
