<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccountsTable</name>
    <message>
        <source>Saving the %1 account failed: %2</source>
        <translation>L’enregistrement du compte %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Reading the %1 account failed: %2</source>
        <translation>La lecture du compte %1 a échoué&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>AddToObsDialog</name>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add to OBS — %1</source>
        <translation>Ajouter à OBS — %1</translation>
    </message>
    <message>
        <source>MelodyHue puts “%1” into the OBS scene you choose, as a Browser source of %2 × %3 named “%4”. If that source is there already, it is brought up to date.</source>
        <translation>MelodyHue place «&#xa0;%1&#xa0;» dans la scène OBS de votre choix, comme source Navigateur de %2 × %3 nommée «&#xa0;%4&#xa0;». Si cette source existe déjà, elle est mise à jour.</translation>
    </message>
    <message>
        <source>Scene:</source>
        <translation>Scène&#xa0;:</translation>
    </message>
    <message>
        <source>Asking OBS for its scenes…</source>
        <translation>Demande de ses scènes à OBS…</translation>
    </message>
    <message>
        <source>OBS has no scene yet: add one in OBS, then try again.</source>
        <translation>OBS n’a encore aucune scène&#xa0;: ajoutez-en une dans OBS, puis réessayez.</translation>
    </message>
    <message>
        <source>Adding to OBS…</source>
        <translation>Ajout à OBS…</translation>
    </message>
    <message>
        <source>“%1” is in OBS, in the scene “%2”.</source>
        <translation>«&#xa0;%1&#xa0;» est dans OBS, dans la scène «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” was already in OBS: it is up to date, in the scene “%2”.</source>
        <translation>«&#xa0;%1&#xa0;» était déjà dans OBS&#xa0;: elle est à jour, dans la scène «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The local server is not running, so OBS could not load the overlay. Choose a free port in Settings.</source>
        <translation>Le serveur local ne tourne pas&#xa0;: OBS ne pourrait pas charger l’incrustation. Choisissez un port libre dans les Paramètres.</translation>
    </message>
</context>
<context>
    <name>ApiKey</name>
    <message>
        <source>The API key is set by MELODYHUE_API_KEY; change it there.</source>
        <translation>La clé d’API est définie par MELODYHUE_API_KEY&#xa0;; modifiez-la là.</translation>
    </message>
</context>
<context>
    <name>ApiUsageTable</name>
    <message>
        <source>Reading today’s requests failed: %1</source>
        <translation>La lecture des requêtes du jour a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Counting the request failed: %1</source>
        <translation>Le décompte de la requête a échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Impossible de créer le dossier de données %1.</translation>
    </message>
    <message>
        <source>MelodyHue is already running with this data folder; its window was brought to the front.</source>
        <translation>MelodyHue est déjà lancé avec ce dossier de données&#xa0;; sa fenêtre a été mise au premier plan.</translation>
    </message>
    <message>
        <source>Another MelodyHue holds the data folder %1 but does not answer. Quit it, or start this one with another --data-dir.</source>
        <translation>Un autre MelodyHue utilise le dossier de données %1 mais ne répond pas. Quittez-le, ou lancez celui-ci avec un autre --data-dir.</translation>
    </message>
    <message>
        <source>MelodyHue %1 is serving on %2</source>
        <translation>MelodyHue %1 sert sur %2</translation>
    </message>
    <message>
        <source>  colour:      %1/color</source>
        <translation>  couleur&#xa0;:       %1/color</translation>
    </message>
    <message>
        <source>  now playing: %1/infos</source>
        <translation>  en écoute&#xa0;:     %1/infos</translation>
    </message>
    <message>
        <source>  health:      %1/health</source>
        <translation>  état&#xa0;:          %1/health</translation>
    </message>
    <message>
        <source>MelodyHue keeps running</source>
        <translation>MelodyHue continue de tourner</translation>
    </message>
    <message>
        <source>Overlays stay live. Click the tray icon to open the window again.</source>
        <translation>Les incrustations restent actives. Cliquez sur l’icône de la zone de notification pour rouvrir la fenêtre.</translation>
    </message>
    <message>
        <source>MelodyHue</source>
        <translation>MelodyHue</translation>
    </message>
    <message>
        <source>Reconnect %1</source>
        <translation>Reconnecter %1</translation>
    </message>
    <message>
        <source>Close that program, or start MelodyHue with --port and another port.</source>
        <translation>Fermez ce programme, ou démarrez MelodyHue avec --port et un autre port.</translation>
    </message>
    <message>
        <source>Close that program, or choose another port in Settings or with --port.</source>
        <translation>Fermez ce programme, ou choisissez un autre port dans les Paramètres ou avec --port.</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>Cannot replace %1.</source>
        <translation>Impossible de remplacer %1.</translation>
    </message>
    <message>
        <source>Cannot replace %1: %2.</source>
        <translation>Impossible de remplacer %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2.</source>
        <translation>L’écriture de %1 a échoué&#xa0;: %2.</translation>
    </message>
    <message>
        <source>There is no room left for %1: free some space on that drive, or choose another one.</source>
        <translation>Il n’y a plus de place pour %1&#xa0;: libérez de l’espace sur ce disque, ou choisissez-en un autre.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the drive is read-only.</source>
        <translation>%1 ne peut pas être écrit&#xa0;: le disque est en lecture seule.</translation>
    </message>
    <message>
        <source>%1 cannot be written: you are not allowed to write in that folder.</source>
        <translation>%1 ne peut pas être écrit&#xa0;: vous n’avez pas le droit d’écrire dans ce dossier.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the drive went away (unplugged?).</source>
        <translation>%1 ne peut pas être écrit&#xa0;: le disque a disparu (débranché ?).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The copy of %1 was stopped.</source>
        <translation>La copie de %1 a été arrêtée.</translation>
    </message>
    <message>
        <source>%1 is in the way: a link or a file stands where a folder is needed. Move it away and sync again.</source>
        <translation>%1 gêne&#xa0;: un lien ou un fichier se trouve là où il faut un dossier. Déplacez-le et synchronisez de nouveau.</translation>
    </message>
    <message>
        <source>the folder cannot be made</source>
        <translation>le dossier ne peut pas être créé</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 existe déjà.</translation>
    </message>
    <message>
        <source>it cannot be moved there</source>
        <translation>il ne peut pas y être déplacé</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Windows did not let MelodyHue change its start-at-login entry.</source>
        <translation>Windows n’a pas laissé MelodyHue modifier son lancement à l’ouverture de session.</translation>
    </message>
    <message>
        <source>Cannot remove the start-at-login entry %1.</source>
        <translation>Impossible de supprimer l’entrée de lancement à l’ouverture de session %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder for the start-at-login entry %1.</source>
        <translation>Impossible de créer le dossier de l’entrée de lancement à l’ouverture de session %1.</translation>
    </message>
    <message>
        <source>Cannot write the start-at-login entry %1: %2</source>
        <translation>Impossible d’écrire l’entrée de lancement à l’ouverture de session %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>CallbackController</name>
    <message>
        <source>Nothing to show</source>
        <translation>Rien à afficher</translation>
    </message>
    <message>
        <source>This page has expired. MelodyHue’s Connect page shows whether the service is connected.</source>
        <translation>Cette page a expiré. La page Connexion de MelodyHue indique si le service est connecté.</translation>
    </message>
</context>
<context>
    <name>Chapters</name>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
</context>
<context>
    <name>ColorSwatch</name>
    <message>
        <source>Copy %1</source>
        <translation>Copier %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>MelodyHue follows the music you play, takes the colours of the album cover and serves them to OBS overlays on http://127.0.0.1.</source>
        <translation>MelodyHue suit la musique que vous écoutez, prend les couleurs de la pochette et les sert aux incrustations OBS sur http://127.0.0.1.</translation>
    </message>
    <message>
        <source>Run without window or tray icon: local server, now playing and sync only.</source>
        <translation>Fonctionner sans fenêtre ni icône de notification&#xa0;: serveur local, écoute en cours et synchronisation seulement.</translation>
    </message>
    <message>
        <source>Start in the tray without opening the window.</source>
        <translation>Démarrer dans la zone de notification sans ouvrir la fenêtre.</translation>
    </message>
    <message>
        <source>Keep all state (database, cover cache, logs) in &lt;dir&gt; instead of %1.</source>
        <translation>Garder toutes les données (base, cache des pochettes, journaux) dans &lt;dossier&gt; au lieu de %1.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Serve on 127.0.0.1:&lt;port&gt; instead of the port set in Settings (8765 by default).</source>
        <translation>Servir sur 127.0.0.1:&lt;port&gt; au lieu du port choisi dans les Paramètres (8765 par défaut).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>Try &quot;melodyhue --help&quot;.</source>
        <translation>Essayez «&#xa0;melodyhue --help&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown argument: %1</source>
        <translation>Argument inconnu&#xa0;: %1</translation>
    </message>
    <message>
        <source>--port takes a number from 1 to 65535 (0 picks a free port).</source>
        <translation>--port prend un nombre de 1 à 65535 (0 choisit un port libre).</translation>
    </message>
    <message>
        <source>melodyhue palette FILE... prints the colours of images as JSON lines (see melodyhue palette --help).</source>
        <translation>melodyhue palette FICHIER... affiche les couleurs d’images en lignes JSON (voir melodyhue palette --help).</translation>
    </message>
</context>
<context>
    <name>ConnectPage</name>
    <message>
        <source>Connect the music services you listen to. MelodyHue follows what plays and keeps your liked tracks.</source>
        <translation>Connectez les services de musique que vous écoutez. MelodyHue suit ce qui joue et garde vos titres aimés.</translation>
    </message>
    <message>
        <source>How it works</source>
        <translation>Comment ça marche</translation>
    </message>
    <message>
        <source>Click &lt;b&gt;Connect&lt;/b&gt;.</source>
        <translation>Cliquez sur &lt;b&gt;Connecter&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Authorize MelodyHue in your browser.</source>
        <translation>Autorisez MelodyHue dans votre navigateur.</translation>
    </message>
    <message>
        <source>Done: your credentials are stored in the system keychain and never shared.</source>
        <translation>C’est fait&#xa0;: vos identifiants sont gardés dans le trousseau du système et jamais partagés.</translation>
    </message>
    <message>
        <source>Secure storage unavailable</source>
        <translation>Stockage sécurisé indisponible</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Coming soon</source>
        <translation>Bientôt disponible</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connecter</translation>
    </message>
    <message>
        <source>Waiting for your browser…</source>
        <translation>En attente de votre navigateur…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Connected as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Déconnecter</translation>
    </message>
    <message>
        <source>Reconnect needed</source>
        <translation>Reconnexion nécessaire</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Reconnecter</translation>
    </message>
    <message>
        <source>Go to Settings</source>
        <translation>Aller aux Paramètres</translation>
    </message>
    <message>
        <source>%1 disconnected: MelodyHue forgot its tokens.</source>
        <translation>%1 déconnecté&#xa0;: MelodyHue a oublié ses jetons.</translation>
    </message>
    <message>
        <source>Once per service: add your developer app’s Client ID in Settings (&lt;b&gt;Go to Settings&lt;/b&gt; takes you there).</source>
        <translation>Une fois par service&#xa0;: ajoutez le Client ID de votre application développeur dans les Paramètres (&lt;b&gt;Aller aux Paramètres&lt;/b&gt; vous y mène).</translation>
    </message>
    <message>
        <source>Not connected: first add your %1 app’s Client ID in Settings</source>
        <translation>Non connecté&#xa0;: ajoutez d’abord le Client ID de votre application %1 dans les Paramètres</translation>
    </message>
    <message>
        <source>Connected as %1 — reconnect %2 before %3: it asks you to agree again every six months</source>
        <translation>Connecté en tant que %1 — reconnectez %2 avant le %3&#xa0;: il demande votre accord tous les six mois</translation>
    </message>
    <message>
        <source>Connected as %1 — %2</source>
        <translation>Connecté en tant que %1 — %2</translation>
    </message>
    <message>
        <source>Disconnect %1?</source>
        <translation>Déconnecter %1&#xa0;?</translation>
    </message>
    <message>
        <source>MelodyHue forgets its tokens: what plays on your other devices and the sync of your liked tracks from %1 stop until you connect again. Your liked tracks already on your drives stay.</source>
        <translation>MelodyHue oublie ses jetons&#xa0;: ce qui joue sur vos autres appareils et la synchronisation de vos titres likés de %1 s’arrêtent jusqu’à ce que vous vous reconnectiez. Vos titres likés déjà sur vos disques restent.</translation>
    </message>
</context>
<context>
    <name>ConnectionCheckPanel</name>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Check connection</source>
        <translation>Vérifier la connexion</translation>
    </message>
    <message>
        <source>Asks the service, with one or two requests, whether everything MelodyHue needs is in place, and says what to fix.</source>
        <translation>Demande au service, en une ou deux requêtes, si tout ce dont MelodyHue a besoin est en place, et dit quoi corriger.</translation>
    </message>
</context>
<context>
    <name>ConnectionDoctor</name>
    <message>
        <source>%1 requests to %2&apos;s Web API in the last 24 hours.</source>
        <translation>%1 requêtes à l’API Web de %2 ces dernières 24 heures.</translation>
    </message>
    <message>
        <source>%1 of the %2 requests a day you allow (Settings → Music) used today.</source>
        <translation>%1 des %2 requêtes par jour que vous autorisez (Paramètres → Musique) utilisées aujourd’hui.</translation>
    </message>
    <message>
        <source>MelodyHue asks again tomorrow.</source>
        <translation>MelodyHue redemandera demain.</translation>
    </message>
    <message>
        <source>MelodyHue cannot connect &quot;%1&quot; yet.</source>
        <translation>MelodyHue ne sait pas encore connecter «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No Client ID yet: make your %1 app, then put its Client ID in Settings → Credentials.</source>
        <translation>Pas encore de Client ID&#xa0;: créez votre application %1, puis saisissez son Client ID dans Paramètres → Identifiants.</translation>
    </message>
    <message>
        <source>Client ID %1.</source>
        <translation>Client ID %1.</translation>
    </message>
    <message>
        <source>%1 knows your app and its redirect URI %2.</source>
        <translation>%1 connaît votre application et son URI de redirection %2.</translation>
    </message>
    <message>
        <source>Connected as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
    <message>
        <source>%1 asks you to agree again every six months: reconnect before %2.</source>
        <translation>%1 demande votre accord tous les six mois&#xa0;: reconnectez-vous avant le %2.</translation>
    </message>
    <message>
        <source>Not connected: click Connect on the Connect page and agree in your browser.</source>
        <translation>Non connecté&#xa0;: cliquez sur Connecter dans la page Connexion et acceptez dans votre navigateur.</translation>
    </message>
    <message>
        <source>Nothing to check on %1&apos;s Web API.</source>
        <translation>Rien à vérifier sur l’API Web de %1.</translation>
    </message>
    <message>
        <source>%1&apos;s Web API answers: your account is on your app’s list of users and the app’s owner has Premium.</source>
        <translation>L’API Web de %1 répond&#xa0;: votre compte figure parmi les utilisateurs de votre application et son propriétaire a Premium.</translation>
    </message>
    <message>
        <source>%1&apos;s Web API answered with status %2.</source>
        <translation>L’API Web de %1 a répondu avec le statut %2.</translation>
    </message>
</context>
<context>
    <name>ConsentOpener</name>
    <message>
        <source>MelodyHue could not open your browser. Open this address in it to continue: %1</source>
        <translation>MelodyHue n’a pas pu ouvrir votre navigateur. Ouvrez-y cette adresse pour continuer&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CopyField</name>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy to the clipboard</source>
        <translation>Copier dans le presse-papiers</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copier %1</translation>
    </message>
