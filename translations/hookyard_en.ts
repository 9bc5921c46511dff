<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AgentConnectorsDialog</name>
    <message>
        <source>Agent Connectors</source>
        <translation>Agent Connectors</translation>
    </message>
    <message>
        <source>&amp;All connectors, also the ones created later</source>
        <translation>&amp;All connectors, also the ones created later</translation>
    </message>
    <message>
        <source>&amp;Only these:</source>
        <translation>&amp;Only these:</translation>
    </message>
    <message>
        <source>Connectors</source>
        <translation>Connectors</translation>
    </message>
</context>
<context>
    <name>ConnectorDetails</name>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <source>Remove this connector; its event history stays readable</source>
        <translation>Remove this connector; its event history stays readable</translation>
    </message>
    <message>
        <source>&lt;b&gt;No signing secret yet.&lt;/b&gt; Deliveries to this connector are refused (HTTP 503) until you save the signing secret below. Stripe retries refused deliveries for up to three days, so nothing is lost.</source>
        <translation>&lt;b&gt;No signing secret yet.&lt;/b&gt; Deliveries to this connector are refused (HTTP 503) until you save the signing secret below. Stripe retries refused deliveries for up to three days, so nothing is lost.</translation>
    </message>
    <message>
        <source>1. Webhook URL</source>
        <translation>1. Webhook URL</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>Webhook URL</translation>
    </message>
    <message>
        <source>&amp;Copy URL</source>
        <translation>&amp;Copy URL</translation>
    </message>
    <message>
        <source>Copy the webhook URL to the clipboard</source>
        <translation>Copy the webhook URL to the clipboard</translation>
    </message>
    <message>
        <source>Stripe CLI command</source>
        <translation>Stripe CLI command</translation>
    </message>
    <message>
        <source>Copy Co&amp;mmand</source>
        <translation>Copy Co&amp;mmand</translation>
    </message>
    <message>
        <source>2. Signing secret</source>
        <translation>2. Signing secret</translation>
    </message>
    <message>
        <source>Paste the endpoint&apos;s signing secret from Stripe (it starts with whsec_). It is kept in the secret store, never in the database.</source>
        <translation>Paste the endpoint&apos;s signing secret from Stripe (it starts with whsec_). It is kept in the secret store, never in the database.</translation>
    </message>
    <message>
        <source>whsec_…</source>
        <translation>whsec_…</translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation>Signing secret</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>S&amp;how</translation>
    </message>
    <message>
        <source>Show or hide the secret you are typing</source>
        <translation>Show or hide the secret you are typing</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>&amp;Save Secret</source>
        <translation>&amp;Save Secret</translation>
    </message>
    <message>
        <source>&amp;Keep the previous secret valid for</source>
        <translation>&amp;Keep the previous secret valid for</translation>
    </message>
    <message>
        <source>When you roll the secret in Stripe, Stripe keeps signing with the old one for a while: accept both meanwhile</source>
        <translation>When you roll the secret in Stripe, Stripe keeps signing with the old one for a while: accept both meanwhile</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Received:</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>Rejected:</translation>
    </message>
    <message>
        <source>Last event:</source>
        <translation>Last event:</translation>
    </message>
    <message>
        <source>Agents:</source>
        <translation>Agents:</translation>
    </message>
    <message>
        <source>&amp;Link Agents…</source>
        <translation>&amp;Link Agents…</translation>
    </message>
    <message>
        <source>Choose the agents that run for this connector&apos;s events</source>
        <translation>Choose the agents that run for this connector&apos;s events</translation>
    </message>
    <message>
        <source>&amp;Test event:</source>
        <translation>&amp;Test event:</translation>
    </message>
    <message>
        <source>Send &amp;Test Event</source>
        <translation>Send &amp;Test Event</translation>
    </message>
    <message>
        <source>Sign a sample event with this connector&apos;s secret and deliver it to the receiver, like `stripe trigger`</source>
        <translation>Sign a sample event with this connector&apos;s secret and deliver it to the receiver, like `stripe trigger`</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>&amp;Enabled (a disabled connector answers 404)</source>
        <translation>&amp;Enabled (a disabled connector answers 404)</translation>
    </message>
    <message>
        <source>Timestamp &amp;tolerance:</source>
        <translation>Timestamp &amp;tolerance:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Rate limit:</source>
        <translation>&amp;Rate limit:</translation>
    </message>
    <message>
        <source>Deliveries per second; 0 = unlimited</source>
        <translation>Deliveries per second; 0 = unlimited</translation>
    </message>
    <message>
        <source>B&amp;urst:</source>
        <translation>B&amp;urst:</translation>
    </message>
    <message>
        <source>Deliveries at once above the rate; 0 = unlimited</source>
        <translation>Deliveries at once above the rate; 0 = unlimited</translation>
    </message>
    <message>
        <source>&amp;Apply Options</source>
        <translation>&amp;Apply Options</translation>
    </message>
    <message>
        <source>Show E&amp;vents</source>
        <translation>Show E&amp;vents</translation>
    </message>
    <message>
        <source>The Events page, narrowed to this connector&apos;s events</source>
        <translation>The Events page, narrowed to this connector&apos;s events</translation>
    </message>
    <message>
        <source>Show Re&amp;jected</source>
        <translation>Show Re&amp;jected</translation>
    </message>
    <message>
        <source>The requests to this connector that were refused, each with the reason and what was recorded of it</source>
        <translation>The requests to this connector that were refused, each with the reason and what was recorded of it</translation>
    </message>
</context>
<context>
    <name>Hookyard::Agents</name>
    <message>
        <source>the name &quot;%1&quot; is already used by %2</source>
        <translation>the name &quot;%1&quot; is already used by %2</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>unterminated single quote</source>
        <translation>unterminated single quote</translation>
    </message>
    <message>
        <source>unterminated double quote</source>
        <translation>unterminated double quote</translation>
    </message>
</context>
<context>
    <name>Hookyard::Agents::AgentExamples</name>
    <message>
        <source>Dunning: recover failed payments</source>
        <translation>Dunning: recover failed payments</translation>
    </message>
    <message>
        <source>Drafts a recovery message naming the amount and the decline reason when a payment or an invoice payment fails.</source>
        <translation>Drafts a recovery message naming the amount and the decline reason when a payment or an invoice payment fails.</translation>
    </message>
    <message>
        <source>Onboarding: welcome upgrades</source>
        <translation>Onboarding: welcome upgrades</translation>
    </message>
    <message>
        <source>Welcomes a customer to a new or higher plan; other subscription updates are skipped by its middleware.</source>
        <translation>Welcomes a customer to a new or higher plan; other subscription updates are skipped by its middleware.</translation>
    </message>
    <message>
        <source>Fraud review: warnings and disputes</source>
        <translation>Fraud review: warnings and disputes</translation>
    </message>
    <message>
        <source>Summarises an early fraud warning or a dispute with the recommended step and the evidence deadline.</source>
        <translation>Summarises an early fraud warning or a dispute with the recommended step and the evidence deadline.</translation>
    </message>
    <message>
        <source>Churn prevention: win-back offers</source>
        <translation>Churn prevention: win-back offers</translation>
    </message>
    <message>
        <source>Drafts a win-back offer when a subscription is cancelled or set to end at the period&apos;s end.</source>
        <translation>Drafts a win-back offer when a subscription is cancelled or set to end at the period&apos;s end.</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
    <message>
        <source>%1 exists already (use --replace to overwrite it)</source>
        <translation>%1 exists already (use --replace to overwrite it)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>Hookyard::Agents::AgentProcess</name>
    <message>
        <source>command not found: %1</source>
        <translation>command not found: %1</translation>
    </message>
    <message>
        <source> (to run the file next to the agent, write ./%1)</source>
        <translation> (to run the file next to the agent, write ./%1)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>killed %1 after it ignored the request to terminate</source>
        <translation>killed %1 after it ignored the request to terminate</translation>
    </message>
    <message>
        <source>terminated</source>
        <translation>terminated</translation>
    </message>
    <message>
        <source>timed out after %1; %2</source>
        <translation>timed out after %1; %2</translation>
    </message>
    <message>
        <source>crashed with signal %1 (%2)</source>
        <translation>crashed with signal %1 (%2)</translation>
    </message>
    <message>
        <source>exited with status %1</source>
        <translation>exited with status %1</translation>
    </message>
    <message>
        <source>could not start %1: %2</source>
        <translation>could not start %1: %2</translation>
    </message>
    <message>
        <source>; check the path in `command:` (a relative one starts from the agent&apos;s folder)</source>
        <translation>; check the path in `command:` (a relative one starts from the agent&apos;s folder)</translation>
    </message>
    <message>
        <source>; install it, write its full path in `command:`, or start Hookyard with a PATH that has it</source>
        <translation>; install it, write its full path in `command:`, or start Hookyard with a PATH that has it</translation>
    </message>
    <message>
        <source>command not found here: %1: its runs will fail until it is installed or `command:` is fixed</source>
        <translation>command not found here: %1: its runs will fail until it is installed or `command:` is fixed</translation>
    </message>
    <message>
        <source>%1 is not executable: make it so with `chmod +x %2`</source>
        <translation>%1 is not executable: make it so with `chmod +x %2`</translation>
    </message>
</context>
<context>
    <name>Hookyard::Agents::AgentRun</name>
    <message>
        <source>this agent has no command and no default agent command is set: add `command:` to %1 or run `hookyard settings set agents.default_command &quot;…&quot;`</source>
        <translation>this agent has no command and no default agent command is set: add `command:` to %1 or run `hookyard settings set agents.default_command &quot;…&quot;`</translation>
    </message>
    <message>
        <source>the default agent command (agents.default_command) cannot be used: %1</source>
        <translation>the default agent command (agents.default_command) cannot be used: %1</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>it is empty</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>middleware %1</source>
        <translation>middleware %1</translation>
    </message>
    <message>
        <source>skipped: the middleware exited with status %1</source>
        <translation>skipped: the middleware exited with status %1</translation>
    </message>
    <message>
        <source>skipped: the middleware exited with status %1: %2</source>
        <translation>skipped: the middleware exited with status %1: %2</translation>
    </message>
    <message>
        <source>middleware: %1</source>
        <translation>middleware: %1</translation>
    </message>
    <message>
        <source>skipped: the middleware printed nothing</source>
        <translation>skipped: the middleware printed nothing</translation>
    </message>
    <message>
        <source>the middleware printed more than %1 bytes</source>
        <translation>the middleware printed more than %1 bytes</translation>
    </message>
</context>
<context>
    <name>Hookyard::Agents::AgentSpecReader</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>line %1, column %2: %3</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>cannot read the file: %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 bytes</source>
        <translation>the file is larger than %1 bytes</translation>
    </message>
    <message>
        <source>`%1` must be a list of strings</source>
        <translation>`%1` must be a list of strings</translation>
    </message>
    <message>
        <source>every item of `%1` must be a non-empty string</source>
        <translation>every item of `%1` must be a non-empty string</translation>
    </message>
    <message>
        <source>`%1`: %2</source>
        <translation>`%1`: %2</translation>
    </message>
    <message>
        <source>`%1` is empty</source>
        <translation>`%1` is empty</translation>
    </message>
    <message>
        <source>`%1` contains %2, which is passed as an argument: commands run without a shell</source>
        <translation>`%1` contains %2, which is passed as an argument: commands run without a shell</translation>
    </message>
    <message>
        <source>`%1` must be a list of arguments or a string</source>
        <translation>`%1` must be a list of arguments or a string</translation>
    </message>
    <message>
        <source>every argument of `%1` must be a string</source>
        <translation>every argument of `%1` must be a string</translation>
    </message>
    <message>
        <source>`%1` needs a program name</source>
        <translation>`%1` needs a program name</translation>
    </message>
    <message>
        <source>`%1` must be a whole number from %2 to %3</source>
        <translation>`%1` must be a whole number from %2 to %3</translation>
    </message>
    <message>
        <source>`env` must be a map of NAME: value</source>
        <translation>`env` must be a map of NAME: value</translation>
    </message>
    <message>
        <source>`env` names must be letters, digits and &apos;_&apos;, not starting with a digit</source>
        <translation>`env` names must be letters, digits and &apos;_&apos;, not starting with a digit</translation>
    </message>
    <message>
        <source>the value of `env.%1` must be a string</source>
        <translation>the value of `env.%1` must be a string</translation>
    </message>
    <message>
        <source>`env.%1` is ignored: Hookyard sets HOOKYARD_* variables itself</source>
        <translation>`env.%1` is ignored: Hookyard sets HOOKYARD_* variables itself</translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation>not valid YAML: %1</translation>
    </message>
    <message>
        <source>the file is empty: an agent needs at least `name:`</source>
        <translation>the file is empty: an agent needs at least `name:`</translation>
    </message>
    <message>
        <source>an agent file must be a map of keys (name:, command:, ...)</source>
        <translation>an agent file must be a map of keys (name:, command:, ...)</translation>
    </message>
    <message>
        <source>keys must be plain words</source>
        <translation>keys must be plain words</translation>
    </message>
    <message>
        <source>`%1` appears twice</source>
        <translation>`%1` appears twice</translation>
    </message>
    <message>
        <source>`name` must be a string</source>
        <translation>`name` must be a string</translation>
    </message>
    <message>
        <source>`model` must be a string</source>
        <translation>`model` must be a string</translation>
    </message>
    <message>
        <source>both `system` and `system_prompt` are set: the first one is used</source>
        <translation>both `system` and `system_prompt` are set: the first one is used</translation>
    </message>
    <message>
        <source>`%1` must be a string</source>
        <translation>`%1` must be a string</translation>
    </message>
    <message>
        <source>event pattern &quot;%1&quot; contains a comma or a space: write several as a list, [a, b]</source>
        <translation>event pattern &quot;%1&quot; contains a comma or a space: write several as a list, [a, b]</translation>
    </message>
    <message>
        <source>`timeout` must be a duration such as 30s, 2m or 1h30m</source>
        <translation>`timeout` must be a duration such as 30s, 2m or 1h30m</translation>
    </message>
    <message>
        <source>`enabled` must be true or false</source>
        <translation>`enabled` must be true or false</translation>
    </message>
    <message>
        <source>unknown key `%1` is ignored (known keys: %2)</source>
        <translation>unknown key `%1` is ignored (known keys: %2)</translation>
    </message>
    <message>
        <source>`name` is missing: every agent needs a name</source>
        <translation>`name` is missing: every agent needs a name</translation>
    </message>
    <message>
        <source>`name` may hold only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most 64), as it names the file</source>
        <translation>`name` may hold only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most 64), as it names the file</translation>
    </message>
    <message>
        <source>`name` is empty</source>
        <translation>`name` is empty</translation>
    </message>
    <message>
        <source>no `events` listed: this agent starts only by hand (hookyard runs start); add events: [&quot;*&quot;] to start it for every event</source>
        <translation>no `events` listed: this agent starts only by hand (hookyard runs start); add events: [&quot;*&quot;] to start it for every event</translation>
    </message>
</context>
<context>
    <name>Hookyard::Agents::CatalogSnapshot</name>
    <message>
        <source>the file has errors: %1</source>
        <translation>the file has errors: %1</translation>
    </message>
    <message>
        <source>disabled (enabled: false)</source>
        <translation>disabled (enabled: false)</translation>
    </message>
    <message>
        <source>no `events` listed: it starts only by hand</source>
        <translation>no `events` listed: it starts only by hand</translation>
    </message>
    <message>
        <source>%1 matches none of its events: %2</source>
        <translation>%1 matches none of its events: %2</translation>
    </message>
    <message>
        <source>connector %1 is not in its connectors: %2</source>
        <translation>connector %1 is not in its connectors: %2</translation>
    </message>
    <message>
        <source>would start</source>
        <translation>would start</translation>
    </message>
</context>
<context>
    <name>Hookyard::Agents::ConnectorLinks</name>
    <message>
        <source>%1 would run for every connector: an empty `connectors` list means all of them. To stop it, set `enabled: false` or change its events on the Agents page.</source>
        <translation>%1 would run for every connector: an empty `connectors` list means all of them. To stop it, set `enabled: false` or change its events on the Agents page.</translation>
    </message>
</context>
<context>
    <name>Hookyard::Agents::ConnectorsKeyRewriter</name>
    <message>
        <source>the file has errors; fix them first: %1</source>
        <translation>the file has errors; fix them first: %1</translation>
    </message>
    <message>
        <source>a connector name cannot be empty</source>
        <translation>a connector name cannot be empty</translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation>not valid YAML: %1</translation>
    </message>
    <message>
        <source>an agent file must be a map of keys</source>
        <translation>an agent file must be a map of keys</translation>
    </message>
    <message>
        <source>the file is written as one { … } map: change `connectors` by hand</source>
        <translation>the file is written as one { … } map: change `connectors` by hand</translation>
    </message>
    <message>
        <source>the change would break the file (%1); edit it by hand</source>
        <translation>the change would break the file (%1); edit it by hand</translation>
    </message>
    <message>
        <source>the file would list [%1] instead of [%2]; edit it by hand</source>
        <translation>the file would list [%1] instead of [%2]; edit it by hand</translation>
    </message>
    <message>
        <source>the change would alter other keys of the file; edit it by hand</source>
        <translation>the change would alter other keys of the file; edit it by hand</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>cannot read the file: %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 bytes</source>
        <translation>the file is larger than %1 bytes</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>cannot write the file: %1</translation>
    </message>
