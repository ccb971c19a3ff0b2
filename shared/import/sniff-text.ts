import { importText, type ImportSentence } from './import-messages';

const HTML_START = /^(<!doctype\s+html|<html|<head|<body|<!--|<meta|<title|<script|<div|<table)/i;

/** Refuses blank, HTML, XML and binary-looking text; null = looks like a text table. */
export function sniffText(text: string, fileName: string): ImportSentence | null {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start === '') return importText('empty');
  const head = start.slice(0, 4096);
  if (head.startsWith('<')) {
    if (HTML_START.test(head) || /<html[\s>]/i.test(head)) return importText('html', { ext: extensionOf(fileName) });
    if (/^<\?xml/i.test(head)) return importText('xml');
  }
  return looksBinary(text.slice(0, 65536)) ? importText('binaryUnknown') : null;
}

function looksBinary(sample: string): boolean {
  let controls = 0;
  for (let i = 0; i < sample.length; i += 1) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    const isControl = (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f || c === 0xfffd;
    if (isControl) controls += 1;
  }
  return controls > Math.max(2, sample.length * 0.01);
}

function extensionOf(fileName: string): string {
  const m = /\.([A-Za-z0-9]{1,8})$/.exec(fileName.trim());
  return m?.[1]?.toLowerCase() ?? 'csv';
}
