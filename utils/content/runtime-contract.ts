/** What the always-injected script may ask of the composer runtime once it is loaded. */
import type { SiteAdapter } from '@/entrypoints/content/adapters/define';
import type { PageCheckResult, TabFindings } from '@/utils/protocol/tab';
import type { SubmitGesture } from '@/entrypoints/composer.content/post-guard';

export const RUNTIME_GLOBAL = '__draftguardComposerRuntime';

export interface ComposerRuntime {
  /** begin watching the page with this adapter, starting with the composer that was just focused */
  start(adapter: SiteAdapter, firstComposer: HTMLElement): void;
  findings(): TabFindings;
  checkPage(): Promise<PageCheckResult>;
  /** the background's policy or pack changed: fetch them again and re-check; false if none was loaded */
  reloadPolicy(): Promise<boolean>;
  /** a post made in this composer while the runtime itself was loading, held by the small script: check it, then hold or replay it */
  submitEarly(composer: HTMLElement, gesture: SubmitGesture): void;
}
