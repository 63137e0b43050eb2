/** The booking form's own sheet, on top of the shared base and widget sheets. */
import { css } from 'lit';

export const consultationBookingStyles = css`
  .booking,
  .manage {
    display: grid;
    gap: var(--_hall-space-3);
  }
  .steps {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_hall-space-1) var(--_hall-space-3);
    margin: 0;
    padding: 0;
    list-style: none;
    counter-reset: step;
    font-size: 0.875em;
  }
  .steps li {
    counter-increment: step;
    color: var(--_hall-color-text-muted);
  }
  .steps li::before {
    content: counter(step) '. ';
  }
  .steps li.current {
    color: var(--_hall-color-text);
    font-weight: 600;
    text-decoration: underline;
    text-underline-offset: 0.3em;
  }
  /* Headings are role="heading" at the page's level (internal/heading-level.ts): an h3's and an h4's look. */
  .step-heading {
    margin: 0;
    font-size: 1.25em;
    font-weight: 700;
  }
  .lead {
    margin: 0;
    font-weight: 600;
  }
  .choices,
  .group {
    display: grid;
    gap: var(--_hall-space-2);
    margin: 0;
    padding: var(--_hall-space-2) var(--_hall-space-3);
    border: 1px solid var(--_hall-color-border);
    border-radius: var(--_hall-radius);
  }
  .choices.inline {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_hall-space-2) var(--_hall-space-4);
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: var(--_hall-space-2);
    min-block-size: 24px;
    cursor: pointer;
  }
  .choice input {
    inline-size: 1.125em;
    block-size: 1.125em;
    margin-block-start: 0.25em;
    flex: none;
  }
  .choice-body {
    display: grid;
  }
  .choice-title {
    font-weight: 600;
  }
  .choice-text,
  .choice-facts {
    font-size: 0.875em;
  }
  .choice-facts {
    color: var(--_hall-color-text-muted);
  }
  .slot.full {
    cursor: not-allowed;
  }
  .window-nav {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_hall-space-2);
  }
  .window-range {
    margin: 0;
    font-weight: 600;
  }
  .day {
    display: grid;
    justify-items: center;
    gap: 2px;
    min-block-size: 3.5em;
    padding: var(--_hall-space-1);
    border-block-start: 1px solid var(--_hall-color-border);
    color: var(--_hall-color-text-muted);
    cursor: not-allowed;
  }
  .day:focus-visible {
    outline-offset: -3px;
  }
  .day.available {
    color: var(--_hall-color-text);
    cursor: pointer;
  }
  .day.selected {
    background-color: var(--_hall-color-accent);
    color: var(--_hall-color-on-accent);
  }
  .day-number {
    font-weight: 600;
  }
  .day-status {
    font-size: 0.6875em;
    text-align: center;
  }
  /* The service and slot steps' <form>: no box of its own, the steps lay out as before. */
  .choice-step {
    display: contents;
  }
  .form {
    display: grid;
    gap: var(--_hall-space-3);
  }
  .field {
    display: grid;
    gap: var(--_hall-space-1);
  }
  .field-label {
    font-weight: 600;
  }
  .required {
    font-weight: normal;
    font-size: 0.875em;
    color: var(--_hall-color-text-muted);
  }
  .field.invalid input,
  .field.invalid select,
  .field.invalid textarea {
    border: 2px solid var(--_hall-color-error);
  }
  .hint.over,
  .field-error,
  .step-error,
  .send-problem,
  .cancel-problem {
    color: var(--_hall-color-error);
  }
  .field-error {
    margin: 0;
    font-weight: 600;
  }
  .field-error::before {
    content: '⚠ ';
  }
  .check {
    display: flex;
    align-items: center;
    gap: var(--_hall-space-2);
    min-block-size: 24px;
  }
  .check input {
    inline-size: 1.125em;
    block-size: 1.125em;
    margin: 0;
  }
  .notice {
    padding: var(--_hall-space-2) var(--_hall-space-3);
    border-radius: var(--_hall-radius);
    background-color: var(--_hall-color-surface);
  }
  .notice-title {
    margin: var(--_hall-space-1) 0;
    font-size: 1em;
    font-weight: 700;
  }
  .notice p {
    margin: 0 0 var(--_hall-space-2);
  }
  .error-summary {
    padding: var(--_hall-space-2) var(--_hall-space-3);
    border: 2px solid var(--_hall-color-error);
    border-radius: var(--_hall-radius);
  }
  .summary-title {
    margin: 0;
    font-weight: 600;
    color: var(--_hall-color-error);
  }
  .error-summary a {
    color: var(--_hall-color-error);
  }
  .send-problem,
  .step-error,
  .cancel-problem {
    margin: 0;
    padding: var(--_hall-space-2) var(--_hall-space-3);
    border: 1px solid var(--_hall-color-error);
    border-radius: var(--_hall-radius);
    background-color: var(--_hall-color-surface);
  }
  .send-problem p {
    margin: 0;
  }
  /* The honeypot: out of sight and out of the accessibility tree, never focused. */
  .honeypot {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: var(--_hall-space-2);
  }
  .button[aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }
  .button.danger {
    background-color: var(--_hall-color-error);
    border-color: var(--_hall-color-error);
    color: var(--_hall-color-on-error);
  }
  .done-title {
    margin: 0;
    font-size: 1.125em;
    font-weight: 600;
  }
  .reference,
  .token {
    font-family: ui-monospace, monospace;
    font-weight: 600;
    letter-spacing: 0.05em;
    word-break: break-all;
  }
  .confirmation {
    display: grid;
    gap: var(--_hall-space-2);
  }
`;
