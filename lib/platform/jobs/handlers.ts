/**
 * Every module that defines background jobs, imported by whatever consumes the queue (the app
 * process when WORKER_MODE=inline, `npm run worker` otherwise) so their handlers are registered.
 * `npm run worker` runs tsx with --conditions=react-server, so handlers may use "server-only" domain code.
 */
import "../mail";
import "@/lib/catalog/import/job";
