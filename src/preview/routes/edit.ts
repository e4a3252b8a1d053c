// The edit form ("redigera"): quotes, contacts and the about text of a
// release with its own editorial file, written as `<id>.yaml` in the
// editorial folder. Only kinds with editorial files have this route.
import path from "node:path";
import { findEditorialFile } from "../../write/approvals.js";
import { mergeRelease } from "../../load/editorial.js";
import type { PreviewContext, ReleaseRequest } from "../context.js";
import { applyAction, formFromRelease, parseEditorForm, saveEditorial, type EditorForm, type FieldError } from "../editor.js";
import type { SafeHtml } from "../html.js";
import { redirect } from "../http.js";
import { editorTab } from "../pages.js";
import { readForm } from "../security.js";
import { releaseView, sendTab } from "./release.js";

/** The form, filled in; it writes to the existing file (.yaml, .yml or .json) or a new `<id>.yaml`. */
async function editorContent(ctx: PreviewContext, id: string, form: EditorForm, errors: FieldError[]): Promise<SafeHtml> {
  const existing = await findEditorialFile(ctx.state.editorialDir, id);
  return editorTab({
    code: id,
    token: ctx.token.value,
    form,
    errors,
    file: existing?.file ?? path.join(ctx.state.editorialDir, `${id}.yaml`),
    baseHasAbout: ctx.state.editorial(id).base?.about !== undefined,
  });
}

/** GET /kommun/<id>/redigera */
export async function editPage(ctx: PreviewContext, r: ReleaseRequest): Promise<void> {
  const view = await releaseView(ctx, r.id);
  await sendTab(ctx, r, view, "redigera", await editorContent(ctx, r.id, formFromRelease(ctx.state.editorial(r.id).current), []));
}

/** POST /kommun/<id>/redigera: an add or remove button redraws the form; "Spara" validates, trial-renders and writes. */
export async function saveTexts(ctx: PreviewContext, r: ReleaseRequest): Promise<void> {
  const body = await readForm(r.req);
  ctx.token.check(body);
  const view = await releaseView(ctx, r.id);
  const { form, action } = parseEditorForm(body);
  if (action.kind !== "save") {
    await sendTab(ctx, r, view, "redigera", await editorContent(ctx, r.id, applyAction(form, action), []), { flash: false });
    return;
  }
  const base = ctx.state.editorial(r.id).base;
  const result = await saveEditorial({
    dir: ctx.state.editorialDir,
    code: r.id,
    form,
    base,
    header: ` Redaktionellt innehåll för ${view.target.officialName} (${r.id}).\n Fälten ersätter motsvarande fält under release i datafilen.`,
    check: (release) => ctx.state.trialRender(r.id, mergeRelease(base, release)),
  });
  if (!result.ok) {
    await sendTab(ctx, r, view, "redigera", await editorContent(ctx, r.id, form, result.errors), { status: 422, flash: false });
    return;
  }
  await ctx.refresh();
  redirect(r.res, `/kommun/${r.id}?klart=${result.changed ? "sparat" : "oforandrat"}`);
}
