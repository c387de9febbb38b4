// The side panel's tabs: Events, Figures, Place. Only the visible panel is kept current.
import { byId } from './dom.js';

export type PanelName = 'feed' | 'figures' | 'place';
const NAMES: PanelName[] = ['feed', 'figures', 'place'];

export class Panels {
  current: PanelName = 'feed';

  constructor(private readonly onShow: (name: PanelName) => void) {
    for (const name of NAMES) byId(`tab-${name}`).addEventListener('click', () => this.show(name));
    byId('tablist').addEventListener('keydown', (e) => this.onKey(e));
  }

  show(name: PanelName): void {
    this.current = name;
    for (const other of NAMES) {
      const tab = byId(`tab-${other}`);
      tab.setAttribute('aria-selected', String(other === name));
      tab.tabIndex = other === name ? 0 : -1;
      byId(`panel-${other}`).hidden = other !== name;
    }
    this.onShow(name);
  }

  /** Left/right move between tabs, as the ARIA tabs pattern expects. */
  private onKey(e: KeyboardEvent): void {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    e.preventDefault();
    e.stopPropagation();
    const next = NAMES[(NAMES.indexOf(this.current) + (e.key === 'ArrowRight' ? 1 : NAMES.length - 1)) % NAMES.length];
    this.show(next);
    byId(`tab-${next}`).focus();
  }
}
