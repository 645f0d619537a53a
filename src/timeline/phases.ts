import type { UiStringKey } from '../i18n/ui-strings.ts';
import { STORY_START } from '../schemas/story-start.ts';

/**
 * The phases the timeline's lanes are named after, each lasting until the next begins. Their starts
 * follow the chapters' periods (the first war from 26 November 1991, the ceasefire of 12 May 1994, the
 * 2020 war from 27 September to the statement of 10 November, the talks after the exodus of
 * September 2023). Names are neutral: "2020 war", not either side's name for it.
 */
export const TIMELINE_PHASES: readonly { id: string; from: string; label: UiStringKey }[] = [
  { id: 'soviet', from: STORY_START, label: 'timeline.phase.soviet' },
  { id: 'first-war', from: '1991-11-26', label: 'timeline.phase.first-war' },
  { id: 'frozen', from: '1994-05-12', label: 'timeline.phase.frozen' },
  { id: 'war-2020', from: '2020-09-27', label: 'timeline.phase.war-2020' },
  { id: 'after-2020', from: '2020-11-10', label: 'timeline.phase.after-2020' },
  { id: 'talks', from: '2023-10-01', label: 'timeline.phase.talks' },
];
