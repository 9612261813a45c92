// Starts a throw-away cluster, reports it on stdout, then ends the way the parent test asks:
// `crash` throws an uncaught exception, `wait` waits for a signal.
import { startPostgres } from "./postgres";

async function main(mode: string | undefined) {
  const server = await startPostgres({ throwaway: true });
  process.stdout.write(`${JSON.stringify({ pid: server.pid, folder: server.folder, url: server.url })}\n`);
  if (mode === "crash") {
    setImmediate(() => {
      throw new Error("deliberate crash with the cluster running");
    });
  } else {
    setInterval(() => {}, 60_000);
  }
}

void main(process.argv[2]);
