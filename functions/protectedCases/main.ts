/**
 * The Azure Functions entry point (the bundle's index.js): registers the one HTTP route. Kept apart
 * from azureFunction.ts so that tests of the handler do not register a function outside the runtime.
 */
import { app } from '@azure/functions';
import { handleHttp } from './azureFunction';

export { callerFromEasyAuth, handleHttp } from './azureFunction';

app.http('protectedCases', { methods: ['POST'], authLevel: 'anonymous', route: '{*path}', handler: handleHttp });
