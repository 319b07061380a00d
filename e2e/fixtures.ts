import { test as base, expect, type Browser, type BrowserContext, type Page } from '@playwright/test';

/**
 * Every spec imports `test` and `expect` from here. A test fails when any page it opens — in the default
 * context or in one made with `browser.newContext()` / `browser.newPage()` — logs a console error, throws an
 * uncaught exception, or logs a React hydration warning (or a form React did not expect to be submitted).
 *
 * A console error a test causes on purpose (a 403 or 404 the browser logs as "Failed to load resource") is
 * declared where it happens: `test.use({ allowConsole: [/status of 403/] })` for a file or describe block,
 * or `allowConsole(/…/)` inside one test. Only console messages can be allowed, never an uncaught exception
 * or a hydration warning.
 *
 * It also fails a test when a page it loads holds a form inside a form (HTML forbids it; React then submits
 * the outer form or mismatches on hydration). Every page is checked once loaded and again when the test ends.
 */

/** React's own words for problems that must never reach a user, in development and production builds. */
const REACT_PROBLEMS = [
  /hydrat/i, // "Hydration failed …", "A tree hydrated but some attributes …", "… did not match"
  /did not match/i,
  /A React form was unexpectedly submitted/,
  /Minified React error #(418|419|421|422|423|425)\b/, // the production hydration errors
  /react\.dev\/errors\/(418|419|421|422|423|425)\b/,
];

type Problem = { kind: 'console' | 'pageerror' | 'nested-form'; type: string; text: string; url: string; resource?: string };

type Fixtures = {
  /** Console messages (error type) a test expects, as patterns matched against the message text. */
  allowConsole: RegExp[];
  /** Adds patterns for the rest of the current test. */
  allowConsoleError: (...patterns: RegExp[]) => void;
  _allowedInTest: RegExp[];
  _consoleGuard: void;
};

const watched = new WeakSet<BrowserContext>();

/** Counts forms inside forms on the page as it is now; a page that navigated away or closed meanwhile is checked in its turn. */
async function checkNestedForms(page: Page, problems: Problem[]) {
  if (page.isClosed()) return;
  try {
    const nested = await page.evaluate(() => [...document.querySelectorAll('form form')].map((f) => f.outerHTML.slice(0, 120)));
    for (const html of nested) problems.push({ kind: 'nested-form', type: 'nested-form', text: `a form inside a form: ${html}`, url: page.url() });
  } catch {
    // The page navigated or closed while being read.
  }
}

function watch(context: BrowserContext, problems: Problem[], pending: Promise<void>[], contexts: BrowserContext[]) {
  if (watched.has(context)) return;
  watched.add(context);
  contexts.push(context);
  const onPage = (page: Page) => page.on('load', () => void pending.push(checkNestedForms(page, problems)));
  context.pages().forEach(onPage);
  context.on('page', onPage);
  context.on('console', (msg) => {
    const text = msg.text();
    const type = msg.type();
    if (type !== 'error' && type !== 'warning') return;
    const react = REACT_PROBLEMS.some((r) => r.test(text));
    if (type !== 'error' && !react) return;
    problems.push({ kind: 'console', type: react ? 'react' : type, text, url: msg.page()?.url() ?? '', resource: msg.location().url || undefined });
  });
  context.on('weberror', (e) => {
    const err = e.error();
    problems.push({ kind: 'pageerror', type: 'pageerror', text: `${err.name}: ${err.message}`, url: e.page()?.url() ?? '' });
  });
}

export const test = base.extend<Fixtures>({
  allowConsole: [[], { option: true }],

  _allowedInTest: async ({}, provide) => {
    await provide([]);
  },
  allowConsoleError: async ({ _allowedInTest }, provide) => {
    await provide((...patterns) => void _allowedInTest.push(...patterns));
  },

  _consoleGuard: [
    async ({ browser, context, allowConsole, _allowedInTest }, provide) => {
      const problems: Problem[] = [];
      const pending: Promise<void>[] = [];
      const contexts: BrowserContext[] = [];
      watch(context, problems, pending, contexts);
      // Contexts and pages a test makes itself are watched too, for the length of the test.
      const b = browser as Browser & { newContext: Browser['newContext']; newPage: Browser['newPage'] };
      const newContext = b.newContext;
      const newPage = b.newPage;
      b.newContext = async (...args) => {
        const c = await newContext.apply(b, args);
        watch(c, problems, pending, contexts);
        return c;
      };
      b.newPage = async (...args) => {
        const p = await newPage.apply(b, args);
        watch(p.context(), problems, pending, contexts);
        return p;
      };
      try {
        await provide();
      } finally {
        b.newContext = newContext;
        b.newPage = newPage;
      }
      for (const c of contexts) for (const p of c.pages()) pending.push(checkNestedForms(p, problems));
      await Promise.all(pending);
      const allowed = [...allowConsole, ..._allowedInTest];
      const unexpected = problems.filter(
        (p) => p.kind !== 'console' || p.type === 'react' || !allowed.some((r) => r.test(p.text) || (!!p.resource && r.test(`${p.text} ${p.resource}`))),
      );
      if (unexpected.length > 0) {
        const lines = unexpected.map((p) => `  [${p.type}] ${p.text}${p.resource && p.resource !== p.url ? ` — ${p.resource}` : ''}${p.url ? `  (on ${p.url})` : ''}`);
        throw new Error(`the browser reported ${unexpected.length} problem(s) during the test:\n${lines.join('\n')}`);
      }
    },
    { auto: true },
  ],
});

/** What Chromium logs for a page or fetch answered 403 / 404: declare it where a test causes it on purpose. */
export const FORBIDDEN = /Failed to load resource: the server responded with a status of 403 \(Forbidden\)/;
export const NOT_FOUND = /Failed to load resource: the server responded with a status of 404 \(Not Found\)/;

export { expect };
