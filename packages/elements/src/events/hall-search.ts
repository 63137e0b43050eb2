/** `hall-search`: the visitor searched or filtered `<hall-shop-directory>` (once the typing settles). */

/** How long the query is and which filters are on — never the words typed. */
export interface HallSearchDetail {
  queryLength: number;
  filters: string[];
  resultCount: number;
}

export class HallSearchEvent extends CustomEvent<HallSearchDetail> {
  constructor(detail: HallSearchDetail) {
    super('hall-search', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'hall-search': HallSearchEvent;
  }
}
