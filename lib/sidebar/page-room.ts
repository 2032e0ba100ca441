/**
 * Gives the page room for the sidebar: while the panel is open the page's <html> gets a margin-right of the
 * panel's width (so the panel sits beside the editor, never over its text); collapsed or destroyed, the page's own
 * inline value comes back.
 */
export interface PageRoom {
  set(width: number | undefined): void;
  release(): void;
}

export function createPageRoom(doc: Document): PageRoom {
  const html = doc.documentElement;
  const saved = { value: html.style.getPropertyValue('margin-right'), priority: html.style.getPropertyPriority('margin-right') };
  let applied = false;
  return {
    set(width) {
      if (width === undefined) return this.release();
      html.style.setProperty('margin-right', `${Math.round(width)}px`, 'important');
      applied = true;
    },
    release() {
      if (!applied) return;
      applied = false;
      if (saved.value) html.style.setProperty('margin-right', saved.value, saved.priority);
      else html.style.removeProperty('margin-right');
    },
  };
}
