// `npm run cds-hooks -- [--port 8089] [--host 127.0.0.1]`: the CDS Hooks service until stopped.
import { createCdsServer } from './server.ts';

const USAGE = 'usage: npm run cds-hooks -- [--port N] [--host ADDRESS]   (default 127.0.0.1:8089)';

function parse(argv: string[]): { port: number; host: string } | string {
  let port = 8089;
  let host = '127.0.0.1';
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.includes('=') ? argv[i]!.split('=', 2) : [argv[i]!, undefined];
    const value = inline ?? argv[++i];
    if (flag === '--port') {
      port = Number(value);
      if (!Number.isInteger(port) || port < 0 || port > 65535) return `--port: "${value ?? ''}" is not a port number (0–65535)`;
    } else if (flag === '--host') {
      if (!value) return '--host: needs an address, e.g. --host 0.0.0.0';
      host = value;
    } else return `${flag}: unknown option`;
  }
  return { port, host };
}

const options = parse(process.argv.slice(2));
if (typeof options === 'string') {
  process.stderr.write(`${options}\n${USAGE}\n`);
  process.exit(2);
}
const server = createCdsServer();
server.on('error', (e: NodeJS.ErrnoException) => {
  process.stderr.write(`cds-hooks: cannot listen on ${options.host}:${options.port} (${e.code ?? e.message})\n`);
  process.exit(1);
});
server.listen(options.port, options.host, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  // The only line it ever prints: no request or patient data is logged.
  process.stdout.write(`CDS Hooks service: http://${options.host}:${port}/cds-services\n`);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)));
