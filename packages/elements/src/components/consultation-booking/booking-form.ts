/**
 * The details step as data: the fields, how what people type is tidied (full-width
 * digits and half-width katakana are common on Japanese keyboards), the checks —
 * the shared schemas' own, so the browser and the server agree — and the mapping
 * of the server's field errors back onto the same fields.
 */
import type { BookingInput } from '@promotion-hall/sdk';
import {
  APPLICANT_TYPES,
  CONSULTATION_CATEGORIES,
  Email,
  Employees,
  Furigana,
  PhoneNumber,
  type ApplicantType,
  type Channel,
  type ConsultationCategory,
} from '@promotion-hall/sdk/schemas';
import type { MessageKey } from '../../i18n/messages.js';

export interface DetailsForm {
  name: string;
  furigana: string;
  email: string;
  phone: string;
  applicantType: ApplicantType | '';
  businessName: string;
  industry: string;
  employees: string;
  businessInWard: boolean;
  topicCategory: ConsultationCategory | '';
  topicText: string;
  consentPurpose: boolean;
  consentPrivacy: boolean;
  /** The honeypot: hidden from people, so only robots fill it in. */
  website: string;
}

export type FieldName = Exclude<keyof DetailsForm, 'website'>;

/** The fields in the order they are shown (the error summary follows it). */
export const FIELD_ORDER: readonly FieldName[] = [
  'name',
  'furigana',
  'email',
  'phone',
  'applicantType',
  'businessName',
  'industry',
  'employees',
  'businessInWard',
  'topicCategory',
  'topicText',
  'consentPurpose',
  'consentPrivacy',
];

export const EMPTY_FORM: DetailsForm = Object.freeze({
  name: '',
  furigana: '',
  email: '',
  phone: '',
  applicantType: '',
  businessName: '',
  industry: '',
  employees: '',
  businessInWard: false,
  topicCategory: '',
  topicText: '',
  consentPurpose: false,
  consentPrivacy: false,
  website: '',
});

/** What a host page may fill in for the visitor: nothing that identifies a person. */
export interface BookingPrefill {
  applicantType?: ApplicantType;
  businessName?: string;
  industry?: string;
  employees?: number;
  businessInWard?: boolean;
  topicCategory?: ConsultationCategory;
}

export function applyPrefill(form: DetailsForm, prefill: BookingPrefill | undefined): DetailsForm {
  if (!prefill) return form;
  const next = { ...form };
  if (prefill.applicantType && (APPLICANT_TYPES as readonly string[]).includes(prefill.applicantType)) next.applicantType = prefill.applicantType;
  if (typeof prefill.businessName === 'string') next.businessName = prefill.businessName.slice(0, 200);
  if (typeof prefill.industry === 'string') next.industry = prefill.industry.slice(0, 100);
  if (Number.isInteger(prefill.employees) && prefill.employees! >= 0) next.employees = String(prefill.employees);
  if (typeof prefill.businessInWard === 'boolean') next.businessInWard = prefill.businessInWard;
  if (prefill.topicCategory && (CONSULTATION_CATEGORIES as readonly string[]).includes(prefill.topicCategory)) next.topicCategory = prefill.topicCategory;
  return next;
}

const DASHES = /[‐‑‒–—―−ー－ｰ]/g;

/** Tidies what was typed: NFKC (full-width digits and Latin, half-width kana), dashes in phone numbers, outer spaces. */
export function tidy(form: DetailsForm): DetailsForm {
  return {
    ...form,
    name: form.name.trim(),
    furigana: form.furigana.normalize('NFKC').trim(),
    email: form.email.normalize('NFKC').trim(),
    phone: form.phone.normalize('NFKC').replace(DASHES, '-').replace(/[\s()]/g, ''),
    businessName: form.businessName.trim(),
    industry: form.industry.trim(),
    employees: form.employees.normalize('NFKC').trim(),
  };
}

export interface FieldProblem {
  key: MessageKey;
  params?: Record<string, string | number>;
}

