<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AgentConnectorsDialog</name>
    <message>
        <source>Agent Connectors</source>
        <translation>Connectors des Agenten</translation>
    </message>
    <message>
        <source>&amp;All connectors, also the ones created later</source>
        <translation>Alle &amp;Connectors, auch später angelegte</translation>
    </message>
    <message>
        <source>&amp;Only these:</source>
        <translation>&amp;Nur diese:</translation>
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
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Remove this connector; its event history stays readable</source>
        <translation>Diesen Connector entfernen; seine Ereignisse bleiben lesbar</translation>
    </message>
    <message>
        <source>&lt;b&gt;No signing secret yet.&lt;/b&gt; Deliveries to this connector are refused (HTTP 503) until you save the signing secret below. Stripe retries refused deliveries for up to three days, so nothing is lost.</source>
        <translation>&lt;b&gt;Noch kein Signaturgeheimnis.&lt;/b&gt; Zustellungen an diesen Connector werden abgewiesen (HTTP 503), bis Sie unten das Signaturgeheimnis speichern. Stripe wiederholt abgewiesene Zustellungen bis zu drei Tage lang, es geht also nichts verloren.</translation>
    </message>
    <message>
        <source>1. Webhook URL</source>
        <translation>1. Webhook-URL</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>Webhook-URL</translation>
    </message>
    <message>
        <source>&amp;Copy URL</source>
        <translation>URL &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the webhook URL to the clipboard</source>
        <translation>Die Webhook-URL in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Stripe CLI command</source>
        <translation>Befehl für die Stripe CLI</translation>
    </message>
    <message>
        <source>Copy Co&amp;mmand</source>
        <translation>Befehl k&amp;opieren</translation>
    </message>
    <message>
        <source>2. Signing secret</source>
        <translation>2. Signaturgeheimnis</translation>
    </message>
    <message>
        <source>Paste the endpoint&apos;s signing secret from Stripe (it starts with whsec_). It is kept in the secret store, never in the database.</source>
        <translation>Fügen Sie das Signaturgeheimnis des Endpoints aus Stripe ein (es beginnt mit whsec_). Es wird im Geheimnisspeicher abgelegt, nie in der Datenbank.</translation>
    </message>
    <message>
        <source>whsec_…</source>
        <translation>whsec_…</translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation>Signaturgeheimnis</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <source>Show or hide the secret you are typing</source>
        <translation>Das eingegebene Geheimnis anzeigen oder verbergen</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Einf&amp;ügen</translation>
    </message>
    <message>
        <source>&amp;Save Secret</source>
        <translation>Geheimnis &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Keep the previous secret valid for</source>
        <translation>Bisheriges Geheimnis &amp;gültig lassen für</translation>
    </message>
    <message>
        <source>When you roll the secret in Stripe, Stripe keeps signing with the old one for a while: accept both meanwhile</source>
        <translation>Wenn Sie das Geheimnis in Stripe erneuern, signiert Stripe noch eine Weile mit dem alten: so lange werden beide akzeptiert</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Empfangen:</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>Abgewiesen:</translation>
    </message>
    <message>
        <source>Last event:</source>
        <translation>Letztes Ereignis:</translation>
    </message>
    <message>
        <source>Agents:</source>
        <translation>Agenten:</translation>
    </message>
    <message>
        <source>&amp;Test event:</source>
        <translation>&amp;Testereignis:</translation>
    </message>
    <message>
        <source>Send &amp;Test Event</source>
        <translation>Testereignis sen&amp;den</translation>
    </message>
    <message>
        <source>Sign a sample event with this connector&apos;s secret and deliver it to the receiver, like `stripe trigger`</source>
        <translation>Ein Beispielereignis mit dem Geheimnis dieses Connectors signieren und dem Empfänger zustellen, wie `stripe trigger`</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>&amp;Enabled (a disabled connector answers 404)</source>
        <translation>&amp;Aktiv (ein deaktivierter Connector antwortet mit 404)</translation>
    </message>
    <message>
        <source>Timestamp &amp;tolerance:</source>
        <translation>Zeitstempel-To&amp;leranz:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Rate limit:</source>
        <translation>&amp;Ratenlimit:</translation>
    </message>
    <message>
        <source>Deliveries per second; 0 = unlimited</source>
        <translation>Zustellungen pro Sekunde; 0 = unbegrenzt</translation>
    </message>
    <message>
        <source>B&amp;urst:</source>
        <translation>B&amp;urst:</translation>
    </message>
    <message>
        <source>&amp;Apply Options</source>
        <translation>Optionen ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>&amp;Link Agents…</source>
        <translation>Agenten &amp;verknüpfen…</translation>
    </message>
    <message>
        <source>Choose the agents that run for this connector&apos;s events</source>
        <translation>Die Agenten wählen, die bei Ereignissen dieses Connectors laufen</translation>
    </message>
    <message>
        <source>Deliveries at once above the rate; 0 = unlimited</source>
        <translation>Zustellungen auf einmal über der Rate; 0 = unbegrenzt</translation>
    </message>
    <message>
        <source>Show E&amp;vents</source>
        <translation>E&amp;reignisse zeigen</translation>
    </message>
    <message>
        <source>The Events page, narrowed to this connector&apos;s events</source>
        <translation>Die Seite Ereignisse, auf die Ereignisse dieses Connectors eingeschränkt</translation>
    </message>
    <message>
        <source>Show Re&amp;jected</source>
        <translation>Abge&amp;wiesene zeigen</translation>
    </message>
    <message>
        <source>The requests to this connector that were refused, each with the reason and what was recorded of it</source>
        <translation>Die abgewiesenen Anfragen an diesen Connector, jede mit dem Grund und dem, was von ihr festgehalten wurde</translation>
    </message>
</context>
<context>
    <name>Hookyard::Agents</name>
    <message>
        <source>the name &quot;%1&quot; is already used by %2</source>
        <translation>der Name „%1“ wird bereits von %2 verwendet</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>unterminated single quote</source>
        <translation>einfaches Anführungszeichen nicht geschlossen</translation>
    </message>
    <message>
        <source>unterminated double quote</source>
        <translation>doppeltes Anführungszeichen nicht geschlossen</translation>
    </message>
</context>
<context>
    <name>Hookyard::Agents::AgentExamples</name>
    <message>
        <source>Dunning: recover failed payments</source>
        <translation>Mahnwesen: fehlgeschlagene Zahlungen eintreiben</translation>
    </message>
    <message>
        <source>Drafts a recovery message naming the amount and the decline reason when a payment or an invoice payment fails.</source>
        <translation>Entwirft eine Zahlungserinnerung mit Betrag und Ablehnungsgrund, wenn eine Zahlung oder die Zahlung einer Rechnung fehlschlägt.</translation>
    </message>
    <message>
        <source>Onboarding: welcome upgrades</source>
        <translation>Onboarding: Upgrades begrüßen</translation>
    </message>
    <message>
        <source>Welcomes a customer to a new or higher plan; other subscription updates are skipped by its middleware.</source>
        <translation>Begrüßt Kunden in einem neuen oder höheren Tarif; andere Abo-Änderungen überspringt seine Middleware.</translation>
    </message>
    <message>
        <source>Fraud review: warnings and disputes</source>
        <translation>Betrugsprüfung: Warnungen und Zahlungsanfechtungen</translation>
    </message>
    <message>
        <source>Summarises an early fraud warning or a dispute with the recommended step and the evidence deadline.</source>
        <translation>Fasst eine frühe Betrugswarnung oder eine Zahlungsanfechtung zusammen, mit dem empfohlenen Schritt und der Frist für Nachweise.</translation>
    </message>
    <message>
        <source>Churn prevention: win-back offers</source>
        <translation>Kündigungen vorbeugen: Rückgewinnungsangebote</translation>
    </message>
    <message>
        <source>Drafts a win-back offer when a subscription is cancelled or set to end at the period&apos;s end.</source>
        <translation>Entwirft ein Rückgewinnungsangebot, wenn ein Abo gekündigt wird oder zum Ende des Zeitraums auslaufen soll.</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 exists already (use --replace to overwrite it)</source>
        <translation>%1 existiert bereits (mit --replace überschreiben)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Hookyard::Agents::AgentProcess</name>
    <message>
        <source>command not found: %1</source>
        <translation>Befehl nicht gefunden: %1</translation>
    </message>
    <message>
        <source> (to run the file next to the agent, write ./%1)</source>
        <translation> (um die Datei neben dem Agenten auszuführen, schreiben Sie ./%1)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>killed %1 after it ignored the request to terminate</source>
        <translation>%1 nach der ignorierten Aufforderung zum Beenden hart beendet (kill)</translation>
    </message>
    <message>
        <source>terminated</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>timed out after %1; %2</source>
        <translation>Zeitlimit nach %1 überschritten; %2</translation>
    </message>
    <message>
        <source>crashed with signal %1 (%2)</source>
        <translation>mit Signal %1 abgestürzt (%2)</translation>
    </message>
    <message>
        <source>exited with status %1</source>
        <translation>mit Status %1 beendet</translation>
    </message>
    <message>
        <source>could not start %1: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>; check the path in `command:` (a relative one starts from the agent&apos;s folder)</source>
        <translation>; prüfen Sie den Pfad in `command:` (ein relativer beginnt im Ordner des Agenten)</translation>
    </message>
    <message>
        <source>; install it, write its full path in `command:`, or start Hookyard with a PATH that has it</source>
        <translation>; installieren Sie es, schreiben Sie seinen vollen Pfad in `command:`, oder starten Sie Hookyard mit einem PATH, der es enthält</translation>
    </message>
    <message>
        <source>command not found here: %1: its runs will fail until it is installed or `command:` is fixed</source>
        <translation>Befehl hier nicht gefunden: %1: seine Läufe schlagen fehl, bis er installiert oder `command:` korrigiert ist</translation>
    </message>
    <message>
        <source>%1 is not executable: make it so with `chmod +x %2`</source>
        <translation>%1 ist nicht ausführbar: machen Sie es mit `chmod +x %2` ausführbar</translation>
    </message>
</context>
<context>
    <name>Hookyard::Agents::AgentRun</name>
    <message>
        <source>this agent has no command and no default agent command is set: add `command:` to %1 or run `hookyard settings set agents.default_command &quot;…&quot;`</source>
        <translation>dieser Agent hat keinen Befehl, und es ist kein Standardbefehl für Agenten gesetzt: ergänzen Sie `command:` in %1 oder führen Sie `hookyard settings set agents.default_command &quot;…&quot;` aus</translation>
    </message>
    <message>
        <source>the default agent command (agents.default_command) cannot be used: %1</source>
        <translation>der Standardbefehl für Agenten (agents.default_command) ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>er ist leer</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>middleware %1</source>
        <translation>Middleware %1</translation>
    </message>
    <message>
        <source>skipped: the middleware exited with status %1</source>
        <translation>übersprungen: die Middleware endete mit Status %1</translation>
    </message>
    <message>
        <source>skipped: the middleware exited with status %1: %2</source>
        <translation>übersprungen: die Middleware endete mit Status %1: %2</translation>
    </message>
    <message>
        <source>middleware: %1</source>
        <translation>Middleware: %1</translation>
    </message>
    <message>
        <source>skipped: the middleware printed nothing</source>
        <translation>übersprungen: die Middleware hat nichts ausgegeben</translation>
    </message>
    <message>
        <source>the middleware printed more than %1 bytes</source>
        <translation>die Middleware hat mehr als %1 Bytes ausgegeben</translation>
    </message>
</context>
<context>
    <name>Hookyard::Agents::AgentSpecReader</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 bytes</source>
        <translation>die Datei ist größer als %1 Bytes</translation>
    </message>
    <message>
        <source>`%1` must be a list of strings</source>
        <translation>`%1` muss eine Liste von Zeichenketten sein</translation>
    </message>
    <message>
        <source>every item of `%1` must be a non-empty string</source>
        <translation>jeder Eintrag von `%1` muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>`%1`: %2</source>
        <translation>`%1`: %2</translation>
    </message>
    <message>
        <source>`%1` is empty</source>
        <translation>`%1` ist leer</translation>
    </message>
    <message>
        <source>`%1` contains %2, which is passed as an argument: commands run without a shell</source>
        <translation>`%1` enthält %2, das als Argument übergeben wird: Befehle laufen ohne Shell</translation>
    </message>
    <message>
        <source>`%1` must be a list of arguments or a string</source>
        <translation>`%1` muss eine Liste von Argumenten oder eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>every argument of `%1` must be a string</source>
        <translation>jedes Argument von `%1` muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>`%1` needs a program name</source>
        <translation>`%1` braucht einen Programmnamen</translation>
    </message>
    <message>
        <source>`%1` must be a whole number from %2 to %3</source>
        <translation>`%1` muss eine ganze Zahl von %2 bis %3 sein</translation>
    </message>
    <message>
        <source>`env` must be a map of NAME: value</source>
        <translation>`env` muss eine Zuordnung NAME: Wert sein</translation>
    </message>
    <message>
        <source>`env` names must be letters, digits and &apos;_&apos;, not starting with a digit</source>
        <translation>Namen in `env` dürfen nur Buchstaben, Ziffern und &apos;_&apos; enthalten und nicht mit einer Ziffer beginnen</translation>
    </message>
    <message>
        <source>the value of `env.%1` must be a string</source>
        <translation>der Wert von `env.%1` muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>`env.%1` is ignored: Hookyard sets HOOKYARD_* variables itself</source>
        <translation>`env.%1` wird ignoriert: HOOKYARD_*-Variablen setzt Hookyard selbst</translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation>kein gültiges YAML: %1</translation>
    </message>
    <message>
        <source>the file is empty: an agent needs at least `name:`</source>
        <translation>die Datei ist leer: ein Agent braucht mindestens `name:`</translation>
    </message>
    <message>
        <source>an agent file must be a map of keys (name:, command:, ...)</source>
        <translation>eine Agentendatei muss eine Zuordnung von Schlüsseln sein (name:, command:, ...)</translation>
    </message>
    <message>
        <source>keys must be plain words</source>
        <translation>Schlüssel müssen einfache Wörter sein</translation>
    </message>
    <message>
        <source>`%1` appears twice</source>
        <translation>`%1` kommt zweimal vor</translation>
    </message>
    <message>
        <source>`name` must be a string</source>
        <translation>`name` muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>`model` must be a string</source>
        <translation>`model` muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>both `system` and `system_prompt` are set: the first one is used</source>
        <translation>`system` und `system_prompt` sind beide gesetzt: das erste wird verwendet</translation>
    </message>
    <message>
        <source>`%1` must be a string</source>
        <translation>`%1` muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>event pattern &quot;%1&quot; contains a comma or a space: write several as a list, [a, b]</source>
        <translation>das Ereignismuster „%1“ enthält ein Komma oder Leerzeichen: mehrere als Liste schreiben, [a, b]</translation>
    </message>
    <message>
        <source>`timeout` must be a duration such as 30s, 2m or 1h30m</source>
        <translation>`timeout` muss eine Dauer sein, etwa 30s, 2m oder 1h30m</translation>
    </message>
    <message>
        <source>`enabled` must be true or false</source>
        <translation>`enabled` muss true oder false sein</translation>
    </message>
    <message>
        <source>unknown key `%1` is ignored (known keys: %2)</source>
        <translation>unbekannter Schlüssel `%1` wird ignoriert (bekannte Schlüssel: %2)</translation>
    </message>
    <message>
        <source>`name` is missing: every agent needs a name</source>
        <translation>`name` fehlt: jeder Agent braucht einen Namen</translation>
    </message>
    <message>
        <source>`name` may hold only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most 64), as it names the file</source>
        <translation>`name` darf nur Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos; enthalten (höchstens 64), da er die Datei benennt</translation>
    </message>
    <message>
        <source>`name` is empty</source>
        <translation>`name` ist leer</translation>
    </message>
    <message>
        <source>no `events` listed: this agent starts only by hand (hookyard runs start); add events: [&quot;*&quot;] to start it for every event</source>
        <translation>keine `events` angegeben: dieser Agent startet nur von Hand (hookyard runs start); mit events: [&quot;*&quot;] startet er bei jedem Ereignis</translation>
    </message>
</context>
<context>
    <name>Hookyard::Agents::CatalogSnapshot</name>
    <message>
        <source>the file has errors: %1</source>
        <translation>die Datei enthält Fehler: %1</translation>
    </message>
    <message>
        <source>disabled (enabled: false)</source>
        <translation>deaktiviert (enabled: false)</translation>
    </message>
    <message>
        <source>no `events` listed: it starts only by hand</source>
        <translation>keine `events` angegeben: er startet nur von Hand</translation>
    </message>
    <message>
        <source>%1 matches none of its events: %2</source>
        <translation>%1 passt zu keinem seiner Ereignisse: %2</translation>
    </message>
    <message>
        <source>connector %1 is not in its connectors: %2</source>
        <translation>Connector %1 gehört nicht zu seinen Connectors: %2</translation>
    </message>
    <message>
        <source>would start</source>
        <translation>würde starten</translation>
    </message>
</context>
<context>
    <name>Hookyard::Agents::ConnectorLinks</name>
    <message>
        <source>%1 would run for every connector: an empty `connectors` list means all of them. To stop it, set `enabled: false` or change its events on the Agents page.</source>
        <translation>%1 würde für jeden Connector laufen: eine leere Liste `connectors` bedeutet alle. Um das zu verhindern, setzen Sie `enabled: false`, oder ändern Sie seine Ereignisse auf der Seite Agenten.</translation>
    </message>
</context>
<context>
    <name>Hookyard::Agents::ConnectorsKeyRewriter</name>
    <message>
        <source>the file has errors; fix them first: %1</source>
        <translation>die Datei enthält Fehler; beheben Sie sie zuerst: %1</translation>
    </message>
    <message>
        <source>a connector name cannot be empty</source>
        <translation>ein Connector-Name darf nicht leer sein</translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation>kein gültiges YAML: %1</translation>
    </message>
    <message>
        <source>an agent file must be a map of keys</source>
        <translation>eine Agentendatei muss eine Zuordnung von Schlüsseln sein</translation>
    </message>
    <message>
        <source>the file is written as one { … } map: change `connectors` by hand</source>
        <translation>die Datei ist als eine einzige { … }-Zuordnung geschrieben: ändern Sie `connectors` von Hand</translation>
    </message>
    <message>
        <source>the change would break the file (%1); edit it by hand</source>
        <translation>die Änderung würde die Datei beschädigen (%1); bearbeiten Sie sie von Hand</translation>
    </message>
    <message>
        <source>the file would list [%1] instead of [%2]; edit it by hand</source>
        <translation>die Datei würde [%1] statt [%2] aufführen; bearbeiten Sie sie von Hand</translation>
    </message>
    <message>
        <source>the change would alter other keys of the file; edit it by hand</source>
        <translation>die Änderung würde andere Schlüssel der Datei verändern; bearbeiten Sie sie von Hand</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 bytes</source>
        <translation>die Datei ist größer als %1 Bytes</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>die Datei kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>Hookyard::Agents::RunScheduler</name>
    <message>
        <source>interrupted: Hookyard stopped while attempt %1 was running</source>
        <translation>unterbrochen: Hookyard wurde während Versuch %1 beendet</translation>
    </message>
    <message>
        <source>there is no agent named %1 (was its file removed?)</source>
        <translation>es gibt keinen Agenten namens %1 (wurde seine Datei entfernt?)</translation>
    </message>
    <message>
        <source>skipped: the agent is disabled</source>
        <translation>übersprungen: der Agent ist deaktiviert</translation>
    </message>
    <message>
        <source>the event of this run is no longer stored</source>
        <translation>das Ereignis dieses Laufs ist nicht mehr gespeichert</translation>
    </message>
    <message>
        <source>attempt %1 %2: %3; retry in %4</source>
        <translation>Versuch %1 %2: %3; neuer Versuch in %4</translation>
    </message>
    <message>
        <source>cancelled before it started</source>
        <translation>vor dem Start abgebrochen</translation>
    </message>
