/**
 * Risk numbers like RISK-00042: the SharePoint item id, padded. Derived, never typed or stored on
 * their own, so a new risk needs no second write. Ids past 99999 simply grow a digit.
 */
const PREFIX = 'RISK';
const RISK_NUMBER = /^\s*RISK-(\d{1,9})\s*$/i;

export function formatRiskNumber(id: number): string {
  return `${PREFIX}-${String(id).padStart(5, '0')}`;
}

/** The item id of a risk number typed by a person ('risk-42', ' RISK-00042 '), or undefined when it is not one. */
export function parseRiskNumber(text: string): number | undefined {
  const match = RISK_NUMBER.exec(text);
  if (!match) return undefined;
  const id = Number(match[1]);
  return id > 0 ? id : undefined;
}
