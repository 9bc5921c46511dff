# German and French translations of every string Hookyard shows, keyed by the English source.
#
# t(source, de, fr) translates `source` in every context; t(..., context="Ctx") only in one
# (it wins over the general entry). Plural messages (%n) take a list of forms: [one, other].
# fill_translations.py writes them into translations/hookyard_*.ts.
#
# Vocabulary (keep it consistent):
#   connector     Connector (de, der; pl. Connectors)      connecteur (fr)
#   webhook       Webhook (der)                             webhook (le)
#   signing secret Signaturgeheimnis (das)                  secret de signature (le)
#   agent         Agent (der; pl. Agenten)                  agent
#   run           Lauf (der; pl. Läufe)                     exécution (la)
#   event         Ereignis (das)                            événement (le)
#   delivery      Zustellung (die)                          livraison (la)
#   secret store  Geheimnisspeicher                         stockage des secrets
#   keychain      Schlüsselbund                             trousseau
#   data dir      Datenverzeichnis / Datenordner            répertoire / dossier de données
#   receiver      Empfänger                                 récepteur
#   rate limit    Ratenlimit; burst = Burst                 limite de débit; rafale
# Kept in English: command names and options, setting keys, file names, whsec_, sk_…, JSON keys,
# HTTP header names, URLs, code in backticks. French: write plain spaces before : ; ? ! and inside
# « »; fill_translations.py turns them into no-break spaces.

CATALOG = {}


def t(source, de, fr, context=None):
    CATALOG[(context, source) if context else source] = {"de": de, "fr": fr}


# --- ui/connectordetails.ui -------------------------------------------------------------------
t("&Remove…", "&Entfernen…", "&Supprimer…")
t("Remove this connector; its event history stays readable",
  "Diesen Connector entfernen; seine Ereignisse bleiben lesbar",
  "Supprimer ce connecteur ; l'historique de ses événements reste consultable")
t("<b>No signing secret yet.</b> Deliveries to this connector are refused (HTTP 503) until you "
  "save the signing secret below. Stripe retries refused deliveries for up to three days, so "
  "nothing is lost.",
  "<b>Noch kein Signaturgeheimnis.</b> Zustellungen an diesen Connector werden abgewiesen "
  "(HTTP 503), bis Sie unten das Signaturgeheimnis speichern. Stripe wiederholt abgewiesene "
  "Zustellungen bis zu drei Tage lang, es geht also nichts verloren.",
  "<b>Pas encore de secret de signature.</b> Les livraisons à ce connecteur sont refusées "
  "(HTTP 503) tant que vous n'avez pas enregistré le secret de signature ci-dessous. Stripe "
  "retente les livraisons refusées pendant trois jours au plus : rien n'est perdu.")
t("1. Webhook URL", "1. Webhook-URL", "1. URL du webhook")
t("Webhook URL", "Webhook-URL", "URL du webhook")
t("&Copy URL", "URL &kopieren", "&Copier l'URL")
t("Copy the webhook URL to the clipboard", "Die Webhook-URL in die Zwischenablage kopieren",
  "Copier l'URL du webhook dans le presse-papiers")
t("Stripe CLI command", "Befehl für die Stripe CLI", "Commande de la CLI Stripe")
t("Copy Co&mmand", "Befehl k&opieren", "Copier la co&mmande")
t("2. Signing secret", "2. Signaturgeheimnis", "2. Secret de signature")
t("Paste the endpoint's signing secret from Stripe (it starts with whsec_). It is kept in the "
  "secret store, never in the database.",
  "Fügen Sie das Signaturgeheimnis des Endpoints aus Stripe ein (es beginnt mit whsec_). Es wird "
  "im Geheimnisspeicher abgelegt, nie in der Datenbank.",
  "Collez le secret de signature de l'endpoint fourni par Stripe (il commence par whsec_). Il est "
  "conservé dans le stockage des secrets, jamais dans la base de données.")
t("whsec_…", "whsec_…", "whsec_…")
t("Signing secret", "Signaturgeheimnis", "Secret de signature")
t("S&how", "An&zeigen", "Affic&her")
t("Show or hide the secret you are typing", "Das eingegebene Geheimnis anzeigen oder verbergen",
  "Afficher ou masquer le secret saisi")
t("&Paste", "Einf&ügen", "C&oller")
t("&Save Secret", "Geheimnis &speichern", "&Enregistrer le secret")
t("&Keep the previous secret valid for", "Bisheriges Geheimnis &gültig lassen für",
  "&Garder l'ancien secret valide pendant")
t("When you roll the secret in Stripe, Stripe keeps signing with the old one for a while: "
  "accept both meanwhile",
  "Wenn Sie das Geheimnis in Stripe erneuern, signiert Stripe noch eine Weile mit dem alten: "
  "so lange werden beide akzeptiert",
  "Quand vous renouvelez le secret dans Stripe, Stripe signe encore un moment avec l'ancien : "
  "les deux sont acceptés pendant ce temps")
t(" h", " h", " h")
t("Activity", "Aktivität", "Activité")
t("Received:", "Empfangen:", "Reçus :")
t("Rejected:", "Abgewiesen:", "Rejetées :")
t("Last event:", "Letztes Ereignis:", "Dernier événement :")
t("Agents:", "Agenten:", "Agents :")
t("&Link Agents…", "Agenten &verknüpfen…", "L&ier des agents…")
t("Choose the agents that run for this connector's events",
  "Die Agenten wählen, die bei Ereignissen dieses Connectors laufen",
  "Choisir les agents qui s'exécutent sur les événements de ce connecteur")
t("&Test event:", "&Testereignis:", "Événement de &test :")
t("Send &Test Event", "Testereignis sen&den", "En&voyer un événement de test")
t("Sign a sample event with this connector's secret and deliver it to the receiver, like "
  "`stripe trigger`",
  "Ein Beispielereignis mit dem Geheimnis dieses Connectors signieren und dem Empfänger "
  "zustellen, wie `stripe trigger`",
  "Signer un événement d'exemple avec le secret de ce connecteur et le livrer au récepteur, "
  "comme `stripe trigger`")
t("Options", "Optionen", "Options")
t("&Enabled (a disabled connector answers 404)",
  "&Aktiv (ein deaktivierter Connector antwortet mit 404)",
  "&Activé (un connecteur désactivé répond 404)")
t("Timestamp &tolerance:", "Zeitstempel-To&leranz:", "Tolé&rance d'horodatage :")
t(" s", " s", " s")
t("&Rate limit:", "&Ratenlimit:", "&Limite de débit :")
t("Deliveries per second; 0 = unlimited", "Zustellungen pro Sekunde; 0 = unbegrenzt",
  "Livraisons par seconde ; 0 = illimité")
t("Default", "Standard", "Par défaut")
t(" /s", " /s", " /s")
t("B&urst:", "B&urst:", "Ra&fale :")
t("&Apply Options", "Optionen ü&bernehmen", "A&ppliquer les options")

# --- ui/agentconnectorsdialog.ui, ui/linkagentsdialog.ui -----------------------------------------
t("Agent Connectors", "Connectors des Agenten", "Connecteurs de l'agent")
t("&All connectors, also the ones created later", "Alle &Connectors, auch später angelegte",
  "&Tous les connecteurs, y compris ceux créés plus tard")
t("&Only these:", "&Nur diese:", "&Seulement ceux-ci :")
t("Link Agents", "Agenten verknüpfen", "Lier des agents")
t("Reacts to", "Reagiert auf", "Réagit à")

# --- Hookyard::Agents -------------------------------------------------------------------------
t('the name "%1" is already used by %2', "der Name „%1“ wird bereits von %2 verwendet",
  "le nom « %1 » est déjà utilisé par %2")
t("error", "Fehler", "erreur")
t("warning", "Warnung", "avertissement")
t("unterminated single quote", "einfaches Anführungszeichen nicht geschlossen",
  "apostrophe non refermée")
t("unterminated double quote", "doppeltes Anführungszeichen nicht geschlossen",
  "guillemet double non refermé")

t("Dunning: recover failed payments", "Mahnwesen: fehlgeschlagene Zahlungen eintreiben",
  "Relances : récupérer les paiements échoués")
t("Drafts a recovery message naming the amount and the decline reason when a payment or an "
  "invoice payment fails.",
  "Entwirft eine Zahlungserinnerung mit Betrag und Ablehnungsgrund, wenn eine Zahlung oder die "
  "Zahlung einer Rechnung fehlschlägt.",
  "Rédige un message de relance indiquant le montant et le motif du refus quand un paiement ou "
  "le paiement d'une facture échoue.")
t("Onboarding: welcome upgrades", "Onboarding: Upgrades begrüßen",
  "Accueil : saluer les montées en gamme")
t("Welcomes a customer to a new or higher plan; other subscription updates are skipped by its "
  "middleware.",
  "Begrüßt Kunden in einem neuen oder höheren Tarif; andere Abo-Änderungen überspringt seine "
  "Middleware.",
  "Souhaite la bienvenue à un client dans une offre nouvelle ou supérieure ; son middleware "
  "ignore les autres modifications d'abonnement.")
t("Fraud review: warnings and disputes", "Betrugsprüfung: Warnungen und Zahlungsanfechtungen",
  "Examen des fraudes : alertes et litiges")
t("Summarises an early fraud warning or a dispute with the recommended step and the evidence "
  "deadline.",
  "Fasst eine frühe Betrugswarnung oder eine Zahlungsanfechtung zusammen, mit dem empfohlenen "
  "Schritt und der Frist für Nachweise.",
  "Résume une alerte précoce de fraude ou un litige, avec l'étape recommandée et la date limite "
  "des justificatifs.")
t("Churn prevention: win-back offers", "Kündigungen vorbeugen: Rückgewinnungsangebote",
  "Prévention du désabonnement : offres de reconquête")
t("Drafts a win-back offer when a subscription is cancelled or set to end at the period's end.",
  "Entwirft ein Rückgewinnungsangebot, wenn ein Abo gekündigt wird oder zum Ende des Zeitraums "
  "auslaufen soll.",
  "Rédige une offre de reconquête quand un abonnement est résilié ou prévu pour s'arrêter à la "
  "fin de la période.")
t("cannot create the folder %1", "der Ordner %1 kann nicht angelegt werden",
  "impossible de créer le dossier %1")
t("%1 exists already (use --replace to overwrite it)",
  "%1 existiert bereits (mit --replace überschreiben)",
  "%1 existe déjà (utilisez --replace pour l'écraser)")
t("cannot write %1: %2", "%1 kann nicht geschrieben werden: %2", "impossible d'écrire %1 : %2")

t("command not found: %1", "Befehl nicht gefunden: %1", "commande introuvable : %1")
t(" (to run the file next to the agent, write ./%1)",
  " (um die Datei neben dem Agenten auszuführen, schreiben Sie ./%1)",
  " (pour lancer le fichier situé à côté de l'agent, écrivez ./%1)")
t("cancelled", "abgebrochen", "annulée")
t("killed %1 after it ignored the request to terminate",  # %1: a duration such as 5s
  "%1 nach der ignorierten Aufforderung zum Beenden hart beendet (kill)",
  "tuée (kill) %1 après avoir ignoré la demande d'arrêt")
t("terminated", "beendet", "arrêtée")
t("timed out after %1; %2", "Zeitlimit nach %1 überschritten; %2", "délai dépassé après %1 ; %2")
t("crashed with signal %1 (%2)", "mit Signal %1 abgestürzt (%2)", "plantage sur le signal %1 (%2)")
t("exited with status %1", "mit Status %1 beendet", "terminée avec le code %1")
t("could not start %1: %2", "%1 konnte nicht gestartet werden: %2",
  "impossible de démarrer %1 : %2")

t('this agent has no command and no default agent command is set: add `command:` to %1 or run '
  '`hookyard settings set agents.default_command "…"`',
  'dieser Agent hat keinen Befehl, und es ist kein Standardbefehl für Agenten gesetzt: ergänzen '
  'Sie `command:` in %1 oder führen Sie `hookyard settings set agents.default_command "…"` aus',
  "cet agent n'a pas de commande et aucune commande d'agent par défaut n'est définie : ajoutez "
  '`command:` à %1 ou lancez `hookyard settings set agents.default_command "…"`')
t("the default agent command (agents.default_command) cannot be used: %1",
  "der Standardbefehl für Agenten (agents.default_command) ist nicht verwendbar: %1",
  "la commande d'agent par défaut (agents.default_command) est inutilisable : %1")
t("it is empty", "er ist leer", "elle est vide")
t("middleware %1", "Middleware %1", "middleware %1")
t("skipped: the middleware exited with status %1",
  "übersprungen: die Middleware endete mit Status %1",
  "ignorée : le middleware s'est terminé avec le code %1")
t("skipped: the middleware exited with status %1: %2",
  "übersprungen: die Middleware endete mit Status %1: %2",
  "ignorée : le middleware s'est terminé avec le code %1 : %2")
t("middleware: %1", "Middleware: %1", "middleware : %1")
t("skipped: the middleware printed nothing", "übersprungen: die Middleware hat nichts ausgegeben",
  "ignorée : le middleware n'a rien affiché")
t("the middleware printed more than %1 bytes", "die Middleware hat mehr als %1 Bytes ausgegeben",
  "le middleware a affiché plus de %1 octets")

# --- Hookyard::Agents::AgentSpecReader ----------------------------------------------------------
t("line %1, column %2: %3", "Zeile %1, Spalte %2: %3", "ligne %1, colonne %2 : %3")
t("cannot read the file: %1", "die Datei kann nicht gelesen werden: %1",
  "impossible de lire le fichier : %1")
t("the file is larger than %1 bytes", "die Datei ist größer als %1 Bytes",
  "le fichier dépasse %1 octets")
t("`%1` must be a list of strings", "`%1` muss eine Liste von Zeichenketten sein",
  "`%1` doit être une liste de chaînes")
t("every item of `%1` must be a non-empty string",
  "jeder Eintrag von `%1` muss eine nicht leere Zeichenkette sein",
  "chaque élément de `%1` doit être une chaîne non vide")
t("`%1`: %2", "`%1`: %2", "`%1` : %2")
t("`%1` is empty", "`%1` ist leer", "`%1` est vide")
t("`%1` contains %2, which is passed as an argument: commands run without a shell",
  "`%1` enthält %2, das als Argument übergeben wird: Befehle laufen ohne Shell",
  "`%1` contient %2, qui est transmis comme argument : les commandes s'exécutent sans shell")
t("`%1` must be a list of arguments or a string",
  "`%1` muss eine Liste von Argumenten oder eine Zeichenkette sein",
  "`%1` doit être une liste d'arguments ou une chaîne")
t("every argument of `%1` must be a string", "jedes Argument von `%1` muss eine Zeichenkette sein",
  "chaque argument de `%1` doit être une chaîne")
t("`%1` needs a program name", "`%1` braucht einen Programmnamen",
  "`%1` doit nommer un programme")
t("`%1` must be a whole number from %2 to %3", "`%1` muss eine ganze Zahl von %2 bis %3 sein",
  "`%1` doit être un nombre entier de %2 à %3")
t("`env` must be a map of NAME: value", "`env` muss eine Zuordnung NAME: Wert sein",
  "`env` doit être une table NOM: valeur")
t("`env` names must be letters, digits and '_', not starting with a digit",
  "Namen in `env` dürfen nur Buchstaben, Ziffern und '_' enthalten und nicht mit einer Ziffer "
  "beginnen",
  "les noms de `env` ne contiennent que des lettres, des chiffres et '_', et ne commencent pas "
  "par un chiffre")
t("the value of `env.%1` must be a string", "der Wert von `env.%1` muss eine Zeichenkette sein",
  "la valeur de `env.%1` doit être une chaîne")
t("`env.%1` is ignored: Hookyard sets HOOKYARD_* variables itself",
  "`env.%1` wird ignoriert: HOOKYARD_*-Variablen setzt Hookyard selbst",
  "`env.%1` est ignoré : Hookyard définit lui-même les variables HOOKYARD_*")
t("not valid YAML: %1", "kein gültiges YAML: %1", "YAML non valide : %1")
t("the file is empty: an agent needs at least `name:`",
  "die Datei ist leer: ein Agent braucht mindestens `name:`",
  "le fichier est vide : un agent a besoin au moins de `name:`")
t("an agent file must be a map of keys (name:, command:, ...)",
  "eine Agentendatei muss eine Zuordnung von Schlüsseln sein (name:, command:, ...)",
  "un fichier d'agent doit être une table de clés (name:, command:, ...)")
t("keys must be plain words", "Schlüssel müssen einfache Wörter sein",
  "les clés doivent être des mots simples")
t("`%1` appears twice", "`%1` kommt zweimal vor", "`%1` apparaît deux fois")
t("`name` must be a string", "`name` muss eine Zeichenkette sein", "`name` doit être une chaîne")
t("`model` must be a string", "`model` muss eine Zeichenkette sein",
  "`model` doit être une chaîne")
t("both `system` and `system_prompt` are set: the first one is used",
  "`system` und `system_prompt` sind beide gesetzt: das erste wird verwendet",
  "`system` et `system_prompt` sont tous deux définis : le premier est utilisé")
t("`%1` must be a string", "`%1` muss eine Zeichenkette sein", "`%1` doit être une chaîne")
t('event pattern "%1" contains a comma or a space: write several as a list, [a, b]',
  "das Ereignismuster „%1“ enthält ein Komma oder Leerzeichen: mehrere als Liste schreiben, "
  "[a, b]",
  "le motif d'événement « %1 » contient une virgule ou une espace : écrivez-en plusieurs sous "
  "forme de liste, [a, b]")
t("`timeout` must be a duration such as 30s, 2m or 1h30m",
  "`timeout` muss eine Dauer sein, etwa 30s, 2m oder 1h30m",
  "`timeout` doit être une durée, par exemple 30s, 2m ou 1h30m")
t("`enabled` must be true or false", "`enabled` muss true oder false sein",
  "`enabled` doit valoir true ou false")
t("unknown key `%1` is ignored (known keys: %2)",
  "unbekannter Schlüssel `%1` wird ignoriert (bekannte Schlüssel: %2)",
  "la clé inconnue `%1` est ignorée (clés connues : %2)")
t("`name` is missing: every agent needs a name", "`name` fehlt: jeder Agent braucht einen Namen",
  "`name` manque : chaque agent a besoin d'un nom")
t("`name` may hold only letters, digits, '.', '_' and '-' (at most 64), as it names the file",
  "`name` darf nur Buchstaben, Ziffern, '.', '_' und '-' enthalten (höchstens 64), da er die "
  "Datei benennt",
  "`name` ne peut contenir que des lettres, des chiffres, '.', '_' et '-' (64 au plus), car il "
  "nomme le fichier")
t("`name` is empty", "`name` ist leer", "`name` est vide")
t('no `events` listed: this agent starts only by hand (hookyard runs start); add events: ["*"] '
  'to start it for every event',
  'keine `events` angegeben: dieser Agent startet nur von Hand (hookyard runs start); mit '
  'events: ["*"] startet er bei jedem Ereignis',
  'aucun `events` indiqué : cet agent ne démarre qu\'à la main (hookyard runs start) ; ajoutez '
  'events: ["*"] pour le démarrer à chaque événement')

# --- Hookyard::Agents::CatalogSnapshot --------------------------------------------------------
t("the file has errors: %1", "die Datei enthält Fehler: %1", "le fichier contient des erreurs : %1")
t("disabled (enabled: false)", "deaktiviert (enabled: false)", "désactivé (enabled: false)")
t("no `events` listed: it starts only by hand",
  "keine `events` angegeben: er startet nur von Hand",
  "aucun `events` indiqué : il ne démarre qu'à la main")
t("%1 matches none of its events: %2", "%1 passt zu keinem seiner Ereignisse: %2",
  "%1 ne correspond à aucun de ses événements : %2")
t("connector %1 is not in its connectors: %2", "Connector %1 gehört nicht zu seinen Connectors: %2",
  "le connecteur %1 ne fait pas partie de ses connecteurs : %2")
t("would start", "würde starten", "démarrerait")

# --- Hookyard::Agents::ConnectorLinks, ConnectorsKeyRewriter -------------------------------------
t("%1 would run for every connector: an empty `connectors` list means all of them. To stop it, "
  "set `enabled: false` or change its events on the Agents page.",
  "%1 würde für jeden Connector laufen: eine leere Liste `connectors` bedeutet alle. Um das zu "
  "verhindern, setzen Sie `enabled: false`, oder ändern Sie seine Ereignisse auf der Seite "
  "Agenten.",
  "%1 s'exécuterait pour chaque connecteur : une liste `connectors` vide les désigne tous. Pour "
  "l'en empêcher, indiquez `enabled: false` ou modifiez ses événements dans la page Agents.")
t("the file has errors; fix them first: %1",
  "die Datei enthält Fehler; beheben Sie sie zuerst: %1",
  "le fichier contient des erreurs ; corrigez-les d'abord : %1")
t("a connector name cannot be empty", "ein Connector-Name darf nicht leer sein",
  "un nom de connecteur ne peut pas être vide")
t("an agent file must be a map of keys",
  "eine Agentendatei muss eine Zuordnung von Schlüsseln sein",
  "un fichier d'agent doit être une table de clés")
t("the file is written as one { … } map: change `connectors` by hand",
  "die Datei ist als eine einzige { … }-Zuordnung geschrieben: ändern Sie `connectors` von Hand",
  "le fichier est écrit comme une seule table { … } : modifiez `connectors` à la main")
t("the change would break the file (%1); edit it by hand",
  "die Änderung würde die Datei beschädigen (%1); bearbeiten Sie sie von Hand",
  "la modification casserait le fichier (%1) ; modifiez-le à la main")
t("the file would list [%1] instead of [%2]; edit it by hand",
  "die Datei würde [%1] statt [%2] aufführen; bearbeiten Sie sie von Hand",
  "le fichier listerait [%1] au lieu de [%2] ; modifiez-le à la main")
t("the change would alter other keys of the file; edit it by hand",
  "die Änderung würde andere Schlüssel der Datei verändern; bearbeiten Sie sie von Hand",
  "la modification changerait d'autres clés du fichier ; modifiez-le à la main")
t("cannot write the file: %1", "die Datei kann nicht geschrieben werden: %1",
  "impossible d'écrire le fichier : %1")

# --- Hookyard::Agents::RunScheduler -------------------------------------------------------------
t("interrupted: Hookyard stopped while attempt %1 was running",
  "unterbrochen: Hookyard wurde während Versuch %1 beendet",
  "interrompue : Hookyard s'est arrêté pendant la tentative %1")
t("the agent's file has errors: %1", "die Datei des Agenten enthält Fehler: %1",
  "le fichier de l'agent contient des erreurs : %1")
t("there is no agent named %1 (was its file removed?)",
  "es gibt keinen Agenten namens %1 (wurde seine Datei entfernt?)",
  "il n'y a pas d'agent nommé %1 (son fichier a-t-il été supprimé ?)")
t("skipped: the agent is disabled", "übersprungen: der Agent ist deaktiviert",
  "ignorée : l'agent est désactivé")
t("the event of this run is no longer stored",
  "das Ereignis dieses Laufs ist nicht mehr gespeichert",
  "l'événement de cette exécution n'est plus conservé")
t("attempt %1 %2: %3; retry in %4", "Versuch %1 %2: %3; neuer Versuch in %4",
  "tentative %1 %2 : %3 ; nouvel essai dans %4")
t("cancelled before it started", "vor dem Start abgebrochen", "annulée avant de démarrer")

# --- Hookyard::Cli: hookyard agent ---------------------------------------------------------------
t("(the default agent command)", "(der Standardbefehl für Agenten)",
  "(la commande d'agent par défaut)")
t("The agent file to add.", "Die hinzuzufügende Agentendatei.", "Le fichier d'agent à ajouter.")
t("Replace an agent of the same name.", "Einen Agenten gleichen Namens ersetzen.",
  "Remplacer un agent du même nom.")
t("Add one of the example agents (dunning, onboarding, fraud, churn) instead of a file.",
  "Statt einer Datei einen der Beispielagenten hinzufügen (dunning, onboarding, fraud, churn).",
  "Ajouter l'un des agents d'exemple (dunning, onboarding, fraud, churn) au lieu d'un fichier.")
t('no example named "%1"; the examples are: %2', "kein Beispiel namens „%1“; die Beispiele: %2",
  "aucun exemple nommé « %1 » ; les exemples sont : %2")