</context>
<context>
    <name>Hookyard::Cli</name>
    <message>
        <source>(the default agent command)</source>
        <translation>(der Standardbefehl für Agenten)</translation>
    </message>
    <message>
        <source>The agent file to add.</source>
        <translation>Die hinzuzufügende Agentendatei.</translation>
    </message>
    <message>
        <source>Replace an agent of the same name.</source>
        <translation>Einen Agenten gleichen Namens ersetzen.</translation>
    </message>
    <message>
        <source>Add one of the example agents (dunning, onboarding, fraud, churn) instead of a file.</source>
        <translation>Statt einer Datei einen der Beispielagenten hinzufügen (dunning, onboarding, fraud, churn).</translation>
    </message>
    <message>
        <source>no example named &quot;%1&quot;; the examples are: %2</source>
        <translation>kein Beispiel namens „%1“; die Beispiele: %2</translation>
    </message>
    <message>
        <source>Added the example agent %1 (%2); it starts for: %3</source>
        <translation>Beispielagent %1 hinzugefügt (%2); er startet bei: %3</translation>
    </message>
    <message>
        <source>no event</source>
        <translation>keinem Ereignis</translation>
    </message>
    <message>
        <source>give one agent file: %1</source>
        <translation>geben Sie eine Agentendatei an: %1</translation>
    </message>
    <message>
        <source>%1 has errors: not added</source>
        <translation>%1 enthält Fehler: nicht hinzugefügt</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 is already in the agents folder and valid</source>
        <translation>%1 liegt bereits im Agentenordner und ist gültig</translation>
    </message>
    <message>
        <source>an agent named &quot;%1&quot; exists already (%2): use --replace to replace it</source>
        <translation>ein Agent namens „%1“ existiert bereits (%2): mit --replace ersetzen</translation>
    </message>
    <message>
        <source>%1 exists already with other content: use --replace to overwrite it</source>
        <translation>%1 existiert bereits mit anderem Inhalt: mit --replace überschreiben</translation>
    </message>
    <message>
        <source>cannot copy %1 to %2</source>
        <translation>%1 kann nicht nach %2 kopiert werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Added agent %1 (%2)</source>
        <translation>Agent %1 hinzugefügt (%2)</translation>
    </message>
    <message>
        <source>Copied with it: %1</source>
        <translation>Mitkopiert: %1</translation>
    </message>
    <message>
        <source>It lists no events: it starts only by hand (hookyard runs start).</source>
        <translation>Er nennt keine Ereignisse: er startet nur von Hand (hookyard runs start).</translation>
    </message>
    <message>
        <source>It starts for: %1</source>
        <translation>Er startet bei: %1</translation>
    </message>
    <message>
        <source>Print JSON for scripts.</source>
        <translation>JSON für Skripte ausgeben.</translation>
    </message>
    <message>
        <source>No agents yet in %1: start from an example with `hookyard agent add --example dunning`.</source>
        <translation>Noch keine Agenten in %1: beginnen Sie mit einem Beispiel, `hookyard agent add --example dunning`.</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>events: %1</source>
        <translation>Ereignisse: %1</translation>
    </message>
    <message>
        <source>none (by hand only)</source>
        <translation>keine (nur von Hand)</translation>
    </message>
    <message>
        <source>connectors: %1</source>
        <translation>Connectors: %1</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>command: %1</source>
        <translation>Befehl: %1</translation>
    </message>
    <message>
        <source>file: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>The agent to remove.</source>
        <translation>Der zu entfernende Agent.</translation>
    </message>
    <message>
        <source>give one agent name: hookyard agent remove NAME</source>
        <translation>geben Sie einen Agentennamen an: hookyard agent remove NAME</translation>
    </message>
    <message>
        <source>no agent named &quot;%1&quot;: `hookyard agent list` shows them</source>
        <translation>kein Agent namens „%1“: `hookyard agent list` zeigt sie an</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>%1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>Removed agent %1 (%2). Scripts next to it were left in place.</source>
        <translation>Agent %1 entfernt (%2). Skripte daneben wurden nicht angetastet.</translation>
    </message>
    <message>
        <source>The agent file to check.</source>
        <translation>Die zu prüfende Agentendatei.</translation>
    </message>
    <message>
        <source>give one agent file: hookyard agent check FILE.yaml</source>
        <translation>geben Sie eine Agentendatei an: hookyard agent check FILE.yaml</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n error(s)</source>
        <translation>
            <numerusform>%1: %n Fehler</numerusform>
            <numerusform>%1: %n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: ok, agent %2</source>
        <translation>%1: ok, Agent %2</translation>
    </message>
    <message>
        <source>A stored Stripe event id.</source>
        <translation>Die ID eines gespeicherten Stripe-Ereignisses.</translation>
    </message>
    <message>
        <source>The connector, when the event came to several.</source>
        <translation>Der Connector, falls das Ereignis an mehrere ging.</translation>
    </message>
    <message>
        <source>give one event id: %1</source>
        <translation>geben Sie eine Ereignis-ID an: %1</translation>
    </message>
    <message>
        <source>%1 (%2) on connector %3:</source>
        <translation>%1 (%2) auf Connector %3:</translation>
    </message>
    <message>
        <source>no agents are defined</source>
        <translation>es sind keine Agenten definiert</translation>
    </message>
    <message>
        <source>starts       %1</source>
        <translation>startet        %1</translation>
    </message>
    <message>
        <source>not started  %1: %2</source>
        <translation>startet nicht  %1: %2</translation>
    </message>
    <message>
        <source>usage: hookyard agent add FILE.yaml | list [--json] | remove NAME | check FILE.yaml | match EVENT_ID</source>
        <translation>Aufruf: hookyard agent add FILE.yaml | list [--json] | remove NAME | check FILE.yaml | match EVENT_ID</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;: run `hookyard --help` for the list of commands</source>
        <translation>unbekannter Befehl „%1“: `hookyard --help` listet die Befehle auf</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>no connector named &quot;%1&quot;: `hookyard connector list` shows them</source>
        <translation>kein Connector namens „%1“: `hookyard connector list` zeigt sie an</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>The connector&apos;s name, e.g. billing.</source>
        <translation>Der Name des Connectors, z. B. abrechnung.</translation>
    </message>
    <message>
        <source>give one name: hookyard connector add NAME</source>
        <translation>geben Sie einen Namen an: hookyard connector add NAME</translation>
    </message>
    <message>
        <source>Connector &quot;%1&quot; created. Add this URL in the Stripe Dashboard (Developers &gt; Webhooks &gt; Add endpoint) or run `stripe listen --forward-to &lt;URL&gt;`, then save the signing secret: hookyard connector set-secret %1 &lt; secret.txt</source>
        <translation>Connector „%1“ angelegt. Tragen Sie diese URL im Stripe-Dashboard ein (Entwickler &gt; Webhooks &gt; Endpoint hinzufügen) oder führen Sie `stripe listen --forward-to &lt;URL&gt;` aus; speichern Sie dann das Signaturgeheimnis: hookyard connector set-secret %1 &lt; secret.txt</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>No connectors yet: hookyard connector add NAME</source>
        <translation>Noch keine Connectors: hookyard connector add NAME</translation>
    </message>
    <message>
        <source>secret saved</source>
        <translation>Geheimnis gespeichert</translation>
    </message>
    <message>
        <source>NO SECRET: deliveries are refused (503)</source>
        <translation>KEIN GEHEIMNIS: Zustellungen werden abgewiesen (503)</translation>
    </message>
    <message>
        <source>, previous secret valid until %1</source>
        <translation>, bisheriges Geheimnis gültig bis %1</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>Signing secrets are kept in: %1</source>
        <translation>Signaturgeheimnisse liegen in: %1</translation>
    </message>
    <message>
        <source>The connector&apos;s name.</source>
        <translation>Der Name des Connectors.</translation>
    </message>
    <message>
        <source>give one name: hookyard connector url NAME</source>
        <translation>geben Sie einen Namen an: hookyard connector url NAME</translation>
    </message>
    <message>
        <source>Keep the old secret valid this long (rotation), e.g. 24h; at most 24h.</source>
        <translation>Das alte Geheimnis so lange gültig lassen (Rotation), z. B. 24h; höchstens 24h.</translation>
    </message>
    <message>
        <source>give one name; the secret is read from standard input, never from the command line: hookyard connector set-secret NAME</source>
        <translation>geben Sie einen Namen an; das Geheimnis wird von der Standardeingabe gelesen, nie von der Befehlszeile: hookyard connector set-secret NAME</translation>
    </message>
    <message>
        <source>--keep-previous takes a duration up to 24h, e.g. 1h or 24h</source>
        <translation>--keep-previous erwartet eine Dauer bis 24h, z. B. 1h oder 24h</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>die Standardeingabe kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Signing secret of &quot;%1&quot; saved in %2.</source>
        <translation>Signaturgeheimnis von „%1“ gespeichert in %2.</translation>
    </message>
    <message>
        <source>The previous secret stays valid for %1.</source>
        <translation>Das bisherige Geheimnis bleibt %1 lang gültig.</translation>
    </message>
    <message>
        <source>usage: hookyard connector add|list|url|set-secret|configure|remove …</source>
        <translation>Aufruf: hookyard connector add|list|url|set-secret|configure|remove …</translation>
    </message>
    <message>
        <source>Deliveries per second (0 = unlimited, &quot;default&quot; = the setting).</source>
        <translation>Zustellungen pro Sekunde (0 = unbegrenzt, &quot;default&quot; = die Einstellung).</translation>
    </message>
    <message>
        <source>Signature timestamp tolerance in seconds (1 to 86400).</source>
        <translation>Toleranz für den Signatur-Zeitstempel in Sekunden (1 bis 86400).</translation>
    </message>
    <message>
        <source>true to receive, false to refuse deliveries (404).</source>
        <translation>true zum Empfangen, false zum Abweisen von Zustellungen (404).</translation>
    </message>
    <message>
        <source>give one name: %1</source>
        <translation>geben Sie einen Namen an: %1</translation>
    </message>
    <message>
        <source>nothing to change: %1</source>
        <translation>nichts zu ändern: %1</translation>
    </message>
    <message>
        <source>--rate-limit takes a number of deliveries per second from 0 (unlimited) to 100000, or &quot;default&quot;</source>
        <translation>--rate-limit erwartet Zustellungen pro Sekunde von 0 (unbegrenzt) bis 100000 oder &quot;default&quot;</translation>
    </message>
    <message>
        <source>--tolerance takes seconds from 1 to 86400 (0 would turn off replay protection and is not accepted)</source>
        <translation>--tolerance erwartet Sekunden von 1 bis 86400 (0 würde den Schutz vor Wiederholungsangriffen abschalten und wird nicht akzeptiert)</translation>
    </message>
    <message>
        <source>--enabled takes true or false</source>
        <translation>--enabled erwartet true oder false</translation>
    </message>
    <message>
        <source>Connector &quot;%1&quot; updated.</source>
        <translation>Connector „%1“ aktualisiert.</translation>
    </message>
    <message>
        <source>give one name: hookyard connector remove NAME</source>
        <translation>geben Sie einen Namen an: hookyard connector remove NAME</translation>
    </message>
    <message>
        <source>Connector &quot;%1&quot; removed; its URL now answers 404. Its stored events are kept.</source>
        <translation>Connector „%1“ entfernt; seine URL antwortet jetzt mit 404. Seine gespeicherten Ereignisse bleiben erhalten.</translation>
    </message>
    <message>
        <source>--data-dir needs a folder: --data-dir DIR</source>
        <translation>--data-dir braucht einen Ordner: --data-dir DIR</translation>
    </message>
    <message>
        <source>Only this connector.</source>
        <translation>Nur dieser Connector.</translation>
    </message>
    <message>
        <source>Only this event type (globs: invoice.*).</source>
        <translation>Nur dieser Ereignistyp (Muster: invoice.*).</translation>
    </message>
    <message>
        <source>At most N events (default 50).</source>
        <translation>Höchstens N Ereignisse (Standard 50).</translation>
    </message>
    <message>
        <source>No events yet.</source>
        <translation>Noch keine Ereignisse.</translation>
    </message>
    <message numerus="yes">
        <source>(%n deliveries)</source>
        <translation>
            <numerusform>(%n Zustellung)</numerusform>
            <numerusform>(%n Zustellungen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n Lauf</numerusform>
            <numerusform>%n Läufe</numerusform>
        </translation>
    </message>
    <message>
        <source>The Stripe event id (evt_…).</source>
        <translation>Die ID des Stripe-Ereignisses (evt_…).</translation>
    </message>
    <message>
        <source>Print the stored event as JSON.</source>
        <translation>Das gespeicherte Ereignis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>give one event id: hookyard events show EVENT_ID</source>
        <translation>geben Sie eine Ereignis-ID an: hookyard events show EVENT_ID</translation>
    </message>
    <message>
        <source>Event      %1</source>
        <translation>Ereignis   %1</translation>
    </message>
    <message>
        <source>Type       %1%2</source>
        <translation>Typ        %1%2</translation>
    </message>
    <message>
        <source> (thin event)</source>
        <translation> (schlankes Ereignis)</translation>
    </message>
    <message>
        <source>Connector  %1</source>
        <translation>Connector  %1</translation>
    </message>
    <message>
        <source>Received   %1</source>
        <translation>Empfangen  %1</translation>
    </message>
    <message>
        <source>Mode       %1</source>
        <translation>Modus      %1</translation>
    </message>
    <message>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Delivery   %1  %2 %3  from %4, signed %5 s before arrival</source>
        <translation>Zustellung %1  %2 %3  von %4, %5 s vor Eingang signiert</translation>
    </message>
    <message>
        <source>Run        #%1 %2: %3 (attempt %4)</source>
        <translation>Lauf       #%1 %2: %3 (Versuch %4)</translation>
    </message>
    <message>
        <source>Only this agent&apos;s runs.</source>
        <translation>Nur die Läufe dieses Agenten.</translation>
    </message>
    <message>
        <source>Only the runs of this event.</source>
        <translation>Nur die Läufe dieses Ereignisses.</translation>
    </message>
    <message>
        <source>Only runs in this state (queued, running, succeeded, failed, timed_out, skipped, cancelled).</source>
        <translation>Nur Läufe in diesem Zustand (queued, running, succeeded, failed, timed_out, skipped, cancelled).</translation>
    </message>
    <message>
        <source>At most N runs (default 50).</source>
        <translation>Höchstens N Läufe (Standard 50).</translation>
    </message>
    <message>
        <source>No runs.</source>
        <translation>Keine Läufe.</translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation>Versuch %1</translation>
    </message>
    <message>
        <source>exit %1</source>
        <translation>Exit %1</translation>
    </message>
    <message>
        <source>(manual)</source>
        <translation>(von Hand)</translation>
    </message>
    <message>
        <source>Run        #%1</source>
        <translation>Lauf       #%1</translation>
    </message>
    <message>
        <source>Agent      %1</source>
        <translation>Agent      %1</translation>
    </message>
    <message>
        <source>Event      %1 (%2)</source>
        <translation>Ereignis   %1 (%2)</translation>
    </message>
    <message>
        <source>State      %1</source>
        <translation>Zustand    %1</translation>
    </message>
    <message>
        <source>Attempt    %1%2</source>
        <translation>Versuch    %1%2</translation>
    </message>
    <message>
        <source>, manual</source>
        <translation>, von Hand</translation>
    </message>
    <message>
        <source>Exit code  %1</source>
        <translation>Exit-Code  %1</translation>
    </message>
    <message>
        <source>Queued     %1</source>
        <translation>Eingereiht %1</translation>
    </message>
    <message>
        <source>Not before %1</source>
        <translation>Nicht vor  %1</translation>
    </message>
    <message>
        <source>Started    %1</source>
        <translation>Gestartet  %1</translation>
    </message>
    <message>
        <source>Finished   %1 (%2)</source>
        <translation>Beendet    %1 (%2)</translation>
    </message>
    <message>
        <source>Note       %1</source>
        <translation>Hinweis    %1</translation>
    </message>
    <message>
        <source>--- output%1 ---</source>
        <translation>--- Ausgabe%1 ---</translation>
    </message>
    <message>
        <source> (cut)</source>
        <translation> (gekürzt)</translation>
    </message>
    <message>
        <source>--- log%1 ---</source>
        <translation>--- Protokoll%1 ---</translation>
    </message>
    <message>
        <source>The run&apos;s number.</source>
        <translation>Die Nummer des Laufs.</translation>
    </message>
    <message>
        <source>give one run number: hookyard runs show RUN_ID</source>
        <translation>geben Sie eine Laufnummer an: hookyard runs show RUN_ID</translation>
    </message>
    <message>
        <source>no run #%1: `hookyard runs list` shows them</source>
        <translation>kein Lauf #%1: `hookyard runs list` zeigt sie an</translation>
    </message>
    <message>
        <source>The agent to run.</source>
        <translation>Der auszuführende Agent.</translation>
    </message>
    <message>
        <source>When hookyard serve runs it, return once it is queued.</source>
        <translation>Wenn hookyard serve ihn ausführt: zurückkehren, sobald er eingereiht ist.</translation>
    </message>
    <message>
        <source>Print the run as JSON.</source>
        <translation>Den Lauf als JSON ausgeben.</translation>
    </message>
    <message>
        <source>give an agent and an event id: %1</source>
        <translation>geben Sie einen Agenten und eine Ereignis-ID an: %1</translation>
    </message>
    <message>
        <source>agent %1 has errors: %2</source>
        <translation>Agent %1 enthält Fehler: %2</translation>
    </message>
    <message>
        <source>run #%1 disappeared (was its event deleted?)</source>
        <translation>Lauf #%1 ist verschwunden (wurde sein Ereignis gelöscht?)</translation>
    </message>
    <message>
        <source>run #%1 queued for %2</source>
        <translation>Lauf #%1 für %2 eingereiht</translation>
    </message>
    <message>
        <source>run #%1 %2 (exit code %3, %4)</source>
        <translation>Lauf #%1 %2 (Exit-Code %3, %4)</translation>
    </message>
    <message>
        <source>run #%1 %2</source>
        <translation>Lauf #%1 %2</translation>
    </message>
    <message>
        <source>run #%1 %2: %3</source>
        <translation>Lauf #%1 %2: %3</translation>
    </message>
    <message>
        <source>usage: hookyard runs list [--json] | show RUN_ID | start AGENT EVENT_ID</source>
        <translation>Aufruf: hookyard runs list [--json] | show RUN_ID | start AGENT EVENT_ID</translation>
    </message>
    <message>
        <source>Listen on HOST:PORT instead of the listen.address setting (port 0 = any free port).</source>
        <translation>Auf HOST:PORT lauschen statt auf der Einstellung listen.address (Port 0 = ein beliebiger freier Port).</translation>
    </message>
    <message>
        <source>Hookyard %1 serving %2 on %3; secrets in %4. Stop with Ctrl+C.</source>
        <translation>Hookyard %1 bedient %2 auf %3; Geheimnisse in %4. Beenden mit Strg+C.</translation>
    </message>
    <message>
        <source>  (no signing secret yet: deliveries get 503)</source>
        <translation>  (noch kein Signaturgeheimnis: Zustellungen erhalten 503)</translation>
    </message>
    <message>
        <source>%1 already serves %2: stop it first, or use another --data-dir</source>
        <translation>%1 bedient %2 bereits: beenden Sie ihn zuerst oder verwenden Sie ein anderes --data-dir</translation>
    </message>
    <message>
        <source>Signal %1 received: stopping (running agents are stopped and resumed at the next start).</source>
        <translation>Signal %1 empfangen: wird beendet (laufende Agenten werden angehalten und beim nächsten Start fortgesetzt).</translation>
    </message>
    <message>
        <source>usage: hookyard settings get KEY | set KEY VALUE | reset KEY | list [--json]</source>
        <translation>Aufruf: hookyard settings get KEY | set KEY VALUE | reset KEY | list [--json]</translation>
    </message>
    <message>
        <source>unknown setting &quot;%1&quot;: `hookyard settings list` shows every key</source>
        <translation>unbekannte Einstellung „%1“: `hookyard settings list` zeigt alle Schlüssel</translation>
    </message>
    <message>
        <source>The connector to send to.</source>
        <translation>Der Connector, an den gesendet wird.</translation>
    </message>
    <message>
        <source>The event type: %1</source>
        <translation>Der Ereignistyp: %1</translation>
    </message>
    <message>
        <source>give a connector and an event type: hookyard trigger NAME TYPE</source>
        <translation>geben Sie einen Connector und einen Ereignistyp an: hookyard trigger NAME TYPE</translation>
    </message>
    <message>
        <source>no sample for &quot;%1&quot;; available: %2</source>
        <translation>kein Beispiel für „%1“; verfügbar: %2</translation>
    </message>
    <message>
        <source>connector &quot;%1&quot; has no signing secret yet, so the receiver would refuse the event: hookyard connector set-secret %1</source>
        <translation>Connector „%1“ hat noch kein Signaturgeheimnis, der Empfänger würde das Ereignis also abweisen: hookyard connector set-secret %1</translation>
    </message>
    <message>
        <source>nothing serves this data dir (%1): start the app or `hookyard serve` first</source>
        <translation>niemand bedient dieses Datenverzeichnis (%1): starten Sie zuerst die App oder `hookyard serve`</translation>
    </message>
    <message>
        <source>the signing secret could not be read</source>
        <translation>das Signaturgeheimnis konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>hookyard: warning: %1</source>
        <translation>hookyard: Warnung: %1</translation>
    </message>
    <message>
        <source>Paste the signing secret (whsec_…) and press Enter; it is not shown:</source>
        <translation>Fügen Sie das Signaturgeheimnis (whsec_…) ein und drücken Sie die Eingabetaste; es wird nicht angezeigt:</translation>
    </message>
    <message>
        <source>Saved, but %1 has not applied the change yet; it will within seconds, or at its next start.</source>
        <translation>Gespeichert, aber %1 hat die Änderung noch nicht übernommen; das geschieht in wenigen Sekunden oder beim nächsten Start.</translation>
    </message>
    <message>
        <source>secret saved but UNREADABLE, see below</source>
        <translation>Geheimnis gespeichert, aber NICHT LESBAR, siehe unten</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;: --example takes the place of a file</source>
        <translation>unerwartetes Argument „%1“: --example steht anstelle einer Datei</translation>
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
        <translation>  add FILE.yaml [--replace]   einen Agenten aus einer Datei hinzufügen
  add --example NAME [--replace]
                              einen der Beispielagenten hinzufügen
  list [--json]               die Agenten und ihr Zustand
  remove NAME                 einen Agenten entfernen
  check FILE.yaml             eine Agentendatei prüfen, ohne sie hinzuzufügen
  match EVENT_ID [--connector NAME] [--json]
                              welche Agenten das Ereignis starten würde und warum nicht
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
                              die Agentenläufe, die neuesten zuerst
  show RUN_ID [--json]        ein Lauf mit seiner Ausgabe und seinem Protokoll
  start AGENT EVENT_ID [--no-wait] [--connector NAME] [--json]
                              Agenten auf ein gespeichertes Ereignis ansetzen
</translation>
    </message>
    <message>
        <source>  get KEY                     print a setting&apos;s value
  set KEY VALUE               change a setting
  reset KEY                   back to the default value
  list [--json]               every setting with its value
</source>
        <translation>  get KEY                     den Wert einer Einstellung ausgeben
  set KEY VALUE               eine Einstellung ändern
  reset KEY                   zurück zum Standardwert
  list [--json]               jede Einstellung mit ihrem Wert
</translation>
    </message>
    <message>
        <source>Usage: hookyard %1 COMMAND [options]

Commands:
%2
Run `hookyard %1 COMMAND --help` for the options of one command.
</source>
        <translation>Aufruf: hookyard %1 BEFEHL [Optionen]

Befehle:
%2
`hookyard %1 BEFEHL --help` zeigt die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; (usage: %2)</source>
        <translation>unerwartetes Argument „%1“ (Aufruf: %2)</translation>
    </message>
    <message>
        <source>--data-dir is empty: give a folder, or leave the option out to use HOOKYARD_DATA_DIR or the default folder</source>
        <translation>--data-dir ist leer: einen Ordner angeben oder die Option weglassen, um HOOKYARD_DATA_DIR oder den Standardordner zu verwenden</translation>
    </message>
    <message>
        <source>No events match the filter.</source>
        <translation>Keine Ereignisse passen zum Filter.</translation>
    </message>
    <message>
        <source>unknown run state &quot;%1&quot;: use one of %2</source>
        <translation>unbekannter Laufzustand „%1“: einer von %2</translation>
    </message>
    <message>
        <source>The setting&apos;s key (hookyard settings list).</source>
        <translation>Der Schlüssel der Einstellung (hookyard settings list).</translation>
    </message>
    <message>
        <source>The new value.</source>
        <translation>Der neue Wert.</translation>
    </message>
    <message>
        <source>%1 (turn it on: hookyard connector configure %2 --enabled true)</source>
        <translation>%1 (einschalten: hookyard connector configure %2 --enabled true)</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(entfernt)</translation>
    </message>
    <message>
        <source>no connector named &quot;%1&quot;, now or removed: `hookyard connector list` shows the current ones</source>
        <translation>kein Connector namens „%1“, weder jetzt noch entfernt: `hookyard connector list` zeigt die aktuellen</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (entfernt)</translation>
    </message>
    <message numerus="yes">
        <source>(%n failed)</source>
        <translation>
            <numerusform>(%n fehlgeschlagen)</numerusform>
            <numerusform>(%n fehlgeschlagen)</numerusform>
        </translation>
    </message>
    <message>
        <source>default (%1)</source>
        <translation>Standard (%1)</translation>
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
        <translation>  add NAME                    Connector anlegen, seine Webhook-URL ausgeben
  list [--json]               die Connectors, ihre URLs und Einstellungen
  url NAME                    die Webhook-URL eines Connectors ausgeben
  set-secret NAME [--keep-previous DURATION]
                              das whsec_-Signaturgeheimnis von der Standardeingabe lesen
  configure NAME [--rate-limit PER_SECOND] [--burst N] [--tolerance SECONDS]
                 [--enabled true|false]
                              Limits oder Toleranz ändern, oder ihn abschalten
  remove NAME                 einen Connector entfernen; seine Ereignisse bleiben
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
                              die gespeicherten Ereignisse, die neuesten zuerst
  show EVENT_ID [--json]      ein Ereignis mit seinen Zustellungen und Läufen
  deliveries [--json] [--connector NAME] [--outcome OUTCOME] [--limit N]
                              jede Anfrage an einen Connector, die neuesten zuerst;
                              --outcome rejected: die abgewiesenen, mit Grund
</translation>
    </message>
    <message>
        <source>Only accepted, duplicate or rejected deliveries.</source>
        <translation>Nur angenommene, doppelte oder abgewiesene Zustellungen.</translation>
    </message>
    <message>
        <source>At most N deliveries (default 50).</source>
        <translation>Höchstens N Zustellungen (Standard 50).</translation>
    </message>
    <message>
        <source>--outcome takes accepted, duplicate or rejected, not &quot;%1&quot;</source>
        <translation>--outcome erwartet accepted, duplicate oder rejected, nicht „%1“</translation>
    </message>
    <message>
        <source>No deliveries match the filter.</source>
        <translation>Keine Zustellung passt zum Filter.</translation>
    </message>
    <message>
        <source>No deliveries yet.</source>
        <translation>Noch keine Zustellungen.</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>usage: hookyard events list|show|deliveries …</source>
        <translation>Aufruf: hookyard events list|show|deliveries …</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1: Warnung: %2</translation>
    </message>
    <message>
        <source>--limit takes a whole number from 1 to 1000000</source>
        <translation>--limit erwartet eine ganze Zahl von 1 bis 1000000</translation>
    </message>
    <message>
        <source>no stored event with id %1: `hookyard events list` shows the stored ones</source>
        <translation>kein gespeichertes Ereignis mit der ID %1: `hookyard events list` zeigt die gespeicherten an</translation>
    </message>
    <message>
        <source>run #%1 stays queued: %2</source>
        <translation>Lauf #%1 bleibt in der Warteschlange: %2</translation>
    </message>
    <message>
        <source>an argument looks like a secret key, so it is not repeated here. Hookyard reads a signing secret only from standard input (hookyard connector set-secret NAME &lt; secret.txt); one typed on the command line stays in your shell&apos;s history, so remove it from there</source>
        <translation>ein Argument sieht wie ein geheimer Schlüssel aus und wird deshalb hier nicht wiederholt. Hookyard liest ein Signaturgeheimnis nur von der Standardeingabe (hookyard connector set-secret NAME &lt; secret.txt); eines, das auf der Kommandozeile getippt wurde, bleibt im Verlauf Ihrer Shell, entfernen Sie es also dort</translation>
    </message>
    <message>
        <source>--listen is empty: give HOST:PORT, such as 127.0.0.1:8787, or leave the option out to use the listen.address setting</source>
        <translation>--listen ist leer: geben Sie HOST:PORT an, etwa 127.0.0.1:8787, oder lassen Sie die Option weg, um die Einstellung listen.address zu verwenden</translation>
    </message>
    <message>
        <source>there is no display to show the window on (DISPLAY and WAYLAND_DISPLAY are not set): run `hookyard serve` to receive without a window, or see `hookyard --help` for the commands</source>
        <translation>es gibt keine Anzeige für das Fenster (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt): starten Sie `hookyard serve`, um ohne Fenster zu empfangen, oder sehen Sie in `hookyard --help` nach den Befehlen</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;: the window takes --data-dir DIR, --listen HOST:PORT and --tray; `hookyard --help` lists the commands</source>
        <translation>unbekannte Option „%1“: das Fenster nimmt --data-dir DIR, --listen HOST:PORT und --tray; `hookyard --help` listet die Befehle auf</translation>
    </message>
    <message>
        <source>connector &quot;%1&quot; was not removed, because its signing secret could not be deleted: %2</source>
        <translation>Connector „%1“ wurde nicht entfernt, weil sein Signaturgeheimnis nicht gelöscht werden konnte: %2</translation>
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
        <translation>Hookyard %1: Stripe-Webhooks auf dem eigenen Rechner empfangen und an lokale Agenten übergeben.

Aufruf:
  hookyard [--tray] [--listen HOST:PORT]    die Desktop-App; --tray startet sie im Infobereich
  hookyard serve [--listen HOST:PORT]       Empfänger + Agenten, ohne Fenster
  hookyard connector add NAME               Connector anlegen, seine Webhook-URL ausgeben
  hookyard connector list [--json]
  hookyard connector url NAME
  hookyard connector set-secret NAME [--keep-previous DURATION]
                                            das whsec_-Signaturgeheimnis von der Standardeingabe lesen
  hookyard connector configure NAME [--rate-limit PER_SECOND] [--burst N]
                                   [--tolerance SECONDS] [--enabled true|false]
  hookyard connector remove NAME
  hookyard agent add FILE.yaml | list [--json] | remove NAME | check FILE.yaml
  hookyard agent match EVENT_ID [--connector NAME] [--json]
                                            welche Agenten das Ereignis starten würde und warum nicht
  hookyard events list [--json] [--connector NAME] [--type TYPE] [--limit N]
  hookyard events show EVENT_ID [--connector NAME] [--json]
  hookyard events deliveries [--json] [--connector NAME] [--outcome OUTCOME] [--limit N]
                                            jede Anfrage an einen Connector; abgewiesene mit Grund
  hookyard runs list [--json] [--agent NAME] [--event EVENT_ID] [--state STATE] [--limit N]
  hookyard runs show RUN_ID [--json]
  hookyard runs start AGENT EVENT_ID [--no-wait] [--connector NAME] [--json]
                                            Agenten auf ein gespeichertes Ereignis ansetzen
  hookyard settings get KEY | set KEY VALUE | reset KEY | list [--json]
  hookyard trigger NAME TYPE                Beispielereignis signieren und an den laufenden Empfänger senden
  hookyard --version | --help

Jeder Befehl versteht --data-dir DIR (oder HOOKYARD_DATA_DIR); Standard: %2
`hookyard &lt;Befehl&gt; --help` zeigt die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <source>no stored event with id %1 for connector &quot;%2&quot;: `hookyard events list --connector %2` shows its events</source>
        <translation>kein gespeichertes Ereignis mit der ID %1 für Connector „%2“: `hookyard events list --connector %2` zeigt seine Ereignisse</translation>
    </message>
    <message>
        <source>note: %1 came to %2 too; this is the copy of %3 (--connector NAME picks another)</source>
        <translation>Hinweis: %1 kam auch an %2; dies ist die Kopie von %3 (--connector NAME wählt eine andere)</translation>
    </message>
    <message>
        <source>tolerance %1 s, rate %2, burst %3</source>
        <translation>Toleranz %1 s, Rate %2, Burst %3</translation>
    </message>
    <message>
        <source>How many deliveries may arrive at once above the rate (&quot;default&quot; = the setting).</source>
        <translation>Wie viele Zustellungen auf einmal über der Rate ankommen dürfen („default“ = die Einstellung).</translation>
    </message>
    <message>
        <source>--burst takes a whole number from 1 to 1000000, or &quot;default&quot;</source>
        <translation>--burst nimmt eine ganze Zahl von 1 bis 1000000 oder „default“</translation>
    </message>
    <message>
        <source>standard input holds more than %1 KiB, far more than a signing secret: give the file or the output that holds only the whsec_ secret</source>
        <translation>die Standardeingabe enthält mehr als %1 KiB, weit mehr als ein Signaturgeheimnis: geben Sie die Datei oder Ausgabe an, die nur das whsec_-Geheimnis enthält</translation>
    </message>
    <message>
        <source>`connectors:` names &quot;%1&quot;, which is no connector here: the agent does not run for it (names are compared exactly; `hookyard connector list` shows them)</source>
        <translation>`connectors:` nennt „%1“, das hier kein Connector ist: der Agent läuft dafür nicht (Namen werden genau verglichen; `hookyard connector list` zeigt sie)</translation>
    </message>
    <message>
        <source>secrets.backend stays &quot;%1&quot;: the signing secrets cannot be moved to %2 (%3). Nothing was changed.</source>
        <translation>secrets.backend bleibt „%1“: die Signaturgeheimnisse können nicht nach %2 verschoben werden (%3). Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>warning: cannot note the new store in %1 (%2)</source>
        <translation>Warnung: der neue Speicher kann nicht in %1 vermerkt werden (%2)</translation>
    </message>
    <message>
        <source>--version takes only --json, not &quot;%1&quot;</source>
        <translation>--version nimmt nur --json an, nicht „%1“</translation>
    </message>
    <message>
        <source>%1: warning: the agent &quot;%2&quot; exists already in %3: `hookyard agent add --replace` replaces it; in the agents folder only one file of a name runs</source>
        <translation>%1: Warnung: Den Agenten „%2“ gibt es schon in %3: `hookyard agent add --replace` ersetzt ihn; im Agentenordner läuft nur eine Datei eines Namens</translation>
    </message>
    <message>
        <source>No connectors yet: `hookyard connector add NAME` creates one, which is served at once.</source>
        <translation>Noch keine Connectors: `hookyard connector add NAME` legt einen an, der sofort Ereignisse empfängt.</translation>
    </message>
</context>
<context>
    <name>Hookyard::Core</name>
    <message>
        <source>%1 takes a whole number from %2 to %3</source>
        <translation>%1 erwartet eine ganze Zahl von %2 bis %3</translation>
    </message>
    <message>
        <source>%1 takes a duration from %2 to %3, such as 5s, 1500ms or 2m (a number alone is milliseconds)</source>
        <translation>%1 erwartet eine Dauer von %2 bis %3, etwa 5s, 1500ms oder 2m (eine Zahl allein sind Millisekunden)</translation>
    </message>
    <message>
        <source>%1 takes true or false</source>
        <translation>%1 erwartet true oder false</translation>
    </message>
    <message>
        <source>&quot;&quot; (the default)</source>
        <translation>&quot;&quot; (der Standard)</translation>
    </message>
    <message>
        <source>%1 takes one of: %2</source>
        <translation>%1 erwartet einen dieser Werte: %2</translation>
    </message>
    <message>
        <source>%1 takes HOST:PORT with a port from 0 to 65535, such as 127.0.0.1:8787, localhost:8787 or [::1]:8787 (an IPv6 address goes in brackets)</source>
        <translation>%1 erwartet HOST:PORT mit einem Port von 0 bis 65535, etwa 127.0.0.1:8787, localhost:8787 oder [::1]:8787 (eine IPv6-Adresse steht in eckigen Klammern)</translation>
    </message>
    <message>
        <source>%1 takes an http:// or https:// URL without a query or fragment, such as https://hooks.example.com, or nothing to use the listen address</source>
        <translation>%1 erwartet eine http://- oder https://-URL ohne Query und Fragment, etwa https://hooks.example.com, oder nichts, um die Empfangsadresse zu verwenden</translation>
    </message>
    <message>
        <source>there is no setting &quot;%1&quot;; the settings are: %2</source>
        <translation>es gibt keine Einstellung „%1“; die Einstellungen sind: %2</translation>
    </message>
    <message>
        <source>%1 takes a single line</source>
        <translation>%1 erwartet eine einzelne Zeile</translation>
    </message>
    <message>
        <source>Stripe-Signature header has no timestamp (t=...): it was not written by Stripe, or a proxy changed it</source>
        <translation>der Stripe-Signature-Header hat keinen Zeitstempel (t=...): er stammt nicht von Stripe, oder ein Proxy hat ihn verändert</translation>
    </message>
    <message numerus="yes">
        <source>Stripe-Signature header has %n timestamps: Stripe sends exactly one, so the header was tampered with or built by hand</source>
        <translation>
            <numerusform>der Stripe-Signature-Header hat %n Zeitstempel: Stripe sendet genau einen, der Header wurde also manipuliert oder von Hand gebaut</numerusform>
            <numerusform>der Stripe-Signature-Header hat %n Zeitstempel: Stripe sendet genau einen, der Header wurde also manipuliert oder von Hand gebaut</numerusform>
        </translation>
    </message>
    <message>
        <source>Stripe-Signature header has an empty timestamp (t=)</source>
        <translation>der Stripe-Signature-Header hat einen leeren Zeitstempel (t=)</translation>
    </message>
    <message>
        <source>Stripe-Signature header&apos;s timestamp is not a whole number of seconds: only the digits 0-9 are allowed</source>
        <translation>der Zeitstempel im Stripe-Signature-Header ist keine ganze Zahl von Sekunden: nur die Ziffern 0-9 sind erlaubt</translation>
    </message>
    <message>
        <source>Stripe-Signature header&apos;s timestamp has %1 digits: too large to be a Unix time</source>
        <translation>der Zeitstempel im Stripe-Signature-Header hat %1 Ziffern: zu groß für eine Unix-Zeit</translation>
    </message>
    <message>
        <source>Stripe-Signature header&apos;s timestamp is 0: Stripe always sends the time it signed the event</source>
        <translation>der Zeitstempel im Stripe-Signature-Header ist 0: Stripe sendet immer die Zeit, zu der es das Ereignis signiert hat</translation>
    </message>
    <message>
        <source>The signing secret starts with whsec_: in the Stripe Dashboard open Developers &gt; Webhooks &gt; the endpoint &gt; &quot;Signing secret&quot; (Reveal), or copy the whsec_ secret that `stripe listen` prints.</source>
        <translation>Das Signaturgeheimnis beginnt mit whsec_: öffnen Sie im Stripe-Dashboard Entwickler &gt; Webhooks &gt; den Endpoint &gt; „Signaturgeheimnis“ (Anzeigen), oder kopieren Sie das whsec_-Geheimnis, das `stripe listen` ausgibt.</translation>
    </message>
    <message>
        <source>Nothing was pasted.</source>
        <translation>Es wurde nichts eingefügt.</translation>
    </message>
    <message>
        <source>The secret must start with whsec_ in lower case: copy it again instead of typing it.</source>
        <translation>Das Geheimnis muss mit whsec_ in Kleinbuchstaben beginnen: kopieren Sie es erneut, statt es abzutippen.</translation>
    </message>
    <message>
        <source>This is not a webhook signing secret: it does not start with whsec_.</source>
        <translation>Das ist kein Webhook-Signaturgeheimnis: es beginnt nicht mit whsec_.</translation>
    </message>
    <message>
        <source>The secret has a space or line break inside: copy it again in one piece.</source>
        <translation>Das Geheimnis enthält ein Leerzeichen oder einen Zeilenumbruch: kopieren Sie es erneut am Stück.</translation>
    </message>
    <message>
        <source>The secret contains characters a signing secret never has (only letters, digits and + / = _ - occur): copy it again, without quotes.</source>
        <translation>Das Geheimnis enthält Zeichen, die in einem Signaturgeheimnis nie vorkommen (nur Buchstaben, Ziffern und + / = _ -): kopieren Sie es erneut, ohne Anführungszeichen.</translation>
    </message>
    <message>
        <source>The secret is too short (%1 characters after whsec_): it was probably cut off while copying.</source>
        <translation>Das Geheimnis ist zu kurz (%1 Zeichen nach whsec_): es wurde wohl beim Kopieren abgeschnitten.</translation>
    </message>
    <message>
        <source>The secret is too long (%1 characters after whsec_): more than the secret was copied.</source>
        <translation>Das Geheimnis ist zu lang (%1 Zeichen nach whsec_): es wurde mehr als das Geheimnis kopiert.</translation>
    </message>
    <message>
        <source>event has no string &quot;%1&quot;</source>
        <translation>das Ereignis hat keine Zeichenkette &quot;%1&quot;</translation>
    </message>
    <message>
        <source>event&apos;s &quot;%1&quot; is %2, not a string</source>
        <translation>&quot;%1&quot; des Ereignisses ist %2, keine Zeichenkette</translation>
    </message>
    <message>
        <source>event&apos;s &quot;%1&quot; is empty</source>
        <translation>&quot;%1&quot; des Ereignisses ist leer</translation>
    </message>
    <message>
        <source>body is empty</source>
        <translation>der Body ist leer</translation>
    </message>
    <message>
        <source>body is not JSON: %1 at offset %2</source>
        <translation>der Body ist kein JSON: %1 an Position %2</translation>
    </message>
    <message>
        <source>body is a JSON %1, not an object: a Stripe event is a JSON object</source>
        <translation>der Body ist JSON vom Typ %1, kein Objekt: ein Stripe-Ereignis ist ein JSON-Objekt</translation>
    </message>
    <message>
        <source>&quot;object&quot; is &quot;%1&quot;, but a Stripe event has &quot;event&quot; or &quot;v2.core.event&quot;: this is not a webhook event</source>
        <translation>&quot;object&quot; ist &quot;%1&quot;, ein Stripe-Ereignis hat aber &quot;event&quot; oder &quot;v2.core.event&quot;: das ist kein Webhook-Ereignis</translation>
    </message>
    <message>
        <source>The secret is in quotes: give it without them.</source>
        <translation>Das Geheimnis steht in Anführungszeichen: geben Sie es ohne sie an.</translation>
    </message>
</context>
<context>
    <name>Hookyard::Core::Settings</name>
    <message>
        <source>Address and port the webhook receiver listens on (port 0 = any free port)</source>
        <translation>Adresse und Port, auf denen der Webhook-Empfänger lauscht (Port 0 = ein beliebiger freier Port)</translation>
    </message>
    <message>
        <source>Base URL shown and copied for webhook URLs, for a tunnel or reverse proxy (empty = the listen address)</source>
        <translation>Basis-URL, die für Webhook-URLs angezeigt und kopiert wird, für einen Tunnel oder Reverse Proxy (leer = die Empfangsadresse)</translation>
    </message>
    <message>
        <source>Largest request body accepted, in bytes</source>
        <translation>Größter akzeptierter Request-Body, in Bytes</translation>
    </message>
    <message>
        <source>Rejected requests per second per remote address (0 = unlimited)</source>
        <translation>Abgewiesene Anfragen pro Sekunde und entfernter Adresse (0 = unbegrenzt)</translation>
    </message>
    <message>
        <source>Rejected requests a remote address may send at once (0 = unlimited)</source>
        <translation>Abgewiesene Anfragen, die eine entfernte Adresse auf einmal senden darf (0 = unbegrenzt)</translation>
    </message>
    <message>
        <source>Open connections to the receiver at most</source>
        <translation>Höchstzahl offener Verbindungen zum Empfänger</translation>
    </message>
    <message>
        <source>Open connections from one remote address at most</source>
        <translation>Höchstzahl offener Verbindungen von einer entfernten Adresse</translation>
    </message>
    <message>
        <source>Command for agents that name none (empty = none)</source>
        <translation>Befehl für Agenten, die keinen nennen (leer = keiner)</translation>
    </message>
    <message>
        <source>Agent runs at the same time at most</source>
        <translation>Höchstzahl gleichzeitiger Agentenläufe</translation>
    </message>
    <message>
        <source>Bytes of standard output and of standard error kept per run</source>
        <translation>Bytes der Standardausgabe und der Standardfehlerausgabe, die pro Lauf aufbewahrt werden</translation>
    </message>
    <message>
        <source>Time between asking an agent to stop and killing it (stored in milliseconds)</source>
        <translation>Zeit zwischen der Aufforderung an einen Agenten, sich zu beenden, und seinem Abbruch (in Millisekunden gespeichert)</translation>
    </message>
    <message>
        <source>Desktop notifications</source>
        <translation>Desktop-Benachrichtigungen</translation>
    </message>
    <message>
        <source>Closing the window keeps Hookyard running in the tray</source>
        <translation>Beim Schließen des Fensters läuft Hookyard im Infobereich weiter</translation>
    </message>
    <message>
        <source>Signature timestamp tolerance in seconds given to new connectors (each connector keeps its own)</source>
        <translation>Toleranz für den Signatur-Zeitstempel in Sekunden, die neue Connectors erhalten (jeder Connector behält seine eigene)</translation>
    </message>
    <message>
        <source>Deliveries per second per connector without a rate of its own (0 = unlimited)</source>
        <translation>Zustellungen pro Sekunde und Connector ohne eigene Rate (0 = unbegrenzt)</translation>
    </message>
    <message>
        <source>Deliveries a connector without a burst of its own may receive at once above its rate (0 = unlimited)</source>
        <translation>Zustellungen, die ein Connector ohne eigenen Burst auf einmal über seiner Rate erhalten darf (0 = unbegrenzt)</translation>
    </message>
    <message>
        <source>SQLite synchronous mode: normal survives a killed process, full also a power loss. Applies when the receiver next starts</source>
        <translation>Synchronous-Modus von SQLite: normal übersteht einen abgebrochenen Prozess, full auch einen Stromausfall. Gilt beim nächsten Start des Empfängers</translation>
    </message>
    <message>
        <source>Days events are kept (0 = forever): older ones are removed with their deliveries and runs, soon after start and every hour, by the process that serves</source>
        <translation>Tage, die Ereignisse aufbewahrt werden (0 = für immer): ältere werden mit ihren Zustellungen und Läufen entfernt, kurz nach dem Start und dann stündlich, von dem Prozess, der das Datenverzeichnis bedient</translation>
    </message>
    <message>
        <source>Events kept at most (0 = no cap): the oldest beyond it are removed, soon after start and every hour, by the process that serves</source>
        <translation>Höchstzahl aufbewahrter Ereignisse (0 = keine Grenze): die ältesten darüber hinaus werden entfernt, kurz nach dem Start und dann stündlich, von dem Prozess, der das Datenverzeichnis bedient</translation>
    </message>
    <message>
        <source>Interface language (empty = the system&apos;s). Applies at the next start</source>
        <translation>Sprache der Oberfläche (leer = die des Systems). Gilt ab dem nächsten Start</translation>
    </message>
    <message>
        <source>Where signing secrets are kept: auto (keychain, else a 0600 file), keychain or file. Switching moves the saved secrets</source>
        <translation>Wo Signaturgeheimnisse liegen: auto (Schlüsselbund, sonst eine Datei mit Modus 0600), keychain oder file. Ein Wechsel verschiebt die gespeicherten Geheimnisse</translation>
    </message>
</context>
<context>
    <name>Hookyard::Core::SignatureVerifier</name>
    <message>
        <source>the request has no Stripe-Signature header: only requests signed by Stripe are accepted (a request with too many or too large headers also arrives without it)</source>
        <translation>die Anfrage hat keinen Stripe-Signature-Header: nur von Stripe signierte Anfragen werden akzeptiert (auch eine Anfrage mit zu vielen oder zu großen Headern kommt ohne ihn an)</translation>
    </message>
    <message>
        <source>Stripe-Signature header is empty</source>
        <translation>der Stripe-Signature-Header ist leer</translation>
    </message>
    <message>
        <source>the request body is empty: Stripe always sends the event as the body, so a proxy in between may have dropped it</source>
        <translation>der Body der Anfrage ist leer: Stripe sendet das Ereignis immer als Body, ein Proxy dazwischen hat ihn also vielleicht verworfen</translation>
    </message>
    <message numerus="yes">
        <source>Stripe-Signature header has no v1 signature, only %n of another scheme (such as v0), which is never accepted: Stripe signs every delivery with v1</source>
        <translation>
            <numerusform>der Stripe-Signature-Header hat keine v1-Signatur, nur %n eines anderen Schemas (etwa v0), das nie akzeptiert wird: Stripe signiert jede Zustellung mit v1</numerusform>
            <numerusform>der Stripe-Signature-Header hat keine v1-Signatur, nur %n eines anderen Schemas (etwa v0), die nie akzeptiert werden: Stripe signiert jede Zustellung mit v1</numerusform>
        </translation>
    </message>
    <message>
        <source>Stripe-Signature header has no v1 signature: Stripe signs every delivery with v1, so this request was not sent by Stripe</source>
        <translation>der Stripe-Signature-Header hat keine v1-Signatur: Stripe signiert jede Zustellung mit v1, diese Anfrage stammt also nicht von Stripe</translation>
    </message>
    <message>
        <source>no signing secret is saved for this connector</source>
        <translation>für diesen Connector ist kein Signaturgeheimnis gespeichert</translation>
    </message>
    <message>
        <source>every saved signing secret of this connector has expired</source>
        <translation>alle gespeicherten Signaturgeheimnisse dieses Connectors sind abgelaufen</translation>
    </message>
    <message>
        <source>: paste the endpoint&apos;s signing secret (Stripe Dashboard &gt; Developers &gt; Webhooks &gt; the endpoint &gt; Signing secret)</source>
        <translation>: fügen Sie das Signaturgeheimnis des Endpoints ein (Stripe-Dashboard &gt; Entwickler &gt; Webhooks &gt; der Endpoint &gt; Signaturgeheimnis)</translation>
    </message>
    <message numerus="yes">
        <source>no v1 signature matches the saved signing secret (%n v1 signature(s) checked): check that the secret belongs to this endpoint (Stripe Dashboard &gt; Developers &gt; Webhooks &gt; the endpoint &gt; Signing secret), or a proxy changed the body on the way</source>
        <translation>
            <numerusform>keine v1-Signatur passt zum gespeicherten Signaturgeheimnis (%n v1-Signatur geprüft): prüfen Sie, ob das Geheimnis zu diesem Endpoint gehört (Stripe-Dashboard &gt; Entwickler &gt; Webhooks &gt; der Endpoint &gt; Signaturgeheimnis), oder ein Proxy hat den Body unterwegs verändert</numerusform>
            <numerusform>keine v1-Signatur passt zum gespeicherten Signaturgeheimnis (%n v1-Signaturen geprüft): prüfen Sie, ob das Geheimnis zu diesem Endpoint gehört (Stripe-Dashboard &gt; Entwickler &gt; Webhooks &gt; der Endpoint &gt; Signaturgeheimnis), oder ein Proxy hat den Body unterwegs verändert</numerusform>
        </translation>
    </message>
    <message>
        <source>timestamp %1 s old, tolerance %2 s: check the machine&apos;s clock, or this is a replayed request</source>
        <translation>Zeitstempel %1 s alt, Toleranz %2 s: prüfen Sie die Uhr des Rechners, oder dies ist eine wiederholte Anfrage</translation>
    </message>
    <message>
        <source>timestamp %1 s in the future, tolerance %2 s: check the machine&apos;s clock</source>
        <translation>Zeitstempel %1 s in der Zukunft, Toleranz %2 s: prüfen Sie die Uhr des Rechners</translation>
    </message>
</context>
<context>
    <name>Hookyard::Core::SigningSecret</name>
    <message>
        <source>This is a live secret API key (sk_live_...), not a webhook signing secret: never paste it here. If it was shared or pasted anywhere it should not be, roll it in the Dashboard (Developers &gt; API keys).</source>
        <translation>Das ist ein geheimer Live-API-Schlüssel (sk_live_...), kein Webhook-Signaturgeheimnis: fügen Sie ihn nie hier ein. Wurde er weitergegeben oder irgendwo eingefügt, wo er nicht hingehört, erneuern Sie ihn im Dashboard (Entwickler &gt; API-Schlüssel).</translation>
    </message>
    <message>
        <source>This is a test secret API key (sk_test_...), not a webhook signing secret: do not paste it here. If it was shared, roll it in the Dashboard (Developers &gt; API keys).</source>
        <translation>Das ist ein geheimer Test-API-Schlüssel (sk_test_...), kein Webhook-Signaturgeheimnis: fügen Sie ihn nicht hier ein. Wurde er weitergegeben, erneuern Sie ihn im Dashboard (Entwickler &gt; API-Schlüssel).</translation>
    </message>
    <message>
        <source>This is a secret API key (sk_...), not a webhook signing secret: do not paste it here. If it was shared, roll it in the Dashboard (Developers &gt; API keys).</source>
        <translation>Das ist ein geheimer API-Schlüssel (sk_...), kein Webhook-Signaturgeheimnis: fügen Sie ihn nicht hier ein. Wurde er weitergegeben, erneuern Sie ihn im Dashboard (Entwickler &gt; API-Schlüssel).</translation>
    </message>
    <message>
        <source>This is a restricted API key (rk_...), not a webhook signing secret: do not paste it here. If it was shared, roll it in the Dashboard (Developers &gt; API keys).</source>
        <translation>Das ist ein eingeschränkter API-Schlüssel (rk_...), kein Webhook-Signaturgeheimnis: fügen Sie ihn nicht hier ein. Wurde er weitergegeben, erneuern Sie ihn im Dashboard (Entwickler &gt; API-Schlüssel).</translation>
    </message>
    <message>
        <source>This is a publishable API key (pk_...), not a webhook signing secret.</source>
        <translation>Das ist ein veröffentlichbarer API-Schlüssel (pk_...), kein Webhook-Signaturgeheimnis.</translation>
    </message>
    <message>
        <source>This is a webhook endpoint id (we_...), not its signing secret.</source>
        <translation>Das ist die ID eines Webhook-Endpoints (we_...), nicht sein Signaturgeheimnis.</translation>
    </message>
    <message>
        <source>This is an event id (evt_...), not a webhook signing secret.</source>
        <translation>Das ist eine Ereignis-ID (evt_...), kein Webhook-Signaturgeheimnis.</translation>
    </message>
    <message>
        <source>This is an account id (acct_...), not a webhook signing secret.</source>
        <translation>Das ist eine Konto-ID (acct_...), kein Webhook-Signaturgeheimnis.</translation>
    </message>
</context>
<context>
    <name>Hookyard::Engine</name>
    <message>
        <source>the listen address &quot;%1&quot; is not HOST:PORT (e.g. 127.0.0.1:8787 or [::1]:8787)</source>
        <translation>die Empfangsadresse „%1“ hat nicht die Form HOST:PORT (z. B. 127.0.0.1:8787 oder [::1]:8787)</translation>
    </message>
    <message>
        <source>the listen host &quot;%1&quot; is not an IP address: use 127.0.0.1 (this machine only) or the address of one of its network interfaces</source>
        <translation>der Empfangshost „%1“ ist keine IP-Adresse: verwenden Sie 127.0.0.1 (nur dieser Rechner) oder die Adresse einer seiner Netzwerkschnittstellen</translation>
    </message>
</context>
<context>
    <name>Hookyard::Engine::ConnectorSecrets</name>
    <message>
        <source>the connector was removed while its secret was being saved</source>
        <translation>der Connector wurde entfernt, während sein Geheimnis gespeichert wurde</translation>
    </message>
    <message>
        <source>no such connector</source>
        <translation>diesen Connector gibt es nicht</translation>
    </message>
    <message>
        <source>the current secret could not be found to keep it valid; save the new secret without --keep-previous</source>
        <translation>das aktuelle Geheimnis wurde nicht gefunden und kann nicht gültig bleiben; speichern Sie das neue Geheimnis ohne --keep-previous</translation>
    </message>
    <message>
        <source>the secret of &quot;%1&quot; cannot be read from the store in use: %2</source>
        <translation>das Geheimnis von „%1“ kann aus dem verwendeten Speicher nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>an old entry for &quot;%1&quot; cannot be removed from the new store: %2</source>
        <translation>ein alter Eintrag für „%1“ kann nicht aus dem neuen Speicher entfernt werden: %2</translation>
    </message>
    <message>
        <source>the secret of &quot;%1&quot; cannot be saved in the new store: %2</source>
        <translation>das Geheimnis von „%1“ kann im neuen Speicher nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>the new store did not return the secret of &quot;%1&quot; that was saved in it</source>
        <translation>der neue Speicher hat das darin gespeicherte Geheimnis von „%1“ nicht zurückgegeben</translation>
    </message>
    <message>
        <source>the secret of &quot;%1&quot; cannot be read back from the new store: %2</source>
        <translation>das Geheimnis von „%1“ kann aus dem neuen Speicher nicht zurückgelesen werden: %2</translation>
    </message>
    <message>
        <source>Signing secrets are now kept in %1; there were none to move.</source>
        <translation>Signaturgeheimnisse liegen jetzt in %1; es gab keine zu verschieben.</translation>
    </message>
    <message>
        <source>Moved the signing secrets of %1 from %2 to %3.</source>
        <translation>Die Signaturgeheimnisse von %1 wurden von %2 nach %3 verschoben.</translation>
    </message>
    <message>
        <source>the old copies of the secrets of %1 could not be removed from %2 (%3); remove them there by hand</source>
        <translation>die alten Kopien der Geheimnisse von %1 konnten nicht aus %2 entfernt werden (%3); entfernen Sie sie dort von Hand</translation>
    </message>
</context>
<context>
    <name>Hookyard::Engine::Engine</name>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Read-only: %1 serves this data dir. Events appear here as it stores them; stop it to receive in this window.</source>
        <translation>Nur lesend: %1 bedient dieses Datenverzeichnis. Ereignisse erscheinen hier, sobald er sie speichert; beenden Sie ihn, um in diesem Fenster zu empfangen.</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>Empfängt auf %1</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>opening the secret store…</source>
        <translation>Geheimnisspeicher wird geöffnet…</translation>
    </message>
    <message>
        <source>the secret store is still opening; try again in a moment</source>
        <translation>der Geheimnisspeicher wird noch geöffnet; versuchen Sie es gleich noch einmal</translation>
    </message>
    <message>
        <source>the connector is gone or the secret store is still opening</source>
        <translation>der Connector ist weg, oder der Geheimnisspeicher wird noch geöffnet</translation>
    </message>
    <message>
        <source>nothing is receiving: %1</source>
        <translation>nichts empfängt: %1</translation>
    </message>
    <message>
        <source>This window is read-only: %1 serves this data folder. Make the change there, or with the hookyard command.</source>
        <translation>Dieses Fenster ist schreibgeschützt: %1 bedient diesen Datenordner. Nehmen Sie die Änderung dort vor oder mit dem Befehl hookyard.</translation>
    </message>
    <message>
        <source>The signing secrets cannot be moved to %1: %2. The setting stays as it was.</source>
        <translation>Die Signaturgeheimnisse können nicht nach %1 verschoben werden: %2. Die Einstellung bleibt, wie sie war.</translation>
    </message>
    <message>
        <source>Hookyard is closing</source>
        <translation>Hookyard wird beendet</translation>
    </message>
    <message>
        <source>%1 Warning: %2.</source>
        <translation>%1 Warnung: %2.</translation>
    </message>
</context>
<context>
    <name>Hookyard::Engine::TestEventSender</name>
    <message>
        <source>nothing answered at %1 (%2): is Hookyard serving? Start the app or `hookyard serve` first</source>
        <translation>unter %1 hat niemand geantwortet (%2): läuft Hookyard? Starten Sie zuerst die App oder `hookyard serve`</translation>
    </message>
    <message>
        <source>%1 %2 accepted%3</source>
        <translation>%1 %2 angenommen%3</translation>
    </message>
    <message>
        <source> (duplicate)</source>
        <translation> (Duplikat)</translation>
    </message>
    <message>
        <source>save the signing secret first: without it the receiver refuses deliveries</source>
        <translation>speichern Sie zuerst das Signaturgeheimnis: ohne es weist der Empfänger Zustellungen ab</translation>
    </message>
</context>
<context>
    <name>Hookyard::Gui::AgentConnectorsDialog</name>
    <message>
        <source>Connectors of %1</source>
        <translation>Connectors von %1</translation>
    </message>
    <message>
        <source>Which connectors&apos; events start agent “%1”?</source>
        <translation>Die Ereignisse welcher Connectors starten den Agenten „%1“?</translation>
    </message>
    <message>
        <source>%1 (no such connector)</source>
        <translation>%1 (kein Connector dieses Namens)</translation>
    </message>
    <message>
        <source>There is no connector yet: it runs for every one.</source>
        <translation>Es gibt noch keinen Connector: er läuft für jeden.</translation>
    </message>
    <message>
        <source>Check at least one connector, or choose All connectors.</source>
        <translation>Markieren Sie mindestens einen Connector, oder wählen Sie „Alle Connectors“.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>Hookyard::Gui::AgentsEmptyPage</name>
    <message>
        <source>&lt;h3&gt;No agent yet&lt;/h3&gt;&lt;p&gt;An agent is a small YAML file: a name, a model, a system prompt, the command Hookyard starts and the Stripe events that start it. The command gets the whole event as JSON on its standard input; what it prints is the run&apos;s result.&lt;/p&gt;&lt;p&gt;Start from an example and adapt it:&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Noch kein Agent&lt;/h3&gt;&lt;p&gt;Ein Agent ist eine kleine YAML-Datei: ein Name, ein Modell, ein System-Prompt, der Befehl, den Hookyard startet, und die Stripe-Ereignisse, die ihn starten. Der Befehl erhält das ganze Ereignis als JSON auf seiner Standardeingabe; was er ausgibt, ist das Ergebnis des Laufs.&lt;/p&gt;&lt;p&gt;Beginnen Sie mit einem Beispiel und passen Sie es an:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Write Your Own…</source>
        <translation>Selbst &amp;schreiben…</translation>
    </message>
    <message>
        <source>Agent files live in %1. Hookyard notices new and changed files there on its own.</source>
        <translation>Agentendateien liegen in %1. Hookyard bemerkt neue und geänderte Dateien dort von selbst.</translation>
    </message>
</context>
<context>
    <name>Hookyard::Gui::AgentsPage</name>
    <message>
        <source>New from &amp;Example</source>
        <translation>Neu aus &amp;Beispiel</translation>
    </message>
    <message>
        <source>&amp;Save Agent</source>
        <translation>Agent &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Definition</source>
        <translation>&amp;Definition</translation>
    </message>
    <message>
        <source>&amp;Runs</source>
        <translation>&amp;Läufe</translation>
    </message>
    <message>
        <source>Loaded from %1</source>
        <translation>Geladen aus %1</translation>
    </message>
    <message>
        <source>Not loaded: %1</source>
        <translation>Nicht geladen: %1</translation>
    </message>
    <message>
        <source>✗ Line %1, column %2: %3</source>
        <translation>✗ Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>✓ Valid agent “%1”</source>
        <translation>✓ Gültiger Agent „%1“</translation>
    </message>
    <message>
        <source>✓ Valid, with a warning: line %1: %2</source>
        <translation>✓ Gültig, mit einer Warnung: Zeile %1: %2</translation>
    </message>
    <message>
        <source>Give the agent a name (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;).</source>
        <translation>Geben Sie dem Agenten einen Namen (Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;).</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Agent saved to %1</source>
        <translation>Agent gespeichert in %1</translation>
    </message>
    <message>
        <source>Co&amp;nnectors…</source>
        <translation>Co&amp;nnectors…</translation>
    </message>
    <message>
        <source>Runs for: all connectors</source>
        <translation>Läuft für: alle Connectors</translation>
    </message>
    <message>
        <source>Runs for: %1</source>
        <translation>Läuft für: %1</translation>
    </message>
    <message>
        <source>Save or undo your edits first: this changes the file itself</source>
        <translation>Speichern oder verwerfen Sie zuerst Ihre Änderungen: dies ändert die Datei selbst</translation>
    </message>
    <message>
        <source>Connectors of %1 saved</source>
        <translation>Connectors von %1 gespeichert</translation>
    </message>
    <message>
        <source>Choose the connectors whose events start this agent; only the file&apos;s “connectors” key changes</source>
        <translation>Die Connectors wählen, deren Ereignisse diesen Agenten starten; nur der Schlüssel „connectors“ der Datei wird geändert</translation>
    </message>
    <message>
        <source>Select an agent, or start from an example.

Or write one here and save it, for example:

name: refund-notes
model: gemini-2.5-flash
system: You summarise refunds for the finance team.
command: [&quot;python3&quot;, &quot;refund.py&quot;]
events: [&quot;charge.refunded&quot;]</source>
        <translation>Wählen Sie einen Agenten aus, oder beginnen Sie mit einem Beispiel.

Oder schreiben Sie hier einen und speichern ihn, zum Beispiel:

name: refund-notes
model: gemini-2.5-flash
system: Du fasst Erstattungen für die Buchhaltung zusammen.
command: [&quot;python3&quot;, &quot;refund.py&quot;]
events: [&quot;charge.refunded&quot;]</translation>
    </message>
    <message>
        <source>Added “%1” as %2: it runs on matching events from now on</source>
        <translation>„%1“ als %2 hinzugefügt: der Agent läuft ab jetzt bei passenden Ereignissen</translation>
    </message>
    <message>
        <source>Loaded from %1; %2</source>
        <translation>Geladen aus %1; %2</translation>
    </message>
    <message>
        <source>✓ Valid, with a warning: %1</source>
        <translation>✓ Gültig, mit einer Warnung: %1</translation>
    </message>
    <message>
        <source>%1 — not loaded</source>
        <translation>%1 – nicht geladen</translation>
    </message>
</context>
<context>
    <name>Hookyard::Gui::Autostart</name>
    <message>
        <source>The folder %1 cannot be created: check its permissions.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden: prüfen Sie seine Berechtigungen.</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2): check the folder&apos;s permissions and free space.</source>
        <translation>%1 kann nicht geschrieben werden (%2): prüfen Sie die Berechtigungen des Ordners und den freien Speicherplatz.</translation>
    </message>
    <message>
        <source>%1 cannot be removed (%2): remove it by hand, or turn Hookyard off in your desktop&apos;s startup applications.</source>
        <translation>%1 kann nicht entfernt werden (%2): entfernen Sie die Datei von Hand oder schalten Sie Hookyard in den Autostart-Programmen Ihrer Arbeitsumgebung ab.</translation>
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
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>Byte</translation>
    </message>
