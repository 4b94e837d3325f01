/**
 * One watched composer: reads its text after each pause in typing, checks it, and draws the findings.
 * Reading uses MutationObserver/input events only; nothing is written into the editor.
 */
import type { Finding, Severity } from '@/rules/types';
import type { Checker } from '@/rules/engine/checker';
import type { SiteAdapter } from '@/entrypoints/content/adapters/define';
import { readEditable, rangeFor, type TextModel } from '@/utils/content/text-model';
import { applyPersonalFilters, silenceKey } from '@/utils/content/findings';
import { EpisodeTracker } from '@/utils/content/episode-tracker';
import type { EpisodeFinding } from '@/utils/protocol/episodes';
import { Badge } from './badge';
import { Overlay, type Box } from './overlay';
import { hasHighlightApi, type HighlightLayer, type RangesBySeverity } from './highlights';
import { applySuggestion } from './suggestions';
import type { Policy } from './policy';

/** Pause after the last keystroke before checking (findings must show within 500 ms). */
export const CHECK_DELAY_MS = 300;

export interface SessionHost {
  adapter: SiteAdapter;
  highlights: HighlightLayer;
  /** resolves once the pack is compiled; rejects when it cannot be loaded */
  policy: Promise<Policy>;
  currentPolicy(): Policy | null;
  addToAllowList(f: Finding): void;
  reportEpisode(episode: { how: 'posted' | 'discarded'; findings: EpisodeFinding[]; text: string; startedAt: number | null; reason?: string }): void;
}

export class ComposerSession {
  readonly badge: Badge;
  private overlay: Overlay | null = null;
  private checker: Checker | null = null;
  /** the policy `checker` was compiled from: a reloaded policy gets a new checker */
  private checkerPolicy: Policy | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private seq = 0;
  private composing = false;
  private model: TextModel | null = null;
  private text = '';
  private raw: Finding[] = [];
  /** findings after the person's filters: what the badge, highlights and post guard use */
  visible: Finding[] = [];
  private readonly ignoredOnce = new Set<string>();
  readonly episode = new EpisodeTracker();
  private readonly observer: MutationObserver;
  private readonly abort = new AbortController();

  constructor(
    readonly el: HTMLElement,
    private readonly host: SessionHost,
  ) {
    this.badge = new Badge(host.adapter.id, {
      apply: (f, s) => void this.apply(f, s),
      ignoreOnce: (f) => {
        this.ignoredOnce.add(silenceKey(f));
        this.refilter();
      },
      notAProblem: (f) => {
        this.episode.dismiss(f);
        host.addToAllowList(f);
      },
      returnFocus: () => this.el.focus({ preventScroll: true }),
      suggestionMode: host.adapter.suggestionMode,
    });
    const opts = { signal: this.abort.signal };
    // Typing mutates the editor's DOM; a textarea's value does not, hence the input listener.
    this.observer = new MutationObserver(() => this.schedule());
    if (!(el instanceof HTMLTextAreaElement)) this.observer.observe(el, { childList: true, subtree: true, characterData: true });
    el.addEventListener('input', () => this.schedule(), opts);
    el.addEventListener('compositionstart', () => (this.composing = true), opts);
    el.addEventListener('compositionend', () => {
      this.composing = false;
      this.schedule();
    }, opts);
    if (el instanceof HTMLTextAreaElement) el.addEventListener('scroll', () => this.reposition(), { ...opts, passive: true });
    this.badge.place(el.getBoundingClientRect());
    this.schedule(0);
  }