t("Added the example agent %1 (%2); it starts for: %3",
  "Beispielagent %1 hinzugefügt (%2); er startet bei: %3",
  "Agent d'exemple %1 ajouté (%2) ; il démarre pour : %3")
t("no event", "keinem Ereignis", "aucun événement")
t("give one agent file: %1", "geben Sie eine Agentendatei an: %1",
  "indiquez un fichier d'agent : %1")
t("%1 has errors: not added", "%1 enthält Fehler: nicht hinzugefügt",
  "%1 contient des erreurs : non ajouté")
t("%1 is already in the agents folder and valid",
  "%1 liegt bereits im Agentenordner und ist gültig",
  "%1 est déjà dans le dossier des agents et valide")
t('an agent named "%1" exists already (%2): use --replace to replace it',
  "ein Agent namens „%1“ existiert bereits (%2): mit --replace ersetzen",
  "un agent nommé « %1 » existe déjà (%2) : utilisez --replace pour le remplacer")
t("%1 exists already with other content: use --replace to overwrite it",
  "%1 existiert bereits mit anderem Inhalt: mit --replace überschreiben",
  "%1 existe déjà avec un autre contenu : utilisez --replace pour l'écraser")
t("cannot copy %1 to %2", "%1 kann nicht nach %2 kopiert werden",
  "impossible de copier %1 vers %2")
t("Added agent %1 (%2)", "Agent %1 hinzugefügt (%2)", "Agent %1 ajouté (%2)")
t("Copied with it: %1", "Mitkopiert: %1", "Copié avec lui : %1")
t("It lists no events: it starts only by hand (hookyard runs start).",
  "Er nennt keine Ereignisse: er startet nur von Hand (hookyard runs start).",
  "Il ne liste aucun événement : il ne démarre qu'à la main (hookyard runs start).")
t("It starts for: %1", "Er startet bei: %1", "Il démarre pour : %1")
t("Print JSON for scripts.", "JSON für Skripte ausgeben.", "Afficher du JSON pour les scripts.")
t("No agents yet in %1: start from an example with `hookyard agent add --example dunning`.",
  "Noch keine Agenten in %1: beginnen Sie mit einem Beispiel, "
  "`hookyard agent add --example dunning`.",
  "Pas encore d'agent dans %1 : partez d'un exemple avec "
  "`hookyard agent add --example dunning`.")
t("ok", "ok", "ok")
t("disabled", "deaktiviert", "désactivé")
t("events: %1", "Ereignisse: %1", "événements : %1")
t("none (by hand only)", "keine (nur von Hand)", "aucun (à la main seulement)")
t("connectors: %1", "Connectors: %1", "connecteurs : %1")
t("all", "alle", "tous")
t("command: %1", "Befehl: %1", "commande : %1")
t("file: %1", "Datei: %1", "fichier : %1")
t("The agent to remove.", "Der zu entfernende Agent.", "L'agent à supprimer.")
t("give one agent name: hookyard agent remove NAME",
  "geben Sie einen Agentennamen an: hookyard agent remove NAME",
  "indiquez un nom d'agent : hookyard agent remove NAME")
t('no agent named "%1": `hookyard agent list` shows them',
  "kein Agent namens „%1“: `hookyard agent list` zeigt sie an",
  "aucun agent nommé « %1 » : `hookyard agent list` les affiche")
t("cannot remove %1", "%1 kann nicht entfernt werden", "impossible de supprimer %1")
t("Removed agent %1 (%2). Scripts next to it were left in place.",
  "Agent %1 entfernt (%2). Skripte daneben wurden nicht angetastet.",
  "Agent %1 supprimé (%2). Les scripts à côté de lui sont restés en place.")
t("The agent file to check.", "Die zu prüfende Agentendatei.", "Le fichier d'agent à vérifier.")
t("give one agent file: hookyard agent check FILE.yaml",
  "geben Sie eine Agentendatei an: hookyard agent check FILE.yaml",
  "indiquez un fichier d'agent : hookyard agent check FILE.yaml")
t("%1: %n error(s)", ["%1: %n Fehler", "%1: %n Fehler"], ["%1 : %n erreur", "%1 : %n erreurs"])
t("%1: ok, agent %2", "%1: ok, Agent %2", "%1 : ok, agent %2")
t("A stored Stripe event id.", "Die ID eines gespeicherten Stripe-Ereignisses.",
  "L'identifiant d'un événement Stripe conservé.")
t("The connector, when the event came to several.",
  "Der Connector, falls das Ereignis an mehrere ging.",
  "Le connecteur, si l'événement est arrivé sur plusieurs.")
t("give one event id: %1", "geben Sie eine Ereignis-ID an: %1",
  "indiquez un identifiant d'événement : %1")
t('no connector named "%1"', "kein Connector namens „%1“", "aucun connecteur nommé « %1 »")
t("no stored event with id %1: `hookyard events list` shows them",
  "kein gespeichertes Ereignis mit der ID %1: `hookyard events list` zeigt sie an",
  "aucun événement conservé avec l'identifiant %1 : `hookyard events list` les affiche")
t("%1 (%2) on connector %3:", "%1 (%2) auf Connector %3:", "%1 (%2) sur le connecteur %3 :")
t("no agents are defined", "es sind keine Agenten definiert", "aucun agent n'est défini")
t("starts       %1", "startet        %1", "démarre        %1")
t("not started  %1: %2", "startet nicht  %1: %2", "ne démarre pas %1 : %2")
t("usage: hookyard agent add FILE.yaml | list [--json] | remove NAME | check FILE.yaml | match "
  "EVENT_ID",
  "Aufruf: hookyard agent add FILE.yaml | list [--json] | remove NAME | check FILE.yaml | match "
  "EVENT_ID",
  "utilisation : hookyard agent add FILE.yaml | list [--json] | remove NAME | check FILE.yaml | "
  "match EVENT_ID")

# --- Hookyard::Cli: hookyard --help and the common parts -----------------------------------------
_HELP = (
    "Hookyard %1: receive Stripe webhooks on your own machine and hand them to local agents.\n"
    "\n"
    "Usage:\n"
    "  hookyard [--tray] [--listen HOST:PORT]    the desktop app; --tray starts it in the tray\n"
    "  hookyard serve [--listen HOST:PORT]       receiver + agents, no window\n"
    "  hookyard connector add NAME               create a connector, print its webhook URL\n"
    "  hookyard connector list [--json]\n"
    "  hookyard connector url NAME\n"
    "  hookyard connector set-secret NAME [--keep-previous DURATION]\n"
    "                                            read the whsec_ signing secret from standard input\n"
    "  hookyard connector configure NAME [--rate-limit PER_SECOND] [--burst N]\n"
    "                                   [--tolerance SECONDS] [--enabled true|false]\n"
    "  hookyard connector remove NAME\n"
    "  hookyard agent add FILE.yaml | list [--json] | remove NAME | check FILE.yaml\n"
    "  hookyard agent match EVENT_ID [--connector NAME] [--json]\n"
    "                                            which agents the event would start, and why not\n"
    "  hookyard events list [--json] [--connector NAME] [--type TYPE] [--limit N]\n"
    "  hookyard events show EVENT_ID [--connector NAME] [--json]\n"
    "  hookyard events deliveries [--json] [--connector NAME] [--outcome OUTCOME] [--limit N]\n"
    "                                            every request to a connector; rejected ones with why\n"
    "  hookyard runs list [--json] [--agent NAME] [--event EVENT_ID] [--state STATE] [--limit N]\n"
    "  hookyard runs show RUN_ID [--json]\n"
    "  hookyard runs start AGENT EVENT_ID [--no-wait] [--connector NAME] [--json]\n"
    "                                            run an agent on a stored event\n"
    "  hookyard settings get KEY | set KEY VALUE | reset KEY | list [--json]\n"
    "  hookyard trigger NAME TYPE                sign and send a sample event to the running receiver\n"
    "  hookyard --version | --help\n"
    "\n"
    "Every command takes --data-dir DIR (or HOOKYARD_DATA_DIR); default: %2\n"
    "Run `hookyard <command> --help` for the options of one command.\n")


def _help(pairs):
    text = _HELP
    for english, translated in pairs:
        assert english in text, english
        text = text.replace(english, translated)
    return text


t(_HELP,
  _help([
      ("receive Stripe webhooks on your own machine and hand them to local agents.",
       "Stripe-Webhooks auf dem eigenen Rechner empfangen und an lokale Agenten übergeben."),
      ("Usage:", "Aufruf:"),
      ("the desktop app; --tray starts it in the tray",
       "die Desktop-App; --tray startet sie im Infobereich"),
      ("receiver + agents, no window", "Empfänger + Agenten, ohne Fenster"),
      ("create a connector, print its webhook URL",
       "Connector anlegen, seine Webhook-URL ausgeben"),
      ("read the whsec_ signing secret from standard input",
       "das whsec_-Signaturgeheimnis von der Standardeingabe lesen"),
      ("which agents the event would start, and why not",
       "welche Agenten das Ereignis starten würde und warum nicht"),
      ("run an agent on a stored event", "Agenten auf ein gespeichertes Ereignis ansetzen"),
      ("every request to a connector; rejected ones with why",
       "jede Anfrage an einen Connector; abgewiesene mit Grund"),
      ("sign and send a sample event to the running receiver",
       "Beispielereignis signieren und an den laufenden Empfänger senden"),
      ("Every command takes --data-dir DIR (or HOOKYARD_DATA_DIR); default: %2",
       "Jeder Befehl versteht --data-dir DIR (oder HOOKYARD_DATA_DIR); Standard: %2"),
      ("Run `hookyard <command> --help` for the options of one command.",
       "`hookyard <Befehl> --help` zeigt die Optionen eines Befehls."),
  ]),
  _help([
      ("Hookyard %1: receive Stripe webhooks on your own machine and hand them to local agents.",
       "Hookyard %1 : recevoir les webhooks Stripe sur votre propre machine et les confier à des agents "
       "locaux."),
      ("Usage:", "Utilisation :"),
      ("every request to a connector; rejected ones with why",
       "chaque requête vers un connecteur ; les refusées avec la raison"),
      ("the desktop app; --tray starts it in the tray",
       "l'application de bureau ; --tray la démarre dans la zone de notification"),
      ("receiver + agents, no window", "récepteur + agents, sans fenêtre"),
      ("create a connector, print its webhook URL",
       "crée un connecteur, affiche l'URL de son webhook"),
      ("read the whsec_ signing secret from standard input",
       "lit le secret de signature whsec_ sur l'entrée standard"),
      ("which agents the event would start, and why not",
       "quels agents l'événement démarrerait, et pourquoi pas"),
      ("run an agent on a stored event", "lance un agent sur un événement conservé"),
      ("sign and send a sample event to the running receiver",
       "signe et envoie un événement d'exemple au récepteur actif"),
      ("Every command takes --data-dir DIR (or HOOKYARD_DATA_DIR); default: %2",
       "Chaque commande accepte --data-dir DIR (ou HOOKYARD_DATA_DIR) ; par défaut : %2"),
      ("Run `hookyard <command> --help` for the options of one command.",
       "`hookyard <commande> --help` affiche les options d'une commande."),
  ]))
t('unknown command "%1": run `hookyard --help` for the list of commands',
  "unbekannter Befehl „%1“: `hookyard --help` listet die Befehle auf",
  "commande inconnue « %1 » : `hookyard --help` donne la liste des commandes")
t("Show this help.", "Diese Hilfe anzeigen.", "Afficher cette aide.")
t("usage: %1", "Aufruf: %1", "utilisation : %1")
t("Usage: %1", "Aufruf: %1", "Utilisation : %1")
t("--data-dir needs a folder: --data-dir DIR", "--data-dir braucht einen Ordner: --data-dir DIR",
  "--data-dir attend un dossier : --data-dir DIR")

# --- Hookyard::Cli: hookyard connector -----------------------------------------------------------
t('no connector named "%1": `hookyard connector list` shows them',
  "kein Connector namens „%1“: `hookyard connector list` zeigt sie an",
  "aucun connecteur nommé « %1 » : `hookyard connector list` les affiche")
t("default", "Standard", "par défaut")
t("default (%1)", "Standard (%1)", "par défaut (%1)")
t("unlimited", "unbegrenzt", "illimité")
t("%1/s", "%1/s", "%1/s")
t("The connector's name, e.g. billing.", "Der Name des Connectors, z. B. abrechnung.",
  "Le nom du connecteur, par exemple facturation.")
t("give one name: hookyard connector add NAME",
  "geben Sie einen Namen an: hookyard connector add NAME",
  "indiquez un nom : hookyard connector add NAME")
t('Connector "%1" created. Add this URL in the Stripe Dashboard (Developers > Webhooks > Add '
  'endpoint) or run `stripe listen --forward-to <URL>`, then save the signing secret: hookyard '
  'connector set-secret %1 < secret.txt',
  "Connector „%1“ angelegt. Tragen Sie diese URL im Stripe-Dashboard ein (Entwickler > Webhooks "
  "> Endpoint hinzufügen) oder führen Sie `stripe listen --forward-to <URL>` aus; speichern Sie "
  "dann das Signaturgeheimnis: hookyard connector set-secret %1 < secret.txt",
  "Connecteur « %1 » créé. Ajoutez cette URL dans le Dashboard Stripe (Développeurs > Webhooks > "
  "Ajouter un endpoint) ou lancez `stripe listen --forward-to <URL>`, puis enregistrez le secret "
  "de signature : hookyard connector set-secret %1 < secret.txt")
t("unavailable", "nicht verfügbar", "indisponible")
t("No connectors yet: hookyard connector add NAME", "Noch keine Connectors: hookyard connector add NAME",
  "Pas encore de connecteur : hookyard connector add NAME")
t("secret saved", "Geheimnis gespeichert", "secret enregistré")
t("NO SECRET: deliveries are refused (503)", "KEIN GEHEIMNIS: Zustellungen werden abgewiesen (503)",
  "AUCUN SECRET : les livraisons sont refusées (503)")
t(", previous secret valid until %1", ", bisheriges Geheimnis gültig bis %1",
  ", ancien secret valide jusqu'à %1")
t("enabled", "aktiv", "activé")
t("Signing secrets are kept in: %1", "Signaturgeheimnisse liegen in: %1",
  "Les secrets de signature sont conservés dans : %1")
t("The connector's name.", "Der Name des Connectors.", "Le nom du connecteur.")
t("give one name: hookyard connector url NAME",
  "geben Sie einen Namen an: hookyard connector url NAME",
  "indiquez un nom : hookyard connector url NAME")
t("Keep the old secret valid this long (rotation), e.g. 24h; at most 24h.",
  "Das alte Geheimnis so lange gültig lassen (Rotation), z. B. 24h; höchstens 24h.",
  "Garder l'ancien secret valide aussi longtemps (rotation), par exemple 24h ; 24h au plus.")
t("give one name; the secret is read from standard input, never from the command line: hookyard "
  "connector set-secret NAME",
  "geben Sie einen Namen an; das Geheimnis wird von der Standardeingabe gelesen, nie von der "
  "Befehlszeile: hookyard connector set-secret NAME",
  "indiquez un nom ; le secret est lu sur l'entrée standard, jamais sur la ligne de commande : "
  "hookyard connector set-secret NAME")
t("--keep-previous takes a duration up to 24h, e.g. 1h or 24h",
  "--keep-previous erwartet eine Dauer bis 24h, z. B. 1h oder 24h",
  "--keep-previous attend une durée jusqu'à 24h, par exemple 1h ou 24h")
t("cannot read standard input", "die Standardeingabe kann nicht gelesen werden",
  "impossible de lire l'entrée standard")
t('Signing secret of "%1" saved in %2.', "Signaturgeheimnis von „%1“ gespeichert in %2.",
  "Secret de signature de « %1 » enregistré dans %2.")
t("The previous secret stays valid for %1.", "Das bisherige Geheimnis bleibt %1 lang gültig.",
  "L'ancien secret reste valide pendant %1.")
t("usage: hookyard connector add|list|url|set-secret|configure|remove …",
  "Aufruf: hookyard connector add|list|url|set-secret|configure|remove …",
  "utilisation : hookyard connector add|list|url|set-secret|configure|remove …")
t('Deliveries per second (0 = unlimited, "default" = the setting).',
  'Zustellungen pro Sekunde (0 = unbegrenzt, "default" = die Einstellung).',
  'Livraisons par seconde (0 = illimité, "default" = le réglage).')
t("Signature timestamp tolerance in seconds (1 to 86400).",
  "Toleranz für den Signatur-Zeitstempel in Sekunden (1 bis 86400).",
  "Tolérance de l'horodatage de la signature, en secondes (1 à 86400).")
t("true to receive, false to refuse deliveries (404).",
  "true zum Empfangen, false zum Abweisen von Zustellungen (404).",
  "true pour recevoir, false pour refuser les livraisons (404).")
t("give one name: %1", "geben Sie einen Namen an: %1", "indiquez un nom : %1")
t("nothing to change: %1", "nichts zu ändern: %1", "rien à modifier : %1")
t('--rate-limit takes a number of deliveries per second from 0 (unlimited) to 100000, or '
  '"default"',
  '--rate-limit erwartet Zustellungen pro Sekunde von 0 (unbegrenzt) bis 100000 oder "default"',
  '--rate-limit attend un nombre de livraisons par seconde de 0 (illimité) à 100000, ou '
  '"default"')
t("--tolerance takes seconds from 1 to 86400 (0 would turn off replay protection and is not "
  "accepted)",
  "--tolerance erwartet Sekunden von 1 bis 86400 (0 würde den Schutz vor Wiederholungsangriffen "
  "abschalten und wird nicht akzeptiert)",
  "--tolerance attend un nombre de secondes de 1 à 86400 (0 désactiverait la protection contre "
  "le rejeu et n'est pas accepté)")
t("--enabled takes true or false", "--enabled erwartet true oder false",
  "--enabled attend true ou false")
t('Connector "%1" updated.', "Connector „%1“ aktualisiert.", "Connecteur « %1 » mis à jour.")
t("give one name: hookyard connector remove NAME",
  "geben Sie einen Namen an: hookyard connector remove NAME",
  "indiquez un nom : hookyard connector remove NAME")
t('Connector "%1" removed; its URL now answers 404. Its stored events are kept.',
  "Connector „%1“ entfernt; seine URL antwortet jetzt mit 404. Seine gespeicherten Ereignisse "
  "bleiben erhalten.",
  "Connecteur « %1 » supprimé ; son URL répond désormais 404. Ses événements enregistrés sont "
  "conservés.")

# --- Hookyard::Cli: hookyard events ------------------------------------------------------------
t("Only this connector.", "Nur dieser Connector.", "Seulement ce connecteur.")
t("Only this event type (globs: invoice.*).", "Nur dieser Ereignistyp (Muster: invoice.*).",
  "Seulement ce type d'événement (motifs : invoice.*).")
t("At most N events (default 50).", "Höchstens N Ereignisse (Standard 50).",
  "N événements au plus (50 par défaut).")
t("--limit takes a whole number from 1 to 1000000",
  "--limit erwartet eine ganze Zahl von 1 bis 1000000",
  "--limit attend un nombre entier de 1 à 1000000")
t("No events yet.", "Noch keine Ereignisse.", "Pas encore d'événement.")
t("(%n deliveries)", ["(%n Zustellung)", "(%n Zustellungen)"],
  ["(%n livraison)", "(%n livraisons)"])
t("%n run(s)", ["%n Lauf", "%n Läufe"], ["%n exécution", "%n exécutions"])
t("The Stripe event id (evt_…).", "Die ID des Stripe-Ereignisses (evt_…).",
  "L'identifiant de l'événement Stripe (evt_…).")
t("Print the stored event as JSON.", "Das gespeicherte Ereignis als JSON ausgeben.",
  "Afficher l'événement conservé en JSON.")
t("give one event id: hookyard events show EVENT_ID",
  "geben Sie eine Ereignis-ID an: hookyard events show EVENT_ID",
  "indiquez un identifiant d'événement : hookyard events show EVENT_ID")
t("no stored event with id %1: `hookyard events list` shows the stored ones",
  "kein gespeichertes Ereignis mit der ID %1: `hookyard events list` zeigt die gespeicherten an",
  "aucun événement conservé avec l'identifiant %1 : `hookyard events list` affiche les "
  "événements conservés")
# `hookyard events show` and `hookyard runs show` print aligned labels: 11 columns in German,
# 15 in French (the label and at least one space).
t("Event      %1", "Ereignis   %1", "Événement      %1")
t("Type       %1%2", "Typ        %1%2", "Type           %1%2")
t(" (thin event)", " (schlankes Ereignis)", " (événement léger)")
t("Connector  %1", "Connector  %1", "Connecteur     %1")
t("Received   %1", "Empfangen  %1", "Reçu           %1")
t("Mode       %1", "Modus      %1", "Mode           %1")
t("live", "live", "production")
t("test", "Test", "test")
t("Delivery   %1  %2 %3  from %4, signed %5 s before arrival",
  "Zustellung %1  %2 %3  von %4, %5 s vor Eingang signiert",
  "Livraison      %1  %2 %3  de %4, signée %5 s avant l'arrivée")
t("Run        #%1 %2: %3 (attempt %4)", "Lauf       #%1 %2: %3 (Versuch %4)",
  "Exécution      #%1 %2 : %3 (tentative %4)")
t("usage: hookyard events list|show|deliveries …", "Aufruf: hookyard events list|show|deliveries …",
  "utilisation : hookyard events list|show|deliveries …")
t("Only accepted, duplicate or rejected deliveries.",
  "Nur angenommene, doppelte oder abgewiesene Zustellungen.",
  "Seulement les livraisons acceptées, en double ou refusées.")
t("At most N deliveries (default 50).", "Höchstens N Zustellungen (Standard 50).",
  "Au plus N livraisons (50 par défaut).")
t("--outcome takes accepted, duplicate or rejected, not \"%1\"",
  "--outcome erwartet accepted, duplicate oder rejected, nicht „%1“",
  "--outcome attend accepted, duplicate ou rejected, pas « %1 »")
t("No deliveries match the filter.", "Keine Zustellung passt zum Filter.",
  "Aucune livraison ne correspond au filtre.")
t("No deliveries yet.", "Noch keine Zustellungen.", "Aucune livraison pour l'instant.")
t("from %1", "von %1", "de %1")

# --- Hookyard::Cli: hookyard runs ----------------------------------------------------------------
t("Only this agent's runs.", "Nur die Läufe dieses Agenten.",
  "Seulement les exécutions de cet agent.")
t("Only the runs of this event.", "Nur die Läufe dieses Ereignisses.",
  "Seulement les exécutions de cet événement.")
t("Only runs in this state (queued, running, succeeded, failed, timed_out, skipped, cancelled).",
  "Nur Läufe in diesem Zustand (queued, running, succeeded, failed, timed_out, skipped, "
  "cancelled).",
  "Seulement les exécutions dans cet état (queued, running, succeeded, failed, timed_out, "
  "skipped, cancelled).")
t("At most N runs (default 50).", "Höchstens N Läufe (Standard 50).",
  "N exécutions au plus (50 par défaut).")
t("No runs.", "Keine Läufe.", "Aucune exécution.")
t("attempt %1", "Versuch %1", "tentative %1")
t("exit %1", "Exit %1", "sortie %1")
t("(manual)", "(von Hand)", "(manuelle)")
t("Run        #%1", "Lauf       #%1", "Exécution      #%1")
t("Agent      %1", "Agent      %1", "Agent          %1")
t("Event      %1 (%2)", "Ereignis   %1 (%2)", "Événement      %1 (%2)")
t("State      %1", "Zustand    %1", "État           %1")
t("Attempt    %1%2", "Versuch    %1%2", "Tentative      %1%2")
t(", manual", ", von Hand", ", manuelle")
t("Exit code  %1", "Exit-Code  %1", "Code de sortie %1")
t("Queued     %1", "Eingereiht %1", "Mise en file   %1")
t("Not before %1", "Nicht vor  %1", "Pas avant      %1")
t("Started    %1", "Gestartet  %1", "Démarrée       %1")
t("Finished   %1 (%2)", "Beendet    %1 (%2)", "Terminée       %1 (%2)")
t("Note       %1", "Hinweis    %1", "Note           %1")
t("--- output%1 ---", "--- Ausgabe%1 ---", "--- sortie%1 ---")
t(" (cut)", " (gekürzt)", " (tronquée)")
t("--- log%1 ---", "--- Protokoll%1 ---", "--- journal%1 ---")
t("The run's number.", "Die Nummer des Laufs.", "Le numéro de l'exécution.")
t("give one run number: hookyard runs show RUN_ID",
  "geben Sie eine Laufnummer an: hookyard runs show RUN_ID",
  "indiquez un numéro d'exécution : hookyard runs show RUN_ID")
