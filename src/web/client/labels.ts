// Words for codes, shared by the panels.
export const EVENT_TYPE_LABEL: Record<string, string> = {
  capture: 'Capture',
  recapture: 'Recapture',
  withdrawal: 'Withdrawal',
  surrender: 'Surrender',
  border_crossing: 'Border crossing',
  clash: 'Clashes',
  control_claim: 'Control claim',
};

export const STATUS_LABEL: Record<string, string> = {
  assessed: 'assessed',
  claimed: 'claimed only',
  contested: 'contested',
  unknown: 'unknown',
};

export function typeLabel(type: string): string {
  return EVENT_TYPE_LABEL[type] ?? type;
}
