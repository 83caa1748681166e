/**
 * Runs a deployment plan: prints each step, skips what is already done, stops at the first failure
 * with what to do. With dryRun it prints every command and calls nothing.
 */
import { DeployStep, ICommand, IProvisionStep } from './plan';
import { describeSchema } from './describeSchema';

export interface IExecResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface IRunOptions {
  readonly dryRun: boolean;
  /** Runs one command (tests pass a fake; the CLI spawns the program). */
  readonly exec: (command: ICommand) => Promise<IExecResult>;
  /** Brings the site to the schema with the token; prints its own steps through log. */
  readonly provision: (step: IProvisionStep, token: string, log: (line: string) => void) => Promise<void>;
  readonly log: (line: string) => void;
}

export type RunResult = { readonly ok: true } | { readonly ok: false; readonly step: string; readonly fix: string };

/** A command as a person would type it in a POSIX shell. */
export function commandLine(command: ICommand): string {
  const quote = (arg: string): string => (/^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`);
  const line = [command.program, ...command.args].map(quote).join(' ');
  return command.cwd ? `(cd ${quote(command.cwd)} && ${line})` : line;
}

export async function runPlan(steps: readonly DeployStep[], options: IRunOptions): Promise<RunResult> {
  const { log } = options;
  const fail = (title: string, fix: string, detail: string): RunResult => {
    log(`   ✗ failed: ${detail.trim().split('\n').slice(-5).join('\n     ')}`);
    log(`   What to do: ${fix}`);
    return { ok: false, step: title, fix };
  };
  const run = async (title: string, fix: string, commands: readonly ICommand[]): Promise<RunResult | undefined> => {
    for (const command of commands) {
      log(`   $ ${commandLine(command)}`);
      if (options.dryRun) continue;
      const result = await options.exec(command);
      if (result.code !== 0) return fail(title, fix, result.stderr || result.stdout || `exit code ${result.code}`);
      if (command.expect && !command.expect.test(result.stdout)) return fail(title, fix, command.expect.failure);
    }
    return undefined;
  };

  for (const [index, step] of steps.entries()) {
    log(`${index + 1}. ${step.title}`);
    if (step.kind === 'note') {
      log(`   ${step.text}`);
      continue;
    }
    if (step.kind === 'provision') {
      log(`   $ ${commandLine(step.token)}  (the token provisioning runs with)`);
      if (options.dryRun) {
        for (const line of describeSchema(step)) log(`   ${line}`);
        continue;
      }
      const token = await options.exec(step.token);
      if (token.code !== 0) return fail(step.title, step.fix, token.stderr || token.stdout);
      try {
        await options.provision(step, tokenFrom(token.stdout), (line) => log(`   ${line}`));
      } catch (e) {
        return fail(step.title, step.fix, e instanceof Error ? e.message : String(e));
      }
      continue;
    }
    if (step.check) {
      log(`   $ ${commandLine(step.check.command)}  (is it done?)`);
      if (!options.dryRun) {
        const checked = await options.exec(step.check.command);
        if (checked.code === 0 && step.check.done(checked.stdout)) {
          if (!step.whenDone) {
            log('   ✓ already done');
            continue;
          }
          const failed = await run(step.title, step.fix, step.whenDone);
          if (failed) return failed;
          continue;
        }
      } else if (step.whenDone) {
        log('   if done:');
        await run(step.title, step.fix, step.whenDone);
        log('   if not:');
      }
    }
    const failed = await run(step.title, step.fix, step.run);
    if (failed) return failed;
  }
  return { ok: true };
}

/** `m365 util accesstoken get --output json` prints the token as a JSON string; text output prints it bare. */
function tokenFrom(stdout: string): string {
  const text = stdout.trim();
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'string') return value;
  } catch {
    // not JSON: the bare token
  }
  return text;
}
