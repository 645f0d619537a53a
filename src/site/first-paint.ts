/**
 * Resolves once the page has painted its first content. Heavy work (a WebGL context for the map, the
 * timeline) waits for it, so the reader sees the text first: on a software GPU the first frame
 * otherwise queues behind the map's set-up (npm run profile showed the first paint at 3.9 s, after a
 * 2.6 s WebGL start). Browsers without paint timing wait for two frames instead.
 */
export function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) {
      requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
      return;
    }
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      resolve();
    });
    observer.observe({ type: 'paint', buffered: true });
  });
}