</context>
<context>
    <name>Hookyard::Gui::ConnectorActivity</name>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln Ereignis</numerusform>
            <numerusform>%Ln Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keins</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>Hookyard::Gui::ConnectorDetails</name>
    <message>
        <source>In the Stripe Dashboard, open &lt;b&gt;Developers › Webhooks › Add endpoint&lt;/b&gt;, paste this URL and select the events to send. Then reveal the endpoint&apos;s signing secret and paste it below.</source>
        <translation>Öffnen Sie im Stripe-Dashboard &lt;b&gt;Entwickler › Webhooks › Endpoint hinzufügen&lt;/b&gt;, fügen Sie diese URL ein und wählen Sie die zu sendenden Ereignisse. Lassen Sie dann das Signaturgeheimnis des Endpoints anzeigen und fügen Sie es unten ein.</translation>
    </message>
    <message>
        <source>Stripe&apos;s servers cannot reach this computer&apos;s 127.0.0.1. For local work, forward events with the Stripe CLI (it prints a whsec_ secret to paste below); for a public URL, run a tunnel or reverse proxy and set the public base URL in Settings.</source>
        <translation>Die Server von Stripe erreichen 127.0.0.1 dieses Rechners nicht. Zum lokalen Arbeiten leiten Sie Ereignisse mit der Stripe CLI weiter (sie gibt ein whsec_-Geheimnis aus, das Sie unten einfügen); für eine öffentliche URL betreiben Sie einen Tunnel oder Reverse Proxy und tragen die öffentliche Basis-URL in den Einstellungen ein.</translation>
    </message>
    <message>
        <source>Agents are not loaded.</source>
        <translation>Agenten sind nicht geladen.</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (deaktiviert)</translation>
    </message>
    <message>
        <source>No agent runs on this connector&apos;s events yet.</source>
        <translation>Noch kein Agent läuft bei Ereignissen dieses Connectors.</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Needs a signing secret</source>
        <translation>Braucht ein Signaturgeheimnis</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>Empfängt</translation>
    </message>
    <message>
        <source>Verified deliveries are stored and start agents.</source>
        <translation>Verifizierte Zustellungen werden gespeichert und starten Agenten.</translation>
    </message>
    <message>
        <source>The previous secret is still accepted until %1.</source>
        <translation>Das bisherige Geheimnis wird noch bis %1 akzeptiert.</translation>
    </message>
    <message>
        <source>&amp;Replace Secret</source>
        <translation>Geheimnis er&amp;setzen</translation>
    </message>
    <message>
        <source>&amp;Save Secret</source>
        <translation>Geheimnis &amp;speichern</translation>
    </message>
    <message>
        <source>Webhook URL copied to the clipboard</source>
        <translation>Webhook-URL in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <source>Stripe CLI command copied to the clipboard</source>
        <translation>Befehl für die Stripe CLI in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Secret saved. The previous one stays valid for %1.</source>
        <translation>Geheimnis gespeichert. Das bisherige bleibt %1 lang gültig.</translation>
    </message>
    <message>
        <source>Secret saved. Deliveries are now verified with it.</source>
        <translation>Geheimnis gespeichert. Zustellungen werden jetzt damit verifiziert.</translation>
    </message>
    <message>
        <source>Signing secret saved</source>
        <translation>Signaturgeheimnis gespeichert</translation>
    </message>
    <message>
        <source>Applied.</source>
        <translation>Übernommen.</translation>
    </message>
    <message>
        <source>Options of %1 applied</source>
        <translation>Optionen von %1 übernommen</translation>
    </message>
    <message>
        <source>Remove Connector</source>
        <translation>Connector entfernen</translation>
    </message>
    <message>
        <source>Remove the connector “%1”? Its URL stops working at once (Stripe gets 404). Its events stay in the history.</source>
        <translation>Den Connector „%1“ entfernen? Seine URL funktioniert sofort nicht mehr (Stripe erhält 404). Seine Ereignisse bleiben im Verlauf.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>%1 (all connectors)</source>
        <translation>%1 (alle Connectors)</translation>
    </message>
    <message>
        <source>Not receiving</source>
        <translation>Empfängt nicht</translation>
    </message>
    <message>
        <source> /s</source>
        <translation> /s</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Verbergen</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <source>A secret is saved: paste a new whsec_… here to replace it</source>
        <translation>Ein Geheimnis ist gespeichert: fügen Sie hier ein neues whsec_… ein, um es zu ersetzen</translation>
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
        <translation>%1 ist deaktiviert: Zustellungen werden mit 404 beantwortet.</translation>
    </message>
    <message>
        <source>%1 has no signing secret yet: deliveries are refused (503) and Stripe retries them.</source>
        <translation>%1 hat noch kein Signaturgeheimnis: Zustellungen werden abgewiesen (503), und Stripe wiederholt sie.</translation>
    </message>
    <message>
        <source>%1 is receiving.</source>
        <translation>%1 empfängt.</translation>
    </message>
