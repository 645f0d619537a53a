import { installLoader } from './embed-loader.ts';

/**
 * The "Embed this view" dialogs and the builder's code panel: open/close (a native modal <dialog>:
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

/** Wires every embed dialog and code panel on the page. */
export function mountEmbedDialogs(root: ParentNode = document): void {
  // Previews resize to their content like a host page's frames do (same-origin, so location.origin).
  installLoader(window, document, location.origin);
  for (const panel of root.querySelectorAll<HTMLElement>('[data-embed-code]')) wireCopy(panel);
  for (const wrap of root.querySelectorAll<HTMLElement>('[data-embed-dialog-root]')) {
    const dialog = wrap.querySelector<HTMLDialogElement>('dialog[data-embed-dialog]');
    const open = wrap.querySelector<HTMLButtonElement>('[data-embed-open]');
    if (!dialog || !open) continue;
    open.addEventListener('click', () => {
      const preview = dialog.querySelector<HTMLIFrameElement>('iframe[data-preview-src]');
      if (preview && !preview.getAttribute('src')) preview.src = preview.dataset.previewSrc!;
      dialog.showModal();
    });
    for (const close of dialog.querySelectorAll<HTMLButtonElement>('[data-embed-close]')) close.addEventListener('click', () => dialog.close());
    // A click on the backdrop (outside the box) closes it.
    dialog.addEventListener('click', (e) => {
      if (e.target === dialog) dialog.close();
    });
  }
}