  schedule(delay = CHECK_DELAY_MS): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(), delay);
  }

  /** Check now if a check is pending (the person pressed post before the pause ended). */
  flush(): void {
    if (this.timer === undefined || !this.host.currentPolicy()) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.runWith(this.host.currentPolicy()!);
  }

  private async run(): Promise<void> {
    this.timer = undefined;
    if (this.composing) return;
    const seq = ++this.seq;
    let policy: Policy;
    try {
      policy = await this.host.policy;
    } catch {
      return; // the runtime shows the failure on the badge
    }
    // a newer keystroke scheduled another run while the pack was loading: its result wins
    if (seq !== this.seq || this.timer !== undefined) return;
    this.runWith(policy);
  }

  /** Check at once (a post attempted before the first pause ended). */
  checkNow(policy: Policy): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.runWith(policy);
  }

  private runWith(policy: Policy): void {
    this.seq++;
    if (!this.checker || this.checkerPolicy !== policy) {
      this.checker = policy.newChecker();
      this.checkerPolicy = policy;
    }
    this.text = this.readText();
    this.raw = this.checker.check(this.text);
    this.episode.update(this.raw);
    this.refilter();
  }

  private readText(): string {
    if (this.el instanceof HTMLTextAreaElement) {
      this.model = null;
      return this.el.value;
    }
    this.model = readEditable(this.el);
    return this.model.text;
  }

  currentText(): string {
    return this.text;
  }

  refilter(): void {
    const policy = this.host.currentPolicy();
    const allow = policy?.settings.settings.allowList ?? [];
    this.visible = applyPersonalFilters(this.raw, allow, this.ignoredOnce);
    this.render();
  }

  private render(): void {
    this.badge.update(this.visible);
    this.drawMarks();
    this.badge.place(this.el.isConnected ? this.el.getBoundingClientRect() : null);
  }

  private inlineFindings(): Finding[] {
    const showInfo = this.host.currentPolicy()?.settings.settings.showInfoInline ?? false;
    return this.visible.filter((f) => f.severity !== 'info' || showInfo);
  }

  private drawMarks(): void {
    const marks = this.inlineFindings();
    if (this.el instanceof HTMLTextAreaElement) {
      this.drawTextareaBoxes(this.el, marks);
      return;
    }
    const ranges: RangesBySeverity = { info: [], warn: [], block: [] };
    const boxes: Box[] = [];
    const useApi = hasHighlightApi();
    for (const f of marks) {
      const range = this.model && rangeFor(this.model, f.start, f.end, this.el.ownerDocument);
      if (!range) continue;
      if (useApi) ranges[f.severity].push(range);
      else for (const rect of range.getClientRects()) boxes.push({ rect, severity: f.severity });
    }
    if (useApi && this.host.highlights.set(this, ranges, this.el)) return;
    if (useApi) {
      // the API refused the ranges: measure the same ranges for overlay boxes
      for (const sev of ['info', 'warn', 'block'] as const) for (const r of ranges[sev]) for (const rect of r.getClientRects()) boxes.push({ rect, severity: sev });
    }
    this.ensureOverlay().draw(boxes, this.el.getBoundingClientRect());
  }

  private drawTextareaBoxes(ta: HTMLTextAreaElement, marks: Finding[]): void {
    if (marks.length === 0) {
      this.overlay?.clear();
      return;
    }
    const overlay = this.ensureOverlay();
    const rects = overlay.textareaRects(ta, marks);
    const boxes: Box[] = [];
    rects.forEach((list, i) => {
      const severity: Severity = marks[i]!.severity;
      for (const rect of list) boxes.push({ rect, severity });
    });
    overlay.draw(boxes, ta.getBoundingClientRect());
  }

  private ensureOverlay(): Overlay {
    this.overlay ??= new Overlay();
    return this.overlay;
  }

  /** After scrolling or resizing: the badge and overlay boxes follow; highlight ranges move by themselves. */
  reposition(): void {
    const rect = this.el.isConnected ? this.el.getBoundingClientRect() : null;
    this.badge.place(rect);
    if (this.overlay) this.drawMarks();
  }

  private async apply(f: Finding, suggestion: string): Promise<void> {
    const result = await applySuggestion(this.el, f, suggestion, this.host.adapter.suggestionMode);
    if (result !== 'copied') this.schedule(0);
  }

  /** The episode ends: report how each finding ended, then start afresh. */
  endEpisode(how: 'posted' | 'discarded', reason?: string): void {
    if (!this.episode.hasFindings) return;
    const startedAt = this.episode.startedAt;
    this.host.reportEpisode({ how, findings: this.episode.end(how), text: this.text, startedAt, ...(reason ? { reason } : {}) });
    this.ignoredOnce.clear();
  }

  /** A site may clear or fill a textarea from script (after posting), which fires no input event. */
  revalidate(): void {
    if (this.el instanceof HTMLTextAreaElement && this.timer === undefined && this.el.value !== this.text) this.schedule(0);
  }

  get isAlive(): boolean {
    return this.el.isConnected;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.observer.disconnect();
    this.abort.abort();
    this.badge.remove();
    this.overlay?.remove();
    this.host.highlights.delete(this);
  }
}
