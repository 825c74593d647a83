import { createMarkdownProcessor, isUnifiedProcessor, type MarkdownRenderer } from '@astrojs/markdown-remark';
import type { Element } from 'hast';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, it } from 'vitest';
import config from '../../../astro.config.mjs';
import { dangersIn as dangersInTree, parseHtml } from '../../helpers/html-dangers.ts';

let renderer: MarkdownRenderer;

beforeAll(async () => {
  // The same processor and options the site builds with (astro.config.mjs), not a copy of them.
  const processor = config.markdown?.processor;
  if (!processor || !isUnifiedProcessor(processor)) throw new Error('astro.config.mjs must select unified()');
  // Highlighting is off in the config; a highlighter would add markup these tests do not expect.
  if (config.markdown?.syntaxHighlight !== false) throw new Error('expected syntaxHighlight: false');
  renderer = await createMarkdownProcessor({ ...processor.options, syntaxHighlight: false });
});

const render = async (markdown: string) => (await renderer.render(markdown)).code;

const dangersIn = (html: string) => dangersInTree(parseHtml(html));

/** Raw-text checks on the HTML as served, for the patterns a reviewer would grep for. */
function expectNoDangerousText(html: string) {
  expect(html).not.toMatch(/<\s*(script|style|iframe|object|embed|svg|math|form|meta|base|link)\b/i);
  // Inside a tag only: escaped text such as "&#x3C;img onerror=" is harmless.
  expect(html).not.toMatch(/<[a-z][^<>]*\son[a-z]+\s*=/i);
  expect(html).not.toMatch(/(href|src|action|formaction)\s*=\s*["']?\s*(javascript|vbscript|data):/i);
  expect(html).not.toMatch(/\sstyle\s*=/i);
  expect(html).not.toMatch(/<img[^>]+src\s*=\s*["']?(https?:)?\/\//i);
}

const HOSTILE: [name: string, markdown: string][] = [
  ['raw script', '<script>alert(1)</script>'],
  ['script with a remote source', '<SCRIPT SRC=https://evil.example/x.js></SCRIPT>'],
  ['script inside a paragraph', 'Text <script>document.cookie</script> more text'],
  ['style element', '<style>body { display: none }</style>'],
  ['iframe', '<iframe src="https://evil.example/"></iframe>'],
  ['iframe with srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe>'],
  ['object', '<object data="https://evil.example/x.swf"></object>'],
  ['object with a data: URL', '<object data="data:text/html,<script>alert(1)</script>"></object>'],
  ['embed', '<embed src="https://evil.example/x.swf">'],
  ['svg with onload', '<svg onload="alert(1)"><circle r="1" /></svg>'],
  ['svg holding a script', '<svg><script>alert(1)</script></svg>'],
  ['math with a javascript: link', '<math><mi xlink:href="javascript:alert(1)">x</mi></math>'],
  [
    'math maction trick',
    '<math><maction actiontype="statusline" xlink:href="javascript:alert(1)">CLICK</maction></math>',
  ],
  ['img onerror', '<img src="x.png" onerror="alert(1)">'],
  ['unterminated img onerror', '<img src=x onerror=alert(1)//'],
  ['paragraph onclick', '<p onclick="alert(1)">Click</p>'],
  ['link onmouseover', '<a href="https://example.org/" onmouseover="alert(1)">hover</a>'],
  ['details ontoggle', '<details open ontoggle="alert(1)"><summary>s</summary>d</details>'],
  ['body onload', '<body onload="alert(1)">x</body>'],
  ['frameset onload', '<frameset onload="alert(1)"></frameset>'],
  ['javascript: link', '[click](javascript:alert(1))'],
  ['mixed-case javascript: link', '[click](JaVaScRiPt:alert(1))'],
  ['entity-encoded javascript: link', '[click](java&#x73;cript:alert(1))'],
  ['angle-bracket javascript: link', '[click](<javascript:alert(1)>)'],
  ['raw link with a decimal entity', '<a href="&#106;avascript:alert(1)">click</a>'],
  ['raw link with a tab entity in the scheme', '<a href="java&#x09;script:alert(1)">click</a>'],
  ['raw link with &colon;', '<a href="javascript&colon;alert(1)">click</a>'],
  ['raw link with leading spaces', '<a href="  javascript:alert(1)">click</a>'],
  ['data: link', '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
  ['vbscript: link', '<a href="vbscript:msgbox(1)">click</a>'],
  ['javascript: autolink', '<javascript:alert(1)>'],
  ['entity-encoded javascript: autolink', '<java&#x73;cript:alert(1)>'],
  ['javascript: reference link', '[click][r]\n\n[r]: javascript:alert(1)'],
  ['data: reference image', '![x][r]\n\n[r]: data:image/svg+xml,<svg onload=alert(1)>'],
  ['javascript: image', '![x](javascript:alert(1))'],
  ['data: image', '![pixel](data:image/gif;base64,R0lGODlhAQABAAAAACw=)'],
  ['protocol-relative raw image', '<img src="//evil.example/p.gif" alt="">'],
  ['unquoted protocol-relative raw image', '<img src=//evil.example/p.gif>'],
  ['tracking pixel', '<img src=https://tracker.example/x.gif width=1 height=1>'],
  ['remote Markdown image', '![x](https://tracker.example/pixel.gif)'],
  ['backslash host image', '<img src="\\\\evil.example\\p.gif">'],
  ['remote srcset', '<img src="/images/ok.png" alt="" srcset="https://tracker.example/x.gif 1x">'],
  ['video poster', '<video src="clip.mp4" poster="https://tracker.example/p.gif"></video>'],
  [
    'form with formaction',
    '<form action="https://evil.example/"><input name="q"><button formaction="javascript:alert(1)">Go</button></form>',
  ],
  ['input image', '<input type="image" src="https://tracker.example/x.gif">'],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example/">'],
  ['base href', '<base href="https://evil.example/">'],
  ['stylesheet link', '<link rel="stylesheet" href="https://evil.example/x.css">'],
  ['style attribute', '<p style="position:fixed;inset:0;background:red">Overlay</p>'],
  ['style url javascript', '<div style="background:url(javascript:alert(1))">x</div>'],
  ['target _blank', '<a href="https://example.org/" target="_blank">new tab</a>'],
  ['template holding a script', '<template><script>alert(1)</script></template>'],
  ['conditional comment', '<!--[if IE]><script>alert(1)</script><![endif]-->'],
  ['textarea escape', '<textarea></textarea><script>alert(1)</script>'],
  ['isindex', '<isindex action="javascript:alert(1)" type="image">'],
  [
    'DOM clobbering ids and names',
    '<p id="location">a</p><a name="getElementById">f</a><img name="cookie" src="a.png" alt="">',
  ],
];

describe('the Markdown pipeline removes hostile HTML', () => {
  it('has rehype-raw first and rehype-sanitize last', () => {
    const processor = config.markdown?.processor;
    if (!processor || !isUnifiedProcessor(processor)) throw new Error('unified() not selected');
    const plugins = processor.options.rehypePlugins.map((p) => (Array.isArray(p) ? p[0] : p));
    expect((plugins[0] as { name?: string }).name).toBe('rehypeRaw');
    expect((plugins.at(-1) as { name?: string }).name).toBe('rehypeSanitize');
  });

  it.each(HOSTILE)('%s', async (_name, markdown) => {
    const html = await render(markdown);
    expect(dangersIn(html)).toEqual([]);
    expectNoDangerousText(html);
  });

  it('keeps an id attacker-free with the user-content- prefix', async () => {
    const html = await render('<p id="location">a</p><a name="getElementById">f</a>');
    expect(html).toContain('id="user-content-location"');
    expect(html).toContain('name="user-content-getElementById"');
  });

  it('turns markup smuggled in a noscript attribute into an inert attribute value', async () => {
    const html = await render('<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>');
    expect(dangersIn(html)).toEqual([]);
    const images: Element[] = [];
    visit(parseHtml(html), 'element', (node: Element) => {
      if (node.tagName === 'img') images.push(node);
    });
    expect(images).toEqual([]);
  });

  it('keeps safe links, dropping only the bad ones', async () => {
    const html = await render(
      '[ok](https://example.org/a?b=1) [mail](mailto:desk@example.org) [bad](javascript:alert(1)) [in](#update-x)',
    );
    expect(html).toContain('<a href="https://example.org/a?b=1">ok</a>');
    expect(html).toContain('<a href="mailto:desk@example.org">mail</a>');
    expect(html).toContain('<a>bad</a>');
    expect(html).toContain('<a href="#update-x">in</a>');
  });

  it('leaves the text of removed scripts out of the page', async () => {
    expect(await render('<script>alert("stolen")</script>')).not.toContain('stolen');
  });

  it('leaves the text of removed style sheets out of the page', async () => {
    expect(await render('<style>body { display: none }</style>\n\nAfter')).not.toContain('display');
  });
});

describe('the Markdown pipeline keeps harmless HTML', () => {
  it.each([
    ['subscript', 'H<sub>2</sub>O', '<p>H<sub>2</sub>O</p>'],
    ['superscript', 'x<sup>2</sup>', '<p>x<sup>2</sup></p>'],
    ['keyboard keys', 'Press <kbd>Ctrl</kbd>', '<p>Press <kbd>Ctrl</kbd></p>'],
    [
      'time with datetime',
      '<time datetime="2024-03-24">24 March</time>',
      '<time datetime="2024-03-24">24 March</time>',
    ],
    ['deleted and inserted text', '<del>40</del> <ins>60</ins>', '<del>40</del> <ins>60</ins>'],
    ['strikethrough (GFM)', '~~40~~ dead', '<del>40</del>'],
    ['emphasis', '*very* **important**', '<em>very</em> <strong>important</strong>'],
    ['blockquote', '> “It is the deadliest.”', '<blockquote>\n<p>“It is the deadliest.”</p>\n</blockquote>'],
    ['quotes kept verbatim (no smartypants)', 'He said "no" -- twice', '<p>He said "no" -- twice</p>'],
    ['local raw image', '<img src="/images/map.png" alt="Map">', '<img src="/images/map.png" alt="Map">'],
    [
      'details and summary',
      '<details><summary>More</summary>Text</details>',
      '<details><summary>More</summary>Text</details>',
    ],
  ])('%s', async (_name, markdown, expected) => {
    expect(await render(markdown)).toContain(expected);
  });

  it('keeps a figure with its caption', async () => {
    const html = await render(
      '<figure><img src="hall.jpg" alt="The hall"><figcaption>The hall</figcaption></figure>',
    );
    expect(html).toContain(
      '<figure><img src="hall.jpg" alt="The hall"><figcaption>The hall</figcaption></figure>',
    );
  });

  it('keeps GFM tables', async () => {
    const html = await render('| City | Dead |\n|---|---:|\n| Moscow | 40 |');
    expect(html).toMatch(/<table>[\s\S]*<th>City<\/th>[\s\S]*<td>Moscow<\/td>[\s\S]*<\/table>/);
    expect(html).toContain('<td align="right">40</td>');
  });

  it('demotes body headings below the page h1 and update h2, with user-content- ids', async () => {
    const html = await render('# Main\n\n## Background\n\n###### Deep\n\n<h1 id="top">Raw</h1>');
    expect(html).toContain('<h3 id="user-content-main">Main</h3>');
    expect(html).toContain('<h4 id="user-content-background">Background</h4>');
    expect(html).toContain('<h6 id="user-content-deep">Deep</h6>');
    expect(html).toContain('<h3 id="user-content-top">Raw</h3>');
    expect(html).not.toMatch(/<h[12][\s>]/);
  });

  it('renumbers from the shallowest body heading, so a body starting at ## gets h3 then h4', async () => {
    const html = await render('## Background\n\n### Detail\n\n#### Finer');
    expect(html).toContain('<h3 id="user-content-background">Background</h3>');
    expect(html).toContain('<h4 id="user-content-detail">Detail</h4>');
    expect(html).toContain('<h5 id="user-content-finer">Finer</h5>');
  });

  it('keeps a body that already starts at ### as it is', async () => {
    expect(await render('### Level three')).toContain('<h3 id="user-content-level-three">Level three</h3>');
  });

  it('gives repeated headings distinct ids', async () => {
    const html = await render('## Update\n\n## Update');
    expect(html).toContain('id="user-content-update"');
    expect(html).toContain('id="user-content-update-1"');
  });
});
