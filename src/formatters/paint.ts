// Colour for text output: a chalk instance when the output is coloured, else a stand-in that
// returns the text as it is. chalk (and the terminal checks it makes) loads only for coloured
// output: a pipe, a file or CI never pays for it (start-up time).
import type chalk from 'chalk';

export type Painter = chalk.Chalk;

/** Any style, chained or called: the text unchanged, as chalk at level 0 gives it. */
const PLAIN: Painter = new Proxy(function plain(...text: unknown[]) {
  return text.join(' ');
}, { get: () => PLAIN }) as unknown as Painter;

export function painter(color: boolean): Painter {
  if (!color) return PLAIN;
  const { Instance } = require('chalk') as typeof chalk;
  return new Instance({ level: 1 });
}
