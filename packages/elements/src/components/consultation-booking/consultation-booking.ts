import {
  CalendarResource,
  ConsultationsResource,
  createIdempotencyKey,
  isHallConflictError,
  isHallForbiddenError,
  isHallHttpError,
  isHallInvalidInputError,
  isHallRateLimitError,
  type Booking,
  type BookingCreated,
  type BookingInput,
  type ConsultationService,
  type Slot,
} from '@promotion-hall/sdk';
import { APPLICANT_TYPES, UTM_KEYS, type Channel } from '@promotion-hall/sdk/schemas';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Lang } from '../../i18n/lang.js';
import { translate } from '../../i18n/translate.js';
import { errorMessage } from '../../internal/error-message.js';
import { HallElement } from '../../internal/hall-element.js';
import { headingLevels, type HeadingLevels } from '../../internal/heading-level.js';
import type { ClientWith, ResourceSet } from '../../internal/clients.js';
import { bookingMessages } from './messages.js';
import { addDays, columnOf, japanNoon, japanToday, visitorAbroad } from '../../internal/japan-dates.js';
import { localized, text } from '../../internal/localized.js';
import { safeUrl } from '../../internal/url.js';
import { widgetStyles } from '../../styles/widget.js';
import { bookingIcs } from './booking-ics.js';
import {
  applyPrefill,
  checkField,
  checkForm,
  EMPTY_FORM,
  FIELD_ORDER,
  fieldOfServerError,
  tidy,
  toBookingInput,
  type BookingPrefill,
  type DetailsForm,
  type FieldName,
  type FieldProblem,
} from './booking-form.js';
import { consultationBookingStyles } from './styles.js';
import { HallBookingCompleteEvent, type HallBookingCompleteDetail } from '../../events/hall-booking-complete.js';
import { HallBookingSubmitEvent, type HallBookingSubmitDetail } from '../../events/hall-booking-submit.js';

export type BookingStep = 'service' | 'slot' | 'details' | 'review' | 'done';
const STEPS: readonly BookingStep[] = ['service', 'slot', 'details', 'review', 'done'];

/** What `hall-booking-submit` and `hall-booking-complete` tell the host page (src/events/). */
export type { HallBookingCompleteDetail, HallBookingSubmitDetail };

type Load<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: unknown };

interface SlotWindow {
  key: string;
  load: Load<{ slots: Slot[]; closed: ReadonlyMap<string, string> }>;
}

/** Why a booking was not sent, in the visitor's words. */
type SendProblem = { kind: 'taken' } | { kind: 'failed'; message: string } | { kind: 'message'; message: string };

/** Days shown at once in the slot picker: four weeks. */
const WINDOW_DAYS = 28;

/** What the form reads and writes: services, slots and bookings, and the days (holidays, closures). */
type BookingResources = 'consultations' | 'calendar';
type BookingClient = ClientWith<BookingResources>;
const bookingResources: ResourceSet<BookingResources> = { consultations: ConsultationsResource, calendar: CalendarResource };

/**
 * Books a consultation at the hall from any site, in four steps — the menu, a date
 * and time, the visitor's details (checked with the same rules as the server), a
 * review — and a confirmation with the booking reference, an .ics file and how to
 * cancel. With `reference` and `manage-token` it shows that booking and cancels it.
 *
 * ```html
 * <script type="module" src="https://hall.example.jp/widgets/hall-consultation-booking.js"></script>
 * <hall-consultation-booking api-base="https://hall.example.jp/api/v1" service="startup" source="hikari"></hall-consultation-booking>
 * ```
 *
 * Nothing typed is lost: a slot taken meanwhile returns to the slot step with the
 * details kept; a network failure offers "send again", which reuses the request's
 * idempotency key, so it never books twice; a double click sends once. Events carry
 * no name, e-mail or phone.
 *
 * @summary A keyboard- and screen-reader-friendly consultation booking form.
 * @fires {HallBookingSubmitEvent} hall-booking-submit - Cancelable; about to send. `detail`: `{ serviceId, slotId, channel }`.
 * @fires {HallLoadErrorEvent} hall-load-error - The services, the slots or a booking to manage could not be loaded, or the hall refused this page's address (`forbidden`, at the details step). The element says so, with a retry where one can help (not for a refused address or an invalid manage link). `detail`: `{ kind, status }`: the SDK's kind of error and the HTTP status, if any; never the booking's reference.
 * @fires {HallBookingCompleteEvent} hall-booking-complete - Booked. `detail`: `{ reference }`.
 * @csspart loading - The loading state (`aria-busy="true"`).
 * @csspart skeleton - The grey placeholder lines while loading.
 * @csspart steps - The step indicator.
 * @csspart step-heading - The heading of the current step.
 * @csspart service - A consultation menu choice.
 * @csspart day-grid - The date picker.
 * @csspart day - A day in the date picker (also `day-available`, `day-selected`).
 * @csspart slot - A time choice.
 * @csspart field - A form field's wrapper.
 * @csspart error-summary - The list of fields to fix.
 * @csspart not-allowed - Said on the details and review steps when the hall takes no bookings from this page's origin.
 * @csspart next-button - Next / send.
 * @csspart back-button - Back.
 * @csspart confirmation - The confirmation after booking.
 * @csspart manage - The booking shown with its manage token.
 */
export class HallConsultationBooking extends HallElement<BookingResources> {
  static override styles = [...[HallElement.styles].flat(), widgetStyles, consultationBookingStyles];
  static override messages = bookingMessages;
  /** @internal */
  static override resources = bookingResources;

  /** A consultation menu's id: the menu step is skipped. */
  @property()
  service: string | undefined;

  /** The shopping street whose site this is (its id), sent with the booking as its source. */
  @property()
  source: string | undefined;

  /** With `manage-token`: show this booking and let the visitor cancel it. */
  @property()
  reference: string | undefined;

  /** With `reference`: the booking's manage token (from the confirmation), which lets the visitor see and cancel it. */
  @property({ attribute: 'manage-token' })
  manageToken: string | undefined;

  /** Non-personal details the host page knows (applicant type, business facts, topic). */
  @property({ attribute: false })
  prefill: BookingPrefill | undefined;

  /** The current instant (tests and previews fix it). */
  @property({ attribute: false })
  now: Date | undefined;

  /** The step's heading level (default 3, under a section of the page headed by an h2), 1–6. The notices' headings are one level down. */
  @property({ attribute: 'heading-level', type: Number })
  headingLevel = 3;

