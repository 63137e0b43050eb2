/** The page's entry: renders the app into `#root`. `?month=2026-12` opens the calendar on that month. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.js';

const month = new URLSearchParams(location.search).get('month') ?? undefined;
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App apiBase="/api/v1" month={month} />
  </StrictMode>,
);