</context>
<context>
    <name>Hookyard::Gui::ConnectorsPage</name>
    <message>
        <source>&amp;New Connector…</source>
        <translation>&amp;Neuer Connector…</translation>
    </message>
    <message>
        <source>Connectors</source>
        <translation>Connectors</translation>
    </message>
    <message>
        <source>Create a connector: a name and its own webhook URL (Ctrl+N)</source>
        <translation>Einen Connector anlegen: ein Name und eine eigene Webhook-URL (Strg+N)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No connector yet&lt;/h3&gt;&lt;p&gt;A connector is a webhook endpoint for one Stripe account or purpose (&quot;billing&quot;, &quot;shop&quot;). Create one, copy its URL into Stripe, paste the signing secret, and events start to arrive here.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Noch kein Connector&lt;/h3&gt;&lt;p&gt;Ein Connector ist ein Webhook-Endpoint für ein Stripe-Konto oder einen Zweck („abrechnung“, „shop“). Legen Sie einen an, kopieren Sie seine URL in Stripe, fügen Sie das Signaturgeheimnis ein, und die Ereignisse kommen hier an.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Create a Connector…</source>
        <translation>Connector anlegen…</translation>
    </message>
    <message>
        <source>Connector %1 created: copy its URL into Stripe</source>
        <translation>Connector %1 angelegt: kopieren Sie seine URL in Stripe</translation>
    </message>
    <message>
        <source>Agents linked to %1 saved</source>
        <translation>Mit %1 verknüpfte Agenten gespeichert</translation>
    </message>
