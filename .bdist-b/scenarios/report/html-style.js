/**
 * The stylesheet of the HTML report, inlined so the report is one self-contained file
 * (it is attached to CI runs and mailed around; it must not fetch anything).
 */
export const HTML_STYLE = `
:root { --ok: #1a7f37; --bad: #cf222e; --err: #9a6700; --muted: #57606a; --line: #d0d7de;
  --bg-ok: #dafbe1; --bg-bad: #ffebe9; --bg-err: #fff8c5; --code: #f6f8fa; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0;
  color: #1f2328; background: #fff; }
header { padding: 16px 24px; border-bottom: 1px solid var(--line); background: var(--code); }
main { padding: 8px 24px 48px; max-width: 1400px; }
h1 { font-size: 20px; margin: 0 0 4px; }
h2 { font-size: 17px; margin: 24px 0 8px; }
h3 { font-size: 15px; margin: 16px 0 6px; }
h4 { font-size: 14px; margin: 0 0 6px; }
.meta { color: var(--muted); margin: 0; }
.totals { display: flex; gap: 8px; margin-top: 10px; }
.badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-weight: 600;
  font-size: 12px; white-space: nowrap; }
.badge.passed, .badge.s2 { background: var(--bg-ok); color: var(--ok); }
.badge.failed, .badge.s4, .badge.s5 { background: var(--bg-bad); color: var(--bad); }
.badge.error, .badge.s3 { background: var(--bg-err); color: var(--err); }
.badge.skipped { background: var(--code); color: var(--muted); }
table { border-collapse: collapse; width: 100%; margin: 4px 0 12px; }
th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: var(--code); font-weight: 600; }
td.num { text-align: right; white-space: nowrap; }
tr.failed td:first-child, tr.error td:first-child { font-weight: 600; }
code, pre { font: 12px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
pre { background: var(--code); border: 1px solid var(--line); border-radius: 6px; padding: 8px;
  margin: 0; overflow: auto; max-height: 480px; white-space: pre-wrap; word-break: break-word; }
details.scenario { border: 1px solid var(--line); border-radius: 6px; margin: 8px 0;
  padding: 0 12px; }
details.scenario[open] { padding-bottom: 12px; }
details.scenario > summary { cursor: pointer; padding: 8px 0; font-weight: 600; }
details.scenario.failed { border-left: 4px solid var(--bad); }
details.scenario.error { border-left: 4px solid var(--err); }
details.scenario.passed { border-left: 4px solid var(--ok); }
.failure { border: 1px solid #ff818266; background: #fff5f5; border-radius: 6px; padding: 10px;
  margin: 8px 0; }
.where { color: var(--muted); font-size: 12px; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 8px; margin-top: 8px; }
.pair > div > .label { font-size: 12px; color: var(--muted); margin-bottom: 2px; }
.diff .del { background: var(--bg-bad); display: block; }
.diff .add { background: var(--bg-ok); display: block; }
.diff .same { display: block; }
.timeline td.lane { min-width: 140px; }
.timeline .call { display: block; }
.timeline .client { color: var(--muted); font-size: 12px; }
.tags code { background: var(--code); padding: 0 4px; border-radius: 4px; margin-right: 2px;
  white-space: nowrap; display: inline-block; }
@media (max-width: 800px) { .pair { grid-template-columns: 1fr; } }
`;