t("no run #%1: `hookyard runs list` shows them", "kein Lauf #%1: `hookyard runs list` zeigt sie an",
  "aucune exécution n° %1 : `hookyard runs list` les affiche")
t("The agent to run.", "Der auszuführende Agent.", "L'agent à exécuter.")
t("When hookyard serve runs it, return once it is queued.",
  "Wenn hookyard serve ihn ausführt: zurückkehren, sobald er eingereiht ist.",
  "Quand hookyard serve l'exécute, rendre la main dès sa mise en file.")
t("Print the run as JSON.", "Den Lauf als JSON ausgeben.", "Afficher l'exécution en JSON.")
t("give an agent and an event id: %1", "geben Sie einen Agenten und eine Ereignis-ID an: %1",
  "indiquez un agent et un identifiant d'événement : %1")
t("agent %1 has errors: %2", "Agent %1 enthält Fehler: %2", "l'agent %1 contient des erreurs : %2")
t("run #%1 disappeared (was its event deleted?)",
  "Lauf #%1 ist verschwunden (wurde sein Ereignis gelöscht?)",
  "l'exécution n° %1 a disparu (son événement a-t-il été supprimé ?)")
t("run #%1 queued for %2", "Lauf #%1 für %2 eingereiht", "exécution n° %1 mise en file pour %2")
t("run #%1 %2 (exit code %3, %4)", "Lauf #%1 %2 (Exit-Code %3, %4)",
  "exécution n° %1 %2 (code de sortie %3, %4)")
t("run #%1 %2", "Lauf #%1 %2", "exécution n° %1 %2")
t("run #%1 %2: %3", "Lauf #%1 %2: %3", "exécution n° %1 %2 : %3")
t("usage: hookyard runs list [--json] | show RUN_ID | start AGENT EVENT_ID",
  "Aufruf: hookyard runs list [--json] | show RUN_ID | start AGENT EVENT_ID",
  "utilisation : hookyard runs list [--json] | show RUN_ID | start AGENT EVENT_ID")

# --- Hookyard::Cli: serve, settings, trigger -----------------------------------------------------
t("Listen on HOST:PORT instead of the listen.address setting (port 0 = any free port).",
  "Auf HOST:PORT lauschen statt auf der Einstellung listen.address (Port 0 = ein beliebiger "
  "freier Port).",
  "Écouter sur HOST:PORT au lieu du réglage listen.address (port 0 = n'importe quel port libre).")
t("Hookyard %1 serving %2 on %3; secrets in %4. Stop with Ctrl+C.",
  "Hookyard %1 bedient %2 auf %3; Geheimnisse in %4. Beenden mit Strg+C.",
  "Hookyard %1 sert %2 sur %3 ; secrets dans %4. Arrêt avec Ctrl+C.")
t("  (no signing secret yet: deliveries get 503)",
  "  (noch kein Signaturgeheimnis: Zustellungen erhalten 503)",
  "  (pas encore de secret de signature : les livraisons reçoivent 503)")
t("%1 already serves %2: stop it first, or use another --data-dir",
  "%1 bedient %2 bereits: beenden Sie ihn zuerst oder verwenden Sie ein anderes --data-dir",
  "%1 sert déjà %2 : arrêtez-le d'abord, ou utilisez un autre --data-dir")
t("Signal %1 received: stopping (running agents are stopped and resumed at the next start).",
  "Signal %1 empfangen: wird beendet (laufende Agenten werden angehalten und beim nächsten "
  "Start fortgesetzt).",
  "Signal %1 reçu : arrêt (les agents en cours sont arrêtés et repris au prochain démarrage).")
t("usage: hookyard settings get KEY | set KEY VALUE | reset KEY | list [--json]",
  "Aufruf: hookyard settings get KEY | set KEY VALUE | reset KEY | list [--json]",
  "utilisation : hookyard settings get KEY | set KEY VALUE | reset KEY | list [--json]")
t('unknown setting "%1": `hookyard settings list` shows every key',
  "unbekannte Einstellung „%1“: `hookyard settings list` zeigt alle Schlüssel",
  "réglage inconnu « %1 » : `hookyard settings list` affiche toutes les clés")
t("The connector to send to.", "Der Connector, an den gesendet wird.",
  "Le connecteur destinataire.")
t("The event type: %1", "Der Ereignistyp: %1", "Le type d'événement : %1")
t("give a connector and an event type: hookyard trigger NAME TYPE",
  "geben Sie einen Connector und einen Ereignistyp an: hookyard trigger NAME TYPE",
  "indiquez un connecteur et un type d'événement : hookyard trigger NAME TYPE")
t('no sample for "%1"; available: %2', "kein Beispiel für „%1“; verfügbar: %2",
  "aucun exemple pour « %1 » ; disponibles : %2")
t('connector "%1" has no signing secret yet, so the receiver would refuse the event: hookyard '
  'connector set-secret %1',
  "Connector „%1“ hat noch kein Signaturgeheimnis, der Empfänger würde das Ereignis also "
  "abweisen: hookyard connector set-secret %1",
  "le connecteur « %1 » n'a pas encore de secret de signature, le récepteur refuserait donc "
  "l'événement : hookyard connector set-secret %1")
t("nothing serves this data dir (%1): start the app or `hookyard serve` first",
  "niemand bedient dieses Datenverzeichnis (%1): starten Sie zuerst die App oder "
  "`hookyard serve`",
  "rien ne sert ce répertoire de données (%1) : lancez d'abord l'application ou "
  "`hookyard serve`")
t("the signing secret could not be read", "das Signaturgeheimnis konnte nicht gelesen werden",
  "le secret de signature n'a pas pu être lu")

# --- Hookyard::Core: settings, signatures, signing secrets, events -------------------------------
t("%1 takes a whole number from %2 to %3", "%1 erwartet eine ganze Zahl von %2 bis %3",
  "%1 attend un nombre entier de %2 à %3")
t("%1 takes a duration from %2 to %3, such as 5s, 1500ms or 2m (a number alone is milliseconds)",
  "%1 erwartet eine Dauer von %2 bis %3, etwa 5s, 1500ms oder 2m (eine Zahl allein sind "
  "Millisekunden)",
  "%1 attend une durée de %2 à %3, par exemple 5s, 1500ms ou 2m (un nombre seul compte en "
  "millisecondes)")
t("%1 takes true or false", "%1 erwartet true oder false", "%1 attend true ou false")
t('"" (the default)', '"" (der Standard)', '"" (la valeur par défaut)')
t("%1 takes one of: %2", "%1 erwartet einen dieser Werte: %2", "%1 attend l'une des valeurs : %2")
t("%1 takes HOST:PORT with a port from 0 to 65535, such as 127.0.0.1:8787, localhost:8787 or "
  "[::1]:8787 (an IPv6 address goes in brackets)",
  "%1 erwartet HOST:PORT mit einem Port von 0 bis 65535, etwa 127.0.0.1:8787, localhost:8787 "
  "oder [::1]:8787 (eine IPv6-Adresse steht in eckigen Klammern)",
  "%1 attend HOST:PORT avec un port de 0 à 65535, par exemple 127.0.0.1:8787, localhost:8787 ou "
  "[::1]:8787 (une adresse IPv6 se met entre crochets)")
t("%1 takes an http:// or https:// URL without a query or fragment, such as "
  "https://hooks.example.com, or nothing to use the listen address",
  "%1 erwartet eine http://- oder https://-URL ohne Query und Fragment, etwa "
  "https://hooks.example.com, oder nichts, um die Empfangsadresse zu verwenden",
  "%1 attend une URL http:// ou https:// sans requête ni fragment, par exemple "
  "https://hooks.example.com, ou rien pour utiliser l'adresse d'écoute")
t('there is no setting "%1"; the settings are: %2',
  "es gibt keine Einstellung „%1“; die Einstellungen sind: %2",
  "il n'y a pas de réglage « %1 » ; les réglages sont : %2")
t("%1 takes a single line", "%1 erwartet eine einzelne Zeile", "%1 attend une seule ligne")

t("Stripe-Signature header has no timestamp (t=...): it was not written by Stripe, or a proxy "
  "changed it",
  "der Stripe-Signature-Header hat keinen Zeitstempel (t=...): er stammt nicht von Stripe, oder "
  "ein Proxy hat ihn verändert",
  "l'en-tête Stripe-Signature n'a pas d'horodatage (t=...) : il n'a pas été écrit par Stripe, ou "
  "un proxy l'a modifié")
t("Stripe-Signature header has %n timestamps: Stripe sends exactly one, so the header was "
  "tampered with or built by hand",
  ["der Stripe-Signature-Header hat %n Zeitstempel: Stripe sendet genau einen, der Header wurde "
   "also manipuliert oder von Hand gebaut",
   "der Stripe-Signature-Header hat %n Zeitstempel: Stripe sendet genau einen, der Header wurde "
   "also manipuliert oder von Hand gebaut"],
  ["l'en-tête Stripe-Signature a %n horodatage : Stripe en envoie exactement un, l'en-tête a "
   "donc été falsifié ou construit à la main",
   "l'en-tête Stripe-Signature a %n horodatages : Stripe en envoie exactement un, l'en-tête a "
   "donc été falsifié ou construit à la main"])
t("Stripe-Signature header has an empty timestamp (t=)",
  "der Stripe-Signature-Header hat einen leeren Zeitstempel (t=)",
  "l'en-tête Stripe-Signature a un horodatage vide (t=)")
t("Stripe-Signature header's timestamp is not a whole number of seconds: only the digits 0-9 are "
  "allowed",
  "der Zeitstempel im Stripe-Signature-Header ist keine ganze Zahl von Sekunden: nur die Ziffern "
  "0-9 sind erlaubt",
  "l'horodatage de l'en-tête Stripe-Signature n'est pas un nombre entier de secondes : seuls les "
  "chiffres 0-9 sont permis")
t("Stripe-Signature header's timestamp has %1 digits: too large to be a Unix time",
  "der Zeitstempel im Stripe-Signature-Header hat %1 Ziffern: zu groß für eine Unix-Zeit",
  "l'horodatage de l'en-tête Stripe-Signature a %1 chiffres : trop grand pour une heure Unix")
t("Stripe-Signature header's timestamp is 0: Stripe always sends the time it signed the event",
  "der Zeitstempel im Stripe-Signature-Header ist 0: Stripe sendet immer die Zeit, zu der es das "
  "Ereignis signiert hat",
  "l'horodatage de l'en-tête Stripe-Signature vaut 0 : Stripe envoie toujours l'heure à "
  "laquelle il a signé l'événement")
t('The signing secret starts with whsec_: in the Stripe Dashboard open Developers > Webhooks > the '
  'endpoint > "Signing secret" (Reveal), or copy the whsec_ secret that `stripe listen` prints.',
  "Das Signaturgeheimnis beginnt mit whsec_: öffnen Sie im Stripe-Dashboard Entwickler > "
  "Webhooks > den Endpoint > „Signaturgeheimnis“ (Anzeigen), oder kopieren Sie das "
  "whsec_-Geheimnis, das `stripe listen` ausgibt.",
  "Le secret de signature commence par whsec_ : dans le Dashboard Stripe, ouvrez Développeurs > "
  "Webhooks > l'endpoint > « Secret de signature » (Révéler), ou copiez le secret whsec_ "
  "qu'affiche `stripe listen`.")
t("Nothing was pasted.", "Es wurde nichts eingefügt.", "Rien n'a été collé.")
t("The secret must start with whsec_ in lower case: copy it again instead of typing it.",
  "Das Geheimnis muss mit whsec_ in Kleinbuchstaben beginnen: kopieren Sie es erneut, statt es "
  "abzutippen.",
  "Le secret doit commencer par whsec_ en minuscules : copiez-le à nouveau au lieu de le "
  "saisir.")
t("This is not a webhook signing secret: it does not start with whsec_.",
  "Das ist kein Webhook-Signaturgeheimnis: es beginnt nicht mit whsec_.",
  "Ce n'est pas un secret de signature de webhook : il ne commence pas par whsec_.")
t("The secret has a space or line break inside: copy it again in one piece.",
  "Das Geheimnis enthält ein Leerzeichen oder einen Zeilenumbruch: kopieren Sie es erneut am "
  "Stück.",
  "Le secret contient une espace ou un saut de ligne : copiez-le à nouveau d'un seul tenant.")
t("The secret contains characters a signing secret never has (only letters, digits and + / = _ - "
  "occur): copy it again, without quotes.",
  "Das Geheimnis enthält Zeichen, die in einem Signaturgeheimnis nie vorkommen (nur Buchstaben, "
  "Ziffern und + / = _ -): kopieren Sie es erneut, ohne Anführungszeichen.",
  "Le secret contient des caractères qu'un secret de signature n'a jamais (seulement des "
  "lettres, des chiffres et + / = _ -) : copiez-le à nouveau, sans guillemets.")
t("The secret is too short (%1 characters after whsec_): it was probably cut off while copying.",
  "Das Geheimnis ist zu kurz (%1 Zeichen nach whsec_): es wurde wohl beim Kopieren "
  "abgeschnitten.",
  "Le secret est trop court (%1 caractères après whsec_) : il a sans doute été tronqué à la "
  "copie.")
t("The secret is too long (%1 characters after whsec_): more than the secret was copied.",
  "Das Geheimnis ist zu lang (%1 Zeichen nach whsec_): es wurde mehr als das Geheimnis kopiert.",
  "Le secret est trop long (%1 caractères après whsec_) : vous avez copié plus que le secret.")
t('event has no string "%1"', 'das Ereignis hat keine Zeichenkette "%1"',
  "l'événement n'a pas de chaîne \"%1\"")
t('event\'s "%1" is %2, not a string', '"%1" des Ereignisses ist %2, keine Zeichenkette',
  "\"%1\" de l'événement est %2, pas une chaîne")
t('event\'s "%1" is empty', '"%1" des Ereignisses ist leer', "\"%1\" de l'événement est vide")
t("body is empty", "der Body ist leer", "le corps est vide")
t("body is not JSON: %1 at offset %2", "der Body ist kein JSON: %1 an Position %2",
  "le corps n'est pas du JSON : %1 à la position %2")
t("body is a JSON %1, not an object: a Stripe event is a JSON object",
  "der Body ist JSON vom Typ %1, kein Objekt: ein Stripe-Ereignis ist ein JSON-Objekt",
  "le corps est un JSON de type %1, pas un objet : un événement Stripe est un objet JSON")
t('"object" is "%1", but a Stripe event has "event" or "v2.core.event": this is not a webhook '
  'event',
  '"object" ist "%1", ein Stripe-Ereignis hat aber "event" oder "v2.core.event": das ist kein '
  'Webhook-Ereignis',
  '"object" vaut "%1", alors qu\'un événement Stripe a "event" ou "v2.core.event" : ce n\'est '
  'pas un événement de webhook')

t("the request has no Stripe-Signature header: only requests signed by Stripe are accepted (a "
  "request with too many or too large headers also arrives without it)",
  "die Anfrage hat keinen Stripe-Signature-Header: nur von Stripe signierte Anfragen werden "
  "akzeptiert (auch eine Anfrage mit zu vielen oder zu großen Headern kommt ohne ihn an)",
  "la requête n'a pas d'en-tête Stripe-Signature : seules les requêtes signées par Stripe sont "
  "acceptées (une requête aux en-têtes trop nombreux ou trop grands arrive aussi sans lui)")
t("Stripe-Signature header is empty", "der Stripe-Signature-Header ist leer",
  "l'en-tête Stripe-Signature est vide")
t("the request body is empty: Stripe always sends the event as the body, so a proxy in between "
  "may have dropped it",
  "der Body der Anfrage ist leer: Stripe sendet das Ereignis immer als Body, ein Proxy "
  "dazwischen hat ihn also vielleicht verworfen",
  "le corps de la requête est vide : Stripe envoie toujours l'événement dans le corps, un proxy "
  "intermédiaire l'a donc peut-être supprimé")
t("Stripe-Signature header has no v1 signature, only %n of another scheme (such as v0), which "
  "is never accepted: Stripe signs every delivery with v1",
  ["der Stripe-Signature-Header hat keine v1-Signatur, nur %n eines anderen Schemas (etwa v0), "
   "das nie akzeptiert wird: Stripe signiert jede Zustellung mit v1",
   "der Stripe-Signature-Header hat keine v1-Signatur, nur %n eines anderen Schemas (etwa v0), "
   "die nie akzeptiert werden: Stripe signiert jede Zustellung mit v1"],
  ["l'en-tête Stripe-Signature n'a pas de signature v1, seulement %n d'un autre schéma (comme "
   "v0), jamais acceptée : Stripe signe chaque livraison en v1",
   "l'en-tête Stripe-Signature n'a pas de signature v1, seulement %n d'un autre schéma (comme "
   "v0), jamais acceptées : Stripe signe chaque livraison en v1"])
t("Stripe-Signature header has no v1 signature: Stripe signs every delivery with v1, so this "
  "request was not sent by Stripe",
  "der Stripe-Signature-Header hat keine v1-Signatur: Stripe signiert jede Zustellung mit v1, "
  "diese Anfrage stammt also nicht von Stripe",
  "l'en-tête Stripe-Signature n'a pas de signature v1 : Stripe signe chaque livraison en v1, "
  "cette requête n'a donc pas été envoyée par Stripe")
t("no signing secret is saved for this connector",
  "für diesen Connector ist kein Signaturgeheimnis gespeichert",
  "aucun secret de signature n'est enregistré pour ce connecteur")
t("every saved signing secret of this connector has expired",
  "alle gespeicherten Signaturgeheimnisse dieses Connectors sind abgelaufen",
  "tous les secrets de signature enregistrés pour ce connecteur ont expiré")
t(": paste the endpoint's signing secret (Stripe Dashboard > Developers > Webhooks > the endpoint "
  "> Signing secret)",
  ": fügen Sie das Signaturgeheimnis des Endpoints ein (Stripe-Dashboard > Entwickler > Webhooks "
  "> der Endpoint > Signaturgeheimnis)",
  " : collez le secret de signature de l'endpoint (Dashboard Stripe > Développeurs > Webhooks > "
  "l'endpoint > Secret de signature)")
t("no v1 signature matches the saved signing secret (%n v1 signature(s) checked): check that the "
  "secret belongs to this endpoint (Stripe Dashboard > Developers > Webhooks > the endpoint > "
  "Signing secret), or a proxy changed the body on the way",
  ["keine v1-Signatur passt zum gespeicherten Signaturgeheimnis (%n v1-Signatur geprüft): prüfen "
   "Sie, ob das Geheimnis zu diesem Endpoint gehört (Stripe-Dashboard > Entwickler > Webhooks > "
   "der Endpoint > Signaturgeheimnis), oder ein Proxy hat den Body unterwegs verändert",
   "keine v1-Signatur passt zum gespeicherten Signaturgeheimnis (%n v1-Signaturen geprüft): "
   "prüfen Sie, ob das Geheimnis zu diesem Endpoint gehört (Stripe-Dashboard > Entwickler > "
   "Webhooks > der Endpoint > Signaturgeheimnis), oder ein Proxy hat den Body unterwegs "
   "verändert"],
  ["aucune signature v1 ne correspond au secret de signature enregistré (%n signature v1 "
   "vérifiée) : vérifiez que le secret appartient à cet endpoint (Dashboard Stripe > "
   "Développeurs > Webhooks > l'endpoint > Secret de signature), ou un proxy a modifié le corps "
   "en chemin",
   "aucune signature v1 ne correspond au secret de signature enregistré (%n signatures v1 "
   "vérifiées) : vérifiez que le secret appartient à cet endpoint (Dashboard Stripe > "
   "Développeurs > Webhooks > l'endpoint > Secret de signature), ou un proxy a modifié le corps "
   "en chemin"])
t("timestamp %1 s old, tolerance %2 s: check the machine's clock, or this is a replayed request",
  "Zeitstempel %1 s alt, Toleranz %2 s: prüfen Sie die Uhr des Rechners, oder dies ist eine "
  "wiederholte Anfrage",
  "horodatage vieux de %1 s, tolérance %2 s : vérifiez l'horloge de la machine, ou c'est une "
  "requête rejouée")
t("timestamp %1 s in the future, tolerance %2 s: check the machine's clock",
  "Zeitstempel %1 s in der Zukunft, Toleranz %2 s: prüfen Sie die Uhr des Rechners",
  "horodatage %1 s dans le futur, tolérance %2 s : vérifiez l'horloge de la machine")

t("This is a live secret API key (sk_live_...), not a webhook signing secret: never paste it "
  "here. If it was shared or pasted anywhere it should not be, roll it in the Dashboard "
  "(Developers > API keys).",
  "Das ist ein geheimer Live-API-Schlüssel (sk_live_...), kein Webhook-Signaturgeheimnis: fügen "
  "Sie ihn nie hier ein. Wurde er weitergegeben oder irgendwo eingefügt, wo er nicht hingehört, "
  "erneuern Sie ihn im Dashboard (Entwickler > API-Schlüssel).",
  "C'est une clé API secrète de production (sk_live_...), pas un secret de signature de "
  "webhook : ne la collez jamais ici. Si elle a été partagée ou collée là où elle ne devait pas "
  "l'être, renouvelez-la dans le Dashboard (Développeurs > Clés API).")
t("This is a test secret API key (sk_test_...), not a webhook signing secret: do not paste it "
  "here. If it was shared, roll it in the Dashboard (Developers > API keys).",
  "Das ist ein geheimer Test-API-Schlüssel (sk_test_...), kein Webhook-Signaturgeheimnis: fügen "
  "Sie ihn nicht hier ein. Wurde er weitergegeben, erneuern Sie ihn im Dashboard (Entwickler > "
  "API-Schlüssel).",
  "C'est une clé API secrète de test (sk_test_...), pas un secret de signature de webhook : ne "
  "la collez pas ici. Si elle a été partagée, renouvelez-la dans le Dashboard (Développeurs > "
  "Clés API).")
t("This is a secret API key (sk_...), not a webhook signing secret: do not paste it here. If it "
  "was shared, roll it in the Dashboard (Developers > API keys).",
  "Das ist ein geheimer API-Schlüssel (sk_...), kein Webhook-Signaturgeheimnis: fügen Sie ihn "
  "nicht hier ein. Wurde er weitergegeben, erneuern Sie ihn im Dashboard (Entwickler > "
  "API-Schlüssel).",
  "C'est une clé API secrète (sk_...), pas un secret de signature de webhook : ne la collez pas "
  "ici. Si elle a été partagée, renouvelez-la dans le Dashboard (Développeurs > Clés API).")
t("This is a restricted API key (rk_...), not a webhook signing secret: do not paste it here. If "
  "it was shared, roll it in the Dashboard (Developers > API keys).",
  "Das ist ein eingeschränkter API-Schlüssel (rk_...), kein Webhook-Signaturgeheimnis: fügen "
  "Sie ihn nicht hier ein. Wurde er weitergegeben, erneuern Sie ihn im Dashboard (Entwickler > "
  "API-Schlüssel).",
  "C'est une clé API restreinte (rk_...), pas un secret de signature de webhook : ne la collez "
  "pas ici. Si elle a été partagée, renouvelez-la dans le Dashboard (Développeurs > Clés API).")
t("This is a publishable API key (pk_...), not a webhook signing secret.",
  "Das ist ein veröffentlichbarer API-Schlüssel (pk_...), kein Webhook-Signaturgeheimnis.",
  "C'est une clé API publiable (pk_...), pas un secret de signature de webhook.")
t("This is a webhook endpoint id (we_...), not its signing secret.",
  "Das ist die ID eines Webhook-Endpoints (we_...), nicht sein Signaturgeheimnis.",
  "C'est l'identifiant d'un endpoint de webhook (we_...), pas son secret de signature.")
t("This is an event id (evt_...), not a webhook signing secret.",
  "Das ist eine Ereignis-ID (evt_...), kein Webhook-Signaturgeheimnis.",
  "C'est un identifiant d'événement (evt_...), pas un secret de signature de webhook.")
