/** The `sverka` command: the process around main(), which tests run in-process instead. */
import { guardProcess } from './fault-boundary';
import { main } from './main';

let strayError = false;
guardProcess((error) => {
  strayError = true;
  process.stderr.write(`sverka: internal failure: ${(error as Error)?.stack ?? error}\n`);
});
main(process.argv.slice(2), undefined, { rememberSpelling: true }).then(
  (code) => {
    process.exitCode = strayError ? 2 : code;
  },
  () => {
    process.exitCode = 2;
  },
);
