import { html, type MockResponse } from '../http/response.ts';
import { layout } from './layout.ts';
import { fieldError } from './markup.ts';

/** contract §1.8: an unknown or expired transaction shows `transaction-not-found`. */
export function transactionNotFound(): MockResponse {
  return html(
    layout({
      screen: 'error-page',
      title: 'Oops!, something went wrong',
      body: fieldError('state', 'transaction-not-found'),
    }),
    400,
  );
}
