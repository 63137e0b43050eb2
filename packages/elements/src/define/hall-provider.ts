/** Registers `<hall-provider>`. Guarded: loading this twice (two bundles) throws nothing. */
import { HallProvider } from '../components/provider/provider.js';

if (!customElements.get('hall-provider')) customElements.define('hall-provider', HallProvider);

declare global {
  interface HTMLElementTagNameMap {
    'hall-provider': HallProvider;
  }
}

export { HallProvider };