t("This is an account id (acct_...), not a webhook signing secret.",
  "Das ist eine Konto-ID (acct_...), kein Webhook-Signaturgeheimnis.",
  "C'est un identifiant de compte (acct_...), pas un secret de signature de webhook.")

# --- Hookyard::Engine --------------------------------------------------------------------------
t('the listen address "%1" is not HOST:PORT (e.g. 127.0.0.1:8787 or [::1]:8787)',
  "die Empfangsadresse „%1“ hat nicht die Form HOST:PORT (z. B. 127.0.0.1:8787 oder "
  "[::1]:8787)",
  "l'adresse d'écoute « %1 » n'est pas de la forme HOST:PORT (par exemple 127.0.0.1:8787 ou "
  "[::1]:8787)")
t('the listen host "%1" is not an IP address: use 127.0.0.1 (this machine only) or the address '
  'of one of its network interfaces',
  "der Empfangshost „%1“ ist keine IP-Adresse: verwenden Sie 127.0.0.1 (nur dieser Rechner) "
  "oder die Adresse einer seiner Netzwerkschnittstellen",
  "l'hôte d'écoute « %1 » n'est pas une adresse IP : utilisez 127.0.0.1 (cette machine "
  "seulement) ou l'adresse de l'une de ses interfaces réseau")
t("the connector was removed while its secret was being saved",
  "der Connector wurde entfernt, während sein Geheimnis gespeichert wurde",
  "le connecteur a été supprimé pendant l'enregistrement de son secret")
t("no such connector", "diesen Connector gibt es nicht", "connecteur inexistant")
t("the current secret could not be found to keep it valid; save the new secret without "
  "--keep-previous",
  "das aktuelle Geheimnis wurde nicht gefunden und kann nicht gültig bleiben; speichern Sie das "
  "neue Geheimnis ohne --keep-previous",
  "le secret actuel est introuvable et ne peut pas rester valide ; enregistrez le nouveau secret "
  "sans --keep-previous")
t("the signing secret of this connector is missing from the secret store; save it again",
  "das Signaturgeheimnis dieses Connectors fehlt im Geheimnisspeicher; speichern Sie es erneut",
  "le secret de signature de ce connecteur manque dans le stockage des secrets ; "
  "enregistrez-le à nouveau")
t("Starting…", "Wird gestartet…", "Démarrage…")
t("Read-only: %1 serves this data dir. Events appear here as it stores them; stop it to receive "
  "in this window.",
  "Nur lesend: %1 bedient dieses Datenverzeichnis. Ereignisse erscheinen hier, sobald er sie "
  "speichert; beenden Sie ihn, um in diesem Fenster zu empfangen.",
  "Lecture seule : %1 sert ce répertoire de données. Les événements apparaissent ici à mesure "
  "qu'il les enregistre ; arrêtez-le pour recevoir dans cette fenêtre.")
t("Listening on %1", "Empfängt auf %1", "À l'écoute sur %1")
t("Stopped", "Angehalten", "Arrêté")
t("opening the secret store…", "Geheimnisspeicher wird geöffnet…",
  "ouverture du stockage des secrets…")
t("the secret store is still opening; try again in a moment",
  "der Geheimnisspeicher wird noch geöffnet; versuchen Sie es gleich noch einmal",
  "le stockage des secrets est encore en cours d'ouverture ; réessayez dans un instant")
t("the connector is gone or the secret store is still opening",
  "der Connector ist weg, oder der Geheimnisspeicher wird noch geöffnet",
  "le connecteur n'existe plus, ou le stockage des secrets est encore en cours d'ouverture")
t("nothing is receiving: %1", "nichts empfängt: %1", "rien ne reçoit : %1")
t("save the signing secret first: without it the receiver refuses deliveries",
  "speichern Sie zuerst das Signaturgeheimnis: ohne es weist der Empfänger Zustellungen ab",
  "enregistrez d'abord le secret de signature : sans lui, le récepteur refuse les livraisons")
t("nothing answered at %1 (%2): is Hookyard serving? Start the app or `hookyard serve` first",
  "unter %1 hat niemand geantwortet (%2): läuft Hookyard? Starten Sie zuerst die App oder "
  "`hookyard serve`",
  "rien n'a répondu à %1 (%2) : Hookyard est-il en service ? Lancez d'abord l'application ou "
  "`hookyard serve`")
t("%1 %2 accepted%3", "%1 %2 angenommen%3", "%1 %2 accepté%3")
t(" (duplicate)", " (Duplikat)", " (doublon)")

# --- Hookyard::Gui::AgentsPage -------------------------------------------------------------------
t("New from &Example", "Neu aus &Beispiel", "Nouveau depuis un &exemple")
t("&Save Agent", "Agent &speichern", "Enre&gistrer l'agent")
t("&Cancel Run", "Lauf &abbrechen", "&Annuler l'exécution")
t("Co&nnectors…", "Co&nnectors…", "Co&nnecteurs…")
t("Runs for: all connectors", "Läuft für: alle Connectors",
  "S'exécute pour : tous les connecteurs")
t("Runs for: %1", "Läuft für: %1", "S'exécute pour : %1")
t("Save or undo your edits first: this changes the file itself",
  "Speichern oder verwerfen Sie zuerst Ihre Änderungen: dies ändert die Datei selbst",
  "Enregistrez ou annulez d'abord vos modifications : ceci modifie le fichier lui-même")
t("Choose the connectors whose events start this agent; only the file's “connectors” key "
  "changes",
  "Die Connectors wählen, deren Ereignisse diesen Agenten starten; nur der Schlüssel "
  "„connectors“ der Datei wird geändert",
  "Choisir les connecteurs dont les événements démarrent cet agent ; seule la clé « connectors » "
  "du fichier change")
t("Connectors of %1 saved", "Connectors von %1 gespeichert", "Connecteurs de %1 enregistrés")
t("Select an agent, or start from an example.\n\n"
  "Or write one here and save it, for example:\n\n"
  "name: refund-notes\n"
  "model: gemini-2.5-flash\n"
  "system: You summarise refunds for the finance team.\n"
  "command: [\"python3\", \"refund.py\"]\n"
  "events: [\"charge.refunded\"]",
  "Wählen Sie einen Agenten aus, oder beginnen Sie mit einem Beispiel.\n\n"
  "Oder schreiben Sie hier einen und speichern ihn, zum Beispiel:\n\n"
  "name: refund-notes\n"
  "model: gemini-2.5-flash\n"
  "system: Du fasst Erstattungen für die Buchhaltung zusammen.\n"
  "command: [\"python3\", \"refund.py\"]\n"
  "events: [\"charge.refunded\"]",
  "Sélectionnez un agent, ou partez d'un exemple.\n\n"
  "Ou écrivez-en un ici et enregistrez-le, par exemple :\n\n"
  "name: refund-notes\n"
  "model: gemini-2.5-flash\n"
  "system: Tu résumes les remboursements pour la comptabilité.\n"
  "command: [\"python3\", \"refund.py\"]\n"
  "events: [\"charge.refunded\"]")
t("<h3>No agent yet</h3><p>An agent is a small YAML file: a name, a model, a system "
  "prompt, the command Hookyard starts and the Stripe events that start it. The command "
  "gets the whole event as JSON on its standard input; what it prints is the run's "
  "result.</p><p>Start from an example and adapt it:</p>",
  "<h3>Noch kein Agent</h3><p>Ein Agent ist eine kleine YAML-Datei: ein Name, ein Modell, ein "
  "System-Prompt, der Befehl, den Hookyard startet, und die Stripe-Ereignisse, die ihn "
  "starten. Der Befehl erhält das ganze Ereignis als JSON auf seiner Standardeingabe; was er "
  "ausgibt, ist das Ergebnis des Laufs.</p><p>Beginnen Sie mit einem Beispiel und passen Sie "
  "es an:</p>",
  "<h3>Aucun agent pour l'instant</h3><p>Un agent est un petit fichier YAML : un nom, un "
  "modèle, un prompt système, la commande que Hookyard lance et les événements Stripe qui la "
  "déclenchent. La commande reçoit l'événement entier en JSON sur son entrée standard ; ce "
  "qu'elle affiche est le résultat de l'exécution.</p><p>Partez d'un exemple et adaptez-le :</p>")
t("&Write Your Own…", "Selbst &schreiben…", "É&crire le vôtre…")
t("Agent files live in %1. Hookyard notices new and changed files there on its own.",
  "Agentendateien liegen in %1. Hookyard bemerkt neue und geänderte Dateien dort von selbst.",
  "Les fichiers d'agents sont dans %1. Hookyard remarque seul les fichiers nouveaux ou modifiés.")
t("Select a run to read its output and log.",
  "Wählen Sie einen Lauf aus, um seine Ausgabe und sein Protokoll zu lesen.",
  "Sélectionnez une exécution pour lire sa sortie et son journal.")
t("&Definition", "&Definition", "&Définition")
t("&Runs", "&Läufe", "E&xécutions")
t("Loaded from %1", "Geladen aus %1", "Chargé depuis %1")
t("Not loaded: %1", "Nicht geladen: %1", "Non chargé : %1")
t("%1 — not loaded", "%1 – nicht geladen", "%1 — non chargé")
t("✗ Line %1, column %2: %3", "✗ Zeile %1, Spalte %2: %3", "✗ Ligne %1, colonne %2 : %3")
t("✓ Valid agent “%1”", "✓ Gültiger Agent „%1“", "✓ Agent « %1 » valide")
t("✓ Valid, with a warning: line %1: %2", "✓ Gültig, mit einer Warnung: Zeile %1: %2",
  "✓ Valide, avec un avertissement : ligne %1 : %2")
t("Give the agent a name (letters, digits, '.', '_', '-').",
  "Geben Sie dem Agenten einen Namen (Buchstaben, Ziffern, '.', '_', '-').",
  "Donnez un nom à l'agent (lettres, chiffres, '.', '_', '-').")
t("Could not save %1: %2", "%1 konnte nicht gespeichert werden: %2",
  "Impossible d'enregistrer %1 : %2")
t("Agent saved to %1", "Agent gespeichert in %1", "Agent enregistré dans %1")
t("Added “%1” as %2: it runs on matching events from now on",
  "„%1“ als %2 hinzugefügt: der Agent läuft ab jetzt bei passenden Ereignissen",
  "« %1 » ajouté sous %2 : il s'exécute désormais sur les événements correspondants")
t("Run %1 of %2 on %3 (%4), attempt %5", "Lauf %1 von %2 auf %3 (%4), Versuch %5",
  "Exécution %1 de %2 sur %3 (%4), tentative %5")
t("Error: %1", "Fehler: %1", "Erreur : %1")
t("── Output ──", "── Ausgabe ──", "── Sortie ──")
t("── Log ──", "── Protokoll ──", "── Journal ──")
t("Run %1 already finished", "Lauf %1 ist bereits beendet", "L'exécution %1 est déjà terminée")

# --- Hookyard::Gui::AgentConnectorsDialog, LinkAgentsDialog --------------------------------------
t("Connectors of %1", "Connectors von %1", "Connecteurs de %1")
t("Which connectors' events start agent “%1”?",
  "Die Ereignisse welcher Connectors starten den Agenten „%1“?",
  "Les événements de quels connecteurs démarrent l'agent « %1 » ?")
t("%1 (no such connector)", "%1 (kein Connector dieses Namens)", "%1 (connecteur inexistant)")
t("There is no connector yet: it runs for every one.",
  "Es gibt noch keinen Connector: er läuft für jeden.",
  "Il n'y a pas encore de connecteur : il s'exécute pour chacun.")
t("Check at least one connector, or choose All connectors.",
  "Markieren Sie mindestens einen Connector, oder wählen Sie „Alle Connectors“.",
  "Cochez au moins un connecteur, ou choisissez « Tous les connecteurs ».")
t("Not saved: %1", "Nicht gespeichert: %1", "Non enregistré : %1")
t("Link Agents to %1", "Agenten mit %1 verknüpfen", "Lier des agents à %1")
t("cannot be changed: the file has errors", "nicht änderbar: die Datei enthält Fehler",
  "non modifiable : le fichier contient des erreurs")
t("no events: started by hand", "keine Ereignisse: wird von Hand gestartet",
  "aucun événement : démarré à la main")
t("all connectors", "alle Connectors", "tous les connecteurs")
t("Runs for every connector: its file lists none. Unchecking it lists the other connectors "
  "instead.",
  "Läuft für jeden Connector: seine Datei nennt keinen. Wenn Sie die Markierung entfernen, "
  "nennt sie stattdessen die anderen Connectors.",
  "S'exécute pour chaque connecteur : son fichier n'en indique aucun. Le décocher inscrit à la "
  "place les autres connecteurs dans son fichier.")
t("Check the agents that run when connector “%1” receives an event. An agent whose file lists "
  "no connectors runs for all of them.",
  "Markieren Sie die Agenten, die laufen, wenn der Connector „%1“ ein Ereignis empfängt. Ein "
  "Agent, dessen Datei keine Connectors nennt, läuft für alle.",
  "Cochez les agents qui s'exécutent quand le connecteur « %1 » reçoit un événement. Un agent "
  "dont le fichier n'indique aucun connecteur s'exécute pour tous.")
t("No agents yet. Add one on the Agents page, then link it here.",
  "Noch keine Agenten. Fügen Sie auf der Seite Agenten einen hinzu, und verknüpfen Sie ihn dann "
  "hier.",
  "Pas encore d'agent. Ajoutez-en un dans la page Agents, puis liez-le ici.")
t("Not saved:", "Nicht gespeichert:", "Non enregistré :")

# --- Hookyard::Gui::ConnectorDetails -----------------------------------------------------------
t("In the Stripe Dashboard, open <b>Developers › Webhooks › Add endpoint</b>, paste this URL and "
  "select the events to send. Then reveal the endpoint's signing secret and paste it below.",
  "Öffnen Sie im Stripe-Dashboard <b>Entwickler › Webhooks › Endpoint hinzufügen</b>, fügen Sie "
  "diese URL ein und wählen Sie die zu sendenden Ereignisse. Lassen Sie dann das "
  "Signaturgeheimnis des Endpoints anzeigen und fügen Sie es unten ein.",
  "Dans le Dashboard Stripe, ouvrez <b>Développeurs › Webhooks › Ajouter un endpoint</b>, collez "
  "cette URL et choisissez les événements à envoyer. Révélez ensuite le secret de signature de "
  "l'endpoint et collez-le ci-dessous.")
t("Stripe's servers cannot reach this computer's 127.0.0.1. For local work, forward events with "
  "the Stripe CLI (it prints a whsec_ secret to paste below); for a public URL, run a tunnel or "
  "reverse proxy and set the public base URL in Settings.",
  "Die Server von Stripe erreichen 127.0.0.1 dieses Rechners nicht. Zum lokalen Arbeiten leiten "
  "Sie Ereignisse mit der Stripe CLI weiter (sie gibt ein whsec_-Geheimnis aus, das Sie unten "
  "einfügen); für eine öffentliche URL betreiben Sie einen Tunnel oder Reverse Proxy und tragen "
  "die öffentliche Basis-URL in den Einstellungen ein.",
  "Les serveurs de Stripe ne peuvent pas joindre le 127.0.0.1 de cet ordinateur. En local, "
  "transférez les événements avec la CLI Stripe (elle affiche un secret whsec_ à coller "
  "ci-dessous) ; pour une URL publique, lancez un tunnel ou un proxy inverse et indiquez l'URL "
  "de base publique dans les Réglages.")
t("Agents are not loaded.", "Agenten sind nicht geladen.", "Les agents ne sont pas chargés.")
t("%1 (disabled)", "%1 (deaktiviert)", "%1 (désactivé)")
t("%1 (all connectors)", "%1 (alle Connectors)", "%1 (tous les connecteurs)")
t("No agent runs on this connector's events yet.",
  "Noch kein Agent läuft bei Ereignissen dieses Connectors.",
  "Aucun agent ne s'exécute encore sur les événements de ce connecteur.")
t("%Ln event(s)", ["%Ln Ereignis", "%Ln Ereignisse"], ["%Ln événement", "%Ln événements"])
t("%1: %2", "%1: %2", "%1 : %2")
t("none", "keine", "aucun")
t("%1 (%2)", "%1 (%2)", "%1 (%2)")
t("none yet", "noch keins", "aucun pour l'instant")
t("%1, %2", "%1, %2", "%1, %2")
t("Disabled", "Deaktiviert", "Désactivé")
t("Needs a signing secret", "Braucht ein Signaturgeheimnis", "Secret de signature requis")
t("Receiving", "Empfängt", "En réception")
t("Verified deliveries are stored and start agents.",
  "Verifizierte Zustellungen werden gespeichert und starten Agenten.",
  "Les livraisons vérifiées sont enregistrées et démarrent les agents.")
t("Sign a sample event with this connector's secret and deliver it to the receiver",
  "Ein Beispielereignis mit dem Geheimnis dieses Connectors signieren und dem Empfänger zustellen",
  "Signer un événement d'exemple avec le secret de ce connecteur et le livrer au récepteur")
t("Save a signing secret first", "Speichern Sie zuerst ein Signaturgeheimnis",
  "Enregistrez d'abord un secret de signature")
t("The previous secret is still accepted until %1.",
  "Das bisherige Geheimnis wird noch bis %1 akzeptiert.",
  "L'ancien secret est encore accepté jusqu'à %1.")
t("&Replace Secret", "Geheimnis er&setzen", "R&emplacer le secret")
t("Webhook URL copied to the clipboard", "Webhook-URL in die Zwischenablage kopiert",
  "URL du webhook copiée dans le presse-papiers")
t("Stripe CLI command copied to the clipboard",
  "Befehl für die Stripe CLI in die Zwischenablage kopiert",
  "Commande de la CLI Stripe copiée dans le presse-papiers")
t("Saving…", "Wird gespeichert…", "Enregistrement…")
t("Secret saved. The previous one stays valid for %1.",
  "Geheimnis gespeichert. Das bisherige bleibt %1 lang gültig.",
  "Secret enregistré. L'ancien reste valide pendant %1.")
t("Secret saved. Deliveries are now verified with it.",
  "Geheimnis gespeichert. Zustellungen werden jetzt damit verifiziert.",
  "Secret enregistré. Les livraisons sont désormais vérifiées avec lui.")
t("Signing secret saved", "Signaturgeheimnis gespeichert", "Secret de signature enregistré")
t("Applied.", "Übernommen.", "Appliqué.")
t("Options of %1 applied", "Optionen von %1 übernommen", "Options de %1 appliquées")
t("Sending %1…", "%1 wird gesendet…", "Envoi de %1…")
t("Not delivered (HTTP %1): %2", "Nicht zugestellt (HTTP %1): %2", "Non livré (HTTP %1) : %2")
t("Remove Connector", "Connector entfernen", "Supprimer le connecteur")
t("Remove the connector “%1”? Its URL stops working at once (Stripe gets 404). Its events stay "
  "in the history.",
  "Den Connector „%1“ entfernen? Seine URL funktioniert sofort nicht mehr (Stripe erhält 404). "
  "Seine Ereignisse bleiben im Verlauf.",
  "Supprimer le connecteur « %1 » ? Son URL cesse aussitôt de fonctionner (Stripe reçoit 404). "
  "Ses événements restent dans l'historique.")
t("&Remove", "&Entfernen", "&Supprimer")

# --- Hookyard::Gui::ConnectorListModel, ConnectorsPage -----------------------------------------
t("%1 is disabled: deliveries are answered 404.",
  "%1 ist deaktiviert: Zustellungen werden mit 404 beantwortet.",
  "%1 est désactivé : les livraisons reçoivent la réponse 404.")
t("%1 has no signing secret yet: deliveries are refused (503) and Stripe retries them.",
  "%1 hat noch kein Signaturgeheimnis: Zustellungen werden abgewiesen (503), und Stripe "
  "wiederholt sie.",
  "%1 n'a pas encore de secret de signature : les livraisons sont refusées (503) et Stripe les "
  "retente.")
t("%1 is receiving.", "%1 empfängt.", "%1 est en réception.")
t("&New Connector…", "&Neuer Connector…", "&Nouveau connecteur…")
t("Connectors", "Connectors", "Connecteurs")
t("Create a connector: a name and its own webhook URL (Ctrl+N)",
  "Einen Connector anlegen: ein Name und eine eigene Webhook-URL (Strg+N)",
  "Créer un connecteur : un nom et sa propre URL de webhook (Ctrl+N)")
t('<h3>No connector yet</h3><p>A connector is a webhook endpoint for one Stripe account or '
  'purpose ("billing", "shop"). Create one, copy its URL into Stripe, paste the signing secret, '
  'and events start to arrive here.</p>',
  "<h3>Noch kein Connector</h3><p>Ein Connector ist ein Webhook-Endpoint für ein Stripe-Konto "
  "oder einen Zweck („abrechnung“, „shop“). Legen Sie einen an, kopieren Sie seine URL in "
  "Stripe, fügen Sie das Signaturgeheimnis ein, und die Ereignisse kommen hier an.</p>",
  "<h3>Pas encore de connecteur</h3><p>Un connecteur est un endpoint de webhook pour un compte "
  "Stripe ou un usage (« facturation », « boutique »). Créez-en un, copiez son URL dans Stripe, "
  "collez le secret de signature, et les événements commencent à arriver ici.</p>")
t("Create a Connector…", "Connector anlegen…", "Créer un connecteur…")
t("Connector %1 created: copy its URL into Stripe",
  "Connector %1 angelegt: kopieren Sie seine URL in Stripe",
  "Connecteur %1 créé : copiez son URL dans Stripe")
t("Agents linked to %1 saved", "Mit %1 verknüpfte Agenten gespeichert",
  "Agents liés à %1 enregistrés")

# --- Hookyard::Gui::DisplayText: reject reasons, run states, times ---------------------------------
t("Unknown connector", "Unbekannter Connector", "Connecteur inconnu")
t("Connector disabled", "Connector deaktiviert", "Connecteur désactivé")
t("Method not allowed", "Methode nicht erlaubt", "Méthode non autorisée")
t("No signing secret saved", "Kein Signaturgeheimnis gespeichert",
  "Aucun secret de signature enregistré")
t("Missing Stripe-Signature", "Stripe-Signature fehlt", "En-tête Stripe-Signature manquant")
t("Malformed signature header", "Fehlerhafter Signatur-Header", "En-tête de signature mal formé")
t("No v1 signature", "Keine v1-Signatur", "Aucune signature v1")
t("Signature mismatch", "Signatur passt nicht", "Signature non concordante")
t("Timestamp out of tolerance", "Zeitstempel außerhalb der Toleranz", "Horodatage hors tolérance")
t("Empty body", "Leerer Body", "Corps vide")
t("Not a Stripe event", "Kein Stripe-Ereignis", "Pas un événement Stripe")
t("Body too large", "Body zu groß", "Corps trop grand")
t("Rate limited", "Ratenlimit erreicht", "Limite de débit atteinte")
t("Storage unavailable", "Speicher nicht verfügbar", "Stockage indisponible")
t("Malformed request", "Fehlerhafte Anfrage", "Requête mal formée")
t("Headers too large", "Header zu groß", "En-têtes trop grands")
t("Queued", "Eingereiht", "En file")
t("Running", "Läuft", "En cours")
t("Succeeded", "Erfolgreich", "Réussie")
t("Failed", "Fehlgeschlagen", "Échouée")
t("Timed out", "Zeitüberschreitung", "Délai dépassé")
t("Skipped", "Übersprungen", "Ignorée")
t("Cancelled", "Abgebrochen", "Annulée")
t("never", "nie", "jamais")
t("%n s ago", ["vor %n s", "vor %n s"], ["il y a %n s", "il y a %n s"])
t("%n min ago", ["vor %n min", "vor %n min"], ["il y a %n min", "il y a %n min"])
t("%n h ago", ["vor %n h", "vor %n h"], ["il y a %n h", "il y a %n h"])
t("%1 ms", "%1 ms", "%1 ms")
t("%1 s", "%1 s", "%1 s")
t("%1 min %2 s", "%1 min %2 s", "%1 min %2 s")

# --- Hookyard::Gui::EventDetails, EventListModel, EventsPage ---------------------------------------
t("R&un Agent on This Event…", "Agenten auf dieses Ereignis an&setzen…",
  "Lancer un a&gent sur cet événement…")