</context>
<context>
    <name>CoverCache</name>
    <message>
        <source>Cannot write the cover cache: %1</source>
        <translation>Impossible d’écrire le cache des pochettes&#xa0;: %1</translation>
    </message>
    <message>
        <source>The cached cover is empty.</source>
        <translation>La pochette en cache est vide.</translation>
    </message>
    <message>
        <source>MelodyHue is shutting down.</source>
        <translation>MelodyHue se ferme.</translation>
    </message>
    <message>
        <source>MelodyHue only reads covers from the web or from a file.</source>
        <translation>MelodyHue ne lit les pochettes que depuis le web ou depuis un fichier.</translation>
    </message>
    <message>
        <source>The cover could not be downloaded (status %1).</source>
        <translation>La pochette n’a pas pu être téléchargée (statut %1).</translation>
    </message>
    <message>
        <source>The cover is too large to be an album cover.</source>
        <translation>L’image est trop grande pour être une pochette d’album.</translation>
    </message>
    <message>
        <source>The cover could not be prepared for showing.</source>
        <translation>La pochette n’a pas pu être préparée pour l’affichage.</translation>
    </message>
</context>
<context>
    <name>CoverDecoder</name>
    <message>
        <source>Cannot open the file: %1</source>
        <translation>Impossible d’ouvrir le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; covers are much smaller.</source>
        <translation>Le fichier dépasse %1 Mo&#xa0;; une pochette est bien plus petite.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>This is not an image MelodyHue can read (JPEG, PNG, WebP, GIF or BMP).</source>
        <translation>Ce n’est pas une image que MelodyHue sait lire (JPEG, PNG, WebP, GIF ou BMP).</translation>
    </message>
    <message>
        <source>The image is too large (%1 × %2 pixels).</source>
        <translation>L’image est trop grande (%1 × %2 pixels).</translation>
    </message>
    <message>
        <source>The image is truncated: its end is missing.</source>
        <translation>L’image est tronquée&#xa0;: sa fin manque.</translation>
    </message>
    <message>
        <source>The image is damaged and cannot be decoded (%1).</source>
        <translation>L’image est abîmée et ne peut pas être décodée (%1).</translation>
    </message>
</context>
<context>
    <name>CoversTable</name>
    <message>
        <source>The cover cache’s database failed: %1</source>
        <translation>La base de données du cache des pochettes a échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CredentialsCard</name>
    <message>
        <source>Saved; the client secret was removed from the keychain.</source>
        <translation>Enregistré&#xa0;; le client secret a été retiré du trousseau.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Saved. %1 can be connected now.</source>
        <translation>Enregistré. %1 peut maintenant être connecté.</translation>
    </message>
    <message>
        <source>Kept in the system keychain; type a new one to replace it</source>
        <translation>Gardé dans le trousseau du système&#xa0;; saisissez-en un nouveau pour le remplacer</translation>
    </message>
    <message>
        <source>Optional: MelodyHue uses PKCE</source>
        <translation>Facultatif&#xa0;: MelodyHue utilise PKCE</translation>
    </message>
    <message>
        <source>The local server is not running.</source>
        <translation>Le serveur local ne tourne pas.</translation>
    </message>
    <message>
        <source>Redirect URI:</source>
        <translation>URI de redirection&#xa0;:</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client ID&#xa0;:</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Secret client&#xa0;:</translation>
    </message>
    <message>
        <source>Forget secret</source>
        <translation>Oublier le secret</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Connect now</source>
        <translation>Connecter maintenant</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connecter</translation>
    </message>
    <message>
        <source>the redirect URI</source>
        <translation>l’URI de redirection</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the folder %1 for the MelodyHue database.</source>
        <translation>Impossible de créer le dossier %1 pour la base de MelodyHue.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Impossible d’ouvrir la base %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the database %1: %2</source>
        <translation>Impossible de préparer la base %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The database %1 cannot be read.</source>
        <translation>La base %1 ne peut pas être lue.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer MelodyHue (schema %2, this version knows %3). Update MelodyHue or choose another data folder.</source>
        <translation>La base %1 a été écrite par un MelodyHue plus récent (schéma %2, cette version connaît %3). Mettez MelodyHue à jour ou choisissez un autre dossier de données.</translation>
    </message>
    <message>
        <source>The database update %1 is missing from this build.</source>
        <translation>La mise à jour %1 de la base manque dans cette version.</translation>
    </message>
</context>
<context>
    <name>DoneStep</name>
    <message>
        <source>OBS shows it as soon as that scene is on screen.</source>
        <translation>OBS l’affiche dès que cette scène est à l’écran.</translation>
    </message>
    <message>
        <source>MelodyHue is set up. Add an overlay to OBS whenever you like, from the Overlays page.</source>
        <translation>MelodyHue est prêt. Ajoutez une incrustation à OBS quand vous le souhaitez, depuis la page Incrustations.</translation>
    </message>
    <message>
        <source>In the overlay now: %1 — %2</source>
        <translation>Dans l’incrustation en ce moment&#xa0;: %1 — %2</translation>
    </message>
    <message>
        <source>Play a song in Spotify: the overlay shows it within seconds.</source>
        <translation>Lancez un morceau dans Spotify&#xa0;: l’incrustation l’affiche en quelques secondes.</translation>
    </message>
    <message>
        <source>The Overlays page has more looks, an editor and each overlay’s address. The Dashboard shows what plays and your liked tracks.</source>
        <translation>La page Incrustations propose d’autres styles, un éditeur et l’adresse de chaque incrustation. Le tableau de bord montre ce qui joue et vos titres likés.</translation>
    </message>
</context>
<context>
    <name>DriveSync</name>
    <message>
        <source>%1 would be outside the drive’s folder.</source>
        <translation>%1 serait en dehors du dossier du disque.</translation>
    </message>
    <message>
        <source>%1 went away (unplugged?).</source>
        <translation>%1 a disparu (débranché ?).</translation>
    </message>
    <message>
        <source>%1 is full: %2 needed, %3 free. Free some space on it, or choose a bigger drive.</source>
        <translation>%1 est plein&#xa0;: %2 nécessaires, %3 libres. Libérez de l’espace, ou choisissez un disque plus grand.</translation>
    </message>
    <message>
        <source>%1 could not be moved to the Unliked folder: too many files of that name are there.</source>
        <translation>%1 n’a pas pu être déplacé dans le dossier Unliked&#xa0;: trop de fichiers de ce nom s’y trouvent.</translation>
    </message>
    <message>
        <source>Files of yours already use the names of %1 on %2.</source>
        <translation>Des fichiers à vous portent déjà les noms de %1 sur %2.</translation>
    </message>
</context>
<context>
    <name>DriveTexts</name>
    <message>
        <source>%1 is not connected: its tracks are copied when you plug it in again.</source>
        <translation>%1 n’est pas branché&#xa0;: ses titres seront copiés quand vous le rebrancherez.</translation>
    </message>
</context>
<context>
    <name>DrivesCard</name>
    <message>
        <source>Connected</source>
        <translation>Branché</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non branché</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Open the folder of %1</source>
        <translation>Ouvrir le dossier de %1</translation>
    </message>
    <message>
        <source>Space used on %1</source>
        <translation>Espace occupé sur %1</translation>
    </message>
    <message>
        <source>%1 free of %2</source>
        <translation>%1 libres sur %2</translation>
    </message>
    <message>
        <source>Liked tracks here: %1</source>
        <translation>Titres likés ici&#xa0;: %1</translation>
    </message>
    <message>
        <source>not yet: %1</source>
        <translation>pas encore&#xa0;: %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>en échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Drives</source>
        <translation>Disques</translation>
    </message>
    <message>
        <source>Copy the audio of your liked tracks to a drive: choose the drive and your music folders in &lt;a href=&quot;#paths&quot;&gt;Settings → Paths&lt;/a&gt;.</source>
        <translation>Copiez l’audio de vos titres likés sur un disque&#xa0;: choisissez le disque et vos dossiers de musique dans &lt;a href=&quot;#paths&quot;&gt;Paramètres → Emplacements&lt;/a&gt;.</translation>
    </message>
</context>
<context>
    <name>DrivesController</name>
    <message>
        <source>Send {&quot;path&quot;: &quot;the folder’s full path&quot;}.</source>
        <translation>Envoyez {&quot;path&quot;: &quot;le chemin complet du dossier&quot;}.</translation>
    </message>
    <message>
        <source>There is no such drive.</source>
        <translation>Ce disque n’existe pas.</translation>
    </message>
</context>
<context>
    <name>DrivesTable</name>
    <message>
        <source>The list of drives could not be read or written: %1</source>
        <translation>La liste des disques n’a pas pu être lue ou écrite&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>HistoryController</name>
    <message>
        <source>“since” must be a time in ISO 8601, e.g. 2026-12-08T20:00:00Z.</source>
        <translation>«&#xa0;since&#xa0;» doit être une date ISO 8601, par exemple 2026-12-08T20:00:00Z.</translation>
    </message>
    <message>
        <source>“limit” must be a whole number from 1 to %1.</source>
        <translation>«&#xa0;limit&#xa0;» doit être un nombre entier de 1 à %1.</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation>%1 n’a pas répondu en %2 secondes.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>Impossible de joindre %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>MelodyHue is shutting down.</source>
        <translation>MelodyHue se ferme.</translation>
    </message>
    <message>
        <source>Requests to %1 are paused for a while.</source>
        <translation>Les requêtes vers %1 sont suspendues pour un moment.</translation>
    </message>
    <message>
        <source>%1 sent more than %2 KB; MelodyHue stopped reading.</source>
        <translation>%1 a envoyé plus de %2 Ko&#xa0;; MelodyHue a cessé de lire.</translation>
    </message>
    <message>
        <source>%1 did not finish answering within %2 seconds.</source>
        <translation>%1 n’a pas fini de répondre en %2 secondes.</translation>
    </message>
</context>
<context>
    <name>HttpConnection</name>
    <message>
        <source>The request headers did not arrive in time.</source>
        <translation>Les en-têtes de la requête ne sont pas arrivés à temps.</translation>
    </message>
    <message>
        <source>The request did not arrive in time.</source>
        <translation>La requête n’est pas arrivée à temps.</translation>
    </message>
    <message>
        <source>The request could not be answered.</source>
        <translation>La requête n’a pas pu recevoir de réponse.</translation>
    </message>
</context>
<context>
    <name>KeyValueTable</name>
    <message>
        <source>Saving to the database failed: %1</source>
        <translation>L’enregistrement dans la base a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reading the %1 from the database failed: %2</source>
        <translation>La lecture des %1 dans la base de données a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>data folder’s facts</source>
        <translation>informations du dossier de données</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>paramètres</translation>
    </message>
</context>
<context>
    <name>LikedTracksCard</name>
    <message>
        <source>Liked tracks</source>
        <translation>Titres likés</translation>
    </message>
    <message>
        <source>Sync of liked tracks</source>
        <translation>Synchronisation des titres likés</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Avancement de la synchronisation</translation>
    </message>
    <message>
        <source>Liked tracks from %1: %2</source>
        <translation>Titres likés sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>New in the last sync: %1</source>
        <translation>Nouveaux à la dernière synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unliked since: %1</source>
        <translation>Retirés depuis&#xa0;: %1</translation>
    </message>
    <message>
        <source>Connect a music service to keep your liked tracks here. &lt;a href=&quot;#connect&quot;&gt;Connect…&lt;/a&gt;</source>
        <translation>Connectez un service de musique pour garder ici vos titres likés. &lt;a href=&quot;#connect&quot;&gt;Connecter…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Liked tracks in the library</source>
        <translation>Titres likés dans la bibliothèque</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <source>Read your liked tracks now</source>
        <translation>Lire vos titres likés maintenant</translation>
    </message>
    <message>
        <source>Connect a music service on the Connect page first</source>
        <translation>Connectez d’abord un service de musique dans la page Connexion</translation>
    </message>
    <message>
        <source>Resume sync</source>
        <translation>Reprendre la synchronisation</translation>
    </message>
    <message>
        <source>Pause sync</source>
        <translation>Suspendre la synchronisation</translation>
    </message>
    <message>
        <source>With audio in your music folders: %1</source>
        <translation>Avec l’audio dans vos dossiers de musique&#xa0;: %1</translation>
    </message>
    <message>
        <source>without: %1</source>
        <translation>sans&#xa0;: %1</translation>
    </message>
    <message>
        <source>copies failed: %1</source>
        <translation>copies en échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open log</source>
        <translation>Ouvrir le journal</translation>
    </message>
    <message>
        <source>What each sync did, file by file, in MelodyHue’s log</source>
        <translation>Ce que chaque synchronisation a fait, fichier par fichier, dans le journal de MelodyHue</translation>
    </message>
    <message>
        <source>Without audio…</source>
        <translation>Sans audio…</translation>
    </message>
    <message>
        <source>The liked tracks none of your music folders has, with Open in Spotify</source>
        <translation>Les titres likés qu’aucun de vos dossiers de musique ne contient, avec Ouvrir dans Spotify</translation>
    </message>
    <message>
        <source>Liked tracks without audio</source>
        <translation>Titres likés sans audio</translation>
    </message>
</context>
<context>
    <name>LikedTracksTable</name>
    <message>
        <source>The library could not be read or written: %1</source>
        <translation>La bibliothèque n’a pas pu être lue ou écrite&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>LiveFeed</name>
    <message>
        <source>Too many live clients; try again later.</source>
        <translation>Trop de clients en direct&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>No answer to ping.</source>
        <translation>Aucune réponse au ping.</translation>
    </message>
    <message>
        <source>MelodyHue is quitting.</source>
        <translation>MelodyHue se ferme.</translation>
    </message>
</context>
<context>
    <name>LivePreview</name>
    <message>
        <source>The overlay as OBS shows it</source>
        <translation>L’incrustation telle qu’OBS l’affiche</translation>
    </message>
    <message>
        <source>The live preview could not start: %1</source>
        <translation>L’aperçu en direct n’a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>The local server is not running, so there is nothing to preview. Choose a free port in Settings.</source>
        <translation>Le serveur local ne tourne pas&#xa0;: il n’y a rien à prévisualiser. Choisissez un port libre dans les Paramètres.</translation>
    </message>
    <message>
        <source>The live preview needs melodyhue-preview, which this installation of MelodyHue does not have. Preview opens the overlay in your browser instead.</source>
        <translation>L’aperçu en direct a besoin de melodyhue-preview, absent de cette installation de MelodyHue. Aperçu ouvre l’incrustation dans votre navigateur à la place.</translation>
    </message>
    <message>
        <source>The live preview has no place for its pictures in the temporary folder.</source>
        <translation>L’aperçu en direct ne trouve pas de place pour ses images dans le dossier temporaire.</translation>
    </message>
    <message>
        <source>The overlay page did not load: the local server may have stopped.</source>
        <translation>La page de l’incrustation ne s’est pas chargée&#xa0;: le serveur local s’est peut-être arrêté.</translation>
    </message>
    <message>
        <source>The live preview stopped: its web engine crashed. Close the editor and open it again to restart it.</source>
        <translation>L’aperçu en direct s’est arrêté&#xa0;: son moteur web a planté. Fermez l’éditeur et rouvrez-le pour le relancer.</translation>
    </message>
    <message>
        <source>The live preview stopped (exit status %1). Close the editor and open it again to restart it.</source>
        <translation>L’aperçu en direct s’est arrêté (code de sortie %1). Fermez l’éditeur et rouvrez-le pour le relancer.</translation>
    </message>
    <message>
        <source>Starting the live preview…</source>
        <translation>Démarrage de l’aperçu en direct…</translation>
    </message>
</context>
<context>
    <name>LocalImageFile</name>
    <message>
        <source>The player’s cover file cannot be used.</source>
        <translation>Le fichier de pochette du lecteur ne peut pas être utilisé.</translation>
    </message>
