// PGlite writes its data folder through Emscripten's NODEFS, which creates each file and then
// sets the mode the WebAssembly side asked for: 0666 for the files initdb copies in, 0644 for
// what Postgres opens with fopen. Neither the process umask (worker threads cannot set one, and
// NODEFS chmods after creating) nor Postgres' own 0600 reach those. So the folder is mounted
// with group and other bits taken off every mode NODEFS creates or sets: owner-only whatever
// the umask, from the first file initdb writes.

import type { PGlite } from '@electric-sql/pglite';
import { NodeFS } from '@electric-sql/pglite/nodefs';

const GROUP_AND_OTHERS = 0o077;
const IS_FOLDER = 0o040000;

/** The two places NODEFS gives a real file or folder its mode (Emscripten's library_nodefs.js). */
interface NodeFsModes {
  node_ops: { mknod(parent: unknown, name: string, mode: number, dev: number): unknown };
  setattr(target: unknown, node: unknown, attr: { mode?: number }, ...rest: unknown[]): void;
}

function ownerOnly(nodefs: NodeFsModes | undefined): void {
  if (typeof nodefs?.setattr !== 'function' || typeof nodefs.node_ops?.mknod !== 'function') {
    // A PGlite whose file layer changed must not quietly write files others can read.
    throw new Error('PGlite’s file layer (NODEFS) changed: cannot keep the data folder owner-only');
  }
  const { mknod } = nodefs.node_ops;
  nodefs.node_ops.mknod = (parent, name, mode, dev) => {
    // Folders keep the owner's x; files never get it (0600 after the chmod that follows).
    const keep = (mode & IS_FOLDER) === IS_FOLDER ? ~GROUP_AND_OTHERS : ~(GROUP_AND_OTHERS | 0o100);
    return mknod(parent, name, mode & keep, dev);
  };
  const { setattr } = nodefs;
  nodefs.setattr = (target, node, attr, ...rest) =>
    setattr(
      target,
      node,
      attr.mode === undefined ? attr : { ...attr, mode: attr.mode & ~GROUP_AND_OTHERS },
      ...rest,
    );
}

type ModuleOptions = Parameters<NodeFS['init']>[1];
type PreRun = NonNullable<ModuleOptions['preRun']>[number];

/** PGlite's NodeFS, with every mode it writes made owner-only. */
export class OwnerOnlyNodeFS extends NodeFS {
  override async init(pg: PGlite, options: ModuleOptions) {
    const { emscriptenOpts } = await super.init(pg, options);
    const restrict: PreRun = (mod) =>
      ownerOnly(mod.FS.filesystems.NODEFS as unknown as NodeFsModes | undefined);
    // Before NodeFS's own preRun mounts the folder: nothing is written before the restriction.
    return { emscriptenOpts: { ...emscriptenOpts, preRun: [restrict, ...(emscriptenOpts.preRun ?? [])] } };
  }
}
