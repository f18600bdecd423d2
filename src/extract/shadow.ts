/**
 * Declarative shadow roots: a custom element's own content written in the page as
 * `<template shadowrootmode="open">` (Lit's and other component systems' server output). A
 * browser shows it in place of the template; a DOM parser that keeps templates inert would read
 * a page of empty elements. Each such template is replaced by its content, before the light
 * content the element was given (its slotted children), which follows it.
 */
/** The template of a shadow root, by the standard's attribute (shadowrootmode) and its first form's (shadowroot). */
const SHADOW_ROOT_TEMPLATE = 'template[shadowrootmode], template[shadowroot]';

/** How deep components nest their shadow roots at most, as read: a page nests a handful. */
const MAX_SHADOW_LEVELS = 16;

/** Whether the page may hold declarative shadow roots: a quick search before any walk. */
export function mayHaveShadowRoots(html: string): boolean {
  return /shadowroot/i.test(html);
}

/** Replaces each declarative shadow root's template by its content, innermost roots too. */
export function openShadowRoots(doc: Document): void {
  // Roots inside roots come to light as the outer ones open, a level a pass.
  for (let level = 0; level < MAX_SHADOW_LEVELS; level++) {
    const templates = Array.from(doc.querySelectorAll(SHADOW_ROOT_TEMPLATE));
    if (!templates.length) return;
    for (const template of templates) {
      // A parser that follows the standard puts the children in the template's content; others leave them in place.
      const content = (template as HTMLTemplateElement).content as DocumentFragment | undefined;
      const holder: ParentNode = content && content.childNodes.length ? content : template;
      template.replaceWith(...Array.from(holder.childNodes));
    }
  }
}
