/**
 * Every module that defines background jobs, imported by whatever consumes the queue (the app
 * process when WORKER_MODE=inline, `npm run worker` otherwise) so their handlers are registered.
 */
import "../mail";
