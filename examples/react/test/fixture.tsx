/**
 * The test's entry: the example's <App> as main.tsx renders it, with an `onEventSelect`
 * that records each detail the React handler received on `window.__hallReact`.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../app.js';
import type { HallEventSelectDetail } from '@promotion-hall/react';

const selected: HallEventSelectDetail[] = [];
Object.defineProperty(window, '__hallReact', { value: { selected } });
const month = new URLSearchParams(location.search).get('month') ?? undefined;
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App apiBase="/api/v1" month={month} onEventSelect={(detail) => selected.push(detail)} />
  </StrictMode>,
);
