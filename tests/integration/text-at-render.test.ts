import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * A message translated when its module loads is frozen in the language of that moment: switch to Chinese and the
 * label stays English (the report's cover and headline rows once did). `t(…)` and `translate(…)` must run inside a
 * function, at render time. This reads every source file and lists the calls made at module scope.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const TRANSLATORS = new Set(['t', 'translate']);

function moduleScopeCalls(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node, inFunction: boolean): void => {
    if (!inFunction && ts.isCallExpression(node) && ts.isIdentifier(node.expression) && TRANSLATORS.has(node.expression.text)) {
      found.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${node.getText().slice(0, 80)}`);
    }
    const deferred = inFunction || ts.isFunctionLike(node) || ts.isClassLike(node);
    node.forEachChild((child) => visit(child, deferred));
  };
  visit(source, false);
  return found;
}

describe('messages are translated when they are shown, not when a module loads', () => {
  it('finds a module-scope call in a sample, and none in the product', () => {
    expect(moduleScopeCalls('x.ts', "const LABEL = t('a.b');\nexport const f = () => t('c.d');")).toEqual(["x.ts:1: t('a.b')"]);
    const files = execFileSync('git', ['ls-files', 'shared', 'renderer/src', 'electron'], { cwd: root, encoding: 'utf8' })
      .split('\n')
      .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !f.endsWith('.d.ts'));
    expect(files.length).toBeGreaterThan(100);
    const calls = files.flatMap((f) => moduleScopeCalls(f, readFileSync(`${root}/${f}`, 'utf8')));
    // The window title is set once at start-up and again by applyLanguage when the language changes.
    expect(calls.filter((c) => !c.startsWith('renderer/src/main.tsx:'))).toEqual([]);
  });
});