</context>
<context>
    <name>Hookyard::Gui::DisplayText</name>
    <message>
        <source>Unknown connector</source>
        <translation>Unbekannter Connector</translation>
    </message>
    <message>
        <source>Connector disabled</source>
        <translation>Connector deaktiviert</translation>
    </message>
    <message>
        <source>Method not allowed</source>
        <translation>Methode nicht erlaubt</translation>
    </message>
    <message>
        <source>No signing secret saved</source>
        <translation>Kein Signaturgeheimnis gespeichert</translation>
    </message>
    <message>
        <source>Missing Stripe-Signature</source>
        <translation>Stripe-Signature fehlt</translation>
    </message>
    <message>
        <source>Malformed signature header</source>
        <translation>Fehlerhafter Signatur-Header</translation>
    </message>
    <message>
        <source>No v1 signature</source>
        <translation>Keine v1-Signatur</translation>
    </message>
    <message>
        <source>Signature mismatch</source>
        <translation>Signatur passt nicht</translation>
    </message>
    <message>
        <source>Timestamp out of tolerance</source>
        <translation>Zeitstempel außerhalb der Toleranz</translation>
    </message>
    <message>
        <source>Empty body</source>
        <translation>Leerer Body</translation>
    </message>
    <message>
        <source>Not a Stripe event</source>
        <translation>Kein Stripe-Ereignis</translation>
    </message>
    <message>
        <source>Body too large</source>
        <translation>Body zu groß</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Ratenlimit erreicht</translation>
    </message>
    <message>
        <source>Storage unavailable</source>
        <translation>Speicher nicht verfügbar</translation>
    </message>
    <message>
        <source>Malformed request</source>
        <translation>Fehlerhafte Anfrage</translation>
    </message>
    <message>
        <source>Headers too large</source>
        <translation>Header zu groß</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>vor %n s</numerusform>
            <numerusform>vor %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n min</numerusform>
            <numerusform>vor %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n h</numerusform>
            <numerusform>vor %n h</numerusform>
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
        <source>(removed)</source>
        <translation>(entfernt)</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (entfernt)</translation>
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
        <translation>gerade eben</translation>
    </message>
