/**
 * The article element as Markdown: headings, paragraphs, lists, quotes, links, emphasis.
 */
import { normaliseSpace } from '../extract/text.js';

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'BUTTON', 'FORM']);

function escape(text: string): string {
  return text.replace(/([\\`*_[\]])/g, '\\$1');
}

function inline(node: Node): string {
  if (node.nodeType === TEXT_NODE) return escape(normaliseSpace(node.nodeValue ?? ''));
  if (node.nodeType !== ELEMENT_NODE) return '';
  const el = node as Element;
  const tag = el.tagName.toUpperCase();
  if (SKIP.has(tag)) return '';
  const inner = (): string => Array.from(el.childNodes).map(inline).join('');
  switch (tag) {
    case 'BR':
      return '  \n';
    case 'STRONG':
    case 'B': {
      const t = inner().trim();
      return t ? `**${t}**` : '';
    }
    case 'EM':
    case 'I': {
      const t = inner().trim();
      return t ? `_${t}_` : '';
    }
    case 'CODE':
      return `\`${el.textContent ?? ''}\``;
    case 'A': {
      const t = inner().trim();
      const href = (el as HTMLAnchorElement).href;
      return t && href && /^https?:/.test(href) ? `[${t}](${href})` : t;
    }
    case 'IMG': {
      const src = (el as HTMLImageElement).src;
      return src && /^https?:/.test(src) ? `![${escape(el.getAttribute('alt') ?? '')}](${src})` : '';
    }
    default:
      return inner();
  }
}

function blocks(el: Element, out: string[], prefix = ''): void {
  let para = '';
  const flush = (): void => {
    const t = para.replace(/[ \t]+/g, ' ').trim();
    if (t) out.push(prefix + t);
    para = '';
  };
  for (const child of Array.from(el.childNodes)) {
    if (child.nodeType !== ELEMENT_NODE) {
      para += inline(child);
      continue;
    }
    const c = child as Element;
    const tag = c.tagName.toUpperCase();
    const heading = /^H([1-6])$/.exec(tag);
    if (heading) {
      flush();
      const t = inline(c).trim();
      if (t) out.push(`${prefix}${'#'.repeat(Number(heading[1]))} ${t}`);
    } else if (tag === 'UL' || tag === 'OL') {
      flush();
      const items = Array.from(c.children).filter((li) => li.tagName.toUpperCase() === 'LI');
      const lines = items.map((li, i) => `${prefix}${tag === 'OL' ? `${i + 1}.` : '-'} ${inline(li).trim()}`).filter((l) => !/^\S+\s*$/.test(l.trim()));
      if (lines.length) out.push(lines.join('\n'));
    } else if (tag === 'BLOCKQUOTE') {
      flush();
      blocks(c, out, `${prefix}> `);
    } else if (tag === 'PRE') {
      flush();
      out.push(`${prefix}\`\`\`\n${c.textContent ?? ''}\n\`\`\``);
    } else if (tag === 'HR') {
      flush();
      out.push(`${prefix}---`);
    } else if (['P', 'DIV', 'SECTION', 'ARTICLE', 'FIGURE', 'FIGCAPTION', 'TABLE', 'TBODY', 'TR', 'HEADER', 'FOOTER', 'MAIN', 'ASIDE', 'DL', 'DD', 'DT'].includes(tag)) {
      flush();
      blocks(c, out, prefix);
    } else {
      para += inline(c);
    }
  }
  flush();
}

export function elementToMarkdown(root: Element, title?: string | null): string {
  const out: string[] = [];
  if (title) out.push(`# ${escape(title)}`);
  blocks(root, out);
  return out.join('\n\n') + '\n';
}
