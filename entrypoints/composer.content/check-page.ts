/**
 * "Check this page" from the popup: the main article of the page, extracted with Readability from a
 * clone (Readability mutates the document it is given), checked with the pack in force.
 */
import { Readability } from '@mozilla/readability';
import { sentenceAround } from '@/utils/content/findings';
import type { PageCheckResult } from '@/utils/protocol/tab';
import type { Policy } from './policy';

/** Beyond this the page is checked in part: the popup says how much was read. */
const MAX_CHARS = 200_000;

export function checkPage(policy: Policy): PageCheckResult {
  const clone = document.cloneNode(true) as Document;
  const article = new Readability(clone).parse();
  const title = article?.title || document.title;
  const text = (article?.textContent ?? document.body?.innerText ?? '').replace(/[ \t]+\n/g, '\n').slice(0, MAX_CHARS);
  const findings = policy.newChecker().check(text).map((f) => ({ ...f, sentence: sentenceAround(text, f.start, f.end) }));
  return { title, length: text.length, findings };
}
