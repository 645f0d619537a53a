// Registers the offline service worker (/sw.js, written at build) once the page has loaded, so it never
// competes with the map for the network. Not in embeds (they use no storage), not from file:// nor in dev.
export function registerServiceWorker(): void {
  if (import.meta.env.DEV || !('serviceWorker' in navigator) || !window.isSecureContext || window.top !== window.self) return;
  const register = () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/', updateViaCache: 'none' }).catch(() => {
      // No offline copy: the site works online as before.
    });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}

registerServiceWorker();
