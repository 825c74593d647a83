import { HtmlValidate, StaticConfigLoader } from 'html-validate';

// The WHATWG content rules (permitted content and parents, attributes, duplicate ids...), not
// the style rules of html-validate:recommended: the aim is what the Nu Html Checker reports.
const validator = new HtmlValidate(new StaticConfigLoader({ extends: ['html-validate:standard'] }));

/**
 * The errors a page has, as "line:column rule: message". html-validate does not build the
 * HTML5 tree, so what a tree builder calls a stray tag (anything but white space and comments
 * after </html>, as a <script> placed outside the layout gives) is checked here.
 */
export async function htmlErrors(html: string, name = 'page.html'): Promise<string[]> {
  const report = await validator.validateString(html, name);
  const errors = report.results.flatMap((result) =>
    result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
  );
  const end = html.lastIndexOf('</html>');
  const after = end < 0 ? '' : html.slice(end + '</html>'.length).replace(/<!--[\s\S]*?-->/g, '');
  if (after.trim()) errors.push(`stray content after </html>: ${after.trim().slice(0, 80)}`);
  return errors;
}
