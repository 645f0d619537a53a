import type { MapView } from '../map/mount-map.ts';

/** The story map's explore mode (the buttons of StoryMap.astro). */
export interface ExploreMode {
  active(): boolean;
  /** Ends exploring (the chapter's view comes back through `onLeave`); focus goes to "Explore the map". */
  leave(focus?: boolean): void;
}

/**
 * Wires "Explore the map" and "Back to the story": exploring makes the map full-size and lets the
 * reader pan and zoom (the map takes keyboard focus); leaving, by the button or Escape, makes it a
 * picture again and calls `onLeave`, which puts the chapter's view back. `root` carries the
 * `exploring` class the page's styles lay the map out by.
 */
export function wireExploreMode(
  root: HTMLElement,
  {
    view,
    onLeave,
    blocksEscape,
  }: { view: () => MapView | undefined; onLeave(): void; /** True while something else owns Escape (an open dialog). */ blocksEscape(): boolean },
): ExploreMode {
  const exploreButton = root.querySelector<HTMLButtonElement>('[data-explore]')!;
  const backButton = root.querySelector<HTMLButtonElement>('[data-back]')!;
  let exploring = false;

  const set = (on: boolean) => {
    exploring = on;
    root.classList.toggle('exploring', on);
    view()?.setInteraction(on ? 'all' : 'none');
    exploreButton.hidden = on;
    backButton.hidden = !on;
    view()?.resize();
  };
  const enter = () => {
    set(true);
    if (!view()?.focus()) backButton.focus();
  };
  const leave = (focus = true) => {
    set(false);
    onLeave();
    if (focus) exploreButton.focus();
  };

  exploreButton.addEventListener('click', enter);
  backButton.addEventListener('click', () => leave());
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && exploring && !blocksEscape()) leave();
  });
  return { active: () => exploring, leave };
}