</context>
<context>
    <name>Hookyard::Gui::EventDetails</name>
    <message>
        <source>R&amp;un Agent on This Event…</source>
        <translation>Agenten auf dieses Ereignis an&amp;setzen…</translation>
    </message>
    <message>
        <source>&amp;Payload</source>
        <translation>&amp;Nutzdaten</translation>
    </message>
    <message>
        <source>Ra&amp;w Body</source>
        <translation>&amp;Roher Body</translation>
    </message>
    <message>
        <source>&amp;Delivery</source>
        <translation>&amp;Zustellung</translation>
    </message>
    <message>
        <source>A&amp;gent Runs</source>
        <translation>A&amp;gentenläufe</translation>
    </message>
    <message>
        <source>Select an event to see its payload, deliveries and agent runs.</source>
        <translation>Wählen Sie ein Ereignis aus, um seine Nutzdaten, Zustellungen und Agentenläufe zu sehen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rejected delivery&lt;/b&gt; to %1 at %2</source>
        <translation>&lt;b&gt;Abgewiesene Zustellung&lt;/b&gt; an %1 um %2</translation>
    </message>
    <message>
        <source>This event is no longer stored (retention removed it).</source>
        <translation>Dieses Ereignis ist nicht mehr gespeichert (die Aufbewahrungsfrist hat es entfernt).</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; %2 &amp;nbsp; on %3 &amp;nbsp; %4%5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; %2 &amp;nbsp; auf %3 &amp;nbsp; %4%5</translation>
    </message>
    <message>
        <source> &amp;nbsp; &lt;b&gt;live mode&lt;/b&gt;</source>
        <translation> &amp;nbsp; &lt;b&gt;Live-Modus&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Deliveries of this event</source>
        <translation>Zustellungen dieses Ereignisses</translation>
    </message>
    <message>
        <source>duplicate (acknowledged, no new runs)</source>
        <translation>Duplikat (bestätigt, keine neuen Läufe)</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verifiziert</translation>
    </message>
    <message>
        <source>Signature timestamp</source>
        <translation>Signatur-Zeitstempel</translation>
    </message>
    <message>
        <source>%1 (skew %2 s)</source>
        <translation>%1 (Abweichung %2 s)</translation>
    </message>
    <message>
        <source>v1 signatures</source>
        <translation>v1-Signaturen</translation>
    </message>
    <message>
        <source>Matched secret</source>
        <translation>Passendes Geheimnis</translation>
    </message>
    <message>
        <source>the previous secret (rotation)</source>
        <translation>das bisherige Geheimnis (Rotation)</translation>
    </message>
    <message>
        <source>the current secret</source>
        <translation>das aktuelle Geheimnis</translation>
    </message>
    <message>
        <source>Remote address</source>
        <translation>Gegenstelle</translation>
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
        <translation>Body-Größe</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>&lt;p&gt;No delivery record.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Keine Aufzeichnung der Zustellung.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No agent loaded: add one on the Agents page</source>
        <translation>Kein Agent geladen: fügen Sie auf der Seite Agenten einen hinzu</translation>
    </message>
    <message>
        <source>Could not queue %1: %2</source>
        <translation>%1 konnte nicht eingereiht werden: %2</translation>
    </message>
    <message>
        <source>Run %1 of %2 queued</source>
        <translation>Lauf %1 von %2 eingereiht</translation>
    </message>
    <message>
        <source>The body of a rejected delivery is not kept: nothing in it was accepted, and what was not verified as Stripe&apos;s may come from anyone.</source>
        <translation>Der Body einer abgewiesenen Zustellung wird nicht aufbewahrt: nichts davon wurde angenommen, und was nicht als von Stripe stammend geprüft wurde, kann von jedem kommen.</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgewiesen</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>nicht gelesen</translation>
    </message>
</context>
<context>
    <name>Hookyard::Gui::EventListModel</name>
    <message>
        <source>Rejected (%1): %2</source>
        <translation>Abgewiesen (%1): %2</translation>
    </message>
    <message>
        <source>Verified (duplicate delivery)</source>
        <translation>Verifiziert (doppelte Zustellung)</translation>
    </message>
    <message>
        <source>Verified (thin event)</source>
        <translation>Verifiziert (schlankes Ereignis)</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>duplicate ×%1</source>
        <translation>Duplikat ×%1</translation>
    </message>
    <message numerus="yes">
        <source>Stripe delivered this event %n time(s); agents ran once.</source>
        <translation>
            <numerusform>Stripe hat dieses Ereignis %n-mal zugestellt; Agenten liefen einmal.</numerusform>
            <numerusform>Stripe hat dieses Ereignis %n-mal zugestellt; Agenten liefen einmal.</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Connector</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Event ID</source>
        <translation>Ereignis-ID</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verifizierung</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>Agent Runs</source>
        <translation>Agentenläufe</translation>
    </message>
    <message>
        <source>%1 (%2 failed)</source>
        <translation>%1 (%2 fehlgeschlagen)</translation>
    </message>
    <message numerus="yes">
        <source>%n agent run(s) on this event.</source>
        <translation>
            <numerusform>%n Agentenlauf zu diesem Ereignis.</numerusform>
            <numerusform>%n Agentenläufe zu diesem Ereignis.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed or timed out.</source>
        <translation>
            <numerusform>%n fehlgeschlagen oder Zeit überschritten.</numerusform>
            <numerusform>%n fehlgeschlagen oder Zeit überschritten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued or running.</source>
        <translation>
            <numerusform>%n wartet oder läuft.</numerusform>
            <numerusform>%n warten oder laufen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the event to see each run&apos;s output and log.</source>
        <translation>Wählen Sie das Ereignis aus, um Ausgabe und Protokoll jedes Laufs zu sehen.</translation>
    </message>
    <message>
        <source>%1 (%2 pending)</source>
        <translation>%1 (%2 offen)</translation>
    </message>
</context>
<context>
    <name>Hookyard::Gui::EventsPage</name>
    <message>
        <source>Verified events</source>
        <translation>Verifizierte Ereignisse</translation>
    </message>
    <message>
        <source>Duplicate deliveries</source>
        <translation>Doppelte Zustellungen</translation>
    </message>
    <message>
        <source>Rejected deliveries</source>
        <translation>Abgewiesene Zustellungen</translation>
    </message>
    <message>
        <source>All types (invoice.* works)</source>
        <translation>Alle Typen (invoice.* geht)</translation>
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
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>duplicate ×9</source>
        <translation>Duplikat ×9</translation>
    </message>
    <message>
        <source>Agent Runs</source>
        <translation>Agentenläufe</translation>
    </message>
    <message>
        <source>All connectors</source>
        <translation>Alle Connectors</translation>
    </message>
    <message>
        <source>No events match these filters.</source>
        <translation>Keine Ereignisse passen zu diesen Filtern.</translation>
    </message>
    <message>
        <source>No events yet. Create a connector, add its URL in the Stripe Dashboard or forward to it with `stripe listen`, or send a test event from its page: events appear here as they arrive.</source>
        <translation>Noch keine Ereignisse. Legen Sie einen Connector an, tragen Sie seine URL im Stripe-Dashboard ein oder leiten Sie mit `stripe listen` an sie weiter, oder senden Sie auf seiner Seite ein Testereignis: Ereignisse erscheinen hier, sobald sie ankommen.</translation>
    </message>
    <message>
        <source>No duplicate deliveries: Stripe delivered no event twice.</source>
        <translation>Keine doppelten Zustellungen: Stripe hat kein Ereignis zweimal zugestellt.</translation>
    </message>
    <message>
        <source>No rejected deliveries.</source>
        <translation>Keine abgewiesenen Zustellungen.</translation>
    </message>
    <message>
        <source>Every delivery</source>
        <translation>Alle Zustellungen</translation>
    </message>
    <message>
        <source>No deliveries yet: every request to a connector&apos;s URL is listed here, verified or not.</source>
        <translation>Noch keine Zustellungen: Hier steht jede Anfrage an die URL eines Connectors, ob verifiziert oder nicht.</translation>
    </message>
    <message>
        <source>Search ids, types and payloads, e.g. a customer id (Ctrl+F)</source>
        <translation>IDs, Typen und Nutzdaten durchsuchen, z. B. eine Kunden-ID (Strg+F)</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>More than %L1 events match: the newest %L1 are shown. Narrow the search to see older ones.</source>
        <translation>Mehr als %L1 Ereignisse passen: die neuesten %L1 werden angezeigt. Grenzen Sie die Suche ein, um ältere zu sehen.</translation>
    </message>
    <message>
        <source>Searching the stored events…</source>
        <translation>Die gespeicherten Ereignisse werden durchsucht…</translation>
    </message>
    <message>
        <source>The newest matches are shown; older events are still being searched…</source>
        <translation>Die neuesten Treffer werden angezeigt; ältere Ereignisse werden noch durchsucht…</translation>
    </message>
    <message>
        <source>Part of an event id, type or object id, or any text of the payload as Stripe sent it: a customer id (cus_…), an invoice id, an email address. Letters match in any case.</source>
        <translation>Ein Teil einer Ereignis-ID, eines Typs oder einer Objekt-ID oder ein Text der Nutzdaten, wie Stripe sie gesendet hat: eine Kunden-ID (cus_…), eine Rechnungs-ID, eine E-Mail-Adresse. Groß- und Kleinschreibung spielen keine Rolle.</translation>
    </message>
</context>
<context>
    <name>Hookyard::Gui::JsonTreeModel</name>
    <message>
        <source>The body is not JSON: %1 at offset %2.</source>
        <translation>Der Body ist kein JSON: %1 an Position %2.</translation>
    </message>
    <message numerus="yes">
        <source>{%n key(s)}</source>
        <translation>
            <numerusform>{%n Schlüssel}</numerusform>
            <numerusform>{%n Schlüssel}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n Element]</numerusform>
            <numerusform>[%n Elemente]</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
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
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>Standard (%1)</translation>
    </message>
</context>
<context>
    <name>Hookyard::Gui::LinkAgentsDialog</name>
    <message>
        <source>Link Agents to %1</source>
        <translation>Agenten mit %1 verknüpfen</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (deaktiviert)</translation>
    </message>
    <message>
        <source>cannot be changed: the file has errors</source>
        <translation>nicht änderbar: die Datei enthält Fehler</translation>
    </message>
    <message>
        <source>no events: started by hand</source>
        <translation>keine Ereignisse: wird von Hand gestartet</translation>
    </message>
    <message>
        <source>all connectors</source>
        <translation>alle Connectors</translation>
    </message>
    <message>
        <source>Runs for every connector: its file lists none. Unchecking it lists the other connectors instead.</source>
        <translation>Läuft für jeden Connector: seine Datei nennt keinen. Wenn Sie die Markierung entfernen, nennt sie stattdessen die anderen Connectors.</translation>
    </message>
    <message>
        <source>%1 (no such connector)</source>
        <translation>%1 (kein Connector dieses Namens)</translation>
    </message>
    <message>
        <source>Check the agents that run when connector “%1” receives an event. An agent whose file lists no connectors runs for all of them.</source>
        <translation>Markieren Sie die Agenten, die laufen, wenn der Connector „%1“ ein Ereignis empfängt. Ein Agent, dessen Datei keine Connectors nennt, läuft für alle.</translation>
    </message>
    <message>
        <source>No agents yet. Add one on the Agents page, then link it here.</source>
        <translation>Noch keine Agenten. Fügen Sie auf der Seite Agenten einen hinzu, und verknüpfen Sie ihn dann hier.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation>Nicht gespeichert:</translation>
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
        <translation>Hookyard kann seinen Datenordner %1 nicht öffnen:
%2</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Connectors</source>
        <translation>Connectors</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Connector…</source>
        <translation>&amp;Neuer Connector…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Connectors</source>
        <translation>&amp;Connectors</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Ereignisse</translation>
    </message>
    <message>
        <source>&amp;Agents</source>
        <translation>A&amp;genten</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>E&amp;instellungen</translation>
    </message>
    <message>
        <source>&amp;Filter Events</source>
        <translation>Ereignisse &amp;filtern</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Hookyard</source>
        <translation>Ü&amp;ber Hookyard</translation>
    </message>
    <message>
        <source>About Hookyard</source>
        <translation>Über Hookyard</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hookyard %1&lt;/h3&gt;&lt;p&gt;Receive Stripe webhooks on your own machine and turn them into work done by local agents.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Hookyard %1&lt;/h3&gt;&lt;p&gt;Stripe-Webhooks auf dem eigenen Rechner empfangen und von lokalen Agenten abarbeiten lassen.&lt;/p&gt;&lt;p&gt;Datenordner: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; Another Hookyard process (%1) already serves this data folder: it receives the webhooks and runs the agents. This window shows what it stores and can send it test events, but changes nothing itself. Quit the other process, or start this one with another --data-dir.</source>
        <translation>&lt;b&gt;Nur lesend.&lt;/b&gt; Ein anderer Hookyard-Prozess (%1) bedient diesen Datenordner bereits: er empfängt die Webhooks und führt die Agenten aus. Dieses Fenster zeigt, was er speichert, und kann ihm Testereignisse senden, ändert selbst aber nichts. Beenden Sie den anderen Prozess, oder starten Sie diesen mit einem anderen --data-dir.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Deliveries cannot be stored.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Zustellungen können nicht gespeichert werden.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>Fenster &amp;schließen</translation>
    </message>
</context>
<context>
    <name>Hookyard::Gui::NewConnectorDialog</name>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
</context>
<context>
    <name>Hookyard::Gui::PayloadView</name>
    <message>
        <source>Copy &amp;Value</source>
        <translation>&amp;Wert kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Path</source>
        <translation>&amp;Pfad kopieren</translation>
    </message>
    <message>
        <source>Copy the selected value (Ctrl+C)</source>
        <translation>Den ausgewählten Wert kopieren (Strg+C)</translation>
    </message>
    <message>
        <source>Copy the access path of the selected value, such as input[&quot;data&quot;][&quot;object&quot;]</source>
        <translation>Den Zugriffspfad des ausgewählten Werts kopieren, etwa input[&quot;data&quot;][&quot;object&quot;]</translation>
    </message>
    <message>
        <source>&amp;Expand All</source>
        <translation>Alle &amp;aufklappen</translation>
    </message>
    <message>
        <source>C&amp;ollapse All</source>
        <translation>Alle &amp;zuklappen</translation>
    </message>
    <message>
        <source>Find key…</source>
        <translation>Schlüssel suchen…</translation>
    </message>
    <message>
        <source>Press Enter to go to the next key with this name</source>
        <translation>Eingabetaste drücken, um zum nächsten Schlüssel mit diesem Namen zu springen</translation>
    </message>
    <message>
        <source>Value copied</source>
        <translation>Wert kopiert</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <source>Expand All</source>
        <translation>Alle aufklappen</translation>
    </message>
    <message>
        <source>Collapse All</source>
        <translation>Alle zuklappen</translation>
    </message>
</context>
<context>
    <name>Hookyard::Gui::RunListModel</name>
    <message>
        <source>%1 (manual)</source>
        <translation>%1 (von Hand)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>Exit Code</source>
        <translation>Exit-Code</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
</context>
<context>
    <name>Hookyard::Gui::RunTable</name>
    <message>
        <source>Still running: below is what it printed so far, updated every second.</source>
        <translation>Läuft noch: unten steht, was er bisher ausgegeben hat, jede Sekunde aktualisiert.</translation>
    </message>
</context>
<context>
    <name>Hookyard::Gui::RunsPanel</name>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>Lauf &amp;abbrechen</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Zustand:</translation>
    </message>
    <message>
        <source>Select a run to read its output and log.</source>
        <translation>Wählen Sie einen Lauf aus, um seine Ausgabe und sein Protokoll zu lesen.</translation>
    </message>
    <message>
        <source>Run %1 of %2 on %3 (%4), attempt %5</source>
        <translation>Lauf %1 von %2 auf %3 (%4), Versuch %5</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Run %1 already finished</source>
        <translation>Lauf %1 ist bereits beendet</translation>
    </message>
    <message>
        <source>Runs of every &amp;agent</source>
        <translation>Läufe aller &amp;Agenten</translation>
    </message>
    <message>
        <source>── Output (standard output)%1 ──</source>
        <translation>── Ausgabe (Standardausgabe)%1 ──</translation>
    </message>
    <message>
        <source>, cut at the cap</source>
        <translation>, an der Obergrenze gekürzt</translation>
    </message>
    <message>
        <source>── Log (standard error)%1 ──</source>
        <translation>── Protokoll (Standardfehlerausgabe)%1 ──</translation>
    </message>
    <message>
        <source>Agents run on verified events only.</source>
        <translation>Agenten laufen nur auf verifizierten Ereignissen.</translation>
    </message>
    <message>
        <source>No agent has run on this event. An agent starts when an event arrives that its events and connectors lists match; Run Agent on This Event… starts one now.</source>
        <translation>Auf diesem Ereignis ist kein Agent gelaufen. Ein Agent startet, wenn ein Ereignis eintrifft, auf das seine Listen events und connectors passen; „Agenten auf dieses Ereignis ansetzen…“ startet jetzt einen.</translation>
    </message>
    <message>
        <source>No run is in the state “%1”.</source>
        <translation>Kein Lauf ist im Zustand „%1“.</translation>
    </message>
    <message>
        <source>%1 has not run yet. It runs when an event arrives that its events and connectors lists match, or from an event&apos;s Agent Runs tab.</source>
        <translation>%1 ist noch nicht gelaufen. Er läuft, wenn ein Ereignis eintrifft, auf das seine Listen events und connectors passen, oder über den Reiter Agentenläufe eines Ereignisses.</translation>
    </message>
    <message>
        <source>No agent has run yet.</source>
        <translation>Noch ist kein Agent gelaufen.</translation>
    </message>
