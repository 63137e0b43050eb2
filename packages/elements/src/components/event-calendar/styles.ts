/** The calendar's own sheet, on top of the shared base (tokens, focus ring, states). */
import { css } from 'lit';

export const eventCalendarStyles = css`
  .calendar {
    display: grid;
    gap: var(--_hall-space-2);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_hall-space-2) var(--_hall-space-3);
  }
  /* Headings are role="heading" at the page's level (internal/heading-level.ts): an h2's look. */
  .heading {
    margin: 0;
    font-size: 1.25em;
    font-weight: 700;
    margin-inline-end: auto;
  }
  .nav,
  .views {
    display: flex;
    gap: var(--_hall-space-1);
  }
  .view-button[aria-pressed='true'] {
    background-color: var(--_hall-color-accent);
    border-color: var(--_hall-color-accent);
    color: var(--_hall-color-on-accent);
  }
  .filter {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_hall-space-1) var(--_hall-space-3);
    margin: 0;
    padding: var(--_hall-space-2) var(--_hall-space-3);
    border: 1px solid var(--_hall-color-border);
    border-radius: var(--_hall-radius);
  }
  .filter legend {
    padding: 0 var(--_hall-space-1);
    font-size: 0.875em;
  }

  /* The month grid (frame, rows and weekday heads: the shared widget sheet). */
  .weekday {
    border-block-end: 1px solid var(--_hall-color-border);
  }
  /* A block, not a flex column: a month's cells lay out in one pass. Its parts stack as a
     column would stack them: each on its own line, 2px apart. */
  .day {
    min-block-size: var(--hall-calendar-day-min-height, 6.5em);
    min-inline-size: 0;
    padding: var(--_hall-space-1);
    border-inline-end: 1px solid var(--_hall-color-border);
    border-block-end: 1px solid var(--_hall-color-border);
    cursor: pointer;
  }
  .week > .day:last-child {
    border-inline-end: none;
  }
  .week:last-child > .day {
    border-block-end: none;
  }
  .day:focus-visible {
    outline-offset: -3px;
  }
  .day.outside {
    background-color: var(--_hall-color-surface);
  }
  .day-number,
  .day > .day-note {
    display: block;
  }
  .day > .day-note,
  .chip,
  .more {
    margin-block-start: 2px;
  }
  .day-number {
    font-weight: 600;
    line-height: 1.5em;
  }
  /* Sundays and holidays red, Saturdays blue: only the dates, never the events' text. */
  .weekday.sun,
  .list-date.sun,
  .day.sun .day-number,
  .day-note {
    color: var(--_hall-color-holiday);
  }
  .weekday.sat,
  .list-date.sat,
  .day.sat .day-number {
    color: var(--_hall-color-saturday);
  }
  /* After the Sunday/Saturday colours: another month's days are muted whatever their weekday. */
  .day.outside .day-number {
    color: var(--_hall-color-text-muted);
  }
  /* After the Sunday/Saturday colours: today's number is always on the accent, in its own colour. */
  .day.today .day-number {
    display: grid;
    place-items: center;
    inline-size: 1.75em;
    block-size: 1.75em;
    border-radius: 50%;
    background-color: var(--_hall-color-accent);
    color: var(--_hall-color-on-accent);
  }
  .day-note {
    font-size: 0.75em;
    line-height: 1.3;
  }
  /* Blocks, not flex boxes: a month of chips lays out in one pass (flex measured each title
     first), and the space between time and title is the template's own. */
  .chip,
  .more {
    display: block;
    inline-size: 100%;
    min-block-size: 24px;
    padding: 0 var(--_hall-space-1);
    border: none;
    border-inline-start: 3px solid var(--_hall-color-accent);
    border-radius: 2px;
    background-color: var(--_hall-color-surface);
    font-size: 0.8125em;
    text-align: start;
    cursor: pointer;
  }
  .chip {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .chip-time {
    font-variant-numeric: tabular-nums;
  }
  /* Between the list's switch (30em) and a roomy grid, e.g. a page zoomed to 200 %: the time
     above the title, so the title gets the whole width of its day. English times ("6:30 PM",
     "Session 2") are twice as long: there, up to 64em, else they left no room for any title. */
  @container (max-width: 48em) {
    /* The time wraps rather than losing its end ("10:00 AM"); the title is cut on its own line. */
    .chip-time {
      display: block;
      white-space: normal;
    }
    .chip-title {
      display: block;
      overflow: hidden;
      text-overflow: ellipsis;
    }
  }
  @container (max-width: 64em) {
    .base:lang(en) .chip-time {
      display: block;
      white-space: normal;
    }
    .base:lang(en) .chip-title {
      display: block;
      overflow: hidden;
      text-overflow: ellipsis;
    }
  }
  .more {
    border-inline-start-color: transparent;
    background: none;
    text-decoration: underline;
  }
  .chip-skeleton {
    margin-block-start: calc(2px + var(--_hall-space-1));
  }

  /* The list (agenda) and the day dialog. */
  .list {
    display: grid;
    gap: var(--_hall-space-3);
  }
  /* A month of hundreds of events, as a phone shows it: the days out of sight skip style,
     layout and paint until they come near the viewport. They stay in the accessibility tree,
     in the tab order and in find-in-page (not Safari's before 26, hence long lists only:
     LONG_LIST_ROWS). A long list has 6.5 rows a day or more on average: a day's height is
     guessed at 20em until it is drawn, then remembered (auto). */
  .list.long > .list-day {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 20em;
  }
  /* A long list paints each day within its box (content-visibility), which would cut a ring
     drawn outside a row: every list's rows draw it inside, as the grid's days do. */
  .list-event:focus-visible {
    outline-offset: -3px;
  }
  .list-date {
    margin: 0 0 var(--_hall-space-1);
    font-size: 1em;
    font-weight: 700;
    border-block-end: 1px solid var(--_hall-color-border);
  }
  /* Pauses for screen readers where a day's heading or a row runs its parts together (date,
     holiday, closure; time, title, category): generated text that is heard, not seen (its
     visible part is empty), so a list of a thousand rows gets no element more to lay out. */
  .list-date .day-note::before,
  .list-title::before,
  .list-event .badge::before {
    content: '' / '、';
  }
  .base:lang(en) .list-date .day-note::before,
  .base:lang(en) .list-title::before,
  .base:lang(en) .list-event .badge::before {
    content: '' / ', ';
  }
  .list-date .day-note {
    margin-inline-start: var(--_hall-space-2);
  }
  .list-events {
    display: grid;
    gap: var(--_hall-space-1);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* Time, title and category on one line where the title still has room for a few words, each
     part on its own line where it has not: wrapping by the row's own width, not the element's (a
     day's dialog is narrower than the element), so a title is never squeezed to a letter a line. */
  .list-event {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_hall-space-1) var(--_hall-space-2);
    align-items: baseline;
    inline-size: 100%;
    min-block-size: 2.75em;
    padding: var(--_hall-space-2);
    border: 1px solid var(--_hall-color-border);
    border-radius: var(--_hall-radius);
    background-color: var(--_hall-color-bg);
    text-align: start;
    cursor: pointer;
  }
  /* Wide enough for the longest usual time ("10:00～12:00", "10:00 AM – 12:00 PM"), so the
     titles of a list line up whatever each row's times; a longer one (several days) pushes its
     own title on. */
  .list-time {
    flex: 0 0 auto;
    min-inline-size: 6.5em;
    font-variant-numeric: tabular-nums;
  }
  .base:lang(en) .list-time {
    min-inline-size: 11em;
  }
  .list-title {
    flex: 1 1 12em;
    min-inline-size: 0;
  }
  .list-event .badge {
    flex: 0 0 auto;
  }
  .list-session {
    display: block;
  }

  .back-button {
    margin-block-end: var(--_hall-space-2);
  }
  .facts {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  /* Each session says its own number (第2回): list numbers beside it would say another. */
  .sessions {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .full {
    color: var(--_hall-color-error);
    font-weight: 600;
  }
  .current-session {
    font-weight: 600;
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_hall-space-2) var(--_hall-space-3);
    margin-block: var(--_hall-space-2);
  }
  /* On paper (a street's notice board): the month and its events, not the controls; a title
     wraps rather than ending in "…", and a week or a list's day is not split across pages. */
  @media print {
    .nav,
    .views,
    .filter,
    .subscribe {
      display: none;
    }
    .base .chip,
    .base .chip .chip-title {
      overflow: visible;
      white-space: normal;
    }
    .week,
    .list-day {
      break-inside: avoid;
    }
    .list.long > .list-day {
      content-visibility: visible;
    }
  }
  @media (forced-colors: active) {
    /* Backgrounds are gone in forced colours: what they said is said with system colours. */
    .chip {
      border: 1px solid ButtonText;
    }
    .view-button[aria-pressed='true'],
    .day.today .day-number {
      forced-color-adjust: none;
      border-color: Highlight;
      background-color: Highlight;
      color: HighlightText;
    }
    .day.outside .day-number {
      forced-color-adjust: none;
      color: GrayText;
    }
    /* "+N more" is a link-like button, not an event: no bar. */
    .more {
      border-inline-start-color: Canvas;
    }
  }
`;
