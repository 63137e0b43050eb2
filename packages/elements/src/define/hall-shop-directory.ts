/** Registers `<hall-shop-directory>`. Guarded: loading this twice (two bundles) throws nothing. */
import { HallShopDirectory, type HallSearchDetail, type HallShopSelectDetail } from '../components/shop-directory/shop-directory.js';

if (!customElements.get('hall-shop-directory')) customElements.define('hall-shop-directory', HallShopDirectory);

declare global {
  interface HTMLElementTagNameMap {
    'hall-shop-directory': HallShopDirectory;
  }
  interface HTMLElementEventMap {
    'hall-shop-select': CustomEvent<HallShopSelectDetail>;
    'hall-search': CustomEvent<HallSearchDetail>;
  }
}

export { HallShopDirectory };