t("&Payload", "&Nutzdaten", "&Contenu")
t("Ra&w Body", "&Roher Body", "Corps &brut")
t("&Delivery", "&Zustellung", "&Livraison")
t("A&gent Runs", "A&gentenläufe", "E&xécutions d'agents")
t("Select an event to see its payload, deliveries and agent runs.",
  "Wählen Sie ein Ereignis aus, um seine Nutzdaten, Zustellungen und Agentenläufe zu sehen.",
  "Sélectionnez un événement pour voir son contenu, ses livraisons et les exécutions d'agents.")
t("<b>Rejected delivery</b> to %1 at %2", "<b>Abgewiesene Zustellung</b> an %1 um %2",
  "<b>Livraison rejetée</b> vers %1 à %2")
t("This event is no longer stored (retention removed it).",
  "Dieses Ereignis ist nicht mehr gespeichert (die Aufbewahrungsfrist hat es entfernt).",
  "Cet événement n'est plus conservé (la durée de conservation l'a supprimé).")
t("<b>%1</b> &nbsp; %2 &nbsp; on %3 &nbsp; %4%5", "<b>%1</b> &nbsp; %2 &nbsp; auf %3 &nbsp; %4%5",
  "<b>%1</b> &nbsp; %2 &nbsp; sur %3 &nbsp; %4%5")
t(" &nbsp; <b>live mode</b>", " &nbsp; <b>Live-Modus</b>", " &nbsp; <b>mode production</b>")
t("Deliveries of this event", "Zustellungen dieses Ereignisses", "Livraisons de cet événement")
t("duplicate (acknowledged, no new runs)", "Duplikat (bestätigt, keine neuen Läufe)",
  "doublon (acquitté, aucune nouvelle exécution)")
t("verified", "verifiziert", "vérifiée")
t("Signature timestamp", "Signatur-Zeitstempel", "Horodatage de la signature")
t("%1 (skew %2 s)", "%1 (Abweichung %2 s)", "%1 (décalage %2 s)")
t("v1 signatures", "v1-Signaturen", "Signatures v1")
t("Matched secret", "Passendes Geheimnis", "Secret concordant")
t("the previous secret (rotation)", "das bisherige Geheimnis (Rotation)",
  "l'ancien secret (rotation)")
t("the current secret", "das aktuelle Geheimnis", "le secret actuel")
t("Remote address", "Gegenstelle", "Adresse distante")
t("User-Agent", "User-Agent", "User-Agent")
t("Content-Type", "Content-Type", "Content-Type")
t("Body size", "Body-Größe", "Taille du corps")
t("Note", "Hinweis", "Note")
t("<p>No delivery record.</p>", "<p>Keine Aufzeichnung der Zustellung.</p>",
  "<p>Aucun enregistrement de livraison.</p>")
t("── Output (standard output)%1 ──", "── Ausgabe (Standardausgabe)%1 ──",
  "── Sortie (sortie standard)%1 ──")
t(", cut at the cap", ", an der Obergrenze gekürzt", ", tronquée à la limite")
t("── Log (standard error)%1 ──", "── Protokoll (Standardfehlerausgabe)%1 ──",
  "── Journal (erreur standard)%1 ──")
t("No agent loaded: add one on the Agents page",
  "Kein Agent geladen: fügen Sie auf der Seite Agenten einen hinzu",
  "Aucun agent chargé : ajoutez-en un dans la page Agents")
t("Could not queue %1: %2", "%1 konnte nicht eingereiht werden: %2",
  "Impossible de mettre %1 en file : %2")
t("Run %1 of %2 queued", "Lauf %1 von %2 eingereiht", "Exécution %1 de %2 mise en file")

t("Rejected (%1): %2", "Abgewiesen (%1): %2", "Rejetée (%1) : %2")
t("Verified (duplicate delivery)", "Verifiziert (doppelte Zustellung)",
  "Vérifiée (livraison en double)")
t("Verified (thin event)", "Verifiziert (schlankes Ereignis)", "Vérifiée (événement léger)")
t("Verified", "Verifiziert", "Vérifiée")
t("(removed)", "(entfernt)", "(supprimé)")
t("duplicate", "Duplikat", "doublon")
t("duplicate ×%1", "Duplikat ×%1", "doublon ×%1")
t("Stripe delivered this event %n time(s); agents ran once.",
  ["Stripe hat dieses Ereignis %n-mal zugestellt; Agenten liefen einmal.",
   "Stripe hat dieses Ereignis %n-mal zugestellt; Agenten liefen einmal."],
  ["Stripe a livré cet événement %n fois ; les agents ne se sont exécutés qu'une fois.",
   "Stripe a livré cet événement %n fois ; les agents ne se sont exécutés qu'une fois."])
t("Time", "Zeit", "Heure")
t("Connector", "Connector", "Connecteur")
t("Type", "Typ", "Type")
t("Event ID", "Ereignis-ID", "ID d'événement")
t("Verification", "Verifizierung", "Vérification")
t("Duplicate", "Duplikat", "Doublon")
t("Agent Runs", "Agentenläufe", "Exécutions d'agents")

t("Verified events", "Verifizierte Ereignisse", "Événements vérifiés")
t("Duplicate deliveries", "Doppelte Zustellungen", "Livraisons en double")
t("Rejected deliveries", "Abgewiesene Zustellungen", "Livraisons rejetées")
t("All types (invoice.* works)", "Alle Typen (invoice.* geht)",
  "Tous les types (invoice.* fonctionne)")
t("Filter by event id, type or object id (Ctrl+F)",
  "Nach Ereignis-ID, Typ oder Objekt-ID filtern (Strg+F)",
  "Filtrer par identifiant d'événement, type ou identifiant d'objet (Ctrl+F)")
t("&Connector:", "&Connector:", "&Connecteur :")
t("&Status:", "&Status:", "É&tat :")
t("T&ype:", "T&yp:", "T&ype :")
t("Rejected (400): Signature mismatch", "Abgewiesen (400): Signatur passt nicht",
  "Rejetée (400) : Signature non concordante")
t("duplicate ×9", "Duplikat ×9", "doublon ×9")
t("All connectors", "Alle Connectors", "Tous les connecteurs")

# --- Hookyard::Gui::JsonTreeModel, PayloadView -------------------------------------------------
t("The body is not JSON: %1 at offset %2.", "Der Body ist kein JSON: %1 an Position %2.",
  "Le corps n'est pas du JSON : %1 à la position %2.")
t("{%n key(s)}", ["{%n Schlüssel}", "{%n Schlüssel}"], ["{%n clé}", "{%n clés}"])
t("[%n item(s)]", ["[%n Element]", "[%n Elemente]"], ["[%n élément]", "[%n éléments]"])
t("Key", "Schlüssel", "Clé")
t("Value", "Wert", "Valeur")
t("Copy &Value", "&Wert kopieren", "Copier la &valeur")
t("Copy &Path", "&Pfad kopieren", "Copier le &chemin")
t("Copy the selected value (Ctrl+C)", "Den ausgewählten Wert kopieren (Strg+C)",
  "Copier la valeur sélectionnée (Ctrl+C)")
t('Copy the access path of the selected value, such as input["data"]["object"]',
  'Den Zugriffspfad des ausgewählten Werts kopieren, etwa input["data"]["object"]',
  'Copier le chemin d\'accès de la valeur sélectionnée, par exemple input["data"]["object"]')
t("&Expand All", "Alle &aufklappen", "Tout dé&plier")
t("C&ollapse All", "Alle &zuklappen", "Tout rep&lier")
t("Find key…", "Schlüssel suchen…", "Chercher une clé…")
t("Press Enter to go to the next key with this name",
  "Eingabetaste drücken, um zum nächsten Schlüssel mit diesem Namen zu springen",
  "Appuyez sur Entrée pour aller à la clé suivante de ce nom")
t("Value copied", "Wert kopiert", "Valeur copiée")
t("Copied %1", "%1 kopiert", "%1 copié")
t("Expand All", "Alle aufklappen", "Tout déplier")
t("Collapse All", "Alle zuklappen", "Tout replier")

# --- Hookyard::Gui::MainWindow, NewConnectorDialog ------------------------------------------------
t("Hookyard", "Hookyard", "Hookyard")
t("Hookyard cannot open its data folder %1:\n%2",
  "Hookyard kann seinen Datenordner %1 nicht öffnen:\n%2",
  "Hookyard ne peut pas ouvrir son dossier de données %1 :\n%2")
t("Pages", "Seiten", "Pages")
t("Events", "Ereignisse", "Événements")
t("Agents", "Agenten", "Agents")
t("Settings", "Einstellungen", "Réglages")
t("&File", "&Datei", "&Fichier")
t("&Quit", "&Beenden", "&Quitter")
t("&View", "&Ansicht", "&Affichage")
t("&Connectors", "&Connectors", "&Connecteurs")
t("&Events", "&Ereignisse", "&Événements")
t("&Agents", "A&genten", "A&gents")
t("&Settings", "E&instellungen", "&Réglages")
t("&Filter Events", "Ereignisse &filtern", "&Filtrer les événements")
t("&Help", "&Hilfe", "Aid&e")
t("&About Hookyard", "Ü&ber Hookyard", "À &propos de Hookyard")
t("About Hookyard", "Über Hookyard", "À propos de Hookyard")
t("<h3>Hookyard %1</h3><p>Receive Stripe webhooks on your own machine and turn them into work "
  "done by local agents.</p><p>Data folder: %2</p>",
  "<h3>Hookyard %1</h3><p>Stripe-Webhooks auf dem eigenen Rechner empfangen und von lokalen "
  "Agenten abarbeiten lassen.</p><p>Datenordner: %2</p>",
  "<h3>Hookyard %1</h3><p>Recevez les webhooks Stripe sur votre propre machine et "
  "transformez-les en travail effectué par des agents locaux.</p><p>Dossier de données : %2</p>")
t("<b>Read-only.</b> Another Hookyard process (%1) already serves this data folder: it receives "
  "the webhooks and runs the agents. This window shows what it stores and can send it test "
  "events, but changes nothing itself. Quit the other process, or start this one with another "
  "--data-dir.",
  "<b>Nur lesend.</b> Ein anderer Hookyard-Prozess (%1) bedient diesen Datenordner bereits: er "
  "empfängt die Webhooks und führt die Agenten aus. Dieses Fenster zeigt, was er speichert, und "
  "kann ihm Testereignisse senden, ändert selbst aber nichts. Beenden Sie den anderen Prozess, "
  "oder starten Sie diesen mit einem anderen --data-dir.",
  "<b>Lecture seule.</b> Un autre processus Hookyard (%1) sert déjà ce dossier de données : il "
  "reçoit les webhooks et exécute les agents. Cette fenêtre montre ce qu'il enregistre et peut "
  "lui envoyer des événements de test, mais ne modifie rien elle-même. Quittez l'autre "
  "processus, ou lancez celui-ci avec un autre --data-dir.")
t("Sign a sample event with this connector's secret and deliver it to the process that serves "
  "this data folder",
  "Ein Beispielereignis mit dem Geheimnis dieses Connectors signieren und dem Prozess zustellen, "
  "der diesen Datenordner bedient",
  "Signer un événement d'exemple avec le secret de ce connecteur et l'envoyer au processus qui "
  "sert ce dossier de données")
t("Hookyard is still receiving", "Hookyard empfängt weiter", "Hookyard continue de recevoir")
t("Webhooks are received and agents run in the background. Use the tray icon to open the window "
  "or quit.",
  "Webhooks werden im Hintergrund empfangen, und Agenten laufen weiter. Über das Symbol im "
  "Infobereich öffnen Sie das Fenster oder beenden Hookyard.",
  "Les webhooks sont reçus et les agents s'exécutent en arrière-plan. Utilisez l'icône de la "
  "zone de notification pour ouvrir la fenêtre ou quitter.")
t("&Create", "&Anlegen", "&Créer")

# --- Hookyard::Gui::RunListModel --------------------------------------------------------------
t("%1 (manual)", "%1 (von Hand)", "%1 (manuelle)")
t("Run", "Lauf", "Exécution")
t("Agent", "Agent", "Agent")
t("Event", "Ereignis", "Événement")
t("State", "Zustand", "État")
t("Attempt", "Versuch", "Tentative")
t("Exit Code", "Exit-Code", "Code de sortie")
t("Duration", "Dauer", "Durée")
t("Queued", "Eingereiht", "Mise en file", context="Hookyard::Gui::RunListModel")

# --- Hookyard::Gui::SettingsPage (accelerators are unique on the page) ---------------------------
t("&Listen address and port:", "&Empfangsadresse und Port:", "Adresse et port d'&écoute :")
t("&Public base URL:", "Ö&ffentliche Basis-URL:", "&URL de base publique :")
t("&Body limit:", "&Body-Limit:", "Limite du &corps :")
t("Default &tolerance (s):", "Standard-T&oleranz (s):", "&Tolérance par défaut (s) :")
t("Default &rate limit (/s):", "Standard-Ratenl&imit (/s):", "&Limite de débit par défaut (/s) :")
t("Default b&urst:", "Standard-B&urst:", "&Rafale par défaut :")
t("Rejected requests per address (/s):", "Abgewiesene Anfragen pro Adresse (/s):",
  "Requêtes rejetées par adresse (/s) :")
t("Rejected requests burst:", "Burst abgewiesener Anfragen:", "Rafale de requêtes rejetées :")
t("Connections at most:", "Verbindungen höchstens:", "Connexions au plus :")
t("Connections per address:", "Verbindungen pro Adresse:", "Connexions par adresse :")
t("&Durability:", "&Dauerhaftigkeit:", "&Durabilité :")
t("Keep events for (&days):", "Ereignisse aufbewahren (T&age):",
  "Conserver les événements (&jours) :")
t("Keep at most (&events):", "Höchstens aufbewahren (Ere&ignisse):",
  "Conserver au plus (é&vénements) :")
t("&Secret store:", "&Geheimnisspeicher:", "&Stockage des secrets :")
t("Default agent &command:", "Standard-Agenten&befehl:", "Co&mmande d'agent par défaut :")
t("Runs at the same &time:", "Läufe gleich&zeitig:", "E&xécutions simultanées :")
t("Output kept per stream:", "Aufbewahrte Ausgabe pro Stream:", "Sortie conservée par flux :")
t("Grace before kill:", "Frist vor dem Abbruch (kill):", "Délai avant l'arrêt forcé :")
t("&Notifications", "Be&nachrichtigungen", "&Notifications")
t("&Keep receiving in the tray when the window is closed",
  "Bei geschlossenem Fenster im Infobereich &weiter empfangen",
  "Continuer à recevoir dans la zone de notification quand la fenêtre est &fermée")
t("Lan&guage:", "S&prache:", "Lan&gue :")
t("&Apply", "&Übernehmen", "&Appliquer")
t("Re&vert", "Zurück&setzen", "Réta&blir")
t("Receiver address", "Empfangsadresse", "Adresse du récepteur")
t("Limits", "Grenzwerte", "Limites")
t("Storage and retention", "Speicherung und Aufbewahrung", "Stockage et conservation")
t("Signing secrets", "Signaturgeheimnisse", "Secrets de signature")
t("Desktop", "Desktop", "Bureau")
t("(system default)", "(Systemvorgabe)", "(langue du système)")
t("In use:", "Verwendet:", "Utilisé :")
t("Data folder:", "Datenordner:", "Dossier de données :")
t("Hookyard was started with --listen %1, which wins over this setting until it starts without "
  "that option.",
  "Hookyard wurde mit --listen %1 gestartet; das hat Vorrang vor dieser Einstellung, bis es ohne "
  "diese Option startet.",
  "Hookyard a été lancé avec --listen %1, qui l'emporte sur ce réglage jusqu'à ce qu'il "
  "démarre sans cette option.")
t("A new address applies at once: the receiver restarts on it.",
  "Eine neue Adresse gilt sofort: der Empfänger startet auf ihr neu.",
  "Une nouvelle adresse s'applique aussitôt : le récepteur redémarre sur celle-ci.")
t("Applies when the receiver next starts: at the next start of Hookyard or when the listen "
  "address changes.",
  "Gilt beim nächsten Start des Empfängers: beim nächsten Start von Hookyard oder wenn sich die "
  "Empfangsadresse ändert.",
  "S'applique au prochain démarrage du récepteur : au prochain démarrage de Hookyard ou quand "
  "l'adresse d'écoute change.")
t("Both limits apply soon after start and then every hour, in the process that receives (this "
  "window, or hookyard serve).",
  "Beide Grenzen gelten kurz nach dem Start und dann stündlich, in dem Prozess, der empfängt "
  "(dieses Fenster oder hookyard serve).",
  "Les deux limites s'appliquent peu après le démarrage puis toutes les heures, dans le "
  "processus qui reçoit (cette fenêtre, ou hookyard serve).")
t("Applies at the next start of Hookyard.", "Gilt ab dem nächsten Start von Hookyard.",
  "S'applique au prochain démarrage de Hookyard.")
t("HOOKYARD_LANGUAGE=%1 is set and wins over this setting.",
  "HOOKYARD_LANGUAGE=%1 ist gesetzt und hat Vorrang vor dieser Einstellung.",
  "HOOKYARD_LANGUAGE=%1 est défini et l'emporte sur ce réglage.")
t("Applied settings take effect at once, except where a note says otherwise.",
  "Übernommene Einstellungen gelten sofort, außer wo ein Hinweis etwas anderes sagt.",
  "Les réglages appliqués prennent effet aussitôt, sauf si une note indique le contraire.")
t("Settings applied", "Einstellungen übernommen", "Réglages appliqués")
t("%n setting(s) were not accepted: see the page",
  ["%n Einstellung wurde nicht akzeptiert: siehe die Seite",
   "%n Einstellungen wurden nicht akzeptiert: siehe die Seite"],
  ["%n réglage n'a pas été accepté : voir la page",
   "%n réglages n'ont pas été acceptés : voir la page"])

# --- Hookyard::Gui::StatusIndicators, TrayController, TrayPolicy ---------------------------------
t("● Listening on %1", "● Empfängt auf %1", "● À l'écoute sur %1")
t("Starting the receiver…", "Empfänger wird gestartet…", "Démarrage du récepteur…")
t("⚠ Not receiving: %1", "⚠ Empfängt nicht: %1", "⚠ Pas de réception : %1")
t("Read-only: %1 serves this data folder", "Nur lesend: %1 bedient diesen Datenordner",
  "Lecture seule : %1 sert ce dossier de données")
t("%1 events/s", "%1 Ereignisse/s", "%1 événements/s")
t("0 rejected", "0 abgewiesen", "rejets : 0")
t('<a href="rejected">%1 rejected</a>', '<a href="rejected">%1 abgewiesen</a>',
  '<a href="rejected">rejets : %1</a>')
t("&Show Hookyard", "Hookyard &anzeigen", "&Afficher Hookyard")
t("Hookyard: %1 events, %2 rejected this session",
  "Hookyard: %1 Ereignisse, %2 abgewiesen in dieser Sitzung",
  "Hookyard : %1 événements, %2 rejetées pendant cette session")
t("Signatures rejected", "Signaturen abgewiesen", "Signatures rejetées")
t("%n deliveries failed signature checks in the last minute. Check that the saved signing secret "
  "belongs to the endpoint.",
  ["%n Zustellung hat in der letzten Minute die Signaturprüfung nicht bestanden. Prüfen Sie, ob "
   "das gespeicherte Signaturgeheimnis zum Endpoint gehört.",
   "%n Zustellungen haben in der letzten Minute die Signaturprüfung nicht bestanden. Prüfen Sie, "
   "ob das gespeicherte Signaturgeheimnis zum Endpoint gehört."],
  ["%n livraison a échoué à la vérification de signature dans la dernière minute. Vérifiez que "
   "le secret de signature enregistré appartient à l'endpoint.",
   "%n livraisons ont échoué à la vérification de signature dans la dernière minute. Vérifiez "
   "que le secret de signature enregistré appartient à l'endpoint."])
t("Agent run failed", "Agentenlauf fehlgeschlagen", "Échec de l'exécution de l'agent")
t("Agent run timed out", "Agentenlauf: Zeitlimit überschritten",
  "Délai dépassé pour l'exécution de l'agent")
t("%1 on %2 (run %3)", "%1 auf %2 (Lauf %3)", "%1 sur %2 (exécution %3)")
t("Run %1", "Lauf %1", "Exécution %1")
t("%1 (run %2)", "%1 (Lauf %2)", "%1 (exécution %2)")
t("%n more failed run(s) of this agent since the last notice.",
  ["%n weiterer fehlgeschlagener Lauf dieses Agenten seit der letzten Benachrichtigung.",
   "%n weitere fehlgeschlagene Läufe dieses Agenten seit der letzten Benachrichtigung."],
  ["%n autre exécution échouée de cet agent depuis la dernière notification.",
   "%n autres exécutions échouées de cet agent depuis la dernière notification."])

# --- Hookyard::Receiver ------------------------------------------------------------------------
t("the request did not arrive in time", "die Anfrage ist nicht rechtzeitig eingetroffen",
  "la requête n'est pas arrivée à temps")
t("too many open connections; try again shortly",
  "zu viele offene Verbindungen; versuchen Sie es gleich noch einmal",
  "trop de connexions ouvertes ; réessayez dans un instant")
t("too many open connections from your address; try again shortly",
  "zu viele offene Verbindungen von Ihrer Adresse; versuchen Sie es gleich noch einmal",
  "trop de connexions ouvertes depuis votre adresse ; réessayez dans un instant")
t("The receiver cannot open its database: %1",
  "Der Empfänger kann seine Datenbank nicht öffnen: %1",
  "Le récepteur ne peut pas ouvrir sa base de données : %1")
t("The receiver cannot listen on %1:%2 (%3). Choose another port or stop the program that uses "
  "it.",
  "Der Empfänger kann nicht auf %1:%2 lauschen (%3). Wählen Sie einen anderen Port, oder beenden "
  "Sie das Programm, das ihn belegt.",
  "Le récepteur ne peut pas écouter sur %1:%2 (%3). Choisissez un autre port ou arrêtez le "
  "programme qui l'utilise.")

# RequestFramer and WebhookHandler: the reasons a request is refused, sent back in the answer.
t("the request headers are larger than %1 bytes", "die Header der Anfrage sind größer als %1 Bytes",
  "les en-têtes de la requête dépassent %1 octets")
t("malformed HTTP request (%1)", "fehlerhafte HTTP-Anfrage (%1)", "requête HTTP mal formée (%1)")
t("the request is larger than %1 bytes on the wire",
  "die Anfrage ist auf der Leitung größer als %1 Bytes",
  "la requête dépasse %1 octets sur le réseau")
t('malformed request line; expected "POST /path HTTP/1.1"',
  'fehlerhafte Anfragezeile; erwartet wird "POST /path HTTP/1.1"',
  'ligne de requête mal formée ; attendu : "POST /path HTTP/1.1"')
t("the request line is longer than %1 bytes", "die Anfragezeile ist länger als %1 Bytes",
  "la ligne de requête dépasse %1 octets")
t("trailers after a chunked body are not supported",
  "Trailer nach einem Chunked-Body werden nicht unterstützt",
  "les trailers après un corps en chunks ne sont pas pris en charge")
t("more than %1 header fields", "mehr als %1 Header-Felder", "plus de %1 champs d'en-tête")
t("a header name contains a character HTTP does not allow",
  "ein Header-Name enthält ein Zeichen, das HTTP nicht erlaubt",
  "un nom d'en-tête contient un caractère que HTTP n'autorise pas")
t("protocol upgrades are not supported", "Protokoll-Upgrades werden nicht unterstützt",
  "les changements de protocole (upgrade) ne sont pas pris en charge")
t("unsupported Transfer-Encoding", "nicht unterstütztes Transfer-Encoding",
  "Transfer-Encoding non pris en charge")
t("the body is larger than the limit of %1 bytes",
  "der Body ist größer als das Limit von %1 Bytes",
  "le corps dépasse la limite de %1 octets")
t("no such path; webhook URLs look like %1<connector-id>",
  "diesen Pfad gibt es nicht; Webhook-URLs sehen so aus: %1<connector-id>",
  "chemin inexistant ; les URL de webhook ont la forme %1<connector-id>")
t("webhooks are delivered with POST", "Webhooks werden per POST zugestellt",
  "les webhooks sont livrés en POST")
t("no connector has this URL", "kein Connector hat diese URL",
  "aucun connecteur n'a cette URL")
