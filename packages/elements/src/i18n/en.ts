/**
 * The English catalogue. Typed against the Japanese source: a missing key or an
 * extra key is a compile error.
 */
import type { ja } from './ja.js';

export type Catalogue = { readonly [K in keyof typeof ja]: string };

export const en: Catalogue = {
  'state.loading': 'Loading…',
  'state.empty': 'Nothing to show.',
  'state.error': 'Could not load.',
  'action.retry': 'Try again',
  'action.close': 'Close',
  'time.japanTime': 'Japan time',
  'time.allDay': 'All day',
  'error.setup': 'Not set up: needs an api-base attribute or a <hall-provider>.',
  'error.network': 'Could not connect. Check your internet connection and try again.',
  'error.timeout': 'The server is taking too long to answer. Please try again in a moment.',
  'error.rateLimit': 'Too many requests right now. Please wait about {seconds} seconds and try again.',
  'error.rateLimitNoWait': 'Too many requests right now. Please try again in a moment.',
  'error.server': 'The server has a problem. Please try again in a moment.',
  'error.notFound': 'What you are looking for could not be found.',
  'error.forbidden': 'This cannot be used from this page.',
  'error.request': 'There was a problem with the request.',
  'error.street': 'The hall has no shopping street with this id. Please check the street attribute.',
  'error.response': 'The data received could not be read.',
  'error.generic': 'Something went wrong. Please try again.',
  'list.separator': ', ',
  'fee.free': 'Free',
  'link.newWindow': '(opens in a new window)',
};
