// "Save for offline use" (OfflineSave.astro): registers the service worker only when the reader asks,
// asks it to store this language's copy, shows the size before and the progress during the download,
// and offers removal once the copy is ready. A first visit stores nothing and registers nothing.
import { LANGUAGES, type Language } from '../schemas/languages.ts';
import type { OfflineSummary } from './offline-manifest.ts';
import type { OfflineNews, OfflineRequest, SavedCopy } from './sw-source.ts';

type OfflineState = 'idle' | 'saving' | 'ready' | 'failed' | 'unsupported';

/** Megabytes with one decimal in the page's language ("3.4 MB", "3,4 МБ"). */
export function formatSize(bytes: number, lang: string): string {
  return new Intl.NumberFormat(lang, { style: 'unit', unit: 'megabyte', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(bytes / 1_000_000);
}

/** Fills `{name}` slots of a translated string. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot));
}

/** The worker can run here: a secure page of its own (not an embed's frame), with service workers, outside the dev server. */
function offlineWorkers(): ServiceWorkerContainer | undefined {
  if (import.meta.env.DEV || !window.isSecureContext || window.top !== window.self) return undefined;
  return 'serviceWorker' in navigator ? navigator.serviceWorker : undefined;
}

let summary: Promise<OfflineSummary | undefined> | undefined;
/** The sizes of the copies, fetched once, the first time a control is seen (not on every page load). */
const loadSummary = () =>
  (summary ??= fetch('/offline.json')
    .then((r) => (r.ok ? (r.json() as Promise<OfflineSummary>) : undefined))
    .catch(() => undefined));

export function mountOfflineSave(root: HTMLElement): void {
  const lang: Language = LANGUAGES.find((l) => l === root.dataset.lang) ?? 'en';
  const text = (key: string) => root.getAttribute(`data-text-${key}`) ?? '';
  const saveButton = root.querySelector<HTMLButtonElement>('[data-offline-save-button]')!;
  const removeButton = root.querySelector<HTMLButtonElement>('[data-offline-remove-button]')!;
  const progress = root.querySelector<HTMLProgressElement>('[data-offline-progress]')!;
  const status = root.querySelector<HTMLElement>('[data-offline-status]')!;
  root.hidden = false;

  const show = (state: OfflineState, message = '') => {
    root.dataset.offlineState = state;
    saveButton.hidden = state === 'ready' || state === 'unsupported';
    saveButton.disabled = state === 'saving';
    removeButton.hidden = state !== 'ready';
    progress.hidden = state !== 'saving';
    status.textContent = message;
  };

  const workers = offlineWorkers();
  if (!workers) {
    show('unsupported', text('unsupported'));
    return;
  }

  const showReady = (copy: SavedCopy) => {
    const date = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(copy.savedAt);
    show('ready', fill(text('ready'), { size: formatSize(copy.bytes, lang), date }));
  };

  workers.addEventListener('message', (event: MessageEvent<OfflineNews>) => {
    const news = event.data;
    if (news?.type === 'status') {
      const copy = news.saved[lang];
      if (copy) showReady(copy);
    } else if (news?.lang !== lang) {
      return;
    } else if (news.type === 'progress') {
      progress.max = news.total;
      progress.value = news.done;
    } else if (news.type === 'saved') {
      showReady(news.copy);
    } else if (news.type === 'failed') {
      show('failed', fill(text('failed'), { reason: news.reason }));
    } else if (news.type === 'removed') {
      show('idle', text('removed'));
    }
  });
  workers.startMessages();

  const send = async (message: OfflineRequest) => {
    const registration = await workers.getRegistration('/');
    registration?.active?.postMessage(message);
  };

  // Only once the control is shown (the contents panel or the help opened, the handout read): the size,
  // and whether a copy already exists; a registration exists only if this reader saved a copy before.
  // A panel that scrolls can hold the control out of the viewport, so a panel opening counts too.
  let started = false;
  const start = () => {
    if (started || !root.checkVisibility()) return;
    started = true;
    seen.disconnect();
    document.removeEventListener('toggle', start, { capture: true });
    void loadSummary().then((s) => {
      const copy = s?.copies[lang];
      if (copy) saveButton.textContent = fill(text('save'), { size: formatSize(copy.bytes, lang) });
    });
    void send({ type: 'status' });
  };
  const seen = new IntersectionObserver((entries) => {
    if (entries.some((e) => e.isIntersecting)) start();
  });
  seen.observe(root);
  // details and dialog elements fire "toggle" when opened; it does not bubble, so listen while it descends.
  document.addEventListener('toggle', start, { capture: true });

  saveButton.addEventListener('click', async () => {
    const copy = (await loadSummary())?.copies[lang];
    show('saving', fill(text('saving'), { files: copy?.files ?? '…', size: copy ? formatSize(copy.bytes, lang) : '…' }));
    progress.removeAttribute('value');
    try {
      await workers.register('/sw.js', { scope: '/', updateViaCache: 'none' });
      const registration = await workers.ready;
      registration.active?.postMessage({ type: 'save', lang } satisfies OfflineRequest);
    } catch (error) {
      show('failed', fill(text('failed'), { reason: error instanceof Error ? error.message : String(error) }));
    }
  });

  removeButton.addEventListener('click', () => void send({ type: 'remove', lang }));
}
