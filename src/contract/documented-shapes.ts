/**
 * The answers whose shape the Epixel documentation shows (contract sections 1, 2 and 5), as
 * data: which fields a documented answer has. A strict reference server (EPIXEL_STRICT=1)
 * trims its answers to these shapes, so our [OURS] fields are absent as on a real Epixel.
 *
 * A shape is `AS_SENT` (the documentation shows the field, not what is inside it), an object
 * (only these fields, each with its own shape) or a one-element list (every item has that
 * shape). Lead, note and appointment objects are ours (section 4), so they stay as sent.
 */
import { appointmentSchema } from './appointments';
import type { EndpointName } from './endpoints';
import { OVERVIEW_APPOINTMENT_EXTENSION_FIELDS } from './overview';

export const AS_SENT = 'as-sent';
export type DocumentedShape =
  typeof AS_SENT | { readonly [field: string]: DocumentedShape } | readonly [DocumentedShape];

const envelope = (data: DocumentedShape): DocumentedShape => ({
  status_code: AS_SENT,
  errors: AS_SENT,
  data,
});

const page = envelope({ count: AS_SENT, next: AS_SENT, previous: AS_SENT, results: AS_SENT });

const isExtension = (field: string) =>
  (OVERVIEW_APPOINTMENT_EXTENSION_FIELDS as readonly string[]).includes(field);

/** An overview appointment: the appointment's fields without the ones marked ours. */
const overviewAppointment = Object.fromEntries(
  Object.keys(appointmentSchema.shape)
    .filter((field) => !isExtension(field))
    .map((field): [string, DocumentedShape] => [field, AS_SENT]),
);

const ENVELOPED: readonly EndpointName[] = [
  'leadDetails',
  'appointmentCreate',
  'appointmentUpdate',
  'appointmentDelete',
  'leadCreate',
  'leadUpdate',
  'leadDelete',
  'noteCreate',
  'noteDelete',
];

export const DOCUMENTED_RESPONSE_SHAPES: Partial<Record<EndpointName, DocumentedShape>> = {
  login: { refresh: AS_SENT, access: AS_SENT },
  overview: envelope({
    LeadsData: {
      status: [{ status: AS_SENT, count: AS_SENT, Description: AS_SENT, Color: AS_SENT }],
      source: [{ source: AS_SENT, count: AS_SENT }],
    },
    TotalLeads: AS_SENT,
    appointments: [overviewAppointment],
  }),
  leadList: page,
  appointmentList: page,
  ...Object.fromEntries(ENVELOPED.map((name) => [name, envelope(AS_SENT)])),
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `value` with only the fields `shape` names; a value that is not what the shape expects stays. */
export const trimToShape = (value: unknown, shape: DocumentedShape): unknown => {
  if (shape === AS_SENT) return value;
  if (Array.isArray(shape)) {
    const item = (shape as readonly [DocumentedShape])[0];
    return Array.isArray(value) ? value.map((entry) => trimToShape(entry, item)) : value;
  }
  if (!isRecord(value)) return value;
  const fields = Object.entries(shape as Record<string, DocumentedShape>).filter(
    ([field]) => field in value,
  );
  return Object.fromEntries(
    fields.map(([field, inner]) => [field, trimToShape(value[field], inner)]),
  );
};
