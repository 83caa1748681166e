/**
 * First run: a web part on a site without Trygg's lists, or with an older schema, says so instead
 * of a bare error. The site's owner sets it up from the page; anyone else is told to ask the owner.
 * Against the emulator started with an empty site (people and groups, no lists).
 */
import * as React from 'react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IRunningEmulator, startEmulator } from '../../tools/emulator';
import { buildRegionExempel } from '../../tools/emulator/seed/regionExempel';
import { createSp, createTryggServices } from '../../src/services/createTryggServices';
import { TryggRoot } from '../../src/components/TryggRoot';
import GovernanceDocuments from '../../src/webparts/governanceDocuments/components/GovernanceDocuments';
import { readSchemaVersion, recordSchemaVersion } from '../../src/services/provisioning/schemaVersionStore';
import { TRYGG_SCHEMA_VERSION } from '../../src/schema';
import '@pnp/sp/site-groups/web';

const upn = (key: string): string => `${key}@regionexempel.se`;

describe('a Trygg web part on a site without Trygg', () => {
  let emulator: IRunningEmulator;

  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, provision: false, seed: { ...buildRegionExempel(), items: {} } });
  });

  afterAll(() => emulator.close());

  const renderAs = (key: string): ReturnType<typeof createTryggServices> => {
    const services = createTryggServices({ siteUrl: emulator.siteUrl, graphBaseUrl: emulator.graphBaseUrl, headers: { 'X-Trygg-User': upn(key) } });
    render(
      <TryggRoot siteSetup={services.siteSetup}>
        <GovernanceDocuments services={services} />
      </TryggRoot>
    );
    return services;
  };
  const sp = (key: string): ReturnType<typeof createSp> => createSp({ siteUrl: emulator.siteUrl, graphBaseUrl: emulator.graphBaseUrl, headers: { 'X-Trygg-User': upn(key) } });

  it('tells an employee that Trygg is missing and to ask the site owner, with nothing to press', async () => {
    renderAs('anna.svensson');
    expect(await screen.findByText(/Trygg är inte installerat på den här webbplatsen/)).toBeTruthy();
    expect(screen.getByText(/Be webbplatsens ägare öppna den här sidan/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Installera Trygg' })).toBeNull();
  });

  it("lets the site's owner install Trygg from the page, after which the site is at the current schema", async () => {
    const user = userEvent.setup();
    renderAs('admin.trygg');
    await user.click(await screen.findByRole('button', { name: 'Installera Trygg' }));
    expect(await screen.findByText(new RegExp(`Klart: webbplatsen har Trygg:s schemaversion ${TRYGG_SCHEMA_VERSION}`), undefined, { timeout: 60_000 })).toBeTruthy();
    expect(await readSchemaVersion(sp('admin.trygg'))).toBe(TRYGG_SCHEMA_VERSION);
  });

  it('says which version a site is behind at, and offers the owner the upgrade', async () => {
    await recordSchemaVersion(sp('admin.trygg'), TRYGG_SCHEMA_VERSION - 1);
    const services = createTryggServices({ siteUrl: emulator.siteUrl, graphBaseUrl: emulator.graphBaseUrl, headers: { 'X-Trygg-User': upn('admin.trygg') } });
    await waitFor(async () => expect(await services.siteSetup.status()).toMatchObject({ kind: 'behind', siteVersion: TRYGG_SCHEMA_VERSION - 1 }));
    // The notice is the error bar's: a read that fails as a missing field would shows it.
    const { ErrorMessageBar } = await import('../../src/components/ErrorMessageBar');
    render(
      <TryggRoot siteSetup={services.siteSetup}>
        <ErrorMessageBar error={{ status: 400 }} />
      </TryggRoot>
    );
    expect(await screen.findByText(new RegExp(`schemaversion ${TRYGG_SCHEMA_VERSION - 1}, men appen behöver version ${TRYGG_SCHEMA_VERSION}`))).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Uppgradera webbplatsen' })).toBeTruthy();
  });

  it('keeps the plain error when the site is set up and the read failed for another reason', async () => {
    await recordSchemaVersion(sp('admin.trygg'), TRYGG_SCHEMA_VERSION);
    const services = createTryggServices({ siteUrl: emulator.siteUrl, graphBaseUrl: emulator.graphBaseUrl, headers: { 'X-Trygg-User': upn('admin.trygg') } });
    const { ErrorMessageBar, errorMessage } = await import('../../src/components/ErrorMessageBar');
    render(
      <TryggRoot siteSetup={services.siteSetup}>
        <ErrorMessageBar error={{ status: 404 }} />
      </TryggRoot>
    );
    await waitFor(async () => expect(await services.siteSetup.status()).toEqual({ kind: 'current', version: TRYGG_SCHEMA_VERSION }));
    expect(await screen.findByText(errorMessage({ status: 404 }))).toBeTruthy();
    expect(screen.queryByText(/Trygg är inte installerat/)).toBeNull();
  });
});

describe('a site without some of Trygg\'s groups', () => {
  let emulator: IRunningEmulator;
  const missing = ['Chefer', 'Dokumentägare'];

  beforeAll(async () => {
    const seed = buildRegionExempel();
    emulator = await startEmulator({ port: 0, provision: false, seed: { ...seed, items: {}, groups: seed.groups.filter((group) => missing.indexOf(group.title) < 0) } });
  });

  afterAll(() => emulator.close());

  it('creates the missing groups empty, tells the owner to fill them, and provisions the lists that give them rights', async () => {
    const user = userEvent.setup();
    const services = createTryggServices({ siteUrl: emulator.siteUrl, graphBaseUrl: emulator.graphBaseUrl, headers: { 'X-Trygg-User': upn('admin.trygg') } });
    render(
      <TryggRoot siteSetup={services.siteSetup}>
        <GovernanceDocuments services={services} />
      </TryggRoot>
    );
    await user.click(await screen.findByRole('button', { name: 'Installera Trygg' }));
    expect(await screen.findByText(/Grupperna Chefer, Dokumentägare skapades tomma/, undefined, { timeout: 60_000 })).toBeTruthy();
    const sp = createSp({ siteUrl: emulator.siteUrl, graphBaseUrl: emulator.graphBaseUrl, headers: { 'X-Trygg-User': upn('admin.trygg') } });
    const groups: { Title: string }[] = await sp.web.siteGroups.select('Title')();
    expect(groups.map((group) => group.Title)).toEqual(expect.arrayContaining(missing));
    expect(await readSchemaVersion(sp)).toBe(TRYGG_SCHEMA_VERSION);
  });

  it('refuses a group to an employee who tries to make one through the REST API', async () => {
    const sp = createSp({ siteUrl: emulator.siteUrl, graphBaseUrl: emulator.graphBaseUrl, headers: { 'X-Trygg-User': upn('anna.svensson') } });
    await expect(sp.web.siteGroups.add({ Title: 'Mina egna' })).rejects.toMatchObject({ status: 403 });
  });
});
