import { describe, expect, it } from 'vitest';
import { escapeHtml, figure, h, raw, render, table } from './html';

describe('escaping', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<b>"Evil" & 'Co'</b>`)).toBe('&lt;b&gt;&quot;Evil&quot; &amp; &#39;Co&#39;&lt;/b&gt;');
  });
  it('escapes texts and attributes in elements, keeps markup built by the helpers', () => {
    const made = render(h('p', { title: '"><script>' }, '<img src=x onerror=alert(1)>', h('strong', {}, 'ok')));
    expect(made).toBe('<p title="&quot;&gt;&lt;script&gt;">&lt;img src=x onerror=alert(1)&gt;<strong>ok</strong></p>');
    expect(render(raw('<em>kept</em>'))).toBe('<em>kept</em>');
  });
  it('writes void elements without an end tag (a </br> would be a second line break)', () => {
    expect(render(h('span', {}, 'a', h('br', {}), 'b'))).toBe('<span>a<br>b</span>');
  });
  it('skips null, false and undefined and flattens lists', () => {
    expect(render(['a', null, false, undefined, ['b', 3]])).toBe('ab3');
  });
});

describe('table', () => {
  it('has a header row, escaped cells, right-aligned numeric columns and a footer', () => {
    const html = render(table({ caption: 'C & D', head: ['Name', 'Loss'], rows: [['<x>', '$1']], foot: [['Total', '$1']], numeric: [1] }));
    expect(html).toContain('<caption>C &amp; D</caption>');
    expect(html).toContain('<thead><tr><th scope="col">Name</th><th class="num" scope="col">Loss</th></tr></thead>');
    expect(html).toContain('<td>&lt;x&gt;</td><td class="num">$1</td>');
    expect(html).toContain('<tfoot>');
  });
});

describe('figure', () => {
  it('keeps the title and caption with the chart, and the table beside or under it', () => {
    const side = render(figure({ title: 'T', caption: 'C', chart: raw('<svg></svg>'), data: raw('<table></table>'), layout: 'side' }));
    expect(side).toMatch(/<figure class="block figure figure-side"><div class="figure-head"><h3>T<\/h3><figcaption>C<\/figcaption><\/div><div class="figure-pair">/);
    const stack = render(figure({ title: 'T', caption: 'C', chart: raw('<svg></svg>'), data: raw('<table></table>'), layout: 'stack' }));
    expect(stack).toContain('<div class="figure-head"><h3>T</h3><figcaption>C</figcaption><div class="figure-chart"><svg></svg></div></div><div class="figure-data">');
  });
});
