import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { remark } from 'remark';
import { describe, expect, it } from 'vitest';
import { descriptionToMarkdown, isHtml, plainTextToMarkdown } from '../../lib/import/description';

const markdown = (nodes: RootContent[]) => remark().data('settings', { bullet: '-' }).stringify({ type: 'root', children: nodes } satisfies Root);

describe('isHtml', () => {
  it('tells the HTML descriptions of 2016-2021 from the plain text of later years', () => {
    expect(isHtml('<p>An abstract</p>\n')).toBe(true);
    expect(isHtml('\n<ul><li>a list first</li></ul>')).toBe(true);
    expect(isHtml('<h3>Goals</h3>')).toBe(true);
    // Plain text that holds angle brackets is still plain text.
    expect(isHtml('<inertia> tag support for SDFormat')).toBe(false);
    expect(isHtml('Use vector<Peak1D> for <S> tokens')).toBe(false);
    expect(isHtml('Plain text abstract')).toBe(false);
  });
});

describe('HTML descriptions', () => {
  it('become clean Markdown: emphasis, lists, code, links, entities decoded', () => {
    const html =
      '<p>Make the <strong>compiler</strong> faster &amp; <em>smaller</em>: a &lt; b.</p>\n' +
      '<ul><li>profile <code>parse_expr</code></li><li>see <a href="https://example.org/plan">the plan</a></li></ul>\n' +
      '<pre><code>int main() {\n  return 0;\n}</code></pre>';
    expect(markdown(descriptionToMarkdown(html))).toBe(
      'Make the **compiler** faster & *smaller*: a < b.\n\n' +
        '- profile `parse_expr`\n- see [the plan](https://example.org/plan)\n\n' +
        '```\nint main() {\n  return 0;\n}\n```\n',
    );
  });

  it('demote headings so that an abstract never starts a project ("###") or ends the list ("##")', () => {
    const nodes = descriptionToMarkdown('<h2>Plan</h2><p>a</p><h3>Goals</h3><p>b</p><h6>Deep</h6>');
    expect(markdown(nodes)).toBe('#### Plan\n\na\n\n##### Goals\n\nb\n\n###### Deep\n');
    // Headings already deep enough stay as they are.
    expect(markdown(descriptionToMarkdown('<h5>Small</h5>'))).toBe('##### Small\n');
  });

  it('keeps the text of tags HTML does not know', () => {
    expect(markdown(descriptionToMarkdown('<p>before</p><h7>odd heading</h7>'))).toBe('before\n\nodd heading\n');
  });
});

describe('plain-text descriptions', () => {
  it('keep every character: Markdown syntax is escaped, not interpreted', () => {
    const text = 'Deliverables:\r\n1. a faster Vec<ll> sort\r\n- a dash line\r\n\r\n# not a heading\r\n---\r\nsnake_case and Get*****Color()';
    const written = markdown(plainTextToMarkdown(text));
    const reread = remark().parse(written);
    // Two paragraphs of plain lines, no list, heading or rule: what was typed is what is shown.
    const lines = reread.children.map((paragraph) =>
      paragraph.type === 'paragraph'
        ? toString(paragraph.children.map((child) => (child.type === 'break' ? { type: 'text', value: '\n' } : child))).split('\n')
        : paragraph.type,
    );
    expect(lines).toEqual([
      ['Deliverables:', '1. a faster Vec<ll> sort', '- a dash line'],
      ['# not a heading', '---', 'snake_case and Get*****Color()'],
    ]);
  });

  it('keep line ends as line breaks and blank lines as paragraphs', () => {
    expect(markdown(plainTextToMarkdown('first line\nsecond line\n\n  \nnew paragraph  \n'))).toBe(
      'first line\\\nsecond line\n\nnew paragraph\n',
    );
  });

  it('give nothing for an empty description', () => {
    expect(plainTextToMarkdown('  \r\n ')).toEqual([]);
  });
});
