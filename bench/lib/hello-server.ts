// The bare-Fastify baseline: the cheapest possible route on this machine, run in
// its own process like the real server. Prints its port on stdout.
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.get('/hello', async () => ({ hello: 'world' }));
app.post('/hello', async (request) => ({ received: typeof request.body }));
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
process.stdout.write(`${typeof address === 'object' && address ? address.port : 0}\n`);
process.on('SIGTERM', () => {
  app.close().then(() => process.exit(0));
});