</context>
<context>
    <name>Hookyard::Agents::RunScheduler</name>
    <message>
        <source>interrupted: Hookyard stopped while attempt %1 was running</source>
        <translation>interrupted: Hookyard stopped while attempt %1 was running</translation>
    </message>
    <message>
        <source>there is no agent named %1 (was its file removed?)</source>
        <translation>there is no agent named %1 (was its file removed?)</translation>
    </message>
    <message>
        <source>skipped: the agent is disabled</source>
        <translation>skipped: the agent is disabled</translation>
    </message>
    <message>
        <source>the event of this run is no longer stored</source>
        <translation>the event of this run is no longer stored</translation>
    </message>
    <message>
        <source>attempt %1 %2: %3; retry in %4</source>
        <translation>attempt %1 %2: %3; retry in %4</translation>
    </message>
    <message>
        <source>cancelled before it started</source>
        <translation>cancelled before it started</translation>
    </message>
</context>
<context>
    <name>Hookyard::Cli</name>
    <message>
        <source>(the default agent command)</source>
        <translation>(the default agent command)</translation>
    </message>
    <message>
        <source>an agent named &quot;%1&quot; exists already (%2): use --replace to replace it</source>
        <translation>an agent named &quot;%1&quot; exists already (%2): use --replace to replace it</translation>
    </message>
    <message>
        <source>The agent file to add.</source>
        <translation>The agent file to add.</translation>
    </message>
    <message>
        <source>Replace an agent of the same name.</source>
        <translation>Replace an agent of the same name.</translation>
    </message>
    <message>
        <source>Add one of the example agents (dunning, onboarding, fraud, churn) instead of a file.</source>
        <translation>Add one of the example agents (dunning, onboarding, fraud, churn) instead of a file.</translation>
    </message>
    <message>
        <source>no example named &quot;%1&quot;; the examples are: %2</source>
        <translation>no example named &quot;%1&quot;; the examples are: %2</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;: --example takes the place of a file</source>
        <translation>unexpected argument &quot;%1&quot;: --example takes the place of a file</translation>
    </message>
    <message>
        <source>Added the example agent %1 (%2); it starts for: %3</source>
        <translation>Added the example agent %1 (%2); it starts for: %3</translation>
    </message>
    <message>
        <source>no event</source>
        <translation>no event</translation>
    </message>
    <message>
        <source>give one agent file: %1</source>
        <translation>give one agent file: %1</translation>
    </message>
    <message>
        <source>%1 has errors: not added</source>
        <translation>%1 has errors: not added</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
    <message>
        <source>%1 is already in the agents folder and valid</source>
        <translation>%1 is already in the agents folder and valid</translation>
    </message>
    <message>
        <source>%1 exists already with other content: use --replace to overwrite it</source>
        <translation>%1 exists already with other content: use --replace to overwrite it</translation>
    </message>
    <message>
        <source>cannot copy %1 to %2</source>
        <translation>cannot copy %1 to %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>Added agent %1 (%2)</source>
        <translation>Added agent %1 (%2)</translation>
    </message>
    <message>
        <source>Copied with it: %1</source>
        <translation>Copied with it: %1</translation>
    </message>
    <message>
        <source>It lists no events: it starts only by hand (hookyard runs start).</source>
        <translation>It lists no events: it starts only by hand (hookyard runs start).</translation>
    </message>
    <message>
        <source>It starts for: %1</source>
        <translation>It starts for: %1</translation>
    </message>
    <message>
        <source>Print JSON for scripts.</source>
        <translation>Print JSON for scripts.</translation>
    </message>
    <message>
        <source>No agents yet in %1: start from an example with `hookyard agent add --example dunning`.</source>
        <translation>No agents yet in %1: start from an example with `hookyard agent add --example dunning`.</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>events: %1</source>
        <translation>events: %1</translation>
    </message>
    <message>
        <source>none (by hand only)</source>
        <translation>none (by hand only)</translation>
    </message>
    <message>
        <source>connectors: %1</source>
        <translation>connectors: %1</translation>
    </message>
    <message>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <source>command: %1</source>
        <translation>command: %1</translation>
    </message>
    <message>
        <source>file: %1</source>
        <translation>file: %1</translation>
    </message>
    <message>
        <source>The agent to remove.</source>
        <translation>The agent to remove.</translation>
    </message>
    <message>
        <source>give one agent name: hookyard agent remove NAME</source>
        <translation>give one agent name: hookyard agent remove NAME</translation>
    </message>
    <message>
        <source>no agent named &quot;%1&quot;: `hookyard agent list` shows them</source>
        <translation>no agent named &quot;%1&quot;: `hookyard agent list` shows them</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>cannot remove %1</translation>
    </message>
    <message>
        <source>Removed agent %1 (%2). Scripts next to it were left in place.</source>
        <translation>Removed agent %1 (%2). Scripts next to it were left in place.</translation>
    </message>
    <message>
        <source>The agent file to check.</source>
        <translation>The agent file to check.</translation>
    </message>
    <message>
        <source>give one agent file: hookyard agent check FILE.yaml</source>
        <translation>give one agent file: hookyard agent check FILE.yaml</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n error(s)</source>
        <translation>
            <numerusform>%1: %n error</numerusform>
            <numerusform>%1: %n errors</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: ok, agent %2</source>
        <translation>%1: ok, agent %2</translation>
    </message>
    <message>
        <source>A stored Stripe event id.</source>
        <translation>A stored Stripe event id.</translation>
    </message>
    <message>
        <source>The connector, when the event came to several.</source>
        <translation>The connector, when the event came to several.</translation>
    </message>
    <message>
        <source>give one event id: %1</source>
        <translation>give one event id: %1</translation>
    </message>
    <message>
        <source>%1 (%2) on connector %3:</source>
        <translation>%1 (%2) on connector %3:</translation>
    </message>
    <message>
        <source>no agents are defined</source>
        <translation>no agents are defined</translation>
    </message>
    <message>
        <source>starts       %1</source>
        <translation>starts       %1</translation>
    </message>
    <message>
        <source>not started  %1: %2</source>
        <translation>not started  %1: %2</translation>
    </message>
    <message>
        <source>usage: hookyard agent add FILE.yaml | list [--json] | remove NAME | check FILE.yaml | match EVENT_ID</source>
        <translation>usage: hookyard agent add FILE.yaml | list [--json] | remove NAME | check FILE.yaml | match EVENT_ID</translation>
    </message>
    <message>
        <source>  add FILE.yaml [--replace]   add an agent from a file
  add --example NAME [--replace]
                              add one of the example agents
  list [--json]               the agents and their state
  remove NAME                 remove an agent
  check FILE.yaml             check an agent file without adding it
  match EVENT_ID [--connector NAME] [--json]
                              which agents the event would start, and why not
</source>
        <translation>  add FILE.yaml [--replace]   add an agent from a file
  add --example NAME [--replace]
                              add one of the example agents
  list [--json]               the agents and their state
  remove NAME                 remove an agent
  check FILE.yaml             check an agent file without adding it
  match EVENT_ID [--connector NAME] [--json]
                              which agents the event would start, and why not
</translation>
    </message>
    <message>
        <source>  list [--json] [--agent NAME] [--event EVENT_ID] [--state STATE] [--limit N]
                              the agent runs, newest first
  show RUN_ID [--json]        one run with its output and log
  start AGENT EVENT_ID [--no-wait] [--connector NAME] [--json]
                              run an agent on a stored event
</source>
        <translation>  list [--json] [--agent NAME] [--event EVENT_ID] [--state STATE] [--limit N]
                              the agent runs, newest first
  show RUN_ID [--json]        one run with its output and log
  start AGENT EVENT_ID [--no-wait] [--connector NAME] [--json]
                              run an agent on a stored event
</translation>
    </message>
    <message>
        <source>  get KEY                     print a setting&apos;s value
  set KEY VALUE               change a setting
  reset KEY                   back to the default value
  list [--json]               every setting with its value
</source>
        <translation>  get KEY                     print a setting&apos;s value
  set KEY VALUE               change a setting
  reset KEY                   back to the default value
  list [--json]               every setting with its value
</translation>
    </message>
    <message>
        <source>Usage: hookyard %1 COMMAND [options]

Commands:
%2
Run `hookyard %1 COMMAND --help` for the options of one command.
</source>
        <translation>Usage: hookyard %1 COMMAND [options]

