import { describe, expect, it } from 'vitest';
import { abstractExcerpt, contentHref, excerpt, readableText, readMarkdownText, renderMarkup, renderParsedMarkdown } from '../lib/render';

describe('rendering descriptions and abstracts', () => {
  it('renders Markdown, with GFM tables and bare URLs as links', () => {
    const html = renderMarkup('**Bold** and https://example.org/x.\n\n| a |\n|---|\n| b |', 'markdown');
    expect(html).toContain('<strong>Bold</strong>');
    expect(html).toContain('<a href="https://example.org/x" rel="noopener noreferrer">https://example.org/x</a>.');
    expect(html).toContain('<table>');
  });

  it('keeps plain text as text: no Markdown read into it, paragraphs at blank lines, URLs linked', () => {
    const html = renderMarkup('a_b_c and *not emphasis* in C++ <b>raw</b>\n\nSee http://example.org.', 'text');
    expect(html).toBe(
      '<p>a_b_c and *not emphasis* in C++ &#x3C;b>raw&#x3C;/b></p>\n<p>See <a href="http://example.org" rel="noopener noreferrer">http://example.org</a>.</p>',
    );
  });

  it('lets no script, style, handler or javascript:/data: URL through', () => {
    const hostile = [
      '<script>alert(1)</script>',
      '<img src=x onerror="alert(1)">',
      '<a href="javascript:alert(1)" onclick="alert(1)">x</a>',
      '[md link](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=) [vb](vbscript:msgbox(1))',
      '<iframe src="https://evil.example"></iframe><style>body{}</style>',
      '<details ontoggle="alert(1)" open>x</details>',
    ].join('\n\n');
    const html = renderMarkup(hostile, 'markdown');
    expect(html).not.toMatch(/<script|<style|<iframe|<img|\son\w+=|javascript:|data:|vbscript:/i);
    expect(html).toContain('md link');
  });

  it('turns images into their alt text and mends or unwraps relative links', () => {
    const html = renderMarkup('![a diagram](https://example.org/d.png) [loomio.org](loomio.org) [ideas](../ideas) [www](www.example.com/x)', 'markdown');
    expect(html).toBe(
      '<p>a diagram <a href="https://loomio.org" rel="noopener noreferrer">loomio.org</a> ideas <a href="https://www.example.com/x" rel="noopener noreferrer">www</a></p>',
    );
  });

  it('renders a reference link to a javascript: or data: definition as its text, never as <a href="">', () => {
    for (const url of ["javascript:alert('x')", 'data:text/html,x', 'vbscript:x']) {
      const html = renderMarkup(`Click [here][ref] or [ref] now.\n\n[ref]: ${url}\n`, 'markdown');
      expect(html, url).not.toContain('<a');
      expect(html, url).toContain('Click here or ref now.');
    }
    expect(renderMarkup('See [the site][ok].\n\n[ok]: https://example.org/\n', 'markdown')).toContain('<a href="https://example.org/"');
  });

  it('decides which hrefs from content can stand', () => {
    expect(contentHref('https://x.org/a')).toBe('https://x.org/a');
    expect(contentHref('mailto:a@b.org')).toBe('mailto:a@b.org');
    expect(contentHref('//lists.sourceforge.net/x')).toBe('https://lists.sourceforge.net/x');
    expect(contentHref('github.com/foo/bar')).toBe('https://github.com/foo/bar');
    expect(contentHref('/wiki/Page')).toBeUndefined();
    expect(contentHref('#section')).toBeUndefined();
    expect(contentHref('README.md')).toBeUndefined();
    expect(contentHref('setup.py')).toBeUndefined();
    expect(contentHref('www.example.xyz/a')).toBe('https://www.example.xyz/a');
  });

  it('gives the start of a text as plain text, cut at a word', () => {
    expect(excerpt('First **paragraph**.\n\nSecond one.', 'markdown')).toBe('First paragraph. Second one.');
    expect(excerpt('word '.repeat(100), 'text', 30)).toBe('word word word word word word…');
  });

  it('gives a project’s abstract the same excerpt, whatever length is asked of it first', () => {
    const project = { abstract: 'First **paragraph** of a longer abstract.\n\nSecond one.', markup: 'markdown' as const };
    expect(abstractExcerpt(project, 20)).toBe('First paragraph of…');
    expect(abstractExcerpt(project)).toBe('First paragraph of a longer abstract. Second one.');
  });
});

