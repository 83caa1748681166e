export function dropSqliteExperimentalWarning(proc: NodeJS.Process): void;