Commands:
%2
Run `hookyard %1 COMMAND --help` for the options of one command.
</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;: run `hookyard --help` for the list of commands</source>
        <translation>unknown command &quot;%1&quot;: run `hookyard --help` for the list of commands</translation>
    </message>
    <message>
        <source>no connector named &quot;%1&quot;: `hookyard connector list` shows them</source>
        <translation>no connector named &quot;%1&quot;: `hookyard connector list` shows them</translation>
    </message>
    <message>
        <source>no connector named &quot;%1&quot;, now or removed: `hookyard connector list` shows the current ones</source>
        <translation>no connector named &quot;%1&quot;, now or removed: `hookyard connector list` shows the current ones</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(removed)</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (removed)</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation>usage: %1</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Usage: %1</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; (usage: %2)</source>
        <translation>unexpected argument &quot;%1&quot; (usage: %2)</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unlimited</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>The connector&apos;s name, e.g. billing.</source>
        <translation>The connector&apos;s name, e.g. billing.</translation>
    </message>
    <message>
        <source>give one name: hookyard connector add NAME</source>
        <translation>give one name: hookyard connector add NAME</translation>
    </message>
    <message>
        <source>Connector &quot;%1&quot; created. Add this URL in the Stripe Dashboard (Developers &gt; Webhooks &gt; Add endpoint) or run `stripe listen --forward-to &lt;URL&gt;`, then save the signing secret: hookyard connector set-secret %1 &lt; secret.txt</source>
        <translation>Connector &quot;%1&quot; created. Add this URL in the Stripe Dashboard (Developers &gt; Webhooks &gt; Add endpoint) or run `stripe listen --forward-to &lt;URL&gt;`, then save the signing secret: hookyard connector set-secret %1 &lt; secret.txt</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>unavailable</translation>
    </message>
    <message>
        <source>No connectors yet: hookyard connector add NAME</source>
        <translation>No connectors yet: hookyard connector add NAME</translation>
    </message>
    <message>
        <source>NO SECRET: deliveries are refused (503)</source>
        <translation>NO SECRET: deliveries are refused (503)</translation>
    </message>
    <message>
        <source>secret saved</source>
        <translation>secret saved</translation>
    </message>
    <message>
        <source>secret saved but UNREADABLE, see below</source>
        <translation>secret saved but UNREADABLE, see below</translation>
    </message>
    <message>
        <source>, previous secret valid until %1</source>
        <translation>, previous secret valid until %1</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>enabled</translation>
    </message>
    <message>
        <source>Signing secrets are kept in: %1</source>
        <translation>Signing secrets are kept in: %1</translation>
    </message>
    <message>
        <source>hookyard: warning: %1</source>
        <translation>hookyard: warning: %1</translation>
    </message>
    <message>
        <source>The connector&apos;s name.</source>
        <translation>The connector&apos;s name.</translation>
    </message>
    <message>
        <source>give one name: hookyard connector url NAME</source>
        <translation>give one name: hookyard connector url NAME</translation>
    </message>
    <message>
        <source>Keep the old secret valid this long (rotation), e.g. 24h; at most 24h.</source>
        <translation>Keep the old secret valid this long (rotation), e.g. 24h; at most 24h.</translation>
    </message>
    <message>
        <source>give one name; the secret is read from standard input, never from the command line: hookyard connector set-secret NAME</source>
        <translation>give one name; the secret is read from standard input, never from the command line: hookyard connector set-secret NAME</translation>
    </message>
    <message>
        <source>--keep-previous takes a duration up to 24h, e.g. 1h or 24h</source>
        <translation>--keep-previous takes a duration up to 24h, e.g. 1h or 24h</translation>
    </message>
    <message>
        <source>Signing secret of &quot;%1&quot; saved in %2.</source>
        <translation>Signing secret of &quot;%1&quot; saved in %2.</translation>
    </message>
    <message>
        <source>The previous secret stays valid for %1.</source>
        <translation>The previous secret stays valid for %1.</translation>
    </message>
    <message>
        <source>usage: hookyard connector add|list|url|set-secret|configure|remove …</source>
        <translation>usage: hookyard connector add|list|url|set-secret|configure|remove …</translation>
    </message>
    <message>
        <source>Deliveries per second (0 = unlimited, &quot;default&quot; = the setting).</source>
        <translation>Deliveries per second (0 = unlimited, &quot;default&quot; = the setting).</translation>
    </message>
    <message>
        <source>Signature timestamp tolerance in seconds (1 to 86400).</source>
        <translation>Signature timestamp tolerance in seconds (1 to 86400).</translation>
    </message>
    <message>
        <source>true to receive, false to refuse deliveries (404).</source>
        <translation>true to receive, false to refuse deliveries (404).</translation>
    </message>
    <message>
        <source>give one name: %1</source>
        <translation>give one name: %1</translation>
    </message>
    <message>
        <source>nothing to change: %1</source>
        <translation>nothing to change: %1</translation>
    </message>
    <message>
        <source>--rate-limit takes a number of deliveries per second from 0 (unlimited) to 100000, or &quot;default&quot;</source>
        <translation>--rate-limit takes a number of deliveries per second from 0 (unlimited) to 100000, or &quot;default&quot;</translation>
    </message>
    <message>
        <source>--tolerance takes seconds from 1 to 86400 (0 would turn off replay protection and is not accepted)</source>
        <translation>--tolerance takes seconds from 1 to 86400 (0 would turn off replay protection and is not accepted)</translation>
    </message>
    <message>
        <source>--enabled takes true or false</source>
        <translation>--enabled takes true or false</translation>
    </message>
    <message>
        <source>Connector &quot;%1&quot; updated.</source>
        <translation>Connector &quot;%1&quot; updated.</translation>
    </message>
    <message>
        <source>give one name: hookyard connector remove NAME</source>
        <translation>give one name: hookyard connector remove NAME</translation>
    </message>
    <message>
        <source>Connector &quot;%1&quot; removed; its URL now answers 404. Its stored events are kept.</source>
        <translation>Connector &quot;%1&quot; removed; its URL now answers 404. Its stored events are kept.</translation>
    </message>
    <message>
        <source>--data-dir needs a folder: --data-dir DIR</source>
        <translation>--data-dir needs a folder: --data-dir DIR</translation>
    </message>
    <message>
        <source>--data-dir is empty: give a folder, or leave the option out to use HOOKYARD_DATA_DIR or the default folder</source>
        <translation>--data-dir is empty: give a folder, or leave the option out to use HOOKYARD_DATA_DIR or the default folder</translation>
    </message>
    <message>
        <source>Only this connector.</source>
        <translation>Only this connector.</translation>
    </message>
    <message>
        <source>Only this event type (globs: invoice.*).</source>
        <translation>Only this event type (globs: invoice.*).</translation>
    </message>
    <message>
        <source>At most N events (default 50).</source>
        <translation>At most N events (default 50).</translation>
    </message>
    <message>
        <source>No events match the filter.</source>
        <translation>No events match the filter.</translation>
    </message>
    <message>
        <source>No events yet.</source>
        <translation>No events yet.</translation>
    </message>
    <message numerus="yes">
        <source>(%n deliveries)</source>
        <translation>
            <numerusform>(%n delivery)</numerusform>
            <numerusform>(%n deliveries)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
    <message>
        <source>The Stripe event id (evt_…).</source>
        <translation>The Stripe event id (evt_…).</translation>
    </message>
    <message>
        <source>Print the stored event as JSON.</source>
        <translation>Print the stored event as JSON.</translation>
    </message>
    <message>
        <source>give one event id: hookyard events show EVENT_ID</source>
        <translation>give one event id: hookyard events show EVENT_ID</translation>
    </message>
    <message>
        <source>Event      %1</source>
        <translation>Event      %1</translation>
    </message>
    <message>
        <source>Type       %1%2</source>
        <translation>Type       %1%2</translation>
    </message>
    <message>
        <source> (thin event)</source>
        <translation> (thin event)</translation>
    </message>
    <message>
        <source>Connector  %1</source>
        <translation>Connector  %1</translation>
    </message>
    <message>
        <source>Received   %1</source>
        <translation>Received   %1</translation>
    </message>
    <message>
        <source>Mode       %1</source>
        <translation>Mode       %1</translation>
    </message>
    <message>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <source>Delivery   %1  %2 %3  from %4, signed %5 s before arrival</source>
        <translation>Delivery   %1  %2 %3  from %4, signed %5 s before arrival</translation>
    </message>
    <message>
        <source>Run        #%1 %2: %3 (attempt %4)</source>
        <translation>Run        #%1 %2: %3 (attempt %4)</translation>
    </message>
    <message>
        <source>Only this agent&apos;s runs.</source>
        <translation>Only this agent&apos;s runs.</translation>
    </message>
    <message>
        <source>Only the runs of this event.</source>
        <translation>Only the runs of this event.</translation>
    </message>
    <message>
        <source>Only runs in this state (queued, running, succeeded, failed, timed_out, skipped, cancelled).</source>
        <translation>Only runs in this state (queued, running, succeeded, failed, timed_out, skipped, cancelled).</translation>
    </message>
    <message>
        <source>At most N runs (default 50).</source>
        <translation>At most N runs (default 50).</translation>
    </message>
    <message>
        <source>unknown run state &quot;%1&quot;: use one of %2</source>
        <translation>unknown run state &quot;%1&quot;: use one of %2</translation>
    </message>
    <message>
        <source>No runs.</source>
        <translation>No runs.</translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation>attempt %1</translation>
    </message>
    <message>
        <source>exit %1</source>
        <translation>exit %1</translation>
    </message>
    <message>
        <source>(manual)</source>
        <translation>(manual)</translation>
    </message>
    <message>
        <source>Run        #%1</source>
        <translation>Run        #%1</translation>
    </message>
    <message>
        <source>Agent      %1</source>
        <translation>Agent      %1</translation>
    </message>
    <message>
        <source>Event      %1 (%2)</source>
        <translation>Event      %1 (%2)</translation>
    </message>
    <message>
        <source>State      %1</source>
        <translation>State      %1</translation>
    </message>
    <message>
        <source>Attempt    %1%2</source>
        <translation>Attempt    %1%2</translation>
    </message>
    <message>
        <source>, manual</source>
        <translation>, manual</translation>
    </message>
    <message>
        <source>Exit code  %1</source>
        <translation>Exit code  %1</translation>
    </message>
    <message>
        <source>Queued     %1</source>
        <translation>Queued     %1</translation>
    </message>
    <message>
        <source>Not before %1</source>
        <translation>Not before %1</translation>
    </message>
    <message>
        <source>Started    %1</source>
        <translation>Started    %1</translation>
    </message>
    <message>
        <source>Finished   %1 (%2)</source>
        <translation>Finished   %1 (%2)</translation>
    </message>
    <message>
        <source>Note       %1</source>
        <translation>Note       %1</translation>
    </message>
    <message>
        <source>--- output%1 ---</source>
        <translation>--- output%1 ---</translation>
    </message>
    <message>
        <source> (cut)</source>
        <translation> (cut)</translation>
    </message>
    <message>
        <source>--- log%1 ---</source>
        <translation>--- log%1 ---</translation>
    </message>
    <message>
        <source>The run&apos;s number.</source>
        <translation>The run&apos;s number.</translation>
    </message>
    <message>
        <source>give one run number: hookyard runs show RUN_ID</source>
        <translation>give one run number: hookyard runs show RUN_ID</translation>
    </message>
    <message>
        <source>no run #%1: `hookyard runs list` shows them</source>
        <translation>no run #%1: `hookyard runs list` shows them</translation>
    </message>
    <message>
        <source>The agent to run.</source>
        <translation>The agent to run.</translation>
    </message>
    <message>
        <source>When hookyard serve runs it, return once it is queued.</source>
        <translation>When hookyard serve runs it, return once it is queued.</translation>
    </message>
    <message>
        <source>Print the run as JSON.</source>
        <translation>Print the run as JSON.</translation>
    </message>
    <message>
        <source>give an agent and an event id: %1</source>
        <translation>give an agent and an event id: %1</translation>
    </message>
    <message>
        <source>agent %1 has errors: %2</source>
        <translation>agent %1 has errors: %2</translation>
    </message>
    <message>
        <source>run #%1 disappeared (was its event deleted?)</source>
        <translation>run #%1 disappeared (was its event deleted?)</translation>
    </message>
    <message>
        <source>run #%1 queued for %2</source>
        <translation>run #%1 queued for %2</translation>
    </message>
    <message>
        <source>run #%1 %2 (exit code %3, %4)</source>
        <translation>run #%1 %2 (exit code %3, %4)</translation>
    </message>
    <message>
        <source>run #%1 %2</source>
        <translation>run #%1 %2</translation>
    </message>
    <message>
        <source>run #%1 %2: %3</source>
        <translation>run #%1 %2: %3</translation>
    </message>
    <message>
        <source>usage: hookyard runs list [--json] | show RUN_ID | start AGENT EVENT_ID</source>
        <translation>usage: hookyard runs list [--json] | show RUN_ID | start AGENT EVENT_ID</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>cannot read standard input</translation>
    </message>
    <message>
        <source>Paste the signing secret (whsec_…) and press Enter; it is not shown:</source>
        <translation>Paste the signing secret (whsec_…) and press Enter; it is not shown:</translation>
    </message>
    <message>
        <source>%1 already serves %2: stop it first, or use another --data-dir</source>
        <translation>%1 already serves %2: stop it first, or use another --data-dir</translation>
    </message>
    <message>
        <source>Listen on HOST:PORT instead of the listen.address setting (port 0 = any free port).</source>
        <translation>Listen on HOST:PORT instead of the listen.address setting (port 0 = any free port).</translation>
    </message>
    <message>
        <source>Hookyard %1 serving %2 on %3; secrets in %4. Stop with Ctrl+C.</source>
        <translation>Hookyard %1 serving %2 on %3; secrets in %4. Stop with Ctrl+C.</translation>
    </message>
    <message>
        <source>  (no signing secret yet: deliveries get 503)</source>
        <translation>  (no signing secret yet: deliveries get 503)</translation>
    </message>
    <message>
        <source>Signal %1 received: stopping (running agents are stopped and resumed at the next start).</source>
        <translation>Signal %1 received: stopping (running agents are stopped and resumed at the next start).</translation>
    </message>
    <message>
        <source>Saved, but %1 has not applied the change yet; it will within seconds, or at its next start.</source>
        <translation>Saved, but %1 has not applied the change yet; it will within seconds, or at its next start.</translation>
    </message>
    <message>
        <source>The setting&apos;s key (hookyard settings list).</source>
        <translation>The setting&apos;s key (hookyard settings list).</translation>
    </message>
    <message>
        <source>The new value.</source>
        <translation>The new value.</translation>
    </message>
    <message>
        <source>unknown setting &quot;%1&quot;: `hookyard settings list` shows every key</source>
        <translation>unknown setting &quot;%1&quot;: `hookyard settings list` shows every key</translation>
    </message>
    <message>
        <source>usage: hookyard settings get KEY | set KEY VALUE | reset KEY | list [--json]</source>
        <translation>usage: hookyard settings get KEY | set KEY VALUE | reset KEY | list [--json]</translation>
    </message>
    <message>
        <source>The connector to send to.</source>
        <translation>The connector to send to.</translation>
    </message>
    <message>
        <source>The event type: %1</source>
        <translation>The event type: %1</translation>
    </message>
    <message>
        <source>give a connector and an event type: hookyard trigger NAME TYPE</source>
        <translation>give a connector and an event type: hookyard trigger NAME TYPE</translation>
    </message>
    <message>
        <source>no sample for &quot;%1&quot;; available: %2</source>
        <translation>no sample for &quot;%1&quot;; available: %2</translation>
    </message>
    <message>
        <source>connector &quot;%1&quot; has no signing secret yet, so the receiver would refuse the event: hookyard connector set-secret %1</source>
        <translation>connector &quot;%1&quot; has no signing secret yet, so the receiver would refuse the event: hookyard connector set-secret %1</translation>
    </message>
    <message>
        <source>nothing serves this data dir (%1): start the app or `hookyard serve` first</source>
        <translation>nothing serves this data dir (%1): start the app or `hookyard serve` first</translation>
    </message>
    <message>
        <source>the signing secret could not be read</source>
        <translation>the signing secret could not be read</translation>
    </message>
    <message>
        <source>%1 (turn it on: hookyard connector configure %2 --enabled true)</source>
        <translation>%1 (turn it on: hookyard connector configure %2 --enabled true)</translation>
    </message>
    <message numerus="yes">
        <source>(%n failed)</source>
        <translation>
            <numerusform>(%n failed)</numerusform>
            <numerusform>(%n failed)</numerusform>
        </translation>
    </message>
    <message>
        <source>default (%1)</source>
        <translation>default (%1)</translation>
    </message>
    <message>
        <source>  add NAME                    create a connector, print its webhook URL
  list [--json]               the connectors, their URLs and settings
  url NAME                    print a connector&apos;s webhook URL
  set-secret NAME [--keep-previous DURATION]
                              read the whsec_ signing secret from standard input
  configure NAME [--rate-limit PER_SECOND] [--burst N] [--tolerance SECONDS]
                 [--enabled true|false]
                              change its limits or tolerance, or turn it off
  remove NAME                 remove a connector; its events stay
</source>
        <translation>  add NAME                    create a connector, print its webhook URL
  list [--json]               the connectors, their URLs and settings
  url NAME                    print a connector&apos;s webhook URL
  set-secret NAME [--keep-previous DURATION]
                              read the whsec_ signing secret from standard input
  configure NAME [--rate-limit PER_SECOND] [--burst N] [--tolerance SECONDS]
                 [--enabled true|false]
                              change its limits or tolerance, or turn it off
  remove NAME                 remove a connector; its events stay
</translation>
    </message>
    <message>
        <source>  list [--json] [--connector NAME] [--type TYPE] [--limit N]
                              the stored events, newest first
  show EVENT_ID [--json]      one event with its deliveries and runs
  deliveries [--json] [--connector NAME] [--outcome OUTCOME] [--limit N]
                              every request to a connector, newest first;
                              --outcome rejected: the refused ones, with why
</source>
        <translation>  list [--json] [--connector NAME] [--type TYPE] [--limit N]
                              the stored events, newest first
  show EVENT_ID [--json]      one event with its deliveries and runs
  deliveries [--json] [--connector NAME] [--outcome OUTCOME] [--limit N]
                              every request to a connector, newest first;
                              --outcome rejected: the refused ones, with why
</translation>
    </message>
    <message>
        <source>Only accepted, duplicate or rejected deliveries.</source>
        <translation>Only accepted, duplicate or rejected deliveries.</translation>
    </message>
    <message>
        <source>At most N deliveries (default 50).</source>
        <translation>At most N deliveries (default 50).</translation>
    </message>
    <message>
        <source>--outcome takes accepted, duplicate or rejected, not &quot;%1&quot;</source>
        <translation>--outcome takes accepted, duplicate or rejected, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>No deliveries match the filter.</source>
        <translation>No deliveries match the filter.</translation>
    </message>
    <message>
        <source>No deliveries yet.</source>
        <translation>No deliveries yet.</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>usage: hookyard events list|show|deliveries …</source>
        <translation>usage: hookyard events list|show|deliveries …</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1: warning: %2</translation>
    </message>
    <message>
        <source>--limit takes a whole number from 1 to 1000000</source>
        <translation>--limit takes a whole number from 1 to 1000000</translation>
    </message>
    <message>
        <source>no stored event with id %1: `hookyard events list` shows the stored ones</source>
        <translation>no stored event with id %1: `hookyard events list` shows the stored ones</translation>
    </message>
    <message>
        <source>run #%1 stays queued: %2</source>
        <translation>run #%1 stays queued: %2</translation>
    </message>
    <message>
        <source>an argument looks like a secret key, so it is not repeated here. Hookyard reads a signing secret only from standard input (hookyard connector set-secret NAME &lt; secret.txt); one typed on the command line stays in your shell&apos;s history, so remove it from there</source>
        <translation>an argument looks like a secret key, so it is not repeated here. Hookyard reads a signing secret only from standard input (hookyard connector set-secret NAME &lt; secret.txt); one typed on the command line stays in your shell&apos;s history, so remove it from there</translation>
    </message>
    <message>
        <source>--listen is empty: give HOST:PORT, such as 127.0.0.1:8787, or leave the option out to use the listen.address setting</source>
        <translation>--listen is empty: give HOST:PORT, such as 127.0.0.1:8787, or leave the option out to use the listen.address setting</translation>
    </message>
    <message>
        <source>there is no display to show the window on (DISPLAY and WAYLAND_DISPLAY are not set): run `hookyard serve` to receive without a window, or see `hookyard --help` for the commands</source>
        <translation>there is no display to show the window on (DISPLAY and WAYLAND_DISPLAY are not set): run `hookyard serve` to receive without a window, or see `hookyard --help` for the commands</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;: the window takes --data-dir DIR, --listen HOST:PORT and --tray; `hookyard --help` lists the commands</source>
        <translation>unknown option &quot;%1&quot;: the window takes --data-dir DIR, --listen HOST:PORT and --tray; `hookyard --help` lists the commands</translation>
    </message>
    <message>
        <source>connector &quot;%1&quot; was not removed, because its signing secret could not be deleted: %2</source>
        <translation>connector &quot;%1&quot; was not removed, because its signing secret could not be deleted: %2</translation>
    </message>
    <message>
        <source>Hookyard %1: receive Stripe webhooks on your own machine and hand them to local agents.

Usage:
  hookyard [--tray] [--listen HOST:PORT]    the desktop app; --tray starts it in the tray
  hookyard serve [--listen HOST:PORT]       receiver + agents, no window
  hookyard connector add NAME               create a connector, print its webhook URL
  hookyard connector list [--json]
  hookyard connector url NAME
  hookyard connector set-secret NAME [--keep-previous DURATION]
                                            read the whsec_ signing secret from standard input
  hookyard connector configure NAME [--rate-limit PER_SECOND] [--burst N]
                                   [--tolerance SECONDS] [--enabled true|false]
  hookyard connector remove NAME
  hookyard agent add FILE.yaml | list [--json] | remove NAME | check FILE.yaml
  hookyard agent match EVENT_ID [--connector NAME] [--json]
                                            which agents the event would start, and why not
  hookyard events list [--json] [--connector NAME] [--type TYPE] [--limit N]
  hookyard events show EVENT_ID [--connector NAME] [--json]
  hookyard events deliveries [--json] [--connector NAME] [--outcome OUTCOME] [--limit N]
                                            every request to a connector; rejected ones with why
  hookyard runs list [--json] [--agent NAME] [--event EVENT_ID] [--state STATE] [--limit N]
  hookyard runs show RUN_ID [--json]
  hookyard runs start AGENT EVENT_ID [--no-wait] [--connector NAME] [--json]
                                            run an agent on a stored event
  hookyard settings get KEY | set KEY VALUE | reset KEY | list [--json]
  hookyard trigger NAME TYPE                sign and send a sample event to the running receiver
  hookyard --version | --help

Every command takes --data-dir DIR (or HOOKYARD_DATA_DIR); default: %2
Run `hookyard &lt;command&gt; --help` for the options of one command.
</source>
        <translation>Hookyard %1: receive Stripe webhooks on your own machine and hand them to local agents.

Usage:
  hookyard [--tray] [--listen HOST:PORT]    the desktop app; --tray starts it in the tray
  hookyard serve [--listen HOST:PORT]       receiver + agents, no window
  hookyard connector add NAME               create a connector, print its webhook URL
  hookyard connector list [--json]
  hookyard connector url NAME
  hookyard connector set-secret NAME [--keep-previous DURATION]
                                            read the whsec_ signing secret from standard input
  hookyard connector configure NAME [--rate-limit PER_SECOND] [--burst N]
                                   [--tolerance SECONDS] [--enabled true|false]
  hookyard connector remove NAME
  hookyard agent add FILE.yaml | list [--json] | remove NAME | check FILE.yaml
  hookyard agent match EVENT_ID [--connector NAME] [--json]
                                            which agents the event would start, and why not
  hookyard events list [--json] [--connector NAME] [--type TYPE] [--limit N]
  hookyard events show EVENT_ID [--connector NAME] [--json]
  hookyard events deliveries [--json] [--connector NAME] [--outcome OUTCOME] [--limit N]
                                            every request to a connector; rejected ones with why
  hookyard runs list [--json] [--agent NAME] [--event EVENT_ID] [--state STATE] [--limit N]
  hookyard runs show RUN_ID [--json]
  hookyard runs start AGENT EVENT_ID [--no-wait] [--connector NAME] [--json]
                                            run an agent on a stored event
  hookyard settings get KEY | set KEY VALUE | reset KEY | list [--json]
  hookyard trigger NAME TYPE                sign and send a sample event to the running receiver
  hookyard --version | --help

