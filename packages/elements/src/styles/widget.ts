/**
 * Pieces every widget with a detail dialog shares: the modal itself, its header
 * and close button, the definition-list layout of a detail, badges, links from
 * data, the "today" mark, the filter check boxes, text fields and their hints. Each widget adds its own
 * sheet after this one.
 */
import { css } from 'lit';

export const widgetStyles = css`
  .dialog {
    inline-size: min(40em, calc(100vw - 2em));
    max-block-size: calc(100vh - 2em);
    padding: var(--_hall-space-3) var(--_hall-space-4);
    border: 1px solid var(--_hall-color-border);
    border-radius: var(--_hall-radius);
    background-color: var(--_hall-color-bg);
    color: var(--_hall-color-text);
  }
  .dialog::backdrop {
    background-color: rgb(0 0 0 / 0.5);
  }
  .dialog-header {
    display: flex;
    align-items: flex-start;
    gap: var(--_hall-space-2);
    margin-block-end: var(--_hall-space-2);
  }
  .dialog-title {
    flex: 1;
    margin: 0;
    font-size: 1.25em;
  }
  /* The outlined buttons every widget has (the filled one is the base sheet's .button). */
  .close-button,
  .nav-button,
  .view-button,
  .back-button,
  .secondary-button {
    min-block-size: 2.75em;
    min-inline-size: 2.75em;
    padding: var(--_hall-space-1) var(--_hall-space-3);
    border: 1px solid var(--_hall-color-border);
    border-radius: var(--_hall-radius);
    background-color: var(--_hall-color-bg);
    cursor: pointer;
  }
  .nav-button:disabled,
  .secondary-button:disabled {
    cursor: not-allowed;
    color: var(--_hall-color-text-muted);
  }

  /* A seven-column date grid (the calendar's month, the booking form's weeks). */
  .grid,
  .day-grid {
    border: 1px solid var(--_hall-color-border);
    border-radius: var(--_hall-radius);
    overflow: hidden;
  }
  .row {
    display: grid;
    grid-template-columns: repeat(7, minmax(0, 1fr));
  }
  .weekday {
    padding: var(--_hall-space-1);
    text-align: center;
    font-size: 0.875em;
    background-color: var(--_hall-color-surface);
  }
  .weekday.sun {
    color: var(--_hall-color-holiday);
  }
  .weekday.sat {
    color: var(--_hall-color-saturday);
  }

  .detail {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: var(--_hall-space-1) var(--_hall-space-3);
    margin: 0;
  }
  .detail dt {
    font-weight: 600;
  }
  .detail dd {
    margin: 0;
    min-inline-size: 0;
  }
  @container (max-width: 30em) {
    .detail {
      grid-template-columns: 1fr;
      gap: 0;
    }
    .detail dd {
      margin-block-end: var(--_hall-space-2);
    }
  }
  .description {
    white-space: pre-line;
  }
  .muted,
  .note {
    color: var(--_hall-color-text-muted);
  }
  /* Text fields and selects look the same in every widget: 44 px high, bordered. */
  input[type='text'],
  input[type='search'],
  input[type='email'],
  input[type='tel'],
  select,
  textarea {
    min-block-size: 2.75em;
    padding: var(--_hall-space-1) var(--_hall-space-2);
    border: 1px solid var(--_hall-color-border);
    border-radius: var(--_hall-radius);
    background-color: var(--_hall-color-bg);
    color: inherit;
    font: inherit;
  }
  /* A field's help text. */
  .hint {
    margin: 0;
    font-size: 0.875em;
    color: var(--_hall-color-text-muted);
  }

  .badge {
    display: inline-block;
    padding: 0 var(--_hall-space-1);
    border: 1px solid var(--_hall-color-border);
    border-radius: var(--_hall-radius);
    font-size: 0.75em;
    white-space: nowrap;
  }
  .today-mark {
    display: inline-block;
    padding: 0 var(--_hall-space-1);
    border-radius: var(--_hall-radius);
    background-color: var(--_hall-color-accent);
    color: var(--_hall-color-on-accent);
    font-size: 0.75em;
    font-weight: normal;
  }
  .link {
    display: inline-flex;
    align-items: center;
    min-block-size: 24px;
    color: var(--_hall-color-accent);
  }

  .filter-option {
    display: inline-flex;
    align-items: center;
    gap: var(--_hall-space-1);
    min-block-size: 24px;
    cursor: pointer;
  }
  .filter-option input {
    inline-size: 1.125em;
    block-size: 1.125em;
    margin: 0;
  }
`;
