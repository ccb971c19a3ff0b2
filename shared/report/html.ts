/** Markup that is already safe: built by these helpers, never from user text without escaping. */
export type Html = { readonly html: string };

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes a text for HTML content and quoted attributes (holding names, scenario texts: all user data). */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);

export const raw = (html: string): Html => ({ html });

/** What a helper accepts as content: a text (escaped), markup, or a list of them; null and false are skipped. */
export type Content = string | number | Html | null | false | undefined | readonly Content[];

export function render(content: Content): string {
  if (content === null || content === false || content === undefined) return '';
  if (typeof content === 'string') return escapeHtml(content);
  if (typeof content === 'number') return escapeHtml(String(content));
  if (Array.isArray(content)) return (content as readonly Content[]).map(render).join('');
  return (content as Html).html;
}

type Attrs = Record<string, string | number | boolean | null | undefined>;

const attrText = (attrs: Attrs): string =>
  Object.entries(attrs)
    .filter(([, v]) => v !== null && v !== undefined && v !== false)
    .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${escapeHtml(String(v))}"`))
    .join('');

const VOID_TAGS = new Set(['br', 'hr', 'img', 'meta', 'wbr']);

/** An element: `h('p', { class: 'note' }, 'text')`; attributes and texts are escaped. Void elements (br) have no end tag. */
export const h = (tag: string, attrs: Attrs, ...children: Content[]): Html =>
  raw(VOID_TAGS.has(tag) ? `<${tag}${attrText(attrs)}>` : `<${tag}${attrText(attrs)}>${render(children)}</${tag}>`);

/** A table cell: a text or markup, optionally right-aligned (numbers) or with a class. */
export type Cell = Content | { content: Content; num?: boolean; className?: string };

const isCellObject = (cell: Cell): cell is { content: Content; num?: boolean; className?: string } =>
  typeof cell === 'object' && cell !== null && !Array.isArray(cell) && 'content' in cell;

export type TableSpec = {
  caption?: string;
  head: readonly Cell[];
  rows: readonly (readonly Cell[])[];
  foot?: readonly (readonly Cell[])[];
  /** Columns (0-based) holding numbers: right-aligned, tabular figures. */
  numeric?: readonly number[];
  className?: string;
};

/** A table whose rows never split across pages and whose header repeats on every page. */
export function table(spec: TableSpec): Html {
  const numeric = new Set(spec.numeric ?? []);
  const cell = (tag: 'td' | 'th', c: Cell, i: number) => {
    const obj = isCellObject(c) ? c : { content: c };
    const classes = [numeric.has(i) || obj.num ? 'num' : '', obj.className ?? ''].filter(Boolean).join(' ');
    return h(tag, { class: classes || null, scope: tag === 'th' && c !== '' ? 'col' : null }, obj.content);
  };
  const row = (cells: readonly Cell[], tag: 'td' | 'th') => h('tr', {}, cells.map((c, i) => cell(tag, c, i)));
  return h(
    'table',
    { class: spec.className ?? null },
    spec.caption ? h('caption', {}, spec.caption) : null,
    h('thead', {}, row(spec.head, 'th')),
    h('tbody', {}, spec.rows.map((r) => row(r, 'td'))),
    spec.foot && spec.foot.length > 0 ? h('tfoot', {}, spec.foot.map((r) => row(r, 'td'))) : null,
  );
}

export type FigureSpec = { title: string; caption: string; chart: Html; data: Content; layout: 'side' | 'stack' };

/**
 * A titled chart with its table: side by side when both are narrow, the table under the chart otherwise.
 * The whole figure stays on one page when it fits; the title and caption never leave their chart.
 */
export const figure = (f: FigureSpec): Html =>
  h(
    'figure',
    { class: `block figure figure-${f.layout}` },
    h('div', { class: 'figure-head' }, h('h3', {}, f.title), h('figcaption', {}, f.caption), f.layout === 'stack' ? h('div', { class: 'figure-chart' }, f.chart) : null),
    f.layout === 'side' ? h('div', { class: 'figure-pair' }, h('div', { class: 'figure-chart' }, f.chart), h('div', { class: 'figure-data' }, f.data)) : h('div', { class: 'figure-data' }, f.data),
  );

/** A label → value list (the cover, headline numbers). */
export const facts = (rows: readonly (readonly [string, Content])[], className = 'facts'): Html =>
  h('dl', { class: className }, rows.map(([k, v]) => h('div', { class: 'fact' }, h('dt', {}, k), h('dd', {}, v))));

/** A titled part of a section kept on one page when it fits (a heading never ends a page alone). */
export const block = (title: string, ...content: Content[]): Html => h('div', { class: 'block' }, h('h3', {}, title), content);

/** A titled part long enough to run over a page: it may break between rows or items, never inside one. */
export const flow = (title: string, ...content: Content[]): Html => h('div', { class: 'flow' }, h('h3', {}, title), content);
