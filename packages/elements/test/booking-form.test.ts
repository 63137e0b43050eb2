import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Applicant } from '@promotion-hall/sdk/schemas';
import { checkField, EMPTY_FORM } from '../src/components/consultation-booking/booking-form.js';

describe('the booking form checks a business’s employees as the server does', () => {
  it('accepts what the shared schema accepts and refuses the rest, with the field’s own message', () => {
    const server = (employees: number) =>
      Applicant.safeParse({ name: '鈴木', furigana: 'すずき', email: 'a@example.jp', phone: '03-1234-5678', applicantType: 'sole_proprietor', business: { employees } }).success;
    for (const typed of ['0', '7', '1000000', '1000001', '9999999']) {
      const form = checkField('employees', { ...EMPTY_FORM, employees: typed }) === undefined;
      assert.equal(form, server(Number(typed)), `${typed}: the form ${form ? 'accepts' : 'refuses'}, the server ${server(Number(typed)) ? 'accepts' : 'refuses'}`);
    }
    for (const typed of ['12.5', '1e3', '-1', '１２']) assert.deepEqual(checkField('employees', { ...EMPTY_FORM, employees: typed }), { key: 'field.number' }, typed);
    assert.equal(checkField('employees', { ...EMPTY_FORM, employees: '' }), undefined, 'optional');
  });
});
