/**
 * Every jest project: a console.error or console.warn that a test did not expect fails that test,
 * so warnings are fixed at their cause instead of scrolling past. A test that expects one spies on
 * the console itself (jest.spyOn(console, 'error').mockImplementation(...)) and asserts it.
 */
import failOnConsole from 'jest-fail-on-console';

failOnConsole({ shouldFailOnError: true, shouldFailOnWarn: true });