</context>
<context>
    <name>LocalServer</name>
    <message>
        <source>Cannot listen on 127.0.0.1:%1: %2</source>
        <translation>Impossible d’écouter sur 127.0.0.1:%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Port %1 on 127.0.0.1 is already used by another program.</source>
        <translation>Le port %1 sur 127.0.0.1 est déjà utilisé par un autre programme.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>MelodyHue</source>
        <translation>MelodyHue</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Overlays</source>
        <translation>Incrustations</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Choose another port in Settings.</source>
        <translation>Choisissez un autre port dans les Paramètres.</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>MissingTracksDialog</name>
    <message>
        <source>Liked tracks without audio</source>
        <translation>Titres likés sans audio</translation>
    </message>
    <message>
        <source>MelodyHue found no audio file of these liked tracks in your music folders (%1), so they are not on your drives. Add the files to a music folder and they are copied at the next sync. Tracks match by their ISRC tag, or by artist, title and a duration within 3 seconds.</source>
        <translation>MelodyHue n’a trouvé aucun fichier audio de ces titres likés dans vos dossiers de musique (%1)&#xa0;: ils ne sont donc pas sur vos disques. Ajoutez les fichiers à un dossier de musique et ils seront copiés à la prochaine synchronisation. Les titres se reconnaissent à leur balise ISRC, ou à l’artiste, au titre et à une durée à 3 secondes près.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Open in %1</source>
        <translation>Ouvrir dans %1</translation>
    </message>
</context>
<context>
    <name>MusicFilesTable</name>
    <message>
        <source>The list of your music files could not be read or written: %1</source>
        <translation>La liste de vos fichiers de musique n’a pas pu être lue ou écrite&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>NowPlayingCard</name>
    <message>
        <source>Now playing</source>
        <translation>En écoute</translation>
    </message>
    <message>
        <source>Dominant</source>
        <translation>Dominante</translation>
    </message>
    <message>
        <source>Vibrant</source>
        <translation>Vive</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Douce</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Advertisement</source>
        <translation>Publicité</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Playing in %1</source>
        <translation>Lecture dans %1</translation>
    </message>
    <message>
        <source>Paused in %1 — overlays show your default colour</source>
        <translation>En pause dans %1 — les incrustations affichent votre couleur par défaut</translation>
    </message>
    <message>
        <source>Nothing is playing</source>
        <translation>Rien ne joue</translation>
    </message>
    <message>
        <source>Play something in a music player on this computer and it shows here.</source>
        <translation>Lancez de la musique dans un lecteur de cet ordinateur&#xa0;: elle s’affiche ici.</translation>
    </message>
    <message>
        <source>Play something on %1 — on this computer, your phone or any other device — and it shows here within seconds, in the colours of its cover.</source>
        <translation>Lancez de la musique sur %1 — sur cet ordinateur, votre téléphone ou tout autre appareil —&#xa0;: elle s’affiche ici en quelques secondes, aux couleurs de sa pochette.</translation>
    </message>
    <message>
        <source>Play something in the %1 app on this computer and it shows here at once. Connect %1 to follow what plays on your phone and other devices too.</source>
        <translation>Lancez de la musique dans l’application %1 de cet ordinateur&#xa0;: elle s’affiche ici aussitôt. Connectez %1 pour suivre aussi ce qui joue sur votre téléphone et vos autres appareils.</translation>
    </message>
    <message>
        <source>Connect %1</source>
        <translation>Connecter %1</translation>
    </message>
    <message>
        <source>%1 on another device</source>
        <translation>%1 sur un autre appareil</translation>
    </message>
</context>
<context>
    <name>OAuthClient</name>
    <message>
        <source>%1 no longer accepts this authorization (%2). Connect again.</source>
        <translation>%1 n’accepte plus cette autorisation (%2). Connectez-vous à nouveau.</translation>
    </message>
    <message>
        <source>%1 refused the Client ID or secret (%2). Check them in Settings.</source>
        <translation>%1 a refusé le Client ID ou le secret (%2). Vérifiez-les dans les Paramètres.</translation>
    </message>
    <message>
        <source>%1 asks to wait %2 seconds before trying again.</source>
        <translation>%1 demande d’attendre %2 secondes avant de réessayer.</translation>
    </message>
    <message>
        <source>%1 answered the token request with status %2 (%3).</source>
        <translation>%1 a répondu à la demande de jeton avec le statut %2 (%3).</translation>
    </message>
    <message>
        <source>%1 answered without an access token.</source>
        <translation>%1 a répondu sans jeton d’accès.</translation>
    </message>
    <message>
        <source>Cannot reach %1. Check your Internet connection, then try again.</source>
        <translation>Impossible de joindre %1. Vérifiez votre connexion à Internet, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>ObsLink</name>
    <message>
        <source>MelodyHue is quitting.</source>
        <translation>MelodyHue se ferme.</translation>
    </message>
    <message>
        <source>Give obs-websocket’s address as ws://host:port, e.g. ws://127.0.0.1:4455.</source>
        <translation>Donnez l’adresse d’obs-websocket sous la forme ws://hôte:port, par exemple ws://127.0.0.1:4455.</translation>
    </message>
    <message>
        <source>The OBS password must be at most %1 characters.</source>
        <translation>Le mot de passe d’OBS doit faire au plus %1 caractères.</translation>
    </message>
    <message>
        <source>OBS has no scene &quot;%1&quot;; its scenes are: %2.</source>
        <translation>OBS n’a pas de scène «&#xa0;%1&#xa0;»&#xa0;; ses scènes sont&#xa0;: %2.</translation>
    </message>
    <message>
        <source>OBS already has a source named &quot;%1&quot; that is not a Browser source: rename it in OBS, or rename the overlay.</source>
        <translation>OBS a déjà une source nommée «&#xa0;%1&#xa0;» qui n’est pas une source Navigateur&#xa0;: renommez-la dans OBS, ou renommez l’incrustation.</translation>
    </message>
    <message>
        <source>This OBS has no Browser source, which overlays need: OBS from Debian’s or Ubuntu’s own packages comes without it. Install OBS from the OBS project (its PPA on Ubuntu, or Flathub), which includes it. Or show the track with OBS’s Text and Image sources, from MelodyHue’s text files and cover (Settings → Outputs).</source>
        <translation>Cet OBS n’a pas de source Navigateur, dont les incrustations ont besoin&#xa0;: l’OBS des paquets de Debian ou d’Ubuntu est livré sans elle. Installez OBS depuis le projet OBS (son PPA sur Ubuntu, ou Flathub), qui l’inclut. Ou affichez le titre avec les sources Texte et Image d’OBS, à partir des fichiers texte et de la pochette de MelodyHue (Paramètres → Sorties).</translation>
    </message>
</context>
<context>
    <name>ObsSession</name>
    <message>
        <source>OBS closed the connection; MelodyHue connects again when OBS is back.</source>
        <translation>OBS a fermé la connexion&#xa0;; MelodyHue se reconnecte quand OBS revient.</translation>
    </message>
</context>
<context>
    <name>ObsSettings</name>
    <message>
        <source>OBS</source>
        <translation>OBS</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Set by the MELODYHUE_OBS_WEBSOCKET_URL environment variable.</source>
        <translation>Fixée par la variable d’environnement MELODYHUE_OBS_WEBSOCKET_URL.</translation>
    </message>
    <message>
        <source>ws://127.0.0.1:4455 when OBS runs on this computer with its default port.</source>
        <translation>ws://127.0.0.1:4455 quand OBS tourne sur cet ordinateur avec son port par défaut.</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Oublier</translation>
    </message>
    <message>
        <source>Remove the password from the keychain (OBS without a password).</source>
        <translation>Retire le mot de passe du trousseau (OBS sans mot de passe).</translation>
    </message>
    <message>
        <source>Try the connection</source>
        <translation>Essayer la connexion</translation>
    </message>
    <message>
        <source>Saved in the keychain</source>
        <translation>Enregistré dans le trousseau</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>The password is forgotten.</source>
        <translation>Le mot de passe est oublié.</translation>
    </message>
    <message>
        <source>The password is in the keychain.</source>
        <translation>Le mot de passe est dans le trousseau.</translation>
    </message>
    <message>
        <source>Asking OBS…</source>
        <translation>Question à OBS…</translation>
    </message>
    <message>
        <source>Connected to OBS (obs-websocket %1). Its scenes: %2.</source>
        <translation>Connecté à OBS (obs-websocket %1). Ses scènes&#xa0;: %2.</translation>
    </message>
    <message>
        <source>MelodyHue can add an overlay to OBS for you (Overlays → Add to OBS…), through the WebSocket server built into OBS 28 and later. In OBS: Tools → WebSocket Server Settings → Enable WebSocket server; Show Connect Info gives the port and the password.</source>
        <translation>MelodyHue peut ajouter une incrustation à OBS pour vous (Incrustations → Ajouter à OBS…), grâce au serveur WebSocket intégré à OBS 28 et suivants. Dans OBS&#xa0;: Outils → Paramètres du serveur WebSocket → Activer le serveur WebSocket&#xa0;; Afficher les informations de connexion donne le port et le mot de passe.</translation>
    </message>
    <message>
        <source>OBS address</source>
        <translation>Adresse d’OBS</translation>
    </message>
    <message>
        <source>OBS password</source>
        <translation>Mot de passe d’OBS</translation>
    </message>
</context>
<context>
    <name>ObsWebSocket</name>
    <message>
        <source>In OBS: Tools → WebSocket Server Settings → Show Connect Info.</source>
        <translation>Dans OBS&#xa0;: Outils → Paramètres du serveur WebSocket → Afficher les informations de connexion.</translation>
    </message>
    <message>
        <source>MelodyHue is quitting.</source>
        <translation>MelodyHue se ferme.</translation>
    </message>
    <message>
        <source>OBS does not answer at %1: start OBS (28 or later) and turn on its WebSocket server. In OBS: Tools → WebSocket Server Settings → Enable WebSocket server; the port must match Settings → OBS in MelodyHue.</source>
        <translation>OBS ne répond pas à %1&#xa0;: démarrez OBS (28 ou plus récent) et activez son serveur WebSocket. Dans OBS&#xa0;: Outils → Paramètres du serveur WebSocket → Activer le serveur WebSocket&#xa0;; le port doit correspondre à Paramètres → OBS dans MelodyHue.</translation>
    </message>
    <message>
        <source>Something answers at %1, but not obs-websocket 5 (OBS 28 or later). Check the address in Settings → OBS.</source>
        <translation>Quelque chose répond à %1, mais pas obs-websocket 5 (OBS 28 ou plus récent). Vérifiez l’adresse dans Paramètres → OBS.</translation>
    </message>
    <message>
        <source>OBS asks for a password: enter it in Settings → OBS. %1</source>
        <translation>OBS demande un mot de passe&#xa0;: saisissez-le dans Paramètres → OBS. %1</translation>
    </message>
    <message>
        <source>OBS refused %1 (code %2)%3</source>
        <translation>OBS a refusé %1 (code %2)%3</translation>
    </message>
    <message>
        <source>OBS refused the password: enter the one OBS shows in Settings → OBS. %1</source>
        <translation>OBS a refusé le mot de passe&#xa0;: saisissez celui qu’affiche OBS dans Paramètres → OBS. %1</translation>
    </message>
    <message>
        <source>This OBS speaks another version of obs-websocket; MelodyHue needs version 5 (OBS 28 or later).</source>
        <translation>Cet OBS parle une autre version d’obs-websocket&#xa0;; MelodyHue a besoin de la version 5 (OBS 28 ou plus récent).</translation>
    </message>
    <message>
        <source>OBS closed the connection (%1). Is its WebSocket server still on?</source>
        <translation>OBS a fermé la connexion (%1). Son serveur WebSocket est-il toujours activé&#xa0;?</translation>
    </message>
    <message>
        <source>OBS did not answer in time at %1.</source>
        <translation>OBS n’a pas répondu à temps à %1.</translation>
    </message>
</context>
<context>
    <name>OutputFiles</name>
    <message>
        <source>MelodyHue leaves alone what it did not write in %1: %2. Choose an empty folder in Settings → Outputs, or move them out of this one.</source>
        <translation>MelodyHue ne touche pas à ce qu’il n’a pas écrit dans %1&#xa0;: %2. Choisissez un dossier vide dans Paramètres → Sorties, ou déplacez ces fichiers hors de celui-ci.</translation>
    </message>
</context>
<context>
    <name>OutputFolder</name>
    <message>
        <source>The output folder %1 is not there (a drive unplugged?). Plug it in, or choose another folder in Settings → Outputs.</source>
        <translation>Le dossier de sortie %1 est introuvable (un disque débranché ?). Branchez-le, ou choisissez un autre dossier dans Paramètres → Sorties.</translation>
    </message>
    <message>
        <source>Removing %1 failed.</source>
        <translation>La suppression de %1 a échoué.</translation>
    </message>
    <message>
        <source>%1 Check that the folder can be written to and has free space, or choose another in Settings → Outputs.</source>
        <translation>%1 Vérifiez que le dossier est accessible en écriture et a de la place, ou choisissez-en un autre dans Paramètres → Sorties.</translation>
    </message>
</context>
<context>
    <name>OutputSettings</name>
    <message>
        <source>Outputs</source>
        <translation>Sorties</translation>
    </message>
    <message>
        <source>MelodyHue can keep what plays in a folder, for OBS’s Text and Image sources: title.txt, artists.txt, album.txt, now-playing.txt and cover.jpg, each replaced in one piece when the music changes. In OBS, a Text source reads a file with &quot;Read from file&quot;.</source>
        <translation>MelodyHue peut tenir ce qui joue dans un dossier, pour les sources Texte et Image d’OBS&#xa0;: title.txt, artists.txt, album.txt, now-playing.txt et cover.jpg, chacun remplacé d’un seul bloc quand la musique change. Dans OBS, une source Texte lit un fichier avec «&#xa0;Lire depuis un fichier&#xa0;».</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>None: no files are written</source>
        <translation>Aucun&#xa0;: aucun fichier n’est écrit</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop writing the files; those already there stay.</source>
        <translation>Arrête d’écrire les fichiers&#xa0;; ceux qui sont là restent.</translation>
    </message>
    <message>
        <source>now-playing.txt:</source>
        <translation>now-playing.txt&#xa0;:</translation>
    </message>
    <message>
        <source>One line with {title}, {artists} and {album}, e.g. {artists} — {title}.</source>
        <translation>Une ligne avec {title}, {artists} et {album}, par exemple {artists} — {title}.</translation>
    </message>
    <message>
        <source>Keep the files while the music is paused</source>
        <translation>Garder les fichiers quand la musique est en pause</translation>
    </message>
    <message>
        <source>Otherwise the texts are emptied and cover.jpg removed while paused or when nothing plays.</source>
        <translation>Sinon les textes sont vidés et cover.jpg supprimé en pause ou quand rien ne joue.</translation>
    </message>
    <message>
        <source>Off.</source>
        <translation>Désactivé.</translation>
    </message>
    <message>
        <source>Up to date in %1.</source>
        <translation>À jour dans %1.</translation>
    </message>
    <message>
        <source>Writes to %1 when the music changes.</source>
        <translation>Écrit dans %1 quand la musique change.</translation>
    </message>
    <message>
        <source>Folder for OBS’s files</source>
        <translation>Dossier des fichiers pour OBS</translation>
    </message>
</context>
<context>
    <name>OverlayEditor</name>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Edit overlay — %1</source>
        <translation>Modifier l’incrustation — %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Look and behaviour</source>
        <translation>Apparence et comportement</translation>
    </message>
    <message>
        <source>HTML and CSS</source>
        <translation>HTML et CSS</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Put the overlay back as it was when this window opened.</source>
        <translation>Remet l’incrustation telle qu’elle était à l’ouverture de cette fenêtre.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Changes apply at once, in OBS too.</source>
        <translation>Les changements s’appliquent aussitôt, dans OBS aussi.</translation>
    </message>
    <message>
        <source>Saved. Open pages of this overlay show the change.</source>
        <translation>Enregistré. Les pages ouvertes de cette incrustation montrent le changement.</translation>
    </message>
    <message>
        <source>Back as it was.</source>
        <translation>Revenue telle qu’elle était.</translation>
    </message>
    <message>
        <source>Not saved until this is fixed.</source>
        <translation>Rien n’est enregistré tant que ce n’est pas corrigé.</translation>
    </message>
