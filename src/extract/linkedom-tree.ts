/**
 * parse5 building linkedom's tree directly, through a tree adapter: the same parser, the same
 * tree-construction steps (error recovery, foster parenting, the adoption agency), so the same
 * tree as parse5's own objects copied over, without those objects. Building them and copying
 * them was a second tree per page, alive through the whole parse: enough garbage, surviving
 * long enough, to be moved to the old generation on larger pages, where only a full collection
 * frees it.
 *
 * What the copy did is done here as it happened there:
 * - the doctype is not copied (the blank document keeps its own);
 * - a <template>'s content goes under the template element itself;
 * - attributes keep the page's order (linkedom puts each new one first, so they are set last
 *   to first), and a name the DOM refuses is dropped;
 * - elements of the HTML namespace are made with createElement, others with createElementNS
 *   (linkedom makes SVG elements; MathML elements come out as HTML ones, as before). The
 *   parser asks for each open element's namespace as it goes, so the namespaces linkedom does
 *   not keep are kept here.
 * - runs of text are joined into one node; the parser hands them over a word at a time, and
 *   each node's text is set once, at the end.
 *
 * The caller needs to know whether the tree may be deeper than the budget allows (budget.ts).
 * While no node is taken out and put back elsewhere (the adoption agency does, for misnested
 * formatting tags), every element sits at most as deep as its place in the parser's stack of
 * open elements; so `mayBeDeeperThan(n)` is false when nothing moved and that stack never
 * held more than n elements.
 */
import type { DefaultTreeAdapterMap, TreeAdapter, TreeAdapterTypeMap, Token } from 'parse5';
import { html as parse5Html } from 'parse5';

const HTML_NS = parse5Html.NS.HTML;
const SVG_NS = parse5Html.NS.SVG;

type LinkedomMap = TreeAdapterTypeMap<Node, ParentNode & Node, ChildNode, Document, Node, Element, Comment, Text, Element, Node>;

export interface LinkedomBuild {
  adapter: TreeAdapter<LinkedomMap>;
  /** Sets the last run of text; call once the parse has returned. */
  finish(): void;
  /** Can a node lie deeper than `depth` elements below the document (see above)? */
  mayBeDeeperThan(depth: number): boolean;
}

function setAttributes(el: Element, attrs: readonly Token.Attribute[]): void {
  // linkedom puts each new attribute first: set them last to first to keep the page's order.
  for (let a = attrs.length - 1; a >= 0; a--) {
    const attr = attrs[a] as Token.Attribute;
    try {
      if (attr.name === 'class' && !attr.prefix) setClass(el, attr.value);
      else el.setAttribute(attr.prefix ? `${attr.prefix}:${attr.name}` : attr.name, attr.value);
    } catch {
      // A name the DOM refuses (parse5 accepts nearly anything): the attribute is dropped.
    }
  }
}

/**
 * The class attribute of a new element, as setAttribute('class', …) leaves it on linkedom: the
 * attribute holding the class names once each, joined by single spaces, and the element's
 * class list. linkedom's setAttribute builds the class list, which adds the attribute, which
 * sets the class list a second time; an attribute node set on the element sets it once. A
 * third of the elements of a page have a class.
 */
function setClass(el: Element, value: string): void {
  const attr = el.ownerDocument.createAttribute('class');
  attr.value = value;
  el.setAttributeNode(attr);
}

