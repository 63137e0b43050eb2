/** Registers `<hall-shop-directory>`. Guarded: loading this twice (two bundles) throws nothing. */
import { HallShopDirectory } from '../components/shop-directory/shop-directory.js';

if (!customElements.get('hall-shop-directory')) customElements.define('hall-shop-directory', HallShopDirectory);

// Its events (`hall-shop-select`, `hall-search`, `hall-load-error`) are typed in GlobalEventHandlersEventMap by src/events/.
declare global {
  interface HTMLElementTagNameMap {
    'hall-shop-directory': HallShopDirectory;
  }
}

export { HallShopDirectory };
