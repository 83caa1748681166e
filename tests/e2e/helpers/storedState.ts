/**
 * What the emulator stored, read over its SharePoint REST API as Trygg's administrator: for
 * asserting the outcome of what a test did through the UI, never for doing it.
 */
import { parseCaseNumber } from '../../../src/domain/deviations/caseNumber';
import { deviationsList, protectedDeviationsList } from '../../../src/schema/lists';
import { personaUpn } from '../../../tools/workbench/client/personas';
import type { IRunningWorkbench } from '../../../tools/workbench/server';

const LIST_OF_STORE = { open: deviationsList.title, protected: protectedDeviationsList.title } as const;

async function get<T>(workbench: IRunningWorkbench, path: string): Promise<T> {
  const response = await fetch(`${workbench.siteUrl}/_api/${path}`, {
    headers: { Accept: 'application/json;odata=nometadata', Cookie: `trygg-user=${encodeURIComponent(personaUpn('admin'))}` }
  });
  if (!response.ok) throw new Error(`GET ${path}: HTTP ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** How many reports the deviations lists hold, open and protected. */
export async function storedDeviationCount(workbench: IRunningWorkbench): Promise<number> {
  let count = 0;
  for (const title of Object.values(LIST_OF_STORE)) {
    count += (await get<{ ItemCount: number }>(workbench, `web/lists/getbytitle('${title}')?$select=ItemCount`)).ItemCount;
  }
  return count;
}

export interface IStoredDeviation {
  readonly Id: number;
  readonly Title: string;
  readonly Description: string;
  readonly Location: string | null;
  readonly ImmediateActions: string | null;
  readonly Status: string;
  readonly RoutingReason: string | null;
  readonly RoutingFallback: string | null;
  readonly Feedback: string | null;
  readonly Handler: { readonly Title: string } | null;
  readonly Reporter: { readonly Title: string } | null;
}

/** The stored report behind a case number (AVV-2026-00151 is item 151 of the open list, SKY-… of the protected one). */
export async function storedDeviation(workbench: IRunningWorkbench, caseNumber: string): Promise<IStoredDeviation> {
  const parts = parseCaseNumber(caseNumber);
  if (!parts) throw new Error(`${caseNumber} is not a case number`);
  const select = 'Id,Title,Description,Location,ImmediateActions,Status,RoutingReason,RoutingFallback,Feedback,Handler/Title,Reporter/Title';
  return get<IStoredDeviation>(workbench, `web/lists/getbytitle('${LIST_OF_STORE[parts.store]}')/items(${parts.itemId})?$select=${select}&$expand=Handler,Reporter`);
}