</context>
<context>
    <name>OverlayJson</name>
    <message>
        <source>name: give the overlay a name.</source>
        <translation>name: donnez un nom à l’incrustation.</translation>
    </message>
    <message>
        <source>%1: not a field of an overlay; use name, template, html, css or options.</source>
        <translation>%1: ce n’est pas un champ d’incrustation&#xa0;; utilisez name, template, html, css ou options.</translation>
    </message>
    <message>
        <source>name: at most %1 characters.</source>
        <translation>name: %1 caractères au plus.</translation>
    </message>
    <message>
        <source>template: use one of %1.</source>
        <translation>template: utilisez l’un de %1.</translation>
    </message>
    <message>
        <source>%1: send the source as a string.</source>
        <translation>%1: envoyez la source sous forme de chaîne.</translation>
    </message>
    <message>
        <source>%1: only custom overlays have their own HTML and CSS; set &quot;template&quot; to &quot;custom&quot; first.</source>
        <translation>%1: seules les incrustations personnalisées ont leur propre HTML et CSS&#xa0;; mettez d’abord &quot;template&quot; à &quot;custom&quot;.</translation>
    </message>
    <message>
        <source>%1: at most %2 KB.</source>
        <translation>%1: %2 Ko au plus.</translation>
    </message>
    <message>
        <source>%1: {{%2}} is not a placeholder; use %3.</source>
        <translation>%1: {{%2}} n’est pas un espace réservé&#xa0;; utilisez %3.</translation>
    </message>
    <message>
        <source>options: send an object, e.g. {&quot;hide_when_paused&quot;:true}.</source>
        <translation>options: envoyez un objet, par exemple {&quot;hide_when_paused&quot;:true}.</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a whole number of seconds from 0 (always) to 3600</source>
        <translation>un nombre entier de secondes de 0 (toujours) à 3600</translation>
    </message>
    <message>
        <source>a size in pixels from 8 to 200</source>
        <translation>une taille en pixels de 8 à 200</translation>
    </message>
    <message>
        <source>a radius in pixels from 0 to 200</source>
        <translation>un rayon en pixels de 0 à 200</translation>
    </message>
    <message>
        <source>a width in pixels from 16 to 7680</source>
        <translation>une largeur en pixels de 16 à 7680</translation>
    </message>
    <message>
        <source>a height in pixels from 16 to 4320</source>
        <translation>une hauteur en pixels de 16 à 4320</translation>
    </message>
    <message>
        <source>a colour as #rrggbb, or &quot;&quot; for the default overlay colour</source>
        <translation>une couleur au format #rrggbb, ou &quot;&quot; pour la couleur d’incrustation par défaut</translation>
    </message>
    <message>
        <source>a font’s name (letters, digits, spaces), or &quot;&quot; for the system’s</source>
        <translation>le nom d’une police (lettres, chiffres, espaces), ou &quot;&quot; pour celle du système</translation>
    </message>
    <message>
        <source>left, center or right</source>
        <translation>left, center ou right</translation>
    </message>
    <message>
        <source>transparent or color</source>
        <translation>transparent ou color</translation>
    </message>
    <message>
        <source>options.%1: not an overlay option; use %2.</source>
        <translation>options.%1: ce n’est pas une option d’incrustation&#xa0;; utilisez %2.</translation>
    </message>
    <message>
        <source>options.%1: use %2.</source>
        <translation>options.%1: utilisez %2.</translation>
    </message>
    <message>
        <source>html: at most %1 placeholders in an overlay’s HTML and CSS together.</source>
        <translation>html&#xa0;: au plus %1 espaces réservés dans le HTML et le CSS d’une incrustation réunis.</translation>
    </message>
</context>
<context>
    <name>OverlayOptionsForm</name>
    <message>
        <source>Size in OBS:</source>
        <translation>Taille dans OBS&#xa0;:</translation>
    </message>
    <message>
        <source>Font:</source>
        <translation>Police&#xa0;:</translation>
    </message>
    <message>
        <source>Text size:</source>
        <translation>Taille du texte&#xa0;:</translation>
    </message>
    <message>
        <source>Corners:</source>
        <translation>Coins&#xa0;:</translation>
    </message>
    <message>
        <source>Text alignment:</source>
        <translation>Alignement du texte&#xa0;:</translation>
    </message>
    <message>
        <source>Background:</source>
        <translation>Fond&#xa0;:</translation>
    </message>
    <message>
        <source>Colour when paused:</source>
        <translation>Couleur en pause&#xa0;:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>When paused:</source>
        <translation>En pause&#xa0;:</translation>
    </message>
    <message>
        <source>Show after a track change:</source>
        <translation>Afficher après un changement de titre&#xa0;:</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Width of the browser source</source>
        <translation>Largeur de la source navigateur</translation>
    </message>
    <message>
        <source>Height of the browser source</source>
        <translation>Hauteur de la source navigateur</translation>
    </message>
    <message>
        <source>System font</source>
        <translation>Police du système</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>À gauche</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Centré</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>À droite</translation>
    </message>
    <message>
        <source>Transparent: the scene shows through</source>
        <translation>Transparent&#xa0;: la scène se voit à travers</translation>
    </message>
    <message>
        <source>Filled with the colour</source>
        <translation>Rempli de la couleur</translation>
    </message>
    <message>
        <source>A colour of its own</source>
        <translation>Une couleur à elle</translation>
    </message>
    <message>
        <source>Without it, the default overlay colour of Settings shows when no cover colours the overlay.</source>
        <translation>Sans elle, la couleur d’incrustation par défaut des Paramètres s’affiche quand aucune pochette ne colore l’incrustation.</translation>
    </message>
    <message>
        <source>The cover</source>
        <translation>La pochette</translation>
    </message>
    <message>
        <source>The progress</source>
        <translation>La progression</translation>
    </message>
    <message>
        <source>Fade out</source>
        <translation>S’estomper</translation>
    </message>
    <message>
        <source>All the time</source>
        <translation>En permanence</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>for </source>
        <translation>pendant </translation>
    </message>
    <message>
        <source>Credit to Spotify:</source>
        <translation>Mention de Spotify&#xa0;:</translation>
    </message>
    <message>
        <source>Where the template puts it</source>
        <translation>Là où le modèle la place</translation>
    </message>
    <message>
        <source>Top left corner</source>
        <translation>Coin supérieur gauche</translation>
    </message>
    <message>
        <source>Top right corner</source>
        <translation>Coin supérieur droit</translation>
    </message>
    <message>
        <source>Bottom left corner</source>
        <translation>Coin inférieur gauche</translation>
    </message>
    <message>
        <source>Bottom right corner</source>
        <translation>Coin inférieur droit</translation>
    </message>
    <message>
        <source>Spotify asks that what comes from it be shown with its name or logo: overlays show them while a Spotify track plays.</source>
        <translation>Spotify demande que ce qui vient de lui soit montré avec son nom ou son logo&#xa0;: les incrustations les affichent pendant la lecture d’un titre Spotify.</translation>
    </message>
</context>
<context>
    <name>OverlayPreview</name>
    <message>
        <source>No preview window and no web browser could open %1.</source>
        <translation>Ni la fenêtre d’aperçu ni un navigateur n’ont pu ouvrir %1.</translation>
    </message>
    <message>
        <source>The preview window did not open: %1</source>
        <translation>La fenêtre d’aperçu ne s’est pas ouverte&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>OverlayRow</name>
    <message>
        <source>%1 · %2 × %3</source>
        <translation>%1 · %2 × %3</translation>
    </message>
    <message>
        <source>Copies the address to paste into an OBS Browser source.</source>
        <translation>Copie l’adresse à coller dans une source Navigateur d’OBS.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Duplicate as custom HTML and CSS</source>
        <translation>Dupliquer en HTML et CSS personnalisés</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Add to OBS…</source>
        <translation>Ajouter à OBS…</translation>
    </message>
    <message>
        <source>Puts this overlay into a scene of OBS as a Browser source.</source>
        <translation>Place cette incrustation dans une scène d’OBS, comme source Navigateur.</translation>
    </message>
    <message>
        <source>Add %1 to OBS</source>
        <translation>Ajouter %1 à OBS</translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation>Copier l’URL</translation>
    </message>
    <message>
        <source>Copy the URL of %1</source>
        <translation>Copier l’URL de %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>More for %1</source>
        <translation>Plus pour %1</translation>
    </message>
</context>
<context>
    <name>OverlaySourceRules</name>
    <message>
        <source>&lt;%1&gt; is not allowed: an overlay may style and lay out, but not run scripts, navigate, embed pages or load from elsewhere.</source>
        <translation>&lt;%1&gt; n’est pas permis&#xa0;: une incrustation peut mettre en forme et disposer, mais pas exécuter de script, changer de page, intégrer des pages ni charger d’ailleurs.</translation>
    </message>
    <message>
        <source>&lt;%1 http-equiv&gt; is not allowed: it could send the page elsewhere.</source>
        <translation>&lt;%1 http-equiv&gt; n’est pas permis&#xa0;: il pourrait envoyer la page ailleurs.</translation>
    </message>
    <message>
        <source>the %1 attribute (on &lt;%2&gt;) is not allowed: overlays run no script of their own.</source>
        <translation>l’attribut %1 (sur &lt;%2&gt;) n’est pas permis&#xa0;: les incrustations n’exécutent aucun script qui leur soit propre.</translation>
    </message>
    <message>
        <source>{{%1}} stands where a value could become markup (inside a tag, between attributes or just after &quot;&lt;&quot;); put it between tags or inside a quoted attribute value.</source>
        <translation>{{%1}} se trouve là où une valeur pourrait devenir du balisage (dans une balise, entre des attributs ou juste après &quot;&lt;&quot;)&#xa0;; placez-le entre des balises ou dans la valeur entre guillemets d’un attribut.</translation>
    </message>
    <message>
        <source>{{%1}} cannot stand in the %2 attribute.</source>
        <translation>{{%1}} ne peut pas se trouver dans l’attribut %2.</translation>
    </message>
</context>
<context>
    <name>OverlayStep</name>
    <message>
        <source>Asking OBS which scene it shows…</source>
        <translation>MelodyHue demande à OBS quelle scène il affiche…</translation>
    </message>
    <message>
        <source>Back takes you to OBS’s address and password.</source>
        <translation>Retour mène à l’adresse et au mot de passe d’OBS.</translation>
    </message>
    <message>
        <source>OBS has no scene yet: add one in OBS, then click Add to OBS again.</source>
        <translation>OBS n’a encore aucune scène&#xa0;: ajoutez-en une dans OBS, puis cliquez à nouveau sur Ajouter à OBS.</translation>
    </message>
    <message>
        <source>Adding to OBS…</source>
        <translation>Ajout à OBS…</translation>
    </message>
    <message>
        <source>Choose how the music looks on stream. Each overlay takes the colours of the cover that plays; you can change everything later on the Overlays page.</source>
        <translation>Choisissez l’allure de la musique à l’écran. Chaque incrustation prend les couleurs de la pochette en cours&#xa0;; vous pourrez tout changer plus tard sur la page Incrustations.</translation>
    </message>
    <message>
        <source>Add to OBS</source>
        <translation>Ajouter à OBS</translation>
    </message>
    <message>
        <source>Puts the overlay into the scene OBS shows now, as a Browser source of the right size.</source>
        <translation>Place l’incrustation dans la scène qu’OBS affiche, comme source Navigateur à la bonne taille.</translation>
    </message>
</context>
<context>
    <name>OverlayStore</name>
    <message>
        <source>There is no overlay &quot;%1&quot;.</source>
        <translation>Il n’y a pas d’incrustation «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation> (copie)</translation>
    </message>
</context>
<context>
    <name>OverlayTemplates</name>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>One line</source>
        <translation>Une ligne</translation>
    </message>
    <message>
        <source>Compact card</source>
        <translation>Carte compacte</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Focus</translation>
    </message>
    <message>
        <source>Colour panel</source>
        <translation>Panneau de couleur</translation>
    </message>
    <message>
        <source>Custom HTML and CSS</source>
        <translation>HTML et CSS personnalisés</translation>
    </message>
    <message>
        <source>The cover, the title, the artists and a progress bar on the cover’s colour.</source>
        <translation>La pochette, le titre, les artistes et une barre de progression sur la couleur de la pochette.</translation>
    </message>
    <message>
        <source>One line of text: the title and the artists.</source>
        <translation>Une ligne de texte&#xa0;: le titre et les artistes.</translation>
    </message>
    <message>
        <source>A small card for a corner of the scene.</source>
        <translation>Une petite carte pour un coin de la scène.</translation>
    </message>
    <message>
        <source>A large cover on a blurred backdrop of its colours, for a whole scene.</source>
        <translation>Une grande pochette sur un fond flou de ses couleurs, pour toute une scène.</translation>
    </message>
    <message>
        <source>A panel filled with the cover’s colour, the track written on it.</source>
        <translation>Un panneau rempli de la couleur de la pochette, le titre écrit dessus.</translation>
    </message>
    <message>
        <source>Your own HTML and CSS, with the placeholders and live bindings of the built-ins.</source>
        <translation>Votre propre HTML et CSS, avec les espaces réservés et les liaisons en direct des modèles intégrés.</translation>
    </message>
</context>
<context>
    <name>OverlaysController</name>
    <message>
        <source>Send the overlay as a JSON object, e.g. {&quot;name&quot;:&quot;Stream&quot;,&quot;template&quot;:&quot;default&quot;}.</source>
        <translation>Envoyez l’incrustation sous forme d’objet JSON, par exemple {&quot;name&quot;:&quot;Stream&quot;,&quot;template&quot;:&quot;default&quot;}.</translation>
    </message>
    <message>
        <source>format: use json, or leave it out for the page.</source>
        <translation>format: utilisez json, ou omettez-le pour la page.</translation>
    </message>
    <message>
        <source>scene: name the OBS scene to add the overlay to, e.g. {&quot;scene&quot;:&quot;Scene&quot;}.</source>
        <translation>scene: nommez la scène OBS où ajouter l’incrustation, par exemple {&quot;scene&quot;:&quot;Scène&quot;}.</translation>
    </message>
    <message>
        <source>MelodyHue is shutting down.</source>
        <translation>MelodyHue s’arrête.</translation>
    </message>
</context>
<context>
    <name>OverlaysPage</name>
    <message>
        <source>Live colour for OBS</source>
        <translation>Couleur en direct pour OBS</translation>
    </message>
    <message>
        <source>These addresses answer with what plays and its colours, as JSON, to OBS scripts, browser sources and any program on this computer.</source>
        <translation>Ces adresses donnent ce qui joue et ses couleurs, en JSON, aux scripts OBS, aux sources navigateur et à tout programme de cet ordinateur.</translation>
    </message>
    <message>
        <source>Colour now:</source>
        <translation>Couleur actuelle&#xa0;:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Couleur&#xa0;:</translation>
    </message>
    <message>
        <source>Track and palette:</source>
        <translation>Titre et palette&#xa0;:</translation>
    </message>
    <message>
        <source>In OBS, a script or a Browser source can read these addresses. Only programs on this computer can reach them.</source>
        <translation>Dans OBS, un script ou une source Navigateur peut lire ces adresses. Seuls les programmes de cet ordinateur y ont accès.</translation>
    </message>
    <message>
        <source>The local server is not running.</source>
        <translation>Le serveur local ne tourne pas.</translation>
    </message>
    <message>
        <source>Your overlays</source>
        <translation>Vos incrustations</translation>
    </message>
    <message>
        <source>Each overlay is a page that OBS shows as a Browser source, live with what plays. Copy its URL into OBS, or start a new one from a template.</source>
        <translation>Chaque incrustation est une page qu’OBS affiche comme source Navigateur, en direct avec ce qui joue. Copiez son URL dans OBS, ou partez d’un modèle pour en créer une.</translation>
    </message>
    <message>
        <source>New overlay</source>
        <translation>Nouvelle incrustation</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The local server is not running, so there is nothing to preview. Choose a free port in Settings.</source>
        <translation>Le serveur local ne tourne pas&#xa0;: il n’y a rien à prévisualiser. Choisissez un port libre dans les Paramètres.</translation>
    </message>
    <message>
        <source>“%1” is deleted; OBS sources that show it will find nothing.</source>
        <translation>«&#xa0;%1&#xa0;» est supprimée&#xa0;; les sources OBS qui l’affichent ne trouveront plus rien.</translation>
    </message>
    <message>
        <source>Copied %1
