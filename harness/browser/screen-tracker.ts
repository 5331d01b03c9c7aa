import type { Page } from '@playwright/test';
import { screenOfPath, type ScreenName } from '../../contract/screens.ts';
import { CUSTOM_FACTOR_ORIGIN } from '../devices/custom-factor.ts';
import { Signal } from '../wait/signal.ts';

/** A screen the browser landed on: a Universal Login screen, the application's callback, or something else. */
export type ObservedScreen = ScreenName | 'complete' | 'denied' | 'custom-factor' | `unknown page ${string}`;

export interface Visit {
  url: URL;
  screen: ObservedScreen;
  /**
   * When the browser requested this page (`performance.now()` of this process): the last request of the
   * redirect chain that led here, the one the server rendered it for (an email or SMS challenge sends its
   * code then), so a code's latency counts from it.
   */
  requestedAt: number;
}

/** A visit as a person reads it: the screen, or a denial with the error and reason the application got. */
export function describeVisit(visit: Visit): string {
  if (visit.screen !== 'denied') return visit.screen;
  const error = visit.url.searchParams.get('error') ?? '';
  const description = visit.url.searchParams.get('error_description');
  return `denied: ${error}${description ? ` - ${description}` : ''}`;
}

function classify(url: URL, callbackUrl: string): ObservedScreen {
  if (url.href.startsWith(callbackUrl)) return url.searchParams.has('error') ? 'denied' : 'complete';
  if (url.origin === CUSTOM_FACTOR_ORIGIN) return 'custom-factor';
  return screenOfPath(url.pathname) ?? `unknown page ${url.origin}${url.pathname}`;
}

/** A dead end: where the login leaves the tenant and nothing is rendered that a step could read. */
export function isDeadEnd(screen: ObservedScreen): boolean {
  return screen === 'complete' || screen === 'denied' || screen === 'custom-factor';
}

/**
 * Records every page the main frame lands on, in order, and the application callback, so that no
 * application is needed. Steps wait for "the next page after the last one I saw", never for a duration:
 * the browser's own events wake the wait (no polling interval).
 *
 * The callback is reached by a 302, and Playwright's routing never sees requests that a redirect made
 * (docs/decisions/0001-callback-capture.md): it is read from the `request` event instead, which fires for
 * every request of a redirect chain. Nothing listens on the callback URL, so the browser then shows its
 * own error page, which is ignored. A redirect Action's custom factor (`CUSTOM_FACTOR_ORIGIN`, a host that
 * never resolves) is caught the same way.
 */
export class ScreenTracker {
  readonly visits: Visit[] = [];
  #seen = 0;
  /** A dead end (callback, custom factor) whose error page has not committed yet. */
  #deadEndLoading = false;
  /** When the main frame last requested a page (each hop of a redirect chain counts). */
  #requestedAt = performance.now();
  readonly #changed = new Signal();
  /** Called with each new screen once its DOM is ready (the evidence screenshots). */
  #onScreen: (visit: Visit, index: number) => Promise<void> = () => Promise.resolve();

  private constructor(
    readonly page: Page,
    /** The application's callback (the target's), a dead end the browser answers. */
    readonly callbackUrl: string,
  ) {
    page.on('request', (request) => {
      if (!request.isNavigationRequest() || request.frame() !== page.mainFrame()) return;
      this.#requestedAt = performance.now();
      if (request.url().startsWith(callbackUrl) || request.url().startsWith(`${CUSTOM_FACTOR_ORIGIN}/`)) {
        // Under load Chromium may request a refused callback twice: one landing, recorded once.
        if (this.visits.at(-1)?.url.href === request.url()) return;
        this.#record(new URL(request.url()));
        this.#deadEndLoading = true;
      }
    });
    page.on('framenavigated', (frame) => {
      if (frame !== page.mainFrame()) return;
      // Any page committing, the error page or one that superseded it, ends the dead end's loading.
      this.#deadEndLoading = false;
      const url = new URL(frame.url());
      if (
        url.protocol !== 'chrome-error:' &&
        !url.href.startsWith(callbackUrl) &&
        url.origin !== CUSTOM_FACTOR_ORIGIN
      )
        this.#record(url);
      this.#changed.notify();
    });
  }

  static attach(page: Page, callbackUrl: string): ScreenTracker {
    return new ScreenTracker(page, callbackUrl);
  }

  /** `capture` sees each screen a step waited for, in order, once its DOM is ready. */
  onScreen(capture: (visit: Visit, index: number) => Promise<void>): void {
    this.#onScreen = capture;
  }

  /** The next page the browser lands on after the last one returned. */
  async next(timeoutMs: number): Promise<Visit> {
    const visit = await this.#changed.until(() => this.visits[this.#seen], {
      timeoutMs,
      message: `the browser stayed on ${this.visits.at(-1)?.url.href ?? 'about:blank'} for ${timeoutMs / 1000} s: no next page appeared`,
    });
    this.#seen += 1;
    if (!isDeadEnd(visit.screen)) {
      await this.page.waitForLoadState('domcontentloaded');
      await this.#onScreen(visit, this.#seen);
    }
    return visit;
  }

  /**
   * Waits until the last dead end's error page has committed, so that it cannot cancel the next navigation
   * (the page's URL cannot tell: it may still show an earlier error page). Gives up quietly after
   * `timeoutMs`: then nothing is loading any more that could interfere.
   */
  async deadEndSettled(timeoutMs: number): Promise<void> {
    await this.#changed
      .until(() => (this.#deadEndLoading ? undefined : true), {
        timeoutMs,
        message: 'no error page committed',
      })
      .catch(() => undefined);
  }

  /** Forget pages not yet consumed (before starting a new login). */
  skipPending(): void {
    this.#seen = this.visits.length;
  }

  #record(url: URL): void {
    this.visits.push({ url, screen: classify(url, this.callbackUrl), requestedAt: this.#requestedAt });
    this.#changed.notify();
  }
}
