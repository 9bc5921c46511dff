#pragma once

namespace Hookyard::Cli {

class CliContext;

// After a command changed connectors, secrets or settings: when another process serves the data
// dir, waits (at most a few seconds) until it has applied the change (serve.generation reaches
// the database's config generation), so that the next command of a script meets the change in
// effect: `connector add`, `set-secret` and `trigger` in a row, or a connector disabled before
// the next delivery. Prints one warning line on standard error when the process does not answer
// in time; the change is saved either way. Does nothing when nothing serves.
void waitForServeToApply(CliContext &ctx);

} // namespace Hookyard::Cli
