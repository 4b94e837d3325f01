/**
 * `<draftguard-badge>`: one per composer, a plain element with an open shadow root, attached to <body>
 * (outside the editor) and kept at the composer's bottom-right corner with position:fixed. Its
 * attributes are the page contract (data-count, data-severity, data-site); the button opens the
 * findings panel. The count is announced through aria-live; nothing here ever takes focus on its own.
 */
import type { Finding } from '@/rules/types';
import { canSilence, highestSeverity } from '@/utils/content/findings';
import { BADGE_CSS } from './styles';

export interface BadgeActions {
  apply(f: Finding, suggestion: string): void;
  ignoreOnce(f: Finding): void;
  notAProblem(f: Finding): void;
  /** the panel closed with Escape: give the draft its focus back */
  returnFocus(): void;
  /** how suggestions are offered on this editor */
  suggestionMode: 'insert' | 'copy';
}

const SEVERITY_LABEL = { block: 'Blocks posting', warn: 'Warning', info: 'Note' } as const;

export class Badge {
  readonly host = document.createElement('draftguard-badge');
  private readonly button: HTMLButtonElement;
  private readonly countEl: HTMLSpanElement;
  private readonly live: HTMLSpanElement;
  private readonly panel: HTMLDivElement;
  private findings: Finding[] = [];
  private lastAnnounced = '';

  constructor(
    site: string,
    private readonly actions: BadgeActions,
  ) {
    this.host.setAttribute('data-site', site);
    this.host.setAttribute('data-count', '0');
    this.host.setAttribute('data-severity', 'none');
    const shadow = this.host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = BADGE_CSS;
    this.button = document.createElement('button');
    this.button.className = 'dot';
    this.button.type = 'button';
    this.button.setAttribute('aria-haspopup', 'dialog');
    this.button.setAttribute('aria-expanded', 'false');
    this.countEl = document.createElement('span');
    this.button.append(this.countEl);
    this.live = document.createElement('span');
    this.live.className = 'sr';
    this.live.setAttribute('aria-live', 'polite');
    this.live.setAttribute('role', 'status');
    this.panel = document.createElement('div');
    this.panel.className = 'panel';
    this.panel.hidden = true;
    this.panel.setAttribute('role', 'dialog');
    this.panel.setAttribute('aria-label', 'DraftGuard findings');
    this.panel.tabIndex = -1;
    shadow.append(style, this.panel, this.button, this.live);
    this.button.addEventListener('click', () => this.toggle());
    this.panel.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        this.toggle(false);
        this.actions.returnFocus();
      }
    });
    this.renderButton();
  }

  update(findings: Finding[]): void {
    this.findings = findings;
    const severity = highestSeverity(findings);
    this.host.setAttribute('data-count', String(findings.length));
    this.host.setAttribute('data-severity', severity);
    this.renderButton();
    if (!this.panel.hidden) this.renderPanel();
  }

  /** Keep the badge at the composer's bottom-right corner; hide it when the composer is not visible. */
  place(rect: DOMRect | null): void {
    if (!rect || rect.width === 0 || rect.height === 0) {
      this.host.style.display = 'none';
      return;
    }
    if (!this.host.isConnected) (document.body ?? document.documentElement).append(this.host);
    this.host.style.display = '';
    this.host.style.left = `${Math.max(0, rect.right - 30)}px`;
    this.host.style.top = `${Math.max(0, rect.bottom - 28)}px`;
  }

  toggle(open = this.panel.hidden): void {
    this.panel.hidden = !open;
    this.button.setAttribute('aria-expanded', String(open));
    if (open) {
      // open towards the side of the screen with room for it
      const top = this.host.getBoundingClientRect().top;
      this.panel.classList.toggle('below', top < Math.min(380, window.innerHeight / 2));
      this.renderPanel();
      this.panel.focus();
    }
  }

  get isOpen(): boolean {
    return !this.panel.hidden;
  }

  remove(): void {
    this.host.remove();
  }

  private renderButton(): void {
    const n = this.findings.length;
    this.countEl.textContent = n === 0 ? '✓' : String(n);
    const label = n === 0 ? 'DraftGuard: no findings' : `DraftGuard: ${n} finding${n === 1 ? '' : 's'}, open the list`;
    this.button.setAttribute('aria-label', label);
    this.button.title = label;
    // announce changes of the count only, not every keystroke
    const spoken = n === 0 ? '' : `${n} DraftGuard finding${n === 1 ? '' : 's'}`;
    if (spoken !== this.lastAnnounced) {
      this.live.textContent = spoken;
      this.lastAnnounced = spoken;
    }
  }

  private renderPanel(): void {
    const h = document.createElement('h2');
    h.textContent = this.findings.length ? 'DraftGuard' : 'DraftGuard: nothing to flag';
    const items = this.findings.map((f) => this.renderItem(f));
    // the button just used may disappear with its finding: keep focus in the panel, not on <body>
    const active = this.host.shadowRoot?.activeElement;
    const hadFocus = active === this.panel || (active !== null && active !== undefined && this.panel.contains(active));
    this.panel.replaceChildren(h, ...items);
    if (hadFocus) this.panel.focus();
  }

  private renderItem(f: Finding): HTMLElement {
    const item = document.createElement('div');
    item.className = 'item';
    item.dataset.ruleId = f.ruleId;
    const sev = document.createElement('div');
    sev.className = `sev ${f.severity}`;
    sev.textContent = SEVERITY_LABEL[f.severity];
    const msg = document.createElement('p');
    msg.className = 'msg';
    msg.textContent = f.message;
    item.append(sev, msg);
    for (const why of [f.note, f.explain]) {
      if (!why) continue;
      const p = document.createElement('p');
      p.className = 'why';
      p.textContent = why;
      item.append(p);
    }
    const actions = document.createElement('div');
    actions.className = 'actions';
    for (const s of f.suggestions ?? []) {
      const b = button(this.actions.suggestionMode === 'copy' ? `Copy “${s}”` : `Replace with “${s}”`, 'suggest', () => this.actions.apply(f, s));
      b.dataset.action = 'suggest';
      actions.append(b);
    }
    if (canSilence(f)) {
      const once = button('Ignore once', '', () => this.actions.ignoreOnce(f));
      once.dataset.action = 'ignore-once';
      const never = button('Not a problem', '', () => this.actions.notAProblem(f));
      never.dataset.action = 'not-a-problem';
      actions.append(once, never);
    }
    if (f.link && /^https?:\/\//.test(f.link)) {
      const a = document.createElement('a');
      a.href = f.link;
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      a.textContent = 'Policy';
      actions.append(a);
    }
    item.append(actions);
    return item;
  }
}

function button(text: string, className: string, onClick: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = text;
  if (className) b.className = className;
  b.addEventListener('click', onClick);
  return b;
}