Every command takes --data-dir DIR (or HOOKYARD_DATA_DIR); default: %2
Run `hookyard &lt;command&gt; --help` for the options of one command.
</translation>
    </message>
    <message>
        <source>no stored event with id %1 for connector &quot;%2&quot;: `hookyard events list --connector %2` shows its events</source>
        <translation>no stored event with id %1 for connector &quot;%2&quot;: `hookyard events list --connector %2` shows its events</translation>
    </message>
    <message>
        <source>note: %1 came to %2 too; this is the copy of %3 (--connector NAME picks another)</source>
        <translation>note: %1 came to %2 too; this is the copy of %3 (--connector NAME picks another)</translation>
    </message>
    <message>
        <source>tolerance %1 s, rate %2, burst %3</source>
        <translation>tolerance %1 s, rate %2, burst %3</translation>
    </message>
    <message>
        <source>How many deliveries may arrive at once above the rate (&quot;default&quot; = the setting).</source>
        <translation>How many deliveries may arrive at once above the rate (&quot;default&quot; = the setting).</translation>
    </message>
    <message>
        <source>--burst takes a whole number from 1 to 1000000, or &quot;default&quot;</source>
        <translation>--burst takes a whole number from 1 to 1000000, or &quot;default&quot;</translation>
    </message>
    <message>
        <source>standard input holds more than %1 KiB, far more than a signing secret: give the file or the output that holds only the whsec_ secret</source>
        <translation>standard input holds more than %1 KiB, far more than a signing secret: give the file or the output that holds only the whsec_ secret</translation>
    </message>
    <message>
        <source>`connectors:` names &quot;%1&quot;, which is no connector here: the agent does not run for it (names are compared exactly; `hookyard connector list` shows them)</source>
        <translation>`connectors:` names &quot;%1&quot;, which is no connector here: the agent does not run for it (names are compared exactly; `hookyard connector list` shows them)</translation>
    </message>
    <message>
        <source>secrets.backend stays &quot;%1&quot;: the signing secrets cannot be moved to %2 (%3). Nothing was changed.</source>
        <translation>secrets.backend stays &quot;%1&quot;: the signing secrets cannot be moved to %2 (%3). Nothing was changed.</translation>
    </message>
    <message>
        <source>warning: cannot note the new store in %1 (%2)</source>
        <translation>warning: cannot note the new store in %1 (%2)</translation>
    </message>
    <message>
        <source>--version takes only --json, not &quot;%1&quot;</source>
        <translation>--version takes only --json, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: warning: the agent &quot;%2&quot; exists already in %3: `hookyard agent add --replace` replaces it; in the agents folder only one file of a name runs</source>
        <translation>%1: warning: the agent &quot;%2&quot; exists already in %3: `hookyard agent add --replace` replaces it; in the agents folder only one file of a name runs</translation>
    </message>
    <message>
        <source>No connectors yet: `hookyard connector add NAME` creates one, which is served at once.</source>
        <translation>No connectors yet: `hookyard connector add NAME` creates one, which is served at once.</translation>
    </message>
</context>
<context>
    <name>Hookyard::Core</name>
    <message>
        <source>%1 takes a whole number from %2 to %3</source>
        <translation>%1 takes a whole number from %2 to %3</translation>
    </message>
    <message>
        <source>%1 takes a duration from %2 to %3, such as 5s, 1500ms or 2m (a number alone is milliseconds)</source>
        <translation>%1 takes a duration from %2 to %3, such as 5s, 1500ms or 2m (a number alone is milliseconds)</translation>
    </message>
    <message>
        <source>%1 takes true or false</source>
        <translation>%1 takes true or false</translation>
    </message>
    <message>
        <source>&quot;&quot; (the default)</source>
        <translation>&quot;&quot; (the default)</translation>
    </message>
    <message>
        <source>%1 takes one of: %2</source>
        <translation>%1 takes one of: %2</translation>
    </message>
    <message>
        <source>%1 takes HOST:PORT with a port from 0 to 65535, such as 127.0.0.1:8787, localhost:8787 or [::1]:8787 (an IPv6 address goes in brackets)</source>
        <translation>%1 takes HOST:PORT with a port from 0 to 65535, such as 127.0.0.1:8787, localhost:8787 or [::1]:8787 (an IPv6 address goes in brackets)</translation>
    </message>
    <message>
        <source>%1 takes an http:// or https:// URL without a query or fragment, such as https://hooks.example.com, or nothing to use the listen address</source>
        <translation>%1 takes an http:// or https:// URL without a query or fragment, such as https://hooks.example.com, or nothing to use the listen address</translation>
    </message>
    <message>
        <source>there is no setting &quot;%1&quot;; the settings are: %2</source>
        <translation>there is no setting &quot;%1&quot;; the settings are: %2</translation>
    </message>
    <message>
        <source>%1 takes a single line</source>
        <translation>%1 takes a single line</translation>
    </message>
    <message>
        <source>Stripe-Signature header has no timestamp (t=...): it was not written by Stripe, or a proxy changed it</source>
        <translation>Stripe-Signature header has no timestamp (t=...): it was not written by Stripe, or a proxy changed it</translation>
    </message>
    <message numerus="yes">
        <source>Stripe-Signature header has %n timestamps: Stripe sends exactly one, so the header was tampered with or built by hand</source>
        <translation>
            <numerusform>Stripe-Signature header has %n timestamp: Stripe sends exactly one, so the header was tampered with or built by hand</numerusform>
            <numerusform>Stripe-Signature header has %n timestamps: Stripe sends exactly one, so the header was tampered with or built by hand</numerusform>
        </translation>
    </message>
    <message>
        <source>Stripe-Signature header has an empty timestamp (t=)</source>
        <translation>Stripe-Signature header has an empty timestamp (t=)</translation>
    </message>
    <message>
        <source>Stripe-Signature header&apos;s timestamp is not a whole number of seconds: only the digits 0-9 are allowed</source>
        <translation>Stripe-Signature header&apos;s timestamp is not a whole number of seconds: only the digits 0-9 are allowed</translation>
    </message>
    <message>
        <source>Stripe-Signature header&apos;s timestamp has %1 digits: too large to be a Unix time</source>
        <translation>Stripe-Signature header&apos;s timestamp has %1 digits: too large to be a Unix time</translation>
    </message>
    <message>
        <source>Stripe-Signature header&apos;s timestamp is 0: Stripe always sends the time it signed the event</source>
        <translation>Stripe-Signature header&apos;s timestamp is 0: Stripe always sends the time it signed the event</translation>
    </message>
    <message>
        <source>The signing secret starts with whsec_: in the Stripe Dashboard open Developers &gt; Webhooks &gt; the endpoint &gt; &quot;Signing secret&quot; (Reveal), or copy the whsec_ secret that `stripe listen` prints.</source>
        <translation>The signing secret starts with whsec_: in the Stripe Dashboard open Developers &gt; Webhooks &gt; the endpoint &gt; &quot;Signing secret&quot; (Reveal), or copy the whsec_ secret that `stripe listen` prints.</translation>
    </message>
    <message>
        <source>Nothing was pasted.</source>
        <translation>Nothing was pasted.</translation>
    </message>
    <message>
        <source>The secret must start with whsec_ in lower case: copy it again instead of typing it.</source>
        <translation>The secret must start with whsec_ in lower case: copy it again instead of typing it.</translation>
    </message>
    <message>
        <source>This is not a webhook signing secret: it does not start with whsec_.</source>
        <translation>This is not a webhook signing secret: it does not start with whsec_.</translation>
    </message>
    <message>
        <source>The secret has a space or line break inside: copy it again in one piece.</source>
        <translation>The secret has a space or line break inside: copy it again in one piece.</translation>
    </message>
    <message>
        <source>The secret contains characters a signing secret never has (only letters, digits and + / = _ - occur): copy it again, without quotes.</source>
        <translation>The secret contains characters a signing secret never has (only letters, digits and + / = _ - occur): copy it again, without quotes.</translation>
    </message>
    <message>
        <source>The secret is too short (%1 characters after whsec_): it was probably cut off while copying.</source>
        <translation>The secret is too short (%1 characters after whsec_): it was probably cut off while copying.</translation>
    </message>
    <message>
        <source>The secret is too long (%1 characters after whsec_): more than the secret was copied.</source>
        <translation>The secret is too long (%1 characters after whsec_): more than the secret was copied.</translation>
    </message>
    <message>
        <source>event has no string &quot;%1&quot;</source>
        <translation>event has no string &quot;%1&quot;</translation>
    </message>
    <message>
        <source>event&apos;s &quot;%1&quot; is %2, not a string</source>
        <translation>event&apos;s &quot;%1&quot; is %2, not a string</translation>
    </message>
    <message>
        <source>event&apos;s &quot;%1&quot; is empty</source>
        <translation>event&apos;s &quot;%1&quot; is empty</translation>
    </message>
    <message>
        <source>body is empty</source>
        <translation>body is empty</translation>
    </message>
    <message>
        <source>body is not JSON: %1 at offset %2</source>
        <translation>body is not JSON: %1 at offset %2</translation>
    </message>
    <message>
        <source>body is a JSON %1, not an object: a Stripe event is a JSON object</source>
        <translation>body is a JSON %1, not an object: a Stripe event is a JSON object</translation>
    </message>
    <message>
        <source>&quot;object&quot; is &quot;%1&quot;, but a Stripe event has &quot;event&quot; or &quot;v2.core.event&quot;: this is not a webhook event</source>
        <translation>&quot;object&quot; is &quot;%1&quot;, but a Stripe event has &quot;event&quot; or &quot;v2.core.event&quot;: this is not a webhook event</translation>
    </message>
    <message>
        <source>The secret is in quotes: give it without them.</source>
        <translation>The secret is in quotes: give it without them.</translation>
    </message>
</context>
<context>
    <name>Hookyard::Core::Settings</name>
    <message>
        <source>Address and port the webhook receiver listens on (port 0 = any free port)</source>
        <translation>Address and port the webhook receiver listens on (port 0 = any free port)</translation>
    </message>
    <message>
        <source>Base URL shown and copied for webhook URLs, for a tunnel or reverse proxy (empty = the listen address)</source>
        <translation>Base URL shown and copied for webhook URLs, for a tunnel or reverse proxy (empty = the listen address)</translation>
    </message>
    <message>
        <source>Largest request body accepted, in bytes</source>
        <translation>Largest request body accepted, in bytes</translation>
    </message>
    <message>
        <source>Signature timestamp tolerance in seconds given to new connectors (each connector keeps its own)</source>
        <translation>Signature timestamp tolerance in seconds given to new connectors (each connector keeps its own)</translation>
    </message>
    <message>
        <source>Deliveries per second per connector without a rate of its own (0 = unlimited)</source>
        <translation>Deliveries per second per connector without a rate of its own (0 = unlimited)</translation>
    </message>
    <message>
        <source>Deliveries a connector without a burst of its own may receive at once above its rate (0 = unlimited)</source>
        <translation>Deliveries a connector without a burst of its own may receive at once above its rate (0 = unlimited)</translation>
    </message>
    <message>
        <source>Rejected requests per second per remote address (0 = unlimited)</source>
        <translation>Rejected requests per second per remote address (0 = unlimited)</translation>
    </message>
    <message>
        <source>Rejected requests a remote address may send at once (0 = unlimited)</source>
        <translation>Rejected requests a remote address may send at once (0 = unlimited)</translation>
    </message>
    <message>
        <source>Open connections to the receiver at most</source>
        <translation>Open connections to the receiver at most</translation>
    </message>
    <message>
        <source>Open connections from one remote address at most</source>
        <translation>Open connections from one remote address at most</translation>
    </message>
    <message>
        <source>SQLite synchronous mode: normal survives a killed process, full also a power loss. Applies when the receiver next starts</source>
        <translation>SQLite synchronous mode: normal survives a killed process, full also a power loss. Applies when the receiver next starts</translation>
    </message>
    <message>
        <source>Days events are kept (0 = forever): older ones are removed with their deliveries and runs, soon after start and every hour, by the process that serves</source>
        <translation>Days events are kept (0 = forever): older ones are removed with their deliveries and runs, soon after start and every hour, by the process that serves</translation>
    </message>
    <message>
        <source>Events kept at most (0 = no cap): the oldest beyond it are removed, soon after start and every hour, by the process that serves</source>
        <translation>Events kept at most (0 = no cap): the oldest beyond it are removed, soon after start and every hour, by the process that serves</translation>
    </message>
    <message>
        <source>Command for agents that name none (empty = none)</source>
        <translation>Command for agents that name none (empty = none)</translation>
    </message>
    <message>
        <source>Agent runs at the same time at most</source>
        <translation>Agent runs at the same time at most</translation>
    </message>
    <message>
        <source>Bytes of standard output and of standard error kept per run</source>
        <translation>Bytes of standard output and of standard error kept per run</translation>
    </message>
    <message>
        <source>Time between asking an agent to stop and killing it (stored in milliseconds)</source>
        <translation>Time between asking an agent to stop and killing it (stored in milliseconds)</translation>
    </message>
    <message>
        <source>Desktop notifications</source>
        <translation>Desktop notifications</translation>
    </message>
    <message>
        <source>Closing the window keeps Hookyard running in the tray</source>
        <translation>Closing the window keeps Hookyard running in the tray</translation>
    </message>
    <message>
        <source>Interface language (empty = the system&apos;s). Applies at the next start</source>
        <translation>Interface language (empty = the system&apos;s). Applies at the next start</translation>
    </message>
    <message>
        <source>Where signing secrets are kept: auto (keychain, else a 0600 file), keychain or file. Switching moves the saved secrets</source>
        <translation>Where signing secrets are kept: auto (keychain, else a 0600 file), keychain or file. Switching moves the saved secrets</translation>
    </message>
</context>
<context>
    <name>Hookyard::Core::SignatureVerifier</name>
    <message>
        <source>the request has no Stripe-Signature header: only requests signed by Stripe are accepted (a request with too many or too large headers also arrives without it)</source>
        <translation>the request has no Stripe-Signature header: only requests signed by Stripe are accepted (a request with too many or too large headers also arrives without it)</translation>
    </message>
    <message>
        <source>Stripe-Signature header is empty</source>
        <translation>Stripe-Signature header is empty</translation>
    </message>
    <message>
        <source>the request body is empty: Stripe always sends the event as the body, so a proxy in between may have dropped it</source>
        <translation>the request body is empty: Stripe always sends the event as the body, so a proxy in between may have dropped it</translation>
    </message>
    <message numerus="yes">
        <source>Stripe-Signature header has no v1 signature, only %n of another scheme (such as v0), which is never accepted: Stripe signs every delivery with v1</source>
        <translation>
            <numerusform>Stripe-Signature header has no v1 signature, only %n of another scheme (such as v0), which is never accepted: Stripe signs every delivery with v1</numerusform>
            <numerusform>Stripe-Signature header has no v1 signature, only %n of another scheme (such as v0), which are never accepted: Stripe signs every delivery with v1</numerusform>
        </translation>
    </message>
    <message>
        <source>Stripe-Signature header has no v1 signature: Stripe signs every delivery with v1, so this request was not sent by Stripe</source>
        <translation>Stripe-Signature header has no v1 signature: Stripe signs every delivery with v1, so this request was not sent by Stripe</translation>
    </message>
    <message>
        <source>no signing secret is saved for this connector</source>
        <translation>no signing secret is saved for this connector</translation>
    </message>
    <message>
        <source>every saved signing secret of this connector has expired</source>
        <translation>every saved signing secret of this connector has expired</translation>
    </message>
    <message>
        <source>: paste the endpoint&apos;s signing secret (Stripe Dashboard &gt; Developers &gt; Webhooks &gt; the endpoint &gt; Signing secret)</source>
        <translation>: paste the endpoint&apos;s signing secret (Stripe Dashboard &gt; Developers &gt; Webhooks &gt; the endpoint &gt; Signing secret)</translation>
    </message>
    <message numerus="yes">
        <source>no v1 signature matches the saved signing secret (%n v1 signature(s) checked): check that the secret belongs to this endpoint (Stripe Dashboard &gt; Developers &gt; Webhooks &gt; the endpoint &gt; Signing secret), or a proxy changed the body on the way</source>
        <translation>
            <numerusform>no v1 signature matches the saved signing secret (%n v1 signature checked): check that the secret belongs to this endpoint (Stripe Dashboard &gt; Developers &gt; Webhooks &gt; the endpoint &gt; Signing secret), or a proxy changed the body on the way</numerusform>
            <numerusform>no v1 signature matches the saved signing secret (%n v1 signatures checked): check that the secret belongs to this endpoint (Stripe Dashboard &gt; Developers &gt; Webhooks &gt; the endpoint &gt; Signing secret), or a proxy changed the body on the way</numerusform>
        </translation>
    </message>
    <message>
        <source>timestamp %1 s old, tolerance %2 s: check the machine&apos;s clock, or this is a replayed request</source>
        <translation>timestamp %1 s old, tolerance %2 s: check the machine&apos;s clock, or this is a replayed request</translation>
    </message>
    <message>
        <source>timestamp %1 s in the future, tolerance %2 s: check the machine&apos;s clock</source>
        <translation>timestamp %1 s in the future, tolerance %2 s: check the machine&apos;s clock</translation>
    </message>
