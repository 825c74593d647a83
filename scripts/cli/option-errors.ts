// What `npm run new` says when its options go astray: npm keeping them for itself
// (written without "--"), and an option that does not exist.
import { closestMatches } from '../../src/model/closest.ts';

/**
 * Options npm took for itself: `npm run new update x --title "y"` (no "--") hands
 * "--title" to npm, which sets npm_config_title in the script's environment and
 * passes "y" on as a word. Returns the options found, as the editor wrote them.
 */
export function swallowedOptions(
  optionNames: readonly string[],
  env: Record<string, string | undefined> = process.env,
): string[] {
  return optionNames
    .filter((name) => env[`npm_config_${name.replaceAll('-', '_')}`] !== undefined)
    .map((name) => `--${name}`);
}

/** The sentence for options npm swallowed, with the command written the right way. */
export function describeSwallowed(script: string, options: readonly string[]): string {
  return (
    `npm kept ${options.join(', ')} for itself: put -- after "npm run ${script}" so the options reach the script, ` +
    `e.g. npm run ${script} -- update <article-slug> --title "Headline"`
  );
}

const UNKNOWN = /^Unknown option '(-{1,2}[^']+)'/;

/**
 * node:util parseArgs' error in an editor's words: an unknown option gets the nearest
 * known one; other errors keep parseArgs' message.
 */
export function describeOptionError(error: Error, optionNames: readonly string[]): string {
  const unknown = UNKNOWN.exec(error.message);
  if (!unknown) return error.message;
  const written = unknown[1]!;
  const close = closestMatches(written.replace(/^-+/, ''), optionNames, 1);
  const hint = close.length ? `did you mean --${close[0]}?` : 'run "npm run new -- --help" for the options';
  return `there is no option ${written}; ${hint}`;
}
