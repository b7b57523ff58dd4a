// A tiny static server for host pages on another origin than the app (the embed tests).
// Placeholder until the embed work lands: it answers /health so Playwright can start it.
import { createServer } from 'node:http';

const port = Number(process.argv[2] ?? 4180);
createServer((request, response) => {
  if (request.url === '/health') {
    response.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    return;
  }
  response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
}).listen(port, 'localhost', () => console.log(`host pages on http://localhost:${port}`));
