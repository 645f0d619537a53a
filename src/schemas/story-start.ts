/**
 * The earliest day the story, its timeline and its date controls reach: the start of the Karabakh
 * movement in 1988. One constant for the explorer, the embeds' date parameter, the builder and the
 * timeline. Free of zod: browser code needs it.
 */
export const STORY_START = '1988-01-01';
