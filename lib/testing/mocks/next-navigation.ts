/** What redirect() throws in tests, so a test can see where an action sent the user. */
export class RedirectSignal extends Error {
  constructor(public readonly url: string) {
    super(`redirect ${url}`);
  }
}
export const redirect = (url: string) => {
  throw new RedirectSignal(url);
};
export const forbidden = () => {
  throw new Error('forbidden');
};
export const notFound = () => {
  throw new Error('notFound');
};
export const unstable_rethrow = (e: unknown) => {
  if (e instanceof RedirectSignal) throw e;
};