</context>
<context>
    <name>Hookyard::Gui::SettingsPage</name>
    <message>
        <source>&amp;Listen address and port:</source>
        <translation>&amp;Empfangsadresse und Port:</translation>
    </message>
    <message>
        <source>&amp;Public base URL:</source>
        <translation>Ö&amp;ffentliche Basis-URL:</translation>
    </message>
    <message>
        <source>Default &amp;tolerance (s):</source>
        <translation>Standard-T&amp;oleranz (s):</translation>
    </message>
    <message>
        <source>Default &amp;rate limit (/s):</source>
        <translation>Standard-Ratenl&amp;imit (/s):</translation>
    </message>
    <message>
        <source>Default b&amp;urst:</source>
        <translation>Standard-B&amp;urst:</translation>
    </message>
    <message>
        <source>Rejected requests per address (/s):</source>
        <translation>Abgewiesene Anfragen pro Adresse (/s):</translation>
    </message>
    <message>
        <source>Rejected requests burst:</source>
        <translation>Burst abgewiesener Anfragen:</translation>
    </message>
    <message>
        <source>Connections at most:</source>
        <translation>Verbindungen höchstens:</translation>
    </message>
    <message>
        <source>Connections per address:</source>
        <translation>Verbindungen pro Adresse:</translation>
    </message>
    <message>
        <source>&amp;Durability:</source>
        <translation>&amp;Dauerhaftigkeit:</translation>
    </message>
    <message>
        <source>Keep events for (&amp;days):</source>
        <translation>Ereignisse aufbewahren (T&amp;age):</translation>
    </message>
    <message>
        <source>Keep at most (&amp;events):</source>
        <translation>Höchstens aufbewahren (Ere&amp;ignisse):</translation>
    </message>
    <message>
        <source>&amp;Secret store:</source>
        <translation>&amp;Geheimnisspeicher:</translation>
    </message>
    <message>
        <source>Default agent &amp;command:</source>
        <translation>Standard-Agenten&amp;befehl:</translation>
    </message>
    <message>
        <source>Runs at the same &amp;time:</source>
        <translation>Läufe gleich&amp;zeitig:</translation>
    </message>
    <message>
        <source>Grace before kill:</source>
        <translation>Frist vor dem Abbruch (kill):</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>Be&amp;nachrichtigungen</translation>
    </message>
    <message>
        <source>&amp;Keep receiving in the tray when the window is closed</source>
        <translation>Bei geschlossenem Fenster im Infobereich &amp;weiter empfangen</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Zurück&amp;setzen</translation>
    </message>
    <message>
        <source>Receiver address</source>
        <translation>Empfangsadresse</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Grenzwerte</translation>
    </message>
    <message>
        <source>Storage and retention</source>
        <translation>Speicherung und Aufbewahrung</translation>
    </message>
    <message>
        <source>Signing secrets</source>
        <translation>Signaturgeheimnisse</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>(system default)</source>
        <translation>(Systemvorgabe)</translation>
    </message>
    <message>
        <source>In use:</source>
        <translation>Verwendet:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <source>Settings applied</source>
        <translation>Einstellungen übernommen</translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) were not accepted: see the page</source>
        <translation>
            <numerusform>%n Einstellung wurde nicht akzeptiert: siehe die Seite</numerusform>
            <numerusform>%n Einstellungen wurden nicht akzeptiert: siehe die Seite</numerusform>
        </translation>
    </message>
    <message>
        <source>Hookyard was started with --listen %1, which wins over this setting until it starts without that option.</source>
        <translation>Hookyard wurde mit --listen %1 gestartet; das hat Vorrang vor dieser Einstellung, bis es ohne diese Option startet.</translation>
    </message>
    <message>
        <source>A new address applies at once: the receiver restarts on it.</source>
        <translation>Eine neue Adresse gilt sofort: der Empfänger startet auf ihr neu.</translation>
    </message>
    <message>
        <source>Applies when the receiver next starts: at the next start of Hookyard or when the listen address changes.</source>
        <translation>Gilt beim nächsten Start des Empfängers: beim nächsten Start von Hookyard oder wenn sich die Empfangsadresse ändert.</translation>
    </message>
    <message>
        <source>Both limits apply soon after start and then every hour, in the process that receives (this window, or hookyard serve).</source>
        <translation>Beide Grenzen gelten kurz nach dem Start und dann stündlich, in dem Prozess, der empfängt (dieses Fenster oder hookyard serve).</translation>
    </message>
    <message>
        <source>Applies at the next start of Hookyard.</source>
        <translation>Gilt ab dem nächsten Start von Hookyard.</translation>
    </message>
    <message>
        <source>HOOKYARD_LANGUAGE=%1 is set and wins over this setting.</source>
        <translation>HOOKYARD_LANGUAGE=%1 ist gesetzt und hat Vorrang vor dieser Einstellung.</translation>
    </message>
    <message>
        <source>Applied settings take effect at once, except where a note says otherwise.</source>
        <translation>Übernommene Einstellungen gelten sofort, außer wo ein Hinweis etwas anderes sagt.</translation>
    </message>
    <message>
        <source>a duration: 5s, 500ms, 2m</source>
        <translation>eine Dauer: 5s, 500ms, 2m</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>Für immer</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>Keine Obergrenze</translation>
    </message>
    <message>
        <source>&amp;Body limit:</source>
        <translation>&amp;Body-Limit:</translation>
    </message>
    <message>
        <source>Output kept per stream:</source>
        <translation>Aufbewahrte Ausgabe pro Stream:</translation>
    </message>
    <message>
        <source>Normal: a killed or crashed Hookyard loses nothing it acknowledged</source>
        <translation>Normal: Wird Hookyard beendet oder stürzt ab, geht nichts Bestätigtes verloren</translation>
    </message>
    <message>
        <source>Full: a power loss loses nothing either (slower)</source>
        <translation>Vollständig: Auch bei Stromausfall geht nichts verloren (langsamer)</translation>
    </message>
    <message>
        <source>Automatic: the system keychain, else a file</source>
        <translation>Automatisch: der Schlüsselbund des Systems, sonst eine Datei</translation>
    </message>
    <message>
        <source>The system keychain</source>
        <translation>Der Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>A file only you can read (0600) in the data folder</source>
        <translation>Eine nur für Sie lesbare Datei (0600) im Datenordner</translation>
    </message>
    <message>
        <source>Adds Hookyard to your desktop&apos;s startup applications: %1</source>
        <translation>Trägt Hookyard in die Autostart-Programme Ihrer Arbeitsumgebung ein: %1</translation>
    </message>
    <message>
        <source>For this user on this computer, with this data folder. Where the desktop has no tray, the window opens instead.</source>
        <translation>Für diesen Benutzer auf diesem Rechner, mit diesem Datenordner. Hat die Arbeitsumgebung keinen Infobereich, öffnet sich stattdessen das Fenster.</translation>
    </message>
    <message>
        <source>Start Hookyard when I l&amp;og in, in the tray</source>
        <translation>Hookyard beim Anmelden im Infobereich s&amp;tarten</translation>
    </message>
    <message>
        <source>Switching to another store moves the saved signing secrets into it (each copy is checked) and then removes them from the old one. &quot;auto&quot; keeps the store in use.</source>
        <translation>Ein Wechsel zu einem anderen Speicher verschiebt die gespeicherten Signaturgeheimnisse dorthin (jede Kopie wird geprüft) und entfernt sie dann aus dem alten. „auto“ behält den verwendeten Speicher.</translation>
    </message>
    <message>
        <source>Moving the signing secrets…</source>
        <translation>Die Signaturgeheimnisse werden verschoben …</translation>
    </message>
</context>
<context>
    <name>Hookyard::Gui::StatusIndicators</name>
    <message>
        <source>● Listening on %1</source>
        <translation>● Empfängt auf %1</translation>
    </message>
    <message>
        <source>Starting the receiver…</source>
        <translation>Empfänger wird gestartet…</translation>
    </message>
    <message>
        <source>⚠ Not receiving: %1</source>
        <translation>⚠ Empfängt nicht: %1</translation>
    </message>
    <message>
        <source>Read-only: %1 serves this data folder</source>
        <translation>Nur lesend: %1 bedient diesen Datenordner</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>%1 events/s</source>
        <translation>%1 Ereignisse/s</translation>
    </message>
    <message>
        <source>0 rejected</source>
        <translation>0 abgewiesen</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;rejected&quot;&gt;%1 rejected&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;rejected&quot;&gt;%1 abgewiesen&lt;/a&gt;</translation>
    </message>
    <message>
        <source>%1 throttled</source>
        <translation>%1 gedrosselt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more address(es)</source>
        <translation>
            <numerusform>und %n weitere Adresse</numerusform>
            <numerusform>und %n weitere Adressen</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests refused with 429 since the app started, without being checked or recorded: their address had sent too many rejected requests (unknown connector, bad signature). Stripe&apos;s valid deliveries are never refused for this. Limits: receiver.reject_rate and receiver.reject_burst in Settings.</source>
        <translation>Seit dem Start mit 429 abgewiesene Anfragen, weder geprüft noch aufgezeichnet: ihre Adresse hatte zu viele abgewiesene Anfragen gesendet (unbekannter Connector, falsche Signatur). Gültige Zustellungen von Stripe werden deshalb nie abgewiesen. Grenzen: receiver.reject_rate und receiver.reject_burst in den Einstellungen.</translation>
    </message>
    <message>
        <source>Rejected deliveries since the app started; click to see them. Requests to URLs no connector has (404) are counted apart: they are not recorded, as anyone can send them.</source>
        <translation>Seit dem Start abgewiesene Zustellungen; klicken Sie, um sie zu sehen. Anfragen an URLs, die kein Connector hat (404), werden getrennt gezählt: sie werden nicht aufgezeichnet, da jeder sie senden kann.</translation>
    </message>
    <message>
        <source>, %1 to unknown URLs</source>
        <translation>, %1 an unbekannte URLs</translation>
    </message>
    <message>
        <source>Deliveries the serving process rejected and recorded since this window opened; click to see them.</source>
        <translation>Zustellungen, die der empfangende Prozess abgewiesen und gespeichert hat, seit dieses Fenster offen ist; klicken, um sie zu sehen.</translation>
    </message>
</context>
<context>
    <name>Hookyard::Gui::TestEventSender</name>
    <message>
        <source>Save a signing secret first</source>
        <translation>Speichern Sie zuerst ein Signaturgeheimnis</translation>
    </message>
    <message>
        <source>Sign a sample event with this connector&apos;s secret and deliver it to the process that serves this data folder</source>
        <translation>Ein Beispielereignis mit dem Geheimnis dieses Connectors signieren und dem Prozess zustellen, der diesen Datenordner bedient</translation>
    </message>
    <message>
        <source>The receiver is not listening: %1</source>
        <translation>Der Empfänger lauscht nicht: %1</translation>
    </message>
    <message>
        <source>Sign a sample event with this connector&apos;s secret and deliver it to the receiver</source>
        <translation>Ein Beispielereignis mit dem Geheimnis dieses Connectors signieren und dem Empfänger zustellen</translation>
    </message>
    <message>
        <source>Sending %1…</source>
        <translation>%1 wird gesendet…</translation>
    </message>
    <message>
        <source>Delivered %1 (HTTP %2): %3</source>
        <translation>%1 zugestellt (HTTP %2): %3</translation>
    </message>
    <message>
        <source>Not delivered: %1</source>
        <translation>Nicht zugestellt: %1</translation>
    </message>
    <message>
        <source>Not delivered (HTTP %1): %2</source>
        <translation>Nicht zugestellt (HTTP %1): %2</translation>
    </message>
