import { HttpRequest } from '@azure/functions';
import { callerFromEasyAuth, handleHttp } from '../../../functions/protectedCases/azureFunction';

const encode = (value: unknown): string => Buffer.from(JSON.stringify(value), 'utf8').toString('base64');

describe('the Azure Functions host of the protected-cases function', () => {
  it("takes the caller from App Service authentication's validated principal", () => {
    const header = encode({
      auth_typ: 'aad',
      claims: [
        { typ: 'name', val: 'Anna Svensson' },
        { typ: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn', val: 'anna.svensson@regionexempel.se' }
      ]
    });
    expect(callerFromEasyAuth(header)).toEqual({ userPrincipalName: 'anna.svensson@regionexempel.se' });
    expect(callerFromEasyAuth(encode({ claims: [{ typ: 'preferred_username', val: 'lars.holm@regionexempel.se' }] }))).toEqual({
      userPrincipalName: 'lars.holm@regionexempel.se'
    });
  });

  it('treats a missing, unreadable or nameless principal as no caller (401)', () => {
    expect(callerFromEasyAuth(null)).toBeUndefined();
    expect(callerFromEasyAuth('not base64 json')).toBeUndefined();
    expect(callerFromEasyAuth(encode({ claims: [{ typ: 'name', val: 'Anna' }] }))).toBeUndefined();
  });
});

describe('the Azure Functions host refuses before doing anything', () => {
  it('a body that is not JSON (a cross-site form post riding on a session cookie)', async () => {
    const request = new HttpRequest({ method: 'POST', url: 'https://trygg.example/api/cases', body: { string: 'clientRequestId=x' }, headers: { 'content-type': 'text/plain' } });
    expect(await handleHttp(request)).toMatchObject({ status: 415 });
  });
});
