/**
 * The composer runtime: loaded on the first focus of a compose box (never at page load). It fetches
 * the pack once, keeps one ComposerSession per composer (WeakMap), follows SPA navigation, guards the
 * post gestures, and reports episodes when they end.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Finding } from '@/rules/types';
import type { SiteAdapter } from '@/entrypoints/content/adapters/define';
import { MASTODON_DEFAULT_HOSTS } from '@/entrypoints/content/adapters/mastodon';
import { deepFocusTarget, findComposer } from '@/utils/content/composer-lookup';
import type { ComposerRuntime } from '@/utils/content/runtime-contract';
import { sendToBackground } from '@/utils/protocol';
import type { EpisodeReport } from '@/utils/protocol/episodes';
import type { EffectiveSettings } from '@/utils/protocol/settings';
import type { PageCheckResult, TabFindings } from '@/utils/protocol/tab';
import { checkPage } from './check-page';
import { confirmPost } from './confirm';
import { HighlightLayer } from './highlights';
import { loadPolicy, type Policy } from './policy';
import { composerForButton, isSubmitKey, postButtonFor, postButtonInPath, replay, type SubmitGesture } from './post-guard';
import { ComposerSession, type SessionHost } from './session';

/** Throttle of the sweep that notices composers removed from the page (discarded drafts). */
const SWEEP_MS = 1000;

export function isSiteEnabled(adapter: SiteAdapter, eff: EffectiveSettings, host: string): boolean {
  const { settings, managed } = eff;
  if (managed.disabledSites?.includes(adapter.id)) return false;
  if (adapter.id === 'generic') return settings.genericHosts.includes(host);
  if (adapter.id === 'mastodon' && !(MASTODON_DEFAULT_HOSTS as readonly string[]).includes(host) && !settings.mastodonHosts.includes(host)) return false;
  if (managed.enabledSites?.includes(adapter.id)) return true;
  return settings.sites[adapter.id] !== false;
}

