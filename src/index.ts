// kommunpress as a library: the pipeline stages and the one-release
// orchestrator. The CLI (cli.ts) is a thin edge over these.
export * from "./schema.js";
export * from "./messages.js";
export { analyseMunicipality, classifyChange, classifyComparison, computeRanks } from "./analyse.js";
export type { Analysis, ChangeClass, CompareClass, IndicatorFinding, Rank } from "./analyse.js";
export { composeRelease } from "./phrase/compose.js";
export type { ComposedRelease, Sentence } from "./phrase/compose.js";
export { buildClaims } from "./claims.js";
export type { MunicipalityClaims } from "./claims.js";
export { findMunicipality, generateRelease, loadResources, releaseFolder } from "./release.js";
export type { GeneratedRelease, Resources } from "./release.js";
export { escapeEditorial, escapeMarkdown } from "./render/escape.js";
