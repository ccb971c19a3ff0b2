import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Writes a PDF (base64, as reports.pdf answers) to a temporary file and reads it back with poppler's pdfinfo and pdftotext. */
export function readPdf(base64: string): { path: string; pages: number; pageSize: string; title: string; text: string; flat: string } {
  const path = join(mkdtempSync(join(tmpdir(), 'aftershock-pdf-')), 'report.pdf');
  writeFileSync(path, Buffer.from(base64, 'base64'));
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
  return {
    path,
    pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0),
    pageSize: /^Page size:\s+(.+)$/m.exec(info)?.[1] ?? '',
    title: /^Title:\s+(.+)$/m.exec(info)?.[1] ?? '',
    text,
    /** The text with every run of white space (line breaks of wrapped lines included) as one space. */
    flat: text.replace(/\s+/g, ' '),
  };
}

/** The first words of a line, as they appear in the flattened text (enough to find a wrapped source line). */
export const firstWords = (line: string, count = 8): string => line.trim().split(/\s+/).slice(0, count).join(' ');

export const hasPoppler = (): boolean => {
  try {
    execFileSync('pdfinfo', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
