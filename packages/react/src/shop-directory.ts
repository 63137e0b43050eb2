/** `<HallShopDirectory>`: React's `<hall-shop-directory>`. Importing it registers the element. */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import type { HallLoadErrorEvent, HallSearchEvent, HallShopSelectEvent } from '@promotion-hall/elements';
import { HallShopDirectory as HallShopDirectoryElement } from '@promotion-hall/elements/define/hall-shop-directory.js';

/** The shopping streets' shops with kana-aware search; `onHallShopSelect`, `onHallSearch` and `onHallLoadError` are its events. */
export const HallShopDirectory = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'hall-shop-directory',
  elementClass: HallShopDirectoryElement,
  displayName: 'HallShopDirectory',
  events: {
    onHallShopSelect: 'hall-shop-select' as EventName<HallShopSelectEvent>,
    onHallSearch: 'hall-search' as EventName<HallSearchEvent>,
    onHallLoadError: 'hall-load-error' as EventName<HallLoadErrorEvent>,
  },
});
