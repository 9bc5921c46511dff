<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AgentConnectorsDialog</name>
    <message>
        <source>Agent Connectors</source>
        <translation>Connecteurs de l&apos;agent</translation>
    </message>
    <message>
        <source>&amp;All connectors, also the ones created later</source>
        <translation>&amp;Tous les connecteurs, y compris ceux créés plus tard</translation>
    </message>
    <message>
        <source>&amp;Only these:</source>
        <translation>&amp;Seulement ceux-ci&#xa0;:</translation>
    </message>
    <message>
        <source>Connectors</source>
        <translation>Connecteurs</translation>
    </message>
</context>
<context>
    <name>ConnectorDetails</name>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Remove this connector; its event history stays readable</source>
        <translation>Supprimer ce connecteur&#xa0;; l&apos;historique de ses événements reste consultable</translation>
    </message>
    <message>
        <source>&lt;b&gt;No signing secret yet.&lt;/b&gt; Deliveries to this connector are refused (HTTP 503) until you save the signing secret below. Stripe retries refused deliveries for up to three days, so nothing is lost.</source>
        <translation>&lt;b&gt;Pas encore de secret de signature.&lt;/b&gt; Les livraisons à ce connecteur sont refusées (HTTP 503) tant que vous n&apos;avez pas enregistré le secret de signature ci-dessous. Stripe retente les livraisons refusées pendant trois jours au plus&#xa0;: rien n&apos;est perdu.</translation>
    </message>
    <message>
        <source>1. Webhook URL</source>
        <translation>1. URL du webhook</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>URL du webhook</translation>
    </message>
    <message>
        <source>&amp;Copy URL</source>
        <translation>&amp;Copier l&apos;URL</translation>
    </message>
    <message>
        <source>Copy the webhook URL to the clipboard</source>
        <translation>Copier l&apos;URL du webhook dans le presse-papiers</translation>
    </message>
    <message>
        <source>Stripe CLI command</source>
        <translation>Commande de la CLI Stripe</translation>
    </message>
    <message>
        <source>Copy Co&amp;mmand</source>
        <translation>Copier la co&amp;mmande</translation>
    </message>
    <message>
        <source>2. Signing secret</source>
        <translation>2. Secret de signature</translation>
    </message>
    <message>
        <source>Paste the endpoint&apos;s signing secret from Stripe (it starts with whsec_). It is kept in the secret store, never in the database.</source>
        <translation>Collez le secret de signature de l&apos;endpoint fourni par Stripe (il commence par whsec_). Il est conservé dans le stockage des secrets, jamais dans la base de données.</translation>
    </message>
    <message>
        <source>whsec_…</source>
        <translation>whsec_…</translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation>Secret de signature</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>Affic&amp;her</translation>
    </message>
    <message>
        <source>Show or hide the secret you are typing</source>
        <translation>Afficher ou masquer le secret saisi</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>&amp;Save Secret</source>
        <translation>&amp;Enregistrer le secret</translation>
    </message>
    <message>
        <source>&amp;Keep the previous secret valid for</source>
        <translation>&amp;Garder l&apos;ancien secret valide pendant</translation>
    </message>
    <message>
        <source>When you roll the secret in Stripe, Stripe keeps signing with the old one for a while: accept both meanwhile</source>
        <translation>Quand vous renouvelez le secret dans Stripe, Stripe signe encore un moment avec l&apos;ancien&#xa0;: les deux sont acceptés pendant ce temps</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Reçus&#xa0;:</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>Rejetées&#xa0;:</translation>
    </message>
    <message>
        <source>Last event:</source>
        <translation>Dernier événement&#xa0;:</translation>
    </message>
    <message>
        <source>Agents:</source>
        <translation>Agents&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Test event:</source>
        <translation>Événement de &amp;test&#xa0;:</translation>
    </message>
    <message>
        <source>Send &amp;Test Event</source>
        <translation>En&amp;voyer un événement de test</translation>
    </message>
    <message>
        <source>Sign a sample event with this connector&apos;s secret and deliver it to the receiver, like `stripe trigger`</source>
        <translation>Signer un événement d&apos;exemple avec le secret de ce connecteur et le livrer au récepteur, comme `stripe trigger`</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>&amp;Enabled (a disabled connector answers 404)</source>
        <translation>&amp;Activé (un connecteur désactivé répond 404)</translation>
    </message>
    <message>
        <source>Timestamp &amp;tolerance:</source>
        <translation>Tolé&amp;rance d&apos;horodatage&#xa0;:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Rate limit:</source>
        <translation>&amp;Limite de débit&#xa0;:</translation>
    </message>
    <message>
        <source>Deliveries per second; 0 = unlimited</source>
        <translation>Livraisons par seconde&#xa0;; 0 = illimité</translation>
    </message>
    <message>
        <source>B&amp;urst:</source>
        <translation>Ra&amp;fale&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Apply Options</source>
        <translation>A&amp;ppliquer les options</translation>
    </message>
    <message>
        <source>&amp;Link Agents…</source>
        <translation>L&amp;ier des agents…</translation>
    </message>
    <message>
        <source>Choose the agents that run for this connector&apos;s events</source>
        <translation>Choisir les agents qui s&apos;exécutent sur les événements de ce connecteur</translation>
    </message>
    <message>
        <source>Deliveries at once above the rate; 0 = unlimited</source>
        <translation>Livraisons d&apos;un coup au-delà du débit&#xa0;; 0 = illimité</translation>
    </message>
    <message>
        <source>Show E&amp;vents</source>
        <translation>Afficher les é&amp;vénements</translation>
    </message>
    <message>
        <source>The Events page, narrowed to this connector&apos;s events</source>
        <translation>La page Événements, limitée aux événements de ce connecteur</translation>
    </message>
    <message>
        <source>Show Re&amp;jected</source>
        <translation>Afficher les re&amp;fusées</translation>
    </message>
    <message>
        <source>The requests to this connector that were refused, each with the reason and what was recorded of it</source>
        <translation>Les requêtes refusées vers ce connecteur, chacune avec la raison et ce qui en a été enregistré</translation>
    </message>
</context>
<context>
    <name>Hookyard::Agents</name>
    <message>
        <source>the name &quot;%1&quot; is already used by %2</source>
        <translation>le nom «&#xa0;%1&#xa0;» est déjà utilisé par %2</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>unterminated single quote</source>
        <translation>apostrophe non refermée</translation>
    </message>
    <message>
        <source>unterminated double quote</source>
        <translation>guillemet double non refermé</translation>
    </message>
</context>
<context>
    <name>Hookyard::Agents::AgentExamples</name>
    <message>
        <source>Dunning: recover failed payments</source>
        <translation>Relances&#xa0;: récupérer les paiements échoués</translation>
    </message>
    <message>
        <source>Drafts a recovery message naming the amount and the decline reason when a payment or an invoice payment fails.</source>
        <translation>Rédige un message de relance indiquant le montant et le motif du refus quand un paiement ou le paiement d&apos;une facture échoue.</translation>
    </message>
    <message>
        <source>Onboarding: welcome upgrades</source>
        <translation>Accueil&#xa0;: saluer les montées en gamme</translation>
    </message>
    <message>
        <source>Welcomes a customer to a new or higher plan; other subscription updates are skipped by its middleware.</source>
        <translation>Souhaite la bienvenue à un client dans une offre nouvelle ou supérieure&#xa0;; son middleware ignore les autres modifications d&apos;abonnement.</translation>
    </message>
    <message>
        <source>Fraud review: warnings and disputes</source>
        <translation>Examen des fraudes&#xa0;: alertes et litiges</translation>
    </message>
    <message>
        <source>Summarises an early fraud warning or a dispute with the recommended step and the evidence deadline.</source>
        <translation>Résume une alerte précoce de fraude ou un litige, avec l&apos;étape recommandée et la date limite des justificatifs.</translation>
    </message>
    <message>
        <source>Churn prevention: win-back offers</source>
        <translation>Prévention du désabonnement&#xa0;: offres de reconquête</translation>
    </message>
    <message>
        <source>Drafts a win-back offer when a subscription is cancelled or set to end at the period&apos;s end.</source>
        <translation>Rédige une offre de reconquête quand un abonnement est résilié ou prévu pour s&apos;arrêter à la fin de la période.</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>%1 exists already (use --replace to overwrite it)</source>
        <translation>%1 existe déjà (utilisez --replace pour l&apos;écraser)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Hookyard::Agents::AgentProcess</name>
    <message>
        <source>command not found: %1</source>
        <translation>commande introuvable&#xa0;: %1</translation>
    </message>
    <message>
        <source> (to run the file next to the agent, write ./%1)</source>
        <translation> (pour lancer le fichier situé à côté de l&apos;agent, écrivez ./%1)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>killed %1 after it ignored the request to terminate</source>
        <translation>tuée (kill) %1 après avoir ignoré la demande d&apos;arrêt</translation>
    </message>
    <message>
        <source>terminated</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <source>timed out after %1; %2</source>
        <translation>délai dépassé après %1&#xa0;; %2</translation>
    </message>
    <message>
        <source>crashed with signal %1 (%2)</source>
        <translation>plantage sur le signal %1 (%2)</translation>
    </message>
    <message>
        <source>exited with status %1</source>
        <translation>terminée avec le code %1</translation>
    </message>
    <message>
        <source>could not start %1: %2</source>
        <translation>impossible de démarrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>; check the path in `command:` (a relative one starts from the agent&apos;s folder)</source>
        <translation>&#xa0;; vérifiez le chemin dans `command:` (un chemin relatif part du dossier de l&apos;agent)</translation>
    </message>
    <message>
        <source>; install it, write its full path in `command:`, or start Hookyard with a PATH that has it</source>
        <translation>&#xa0;; installez-la, écrivez son chemin complet dans `command:`, ou lancez Hookyard avec un PATH qui la contient</translation>
    </message>
    <message>
        <source>command not found here: %1: its runs will fail until it is installed or `command:` is fixed</source>
        <translation>commande introuvable ici&#xa0;: %1&#xa0;: ses exécutions échoueront tant qu&apos;elle n&apos;est pas installée ou que `command:` n&apos;est pas corrigé</translation>
    </message>
    <message>
        <source>%1 is not executable: make it so with `chmod +x %2`</source>
        <translation>%1 n&apos;est pas exécutable&#xa0;: rendez-le exécutable avec `chmod +x %2`</translation>
    </message>
</context>
<context>
    <name>Hookyard::Agents::AgentRun</name>
    <message>
        <source>this agent has no command and no default agent command is set: add `command:` to %1 or run `hookyard settings set agents.default_command &quot;…&quot;`</source>
        <translation>cet agent n&apos;a pas de commande et aucune commande d&apos;agent par défaut n&apos;est définie&#xa0;: ajoutez `command:` à %1 ou lancez `hookyard settings set agents.default_command &quot;…&quot;`</translation>
    </message>
    <message>
        <source>the default agent command (agents.default_command) cannot be used: %1</source>
        <translation>la commande d&apos;agent par défaut (agents.default_command) est inutilisable&#xa0;: %1</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>elle est vide</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>middleware %1</source>
        <translation>middleware %1</translation>
    </message>
    <message>
        <source>skipped: the middleware exited with status %1</source>
        <translation>ignorée&#xa0;: le middleware s&apos;est terminé avec le code %1</translation>
    </message>
    <message>
        <source>skipped: the middleware exited with status %1: %2</source>
        <translation>ignorée&#xa0;: le middleware s&apos;est terminé avec le code %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>middleware: %1</source>
        <translation>middleware&#xa0;: %1</translation>
    </message>
    <message>
        <source>skipped: the middleware printed nothing</source>
        <translation>ignorée&#xa0;: le middleware n&apos;a rien affiché</translation>
    </message>
    <message>
        <source>the middleware printed more than %1 bytes</source>
        <translation>le middleware a affiché plus de %1 octets</translation>
    </message>
</context>
<context>
    <name>Hookyard::Agents::AgentSpecReader</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 bytes</source>
        <translation>le fichier dépasse %1 octets</translation>
    </message>
    <message>
        <source>`%1` must be a list of strings</source>
        <translation>`%1` doit être une liste de chaînes</translation>
    </message>
    <message>
        <source>every item of `%1` must be a non-empty string</source>
        <translation>chaque élément de `%1` doit être une chaîne non vide</translation>
    </message>
    <message>
        <source>`%1`: %2</source>
        <translation>`%1`&#xa0;: %2</translation>
    </message>
    <message>
        <source>`%1` is empty</source>
        <translation>`%1` est vide</translation>
    </message>
    <message>
        <source>`%1` contains %2, which is passed as an argument: commands run without a shell</source>
        <translation>`%1` contient %2, qui est transmis comme argument&#xa0;: les commandes s&apos;exécutent sans shell</translation>
    </message>
    <message>
        <source>`%1` must be a list of arguments or a string</source>
        <translation>`%1` doit être une liste d&apos;arguments ou une chaîne</translation>
    </message>
    <message>
        <source>every argument of `%1` must be a string</source>
        <translation>chaque argument de `%1` doit être une chaîne</translation>
    </message>
    <message>
        <source>`%1` needs a program name</source>
        <translation>`%1` doit nommer un programme</translation>
    </message>
    <message>
        <source>`%1` must be a whole number from %2 to %3</source>
        <translation>`%1` doit être un nombre entier de %2 à %3</translation>
    </message>
    <message>
        <source>`env` must be a map of NAME: value</source>
        <translation>`env` doit être une table NOM: valeur</translation>
    </message>
    <message>
        <source>`env` names must be letters, digits and &apos;_&apos;, not starting with a digit</source>
        <translation>les noms de `env` ne contiennent que des lettres, des chiffres et &apos;_&apos;, et ne commencent pas par un chiffre</translation>
    </message>
    <message>
        <source>the value of `env.%1` must be a string</source>
        <translation>la valeur de `env.%1` doit être une chaîne</translation>
    </message>
    <message>
        <source>`env.%1` is ignored: Hookyard sets HOOKYARD_* variables itself</source>
        <translation>`env.%1` est ignoré&#xa0;: Hookyard définit lui-même les variables HOOKYARD_*</translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation>YAML non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>the file is empty: an agent needs at least `name:`</source>
        <translation>le fichier est vide&#xa0;: un agent a besoin au moins de `name:`</translation>
    </message>
    <message>
        <source>an agent file must be a map of keys (name:, command:, ...)</source>
        <translation>un fichier d&apos;agent doit être une table de clés (name:, command:, ...)</translation>
    </message>
    <message>
        <source>keys must be plain words</source>
        <translation>les clés doivent être des mots simples</translation>
    </message>
    <message>
        <source>`%1` appears twice</source>
        <translation>`%1` apparaît deux fois</translation>
    </message>
    <message>
        <source>`name` must be a string</source>
        <translation>`name` doit être une chaîne</translation>
    </message>
    <message>
        <source>`model` must be a string</source>
        <translation>`model` doit être une chaîne</translation>
    </message>
    <message>
        <source>both `system` and `system_prompt` are set: the first one is used</source>
        <translation>`system` et `system_prompt` sont tous deux définis&#xa0;: le premier est utilisé</translation>
    </message>
    <message>
        <source>`%1` must be a string</source>
        <translation>`%1` doit être une chaîne</translation>
    </message>
    <message>
        <source>event pattern &quot;%1&quot; contains a comma or a space: write several as a list, [a, b]</source>
        <translation>le motif d&apos;événement «&#xa0;%1&#xa0;» contient une virgule ou une espace&#xa0;: écrivez-en plusieurs sous forme de liste, [a, b]</translation>
    </message>
    <message>
        <source>`timeout` must be a duration such as 30s, 2m or 1h30m</source>
        <translation>`timeout` doit être une durée, par exemple 30s, 2m ou 1h30m</translation>
    </message>
    <message>
        <source>`enabled` must be true or false</source>
        <translation>`enabled` doit valoir true ou false</translation>
    </message>
    <message>
        <source>unknown key `%1` is ignored (known keys: %2)</source>
        <translation>la clé inconnue `%1` est ignorée (clés connues&#xa0;: %2)</translation>
    </message>
    <message>
        <source>`name` is missing: every agent needs a name</source>
        <translation>`name` manque&#xa0;: chaque agent a besoin d&apos;un nom</translation>
    </message>
    <message>
        <source>`name` may hold only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most 64), as it names the file</source>
        <translation>`name` ne peut contenir que des lettres, des chiffres, &apos;.&apos;, &apos;_&apos; et &apos;-&apos; (64 au plus), car il nomme le fichier</translation>
    </message>
    <message>
        <source>`name` is empty</source>
        <translation>`name` est vide</translation>
    </message>
    <message>
        <source>no `events` listed: this agent starts only by hand (hookyard runs start); add events: [&quot;*&quot;] to start it for every event</source>
        <translation>aucun `events` indiqué&#xa0;: cet agent ne démarre qu&apos;à la main (hookyard runs start)&#xa0;; ajoutez events: [&quot;*&quot;] pour le démarrer à chaque événement</translation>
    </message>
</context>
<context>
    <name>Hookyard::Agents::CatalogSnapshot</name>
    <message>
        <source>the file has errors: %1</source>
        <translation>le fichier contient des erreurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>disabled (enabled: false)</source>
        <translation>désactivé (enabled: false)</translation>
    </message>
    <message>
        <source>no `events` listed: it starts only by hand</source>
        <translation>aucun `events` indiqué&#xa0;: il ne démarre qu&apos;à la main</translation>
    </message>
    <message>
        <source>%1 matches none of its events: %2</source>
        <translation>%1 ne correspond à aucun de ses événements&#xa0;: %2</translation>
    </message>
    <message>
        <source>connector %1 is not in its connectors: %2</source>
        <translation>le connecteur %1 ne fait pas partie de ses connecteurs&#xa0;: %2</translation>
    </message>
    <message>
        <source>would start</source>
        <translation>démarrerait</translation>
    </message>
</context>
<context>
    <name>Hookyard::Agents::ConnectorLinks</name>
    <message>
        <source>%1 would run for every connector: an empty `connectors` list means all of them. To stop it, set `enabled: false` or change its events on the Agents page.</source>
        <translation>%1 s&apos;exécuterait pour chaque connecteur&#xa0;: une liste `connectors` vide les désigne tous. Pour l&apos;en empêcher, indiquez `enabled: false` ou modifiez ses événements dans la page Agents.</translation>
    </message>