In OBS: Sources → + → Browser, paste it as the URL, set Width to %2 and Height to %3. Leave Page permissions on “No access to OBS”: the overlay needs none.</source>
        <translation>%1 est copiée.
Dans OBS&#xa0;: Sources → + → Navigateur, collez-la comme URL, réglez Largeur sur %2 et Hauteur sur %3. Laissez les permissions de la page sur «&#xa0;Aucun accès à OBS&#xa0;»&#xa0;: l’incrustation n’en a besoin d’aucune.</translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» est ajoutée.</translation>
    </message>
    <message>
        <source>the colour’s address</source>
        <translation>l’adresse de la couleur</translation>
    </message>
    <message>
        <source>the track’s address</source>
        <translation>l’adresse du morceau</translation>
    </message>
</context>
<context>
    <name>OverlaysTable</name>
    <message>
        <source>Reading the overlays failed: %1</source>
        <translation>La lecture des incrustations a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saving the overlay &quot;%1&quot; failed: %2</source>
        <translation>L’enregistrement de l’incrustation «&#xa0;%1&#xa0;» a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Deleting the overlay failed: %1</source>
        <translation>La suppression de l’incrustation a échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PaletteCommand</name>
    <message>
        <source>Prints the colours MelodyHue takes from each image (dominant, vibrant, muted and a readable text colour) as one JSON object per line, with the milliseconds it took.</source>
        <translation>Affiche les couleurs que MelodyHue tire de chaque image (dominante, vive, douce et une couleur de texte lisible), un objet JSON par ligne, avec les millisecondes nécessaires.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>La commande.</translation>
    </message>
    <message>
        <source>Images to read (JPEG, PNG, WebP, GIF, BMP).</source>
        <translation>Images à lire (JPEG, PNG, WebP, GIF, BMP).</translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation>FICHIER...</translation>
    </message>
    <message>
        <source>Give at least one image: melodyhue palette FILE...</source>
        <translation>Donnez au moins une image&#xa0;: melodyhue palette FICHIER...</translation>
    </message>
</context>
<context>
    <name>PaletteExtractor</name>
    <message>
        <source>The image has no visible pixels.</source>
        <translation>L’image n’a aucun pixel visible.</translation>
    </message>
</context>
<context>
    <name>PathsSettings</name>
    <message>
        <source>Choose a music folder</source>
        <translation>Choisir un dossier de musique</translation>
    </message>
    <message>
        <source>Choose a folder on a drive</source>
        <translation>Choisir un dossier sur un disque</translation>
    </message>
    <message>
        <source>No music folder yet: add the folder where your music files are.</source>
        <translation>Aucun dossier de musique&#xa0;: ajoutez le dossier où sont vos fichiers de musique.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2 (not connected)</source>
        <translation>%1 — %2 (non branché)</translation>
    </message>
    <message>
        <source>No drive yet: add a folder on the drive to copy your liked tracks to.</source>
        <translation>Aucun disque&#xa0;: ajoutez un dossier sur le disque où copier vos titres likés.</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>Emplacements</translation>
    </message>
    <message>
        <source>MelodyHue copies the audio of your liked tracks from your own music folders to the drives you choose, every sync. It never downloads music from Spotify and never changes your music folders; on each drive, MelodyHue/Liked Songs.m3u8 lists the tracks there.</source>
        <translation>MelodyHue copie l’audio de vos titres likés depuis vos propres dossiers de musique vers les disques que vous choisissez, à chaque synchronisation. Il ne télécharge jamais de musique depuis Spotify et ne modifie jamais vos dossiers de musique&#xa0;; sur chaque disque, MelodyHue/Liked Songs.m3u8 liste les titres présents.</translation>
    </message>
    <message>
        <source>Music folders:</source>
        <translation>Dossiers de musique&#xa0;:</translation>
    </message>
    <message>
        <source>Music folders</source>
        <translation>Dossiers de musique</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message>
        <source>Add a music folder</source>
        <translation>Ajouter un dossier de musique</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the music folder</source>
        <translation>Retirer le dossier de musique</translation>
    </message>
    <message>
        <source>MelodyHue stops looking there; nothing in the folder changes.</source>
        <translation>MelodyHue arrête d’y chercher&#xa0;; rien ne change dans le dossier.</translation>
    </message>
    <message>
        <source>Drives:</source>
        <translation>Disques&#xa0;:</translation>
    </message>
    <message>
        <source>Drives</source>
        <translation>Disques</translation>
    </message>
    <message>
        <source>Add drive…</source>
        <translation>Ajouter un disque…</translation>
    </message>
    <message>
        <source>Add a drive</source>
        <translation>Ajouter un disque</translation>
    </message>
    <message>
        <source>Remove the drive</source>
        <translation>Retirer le disque</translation>
    </message>
    <message>
        <source>MelodyHue stops copying there; the files already on it stay.</source>
        <translation>MelodyHue arrête d’y copier&#xa0;; les fichiers déjà présents restent.</translation>
    </message>
</context>
<context>
    <name>PlannedService</name>
    <message>
        <source>Liked tracks from SoundCloud, with downloads where artists allow them.</source>
        <translation>Titres aimés sur SoundCloud, avec téléchargement quand les artistes l’autorisent.</translation>
    </message>
    <message>
        <source>Liked tracks from your TIDAL collection.</source>
        <translation>Titres aimés de votre collection TIDAL.</translation>
    </message>
    <message>
        <source>MelodyHue cannot connect %1 yet.</source>
        <translation>MelodyHue ne sait pas encore connecter %1.</translation>
    </message>
</context>
<context>
    <name>PlayHistoryTable</name>
    <message>
        <source>The play history could not be read or written: %1</source>
        <translation>L’historique d’écoute n’a pas pu être lu ou écrit&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PlaybackChoice</name>
    <message>
        <source>%1 Web API</source>
        <translation>l’API Web %1</translation>
    </message>
    <message>
        <source>Spotify desktop app</source>
        <translation>l’application Spotify de l’ordinateur</translation>
    </message>
</context>
<context>
    <name>PlayerSettings</name>
    <message>
        <source>The Spotify app only</source>
        <translation>L’application Spotify uniquement</translation>
    </message>
    <message>
        <source>Any player on this computer</source>
        <translation>N’importe quel lecteur de cet ordinateur</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Uniquement %1</translation>
    </message>
    <message>
        <source>Only %1 (not running now)</source>
        <translation>Uniquement %1 (pas lancé en ce moment)</translation>
    </message>
    <message>
        <source>%1 Web API calls: %2 in the last hour, %3 in the last day.</source>
        <translation>Appels à l’API Web %1&#xa0;: %2 dans la dernière heure, %3 dans les dernières 24 heures.</translation>
    </message>
    <message>
        <source>Spotify requests a day</source>
        <translation>Requêtes Spotify par jour</translation>
    </message>
    <message>
        <source>Spotify requests a day:</source>
        <translation>Requêtes Spotify par jour&#xa0;:</translation>
    </message>
    <message>
        <source>Spotify stops apps that ask too often, after a number of requests a day it does not publish (apps have been stopped after 800 to 1,400). MelodyHue stays under this number, shared by what plays and the liked-tracks sync, and keeps it for the end of each track; 0 never asks Spotify’s Web API (the app on this computer is still followed).</source>
        <translation>Spotify bloque les applications qui demandent trop souvent, au-delà d’un nombre de requêtes par jour qu’il ne publie pas (des applications ont été bloquées entre 800 et 1 400). MelodyHue reste sous ce nombre, partagé entre ce qui joue et la synchronisation des titres aimés, et le garde pour la fin de chaque titre&#xa0;; 0 n’interroge jamais l’API Web de Spotify (l’application sur cet ordinateur reste suivie).</translation>
    </message>
    <message>
        <source>%1 Web API today: %2 of %3 requests (%4 in the last hour).</source>
        <translation>API Web %1 aujourd’hui&#xa0;: %2 requêtes sur %3 (%4 dans la dernière heure).</translation>
    </message>
    <message>
        <source>The track of this player is what overlays, /infos and the text files show. MelodyHue reads the app on this computer first, at once and for free; the service’s Web API fills in for your phone and other devices.</source>
        <translation>Les incrustations, /infos et les fichiers texte montrent le morceau de ce lecteur. MelodyHue lit d’abord l’application de cet ordinateur, aussitôt et gratuitement&#xa0;; l’API Web du service prend le relais pour votre téléphone et vos autres appareils.</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <source>Shows a MelodyHue overlay.</source>
        <translation>Affiche une incrustation MelodyHue.</translation>
    </message>
    <message>
        <source>The overlay URL on 127.0.0.1.</source>
        <translation>L’URL de l’incrustation sur 127.0.0.1.</translation>
    </message>
    <message>
        <source>Window size, e.g. 800x200.</source>
        <translation>Taille de la fenêtre, par exemple 800x200.</translation>
    </message>
    <message>
        <source>Language of the window: en or fr.</source>
        <translation>Langue de la fenêtre&#xa0;: en ou fr.</translation>
    </message>
    <message>
        <source>MelodyHue preview</source>
        <translation>Aperçu MelodyHue</translation>
    </message>
    <message>
        <source>Give an overlay address of this computer: http://127.0.0.1:&lt;port&gt;/…</source>
        <translation>Donnez une adresse d’incrustation de cet ordinateur&#xa0;: http://127.0.0.1:&lt;port&gt;/…</translation>
    </message>
    <message>
        <source>Write the page to this PNG file whenever it changes, with no window.</source>
        <translation>Écrit la page dans ce fichier PNG à chaque changement, sans fenêtre.</translation>
    </message>
</context>
<context>
    <name>RequestAuth</name>
    <message>
        <source>Requests from other web sites are not allowed.</source>
        <translation>Les requêtes venant d’autres sites web ne sont pas acceptées.</translation>
    </message>
    <message>
        <source>MelodyHue is still starting; try again in a moment.</source>
        <translation>MelodyHue démarre encore&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>This route needs the API key: send &quot;Authorization: Bearer &lt;key&gt;&quot; (the key is in MelodyHue’s Settings).</source>
        <translation>Cette route demande la clé d’API&#xa0;: envoyez «&#xa0;Authorization: Bearer &lt;clé&gt;&#xa0;» (la clé est dans les Paramètres de MelodyHue).</translation>
    </message>
</context>
<context>
    <name>RequestReader</name>
    <message>
        <source>The request headers are larger than %1 bytes.</source>
        <translation>Les en-têtes de la requête dépassent %1 octets.</translation>
    </message>
    <message>
        <source>The request line is longer than %1 bytes.</source>
        <translation>La ligne de requête dépasse %1 octets.</translation>
    </message>
    <message>
        <source>The request line is malformed.</source>
        <translation>La ligne de requête est mal formée.</translation>
    </message>
    <message>
        <source>The request target must be a path starting with &quot;/&quot;.</source>
        <translation>La cible de la requête doit être un chemin commençant par «&#xa0;/&#xa0;».</translation>
    </message>
    <message>
        <source>Only HTTP/1.0 and HTTP/1.1 are supported.</source>
        <translation>Seuls HTTP/1.0 et HTTP/1.1 sont pris en charge.</translation>
    </message>
    <message>
        <source>The request has more than %1 headers.</source>
        <translation>La requête a plus de %1 en-têtes.</translation>
    </message>
    <message>
        <source>A request header is malformed.</source>
        <translation>Un en-tête de la requête est mal formé.</translation>
    </message>
    <message>
        <source>The Content-Length header is invalid.</source>
        <translation>L’en-tête Content-Length n’est pas valide.</translation>
    </message>
    <message>
        <source>Send the body with a Content-Length; chunked uploads are not accepted.</source>
        <translation>Envoyez le corps avec un Content-Length&#xa0;; les envois par morceaux (chunked) ne sont pas acceptés.</translation>
    </message>
    <message>
        <source>The request must carry exactly one Host header.</source>
        <translation>La requête doit porter exactement un en-tête Host.</translation>
    </message>
    <message>
        <source>This server only answers requests addressed to 127.0.0.1 or localhost on its own port.</source>
        <translation>Ce serveur ne répond qu’aux requêtes adressées à 127.0.0.1 ou localhost sur son propre port.</translation>
    </message>
    <message>
        <source>The request body is larger than %1 bytes.</source>
        <translation>Le corps de la requête dépasse %1 octets.</translation>
    </message>
    <message>
        <source>The request must carry at most one %1 header.</source>
        <translation>La requête doit porter au plus un en-tête %1.</translation>
    </message>
</context>
<context>
    <name>RouteTable</name>
    <message>
        <source>This route does not accept %1; it accepts %2.</source>
        <translation>Cette route n’accepte pas %1&#xa0;; elle accepte %2.</translation>
    </message>
    <message>
        <source>This route takes no request body.</source>
        <translation>Cette route ne prend pas de corps de requête.</translation>
    </message>
    <message>
        <source>Send the body as JSON with &quot;Content-Type: application/json&quot;.</source>
        <translation>Envoyez le corps en JSON avec «&#xa0;Content-Type: application/json&#xa0;».</translation>
    </message>
    <message>
        <source>The body is not valid JSON: %1 (at byte %2).</source>
        <translation>Le corps n’est pas du JSON valide&#xa0;: %1 (à l’octet %2).</translation>
    </message>
    <message>
        <source>There is nothing at %1.</source>
        <translation>Il n’y a rien à l’adresse %1.</translation>
    </message>
    <message>
        <source>Pages of other web sites may not follow MelodyHue live.</source>
        <translation>Les pages d’autres sites web ne peuvent pas suivre MelodyHue en direct.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>MelodyHue is shutting down.</source>
        <translation>MelodyHue se ferme.</translation>
    </message>
    <message>
        <source>This secret is too long to keep in the system keychain (over %1 bytes).</source>
        <translation>Ce secret est trop long pour le trousseau du système (plus de %1 octets).</translation>
    </message>
    <message>
        <source>The system keychain did not answer within %1 seconds.</source>
        <translation>Le trousseau du système n’a pas répondu en %1 secondes.</translation>
    </message>
    <message>
        <source>Access to the system keychain was refused. Allow MelodyHue when the keychain asks.</source>
        <translation>L’accès au trousseau du système a été refusé. Autorisez MelodyHue quand le trousseau le demande.</translation>
    </message>
    <message>
        <source>The system keychain refused access; it may be locked. Unlock it and try again.</source>
        <translation>Le trousseau du système a refusé l’accès&#xa0;; il est peut-être verrouillé. Déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <source>The system keychain could not delete the entry.</source>
        <translation>Le trousseau du système n’a pas pu supprimer l’entrée.</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). MelodyHue keeps passwords and tokens only there and never in plain files: start GNOME Keyring, KWallet or KeePassXC’s Secret Service, then restart MelodyHue.</source>
        <translation>Aucun trousseau système n’est disponible (%1). MelodyHue ne garde ses mots de passe et jetons que là, jamais dans des fichiers en clair&#xa0;: lancez GNOME Keyring, KWallet ou le Secret Service de KeePassXC, puis relancez MelodyHue.</translation>
    </message>