</context>
<context>
    <name>Hookyard::Core::SigningSecret</name>
    <message>
        <source>This is a live secret API key (sk_live_...), not a webhook signing secret: never paste it here. If it was shared or pasted anywhere it should not be, roll it in the Dashboard (Developers &gt; API keys).</source>
        <translation>This is a live secret API key (sk_live_...), not a webhook signing secret: never paste it here. If it was shared or pasted anywhere it should not be, roll it in the Dashboard (Developers &gt; API keys).</translation>
    </message>
    <message>
        <source>This is a test secret API key (sk_test_...), not a webhook signing secret: do not paste it here. If it was shared, roll it in the Dashboard (Developers &gt; API keys).</source>
        <translation>This is a test secret API key (sk_test_...), not a webhook signing secret: do not paste it here. If it was shared, roll it in the Dashboard (Developers &gt; API keys).</translation>
    </message>
    <message>
        <source>This is a secret API key (sk_...), not a webhook signing secret: do not paste it here. If it was shared, roll it in the Dashboard (Developers &gt; API keys).</source>
        <translation>This is a secret API key (sk_...), not a webhook signing secret: do not paste it here. If it was shared, roll it in the Dashboard (Developers &gt; API keys).</translation>
    </message>
    <message>
        <source>This is a restricted API key (rk_...), not a webhook signing secret: do not paste it here. If it was shared, roll it in the Dashboard (Developers &gt; API keys).</source>
        <translation>This is a restricted API key (rk_...), not a webhook signing secret: do not paste it here. If it was shared, roll it in the Dashboard (Developers &gt; API keys).</translation>
    </message>
    <message>
        <source>This is a publishable API key (pk_...), not a webhook signing secret.</source>
        <translation>This is a publishable API key (pk_...), not a webhook signing secret.</translation>
    </message>
    <message>
        <source>This is a webhook endpoint id (we_...), not its signing secret.</source>
        <translation>This is a webhook endpoint id (we_...), not its signing secret.</translation>
    </message>
    <message>
        <source>This is an event id (evt_...), not a webhook signing secret.</source>
        <translation>This is an event id (evt_...), not a webhook signing secret.</translation>
    </message>
    <message>
        <source>This is an account id (acct_...), not a webhook signing secret.</source>
        <translation>This is an account id (acct_...), not a webhook signing secret.</translation>
    </message>
</context>
<context>
    <name>Hookyard::Engine</name>
    <message>
        <source>the listen address &quot;%1&quot; is not HOST:PORT (e.g. 127.0.0.1:8787 or [::1]:8787)</source>
        <translation>the listen address &quot;%1&quot; is not HOST:PORT (e.g. 127.0.0.1:8787 or [::1]:8787)</translation>
    </message>
    <message>
        <source>the listen host &quot;%1&quot; is not an IP address: use 127.0.0.1 (this machine only) or the address of one of its network interfaces</source>
        <translation>the listen host &quot;%1&quot; is not an IP address: use 127.0.0.1 (this machine only) or the address of one of its network interfaces</translation>
    </message>
</context>
<context>
    <name>Hookyard::Engine::ConnectorSecrets</name>
    <message>
        <source>the connector was removed while its secret was being saved</source>
        <translation>the connector was removed while its secret was being saved</translation>
    </message>
    <message>
        <source>no such connector</source>
        <translation>no such connector</translation>
    </message>
    <message>
        <source>the current secret could not be found to keep it valid; save the new secret without --keep-previous</source>
        <translation>the current secret could not be found to keep it valid; save the new secret without --keep-previous</translation>
    </message>
    <message>
        <source>the secret of &quot;%1&quot; cannot be read from the store in use: %2</source>
        <translation>the secret of &quot;%1&quot; cannot be read from the store in use: %2</translation>
    </message>
    <message>
        <source>an old entry for &quot;%1&quot; cannot be removed from the new store: %2</source>
        <translation>an old entry for &quot;%1&quot; cannot be removed from the new store: %2</translation>
    </message>
    <message>
        <source>the secret of &quot;%1&quot; cannot be saved in the new store: %2</source>
        <translation>the secret of &quot;%1&quot; cannot be saved in the new store: %2</translation>
    </message>
    <message>
        <source>the new store did not return the secret of &quot;%1&quot; that was saved in it</source>
        <translation>the new store did not return the secret of &quot;%1&quot; that was saved in it</translation>
    </message>
    <message>
        <source>the secret of &quot;%1&quot; cannot be read back from the new store: %2</source>
        <translation>the secret of &quot;%1&quot; cannot be read back from the new store: %2</translation>
    </message>
    <message>
        <source>Signing secrets are now kept in %1; there were none to move.</source>
        <translation>Signing secrets are now kept in %1; there were none to move.</translation>
    </message>
    <message>
        <source>Moved the signing secrets of %1 from %2 to %3.</source>
        <translation>Moved the signing secrets of %1 from %2 to %3.</translation>
    </message>
    <message>
        <source>the old copies of the secrets of %1 could not be removed from %2 (%3); remove them there by hand</source>
        <translation>the old copies of the secrets of %1 could not be removed from %2 (%3); remove them there by hand</translation>
    </message>
</context>
<context>
    <name>Hookyard::Engine::Engine</name>
    <message>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <source>Read-only: %1 serves this data dir. Events appear here as it stores them; stop it to receive in this window.</source>
        <translation>Read-only: %1 serves this data dir. Events appear here as it stores them; stop it to receive in this window.</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>Listening on %1</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>opening the secret store…</source>
        <translation>opening the secret store…</translation>
    </message>
    <message>
        <source>This window is read-only: %1 serves this data folder. Make the change there, or with the hookyard command.</source>
        <translation>This window is read-only: %1 serves this data folder. Make the change there, or with the hookyard command.</translation>
    </message>
    <message>
        <source>the secret store is still opening; try again in a moment</source>
        <translation>the secret store is still opening; try again in a moment</translation>
    </message>
    <message>
        <source>the connector is gone or the secret store is still opening</source>
        <translation>the connector is gone or the secret store is still opening</translation>
    </message>
    <message>
        <source>nothing is receiving: %1</source>
        <translation>nothing is receiving: %1</translation>
    </message>
    <message>
        <source>The signing secrets cannot be moved to %1: %2. The setting stays as it was.</source>
        <translation>The signing secrets cannot be moved to %1: %2. The setting stays as it was.</translation>
    </message>
    <message>
        <source>Hookyard is closing</source>
        <translation>Hookyard is closing</translation>
    </message>
    <message>
        <source>%1 Warning: %2.</source>
        <translation>%1 Warning: %2.</translation>
    </message>
</context>
<context>
    <name>Hookyard::Engine::TestEventSender</name>
    <message>
        <source>nothing answered at %1 (%2): is Hookyard serving? Start the app or `hookyard serve` first</source>
        <translation>nothing answered at %1 (%2): is Hookyard serving? Start the app or `hookyard serve` first</translation>
    </message>
    <message>
        <source>%1 %2 accepted%3</source>
        <translation>%1 %2 accepted%3</translation>
    </message>
    <message>
        <source> (duplicate)</source>
        <translation> (duplicate)</translation>
    </message>
    <message>
        <source>save the signing secret first: without it the receiver refuses deliveries</source>
        <translation>save the signing secret first: without it the receiver refuses deliveries</translation>
    </message>
</context>
<context>
    <name>Hookyard::Gui::AgentConnectorsDialog</name>
    <message>
        <source>Connectors of %1</source>
        <translation>Connectors of %1</translation>
    </message>
    <message>
        <source>Which connectors&apos; events start agent “%1”?</source>
        <translation>Which connectors&apos; events start agent “%1”?</translation>
    </message>
    <message>
        <source>%1 (no such connector)</source>
        <translation>%1 (no such connector)</translation>
    </message>
    <message>
        <source>There is no connector yet: it runs for every one.</source>
        <translation>There is no connector yet: it runs for every one.</translation>
    </message>
    <message>
        <source>Check at least one connector, or choose All connectors.</source>
        <translation>Check at least one connector, or choose All connectors.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
</context>
<context>
    <name>Hookyard::Gui::AgentsEmptyPage</name>
    <message>
        <source>&lt;h3&gt;No agent yet&lt;/h3&gt;&lt;p&gt;An agent is a small YAML file: a name, a model, a system prompt, the command Hookyard starts and the Stripe events that start it. The command gets the whole event as JSON on its standard input; what it prints is the run&apos;s result.&lt;/p&gt;&lt;p&gt;Start from an example and adapt it:&lt;/p&gt;</source>
        <translation>&lt;h3&gt;No agent yet&lt;/h3&gt;&lt;p&gt;An agent is a small YAML file: a name, a model, a system prompt, the command Hookyard starts and the Stripe events that start it. The command gets the whole event as JSON on its standard input; what it prints is the run&apos;s result.&lt;/p&gt;&lt;p&gt;Start from an example and adapt it:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Write Your Own…</source>
        <translation>&amp;Write Your Own…</translation>
    </message>
    <message>
        <source>Agent files live in %1. Hookyard notices new and changed files there on its own.</source>
        <translation>Agent files live in %1. Hookyard notices new and changed files there on its own.</translation>
    </message>
</context>
<context>
    <name>Hookyard::Gui::AgentsPage</name>
    <message>
        <source>New from &amp;Example</source>
        <translation>New from &amp;Example</translation>
    </message>
    <message>
        <source>Co&amp;nnectors…</source>
        <translation>Co&amp;nnectors…</translation>
    </message>
    <message>
        <source>&amp;Save Agent</source>
        <translation>&amp;Save Agent</translation>
    </message>
    <message>
        <source>&amp;Definition</source>
        <translation>&amp;Definition</translation>
    </message>
    <message>
        <source>&amp;Runs</source>
        <translation>&amp;Runs</translation>
    </message>
    <message>
        <source>Loaded from %1</source>
        <translation>Loaded from %1</translation>
    </message>
    <message>
        <source>Not loaded: %1</source>
        <translation>Not loaded: %1</translation>
    </message>
    <message>
        <source>✗ Line %1, column %2: %3</source>
        <translation>✗ Line %1, column %2: %3</translation>
    </message>
    <message>
        <source>✓ Valid agent “%1”</source>
        <translation>✓ Valid agent “%1”</translation>
    </message>
    <message>
        <source>✓ Valid, with a warning: line %1: %2</source>
        <translation>✓ Valid, with a warning: line %1: %2</translation>
    </message>
    <message>
        <source>Runs for: all connectors</source>
        <translation>Runs for: all connectors</translation>
    </message>
    <message>
        <source>Runs for: %1</source>
        <translation>Runs for: %1</translation>
    </message>
    <message>
        <source>Save or undo your edits first: this changes the file itself</source>
        <translation>Save or undo your edits first: this changes the file itself</translation>
    </message>
    <message>
        <source>Connectors of %1 saved</source>
        <translation>Connectors of %1 saved</translation>
    </message>
    <message>
        <source>Give the agent a name (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;).</source>
        <translation>Give the agent a name (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;).</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Could not save %1: %2</translation>
    </message>
    <message>
        <source>Agent saved to %1</source>
        <translation>Agent saved to %1</translation>
    </message>
    <message>
        <source>Choose the connectors whose events start this agent; only the file&apos;s “connectors” key changes</source>
        <translation>Choose the connectors whose events start this agent; only the file&apos;s “connectors” key changes</translation>
    </message>
    <message>
        <source>Select an agent, or start from an example.

Or write one here and save it, for example:

name: refund-notes
model: gemini-2.5-flash
system: You summarise refunds for the finance team.
command: [&quot;python3&quot;, &quot;refund.py&quot;]
events: [&quot;charge.refunded&quot;]</source>
        <translation>Select an agent, or start from an example.

Or write one here and save it, for example:

name: refund-notes
model: gemini-2.5-flash
system: You summarise refunds for the finance team.
command: [&quot;python3&quot;, &quot;refund.py&quot;]
events: [&quot;charge.refunded&quot;]</translation>
    </message>
    <message>
        <source>Added “%1” as %2: it runs on matching events from now on</source>
        <translation>Added “%1” as %2: it runs on matching events from now on</translation>
    </message>
    <message>
        <source>Loaded from %1; %2</source>
        <translation>Loaded from %1; %2</translation>
    </message>
    <message>
        <source>✓ Valid, with a warning: %1</source>
        <translation>✓ Valid, with a warning: %1</translation>
    </message>
    <message>
        <source>%1 — not loaded</source>
        <translation>%1 — not loaded</translation>
    </message>
</context>
<context>
    <name>Hookyard::Gui::Autostart</name>
    <message>
        <source>The folder %1 cannot be created: check its permissions.</source>
        <translation>The folder %1 cannot be created: check its permissions.</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2): check the folder&apos;s permissions and free space.</source>
        <translation>%1 cannot be written (%2): check the folder&apos;s permissions and free space.</translation>
    </message>
    <message>
        <source>%1 cannot be removed (%2): remove it by hand, or turn Hookyard off in your desktop&apos;s startup applications.</source>
        <translation>%1 cannot be removed (%2): remove it by hand, or turn Hookyard off in your desktop&apos;s startup applications.</translation>
    </message>
</context>
<context>
    <name>Hookyard::Gui::ByteSizeSpinBox</name>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>bytes</translation>
    </message>
</context>
<context>
    <name>Hookyard::Gui::ConnectorActivity</name>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>Hookyard::Gui::ConnectorDetails</name>
    <message>
        <source> /s</source>
        <translation> /s</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Hide</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>S&amp;how</translation>
    </message>
    <message>
        <source>In the Stripe Dashboard, open &lt;b&gt;Developers › Webhooks › Add endpoint&lt;/b&gt;, paste this URL and select the events to send. Then reveal the endpoint&apos;s signing secret and paste it below.</source>
        <translation>In the Stripe Dashboard, open &lt;b&gt;Developers › Webhooks › Add endpoint&lt;/b&gt;, paste this URL and select the events to send. Then reveal the endpoint&apos;s signing secret and paste it below.</translation>
    </message>
    <message>
        <source>Stripe&apos;s servers cannot reach this computer&apos;s 127.0.0.1. For local work, forward events with the Stripe CLI (it prints a whsec_ secret to paste below); for a public URL, run a tunnel or reverse proxy and set the public base URL in Settings.</source>
        <translation>Stripe&apos;s servers cannot reach this computer&apos;s 127.0.0.1. For local work, forward events with the Stripe CLI (it prints a whsec_ secret to paste below); for a public URL, run a tunnel or reverse proxy and set the public base URL in Settings.</translation>
    </message>
    <message>
        <source>Agents are not loaded.</source>
        <translation>Agents are not loaded.</translation>
    </message>
    <message>
        <source>%1 (all connectors)</source>
        <translation>%1 (all connectors)</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (disabled)</translation>
    </message>
    <message>
        <source>No agent runs on this connector&apos;s events yet.</source>
        <translation>No agent runs on this connector&apos;s events yet.</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Needs a signing secret</source>
        <translation>Needs a signing secret</translation>
    </message>
    <message>
        <source>Not receiving</source>
        <translation>Not receiving</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>Receiving</translation>
    </message>
    <message>
        <source>Verified deliveries are stored and start agents.</source>
        <translation>Verified deliveries are stored and start agents.</translation>
    </message>
    <message>
        <source>The previous secret is still accepted until %1.</source>
        <translation>The previous secret is still accepted until %1.</translation>
    </message>
    <message>
        <source>&amp;Replace Secret</source>
        <translation>&amp;Replace Secret</translation>
    </message>
    <message>
        <source>&amp;Save Secret</source>
        <translation>&amp;Save Secret</translation>
    </message>
    <message>
        <source>Webhook URL copied to the clipboard</source>
        <translation>Webhook URL copied to the clipboard</translation>
    </message>
    <message>
        <source>Stripe CLI command copied to the clipboard</source>
        <translation>Stripe CLI command copied to the clipboard</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Secret saved. The previous one stays valid for %1.</source>
        <translation>Secret saved. The previous one stays valid for %1.</translation>
    </message>
    <message>
        <source>Secret saved. Deliveries are now verified with it.</source>
        <translation>Secret saved. Deliveries are now verified with it.</translation>
    </message>
    <message>
        <source>Signing secret saved</source>
        <translation>Signing secret saved</translation>
    </message>
    <message>
        <source>Applied.</source>
        <translation>Applied.</translation>
    </message>
    <message>
        <source>Options of %1 applied</source>
        <translation>Options of %1 applied</translation>
    </message>
    <message>
        <source>Remove Connector</source>
        <translation>Remove Connector</translation>
    </message>
    <message>
        <source>Remove the connector “%1”? Its URL stops working at once (Stripe gets 404). Its events stay in the history.</source>
        <translation>Remove the connector “%1”? Its URL stops working at once (Stripe gets 404). Its events stay in the history.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>A secret is saved: paste a new whsec_… here to replace it</source>
        <translation>A secret is saved: paste a new whsec_… here to replace it</translation>
    </message>
    <message>
        <source>whsec_…</source>
        <translation>whsec_…</translation>
    </message>
