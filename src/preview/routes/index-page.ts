// The index (`/`): every release of every kind, with search and filters.
import { formatMessage } from "../../messages.js";
import type { Approval } from "../../write/approvals.js";
import type { PreviewContext, RouteRequest } from "../context.js";
import { sendPage } from "../context.js";
import { indexBody, type IndexFilters, type IndexRow } from "../pages.js";
import type { Target } from "../security.js";
import type { MunicipalityWithoutRelease, ReleaseView } from "../state.js";
import { reviewFor, reviewText, showsId } from "./release.js";

function filtersOf(target: Target): IndexFilters {
  const w = target.query.get("varningar");
  const g = target.query.get("granskning");
  const o = target.query.get("overtid");
  return {
    q: (target.query.get("q") ?? "").trim().slice(0, 200),
    warnings: w === "med" || w === "utan" ? w : "alla",
    review: g === "godkand" || g === "andrad" || g === "okand" || g === "ej" ? g : "alla",
    overTime: o === "med" || o === "utan" ? o : "alla",
  };
}

/** The release's row, or null when the filters leave it out. */
function rowOf(ctx: PreviewContext, v: ReleaseView, approval: Approval | undefined, filters: IndexFilters): IndexRow | null {
  const t = v.target;
  const needle = filters.q.toLocaleLowerCase("sv");
  const named = t.id.includes(needle) || t.name.toLocaleLowerCase("sv").includes(needle) || t.officialName.toLocaleLowerCase("sv").includes(needle);
  if (needle !== "" && !named) return null;
  if (filters.warnings === "med" && v.warnings.length === 0) return null;
  if (filters.warnings === "utan" && v.warnings.length > 0) return null;
  if (filters.overTime === "med" && v.highlights.length === 0) return null;
  if (filters.overTime === "utan" && v.highlights.length > 0) return null;
  const rt = reviewText(reviewFor(ctx, v, approval));
  if (filters.review !== "alla" && filters.review !== rt.status) return null;
  return {
    code: t.id,
    name: t.name,
    officialName: t.officialName,
    headline: v.result?.headline ?? null,
    warnings: v.warnings.map((x) => x.text),
    highlights: v.highlights,
    error: v.errors[0] ? v.errors[0].reason : null,
    review: rt.status,
    reviewText: rt.text,
    showId: showsId(t),
    ...(v.kind.scope !== undefined ? { scope: v.kind.scope } : {}),
  };
}

/** A municipality without a release: listed with the reason, never approvable; null when the filters leave it out. */
function rowWithout(m: MunicipalityWithoutRelease, filters: IndexFilters): IndexRow | null {
  const needle = filters.q.toLocaleLowerCase("sv");
  const named = m.code.includes(needle) || m.name.toLocaleLowerCase("sv").includes(needle) || m.officialName.toLocaleLowerCase("sv").includes(needle);
  if ((needle !== "" && !named) || filters.warnings === "med" || filters.overTime === "med" || (filters.review !== "alla" && filters.review !== "ej")) return null;
  return {
    code: m.code,
    name: m.name,
    officialName: m.officialName,
    headline: null,
    warnings: [],
    highlights: [],
    error: null,
    review: "ej",
    reviewText: "Kan inte godkännas",
    showId: true,
    noRelease: m.reason,
  };
}

/** GET / */
export async function indexPage(ctx: PreviewContext, r: RouteRequest): Promise<void> {
  const s = ctx.state.snapshot;
  const views = await ctx.state.releases();
  const { approvals } = await ctx.approvals.read();
  const filters = filtersOf(r.target);
  const without = ctx.state.withoutRelease();
  const rows = [...views.map((v) => rowOf(ctx, v, approvals[v.target.id], filters)), ...without.map((m) => rowWithout(m, filters))].filter(
    (row) => row !== null,
  );
  const body = indexBody({
    surveyName: s.dataset ? (s.dataset.survey.shortName ?? s.dataset.survey.name) : null,
    year: s.dataset?.survey.year ?? null,
    dataFile: ctx.config.data,
    approvalsFile: ctx.approvals.file,
    editorialDir: ctx.state.editorialDir,
    rows,
    total: views.length + without.length,
    filters,
    excluded: s.excluded.map((e) => ({ code: e.code, name: e.name, reason: e.messages.map(formatMessage).join("; ") })),
  });
  sendPage(ctx, r.res, 200, "Alla pressmeddelanden", body, true);
}
