// kommunpress as a library: the pipeline stages and the one-release
// orchestrator. The CLI (cli.ts) is a thin edge over these.
export * from "./schema.js";
export * from "./messages.js";
export { analyseMunicipality, classifyChange, classifyComparison, computeRanks } from "./analyse/municipality.js";
export type { Analysis, ChangeClass, CompareClass, IndicatorFinding, Rank } from "./analyse/municipality.js";
export { composeRelease } from "./phrase/compose.js";
export type { ComposedRelease, Sentence } from "./phrase/compose.js";
export { buildClaims } from "./render/claims.js";
export type { MunicipalityClaims } from "./render/claims.js";
export { findMunicipality, generateRelease, loadResources, releaseFolder } from "./kinds/municipality/release.js";
export type { GeneratedRelease, Resources } from "./kinds/municipality/release.js";
export { escapeEditorial, escapeMarkdown } from "./render/escape.js";
// Every kind of release through one interface (src/kinds/kind.ts).
export { loadKindResources, releaseFiles } from "./kinds/kind.js";
export type { Generated, KindResources, KindSession, PageOptions, ReleaseKind, ReleaseTarget, ResourceFiles } from "./kinds/kind.js";
export { KINDS, kindByName } from "./kinds/registry.js";
export { municipalityKind, municipalityTarget } from "./kinds/municipality/kind.js";
export type { MunicipalityGenerated } from "./kinds/municipality/kind.js";
export { nationalKind, NATIONAL_TARGET } from "./kinds/national/kind.js";
export type { NationalGenerated } from "./kinds/national/kind.js";
export { parseFormats, FORMATS } from "./render/output.js";
export type { Format, OutputFile, OutputOptions, PdfPrinter } from "./render/output.js";
export { analyseNational } from "./analyse/national.js";
export type { AverageSource, NationalAnalysis, NationalFinding } from "./analyse/national.js";
export { buildNationalClaims } from "./render/claims-national.js";
export type { NationalClaims, NationalIndicatorClaims } from "./render/claims-national.js";
export { composeNational } from "./phrase/national.js";
export type { ComposedNational } from "./phrase/national.js";
export {
  generateNational,
  loadNationalResources,
  nationalHtml,
  nationalPdfMeta,
  NATIONAL_FOLDER,
} from "./kinds/national/release.js";
export type { GeneratedNational, GenerateNationalOptions, NationalResources } from "./kinds/national/release.js";
// Kolada: saved responses and the live v3 API → a dataset.
export { importKolada, datasetYaml, NATIONAL_CODE } from "./kolada/import.js";
export type { ImportOptions, ImportResult, ImportSummary, KoladaSource } from "./kolada/import.js";
export { KoladaDataItem, KoladaEnvelope, KoladaValue, parseKoladaResponse } from "./kolada/format.js";
export type { KoladaPage, KoladaVersion } from "./kolada/format.js";
export { findShippedMapping, loadMapping, Mapping, MappingIndicator, MappingSurvey, MappingYear, validateMapping } from "./kolada/mapping.js";
export { cacheName, dataUrls, DEFAULT_BASE_URL, fetchData, MAX_IDS_PER_SEGMENT } from "./kolada/client.js";
export type { ClientEvent, ClientOptions, DataQuery } from "./kolada/client.js";
export { fetchKoladaSources, planQueries } from "./kolada/fetch.js";
export type { FetchRequest } from "./kolada/fetch.js";
export { readKoladaFiles } from "./kolada/read.js";
export { loadReference, parseReference } from "./kolada/reference.js";
export type { Reference, ReferenceGroup, ReferenceMunicipality } from "./kolada/reference.js";
// Preview (review, approvals, editing) and publishing approved releases.
export {
  Approval,
  ApprovalsFile,
  ApprovalStore,
  approvalInputs,
  approvalState,
  approvalsFileFor,
  changeReasons,
  editorialDirFor,
  readApprovals,
} from "./write/approvals.js";
export type { ApprovalState } from "./write/approvals.js";
export { startPreview, DEFAULT_PORT } from "./preview/server.js";
export type { PreviewServer, PreviewServerOptions } from "./preview/server.js";
export { PreviewState } from "./preview/state.js";
export type { PreviewConfig, ReleaseView, Snapshot } from "./preview/state.js";
export { saveEditorial, updateYaml } from "./preview/editor.js";
export type { EditorForm, FieldError, SaveResult } from "./preview/editor.js";
export { publishApproved } from "./write/publish.js";
export type { PublishOptions, PublishResult, PublishedRelease, SkippedRelease } from "./write/publish.js";
