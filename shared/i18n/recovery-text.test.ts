import { describe, expect, it } from 'vitest';
import { recoveryText } from './recovery-text';
import { translator } from './translate';

describe('recoveryText', () => {
  const kept = { kind: 'keptAside', what: 'store', original: '/d/aftershock.json', kept: '/d/aftershock.unreadable-x.json', at: '2026-05-06T07:08:09.010Z', reason: null } as const;

  it('says where the kept file is, how to restore it and when it was moved, in each language', () => {
    const en = recoveryText(kept, translator('en'), 'en-US');
    expect(en).toContain('kept as /d/aftershock.unreadable-x.json');
    expect(en).toContain('rename it back to /d/aftershock.json');
    expect(en).toMatch(/^On May 6, 2026/);
    const zh = recoveryText(kept, translator('zh-CN'), 'zh-CN');
    expect(zh).toContain('保留为 /d/aftershock.unreadable-x.json');
    expect(zh).toContain('改名回 /d/aftershock.json');
    expect(zh).toMatch(/^2026年5月6日/);
  });

  it('adds why when it is known, and counts runs listed again with Intl', () => {
    expect(recoveryText({ ...kept, what: 'run', reason: 'Unexpected end of JSON input' }, translator('en'), 'en-US')).toMatch(/so that run is not listed.*Why: Unexpected end of JSON input$/);
    expect(recoveryText({ kind: 'runsRelisted', dir: '/d/runs', count: 1200 }, translator('en'), 'en-US')).toBe(
      'The list of saved runs was rebuilt from the files in /d/runs; runs listed again: 1,200.',
    );
  });
});
