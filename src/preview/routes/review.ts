// Approving a release and withdrawing an approval: POST from the review
// panel, the same for every kind. An approval keys on the release's inputs
// as on disk now, and only the version the reviewer saw can be approved.
import { ApprovalsFileError } from "../../write/approvals.js";
import type { PreviewContext, ReleaseRequest } from "../context.js";
import { redirect } from "../http.js";
import { httpErrorFor, readForm } from "../security.js";
import { releaseView } from "./release.js";

/** Writes the approvals file; a broken one is the user's to fix (409). Tells the pages. */
async function writeApprovals(ctx: PreviewContext, write: () => Promise<unknown>): Promise<void> {
  try {
    await write();
  } catch (err) {
    if (err instanceof ApprovalsFileError) throw httpErrorFor("http-conflict/approvals-file", err.messages.map((m) => m.reason), ctx.approvals.file);
    throw err;
  }
  ctx.live.approvalsChanged();
}

/** POST /kommun/<id>/godkann (token, nyckel: the inputs key of the version shown). */
export async function approve(ctx: PreviewContext, r: ReleaseRequest): Promise<void> {
  const body = await readForm(r.req);
  ctx.token.check(body);
  // What is on disk now, not what the watcher last saw.
  await ctx.refresh();
  const view = await releaseView(ctx, r.id);
  if (ctx.state.snapshot.stale || view.errors.length > 0 || view.result === null || view.inputs === null) {
    throw httpErrorFor("http-conflict/not-approvable");
  }
  if (body.get("nyckel") !== view.inputs.key) {
    throw httpErrorFor("http-conflict/changed");
  }
  const { inputs, result } = view;
  await writeApprovals(ctx, () => ctx.approvals.approve(r.id, inputs, result.headline));
  redirect(r.res, `/kommun/${r.id}?klart=godkant`);
}

/** POST /kommun/<id>/aterkalla (token). */
export async function withdraw(ctx: PreviewContext, r: ReleaseRequest): Promise<void> {
  const body = await readForm(r.req);
  ctx.token.check(body);
  await releaseView(ctx, r.id);
  await writeApprovals(ctx, () => ctx.approvals.withdraw(r.id));
  redirect(r.res, `/kommun/${r.id}?klart=aterkallat`);
}