export function createRuntime(ctx: ContentScriptContext): ComposerRuntime {
  let adapter: SiteAdapter | null = null;
  let policy: Policy | null = null;
  let policyPromise: Promise<Policy> | null = null;
  let enabled = false;
  let disabledReason: string | undefined;
  const sessions = new Set<ComposerSession>();
  const byElement = new WeakMap<HTMLElement, ComposerSession>();
  const highlights = new HighlightLayer();
  let bypassOnce = false;

  const getPolicy = (): Promise<Policy> => {
    policyPromise ??= loadPolicy().then((p) => {
      policy = p;
      return p;
    });
    return policyPromise;
  };

  const host: Omit<SessionHost, 'adapter'> = {
    highlights,
    get policy() {
      return getPolicy();
    },
    currentPolicy: () => policy,
    addToAllowList: (f: Finding) => {
      void sendToBackground('allowlist:add', { text: f.match, ruleId: f.ruleId }).then((settings) => {
        if (policy) policy.settings = settings;
        for (const s of sessions) s.refilter();
      });
    },
    reportEpisode: ({ findings, text, startedAt, reason }) => {
      if (!policy || findings.length === 0 || !adapter) return;
      // startedAt is read by the background for history, beyond the EpisodeReport type
      const report: EpisodeReport & { startedAt?: number } = {
        episodeId: crypto.randomUUID(),
        at: Date.now(),
        site: adapter.id,
        packId: policy.packId,
        packVersion: policy.packVersion,
        text,
        findings,
        ...(reason ? { overrideReason: reason } : {}),
        ...(startedAt ? { startedAt } : {}),
      };
      void sendToBackground('episode:report', report).catch(() => undefined);
    },
  };

  /** composers focused while the pack was still loading; attached once we know the site is on */
  const focusedEarly = new Set<HTMLElement>();
  let settled = false;

  const attach = (el: HTMLElement): void => {
    if (!settled) {
      focusedEarly.add(el);
      return;
    }
    if (!adapter || !enabled || byElement.has(el)) return;
    // `policy` is read on each check, so a reloaded policy reaches sessions that already exist
    const sessionHost: SessionHost = {
      ...host,
      adapter,
      get policy() {
        return getPolicy();
      },
    };
    const session = new ComposerSession(el, sessionHost);
    byElement.set(el, session);
    sessions.add(session);
  };

  const sweep = (): void => {
    for (const s of sessions) {
      if (s.isAlive) {
        s.revalidate();
        continue;
      }
      s.endEpisode('discarded');
      s.dispose();
      sessions.delete(s);
    }
  };
  let sweepTimer: number | undefined;
  const scheduleSweep = () => {
    if (sweepTimer !== undefined) return;
    sweepTimer = ctx.setTimeout(() => {
      sweepTimer = undefined;
      sweep();
    }, SWEEP_MS);
  };

  let rafPending = false;
  const repositionAll = () => {
    if (rafPending) return;
    rafPending = true;
    ctx.requestAnimationFrame(() => {
      rafPending = false;
      for (const s of sessions) s.reposition();
    });
  };

  const onFocus = (e: Event) => {
    if (!adapter) return;
    const target = deepFocusTarget(e);
    const el = target && findComposer(target, adapter);
    if (el) attach(el);
  };

  const replayOnce = (gesture: SubmitGesture): void => {
    bypassOnce = true;
    try {
      replay(gesture);
    } finally {
      bypassOnce = false;
    }
  };

  const hold = async (session: ComposerSession, gesture: SubmitGesture): Promise<void> => {
    const answer = await confirmPost(session.visible);
    if (answer.action === 'edit') {
      session.el.focus({ preventScroll: true });
      return;
    }
    session.endEpisode('posted', answer.reason);
    replayOnce(gesture);
  };

  /** Returns true when the gesture must be held for a second look. */
  const shouldHold = (session: ComposerSession): boolean => {
    session.flush();
    if (session.visible.some((f) => f.severity === 'block')) return true;
    // posted with only warnings or notes: the episode ends as posted
    session.endEpisode('posted');
    return false;
  };

  /**
   * A post attempted while the pack is still loading (the first seconds after the first focus): hold it,
   * check once the pack is there, then either ask or let the site's own post happen.
   */
  const holdUntilLoaded = (el: HTMLElement, gesture: SubmitGesture): void => {
    void getPolicy().then(
      (p) => {
        const session = byElement.get(el);
        if (!session) return replayOnce(gesture); // the site is switched off
        session.checkNow(p);
        if (shouldHold(session)) void hold(session, gesture);
        else replayOnce(gesture);
      },
      () => replayOnce(gesture),
    );
  };

  const onClick = (e: MouseEvent) => {
    if (!adapter || bypassOnce) return;
    const button = postButtonInPath(e.composedPath(), adapter);
    if (!button) return;
    if (!settled) {
      const early = composerForButton(button, [...focusedEarly].map((el) => ({ el })));
      if (!early) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      holdUntilLoaded(early.el, { kind: 'click', button });
      return;
    }
    const session = composerForButton(button, sessions);
    if (!session || !shouldHold(session)) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    void hold(session, { kind: 'click', button });
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (!adapter || bypassOnce || e.key !== 'Enter') return;
    const target = deepFocusTarget(e);
    const el = target && findComposer(target, adapter);
    if (!el) return;
    const init: KeyboardEventInit = { key: e.key, code: e.code, ctrlKey: e.ctrlKey, metaKey: e.metaKey, keyCode: 13, which: 13 } as KeyboardEventInit;
    if (!isSubmitKey(e, adapter, postButtonFor(el, adapter) !== null)) return;
    if (!settled) {
      if (!focusedEarly.has(el)) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      holdUntilLoaded(el, { kind: 'key', init, target });
      return;
    }
    const session = byElement.get(el);
    if (!session || !shouldHold(session)) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    void hold(session, { kind: 'key', init, target });
  };

  /** Alt+Shift+D in a composer opens its findings panel (the badge is reachable without the mouse). */
  const onPanelKey = (e: KeyboardEvent) => {
    if (!adapter || !e.altKey || !e.shiftKey || e.code !== 'KeyD') return;
    const target = deepFocusTarget(e);
    const el = target && findComposer(target, adapter);
    const session = el && byElement.get(el);
    if (!session) return;
    e.preventDefault();
    e.stopPropagation();
    session.badge.toggle(true);
  };

  /** Page-wide listeners, added once the site is known to be on (at the first answer or a later one). */
  let listening = false;
  const enable = (): void => {
    enabled = true;
    disabledReason = undefined;
    for (const el of focusedEarly) if (el.isConnected) attach(el);
    focusedEarly.clear();
    if (listening) return;
    listening = true;
    const opts = { capture: true };
    ctx.addEventListener(window, 'keydown', onPanelKey, opts);
    ctx.addEventListener(window, 'scroll', repositionAll, { capture: true, passive: true });
    ctx.addEventListener(window, 'resize', repositionAll, { passive: true });
    ctx.addEventListener(window, 'wxt:locationchange', scheduleSweep);
    ctx.addEventListener(window, 'pagehide', () => {
      for (const s of sessions) s.endEpisode('discarded');
    });
    const observer = new MutationObserver(scheduleSweep);
    observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true });
    ctx.onInvalidated(() => observer.disconnect());
  };

  /** The site is (now) off: composers are left alone, as on a page where it was off from the start. */
  const disable = (reason: string): void => {
    enabled = false;
    disabledReason = reason;
    focusedEarly.clear();
    for (const s of sessions) {
      s.dispose();
      byElement.delete(s.el);
    }
    sessions.clear();
  };

  // One reload at a time, in the order asked, so an older answer never replaces a newer one.
  let reloads: Promise<boolean> = Promise.resolve(false);
  const reloadPolicy = (): Promise<boolean> => {
    reloads = reloads.then(async () => {
      if (!policyPromise) return false; // nothing loaded yet: the first focus loads what is in force then
      // The first load settles first: start() sets the page up from it.
      await policyPromise.catch(() => undefined);
      const next = await loadPolicy();
      policy = next;
      policyPromise = Promise.resolve(next);
      // Not started (only "check this page" loaded it) or still settling: nothing on the page to update.
      if (!adapter || !settled) return true;
      if (!isSiteEnabled(adapter, next.settings, location.hostname)) disable('DraftGuard is off on this site.');
      else enable();
      for (const s of sessions) s.schedule(0);
      return true;
    }).catch(() => false); // the background did not answer: the policy loaded before stays in force
    return reloads;
  };

  const stop = () => {
    for (const s of sessions) s.dispose();
    sessions.clear();
    highlights.dispose();
  };

  return {
    start(a, first) {
      if (adapter) {
        attach(first);
        return;
      }
      adapter = a;
      attach(first);
      // Listen from the start: the person may move to another composer while the pack loads.
      const opts = { capture: true };
      ctx.addEventListener(window, 'focusin', onFocus, opts);
      ctx.addEventListener(window, 'click', onClick, opts);
      ctx.addEventListener(window, 'keydown', onKeyDown, opts);
      void getPolicy().then(
        (p) => {
          settled = true;
          if (isSiteEnabled(a, p.settings, location.hostname)) enable();
          else disable('DraftGuard is off on this site.');
        },
        (err: unknown) => {
          settled = true;
          focusedEarly.clear();
          disabledReason = `The policy could not be loaded: ${err instanceof Error ? err.message : String(err)}`;
        },
      );
      ctx.onInvalidated(stop);
    },
    findings(): TabFindings {
      return {
        site: adapter?.id ?? null,
        enabled,
        composers: [...sessions].filter((s) => s.isAlive).map((s) => ({ findings: s.visible })),
        ...(disabledReason ? { reason: disabledReason } : {}),
      };
    },
    async checkPage(): Promise<PageCheckResult> {
      return checkPage(await getPolicy());
    },
    reloadPolicy,
    submitEarly(el, gesture) {
      holdUntilLoaded(el, gesture);
    },
  };
}
