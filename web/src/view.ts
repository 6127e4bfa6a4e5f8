/** What every view of the explorer is given, and what it gives back. */
import type { Route } from './router.js';

/** The services a view may use while it is shown. */
export interface ViewContext {
  /** Aborted when the view is left: pass it to every request. */
  signal: AbortSignal;
  /** Opens another view (a new history entry). */
  navigate(route: Route): void;
  /** Records the view's new state in the URL without reloading it (no new history entry). */
  replace(route: Route): void;
}

/** A view once shown. */
export interface ViewHandle {
  /** The document title. */
  title: string;
  /** Called when the view is left. */
  destroy?(): void;
}

/** Renders a view into `container`. */
export type ViewRenderer<R extends Route> = (
  container: HTMLElement,
  route: R,
  context: ViewContext,
) => Promise<ViewHandle>;
