/**
 * English error messages for the server's validation answers. The browser bundles
 * leave zod's locale out (size); the server can afford it, and field errors should
 * say what is expected ("expected number, received string"). zod's messages name
 * the rule and the type, never the value, so no personal data reaches an answer.
 */
import * as z from 'zod/mini';

z.config(z.locales.en());
