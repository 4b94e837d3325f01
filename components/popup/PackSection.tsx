import type { PackStatus } from '@/utils/protocol/pack';

function when(ms: number | undefined): string {
  return ms ? new Date(ms).toLocaleString() : 'never';
}

/** The pack in force: name, version, where it came from, and the last failure to update, if any. */
export function PackSection({ status }: { status: PackStatus }) {
  return (
    <section className="card" aria-labelledby="pack-h" data-section="pack">
      <h2 id="pack-h">Policy</h2>
      <p className="pack-name">
        <strong data-field="pack-name">{status.name}</strong> <span data-field="pack-version">{status.version}</span>
      </p>
      {status.managedBy ? (
        <p className="managed" data-field="managed-by">
          Managed by your organisation ({status.managedBy})
        </p>
      ) : (
        <p className="muted">{status.source === 'builtin' ? 'Built-in policy' : 'Policy from your settings'}</p>
      )}
      {status.lastError && (
        <p className="failure" role="alert" data-field="pack-error">
          Update failed {when(status.lastError.at)}: {status.lastError.reason}. The last good policy stays in force.
        </p>
      )}
      <p className="muted small">Loaded {when(status.loadedAt)}</p>
    </section>
  );
}
