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

// After a command added, replaced or removed an agent file: the serving process would read the
// folder again on its own (it watches it, with a short delay), but a script's next step must
// find the change in effect. Bumps the config generation, which makes the serving process read
// the agents folder before it reports the generation applied, and waits as above.
void waitForServeToReadAgents(CliContext &ctx);

} // namespace Hookyard::Cli
