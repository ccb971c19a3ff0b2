import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHART_BACKGROUND } from '../../shared/charts/exposure-palette';
import { TONE_COLORS } from '../../shared/report/palette';

const css = (file: string) => readFileSync(new URL(`../../renderer/src/styles/${file}`, import.meta.url), 'utf8');

describe('the screen theme and the shared exposure palette', () => {
  it('checks the palette against the background the charts are really drawn on (--surface)', () => {
    const surface = /--surface:\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/i.exec(css('theme.css'));
    expect(surface?.slice(1)).toEqual([CHART_BACKGROUND.light, CHART_BACKGROUND.dark]);
  });

  it('leaves the exposure colours to the palette: no stylesheet defines --x-<tag> itself', () => {
    for (const file of ['theme.css', 'table.css', 'results.css', 'summary.css']) expect(css(file), file).not.toMatch(/--x-[a-z_]+\s*:/);
  });
});

describe('the screen theme and the report’s tones', () => {
  it('draws the report’s reference lines and margin loan in the light theme’s colours (theme.css)', () => {
    const light = (name: string) => new RegExp(`(?<![\\w-])${name}:\\s*light-dark\\((#[0-9a-f]{6}),`, 'i').exec(css('theme.css'))?.[1];
    expect(TONE_COLORS).toEqual({ muted: light('--text-muted'), warning: light('--warning-text'), negative: light('--negative'), text: light('--text') });
  });
});