t("this connector is disabled", "dieser Connector ist deaktiviert", "ce connecteur est désactivé")
t("this connector has no signing secret yet; save the whsec_ secret that Stripe shows for this "
  "endpoint",
  "dieser Connector hat noch kein Signaturgeheimnis; speichern Sie das whsec_-Geheimnis, das "
  "Stripe für diesen Endpoint anzeigt",
  "ce connecteur n'a pas encore de secret de signature ; enregistrez le secret whsec_ que Stripe "
  "affiche pour cet endpoint")
t("the event could not be stored; retry later",
  "das Ereignis konnte nicht gespeichert werden; später erneut versuchen",
  "l'événement n'a pas pu être enregistré ; réessayez plus tard")
t("too many rejected requests from your address; retry in %1 s",
  "zu viele abgewiesene Anfragen von Ihrer Adresse; erneut versuchen in %1 s",
  "trop de requêtes rejetées depuis votre adresse ; réessayez dans %1 s")
t("this connector receives more deliveries than its rate limit; retry in %1 s",
  "dieser Connector erhält mehr Zustellungen, als sein Ratenlimit erlaubt; erneut versuchen in "
  "%1 s",
  "ce connecteur reçoit plus de livraisons que sa limite de débit ; réessayez dans %1 s")

# --- Hookyard::Storage -------------------------------------------------------------------------
t('A connector needs a name, for example "billing".',
  "Ein Connector braucht einen Namen, zum Beispiel „abrechnung“.",
  "Un connecteur a besoin d'un nom, par exemple « facturation ».")
t("The connector name is %1 characters long; use at most %2.",
  "Der Name des Connectors ist %1 Zeichen lang; höchstens %2 sind erlaubt.",
  "Le nom du connecteur compte %1 caractères ; %2 au plus sont permis.")
t("The connector name \"%1\" may only contain letters, digits, '-', '_' and '.'.",
  "Der Connector-Name „%1“ darf nur Buchstaben, Ziffern, '-', '_' und '.' enthalten.",
  "Le nom de connecteur « %1 » ne peut contenir que des lettres, des chiffres, '-', '_' et '.'.")
t("Could not save the connector: %1. Check that the data directory is writable and the disk not "
  "full.",
  "Der Connector konnte nicht gespeichert werden: %1. Prüfen Sie, ob das Datenverzeichnis "
  "beschreibbar und die Festplatte nicht voll ist.",
  "Impossible d'enregistrer le connecteur : %1. Vérifiez que le répertoire de données est "
  "accessible en écriture et que le disque n'est pas plein.")
t("%1 is a file, not a directory: choose a directory with --data-dir.",
  "%1 ist eine Datei, kein Verzeichnis: wählen Sie mit --data-dir ein Verzeichnis.",
  "%1 est un fichier, pas un répertoire : choisissez un répertoire avec --data-dir.")
t("Could not create the data directory %1: check that the parent directory exists and is "
  "writable, or choose another one with --data-dir.",
  "Das Datenverzeichnis %1 konnte nicht angelegt werden: prüfen Sie, ob das übergeordnete "
  "Verzeichnis existiert und beschreibbar ist, oder wählen Sie mit --data-dir ein anderes.",
  "Impossible de créer le répertoire de données %1 : vérifiez que le répertoire parent existe "
  "et est accessible en écriture, ou choisissez-en un autre avec --data-dir.")
t("The data directory %1 is not writable: give your user write access to it, or choose another "
  "one with --data-dir.",
  "Das Datenverzeichnis %1 ist nicht beschreibbar: geben Sie Ihrem Benutzer Schreibrechte darauf, "
  "oder wählen Sie mit --data-dir ein anderes.",
  "Le répertoire de données %1 n'est pas accessible en écriture : donnez-y l'accès en écriture "
  "à votre utilisateur, ou choisissez-en un autre avec --data-dir.")
t('The keychain did not answer within %1 s: unlock it, or set secrets.backend to "file".',
  'Der Schlüsselbund hat nicht innerhalb von %1 s geantwortet: entsperren Sie ihn, oder setzen '
  'Sie secrets.backend auf "file".',
  'Le trousseau n\'a pas répondu en %1 s : déverrouillez-le, ou réglez secrets.backend sur '
  '"file".')
t("The database is not an open SQLite connection.",
  "Die Datenbank ist keine geöffnete SQLite-Verbindung.",
  "La base de données n'est pas une connexion SQLite ouverte.")
t("The database %1 was created by a newer Hookyard (schema %2); upgrade Hookyard or use another "
  "--data-dir.",
  "Die Datenbank %1 wurde von einem neueren Hookyard angelegt (Schema %2); aktualisieren Sie "
  "Hookyard, oder verwenden Sie ein anderes --data-dir.",
  "La base de données %1 a été créée par un Hookyard plus récent (schéma %2) ; mettez Hookyard à "
  "jour ou utilisez un autre --data-dir.")
t("%1 is not a Hookyard database: move it away or use another --data-dir.",
  "%1 ist keine Hookyard-Datenbank: verschieben Sie sie, oder verwenden Sie ein anderes "
  "--data-dir.",
  "%1 n'est pas une base de données Hookyard : déplacez-la ou utilisez un autre --data-dir.")
t("The schema of version %1 is missing from this build of Hookyard.",
  "Das Schema der Version %1 fehlt in diesem Build von Hookyard.",
  "Le schéma de la version %1 manque dans cette version compilée de Hookyard.")
t("Could not upgrade the database %1 to schema version %2: %3",
  "Die Datenbank %1 konnte nicht auf Schemaversion %2 aktualisiert werden: %3",
  "Impossible de mettre à jour la base de données %1 vers la version de schéma %2 : %3")
t('A connector named "%1" already exists: choose another name, or remove that one first.',
  "Ein Connector namens „%1“ existiert bereits: wählen Sie einen anderen Namen, oder entfernen "
  "Sie zuerst diesen.",
  "Un connecteur nommé « %1 » existe déjà : choisissez un autre nom, ou supprimez d'abord "
  "celui-ci.")
t("Could not read the connectors: %1.", "Die Connectors konnten nicht gelesen werden: %1.",
  "Impossible de lire les connecteurs : %1.")
t("The signature tolerance must be at least 1 second.",
  "Die Signaturtoleranz muss mindestens 1 Sekunde betragen.",
  "La tolérance de signature doit être d'au moins 1 seconde.")
t('There is no connector "%1" (any more): list them with `hookyard connector list`.',
  "Es gibt (inzwischen) keinen Connector „%1“: `hookyard connector list` listet sie auf.",
  "Il n'y a (plus) de connecteur « %1 » : `hookyard connector list` les liste.")
t("There is no connector with the id %1: list them with `hookyard connector list`.",
  "Es gibt keinen Connector mit der ID %1: `hookyard connector list` listet sie auf.",
  "Il n'y a pas de connecteur d'identifiant %1 : `hookyard connector list` les liste.")
t("process %1 (%2) on host %3", "Prozess %1 (%2) auf Host %3", "le processus %1 (%2) sur l'hôte %3")
t("another process", "ein anderer Prozess", "un autre processus")
t("the lock file %1 cannot be created (%2): free some space on its disk, or give your user write access to the folder",
  "die Sperrdatei %1 kann nicht angelegt werden (%2): schaffen Sie Platz auf ihrem Datenträger oder geben Sie Ihrem Benutzer Schreibrechte für den Ordner",
  "le fichier de verrou %1 ne peut pas être créé (%2) : libérez de la place sur son disque, ou donnez à votre utilisateur le droit d'écrire dans le dossier")
t("unknown error", "unbekannter Fehler", "erreur inconnue")
t("run #%1 stays queued: %2", "Lauf #%1 bleibt in der Warteschlange: %2",
  "exécution n° %1 toujours en file : %2")
t("No data directory given: pass --data-dir DIR.",
  "Kein Datenverzeichnis angegeben: übergeben Sie --data-dir DIR.",
  "Aucun répertoire de données indiqué : passez --data-dir DIR.")
t("The database %1 is read-only for your user: give your user write access to it, or use "
  "another --data-dir.",
  "Die Datenbank %1 ist für Ihren Benutzer schreibgeschützt: geben Sie Ihrem Benutzer "
  "Schreibrechte darauf, oder verwenden Sie ein anderes --data-dir.",
  "La base de données %1 est en lecture seule pour votre utilisateur : donnez-lui l'accès en "
  "écriture, ou utilisez un autre --data-dir.")
t("The SQLite driver of Qt is missing: install the package libqt6sql6-sqlite.",
  "Der SQLite-Treiber von Qt fehlt: installieren Sie das Paket libqt6sql6-sqlite.",
  "Le pilote SQLite de Qt manque : installez le paquet libqt6sql6-sqlite.")
t("Could not open the database %1 (%2): check that the data directory is writable, or use "
  "another --data-dir.",
  "Die Datenbank %1 konnte nicht geöffnet werden (%2): prüfen Sie, ob das Datenverzeichnis "
  "beschreibbar ist, oder verwenden Sie ein anderes --data-dir.",
  "Impossible d'ouvrir la base de données %1 (%2) : vérifiez que le répertoire de données est "
  "accessible en écriture, ou utilisez un autre --data-dir.")
t("The SQLite driver of Qt did not give access to its connection.",
  "Der SQLite-Treiber von Qt hat keinen Zugriff auf seine Verbindung gewährt.",
  "Le pilote SQLite de Qt n'a pas donné accès à sa connexion.")
t("Could not switch the database %1 to WAL mode (it stayed in %2 mode): keep the data directory "
  "on a local file system.",
  "Die Datenbank %1 konnte nicht in den WAL-Modus wechseln (sie blieb im Modus %2): legen Sie "
  "das Datenverzeichnis auf ein lokales Dateisystem.",
  "Impossible de passer la base de données %1 en mode WAL (elle est restée en mode %2) : "
  "gardez le répertoire de données sur un système de fichiers local.")
t("The disk that holds %1 is full: free some space. Deliveries are answered 503 meanwhile and "
  "Stripe retries them.",
  "Die Festplatte mit %1 ist voll: schaffen Sie Platz. Zustellungen werden bis dahin mit 503 "
  "beantwortet, und Stripe wiederholt sie.",
  "Le disque qui contient %1 est plein : libérez de la place. Les livraisons reçoivent 503 "
  "entre-temps et Stripe les retente.")
t("The database in %1 cannot be written (%2): give your user write access to the directory and "
  "its files, or use another --data-dir.",
  "Die Datenbank in %1 kann nicht geschrieben werden (%2): geben Sie Ihrem Benutzer "
  "Schreibrechte auf das Verzeichnis und seine Dateien, oder verwenden Sie ein anderes "
  "--data-dir.",
  "La base de données dans %1 ne peut pas être écrite (%2) : donnez à votre utilisateur l'accès "
  "en écriture au répertoire et à ses fichiers, ou utilisez un autre --data-dir.")
t("The database in %1 stayed locked by another process: try again; if it persists, check which "
  "Hookyard processes use this data dir.",
  "Die Datenbank in %1 blieb von einem anderen Prozess gesperrt: versuchen Sie es erneut; wenn "
  "das anhält, prüfen Sie, welche Hookyard-Prozesse dieses Datenverzeichnis verwenden.",
  "La base de données dans %1 est restée verrouillée par un autre processus : réessayez ; si "
  "cela persiste, vérifiez quels processus Hookyard utilisent ce répertoire de données.")
t("Could not read or write the database in %1 (%2): check the disk and free space.",
  "Die Datenbank in %1 konnte nicht gelesen oder geschrieben werden (%2): prüfen Sie die "
  "Festplatte und den freien Platz.",
  "Impossible de lire ou d'écrire la base de données dans %1 (%2) : vérifiez le disque et "
  "l'espace libre.")
t("The database in %1 is damaged or is not a Hookyard database (%2): move hookyard.db away or "
  "use another --data-dir.",
  "Die Datenbank in %1 ist beschädigt oder keine Hookyard-Datenbank (%2): verschieben Sie "
  "hookyard.db, oder verwenden Sie ein anderes --data-dir.",
  "La base de données dans %1 est endommagée ou n'est pas une base Hookyard (%2) : déplacez "
  "hookyard.db ou utilisez un autre --data-dir.")
t("The database in %1 reported an error: %2.", "Die Datenbank in %1 meldet einen Fehler: %2.",
  "La base de données dans %1 a signalé une erreur : %2.")
t("The database connection is closed.", "Die Datenbankverbindung ist geschlossen.",
  "La connexion à la base de données est fermée.")
t("Could not read the events: %1.", "Die Ereignisse konnten nicht gelesen werden: %1.",
  "Impossible de lire les événements : %1.")
t("Could not read the deliveries: %1.", "Die Zustellungen konnten nicht gelesen werden: %1.",
  "Impossible de lire les livraisons : %1.")
t("Could not remove old events: %1.", "Alte Ereignisse konnten nicht entfernt werden: %1.",
  "Impossible de supprimer les anciens événements : %1.")
t("file %1 (mode %2)", "Datei %1 (Modus %2)", "fichier %1 (mode %2)")
t("file %1 (created with mode 0600 when a secret is saved)",
  "Datei %1 (wird beim Speichern eines Geheimnisses mit Modus 0600 angelegt)",
  "fichier %1 (créé avec le mode 0600 à l'enregistrement d'un secret)")
t("The secrets file %1 stayed locked by another Hookyard process: try again.",
  "Die Geheimnisdatei %1 blieb von einem anderen Hookyard-Prozess gesperrt: versuchen Sie es "
  "erneut.",
  "Le fichier des secrets %1 est resté verrouillé par un autre processus Hookyard : réessayez.")
t("Cannot read the secrets file %1 (%2): check its owner and permissions.",
  "Die Geheimnisdatei %1 kann nicht gelesen werden (%2): prüfen Sie Eigentümer und "
  "Berechtigungen.",
  "Impossible de lire le fichier des secrets %1 (%2) : vérifiez son propriétaire et ses "
  "permissions.")
t("The secrets file %1 is not a regular file: move it away.",
  "Die Geheimnisdatei %1 ist keine reguläre Datei: verschieben Sie sie.",
  "Le fichier des secrets %1 n'est pas un fichier ordinaire : déplacez-le.")
t("The secrets file %1 can be read by other users (mode %2): run `chmod 600 %1` and try again.",
  "Die Geheimnisdatei %1 ist für andere Benutzer lesbar (Modus %2): führen Sie `chmod 600 %1` "
  "aus und versuchen Sie es erneut.",
  "Le fichier des secrets %1 est lisible par d'autres utilisateurs (mode %2) : lancez "
  "`chmod 600 %1` et réessayez.")
t("The secrets file %1 is damaged (not a JSON object): restore it from a backup, or move it away "
  "and save the signing secrets again.",
  "Die Geheimnisdatei %1 ist beschädigt (kein JSON-Objekt): stellen Sie sie aus einer Sicherung "
  "wieder her, oder verschieben Sie sie und speichern Sie die Signaturgeheimnisse erneut.",
  "Le fichier des secrets %1 est endommagé (pas un objet JSON) : restaurez-le depuis une "
  "sauvegarde, ou déplacez-le et enregistrez à nouveau les secrets de signature.")
t("Cannot create the data directory %1.", "Das Datenverzeichnis %1 kann nicht angelegt werden.",
  "Impossible de créer le répertoire de données %1.")
t("Cannot write the secrets file in %1 (%2): check that the data directory is writable.",
  "Die Geheimnisdatei in %1 kann nicht geschrieben werden (%2): prüfen Sie, ob das "
  "Datenverzeichnis beschreibbar ist.",
  "Impossible d'écrire le fichier des secrets dans %1 (%2) : vérifiez que le répertoire de "
  "données est accessible en écriture.")
t("Cannot write the secrets file %1 (%2): check the free space and permissions of the data "
  "directory.",
  "Die Geheimnisdatei %1 kann nicht geschrieben werden (%2): prüfen Sie freien Platz und "
  "Berechtigungen des Datenverzeichnisses.",
  "Impossible d'écrire le fichier des secrets %1 (%2) : vérifiez l'espace libre et les "
  "permissions du répertoire de données.")
t("keychain (Secret Service)", "Schlüsselbund (Secret Service)", "trousseau (Secret Service)")
t("Access to the keychain was denied: unlock it and allow Hookyard.",
  "Der Zugriff auf den Schlüsselbund wurde verweigert: entsperren Sie ihn und erlauben Sie "
  "Hookyard den Zugriff.",
  "L'accès au trousseau a été refusé : déverrouillez-le et autorisez Hookyard.")
t('No keychain is available on this machine: set secrets.backend to "file".',
  'Auf diesem Rechner ist kein Schlüsselbund verfügbar: setzen Sie secrets.backend auf "file".',
  'Aucun trousseau n\'est disponible sur cette machine : réglez secrets.backend sur "file".')
t("The keychain does not support this operation.",
  "Der Schlüsselbund unterstützt diesen Vorgang nicht.",
  "Le trousseau ne prend pas en charge cette opération.")
t("The keychain reported an error: %1. Start and unlock the desktop's keychain (a Secret Service "
  "such as GNOME Keyring or KWallet), or keep the secrets in a file: hookyard settings set "
  "secrets.backend file",
  "Der Schlüsselbund meldet einen Fehler: %1. Starten und entsperren Sie den Schlüsselbund des "
  "Desktops (einen Secret Service wie GNOME Keyring oder KWallet), oder bewahren Sie die "
  "Geheimnisse in einer Datei auf: hookyard settings set secrets.backend file",
  "Le trousseau a signalé une erreur : %1. Démarrez et déverrouillez le trousseau du bureau (un "
  "Secret Service comme GNOME Keyring ou KWallet), ou gardez les secrets dans un fichier : "
  "hookyard settings set secrets.backend file")
t("The keychain did not return what was written to it.",
  "Der Schlüsselbund hat nicht zurückgegeben, was hineingeschrieben wurde.",
  "Le trousseau n'a pas rendu ce qui y avait été écrit.")
t("cannot queue the run: %1", "der Lauf kann nicht eingereiht werden: %1",
  "impossible de mettre l'exécution en file : %1")
t("%1, as the setting secrets.backend asks", "%1, wie die Einstellung secrets.backend verlangt",
  "%1, comme le demande le réglage secrets.backend")
t("%1, chosen earlier for this data dir", "%1, früher für dieses Datenverzeichnis gewählt",
  "%1, choisi précédemment pour ce répertoire de données")
t("%1, which answered", "%1, der geantwortet hat", "%1, qui a répondu")
t("%1, because no keychain answered (%2)", "%1, weil kein Schlüsselbund geantwortet hat (%2)",
  "%1, car aucun trousseau n'a répondu (%2)")
t("Could not save the setting %1: %2. Check that the data directory is writable and the disk not "
  "full.",
  "Die Einstellung %1 konnte nicht gespeichert werden: %2. Prüfen Sie, ob das Datenverzeichnis "
  "beschreibbar und die Festplatte nicht voll ist.",
  "Impossible d'enregistrer le réglage %1 : %2. Vérifiez que le répertoire de données est "
  "accessible en écriture et que le disque n'est pas plein.")
t("Could not reset the setting %1: %2.", "Die Einstellung %1 konnte nicht zurückgesetzt werden: %2.",
  "Impossible de réinitialiser le réglage %1 : %2.")

# --- ui/newconnectordialog.ui --------------------------------------------------------------------
t("New Connector", "Neuer Connector", "Nouveau connecteur")
t("A connector is one webhook endpoint. Give it a name; Hookyard creates its unguessable URL.",
  "Ein Connector ist ein Webhook-Endpoint. Geben Sie ihm einen Namen; Hookyard erzeugt seine "
  "nicht zu erratende URL.",
  "Un connecteur est un endpoint de webhook. Donnez-lui un nom ; Hookyard crée son URL "
  "impossible à deviner.")
t("&Name:", "&Name:", "&Nom :")
t("billing", "abrechnung", "facturation")

# --- Hookyard::Core::Settings: setting descriptions (`hookyard settings list`, Settings tooltips) -
# src/core/settingsschema.cpp marks them for lupdate with QT_TRANSLATE_NOOP.
t("Address and port the webhook receiver listens on (port 0 = any free port)",
  "Adresse und Port, auf denen der Webhook-Empfänger lauscht (Port 0 = ein beliebiger freier "
  "Port)",
  "Adresse et port d'écoute du récepteur de webhooks (port 0 = n'importe quel port libre)")
t("Base URL shown and copied for webhook URLs, for a tunnel or reverse proxy (empty = the listen "
  "address)",
  "Basis-URL, die für Webhook-URLs angezeigt und kopiert wird, für einen Tunnel oder Reverse "
  "Proxy (leer = die Empfangsadresse)",
  "URL de base affichée et copiée pour les URL de webhook, pour un tunnel ou un proxy inverse "
  "(vide = l'adresse d'écoute)")
t("Largest request body accepted, in bytes", "Größter akzeptierter Request-Body, in Bytes",
  "Plus grand corps de requête accepté, en octets")
t("Signature timestamp tolerance in seconds given to new connectors (each connector keeps its "
  "own)",
  "Toleranz für den Signatur-Zeitstempel in Sekunden, die neue Connectors erhalten (jeder "
  "Connector behält seine eigene)",
  "Tolérance de l'horodatage de la signature, en secondes, attribuée aux nouveaux connecteurs "
  "(chaque connecteur garde la sienne)")
t("Deliveries per second per connector without a rate of its own (0 = unlimited)",
  "Zustellungen pro Sekunde und Connector ohne eigene Rate (0 = unbegrenzt)",
  "Livraisons par seconde et par connecteur sans débit propre (0 = illimité)")
t("Deliveries a connector without a burst of its own may receive at once above its rate "
  "(0 = unlimited)",
  "Zustellungen, die ein Connector ohne eigenen Burst auf einmal über seiner Rate erhalten darf "
  "(0 = unbegrenzt)",
  "Livraisons qu'un connecteur sans rafale propre peut recevoir d'un coup au-delà de son débit "
  "(0 = illimité)")
t("Rejected requests per second per remote address (0 = unlimited)",
  "Abgewiesene Anfragen pro Sekunde und entfernter Adresse (0 = unbegrenzt)",
  "Requêtes rejetées par seconde et par adresse distante (0 = illimité)")
t("Rejected requests a remote address may send at once (0 = unlimited)",
  "Abgewiesene Anfragen, die eine entfernte Adresse auf einmal senden darf (0 = unbegrenzt)",
  "Requêtes rejetées qu'une adresse distante peut envoyer d'un coup (0 = illimité)")
t("Open connections to the receiver at most", "Höchstzahl offener Verbindungen zum Empfänger",
  "Nombre maximal de connexions ouvertes vers le récepteur")
t("Open connections from one remote address at most",
  "Höchstzahl offener Verbindungen von einer entfernten Adresse",
  "Nombre maximal de connexions ouvertes depuis une même adresse distante")
t("SQLite synchronous mode: normal survives a killed process, full also a power loss. Applies "
  "when the receiver next starts",
  "Synchronous-Modus von SQLite: normal übersteht einen abgebrochenen Prozess, full auch einen "
  "Stromausfall. Gilt beim nächsten Start des Empfängers",
  "Mode synchronous de SQLite : normal survit à un processus tué, full aussi à une coupure de "
  "courant. S'applique au prochain démarrage du récepteur")
t("Days events are kept (0 = forever): older ones are removed with their deliveries and runs, "
  "soon after start and every hour, by the process that serves",
  "Tage, die Ereignisse aufbewahrt werden (0 = für immer): ältere werden mit ihren Zustellungen "
  "und Läufen entfernt, kurz nach dem Start und dann stündlich, von dem Prozess, der das "
  "Datenverzeichnis bedient",
  "Nombre de jours de conservation des événements (0 = indéfiniment) : les plus anciens sont "
  "supprimés avec leurs livraisons et leurs exécutions, peu après le démarrage puis toutes les "
  "heures, par le processus qui sert le répertoire de données")
t("Events kept at most (0 = no cap): the oldest beyond it are removed, soon after start and "
  "every hour, by the process that serves",
  "Höchstzahl aufbewahrter Ereignisse (0 = keine Grenze): die ältesten darüber hinaus werden "
  "entfernt, kurz nach dem Start und dann stündlich, von dem Prozess, der das Datenverzeichnis "
  "bedient",
  "Nombre maximal d'événements conservés (0 = sans limite) : les plus anciens au-delà sont "
  "supprimés, peu après le démarrage puis toutes les heures, par le processus qui sert le "
  "répertoire de données")
