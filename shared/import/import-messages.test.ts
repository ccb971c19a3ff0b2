import { describe, expect, it } from 'vitest';
import { messagesEn } from '../i18n/messages-en';
import { fillMessage, importMessages } from './import-messages';

describe('import messages', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fillMessage('quantityNotNumber', { value: 'abc' })).toBe('The quantity "abc" is not a number; the row was not imported.');
    expect(fillMessage('tooLarge', { size: '60.0 MB' })).toContain('{limit}');
  });

  it('every template is one sentence', () => {
    for (const [key, text] of Object.entries(importMessages)) {
      expect(text, key).toMatch(/^[A-Z{].*[.}]$/s);
      // One sentence (a refusal may end with the list of columns the file has).
      const sentence = text.replace(/ Columns found: \{columns\}\.$/, '');
      expect(sentence, key).not.toMatch(/[a-z]\. [A-Z][a-z]/);
    }
  });

  it('every line remark kept in the app catalogue (import.issue.*) is one sentence too', () => {
    const remarks = Object.entries(messagesEn).filter(([key]) => /^import\.issue\.(section|valueMismatch)/.test(key));
    expect(remarks.length).toBe(7);
    for (const [key, text] of remarks) {
      expect(text, key).toMatch(/^[A-Z{].*\.$/s);
      expect(text, key).not.toMatch(/[a-z)]\. [A-Z][a-z]/);
    }
  });
});
