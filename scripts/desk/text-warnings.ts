// The content warnings of a text being written, shown in the desk before it is published:
// what a build would print under [content] and go on (HTML the sanitizer removes).
import { removedHtmlWarnings } from '../../src/loaders/checks/removed-html.ts';

/** "Line 3 of the text: <script> removed: ..." for each warning of `body`. */
export function textWarnings(body: string): string[] {
  return removedHtmlWarnings({ file: 'text', text: body, body }).map(
    (w) => `Line ${w.line} of the text: ${w.message}`,
  );
}

/** The publisher's warnings (`path:line: warning: field: message`) about one file, for the desk. */
export function warningsOf(warnings: readonly string[] | undefined, file: string): string[] {
  const prefix = `${file}:`;
  return (warnings ?? [])
    .filter((w) => w.startsWith(prefix))
    .map((w) => {
      const [, field, message] = /^[^:]+:\d+: warning: ([^:]+): (.*)$/s.exec(w) ?? [];
      if (!message) return w;
      return field === 'title' ? `The headline ${message}` : `In the text: ${message}`;
    });
}
