/**
 * `<draftguard-confirm>`: the second look when a post holds a block finding. Honours the strictest
 * override among the findings: `allow` offers "Post anyway", `reason` keeps it disabled until a reason is
 * typed, `deny` offers only going back to the draft.
 */
import type { Finding } from '@/rules/types';
import { strictestOverride } from '@/utils/content/findings';
import { CONFIRM_CSS } from './styles';

export type ConfirmAnswer = { action: 'edit' } | { action: 'post'; reason?: string };

export function confirmPost(findings: readonly Finding[]): Promise<ConfirmAnswer> {
  document.querySelector('draftguard-confirm')?.remove();
  const blocks = findings.filter((f) => f.severity === 'block');
  const override = strictestOverride(blocks) ?? 'allow';
  const host = document.createElement('draftguard-confirm');
  host.setAttribute('data-override', override);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = CONFIRM_CSS;
  const dialog = document.createElement('div');
  dialog.className = 'dialog';
  dialog.setAttribute('role', 'alertdialog');
  dialog.setAttribute('aria-modal', 'true');
  dialog.setAttribute('aria-labelledby', 'dg-title');
  const title = document.createElement('h2');
  title.id = 'dg-title';
  title.textContent = 'Post this as it is?';
  const list = document.createElement('ul');
  for (const f of blocks) {
    const li = document.createElement('li');
    li.textContent = f.message;
    if (f.note) {
      const why = document.createElement('div');
      why.className = 'why';
      why.textContent = f.note;
      li.append(why);
    }
    list.append(li);
  }
  dialog.append(title, list);

  let reasonField: HTMLTextAreaElement | null = null;
  if (override === 'reason') {
    const label = document.createElement('label');
    label.htmlFor = 'dg-reason';
    label.textContent = 'Why does this need to be posted? (kept only in your own history)';
    reasonField = document.createElement('textarea');
    reasonField.id = 'dg-reason';
    reasonField.dataset.field = 'reason';
    dialog.append(label, reasonField);
  }
  if (override === 'deny') {
    const note = document.createElement('p');
    note.className = 'note';
    note.textContent = 'Your organisation does not allow posting this. Edit the draft to continue.';
    dialog.append(note);
  }

  const row = document.createElement('div');
  row.className = 'row';
  const edit = document.createElement('button');
  edit.type = 'button';
  edit.dataset.action = 'edit';
  edit.textContent = 'Edit the draft';
  row.append(edit);
  let post: HTMLButtonElement | null = null;
  if (override !== 'deny') {
    post = document.createElement('button');
    post.type = 'button';
    post.dataset.action = 'post';
    post.textContent = 'Post anyway';
    row.prepend(post);
  }
  dialog.append(row);
  shadow.append(style, dialog);
  (document.body ?? document.documentElement).append(host);

  const postButton = post;
  const field = reasonField;
  if (postButton && field) {
    postButton.disabled = true;
    field.addEventListener('input', () => {
      postButton.disabled = field.value.trim() === '';
    });
  }

  return new Promise((resolve) => {
    const done = (answer: ConfirmAnswer) => {
      host.remove();
      resolve(answer);
    };
    edit.addEventListener('click', () => done({ action: 'edit' }));
    postButton?.addEventListener('click', () => {
      if (postButton.disabled) return;
      const reason = field?.value.trim();
      done(reason ? { action: 'post', reason } : { action: 'post' });
    });
    // Keys typed in the dialog must not reach the site's shortcuts (its Ctrl+Enter would post).
    host.addEventListener('keydown', (e) => {
      e.stopPropagation();
      if (e.key === 'Escape') done({ action: 'edit' });
    });
    edit.focus();
  });
}
