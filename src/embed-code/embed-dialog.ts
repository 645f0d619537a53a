import { installLoader } from './embed-loader.ts';
import { fillTemplate, type TemplateValues } from './snippet-template.ts';

/**
 * The "Embed this view" dialog and the builder's code panel: open/close (a native modal <dialog>:
 * focus moves in, Esc closes, focus returns to the button), the preview iframe loaded only when
 * the dialog opens, and copy to clipboard by keyboard or pointer with a select-the-text fallback.
 */

/** Copies text; falls back to selecting it (and execCommand) where the Clipboard API is refused. Returns true if copied. */
export async function copyText(text: string, field: HTMLTextAreaElement): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    field.focus();
    field.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}

/** Wires every copy button in a panel ([data-copy-target] → the textarea's id). */
function wireCopy(panel: HTMLElement): void {
  const status = panel.querySelector<HTMLElement>('[data-copy-status]');
  for (const button of panel.querySelectorAll<HTMLButtonElement>('[data-copy-target]')) {
    button.addEventListener('click', async () => {
      const field = document.getElementById(button.dataset.copyTarget!) as HTMLTextAreaElement | null;
      if (!field) return;
      const ok = await copyText(field.value, field);
      if (status) {
        // Clear first so the same message is announced again on a second copy.
        status.textContent = '';
        requestAnimationFrame(() => (status.textContent = ok ? (status.dataset.copied ?? '') : (status.dataset.failed ?? '')));
      }
      if (!ok) field.select();
    });
  }
}

/** Fills the story's dialog with a chapter: its heading, codes and preview (templates written at build, see snippet-template.ts). */
function fillDialog(dialog: HTMLDialogElement, values: TemplateValues): void {
  const heading = dialog.querySelector<HTMLElement>('[data-embed-heading]');
  if (heading) heading.textContent = fillTemplate(heading.dataset.template ?? '', values, 'text');
  for (const field of dialog.querySelectorAll<HTMLTextAreaElement>('textarea[data-code]')) field.value = fillTemplate(field.defaultValue, values);
  const preview = dialog.querySelector<HTMLIFrameElement>('iframe[data-preview-src]');
  if (preview) {
    preview.dataset.template ??= JSON.stringify({ src: preview.dataset.previewSrc, title: preview.title, id: preview.dataset.crossroadsEmbed });
    const template = JSON.parse(preview.dataset.template) as { src: string; title: string; id: string };
    preview.title = fillTemplate(template.title, values, 'text');
    preview.dataset.crossroadsEmbed = fillTemplate(template.id, values, 'text');
    preview.src = fillTemplate(template.src, values, 'text');
  }
  const status = dialog.querySelector<HTMLElement>('[data-copy-status]');
  if (status) status.textContent = '';
}

/**
 * Wires the embed dialog and code panels of the page: every "Embed this view" button
 * ([data-embed-open], carrying its chapter's id, title and alt text) opens the page's one dialog filled
 * for its chapter; the preview loads only then. Esc, the close button or a click outside closes it,
 * and focus returns to the button.
 */
export function mountEmbedDialogs(root: ParentNode = document): void {
  // Previews resize to their content like a host page's frames do (same-origin, so location.origin).
  installLoader(window, document, location.origin);
  for (const panel of root.querySelectorAll<HTMLElement>('[data-embed-code]')) wireCopy(panel);
  const dialog = root.querySelector<HTMLDialogElement>('dialog[data-embed-dialog]');
  if (!dialog) return;
  for (const open of root.querySelectorAll<HTMLButtonElement>('[data-embed-open]')) {
    open.addEventListener('click', () => {
      fillDialog(dialog, {
        id: open.dataset.embedChapter ?? '',
        title: open.dataset.embedTitle ?? '',
        alt: open.dataset.embedAlt ?? open.dataset.embedTitle ?? '',
      });
      dialog.showModal();
    });
  }
  for (const close of dialog.querySelectorAll<HTMLButtonElement>('[data-embed-close]')) close.addEventListener('click', () => dialog.close());
  // A click on the backdrop (outside the box) closes it.
  dialog.addEventListener('click', (e) => {
    if (e.target === dialog) dialog.close();
  });
}
