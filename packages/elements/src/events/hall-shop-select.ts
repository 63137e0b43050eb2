/** `hall-shop-select`: the visitor opened a shop in `<hall-shop-directory>`. */

/** Which shop. */
export interface HallShopSelectDetail {
  id: string;
}

export class HallShopSelectEvent extends CustomEvent<HallShopSelectDetail> {
  constructor(detail: HallShopSelectDetail) {
    super('hall-shop-select', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'hall-shop-select': HallShopSelectEvent;
  }
}
