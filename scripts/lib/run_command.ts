/**
 * An error that a command explains in lines of its own (what could not be read, and why):
 * printed as they are on stderr, and the command exits 2.
 */
export class CommandError extends Error {
  constructor(readonly lines: readonly string[]) {
    super(lines.join('\n'));
  }
}

/**
 * Runs a command line's `main` and exits with the code it gives, once everything it wrote is
 * written: the exit code is set, the process is not ended at once, so a report piped to
 * another program is never cut short. A CommandError prints its lines, any other error one
 * line named after the command; both exit 2.
 */
export function runCommand(name: string, main: () => Promise<number>): void {
  // A reader that stops reading (`| head`) closes the pipe: the command stops there,
  // quietly, as Unix tools do, rather than end in a stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      process.exit(process.exitCode ?? 0);
    });
  }
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      const lines =
        error instanceof CommandError
          ? error.lines
          : [`${name}: ${error instanceof Error ? error.message : String(error)}`];
      for (const line of lines) console.error(line);
      process.exitCode = 2;
    },
  );
}
