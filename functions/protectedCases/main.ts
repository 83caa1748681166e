/**
 * The Azure Functions entry point (the bundle's index.js): registers the HTTP route and the morning
 * timer. Kept apart from azureFunction.ts so that tests of the handler do not register a function
 * outside the runtime.
 */
import { app, InvocationContext, Timer } from '@azure/functions';
import { handleHttp, runScheduledJob } from './azureFunction';

export { callerFromEasyAuth, handleHttp } from './azureFunction';

app.http('protectedCases', { methods: ['POST'], authLevel: 'anonymous', route: '{*path}', handler: handleHttp });

// 05:00 UTC, before the working day in Sweden; runOnStartup stays off so a restart never reminds twice in a day
// (the ledger would hold anyway, but a restart is not a schedule).
app.timer('trygg-daily', {
  schedule: '0 0 5 * * *',
  handler: async (_timer: Timer, context: InvocationContext): Promise<void> => {
    context.log('Trygg scheduled job', await runScheduledJob());
  }
});
