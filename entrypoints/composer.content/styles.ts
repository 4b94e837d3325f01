/** Styles of everything DraftGuard draws in a page. All UI CSS lives in our own shadow roots. */

/** ::highlight() rules for the CSS Custom Highlight API; the only CSS that reaches the page's scope. */
export const HIGHLIGHT_CSS = `
::highlight(draftguard-block){text-decoration:underline wavy #d0191d 2px;text-underline-offset:3px;background-color:rgba(208,25,29,.14)}
::highlight(draftguard-warn){text-decoration:underline wavy #c77700 2px;text-underline-offset:3px;background-color:rgba(230,150,0,.14)}
::highlight(draftguard-info){text-decoration:underline dotted #2f6fd6 2px;text-underline-offset:3px}
`;

const THEME = `
:host{all:initial;--dg-bg:#fff;--dg-fg:#1b1f24;--dg-muted:#57606a;--dg-border:#d0d7de;--dg-block:#c4161c;--dg-warn:#9a5b00;--dg-info:#1f5fbf;--dg-none:#2e7d32;--dg-accent:#0b57d0;
  font:13px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--dg-fg)}
@media (prefers-color-scheme:dark){:host{--dg-bg:#1e2228;--dg-fg:#e6edf3;--dg-muted:#9da7b3;--dg-border:#3d444d;--dg-block:#ff7b72;--dg-warn:#e3b341;--dg-info:#79c0ff;--dg-none:#7ee787;--dg-accent:#58a6ff}}
button{font:inherit;cursor:pointer}
button:focus-visible,textarea:focus-visible,a:focus-visible{outline:2px solid var(--dg-accent);outline-offset:2px}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
`;

export const BADGE_CSS = `${THEME}
:host{position:fixed;z-index:2147483646;pointer-events:none}
.dot{pointer-events:auto;min-width:22px;height:22px;padding:0 6px;border-radius:11px;border:1px solid var(--dg-border);background:var(--dg-bg);color:var(--dg-none);
  display:inline-flex;align-items:center;justify-content:center;gap:4px;font-weight:600;box-shadow:0 1px 3px rgba(0,0,0,.2)}
:host([data-severity="block"]) .dot{color:#fff;background:var(--dg-block);border-color:var(--dg-block)}
:host([data-severity="warn"]) .dot{color:var(--dg-warn);border-color:var(--dg-warn)}
:host([data-severity="info"]) .dot{color:var(--dg-info)}
.panel{pointer-events:auto;position:absolute;right:0;bottom:28px;width:340px;max-height:min(480px,70vh);overflow:auto;background:var(--dg-bg);color:var(--dg-fg);
  border:1px solid var(--dg-border);border-radius:8px;box-shadow:0 6px 24px rgba(0,0,0,.25);padding:8px}
.panel.below{bottom:auto;top:28px}
.panel[hidden]{display:none}
.panel h2{font-size:13px;margin:2px 4px 6px}
.item{border-top:1px solid var(--dg-border);padding:8px 4px}
.item:first-of-type{border-top:0}
.sev{font-size:11px;font-weight:700;text-transform:uppercase;letter-spacing:.04em}
.sev.block{color:var(--dg-block)}.sev.warn{color:var(--dg-warn)}.sev.info{color:var(--dg-info)}
.msg{margin:2px 0}.why{color:var(--dg-muted);margin:2px 0}
.actions{display:flex;flex-wrap:wrap;gap:6px;margin-top:6px}
.actions button{border:1px solid var(--dg-border);background:transparent;color:var(--dg-fg);border-radius:6px;padding:2px 8px}
.actions button.suggest{border-color:var(--dg-accent);color:var(--dg-accent)}
a{color:var(--dg-accent)}
.empty{color:var(--dg-muted);padding:4px}
`;

export const CONFIRM_CSS = `${THEME}
:host{position:fixed;inset:0;z-index:2147483647;display:flex;align-items:center;justify-content:center;background:rgba(0,0,0,.35)}
.dialog{background:var(--dg-bg);color:var(--dg-fg);border-radius:10px;border:1px solid var(--dg-border);width:min(440px,92vw);padding:16px 18px;box-shadow:0 10px 40px rgba(0,0,0,.35)}
h2{font-size:16px;margin:0 0 8px}
ul{margin:6px 0 10px;padding-left:18px}
li{margin:4px 0}
.why{color:var(--dg-muted)}
label{display:block;margin:8px 0 4px;font-weight:600}
textarea{width:100%;box-sizing:border-box;min-height:56px;font:inherit;color:var(--dg-fg);background:var(--dg-bg);border:1px solid var(--dg-border);border-radius:6px;padding:6px}
.row{display:flex;justify-content:flex-end;gap:8px;margin-top:12px}
.row button{border-radius:6px;padding:6px 12px;border:1px solid var(--dg-border);background:transparent;color:var(--dg-fg)}
.row button[data-action="edit"]{background:var(--dg-accent);border-color:var(--dg-accent);color:#fff}
.row button:disabled{opacity:.5;cursor:not-allowed}
.note{color:var(--dg-muted);font-size:12px}
`;

export const OVERLAY_CSS = `
:host{all:initial;position:fixed;left:0;top:0;width:0;height:0;z-index:2147483645;pointer-events:none}
.box{position:fixed;pointer-events:none;border-bottom:2px solid}
.box.block{border-color:#d0191d;background:rgba(208,25,29,.14)}
.box.warn{border-color:#c77700;background:rgba(230,150,0,.14)}
.box.info{border-bottom-style:dotted;border-color:#2f6fd6}
.mirror{position:fixed;visibility:hidden;overflow:hidden;white-space:pre-wrap;word-wrap:break-word;box-sizing:border-box}
`;
