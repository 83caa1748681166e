import * as React from 'react';
import { render, RenderResult } from '@testing-library/react';
import { IRunningEmulator, startEmulator } from '../../tools/emulator';
import { buildRegionExempel } from '../../tools/emulator/seed/regionExempel';
import { createSp, createTryggServices } from '../../src/services/createTryggServices';
import { ITryggServices } from '../../src/services/ITryggServices';
import { MemoryStorage } from '../../src/services/deviations/ReportQueue';
import { deviationsList } from '../../src/schema/lists';
import { TryggRoot } from '../../src/components/TryggRoot';
import DeviationReport from '../../src/webparts/deviationReport/components/DeviationReport';

export const upn = (key: string): string => `${key}@regionexempel.se`;

/** One seeded emulator for a test file, and services signed in as any persona. */
export class ReportHarness {
  public emulator!: IRunningEmulator;

  public async start(): Promise<void> {
    this.emulator = await startEmulator({ port: 0, seed: buildRegionExempel() });
  }

  public async stop(): Promise<void> {
    if (this.emulator) await this.emulator.close();
  }

  public services(key: string): ITryggServices {
    const { siteUrl, graphBaseUrl } = this.emulator;
    return createTryggServices({ siteUrl, graphBaseUrl, headers: { 'X-Trygg-User': upn(key) } });
  }

  /** The component as the web part renders it, signed in as `key`, with its own device storage. */
  public renderAs(key: string, storage: MemoryStorage = new MemoryStorage()): RenderResult & { storage: MemoryStorage; services: ITryggServices } {
    const services = this.services(key);
    const result = render(
      <TryggRoot>
        <DeviationReport services={services} host="teams" storage={storage} />
      </TryggRoot>
    );
    return { ...result, storage, services };
  }

  /** Every case with this client request id, read straight from the list (as the admin). */
  public async itemsWithClientRequestId(id: string): Promise<unknown[]> {
    const sp = createSp({ siteUrl: this.emulator.siteUrl, graphBaseUrl: this.emulator.graphBaseUrl, headers: { 'X-Trygg-User': upn('admin.trygg') } });
    return sp.web.lists.getByTitle(deviationsList.title).items.filter(`ClientRequestId eq '${id}'`)();
  }
}

/** The ids of the reports waiting in a device storage for a user. */
export function queuedIds(storage: MemoryStorage, key: string): string[] {
  const text = storage.getItem(`trygg.reportQueue.v1:${upn(key)}`);
  return text ? (JSON.parse(text) as { id: string }[]).map((report) => report.id) : [];
}