  /** The step's level (`heading`) and the notices' (`sub`), as the page set them. */
  get #levels(): HeadingLevels {
    // The default again for a value that is not a level (`h3`, 9): the documented one, not a surprise.
    return headingLevels(this.headingLevel, 3);
  }

  @state() private step: BookingStep = 'service';
  @state() private services: Load<ConsultationService[]> | undefined;
  @state() private serviceId: string | undefined;
  @state() private windowStart: string | undefined;
  @state() private slotWindow: SlotWindow | undefined;
  @state() private selectedDate: string | undefined;
  @state() private activeDate: string | undefined;
  @state() private slotId: string | undefined;
  @state() private channel: Channel | undefined;
  @state() private form: DetailsForm = EMPTY_FORM;
  @state() private problems: ReadonlyMap<FieldName, FieldProblem> = new Map();
  @state() private showSummary = false;
  @state() private stepError: string | undefined;
  @state() private sending = false;
  @state() private sendProblem: SendProblem | undefined;
  /** The hall refused this page's origin (not on its list of booking sites): said before anything is typed. */
  @state() private notAllowedHere = false;
  @state() private created: BookingCreated | undefined;
  @state() private managed: Load<Booking> | undefined;
  @state() private confirmingCancel = false;
  @state() private cancelProblem: string | undefined;

  #loadedFor: BookingClient | undefined;
  #loadedBooking: string | undefined;
  #slotsAbort: AbortController | undefined;
  #formToken: Promise<string> | undefined;
  #idempotency: { key: string; body: string } | undefined;
  #icsUrl: string | undefined;
  #focusAfterRender: string | undefined;
  #prefilled = false;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.#onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#onHashChange);
    this.#slotsAbort?.abort();
    if (this.#icsUrl) URL.revokeObjectURL(this.#icsUrl);
    this.#icsUrl = undefined;
  }

  /** The confirmation's manage link changes only the fragment: show that booking. */
  #onHashChange = (): void => this.requestUpdate();

  get #today(): string {
    return japanToday(this.now);
  }

  /**
   * The booking to show: from the attributes, else from the page's fragment
   * (`#hall-booking=PH-…&token=…`, the link on the confirmation). A fragment never
   * reaches a server or its logs.
   */
  get #manageMode(): { reference: string; token: string } | undefined {
    if (this.reference && this.manageToken) return { reference: this.reference.trim(), token: this.manageToken.trim() };
    const fragment = new URLSearchParams(window.location.hash.slice(1));
    const reference = fragment.get('hall-booking');
    const token = fragment.get('token');
    return reference && token ? { reference, token } : undefined;
  }

  get #chosenService(): ConsultationService | undefined {
    return this.services?.status === 'ready' ? this.services.value.find((s) => s.id === this.serviceId) : undefined;
  }

  protected override willUpdate(): void {
    if (!this.#prefilled && this.prefill) {
      this.#prefilled = true;
      this.form = applyPrefill(this.form, this.prefill);
    }
    const client = this.client;
    if (!client) return;
    const manage = this.#manageMode;
    if (manage) {
      const key = `${manage.reference} ${manage.token}`;
      if (client !== this.#loadedFor || key !== this.#loadedBooking) this.#loadBooking(client);
      return;
    }
    if (client !== this.#loadedFor) this.#loadServices(client);
    if (this.step === 'slot') this.#loadSlotsIfNeeded(client);
  }

  protected override updated(): void {
    if (this.#focusAfterRender) {
      const selector = this.#focusAfterRender;
      this.#focusAfterRender = undefined;
      this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
    }
  }

  // ---- loading -------------------------------------------------------------------

  #loadServices(client: BookingClient): void {
    this.#loadedFor = client;
    // This load, to tell its answer from a later one's (another client, after a change of language).
    const load: Load<ConsultationService[]> = { status: 'loading' };
    this.services = load;
    client.consultations.services().then(
      (services) => {
        if (this.services !== load) return;
        this.services = { status: 'ready', value: services };
        const fixed = this.service?.trim();
        if (fixed && services.some((s) => s.id === fixed) && this.step === 'service') {
          this.serviceId = fixed;
          this.step = 'slot';
        }
      },
      (error: unknown) => {
        if (this.services !== load) return;
        this.services = { status: 'error', error };
        this.reportLoadError(error);
      },
    );
  }

  #loadSlotsIfNeeded(client: BookingClient, force = false): void {
    const service = this.#chosenService;
    if (!service) return;
    const start = this.windowStart ?? addDays(this.#today, -columnOf(this.#today, 'sun'));
    this.windowStart = start;
    const from = start;
    const to = addDays(start, WINDOW_DAYS - 1);
    const key = `${service.id}|${from}`;
    if (!force && this.slotWindow?.key === key) return;
    this.#slotsAbort?.abort();
    const controller = new AbortController();
    this.#slotsAbort = controller;
    this.slotWindow = { key, load: { status: 'loading' } };
    const closed = client.calendar
      .days({ from, to }, { signal: controller.signal })
      .then((days) => new Map(days.filter((d) => d.closed !== null).map((d) => [d.date, d.holiday ? localized(d.holiday, this.language).text : ''])))
      .catch(() => new Map<string, string>());
    client.consultations
      .slots({ serviceId: service.id, from: from < this.#today ? this.#today : from, to, includeFull: true }, { signal: controller.signal })
      .then(async (slots) => {
        const closedDays = await closed;
        if (!controller.signal.aborted) this.slotWindow = { key, load: { status: 'ready', value: { slots, closed: closedDays } } };
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        this.slotWindow = { key, load: { status: 'error', error } };
        this.reportLoadError(error);
      });
  }

  #loadBooking(client: BookingClient): void {
    const manage = this.#manageMode!;
    this.#loadedFor = client;
    this.#loadedBooking = `${manage.reference} ${manage.token}`;
    const load: Load<Booking> = { status: 'loading' };
    this.managed = load;
    client.consultations.get(manage.reference, { token: manage.token }).then(
      (booking) => {
        if (this.managed === load) this.managed = { status: 'ready', value: booking };
      },
      (error: unknown) => {
        if (this.managed !== load) return;
        this.managed = { status: 'error', error };
        this.reportLoadError(error);
      },
    );
  }

  // ---- moving between steps ------------------------------------------------------

  #goToStep(step: BookingStep): void {
    this.step = step;
    this.stepError = undefined;
    // The new step's heading takes focus, so screen readers say where the visitor is.
    this.#focusAfterRender = '#step-heading';
    if (step === 'details') this.#formToken ??= this.#fetchFormToken();
  }

  /** Asked when the details step starts: the server refuses bookings sent faster than a person fills the form. */
  #fetchFormToken(): Promise<string> {
    const client = this.client;
    if (!client) return Promise.reject(new Error('no client'));
    const token = client.consultations.formToken().then((answer) => answer.token);
    // A failure is reported when sending (and a new token is asked for then), except a refused
    // origin: no booking can be sent from this page, so the visitor is told before typing.
    token.catch((error: unknown) => {
      this.#formToken = undefined;
      // The page learns it too (hall-load-error), once: its address is not on the hall's list.
      if (isHallForbiddenError(error) && !this.notAllowedHere) {
        this.notAllowedHere = true;
        this.reportLoadError(error);
      }
    });
    return token;
  }

  #chooseService(id: string): void {
    if (this.serviceId !== id) {
      this.serviceId = id;
      // The times of the service left behind are no longer wanted (nor their failure reported).
      this.#slotsAbort?.abort();
      this.slotWindow = undefined;
      this.windowStart = undefined;
      this.selectedDate = undefined;
      this.slotId = undefined;
      this.channel = undefined;
    }
  }

  #nextFromService(): void {
    if (!this.#chosenService) {
      this.stepError = this.t('booking.chooseService');
      this.#focusAfterRender = '.step-error';
      return;
    }
    this.#goToStep('slot');
  }

  #nextFromSlot(): void {
    const slot = this.#chosenSlot;
    if (!slot) {
      this.stepError = this.selectedDate ? this.t('booking.chooseTime') : this.t('booking.chooseDay');
      this.#focusAfterRender = '.step-error';
      return;
    }
    if (!this.channel) {
      this.stepError = this.t('booking.chooseChannel');
      this.#focusAfterRender = '.step-error';
      return;
    }
    this.sendProblem = undefined;
    this.#goToStep('details');
  }

  #nextFromDetails(): void {
    this.form = tidy(this.form);
    const problems = checkForm(this.form);
    this.problems = problems;
    if (problems.size > 0) {
      this.showSummary = true;
      this.#focusAfterRender = '[part~="error-summary"]';
      return;
    }
    this.showSummary = false;
    this.#goToStep('review');
  }

  // ---- the slot picker -------------------------------------------------------------

  get #windowSlots(): Slot[] {
    return this.slotWindow?.load.status === 'ready' ? this.slotWindow.load.value.slots : [];
  }

  get #chosenSlot(): Slot | undefined {
    return this.#windowSlots.find((s) => s.id === this.slotId);
  }

  #dayStatus(date: string): 'closed' | 'full' | 'none' | 'outside' | 'available' {
    const service = this.#chosenService;
    const load = this.slotWindow?.load;
    if (!service || load?.status !== 'ready') return 'none';
    if (date < this.#today || date > addDays(this.#today, service.rules.maxDaysAhead)) return 'outside';
    if (load.value.closed.has(date)) return 'closed';
    const slots = load.value.slots.filter((s) => s.start.startsWith(date));
    if (slots.length === 0) return 'none';
    return slots.some((s) => s.remaining > 0) ? 'available' : 'full';
  }

  #moveWindow(weeks: number): void {
    const start = addDays(this.windowStart!, weeks * 7);
    this.windowStart = start;
    this.activeDate = undefined;
  }

  #selectDate(date: string): void {
    if (this.#dayStatus(date) !== 'available') return;
    this.selectedDate = date;
    this.activeDate = date;
    if (this.#chosenSlot && !this.#chosenSlot.start.startsWith(date)) {
      this.slotId = undefined;
      this.channel = undefined;
    }
  }

  #selectSlot(slot: Slot): void {
    this.slotId = slot.id;
    const channels = this.#channelsOf(slot);
    if (!this.channel || !channels.includes(this.channel)) this.channel = channels.length === 1 ? channels[0] : undefined;
  }

  #channelsOf(slot: Slot): Channel[] {
    const offered = this.#chosenService?.channels ?? [];
    return slot.channels.filter((c) => offered.includes(c));
  }

  #onDayKeydown(event: KeyboardEvent): void {
    // The day the keys move from is the one that has focus.
    const active = (event.target as HTMLElement).closest<HTMLElement>('[data-date]')?.dataset.date;
    if (!active) return;
    const steps: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 };
    let target: string | undefined;
    if (event.key in steps) target = addDays(active, steps[event.key]!);
    else if (event.key === 'Home') target = addDays(active, -columnOf(active, 'sun'));
    else if (event.key === 'End') target = addDays(active, 6 - columnOf(active, 'sun'));
    else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.#selectDate(active);
      return;
    } else return;
    event.preventDefault();
    const first = this.windowStart!;
    const last = addDays(first, WINDOW_DAYS - 1);
    if (target < first || target > last) {
      if (target < this.#today && target < first) return;
      this.#moveWindow(target < first ? -4 : 4);
    }
    this.activeDate = target;
    this.#focusAfterRender = `[data-date="${target}"]`;
  }

  // ---- the details form ---------------------------------------------------------------

  #setField<K extends keyof DetailsForm>(name: K, value: DetailsForm[K]): void {
    this.form = { ...this.form, [name]: value };
    // A field already marked wrong is checked again as the visitor corrects it.
    if (name !== 'website' && this.problems.has(name as FieldName)) this.#recheck(name as FieldName);
  }

  #recheck(name: FieldName): void {
    const problems = new Map(this.problems);
    const problem = checkField(name, tidy(this.form));
    if (problem) problems.set(name, problem);
    else problems.delete(name);
    this.problems = problems;
  }

  /** On leaving a field with something in it (or one already wrong): check it. */
  #onBlur(name: FieldName): void {
    const value = this.form[name];
    if ((typeof value === 'string' && value !== '') || this.problems.has(name)) {
      if (name === 'furigana' || name === 'phone' || name === 'email' || name === 'employees') this.form = { ...this.form, [name]: tidy(this.form)[name] };
      this.#recheck(name);
    }
  }

  // ---- sending ------------------------------------------------------------------------

  async #send(): Promise<void> {
    // One request however often the button is pressed.
    if (this.sending) return;
    const client = this.client;
    const slot = this.#chosenSlot;
    if (!client || !slot || !this.channel || !this.serviceId) return;
    const submit = new HallBookingSubmitEvent({ serviceId: this.serviceId, slotId: slot.id, channel: this.channel });
    if (!this.dispatchEvent(submit)) return;
    this.sending = true;
    this.sendProblem = undefined;
    try {
      this.#formToken ??= this.#fetchFormToken();
      const token = await this.#formToken;
      const input = toBookingInput(tidy(this.form), { slotId: slot.id, channel: this.channel }, token, this.#bookingSource());
      // The same request keeps its key, so "send again" after a lost answer is a replay, never a second booking.
      const body = JSON.stringify(input);
      if (this.#idempotency?.body !== body) this.#idempotency = { key: createIdempotencyKey(), body };
      const created = await client.consultations.book(input, { idempotencyKey: this.#idempotency.key });
      this.created = created;
      this.#idempotency = undefined;
      this.#goToStep('done');
      this.#focusAfterRender = '#step-heading';
      this.dispatchEvent(
        new HallBookingCompleteEvent({ reference: created.reference }),
      );
    } catch (error) {
      this.#handleSendError(client, error);
    } finally {
      this.sending = false;
    }
  }

  #handleSendError(client: BookingClient, error: unknown): void {
    if (isHallConflictError(error)) {
      // Taken meanwhile: back to the times, fresh from the server; the details stay.
      this.slotId = undefined;
      this.#idempotency = undefined;
      this.sendProblem = { kind: 'taken' };
      this.step = 'slot';
      this.#focusAfterRender = '.send-problem';
      this.#loadSlotsIfNeeded(client, true);
      return;
    }
    if (isHallRateLimitError(error)) {
      this.sendProblem = { kind: 'message', message: errorMessage(this.language, error) };
      this.#focusAfterRender = '.send-problem';
      return;
    }
    const fieldErrors = isHallHttpError(error) || isHallInvalidInputError(error) ? error.fieldErrors : [];
    const tokenError = fieldErrors.find((f) => f.field.endsWith('formToken'));
    if (tokenError) {
      // Sent faster than a person fills a form: the same token works a moment later (a new one
      // would restart the wait). Expired or not this server's: a new token.
      const tooFast = tokenError.code === 'too_fast';
      if (!tooFast) this.#formToken = this.#fetchFormToken();
      this.sendProblem = { kind: 'message', message: this.t(tooFast ? 'booking.tooFast' : 'booking.formExpired') };
      this.#focusAfterRender = '.send-problem';
      return;
    }
    const mapped = new Map<FieldName, FieldProblem>();
    for (const f of fieldErrors) {
      const field = fieldOfServerError(f.field);
      if (field && !mapped.has(field)) mapped.set(field, { key: 'field.invalid' });
    }
    if (mapped.size > 0) {
      // The server found what the browser did not: back to the fields it names.
      for (const [field, problem] of mapped) mapped.set(field, checkField(field, tidy(this.form)) ?? problem);
      this.problems = mapped;
      this.showSummary = true;
      this.step = 'details';
      this.#focusAfterRender = '[part~="error-summary"]';
      return;
    }
    // A refusal (4xx) is final: sending the same again would be refused again. Only when
    // the outcome is unknown (network, timeout, 5xx) is "send again" offered, with the same key.
    const refused = isHallHttpError(error) && error.status >= 400 && error.status < 500 && error.status !== 408;
    this.sendProblem = refused ? { kind: 'message', message: errorMessage(this.language, error) } : { kind: 'failed', message: errorMessage(this.language, error) };
    if (refused) this.#idempotency = undefined;
    this.#focusAfterRender = '.send-problem';
  }

  /** The embedding street and the page's allow-listed utm_* parameters. */
  #bookingSource(): BookingInput['source'] | undefined {
    const street = this.source?.trim();
    const params = new URLSearchParams(window.location.search);
    const utm: Record<string, string> = {};
    for (const key of UTM_KEYS) {
      const value = params.get(key);
      if (value) utm[key] = value.slice(0, 100);
    }
    const source = {
      ...(street && /^[a-z0-9][a-z0-9_-]{0,63}$/.test(street) ? { streetId: street } : {}),
      ...(Object.keys(utm).length > 0 ? { utm } : {}),
    };
    return Object.keys(source).length > 0 ? source : undefined;
  }

  // ---- cancelling ------------------------------------------------------------------------

  async #cancelBooking(): Promise<void> {
    const client = this.client;
    const manage = this.#manageMode;
    if (!client || !manage || this.sending) return;
    this.sending = true;
    this.cancelProblem = undefined;
    try {
      const booking = await client.consultations.cancel(manage.reference, { token: manage.token });
      this.managed = { status: 'ready', value: booking };
      this.confirmingCancel = false;
      this.#focusAfterRender = '.manage-status';
    } catch (error) {
      this.cancelProblem = isHallConflictError(error) ? this.t('booking.cancelTooLate') : errorMessage(this.language, error);
      this.#focusAfterRender = '.cancel-problem';
    } finally {
      this.sending = false;
    }
  }

  // ---- rendering -----------------------------------------------------------------------------

  protected override renderContent(): unknown {
    if (this.#manageMode) return this.#renderManage();
    const services = this.services;
    if (!services || services.status === 'loading') return this.#renderLoading();
    if (services.status === 'error') return this.#renderLoadError(services.error, () => this.client && this.#loadServices(this.client));
    return html`
      <section class="booking" aria-labelledby="step-heading">
        ${this.#renderSteps()}
        ${this.step === 'service'
          ? this.#renderServiceStep(services.value)
          : this.step === 'slot'
            ? this.#renderSlotStep()
            : this.step === 'details'
              ? this.#renderDetailsStep()
              : this.step === 'review'
                ? this.#renderReviewStep()
                : this.#renderDone()}
      </section>
    `;
  }

  #renderLoading(): TemplateResult {
    return html`<div part="loading" class="state state-loading" aria-busy="true">
      <div part="skeleton" class="skeleton" aria-hidden="true"><span class="skeleton-line"></span><span class="skeleton-line"></span><span class="skeleton-line"></span></div>
      <span class="visually-hidden">${this.t('state.loading')}</span>
    </div>`;
  }

  #renderLoadError(error: unknown, retry: () => void): TemplateResult {
    return html`<div part="error" class="state state-error">
      <p class="state-error-message" role="alert">${errorMessage(this.language, error)}</p>
      <button part="retry-button" class="button" type="button" @click=${retry}>${this.t('action.retry')}</button>
    </div>`;
  }

  #renderSteps(): TemplateResult {
    const visible = STEPS.filter((s) => s !== 'service' || !this.service);
    const index = visible.indexOf(this.step);
    const name = (step: BookingStep) => this.t(`booking.step.${step}`);
    return html`
      <ol part="steps" class="steps" aria-label=${this.t('booking.steps')}>
        ${visible.map((s, i) => html`<li class=${i < index ? 'done' : i === index ? 'current' : ''} aria-current=${i === index ? 'step' : nothing}>${name(s)}</li>`)}
      </ol>
      <div id="step-heading" part="step-heading" class="step-heading" role="heading" aria-level=${this.#levels.heading} tabindex="-1">
        <span class="visually-hidden">${this.t('booking.stepOf', { index: index + 1, count: visible.length, name: name(this.step) })}</span>
        <span aria-hidden="true">${name(this.step)}</span>
      </div>
    `;
  }

  #renderStepError(): TemplateResult | typeof nothing {
    return this.stepError ? html`<p class="step-error" role="alert" tabindex="-1">${this.stepError}</p>` : nothing;
  }

  /**
   * The service and slot steps sit in a <form> of their own (no box: display: contents), for their
   * radios. A radio outside any form belongs to its shadow root's group, and Chromium keeps every
   * radio ever removed from the root in that group, and with it the step's whole detached DOM:
   * ≈ 93 KB more heap with each round of the steps, without end (50 MB after 400 rounds on a
   * kiosk). In a form, the group is the form's and goes with it. Nothing is submitted.
   */
  readonly #noSubmit = (event: Event): void => event.preventDefault();

  #renderServiceStep(services: ConsultationService[]): TemplateResult {
    const t = this.t.bind(this);
    return html`<form class="choice-step" novalidate @submit=${this.#noSubmit}>
      <fieldset class="choices">
        <legend>${t('booking.chooseService')}</legend>
        ${services.map((s) => {
          const fee = s.feeYen === 0 ? t('fee.free') : new Intl.NumberFormat(this.language === 'ja' ? 'ja-JP' : 'en-US', { style: 'currency', currency: 'JPY' }).format(s.feeYen);
          return html`<label part="service" class="choice">
            <input type="radio" name="service" .checked=${this.serviceId === s.id} @change=${() => this.#chooseService(s.id)} />
            <span class="choice-body">
              <span class="choice-title">${text(localized(s.title, this.language), this.language)}</span>
              <span class="choice-text">${text(localized(s.summary, this.language), this.language)}</span>
              <span class="choice-facts">
                ${t('booking.duration', { minutes: s.durationMinutes })} · ${t('booking.fee')}: ${fee} · ${t('booking.channels')}:
                ${s.channels.map((c) => t(`channel.${c}`)).join(t('list.separator'))}
              </span>
              <span class="choice-facts">
                ${t('booking.eligible')}: ${s.eligibleApplicantTypes.map((a) => t(`applicant.${a}`)).join(t('list.separator'))}${s.inWardRequired ? html` (${t('booking.inWard')})` : nothing}
              </span>
            </span>
          </label>`;
        })}
      </fieldset>
      ${this.#renderStepError()}
      <div class="actions">
        <button part="next-button" class="button" type="button" @click=${this.#nextFromService}>${t('booking.next')}</button>
      </div>
    </form>`;
  }

  #renderSlotStep(): TemplateResult {
    const t = this.t.bind(this);
    const service = this.#chosenService!;
    const load = this.slotWindow?.load;
    const start = this.windowStart ?? this.#today;
    const days = Array.from({ length: WINDOW_DAYS }, (_, i) => addDays(start, i));
    const weeks = [0, 1, 2, 3].map((w) => days.slice(w * 7, w * 7 + 7));
    const names = this.fmt.weekdays('short');
    const longNames = this.fmt.weekdays('long');
    const active = this.activeDate && days.includes(this.activeDate) ? this.activeDate : (this.selectedDate && days.includes(this.selectedDate) ? this.selectedDate : days.find((d) => this.#dayStatus(d) === 'available') ?? days.find((d) => d >= this.#today) ?? days[0]!);
    const daySlots = this.selectedDate ? this.#windowSlots.filter((s) => s.start.startsWith(this.selectedDate!)) : [];
    const slot = this.#chosenSlot;
    const abroad = visitorAbroad();
    const lastBookable = addDays(this.#today, service.rules.maxDaysAhead);
    return html`<form class="choice-step" novalidate @submit=${this.#noSubmit}>
      ${this.sendProblem?.kind === 'taken' ? html`<p class="send-problem" role="alert" tabindex="-1">${t('booking.taken')}</p>` : nothing}
      <p class="lead">${text(localized(service.title, this.language), this.language)}</p>
      ${abroad ? html`<p class="note">${t('booking.japanTimeNote')}</p>` : nothing}
      <div class="window-nav">
        <button class="nav-button" type="button" ?disabled=${start <= this.#today} @click=${() => this.#moveWindow(-4)}>${t('booking.previousWeeks')}</button>
        <p class="window-range" id="window-range">${this.fmt.date(japanNoon(days[0]!))} – ${this.fmt.date(japanNoon(days[WINDOW_DAYS - 1]!))}</p>
        <button class="nav-button" type="button" ?disabled=${addDays(start, WINDOW_DAYS) > lastBookable} @click=${() => this.#moveWindow(4)}>${t('booking.nextWeeks')}</button>
      </div>
      ${load?.status === 'error'
        ? this.#renderLoadError(load.error, () => this.client && this.#loadSlotsIfNeeded(this.client, true))
        : html`<div part="day-grid" class="day-grid" role="grid" aria-labelledby="window-range" aria-busy=${load?.status === 'ready' ? 'false' : 'true'} @keydown=${this.#onDayKeydown}>
            <div class="row" role="row">
              ${[0, 1, 2, 3, 4, 5, 6].map(
                (d) => html`<div class="weekday ${d === 0 ? 'sun' : d === 6 ? 'sat' : ''}" role="columnheader"><span aria-hidden="true">${names[d]}</span><span class="visually-hidden">${longNames[d]}</span></div>`,
              )}
            </div>
            ${weeks.map(
              (week) => html`<div class="row" role="row">
                ${week.map((date) => {
                  const status = load?.status === 'ready' ? this.#dayStatus(date) : 'none';
                  const selected = date === this.selectedDate;
                  const closedName = this.slotWindow?.load.status === 'ready' ? this.slotWindow.load.value.closed.get(date) : undefined;
                  const why = t(`booking.day.${status}`);
                  const parts = ['day', status === 'available' ? 'day-available' : '', selected ? 'day-selected' : ''].filter(Boolean).join(' ');
                  return html`<div
                    part=${parts}
                    class="day ${status} ${selected ? 'selected' : ''}"
                    role="gridcell"
                    data-date=${date}
                    tabindex=${date === active ? '0' : '-1'}
                    aria-selected=${selected ? 'true' : 'false'}
                    aria-disabled=${status === 'available' ? 'false' : 'true'}
                    @click=${() => {
                      this.activeDate = date;
                      this.#selectDate(date);
                    }}
                  >
                    <span class="day-number" aria-hidden="true">${Number(date.slice(8, 10))}</span>
                    <span class="visually-hidden">${this.fmt.date(japanNoon(date))}${t('list.separator')}</span>
                    <span class="day-status">${closedName ? `${closedName} ` : ''}${why}</span>
                  </div>`;
                })}
              </div>`,
            )}
          </div>`}
      ${this.selectedDate
        ? html`<fieldset class="choices slots">
            <legend>${t('booking.chooseTime')} — ${this.fmt.date(japanNoon(this.selectedDate))}</legend>
            ${daySlots.length === 0
              ? html`<p>${t('booking.noSlotsDay')}</p>`
              : daySlots.map(
                  (s) => html`<label part="slot" class="choice slot ${s.remaining === 0 ? 'full' : ''}">
                    <input type="radio" name="slot" .checked=${s.id === this.slotId} ?disabled=${s.remaining === 0} @change=${() => this.#selectSlot(s)} />
                    <span class="choice-body">
                      <span class="choice-title">${this.fmt.timeRange(s.start, s.end)}</span>
                      <span class="choice-facts">
                        ${t('booking.advisor', { name: localized(s.advisorName, this.language).text })} ·
                        ${s.remaining === 0 ? t('booking.slotFull') : t('booking.remaining', { count: s.remaining })}
                      </span>
                    </span>
                  </label>`,
                )}
          </fieldset>`
        : nothing}
      ${slot && this.#channelsOf(slot).length > 1
        ? html`<fieldset class="choices inline">
            <legend>${t('booking.chooseChannel')}</legend>
            ${this.#channelsOf(slot).map(
              (c) => html`<label class="choice"><input type="radio" name="channel" .checked=${this.channel === c} @change=${() => (this.channel = c)} />${t(`channel.${c}`)}</label>`,
            )}
          </fieldset>`
        : nothing}
      ${this.#renderStepError()}
      <div class="actions">
        ${this.service ? nothing : html`<button part="back-button" class="secondary-button" type="button" @click=${() => this.#goToStep('service')}>${t('booking.back')}</button>`}
        <button part="next-button" class="button" type="button" @click=${this.#nextFromSlot}>${t('booking.next')}</button>
      </div>
    </form>`;
  }

  #renderField(name: FieldName, label: string, control: (describedBy: string, invalid: boolean) => TemplateResult, options: { required?: boolean; hint?: string } = {}): TemplateResult {
    const problem = this.problems.get(name);
    const describedBy = [options.hint ? `${name}-hint` : '', problem ? `${name}-error` : ''].filter(Boolean).join(' ');
    return html`<div part="field" class="field ${problem ? 'invalid' : ''}">
      <label for=${name} class="field-label">${label}${options.required ? html` <span class="required">(${this.t('booking.required')})</span>` : nothing}</label>
      ${options.hint ? html`<p id="${name}-hint" class="hint">${options.hint}</p>` : nothing}
      ${control(describedBy, problem !== undefined)}
      ${problem ? html`<p id="${name}-error" class="field-error">${this.#problemText(problem)}</p>` : nothing}
    </div>`;
  }

  #textInput(name: 'name' | 'furigana' | 'email' | 'phone' | 'businessName' | 'industry' | 'employees', type: string, autocomplete: string, extra: { inputmode?: string } = {}) {
    return (describedBy: string, invalid: boolean) =>
      html`<input
        id=${name}
        name=${name}
        type=${type}
        autocomplete=${autocomplete}
        inputmode=${extra.inputmode ?? nothing}
        aria-describedby=${describedBy || nothing}
        aria-invalid=${invalid ? 'true' : 'false'}
        .value=${this.form[name]}
        @input=${(e: InputEvent) => this.#setField(name, (e.target as HTMLInputElement).value)}
        @blur=${() => this.#onBlur(name)}
      />`;
  }

  #problemText(problem: FieldProblem): string {
    // A field problem's key and its parameters belong together (booking-form.ts), beyond what the types can tie.
    const untyped = translate as (lang: Lang, key: string, params?: Readonly<Record<string, string | number>>) => string;
    return untyped(this.language, problem.key, problem.params);
  }

  #fieldLabel(name: FieldName): string {
    const labels: Record<FieldName, string> = {
      name: this.t('booking.name'),
      furigana: this.t('booking.furigana'),
      email: this.t('booking.email'),
      phone: this.t('booking.phone'),
      applicantType: this.t('booking.applicantType'),
      businessName: this.t('booking.businessName'),
      industry: this.t('booking.industry'),
      employees: this.t('booking.employees'),
      businessInWard: this.t('booking.businessInWard'),
      topicCategory: this.t('booking.topic'),
      topicText: this.t('booking.topicText'),
      consentPurpose: this.t('booking.consentPurpose'),
      consentPrivacy: this.t('booking.consentPrivacy'),
    };
    return labels[name];
  }

  #renderDetailsStep(): TemplateResult {
    const t = this.t.bind(this);
    const service = this.#chosenService!;
    const left = 200 - [...this.form.topicText].length;
    const summary = FIELD_ORDER.filter((f) => this.problems.has(f));
    return html`
      ${this.#renderNotAllowed()}
      ${this.showSummary && summary.length > 0
        ? html`<div part="error-summary" class="error-summary" role="alert" tabindex="-1" aria-labelledby="summary-title">
            <p id="summary-title" class="summary-title">${t('booking.errorSummary', { count: summary.length })}</p>
            <ul>
              ${summary.map(
                (f) => html`<li>
                  <a
                    href="#${f}"
                    @click=${(e: MouseEvent) => {
                      e.preventDefault();
                      this.renderRoot.querySelector<HTMLElement>(`#${f}`)?.focus();
                    }}
                    >${this.#fieldLabel(f)}: ${this.#problemText(this.problems.get(f)!)}</a
                  >
                </li>`,
              )}
            </ul>
          </div>`
        : nothing}
      <form class="form" novalidate @submit=${(e: Event) => (e.preventDefault(), this.#nextFromDetails())}>
        ${this.#renderField('name', t('booking.name'), this.#textInput('name', 'text', 'name'), { required: true })}
        ${this.#renderField('furigana', t('booking.furigana'), this.#textInput('furigana', 'text', 'off'), { required: true, hint: t('booking.furiganaHint') })}
        ${this.#renderField('email', t('booking.email'), this.#textInput('email', 'email', 'email'), { required: true })}
        ${this.#renderField('phone', t('booking.phone'), this.#textInput('phone', 'tel', 'tel', { inputmode: 'tel' }), { required: true, hint: t('booking.phoneHint') })}
        ${this.#renderField(
          'applicantType',
          t('booking.applicantType'),
          (describedBy, invalid) => html`<select
            id="applicantType"
            aria-describedby=${describedBy || nothing}
            aria-invalid=${invalid ? 'true' : 'false'}
            @change=${(e: Event) => this.#setField('applicantType', (e.target as HTMLSelectElement).value as DetailsForm['applicantType'])}
            @blur=${() => this.#onBlur('applicantType')}
          >
            <option value="" ?selected=${this.form.applicantType === ''}>—</option>
            ${APPLICANT_TYPES.filter((a) => service.eligibleApplicantTypes.includes(a)).map(
              (a) => html`<option value=${a} ?selected=${this.form.applicantType === a}>${t(`applicant.${a}`)}</option>`,
            )}
          </select>`,
          { required: true },
        )}
        <fieldset class="group">
          <legend>${t('booking.business')}</legend>
          ${this.#renderField('businessName', t('booking.businessName'), this.#textInput('businessName', 'text', 'organization'))}
          ${this.#renderField('industry', t('booking.industry'), this.#textInput('industry', 'text', 'off'))}
          ${this.#renderField('employees', t('booking.employees'), this.#textInput('employees', 'text', 'off', { inputmode: 'numeric' }))}
          <label class="check"
            ><input id="businessInWard" type="checkbox" .checked=${this.form.businessInWard} @change=${(e: Event) => this.#setField('businessInWard', (e.target as HTMLInputElement).checked)} />
            ${t('booking.businessInWard')}</label
          >
        </fieldset>
        ${this.#renderField(
          'topicCategory',
          t('booking.topic'),
          (describedBy, invalid) => html`<select
            id="topicCategory"
            aria-describedby=${describedBy || nothing}
            aria-invalid=${invalid ? 'true' : 'false'}
            @change=${(e: Event) => this.#setField('topicCategory', (e.target as HTMLSelectElement).value as DetailsForm['topicCategory'])}
            @blur=${() => this.#onBlur('topicCategory')}
          >
            <option value="" ?selected=${this.form.topicCategory === ''}>—</option>
            ${service.categories.map((c) => html`<option value=${c} ?selected=${this.form.topicCategory === c}>${t(`consultation.${c}`)}</option>`)}
          </select>`,
          { required: true },
        )}
        ${this.#renderField(
          'topicText',
          t('booking.topicText'),
          (describedBy, invalid) => html`<textarea
              id="topicText"
              rows="4"
              aria-describedby=${[describedBy, 'topicText-count'].filter(Boolean).join(' ')}
              aria-invalid=${invalid ? 'true' : 'false'}
              .value=${this.form.topicText}
              @input=${(e: InputEvent) => this.#setField('topicText', (e.target as HTMLTextAreaElement).value)}
              @blur=${() => this.#onBlur('topicText')}
            ></textarea>
            <p id="topicText-count" class="hint ${left < 0 ? 'over' : ''}">${t('booking.charsLeft', { count: left })}</p>`,
          { hint: t('booking.topicTextHint') },
        )}
        <section class="notice" aria-labelledby="purpose-title">
          <div id="purpose-title" class="notice-title" role="heading" aria-level=${this.#levels.sub}>${t('booking.purposeTitle')}</div>
          <p>${t('booking.purposeText')}</p>
          <div class="notice-title" role="heading" aria-level=${this.#levels.sub}>${t('booking.privacyTitle')}</div>
          <p>${t('booking.privacyText')}</p>
        </section>
        ${(['consentPurpose', 'consentPrivacy'] as const).map((name) => {
          const problem = this.problems.get(name);
          return html`<div part="field" class="field check-field ${problem ? 'invalid' : ''}">
            <label class="check"
              ><input
                id=${name}
                type="checkbox"
                aria-describedby=${problem ? `${name}-error` : nothing}
                aria-invalid=${problem ? 'true' : 'false'}
                .checked=${this.form[name]}
                @change=${(e: Event) => this.#setField(name, (e.target as HTMLInputElement).checked)}
              />
              ${this.#fieldLabel(name)} <span class="required">(${t('booking.required')})</span></label
            >
            ${problem ? html`<p id="${name}-error" class="field-error">${this.#problemText(problem)}</p>` : nothing}
          </div>`;
        })}
        <div class="honeypot" aria-hidden="true">
          <label for="website">${t('booking.honeypot')}</label>
          <input id="website" name="website" type="text" tabindex="-1" autocomplete="off" .value=${this.form.website} @input=${(e: InputEvent) => this.#setField('website', (e.target as HTMLInputElement).value)} />
        </div>
        <div class="actions">
          <button part="back-button" class="secondary-button" type="button" @click=${() => this.#goToStep('slot')}>${t('booking.back')}</button>
          <button part="next-button" class="button" type="submit">${t('booking.next')}</button>
        </div>
      </form>
    `;
  }

  #renderChoiceSummary(): TemplateResult {
    const t = this.t.bind(this);
    const service = this.#chosenService!;
    const slot = this.#chosenSlot!;
    return html`<dl class="detail">
      <dt>${t('booking.step.service')}</dt>
      <dd>${text(localized(service.title, this.language), this.language)}</dd>
      <dt>${t('booking.when')}</dt>
      <dd>${this.fmt.date(slot.start)} ${this.fmt.timeRange(slot.start, slot.end)} (${t('time.japanTime')})</dd>
      <dt>${t('booking.how')}</dt>
      <dd>${t(`channel.${this.channel!}`)} · ${t('booking.advisor', { name: localized(slot.advisorName, this.language).text })}</dd>
    </dl>`;
  }

  /** On the details and review steps while the hall refuses this page's origin. */
  #renderNotAllowed(): TemplateResult | typeof nothing {
    return this.notAllowedHere ? html`<p part="not-allowed" class="send-problem" role="alert">${this.t('booking.notAllowedHere')}</p>` : nothing;
  }

  #renderReviewStep(): TemplateResult {
    const t = this.t.bind(this);
    const f = this.form;
    const problem = this.sendProblem;
    return html`
      ${this.#renderNotAllowed()}
      <p>${t('booking.reviewIntro')}</p>
      ${this.#renderChoiceSummary()}
      <dl class="detail">
        <dt>${t('booking.name')}</dt>
        <dd>${f.name} (${f.furigana})</dd>
        <dt>${t('booking.email')}</dt>
        <dd>${f.email}</dd>
        <dt>${t('booking.phone')}</dt>
        <dd>${f.phone}</dd>
        <dt>${t('booking.applicantType')}</dt>
        <dd>${f.applicantType ? t(`applicant.${f.applicantType}`) : ''}</dd>
        ${f.businessName || f.industry || f.employees
          ? html`<dt>${t('booking.business')}</dt>
              <dd>${[f.businessName, f.industry, f.employees ? `${t('booking.employees')} ${f.employees}` : ''].filter(Boolean).join(t('list.separator'))}</dd>`
          : nothing}
        <dt>${t('booking.topic')}</dt>
        <dd>${f.topicCategory ? t(`consultation.${f.topicCategory}`) : ''}${f.topicText ? html`<br /><span class="description">${f.topicText}</span>` : nothing}</dd>
      </dl>
      ${problem && problem.kind !== 'taken'
        ? html`<div class="send-problem" role="alert" tabindex="-1">
            <p>${problem.kind === 'failed' ? t('booking.sendFailed') : problem.message}</p>
            ${problem.kind === 'failed' ? html`<p class="note">${problem.message}</p>` : nothing}
          </div>`
        : nothing}
      <div class="actions">
        ${problem?.kind === 'failed'
          ? // The last request may have been booked: only the same request may go again, so nothing can be changed now.
            nothing
          : html`<button part="back-button" class="secondary-button" type="button" ?disabled=${this.sending} @click=${() => this.#goToStep('details')}>${t('booking.edit')}</button>`}
        <button part="next-button" class="button" type="button" aria-disabled=${this.sending ? 'true' : 'false'} @click=${() => void this.#send()}>
          ${this.sending ? t('booking.submitting') : problem?.kind === 'failed' ? t('booking.retrySend') : t('booking.submit')}
        </button>
      </div>
    `;
  }

  #placeText(channel: Channel): string {
    return this.t(channel === 'in_person' ? 'booking.placeHall' : channel === 'phone' ? 'booking.placePhone' : channel === 'online' ? 'booking.placeOnline' : 'booking.placeOutreach');
  }

  #renderDone(): TemplateResult {
    const t = this.t.bind(this);
    const booking = this.created!;
    const title = localized(booking.serviceTitle, this.language).text;
    if (!this.#icsUrl) {
      const ics = bookingIcs(booking, { summary: `${title} (${booking.reference})`, location: this.#placeText(booking.channel), description: `${t('booking.reference')}: ${booking.reference}` });
      this.#icsUrl = URL.createObjectURL(new Blob([ics], { type: 'text/calendar' }));
    }
    const manageUrl = safeUrl(`${window.location.origin}${window.location.pathname}${window.location.search}#hall-booking=${booking.reference}&token=${booking.manageToken}`);
    return html`<div part="confirmation" class="confirmation">
      <p class="done-title">${t('booking.doneTitle')}</p>
      <dl class="detail">
        <dt>${t('booking.reference')}</dt>
        <dd class="reference">${booking.reference}</dd>
        <dt>${t('booking.when')}</dt>
        <dd>${this.fmt.date(booking.slot.start)} ${this.fmt.timeRange(booking.slot.start, booking.slot.end)} (${t('time.japanTime')})</dd>
        <dt>${t('booking.how')}</dt>
        <dd>${t(`channel.${booking.channel}`)} · ${this.#placeText(booking.channel)}</dd>
        ${booking.whatToBring ? html`<dt>${t('booking.whatToBring')}</dt><dd>${text(localized(booking.whatToBring, this.language), this.language)}</dd>` : nothing}
      </dl>
      <p><a class="link" href=${this.#icsUrl} download="${booking.reference}.ics">${t('booking.ics')}</a></p>
      <section class="notice" aria-labelledby="manage-title">
        <div id="manage-title" class="notice-title" role="heading" aria-level=${this.#levels.sub}>${t('booking.manageTitle')}</div>
        <p>${t('booking.manageHelp')}</p>
        <dl class="detail">
          <dt>${t('booking.manageCode')}</dt>
          <dd class="token">${booking.manageToken}</dd>
        </dl>
        <p>${t('booking.cancellableUntil', { until: this.fmt.dateTime(booking.cancellableUntil) })}</p>
        ${manageUrl ? html`<p><a class="link" href=${manageUrl}>${t('booking.manageLink')}</a></p>` : nothing}
      </section>
    </div>`;
  }

  #renderManage(): TemplateResult {
    const t = this.t.bind(this);
    const managed = this.managed;
    if (!managed || managed.status === 'loading') return this.#renderLoading();
    if (managed.status === 'error') {
      const invalid = isHallInvalidInputError(managed.error) || (isHallHttpError(managed.error) && [401, 403, 404].includes(managed.error.status));
      return invalid ? html`<p part="error" class="state state-error" role="alert">${t('booking.invalidLink')}</p>` : this.#renderLoadError(managed.error, () => this.client && this.#loadBooking(this.client));
    }
    const booking = managed.value;
    const cancellable = booking.status === 'confirmed' && (this.now ?? new Date()).getTime() < Date.parse(booking.cancellableUntil);
    return html`<section part="manage" class="manage" aria-labelledby="step-heading">
      <div id="step-heading" class="step-heading" role="heading" aria-level=${this.#levels.heading} tabindex="-1">${t('booking.manageTitle')}</div>
      <p class="manage-status" tabindex="-1" role="status">${booking.status === 'cancelled' ? t('booking.cancelled') : t(`booking.status.${booking.status}`)}</p>
      <dl class="detail">
        <dt>${t('booking.reference')}</dt>
        <dd class="reference">${booking.reference}</dd>
        <dt>${t('booking.step.service')}</dt>
        <dd>${text(localized(booking.serviceTitle, this.language), this.language)}</dd>
        <dt>${t('booking.when')}</dt>
        <dd>${this.fmt.date(booking.slot.start)} ${this.fmt.timeRange(booking.slot.start, booking.slot.end)} (${t('time.japanTime')})</dd>
        <dt>${t('booking.how')}</dt>
        <dd>${t(`channel.${booking.channel}`)}</dd>
      </dl>
      ${this.cancelProblem ? html`<p class="cancel-problem" role="alert" tabindex="-1">${this.cancelProblem}</p>` : nothing}
      ${booking.status !== 'confirmed'
        ? nothing
        : !cancellable
          ? html`<p class="note">${t('booking.cancelTooLate')}</p>`
          : this.confirmingCancel
            ? html`<div class="confirm" role="group" aria-labelledby="confirm-text">
                <p id="confirm-text" tabindex="-1">${t('booking.cancelConfirm')}</p>
                <div class="actions">
                  <button class="secondary-button" type="button" @click=${() => (this.confirmingCancel = false)}>${t('booking.cancelNo')}</button>
                  <button class="button danger" type="button" aria-disabled=${this.sending ? 'true' : 'false'} @click=${() => void this.#cancelBooking()}>${t('booking.cancelYes')}</button>
                </div>
              </div>`
            : html`<p class="note">${t('booking.cancellableUntil', { until: this.fmt.dateTime(booking.cancellableUntil) })}</p>
                <div class="actions">
                  <button class="button" type="button" @click=${() => ((this.confirmingCancel = true), (this.#focusAfterRender = '#confirm-text'))}>${t('booking.cancel')}</button>
                </div>`}
    </section>`;
  }
}
