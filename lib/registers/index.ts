import { cleanup } from './cleanup';
import { decisions } from './decisions';
import { documents } from './documents';
import { legalWork } from './legal-work';
import { litigation } from './litigation';
import { reconsideration } from './reconsideration';
import type { Register } from './core/define';

/** Every declared register, in the order the overview and the navigation show them. */
export const REGISTERS = [documents, cleanup, legalWork, decisions, reconsideration, litigation] as const;

export type RegisterName = (typeof REGISTERS)[number]['name'];

export function registerByName(name: string): Register | undefined {
  return REGISTERS.find((r) => r.name === name);
}