</context>
<context>
    <name>Hookyard::Gui::ConnectorListModel</name>
    <message>
        <source>%1 is disabled: deliveries are answered 404.</source>
        <translation>%1 is disabled: deliveries are answered 404.</translation>
    </message>
    <message>
        <source>%1 has no signing secret yet: deliveries are refused (503) and Stripe retries them.</source>
        <translation>%1 has no signing secret yet: deliveries are refused (503) and Stripe retries them.</translation>
    </message>
    <message>
        <source>%1 is receiving.</source>
        <translation>%1 is receiving.</translation>
    </message>
</context>
<context>
    <name>Hookyard::Gui::ConnectorsPage</name>
    <message>
        <source>&amp;New Connector…</source>
        <translation>&amp;New Connector…</translation>
    </message>
    <message>
        <source>Connectors</source>
        <translation>Connectors</translation>
    </message>
    <message>
        <source>Create a connector: a name and its own webhook URL (Ctrl+N)</source>
        <translation>Create a connector: a name and its own webhook URL (Ctrl+N)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No connector yet&lt;/h3&gt;&lt;p&gt;A connector is a webhook endpoint for one Stripe account or purpose (&quot;billing&quot;, &quot;shop&quot;). Create one, copy its URL into Stripe, paste the signing secret, and events start to arrive here.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;No connector yet&lt;/h3&gt;&lt;p&gt;A connector is a webhook endpoint for one Stripe account or purpose (&quot;billing&quot;, &quot;shop&quot;). Create one, copy its URL into Stripe, paste the signing secret, and events start to arrive here.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Create a Connector…</source>
        <translation>Create a Connector…</translation>
    </message>
    <message>
        <source>Connector %1 created: copy its URL into Stripe</source>
        <translation>Connector %1 created: copy its URL into Stripe</translation>
    </message>
    <message>
        <source>Agents linked to %1 saved</source>
        <translation>Agents linked to %1 saved</translation>
    </message>
</context>
<context>
    <name>Hookyard::Gui::DisplayText</name>
    <message>
        <source>Unknown connector</source>
        <translation>Unknown connector</translation>
    </message>
    <message>
        <source>Connector disabled</source>
        <translation>Connector disabled</translation>
    </message>
    <message>
        <source>Method not allowed</source>
        <translation>Method not allowed</translation>
    </message>
    <message>
        <source>No signing secret saved</source>
        <translation>No signing secret saved</translation>
    </message>
    <message>
        <source>Missing Stripe-Signature</source>
        <translation>Missing Stripe-Signature</translation>
    </message>
    <message>
        <source>Malformed signature header</source>
        <translation>Malformed signature header</translation>
    </message>
    <message>
        <source>No v1 signature</source>
        <translation>No v1 signature</translation>
    </message>
    <message>
        <source>Signature mismatch</source>
        <translation>Signature mismatch</translation>
    </message>
    <message>
        <source>Timestamp out of tolerance</source>
        <translation>Timestamp out of tolerance</translation>
    </message>
    <message>
        <source>Empty body</source>
        <translation>Empty body</translation>
    </message>
    <message>
        <source>Not a Stripe event</source>
        <translation>Not a Stripe event</translation>
    </message>
    <message>
        <source>Body too large</source>
        <translation>Body too large</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Rate limited</translation>
    </message>
    <message>
        <source>Storage unavailable</source>
        <translation>Storage unavailable</translation>
    </message>
    <message>
        <source>Malformed request</source>
        <translation>Malformed request</translation>
    </message>
    <message>
        <source>Headers too large</source>
        <translation>Headers too large</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(removed)</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (removed)</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Succeeded</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Timed out</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>%n s ago</numerusform>
            <numerusform>%n s ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>just now</translation>
    </message>
</context>
<context>
    <name>Hookyard::Gui::EventDetails</name>
    <message>
        <source>R&amp;un Agent on This Event…</source>
        <translation>R&amp;un Agent on This Event…</translation>
    </message>
    <message>
        <source>&amp;Payload</source>
        <translation>&amp;Payload</translation>
    </message>
    <message>
        <source>Ra&amp;w Body</source>
        <translation>Ra&amp;w Body</translation>
    </message>
    <message>
        <source>&amp;Delivery</source>
        <translation>&amp;Delivery</translation>
    </message>
    <message>
        <source>A&amp;gent Runs</source>
        <translation>A&amp;gent Runs</translation>
    </message>
    <message>
        <source>Select an event to see its payload, deliveries and agent runs.</source>
        <translation>Select an event to see its payload, deliveries and agent runs.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rejected delivery&lt;/b&gt; to %1 at %2</source>
        <translation>&lt;b&gt;Rejected delivery&lt;/b&gt; to %1 at %2</translation>
    </message>
    <message>
        <source>The body of a rejected delivery is not kept: nothing in it was accepted, and what was not verified as Stripe&apos;s may come from anyone.</source>
        <translation>The body of a rejected delivery is not kept: nothing in it was accepted, and what was not verified as Stripe&apos;s may come from anyone.</translation>
    </message>
    <message>
        <source>This event is no longer stored (retention removed it).</source>
        <translation>This event is no longer stored (retention removed it).</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; %2 &amp;nbsp; on %3 &amp;nbsp; %4%5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; %2 &amp;nbsp; on %3 &amp;nbsp; %4%5</translation>
    </message>
    <message>
        <source> &amp;nbsp; &lt;b&gt;live mode&lt;/b&gt;</source>
        <translation> &amp;nbsp; &lt;b&gt;live mode&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Deliveries of this event</source>
        <translation>Deliveries of this event</translation>
    </message>
    <message>
        <source>duplicate (acknowledged, no new runs)</source>
        <translation>duplicate (acknowledged, no new runs)</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verified</translation>
    </message>
    <message>
        <source>Signature timestamp</source>
        <translation>Signature timestamp</translation>
    </message>
    <message>
        <source>%1 (skew %2 s)</source>
        <translation>%1 (skew %2 s)</translation>
    </message>
    <message>
        <source>v1 signatures</source>
        <translation>v1 signatures</translation>
    </message>
    <message>
        <source>Matched secret</source>
        <translation>Matched secret</translation>
    </message>
    <message>
        <source>the previous secret (rotation)</source>
        <translation>the previous secret (rotation)</translation>
    </message>
    <message>
        <source>the current secret</source>
        <translation>the current secret</translation>
    </message>
    <message>
        <source>Remote address</source>
        <translation>Remote address</translation>
    </message>
    <message>
        <source>User-Agent</source>
        <translation>User-Agent</translation>
    </message>
    <message>
        <source>Content-Type</source>
        <translation>Content-Type</translation>
    </message>
    <message>
        <source>Body size</source>
        <translation>Body size</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&lt;p&gt;No delivery record.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No delivery record.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No agent loaded: add one on the Agents page</source>
        <translation>No agent loaded: add one on the Agents page</translation>
    </message>
    <message>
        <source>Could not queue %1: %2</source>
        <translation>Could not queue %1: %2</translation>
    </message>
    <message>
        <source>Run %1 of %2 queued</source>
        <translation>Run %1 of %2 queued</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>not read</translation>
    </message>
</context>
<context>
    <name>Hookyard::Gui::EventListModel</name>
    <message>
        <source>Rejected (%1): %2</source>
        <translation>Rejected (%1): %2</translation>
    </message>
    <message>
        <source>Verified (duplicate delivery)</source>
        <translation>Verified (duplicate delivery)</translation>
    </message>
    <message>
        <source>Verified (thin event)</source>
        <translation>Verified (thin event)</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplicate</translation>
    </message>
    <message>
        <source>duplicate ×%1</source>
        <translation>duplicate ×%1</translation>
    </message>
    <message numerus="yes">
        <source>Stripe delivered this event %n time(s); agents ran once.</source>
        <translation>
            <numerusform>Stripe delivered this event %n time; agents ran once.</numerusform>
            <numerusform>Stripe delivered this event %n times; agents ran once.</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Connector</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Event ID</source>
        <translation>Event ID</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verification</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Agent Runs</source>
        <translation>Agent Runs</translation>
    </message>
    <message>
        <source>%1 (%2 failed)</source>
        <translation>%1 (%2 failed)</translation>
    </message>
    <message numerus="yes">
        <source>%n agent run(s) on this event.</source>
        <translation>
            <numerusform>%n agent run on this event.</numerusform>
            <numerusform>%n agent runs on this event.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed or timed out.</source>
        <translation>
            <numerusform>%n failed or timed out.</numerusform>
            <numerusform>%n failed or timed out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued or running.</source>
        <translation>
            <numerusform>%n queued or running.</numerusform>
            <numerusform>%n queued or running.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the event to see each run&apos;s output and log.</source>
        <translation>Select the event to see each run&apos;s output and log.</translation>
    </message>
    <message>
        <source>%1 (%2 pending)</source>
        <translation>%1 (%2 pending)</translation>
    </message>
</context>
<context>
    <name>Hookyard::Gui::EventsPage</name>
    <message>
        <source>Verified events</source>
        <translation>Verified events</translation>
    </message>
    <message>
        <source>Duplicate deliveries</source>
        <translation>Duplicate deliveries</translation>
    </message>
    <message>
        <source>Rejected deliveries</source>
        <translation>Rejected deliveries</translation>
    </message>
    <message>
        <source>All types (invoice.* works)</source>
        <translation>All types (invoice.* works)</translation>
    </message>
    <message>
        <source>&amp;Connector:</source>
        <translation>&amp;Connector:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>duplicate ×9</source>
        <translation>duplicate ×9</translation>
    </message>
    <message>
        <source>Agent Runs</source>
        <translation>Agent Runs</translation>
    </message>
    <message>
        <source>No events match these filters.</source>
        <translation>No events match these filters.</translation>
    </message>
    <message>
        <source>No events yet. Create a connector, add its URL in the Stripe Dashboard or forward to it with `stripe listen`, or send a test event from its page: events appear here as they arrive.</source>
        <translation>No events yet. Create a connector, add its URL in the Stripe Dashboard or forward to it with `stripe listen`, or send a test event from its page: events appear here as they arrive.</translation>
    </message>
    <message>
        <source>No duplicate deliveries: Stripe delivered no event twice.</source>
        <translation>No duplicate deliveries: Stripe delivered no event twice.</translation>
    </message>
    <message>
        <source>No rejected deliveries.</source>
        <translation>No rejected deliveries.</translation>
    </message>
    <message>
        <source>All connectors</source>
        <translation>All connectors</translation>
    </message>
    <message>
        <source>Every delivery</source>
        <translation>Every delivery</translation>
    </message>
    <message>
        <source>No deliveries yet: every request to a connector&apos;s URL is listed here, verified or not.</source>
        <translation>No deliveries yet: every request to a connector&apos;s URL is listed here, verified or not.</translation>
    </message>
    <message>
        <source>Search ids, types and payloads, e.g. a customer id (Ctrl+F)</source>
        <translation>Search ids, types and payloads, e.g. a customer id (Ctrl+F)</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>The search failed: %1</translation>
    </message>
    <message>
        <source>More than %L1 events match: the newest %L1 are shown. Narrow the search to see older ones.</source>
        <translation>More than %L1 events match: the newest %L1 are shown. Narrow the search to see older ones.</translation>
    </message>
    <message>
        <source>Searching the stored events…</source>
        <translation>Searching the stored events…</translation>
    </message>
    <message>
        <source>The newest matches are shown; older events are still being searched…</source>
        <translation>The newest matches are shown; older events are still being searched…</translation>
    </message>
    <message>
        <source>Part of an event id, type or object id, or any text of the payload as Stripe sent it: a customer id (cus_…), an invoice id, an email address. Letters match in any case.</source>
        <translation>Part of an event id, type or object id, or any text of the payload as Stripe sent it: a customer id (cus_…), an invoice id, an email address. Letters match in any case.</translation>
    </message>
</context>
<context>
    <name>Hookyard::Gui::JsonTreeModel</name>
    <message>
        <source>The body is not JSON: %1 at offset %2.</source>
        <translation>The body is not JSON: %1 at offset %2.</translation>
    </message>
    <message numerus="yes">
        <source>{%n key(s)}</source>
        <translation>
            <numerusform>{%n key}</numerusform>
            <numerusform>{%n keys}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n item]</numerusform>
            <numerusform>[%n items]</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Hookyard::Gui::LimitSpinBox</name>
    <message>
        <source>Unlimited</source>
        <translation>Unlimited</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>Default (%1)</translation>
    </message>
</context>
<context>
    <name>Hookyard::Gui::LinkAgentsDialog</name>
    <message>
        <source>Link Agents to %1</source>
        <translation>Link Agents to %1</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (disabled)</translation>
    </message>
    <message>
        <source>cannot be changed: the file has errors</source>
        <translation>cannot be changed: the file has errors</translation>
    </message>
    <message>
        <source>no events: started by hand</source>
        <translation>no events: started by hand</translation>
    </message>
    <message>
        <source>all connectors</source>
        <translation>all connectors</translation>
    </message>
    <message>
        <source>Runs for every connector: its file lists none. Unchecking it lists the other connectors instead.</source>
        <translation>Runs for every connector: its file lists none. Unchecking it lists the other connectors instead.</translation>
    </message>
    <message>
        <source>%1 (no such connector)</source>
        <translation>%1 (no such connector)</translation>
    </message>
    <message>
        <source>Check the agents that run when connector “%1” receives an event. An agent whose file lists no connectors runs for all of them.</source>
        <translation>Check the agents that run when connector “%1” receives an event. An agent whose file lists no connectors runs for all of them.</translation>
    </message>
    <message>
        <source>No agents yet. Add one on the Agents page, then link it here.</source>
        <translation>No agents yet. Add one on the Agents page, then link it here.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation>Not saved:</translation>
    </message>
</context>
<context>
    <name>Hookyard::Gui::MainWindow</name>
    <message>
        <source>Hookyard</source>
        <translation>Hookyard</translation>
    </message>
    <message>
        <source>Hookyard cannot open its data folder %1:
%2</source>
        <translation>Hookyard cannot open its data folder %1:
%2</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Connectors</source>
        <translation>Connectors</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New Connector…</source>
        <translation>&amp;New Connector…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Connectors</source>
        <translation>&amp;Connectors</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Events</translation>
    </message>
    <message>
        <source>&amp;Agents</source>
        <translation>&amp;Agents</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Filter Events</source>
        <translation>&amp;Filter Events</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Hookyard</source>
        <translation>&amp;About Hookyard</translation>
    </message>
    <message>
        <source>About Hookyard</source>
        <translation>About Hookyard</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hookyard %1&lt;/h3&gt;&lt;p&gt;Receive Stripe webhooks on your own machine and turn them into work done by local agents.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Hookyard %1&lt;/h3&gt;&lt;p&gt;Receive Stripe webhooks on your own machine and turn them into work done by local agents.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; Another Hookyard process (%1) already serves this data folder: it receives the webhooks and runs the agents. This window shows what it stores and can send it test events, but changes nothing itself. Quit the other process, or start this one with another --data-dir.</source>
        <translation>&lt;b&gt;Read-only.&lt;/b&gt; Another Hookyard process (%1) already serves this data folder: it receives the webhooks and runs the agents. This window shows what it stores and can send it test events, but changes nothing itself. Quit the other process, or start this one with another --data-dir.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Deliveries cannot be stored.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Deliveries cannot be stored.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>&amp;Close Window</translation>
    </message>
</context>
<context>
    <name>Hookyard::Gui::NewConnectorDialog</name>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
    </message>
</context>
<context>
    <name>Hookyard::Gui::PayloadView</name>
    <message>
        <source>Copy &amp;Value</source>
        <translation>Copy &amp;Value</translation>
    </message>
    <message>
        <source>Copy &amp;Path</source>
        <translation>Copy &amp;Path</translation>
    </message>
    <message>
        <source>Copy the selected value (Ctrl+C)</source>
        <translation>Copy the selected value (Ctrl+C)</translation>
    </message>
    <message>
        <source>Copy the access path of the selected value, such as input[&quot;data&quot;][&quot;object&quot;]</source>
        <translation>Copy the access path of the selected value, such as input[&quot;data&quot;][&quot;object&quot;]</translation>
    </message>
    <message>
        <source>&amp;Expand All</source>
        <translation>&amp;Expand All</translation>
    </message>
    <message>
        <source>C&amp;ollapse All</source>
        <translation>C&amp;ollapse All</translation>
    </message>
    <message>
        <source>Find key…</source>
        <translation>Find key…</translation>
    </message>
    <message>
        <source>Press Enter to go to the next key with this name</source>
        <translation>Press Enter to go to the next key with this name</translation>
    </message>
    <message>
        <source>Value copied</source>
        <translation>Value copied</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Copied %1</translation>
    </message>
    <message>
        <source>Expand All</source>
        <translation>Expand All</translation>
    </message>
    <message>
        <source>Collapse All</source>
        <translation>Collapse All</translation>
    </message>