</context>
<context>
    <name>Hookyard::Gui::TrayController</name>
    <message>
        <source>&amp;Show Hookyard</source>
        <translation>Hookyard &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>Hookyard::Gui::TrayPolicy</name>
    <message>
        <source>Hookyard: %1 events, %2 rejected this session</source>
        <translation>Hookyard: %1 Ereignisse, %2 abgewiesen in dieser Sitzung</translation>
    </message>
    <message>
        <source>Signatures rejected</source>
        <translation>Signaturen abgewiesen</translation>
    </message>
    <message numerus="yes">
        <source>%n deliveries failed signature checks in the last minute. Check that the saved signing secret belongs to the endpoint.</source>
        <translation>
            <numerusform>%n Zustellung hat in der letzten Minute die Signaturprüfung nicht bestanden. Prüfen Sie, ob das gespeicherte Signaturgeheimnis zum Endpoint gehört.</numerusform>
            <numerusform>%n Zustellungen haben in der letzten Minute die Signaturprüfung nicht bestanden. Prüfen Sie, ob das gespeicherte Signaturgeheimnis zum Endpoint gehört.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <source>%1 (run %2)</source>
        <translation>%1 (Lauf %2)</translation>
    </message>
    <message>
        <source>%1 on %2 (run %3)</source>
        <translation>%1 auf %2 (Lauf %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n more failed run(s) of this agent since the last notice.</source>
        <translation>
            <numerusform>%n weiterer fehlgeschlagener Lauf dieses Agenten seit der letzten Benachrichtigung.</numerusform>
            <numerusform>%n weitere fehlgeschlagene Läufe dieses Agenten seit der letzten Benachrichtigung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agent run failed</source>
        <translation>Agentenlauf fehlgeschlagen</translation>
    </message>
    <message>
        <source>Agent run timed out</source>
        <translation>Agentenlauf: Zeitlimit überschritten</translation>
    </message>
    <message>
        <source>Hookyard is still receiving</source>
        <translation>Hookyard empfängt weiter</translation>
    </message>
    <message>
        <source>Webhooks are received and agents run in the background. Use the tray icon to open the window or quit.</source>
        <translation>Webhooks werden im Hintergrund empfangen, und Agenten laufen weiter. Über das Symbol im Infobereich öffnen Sie das Fenster oder beenden Hookyard.</translation>
    </message>
</context>
<context>
    <name>Hookyard::Receiver::ConnectionGuard</name>
    <message>
        <source>the request did not arrive in time</source>
        <translation>die Anfrage ist nicht rechtzeitig eingetroffen</translation>
    </message>
</context>
<context>
    <name>Hookyard::Receiver::GuardedTcpServer</name>
    <message>
        <source>too many open connections; try again shortly</source>
        <translation>zu viele offene Verbindungen; versuchen Sie es gleich noch einmal</translation>
    </message>
    <message>
        <source>too many open connections from your address; try again shortly</source>
        <translation>zu viele offene Verbindungen von Ihrer Adresse; versuchen Sie es gleich noch einmal</translation>
    </message>
</context>
<context>
    <name>Hookyard::Receiver::ReceiverWorker</name>
    <message>
        <source>The receiver cannot open its database: %1</source>
        <translation>Der Empfänger kann seine Datenbank nicht öffnen: %1</translation>
    </message>
    <message>
        <source>Choose another port or stop the program that uses it.</source>
        <translation>Wählen Sie einen anderen Port, oder beenden Sie das Programm, das ihn belegt.</translation>
    </message>
    <message>
        <source>This machine has no such address: listen on 127.0.0.1 or on the address of one of its network interfaces.</source>
        <translation>Dieser Rechner hat diese Adresse nicht: lauschen Sie auf 127.0.0.1 oder auf der Adresse einer seiner Netzwerkschnittstellen.</translation>
    </message>
    <message>
        <source>Choose another address or port.</source>
        <translation>Wählen Sie eine andere Adresse oder einen anderen Port.</translation>
    </message>
    <message>
        <source>The receiver cannot listen on %1:%2 (%3). %4</source>
        <translation>Der Empfänger kann nicht auf %1:%2 lauschen (%3). %4</translation>
    </message>
</context>
<context>
    <name>Hookyard::Storage</name>
    <message>
        <source>Could not save the connector: %1. Check that the data directory is writable and the disk not full.</source>
        <translation>Der Connector konnte nicht gespeichert werden: %1. Prüfen Sie, ob das Datenverzeichnis beschreibbar und die Festplatte nicht voll ist.</translation>
    </message>
    <message>
        <source>%1 is a file, not a directory: choose a directory with --data-dir.</source>
        <translation>%1 ist eine Datei, kein Verzeichnis: wählen Sie mit --data-dir ein Verzeichnis.</translation>
    </message>
    <message>
        <source>Could not create the data directory %1: check that the parent directory exists and is writable, or choose another one with --data-dir.</source>
        <translation>Das Datenverzeichnis %1 konnte nicht angelegt werden: prüfen Sie, ob das übergeordnete Verzeichnis existiert und beschreibbar ist, oder wählen Sie mit --data-dir ein anderes.</translation>
    </message>
    <message>
        <source>The data directory %1 is not writable: give your user write access to it, or choose another one with --data-dir.</source>
        <translation>Das Datenverzeichnis %1 ist nicht beschreibbar: geben Sie Ihrem Benutzer Schreibrechte darauf, oder wählen Sie mit --data-dir ein anderes.</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 s: unlock it, or set secrets.backend to &quot;file&quot;.</source>
        <translation>Der Schlüsselbund hat nicht innerhalb von %1 s geantwortet: entsperren Sie ihn, oder setzen Sie secrets.backend auf &quot;file&quot;.</translation>
    </message>
    <message>
        <source>The database is not an open SQLite connection.</source>
        <translation>Die Datenbank ist keine geöffnete SQLite-Verbindung.</translation>
    </message>
    <message>
        <source>The database %1 was created by a newer Hookyard (schema %2); upgrade Hookyard or use another --data-dir.</source>
        <translation>Die Datenbank %1 wurde von einem neueren Hookyard angelegt (Schema %2); aktualisieren Sie Hookyard, oder verwenden Sie ein anderes --data-dir.</translation>
    </message>
    <message>
        <source>%1 is not a Hookyard database: move it away or use another --data-dir.</source>
        <translation>%1 ist keine Hookyard-Datenbank: verschieben Sie sie, oder verwenden Sie ein anderes --data-dir.</translation>
    </message>
    <message>
        <source>The schema of version %1 is missing from this build of Hookyard.</source>
        <translation>Das Schema der Version %1 fehlt in diesem Build von Hookyard.</translation>
    </message>
    <message>
        <source>Could not upgrade the database %1 to schema version %2: %3</source>
        <translation>Die Datenbank %1 konnte nicht auf Schemaversion %2 aktualisiert werden: %3</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 s. QT_NO_GLIB is set, and the keychain library needs GLib&apos;s event loop: unset QT_NO_GLIB, or set secrets.backend to &quot;file&quot;.</source>
        <translation>Der Schlüsselbund hat nicht innerhalb von %1 s geantwortet. QT_NO_GLIB ist gesetzt, und die Schlüsselbund-Bibliothek braucht die Ereignisschleife von GLib: entfernen Sie QT_NO_GLIB, oder setzen Sie secrets.backend auf &quot;file&quot;.</translation>
    </message>
</context>
<context>
    <name>Hookyard::Storage::ConnectorRepository</name>
    <message>
        <source>A connector named &quot;%1&quot; already exists: choose another name, or remove that one first.</source>
        <translation>Ein Connector namens „%1“ existiert bereits: wählen Sie einen anderen Namen, oder entfernen Sie zuerst diesen.</translation>
    </message>
    <message>
        <source>Could not read the connectors: %1.</source>
        <translation>Die Connectors konnten nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>The signature tolerance must be at least 1 second.</source>
        <translation>Die Signaturtoleranz muss mindestens 1 Sekunde betragen.</translation>
    </message>
    <message>
        <source>There is no connector &quot;%1&quot; (any more): list them with `hookyard connector list`.</source>
        <translation>Es gibt (inzwischen) keinen Connector „%1“: `hookyard connector list` listet sie auf.</translation>
    </message>
    <message>
        <source>There is no connector with the id %1: list them with `hookyard connector list`.</source>
        <translation>Es gibt keinen Connector mit der ID %1: `hookyard connector list` listet sie auf.</translation>
    </message>
    <message>
        <source>A connector needs a name, for example &quot;billing&quot;.</source>
        <translation>Ein Connector braucht einen Namen, zum Beispiel „abrechnung“.</translation>
    </message>
    <message>
        <source>The connector name is %1 characters long; use at most %2.</source>
        <translation>Der Name des Connectors ist %1 Zeichen lang; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <source>The connector name &quot;%1&quot; may only contain letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;.</source>
        <translation>Der Connector-Name „%1“ darf nur Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; und &apos;.&apos; enthalten.</translation>
    </message>
    <message>
        <source>The connector name &quot;%1&quot; may only contain letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;: &quot;%2&quot; would do.</source>
        <translation>Der Connector-Name „%1“ darf nur Buchstaben, Ziffern, „-“, „_“ und „.“ enthalten: „%2“ ginge.</translation>
    </message>
</context>
<context>
    <name>Hookyard::Storage::DataDirLock</name>
    <message>
        <source>process %1 (%2) on host %3</source>
        <translation>Prozess %1 (%2) auf Host %3</translation>
    </message>
    <message>
        <source>another process</source>
        <translation>ein anderer Prozess</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>the lock file %1 cannot be created (%2): free some space on its disk, or give your user write access to the folder</source>
        <translation>die Sperrdatei %1 kann nicht angelegt werden (%2): schaffen Sie Platz auf ihrem Datenträger oder geben Sie Ihrem Benutzer Schreibrechte für den Ordner</translation>
    </message>
</context>
<context>
    <name>Hookyard::Storage::Database</name>
    <message>
        <source>No data directory given: pass --data-dir DIR.</source>
        <translation>Kein Datenverzeichnis angegeben: übergeben Sie --data-dir DIR.</translation>
    </message>
    <message>
        <source>The database %1 is read-only for your user: give your user write access to it, or use another --data-dir.</source>
        <translation>Die Datenbank %1 ist für Ihren Benutzer schreibgeschützt: geben Sie Ihrem Benutzer Schreibrechte darauf, oder verwenden Sie ein anderes --data-dir.</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt is missing: install the package libqt6sql6-sqlite.</source>
        <translation>Der SQLite-Treiber von Qt fehlt: installieren Sie das Paket libqt6sql6-sqlite.</translation>
    </message>
    <message>
        <source>Could not open the database %1 (%2): check that the data directory is writable, or use another --data-dir.</source>
        <translation>Die Datenbank %1 konnte nicht geöffnet werden (%2): prüfen Sie, ob das Datenverzeichnis beschreibbar ist, oder verwenden Sie ein anderes --data-dir.</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt did not give access to its connection.</source>
        <translation>Der SQLite-Treiber von Qt hat keinen Zugriff auf seine Verbindung gewährt.</translation>
    </message>
    <message>
        <source>The database %1 was created by a newer Hookyard (schema %2); upgrade Hookyard or use another --data-dir.</source>
        <translation>Die Datenbank %1 wurde von einem neueren Hookyard angelegt (Schema %2); aktualisieren Sie Hookyard, oder verwenden Sie ein anderes --data-dir.</translation>
    </message>
    <message>
        <source>Could not switch the database %1 to WAL mode (it stayed in %2 mode): keep the data directory on a local file system.</source>
        <translation>Die Datenbank %1 konnte nicht in den WAL-Modus wechseln (sie blieb im Modus %2): legen Sie das Datenverzeichnis auf ein lokales Dateisystem.</translation>
    </message>
    <message>
        <source>The disk that holds %1 is full: free some space. Deliveries are answered 503 meanwhile and Stripe retries them.</source>
        <translation>Die Festplatte mit %1 ist voll: schaffen Sie Platz. Zustellungen werden bis dahin mit 503 beantwortet, und Stripe wiederholt sie.</translation>
    </message>
    <message>
        <source>The database in %1 cannot be written (%2): give your user write access to the directory and its files, or use another --data-dir.</source>
        <translation>Die Datenbank in %1 kann nicht geschrieben werden (%2): geben Sie Ihrem Benutzer Schreibrechte auf das Verzeichnis und seine Dateien, oder verwenden Sie ein anderes --data-dir.</translation>
    </message>
    <message>
        <source>The database in %1 stayed locked by another process: try again; if it persists, check which Hookyard processes use this data dir.</source>
        <translation>Die Datenbank in %1 blieb von einem anderen Prozess gesperrt: versuchen Sie es erneut; wenn das anhält, prüfen Sie, welche Hookyard-Prozesse dieses Datenverzeichnis verwenden.</translation>
    </message>
    <message>
        <source>Could not read or write the database in %1 (%2): check the disk and free space.</source>
        <translation>Die Datenbank in %1 konnte nicht gelesen oder geschrieben werden (%2): prüfen Sie die Festplatte und den freien Platz.</translation>
    </message>
    <message>
        <source>The database in %1 is damaged or is not a Hookyard database (%2): move hookyard.db away or use another --data-dir.</source>
        <translation>Die Datenbank in %1 ist beschädigt oder keine Hookyard-Datenbank (%2): verschieben Sie hookyard.db, oder verwenden Sie ein anderes --data-dir.</translation>
    </message>
    <message>
        <source>The database in %1 reported an error: %2.</source>
        <translation>Die Datenbank in %1 meldet einen Fehler: %2.</translation>
    </message>
    <message>
        <source>%1 is not a Hookyard database: move it away or use another --data-dir.</source>
        <translation>%1 ist keine Hookyard-Datenbank: verschieben Sie sie, oder verwenden Sie ein anderes --data-dir.</translation>
    </message>
</context>
<context>
    <name>Hookyard::Storage::DeliveryWriter</name>
    <message>
        <source>The database connection is closed.</source>
        <translation>Die Datenbankverbindung ist geschlossen.</translation>
    </message>
</context>
<context>
    <name>Hookyard::Storage::EventPruner</name>
    <message>
        <source>Could not remove old events: %1.</source>
        <translation>Alte Ereignisse konnten nicht entfernt werden: %1.</translation>
    </message>
</context>
<context>
    <name>Hookyard::Storage::EventRepository</name>
    <message>
        <source>Could not read the events: %1.</source>
        <translation>Die Ereignisse konnten nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>Could not read the deliveries: %1.</source>
        <translation>Die Zustellungen konnten nicht gelesen werden: %1.</translation>
    </message>
</context>
<context>
    <name>Hookyard::Storage::FileSecretStore</name>
    <message>
        <source>The secrets file %1 stayed locked by another Hookyard process: try again.</source>
        <translation>Die Geheimnisdatei %1 blieb von einem anderen Hookyard-Prozess gesperrt: versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot read the secrets file %1 (%2): check its owner and permissions.</source>
        <translation>Die Geheimnisdatei %1 kann nicht gelesen werden (%2): prüfen Sie Eigentümer und Berechtigungen.</translation>
    </message>
    <message>
        <source>The secrets file %1 is not a regular file: move it away.</source>
        <translation>Die Geheimnisdatei %1 ist keine reguläre Datei: verschieben Sie sie.</translation>
    </message>
    <message>
        <source>The secrets file %1 can be read by other users (mode %2): run `chmod 600 %1` and try again.</source>
        <translation>Die Geheimnisdatei %1 ist für andere Benutzer lesbar (Modus %2): führen Sie `chmod 600 %1` aus und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The secrets file %1 is damaged (not a JSON object): restore it from a backup, or move it away and save the signing secrets again.</source>
        <translation>Die Geheimnisdatei %1 ist beschädigt (kein JSON-Objekt): stellen Sie sie aus einer Sicherung wieder her, oder verschieben Sie sie und speichern Sie die Signaturgeheimnisse erneut.</translation>
    </message>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>Das Datenverzeichnis %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write the secrets file in %1 (%2): check that the data directory is writable.</source>
        <translation>Die Geheimnisdatei in %1 kann nicht geschrieben werden (%2): prüfen Sie, ob das Datenverzeichnis beschreibbar ist.</translation>
    </message>
    <message>
        <source>Cannot write the secrets file %1 (%2): check the free space and permissions of the data directory.</source>
        <translation>Die Geheimnisdatei %1 kann nicht geschrieben werden (%2): prüfen Sie freien Platz und Berechtigungen des Datenverzeichnisses.</translation>
    </message>
    <message>
        <source>file %1 (created with mode 0600 when a secret is saved)</source>
        <translation>Datei %1 (wird beim Speichern eines Geheimnisses mit Modus 0600 angelegt)</translation>
    </message>
    <message>
        <source>file %1 (mode %2)</source>
        <translation>Datei %1 (Modus %2)</translation>
    </message>
    <message>
        <source>Cannot remove the secrets file %1 (%2): check the permissions of the data directory.</source>
        <translation>Die Geheimnisdatei %1 lässt sich nicht entfernen (%2): prüfen Sie die Berechtigungen des Datenordners.</translation>
    </message>
</context>
<context>
    <name>Hookyard::Storage::KeychainSecretStore</name>
    <message>
        <source>keychain (Secret Service)</source>
        <translation>Schlüsselbund (Secret Service)</translation>
    </message>
    <message>
        <source>Access to the keychain was denied: unlock it and allow Hookyard.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert: entsperren Sie ihn und erlauben Sie Hookyard den Zugriff.</translation>
    </message>
    <message>
        <source>No keychain is available on this machine: set secrets.backend to &quot;file&quot;.</source>
        <translation>Auf diesem Rechner ist kein Schlüsselbund verfügbar: setzen Sie secrets.backend auf &quot;file&quot;.</translation>
    </message>
    <message>
        <source>The keychain does not support this operation.</source>
        <translation>Der Schlüsselbund unterstützt diesen Vorgang nicht.</translation>
    </message>
    <message>
        <source>The keychain did not return what was written to it.</source>
        <translation>Der Schlüsselbund hat nicht zurückgegeben, was hineingeschrieben wurde.</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1. Start and unlock the desktop&apos;s keychain (a Secret Service such as GNOME Keyring or KWallet), or keep the secrets in a file: hookyard settings set secrets.backend file</source>
        <translation>Der Schlüsselbund meldet einen Fehler: %1. Starten und entsperren Sie den Schlüsselbund des Desktops (einen Secret Service wie GNOME Keyring oder KWallet), oder bewahren Sie die Geheimnisse in einer Datei auf: hookyard settings set secrets.backend file</translation>
    </message>
    <message>
        <source>the keychain returned no signing secret for this connector: if the keychain is locked, unlock it and restart Hookyard; otherwise save the secret again</source>
        <translation>der Schlüsselbund hat für diesen Connector kein Signaturgeheimnis geliefert: ist er gesperrt, entsperren Sie ihn und starten Sie Hookyard neu; sonst speichern Sie das Geheimnis erneut</translation>
    </message>
</context>
<context>
    <name>Hookyard::Storage::RunRepository</name>
    <message>
        <source>cannot queue the run: %1</source>
        <translation>der Lauf kann nicht eingereiht werden: %1</translation>
    </message>
</context>
<context>
    <name>Hookyard::Storage::SecretStore</name>
    <message>
        <source>%1, as the setting secrets.backend asks</source>
        <translation>%1, wie die Einstellung secrets.backend verlangt</translation>
    </message>
    <message>
        <source>%1, chosen earlier for this data dir</source>
        <translation>%1, früher für dieses Datenverzeichnis gewählt</translation>
    </message>
    <message>
        <source>%1, which answered</source>
        <translation>%1, der geantwortet hat</translation>
    </message>
    <message>
        <source>%1, because no keychain answered (%2)</source>
        <translation>%1, weil kein Schlüsselbund geantwortet hat (%2)</translation>
    </message>
    <message>
        <source>the signing secret of this connector is missing from the secret store; save it again</source>
        <translation>das Signaturgeheimnis dieses Connectors fehlt im Geheimnisspeicher; speichern Sie es erneut</translation>
    </message>
</context>
<context>
    <name>Hookyard::Storage::SettingsRepository</name>
    <message>
        <source>Could not save the setting %1: %2. Check that the data directory is writable and the disk not full.</source>
        <translation>Die Einstellung %1 konnte nicht gespeichert werden: %2. Prüfen Sie, ob das Datenverzeichnis beschreibbar und die Festplatte nicht voll ist.</translation>
    </message>
    <message>
        <source>Could not reset the setting %1: %2.</source>
        <translation>Die Einstellung %1 konnte nicht zurückgesetzt werden: %2.</translation>
    </message>
</context>
<context>
    <name>LinkAgentsDialog</name>
    <message>
        <source>Link Agents</source>
        <translation>Agenten verknüpfen</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
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
        <translation>Reagiert auf</translation>
    </message>
</context>
<context>
    <name>NewConnectorDialog</name>
    <message>
        <source>New Connector</source>
        <translation>Neuer Connector</translation>
    </message>
    <message>
        <source>A connector is one webhook endpoint. Give it a name; Hookyard creates its unguessable URL.</source>
        <translation>Ein Connector ist ein Webhook-Endpoint. Geben Sie ihm einen Namen; Hookyard erzeugt seine nicht zu erratende URL.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>billing</source>
        <translation>abrechnung</translation>
    </message>
</context>
<context>
    <name>RequestFramer</name>
    <message>
        <source>the request headers are larger than %1 bytes</source>
        <translation>die Header der Anfrage sind größer als %1 Bytes</translation>
    </message>
    <message>
        <source>malformed HTTP request (%1)</source>
        <translation>fehlerhafte HTTP-Anfrage (%1)</translation>
    </message>
    <message>
        <source>the request is larger than %1 bytes on the wire</source>
        <translation>die Anfrage ist auf der Leitung größer als %1 Bytes</translation>
    </message>
    <message>
        <source>malformed request line; expected &quot;POST /path HTTP/1.1&quot;</source>
        <translation>fehlerhafte Anfragezeile; erwartet wird &quot;POST /path HTTP/1.1&quot;</translation>
    </message>
    <message>
        <source>the request line is longer than %1 bytes</source>
        <translation>die Anfragezeile ist länger als %1 Bytes</translation>
    </message>
    <message>
        <source>trailers after a chunked body are not supported</source>
        <translation>Trailer nach einem Chunked-Body werden nicht unterstützt</translation>
    </message>
    <message>
        <source>more than %1 header fields</source>
        <translation>mehr als %1 Header-Felder</translation>
    </message>
    <message>
        <source>a header name contains a character HTTP does not allow</source>
        <translation>ein Header-Name enthält ein Zeichen, das HTTP nicht erlaubt</translation>
    </message>
    <message>
        <source>protocol upgrades are not supported</source>
        <translation>Protokoll-Upgrades werden nicht unterstützt</translation>
    </message>
    <message>
        <source>unsupported Transfer-Encoding</source>
        <translation>nicht unterstütztes Transfer-Encoding</translation>
    </message>
    <message>
        <source>the body is larger than the limit of %1 bytes</source>
        <translation>der Body ist größer als das Limit von %1 Bytes</translation>
    </message>
    <message>
        <source>webhooks are delivered with POST</source>
        <translation>Webhooks werden per POST zugestellt</translation>
    </message>
    <message>
        <source>this port speaks plain HTTP, not HTTPS: use an http:// URL, or let a tunnel or reverse proxy in front of it do the TLS</source>
        <translation>dieser Port spricht einfaches HTTP, nicht HTTPS: verwenden Sie eine http://-URL oder lassen Sie einen Tunnel oder Reverse Proxy davor das TLS übernehmen</translation>
    </message>
</context>
<context>
    <name>WebhookHandler</name>
    <message>
        <source>no such path; webhook URLs look like %1&lt;connector-id&gt;</source>
        <translation>diesen Pfad gibt es nicht; Webhook-URLs sehen so aus: %1&lt;connector-id&gt;</translation>
    </message>
    <message>
        <source>webhooks are delivered with POST</source>
        <translation>Webhooks werden per POST zugestellt</translation>
    </message>
    <message>
        <source>no connector has this URL</source>
        <translation>kein Connector hat diese URL</translation>
    </message>
    <message>
        <source>this connector is disabled</source>
        <translation>dieser Connector ist deaktiviert</translation>
    </message>
    <message>
        <source>this connector has no signing secret yet; save the whsec_ secret that Stripe shows for this endpoint</source>
        <translation>dieser Connector hat noch kein Signaturgeheimnis; speichern Sie das whsec_-Geheimnis, das Stripe für diesen Endpoint anzeigt</translation>
    </message>
    <message>
        <source>the event could not be stored; retry later</source>
        <translation>das Ereignis konnte nicht gespeichert werden; später erneut versuchen</translation>
    </message>
    <message>
        <source>too many rejected requests from your address; retry in %1 s</source>
        <translation>zu viele abgewiesene Anfragen von Ihrer Adresse; erneut versuchen in %1 s</translation>
    </message>
    <message>
        <source>this connector receives more deliveries than its rate limit; retry in %1 s</source>
        <translation>dieser Connector erhält mehr Zustellungen, als sein Ratenlimit erlaubt; erneut versuchen in %1 s</translation>
    </message>
    <message numerus="yes">
        <source>the request has %n Stripe-Signature headers: Stripe sends exactly one, so a proxy or the client added one</source>
        <translation>
            <numerusform>die Anfrage hat %n Stripe-Signature-Header: Stripe sendet genau einen, ein Proxy oder der Client hat also einen hinzugefügt</numerusform>
            <numerusform>die Anfrage hat %n Stripe-Signature-Header: Stripe sendet genau einen, ein Proxy oder der Client hat also einen hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>Stripe-Signature header is empty</source>
        <translation>der Stripe-Signature-Header ist leer</translation>
    </message>
    <message>
        <source>this connector&apos;s signing secret is saved but cannot be read on this machine; Hookyard&apos;s log and window say why</source>
        <translation>das Signaturgeheimnis dieses Connectors ist gespeichert, kann auf diesem Rechner aber nicht gelesen werden; Hookyards Protokoll und Fenster sagen, warum</translation>
    </message>
</context>
</TS>