</context>
<context>
    <name>ServiceAccount</name>
    <message>
        <source>%1 did not give MelodyHue a refresh token.</source>
        <translation>%1 n’a pas donné de jeton de renouvellement à MelodyHue.</translation>
    </message>
    <message>
        <source>%1 is not connected.</source>
        <translation>%1 n’est pas connecté.</translation>
    </message>
    <message>
        <source>MelodyHue has no %1 authorization any more.</source>
        <translation>MelodyHue n’a plus d’autorisation %1.</translation>
    </message>
    <message>
        <source>%1 needs to be connected again: %2</source>
        <translation>%1 doit être reconnecté&#xa0;: %2</translation>
    </message>
    <message>
        <source>MelodyHue is shutting down.</source>
        <translation>MelodyHue se ferme.</translation>
    </message>
    <message>
        <source>%1 was disconnected meanwhile.</source>
        <translation>%1 a été déconnecté entre-temps.</translation>
    </message>
    <message>
        <source>%1 asks MelodyHue to wait; requests resume at %2.</source>
        <translation>%1 demande à MelodyHue de patienter&#xa0;; les requêtes reprennent à %2.</translation>
    </message>
    <message>
        <source>Cannot reach %1 — check your connection.</source>
        <translation>Impossible de joindre %1 — vérifiez votre connexion.</translation>
    </message>
    <message>
        <source>%1 is having trouble (status %2); MelodyHue tries again later.</source>
        <translation>%1 rencontre un problème (statut %2)&#xa0;; MelodyHue réessaiera plus tard.</translation>
    </message>
    <message>
        <source>%1 refused MelodyHue’s access; connect again.</source>
        <translation>%1 a refusé l’accès de MelodyHue&#xa0;; connectez-vous à nouveau.</translation>
    </message>
    <message>
        <source>MelodyHue does not ask %1&apos;s Web API: its daily requests are set to 0 in Settings → Music.</source>
        <translation>MelodyHue n’interroge pas l’API Web de %1&#xa0;: ses requêtes par jour sont réglées à 0 dans Paramètres → Musique.</translation>
    </message>
    <message>
        <source>MelodyHue has made the %1 requests a day you allow %2 (Settings → Music); it asks again tomorrow. The app on this computer is still followed.</source>
        <translation>MelodyHue a fait les %1 requêtes par jour que vous autorisez à %2 (Paramètres → Musique)&#xa0;; il redemandera demain. L’application sur cet ordinateur reste suivie.</translation>
    </message>
    <message>
        <source>%1 has paused your app’s requests (its daily quota is spent); they resume at %2. The app on this computer is still followed.</source>
        <translation>%1 a suspendu les requêtes de votre application (son quota du jour est épuisé)&#xa0;; elles reprennent à %2. L’application sur cet ordinateur reste suivie.</translation>
    </message>
    <message>
        <source>%1 no longer accepts MelodyHue’s authorization (it ends six months after you agreed); reconnect on the Connect page.</source>
        <translation>%1 n’accepte plus l’autorisation de MelodyHue (elle prend fin six mois après votre accord)&#xa0;; reconnectez-vous dans la page Connexion.</translation>
    </message>
    <message>
        <source>Cannot reach %1 — check your connection; MelodyHue tries again by itself.</source>
        <translation>Impossible de joindre %1 — vérifiez votre connexion&#xa0;; MelodyHue réessaie de lui-même.</translation>
    </message>
</context>
<context>
    <name>ServiceNotices</name>
    <message>
        <source>Reconnect %1 before %2.</source>
        <translation>Reconnectez %1 avant le %2.</translation>
    </message>
    <message>
        <source>Reconnect %1 before %2</source>
        <translation>Reconnectez %1 avant le %2</translation>
    </message>
    <message>
        <source>%1 asks you to agree again every six months. Open MelodyHue and click Reconnect on the Connect page; it takes one click in your browser.</source>
        <translation>%1 demande votre accord tous les six mois. Ouvrez MelodyHue et cliquez sur Reconnecter dans la page Connexion&#xa0;; cela prend un clic dans votre navigateur.</translation>
    </message>
</context>
<context>
    <name>ServiceRegistry</name>
    <message>
        <source>MelodyHue cannot connect &quot;%1&quot; yet.</source>
        <translation>MelodyHue ne sait pas encore connecter «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Add your %1 app’s Client ID in Settings first.</source>
        <translation>Ajoutez d’abord le Client ID de votre application %1 dans les Paramètres.</translation>
    </message>
    <message>
        <source>The local server is not running, so the browser could not come back.</source>
        <translation>Le serveur local ne tourne pas&#xa0;: le navigateur ne pourrait pas revenir.</translation>
    </message>
    <message>
        <source>No sign-in is waiting</source>
        <translation>Aucune connexion n’est en attente</translation>
    </message>
    <message>
        <source>MelodyHue is not waiting for %1 to answer. Start again from MelodyHue’s Connect page.</source>
        <translation>MelodyHue n’attend pas de réponse de %1. Recommencez depuis la page Connexion de MelodyHue.</translation>
    </message>
    <message>
        <source>This sign-in has expired</source>
        <translation>Cette connexion a expiré</translation>
    </message>
    <message>
        <source>It was started more than 10 minutes ago. Start again from MelodyHue’s Connect page.</source>
        <translation>Elle a commencé il y a plus de 10 minutes. Recommencez depuis la page Connexion de MelodyHue.</translation>
    </message>
    <message>
        <source>This answer is not for MelodyHue</source>
        <translation>Cette réponse n’est pas pour MelodyHue</translation>
    </message>
    <message>
        <source>It does not match the sign-in MelodyHue started, so it was ignored. If you did start one, start again from MelodyHue’s Connect page.</source>
        <translation>Elle ne correspond pas à la connexion lancée par MelodyHue et a donc été ignorée. Si vous en avez lancé une, recommencez depuis la page Connexion de MelodyHue.</translation>
    </message>
    <message>
        <source>You declined to let MelodyHue use your %1 account. Nothing was saved.</source>
        <translation>Vous avez refusé que MelodyHue utilise votre compte %1. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>%1 could not authorize MelodyHue (%2).</source>
        <translation>%1 n’a pas pu autoriser MelodyHue (%2).</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>%1 came back without an authorization code.</source>
        <translation>%1 est revenu sans code d’autorisation.</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>Finalisation…</translation>
    </message>
    <message>
        <source>MelodyHue is completing the connection with %1.</source>
        <translation>MelodyHue termine la connexion avec %1.</translation>
    </message>
    <message>
        <source>%1 connected successfully!</source>
        <translation>%1 connecté avec succès&#xa0;!</translation>
    </message>
    <message>
        <source>You can close this tab and go back to MelodyHue.</source>
        <translation>Vous pouvez fermer cet onglet et revenir à MelodyHue.</translation>
    </message>
    <message>
        <source>The %1 sign-in took more than 10 minutes and expired. Connect again when you are ready.</source>
        <translation>La connexion à %1 a pris plus de 10 minutes et a expiré. Reconnectez-vous quand vous êtes prêt.</translation>
    </message>
    <message>
        <source>MelodyHue is shutting down.</source>
        <translation>MelodyHue se ferme.</translation>
    </message>
    <message>
        <source>Cannot reach %1. Check your Internet connection, then try again.</source>
        <translation>Impossible de joindre %1. Vérifiez votre connexion à Internet, puis réessayez.</translation>
    </message>
    <message>
        <source>%1 asks MelodyHue to wait before signing in again; try again in %2 minutes.</source>
        <translation>%1 demande à MelodyHue d’attendre avant une nouvelle connexion&#xa0;; réessayez dans %2 minutes.</translation>
    </message>
    <message>
        <source>%1 has a problem of its own (status %2); try again later.</source>
        <translation>%1 rencontre un problème de son côté (statut %2)&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>Add your app’s Client ID in Settings first.</source>
        <translation>Ajoutez d’abord le Client ID de votre application dans les Paramètres.</translation>
    </message>
