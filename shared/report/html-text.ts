const VOID = new Set(['br', 'meta', 'hr', 'img', 'input', 'link', 'col', 'wbr']);

/**
 * The words of a report page that the app wrote, for checking its language: the text outside <style>, <code>,
 * <title> and anything marked translate="no" (sources quoted as written). The HTML is the report's own, well formed.
 * Entities count as spaces.
 */
export function translatableText(html: string): string[] {
  const out: string[] = [];
  const stack: boolean[] = [];
  const exempt = () => stack.some(Boolean);
  for (const m of html.matchAll(/<!.*?>|<(\/?)([a-zA-Z][\w-]*)([^>]*)>|([^<]+)/g)) {
    const [, closing, tag, attrs, text] = m;
    if (tag === undefined && text === undefined) continue;
    if (text !== undefined) {
      if (!exempt() && text.trim()) out.push(text.replace(/&[#\w]+;/g, ' ').trim());
    } else if (closing) stack.pop();
    else if (!VOID.has(tag!.toLowerCase()) && !attrs!.trimEnd().endsWith('/')) {
      stack.push(/\btranslate="no"/.test(attrs!) || ['style', 'code', 'title'].includes(tag!.toLowerCase()));
    }
  }
  return out;
}

