// The last line of defence: if any part of the app fails to show itself, this recovery screen says
// what happened and offers the way out — download the saved text, start again at the first screen,
// or delete all data — instead of a blank page. A part of the app that could not be downloaded
// (an old tab after an update) gets a reload that keeps the case: everything is saved on each change.
import { Component, type ReactNode } from 'react';
import { downloadBlob } from '../../io/files.ts';
import { storage, useAppStore } from '../../store/app-store.ts';
import { deleteAllDataOnThisDevice, savedDataText } from '../../store/device-data.ts';

/** A lazily loaded part of the app could not be fetched (its file is gone after an update, or the network failed). */
export function isChunkLoadError(error: unknown): boolean {
  const message = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return /dynamically imported module|Importing a module script failed|error loading dynamically imported|ChunkLoadError|Loading chunk/i.test(message);
}

interface State {
  error: unknown;
  confirming: boolean;
}

export class ErrorBoundary extends Component<{ children: ReactNode; reload?: () => void }, State> {
  state: State = { error: null, confirming: false };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error };
  }

  private reload = () => {
    storage.flush(); // anything held back (storage full) gets one more try before the page goes
    (this.props.reload ?? (() => globalThis.location.reload()))();
  };

  private startAgain = () => {
    useAppStore.getState().closeCase();
    this.setState({ error: null, confirming: false });
  };

  private deleteAll = () => {
    deleteAllDataOnThisDevice();
    this.setState({ error: null, confirming: false });
  };

  render() {
    const { error, confirming } = this.state;
    if (!error) return this.props.children;
    const chunk = isChunkLoadError(error);
    return (
      <main id="main" className="main recovery" tabIndex={-1}>
        <h1>{chunk ? 'RPL Workup needs a reload' : 'Something went wrong'}</h1>
        {chunk ? (
          <p>
            A part of RPL Workup could not be loaded, most likely because a new version was installed in another tab or the connection dropped. Your cases are
            saved in this browser: reloading opens the same case again.
          </p>
        ) : (
          <p>
            RPL Workup could not show this screen. Your saved work has not been deleted. You can download the saved text to keep it, go back to the first
            screen, or — if this keeps happening — delete all data and start fresh.
          </p>
        )}
        <p className="hint">What happened: {error instanceof Error ? error.message : String(error)}</p>
        <p className="notice-actions">
          {chunk ? (
            <>
              <button type="button" className="button" onClick={this.reload}>
                Reload and keep the case
              </button>{' '}
            </>
          ) : null}
          <button
            type="button"
            className="button secondary"
            onClick={() =>
              downloadBlob(new Blob([savedDataText()], { type: 'application/json' }), `rpl-workup-saved-data-${new Date().toISOString().slice(0, 10)}.json`)
            }
          >
            Download the saved text
          </button>{' '}
          <button type="button" className="button secondary" onClick={this.startAgain}>
            Start again at the first screen
          </button>{' '}
          {!confirming ? (
            <button type="button" className="button danger" onClick={() => this.setState({ confirming: true })}>
              Delete all data and start fresh
            </button>
          ) : null}
        </p>
        {confirming ? (
          <p className="confirm" role="alert">
            Delete every saved case, the kept copies and your settings from this browser? It cannot be undone: download the saved text first if it may be
            needed.{' '}
            <button type="button" className="button danger" onClick={this.deleteAll}>
              Yes, delete all data
            </button>{' '}
            <button type="button" className="button secondary" onClick={() => this.setState({ confirming: false })}>
              Keep it
            </button>
          </p>
        ) : null}
      </main>
    );
  }
}