</context>
<context>
    <name>ServicesController</name>
    <message>
        <source>MelodyHue is shutting down.</source>
        <translation>MelodyHue se ferme.</translation>
    </message>
    <message>
        <source>There is no service named &quot;%1&quot;.</source>
        <translation>Il n’existe pas de service nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>MelodyHue cannot connect %1 yet.</source>
        <translation>MelodyHue ne sait pas encore connecter %1.</translation>
    </message>
    <message>
        <source>Send the credentials as JSON, e.g. {&quot;spotify&quot;:{&quot;client_id&quot;:&quot;…&quot;,&quot;client_secret&quot;:&quot;…&quot;}}; the secret is optional.</source>
        <translation>Envoyez les identifiants en JSON, par exemple {&quot;spotify&quot;:{&quot;client_id&quot;:&quot;…&quot;,&quot;client_secret&quot;:&quot;…&quot;}}&#xa0;; le secret est facultatif.</translation>
    </message>
    <message>
        <source>%1 needs a &quot;client_id&quot; text.</source>
        <translation>%1 a besoin d’un texte «&#xa0;client_id&#xa0;».</translation>
    </message>
    <message>
        <source>%1 has no credential named &quot;%2&quot;.</source>
        <translation>%1 n’a pas d’identifiant nommé «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;client_secret&quot; must be a text of at most %1 characters.</source>
        <translation>«&#xa0;client_secret&#xa0;» doit être un texte d’au plus %1 caractères.</translation>
    </message>
    <message>
        <source>&quot;obs&quot; takes {&quot;url&quot;:&quot;ws://127.0.0.1:4455&quot;,&quot;password&quot;:&quot;…&quot;}.</source>
        <translation>&quot;obs&quot; prend {&quot;url&quot;:&quot;ws://127.0.0.1:4455&quot;,&quot;password&quot;:&quot;…&quot;}.</translation>
    </message>
    <message>
        <source>obs has no setting named &quot;%1&quot;; use url and password.</source>
        <translation>obs n’a pas de réglage nommé «&#xa0;%1&#xa0;»&#xa0;; utilisez url et password.</translation>
    </message>
    <message>
        <source>obs.%1 must be a text.</source>
        <translation>obs.%1 doit être un texte.</translation>
    </message>
    <message>
        <source>obs.password must be at most %1 characters.</source>
        <translation>obs.password doit faire au plus %1 caractères.</translation>
    </message>
</context>
<context>
    <name>SessionsCard</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1&#xa0;h&#xa0;%2&#xa0;min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1&#xa0;min</translation>
    </message>
    <message>
        <source>Chapters copied (%1). YouTube shows chapters only from three up; paste them into the video’s description all the same.</source>
        <translation>Chapitres copiés (%1). YouTube n’affiche les chapitres qu’à partir de trois&#xa0;; collez-les quand même dans la description de la vidéo.</translation>
    </message>
    <message>
        <source>Chapters copied (%1): paste them into the video’s description on YouTube.</source>
        <translation>Chapitres copiés (%1)&#xa0;: collez-les dans la description de la vidéo sur YouTube.</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Diffusion</translation>
    </message>
    <message>
        <source>%1 · live now</source>
        <translation>%1 · en direct</translation>
    </message>
    <message>
        <source>%1, %2 to %3 (%4)</source>
        <translation>%1, de %2 à %3 (%4)</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>tracks: %1</source>
        <translation>titres&#xa0;: %1</translation>
    </message>
    <message>
        <source>Copy chapters</source>
        <translation>Copier les chapitres</translation>
    </message>
    <message>
        <source>Copy the chapters of the %1 of %2</source>
        <translation>Copier les chapitres de %1 du %2</translation>
    </message>
    <message>
        <source>Streams and recordings</source>
        <translation>Diffusions et enregistrements</translation>
    </message>
    <message>
        <source>When OBS streams or records, the tracks you play are listed here with their times: copy them as chapters for the video’s description.</source>
        <translation>Quand OBS diffuse ou enregistre, les titres que vous écoutez s’affichent ici avec leurs heures&#xa0;: copiez-les comme chapitres pour la description de la vidéo.</translation>
    </message>
    <message>
        <source>When OBS streams or records, the tracks you play are listed here with their times. MelodyHue follows OBS while it runs with its WebSocket server on (Settings → OBS).</source>
        <translation>Quand OBS diffuse ou enregistre, les titres que vous écoutez s’affichent ici avec leurs heures. MelodyHue suit OBS tant qu’il tourne avec son serveur WebSocket activé (Paramètres → OBS).</translation>
    </message>
</context>
<context>
    <name>SessionsController</name>
    <message>
        <source>There is no stream or recording %1.</source>
        <translation>Il n’y a pas de diffusion ni d’enregistrement %1.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>There is no setting named &quot;%1&quot;.</source>
        <translation>Il n’existe pas de paramètre nommé «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>SettingsController</name>
    <message>
        <source>Send a JSON object of the settings to change, e.g. {&quot;default_overlay_color&quot;:&quot;#1db954&quot;}.</source>
        <translation>Envoyez un objet JSON des paramètres à changer, par exemple {&quot;default_overlay_color&quot;:&quot;#1db954&quot;}.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Overlay colours</source>
        <translation>Couleurs des incrustations</translation>
    </message>
    <message>
        <source>Default colour:</source>
        <translation>Couleur par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Shown by overlays while nothing plays.</source>
        <translation>Affichée par les incrustations tant que rien ne joue.</translation>
    </message>
    <message>
        <source>While music plays, use:</source>
        <translation>Pendant la musique, utiliser&#xa0;:</translation>
    </message>
    <message>
        <source>The dominant colour of the cover</source>
        <translation>La couleur dominante de la pochette</translation>
    </message>
    <message>
        <source>Its most vibrant colour</source>
        <translation>Sa couleur la plus vive</translation>
    </message>
    <message>
        <source>Its most muted colour</source>
        <translation>Sa couleur la plus douce</translation>
    </message>
    <message>
        <source>Local server</source>
        <translation>Serveur local</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port&#xa0;:</translation>
    </message>
    <message>
        <source>Use this port</source>
        <translation>Utiliser ce port</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>Clé d’API&#xa0;:</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>Nouvelle clé</translation>
    </message>
    <message>
        <source>Music and sync</source>
        <translation>Musique et synchronisation</translation>
    </message>
    <message>
        <source>Check what plays every:</source>
        <translation>Vérifier ce qui joue toutes les&#xa0;:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Sync liked tracks every:</source>
        <translation>Synchroniser les titres aimés toutes les&#xa0;:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>File names:</source>
        <translation>Noms de fichiers&#xa0;:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Start MelodyHue when I log in</source>
        <translation>Lancer MelodyHue à l’ouverture de session</translation>
    </message>
    <message>
        <source>Default overlay colour</source>
        <translation>Couleur par défaut des incrustations</translation>
    </message>
    <message>
        <source>Create a new API key?</source>
        <translation>Créer une nouvelle clé d’API&#xa0;?</translation>
    </message>
    <message>
        <source>Programs that use the current key will be refused until you give them the new one.</source>
        <translation>Les programmes qui utilisent la clé actuelle seront refusés tant que vous ne leur donnez pas la nouvelle.</translation>
    </message>
    <message>
        <source>Reading the key from the system keychain…</source>
        <translation>Lecture de la clé dans le trousseau du système…</translation>
    </message>
    <message>
        <source>Set by the MELODYHUE_API_KEY environment variable.</source>
        <translation>Définie par la variable d’environnement MELODYHUE_API_KEY.</translation>
    </message>
    <message>
        <source>Programs send it as &quot;Authorization: Bearer &lt;key&gt;&quot; to change settings. It is kept in the system keychain.</source>
        <translation>Les programmes l’envoient en «&#xa0;Authorization: Bearer &lt;clé&gt;&#xa0;» pour changer les paramètres. Elle est gardée dans le trousseau du système.</translation>
    </message>
    <message>
        <source>No system keychain is available, so this key only lasts until MelodyHue quits.</source>
        <translation>Aucun trousseau système n’est disponible&#xa0;: cette clé ne dure que jusqu’à la fermeture de MelodyHue.</translation>
    </message>
    <message>
        <source>Not serving.</source>
        <translation>Ne sert pas.</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>The redirect URI is now %1: add it to your app on the %2 developer dashboard, or %2 will refuse the next sign-in.</source>
        <translation>L’URI de redirection est maintenant %1&#xa0;: ajoutez-la à votre application sur le tableau de bord développeur %2, sinon %2 refusera la prochaine connexion.</translation>
    </message>
    <message>
        <source>Serving on %1 for this run (from --port); the saved port is %2.</source>
        <translation>En service sur %1 pour cette session (avec --port)&#xa0;; le port enregistré est %2.</translation>
    </message>
    <message>
        <source>Each music service lets people connect through a developer app of their own. Make one, once, for each service you use.</source>
        <translation>Chaque service de musique demande de se connecter par sa propre application développeur. Créez-en une, une seule fois, pour chaque service que vous utilisez.</translation>
    </message>
    <message>
        <source>How files are named on your drives. Use {artist}, {artists}, {album}, {track} (01), {title}, {service} and {ext}; &quot;/&quot; makes sub-folders.</source>
        <translation>Comment les fichiers sont nommés sur vos disques. Utilisez {artist}, {artists}, {album}, {track} (01), {title}, {service} et {ext}&#xa0;; «&#xa0;/&#xa0;» crée des sous-dossiers.</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Thème&#xa0;:</translation>
    </message>
    <message>
        <source>Like the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>The window’s colours. Like the system follows your desktop’s light or dark setting as it changes.</source>
        <translation>Les couleurs de la fenêtre. Comme le système suit le réglage clair ou sombre de votre bureau quand il change.</translation>
    </message>
    <message>
        <source>Serving on %1. Only programs on this computer can reach it.</source>
        <translation>En service sur %1. Seuls les programmes de cet ordinateur peuvent y accéder.</translation>
    </message>
    <message>
        <source>Show what plays in:</source>
        <translation>Montrer ce qui joue dans&#xa0;:</translation>
    </message>
    <message>
        <source>the API key</source>
        <translation>la clé d’API</translation>
    </message>
</context>
<context>
    <name>SettingsSchema</name>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 doit être un nombre entier de %2 à %3.</translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation>%1 doit être l’une de ces valeurs&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1 doit valoir true ou false.</translation>
    </message>
    <message>
        <source>%1 must be a text of 1 to %2 characters.</source>
        <translation>%1 doit être un texte de 1 à %2 caractères.</translation>
    </message>
    <message>
        <source>%1 uses {%2}, which is not one of: %3.</source>
        <translation>%1 utilise {%2}, qui ne fait pas partie de&#xa0;: %3.</translation>
    </message>
    <message>
        <source>%1 must contain {title}.</source>
        <translation>%1 doit contenir {title}.</translation>
    </message>
    <message>
        <source>%1 must stay inside the chosen folder (no &quot;..&quot;, no leading &quot;/&quot;, no &quot;\&quot;).</source>
        <translation>%1 doit rester dans le dossier choisi (pas de «&#xa0;..&#xa0;», pas de «&#xa0;/&#xa0;» au début, pas de «&#xa0;\&#xa0;»).</translation>
    </message>
    <message>
        <source>%1 must be written #rrggbb, for example #1db954.</source>
        <translation>%1 doit s’écrire #rrggbb, par exemple #1db954.</translation>
    </message>
    <message>
        <source>The default overlay colour</source>
        <translation>La couleur par défaut des incrustations</translation>
    </message>
    <message>
        <source>The colour style</source>
        <translation>Le style de couleur</translation>
    </message>
    <message>
        <source>The check interval</source>
        <translation>L’intervalle de vérification</translation>
    </message>
    <message>
        <source>The sync interval</source>
        <translation>L’intervalle de synchronisation</translation>
    </message>
    <message>
        <source>The language</source>
        <translation>La langue</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Le lancement à l’ouverture de session</translation>
    </message>
    <message>
        <source>The file name pattern</source>
        <translation>Le modèle de nom de fichier</translation>
    </message>
    <message>
        <source>The port</source>
        <translation>Le port</translation>
    </message>
    <message>
        <source>%1 must not contain control characters (such as a line break or a tab).</source>
        <translation>%1 ne doit pas contenir de caractères de contrôle (comme un saut de ligne ou une tabulation).</translation>
    </message>
    <message>
        <source>%1 must not contain any of &lt; &gt; : &quot; | ? *, which file systems do not allow.</source>
        <translation>%1 ne doit contenir aucun des caractères &lt; &gt;&#xa0;: &quot; |&#xa0;? *, que les systèmes de fichiers refusent.</translation>
    </message>
    <message>
        <source>%1 must not have an empty folder name (&quot;//&quot; or a &quot;/&quot; at the end).</source>
        <translation>%1 ne doit pas avoir de nom de dossier vide («&#xa0;//&#xa0;» ou un «&#xa0;/&#xa0;» à la fin).</translation>
    </message>
    <message>
        <source>%1 must not have a name that ends with a dot or a space.</source>
        <translation>%1 ne doit pas avoir de nom qui se termine par un point ou une espace.</translation>
    </message>
    <message>
        <source>%1 must not use &quot;%2&quot; as a name: Windows reserves it.</source>
        <translation>%1 ne doit pas utiliser «&#xa0;%2&#xa0;» comme nom&#xa0;: Windows le réserve.</translation>
    </message>
    <message>
        <source>%1 must be &quot;spotify&quot;, &quot;any&quot; or a player’s name such as &quot;vlc&quot;.</source>
        <translation>%1 doit être «&#xa0;spotify&#xa0;», «&#xa0;any&#xa0;» ou le nom d’un lecteur, par exemple «&#xa0;vlc&#xa0;».</translation>
    </message>
    <message>
        <source>The player</source>
        <translation>Le lecteur</translation>
    </message>
    <message>
        <source>%1 must be a folder’s full path, or &quot;&quot; for none.</source>
        <translation>%1 doit être le chemin complet d’un dossier, ou &quot;&quot; pour aucun.</translation>
    </message>
    <message>
        <source>%1 must be one line of 1 to %2 characters.</source>
        <translation>%1 doit tenir sur une ligne de 1 à %2 caractères.</translation>
    </message>
    <message>
        <source>The output folder</source>
        <translation>Le dossier de sortie</translation>
    </message>
    <message>
        <source>The now-playing line</source>
        <translation>La ligne «&#xa0;en cours&#xa0;»</translation>
    </message>
    <message>
        <source>Keep the files while paused</source>
        <translation>Garder les fichiers en pause</translation>
    </message>
    <message>
        <source>%1 must be written ws://host:port, for example ws://127.0.0.1:4455.</source>
        <translation>%1 doit s’écrire ws://hôte:port, par exemple ws://127.0.0.1:4455.</translation>
    </message>
    <message>
        <source>The address of OBS</source>
        <translation>L’adresse d’OBS</translation>
    </message>
    <message>
        <source>An OBS password is saved</source>
        <translation>Un mot de passe OBS est enregistré</translation>
    </message>
    <message>
        <source>%1 must be one line of text.</source>
        <translation>%1 doit tenir sur une ligne.</translation>
    </message>
    <message>
        <source>Spotify’s daily requests</source>
        <translation>Les requêtes Spotify par jour</translation>
    </message>
    <message>
        <source>Renewals warned of</source>
        <translation>Les renouvellements signalés</translation>
    </message>
    <message>
        <source>The sync is paused</source>
        <translation>La synchronisation est suspendue</translation>
    </message>
    <message>
        <source>%1 must be a list of at most %2 folders.</source>
        <translation>%1&#xa0;: une liste d’au plus %2 dossiers est attendue.</translation>
    </message>
    <message>
        <source>%1 must list folders by their full paths.</source>
        <translation>%1&#xa0;: chaque dossier doit être donné par son chemin complet.</translation>
    </message>
    <message>
        <source>The music folders</source>
        <translation>Les dossiers de musique</translation>
    </message>
    <message>
        <source>The theme</source>
        <translation>Le thème</translation>
    </message>
    <message>
        <source>The setup guide’s step</source>
        <translation>L’étape du guide de démarrage</translation>
    </message>
    <message>
        <source>Days of play history</source>
        <translation>Les jours d’historique d’écoute</translation>
    </message>
</context>
<context>
    <name>SetupCard</name>
    <message>
        <source>Finish setting up</source>
        <translation>Terminer la configuration</translation>
    </message>
    <message>
        <source>connect Spotify</source>
        <translation>connecter Spotify</translation>
    </message>
    <message>
        <source>connect OBS</source>
        <translation>connecter OBS</translation>
    </message>
    <message>
        <source>put an overlay in OBS</source>
        <translation>mettre une incrustation dans OBS</translation>
    </message>
    <message>
        <source>Step %1 of 4: %2. The guide takes you from your Spotify account to an overlay in OBS in a few clicks.</source>
        <translation>Étape %1 sur 4&#xa0;: %2. Le guide vous mène de votre compte Spotify à une incrustation dans OBS en quelques clics.</translation>
    </message>
    <message>
        <source>Continue setup</source>
        <translation>Reprendre la configuration</translation>
    </message>
</context>
<context>
    <name>SetupGuide</name>
    <message>
        <source>Set up MelodyHue</source>
        <translation>Configurer MelodyHue</translation>
    </message>
    <message>
        <source>Spotify</source>
        <translation>Spotify</translation>
    </message>
    <message>
        <source>OBS</source>
        <translation>OBS</translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation>Incrustation</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Étape %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Connect your Spotify account</source>
        <translation>Connectez votre compte Spotify</translation>
    </message>
    <message>
        <source>Let MelodyHue talk to OBS</source>
        <translation>Reliez MelodyHue à OBS</translation>
    </message>
    <message>
        <source>Choose an overlay and put it in OBS</source>
        <translation>Choisissez une incrustation et placez-la dans OBS</translation>
    </message>
    <message>
        <source>You’re live</source>
        <translation>Vous êtes en direct</translation>
    </message>
    <message>
        <source>Finish later</source>
        <translation>Terminer plus tard</translation>
    </message>
    <message>
        <source>The Dashboard brings you back to this step.</source>
        <translation>Le tableau de bord vous ramène à cette étape.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Go to the Dashboard</source>
        <translation>Aller au tableau de bord</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Skip this step</source>
        <translation>Passer cette étape</translation>
    </message>
</context>
<context>
    <name>SourceEditor</name>
    <message>
        <source>Placeholders</source>
        <translation>Espaces réservés</translation>
    </message>
    <message>
        <source>Double-click to write it where the cursor is. Values are escaped for where they land: they stay text.</source>
        <translation>Double-cliquez pour l’écrire à l’emplacement du curseur. Les valeurs sont échappées selon l’endroit où elles arrivent&#xa0;: elles restent du texte.</translation>
    </message>
    <message>
        <source>Live while the page is open: elements with data-mh=&quot;title&quot; (artists, album, elapsed, duration, player, cover), the CSS variables --mh-color, --mh-text, --mh-vibrant, --mh-muted, --mh-progress and --mh-cover, and the classes mh-playing, mh-paused and mh-hidden on &lt;html&gt;. Scripts and files from other sites do not load in overlay pages.</source>
        <translation>En direct tant que la page est ouverte&#xa0;: les éléments avec data-mh=&quot;title&quot; (artists, album, elapsed, duration, player, cover), les variables CSS --mh-color, --mh-text, --mh-vibrant, --mh-muted, --mh-progress et --mh-cover, et les classes mh-playing, mh-paused et mh-hidden sur &lt;html&gt;. Les scripts et fichiers d’autres sites ne se chargent pas dans les pages d’incrustation.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>And %1 more.</source>
        <translation>Et %1 de plus.</translation>
    </message>
</context>
<context>
    <name>SourceLint</name>
    <message>
        <source>&quot;{{&quot; is not closed with &quot;}}&quot;.</source>
        <translation>«&#xa0;{{&#xa0;» n’est pas fermé par «&#xa0;}}&#xa0;».</translation>
    </message>
    <message>
        <source>{{%1}} is not a placeholder: choose one from the list.</source>
        <translation>{{%1}} n’est pas un espace réservé&#xa0;: choisissez-en un dans la liste.</translation>
    </message>
    <message>
        <source>This comment is not closed with &quot;--&gt;&quot;.</source>
        <translation>Ce commentaire n’est pas fermé par «&#xa0;--&gt;&#xa0;».</translation>
    </message>
    <message>
        <source>&lt;%1&gt; is not closed.</source>
        <translation>&lt;%1&gt; n’est pas fermé.</translation>
    </message>
    <message>
        <source>&lt;/%1&gt; closes nothing: no &lt;%1&gt; is open here.</source>
        <translation>&lt;/%1&gt; ne ferme rien&#xa0;: aucun &lt;%1&gt; n’est ouvert ici.</translation>
    </message>
    <message>
        <source>&lt;%1&gt; is not closed before &lt;/%2&gt;.</source>
        <translation>&lt;%1&gt; n’est pas fermé avant &lt;/%2&gt;.</translation>
    </message>
    <message>
        <source>This comment is not closed with &quot;*/&quot;.</source>
        <translation>Ce commentaire n’est pas fermé par «&#xa0;*/&#xa0;».</translation>
    </message>
    <message>
        <source>This &quot;}&quot; closes nothing.</source>
        <translation>Cette «&#xa0;}&#xa0;» ne ferme rien.</translation>
    </message>
    <message>
        <source>This &quot;{&quot; is not closed with &quot;}&quot;.</source>
        <translation>Cette «&#xa0;{&#xa0;» n’est pas fermée par «&#xa0;}&#xa0;».</translation>
    </message>
</context>
<context>
    <name>SpotifyService</name>
    <message>
        <source>Spotify did not return your profile (status %1).</source>
        <translation>Spotify n’a pas renvoyé votre profil (statut %1).</translation>
    </message>
    <message>
        <source>Spotify returned a profile without an id.</source>
        <translation>Spotify a renvoyé un profil sans identifiant.</translation>
    </message>
    <message>
        <source>Now playing, album colours and liked tracks from your Spotify account.</source>
        <translation>Écoute en cours, couleurs des pochettes et titres aimés de votre compte Spotify.</translation>
    </message>
    <message>
        <source>Copy the app’s Client ID here and save. The Client Secret is optional.</source>
        <translation>Copiez ici le Client ID de l’application et enregistrez. Le secret client est facultatif.</translation>
    </message>
    <message>
        <source>While the app is in development mode, add your Spotify account under its User Management.</source>
        <translation>Tant que l’application est en mode développement, ajoutez votre compte Spotify dans sa rubrique User Management.</translation>
    </message>
    <message>
        <source>Spotify Client ID</source>
        <translation>Client ID Spotify</translation>
    </message>
    <message>
        <source>32 characters from your app’s page</source>
        <translation>32 caractères, sur la page de votre application</translation>
    </message>
    <message>
        <source>A Spotify Client ID is 32 characters, digits and letters a to f, as shown on your app’s page.</source>
        <translation>Un Client ID Spotify fait 32 caractères, chiffres et lettres de a à f, comme sur la page de votre application.</translation>
    </message>
    <message>
        <source>Spotify does not know the redirect URI %1. Add it, exactly, to your app on the Spotify developer dashboard (Settings → Credentials shows it with a Copy button).</source>
        <translation>Spotify ne connaît pas l’URI de redirection %1. Ajoutez-la, à l’identique, à votre application sur le tableau de bord développeur Spotify (Paramètres → Identifiants l’affiche avec un bouton Copier).</translation>
    </message>
    <message>
        <source>Spotify does not know this Client ID. Copy it again from your app’s page on the Spotify developer dashboard into Settings.</source>
        <translation>Spotify ne connaît pas ce Client ID. Recopiez-le depuis la page de votre application sur le tableau de bord développeur Spotify dans les Paramètres.</translation>
    </message>
    <message>
        <source>Spotify refused the authorization request (status %1).</source>
        <translation>Spotify a refusé la demande d’autorisation (statut %1).</translation>
    </message>
    <message>
        <source>Cannot reach Spotify. Check your Internet connection, then try again.</source>
        <translation>Impossible de joindre Spotify. Vérifiez votre connexion à Internet, puis réessayez.</translation>
    </message>
    <message>
        <source>Open %1, sign in and create an app (any name; tick Web API).</source>
        <translation>Ouvrez %1, connectez-vous et créez une application (n’importe quel nom&#xa0;; cochez Web API).</translation>
    </message>
    <message>
        <source>In the app’s settings, add the redirect URI below, exactly as shown.</source>
        <translation>Dans les réglages de l’application, ajoutez l’URI de redirection ci-dessous, exactement comme affichée.</translation>
    </message>
    <message>
        <source>Spotify refused to say what plays. On the Spotify developer dashboard, add your account under your app’s User Management, then connect again.</source>
        <translation>Spotify a refusé de dire ce qui joue. Sur le tableau de bord développeur de Spotify, ajoutez votre compte dans la gestion des utilisateurs de votre application, puis connectez-vous à nouveau.</translation>
    </message>
    <message>
        <source>Spotify sent an answer MelodyHue cannot read (status %1).</source>
        <translation>Spotify a envoyé une réponse que MelodyHue ne peut pas lire (statut %1).</translation>
    </message>
    <message>
        <source>Spotify only answers apps whose owner has Premium: the Spotify account that made your app on developer.spotify.com needs an active Premium subscription. Renew it, or make the app with an account that has Premium and put its Client ID in Settings → Credentials.</source>
        <translation>Spotify ne répond qu’aux applications dont le propriétaire a Premium&#xa0;: le compte Spotify qui a créé votre application sur developer.spotify.com doit avoir un abonnement Premium actif. Renouvelez-le, ou créez l’application avec un compte Premium et saisissez son Client ID dans Paramètres → Identifiants.</translation>
    </message>
    <message>
        <source>Your Spotify account is not on your app’s list of users. On developer.spotify.com/dashboard, open your app → Settings → User Management and add the name and e-mail of your Spotify account (an app in development mode takes up to five), then connect again.</source>
        <translation>Votre compte Spotify ne figure pas parmi les utilisateurs de votre application. Sur developer.spotify.com/dashboard, ouvrez votre application → Settings → User Management et ajoutez le nom et l’adresse e-mail de votre compte Spotify (une application en mode développement en accepte cinq au plus), puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>Spotify refused the request (status 403).</source>
        <translation>Spotify a refusé la requête (statut 403).</translation>
    </message>
    <message>
        <source>Spotify refused the request: %1</source>
        <translation>Spotify a refusé la requête&#xa0;: %1</translation>
    </message>
    <message>
        <source>Spotify did not give the liked tracks (status %1).</source>
        <translation>Spotify n’a pas donné les titres likés (statut %1).</translation>
    </message>
    <message>
        <source>Spotify’s list of liked tracks could not be read.</source>
        <translation>La liste des titres likés de Spotify n’a pas pu être lue.</translation>
    </message>
</context>
<context>
    <name>SpotifyStep</name>
    <message>
        <source>Waiting for your browser… Allow MelodyHue there, then come back here.</source>
        <translation>En attente de votre navigateur… Autorisez-y MelodyHue, puis revenez ici.</translation>
    </message>
    <message>
        <source>Spotify is connected as %1.</source>
        <translation>Spotify est connecté en tant que %1.</translation>
    </message>
    <message>
        <source>Spotify needs to be connected again: click Connect.</source>
        <translation>Spotify doit être reconnecté&#xa0;: cliquez sur Connecter.</translation>
    </message>
</context>
<context>
    <name>SqlScript</name>
    <message>
        <source>A database update failed: %1 (in: %2)</source>
        <translation>Une mise à jour de la base a échoué&#xa0;: %1 (dans&#xa0;: %2)</translation>
    </message>
</context>
<context>
    <name>StatusController</name>
    <message>
        <source>There is no profile &quot;%1&quot; here; use &quot;me&quot;.</source>
        <translation>Il n’y a pas de profil «&#xa0;%1&#xa0;» ici&#xa0;; utilisez «&#xa0;me&#xa0;».</translation>
    </message>
    <message>
        <source>/ws is a WebSocket: connect with ws://, from MelodyHue’s own pages or a program.</source>
        <translation>/ws est un WebSocket&#xa0;: connectez-vous en ws://, depuis les pages de MelodyHue ou un programme.</translation>
    </message>
    <message>
        <source>There is no logo named &quot;%1&quot;.</source>
        <translation>Il n’y a pas de logo nommé «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>StatusDocuments</name>
    <message>
        <source>No cover is showing right now.</source>
        <translation>Aucune pochette n’est affichée en ce moment.</translation>
    </message>
</context>
<context>
    <name>StreamSessionsTable</name>
    <message>
        <source>The list of streams and recordings could not be read or written: %1</source>
        <translation>La liste des diffusions et enregistrements n’a pas pu être lue ou écrite&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Send {&quot;action&quot;:&quot;start&quot;}, {&quot;action&quot;:&quot;pause&quot;} or {&quot;action&quot;:&quot;resume&quot;}; an empty body starts a sync.</source>
        <translation>Envoyez {&quot;action&quot;:&quot;start&quot;}, {&quot;action&quot;:&quot;pause&quot;} ou {&quot;action&quot;:&quot;resume&quot;}&#xa0;; un corps vide lance une synchronisation.</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>The account was removed during the sync.</source>
        <translation>Le compte a été retiré pendant la synchronisation.</translation>
    </message>
    <message>
        <source>%1&apos;s daily requests are set to 0 in Settings → Music, so your liked tracks there are not read.</source>
        <translation>Les requêtes quotidiennes de %1 sont réglées à 0 dans Paramètres → Musique&#xa0;: vos titres likés n’y sont pas lus.</translation>
    </message>
    <message>
        <source>Reading your liked tracks on %1</source>
        <translation>Lecture de vos titres likés sur %1</translation>
    </message>
    <message>
        <source>%1 of %2 liked tracks read; the rest tomorrow to stay within %3&apos;s daily limit.</source>
        <translation>%1 titres likés lus sur %2&#xa0;; la suite demain pour rester dans la limite quotidienne de %3.</translation>
    </message>
    <message>
        <source>Today’s share of %1&apos;s requests is used; the sync goes on tomorrow.</source>
        <translation>La part du jour des requêtes %1 est utilisée&#xa0;; la synchronisation reprend demain.</translation>
    </message>
    <message>
        <source>%1 was not answering a moment ago; the sync tries again at %2.</source>
        <translation>%1 ne répondait pas il y a un instant&#xa0;; la synchronisation réessaie à %2.</translation>
    </message>
    <message>
        <source>%1 asked MelodyHue to wait; the sync goes on at %2.</source>
        <translation>%1 a demandé à MelodyHue d’attendre&#xa0;; la synchronisation reprend à %2.</translation>
    </message>
    <message>
        <source>Looking for new files in your music folders</source>
        <translation>Recherche de nouveaux fichiers dans vos dossiers de musique</translation>
    </message>
    <message>
        <source>Copying your liked tracks to %1</source>
        <translation>Copie de vos titres likés sur %1</translation>
    </message>
    <message>
        <source>The drive’s folder</source>
        <translation>Le dossier du disque</translation>
    </message>
    <message>
        <source>%1 does not exist: plug the drive in, or make the folder first.</source>
        <translation>%1 n’existe pas&#xa0;: branchez le disque, ou créez d’abord le dossier.</translation>
    </message>
    <message>
        <source>%1 is already one of your drives.</source>
        <translation>%1 est déjà l’un de vos disques.</translation>
    </message>
    <message>
        <source>MelodyHue copies to %1 drives at most: remove one first.</source>
        <translation>MelodyHue copie sur %1 disques au plus&#xa0;: retirez-en d’abord un.</translation>
    </message>
    <message>
        <source>%1 overlaps your music folder %2, and MelodyHue never writes into your music folders: choose a folder elsewhere, such as on an external drive.</source>
        <translation>%1 chevauche votre dossier de musique %2, et MelodyHue n’écrit jamais dans vos dossiers de musique&#xa0;: choisissez un dossier ailleurs, par exemple sur un disque externe.</translation>
    </message>
    <message>
        <source>There is no such drive.</source>
        <translation>Ce disque n’existe pas.</translation>
    </message>
</context>
<context>
    <name>SyncSummary</name>
    <message>
        <source>tomorrow at %1</source>
        <translation>demain à %1</translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation>hier à %1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1&#xa0;: %2 sur %3</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>The sync is paused. Resume it to keep your liked tracks up to date.</source>
        <translation>La synchronisation est suspendue. Reprenez-la pour garder vos titres likés à jour.</translation>
    </message>
    <message>
        <source>The sync waits and goes on by itself at %1.</source>
        <translation>La synchronisation attend et reprendra d’elle-même à %1.</translation>
    </message>
    <message>
        <source>The last sync failed: %1</source>
        <translation>La dernière synchronisation a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Up to date: synced at %1.</source>
        <translation>À jour&#xa0;: synchronisé à %1.</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Pas encore synchronisé.</translation>
    </message>
    <message>
        <source>Next sync at %1</source>
        <translation>Prochaine synchronisation à %1</translation>
    </message>
</context>
<context>
    <name>SyncTray</name>
    <message>
        <source>The sync could not be paused or resumed</source>
        <translation>La synchronisation n’a pas pu être suspendue ou reprise</translation>
    </message>
    <message>
        <source>Syncing liked tracks…</source>
        <translation>Synchronisation des titres likés…</translation>
    </message>
    <message>
        <source>Sync liked tracks now</source>
        <translation>Synchroniser les titres likés</translation>
    </message>
    <message>
        <source>Resume sync</source>
        <translation>Reprendre la synchronisation</translation>
    </message>
    <message>
        <source>Pause sync</source>
        <translation>Suspendre la synchronisation</translation>
    </message>
    <message>
        <source>The sync of liked tracks failed</source>
        <translation>La synchronisation des titres likés a échoué</translation>
    </message>
    <message>
        <source>New liked tracks in your library: %1.</source>
        <translation>Nouveaux titres likés dans votre bibliothèque&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Unliked since the last sync: %1.</source>
        <translation>Retirés depuis la dernière synchronisation&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Liked tracks synced</source>
        <translation>Titres likés synchronisés</translation>
    </message>
    <message>
        <source>Some liked tracks could not be copied</source>
        <translation>Des titres likés n’ont pas pu être copiés</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The database could not start a transaction: %1</source>
        <translation>La base n’a pas pu commencer une transaction&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saving to the database failed: %1</source>
        <translation>L’enregistrement dans la base a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>The database transaction has already ended.</source>
        <translation>La transaction de la base de données est déjà terminée.</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Open MelodyHue</source>
        <translation>Ouvrir MelodyHue</translation>
    </message>
    <message>
        <source>Copy overlay URL</source>
        <translation>Copier l’URL de l’incrustation</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>MelodyHue</source>
        <translation>MelodyHue</translation>
    </message>
    <message>
        <source>Serving on %1</source>
        <translation>En service sur %1</translation>
    </message>
    <message>
        <source>Open MelodyHue to choose another port.</source>
        <translation>Ouvrez MelodyHue pour choisir un autre port.</translation>
    </message>
    <message>
        <source>Advertisement</source>
        <translation>Publicité</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Nothing is playing</source>
        <translation>Rien ne joue</translation>
    </message>
    <message>
        <source>▶ %1</source>
        <translation>▶ %1</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>En pause&#xa0;: %1</translation>
    </message>
    <message>
        <source>Overlay URL copied</source>
        <translation>URL de l’incrustation copiée</translation>
    </message>
    <message>
        <source>Paste it into an OBS Browser source, %1 × %2.</source>
        <translation>Collez-la dans une source Navigateur d’OBS, %1 × %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No overlay to copy: the local server is not running, or the Overlays page has none.</source>
        <translation>Aucune incrustation à copier&#xa0;: le serveur local ne tourne pas, ou la page Incrustations n’en a aucune.</translation>
    </message>
</context>
<context>
    <name>UserFolder</name>
    <message>
        <source>%1 must not contain control characters (such as a line break).</source>
        <translation>%1 ne doit pas contenir de caractères de contrôle (comme un saut de ligne).</translation>
    </message>
    <message>
        <source>%1 must be a folder’s full path, or &quot;&quot; for none.</source>
        <translation>%1 doit être le chemin complet d’un dossier, ou &quot;&quot; pour aucun.</translation>
    </message>
    <message>
        <source>%1 cannot be %2, a folder of the system: choose a folder of your own, such as one in your home folder or on a drive.</source>
        <translation>%1 ne peut pas être %2, un dossier du système&#xa0;: choisissez un dossier à vous, par exemple dans votre dossier personnel ou sur un disque.</translation>
    </message>
    <message>
        <source>%1 cannot be %2: it is a file, not a folder.</source>
        <translation>%1 ne peut pas être %2&#xa0;: c’est un fichier, pas un dossier.</translation>
    </message>
</context>
<context>
    <name>WebSocketHandshake</name>
    <message>
        <source>A WebSocket handshake is a GET request.</source>
        <translation>Une poignée de main WebSocket est une requête GET.</translation>
    </message>
    <message>
        <source>A WebSocket handshake needs HTTP/1.1.</source>
        <translation>Une poignée de main WebSocket demande HTTP/1.1.</translation>
    </message>
    <message>
        <source>A WebSocket handshake needs &quot;Connection: Upgrade&quot;.</source>
        <translation>Une poignée de main WebSocket demande &quot;Connection: Upgrade&quot;.</translation>
    </message>
    <message>
        <source>A WebSocket handshake has no body.</source>
        <translation>Une poignée de main WebSocket n’a pas de corps.</translation>
    </message>
    <message>
        <source>A WebSocket handshake needs &quot;Sec-WebSocket-Version: 13&quot;.</source>
        <translation>Une poignée de main WebSocket demande &quot;Sec-WebSocket-Version: 13&quot;.</translation>
    </message>
    <message>
        <source>WebSocket version %1 is not supported; use version 13.</source>
        <translation>La version %1 de WebSocket n’est pas prise en charge&#xa0;; utilisez la version 13.</translation>
    </message>
    <message>
        <source>A WebSocket handshake needs a Sec-WebSocket-Key of 16 bytes in base64.</source>
        <translation>Une poignée de main WebSocket demande une Sec-WebSocket-Key de 16 octets en base64.</translation>
    </message>
</context>
<context>
    <name>WebSocketPeer</name>
    <message>
        <source>Reserved bits are set.</source>
        <translation>Des bits réservés sont à 1.</translation>
    </message>
    <message>
        <source>Unknown opcode %1.</source>
        <translation>Code d’opération %1 inconnu.</translation>
    </message>
    <message>
        <source>Frames from a client must be masked.</source>
        <translation>Les trames d’un client doivent être masquées.</translation>
    </message>
    <message>
        <source>A frame’s length is not in its shortest form.</source>
        <translation>La longueur d’une trame n’est pas sous sa forme la plus courte.</translation>
    </message>
    <message>
        <source>A control frame is fragmented or too long.</source>
        <translation>Une trame de contrôle est fragmentée ou trop longue.</translation>
    </message>
    <message>
        <source>A message’s fragments are out of order.</source>
        <translation>Les fragments d’un message sont dans le désordre.</translation>
    </message>
    <message>
        <source>Messages to MelodyHue are at most %1 bytes.</source>
        <translation>Les messages envoyés à MelodyHue font au plus %1 octets.</translation>
    </message>
    <message>
        <source>A text message is not UTF-8.</source>
        <translation>Un message texte n’est pas en UTF-8.</translation>
    </message>
    <message>
        <source>A close frame’s code is cut.</source>
        <translation>Le code d’une trame de fermeture est tronqué.</translation>
    </message>
    <message>
        <source>A close frame’s code is not valid.</source>
        <translation>Le code d’une trame de fermeture n’est pas valide.</translation>
    </message>
    <message>
        <source>A close frame’s reason is not UTF-8.</source>
        <translation>La raison d’une trame de fermeture n’est pas en UTF-8.</translation>
    </message>
</context>
</TS>
