/**
 * The documented messages, pinned letter for letter against contract section 6 (typos kept):
 * clients match on these strings, so any edit to messages.ts must fail here first.
 */
import { describe, expect, it } from 'vitest';
import {
  MESSAGES,
  NON_FIELD_ERRORS,
  invalidChoiceMessage,
  maxLengthMessage,
} from '../../../src/contract';

describe('MESSAGES', () => {
  it.each([
    ['required', 'This field is required.'],
    ['blank', 'This field may not be blank.'],
    ['appointmentBlank', 'This field is may not be blank.'],
    ['invalidEmail', 'Invalid email.'],
    [
      'invalidPhone',
      "Phone number must be entered in the format: '999999999'. Up to 15 digits allowed.",
    ],
    ['assigneeNotFound', 'Assignee not found.'],
    ['invalidOverviewFilter', 'Invalid appointment filter value.'],
    ['slugRequiredOrBlank', 'This field is required and this may not be blank.'],
    ['slugInvalid', 'Requested slug is invalid.'],
    ['leadDoesNotExist', 'Requested lead does not esixt.'],
    ['notLeadOwner', 'You are not owner of this lead.'],
    ['leadNotFound', 'Requested lead not found.'],
    ['leadAlreadyDeleted', 'Requested lead already has a deleted status.'],
    ['cannotDeleteLead', "You can't delete this lead."],
    ['cannotTakeAppointment', "You can't take appointment under this lead."],
    ['invalidDateFormat', 'Invalid date format.'],
    ['invalidAppointmentStatus', 'Invalid appointment status.'],
    ['invalidAppointmentId', 'Invalid appointment id.'],
    ['appointmentNotFound', 'Requested appointment not found.'],
    ['bodyDataNotFound', 'Body data not found.'],
    ['appointmentClash', 'Appointment schedule exists for this time.'],
    ['endBeforeStart', "End Date Can't be prior to Start Date."],
    ['dateNotInFuture', 'Please Specify a date in the future.'],
    ['cannotUpdateAppointment', "You can't update this appointment."],
    ['cannotDeleteAppointment', "You can't delete this appointment."],
    ['cannotAddNote', "You can't add note on this lead."],
    ['noteNotFound', 'Requested note not found.'],
    ['invalidNoteId', 'Invalid note id.'],
    ['cannotDeleteNote', "You can't delete this note."],
    ['authenticationFailed', 'Authentication failed'],
    ['inactiveAccount', 'Inactive Account'],
  ] as const)('%s is %j', (key, text) => {
    expect(MESSAGES[key]).toBe(text);
  });

  it('has no message the table above does not pin', () => {
    expect(Object.keys(MESSAGES)).toHaveLength(31);
  });
});

describe('message builders', () => {
  it.each([
    [200, 'Ensure this field has no more than 200 characters.'],
    [255, 'Ensure this field has no more than 255 characters.'],
    [258, 'Ensure this field has no more than 258 characters.'],
    [499, 'Ensure this field has no more than 499 characters.'],
  ])('max %i', (max, text) => {
    expect(maxLengthMessage(max)).toBe(text);
  });

  it.each([
    ['won', '"won" is not a valid choice.'],
    ['', '"" is not a valid choice.'],
    [3, '"3" is not a valid choice.'],
  ])('invalid choice %j', (value, text) => {
    expect(invalidChoiceMessage(value)).toBe(text);
  });

  it('keys errors of no field as non_field_errors', () => {
    expect(NON_FIELD_ERRORS).toBe('non_field_errors');
  });
});