describe('plain text of Markdown', () => {
  it('reads escapes, links and emphasis as the page shows them', () => {
    expect(readableText('Improve rustc\\_codegen\\_clr `a\\_b`: see [the docs](https://x.org) and **bold** \\*text\\*.\n\n- one\n- two', 'markdown')).toBe(
      'Improve rustc_codegen_clr a\\_b: see the docs and bold *text*. one two',
    );
  });

  it('reads text with no Markdown syntax as its words, and anything that may be syntax by parsing it', () => {
    // Each of these must come out as a parse gives it: the shortcut may only take plain words.
    const cases: [string, string][] = [
      ['Plain words, (brackets) and 50% off!\n\nA second   paragraph.\n    indented', 'Plain words, (brackets) and 50% off! A second paragraph. indented'],
      ['See www.example.org or https://example.org/a-b?c=d.', 'See www.example.org or https://example.org/a-b?c=d.'],
      ['1. First\n2. Second', 'First Second'],
      ['3) Third', 'Third'],
      ['- one\n+ two', 'one two'],
      ['Title\n=====\nText', 'Title Text'],
      ['Title\n---\nText', 'Title Text'],
      ['Rock &amp; roll &#65; &#x42;', 'Rock & roll A B'],
      ['C++ and C# and R&D; 2-3 = 5 - 4', 'C++ and C# and R&D; 2-3 = 5 - 4'],
      ['a\u0000b', 'a\uFFFDb'],
      ['1.5 million lines', '1.5 million lines'],
    ];
    for (const [source, text] of cases) {
      expect(readableText(source, 'markdown'), source).toBe(text);
      expect(readMarkdownText(source), source).toBe(text);
    }
  });
});

describe('Markdown that is only paragraphs, rendered without parsing', () => {
  it('renders as the parser does: text, blank lines, line ends, and everything that only looks plain', () => {
    const cases = [
      'One paragraph.',
      '  Indented by two.\n   And three.\n\n\n  Next paragraph  ',
      'Line one \nline two\n    continued by four spaces',
      'A hard break  \nhere',
      '    indented code',
      '\tA tab',
      'Title\n=====',
      'Title\n---',
      '- a list\n+ another',
      '1. First\n2) Second',
      '1.5 million lines and 3)4',
      'See www.example.org today',
      'See https://example.org today',
      'Mail jane@example.org today',
      'C++ and C# and R&D; 2-3 = 5 - 4; 50% (of it) costs $3 {sic}!',
      'No-break\u00a0space \u00a0\n\u00a0\nstays text',
      '\uFEFFbyte order mark',
      'a\r\nb\rc',
      'a\u0000b\u000bc\u000cd',
      ' \n \nafter blank lines\n \n',
      "It's \"quoted\" — and ‘curly’ … with an é",
    ];
    for (const source of cases) expect(renderMarkup(source, 'markdown'), JSON.stringify(source)).toBe(renderParsedMarkdown(source));
  });

  it('renders as the parser does for thousands of texts made of what plain text and Markdown share', () => {
    // Characters chosen so that most texts stay plain paragraphs and some make a construct:
    // the shortcut must take the plain ones, and only those, with the parser's result.
    const alphabet = ['a', 'b', 'Z', '1', '9', ' ', ' ', ' ', '\n', '\n', '.', ')', '-', '+', '=', ':', '/', 'w', 'é', '\u00a0', '\uFEFF', "'", '(', '!', '?', ',', '$', '%', '{'];
    let seed = 20261205;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    let parsed = 0;
    for (let index = 0; index < 4000; index++) {
      const length = 1 + Math.floor(random() * 40);
      const source = Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      const expected = renderParsedMarkdown(source);
      expect(renderMarkup(source, 'markdown'), JSON.stringify(source)).toBe(expected);
      if (expected.includes('<li>') || expected.includes('<h') || expected.includes('<pre>') || expected.includes('<a ') || expected.includes('<br>')) parsed++;
    }
    // Some texts did make lists, headings, code, links or breaks: the comparison had both kinds.
    expect(parsed).toBeGreaterThan(100);
  });
});

describe('footnotes and raw HTML in Markdown', () => {
  it('links each footnote reference to its note, and back', () => {
    const html = renderMarkup('A claim[^1].\n\n[^1]: The source.', 'markdown');
    const targets = [...html.matchAll(/href="#([^"]+)"/g)].map((match) => match[1]);
    const ids = new Set([...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]));
    expect(targets.length).toBe(2);
    for (const target of targets) expect(ids.has(target), target).toBe(true);
  });

  it('keeps the words of raw HTML blocks and inline tags, and none of their tags', () => {
    const html = renderMarkup('<div onclick="x()">Use the <b>API</b></div>\n\nInline <em>emphasis</em> here.\n\n<script>alert(1)</script>', 'markdown');
    expect(html).toBe('<p>Use the API</p>\n<p>Inline emphasis here.</p>');
  });
});
