// AsyncLocalStorage (the audit actor, server/audit/actor.ts) without a promise hook. Node 24
// carries its stores in V8's async context frames; Node 22 does so only with
// --experimental-async-context-frame, and otherwise, once any store has been entered (the first
// mutation), runs a JavaScript hook for every promise the process creates from then on: 0.05 ms of
// CPU per single-Akt read, a tenth of the server's (BENCHMARKS.md, 2026-12-03 evening). Node 24
// refuses the flag (its frames are always on), so no fixed command line serves both: preloaded
// first (`--import`), this starts the process again in place (process.execve: same pid, so signals
// and the exit code stay the caller's) with the flag when Node has it and it is missing.
const FLAG = '--experimental-async-context-frame';

const missing =
  process.allowedNodeEnvironmentFlags.has(FLAG) &&
  !process.execArgv.includes(FLAG) &&
  !(process.env.NODE_OPTIONS ?? '').split(/\s+/).includes(FLAG);

if (missing && typeof process.execve === 'function') {
  try {
    process.execve(process.execPath, [process.execPath, FLAG, ...process.execArgv, ...process.argv.slice(1)], process.env);
  } catch {
    // Not possible here (a platform without execve): the hook-based stores work the same, slower.
  }
}
