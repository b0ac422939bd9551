/**
 * One colour per appointment status, dark enough for white text (WCAG AA). Cancelled is greyed
 * and struck through; fullfilled is green: the two read as "no longer to do" at a glance.
 */
import type { AppointmentStatus } from '../contract';

export type StatusLook = { background: string; border: string; text: string; strike: boolean };

export const STATUS_LOOKS: Record<AppointmentStatus, StatusLook> = {
  pending: { background: '#1565c0', border: '#1565c0', text: '#ffffff', strike: false },
  confirmed: { background: '#6a1b9a', border: '#6a1b9a', text: '#ffffff', strike: false },
  rescheduled: { background: '#a84300', border: '#a84300', text: '#ffffff', strike: false },
  fullfilled: { background: '#2e7d32', border: '#2e7d32', text: '#ffffff', strike: false },
  cancelled: { background: '#e0e0e0', border: '#757575', text: '#424242', strike: true },
};

/** A status outside the vocabulary (a server may know more): neutral grey, shown as sent. */
const UNKNOWN_LOOK: StatusLook = {
  background: '#455a64',
  border: '#455a64',
  text: '#ffffff',
  strike: false,
};

export const statusLook = (status: string): StatusLook =>
  status in STATUS_LOOKS ? STATUS_LOOKS[status as AppointmentStatus] : UNKNOWN_LOOK;