/** The problem with one field of a tidied form, or undefined. */
export function checkField(name: FieldName, form: DetailsForm): FieldProblem | undefined {
  const required = (value: string): FieldProblem | undefined => (value === '' ? { key: 'field.required' } : undefined);
  const max = (value: string, limit: number): FieldProblem | undefined => ([...value].length > limit ? { key: 'field.tooLong', params: { max: limit } } : undefined);
  switch (name) {
    case 'name':
      return required(form.name) ?? max(form.name, 100);
    case 'furigana':
      return required(form.furigana) ?? max(form.furigana, 100) ?? (Furigana.safeParse(form.furigana).success ? undefined : { key: 'field.furigana' });
    case 'email':
      return required(form.email) ?? (Email.safeParse(form.email).success ? undefined : { key: 'field.email' });
    case 'phone':
      return required(form.phone) ?? (PhoneNumber.safeParse(form.phone).success ? undefined : { key: 'field.phone' });
    case 'applicantType':
      return form.applicantType === '' ? { key: 'field.choose' } : undefined;
    case 'businessName':
      return max(form.businessName, 200);
    case 'industry':
      return max(form.industry, 100);
    case 'employees':
      // Digits only (no "1e3", no "12.0"), then the server's own bounds.
      return form.employees === '' || (/^\d{1,7}$/.test(form.employees) && Employees.safeParse(Number(form.employees)).success) ? undefined : { key: 'field.number' };
    case 'topicCategory':
      return form.topicCategory === '' ? { key: 'field.choose' } : undefined;
    case 'topicText':
      return max(form.topicText, 200);
    case 'consentPurpose':
      return form.consentPurpose ? undefined : { key: 'field.consent' };
    case 'consentPrivacy':
      return form.consentPrivacy ? undefined : { key: 'field.consent' };
    default:
      return undefined;
  }
}

export function checkForm(form: DetailsForm): Map<FieldName, FieldProblem> {
  const problems = new Map<FieldName, FieldProblem>();
  for (const name of FIELD_ORDER) {
    const problem = checkField(name, form);
    if (problem) problems.set(name, problem);
  }
  return problems;
}

/** The booking request for a checked form. */
export function toBookingInput(
  form: DetailsForm,
  choice: { slotId: string; channel: Channel },
  formToken: string,
  source: BookingInput['source'] | undefined,
): BookingInput {
  const business = {
    ...(form.businessName ? { name: form.businessName } : {}),
    ...(form.industry ? { industry: form.industry } : {}),
    ...(form.employees ? { employees: Number(form.employees) } : {}),
    ...(form.businessInWard ? { inWard: true } : {}),
  };
  return {
    slotId: choice.slotId,
    channel: choice.channel,
    applicant: {
      name: form.name,
      furigana: form.furigana,
      email: form.email,
      phone: form.phone,
      applicantType: form.applicantType as ApplicantType,
      ...(Object.keys(business).length > 0 ? { business } : {}),
    },
    topic: { category: form.topicCategory as ConsultationCategory, text: form.topicText },
    consents: { purposeOfUse: true, privacyNotice: true },
    formToken,
    ...(source ? { source } : {}),
    ...(form.website ? { website: form.website } : {}),
  } as BookingInput;
}

const SERVER_FIELDS: Readonly<Record<string, FieldName>> = {
  'applicant.name': 'name',
  'applicant.furigana': 'furigana',
  'applicant.email': 'email',
  'applicant.phone': 'phone',
  'applicant.applicantType': 'applicantType',
  'applicant.business.name': 'businessName',
  'applicant.business.industry': 'industry',
  'applicant.business.employees': 'employees',
  'applicant.business.inWard': 'businessInWard',
  'topic.category': 'topicCategory',
  'topic.text': 'topicText',
  'consents.purposeOfUse': 'consentPurpose',
  'consents.privacyNotice': 'consentPrivacy',
};

/** The form field a server error names (`body.applicant.email` → `email`), if it is one of the form's. */
export function fieldOfServerError(field: string): FieldName | undefined {
  return SERVER_FIELDS[field.replace(/^body\./, '')];
}
