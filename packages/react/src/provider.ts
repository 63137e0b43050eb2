/** `<HallProvider>`: React's `<hall-provider>`. Importing it registers the element. */
import { createComponent } from '@lit/react';
import * as React from 'react';
import { HallProvider as HallProviderElement } from '@promotion-hall/elements/define/hall-provider.js';

/** Gives one SDK client (`apiBase` or `client`) and a language (`lang`) to every hall element inside it. */
export const HallProvider = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'hall-provider',
  elementClass: HallProviderElement,
  displayName: 'HallProvider',
});