t("Where signing secrets are kept: auto (keychain, else a 0600 file), keychain or file. "
  "Switching moves the saved secrets",
  "Wo Signaturgeheimnisse liegen: auto (Schlüsselbund, sonst eine Datei mit Modus 0600), "
  "keychain oder file. Ein Wechsel verschiebt die gespeicherten Geheimnisse",
  "Où sont conservés les secrets de signature : auto (trousseau, sinon un fichier 0600), "
  "keychain ou file. Un changement déplace les secrets enregistrés")
t("Command for agents that name none (empty = none)",
  "Befehl für Agenten, die keinen nennen (leer = keiner)",
  "Commande des agents qui n'en indiquent pas (vide = aucune)")
t("Agent runs at the same time at most", "Höchstzahl gleichzeitiger Agentenläufe",
  "Nombre maximal d'exécutions d'agents simultanées")
t("Bytes of standard output and of standard error kept per run",
  "Bytes der Standardausgabe und der Standardfehlerausgabe, die pro Lauf aufbewahrt werden",
  "Octets de la sortie standard et de l'erreur standard conservés par exécution")
t("Time between asking an agent to stop and killing it (stored in milliseconds)",
  "Zeit zwischen der Aufforderung an einen Agenten, sich zu beenden, und seinem Abbruch "
  "(in Millisekunden gespeichert)",
  "Délai entre la demande d'arrêt à un agent et son arrêt forcé (enregistré en millisecondes)")
t("Desktop notifications", "Desktop-Benachrichtigungen", "Notifications du bureau")
t("Closing the window keeps Hookyard running in the tray",
  "Beim Schließen des Fensters läuft Hookyard im Infobereich weiter",
  "Fermer la fenêtre laisse Hookyard actif dans la zone de notification")
t("Interface language (empty = the system's). Applies at the next start",
  "Sprache der Oberfläche (leer = die des Systems). Gilt ab dem nächsten Start",
  "Langue de l'interface (vide = celle du système). S'applique au prochain démarrage")

# --- engine and receiver fixes after the black-box audit (2026-12-07) ---
t("Saved, but %1 has not applied the change yet; it will within seconds, or at its next start.",
  "Gespeichert, aber %1 hat die Änderung noch nicht übernommen; das geschieht in wenigen "
  "Sekunden oder beim nächsten Start.",
  "Enregistré, mais %1 n'a pas encore appliqué la modification ; il le fera dans quelques "
  "secondes, ou à son prochain démarrage.")
t("secret saved but UNREADABLE, see below",
  "Geheimnis gespeichert, aber NICHT LESBAR, siehe unten",
  "secret enregistré mais ILLISIBLE, voir ci-dessous")
t("hookyard: warning: %1", "hookyard: Warnung: %1", "hookyard : avertissement : %1")
t("Paste the signing secret (whsec_…) and press Enter; it is not shown:",
  "Fügen Sie das Signaturgeheimnis (whsec_…) ein und drücken Sie die Eingabetaste; es wird nicht "
  "angezeigt:",
  "Collez le secret de signature (whsec_…) et appuyez sur Entrée ; il n'est pas affiché :")
t("the request has %n Stripe-Signature headers: Stripe sends exactly one, so a proxy or the "
  "client added one",
  ["die Anfrage hat %n Stripe-Signature-Header: Stripe sendet genau einen, ein Proxy oder der "
   "Client hat also einen hinzugefügt",
   "die Anfrage hat %n Stripe-Signature-Header: Stripe sendet genau einen, ein Proxy oder der "
   "Client hat also einen hinzugefügt"],
  ["la requête a %n en-tête Stripe-Signature : Stripe en envoie exactement un, un proxy ou le "
   "client en a donc ajouté un",
   "la requête a %n en-têtes Stripe-Signature : Stripe en envoie exactement un, un proxy ou le "
   "client en a donc ajouté un"])

# --- cli-polish ---------------------------------------------------------------------------------
t('unexpected argument "%1" (usage: %2)', "unerwartetes Argument „%1“ (Aufruf: %2)",
  "argument inattendu « %1 » (utilisation : %2)")
t('unexpected argument "%1": --example takes the place of a file',
  "unerwartetes Argument „%1“: --example steht anstelle einer Datei",
  "argument inattendu « %1 » : --example remplace le fichier")
t("--data-dir is empty: give a folder, or leave the option out to use HOOKYARD_DATA_DIR or the "
  "default folder",
  "--data-dir ist leer: einen Ordner angeben oder die Option weglassen, um HOOKYARD_DATA_DIR oder "
  "den Standardordner zu verwenden",
  "--data-dir est vide : indiquez un dossier, ou omettez l'option pour utiliser HOOKYARD_DATA_DIR "
  "ou le dossier par défaut")
t("Usage: hookyard %1 COMMAND [options]\n"
  "\n"
  "Commands:\n"
  "%2"
  "\n"
  "Run `hookyard %1 COMMAND --help` for the options of one command.\n",
  "Aufruf: hookyard %1 BEFEHL [Optionen]\n"
  "\n"
  "Befehle:\n"
  "%2"
  "\n"
  "`hookyard %1 BEFEHL --help` zeigt die Optionen eines Befehls.\n",
  "Utilisation : hookyard %1 COMMANDE [options]\n"
  "\n"
  "Commandes :\n"
  "%2"
  "\n"
  "`hookyard %1 COMMANDE --help` affiche les options d'une commande.\n")


def _group(source, de_pairs, fr_pairs):
    def apply(pairs):
        text = source
        for english, translated in pairs:
            assert english in text, english
            text = text.replace(english, translated)
        return text
    t(source, apply(de_pairs), apply(fr_pairs))


_group("  add NAME                    create a connector, print its webhook URL\n"
       "  list [--json]               the connectors, their URLs and settings\n"
       "  url NAME                    print a connector's webhook URL\n"
       "  set-secret NAME [--keep-previous DURATION]\n"
       "                              read the whsec_ signing secret from standard input\n"
       "  configure NAME [--rate-limit PER_SECOND] [--burst N] [--tolerance SECONDS]\n"
       "                 [--enabled true|false]\n"
       "                              change its limits or tolerance, or turn it off\n"
       "  remove NAME                 remove a connector; its events stay\n",
       [("create a connector, print its webhook URL",
         "Connector anlegen, seine Webhook-URL ausgeben"),
        ("the connectors, their URLs and settings", "die Connectors, ihre URLs und Einstellungen"),
        ("print a connector's webhook URL", "die Webhook-URL eines Connectors ausgeben"),
        ("read the whsec_ signing secret from standard input",
         "das whsec_-Signaturgeheimnis von der Standardeingabe lesen"),
        ("change its limits or tolerance, or turn it off",
         "Limits oder Toleranz ändern, oder ihn abschalten"),
        ("remove a connector; its events stay",
         "einen Connector entfernen; seine Ereignisse bleiben")],
       [("create a connector, print its webhook URL",
         "crée un connecteur, affiche l'URL de son webhook"),
        ("the connectors, their URLs and settings", "les connecteurs, leurs URL et réglages"),
        ("print a connector's webhook URL", "affiche l'URL du webhook d'un connecteur"),
        ("read the whsec_ signing secret from standard input",
         "lit le secret de signature whsec_ sur l'entrée standard"),
        ("change its limits or tolerance, or turn it off",
         "change ses limites ou sa tolérance, ou le désactive"),
        ("remove a connector; its events stay",
         "supprime un connecteur ; ses événements restent")])
_group("  add FILE.yaml [--replace]   add an agent from a file\n"
       "  add --example NAME [--replace]\n"
       "                              add one of the example agents\n"
       "  list [--json]               the agents and their state\n"
       "  remove NAME                 remove an agent\n"
       "  check FILE.yaml             check an agent file without adding it\n"
       "  match EVENT_ID [--connector NAME] [--json]\n"
       "                              which agents the event would start, and why not\n",
       [("add an agent from a file", "einen Agenten aus einer Datei hinzufügen"),
        ("add one of the example agents", "einen der Beispielagenten hinzufügen"),
        ("the agents and their state", "die Agenten und ihr Zustand"),
        ("remove an agent", "einen Agenten entfernen"),
        ("check an agent file without adding it",
         "eine Agentendatei prüfen, ohne sie hinzuzufügen"),
        ("which agents the event would start, and why not",
         "welche Agenten das Ereignis starten würde und warum nicht")],
       [("add an agent from a file", "ajoute un agent depuis un fichier"),
        ("add one of the example agents", "ajoute l'un des agents d'exemple"),
        ("the agents and their state", "les agents et leur état"),
        ("remove an agent", "supprime un agent"),
        ("check an agent file without adding it",
         "vérifie un fichier d'agent sans l'ajouter"),
        ("which agents the event would start, and why not",
         "quels agents l'événement démarrerait, et pourquoi pas")])
_group("  list [--json] [--connector NAME] [--type TYPE] [--limit N]\n"
       "                              the stored events, newest first\n"
       "  show EVENT_ID [--json]      one event with its deliveries and runs\n"
       "  deliveries [--json] [--connector NAME] [--outcome OUTCOME] [--limit N]\n"
       "                              every request to a connector, newest first;\n"
       "                              --outcome rejected: the refused ones, with why\n",
       [("the stored events, newest first",
         "die gespeicherten Ereignisse, die neuesten zuerst"),
        ("one event with its deliveries and runs",
         "ein Ereignis mit seinen Zustellungen und Läufen"),
        ("every request to a connector, newest first;",
         "jede Anfrage an einen Connector, die neuesten zuerst;"),
        ("--outcome rejected: the refused ones, with why",
         "--outcome rejected: die abgewiesenen, mit Grund")],
       [("the stored events, newest first",
         "les événements conservés, les plus récents d'abord"),
        ("one event with its deliveries and runs",
         "un événement avec ses livraisons et ses exécutions"),
        ("every request to a connector, newest first;",
         "chaque requête vers un connecteur, les plus récentes d'abord ;"),
        ("--outcome rejected: the refused ones, with why",
         "--outcome rejected : les refusées, avec la raison")])
_group("  list [--json] [--agent NAME] [--event EVENT_ID] [--state STATE] [--limit N]\n"
       "                              the agent runs, newest first\n"
       "  show RUN_ID [--json]        one run with its output and log\n"
       "  start AGENT EVENT_ID [--no-wait] [--connector NAME] [--json]\n"
       "                              run an agent on a stored event\n",
       [("the agent runs, newest first", "die Agentenläufe, die neuesten zuerst"),
        ("one run with its output and log", "ein Lauf mit seiner Ausgabe und seinem Protokoll"),
        ("run an agent on a stored event", "Agenten auf ein gespeichertes Ereignis ansetzen")],
       [("the agent runs, newest first", "les exécutions d'agents, les plus récentes d'abord"),
        ("one run with its output and log", "une exécution avec sa sortie et son journal"),
        ("run an agent on a stored event", "lance un agent sur un événement conservé")])
_group("  get KEY                     print a setting's value\n"
       "  set KEY VALUE               change a setting\n"
       "  reset KEY                   back to the default value\n"
       "  list [--json]               every setting with its value\n",
       [("print a setting's value", "den Wert einer Einstellung ausgeben"),
        ("change a setting", "eine Einstellung ändern"),
        ("back to the default value", "zurück zum Standardwert"),
        ("every setting with its value", "jede Einstellung mit ihrem Wert")],
       [("print a setting's value", "affiche la valeur d'un réglage"),
        ("change a setting", "modifie un réglage"),
        ("back to the default value", "revient à la valeur par défaut"),
        ("every setting with its value", "chaque réglage avec sa valeur")])
t("The setting's key (hookyard settings list).",
  "Der Schlüssel der Einstellung (hookyard settings list).",
  "La clé du réglage (hookyard settings list).")
t("The new value.", "Der neue Wert.", "La nouvelle valeur.")
t('unknown run state "%1": use one of %2', "unbekannter Laufzustand „%1“: einer von %2",
  "état d'exécution inconnu « %1 » : utilisez l'un de %2")
t("No events match the filter.", "Keine Ereignisse passen zum Filter.",
  "Aucun événement ne correspond au filtre.")
t("%1 (turn it on: hookyard connector configure %2 --enabled true)",
  "%1 (einschalten: hookyard connector configure %2 --enabled true)",
  "%1 (pour l'activer : hookyard connector configure %2 --enabled true)")
t("The receiver cannot listen on %1:%2 (%3). %4",
  "Der Empfänger kann nicht auf %1:%2 lauschen (%3). %4",
  "Le récepteur ne peut pas écouter sur %1:%2 (%3). %4")
t("Choose another port or stop the program that uses it.",
  "Wählen Sie einen anderen Port, oder beenden Sie das Programm, das ihn belegt.",
  "Choisissez un autre port ou arrêtez le programme qui l'utilise.")
t("This machine has no such address: listen on 127.0.0.1 or on the address of one of its "
  "network interfaces.",
  "Dieser Rechner hat diese Adresse nicht: lauschen Sie auf 127.0.0.1 oder auf der Adresse einer "
  "seiner Netzwerkschnittstellen.",
  "Cette machine n'a pas cette adresse : écoutez sur 127.0.0.1 ou sur l'adresse de l'une de ses "
  "interfaces réseau.")
t("Choose another address or port.", "Wählen Sie eine andere Adresse oder einen anderen Port.",
  "Choisissez une autre adresse ou un autre port.")
# Removed connectors keep their names (schema v3).
t("%1 (removed)", "%1 (entfernt)", "%1 (supprimé)")
t('no connector named "%1", now or removed: `hookyard connector list` shows the current ones',
  "kein Connector namens „%1“, weder jetzt noch entfernt: `hookyard connector list` zeigt die "
  "aktuellen",
  "aucun connecteur nommé « %1 », actuel ou supprimé : `hookyard connector list` affiche les "
  "connecteurs actuels")
# Status bar: requests refused by the per-address reject bucket.
t("%1 throttled", "%1 gedrosselt", "%1 limitées")
t("and %n more address(es)", ["und %n weitere Adresse", "und %n weitere Adressen"],
  ["et %n autre adresse", "et %n autres adresses"])
t("Requests refused with 429 since the app started, without being checked or recorded: their "
  "address had sent too many rejected requests (unknown connector, bad signature). Stripe's "
  "valid deliveries are never refused for this. Limits: receiver.reject_rate and "
  "receiver.reject_burst in Settings.",
  "Seit dem Start mit 429 abgewiesene Anfragen, weder geprüft noch aufgezeichnet: ihre Adresse "
  "hatte zu viele abgewiesene Anfragen gesendet (unbekannter Connector, falsche Signatur). "
  "Gültige Zustellungen von Stripe werden deshalb nie abgewiesen. Grenzen: receiver.reject_rate "
  "und receiver.reject_burst in den Einstellungen.",
  "Requêtes refusées avec 429 depuis le démarrage, sans être vérifiées ni enregistrées : leur "
  "adresse avait envoyé trop de requêtes rejetées (connecteur inconnu, mauvaise signature). Les "
  "livraisons valides de Stripe ne sont jamais refusées pour cette raison. Limites : "
  "receiver.reject_rate et receiver.reject_burst dans les Réglages.")
t("a duration: 5s, 500ms, 2m", "eine Dauer: 5s, 500ms, 2m", "une durée : 5s, 500ms, 2m")
t("This window is read-only: %1 serves this data folder. Make the change there, or with the "
  "hookyard command.",
  "Dieses Fenster ist schreibgeschützt: %1 bedient diesen Datenordner. Nehmen Sie die Änderung "
  "dort vor oder mit dem Befehl hookyard.",
  "Cette fenêtre est en lecture seule : %1 sert ce dossier de données. Faites la modification "
  "là-bas, ou avec la commande hookyard.")
t("Not receiving", "Empfängt nicht", "Ne reçoit pas")
t("The receiver is not listening: %1", "Der Empfänger lauscht nicht: %1",
  "Le récepteur n'écoute pas : %1")
# Limits where 0 means none, and what "Default" stands for.
t("Unlimited", "Unbegrenzt", "Illimité")
t("Default (%1)", "Standard (%1)", "Par défaut (%1)")
t("Forever", "Für immer", "Toujours")
t("No cap", "Keine Obergrenze", "Sans plafond")
t("Deliveries at once above the rate; 0 = unlimited",
  "Zustellungen auf einmal über der Rate; 0 = unbegrenzt",
  "Livraisons d'un coup au-delà du débit ; 0 = illimité")
t("&Hide", "&Verbergen", "&Masquer")
t("Delivered %1 (HTTP %2): %3", "%1 zugestellt (HTTP %2): %3", "%1 livré (HTTP %2) : %3")
t("Not delivered: %1", "Nicht zugestellt: %1", "Non livré : %1")
t("%1 h", "%1 h", "%1 h")
t("%1 h %2 min", "%1 h %2 min", "%1 h %2 min")
t("The body of a rejected delivery is not kept: nothing in it was accepted, and what was not "
  "verified as Stripe's may come from anyone.",
  "Der Body einer abgewiesenen Zustellung wird nicht aufbewahrt: nichts davon wurde "
  "angenommen, und was nicht als von Stripe stammend geprüft wurde, kann von jedem kommen.",
  "Le corps d'une livraison rejetée n'est pas conservé : rien n'en a été accepté, et ce qui n'a "
  "pas été vérifié comme venant de Stripe peut venir de n'importe qui.")
# Events page: what an empty list means.
t("No events match these filters.", "Keine Ereignisse passen zu diesen Filtern.",
  "Aucun événement ne correspond à ces filtres.")
t("No events yet. Create a connector, add its URL in the Stripe Dashboard or forward to it with "
  "`stripe listen`, or send a test event from its page: events appear here as they arrive.",
  "Noch keine Ereignisse. Legen Sie einen Connector an, tragen Sie seine URL im Stripe-Dashboard "
  "ein oder leiten Sie mit `stripe listen` an sie weiter, oder senden Sie auf seiner Seite ein "
  "Testereignis: Ereignisse erscheinen hier, sobald sie ankommen.",
  "Pas encore d'événement. Créez un connecteur, ajoutez son URL dans le tableau de bord Stripe ou "
  "transférez-y avec `stripe listen`, ou envoyez un événement de test depuis sa page : les "
  "événements apparaissent ici dès leur arrivée.")
t("No duplicate deliveries: Stripe delivered no event twice.",
  "Keine doppelten Zustellungen: Stripe hat kein Ereignis zweimal zugestellt.",
  "Aucune livraison en double : Stripe n'a livré aucun événement deux fois.")
t("No rejected deliveries.", "Keine abgewiesenen Zustellungen.", "Aucune livraison rejetée.")
t("Deliveries the serving process rejected and recorded since this window opened; click to see "
  "them.",
  "Zustellungen, die der empfangende Prozess abgewiesen und gespeichert hat, seit dieses Fenster "
  "offen ist; klicken, um sie zu sehen.",
  "Livraisons que le processus qui reçoit a refusées et enregistrées depuis l'ouverture de cette "
  "fenêtre ; cliquez pour les voir.")
t("Rejected deliveries since the app started; click to see them. Requests to URLs no connector "
  "has (404) are counted apart: they are not recorded, as anyone can send them.",
  "Seit dem Start abgewiesene Zustellungen; klicken Sie, um sie zu sehen. Anfragen an URLs, die "
  "kein Connector hat (404), werden getrennt gezählt: sie werden nicht aufgezeichnet, da jeder "
  "sie senden kann.",
  "Livraisons rejetées depuis le démarrage ; cliquez pour les voir. Les requêtes vers des URL "
  "qu'aucun connecteur n'a (404) sont comptées à part : elles ne sont pas enregistrées, car "
  "n'importe qui peut les envoyer.")
t(", %1 to unknown URLs", ", %1 an unbekannte URLs", ", %1 vers des URL inconnues")


# English plural forms (singular, plural) of every message with %n: hookyard_en.ts gives these
# and the source text for everything else, so that English says "1 event", not "1 event(s)".
t("(%n failed)", ["(%n fehlgeschlagen)", "(%n fehlgeschlagen)"],
  ["(%n en échec)", "(%n en échec)"])
t("%1 (%2 failed)", "%1 (%2 fehlgeschlagen)", "%1 (%2 en échec)")
t("%1 (%2 pending)", "%1 (%2 offen)", "%1 (%2 en attente)")
t("%n agent run(s) on this event.", ["%n Agentenlauf zu diesem Ereignis.",
  "%n Agentenläufe zu diesem Ereignis."],
  ["%n exécution d'agent pour cet événement.", "%n exécutions d'agent pour cet événement."])
t("%n failed or timed out.", ["%n fehlgeschlagen oder Zeit überschritten.",
  "%n fehlgeschlagen oder Zeit überschritten."],
  ["%n en échec ou hors délai.", "%n en échec ou hors délai."])
t("%n queued or running.", ["%n wartet oder läuft.", "%n warten oder laufen."],
  ["%n en attente ou en cours.", "%n en attente ou en cours."])
t("Select the event to see each run's output and log.",
  "Wählen Sie das Ereignis aus, um Ausgabe und Protokoll jedes Laufs zu sehen.",
  "Sélectionnez l'événement pour voir la sortie et le journal de chaque exécution.")

t("%1 MiB", "%1 MiB", "%1 Mio")
t("%1 KiB", "%1 KiB", "%1 Kio")
t("%1 bytes", "%1 Byte", "%1 octets")
t("bytes", "Byte", "octets")
t("Normal: a killed or crashed Hookyard loses nothing it acknowledged",
  "Normal: Wird Hookyard beendet oder stürzt ab, geht nichts Bestätigtes verloren",
  "Normal : si Hookyard est tué ou plante, rien de ce qu'il a confirmé n'est perdu")
t("Full: a power loss loses nothing either (slower)",
  "Vollständig: Auch bei Stromausfall geht nichts verloren (langsamer)",
  "Complet : même une coupure de courant ne perd rien (plus lent)")
t("Automatic: the system keychain, else a file", "Automatisch: der Schlüsselbund des Systems, "
  "sonst eine Datei", "Automatique : le trousseau du système, sinon un fichier")
t("The system keychain", "Der Schlüsselbund des Systems", "Le trousseau du système")
t("A file only you can read (0600) in the data folder",
  "Eine nur für Sie lesbare Datei (0600) im Datenordner",
  "Un fichier que vous seul pouvez lire (0600) dans le dossier de données")

t("Still running: below is what it printed so far, updated every second.",
  "Läuft noch: unten steht, was er bisher ausgegeben hat, jede Sekunde aktualisiert.",
  "En cours : ci-dessous, ce qu'elle a écrit jusqu'ici, mis à jour chaque seconde.")

t("Every delivery", "Alle Zustellungen", "Toutes les livraisons")
t("No deliveries yet: every request to a connector's URL is listed here, verified or not.",
  "Noch keine Zustellungen: Hier steht jede Anfrage an die URL eines Connectors, ob verifiziert "
  "oder nicht.",
  "Aucune livraison pour l'instant : chaque requête vers l'URL d'un connecteur apparaît ici, "
  "vérifiée ou non.")

t("Search ids, types and payloads, e.g. a customer id (Ctrl+F)",
  "IDs, Typen und Nutzdaten durchsuchen, z. B. eine Kunden-ID (Strg+F)",
  "Rechercher des id, des types et des contenus, p. ex. un id client (Ctrl+F)")
t("Part of an event id, type or object id, or any text of the payload as Stripe sent it: a "
  "customer id (cus_…), an invoice id, an email address. Letters match in any case.",
  "Ein Teil einer Ereignis-ID, eines Typs oder einer Objekt-ID oder ein Text der Nutzdaten, wie "
  "Stripe sie gesendet hat: eine Kunden-ID (cus_…), eine Rechnungs-ID, eine E-Mail-Adresse. "
  "Groß- und Kleinschreibung spielen keine Rolle.",
  "Une partie d'un id d'événement, d'un type ou d'un id d'objet, ou un texte du contenu tel que "
  "Stripe l'a envoyé : un id client (cus_…), un id de facture, une adresse e-mail. Majuscules et "
  "minuscules sont équivalentes.")
t("The search failed: %1", "Die Suche ist fehlgeschlagen: %1", "La recherche a échoué : %1")
t("The newest matches are shown; older events are still being searched…",
  "Die neuesten Treffer werden angezeigt; ältere Ereignisse werden noch durchsucht…",
  "Les correspondances les plus récentes sont affichées ; les événements plus anciens sont encore en cours de recherche…")