</context>
<context>
    <name>Hookyard::Agents::ConnectorsKeyRewriter</name>
    <message>
        <source>the file has errors; fix them first: %1</source>
        <translation>le fichier contient des erreurs&#xa0;; corrigez-les d&apos;abord&#xa0;: %1</translation>
    </message>
    <message>
        <source>a connector name cannot be empty</source>
        <translation>un nom de connecteur ne peut pas être vide</translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation>YAML non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>an agent file must be a map of keys</source>
        <translation>un fichier d&apos;agent doit être une table de clés</translation>
    </message>
    <message>
        <source>the file is written as one { … } map: change `connectors` by hand</source>
        <translation>le fichier est écrit comme une seule table { … }&#xa0;: modifiez `connectors` à la main</translation>
    </message>
    <message>
        <source>the change would break the file (%1); edit it by hand</source>
        <translation>la modification casserait le fichier (%1)&#xa0;; modifiez-le à la main</translation>
    </message>
    <message>
        <source>the file would list [%1] instead of [%2]; edit it by hand</source>
        <translation>le fichier listerait [%1] au lieu de [%2]&#xa0;; modifiez-le à la main</translation>
    </message>
    <message>
        <source>the change would alter other keys of the file; edit it by hand</source>
        <translation>la modification changerait d&apos;autres clés du fichier&#xa0;; modifiez-le à la main</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 bytes</source>
        <translation>le fichier dépasse %1 octets</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>impossible d&apos;écrire le fichier&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Hookyard::Agents::RunScheduler</name>
    <message>
        <source>interrupted: Hookyard stopped while attempt %1 was running</source>
        <translation>interrompue&#xa0;: Hookyard s&apos;est arrêté pendant la tentative %1</translation>
    </message>
    <message>
        <source>there is no agent named %1 (was its file removed?)</source>
        <translation>il n&apos;y a pas d&apos;agent nommé %1 (son fichier a-t-il été supprimé&#xa0;?)</translation>
    </message>
    <message>
        <source>skipped: the agent is disabled</source>
        <translation>ignorée&#xa0;: l&apos;agent est désactivé</translation>
    </message>
    <message>
        <source>the event of this run is no longer stored</source>
        <translation>l&apos;événement de cette exécution n&apos;est plus conservé</translation>
    </message>
    <message>
        <source>attempt %1 %2: %3; retry in %4</source>
        <translation>tentative %1 %2&#xa0;: %3&#xa0;; nouvel essai dans %4</translation>
    </message>
    <message>
        <source>cancelled before it started</source>
        <translation>annulée avant de démarrer</translation>
    </message>
</context>
<context>
    <name>Hookyard::Cli</name>
    <message>
        <source>(the default agent command)</source>
        <translation>(la commande d&apos;agent par défaut)</translation>
    </message>
    <message>
        <source>The agent file to add.</source>
        <translation>Le fichier d&apos;agent à ajouter.</translation>
    </message>
    <message>
        <source>Replace an agent of the same name.</source>
        <translation>Remplacer un agent du même nom.</translation>
    </message>
    <message>
        <source>Add one of the example agents (dunning, onboarding, fraud, churn) instead of a file.</source>
        <translation>Ajouter l&apos;un des agents d&apos;exemple (dunning, onboarding, fraud, churn) au lieu d&apos;un fichier.</translation>
    </message>
    <message>
        <source>no example named &quot;%1&quot;; the examples are: %2</source>
        <translation>aucun exemple nommé «&#xa0;%1&#xa0;»&#xa0;; les exemples sont&#xa0;: %2</translation>
    </message>
    <message>
        <source>Added the example agent %1 (%2); it starts for: %3</source>
        <translation>Agent d&apos;exemple %1 ajouté (%2)&#xa0;; il démarre pour&#xa0;: %3</translation>
    </message>
    <message>
        <source>no event</source>
        <translation>aucun événement</translation>
    </message>
    <message>
        <source>give one agent file: %1</source>
        <translation>indiquez un fichier d&apos;agent&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 has errors: not added</source>
        <translation>%1 contient des erreurs&#xa0;: non ajouté</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>%1 is already in the agents folder and valid</source>
        <translation>%1 est déjà dans le dossier des agents et valide</translation>
    </message>
    <message>
        <source>an agent named &quot;%1&quot; exists already (%2): use --replace to replace it</source>
        <translation>un agent nommé «&#xa0;%1&#xa0;» existe déjà (%2)&#xa0;: utilisez --replace pour le remplacer</translation>
    </message>
    <message>
        <source>%1 exists already with other content: use --replace to overwrite it</source>
        <translation>%1 existe déjà avec un autre contenu&#xa0;: utilisez --replace pour l&apos;écraser</translation>
    </message>
    <message>
        <source>cannot copy %1 to %2</source>
        <translation>impossible de copier %1 vers %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Added agent %1 (%2)</source>
        <translation>Agent %1 ajouté (%2)</translation>
    </message>
    <message>
        <source>Copied with it: %1</source>
        <translation>Copié avec lui&#xa0;: %1</translation>
    </message>
    <message>
        <source>It lists no events: it starts only by hand (hookyard runs start).</source>
        <translation>Il ne liste aucun événement&#xa0;: il ne démarre qu&apos;à la main (hookyard runs start).</translation>
    </message>
    <message>
        <source>It starts for: %1</source>
        <translation>Il démarre pour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Print JSON for scripts.</source>
        <translation>Afficher du JSON pour les scripts.</translation>
    </message>
    <message>
        <source>No agents yet in %1: start from an example with `hookyard agent add --example dunning`.</source>
        <translation>Pas encore d&apos;agent dans %1&#xa0;: partez d&apos;un exemple avec `hookyard agent add --example dunning`.</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>events: %1</source>
        <translation>événements&#xa0;: %1</translation>
    </message>
    <message>
        <source>none (by hand only)</source>
        <translation>aucun (à la main seulement)</translation>
    </message>
    <message>
        <source>connectors: %1</source>
        <translation>connecteurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>command: %1</source>
        <translation>commande&#xa0;: %1</translation>
    </message>
    <message>
        <source>file: %1</source>
        <translation>fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>The agent to remove.</source>
        <translation>L&apos;agent à supprimer.</translation>
    </message>
    <message>
        <source>give one agent name: hookyard agent remove NAME</source>
        <translation>indiquez un nom d&apos;agent&#xa0;: hookyard agent remove NAME</translation>
    </message>
    <message>
        <source>no agent named &quot;%1&quot;: `hookyard agent list` shows them</source>
        <translation>aucun agent nommé «&#xa0;%1&#xa0;»&#xa0;: `hookyard agent list` les affiche</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>impossible de supprimer %1</translation>
    </message>
    <message>
        <source>Removed agent %1 (%2). Scripts next to it were left in place.</source>
        <translation>Agent %1 supprimé (%2). Les scripts à côté de lui sont restés en place.</translation>
    </message>
    <message>
        <source>The agent file to check.</source>
        <translation>Le fichier d&apos;agent à vérifier.</translation>
    </message>
    <message>
        <source>give one agent file: hookyard agent check FILE.yaml</source>
        <translation>indiquez un fichier d&apos;agent&#xa0;: hookyard agent check FILE.yaml</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n error(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n erreur</numerusform>
            <numerusform>%1&#xa0;: %n erreurs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: ok, agent %2</source>
        <translation>%1&#xa0;: ok, agent %2</translation>
    </message>
    <message>
        <source>A stored Stripe event id.</source>
        <translation>L&apos;identifiant d&apos;un événement Stripe conservé.</translation>
    </message>
    <message>
        <source>The connector, when the event came to several.</source>
        <translation>Le connecteur, si l&apos;événement est arrivé sur plusieurs.</translation>
    </message>
    <message>
        <source>give one event id: %1</source>
        <translation>indiquez un identifiant d&apos;événement&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (%2) on connector %3:</source>
        <translation>%1 (%2) sur le connecteur %3&#xa0;:</translation>
    </message>
    <message>
        <source>no agents are defined</source>
        <translation>aucun agent n&apos;est défini</translation>
    </message>
    <message>
        <source>starts       %1</source>
        <translation>démarre        %1</translation>
    </message>
    <message>
        <source>not started  %1: %2</source>
        <translation>ne démarre pas %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>usage: hookyard agent add FILE.yaml | list [--json] | remove NAME | check FILE.yaml | match EVENT_ID</source>
        <translation>utilisation&#xa0;: hookyard agent add FILE.yaml | list [--json] | remove NAME | check FILE.yaml | match EVENT_ID</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;: run `hookyard --help` for the list of commands</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»&#xa0;: `hookyard --help` donne la liste des commandes</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation>utilisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Utilisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>no connector named &quot;%1&quot;: `hookyard connector list` shows them</source>
        <translation>aucun connecteur nommé «&#xa0;%1&#xa0;»&#xa0;: `hookyard connector list` les affiche</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>illimité</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>The connector&apos;s name, e.g. billing.</source>
        <translation>Le nom du connecteur, par exemple facturation.</translation>
    </message>
    <message>
        <source>give one name: hookyard connector add NAME</source>
        <translation>indiquez un nom&#xa0;: hookyard connector add NAME</translation>
    </message>
    <message>
        <source>Connector &quot;%1&quot; created. Add this URL in the Stripe Dashboard (Developers &gt; Webhooks &gt; Add endpoint) or run `stripe listen --forward-to &lt;URL&gt;`, then save the signing secret: hookyard connector set-secret %1 &lt; secret.txt</source>
        <translation>Connecteur «&#xa0;%1&#xa0;» créé. Ajoutez cette URL dans le Dashboard Stripe (Développeurs &gt; Webhooks &gt; Ajouter un endpoint) ou lancez `stripe listen --forward-to &lt;URL&gt;`, puis enregistrez le secret de signature&#xa0;: hookyard connector set-secret %1 &lt; secret.txt</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>indisponible</translation>
    </message>
    <message>
        <source>No connectors yet: hookyard connector add NAME</source>
        <translation>Pas encore de connecteur&#xa0;: hookyard connector add NAME</translation>
    </message>
    <message>
        <source>secret saved</source>
        <translation>secret enregistré</translation>
    </message>
    <message>
        <source>NO SECRET: deliveries are refused (503)</source>
        <translation>AUCUN SECRET&#xa0;: les livraisons sont refusées (503)</translation>
    </message>
    <message>
        <source>, previous secret valid until %1</source>
        <translation>, ancien secret valide jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>Signing secrets are kept in: %1</source>
        <translation>Les secrets de signature sont conservés dans&#xa0;: %1</translation>
    </message>
    <message>
        <source>The connector&apos;s name.</source>
        <translation>Le nom du connecteur.</translation>
    </message>
    <message>
        <source>give one name: hookyard connector url NAME</source>
        <translation>indiquez un nom&#xa0;: hookyard connector url NAME</translation>
    </message>
    <message>
        <source>Keep the old secret valid this long (rotation), e.g. 24h; at most 24h.</source>
        <translation>Garder l&apos;ancien secret valide aussi longtemps (rotation), par exemple 24h&#xa0;; 24h au plus.</translation>
    </message>
    <message>
        <source>give one name; the secret is read from standard input, never from the command line: hookyard connector set-secret NAME</source>
        <translation>indiquez un nom&#xa0;; le secret est lu sur l&apos;entrée standard, jamais sur la ligne de commande&#xa0;: hookyard connector set-secret NAME</translation>
    </message>
    <message>
        <source>--keep-previous takes a duration up to 24h, e.g. 1h or 24h</source>
        <translation>--keep-previous attend une durée jusqu&apos;à 24h, par exemple 1h ou 24h</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>impossible de lire l&apos;entrée standard</translation>
    </message>
    <message>
        <source>Signing secret of &quot;%1&quot; saved in %2.</source>
        <translation>Secret de signature de «&#xa0;%1&#xa0;» enregistré dans %2.</translation>
    </message>
    <message>
        <source>The previous secret stays valid for %1.</source>
        <translation>L&apos;ancien secret reste valide pendant %1.</translation>
    </message>
    <message>
        <source>usage: hookyard connector add|list|url|set-secret|configure|remove …</source>
        <translation>utilisation&#xa0;: hookyard connector add|list|url|set-secret|configure|remove …</translation>
    </message>
    <message>
        <source>Deliveries per second (0 = unlimited, &quot;default&quot; = the setting).</source>
        <translation>Livraisons par seconde (0 = illimité, &quot;default&quot; = le réglage).</translation>
    </message>
    <message>
        <source>Signature timestamp tolerance in seconds (1 to 86400).</source>
        <translation>Tolérance de l&apos;horodatage de la signature, en secondes (1 à 86400).</translation>
    </message>
    <message>
        <source>true to receive, false to refuse deliveries (404).</source>
        <translation>true pour recevoir, false pour refuser les livraisons (404).</translation>
    </message>
    <message>
        <source>give one name: %1</source>
        <translation>indiquez un nom&#xa0;: %1</translation>
    </message>
    <message>
        <source>nothing to change: %1</source>
        <translation>rien à modifier&#xa0;: %1</translation>
    </message>
    <message>
        <source>--rate-limit takes a number of deliveries per second from 0 (unlimited) to 100000, or &quot;default&quot;</source>
        <translation>--rate-limit attend un nombre de livraisons par seconde de 0 (illimité) à 100000, ou &quot;default&quot;</translation>
    </message>
    <message>
        <source>--tolerance takes seconds from 1 to 86400 (0 would turn off replay protection and is not accepted)</source>
        <translation>--tolerance attend un nombre de secondes de 1 à 86400 (0 désactiverait la protection contre le rejeu et n&apos;est pas accepté)</translation>
    </message>
    <message>
        <source>--enabled takes true or false</source>
        <translation>--enabled attend true ou false</translation>
    </message>
    <message>
        <source>Connector &quot;%1&quot; updated.</source>
        <translation>Connecteur «&#xa0;%1&#xa0;» mis à jour.</translation>
    </message>
    <message>
        <source>give one name: hookyard connector remove NAME</source>
        <translation>indiquez un nom&#xa0;: hookyard connector remove NAME</translation>
    </message>
    <message>
        <source>Connector &quot;%1&quot; removed; its URL now answers 404. Its stored events are kept.</source>
        <translation>Connecteur «&#xa0;%1&#xa0;» supprimé&#xa0;; son URL répond désormais 404. Ses événements enregistrés sont conservés.</translation>
    </message>
    <message>
        <source>--data-dir needs a folder: --data-dir DIR</source>
        <translation>--data-dir attend un dossier&#xa0;: --data-dir DIR</translation>
    </message>
    <message>
        <source>Only this connector.</source>
        <translation>Seulement ce connecteur.</translation>
    </message>
    <message>
        <source>Only this event type (globs: invoice.*).</source>
        <translation>Seulement ce type d&apos;événement (motifs&#xa0;: invoice.*).</translation>
    </message>
    <message>
        <source>At most N events (default 50).</source>
        <translation>N événements au plus (50 par défaut).</translation>
    </message>
    <message>
        <source>No events yet.</source>
        <translation>Pas encore d&apos;événement.</translation>
    </message>
    <message numerus="yes">
        <source>(%n deliveries)</source>
        <translation>
            <numerusform>(%n livraison)</numerusform>
            <numerusform>(%n livraisons)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n exécution</numerusform>
            <numerusform>%n exécutions</numerusform>
        </translation>
    </message>
    <message>
        <source>The Stripe event id (evt_…).</source>
        <translation>L&apos;identifiant de l&apos;événement Stripe (evt_…).</translation>
    </message>
    <message>
        <source>Print the stored event as JSON.</source>
        <translation>Afficher l&apos;événement conservé en JSON.</translation>
    </message>
    <message>
        <source>give one event id: hookyard events show EVENT_ID</source>
        <translation>indiquez un identifiant d&apos;événement&#xa0;: hookyard events show EVENT_ID</translation>
    </message>
    <message>
        <source>Event      %1</source>
        <translation>Événement      %1</translation>
    </message>
    <message>
        <source>Type       %1%2</source>
        <translation>Type           %1%2</translation>
    </message>
    <message>
        <source> (thin event)</source>
        <translation> (événement léger)</translation>
    </message>
    <message>
        <source>Connector  %1</source>
        <translation>Connecteur     %1</translation>
    </message>
    <message>
        <source>Received   %1</source>
        <translation>Reçu           %1</translation>
    </message>
    <message>
        <source>Mode       %1</source>
        <translation>Mode           %1</translation>
    </message>
    <message>
        <source>live</source>
        <translation>production</translation>
    </message>
    <message>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <source>Delivery   %1  %2 %3  from %4, signed %5 s before arrival</source>
        <translation>Livraison      %1  %2 %3  de %4, signée %5 s avant l&apos;arrivée</translation>
    </message>
    <message>
        <source>Run        #%1 %2: %3 (attempt %4)</source>
        <translation>Exécution      #%1 %2&#xa0;: %3 (tentative %4)</translation>
    </message>
    <message>
        <source>Only this agent&apos;s runs.</source>
        <translation>Seulement les exécutions de cet agent.</translation>
    </message>
    <message>
        <source>Only the runs of this event.</source>
        <translation>Seulement les exécutions de cet événement.</translation>
    </message>
    <message>
        <source>Only runs in this state (queued, running, succeeded, failed, timed_out, skipped, cancelled).</source>
        <translation>Seulement les exécutions dans cet état (queued, running, succeeded, failed, timed_out, skipped, cancelled).</translation>
    </message>
    <message>
        <source>At most N runs (default 50).</source>
        <translation>N exécutions au plus (50 par défaut).</translation>
    </message>
    <message>
        <source>No runs.</source>
        <translation>Aucune exécution.</translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation>tentative %1</translation>
    </message>
    <message>
        <source>exit %1</source>
        <translation>sortie %1</translation>
    </message>
    <message>
        <source>(manual)</source>
        <translation>(manuelle)</translation>
    </message>
    <message>
        <source>Run        #%1</source>
        <translation>Exécution      #%1</translation>
    </message>
    <message>
        <source>Agent      %1</source>
        <translation>Agent          %1</translation>
    </message>
    <message>
        <source>Event      %1 (%2)</source>
        <translation>Événement      %1 (%2)</translation>
    </message>
    <message>
        <source>State      %1</source>
        <translation>État           %1</translation>
    </message>
    <message>
        <source>Attempt    %1%2</source>
        <translation>Tentative      %1%2</translation>
    </message>
    <message>
        <source>, manual</source>
        <translation>, manuelle</translation>
    </message>
    <message>
        <source>Exit code  %1</source>
        <translation>Code de sortie %1</translation>
    </message>
    <message>
        <source>Queued     %1</source>
        <translation>Mise en file   %1</translation>
    </message>
    <message>
        <source>Not before %1</source>
        <translation>Pas avant      %1</translation>
    </message>
    <message>
        <source>Started    %1</source>
        <translation>Démarrée       %1</translation>
    </message>
    <message>
        <source>Finished   %1 (%2)</source>
        <translation>Terminée       %1 (%2)</translation>
    </message>
    <message>
        <source>Note       %1</source>
        <translation>Note           %1</translation>
    </message>
    <message>
        <source>--- output%1 ---</source>
        <translation>--- sortie%1 ---</translation>
    </message>
    <message>
        <source> (cut)</source>
        <translation> (tronquée)</translation>
    </message>
    <message>
        <source>--- log%1 ---</source>
        <translation>--- journal%1 ---</translation>
    </message>
    <message>
        <source>The run&apos;s number.</source>
        <translation>Le numéro de l&apos;exécution.</translation>
    </message>
    <message>
        <source>give one run number: hookyard runs show RUN_ID</source>
        <translation>indiquez un numéro d&apos;exécution&#xa0;: hookyard runs show RUN_ID</translation>
    </message>
    <message>
        <source>no run #%1: `hookyard runs list` shows them</source>
        <translation>aucune exécution n° %1&#xa0;: `hookyard runs list` les affiche</translation>
    </message>
    <message>
        <source>The agent to run.</source>
        <translation>L&apos;agent à exécuter.</translation>
    </message>
    <message>
        <source>When hookyard serve runs it, return once it is queued.</source>
        <translation>Quand hookyard serve l&apos;exécute, rendre la main dès sa mise en file.</translation>
    </message>
    <message>
        <source>Print the run as JSON.</source>
        <translation>Afficher l&apos;exécution en JSON.</translation>
    </message>
    <message>
        <source>give an agent and an event id: %1</source>
        <translation>indiquez un agent et un identifiant d&apos;événement&#xa0;: %1</translation>
    </message>
    <message>
        <source>agent %1 has errors: %2</source>
        <translation>l&apos;agent %1 contient des erreurs&#xa0;: %2</translation>
    </message>
    <message>
        <source>run #%1 disappeared (was its event deleted?)</source>
        <translation>l&apos;exécution n° %1 a disparu (son événement a-t-il été supprimé&#xa0;?)</translation>
    </message>
    <message>
        <source>run #%1 queued for %2</source>
        <translation>exécution n° %1 mise en file pour %2</translation>
    </message>
    <message>
        <source>run #%1 %2 (exit code %3, %4)</source>
        <translation>exécution n° %1 %2 (code de sortie %3, %4)</translation>
    </message>
    <message>
        <source>run #%1 %2</source>
        <translation>exécution n° %1 %2</translation>
    </message>
    <message>
        <source>run #%1 %2: %3</source>
        <translation>exécution n° %1 %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>usage: hookyard runs list [--json] | show RUN_ID | start AGENT EVENT_ID</source>
        <translation>utilisation&#xa0;: hookyard runs list [--json] | show RUN_ID | start AGENT EVENT_ID</translation>
    </message>
    <message>
        <source>Listen on HOST:PORT instead of the listen.address setting (port 0 = any free port).</source>
        <translation>Écouter sur HOST:PORT au lieu du réglage listen.address (port 0 = n&apos;importe quel port libre).</translation>
    </message>
    <message>
        <source>Hookyard %1 serving %2 on %3; secrets in %4. Stop with Ctrl+C.</source>
        <translation>Hookyard %1 sert %2 sur %3&#xa0;; secrets dans %4. Arrêt avec Ctrl+C.</translation>
    </message>
    <message>
        <source>  (no signing secret yet: deliveries get 503)</source>
        <translation>  (pas encore de secret de signature&#xa0;: les livraisons reçoivent 503)</translation>
    </message>
    <message>
        <source>%1 already serves %2: stop it first, or use another --data-dir</source>
        <translation>%1 sert déjà %2&#xa0;: arrêtez-le d&apos;abord, ou utilisez un autre --data-dir</translation>
    </message>
    <message>
        <source>Signal %1 received: stopping (running agents are stopped and resumed at the next start).</source>
        <translation>Signal %1 reçu&#xa0;: arrêt (les agents en cours sont arrêtés et repris au prochain démarrage).</translation>
    </message>
    <message>
        <source>usage: hookyard settings get KEY | set KEY VALUE | reset KEY | list [--json]</source>
        <translation>utilisation&#xa0;: hookyard settings get KEY | set KEY VALUE | reset KEY | list [--json]</translation>
    </message>
    <message>
        <source>unknown setting &quot;%1&quot;: `hookyard settings list` shows every key</source>
        <translation>réglage inconnu «&#xa0;%1&#xa0;»&#xa0;: `hookyard settings list` affiche toutes les clés</translation>
    </message>
    <message>
        <source>The connector to send to.</source>
        <translation>Le connecteur destinataire.</translation>
    </message>
    <message>
        <source>The event type: %1</source>
        <translation>Le type d&apos;événement&#xa0;: %1</translation>
    </message>
    <message>
        <source>give a connector and an event type: hookyard trigger NAME TYPE</source>
        <translation>indiquez un connecteur et un type d&apos;événement&#xa0;: hookyard trigger NAME TYPE</translation>
    </message>
    <message>
        <source>no sample for &quot;%1&quot;; available: %2</source>
        <translation>aucun exemple pour «&#xa0;%1&#xa0;»&#xa0;; disponibles&#xa0;: %2</translation>
    </message>
    <message>
        <source>connector &quot;%1&quot; has no signing secret yet, so the receiver would refuse the event: hookyard connector set-secret %1</source>
        <translation>le connecteur «&#xa0;%1&#xa0;» n&apos;a pas encore de secret de signature, le récepteur refuserait donc l&apos;événement&#xa0;: hookyard connector set-secret %1</translation>
    </message>
    <message>
        <source>nothing serves this data dir (%1): start the app or `hookyard serve` first</source>
        <translation>rien ne sert ce répertoire de données (%1)&#xa0;: lancez d&apos;abord l&apos;application ou `hookyard serve`</translation>
    </message>
    <message>
        <source>the signing secret could not be read</source>
        <translation>le secret de signature n&apos;a pas pu être lu</translation>
    </message>
    <message>
        <source>hookyard: warning: %1</source>
        <translation>hookyard&#xa0;: avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Paste the signing secret (whsec_…) and press Enter; it is not shown:</source>
        <translation>Collez le secret de signature (whsec_…) et appuyez sur Entrée&#xa0;; il n&apos;est pas affiché&#xa0;:</translation>
    </message>
    <message>
        <source>Saved, but %1 has not applied the change yet; it will within seconds, or at its next start.</source>
        <translation>Enregistré, mais %1 n&apos;a pas encore appliqué la modification&#xa0;; il le fera dans quelques secondes, ou à son prochain démarrage.</translation>
    </message>
    <message>
        <source>secret saved but UNREADABLE, see below</source>
        <translation>secret enregistré mais ILLISIBLE, voir ci-dessous</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;: --example takes the place of a file</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»&#xa0;: --example remplace le fichier</translation>
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
        <translation>  add FILE.yaml [--replace]   ajoute un agent depuis un fichier
  add --example NAME [--replace]
                              ajoute l&apos;un des agents d&apos;exemple
  list [--json]               les agents et leur état
  remove NAME                 supprime un agent
  check FILE.yaml             vérifie un fichier d&apos;agent sans l&apos;ajouter
  match EVENT_ID [--connector NAME] [--json]
                              quels agents l&apos;événement démarrerait, et pourquoi pas
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
                              les exécutions d&apos;agents, les plus récentes d&apos;abord
  show RUN_ID [--json]        une exécution avec sa sortie et son journal
  start AGENT EVENT_ID [--no-wait] [--connector NAME] [--json]
                              lance un agent sur un événement conservé
</translation>
    </message>
    <message>
        <source>  get KEY                     print a setting&apos;s value
  set KEY VALUE               change a setting
  reset KEY                   back to the default value
  list [--json]               every setting with its value
</source>
        <translation>  get KEY                     affiche la valeur d&apos;un réglage
  set KEY VALUE               modifie un réglage
  reset KEY                   revient à la valeur par défaut
  list [--json]               chaque réglage avec sa valeur
</translation>
    </message>
    <message>
        <source>Usage: hookyard %1 COMMAND [options]

Commands:
%2
Run `hookyard %1 COMMAND --help` for the options of one command.
</source>
        <translation>Utilisation&#xa0;: hookyard %1 COMMANDE [options]

Commandes&#xa0;:
%2
`hookyard %1 COMMANDE --help` affiche les options d&apos;une commande.
</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; (usage: %2)</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;» (utilisation&#xa0;: %2)</translation>
    </message>
    <message>
        <source>--data-dir is empty: give a folder, or leave the option out to use HOOKYARD_DATA_DIR or the default folder</source>
        <translation>--data-dir est vide&#xa0;: indiquez un dossier, ou omettez l&apos;option pour utiliser HOOKYARD_DATA_DIR ou le dossier par défaut</translation>
    </message>
    <message>
        <source>No events match the filter.</source>
        <translation>Aucun événement ne correspond au filtre.</translation>
    </message>
    <message>
        <source>unknown run state &quot;%1&quot;: use one of %2</source>
        <translation>état d&apos;exécution inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez l&apos;un de %2</translation>
    </message>
    <message>
        <source>The setting&apos;s key (hookyard settings list).</source>
        <translation>La clé du réglage (hookyard settings list).</translation>
    </message>
    <message>
        <source>The new value.</source>
        <translation>La nouvelle valeur.</translation>
    </message>
    <message>
        <source>%1 (turn it on: hookyard connector configure %2 --enabled true)</source>
        <translation>%1 (pour l&apos;activer&#xa0;: hookyard connector configure %2 --enabled true)</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <source>no connector named &quot;%1&quot;, now or removed: `hookyard connector list` shows the current ones</source>
        <translation>aucun connecteur nommé «&#xa0;%1&#xa0;», actuel ou supprimé&#xa0;: `hookyard connector list` affiche les connecteurs actuels</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (supprimé)</translation>
    </message>
    <message numerus="yes">
        <source>(%n failed)</source>
        <translation>
            <numerusform>(%n en échec)</numerusform>
            <numerusform>(%n en échec)</numerusform>
        </translation>
    </message>
    <message>
        <source>default (%1)</source>
        <translation>par défaut (%1)</translation>
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
        <translation>  add NAME                    crée un connecteur, affiche l&apos;URL de son webhook
  list [--json]               les connecteurs, leurs URL et réglages
  url NAME                    affiche l&apos;URL du webhook d&apos;un connecteur
  set-secret NAME [--keep-previous DURATION]
                              lit le secret de signature whsec_ sur l&apos;entrée standard
  configure NAME [--rate-limit PER_SECOND] [--burst N] [--tolerance SECONDS]
                 [--enabled true|false]
                              change ses limites ou sa tolérance, ou le désactive
  remove NAME                 supprime un connecteur&#xa0;; ses événements restent
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
                              les événements conservés, les plus récents d&apos;abord
  show EVENT_ID [--json]      un événement avec ses livraisons et ses exécutions
  deliveries [--json] [--connector NAME] [--outcome OUTCOME] [--limit N]
                              chaque requête vers un connecteur, les plus récentes d&apos;abord&#xa0;;
                              --outcome rejected&#xa0;: les refusées, avec la raison
</translation>
    </message>
    <message>
        <source>Only accepted, duplicate or rejected deliveries.</source>
        <translation>Seulement les livraisons acceptées, en double ou refusées.</translation>
    </message>
    <message>
        <source>At most N deliveries (default 50).</source>
        <translation>Au plus N livraisons (50 par défaut).</translation>
    </message>
    <message>
        <source>--outcome takes accepted, duplicate or rejected, not &quot;%1&quot;</source>
        <translation>--outcome attend accepted, duplicate ou rejected, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>No deliveries match the filter.</source>
        <translation>Aucune livraison ne correspond au filtre.</translation>
    </message>
    <message>
        <source>No deliveries yet.</source>
        <translation>Aucune livraison pour l&apos;instant.</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>usage: hookyard events list|show|deliveries …</source>
        <translation>utilisation&#xa0;: hookyard events list|show|deliveries …</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1&#xa0;: avertissement&#xa0;: %2</translation>
    </message>
    <message>
        <source>--limit takes a whole number from 1 to 1000000</source>
        <translation>--limit attend un nombre entier de 1 à 1000000</translation>
    </message>
    <message>
        <source>no stored event with id %1: `hookyard events list` shows the stored ones</source>
        <translation>aucun événement conservé avec l&apos;identifiant %1&#xa0;: `hookyard events list` affiche les événements conservés</translation>
    </message>
    <message>
        <source>run #%1 stays queued: %2</source>
        <translation>exécution n° %1 toujours en file&#xa0;: %2</translation>
    </message>
    <message>
        <source>an argument looks like a secret key, so it is not repeated here. Hookyard reads a signing secret only from standard input (hookyard connector set-secret NAME &lt; secret.txt); one typed on the command line stays in your shell&apos;s history, so remove it from there</source>
        <translation>un argument ressemble à une clé secrète&#xa0;: il n&apos;est donc pas répété ici. Hookyard ne lit un secret de signature que sur l&apos;entrée standard (hookyard connector set-secret NOM &lt; secret.txt)&#xa0;; un secret tapé sur la ligne de commande reste dans l&apos;historique de votre shell, retirez-l&apos;en donc</translation>
    </message>
    <message>
        <source>--listen is empty: give HOST:PORT, such as 127.0.0.1:8787, or leave the option out to use the listen.address setting</source>
        <translation>--listen est vide&#xa0;: indiquez HÔTE:PORT, par exemple 127.0.0.1:8787, ou omettez l&apos;option pour utiliser le réglage listen.address</translation>
    </message>
    <message>
        <source>there is no display to show the window on (DISPLAY and WAYLAND_DISPLAY are not set): run `hookyard serve` to receive without a window, or see `hookyard --help` for the commands</source>
        <translation>il n&apos;y a pas d&apos;affichage où montrer la fenêtre (DISPLAY et WAYLAND_DISPLAY ne sont pas définies)&#xa0;: lancez `hookyard serve` pour recevoir sans fenêtre, ou voyez `hookyard --help` pour les commandes</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;: the window takes --data-dir DIR, --listen HOST:PORT and --tray; `hookyard --help` lists the commands</source>
        <translation>option inconnue «&#xa0;%1&#xa0;»&#xa0;: la fenêtre accepte --data-dir DIR, --listen HÔTE:PORT et --tray&#xa0;; `hookyard --help` liste les commandes</translation>
    </message>
    <message>
        <source>connector &quot;%1&quot; was not removed, because its signing secret could not be deleted: %2</source>
        <translation>le connecteur «&#xa0;%1&#xa0;» n&apos;a pas été supprimé, car son secret de signature n&apos;a pas pu être effacé&#xa0;: %2</translation>
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
        <translation>Hookyard %1&#xa0;: recevoir les webhooks Stripe sur votre propre machine et les confier à des agents locaux.

Utilisation&#xa0;:
  hookyard [--tray] [--listen HOST:PORT]    l&apos;application de bureau&#xa0;; --tray la démarre dans la zone de notification
  hookyard serve [--listen HOST:PORT]       récepteur + agents, sans fenêtre
  hookyard connector add NAME               crée un connecteur, affiche l&apos;URL de son webhook
  hookyard connector list [--json]
  hookyard connector url NAME
  hookyard connector set-secret NAME [--keep-previous DURATION]
                                            lit le secret de signature whsec_ sur l&apos;entrée standard
  hookyard connector configure NAME [--rate-limit PER_SECOND] [--burst N]
                                   [--tolerance SECONDS] [--enabled true|false]
  hookyard connector remove NAME
  hookyard agent add FILE.yaml | list [--json] | remove NAME | check FILE.yaml
  hookyard agent match EVENT_ID [--connector NAME] [--json]
                                            quels agents l&apos;événement démarrerait, et pourquoi pas
  hookyard events list [--json] [--connector NAME] [--type TYPE] [--limit N]
  hookyard events show EVENT_ID [--connector NAME] [--json]
  hookyard events deliveries [--json] [--connector NAME] [--outcome OUTCOME] [--limit N]
                                            chaque requête vers un connecteur&#xa0;; les refusées avec la raison
  hookyard runs list [--json] [--agent NAME] [--event EVENT_ID] [--state STATE] [--limit N]
  hookyard runs show RUN_ID [--json]
  hookyard runs start AGENT EVENT_ID [--no-wait] [--connector NAME] [--json]
                                            lance un agent sur un événement conservé
  hookyard settings get KEY | set KEY VALUE | reset KEY | list [--json]
  hookyard trigger NAME TYPE                signe et envoie un événement d&apos;exemple au récepteur actif
  hookyard --version | --help

Chaque commande accepte --data-dir DIR (ou HOOKYARD_DATA_DIR)&#xa0;; par défaut&#xa0;: %2
`hookyard &lt;commande&gt; --help` affiche les options d&apos;une commande.
</translation>
    </message>
    <message>
        <source>no stored event with id %1 for connector &quot;%2&quot;: `hookyard events list --connector %2` shows its events</source>
        <translation>aucun événement conservé d&apos;identifiant %1 pour le connecteur «&#xa0;%2&#xa0;»&#xa0;: `hookyard events list --connector %2` affiche ses événements</translation>
    </message>
    <message>
        <source>note: %1 came to %2 too; this is the copy of %3 (--connector NAME picks another)</source>
        <translation>remarque&#xa0;: %1 est aussi arrivé à %2&#xa0;; voici la copie de %3 (--connector NOM en choisit une autre)</translation>
    </message>
    <message>
        <source>tolerance %1 s, rate %2, burst %3</source>
        <translation>tolérance %1 s, débit %2, rafale %3</translation>
    </message>
    <message>
        <source>How many deliveries may arrive at once above the rate (&quot;default&quot; = the setting).</source>
        <translation>Combien de livraisons peuvent arriver d&apos;un coup au-delà du débit («&#xa0;default&#xa0;» = le réglage).</translation>
    </message>
    <message>
        <source>--burst takes a whole number from 1 to 1000000, or &quot;default&quot;</source>
        <translation>--burst prend un nombre entier de 1 à 1000000, ou «&#xa0;default&#xa0;»</translation>
    </message>
    <message>
        <source>standard input holds more than %1 KiB, far more than a signing secret: give the file or the output that holds only the whsec_ secret</source>
        <translation>l&apos;entrée standard contient plus de %1 Kio, bien plus qu&apos;un secret de signature&#xa0;: donnez le fichier ou la sortie qui ne contient que le secret whsec_</translation>
    </message>
    <message>
        <source>`connectors:` names &quot;%1&quot;, which is no connector here: the agent does not run for it (names are compared exactly; `hookyard connector list` shows them)</source>
        <translation>`connectors:` nomme «&#xa0;%1&#xa0;», qui n&apos;est pas un connecteur ici&#xa0;: l&apos;agent ne s&apos;exécute pas pour lui (les noms sont comparés exactement&#xa0;; `hookyard connector list` les affiche)</translation>
    </message>
    <message>
        <source>secrets.backend stays &quot;%1&quot;: the signing secrets cannot be moved to %2 (%3). Nothing was changed.</source>
        <translation>secrets.backend reste «&#xa0;%1&#xa0;»&#xa0;: les secrets de signature ne peuvent pas être déplacés vers %2 (%3). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>warning: cannot note the new store in %1 (%2)</source>
        <translation>avertissement&#xa0;: impossible de noter le nouveau stockage dans %1 (%2)</translation>
    </message>
    <message>
        <source>--version takes only --json, not &quot;%1&quot;</source>
        <translation>--version n&apos;accepte que --json, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1: warning: the agent &quot;%2&quot; exists already in %3: `hookyard agent add --replace` replaces it; in the agents folder only one file of a name runs</source>
        <translation>%1&#xa0;: avertissement&#xa0;: l&apos;agent «&#xa0;%2&#xa0;» existe déjà dans %3&#xa0;: `hookyard agent add --replace` le remplace&#xa0;; dans le dossier des agents, un seul fichier d&apos;un même nom s&apos;exécute</translation>
    </message>
    <message>
        <source>No connectors yet: `hookyard connector add NAME` creates one, which is served at once.</source>
        <translation>Aucun connecteur pour l&apos;instant&#xa0;: `hookyard connector add NAME` en crée un, servi aussitôt.</translation>
    </message>
</context>
<context>
    <name>Hookyard::Core</name>
    <message>
        <source>%1 takes a whole number from %2 to %3</source>
        <translation>%1 attend un nombre entier de %2 à %3</translation>
    </message>
    <message>
        <source>%1 takes a duration from %2 to %3, such as 5s, 1500ms or 2m (a number alone is milliseconds)</source>
        <translation>%1 attend une durée de %2 à %3, par exemple 5s, 1500ms ou 2m (un nombre seul compte en millisecondes)</translation>
    </message>
    <message>
        <source>%1 takes true or false</source>
        <translation>%1 attend true ou false</translation>
    </message>
    <message>
        <source>&quot;&quot; (the default)</source>
        <translation>&quot;&quot; (la valeur par défaut)</translation>
    </message>
    <message>
        <source>%1 takes one of: %2</source>
        <translation>%1 attend l&apos;une des valeurs&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 takes HOST:PORT with a port from 0 to 65535, such as 127.0.0.1:8787, localhost:8787 or [::1]:8787 (an IPv6 address goes in brackets)</source>
        <translation>%1 attend HOST:PORT avec un port de 0 à 65535, par exemple 127.0.0.1:8787, localhost:8787 ou [::1]:8787 (une adresse IPv6 se met entre crochets)</translation>
    </message>
    <message>
        <source>%1 takes an http:// or https:// URL without a query or fragment, such as https://hooks.example.com, or nothing to use the listen address</source>
        <translation>%1 attend une URL http:// ou https:// sans requête ni fragment, par exemple https://hooks.example.com, ou rien pour utiliser l&apos;adresse d&apos;écoute</translation>
    </message>
    <message>
        <source>there is no setting &quot;%1&quot;; the settings are: %2</source>
        <translation>il n&apos;y a pas de réglage «&#xa0;%1&#xa0;»&#xa0;; les réglages sont&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 takes a single line</source>
        <translation>%1 attend une seule ligne</translation>
    </message>
    <message>
        <source>Stripe-Signature header has no timestamp (t=...): it was not written by Stripe, or a proxy changed it</source>
        <translation>l&apos;en-tête Stripe-Signature n&apos;a pas d&apos;horodatage (t=...)&#xa0;: il n&apos;a pas été écrit par Stripe, ou un proxy l&apos;a modifié</translation>
    </message>
    <message numerus="yes">
        <source>Stripe-Signature header has %n timestamps: Stripe sends exactly one, so the header was tampered with or built by hand</source>
        <translation>
            <numerusform>l&apos;en-tête Stripe-Signature a %n horodatage&#xa0;: Stripe en envoie exactement un, l&apos;en-tête a donc été falsifié ou construit à la main</numerusform>
            <numerusform>l&apos;en-tête Stripe-Signature a %n horodatages&#xa0;: Stripe en envoie exactement un, l&apos;en-tête a donc été falsifié ou construit à la main</numerusform>
        </translation>
    </message>
    <message>
        <source>Stripe-Signature header has an empty timestamp (t=)</source>
        <translation>l&apos;en-tête Stripe-Signature a un horodatage vide (t=)</translation>
    </message>
    <message>
        <source>Stripe-Signature header&apos;s timestamp is not a whole number of seconds: only the digits 0-9 are allowed</source>
        <translation>l&apos;horodatage de l&apos;en-tête Stripe-Signature n&apos;est pas un nombre entier de secondes&#xa0;: seuls les chiffres 0-9 sont permis</translation>
    </message>
    <message>
        <source>Stripe-Signature header&apos;s timestamp has %1 digits: too large to be a Unix time</source>
        <translation>l&apos;horodatage de l&apos;en-tête Stripe-Signature a %1 chiffres&#xa0;: trop grand pour une heure Unix</translation>
    </message>
    <message>
        <source>Stripe-Signature header&apos;s timestamp is 0: Stripe always sends the time it signed the event</source>
        <translation>l&apos;horodatage de l&apos;en-tête Stripe-Signature vaut 0&#xa0;: Stripe envoie toujours l&apos;heure à laquelle il a signé l&apos;événement</translation>
    </message>
    <message>
        <source>The signing secret starts with whsec_: in the Stripe Dashboard open Developers &gt; Webhooks &gt; the endpoint &gt; &quot;Signing secret&quot; (Reveal), or copy the whsec_ secret that `stripe listen` prints.</source>
        <translation>Le secret de signature commence par whsec_&#xa0;: dans le Dashboard Stripe, ouvrez Développeurs &gt; Webhooks &gt; l&apos;endpoint &gt; «&#xa0;Secret de signature&#xa0;» (Révéler), ou copiez le secret whsec_ qu&apos;affiche `stripe listen`.</translation>
    </message>
    <message>
        <source>Nothing was pasted.</source>
        <translation>Rien n&apos;a été collé.</translation>
    </message>
    <message>
        <source>The secret must start with whsec_ in lower case: copy it again instead of typing it.</source>
        <translation>Le secret doit commencer par whsec_ en minuscules&#xa0;: copiez-le à nouveau au lieu de le saisir.</translation>
    </message>
    <message>
        <source>This is not a webhook signing secret: it does not start with whsec_.</source>
        <translation>Ce n&apos;est pas un secret de signature de webhook&#xa0;: il ne commence pas par whsec_.</translation>
    </message>
    <message>
        <source>The secret has a space or line break inside: copy it again in one piece.</source>
        <translation>Le secret contient une espace ou un saut de ligne&#xa0;: copiez-le à nouveau d&apos;un seul tenant.</translation>
    </message>
    <message>
        <source>The secret contains characters a signing secret never has (only letters, digits and + / = _ - occur): copy it again, without quotes.</source>
        <translation>Le secret contient des caractères qu&apos;un secret de signature n&apos;a jamais (seulement des lettres, des chiffres et + / = _ -)&#xa0;: copiez-le à nouveau, sans guillemets.</translation>
    </message>
    <message>
        <source>The secret is too short (%1 characters after whsec_): it was probably cut off while copying.</source>
        <translation>Le secret est trop court (%1 caractères après whsec_)&#xa0;: il a sans doute été tronqué à la copie.</translation>
    </message>
    <message>
        <source>The secret is too long (%1 characters after whsec_): more than the secret was copied.</source>
        <translation>Le secret est trop long (%1 caractères après whsec_)&#xa0;: vous avez copié plus que le secret.</translation>
    </message>
    <message>
        <source>event has no string &quot;%1&quot;</source>
        <translation>l&apos;événement n&apos;a pas de chaîne &quot;%1&quot;</translation>
    </message>
    <message>
        <source>event&apos;s &quot;%1&quot; is %2, not a string</source>
        <translation>&quot;%1&quot; de l&apos;événement est %2, pas une chaîne</translation>
    </message>
    <message>
        <source>event&apos;s &quot;%1&quot; is empty</source>
        <translation>&quot;%1&quot; de l&apos;événement est vide</translation>
    </message>
    <message>
        <source>body is empty</source>
        <translation>le corps est vide</translation>
    </message>
    <message>
        <source>body is not JSON: %1 at offset %2</source>
        <translation>le corps n&apos;est pas du JSON&#xa0;: %1 à la position %2</translation>
    </message>
    <message>
        <source>body is a JSON %1, not an object: a Stripe event is a JSON object</source>
        <translation>le corps est un JSON de type %1, pas un objet&#xa0;: un événement Stripe est un objet JSON</translation>
    </message>
    <message>
        <source>&quot;object&quot; is &quot;%1&quot;, but a Stripe event has &quot;event&quot; or &quot;v2.core.event&quot;: this is not a webhook event</source>
        <translation>&quot;object&quot; vaut &quot;%1&quot;, alors qu&apos;un événement Stripe a &quot;event&quot; ou &quot;v2.core.event&quot;&#xa0;: ce n&apos;est pas un événement de webhook</translation>
    </message>
    <message>
        <source>The secret is in quotes: give it without them.</source>
        <translation>Le secret est entre guillemets&#xa0;: donnez-le sans eux.</translation>
    </message>
</context>
<context>
    <name>Hookyard::Core::Settings</name>
    <message>
        <source>Address and port the webhook receiver listens on (port 0 = any free port)</source>
        <translation>Adresse et port d&apos;écoute du récepteur de webhooks (port 0 = n&apos;importe quel port libre)</translation>
    </message>
    <message>
        <source>Base URL shown and copied for webhook URLs, for a tunnel or reverse proxy (empty = the listen address)</source>
        <translation>URL de base affichée et copiée pour les URL de webhook, pour un tunnel ou un proxy inverse (vide = l&apos;adresse d&apos;écoute)</translation>
    </message>
    <message>
        <source>Largest request body accepted, in bytes</source>
        <translation>Plus grand corps de requête accepté, en octets</translation>
    </message>
    <message>
        <source>Rejected requests per second per remote address (0 = unlimited)</source>
        <translation>Requêtes rejetées par seconde et par adresse distante (0 = illimité)</translation>
    </message>
    <message>
        <source>Rejected requests a remote address may send at once (0 = unlimited)</source>
        <translation>Requêtes rejetées qu&apos;une adresse distante peut envoyer d&apos;un coup (0 = illimité)</translation>
    </message>
    <message>
        <source>Open connections to the receiver at most</source>
        <translation>Nombre maximal de connexions ouvertes vers le récepteur</translation>
    </message>
    <message>
        <source>Open connections from one remote address at most</source>
        <translation>Nombre maximal de connexions ouvertes depuis une même adresse distante</translation>
    </message>
    <message>
        <source>Command for agents that name none (empty = none)</source>
        <translation>Commande des agents qui n&apos;en indiquent pas (vide = aucune)</translation>
    </message>
    <message>
        <source>Agent runs at the same time at most</source>
        <translation>Nombre maximal d&apos;exécutions d&apos;agents simultanées</translation>
    </message>
    <message>
        <source>Bytes of standard output and of standard error kept per run</source>
        <translation>Octets de la sortie standard et de l&apos;erreur standard conservés par exécution</translation>
    </message>
    <message>
        <source>Time between asking an agent to stop and killing it (stored in milliseconds)</source>
        <translation>Délai entre la demande d&apos;arrêt à un agent et son arrêt forcé (enregistré en millisecondes)</translation>
    </message>
    <message>
        <source>Desktop notifications</source>
        <translation>Notifications du bureau</translation>
    </message>
    <message>
        <source>Closing the window keeps Hookyard running in the tray</source>
        <translation>Fermer la fenêtre laisse Hookyard actif dans la zone de notification</translation>
    </message>
    <message>
        <source>Signature timestamp tolerance in seconds given to new connectors (each connector keeps its own)</source>
        <translation>Tolérance de l&apos;horodatage de la signature, en secondes, attribuée aux nouveaux connecteurs (chaque connecteur garde la sienne)</translation>
    </message>
    <message>
        <source>Deliveries per second per connector without a rate of its own (0 = unlimited)</source>
        <translation>Livraisons par seconde et par connecteur sans débit propre (0 = illimité)</translation>
    </message>
    <message>
        <source>Deliveries a connector without a burst of its own may receive at once above its rate (0 = unlimited)</source>
        <translation>Livraisons qu&apos;un connecteur sans rafale propre peut recevoir d&apos;un coup au-delà de son débit (0 = illimité)</translation>
    </message>
    <message>
        <source>SQLite synchronous mode: normal survives a killed process, full also a power loss. Applies when the receiver next starts</source>
        <translation>Mode synchronous de SQLite&#xa0;: normal survit à un processus tué, full aussi à une coupure de courant. S&apos;applique au prochain démarrage du récepteur</translation>
    </message>
    <message>
        <source>Days events are kept (0 = forever): older ones are removed with their deliveries and runs, soon after start and every hour, by the process that serves</source>
        <translation>Nombre de jours de conservation des événements (0 = indéfiniment)&#xa0;: les plus anciens sont supprimés avec leurs livraisons et leurs exécutions, peu après le démarrage puis toutes les heures, par le processus qui sert le répertoire de données</translation>
    </message>
    <message>
        <source>Events kept at most (0 = no cap): the oldest beyond it are removed, soon after start and every hour, by the process that serves</source>
        <translation>Nombre maximal d&apos;événements conservés (0 = sans limite)&#xa0;: les plus anciens au-delà sont supprimés, peu après le démarrage puis toutes les heures, par le processus qui sert le répertoire de données</translation>
    </message>
    <message>
        <source>Interface language (empty = the system&apos;s). Applies at the next start</source>
        <translation>Langue de l&apos;interface (vide = celle du système). S&apos;applique au prochain démarrage</translation>
    </message>
    <message>
        <source>Where signing secrets are kept: auto (keychain, else a 0600 file), keychain or file. Switching moves the saved secrets</source>
        <translation>Où sont conservés les secrets de signature&#xa0;: auto (trousseau, sinon un fichier 0600), keychain ou file. Un changement déplace les secrets enregistrés</translation>
    </message>
</context>
<context>
    <name>Hookyard::Core::SignatureVerifier</name>
    <message>
        <source>the request has no Stripe-Signature header: only requests signed by Stripe are accepted (a request with too many or too large headers also arrives without it)</source>
        <translation>la requête n&apos;a pas d&apos;en-tête Stripe-Signature&#xa0;: seules les requêtes signées par Stripe sont acceptées (une requête aux en-têtes trop nombreux ou trop grands arrive aussi sans lui)</translation>
    </message>
    <message>
        <source>Stripe-Signature header is empty</source>
        <translation>l&apos;en-tête Stripe-Signature est vide</translation>
    </message>
    <message>
        <source>the request body is empty: Stripe always sends the event as the body, so a proxy in between may have dropped it</source>
        <translation>le corps de la requête est vide&#xa0;: Stripe envoie toujours l&apos;événement dans le corps, un proxy intermédiaire l&apos;a donc peut-être supprimé</translation>
    </message>
    <message numerus="yes">
        <source>Stripe-Signature header has no v1 signature, only %n of another scheme (such as v0), which is never accepted: Stripe signs every delivery with v1</source>
        <translation>
            <numerusform>l&apos;en-tête Stripe-Signature n&apos;a pas de signature v1, seulement %n d&apos;un autre schéma (comme v0), jamais acceptée&#xa0;: Stripe signe chaque livraison en v1</numerusform>
            <numerusform>l&apos;en-tête Stripe-Signature n&apos;a pas de signature v1, seulement %n d&apos;un autre schéma (comme v0), jamais acceptées&#xa0;: Stripe signe chaque livraison en v1</numerusform>
        </translation>
    </message>
    <message>
        <source>Stripe-Signature header has no v1 signature: Stripe signs every delivery with v1, so this request was not sent by Stripe</source>
        <translation>l&apos;en-tête Stripe-Signature n&apos;a pas de signature v1&#xa0;: Stripe signe chaque livraison en v1, cette requête n&apos;a donc pas été envoyée par Stripe</translation>
    </message>
    <message>
        <source>no signing secret is saved for this connector</source>
        <translation>aucun secret de signature n&apos;est enregistré pour ce connecteur</translation>
    </message>
    <message>
        <source>every saved signing secret of this connector has expired</source>
        <translation>tous les secrets de signature enregistrés pour ce connecteur ont expiré</translation>
    </message>
    <message>
        <source>: paste the endpoint&apos;s signing secret (Stripe Dashboard &gt; Developers &gt; Webhooks &gt; the endpoint &gt; Signing secret)</source>
        <translation>&#xa0;: collez le secret de signature de l&apos;endpoint (Dashboard Stripe &gt; Développeurs &gt; Webhooks &gt; l&apos;endpoint &gt; Secret de signature)</translation>
    </message>
    <message numerus="yes">
        <source>no v1 signature matches the saved signing secret (%n v1 signature(s) checked): check that the secret belongs to this endpoint (Stripe Dashboard &gt; Developers &gt; Webhooks &gt; the endpoint &gt; Signing secret), or a proxy changed the body on the way</source>
        <translation>
            <numerusform>aucune signature v1 ne correspond au secret de signature enregistré (%n signature v1 vérifiée)&#xa0;: vérifiez que le secret appartient à cet endpoint (Dashboard Stripe &gt; Développeurs &gt; Webhooks &gt; l&apos;endpoint &gt; Secret de signature), ou un proxy a modifié le corps en chemin</numerusform>
            <numerusform>aucune signature v1 ne correspond au secret de signature enregistré (%n signatures v1 vérifiées)&#xa0;: vérifiez que le secret appartient à cet endpoint (Dashboard Stripe &gt; Développeurs &gt; Webhooks &gt; l&apos;endpoint &gt; Secret de signature), ou un proxy a modifié le corps en chemin</numerusform>
        </translation>
    </message>
    <message>
        <source>timestamp %1 s old, tolerance %2 s: check the machine&apos;s clock, or this is a replayed request</source>
        <translation>horodatage vieux de %1 s, tolérance %2 s&#xa0;: vérifiez l&apos;horloge de la machine, ou c&apos;est une requête rejouée</translation>
    </message>
    <message>
        <source>timestamp %1 s in the future, tolerance %2 s: check the machine&apos;s clock</source>
        <translation>horodatage %1 s dans le futur, tolérance %2 s&#xa0;: vérifiez l&apos;horloge de la machine</translation>
    </message>
</context>
<context>
    <name>Hookyard::Core::SigningSecret</name>
    <message>
        <source>This is a live secret API key (sk_live_...), not a webhook signing secret: never paste it here. If it was shared or pasted anywhere it should not be, roll it in the Dashboard (Developers &gt; API keys).</source>
        <translation>C&apos;est une clé API secrète de production (sk_live_...), pas un secret de signature de webhook&#xa0;: ne la collez jamais ici. Si elle a été partagée ou collée là où elle ne devait pas l&apos;être, renouvelez-la dans le Dashboard (Développeurs &gt; Clés API).</translation>
    </message>
    <message>
        <source>This is a test secret API key (sk_test_...), not a webhook signing secret: do not paste it here. If it was shared, roll it in the Dashboard (Developers &gt; API keys).</source>
        <translation>C&apos;est une clé API secrète de test (sk_test_...), pas un secret de signature de webhook&#xa0;: ne la collez pas ici. Si elle a été partagée, renouvelez-la dans le Dashboard (Développeurs &gt; Clés API).</translation>
    </message>
    <message>
        <source>This is a secret API key (sk_...), not a webhook signing secret: do not paste it here. If it was shared, roll it in the Dashboard (Developers &gt; API keys).</source>
        <translation>C&apos;est une clé API secrète (sk_...), pas un secret de signature de webhook&#xa0;: ne la collez pas ici. Si elle a été partagée, renouvelez-la dans le Dashboard (Développeurs &gt; Clés API).</translation>
    </message>
    <message>
        <source>This is a restricted API key (rk_...), not a webhook signing secret: do not paste it here. If it was shared, roll it in the Dashboard (Developers &gt; API keys).</source>
        <translation>C&apos;est une clé API restreinte (rk_...), pas un secret de signature de webhook&#xa0;: ne la collez pas ici. Si elle a été partagée, renouvelez-la dans le Dashboard (Développeurs &gt; Clés API).</translation>
    </message>
    <message>
        <source>This is a publishable API key (pk_...), not a webhook signing secret.</source>
        <translation>C&apos;est une clé API publiable (pk_...), pas un secret de signature de webhook.</translation>
    </message>
    <message>
        <source>This is a webhook endpoint id (we_...), not its signing secret.</source>
        <translation>C&apos;est l&apos;identifiant d&apos;un endpoint de webhook (we_...), pas son secret de signature.</translation>
    </message>
    <message>
        <source>This is an event id (evt_...), not a webhook signing secret.</source>
        <translation>C&apos;est un identifiant d&apos;événement (evt_...), pas un secret de signature de webhook.</translation>
    </message>
    <message>
        <source>This is an account id (acct_...), not a webhook signing secret.</source>
        <translation>C&apos;est un identifiant de compte (acct_...), pas un secret de signature de webhook.</translation>
    </message>
</context>
<context>
    <name>Hookyard::Engine</name>
    <message>
        <source>the listen address &quot;%1&quot; is not HOST:PORT (e.g. 127.0.0.1:8787 or [::1]:8787)</source>
        <translation>l&apos;adresse d&apos;écoute «&#xa0;%1&#xa0;» n&apos;est pas de la forme HOST:PORT (par exemple 127.0.0.1:8787 ou [::1]:8787)</translation>
    </message>
    <message>
        <source>the listen host &quot;%1&quot; is not an IP address: use 127.0.0.1 (this machine only) or the address of one of its network interfaces</source>
        <translation>l&apos;hôte d&apos;écoute «&#xa0;%1&#xa0;» n&apos;est pas une adresse IP&#xa0;: utilisez 127.0.0.1 (cette machine seulement) ou l&apos;adresse de l&apos;une de ses interfaces réseau</translation>
    </message>
</context>
<context>
    <name>Hookyard::Engine::ConnectorSecrets</name>
    <message>
        <source>the connector was removed while its secret was being saved</source>
        <translation>le connecteur a été supprimé pendant l&apos;enregistrement de son secret</translation>
    </message>
    <message>
        <source>no such connector</source>
        <translation>connecteur inexistant</translation>
    </message>
    <message>
        <source>the current secret could not be found to keep it valid; save the new secret without --keep-previous</source>
        <translation>le secret actuel est introuvable et ne peut pas rester valide&#xa0;; enregistrez le nouveau secret sans --keep-previous</translation>
    </message>
    <message>
        <source>the secret of &quot;%1&quot; cannot be read from the store in use: %2</source>
        <translation>le secret de «&#xa0;%1&#xa0;» ne peut pas être lu depuis le stockage utilisé&#xa0;: %2</translation>
    </message>
    <message>
        <source>an old entry for &quot;%1&quot; cannot be removed from the new store: %2</source>
        <translation>une ancienne entrée pour «&#xa0;%1&#xa0;» ne peut pas être retirée du nouveau stockage&#xa0;: %2</translation>
    </message>
    <message>
        <source>the secret of &quot;%1&quot; cannot be saved in the new store: %2</source>
        <translation>le secret de «&#xa0;%1&#xa0;» ne peut pas être enregistré dans le nouveau stockage&#xa0;: %2</translation>
    </message>
    <message>
        <source>the new store did not return the secret of &quot;%1&quot; that was saved in it</source>
        <translation>le nouveau stockage n&apos;a pas rendu le secret de «&#xa0;%1&#xa0;» qui y a été enregistré</translation>
    </message>
    <message>
        <source>the secret of &quot;%1&quot; cannot be read back from the new store: %2</source>
        <translation>le secret de «&#xa0;%1&#xa0;» ne peut pas être relu depuis le nouveau stockage&#xa0;: %2</translation>
    </message>
    <message>
        <source>Signing secrets are now kept in %1; there were none to move.</source>
        <translation>Les secrets de signature sont désormais conservés dans %1&#xa0;; il n&apos;y en avait aucun à déplacer.</translation>
    </message>
    <message>
        <source>Moved the signing secrets of %1 from %2 to %3.</source>
        <translation>Secrets de signature de %1 déplacés de %2 vers %3.</translation>
    </message>
    <message>
        <source>the old copies of the secrets of %1 could not be removed from %2 (%3); remove them there by hand</source>
        <translation>les anciennes copies des secrets de %1 n&apos;ont pas pu être retirées de %2 (%3)&#xa0;; retirez-les là-bas à la main</translation>
    </message>
</context>
<context>
    <name>Hookyard::Engine::Engine</name>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Read-only: %1 serves this data dir. Events appear here as it stores them; stop it to receive in this window.</source>
        <translation>Lecture seule&#xa0;: %1 sert ce répertoire de données. Les événements apparaissent ici à mesure qu&apos;il les enregistre&#xa0;; arrêtez-le pour recevoir dans cette fenêtre.</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>À l&apos;écoute sur %1</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>opening the secret store…</source>
        <translation>ouverture du stockage des secrets…</translation>
    </message>
    <message>
        <source>the secret store is still opening; try again in a moment</source>
        <translation>le stockage des secrets est encore en cours d&apos;ouverture&#xa0;; réessayez dans un instant</translation>
    </message>
    <message>
        <source>the connector is gone or the secret store is still opening</source>
        <translation>le connecteur n&apos;existe plus, ou le stockage des secrets est encore en cours d&apos;ouverture</translation>
    </message>
    <message>
        <source>nothing is receiving: %1</source>
        <translation>rien ne reçoit&#xa0;: %1</translation>
    </message>
    <message>
        <source>This window is read-only: %1 serves this data folder. Make the change there, or with the hookyard command.</source>
        <translation>Cette fenêtre est en lecture seule&#xa0;: %1 sert ce dossier de données. Faites la modification là-bas, ou avec la commande hookyard.</translation>
    </message>
    <message>
        <source>The signing secrets cannot be moved to %1: %2. The setting stays as it was.</source>
        <translation>Les secrets de signature ne peuvent pas être déplacés vers %1&#xa0;: %2. Le réglage reste tel qu&apos;il était.</translation>
    </message>
    <message>
        <source>Hookyard is closing</source>
        <translation>Hookyard se ferme</translation>
    </message>
    <message>
        <source>%1 Warning: %2.</source>
        <translation>%1 Avertissement&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>Hookyard::Engine::TestEventSender</name>
    <message>
        <source>nothing answered at %1 (%2): is Hookyard serving? Start the app or `hookyard serve` first</source>
        <translation>rien n&apos;a répondu à %1 (%2)&#xa0;: Hookyard est-il en service&#xa0;? Lancez d&apos;abord l&apos;application ou `hookyard serve`</translation>
    </message>
    <message>
        <source>%1 %2 accepted%3</source>
        <translation>%1 %2 accepté%3</translation>
    </message>
    <message>
        <source> (duplicate)</source>
        <translation> (doublon)</translation>
    </message>
    <message>
        <source>save the signing secret first: without it the receiver refuses deliveries</source>
        <translation>enregistrez d&apos;abord le secret de signature&#xa0;: sans lui, le récepteur refuse les livraisons</translation>
    </message>
</context>
<context>
    <name>Hookyard::Gui::AgentConnectorsDialog</name>
    <message>
        <source>Connectors of %1</source>
        <translation>Connecteurs de %1</translation>
    </message>
    <message>
        <source>Which connectors&apos; events start agent “%1”?</source>
        <translation>Les événements de quels connecteurs démarrent l&apos;agent «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>%1 (no such connector)</source>
        <translation>%1 (connecteur inexistant)</translation>
    </message>
    <message>
        <source>There is no connector yet: it runs for every one.</source>
        <translation>Il n&apos;y a pas encore de connecteur&#xa0;: il s&apos;exécute pour chacun.</translation>
    </message>
    <message>
        <source>Check at least one connector, or choose All connectors.</source>
        <translation>Cochez au moins un connecteur, ou choisissez «&#xa0;Tous les connecteurs&#xa0;».</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Hookyard::Gui::AgentsEmptyPage</name>
    <message>
        <source>&lt;h3&gt;No agent yet&lt;/h3&gt;&lt;p&gt;An agent is a small YAML file: a name, a model, a system prompt, the command Hookyard starts and the Stripe events that start it. The command gets the whole event as JSON on its standard input; what it prints is the run&apos;s result.&lt;/p&gt;&lt;p&gt;Start from an example and adapt it:&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aucun agent pour l&apos;instant&lt;/h3&gt;&lt;p&gt;Un agent est un petit fichier YAML&#xa0;: un nom, un modèle, un prompt système, la commande que Hookyard lance et les événements Stripe qui la déclenchent. La commande reçoit l&apos;événement entier en JSON sur son entrée standard&#xa0;; ce qu&apos;elle affiche est le résultat de l&apos;exécution.&lt;/p&gt;&lt;p&gt;Partez d&apos;un exemple et adaptez-le :&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Write Your Own…</source>
        <translation>É&amp;crire le vôtre…</translation>
    </message>
    <message>
        <source>Agent files live in %1. Hookyard notices new and changed files there on its own.</source>
        <translation>Les fichiers d&apos;agents sont dans %1. Hookyard remarque seul les fichiers nouveaux ou modifiés.</translation>
    </message>
</context>
<context>
    <name>Hookyard::Gui::AgentsPage</name>
    <message>
        <source>New from &amp;Example</source>
        <translation>Nouveau depuis un &amp;exemple</translation>
    </message>
    <message>
        <source>&amp;Save Agent</source>
        <translation>Enre&amp;gistrer l&apos;agent</translation>
    </message>
    <message>
        <source>&amp;Definition</source>
        <translation>&amp;Définition</translation>
    </message>
    <message>
        <source>&amp;Runs</source>
        <translation>E&amp;xécutions</translation>
    </message>
    <message>
        <source>Loaded from %1</source>
        <translation>Chargé depuis %1</translation>
    </message>
    <message>
        <source>Not loaded: %1</source>
        <translation>Non chargé&#xa0;: %1</translation>
    </message>
    <message>
        <source>✗ Line %1, column %2: %3</source>
        <translation>✗ Ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>✓ Valid agent “%1”</source>
        <translation>✓ Agent «&#xa0;%1&#xa0;» valide</translation>
    </message>
    <message>
        <source>✓ Valid, with a warning: line %1: %2</source>
        <translation>✓ Valide, avec un avertissement&#xa0;: ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Give the agent a name (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;).</source>
        <translation>Donnez un nom à l&apos;agent (lettres, chiffres, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;).</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Agent saved to %1</source>
        <translation>Agent enregistré dans %1</translation>
    </message>
    <message>
        <source>Co&amp;nnectors…</source>
        <translation>Co&amp;nnecteurs…</translation>
    </message>
    <message>
        <source>Runs for: all connectors</source>
        <translation>S&apos;exécute pour&#xa0;: tous les connecteurs</translation>
    </message>
    <message>
        <source>Runs for: %1</source>
        <translation>S&apos;exécute pour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Save or undo your edits first: this changes the file itself</source>
        <translation>Enregistrez ou annulez d&apos;abord vos modifications&#xa0;: ceci modifie le fichier lui-même</translation>
    </message>
    <message>
        <source>Connectors of %1 saved</source>
        <translation>Connecteurs de %1 enregistrés</translation>
    </message>
    <message>
        <source>Choose the connectors whose events start this agent; only the file&apos;s “connectors” key changes</source>
        <translation>Choisir les connecteurs dont les événements démarrent cet agent&#xa0;; seule la clé «&#xa0;connectors&#xa0;» du fichier change</translation>
    </message>
    <message>
        <source>Select an agent, or start from an example.

Or write one here and save it, for example:

name: refund-notes
model: gemini-2.5-flash
system: You summarise refunds for the finance team.
command: [&quot;python3&quot;, &quot;refund.py&quot;]
events: [&quot;charge.refunded&quot;]</source>
        <translation>Sélectionnez un agent, ou partez d&apos;un exemple.

Ou écrivez-en un ici et enregistrez-le, par exemple&#xa0;:

name: refund-notes
model: gemini-2.5-flash
system: Tu résumes les remboursements pour la comptabilité.
command: [&quot;python3&quot;, &quot;refund.py&quot;]
events: [&quot;charge.refunded&quot;]</translation>
    </message>
    <message>
        <source>Added “%1” as %2: it runs on matching events from now on</source>
        <translation>«&#xa0;%1&#xa0;» ajouté sous %2&#xa0;: il s&apos;exécute désormais sur les événements correspondants</translation>
    </message>
    <message>
        <source>Loaded from %1; %2</source>
        <translation>Chargé depuis %1&#xa0;; %2</translation>
    </message>
    <message>
        <source>✓ Valid, with a warning: %1</source>
        <translation>✓ Valide, avec un avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 — not loaded</source>
        <translation>%1 — non chargé</translation>
    </message>
</context>
<context>
    <name>Hookyard::Gui::Autostart</name>
    <message>
        <source>The folder %1 cannot be created: check its permissions.</source>
        <translation>Le dossier %1 ne peut pas être créé&#xa0;: vérifiez ses droits.</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2): check the folder&apos;s permissions and free space.</source>
        <translation>%1 ne peut pas être écrit (%2)&#xa0;: vérifiez les droits du dossier et l&apos;espace libre.</translation>
    </message>
    <message>
        <source>%1 cannot be removed (%2): remove it by hand, or turn Hookyard off in your desktop&apos;s startup applications.</source>
        <translation>%1 ne peut pas être supprimé (%2)&#xa0;: supprimez-le à la main, ou désactivez Hookyard dans les applications au démarrage de votre bureau.</translation>
    </message>
</context>
<context>
    <name>Hookyard::Gui::ByteSizeSpinBox</name>
    <message>
        <source>%1 MiB</source>
        <translation>%1 Mio</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 Kio</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>octets</translation>
    </message>
</context>
<context>
    <name>Hookyard::Gui::ConnectorActivity</name>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln événement</numerusform>
            <numerusform>%Ln événements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucun pour l&apos;instant</translation>
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
        <translation>Dans le Dashboard Stripe, ouvrez &lt;b&gt;Développeurs › Webhooks › Ajouter un endpoint&lt;/b&gt;, collez cette URL et choisissez les événements à envoyer. Révélez ensuite le secret de signature de l&apos;endpoint et collez-le ci-dessous.</translation>
    </message>
    <message>
        <source>Stripe&apos;s servers cannot reach this computer&apos;s 127.0.0.1. For local work, forward events with the Stripe CLI (it prints a whsec_ secret to paste below); for a public URL, run a tunnel or reverse proxy and set the public base URL in Settings.</source>
        <translation>Les serveurs de Stripe ne peuvent pas joindre le 127.0.0.1 de cet ordinateur. En local, transférez les événements avec la CLI Stripe (elle affiche un secret whsec_ à coller ci-dessous)&#xa0;; pour une URL publique, lancez un tunnel ou un proxy inverse et indiquez l&apos;URL de base publique dans les Réglages.</translation>
    </message>
    <message>
        <source>Agents are not loaded.</source>
        <translation>Les agents ne sont pas chargés.</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (désactivé)</translation>
    </message>
    <message>
        <source>No agent runs on this connector&apos;s events yet.</source>
        <translation>Aucun agent ne s&apos;exécute encore sur les événements de ce connecteur.</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Needs a signing secret</source>
        <translation>Secret de signature requis</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>En réception</translation>
    </message>
    <message>
        <source>Verified deliveries are stored and start agents.</source>
        <translation>Les livraisons vérifiées sont enregistrées et démarrent les agents.</translation>
    </message>
    <message>
        <source>The previous secret is still accepted until %1.</source>
        <translation>L&apos;ancien secret est encore accepté jusqu&apos;à %1.</translation>
    </message>
    <message>
        <source>&amp;Replace Secret</source>
        <translation>R&amp;emplacer le secret</translation>
    </message>
    <message>
        <source>&amp;Save Secret</source>
        <translation>&amp;Enregistrer le secret</translation>
    </message>
    <message>
        <source>Webhook URL copied to the clipboard</source>
        <translation>URL du webhook copiée dans le presse-papiers</translation>
    </message>
    <message>
        <source>Stripe CLI command copied to the clipboard</source>
        <translation>Commande de la CLI Stripe copiée dans le presse-papiers</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Secret saved. The previous one stays valid for %1.</source>
        <translation>Secret enregistré. L&apos;ancien reste valide pendant %1.</translation>
    </message>
    <message>
        <source>Secret saved. Deliveries are now verified with it.</source>
        <translation>Secret enregistré. Les livraisons sont désormais vérifiées avec lui.</translation>
    </message>
    <message>
        <source>Signing secret saved</source>
        <translation>Secret de signature enregistré</translation>
    </message>
    <message>
        <source>Applied.</source>
        <translation>Appliqué.</translation>
    </message>
    <message>
        <source>Options of %1 applied</source>
        <translation>Options de %1 appliquées</translation>
    </message>
    <message>
        <source>Remove Connector</source>
        <translation>Supprimer le connecteur</translation>
    </message>
    <message>
        <source>Remove the connector “%1”? Its URL stops working at once (Stripe gets 404). Its events stay in the history.</source>
        <translation>Supprimer le connecteur «&#xa0;%1&#xa0;»&#xa0;? Son URL cesse aussitôt de fonctionner (Stripe reçoit 404). Ses événements restent dans l&apos;historique.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>%1 (all connectors)</source>
        <translation>%1 (tous les connecteurs)</translation>
    </message>
    <message>
        <source>Not receiving</source>
        <translation>Ne reçoit pas</translation>
    </message>
    <message>
        <source> /s</source>
        <translation> /s</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Masquer</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>Affic&amp;her</translation>
    </message>
    <message>
        <source>A secret is saved: paste a new whsec_… here to replace it</source>
        <translation>Un secret est enregistré&#xa0;: collez ici un nouveau whsec_… pour le remplacer</translation>
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
        <translation>%1 est désactivé&#xa0;: les livraisons reçoivent la réponse 404.</translation>
    </message>
    <message>
        <source>%1 has no signing secret yet: deliveries are refused (503) and Stripe retries them.</source>
        <translation>%1 n&apos;a pas encore de secret de signature&#xa0;: les livraisons sont refusées (503) et Stripe les retente.</translation>
    </message>
    <message>
        <source>%1 is receiving.</source>
        <translation>%1 est en réception.</translation>
    </message>
</context>
<context>
    <name>Hookyard::Gui::ConnectorsPage</name>
    <message>
        <source>&amp;New Connector…</source>
        <translation>&amp;Nouveau connecteur…</translation>
    </message>
    <message>
        <source>Connectors</source>
        <translation>Connecteurs</translation>
    </message>
    <message>
        <source>Create a connector: a name and its own webhook URL (Ctrl+N)</source>
        <translation>Créer un connecteur&#xa0;: un nom et sa propre URL de webhook (Ctrl+N)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No connector yet&lt;/h3&gt;&lt;p&gt;A connector is a webhook endpoint for one Stripe account or purpose (&quot;billing&quot;, &quot;shop&quot;). Create one, copy its URL into Stripe, paste the signing secret, and events start to arrive here.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Pas encore de connecteur&lt;/h3&gt;&lt;p&gt;Un connecteur est un endpoint de webhook pour un compte Stripe ou un usage («&#xa0;facturation&#xa0;», «&#xa0;boutique&#xa0;»). Créez-en un, copiez son URL dans Stripe, collez le secret de signature, et les événements commencent à arriver ici.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Create a Connector…</source>
        <translation>Créer un connecteur…</translation>
    </message>
    <message>
        <source>Connector %1 created: copy its URL into Stripe</source>
        <translation>Connecteur %1 créé&#xa0;: copiez son URL dans Stripe</translation>
    </message>
    <message>
        <source>Agents linked to %1 saved</source>
        <translation>Agents liés à %1 enregistrés</translation>
    </message>
</context>
<context>
    <name>Hookyard::Gui::DisplayText</name>
    <message>
        <source>Unknown connector</source>
        <translation>Connecteur inconnu</translation>
    </message>
    <message>
        <source>Connector disabled</source>
        <translation>Connecteur désactivé</translation>
    </message>
    <message>
        <source>Method not allowed</source>
        <translation>Méthode non autorisée</translation>
    </message>
    <message>
        <source>No signing secret saved</source>
        <translation>Aucun secret de signature enregistré</translation>
    </message>
    <message>
        <source>Missing Stripe-Signature</source>
        <translation>En-tête Stripe-Signature manquant</translation>
    </message>
    <message>
        <source>Malformed signature header</source>
        <translation>En-tête de signature mal formé</translation>
    </message>
    <message>
        <source>No v1 signature</source>
        <translation>Aucune signature v1</translation>
    </message>
    <message>
        <source>Signature mismatch</source>
        <translation>Signature non concordante</translation>
    </message>
    <message>
        <source>Timestamp out of tolerance</source>
        <translation>Horodatage hors tolérance</translation>
    </message>
    <message>
        <source>Empty body</source>
        <translation>Corps vide</translation>
    </message>
    <message>
        <source>Not a Stripe event</source>
        <translation>Pas un événement Stripe</translation>
    </message>
    <message>
        <source>Body too large</source>
        <translation>Corps trop grand</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Limite de débit atteinte</translation>
    </message>
    <message>
        <source>Storage unavailable</source>
        <translation>Stockage indisponible</translation>
    </message>
    <message>
        <source>Malformed request</source>
        <translation>Requête mal formée</translation>
    </message>
    <message>
        <source>Headers too large</source>
        <translation>En-têtes trop grands</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Délai dépassé</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>il y a %n s</numerusform>
            <numerusform>il y a %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
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
        <translation>(supprimé)</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (supprimé)</translation>
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
        <translation>à l&apos;instant</translation>
    </message>
</context>
<context>
    <name>Hookyard::Gui::EventDetails</name>
    <message>
        <source>R&amp;un Agent on This Event…</source>
        <translation>Lancer un a&amp;gent sur cet événement…</translation>
    </message>
    <message>
        <source>&amp;Payload</source>
        <translation>&amp;Contenu</translation>
    </message>
    <message>
        <source>Ra&amp;w Body</source>
        <translation>Corps &amp;brut</translation>
    </message>
    <message>
        <source>&amp;Delivery</source>
        <translation>&amp;Livraison</translation>
    </message>
    <message>
        <source>A&amp;gent Runs</source>
        <translation>E&amp;xécutions d&apos;agents</translation>
    </message>
    <message>
        <source>Select an event to see its payload, deliveries and agent runs.</source>
        <translation>Sélectionnez un événement pour voir son contenu, ses livraisons et les exécutions d&apos;agents.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rejected delivery&lt;/b&gt; to %1 at %2</source>
        <translation>&lt;b&gt;Livraison rejetée&lt;/b&gt; vers %1 à %2</translation>
    </message>
    <message>
        <source>This event is no longer stored (retention removed it).</source>
        <translation>Cet événement n&apos;est plus conservé (la durée de conservation l&apos;a supprimé).</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; %2 &amp;nbsp; on %3 &amp;nbsp; %4%5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; %2 &amp;nbsp; sur %3 &amp;nbsp; %4%5</translation>
    </message>
    <message>
        <source> &amp;nbsp; &lt;b&gt;live mode&lt;/b&gt;</source>
        <translation> &amp;nbsp; &lt;b&gt;mode production&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Deliveries of this event</source>
        <translation>Livraisons de cet événement</translation>
    </message>
    <message>
        <source>duplicate (acknowledged, no new runs)</source>
        <translation>doublon (acquitté, aucune nouvelle exécution)</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifiée</translation>
    </message>
    <message>
        <source>Signature timestamp</source>
        <translation>Horodatage de la signature</translation>
    </message>
    <message>
        <source>%1 (skew %2 s)</source>
        <translation>%1 (décalage %2 s)</translation>
    </message>
    <message>
        <source>v1 signatures</source>
        <translation>Signatures v1</translation>
    </message>
    <message>
        <source>Matched secret</source>
        <translation>Secret concordant</translation>
    </message>
    <message>
        <source>the previous secret (rotation)</source>
        <translation>l&apos;ancien secret (rotation)</translation>
    </message>
    <message>
        <source>the current secret</source>
        <translation>le secret actuel</translation>
    </message>
    <message>
        <source>Remote address</source>
        <translation>Adresse distante</translation>
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
        <translation>Taille du corps</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&lt;p&gt;No delivery record.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucun enregistrement de livraison.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No agent loaded: add one on the Agents page</source>
        <translation>Aucun agent chargé&#xa0;: ajoutez-en un dans la page Agents</translation>
    </message>
    <message>
        <source>Could not queue %1: %2</source>
        <translation>Impossible de mettre %1 en file&#xa0;: %2</translation>
    </message>
    <message>
        <source>Run %1 of %2 queued</source>
        <translation>Exécution %1 de %2 mise en file</translation>
    </message>
    <message>
        <source>The body of a rejected delivery is not kept: nothing in it was accepted, and what was not verified as Stripe&apos;s may come from anyone.</source>
        <translation>Le corps d&apos;une livraison rejetée n&apos;est pas conservé&#xa0;: rien n&apos;en a été accepté, et ce qui n&apos;a pas été vérifié comme venant de Stripe peut venir de n&apos;importe qui.</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>refusée</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>non lue</translation>
    </message>
</context>
<context>
    <name>Hookyard::Gui::EventListModel</name>
    <message>
        <source>Rejected (%1): %2</source>
        <translation>Rejetée (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Verified (duplicate delivery)</source>
        <translation>Vérifiée (livraison en double)</translation>
    </message>
    <message>
        <source>Verified (thin event)</source>
        <translation>Vérifiée (événement léger)</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifiée</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>doublon</translation>
    </message>
    <message>
        <source>duplicate ×%1</source>
        <translation>doublon ×%1</translation>
    </message>
    <message numerus="yes">
        <source>Stripe delivered this event %n time(s); agents ran once.</source>
        <translation>
            <numerusform>Stripe a livré cet événement %n fois&#xa0;; les agents ne se sont exécutés qu&apos;une fois.</numerusform>
            <numerusform>Stripe a livré cet événement %n fois&#xa0;; les agents ne se sont exécutés qu&apos;une fois.</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Connecteur</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Event ID</source>
        <translation>ID d&apos;événement</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <source>Agent Runs</source>
        <translation>Exécutions d&apos;agents</translation>
    </message>
    <message>
        <source>%1 (%2 failed)</source>
        <translation>%1 (%2 en échec)</translation>
    </message>
    <message numerus="yes">
        <source>%n agent run(s) on this event.</source>
        <translation>
            <numerusform>%n exécution d&apos;agent pour cet événement.</numerusform>
            <numerusform>%n exécutions d&apos;agent pour cet événement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed or timed out.</source>
        <translation>
            <numerusform>%n en échec ou hors délai.</numerusform>
            <numerusform>%n en échec ou hors délai.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued or running.</source>
        <translation>
            <numerusform>%n en attente ou en cours.</numerusform>
            <numerusform>%n en attente ou en cours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the event to see each run&apos;s output and log.</source>
        <translation>Sélectionnez l&apos;événement pour voir la sortie et le journal de chaque exécution.</translation>
    </message>
    <message>
        <source>%1 (%2 pending)</source>
        <translation>%1 (%2 en attente)</translation>
    </message>
</context>
<context>
    <name>Hookyard::Gui::EventsPage</name>
    <message>
        <source>Verified events</source>
        <translation>Événements vérifiés</translation>
    </message>
    <message>
        <source>Duplicate deliveries</source>
        <translation>Livraisons en double</translation>
    </message>
    <message>
        <source>Rejected deliveries</source>
        <translation>Livraisons rejetées</translation>
    </message>
    <message>
        <source>All types (invoice.* works)</source>
        <translation>Tous les types (invoice.* fonctionne)</translation>
    </message>
    <message>
        <source>&amp;Connector:</source>
        <translation>&amp;Connecteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>É&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>duplicate ×9</source>
        <translation>doublon ×9</translation>
    </message>
    <message>
        <source>Agent Runs</source>
        <translation>Exécutions d&apos;agents</translation>
    </message>
    <message>
        <source>All connectors</source>
        <translation>Tous les connecteurs</translation>
    </message>
    <message>
        <source>No events match these filters.</source>
        <translation>Aucun événement ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>No events yet. Create a connector, add its URL in the Stripe Dashboard or forward to it with `stripe listen`, or send a test event from its page: events appear here as they arrive.</source>
        <translation>Pas encore d&apos;événement. Créez un connecteur, ajoutez son URL dans le tableau de bord Stripe ou transférez-y avec `stripe listen`, ou envoyez un événement de test depuis sa page&#xa0;: les événements apparaissent ici dès leur arrivée.</translation>
    </message>
    <message>
        <source>No duplicate deliveries: Stripe delivered no event twice.</source>
        <translation>Aucune livraison en double&#xa0;: Stripe n&apos;a livré aucun événement deux fois.</translation>
    </message>
    <message>
        <source>No rejected deliveries.</source>
        <translation>Aucune livraison rejetée.</translation>
    </message>
    <message>
        <source>Every delivery</source>
        <translation>Toutes les livraisons</translation>
    </message>
    <message>
        <source>No deliveries yet: every request to a connector&apos;s URL is listed here, verified or not.</source>
        <translation>Aucune livraison pour l&apos;instant&#xa0;: chaque requête vers l&apos;URL d&apos;un connecteur apparaît ici, vérifiée ou non.</translation>
    </message>
    <message>
        <source>Search ids, types and payloads, e.g. a customer id (Ctrl+F)</source>
        <translation>Rechercher des id, des types et des contenus, p. ex. un id client (Ctrl+F)</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>La recherche a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>More than %L1 events match: the newest %L1 are shown. Narrow the search to see older ones.</source>
        <translation>Plus de %L1 événements correspondent&#xa0;: les %L1 plus récents sont affichés. Affinez la recherche pour voir les plus anciens.</translation>
    </message>
    <message>
        <source>Searching the stored events…</source>
        <translation>Recherche dans les événements enregistrés…</translation>
    </message>
    <message>
        <source>The newest matches are shown; older events are still being searched…</source>
        <translation>Les correspondances les plus récentes sont affichées&#xa0;; les événements plus anciens sont encore en cours de recherche…</translation>
    </message>
    <message>
        <source>Part of an event id, type or object id, or any text of the payload as Stripe sent it: a customer id (cus_…), an invoice id, an email address. Letters match in any case.</source>
        <translation>Une partie d&apos;un id d&apos;événement, d&apos;un type ou d&apos;un id d&apos;objet, ou un texte du contenu tel que Stripe l&apos;a envoyé&#xa0;: un id client (cus_…), un id de facture, une adresse e-mail. Majuscules et minuscules sont équivalentes.</translation>
    </message>
</context>
<context>
    <name>Hookyard::Gui::JsonTreeModel</name>
    <message>
        <source>The body is not JSON: %1 at offset %2.</source>
        <translation>Le corps n&apos;est pas du JSON&#xa0;: %1 à la position %2.</translation>
    </message>
    <message numerus="yes">
        <source>{%n key(s)}</source>
        <translation>
            <numerusform>{%n clé}</numerusform>
            <numerusform>{%n clés}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n élément]</numerusform>
            <numerusform>[%n éléments]</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
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
        <translation>Illimité</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>Par défaut (%1)</translation>
    </message>
</context>
<context>
    <name>Hookyard::Gui::LinkAgentsDialog</name>
    <message>
        <source>Link Agents to %1</source>
        <translation>Lier des agents à %1</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (désactivé)</translation>
    </message>
    <message>
        <source>cannot be changed: the file has errors</source>
        <translation>non modifiable&#xa0;: le fichier contient des erreurs</translation>
    </message>
    <message>
        <source>no events: started by hand</source>
        <translation>aucun événement&#xa0;: démarré à la main</translation>
    </message>
    <message>
        <source>all connectors</source>
        <translation>tous les connecteurs</translation>
    </message>
    <message>
        <source>Runs for every connector: its file lists none. Unchecking it lists the other connectors instead.</source>
        <translation>S&apos;exécute pour chaque connecteur&#xa0;: son fichier n&apos;en indique aucun. Le décocher inscrit à la place les autres connecteurs dans son fichier.</translation>
    </message>
    <message>
        <source>%1 (no such connector)</source>
        <translation>%1 (connecteur inexistant)</translation>
    </message>
    <message>
        <source>Check the agents that run when connector “%1” receives an event. An agent whose file lists no connectors runs for all of them.</source>
        <translation>Cochez les agents qui s&apos;exécutent quand le connecteur «&#xa0;%1&#xa0;» reçoit un événement. Un agent dont le fichier n&apos;indique aucun connecteur s&apos;exécute pour tous.</translation>
    </message>
    <message>
        <source>No agents yet. Add one on the Agents page, then link it here.</source>
        <translation>Pas encore d&apos;agent. Ajoutez-en un dans la page Agents, puis liez-le ici.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation>Non enregistré&#xa0;:</translation>
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
        <translation>Hookyard ne peut pas ouvrir son dossier de données %1&#xa0;:
%2</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Connectors</source>
        <translation>Connecteurs</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Connector…</source>
        <translation>&amp;Nouveau connecteur…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Connectors</source>
        <translation>&amp;Connecteurs</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Événements</translation>
    </message>
    <message>
        <source>&amp;Agents</source>
        <translation>A&amp;gents</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Réglages</translation>
    </message>
    <message>
        <source>&amp;Filter Events</source>
        <translation>&amp;Filtrer les événements</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Hookyard</source>
        <translation>À &amp;propos de Hookyard</translation>
    </message>
    <message>
        <source>About Hookyard</source>
        <translation>À propos de Hookyard</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hookyard %1&lt;/h3&gt;&lt;p&gt;Receive Stripe webhooks on your own machine and turn them into work done by local agents.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Hookyard %1&lt;/h3&gt;&lt;p&gt;Recevez les webhooks Stripe sur votre propre machine et transformez-les en travail effectué par des agents locaux.&lt;/p&gt;&lt;p&gt;Dossier de données&#xa0;: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; Another Hookyard process (%1) already serves this data folder: it receives the webhooks and runs the agents. This window shows what it stores and can send it test events, but changes nothing itself. Quit the other process, or start this one with another --data-dir.</source>
        <translation>&lt;b&gt;Lecture seule.&lt;/b&gt; Un autre processus Hookyard (%1) sert déjà ce dossier de données&#xa0;: il reçoit les webhooks et exécute les agents. Cette fenêtre montre ce qu&apos;il enregistre et peut lui envoyer des événements de test, mais ne modifie rien elle-même. Quittez l&apos;autre processus, ou lancez celui-ci avec un autre --data-dir.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Deliveries cannot be stored.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Les livraisons ne peuvent pas être enregistrées.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>&amp;Fermer la fenêtre</translation>
    </message>
</context>
<context>
    <name>Hookyard::Gui::NewConnectorDialog</name>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
</context>
<context>
    <name>Hookyard::Gui::PayloadView</name>
    <message>
        <source>Copy &amp;Value</source>
        <translation>Copier la &amp;valeur</translation>
    </message>
    <message>
        <source>Copy &amp;Path</source>
        <translation>Copier le &amp;chemin</translation>
    </message>
    <message>
        <source>Copy the selected value (Ctrl+C)</source>
        <translation>Copier la valeur sélectionnée (Ctrl+C)</translation>
    </message>
    <message>
        <source>Copy the access path of the selected value, such as input[&quot;data&quot;][&quot;object&quot;]</source>
        <translation>Copier le chemin d&apos;accès de la valeur sélectionnée, par exemple input[&quot;data&quot;][&quot;object&quot;]</translation>
    </message>
    <message>
        <source>&amp;Expand All</source>
        <translation>Tout dé&amp;plier</translation>
    </message>
    <message>
        <source>C&amp;ollapse All</source>
        <translation>Tout rep&amp;lier</translation>
    </message>
    <message>
        <source>Find key…</source>
        <translation>Chercher une clé…</translation>
    </message>
    <message>
        <source>Press Enter to go to the next key with this name</source>
        <translation>Appuyez sur Entrée pour aller à la clé suivante de ce nom</translation>
    </message>
    <message>
        <source>Value copied</source>
        <translation>Valeur copiée</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 copié</translation>
    </message>
    <message>
        <source>Expand All</source>
        <translation>Tout déplier</translation>
    </message>
    <message>
        <source>Collapse All</source>
        <translation>Tout replier</translation>
    </message>
</context>
<context>
    <name>Hookyard::Gui::RunListModel</name>
    <message>
        <source>%1 (manual)</source>
        <translation>%1 (manuelle)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Tentative</translation>
    </message>
    <message>
        <source>Exit Code</source>
        <translation>Code de sortie</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Mise en file</translation>
    </message>
</context>
<context>
    <name>Hookyard::Gui::RunTable</name>
    <message>
        <source>Still running: below is what it printed so far, updated every second.</source>
        <translation>En cours&#xa0;: ci-dessous, ce qu&apos;elle a écrit jusqu&apos;ici, mis à jour chaque seconde.</translation>
    </message>
</context>
<context>
    <name>Hookyard::Gui::RunsPanel</name>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>&amp;Annuler l&apos;exécution</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>É&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <source>Select a run to read its output and log.</source>
        <translation>Sélectionnez une exécution pour lire sa sortie et son journal.</translation>
    </message>
    <message>
        <source>Run %1 of %2 on %3 (%4), attempt %5</source>
        <translation>Exécution %1 de %2 sur %3 (%4), tentative %5</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Run %1 already finished</source>
        <translation>L&apos;exécution %1 est déjà terminée</translation>
    </message>
    <message>
        <source>Runs of every &amp;agent</source>
        <translation>Exécutions de tous les &amp;agents</translation>
    </message>
    <message>
        <source>── Output (standard output)%1 ──</source>
        <translation>── Sortie (sortie standard)%1 ──</translation>
    </message>
    <message>
        <source>, cut at the cap</source>
        <translation>, tronquée à la limite</translation>
    </message>
    <message>
        <source>── Log (standard error)%1 ──</source>
        <translation>── Journal (erreur standard)%1 ──</translation>
    </message>
    <message>
        <source>Agents run on verified events only.</source>
        <translation>Les agents ne s&apos;exécutent que sur des événements vérifiés.</translation>
    </message>
    <message>
        <source>No agent has run on this event. An agent starts when an event arrives that its events and connectors lists match; Run Agent on This Event… starts one now.</source>
        <translation>Aucun agent ne s&apos;est exécuté sur cet événement. Un agent démarre quand arrive un événement que ses listes events et connectors couvrent&#xa0;; «&#xa0;Lancer un agent sur cet événement…&#xa0;» en lance un maintenant.</translation>
    </message>
    <message>
        <source>No run is in the state “%1”.</source>
        <translation>Aucune exécution n&apos;est à l&apos;état «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 has not run yet. It runs when an event arrives that its events and connectors lists match, or from an event&apos;s Agent Runs tab.</source>
        <translation>%1 ne s&apos;est pas encore exécuté. Il s&apos;exécute quand arrive un événement que ses listes events et connectors couvrent, ou depuis l&apos;onglet Exécutions d&apos;agents d&apos;un événement.</translation>
    </message>
    <message>
        <source>No agent has run yet.</source>
        <translation>Aucun agent ne s&apos;est encore exécuté.</translation>
    </message>
</context>
<context>
    <name>Hookyard::Gui::SettingsPage</name>
    <message>
        <source>&amp;Listen address and port:</source>
        <translation>Adresse et port d&apos;&amp;écoute&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Public base URL:</source>
        <translation>&amp;URL de base publique&#xa0;:</translation>
    </message>
    <message>
        <source>Default &amp;tolerance (s):</source>
        <translation>&amp;Tolérance par défaut (s)&#xa0;:</translation>
    </message>
    <message>
        <source>Default &amp;rate limit (/s):</source>
        <translation>&amp;Limite de débit par défaut (/s)&#xa0;:</translation>
    </message>
    <message>
        <source>Default b&amp;urst:</source>
        <translation>&amp;Rafale par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>Rejected requests per address (/s):</source>
        <translation>Requêtes rejetées par adresse (/s)&#xa0;:</translation>
    </message>
    <message>
        <source>Rejected requests burst:</source>
        <translation>Rafale de requêtes rejetées&#xa0;:</translation>
    </message>
    <message>
        <source>Connections at most:</source>
        <translation>Connexions au plus&#xa0;:</translation>
    </message>
    <message>
        <source>Connections per address:</source>
        <translation>Connexions par adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Durability:</source>
        <translation>&amp;Durabilité&#xa0;:</translation>
    </message>
    <message>
        <source>Keep events for (&amp;days):</source>
        <translation>Conserver les événements (&amp;jours)&#xa0;:</translation>
    </message>
    <message>
        <source>Keep at most (&amp;events):</source>
        <translation>Conserver au plus (é&amp;vénements)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Secret store:</source>
        <translation>&amp;Stockage des secrets&#xa0;:</translation>
    </message>
    <message>
        <source>Default agent &amp;command:</source>
        <translation>Co&amp;mmande d&apos;agent par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>Runs at the same &amp;time:</source>
        <translation>E&amp;xécutions simultanées&#xa0;:</translation>
    </message>
    <message>
        <source>Grace before kill:</source>
        <translation>Délai avant l&apos;arrêt forcé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Notifications</translation>
    </message>
    <message>
        <source>&amp;Keep receiving in the tray when the window is closed</source>
        <translation>Continuer à recevoir dans la zone de notification quand la fenêtre est &amp;fermée</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;gue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Réta&amp;blir</translation>
    </message>
    <message>
        <source>Receiver address</source>
        <translation>Adresse du récepteur</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limites</translation>
    </message>
    <message>
        <source>Storage and retention</source>
        <translation>Stockage et conservation</translation>
    </message>
    <message>
        <source>Signing secrets</source>
        <translation>Secrets de signature</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>(system default)</source>
        <translation>(langue du système)</translation>
    </message>
    <message>
        <source>In use:</source>
        <translation>Utilisé&#xa0;:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Dossier de données&#xa0;:</translation>
    </message>
    <message>
        <source>Settings applied</source>
        <translation>Réglages appliqués</translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) were not accepted: see the page</source>
        <translation>
            <numerusform>%n réglage n&apos;a pas été accepté&#xa0;: voir la page</numerusform>
            <numerusform>%n réglages n&apos;ont pas été acceptés&#xa0;: voir la page</numerusform>
        </translation>
    </message>
    <message>
        <source>Hookyard was started with --listen %1, which wins over this setting until it starts without that option.</source>
        <translation>Hookyard a été lancé avec --listen %1, qui l&apos;emporte sur ce réglage jusqu&apos;à ce qu&apos;il démarre sans cette option.</translation>
    </message>
    <message>
        <source>A new address applies at once: the receiver restarts on it.</source>
        <translation>Une nouvelle adresse s&apos;applique aussitôt&#xa0;: le récepteur redémarre sur celle-ci.</translation>
    </message>
    <message>
        <source>Applies when the receiver next starts: at the next start of Hookyard or when the listen address changes.</source>
        <translation>S&apos;applique au prochain démarrage du récepteur&#xa0;: au prochain démarrage de Hookyard ou quand l&apos;adresse d&apos;écoute change.</translation>
    </message>
    <message>
        <source>Both limits apply soon after start and then every hour, in the process that receives (this window, or hookyard serve).</source>
        <translation>Les deux limites s&apos;appliquent peu après le démarrage puis toutes les heures, dans le processus qui reçoit (cette fenêtre, ou hookyard serve).</translation>
    </message>
    <message>
        <source>Applies at the next start of Hookyard.</source>
        <translation>S&apos;applique au prochain démarrage de Hookyard.</translation>
    </message>
    <message>
        <source>HOOKYARD_LANGUAGE=%1 is set and wins over this setting.</source>
        <translation>HOOKYARD_LANGUAGE=%1 est défini et l&apos;emporte sur ce réglage.</translation>
    </message>
    <message>
        <source>Applied settings take effect at once, except where a note says otherwise.</source>
        <translation>Les réglages appliqués prennent effet aussitôt, sauf si une note indique le contraire.</translation>
    </message>
    <message>
        <source>a duration: 5s, 500ms, 2m</source>
        <translation>une durée&#xa0;: 5s, 500ms, 2m</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Illimité</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>Toujours</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>Sans plafond</translation>
    </message>
    <message>
        <source>&amp;Body limit:</source>
        <translation>Limite du &amp;corps&#xa0;:</translation>
    </message>
    <message>
        <source>Output kept per stream:</source>
        <translation>Sortie conservée par flux&#xa0;:</translation>
    </message>
    <message>
        <source>Normal: a killed or crashed Hookyard loses nothing it acknowledged</source>
        <translation>Normal&#xa0;: si Hookyard est tué ou plante, rien de ce qu&apos;il a confirmé n&apos;est perdu</translation>
    </message>
    <message>
        <source>Full: a power loss loses nothing either (slower)</source>
        <translation>Complet&#xa0;: même une coupure de courant ne perd rien (plus lent)</translation>
    </message>
    <message>
        <source>Automatic: the system keychain, else a file</source>
        <translation>Automatique&#xa0;: le trousseau du système, sinon un fichier</translation>
    </message>
    <message>
        <source>The system keychain</source>
        <translation>Le trousseau du système</translation>
    </message>
    <message>
        <source>A file only you can read (0600) in the data folder</source>
        <translation>Un fichier que vous seul pouvez lire (0600) dans le dossier de données</translation>
    </message>
    <message>
        <source>Adds Hookyard to your desktop&apos;s startup applications: %1</source>
        <translation>Ajoute Hookyard aux applications au démarrage de votre bureau&#xa0;: %1</translation>
    </message>
    <message>
        <source>For this user on this computer, with this data folder. Where the desktop has no tray, the window opens instead.</source>
        <translation>Pour cet utilisateur sur cet ordinateur, avec ce dossier de données. Si le bureau n&apos;a pas de zone de notification, la fenêtre s&apos;ouvre à la place.</translation>
    </message>
    <message>
        <source>Start Hookyard when I l&amp;og in, in the tray</source>
        <translation>Démarrer Hookyard à l&apos;&amp;ouverture de session, dans la zone de notification</translation>
    </message>
    <message>
        <source>Switching to another store moves the saved signing secrets into it (each copy is checked) and then removes them from the old one. &quot;auto&quot; keeps the store in use.</source>
        <translation>Passer à un autre stockage y déplace les secrets de signature enregistrés (chaque copie est vérifiée), puis les retire de l&apos;ancien. «&#xa0;auto&#xa0;» garde le stockage utilisé.</translation>
    </message>
    <message>
        <source>Moving the signing secrets…</source>
        <translation>Déplacement des secrets de signature…</translation>
    </message>
</context>
<context>
    <name>Hookyard::Gui::StatusIndicators</name>
    <message>
        <source>● Listening on %1</source>
        <translation>● À l&apos;écoute sur %1</translation>
    </message>
    <message>
        <source>Starting the receiver…</source>
        <translation>Démarrage du récepteur…</translation>
    </message>
    <message>
        <source>⚠ Not receiving: %1</source>
        <translation>⚠ Pas de réception&#xa0;: %1</translation>
    </message>
    <message>
        <source>Read-only: %1 serves this data folder</source>
        <translation>Lecture seule&#xa0;: %1 sert ce dossier de données</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>%1 events/s</source>
        <translation>%1 événements/s</translation>
    </message>
    <message>
        <source>0 rejected</source>
        <translation>rejets&#xa0;: 0</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;rejected&quot;&gt;%1 rejected&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;rejected&quot;&gt;rejets&#xa0;: %1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>%1 throttled</source>
        <translation>%1 limitées</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more address(es)</source>
        <translation>
            <numerusform>et %n autre adresse</numerusform>
            <numerusform>et %n autres adresses</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests refused with 429 since the app started, without being checked or recorded: their address had sent too many rejected requests (unknown connector, bad signature). Stripe&apos;s valid deliveries are never refused for this. Limits: receiver.reject_rate and receiver.reject_burst in Settings.</source>
        <translation>Requêtes refusées avec 429 depuis le démarrage, sans être vérifiées ni enregistrées&#xa0;: leur adresse avait envoyé trop de requêtes rejetées (connecteur inconnu, mauvaise signature). Les livraisons valides de Stripe ne sont jamais refusées pour cette raison. Limites&#xa0;: receiver.reject_rate et receiver.reject_burst dans les Réglages.</translation>
    </message>
    <message>
        <source>Rejected deliveries since the app started; click to see them. Requests to URLs no connector has (404) are counted apart: they are not recorded, as anyone can send them.</source>
        <translation>Livraisons rejetées depuis le démarrage&#xa0;; cliquez pour les voir. Les requêtes vers des URL qu&apos;aucun connecteur n&apos;a (404) sont comptées à part&#xa0;: elles ne sont pas enregistrées, car n&apos;importe qui peut les envoyer.</translation>
    </message>
    <message>
        <source>, %1 to unknown URLs</source>
        <translation>, %1 vers des URL inconnues</translation>
    </message>
    <message>
        <source>Deliveries the serving process rejected and recorded since this window opened; click to see them.</source>
        <translation>Livraisons que le processus qui reçoit a refusées et enregistrées depuis l&apos;ouverture de cette fenêtre&#xa0;; cliquez pour les voir.</translation>
    </message>
</context>
<context>
    <name>Hookyard::Gui::TestEventSender</name>
    <message>
        <source>Save a signing secret first</source>
        <translation>Enregistrez d&apos;abord un secret de signature</translation>
    </message>
    <message>
        <source>Sign a sample event with this connector&apos;s secret and deliver it to the process that serves this data folder</source>
        <translation>Signer un événement d&apos;exemple avec le secret de ce connecteur et l&apos;envoyer au processus qui sert ce dossier de données</translation>
    </message>
    <message>
        <source>The receiver is not listening: %1</source>
        <translation>Le récepteur n&apos;écoute pas&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sign a sample event with this connector&apos;s secret and deliver it to the receiver</source>
        <translation>Signer un événement d&apos;exemple avec le secret de ce connecteur et le livrer au récepteur</translation>
    </message>
    <message>
        <source>Sending %1…</source>
        <translation>Envoi de %1…</translation>
    </message>
    <message>
        <source>Delivered %1 (HTTP %2): %3</source>
        <translation>%1 livré (HTTP %2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Not delivered: %1</source>
        <translation>Non livré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not delivered (HTTP %1): %2</source>
        <translation>Non livré (HTTP %1)&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Hookyard::Gui::TrayController</name>
    <message>
        <source>&amp;Show Hookyard</source>
        <translation>&amp;Afficher Hookyard</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
</context>
<context>
    <name>Hookyard::Gui::TrayPolicy</name>
    <message>
        <source>Hookyard: %1 events, %2 rejected this session</source>
        <translation>Hookyard&#xa0;: %1 événements, %2 rejetées pendant cette session</translation>
    </message>
    <message>
        <source>Signatures rejected</source>
        <translation>Signatures rejetées</translation>
    </message>
    <message numerus="yes">
        <source>%n deliveries failed signature checks in the last minute. Check that the saved signing secret belongs to the endpoint.</source>
        <translation>
            <numerusform>%n livraison a échoué à la vérification de signature dans la dernière minute. Vérifiez que le secret de signature enregistré appartient à l&apos;endpoint.</numerusform>
            <numerusform>%n livraisons ont échoué à la vérification de signature dans la dernière minute. Vérifiez que le secret de signature enregistré appartient à l&apos;endpoint.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Exécution %1</translation>
    </message>
    <message>
        <source>%1 (run %2)</source>
        <translation>%1 (exécution %2)</translation>
    </message>
    <message>
        <source>%1 on %2 (run %3)</source>
        <translation>%1 sur %2 (exécution %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n more failed run(s) of this agent since the last notice.</source>
        <translation>
            <numerusform>%n autre exécution échouée de cet agent depuis la dernière notification.</numerusform>
            <numerusform>%n autres exécutions échouées de cet agent depuis la dernière notification.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agent run failed</source>
        <translation>Échec de l&apos;exécution de l&apos;agent</translation>
    </message>
    <message>
        <source>Agent run timed out</source>
        <translation>Délai dépassé pour l&apos;exécution de l&apos;agent</translation>
    </message>
    <message>
        <source>Hookyard is still receiving</source>
        <translation>Hookyard continue de recevoir</translation>
    </message>
    <message>
        <source>Webhooks are received and agents run in the background. Use the tray icon to open the window or quit.</source>
        <translation>Les webhooks sont reçus et les agents s&apos;exécutent en arrière-plan. Utilisez l&apos;icône de la zone de notification pour ouvrir la fenêtre ou quitter.</translation>
    </message>
</context>
<context>
    <name>Hookyard::Receiver::ConnectionGuard</name>
    <message>
        <source>the request did not arrive in time</source>
        <translation>la requête n&apos;est pas arrivée à temps</translation>
    </message>
</context>
<context>
    <name>Hookyard::Receiver::GuardedTcpServer</name>
    <message>
        <source>too many open connections; try again shortly</source>
        <translation>trop de connexions ouvertes&#xa0;; réessayez dans un instant</translation>
    </message>
    <message>
        <source>too many open connections from your address; try again shortly</source>
        <translation>trop de connexions ouvertes depuis votre adresse&#xa0;; réessayez dans un instant</translation>
    </message>
</context>
<context>
    <name>Hookyard::Receiver::ReceiverWorker</name>
    <message>
        <source>The receiver cannot open its database: %1</source>
        <translation>Le récepteur ne peut pas ouvrir sa base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose another port or stop the program that uses it.</source>
        <translation>Choisissez un autre port ou arrêtez le programme qui l&apos;utilise.</translation>
    </message>
    <message>
        <source>This machine has no such address: listen on 127.0.0.1 or on the address of one of its network interfaces.</source>
        <translation>Cette machine n&apos;a pas cette adresse&#xa0;: écoutez sur 127.0.0.1 ou sur l&apos;adresse de l&apos;une de ses interfaces réseau.</translation>
    </message>
    <message>
        <source>Choose another address or port.</source>
        <translation>Choisissez une autre adresse ou un autre port.</translation>
    </message>
    <message>
        <source>The receiver cannot listen on %1:%2 (%3). %4</source>
        <translation>Le récepteur ne peut pas écouter sur %1:%2 (%3). %4</translation>
    </message>
</context>
<context>
    <name>Hookyard::Storage</name>
    <message>
        <source>Could not save the connector: %1. Check that the data directory is writable and the disk not full.</source>
        <translation>Impossible d&apos;enregistrer le connecteur&#xa0;: %1. Vérifiez que le répertoire de données est accessible en écriture et que le disque n&apos;est pas plein.</translation>
    </message>
    <message>
        <source>%1 is a file, not a directory: choose a directory with --data-dir.</source>
        <translation>%1 est un fichier, pas un répertoire&#xa0;: choisissez un répertoire avec --data-dir.</translation>
    </message>
    <message>
        <source>Could not create the data directory %1: check that the parent directory exists and is writable, or choose another one with --data-dir.</source>
        <translation>Impossible de créer le répertoire de données %1&#xa0;: vérifiez que le répertoire parent existe et est accessible en écriture, ou choisissez-en un autre avec --data-dir.</translation>
    </message>
    <message>
        <source>The data directory %1 is not writable: give your user write access to it, or choose another one with --data-dir.</source>
        <translation>Le répertoire de données %1 n&apos;est pas accessible en écriture&#xa0;: donnez-y l&apos;accès en écriture à votre utilisateur, ou choisissez-en un autre avec --data-dir.</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 s: unlock it, or set secrets.backend to &quot;file&quot;.</source>
        <translation>Le trousseau n&apos;a pas répondu en %1 s&#xa0;: déverrouillez-le, ou réglez secrets.backend sur &quot;file&quot;.</translation>
    </message>
    <message>
        <source>The database is not an open SQLite connection.</source>
        <translation>La base de données n&apos;est pas une connexion SQLite ouverte.</translation>
    </message>
    <message>
        <source>The database %1 was created by a newer Hookyard (schema %2); upgrade Hookyard or use another --data-dir.</source>
        <translation>La base de données %1 a été créée par un Hookyard plus récent (schéma %2)&#xa0;; mettez Hookyard à jour ou utilisez un autre --data-dir.</translation>
    </message>
    <message>
        <source>%1 is not a Hookyard database: move it away or use another --data-dir.</source>
        <translation>%1 n&apos;est pas une base de données Hookyard&#xa0;: déplacez-la ou utilisez un autre --data-dir.</translation>
    </message>
    <message>
        <source>The schema of version %1 is missing from this build of Hookyard.</source>
        <translation>Le schéma de la version %1 manque dans cette version compilée de Hookyard.</translation>
    </message>
    <message>
        <source>Could not upgrade the database %1 to schema version %2: %3</source>
        <translation>Impossible de mettre à jour la base de données %1 vers la version de schéma %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 s. QT_NO_GLIB is set, and the keychain library needs GLib&apos;s event loop: unset QT_NO_GLIB, or set secrets.backend to &quot;file&quot;.</source>
        <translation>Le trousseau n&apos;a pas répondu en %1 s. QT_NO_GLIB est défini, et la bibliothèque du trousseau a besoin de la boucle d&apos;événements de GLib&#xa0;: retirez QT_NO_GLIB, ou réglez secrets.backend sur &quot;file&quot;.</translation>
    </message>
</context>
<context>
    <name>Hookyard::Storage::ConnectorRepository</name>
    <message>
        <source>A connector named &quot;%1&quot; already exists: choose another name, or remove that one first.</source>
        <translation>Un connecteur nommé «&#xa0;%1&#xa0;» existe déjà&#xa0;: choisissez un autre nom, ou supprimez d&apos;abord celui-ci.</translation>
    </message>
    <message>
        <source>Could not read the connectors: %1.</source>
        <translation>Impossible de lire les connecteurs&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The signature tolerance must be at least 1 second.</source>
        <translation>La tolérance de signature doit être d&apos;au moins 1 seconde.</translation>
    </message>
    <message>
        <source>There is no connector &quot;%1&quot; (any more): list them with `hookyard connector list`.</source>
        <translation>Il n&apos;y a (plus) de connecteur «&#xa0;%1&#xa0;»&#xa0;: `hookyard connector list` les liste.</translation>
    </message>
    <message>
        <source>There is no connector with the id %1: list them with `hookyard connector list`.</source>
        <translation>Il n&apos;y a pas de connecteur d&apos;identifiant %1&#xa0;: `hookyard connector list` les liste.</translation>
    </message>
    <message>
        <source>A connector needs a name, for example &quot;billing&quot;.</source>
        <translation>Un connecteur a besoin d&apos;un nom, par exemple «&#xa0;facturation&#xa0;».</translation>
    </message>
    <message>
        <source>The connector name is %1 characters long; use at most %2.</source>
        <translation>Le nom du connecteur compte %1 caractères&#xa0;; %2 au plus sont permis.</translation>
    </message>
    <message>
        <source>The connector name &quot;%1&quot; may only contain letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;.</source>
        <translation>Le nom de connecteur «&#xa0;%1&#xa0;» ne peut contenir que des lettres, des chiffres, &apos;-&apos;, &apos;_&apos; et &apos;.&apos;.</translation>
    </message>
    <message>
        <source>The connector name &quot;%1&quot; may only contain letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;: &quot;%2&quot; would do.</source>
        <translation>Le nom de connecteur «&#xa0;%1&#xa0;» ne peut contenir que des lettres, des chiffres, «&#xa0;-&#xa0;», «&#xa0;_&#xa0;» et «&#xa0;.&#xa0;»&#xa0;: «&#xa0;%2&#xa0;» conviendrait.</translation>
    </message>
</context>
<context>
    <name>Hookyard::Storage::DataDirLock</name>
    <message>
        <source>process %1 (%2) on host %3</source>
        <translation>le processus %1 (%2) sur l&apos;hôte %3</translation>
    </message>
    <message>
        <source>another process</source>
        <translation>un autre processus</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>the lock file %1 cannot be created (%2): free some space on its disk, or give your user write access to the folder</source>
        <translation>le fichier de verrou %1 ne peut pas être créé (%2)&#xa0;: libérez de la place sur son disque, ou donnez à votre utilisateur le droit d&apos;écrire dans le dossier</translation>
    </message>
</context>
<context>
    <name>Hookyard::Storage::Database</name>
    <message>
        <source>No data directory given: pass --data-dir DIR.</source>
        <translation>Aucun répertoire de données indiqué&#xa0;: passez --data-dir DIR.</translation>
    </message>
    <message>
        <source>The database %1 is read-only for your user: give your user write access to it, or use another --data-dir.</source>
        <translation>La base de données %1 est en lecture seule pour votre utilisateur&#xa0;: donnez-lui l&apos;accès en écriture, ou utilisez un autre --data-dir.</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt is missing: install the package libqt6sql6-sqlite.</source>
        <translation>Le pilote SQLite de Qt manque&#xa0;: installez le paquet libqt6sql6-sqlite.</translation>
    </message>
    <message>
        <source>Could not open the database %1 (%2): check that the data directory is writable, or use another --data-dir.</source>
        <translation>Impossible d&apos;ouvrir la base de données %1 (%2)&#xa0;: vérifiez que le répertoire de données est accessible en écriture, ou utilisez un autre --data-dir.</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt did not give access to its connection.</source>
        <translation>Le pilote SQLite de Qt n&apos;a pas donné accès à sa connexion.</translation>
    </message>
    <message>
        <source>The database %1 was created by a newer Hookyard (schema %2); upgrade Hookyard or use another --data-dir.</source>
        <translation>La base de données %1 a été créée par un Hookyard plus récent (schéma %2)&#xa0;; mettez Hookyard à jour ou utilisez un autre --data-dir.</translation>
    </message>
    <message>
        <source>Could not switch the database %1 to WAL mode (it stayed in %2 mode): keep the data directory on a local file system.</source>
        <translation>Impossible de passer la base de données %1 en mode WAL (elle est restée en mode %2)&#xa0;: gardez le répertoire de données sur un système de fichiers local.</translation>
    </message>
    <message>
        <source>The disk that holds %1 is full: free some space. Deliveries are answered 503 meanwhile and Stripe retries them.</source>
        <translation>Le disque qui contient %1 est plein&#xa0;: libérez de la place. Les livraisons reçoivent 503 entre-temps et Stripe les retente.</translation>
    </message>
    <message>
        <source>The database in %1 cannot be written (%2): give your user write access to the directory and its files, or use another --data-dir.</source>
        <translation>La base de données dans %1 ne peut pas être écrite (%2)&#xa0;: donnez à votre utilisateur l&apos;accès en écriture au répertoire et à ses fichiers, ou utilisez un autre --data-dir.</translation>
    </message>
    <message>
        <source>The database in %1 stayed locked by another process: try again; if it persists, check which Hookyard processes use this data dir.</source>
        <translation>La base de données dans %1 est restée verrouillée par un autre processus&#xa0;: réessayez&#xa0;; si cela persiste, vérifiez quels processus Hookyard utilisent ce répertoire de données.</translation>
    </message>
    <message>
        <source>Could not read or write the database in %1 (%2): check the disk and free space.</source>
        <translation>Impossible de lire ou d&apos;écrire la base de données dans %1 (%2)&#xa0;: vérifiez le disque et l&apos;espace libre.</translation>
    </message>
    <message>
        <source>The database in %1 is damaged or is not a Hookyard database (%2): move hookyard.db away or use another --data-dir.</source>
        <translation>La base de données dans %1 est endommagée ou n&apos;est pas une base Hookyard (%2)&#xa0;: déplacez hookyard.db ou utilisez un autre --data-dir.</translation>
    </message>
    <message>
        <source>The database in %1 reported an error: %2.</source>
        <translation>La base de données dans %1 a signalé une erreur&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is not a Hookyard database: move it away or use another --data-dir.</source>
        <translation>%1 n&apos;est pas une base de données Hookyard&#xa0;: déplacez-la ou utilisez un autre --data-dir.</translation>
    </message>
</context>
<context>
    <name>Hookyard::Storage::DeliveryWriter</name>
    <message>
        <source>The database connection is closed.</source>
        <translation>La connexion à la base de données est fermée.</translation>
    </message>
</context>
<context>
    <name>Hookyard::Storage::EventPruner</name>
    <message>
        <source>Could not remove old events: %1.</source>
        <translation>Impossible de supprimer les anciens événements&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>Hookyard::Storage::EventRepository</name>
    <message>
        <source>Could not read the events: %1.</source>
        <translation>Impossible de lire les événements&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Could not read the deliveries: %1.</source>
        <translation>Impossible de lire les livraisons&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>Hookyard::Storage::FileSecretStore</name>
    <message>
        <source>The secrets file %1 stayed locked by another Hookyard process: try again.</source>
        <translation>Le fichier des secrets %1 est resté verrouillé par un autre processus Hookyard&#xa0;: réessayez.</translation>
    </message>
    <message>
        <source>Cannot read the secrets file %1 (%2): check its owner and permissions.</source>
        <translation>Impossible de lire le fichier des secrets %1 (%2)&#xa0;: vérifiez son propriétaire et ses permissions.</translation>
    </message>
    <message>
        <source>The secrets file %1 is not a regular file: move it away.</source>
        <translation>Le fichier des secrets %1 n&apos;est pas un fichier ordinaire&#xa0;: déplacez-le.</translation>
    </message>
    <message>
        <source>The secrets file %1 can be read by other users (mode %2): run `chmod 600 %1` and try again.</source>
        <translation>Le fichier des secrets %1 est lisible par d&apos;autres utilisateurs (mode %2)&#xa0;: lancez `chmod 600 %1` et réessayez.</translation>
    </message>
    <message>
        <source>The secrets file %1 is damaged (not a JSON object): restore it from a backup, or move it away and save the signing secrets again.</source>
        <translation>Le fichier des secrets %1 est endommagé (pas un objet JSON)&#xa0;: restaurez-le depuis une sauvegarde, ou déplacez-le et enregistrez à nouveau les secrets de signature.</translation>
    </message>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>Impossible de créer le répertoire de données %1.</translation>
    </message>
    <message>
        <source>Cannot write the secrets file in %1 (%2): check that the data directory is writable.</source>
        <translation>Impossible d&apos;écrire le fichier des secrets dans %1 (%2)&#xa0;: vérifiez que le répertoire de données est accessible en écriture.</translation>
    </message>
    <message>
        <source>Cannot write the secrets file %1 (%2): check the free space and permissions of the data directory.</source>
        <translation>Impossible d&apos;écrire le fichier des secrets %1 (%2)&#xa0;: vérifiez l&apos;espace libre et les permissions du répertoire de données.</translation>
    </message>
    <message>
        <source>file %1 (created with mode 0600 when a secret is saved)</source>
        <translation>fichier %1 (créé avec le mode 0600 à l&apos;enregistrement d&apos;un secret)</translation>
    </message>
    <message>
        <source>file %1 (mode %2)</source>
        <translation>fichier %1 (mode %2)</translation>
    </message>
    <message>
        <source>Cannot remove the secrets file %1 (%2): check the permissions of the data directory.</source>
        <translation>Impossible de supprimer le fichier des secrets %1 (%2)&#xa0;: vérifiez les permissions du dossier de données.</translation>
    </message>
</context>
<context>
    <name>Hookyard::Storage::KeychainSecretStore</name>
    <message>
        <source>keychain (Secret Service)</source>
        <translation>trousseau (Secret Service)</translation>
    </message>
    <message>
        <source>Access to the keychain was denied: unlock it and allow Hookyard.</source>
        <translation>L&apos;accès au trousseau a été refusé&#xa0;: déverrouillez-le et autorisez Hookyard.</translation>
    </message>
    <message>
        <source>No keychain is available on this machine: set secrets.backend to &quot;file&quot;.</source>
        <translation>Aucun trousseau n&apos;est disponible sur cette machine&#xa0;: réglez secrets.backend sur &quot;file&quot;.</translation>
    </message>
    <message>
        <source>The keychain does not support this operation.</source>
        <translation>Le trousseau ne prend pas en charge cette opération.</translation>
    </message>
    <message>
        <source>The keychain did not return what was written to it.</source>
        <translation>Le trousseau n&apos;a pas rendu ce qui y avait été écrit.</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1. Start and unlock the desktop&apos;s keychain (a Secret Service such as GNOME Keyring or KWallet), or keep the secrets in a file: hookyard settings set secrets.backend file</source>
        <translation>Le trousseau a signalé une erreur&#xa0;: %1. Démarrez et déverrouillez le trousseau du bureau (un Secret Service comme GNOME Keyring ou KWallet), ou gardez les secrets dans un fichier&#xa0;: hookyard settings set secrets.backend file</translation>
    </message>
    <message>
        <source>the keychain returned no signing secret for this connector: if the keychain is locked, unlock it and restart Hookyard; otherwise save the secret again</source>
        <translation>le trousseau n&apos;a rendu aucun secret de signature pour ce connecteur&#xa0;: s&apos;il est verrouillé, déverrouillez-le et redémarrez Hookyard&#xa0;; sinon enregistrez à nouveau le secret</translation>
    </message>
</context>
<context>
    <name>Hookyard::Storage::RunRepository</name>
    <message>
        <source>cannot queue the run: %1</source>
        <translation>impossible de mettre l&apos;exécution en file&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Hookyard::Storage::SecretStore</name>
    <message>
        <source>%1, as the setting secrets.backend asks</source>
        <translation>%1, comme le demande le réglage secrets.backend</translation>
    </message>
    <message>
        <source>%1, chosen earlier for this data dir</source>
        <translation>%1, choisi précédemment pour ce répertoire de données</translation>
    </message>
    <message>
        <source>%1, which answered</source>
        <translation>%1, qui a répondu</translation>
    </message>
    <message>
        <source>%1, because no keychain answered (%2)</source>
        <translation>%1, car aucun trousseau n&apos;a répondu (%2)</translation>
    </message>
    <message>
        <source>the signing secret of this connector is missing from the secret store; save it again</source>
        <translation>le secret de signature de ce connecteur manque dans le stockage des secrets&#xa0;; enregistrez-le à nouveau</translation>
    </message>
</context>
<context>
    <name>Hookyard::Storage::SettingsRepository</name>
    <message>
        <source>Could not save the setting %1: %2. Check that the data directory is writable and the disk not full.</source>
        <translation>Impossible d&apos;enregistrer le réglage %1&#xa0;: %2. Vérifiez que le répertoire de données est accessible en écriture et que le disque n&apos;est pas plein.</translation>
    </message>
    <message>
        <source>Could not reset the setting %1: %2.</source>
        <translation>Impossible de réinitialiser le réglage %1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>LinkAgentsDialog</name>
    <message>
        <source>Link Agents</source>
        <translation>Lier des agents</translation>
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
        <translation>Connecteurs</translation>
    </message>
    <message>
        <source>Reacts to</source>
        <translation>Réagit à</translation>
    </message>
</context>
<context>
    <name>NewConnectorDialog</name>
    <message>
        <source>New Connector</source>
        <translation>Nouveau connecteur</translation>
    </message>
    <message>
        <source>A connector is one webhook endpoint. Give it a name; Hookyard creates its unguessable URL.</source>
        <translation>Un connecteur est un endpoint de webhook. Donnez-lui un nom&#xa0;; Hookyard crée son URL impossible à deviner.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>billing</source>
        <translation>facturation</translation>
    </message>
</context>
<context>
    <name>RequestFramer</name>
    <message>
        <source>the request headers are larger than %1 bytes</source>
        <translation>les en-têtes de la requête dépassent %1 octets</translation>
    </message>
    <message>
        <source>malformed HTTP request (%1)</source>
        <translation>requête HTTP mal formée (%1)</translation>
    </message>
    <message>
        <source>the request is larger than %1 bytes on the wire</source>
        <translation>la requête dépasse %1 octets sur le réseau</translation>
    </message>
    <message>
        <source>malformed request line; expected &quot;POST /path HTTP/1.1&quot;</source>
        <translation>ligne de requête mal formée&#xa0;; attendu&#xa0;: &quot;POST /path HTTP/1.1&quot;</translation>
    </message>
    <message>
        <source>the request line is longer than %1 bytes</source>
        <translation>la ligne de requête dépasse %1 octets</translation>
    </message>
    <message>
        <source>trailers after a chunked body are not supported</source>
        <translation>les trailers après un corps en chunks ne sont pas pris en charge</translation>
    </message>
    <message>
        <source>more than %1 header fields</source>
        <translation>plus de %1 champs d&apos;en-tête</translation>
    </message>
    <message>
        <source>a header name contains a character HTTP does not allow</source>
        <translation>un nom d&apos;en-tête contient un caractère que HTTP n&apos;autorise pas</translation>
    </message>
    <message>
        <source>protocol upgrades are not supported</source>
        <translation>les changements de protocole (upgrade) ne sont pas pris en charge</translation>
    </message>
    <message>
        <source>unsupported Transfer-Encoding</source>
        <translation>Transfer-Encoding non pris en charge</translation>
    </message>
    <message>
        <source>the body is larger than the limit of %1 bytes</source>
        <translation>le corps dépasse la limite de %1 octets</translation>
    </message>
    <message>
        <source>webhooks are delivered with POST</source>
        <translation>les webhooks sont livrés en POST</translation>
    </message>
    <message>
        <source>this port speaks plain HTTP, not HTTPS: use an http:// URL, or let a tunnel or reverse proxy in front of it do the TLS</source>
        <translation>ce port parle HTTP simple, pas HTTPS&#xa0;: utilisez une URL http://, ou laissez un tunnel ou un proxy inverse placé devant s&apos;occuper du TLS</translation>
    </message>
</context>
<context>
    <name>WebhookHandler</name>
    <message>
        <source>no such path; webhook URLs look like %1&lt;connector-id&gt;</source>
        <translation>chemin inexistant&#xa0;; les URL de webhook ont la forme %1&lt;connector-id&gt;</translation>
    </message>
    <message>
        <source>webhooks are delivered with POST</source>
        <translation>les webhooks sont livrés en POST</translation>
    </message>
    <message>
        <source>no connector has this URL</source>
        <translation>aucun connecteur n&apos;a cette URL</translation>
    </message>
    <message>
        <source>this connector is disabled</source>
        <translation>ce connecteur est désactivé</translation>
    </message>
    <message>
        <source>this connector has no signing secret yet; save the whsec_ secret that Stripe shows for this endpoint</source>
        <translation>ce connecteur n&apos;a pas encore de secret de signature&#xa0;; enregistrez le secret whsec_ que Stripe affiche pour cet endpoint</translation>
    </message>
    <message>
        <source>the event could not be stored; retry later</source>
        <translation>l&apos;événement n&apos;a pas pu être enregistré&#xa0;; réessayez plus tard</translation>
    </message>
    <message>
        <source>too many rejected requests from your address; retry in %1 s</source>
        <translation>trop de requêtes rejetées depuis votre adresse&#xa0;; réessayez dans %1 s</translation>
    </message>
    <message>
        <source>this connector receives more deliveries than its rate limit; retry in %1 s</source>
        <translation>ce connecteur reçoit plus de livraisons que sa limite de débit&#xa0;; réessayez dans %1 s</translation>
    </message>
    <message numerus="yes">
        <source>the request has %n Stripe-Signature headers: Stripe sends exactly one, so a proxy or the client added one</source>
        <translation>
            <numerusform>la requête a %n en-tête Stripe-Signature&#xa0;: Stripe en envoie exactement un, un proxy ou le client en a donc ajouté un</numerusform>
            <numerusform>la requête a %n en-têtes Stripe-Signature&#xa0;: Stripe en envoie exactement un, un proxy ou le client en a donc ajouté un</numerusform>
        </translation>
    </message>
    <message>
        <source>Stripe-Signature header is empty</source>
        <translation>l&apos;en-tête Stripe-Signature est vide</translation>
    </message>
    <message>
        <source>this connector&apos;s signing secret is saved but cannot be read on this machine; Hookyard&apos;s log and window say why</source>
        <translation>le secret de signature de ce connecteur est enregistré mais ne peut pas être lu sur cette machine&#xa0;; le journal et la fenêtre de Hookyard disent pourquoi</translation>
    </message>
</context>
</TS>