</context>
<context>
    <name>Hookyard::Gui::RunListModel</name>
    <message>
        <source>%1 (manual)</source>
        <translation>%1 (manual)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Attempt</translation>
    </message>
    <message>
        <source>Exit Code</source>
        <translation>Exit Code</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
</context>
<context>
    <name>Hookyard::Gui::RunTable</name>
    <message>
        <source>Still running: below is what it printed so far, updated every second.</source>
        <translation>Still running: below is what it printed so far, updated every second.</translation>
    </message>
</context>
<context>
    <name>Hookyard::Gui::RunsPanel</name>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>&amp;Cancel Run</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;State:</translation>
    </message>
    <message>
        <source>Select a run to read its output and log.</source>
        <translation>Select a run to read its output and log.</translation>
    </message>
    <message>
        <source>Run %1 of %2 on %3 (%4), attempt %5</source>
        <translation>Run %1 of %2 on %3 (%4), attempt %5</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Run %1 already finished</source>
        <translation>Run %1 already finished</translation>
    </message>
    <message>
        <source>Runs of every &amp;agent</source>
        <translation>Runs of every &amp;agent</translation>
    </message>
    <message>
        <source>── Output (standard output)%1 ──</source>
        <translation>── Output (standard output)%1 ──</translation>
    </message>
    <message>
        <source>, cut at the cap</source>
        <translation>, cut at the cap</translation>
    </message>
    <message>
        <source>── Log (standard error)%1 ──</source>
        <translation>── Log (standard error)%1 ──</translation>
    </message>
    <message>
        <source>Agents run on verified events only.</source>
        <translation>Agents run on verified events only.</translation>
    </message>
    <message>
        <source>No agent has run on this event. An agent starts when an event arrives that its events and connectors lists match; Run Agent on This Event… starts one now.</source>
        <translation>No agent has run on this event. An agent starts when an event arrives that its events and connectors lists match; Run Agent on This Event… starts one now.</translation>
    </message>
    <message>
        <source>No run is in the state “%1”.</source>
        <translation>No run is in the state “%1”.</translation>
    </message>
    <message>
        <source>%1 has not run yet. It runs when an event arrives that its events and connectors lists match, or from an event&apos;s Agent Runs tab.</source>
        <translation>%1 has not run yet. It runs when an event arrives that its events and connectors lists match, or from an event&apos;s Agent Runs tab.</translation>
    </message>
    <message>
        <source>No agent has run yet.</source>
        <translation>No agent has run yet.</translation>
    </message>
</context>
<context>
    <name>Hookyard::Gui::SettingsPage</name>
    <message>
        <source>&amp;Listen address and port:</source>
        <translation>&amp;Listen address and port:</translation>
    </message>
    <message>
        <source>&amp;Public base URL:</source>
        <translation>&amp;Public base URL:</translation>
    </message>
    <message>
        <source>Default &amp;tolerance (s):</source>
        <translation>Default &amp;tolerance (s):</translation>
    </message>
    <message>
        <source>Default &amp;rate limit (/s):</source>
        <translation>Default &amp;rate limit (/s):</translation>
    </message>
    <message>
        <source>Default b&amp;urst:</source>
        <translation>Default b&amp;urst:</translation>
    </message>
    <message>
        <source>Rejected requests per address (/s):</source>
        <translation>Rejected requests per address (/s):</translation>
    </message>
    <message>
        <source>Rejected requests burst:</source>
        <translation>Rejected requests burst:</translation>
    </message>
    <message>
        <source>Connections at most:</source>
        <translation>Connections at most:</translation>
    </message>
    <message>
        <source>Connections per address:</source>
        <translation>Connections per address:</translation>
    </message>
    <message>
        <source>&amp;Durability:</source>
        <translation>&amp;Durability:</translation>
    </message>
    <message>
        <source>Keep events for (&amp;days):</source>
        <translation>Keep events for (&amp;days):</translation>
    </message>
    <message>
        <source>Keep at most (&amp;events):</source>
        <translation>Keep at most (&amp;events):</translation>
    </message>
    <message>
        <source>&amp;Secret store:</source>
        <translation>&amp;Secret store:</translation>
    </message>
    <message>
        <source>Default agent &amp;command:</source>
        <translation>Default agent &amp;command:</translation>
    </message>
    <message>
        <source>Runs at the same &amp;time:</source>
        <translation>Runs at the same &amp;time:</translation>
    </message>
    <message>
        <source>Grace before kill:</source>
        <translation>Grace before kill:</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Notifications</translation>
    </message>
    <message>
        <source>&amp;Keep receiving in the tray when the window is closed</source>
        <translation>&amp;Keep receiving in the tray when the window is closed</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;guage:</translation>
    </message>
    <message>
        <source>Hookyard was started with --listen %1, which wins over this setting until it starts without that option.</source>
        <translation>Hookyard was started with --listen %1, which wins over this setting until it starts without that option.</translation>
    </message>
    <message>
        <source>A new address applies at once: the receiver restarts on it.</source>
        <translation>A new address applies at once: the receiver restarts on it.</translation>
    </message>
    <message>
        <source>Applies when the receiver next starts: at the next start of Hookyard or when the listen address changes.</source>
        <translation>Applies when the receiver next starts: at the next start of Hookyard or when the listen address changes.</translation>
    </message>
    <message>
        <source>Both limits apply soon after start and then every hour, in the process that receives (this window, or hookyard serve).</source>
        <translation>Both limits apply soon after start and then every hour, in the process that receives (this window, or hookyard serve).</translation>
    </message>
    <message>
        <source>Applies at the next start of Hookyard.</source>
        <translation>Applies at the next start of Hookyard.</translation>
    </message>
    <message>
        <source>HOOKYARD_LANGUAGE=%1 is set and wins over this setting.</source>
        <translation>HOOKYARD_LANGUAGE=%1 is set and wins over this setting.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vert</translation>
    </message>
    <message>
        <source>Receiver address</source>
        <translation>Receiver address</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limits</translation>
    </message>
    <message>
        <source>Storage and retention</source>
        <translation>Storage and retention</translation>
    </message>
    <message>
        <source>Signing secrets</source>
        <translation>Signing secrets</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>(system default)</source>
        <translation>(system default)</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Unlimited</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>Forever</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>No cap</translation>
    </message>
    <message>
        <source>a duration: 5s, 500ms, 2m</source>
        <translation>a duration: 5s, 500ms, 2m</translation>
    </message>
    <message>
        <source>In use:</source>
        <translation>In use:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <source>Applied settings take effect at once, except where a note says otherwise.</source>
        <translation>Applied settings take effect at once, except where a note says otherwise.</translation>
    </message>
    <message>
        <source>Settings applied</source>
        <translation>Settings applied</translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) were not accepted: see the page</source>
        <translation>
            <numerusform>%n setting was not accepted: see the page</numerusform>
            <numerusform>%n settings were not accepted: see the page</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Body limit:</source>
        <translation>&amp;Body limit:</translation>
    </message>
    <message>
        <source>Output kept per stream:</source>
        <translation>Output kept per stream:</translation>
    </message>
    <message>
        <source>Normal: a killed or crashed Hookyard loses nothing it acknowledged</source>
        <translation>Normal: a killed or crashed Hookyard loses nothing it acknowledged</translation>
    </message>
    <message>
        <source>Full: a power loss loses nothing either (slower)</source>
        <translation>Full: a power loss loses nothing either (slower)</translation>
    </message>
    <message>
        <source>Automatic: the system keychain, else a file</source>
        <translation>Automatic: the system keychain, else a file</translation>
    </message>
    <message>
        <source>The system keychain</source>
        <translation>The system keychain</translation>
    </message>
    <message>
        <source>A file only you can read (0600) in the data folder</source>
        <translation>A file only you can read (0600) in the data folder</translation>
    </message>
    <message>
        <source>Adds Hookyard to your desktop&apos;s startup applications: %1</source>
        <translation>Adds Hookyard to your desktop&apos;s startup applications: %1</translation>
    </message>
    <message>
        <source>For this user on this computer, with this data folder. Where the desktop has no tray, the window opens instead.</source>
        <translation>For this user on this computer, with this data folder. Where the desktop has no tray, the window opens instead.</translation>
    </message>
    <message>
        <source>Start Hookyard when I l&amp;og in, in the tray</source>
        <translation>Start Hookyard when I l&amp;og in, in the tray</translation>
    </message>
    <message>
        <source>Switching to another store moves the saved signing secrets into it (each copy is checked) and then removes them from the old one. &quot;auto&quot; keeps the store in use.</source>
        <translation>Switching to another store moves the saved signing secrets into it (each copy is checked) and then removes them from the old one. &quot;auto&quot; keeps the store in use.</translation>
    </message>
    <message>
        <source>Moving the signing secrets…</source>
        <translation>Moving the signing secrets…</translation>
    </message>
</context>
<context>
    <name>Hookyard::Gui::StatusIndicators</name>
    <message>
        <source>Rejected deliveries since the app started; click to see them. Requests to URLs no connector has (404) are counted apart: they are not recorded, as anyone can send them.</source>
        <translation>Rejected deliveries since the app started; click to see them. Requests to URLs no connector has (404) are counted apart: they are not recorded, as anyone can send them.</translation>
    </message>
    <message>
        <source>● Listening on %1</source>
        <translation>● Listening on %1</translation>
    </message>
    <message>
        <source>Starting the receiver…</source>
        <translation>Starting the receiver…</translation>
    </message>
    <message>
        <source>⚠ Not receiving: %1</source>
        <translation>⚠ Not receiving: %1</translation>
    </message>
    <message>
        <source>Read-only: %1 serves this data folder</source>
        <translation>Read-only: %1 serves this data folder</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>%1 throttled</source>
        <translation>%1 throttled</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more address(es)</source>
        <translation>
            <numerusform>and %n more address</numerusform>
            <numerusform>and %n more addresses</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests refused with 429 since the app started, without being checked or recorded: their address had sent too many rejected requests (unknown connector, bad signature). Stripe&apos;s valid deliveries are never refused for this. Limits: receiver.reject_rate and receiver.reject_burst in Settings.</source>
        <translation>Requests refused with 429 since the app started, without being checked or recorded: their address had sent too many rejected requests (unknown connector, bad signature). Stripe&apos;s valid deliveries are never refused for this. Limits: receiver.reject_rate and receiver.reject_burst in Settings.</translation>
    </message>
    <message>
        <source>%1 events/s</source>
        <translation>%1 events/s</translation>
    </message>
    <message>
        <source>0 rejected</source>
        <translation>0 rejected</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;rejected&quot;&gt;%1 rejected&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;rejected&quot;&gt;%1 rejected&lt;/a&gt;</translation>
    </message>
    <message>
        <source>, %1 to unknown URLs</source>
        <translation>, %1 to unknown URLs</translation>
    </message>
    <message>
        <source>Deliveries the serving process rejected and recorded since this window opened; click to see them.</source>
        <translation>Deliveries the serving process rejected and recorded since this window opened; click to see them.</translation>
    </message>
</context>
<context>
    <name>Hookyard::Gui::TestEventSender</name>
    <message>
        <source>Save a signing secret first</source>
        <translation>Save a signing secret first</translation>
    </message>
    <message>
        <source>Sign a sample event with this connector&apos;s secret and deliver it to the process that serves this data folder</source>
        <translation>Sign a sample event with this connector&apos;s secret and deliver it to the process that serves this data folder</translation>
    </message>
    <message>
        <source>The receiver is not listening: %1</source>
        <translation>The receiver is not listening: %1</translation>
    </message>
    <message>
        <source>Sign a sample event with this connector&apos;s secret and deliver it to the receiver</source>
        <translation>Sign a sample event with this connector&apos;s secret and deliver it to the receiver</translation>
    </message>
    <message>
        <source>Sending %1…</source>
        <translation>Sending %1…</translation>
    </message>
    <message>
        <source>Delivered %1 (HTTP %2): %3</source>
        <translation>Delivered %1 (HTTP %2): %3</translation>
    </message>
    <message>
        <source>Not delivered: %1</source>
        <translation>Not delivered: %1</translation>
    </message>
    <message>
        <source>Not delivered (HTTP %1): %2</source>
        <translation>Not delivered (HTTP %1): %2</translation>
    </message>
</context>
<context>
    <name>Hookyard::Gui::TrayController</name>
    <message>
        <source>&amp;Show Hookyard</source>
        <translation>&amp;Show Hookyard</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
