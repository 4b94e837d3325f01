/**
 * The one typed message protocol between the content script, the extension pages and the background.
 * The background owns storage and the network; everything else asks it through these messages.
 *
 * Each domain declares its messages in its own file as `{ [type]: { req; res } }`; this file joins them.
 * `BackgroundHandlers` is a total record, so a message without a handler in the background fails to
 * compile (Bitwarden's registry habit).
 */
import { browser } from 'wxt/browser';
import type { PackMessages } from './pack';
import type { SettingsMessages } from './settings';
import type { EpisodeMessages } from './episodes';
import type { TabMessages } from './tab';

/** Messages sent to the background with runtime.sendMessage. */
export type BackgroundProtocol = PackMessages & SettingsMessages & EpisodeMessages;
/** Messages sent by the popup and the background to a tab's content script with tabs.sendMessage. */
export type TabProtocol = TabMessages;

export type MessageType<P> = keyof P & string;
export type Req<P, K extends keyof P> = P[K] extends { req: infer R } ? R : never;
export type Res<P, K extends keyof P> = P[K] extends { res: infer R } ? R : never;

export interface Envelope<K extends string = string, D = unknown> {
  draftguard: 1;
  type: K;
  data: D;
}

export type ProtocolResult<T> = { ok: true; value: T } | { ok: false; error: string };

export function isEnvelope(msg: unknown): msg is Envelope {
  return typeof msg === 'object' && msg !== null && (msg as { draftguard?: unknown }).draftguard === 1 && typeof (msg as { type?: unknown }).type === 'string';
}

async function unwrap<T>(p: Promise<unknown>): Promise<T> {
  const result = (await p) as ProtocolResult<T> | undefined;
  if (!result) throw new Error('No answer from the extension');
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

/** Ask the background. */
export function sendToBackground<K extends MessageType<BackgroundProtocol>>(
  type: K,
  data: Req<BackgroundProtocol, K>,
): Promise<Res<BackgroundProtocol, K>> {
  const envelope: Envelope<K, Req<BackgroundProtocol, K>> = { draftguard: 1, type, data };
  return unwrap(browser.runtime.sendMessage(envelope));
}

/** Ask the content script of a tab (top frame). */
export function sendToTab<K extends MessageType<TabProtocol>>(tabId: number, type: K, data: Req<TabProtocol, K>): Promise<Res<TabProtocol, K>> {
  const envelope: Envelope<K, Req<TabProtocol, K>> = { draftguard: 1, type, data };
  return unwrap(browser.tabs.sendMessage(tabId, envelope, { frameId: 0 }));
}

export interface MessageSender {
  tabId?: number;
  url?: string;
  /** true when the sender is one of the extension's own pages (popup, options, history) */
  fromExtensionPage: boolean;
}

export type Handlers<P> = {
  [K in MessageType<P>]: (data: Req<P, K>, sender: MessageSender) => Promise<Res<P, K>> | Res<P, K>;
};
export type BackgroundHandlers = Handlers<BackgroundProtocol>;
export type TabHandlers = Handlers<TabProtocol>;

/**
 * Answer envelopes with the given handlers. Returns the listener so callers can remove it.
 * Errors become `{ok: false, error}` so the caller sees a message instead of a closed port.
 */
export function serve<P>(handlers: Handlers<P>) {
  const listener = (msg: unknown, sender: { tab?: { id?: number; url?: string }; url?: string; id?: string }) => {
    if (!isEnvelope(msg)) return undefined;
    const handler = (handlers as Record<string, ((d: unknown, s: MessageSender) => unknown) | undefined>)[msg.type];
    if (!handler) return undefined;
    const from: MessageSender = {
      tabId: sender.tab?.id,
      url: sender.tab?.url ?? sender.url,
      fromExtensionPage: !sender.tab && sender.id === browser.runtime.id,
    };
    return Promise.resolve()
      .then(() => handler(msg.data, from))
      .then(
        (value): ProtocolResult<unknown> => ({ ok: true, value }),
        (err: unknown): ProtocolResult<unknown> => ({ ok: false, error: err instanceof Error ? err.message : String(err) }),
      );
  };
  browser.runtime.onMessage.addListener(listener);
  return listener;
}