/** A tree adapter that builds into `doc` (an empty document: no children but its doctype). */
export function linkedomBuild(doc: Document): LinkedomBuild {
  let mode: DefaultTreeAdapterMap['document']['mode'] = parse5Html.DOCUMENT_MODE.NO_QUIRKS;
  /** Namespaces other than HTML and SVG, which linkedom's elements do not report. */
  const otherNamespace = new Map<Element, parse5Html.NS>();
  let moved = false;
  let open = 0;
  let mostOpen = 0;
  // The text node being added to, and its text so far (set on the node when the run ends).
  let textNode: Text | null = null;
  let text = '';
  const endRun = (): void => {
    if (textNode && textNode.data !== text) textNode.data = text;
    textNode = null;
  };
  const startRun = (node: Text, value: string): void => {
    endRun();
    textNode = node;
    text = value;
  };

  const adapter: TreeAdapter<LinkedomMap> = {
    createDocument: () => doc,
    createDocumentFragment: () => doc.createDocumentFragment(),
    createElement(tagName, namespaceURI, attrs) {
      const el = namespaceURI === HTML_NS ? doc.createElement(tagName) : doc.createElementNS(namespaceURI, tagName);
      if (namespaceURI !== HTML_NS && namespaceURI !== SVG_NS) otherNamespace.set(el, namespaceURI);
      setAttributes(el, attrs);
      return el;
    },
    createCommentNode: (data) => doc.createComment(data),
    createTextNode: (value) => doc.createTextNode(value),
    appendChild(parent, node) {
      parent.appendChild(node);
    },
    insertBefore(parent, node, reference) {
      parent.insertBefore(node, reference);
    },
    // The content of a <template> is the template element itself.
    setTemplateContent: () => undefined,
    getTemplateContent: (template) => template,
    // The blank document has its doctype already.
    setDocumentType: () => undefined,
    setDocumentMode(_doc, value) {
      mode = value;
    },
    getDocumentMode: () => mode,
    detachNode(node) {
      if (!node.parentNode) return;
      moved = true;
      node.parentNode.removeChild(node);
    },
    insertText(parent, value) {
      const last = parent.lastChild;
      if (last !== null && last === textNode) {
        text += value;
        return;
      }
      if (last?.nodeType === 3) {
        startRun(last as Text, (last as Text).data + value);
        return;
      }
      const node = doc.createTextNode(value);
      parent.appendChild(node);
      startRun(node, value);
    },
    insertTextBefore(parent, value, reference) {
      const previous = reference.previousSibling;
      if (previous?.nodeType === 3) {
        const node = previous as Text;
        startRun(node, (node === textNode ? text : node.data) + value);
        return;
      }
      const node = doc.createTextNode(value);
      parent.insertBefore(node, reference);
      startRun(node, value);
    },
    adoptAttributes(recipient, attrs) {
      const added = attrs.filter((a) => !recipient.hasAttribute(a.prefix ? `${a.prefix}:${a.name}` : a.name));
      if (!added.length) return;
      // New attributes go after the element's own, as the page listed them.
      const all: Token.Attribute[] = [...Array.from(recipient.attributes, (a) => ({ name: a.name, value: a.value })), ...added];
      for (const a of Array.from(recipient.attributes)) recipient.removeAttribute(a.name);
      setAttributes(recipient, all);
    },
    getFirstChild: (node) => node.firstChild as ChildNode | null,
    getChildNodes: (node) => Array.from(node.childNodes),
    getParentNode: (node) => node.parentNode as (ParentNode & Node) | null,
    getAttrList: (el) => Array.from(el.attributes, (a) => ({ name: a.name, value: a.value })),
    getTagName: (el) => el.localName,
    getNamespaceURI(el) {
      const ns = el.namespaceURI as parse5Html.NS;
      return ns === HTML_NS && otherNamespace.size ? (otherNamespace.get(el) ?? ns) : ns;
    },
    getTextNodeContent: (node) => (node === textNode ? text : node.data),
    getCommentNodeContent: (node) => node.data,
    getDocumentTypeNodeName: (node) => (node as DocumentType).name,
    getDocumentTypeNodePublicId: (node) => (node as DocumentType).publicId,
    getDocumentTypeNodeSystemId: (node) => (node as DocumentType).systemId,
    isTextNode: (node): node is Text => node.nodeType === 3,
    isCommentNode: (node): node is Comment => node.nodeType === 8,
    isDocumentTypeNode: (node): node is Node => node.nodeType === 10,
    isElementNode: (node): node is Element => node.nodeType === 1,
    // No source locations are asked for.
    setNodeSourceCodeLocation: () => undefined,
    getNodeSourceCodeLocation: () => undefined,
    updateNodeSourceCodeLocation: () => undefined,
    // The parser reports each element it opens and closes (a replacement as a close and an open).
    onItemPush() {
      if (++open > mostOpen) mostOpen = open;
    },
    onItemPop() {
      open--;
    },
  };
  return { adapter, finish: endRun, mayBeDeeperThan: (depth) => moved || mostOpen > depth };
}
