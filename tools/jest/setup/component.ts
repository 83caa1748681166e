/**
 * Component tests (jsdom), after jest's globals exist (so Testing Library still registers its
 * cleanup after each test):
 * - Fluent UI's icons are registered as the page registers them (SharePoint and Teams load them; the
 *   workbench in tools/workbench/client/main.tsx). jsdom loads no fonts, so nothing is fetched;
 *   without this every icon warns that it "was used but not registered".
 * - Testing Library waits on conditions for up to 30 s instead of 1 s: the components talk real
 *   HTTP to the emulator, and a busy machine must not turn a slow answer into a failure.
 */
import { configure } from '@testing-library/react';
import { initializeIcons } from '@fluentui/react/lib/Icons';

initializeIcons();
configure({ asyncUtilTimeout: 30_000 });