</context>
<context>
    <name>Hookyard::Gui::TrayPolicy</name>
    <message>
        <source>Hookyard: %1 events, %2 rejected this session</source>
        <translation>Hookyard: %1 events, %2 rejected this session</translation>
    </message>
    <message>
        <source>Signatures rejected</source>
        <translation>Signatures rejected</translation>
    </message>
    <message numerus="yes">
        <source>%n deliveries failed signature checks in the last minute. Check that the saved signing secret belongs to the endpoint.</source>
        <translation>
            <numerusform>%n delivery failed signature checks in the last minute. Check that the saved signing secret belongs to the endpoint.</numerusform>
            <numerusform>%n deliveries failed signature checks in the last minute. Check that the saved signing secret belongs to the endpoint.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Run %1</translation>
    </message>
    <message>
        <source>%1 (run %2)</source>
        <translation>%1 (run %2)</translation>
    </message>
    <message>
        <source>%1 on %2 (run %3)</source>
        <translation>%1 on %2 (run %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n more failed run(s) of this agent since the last notice.</source>
        <translation>
            <numerusform>%n more failed run of this agent since the last notice.</numerusform>
            <numerusform>%n more failed runs of this agent since the last notice.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agent run failed</source>
        <translation>Agent run failed</translation>
    </message>
    <message>
        <source>Agent run timed out</source>
        <translation>Agent run timed out</translation>
    </message>
    <message>
        <source>Hookyard is still receiving</source>
        <translation>Hookyard is still receiving</translation>
    </message>
    <message>
        <source>Webhooks are received and agents run in the background. Use the tray icon to open the window or quit.</source>
        <translation>Webhooks are received and agents run in the background. Use the tray icon to open the window or quit.</translation>
    </message>
</context>
<context>
    <name>Hookyard::Receiver::ConnectionGuard</name>
    <message>
        <source>the request did not arrive in time</source>
        <translation>the request did not arrive in time</translation>
    </message>
</context>
<context>
    <name>Hookyard::Receiver::GuardedTcpServer</name>
    <message>
        <source>too many open connections; try again shortly</source>
        <translation>too many open connections; try again shortly</translation>
    </message>
    <message>
        <source>too many open connections from your address; try again shortly</source>
        <translation>too many open connections from your address; try again shortly</translation>
    </message>
</context>
<context>
    <name>Hookyard::Receiver::ReceiverWorker</name>
    <message>
        <source>The receiver cannot open its database: %1</source>
        <translation>The receiver cannot open its database: %1</translation>
    </message>
    <message>
        <source>Choose another port or stop the program that uses it.</source>
        <translation>Choose another port or stop the program that uses it.</translation>
    </message>
    <message>
        <source>This machine has no such address: listen on 127.0.0.1 or on the address of one of its network interfaces.</source>
        <translation>This machine has no such address: listen on 127.0.0.1 or on the address of one of its network interfaces.</translation>
    </message>
    <message>
        <source>Choose another address or port.</source>
        <translation>Choose another address or port.</translation>
    </message>
    <message>
        <source>The receiver cannot listen on %1:%2 (%3). %4</source>
        <translation>The receiver cannot listen on %1:%2 (%3). %4</translation>
    </message>
</context>
<context>
    <name>Hookyard::Storage</name>
    <message>
        <source>Could not save the connector: %1. Check that the data directory is writable and the disk not full.</source>
        <translation>Could not save the connector: %1. Check that the data directory is writable and the disk not full.</translation>
    </message>
    <message>
        <source>%1 is a file, not a directory: choose a directory with --data-dir.</source>
        <translation>%1 is a file, not a directory: choose a directory with --data-dir.</translation>
    </message>
    <message>
        <source>Could not create the data directory %1: check that the parent directory exists and is writable, or choose another one with --data-dir.</source>
        <translation>Could not create the data directory %1: check that the parent directory exists and is writable, or choose another one with --data-dir.</translation>
    </message>
    <message>
        <source>The data directory %1 is not writable: give your user write access to it, or choose another one with --data-dir.</source>
        <translation>The data directory %1 is not writable: give your user write access to it, or choose another one with --data-dir.</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 s: unlock it, or set secrets.backend to &quot;file&quot;.</source>
        <translation>The keychain did not answer within %1 s: unlock it, or set secrets.backend to &quot;file&quot;.</translation>
    </message>
    <message>
        <source>The database is not an open SQLite connection.</source>
        <translation>The database is not an open SQLite connection.</translation>
    </message>
    <message>
        <source>The database %1 was created by a newer Hookyard (schema %2); upgrade Hookyard or use another --data-dir.</source>
        <translation>The database %1 was created by a newer Hookyard (schema %2); upgrade Hookyard or use another --data-dir.</translation>
    </message>
    <message>
        <source>%1 is not a Hookyard database: move it away or use another --data-dir.</source>
        <translation>%1 is not a Hookyard database: move it away or use another --data-dir.</translation>
    </message>
    <message>
        <source>The schema of version %1 is missing from this build of Hookyard.</source>
        <translation>The schema of version %1 is missing from this build of Hookyard.</translation>
    </message>
    <message>
        <source>Could not upgrade the database %1 to schema version %2: %3</source>
        <translation>Could not upgrade the database %1 to schema version %2: %3</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 s. QT_NO_GLIB is set, and the keychain library needs GLib&apos;s event loop: unset QT_NO_GLIB, or set secrets.backend to &quot;file&quot;.</source>
        <translation>The keychain did not answer within %1 s. QT_NO_GLIB is set, and the keychain library needs GLib&apos;s event loop: unset QT_NO_GLIB, or set secrets.backend to &quot;file&quot;.</translation>
    </message>
</context>
<context>
    <name>Hookyard::Storage::ConnectorRepository</name>
    <message>
        <source>A connector named &quot;%1&quot; already exists: choose another name, or remove that one first.</source>
        <translation>A connector named &quot;%1&quot; already exists: choose another name, or remove that one first.</translation>
    </message>
    <message>
        <source>Could not read the connectors: %1.</source>
        <translation>Could not read the connectors: %1.</translation>
    </message>
    <message>
        <source>The signature tolerance must be at least 1 second.</source>
        <translation>The signature tolerance must be at least 1 second.</translation>
    </message>
    <message>
        <source>There is no connector &quot;%1&quot; (any more): list them with `hookyard connector list`.</source>
        <translation>There is no connector &quot;%1&quot; (any more): list them with `hookyard connector list`.</translation>
    </message>
    <message>
        <source>There is no connector with the id %1: list them with `hookyard connector list`.</source>
        <translation>There is no connector with the id %1: list them with `hookyard connector list`.</translation>
    </message>
    <message>
        <source>A connector needs a name, for example &quot;billing&quot;.</source>
        <translation>A connector needs a name, for example &quot;billing&quot;.</translation>
    </message>
    <message>
        <source>The connector name is %1 characters long; use at most %2.</source>
        <translation>The connector name is %1 characters long; use at most %2.</translation>
    </message>
    <message>
        <source>The connector name &quot;%1&quot; may only contain letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;.</source>
        <translation>The connector name &quot;%1&quot; may only contain letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;.</translation>
    </message>
    <message>
        <source>The connector name &quot;%1&quot; may only contain letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;: &quot;%2&quot; would do.</source>
        <translation>The connector name &quot;%1&quot; may only contain letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;: &quot;%2&quot; would do.</translation>
    </message>
</context>
<context>
    <name>Hookyard::Storage::DataDirLock</name>
    <message>
        <source>process %1 (%2) on host %3</source>
        <translation>process %1 (%2) on host %3</translation>
    </message>
    <message>
        <source>another process</source>
        <translation>another process</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unknown error</translation>
    </message>
    <message>
        <source>the lock file %1 cannot be created (%2): free some space on its disk, or give your user write access to the folder</source>
        <translation>the lock file %1 cannot be created (%2): free some space on its disk, or give your user write access to the folder</translation>
    </message>
</context>
<context>
    <name>Hookyard::Storage::Database</name>
    <message>
        <source>No data directory given: pass --data-dir DIR.</source>
        <translation>No data directory given: pass --data-dir DIR.</translation>
    </message>
    <message>
        <source>The database %1 is read-only for your user: give your user write access to it, or use another --data-dir.</source>
        <translation>The database %1 is read-only for your user: give your user write access to it, or use another --data-dir.</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt is missing: install the package libqt6sql6-sqlite.</source>
        <translation>The SQLite driver of Qt is missing: install the package libqt6sql6-sqlite.</translation>
    </message>
    <message>
        <source>Could not open the database %1 (%2): check that the data directory is writable, or use another --data-dir.</source>
        <translation>Could not open the database %1 (%2): check that the data directory is writable, or use another --data-dir.</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt did not give access to its connection.</source>
        <translation>The SQLite driver of Qt did not give access to its connection.</translation>
    </message>
    <message>
        <source>The database %1 was created by a newer Hookyard (schema %2); upgrade Hookyard or use another --data-dir.</source>
        <translation>The database %1 was created by a newer Hookyard (schema %2); upgrade Hookyard or use another --data-dir.</translation>
    </message>
    <message>
        <source>Could not switch the database %1 to WAL mode (it stayed in %2 mode): keep the data directory on a local file system.</source>
        <translation>Could not switch the database %1 to WAL mode (it stayed in %2 mode): keep the data directory on a local file system.</translation>
    </message>
    <message>
        <source>The disk that holds %1 is full: free some space. Deliveries are answered 503 meanwhile and Stripe retries them.</source>
        <translation>The disk that holds %1 is full: free some space. Deliveries are answered 503 meanwhile and Stripe retries them.</translation>
    </message>
    <message>
        <source>The database in %1 cannot be written (%2): give your user write access to the directory and its files, or use another --data-dir.</source>
        <translation>The database in %1 cannot be written (%2): give your user write access to the directory and its files, or use another --data-dir.</translation>
    </message>
    <message>
        <source>The database in %1 stayed locked by another process: try again; if it persists, check which Hookyard processes use this data dir.</source>
        <translation>The database in %1 stayed locked by another process: try again; if it persists, check which Hookyard processes use this data dir.</translation>
    </message>
    <message>
        <source>Could not read or write the database in %1 (%2): check the disk and free space.</source>
        <translation>Could not read or write the database in %1 (%2): check the disk and free space.</translation>
    </message>
    <message>
        <source>The database in %1 is damaged or is not a Hookyard database (%2): move hookyard.db away or use another --data-dir.</source>
        <translation>The database in %1 is damaged or is not a Hookyard database (%2): move hookyard.db away or use another --data-dir.</translation>
    </message>
    <message>
        <source>The database in %1 reported an error: %2.</source>
        <translation>The database in %1 reported an error: %2.</translation>
    </message>
    <message>
        <source>%1 is not a Hookyard database: move it away or use another --data-dir.</source>
        <translation>%1 is not a Hookyard database: move it away or use another --data-dir.</translation>
    </message>
</context>
<context>
    <name>Hookyard::Storage::DeliveryWriter</name>
    <message>
        <source>The database connection is closed.</source>
        <translation>The database connection is closed.</translation>
    </message>
</context>
<context>
    <name>Hookyard::Storage::EventPruner</name>
    <message>
        <source>Could not remove old events: %1.</source>
        <translation>Could not remove old events: %1.</translation>
    </message>
</context>
<context>
    <name>Hookyard::Storage::EventRepository</name>
    <message>
        <source>Could not read the events: %1.</source>
        <translation>Could not read the events: %1.</translation>
    </message>
    <message>
        <source>Could not read the deliveries: %1.</source>
        <translation>Could not read the deliveries: %1.</translation>
    </message>
</context>
<context>
    <name>Hookyard::Storage::FileSecretStore</name>
    <message>
        <source>file %1 (created with mode 0600 when a secret is saved)</source>
        <translation>file %1 (created with mode 0600 when a secret is saved)</translation>
    </message>
    <message>
        <source>file %1 (mode %2)</source>
        <translation>file %1 (mode %2)</translation>
    </message>
    <message>
        <source>The secrets file %1 stayed locked by another Hookyard process: try again.</source>
        <translation>The secrets file %1 stayed locked by another Hookyard process: try again.</translation>
    </message>
    <message>
        <source>Cannot read the secrets file %1 (%2): check its owner and permissions.</source>
        <translation>Cannot read the secrets file %1 (%2): check its owner and permissions.</translation>
    </message>
    <message>
        <source>The secrets file %1 is not a regular file: move it away.</source>
        <translation>The secrets file %1 is not a regular file: move it away.</translation>
    </message>
    <message>
        <source>The secrets file %1 can be read by other users (mode %2): run `chmod 600 %1` and try again.</source>
        <translation>The secrets file %1 can be read by other users (mode %2): run `chmod 600 %1` and try again.</translation>
    </message>
    <message>
        <source>The secrets file %1 is damaged (not a JSON object): restore it from a backup, or move it away and save the signing secrets again.</source>
        <translation>The secrets file %1 is damaged (not a JSON object): restore it from a backup, or move it away and save the signing secrets again.</translation>
    </message>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>Cannot create the data directory %1.</translation>
    </message>
    <message>
        <source>Cannot write the secrets file in %1 (%2): check that the data directory is writable.</source>
        <translation>Cannot write the secrets file in %1 (%2): check that the data directory is writable.</translation>
    </message>
    <message>
        <source>Cannot write the secrets file %1 (%2): check the free space and permissions of the data directory.</source>
        <translation>Cannot write the secrets file %1 (%2): check the free space and permissions of the data directory.</translation>
    </message>
    <message>
        <source>Cannot remove the secrets file %1 (%2): check the permissions of the data directory.</source>
        <translation>Cannot remove the secrets file %1 (%2): check the permissions of the data directory.</translation>
    </message>
</context>
<context>
    <name>Hookyard::Storage::KeychainSecretStore</name>
    <message>
        <source>keychain (Secret Service)</source>
        <translation>keychain (Secret Service)</translation>
    </message>
    <message>
        <source>Access to the keychain was denied: unlock it and allow Hookyard.</source>
        <translation>Access to the keychain was denied: unlock it and allow Hookyard.</translation>
    </message>
    <message>
        <source>No keychain is available on this machine: set secrets.backend to &quot;file&quot;.</source>
        <translation>No keychain is available on this machine: set secrets.backend to &quot;file&quot;.</translation>
    </message>
    <message>
        <source>The keychain does not support this operation.</source>
        <translation>The keychain does not support this operation.</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1. Start and unlock the desktop&apos;s keychain (a Secret Service such as GNOME Keyring or KWallet), or keep the secrets in a file: hookyard settings set secrets.backend file</source>
        <translation>The keychain reported an error: %1. Start and unlock the desktop&apos;s keychain (a Secret Service such as GNOME Keyring or KWallet), or keep the secrets in a file: hookyard settings set secrets.backend file</translation>
    </message>
    <message>
        <source>The keychain did not return what was written to it.</source>
        <translation>The keychain did not return what was written to it.</translation>
    </message>
    <message>
        <source>the keychain returned no signing secret for this connector: if the keychain is locked, unlock it and restart Hookyard; otherwise save the secret again</source>
        <translation>the keychain returned no signing secret for this connector: if the keychain is locked, unlock it and restart Hookyard; otherwise save the secret again</translation>
    </message>
</context>
<context>
    <name>Hookyard::Storage::RunRepository</name>
    <message>
        <source>cannot queue the run: %1</source>
        <translation>cannot queue the run: %1</translation>
    </message>
</context>
<context>
    <name>Hookyard::Storage::SecretStore</name>
    <message>
        <source>%1, as the setting secrets.backend asks</source>
        <translation>%1, as the setting secrets.backend asks</translation>
    </message>
    <message>
        <source>%1, chosen earlier for this data dir</source>
        <translation>%1, chosen earlier for this data dir</translation>
    </message>
    <message>
        <source>%1, which answered</source>
        <translation>%1, which answered</translation>
    </message>
    <message>
        <source>%1, because no keychain answered (%2)</source>
        <translation>%1, because no keychain answered (%2)</translation>
    </message>
    <message>
        <source>the signing secret of this connector is missing from the secret store; save it again</source>
        <translation>the signing secret of this connector is missing from the secret store; save it again</translation>
    </message>
</context>
<context>
    <name>Hookyard::Storage::SettingsRepository</name>
    <message>
        <source>Could not save the setting %1: %2. Check that the data directory is writable and the disk not full.</source>
        <translation>Could not save the setting %1: %2. Check that the data directory is writable and the disk not full.</translation>
    </message>
    <message>
        <source>Could not reset the setting %1: %2.</source>
        <translation>Could not reset the setting %1: %2.</translation>
    </message>
</context>
<context>
    <name>LinkAgentsDialog</name>
    <message>
        <source>Link Agents</source>
        <translation>Link Agents</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Connectors</source>
        <translation>Connectors</translation>
    </message>
    <message>
        <source>Reacts to</source>
        <translation>Reacts to</translation>
    </message>
</context>
<context>
    <name>NewConnectorDialog</name>
    <message>
        <source>New Connector</source>
        <translation>New Connector</translation>
    </message>
    <message>
        <source>A connector is one webhook endpoint. Give it a name; Hookyard creates its unguessable URL.</source>
        <translation>A connector is one webhook endpoint. Give it a name; Hookyard creates its unguessable URL.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>billing</source>
        <translation>billing</translation>
    </message>
</context>
<context>
    <name>RequestFramer</name>
    <message>
        <source>the request headers are larger than %1 bytes</source>
        <translation>the request headers are larger than %1 bytes</translation>
    </message>
    <message>
        <source>webhooks are delivered with POST</source>
        <translation>webhooks are delivered with POST</translation>
    </message>
    <message>
        <source>malformed HTTP request (%1)</source>
        <translation>malformed HTTP request (%1)</translation>
    </message>
    <message>
        <source>the request is larger than %1 bytes on the wire</source>
        <translation>the request is larger than %1 bytes on the wire</translation>
    </message>
    <message>
        <source>the request line is longer than %1 bytes</source>
        <translation>the request line is longer than %1 bytes</translation>
    </message>
    <message>
        <source>malformed request line; expected &quot;POST /path HTTP/1.1&quot;</source>
        <translation>malformed request line; expected &quot;POST /path HTTP/1.1&quot;</translation>
    </message>
    <message>
        <source>trailers after a chunked body are not supported</source>
        <translation>trailers after a chunked body are not supported</translation>
    </message>
    <message>
        <source>more than %1 header fields</source>
        <translation>more than %1 header fields</translation>
    </message>
    <message>
        <source>a header name contains a character HTTP does not allow</source>
        <translation>a header name contains a character HTTP does not allow</translation>
    </message>
    <message>
        <source>protocol upgrades are not supported</source>
        <translation>protocol upgrades are not supported</translation>
    </message>
    <message>
        <source>unsupported Transfer-Encoding</source>
        <translation>unsupported Transfer-Encoding</translation>
    </message>
    <message>
        <source>the body is larger than the limit of %1 bytes</source>
        <translation>the body is larger than the limit of %1 bytes</translation>
    </message>
    <message>
        <source>this port speaks plain HTTP, not HTTPS: use an http:// URL, or let a tunnel or reverse proxy in front of it do the TLS</source>
        <translation>this port speaks plain HTTP, not HTTPS: use an http:// URL, or let a tunnel or reverse proxy in front of it do the TLS</translation>
    </message>
</context>
<context>
    <name>WebhookHandler</name>
    <message>
        <source>no such path; webhook URLs look like %1&lt;connector-id&gt;</source>
        <translation>no such path; webhook URLs look like %1&lt;connector-id&gt;</translation>
    </message>
    <message>
        <source>webhooks are delivered with POST</source>
        <translation>webhooks are delivered with POST</translation>
    </message>
    <message>
        <source>no connector has this URL</source>
        <translation>no connector has this URL</translation>
    </message>
    <message>
        <source>this connector is disabled</source>
        <translation>this connector is disabled</translation>
    </message>
    <message>
        <source>this connector has no signing secret yet; save the whsec_ secret that Stripe shows for this endpoint</source>
        <translation>this connector has no signing secret yet; save the whsec_ secret that Stripe shows for this endpoint</translation>
    </message>
    <message numerus="yes">
        <source>the request has %n Stripe-Signature headers: Stripe sends exactly one, so a proxy or the client added one</source>
        <translation>
            <numerusform>the request has %n Stripe-Signature header: Stripe sends exactly one, so a proxy or the client added one</numerusform>
            <numerusform>the request has %n Stripe-Signature headers: Stripe sends exactly one, so a proxy or the client added one</numerusform>
        </translation>
    </message>
    <message>
        <source>Stripe-Signature header is empty</source>
        <translation>Stripe-Signature header is empty</translation>
    </message>
    <message>
        <source>the event could not be stored; retry later</source>
        <translation>the event could not be stored; retry later</translation>
    </message>
    <message>
        <source>too many rejected requests from your address; retry in %1 s</source>
        <translation>too many rejected requests from your address; retry in %1 s</translation>
    </message>
    <message>
        <source>this connector receives more deliveries than its rate limit; retry in %1 s</source>
        <translation>this connector receives more deliveries than its rate limit; retry in %1 s</translation>
    </message>
    <message>
        <source>this connector&apos;s signing secret is saved but cannot be read on this machine; Hookyard&apos;s log and window say why</source>
        <translation>this connector&apos;s signing secret is saved but cannot be read on this machine; Hookyard&apos;s log and window say why</translation>
    </message>
</context>
</TS>