t("More than %L1 events match: the newest %L1 are shown. Narrow the search to see older ones.",
  "Mehr als %L1 Ereignisse passen: die neuesten %L1 werden angezeigt. Grenzen Sie die Suche "
  "ein, um ältere zu sehen.",
  "Plus de %L1 événements correspondent : les %L1 plus récents sont affichés. Affinez la "
  "recherche pour voir les plus anciens.")
t("Searching the stored events…", "Die gespeicherten Ereignisse werden durchsucht…",
  "Recherche dans les événements enregistrés…")

t("Runs of every &agent", "Läufe aller &Agenten", "Exécutions de tous les &agents")
t("All states", "Alle Zustände", "Tous les états")
t("&State:", "&Zustand:", "É&tat :")

t("rejected", "abgewiesen", "refusée")
t("not read", "nicht gelesen", "non lue")
t("Show E&vents", "E&reignisse zeigen", "Afficher les é&vénements")
t("Show Re&jected", "Abge&wiesene zeigen", "Afficher les re&fusées")
t("The Events page, narrowed to this connector's events",
  "Die Seite Ereignisse, auf die Ereignisse dieses Connectors eingeschränkt",
  "La page Événements, limitée aux événements de ce connecteur")
t("The requests to this connector that were refused, each with the reason and what was recorded "
  "of it",
  "Die abgewiesenen Anfragen an diesen Connector, jede mit dem Grund und dem, was von ihr "
  "festgehalten wurde",
  "Les requêtes refusées vers ce connecteur, chacune avec la raison et ce qui en a été "
  "enregistré")
t("; check the path in `command:` (a relative one starts from the agent's folder)",
  "; prüfen Sie den Pfad in `command:` (ein relativer beginnt im Ordner des Agenten)",
  " ; vérifiez le chemin dans `command:` (un chemin relatif part du dossier de l'agent)")
t("; install it, write its full path in `command:`, or start Hookyard with a PATH that has it",
  "; installieren Sie es, schreiben Sie seinen vollen Pfad in `command:`, oder starten Sie "
  "Hookyard mit einem PATH, der es enthält",
  " ; installez-la, écrivez son chemin complet dans `command:`, ou lancez Hookyard avec un PATH "
  "qui la contient")
t("command not found here: %1: its runs will fail until it is installed or `command:` is fixed",
  "Befehl hier nicht gefunden: %1: seine Läufe schlagen fehl, bis er installiert oder "
  "`command:` korrigiert ist",
  "commande introuvable ici : %1 : ses exécutions échoueront tant qu'elle n'est pas installée "
  "ou que `command:` n'est pas corrigé")
t("%1: warning: %2", "%1: Warnung: %2", "%1 : avertissement : %2")
t("Loaded from %1; %2", "Geladen aus %1; %2", "Chargé depuis %1 ; %2")
t("✓ Valid, with a warning: %1", "✓ Gültig, mit einer Warnung: %1", "✓ Valide, avec un avertissement : %1")
t("just now", "gerade eben", "à l'instant")
t("Agents run on verified events only.", "Agenten laufen nur auf verifizierten Ereignissen.",
  "Les agents ne s'exécutent que sur des événements vérifiés.")
t("No agent has run on this event. An agent starts when an event arrives that its events and "
  "connectors lists match; Run Agent on This Event… starts one now.",
  "Auf diesem Ereignis ist kein Agent gelaufen. Ein Agent startet, wenn ein Ereignis eintrifft, "
  "auf das seine Listen events und connectors passen; „Agenten auf dieses Ereignis ansetzen…“ "
  "startet jetzt einen.",
  "Aucun agent ne s'est exécuté sur cet événement. Un agent démarre quand arrive un événement "
  "que ses listes events et connectors couvrent ; « Lancer un agent sur cet événement… » en "
  "lance un maintenant.")
t("No run is in the state “%1”.", "Kein Lauf ist im Zustand „%1“.",
  "Aucune exécution n'est à l'état « %1 ».")
t("%1 has not run yet. It runs when an event arrives that its events and connectors lists "
  "match, or from an event's Agent Runs tab.",
  "%1 ist noch nicht gelaufen. Er läuft, wenn ein Ereignis eintrifft, auf das seine Listen "
  "events und connectors passen, oder über den Reiter Agentenläufe eines Ereignisses.",
  "%1 ne s'est pas encore exécuté. Il s'exécute quand arrive un événement que ses listes events "
  "et connectors couvrent, ou depuis l'onglet Exécutions d'agents d'un événement.")
t("No agent has run yet.", "Noch ist kein Agent gelaufen.", "Aucun agent ne s'est encore exécuté.")
t("<b>Deliveries cannot be stored.</b> %1", "<b>Zustellungen können nicht gespeichert werden.</b> %1",
  "<b>Les livraisons ne peuvent pas être enregistrées.</b> %1")
# --- Hookyard::Gui: start at login (Autostart) ---------------------------------------------------
t("Start Hookyard when I l&og in, in the tray",
  "Hookyard beim Anmelden im Infobereich s&tarten",
  "Démarrer Hookyard à l'&ouverture de session, dans la zone de notification")
t("Adds Hookyard to your desktop's startup applications: %1",
  "Trägt Hookyard in die Autostart-Programme Ihrer Arbeitsumgebung ein: %1",
  "Ajoute Hookyard aux applications au démarrage de votre bureau : %1")
t("For this user on this computer, with this data folder. Where the desktop has no tray, the "
  "window opens instead.",
  "Für diesen Benutzer auf diesem Rechner, mit diesem Datenordner. Hat die Arbeitsumgebung keinen "
  "Infobereich, öffnet sich stattdessen das Fenster.",
  "Pour cet utilisateur sur cet ordinateur, avec ce dossier de données. Si le bureau n'a pas de "
  "zone de notification, la fenêtre s'ouvre à la place.")
t("The folder %1 cannot be created: check its permissions.",
  "Der Ordner %1 kann nicht angelegt werden: prüfen Sie seine Berechtigungen.",
  "Le dossier %1 ne peut pas être créé : vérifiez ses droits.")
t("%1 cannot be written (%2): check the folder's permissions and free space.",
  "%1 kann nicht geschrieben werden (%2): prüfen Sie die Berechtigungen des Ordners und den freien "
  "Speicherplatz.",
  "%1 ne peut pas être écrit (%2) : vérifiez les droits du dossier et l'espace libre.")
t("%1 cannot be removed (%2): remove it by hand, or turn Hookyard off in your desktop's startup "
  "applications.",
  "%1 kann nicht entfernt werden (%2): entfernen Sie die Datei von Hand oder schalten Sie Hookyard "
  "in den Autostart-Programmen Ihrer Arbeitsumgebung ab.",
  "%1 ne peut pas être supprimé (%2) : supprimez-le à la main, ou désactivez Hookyard dans les "
  "applications au démarrage de votre bureau.")

t("&Close Window", "Fenster &schließen", "&Fermer la fenêtre")

t("an argument looks like a secret key, so it is not repeated here. Hookyard reads a signing secret only from standard input (hookyard connector set-secret NAME < secret.txt); one typed on the command line stays in your shell's history, so remove it from there",
  "ein Argument sieht wie ein geheimer Schlüssel aus und wird deshalb hier nicht wiederholt. Hookyard liest ein Signaturgeheimnis nur von der Standardeingabe (hookyard connector set-secret NAME < secret.txt); eines, das auf der Kommandozeile getippt wurde, bleibt im Verlauf Ihrer Shell, entfernen Sie es also dort",
  "un argument ressemble à une clé secrète : il n'est donc pas répété ici. Hookyard ne lit un secret de signature que sur l'entrée standard (hookyard connector set-secret NOM < secret.txt) ; un secret tapé sur la ligne de commande reste dans l'historique de votre shell, retirez-l'en donc")
t("--listen is empty: give HOST:PORT, such as 127.0.0.1:8787, or leave the option out to use the listen.address setting",
  "--listen ist leer: geben Sie HOST:PORT an, etwa 127.0.0.1:8787, oder lassen Sie die Option weg, um die Einstellung listen.address zu verwenden",
  "--listen est vide : indiquez HÔTE:PORT, par exemple 127.0.0.1:8787, ou omettez l'option pour utiliser le réglage listen.address")
t("there is no display to show the window on (DISPLAY and WAYLAND_DISPLAY are not set): run `hookyard serve` to receive without a window, or see `hookyard --help` for the commands",
  "es gibt keine Anzeige für das Fenster (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt): starten Sie `hookyard serve`, um ohne Fenster zu empfangen, oder sehen Sie in `hookyard --help` nach den Befehlen",
  "il n'y a pas d'affichage où montrer la fenêtre (DISPLAY et WAYLAND_DISPLAY ne sont pas définies) : lancez `hookyard serve` pour recevoir sans fenêtre, ou voyez `hookyard --help` pour les commandes")
t("unknown option \"%1\": the window takes --data-dir DIR, --listen HOST:PORT and --tray; `hookyard --help` lists the commands",
  "unbekannte Option „%1“: das Fenster nimmt --data-dir DIR, --listen HOST:PORT und --tray; `hookyard --help` listet die Befehle auf",
  "option inconnue « %1 » : la fenêtre accepte --data-dir DIR, --listen HÔTE:PORT et --tray ; `hookyard --help` liste les commandes")
t("connector \"%1\" was not removed, because its signing secret could not be deleted: %2",
  "Connector „%1“ wurde nicht entfernt, weil sein Signaturgeheimnis nicht gelöscht werden konnte: %2",
  "le connecteur « %1 » n'a pas été supprimé, car son secret de signature n'a pas pu être effacé : %2")
t("this connector's signing secret is saved but cannot be read on this machine; Hookyard's log and window say why",
  "das Signaturgeheimnis dieses Connectors ist gespeichert, kann auf diesem Rechner aber nicht gelesen werden; Hookyards Protokoll und Fenster sagen, warum",
  "le secret de signature de ce connecteur est enregistré mais ne peut pas être lu sur cette machine ; le journal et la fenêtre de Hookyard disent pourquoi")
t("no stored event with id %1 for connector \"%2\": `hookyard events list --connector %2` shows its events",
  "kein gespeichertes Ereignis mit der ID %1 für Connector „%2“: `hookyard events list --connector %2` zeigt seine Ereignisse",
  "aucun événement conservé d'identifiant %1 pour le connecteur « %2 » : `hookyard events list --connector %2` affiche ses événements")
t("note: %1 came to %2 too; this is the copy of %3 (--connector NAME picks another)",
  "Hinweis: %1 kam auch an %2; dies ist die Kopie von %3 (--connector NAME wählt eine andere)",
  "remarque : %1 est aussi arrivé à %2 ; voici la copie de %3 (--connector NOM en choisit une autre)")
t("standard input holds more than %1 KiB, far more than a signing secret: give the file or the output that holds only the whsec_ secret",
  "die Standardeingabe enthält mehr als %1 KiB, weit mehr als ein Signaturgeheimnis: geben Sie die Datei oder Ausgabe an, die nur das whsec_-Geheimnis enthält",
  "l'entrée standard contient plus de %1 Kio, bien plus qu'un secret de signature : donnez le fichier ou la sortie qui ne contient que le secret whsec_")
t("The secret is in quotes: give it without them.",
  "Das Geheimnis steht in Anführungszeichen: geben Sie es ohne sie an.",
  "Le secret est entre guillemets : donnez-le sans eux.")
t("How many deliveries may arrive at once above the rate (\"default\" = the setting).",
  "Wie viele Zustellungen auf einmal über der Rate ankommen dürfen („default“ = die Einstellung).",
  "Combien de livraisons peuvent arriver d'un coup au-delà du débit (« default » = le réglage).")
t("--burst takes a whole number from 1 to 1000000, or \"default\"",
  "--burst nimmt eine ganze Zahl von 1 bis 1000000 oder „default“",
  "--burst prend un nombre entier de 1 à 1000000, ou « default »")
t("tolerance %1 s, rate %2, burst %3", "Toleranz %1 s, Rate %2, Burst %3",
  "tolérance %1 s, débit %2, rafale %3")
t("%1 is not executable: make it so with `chmod +x %2`",
  "%1 ist nicht ausführbar: machen Sie es mit `chmod +x %2` ausführbar",
  "%1 n'est pas exécutable : rendez-le exécutable avec `chmod +x %2`")
t("`connectors:` names \"%1\", which is no connector here: the agent does not run for it (names are compared exactly; `hookyard connector list` shows them)",
  "`connectors:` nennt „%1“, das hier kein Connector ist: der Agent läuft dafür nicht (Namen werden genau verglichen; `hookyard connector list` zeigt sie)",
  "`connectors:` nomme « %1 », qui n'est pas un connecteur ici : l'agent ne s'exécute pas pour lui (les noms sont comparés exactement ; `hookyard connector list` les affiche)")
t("this port speaks plain HTTP, not HTTPS: use an http:// URL, or let a tunnel or reverse proxy in front of it do the TLS",
  "dieser Port spricht einfaches HTTP, nicht HTTPS: verwenden Sie eine http://-URL oder lassen Sie einen Tunnel oder Reverse Proxy davor das TLS übernehmen",
  "ce port parle HTTP simple, pas HTTPS : utilisez une URL http://, ou laissez un tunnel ou un proxy inverse placé devant s'occuper du TLS")
t('The keychain did not answer within %1 s. QT_NO_GLIB is set, and the keychain library needs '
  'GLib\'s event loop: unset QT_NO_GLIB, or set secrets.backend to "file".',
  'Der Schlüsselbund hat nicht innerhalb von %1 s geantwortet. QT_NO_GLIB ist gesetzt, und die '
  'Schlüsselbund-Bibliothek braucht die Ereignisschleife von GLib: entfernen Sie QT_NO_GLIB, oder '
  'setzen Sie secrets.backend auf "file".',
  'Le trousseau n\'a pas répondu en %1 s. QT_NO_GLIB est défini, et la bibliothèque du trousseau '
  'a besoin de la boucle d\'événements de GLib : retirez QT_NO_GLIB, ou réglez secrets.backend sur '
  '"file".')

t('Moved the signing secrets of %1 from %2 to %3.',
  'Die Signaturgeheimnisse von %1 wurden von %2 nach %3 verschoben.',
  'Secrets de signature de %1 déplacés de %2 vers %3.')
t('Signing secrets are now kept in %1; there were none to move.',
  'Signaturgeheimnisse liegen jetzt in %1; es gab keine zu verschieben.',
  'Les secrets de signature sont désormais conservés dans %1 ; il n\'y en avait aucun à déplacer.')
t('secrets.backend stays "%1": the signing secrets cannot be moved to %2 (%3). Nothing was changed.',
  'secrets.backend bleibt „%1“: die Signaturgeheimnisse können nicht nach %2 verschoben werden '
  '(%3). Nichts wurde geändert.',
  'secrets.backend reste « %1 » : les secrets de signature ne peuvent pas être déplacés vers %2 '
  '(%3). Rien n\'a été modifié.')
t('warning: cannot note the new store in %1 (%2)',
  'Warnung: der neue Speicher kann nicht in %1 vermerkt werden (%2)',
  'avertissement : impossible de noter le nouveau stockage dans %1 (%2)')
t('The signing secrets cannot be moved to %1: %2. The setting stays as it was.',
  'Die Signaturgeheimnisse können nicht nach %1 verschoben werden: %2. Die Einstellung bleibt, '
  'wie sie war.',
  'Les secrets de signature ne peuvent pas être déplacés vers %1 : %2. Le réglage reste tel '
  'qu\'il était.')
t('an old entry for "%1" cannot be removed from the new store: %2',
  'ein alter Eintrag für „%1“ kann nicht aus dem neuen Speicher entfernt werden: %2',
  'une ancienne entrée pour « %1 » ne peut pas être retirée du nouveau stockage : %2')
t('the new store did not return the secret of "%1" that was saved in it',
  'der neue Speicher hat das darin gespeicherte Geheimnis von „%1“ nicht zurückgegeben',
  'le nouveau stockage n\'a pas rendu le secret de « %1 » qui y a été enregistré')
t('the secret of "%1" cannot be read back from the new store: %2',
  'das Geheimnis von „%1“ kann aus dem neuen Speicher nicht zurückgelesen werden: %2',
  'le secret de « %1 » ne peut pas être relu depuis le nouveau stockage : %2')
t('the secret of "%1" cannot be read from the store in use: %2',
  'das Geheimnis von „%1“ kann aus dem verwendeten Speicher nicht gelesen werden: %2',
  'le secret de « %1 » ne peut pas être lu depuis le stockage utilisé : %2')
t('the secret of "%1" cannot be saved in the new store: %2',
  'das Geheimnis von „%1“ kann im neuen Speicher nicht gespeichert werden: %2',
  'le secret de « %1 » ne peut pas être enregistré dans le nouveau stockage : %2')
t('Moving the signing secrets…',
  'Die Signaturgeheimnisse werden verschoben …',
  'Déplacement des secrets de signature…')
t('Switching to another store moves the saved signing secrets into it (each copy is checked) and '
  'then removes them from the old one. "auto" keeps the store in use.',
  'Ein Wechsel zu einem anderen Speicher verschiebt die gespeicherten Signaturgeheimnisse dorthin '
  '(jede Kopie wird geprüft) und entfernt sie dann aus dem alten. „auto“ behält den verwendeten '
  'Speicher.',
  'Passer à un autre stockage y déplace les secrets de signature enregistrés (chaque copie est '
  'vérifiée), puis les retire de l\'ancien. « auto » garde le stockage utilisé.')

t('the keychain returned no signing secret for this connector: if the keychain is locked, unlock '
  'it and restart Hookyard; otherwise save the secret again',
  'der Schlüsselbund hat für diesen Connector kein Signaturgeheimnis geliefert: ist er gesperrt, '
  'entsperren Sie ihn und starten Sie Hookyard neu; sonst speichern Sie das Geheimnis erneut',
  'le trousseau n\'a rendu aucun secret de signature pour ce connecteur : s\'il est verrouillé, '
  'déverrouillez-le et redémarrez Hookyard ; sinon enregistrez à nouveau le secret')

t('the old copies of the secrets of %1 could not be removed from %2 (%3); remove them there by '
  'hand',
  'die alten Kopien der Geheimnisse von %1 konnten nicht aus %2 entfernt werden (%3); entfernen '
  'Sie sie dort von Hand',
  'les anciennes copies des secrets de %1 n\'ont pas pu être retirées de %2 (%3) ; retirez-les '
  'là-bas à la main')
t('%1 Warning: %2.',
  '%1 Warnung: %2.',
  '%1 Avertissement : %2.')
t('Hookyard is closing',
  'Hookyard wird beendet',
  'Hookyard se ferme')
t('--version takes only --json, not "%1"',
  '--version nimmt nur --json an, nicht „%1“',
  '--version n\'accepte que --json, pas « %1 »')
t('%1: warning: the agent "%2" exists already in %3: `hookyard agent add --replace` replaces it; in the agents folder only one file of a name runs',
  '%1: Warnung: Den Agenten „%2“ gibt es schon in %3: `hookyard agent add --replace` ersetzt ihn; im Agentenordner läuft nur eine Datei eines Namens',
  '%1 : avertissement : l\'agent « %2 » existe déjà dans %3 : `hookyard agent add --replace` le remplace ; dans le dossier des agents, un seul fichier d\'un même nom s\'exécute')
t('No connectors yet: `hookyard connector add NAME` creates one, which is served at once.',
  'Noch keine Connectors: `hookyard connector add NAME` legt einen an, der sofort Ereignisse empfängt.',
  'Aucun connecteur pour l\'instant : `hookyard connector add NAME` en crée un, servi aussitôt.')
t('Cannot remove the secrets file %1 (%2): check the permissions of the data directory.',
  'Die Geheimnisdatei %1 lässt sich nicht entfernen (%2): prüfen Sie die Berechtigungen des Datenordners.',
  'Impossible de supprimer le fichier des secrets %1 (%2) : vérifiez les permissions du dossier de données.')

EN_PLURALS = {
    "%1: %n error(s)": ["%1: %n error", "%1: %n errors"],
    "(%n deliveries)": ["(%n delivery)", "(%n deliveries)"],
    "%n run(s)": ["%n run", "%n runs"],
    "(%n failed)": ["(%n failed)", "(%n failed)"],
    "%n agent run(s) on this event.":
        ["%n agent run on this event.", "%n agent runs on this event."],
    "%n failed or timed out.": ["%n failed or timed out.", "%n failed or timed out."],
    "%n queued or running.": ["%n queued or running.", "%n queued or running."],
    "Stripe-Signature header has %n timestamps: Stripe sends exactly one, so the header was "
    "tampered with or built by hand":
        ["Stripe-Signature header has %n timestamp: Stripe sends exactly one, so the header was "
         "tampered with or built by hand",
         "Stripe-Signature header has %n timestamps: Stripe sends exactly one, so the header was "
         "tampered with or built by hand"],
    "Stripe-Signature header has no v1 signature, only %n of another scheme (such as v0), which "
    "is never accepted: Stripe signs every delivery with v1":
        ["Stripe-Signature header has no v1 signature, only %n of another scheme (such as v0), "
         "which is never accepted: Stripe signs every delivery with v1",
         "Stripe-Signature header has no v1 signature, only %n of another scheme (such as v0), "
         "which are never accepted: Stripe signs every delivery with v1"],
    "no v1 signature matches the saved signing secret (%n v1 signature(s) checked): check that "
    "the secret belongs to this endpoint (Stripe Dashboard > Developers > Webhooks > the endpoint "
    "> Signing secret), or a proxy changed the body on the way":
        ["no v1 signature matches the saved signing secret (%n v1 signature checked): check that "
         "the secret belongs to this endpoint (Stripe Dashboard > Developers > Webhooks > the "
         "endpoint > Signing secret), or a proxy changed the body on the way",
         "no v1 signature matches the saved signing secret (%n v1 signatures checked): check "
         "that the secret belongs to this endpoint (Stripe Dashboard > Developers > Webhooks > "
         "the endpoint > Signing secret), or a proxy changed the body on the way"],
    "%Ln event(s)": ["%Ln event", "%Ln events"],
    "%n s ago": ["%n s ago", "%n s ago"],
    "%n min ago": ["%n min ago", "%n min ago"],
    "%n h ago": ["%n h ago", "%n h ago"],
    "Stripe delivered this event %n time(s); agents ran once.":
        ["Stripe delivered this event %n time; agents ran once.",
         "Stripe delivered this event %n times; agents ran once."],
    "{%n key(s)}": ["{%n key}", "{%n keys}"],
    "[%n item(s)]": ["[%n item]", "[%n items]"],
    "%n setting(s) were not accepted: see the page":
        ["%n setting was not accepted: see the page",
         "%n settings were not accepted: see the page"],
    "and %n more address(es)": ["and %n more address", "and %n more addresses"],
    "%n deliveries failed signature checks in the last minute. Check that the saved signing "
    "secret belongs to the endpoint.":
        ["%n delivery failed signature checks in the last minute. Check that the saved signing "
         "secret belongs to the endpoint.",
         "%n deliveries failed signature checks in the last minute. Check that the saved "
         "signing secret belongs to the endpoint."],
    "%n more failed run(s) of this agent since the last notice.":
        ["%n more failed run of this agent since the last notice.",
         "%n more failed runs of this agent since the last notice."],
    "the request has %n Stripe-Signature headers: Stripe sends exactly one, so a proxy or the "
    "client added one":
        ["the request has %n Stripe-Signature header: Stripe sends exactly one, so a proxy or "
         "the client added one",
         "the request has %n Stripe-Signature headers: Stripe sends exactly one, so a proxy or "
         "the client added one"],
}
t("A secret is saved: paste a new whsec_… here to replace it",
  "Ein Geheimnis ist gespeichert: fügen Sie hier ein neues whsec_… ein, um es zu ersetzen",
  "Un secret est enregistré : collez ici un nouveau whsec_… pour le remplacer")
t("The connector name \"%1\" may only contain letters, digits, '-', '_' and '.': \"%2\" would do.",
  "Der Connector-Name „%1“ darf nur Buchstaben, Ziffern, „-“, „_“ und „.“ enthalten: „%2“ ginge.",
  "Le nom de connecteur « %1 » ne peut contenir que des lettres, des chiffres, « - », « _ » et "
  "« . » : « %2 » conviendrait.")
