import { errorMessage } from '../../src/components/ErrorMessageBar';
import { ProtectedCaseError } from '../../src/services/protectedCases/ProtectedCaseClient';

describe('what the protected-cases function refuses, in words', () => {
  it('says who a protected case may be handed to, and that it never goes back to its reporter', () => {
    expect(errorMessage(new ProtectedCaseError(400, 'invalid', 'x', { toEmail: 'notAHandler' }))).toBe(
      'Ett skyddat ärende kan bara lämnas över till en chef, ersättare, säkerhetssamordnare eller säkerhetsfunktionen.'
    );
    expect(errorMessage(new ProtectedCaseError(400, 'invalid', 'x', { toEmail: 'isReporter' }))).toBe('Ärendet kan inte lämnas över till den som rapporterade det.');
  });

  it('says the function is away rather than blaming the user, and who sets it up when it is not', () => {
    expect(errorMessage(new ProtectedCaseError(503, 'notConfigured', 'x'))).toMatch(/^Skyddade ärenden är inte inställda här.*Administratören anger det med npm run deploy/);
    expect(errorMessage(new ProtectedCaseError(503, 'unavailable', 'x'))).toMatch(/^Skyddade ärenden kan inte hanteras just nu/);
    // Anything else follows the status, like any other service error.
    expect(errorMessage(new ProtectedCaseError(404, 'notFound', 'x'))).toBe(errorMessage({ status: 404 }));
  });
});
