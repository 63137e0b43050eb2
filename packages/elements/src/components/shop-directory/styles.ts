/** The directory's own sheet, on top of the shared base (tokens, focus ring, states). */
import { css } from 'lit';

export const shopDirectoryStyles = css`
  .directory {
    display: grid;
    gap: var(--_hall-space-3);
  }
  .search {
    display: grid;
    gap: var(--_hall-space-1);
  }
  .search-label {
    font-weight: 600;
  }
  .note {
    margin: 0;
    font-size: 0.875em;
    color: var(--_hall-color-text-muted);
  }
  .filters {
    border: 1px solid var(--_hall-color-border);
    border-radius: var(--_hall-radius);
  }
  .filters summary {
    min-block-size: 2.75em;
    display: flex;
    align-items: center;
    padding: 0 var(--_hall-space-3);
    cursor: pointer;
    font-weight: 600;
  }
  .filter-body {
    display: grid;
    gap: var(--_hall-space-2);
    padding: 0 var(--_hall-space-3) var(--_hall-space-3);
  }
  .filter-row {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_hall-space-2) var(--_hall-space-4);
  }
  .select-label {
    display: grid;
    gap: var(--_hall-space-1);
    font-size: 0.875em;
  }
  /* Its select has the label's smaller text, and the fields' 2.75em of the widget's own. */
  .select-label select {
    min-block-size: calc(2.75em / 0.875);
  }
  .filter-group {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_hall-space-1) var(--_hall-space-3);
    margin: 0;
    padding: var(--_hall-space-2);
    border: 1px solid var(--_hall-color-border);
    border-radius: var(--_hall-radius);
  }
  .filter-group legend {
    padding: 0 var(--_hall-space-1);
    font-size: 0.875em;
  }
  .result-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_hall-space-2);
  }
  .count {
    margin: 0;
    font-weight: 600;
  }
  .progress {
    margin: 0;
    color: var(--_hall-color-text-muted);
    font-size: 0.875em;
  }
  .text-button {
    min-block-size: 2.75em;
    padding: 0 var(--_hall-space-2);
    border: none;
    background: none;
    color: var(--_hall-color-accent);
    text-decoration: underline;
    cursor: pointer;
  }
  .list {
    block-size: var(--hall-directory-list-height, 36em);
    border: 1px solid var(--_hall-color-border);
    border-radius: var(--_hall-radius);
  }
  .result-row {
    inline-size: 100%;
    padding: var(--_hall-space-1);
  }
  .card {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0 var(--_hall-space-2);
    inline-size: 100%;
    min-block-size: 2.75em;
    padding: var(--_hall-space-2) var(--_hall-space-3);
    border: 1px solid var(--_hall-color-border);
    border-radius: var(--_hall-radius);
    background-color: var(--_hall-color-bg);
    text-align: start;
    cursor: pointer;
  }
  .card-name {
    font-weight: 600;
  }
  .card-reading,
  .card-meta {
    grid-column: 1;
    font-size: 0.8125em;
    color: var(--_hall-color-text-muted);
  }
  /* The kind's badge inside the smaller meta line: the badges' 0.75em of the card's text, as the
     open/closed badge beside it (em would stack to 9.75 px). */
  .card-meta .badge {
    font-size: calc(0.75em / 0.8125);
  }
  .card > .badge:last-child {
    grid-column: 2;
    grid-row: 1 / span 3;
    align-self: center;
  }
  .badge.open {
    border-color: var(--_hall-color-accent);
    font-weight: 600;
  }
  .card-skeleton {
    block-size: 3.5em;
  }
  .more {
    justify-self: center;
  }
  .state-empty p {
    margin: 0 0 var(--_hall-space-2);
  }

  .detail-kind {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_hall-space-2);
    align-items: center;
  }
  .reading {
    color: var(--_hall-color-text-muted);
    font-size: 0.875em;
  }
  .hours {
    border-collapse: collapse;
  }
  .hours th,
  .hours td {
    padding: 2px var(--_hall-space-2) 2px 0;
    text-align: start;
    font-weight: normal;
    font-variant-numeric: tabular-nums;
  }
  .hours tr.today {
    font-weight: 600;
    background-color: var(--_hall-color-surface);
  }
  .plain {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .plain.inline {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_hall-space-1) var(--_hall-space-3);
  }
  .plain.inline li {
    display: inline-flex;
    align-items: center;
    gap: var(--_hall-space-1);
  }
  .icon {
    inline-size: 1.25em;
    block-size: 1.25em;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
  }
`;
