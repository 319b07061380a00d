export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // Migrations run before the server takes its first request, however it was started.
  const { onServerStart } = await import('./lib/server-start');
  onServerStart();
}
