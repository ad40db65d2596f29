<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/visavis/ui/features/desktop/about_dialog.py" line="+17"/>
        <source>see the model package</source>
        <translation>voir le paquet du modèle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word definitions: the English Wiktionary&apos;s French entries (Wiktionary contributors, https://en.wiktionary.org/, extracted by Wiktextract/kaikki.org and converted by Vuizur), dual-licensed CC BY-SA 3.0 and GNU FDL; pronunciations and genders: FreeDict French-English dictionary 0.4.1 (Horst Eyermann, John Darrington and the FreeDict contributors, https://freedict.org/), GNU General Public License version 2 or later.</source>
        <translation>Définitions des mots&#xa0;: les entrées françaises du Wiktionary anglais (contributeurs de Wiktionary, https://en.wiktionary.org/, extraites par Wiktextract/kaikki.org et converties par Vuizur), sous double licence CC BY-SA 3.0 et GNU FDL&#xa0;; prononciations et genres&#xa0;: dictionnaire français-anglais FreeDict 0.4.1 (Horst Eyermann, John Darrington et les contributeurs de FreeDict, https://freedict.org/), licence publique générale GNU, version 2 ou ultérieure.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>no translation model installed</source>
        <translation>aucun modèle de traduction installé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translation model: {model}</source>
        <translation>Modèle de traduction&#xa0;: {model}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read French articles beside a live English translation, offline.</source>
        <translation>Lire des articles en français à côté de leur traduction anglaise, hors ligne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licence:</source>
        <translation>Licence :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Built with:</source>
        <translation>Réalisé avec :</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+12"/>
        <source>About Vis-à-vis</source>
        <translation>À propos de Vis-à-vis</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Vis-à-vis icon</source>
        <translation>Icône de Vis-à-vis</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../../desktop/visavis/ui/features/desktop/feature.py" line="+56"/>
        <source>Article and translation</source>
        <translation>Article et traduction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French article</source>
        <translation>Article en français</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English translation</source>
        <translation>Traduction anglaise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translation model status</source>
        <translation>État du modèle de traduction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menu bar</source>
        <translation>Barre de menus</translation>
    </message>
</context>
<context>
    <name>AddGlossaryDialog</name>
    <message>
        <location filename="../../desktop/visavis/ui/features/glossary/add_dialog.py" line="+27"/>
        <source>Add to glossary</source>
        <translation>Ajouter au glossaire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>your preferred English</source>
        <translation>votre traduction anglaise préférée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a note for yourself (optional)</source>
        <translation>une note pour vous (facultatif)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>French term:</source>
        <translation>Terme français :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English:</source>
        <translation>Anglais :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>Note :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Context:</source>
        <translation>Contexte :</translation>
    </message>
</context>
<context>
    <name>AnnotationCommands</name>
    <message>
        <location filename="../../desktop/visavis/ui/features/annotations/feature.py" line="+68"/>
        <source>Add highlight</source>
        <translation>Ajouter le surlignage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete highlight</source>
        <translation>Supprimer le surlignage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change colour</source>
        <translation>Changer la couleur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit note</source>
        <translation>Modifier la note</translation>
    </message>
</context>
<context>
    <name>AnnotationsFeature</name>
    <message>
        <location line="-23"/>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;Markdown…</source>
        <translation>Exporter en &amp;Markdown…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export annotations (&amp;JSON-LD)…</source>
        <translation>Exporter les annotations (&amp;JSON-LD)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading (with a selection)</source>
        <translation>Lecture (avec une sélection)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highlight in one of the five colours</source>
        <translation>Surligner dans l’une des cinq couleurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+32"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+29"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>&amp;Import annotations (JSON-LD)…</source>
        <translation>Importer des &amp;annotations (JSON-LD)…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Undo {command}</source>
        <translation>&amp;Annuler : {command}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo {command}</source>
        <translation>&amp;Rétablir : {command}</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Highlights could not be loaded: {error}</source>
        <translation>Impossible de charger les surlignages : {error}</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>This passage is no longer in the text.</source>
        <translation>Ce passage ne figure plus dans le texte.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Highlight</source>
        <translation>Surligner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Highlight with a note…</source>
        <translation>Surligner avec une note…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Selected highlight</source>
        <translation>Surlignage sélectionné</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>The highlight could not be saved: {error}</source>
        <translation>Impossible d’enregistrer le surlignage : {error}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Exporting {name}…</source>
        <translation>Exportation de {name}…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The export failed.</source>
        <translation>L’exportation a échoué.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import annotations</source>
        <translation>Importer des annotations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W3C annotations (*.jsonld *.json);;All files (*)</source>
        <translation>Annotations W3C (*.jsonld *.json);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>AnnotationsPanel</name>
    <message>
        <location filename="../../desktop/visavis/ui/features/annotations/panel.py" line="+36"/>
        <source>EN · </source>
        <translation>EN · </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  (text changed)</source>
        <translation>  (texte modifié)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Show highlights of colour</source>
        <translation>Afficher les surlignages de la couleur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All colours</source>
        <translation>Toutes les couleurs</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Highlights and notes</source>
        <translation>Surlignages et notes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No highlights yet. Select text and pick a colour (keys 1–5).</source>
        <translation>Aucun surlignage pour l’instant. Sélectionnez du texte et choisissez une couleur (touches 1 à 5).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No highlights yet</source>
        <translation>Aucun surlignage pour l’instant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Highlights ({count})</source>
        <translation>Surlignages ({count})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No longer in the text ({count})</source>
        <translation>Absents du texte ({count})</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Edit note…</source>
        <translation>Modifier la note…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change colour</source>
        <translation>Changer la couleur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete highlight</source>
        <translation>Supprimer le surlignage</translation>
    </message>
</context>
<context>
    <name>ArticleSession</name>
    <message>
        <location filename="../../desktop/visavis/ui/reading/article_session.py" line="+60"/>
        <source>“{name}” is too large to open ({size}; the limit is {limit}).</source>
        <translation>«&#xa0;{name}&#xa0;» est trop volumineux pour être ouvert ({size}&#xa0;; la limite est de {limit}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{name}” could not be read: {error}.</source>
        <translation>Impossible de lire « {name} » : {error}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}” is not a text file.</source>
        <translation>« {name} » n’est pas un fichier texte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{name}” is not in a text encoding Vis-à-vis can read.</source>
        <translation>« {name} » n’est pas dans un encodage de texte que Vis-à-vis sait lire.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“{name}” could not be imported.</source>
        <translation>Impossible d’importer « {name} ».</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The text could not be read as an article: {error}</source>
        <translation>Le texte n’a pas pu être lu comme un article : {error}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This article is no longer in your library.</source>
        <translation>Cet article ne figure plus dans votre bibliothèque.</translation>
    </message>
</context>
<context>
    <name>Colours</name>
    <message>
        <location filename="../../desktop/visavis/ui/features/annotations/highlight_toolbar.py" line="+14"/>
        <source>Yellow</source>
        <translation>Jaune</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blue</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pink</source>
        <translation>Rose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../../desktop/visavis/ui/common/reader_messages.py" line="+30"/>
        <source>The file “{name}”</source>
        <translation>Le fichier «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file</source>
        <translation>Ce fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This page</source>
        <translation>Cette page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” does not exist or is not a file.</source>
        <translation>«&#xa0;{name}&#xa0;» n’existe pas ou n’est pas un fichier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” is too large to import ({size}; the limit is {limit}).</source>
        <translation>«&#xa0;{name}&#xa0;» est trop volumineux pour être importé ({size}&#xa0;; la limite est de {limit}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” could not be read ({reason}).</source>
        <translation>Impossible de lire «&#xa0;{name}&#xa0;» ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} is too large to import ({size}; the limit is {limit}).</source>
        <translation>{what} dépasse la taille maximale d’importation ({size}&#xa0;; la limite est de {limit}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} is empty: there is nothing to read.</source>
        <translation>{what} est vide&#xa0;: il n’y a rien à lire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} is not a text file (it contains binary data).</source>
        <translation>{what} n’est pas un fichier texte (son contenu est binaire).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} is not readable text (broken {encoding} encoding).</source>
        <translation>{what} n’est pas un texte lisible (encodage {encoding} défectueux).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is not UTF-8; it was read as {encoding}. Check accented letters.</source>
        <translation>Le fichier n’est pas en UTF-8&#xa0;; il a été lu en {encoding}. Vérifiez les lettres accentuées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no readable text to import.</source>
        <translation>Il n’y a aucun texte lisible à importer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This Markdown file has no readable text (only code, HTML or nothing).</source>
        <translation>Ce fichier Markdown ne contient aucun texte lisible (seulement du code, du HTML ou rien).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This page could not be read as HTML.</source>
        <translation>Cette page n’a pas pu être lue comme du HTML.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No article text was found in this page.</source>
        <translation>Aucun texte d’article n’a été trouvé dans cette page.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clipboard holds no text to import.</source>
        <translation>Le presse-papiers ne contient aucun texte à importer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clipboard holds too much text to import (over 20 MB).</source>
        <translation>Le presse-papiers contient trop de texte pour être importé (plus de 20&#xa0;Mo).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import cancelled.</source>
        <translation>Importation annulée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This EPUB file is damaged (it is not a valid zip archive).</source>
        <translation>Ce fichier EPUB est endommagé (ce n’est pas une archive zip valide).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This EPUB file holds too many files to be a book.</source>
        <translation>Ce fichier EPUB contient trop de fichiers pour être un livre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This EPUB file unpacks to more than 200 MB; it was refused.</source>
        <translation>Ce fichier EPUB dépasse 200&#xa0;Mo une fois décompressé&#xa0;; il a été refusé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This EPUB file is damaged: “{name}” is missing.</source>
        <translation>Ce fichier EPUB est endommagé&#xa0;: «&#xa0;{name}&#xa0;» est manquant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This EPUB file has an oversized part (“{name}”); it was refused.</source>
        <translation>Ce fichier EPUB contient une partie démesurée («&#xa0;{name}&#xa0;»)&#xa0;; il a été refusé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This EPUB file is damaged or encrypted (“{name}”).</source>
        <translation>Ce fichier EPUB est endommagé ou chiffré («&#xa0;{name}&#xa0;»).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This EPUB file unpacks to far more than its size says; it was refused.</source>
        <translation>Ce fichier EPUB se décompresse en bien plus que sa taille annoncée&#xa0;; il a été refusé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This EPUB file is damaged: “{name}” is not valid XML.</source>
        <translation>Ce fichier EPUB est endommagé&#xa0;: «&#xa0;{name}&#xa0;» n’est pas du XML valide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This EPUB file is damaged: it does not say where its contents are.</source>
        <translation>Ce fichier EPUB est endommagé&#xa0;: il n’indique pas où se trouve son contenu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This EPUB file is larger than 100 MB; it was refused.</source>
        <translation>Ce fichier EPUB dépasse 100&#xa0;Mo&#xa0;; il a été refusé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This EPUB file has no readable chapters.</source>
        <translation>Ce fichier EPUB n’a aucun chapitre lisible.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This EPUB book is protected (DRM): its text cannot be read.</source>
        <translation>Ce livre EPUB est protégé (DRM)&#xa0;: son texte ne peut pas être lu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This EPUB file contains no text (only images?).</source>
        <translation>Ce fichier EPUB ne contient pas de texte (seulement des images&#xa0;?).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This PDF is protected by a password; it cannot be read.</source>
        <translation>Ce PDF est protégé par un mot de passe&#xa0;; il ne peut pas être lu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This PDF file is damaged or is not a PDF.</source>
        <translation>Ce fichier PDF est endommagé, ou ce n’est pas un PDF.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This PDF has more than {limit} pages; it was refused.</source>
        <translation>Ce PDF a plus de {limit}&#xa0;pages&#xa0;; il a été refusé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This PDF is scanned images; there is no text to import.</source>
        <translation>Ce PDF n’est fait que d’images numérisées&#xa0;; il n’y a pas de texte à importer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This PDF file is larger than 100 MB; it was refused.</source>
        <translation>Ce fichier PDF dépasse 100&#xa0;Mo&#xa0;; il a été refusé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file is not a PDF (it does not start like one).</source>
        <translation>Ce fichier n’est pas un PDF (il ne commence pas comme un PDF).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only web addresses starting with http:// or https:// can be imported.</source>
        <translation>Seules les adresses web commençant par http:// ou https:// peuvent être importées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The page redirects to an address that is not a web page.</source>
        <translation>La page redirige vers une adresse qui n’est pas une page web.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The site answered with error {code} (it needs a login).</source>
        <translation>Le site a répondu par l’erreur {code} (il faut s’identifier).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The site answered with error {code} (access is forbidden).</source>
        <translation>Le site a répondu par l’erreur {code} (accès interdit).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The site answered with error {code} (page not found).</source>
        <translation>Le site a répondu par l’erreur {code} (page introuvable).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The site answered with error {code} (page removed).</source>
        <translation>Le site a répondu par l’erreur {code} (page supprimée).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The site answered with error {code} (too many requests, try later).</source>
        <translation>Le site a répondu par l’erreur {code} (trop de requêtes, réessayez plus tard).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The site answered with error {code} (server error).</source>
        <translation>Le site a répondu par l’erreur {code} (erreur du serveur).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The site answered with error {code} ({reason}).</source>
        <translation>Le site a répondu par l’erreur {code} ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} did not answer within {timeout:g} seconds.</source>
        <translation>{host} n’a pas répondu en {timeout:g}&#xa0;secondes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot find {host}: no network connection, or the address is wrong.</source>
        <translation>Impossible de trouver {host}&#xa0;: pas de connexion réseau, ou l’adresse est erronée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} refused the connection.</source>
        <translation>{host} a refusé la connexion.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not download the page from {host} (no network? {reason}).</source>
        <translation>Impossible de télécharger la page depuis {host} (pas de réseau&#xa0;? {reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The page is too large (over {limit}); it was not imported.</source>
        <translation>La page est trop volumineuse (plus de {limit})&#xa0;; elle n’a pas été importée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The page is too large ({size}; the limit is {limit}); it was not imported.</source>
        <translation>La page est trop volumineuse ({size}&#xa0;; la limite est de {limit})&#xa0;; elle n’a pas été importée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This address is not a web page or text (it is {type}).</source>
        <translation>Cette adresse n’est ni une page web ni du texte (type {type}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{url}” is not a valid web address.</source>
        <translation>«&#xa0;{url}&#xa0;» n’est pas une adresse web valide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The page sends to too many redirects (over {limit}); it was not imported.</source>
        <translation>La page renvoie vers trop de redirections (plus de {limit})&#xa0;; elle n’a pas été importée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} did not send the page within {timeout:g} seconds.</source>
        <translation>{host} n’a pas envoyé la page en moins de {timeout:g} secondes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address redirected to another site: {host}.</source>
        <translation>L’adresse a redirigé vers un autre site&#xa0;: {host}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} has about {words} words (some {pages} pages); Vis-à-vis opens texts of up to {limit} words (about {limit_pages} pages). Split it and import the parts one by one.</source>
        <translation>{what} compte environ {words} mots (quelque {pages} pages)&#xa0;; Vis-à-vis ouvre des textes d’au plus {limit} mots (environ {limit_pages} pages). Découpez-le et importez les parties une à une.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This page is nested deeper than {limit} levels (elements inside each other); its text cannot be read.</source>
        <translation>Cette page est imbriquée sur plus de {limit}&#xa0;niveaux (éléments les uns dans les autres)&#xa0;; son texte ne peut pas être lu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This text</source>
        <translation>Ce texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This book</source>
        <translation>Ce livre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clipboard</source>
        <translation>Le presse-papiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part of this text ({count} lines) is nested deeper than {limit} levels (quotes or lists inside each other) and could not be shown.</source>
        <translation>Une partie de ce texte ({count} lignes) est imbriquée sur plus de {limit} niveaux (citations ou listes les unes dans les autres) et n’a pas pu être affichée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Looking up the model index…</source>
        <translation>Consultation de l’index des modèles…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading {name}…</source>
        <translation>Téléchargement de {name}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking the package…</source>
        <translation>Vérification du paquet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installing…</source>
        <translation>Installation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server {host} answered “{code} {reason}” for {url}.</source>
        <translation>Le serveur {host} a répondu «&#xa0;{code} {reason}&#xa0;» pour {url}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No network: {host} did not answer in time. Check your connection, or install a model from a file.</source>
        <translation>Pas de réseau&#xa0;: {host} n’a pas répondu à temps. Vérifiez votre connexion, ou installez un modèle depuis un fichier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No network: could not connect to {host} ({detail}). Check your connection, or install a model from a file.</source>
        <translation>Pas de réseau&#xa0;: impossible de se connecter à {host} ({detail}). Vérifiez votre connexion, ou installez un modèle depuis un fichier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model index could not be read ({error}).</source>
        <translation>L’index des modèles n’a pas pu être lu ({error}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model index could not be read (not a list of packages).</source>
        <translation>L’index des modèles n’a pas pu être lu (ce n’est pas une liste de paquets).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model index is unreasonably large; it was not read.</source>
        <translation>L’index des modèles est d’une taille déraisonnable&#xa0;; il n’a pas été lu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model index lists no {source}→{target} translation model.</source>
        <translation>L’index ne propose aucun modèle de traduction {source}→{target}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not save the download in {folder}: {reason}</source>
        <translation>Impossible d’enregistrer le téléchargement dans {folder}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The download stopped after {done} of {total}. Try again: it will resume where it stopped.</source>
        <translation>Le téléchargement s’est arrêté après {done} sur {total}. Réessayez&#xa0;: il reprendra là où il s’est arrêté.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server sent more data than announced; the download was discarded. Try again.</source>
        <translation>Le serveur a envoyé plus de données qu’annoncé&#xa0;; le téléchargement a été abandonné. Réessayez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{error} The downloaded file was removed.</source>
        <translation>{error} Le fichier téléchargé a été supprimé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not enough disk space {purpose}: {needed} needed, {free} free in {folder}.</source>
        <translation>Pas assez d’espace disque {purpose}&#xa0;: {needed} nécessaires, {free} libres dans {folder}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to download the model</source>
        <translation>pour télécharger le modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to install the model</source>
        <translation>pour installer le modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to install the voice</source>
        <translation>pour installer la voix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” is incomplete or damaged (truncated download?). Download it again or pick another copy.</source>
        <translation>«&#xa0;{name}&#xa0;» est incomplet ou endommagé (téléchargement interrompu&#xa0;?). Téléchargez-le à nouveau ou choisissez une autre copie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot read “{name}”: {reason}</source>
        <translation>Impossible de lire «&#xa0;{name}&#xa0;»&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” is not an Argos model package (not a zip archive).</source>
        <translation>«&#xa0;{name}&#xa0;» n’est pas un paquet de modèle Argos (ce n’est pas une archive zip).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” is not an Argos model package: it must hold exactly one top-level folder (found {count}).</source>
        <translation>«&#xa0;{name}&#xa0;» n’est pas un paquet de modèle Argos&#xa0;: il doit contenir un seul dossier principal (trouvés&#xa0;: {count}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” is not an Argos model package: its files must sit inside one folder.</source>
        <translation>«&#xa0;{name}&#xa0;» n’est pas un paquet de modèle Argos&#xa0;: ses fichiers doivent se trouver dans un seul dossier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” is not an Argos model package: metadata.json is missing.</source>
        <translation>«&#xa0;{name}&#xa0;» n’est pas un paquet de modèle Argos&#xa0;: metadata.json manque.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” has an oversized metadata.json; it is not a model package.</source>
        <translation>«&#xa0;{name}&#xa0;» a un metadata.json démesuré&#xa0;; ce n’est pas un paquet de modèle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” has a metadata.json nested more than {limit} levels deep; it is not a model package.</source>
        <translation>«&#xa0;{name}&#xa0;» a un metadata.json imbriqué sur plus de {limit}&#xa0;niveaux&#xa0;; ce n’est pas un paquet de modèle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” has an unreadable metadata.json ({reason}).</source>
        <translation>«&#xa0;{name}&#xa0;» a un metadata.json illisible ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” has an invalid metadata.json (not a JSON object).</source>
        <translation>«&#xa0;{name}&#xa0;» a un metadata.json non valide (ce n’est pas un objet JSON).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” has an incomplete metadata.json: “{key}” is missing.</source>
        <translation>«&#xa0;{name}&#xa0;» a un metadata.json incomplet&#xa0;: «&#xa0;{key}&#xa0;» manque.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” is not a usable translation model: model/model.bin is missing.</source>
        <translation>«&#xa0;{name}&#xa0;» n’est pas un modèle de traduction utilisable&#xa0;: model/model.bin manque.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” is not a usable translation model: its tokenizer (sentencepiece.model or bpe.model) is missing.</source>
        <translation>«&#xa0;{name}&#xa0;» n’est pas un modèle de traduction utilisable&#xa0;: son tokeniseur (sentencepiece.model ou bpe.model) manque.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” is an empty zip archive, not a model package.</source>
        <translation>«&#xa0;{name}&#xa0;» est une archive zip vide, pas un paquet de modèle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” holds too many files ({count}) to be a model package.</source>
        <translation>«&#xa0;{name}&#xa0;» contient trop de fichiers ({count}) pour être un paquet de modèle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” was rejected as unsafe: {reason}.</source>
        <translation>«&#xa0;{name}&#xa0;» a été refusé car dangereux&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” was rejected as unsafe: it lists a file twice.</source>
        <translation>«&#xa0;{name}&#xa0;» a été refusé car dangereux&#xa0;: il contient deux fois le même fichier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” would unpack to {size}, more than the {limit} a model may take; it was rejected.</source>
        <translation>«&#xa0;{name}&#xa0;» occuperait {size} une fois décompressé, plus que les {limit} permis pour un modèle&#xa0;; il a été refusé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” is a “{type}” package, not a translation model.</source>
        <translation>«&#xa0;{name}&#xa0;» est un paquet «&#xa0;{type}&#xa0;», pas un modèle de traduction.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This package translates {source}→{target}; Vis-à-vis needs {need_source}→{need_target}.</source>
        <translation>Ce paquet traduit {source}→{target}&#xa0;; Vis-à-vis a besoin de {need_source}→{need_target}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>German</source>
        <translation>allemand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>espagnol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italian</source>
        <translation>italien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portuguese</source>
        <translation>portugais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dutch</source>
        <translation>néerlandais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsafe file name in the package: {name}</source>
        <translation>Nom de fichier dangereux dans le paquet&#xa0;: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The package holds more data than it declares; it was rejected.</source>
        <translation>Le paquet contient plus de données qu’il n’en déclare&#xa0;; il a été refusé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write in {folder}: {reason}</source>
        <translation>Impossible d’écrire dans {folder}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not install the model in {folder}: {reason}</source>
        <translation>Impossible d’installer le modèle dans {folder}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model was installed but cannot be read: {reason}</source>
        <translation>Le modèle a été installé mais ne peut pas être lu&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{folder} is not an installed model package; nothing was removed.</source>
        <translation>{folder} n’est pas un paquet de modèle installé&#xa0;; rien n’a été supprimé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not remove {name}: {reason}</source>
        <translation>Impossible de supprimer {name}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is not a Vis-à-vis library backup.</source>
        <translation>{name} n’est pas une sauvegarde de bibliothèque Vis-à-vis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not a Vis-à-vis library backup or is damaged ({reason}).</source>
        <translation>{name} n’est pas une sauvegarde de bibliothèque Vis-à-vis, ou elle est endommagée ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} was made by a newer version of Vis-à-vis; update to restore it.</source>
        <translation>{name} a été faite par une version plus récente de Vis-à-vis&#xa0;; mettez Vis-à-vis à jour pour la restaurer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} contains unexpected files; it was not restored.</source>
        <translation>{name} contient des fichiers inattendus&#xa0;; elle n’a pas été restaurée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} looks malformed (suspicious sizes); not restored.</source>
        <translation>{name} semble mal formée (tailles suspectes)&#xa0;; elle n’a pas été restaurée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is larger than it claims; not restored.</source>
        <translation>{name} est plus grande qu’elle ne le déclare&#xa0;; elle n’a pas été restaurée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is damaged and could not be read ({reason}).</source>
        <translation>{name} est endommagée et n’a pas pu être lue ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no backup file at {path}.</source>
        <translation>Il n’y a pas de fichier de sauvegarde à l’emplacement {path}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} was made by a newer version of Vis-à-vis; update to restore it. Your library was not changed.</source>
        <translation>{name} a été faite par une version plus récente de Vis-à-vis&#xa0;; mettez Vis-à-vis à jour pour la restaurer. Votre bibliothèque n’a pas été modifiée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is damaged: its library could not be read ({reason}). Your library was not changed.</source>
        <translation>{name} est endommagée&#xa0;: sa bibliothèque n’a pas pu être lue ({reason}). Votre bibliothèque n’a pas été modifiée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restoring {name} stopped ({reason}). What was restored so far is kept; restoring the backup again completes it without duplicates.</source>
        <translation>La restauration de {name} s’est arrêtée ({reason}). Ce qui a déjà été restauré est conservé&#xa0;; restaurer à nouveau la sauvegarde la complète sans doublons.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{url}” is not a server address (e.g. http://192.168.1.20:5000).</source>
        <translation>«&#xa0;{url}&#xa0;» n’est pas une adresse de serveur (par exemple http://192.168.1.20:5000).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{url}” has an invalid port.</source>
        <translation>«&#xa0;{url}&#xa0;» a un port non valide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The translation server {url} cannot be reached ({reason}).</source>
        <translation>Le serveur de traduction {url} est injoignable ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection to the translation server {url} was lost ({reason}).</source>
        <translation>La connexion au serveur de traduction {url} a été perdue ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The translation server {url} did not answer within {timeout:g} s.</source>
        <translation>Le serveur de traduction {url} n’a pas répondu en {timeout:g}&#xa0;s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{url} does not answer like a LibreTranslate server ({detail}).</source>
        <translation>{url} ne répond pas comme un serveur LibreTranslate ({detail}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The translation server is limiting requests ({detail}).</source>
        <translation>Le serveur de traduction limite les requêtes ({detail}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The translation server refused the API key ({detail}). Check the key in Preferences → Translation.</source>
        <translation>Le serveur de traduction a refusé la clé d’API ({detail}). Vérifiez la clé dans Préférences → Traduction.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The translation server refused the request ({detail}).</source>
        <translation>Le serveur de traduction a refusé la requête ({detail}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The translation server refused a request as too large ({detail}).</source>
        <translation>Le serveur de traduction a refusé une requête trop volumineuse ({detail}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The translation server needs an API key ({detail}). Enter it in Preferences → Translation.</source>
        <translation>Le serveur de traduction demande une clé d’API ({detail}). Saisissez-la dans Préférences → Traduction.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The translation server cannot translate French into English ({detail}).</source>
        <translation>Le serveur de traduction ne sait pas traduire du français vers l’anglais ({detail}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The translation server rejected the request ({detail}).</source>
        <translation>Le serveur de traduction a rejeté la requête ({detail}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The translation server failed ({detail}).</source>
        <translation>Le serveur de traduction a échoué ({detail}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The translation server answered {detail}.</source>
        <translation>Le serveur de traduction a répondu {detail}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The translation server {url} has no French → English model (its languages: {codes}).</source>
        <translation>Le serveur de traduction {url} n’a pas de modèle français → anglais (ses langues&#xa0;: {codes}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{error} Try again in about {seconds} s.</source>
        <translation>{error} Réessayez dans environ {seconds}&#xa0;s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{error} {note}</source>
        <translation>{error} {note}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Using the model installed on this computer instead.</source>
        <translation>Le modèle installé sur cet ordinateur prend le relais.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No model is installed on this computer to fall back on.</source>
        <translation>Aucun modèle n’est installé sur cet ordinateur pour prendre le relais.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The library file {path} is damaged or is not a Vis-à-vis library ({detail}). It was left untouched. You can start a new library; the old file is kept beside it so nothing is lost.</source>
        <translation>Le fichier de bibliothèque {path} est endommagé ou n’est pas une bibliothèque Vis-à-vis ({detail}). Il n’a pas été modifié. Vous pouvez commencer une nouvelle bibliothèque&#xa0;; l’ancien fichier est conservé à côté, rien n’est perdu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library {path} was created by a newer version of Vis-à-vis (schema version {version}). Update Vis-à-vis to open it; the library was left untouched.</source>
        <translation>La bibliothèque {path} a été créée par une version plus récente de Vis-à-vis (version de schéma {version}). Mettez Vis-à-vis à jour pour l’ouvrir&#xa0;; la bibliothèque n’a pas été modifiée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vis-à-vis could not update the library {path} to the new format (step {name}: {detail}). The library was left as it was.</source>
        <translation>Vis-à-vis n’a pas pu mettre la bibliothèque {path} au nouveau format (étape {name}&#xa0;: {detail}). La bibliothèque est restée telle qu’elle était.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file {path} is another program&apos;s SQLite database, not a Vis-à-vis library ({detail}). It was left untouched; choose another file for your library.</source>
        <translation>Le fichier {path} est la base SQLite d’un autre programme, pas une bibliothèque Vis-à-vis ({detail}). Il n’a pas été modifié&#xa0;; choisissez un autre fichier pour votre bibliothèque.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library {path} could not be read just now ({detail}). It is not damaged and was left untouched: try again, or open it read-only.</source>
        <translation>La bibliothèque {path} n’a pas pu être lue pour l’instant ({detail}). Elle n’est pas endommagée et n’a pas été modifiée&#xa0;: réessayez, ou ouvrez-la en lecture seule.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library {path} is locked by another program{by}, so Vis-à-vis cannot open it now. The library is not damaged and was left untouched: close the other program and try again, or open the library read-only.</source>
        <translation>La bibliothèque {path} est verrouillée par un autre programme{by}&#xa0;: Vis-à-vis ne peut pas l’ouvrir maintenant. Elle n’est pas endommagée et n’a pas été modifiée&#xa0;: fermez l’autre programme et réessayez, ou ouvrez la bibliothèque en lecture seule.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk holding the library {path} is full ({detail}), so Vis-à-vis cannot open it. The library is not damaged and was left untouched: free some space and try again, or open it read-only.</source>
        <translation>Le disque de la bibliothèque {path} est plein ({detail})&#xa0;: Vis-à-vis ne peut pas l’ouvrir. Elle n’est pas endommagée et n’a pas été modifiée&#xa0;: libérez de la place et réessayez, ou ouvrez-la en lecture seule.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library {path} is in a read-only folder or file ({detail}), so Vis-à-vis cannot write to it. The library is not damaged and was left untouched: open it read-only (what you change is not saved), or make the folder writable and try again.</source>
        <translation>La bibliothèque {path} est dans un dossier ou un fichier en lecture seule ({detail})&#xa0;: Vis-à-vis ne peut pas y écrire. Elle n’est pas endommagée et n’a pas été modifiée&#xa0;: ouvrez-la en lecture seule (vos modifications ne seront pas enregistrées), ou rendez le dossier accessible en écriture et réessayez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library {path} does not exist, so it cannot be opened read-only.</source>
        <translation>La bibliothèque {path} n’existe pas, elle ne peut donc pas être ouverte en lecture seule.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A glossary term needs at least one word.</source>
        <translation>Un terme du glossaire doit contenir au moins un mot.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>« {term} » is already in your glossary; edit that entry instead.</source>
        <translation>«&#xa0;{term}&#xa0;» est déjà dans votre glossaire&#xa0;; modifiez plutôt cette entrée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A glossary term cannot be empty.</source>
        <translation>Un terme du glossaire ne peut pas être vide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A glossary term is limited to {limit} characters; select a shorter phrase.</source>
        <translation>Un terme du glossaire est limité à {limit}&#xa0;caractères&#xa0;; sélectionnez une expression plus courte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English and note are limited to {limit} characters.</source>
        <translation>L’anglais et la note sont limités à {limit}&#xa0;caractères.</translation>
    </message>
</context>
<context>
    <name>CorrectionEditor</name>
    <message>
        <location filename="../../desktop/visavis/ui/reading/correction_editor.py" line="+35"/>
        <source>Correct translation</source>
        <translation>Corriger la traduction</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>French:</source>
        <translation>Français :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>French sentence</source>
        <translation>Phrase française</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your English:</source>
        <translation>Votre anglais :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your English</source>
        <translation>Votre anglais</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Correction saved.</source>
        <translation>Correction enregistrée.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Back to the machine translation.</source>
        <translation>Retour à la traduction automatique.</translation>
    </message>
</context>
<context>
    <name>DesktopFeature</name>
    <message>
        <location filename="../../desktop/visavis/ui/features/desktop/feature.py" line="+196"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Vis-à-vis</source>
        <translation>À &amp;propos de Vis-à-vis</translation>
    </message>
</context>
<context>
    <name>EditMode</name>
    <message>
        <location filename="../../desktop/visavis/ui/reading/edit_mode.py" line="+35"/>
        <source>Type or paste French text here (Markdown welcome).</source>
        <translation>Saisissez ou collez ici un texte en français (Markdown bienvenu).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit French</source>
        <translation>&amp;Modifier le français</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New text…</source>
        <translation>&amp;Nouveau texte…</translation>
    </message>
    <message>
        <location line="+70"/>
        <location line="+9"/>
        <source>New text</source>
        <translation>Nouveau texte</translation>
    </message>
</context>
<context>
    <name>EngineSettings</name>
    <message>
        <location filename="../../desktop/visavis/ui/features/models/engine_settings.py" line="+51"/>
        <source>French → English is available.</source>
        <translation>La traduction français → anglais est disponible.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This server has no French → English model.</source>
        <translation>Ce serveur n’a pas de modèle français → anglais.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no character limit</source>
        <translation>pas de limite de caractères</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} characters per text</source>
        <translation>{n} caractères par texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an API key is required</source>
        <translation>une clé d’API est exigée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API keys accepted</source>
        <translation>clés d’API acceptées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no API key needed</source>
        <translation>pas besoin de clé d’API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected: {count} languages ({codes}); {chars}; {key}. {pair}</source>
        <translation>Connecté : {count} langues ({codes}) ; {chars} ; {key}. {pair}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This computer (installed model)</source>
        <translation>Cet ordinateur (modèle installé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LibreTranslate server</source>
        <translation>Serveur LibreTranslate</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>http://192.168.1.20:5000</source>
        <translation>http://192.168.1.20:5000</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>optional</source>
        <translation>facultative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use this engine</source>
        <translation>Utiliser ce moteur</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Translate on:</source>
        <translation>Traduire sur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server &amp;address:</source>
        <translation>&amp;Adresse du serveur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;key:</source>
        <translation>Clé &amp;d’API :</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Connecting to {url}…</source>
        <translation>Connexion à {url}…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not saved: {error}</source>
        <translation>Non enregistré : {error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved: translations are made on this computer.</source>
        <translation>Enregistré : les traductions sont faites sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved; the API key is in the system keyring.</source>
        <translation>Enregistré ; la clé d’API est dans le trousseau du système.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved; the API key is in {path}, readable only by you (no system keyring here).</source>
        <translation>Enregistré ; la clé d’API est dans {path}, lisible par vous seul (pas de trousseau système ici).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>GlossaryFeature</name>
    <message>
        <location filename="../../desktop/visavis/ui/features/glossary/feature.py" line="+78"/>
        <source>No library is open</source>
        <translation>Aucune bibliothèque n’est ouverte</translation>
    </message>
    <message>
        <location line="+245"/>
        <source>Add to &amp;glossary…</source>
        <translation>Ajouter au &amp;glossaire…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Not added to the glossary: {error}</source>
        <translation>Non ajouté au glossaire : {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>« {term} » added to your glossary.</source>
        <translation>« {term} » ajouté à votre glossaire.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Glossary popup (pointer over a French word)</source>
        <translation>Fenêtre du glossaire (pointeur sur un mot français)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pin the popup</source>
        <translation>Épingler la fenêtre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the popup</source>
        <translation>Fermer la fenêtre</translation>
    </message>
</context>
<context>
    <name>GlossaryPopup</name>
    <message>
        <location filename="../../desktop/visavis/ui/features/glossary/popup.py" line="+28"/>
        <source>noun</source>
        <translation>nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>verb</source>
        <translation>verbe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verb (trans.)</source>
        <translation>verbe (trans.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verb (intrans.)</source>
        <translation>verbe (intrans.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adjective</source>
        <translation>adjectif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adverb</source>
        <translation>adverbe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>preposition</source>
        <translation>préposition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pronoun</source>
        <translation>pronom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conjunction</source>
        <translation>conjonction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>article</source>
        <translation>article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interjection</source>
        <translation>interjection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>determiner</source>
        <translation>déterminant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>proper noun</source>
        <translation>nom propre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phrase</source>
        <translation>locution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abbreviation</source>
        <translation>abréviation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>masculine</source>
        <translation>masculin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>feminine</source>
        <translation>féminin</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>lemma:</source>
        <translation>lemme :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>here:</source>
        <translation>ici :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your English:</source>
        <translation>votre anglais :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not in the dictionary</source>
        <translation>absent du dictionnaire</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>used here</source>
        <translation>sens ici</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Word details</source>
        <translation>Détails du mot</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+39"/>
        <source>P: pin to copy · Esc: close</source>
        <translation>P : épingler pour copier · Échap : fermer</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Say it</source>
        <translation>Prononcer</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Pinned — select text to copy · Esc: close</source>
        <translation>Épinglé — sélectionnez du texte pour le copier · Échap : fermer</translation>
    </message>
</context>
<context>
    <name>GlossaryView</name>
    <message>
        <location filename="../../desktop/visavis/ui/features/glossary/glossary_view.py" line="+33"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+86"/>
        <location line="+11"/>
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Search terms, English and notes…</source>
        <translation>Rechercher dans les termes, l’anglais et les notes…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the glossary</source>
        <translation>Rechercher dans le glossaire</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Glossary entries</source>
        <translation>Entrées du glossaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your glossary is empty. Right-click a word in the French text and choose “Add to glossary…”.</source>
        <translation>Votre glossaire est vide. Faites un clic droit sur un mot du texte français et choisissez « Ajouter au glossaire… ».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;Anki deck…</source>
        <translation>Exporter un paquet &amp;Anki…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Edit glossary entry</source>
        <translation>Modifier l’entrée du glossaire</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Delete « {term} » from your glossary?</source>
        <translation>Supprimer « {term} » de votre glossaire ?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Anki deck (*.apkg)</source>
        <translation>Paquet Anki (*.apkg)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the glossary</source>
        <translation>Exporter le glossaire</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported {count} terms to {path}.</source>
        <translation>{count} termes exportés vers {path}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The export failed: {error}</source>
        <translation>L’exportation a échoué : {error}</translation>
    </message>
</context>
<context>
    <name>HighlightToolbar</name>
    <message>
        <location filename="../../desktop/visavis/ui/features/annotations/highlight_toolbar.py" line="+46"/>
        <source>Highlight in {colour} ({key})</source>
        <translation>Surligner en {colour} ({key})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{colour} highlight</source>
        <translation>Surlignage {colour}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>Add note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Highlight and add a note (Ctrl+Shift+N)</source>
        <translation>Surligner et ajouter une note (Ctrl+Maj+N)</translation>
    </message>
</context>
<context>
    <name>IPlusOneDialog</name>
    <message>
        <location filename="../../desktop/visavis/ui/features/word_status/iplus1_dialog.py" line="+28"/>
        <source>(no English yet: open the article)</source>
        <translation>(pas encore d’anglais : ouvrez l’article)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sentences with one new word</source>
        <translation>Phrases avec un seul mot nouveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Looking through your library…</source>
        <translation>Recherche dans votre bibliothèque…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sentences</source>
        <translation>Phrases</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{count} sentences where you know every word but one:</source>
        <translation>{count} phrases dont vous connaissez tous les mots sauf un :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No sentence has exactly one new word yet: mark the words you know as you read.</source>
        <translation>Aucune phrase n’a encore exactement un mot nouveau : marquez les mots que vous connaissez en lisant.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The search failed: {error}</source>
        <translation>La recherche a échoué : {error}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/visavis/ui/features/importing/import_dialog.py" line="+42"/>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>espagnol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>German</source>
        <translation>allemand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italian</source>
        <translation>italien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portuguese</source>
        <translation>portugais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dutch</source>
        <translation>néerlandais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{count} paragraph is in {language} and will not be translated.</source>
        <translation>{count} paragraphe est en {language} et ne sera pas traduit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} paragraphs are in {language} and will not be translated.</source>
        <translation>{count} paragraphes sont en {language} et ne seront pas traduits.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pasted from the clipboard</source>
        <translation>Collé depuis le presse-papiers</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Import an article</source>
        <translation>Importer un article</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From:</source>
        <translation>Source :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language warning</source>
        <translation>Avertissement sur la langue</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This text looks {language}; Vis-à-vis translates French → English. Import anyway?</source>
        <translation>Ce texte semble être en {language} ; Vis-à-vis traduit du français vers l’anglais. L’importer quand même ?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Notes from the import</source>
        <translation>Remarques sur l’importation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import anyway</source>
        <translation>Importer quand même</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Beginning of the article:</source>
        <translation>Début de l’article :</translation>
    </message>
</context>
<context>
    <name>ImportFeature</name>
    <message>
        <location filename="../../desktop/visavis/ui/features/importing/feature.py" line="+41"/>
        <source>Articles ({patterns});;All files (*)</source>
        <translation>Articles ({patterns});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;Import file…</source>
        <translation>&amp;Importer un fichier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import from &amp;web…</source>
        <translation>Importer depuis le &amp;Web…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Paste as new article</source>
        <translation>&amp;Coller comme nouvel article</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+1"/>
        <source>Cancel import</source>
        <translation>Annuler l’importation</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import an article</source>
        <translation>Importer un article</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Importing {name}…</source>
        <translation>Importation de {name}…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Reading the clipboard…</source>
        <translation>Lecture du presse-papiers…</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+52"/>
        <location line="+33"/>
        <source>Import cancelled.</source>
        <translation>Importation annulée.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Imported into your library.</source>
        <translation>Importé dans votre bibliothèque.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This article was already in your library; opened it.</source>
        <translation>Cet article était déjà dans votre bibliothèque ; il a été ouvert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opened without saving: no library is open.</source>
        <translation>Ouvert sans enregistrement : aucune bibliothèque n’est ouverte.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The article could not be imported: {error}</source>
        <translation>Impossible d’importer l’article : {error}</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <location filename="../../desktop/visavis/ui/shell/launch.py" line="+134"/>
        <source>Your library is not damaged and is left as it is. You can try again, open it read-only (what you change is not saved) or continue without a library.</source>
        <translation>Votre bibliothèque n’est pas endommagée et reste telle quelle. Vous pouvez réessayer, l’ouvrir en lecture seule (vos modifications ne seront pas enregistrées) ou continuer sans bibliothèque.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open read-only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your file is left as it is. You can start a new, empty library (the old file is kept aside) or continue without a library.</source>
        <translation>Votre fichier reste tel quel. Vous pouvez commencer une nouvelle bibliothèque vide (l’ancien fichier est mis de côté) ou continuer sans bibliothèque.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a new library</source>
        <translation>Commencer une nouvelle bibliothèque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue without library</source>
        <translation>Continuer sans bibliothèque</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>{title} (read-only library)</source>
        <translation>{title} (bibliothèque en lecture seule)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The library is open read-only: what you change in this session is not saved.</source>
        <translation>La bibliothèque est ouverte en lecture seule&#xa0;: vos modifications de cette session ne seront pas enregistrées.</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>A new library could not be created: {error}</source>
        <translation>Impossible de créer une nouvelle bibliothèque : {error}</translation>
    </message>
</context>
<context>
    <name>LibraryFeature</name>
    <message>
        <location filename="../../desktop/visavis/ui/features/library/feature.py" line="+27"/>
        <source>Vis-à-vis library backup (*.visavis-backup.zip *.zip);;All files (*)</source>
        <translation>Sauvegarde de bibliothèque Vis-à-vis (*.visavis-backup.zip *.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>&amp;Library…</source>
        <translation>&amp;Bibliothèque…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo &amp;delete</source>
        <translation>Annuler la &amp;suppression</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Back up library…</source>
        <translation>&amp;Sauvegarder la bibliothèque…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore library…</source>
        <translation>Res&amp;taurer la bibliothèque…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No library is open</source>
        <translation>Aucune bibliothèque n’est ouverte</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Back up your library</source>
        <translation>Sauvegarder votre bibliothèque</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backing up the library…</source>
        <translation>Sauvegarde de la bibliothèque…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Library saved to {path}.</source>
        <translation>Bibliothèque sauvegardée dans {path}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore a library backup</source>
        <translation>Restaurer une sauvegarde de bibliothèque</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restoring the backup…</source>
        <translation>Restauration de la sauvegarde…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restored {added} articles ({already} were already in your library).</source>
        <translation>{added} articles restaurés ({already} étaient déjà dans votre bibliothèque).</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../desktop/visavis/ui/features/library/library_model.py" line="+41"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Match</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last opened</source>
        <translation>Dernière ouverture</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read</source>
        <translation>Lu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highlights</source>
        <translation>Surlignages</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Known</source>
        <translation>Connu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New words</source>
        <translation>Mots nouveaux</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Read {read} % · last position {position} %</source>
        <translation>Lu à {read} % · dernière position {position} %</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You know {percent} % of its words · {new} new words</source>
        <translation>Vous en connaissez {percent} % des mots · {new} mots nouveaux</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../desktop/visavis/ui/features/library/library_view.py" line="+189"/>
        <source>{highlights} · {notes} notes</source>
        <translation>{highlights} · {notes} notes</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../../desktop/visavis/ui/features/library/library_view.py" line="-119"/>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{count} article</source>
        <translation>{count} article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} articles</source>
        <translation>{count} articles</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Search titles, text, translations, notes…</source>
        <translation>Rechercher dans les titres, les textes, les traductions, les notes…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+254"/>
        <source>Undo delete</source>
        <translation>Annuler la suppression</translation>
    </message>
    <message>
        <location line="-209"/>
        <source>Library: {error}</source>
        <translation>Bibliothèque : {error}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>No article matches.</source>
        <translation>Aucun article ne correspond.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The trash is empty.</source>
        <translation>La corbeille est vide.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>{count} matching article</source>
        <translation>{count} article correspondant</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>I know ≥ 90 %</source>
        <translation>Je connais ≥ 90 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only articles whose words you know at 90 % or more</source>
        <translation>Seulement les articles dont vous connaissez au moins 90 % des mots</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>{count} matching articles</source>
        <translation>{count} articles correspondants</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} in the trash</source>
        <translation>{count} dans la corbeille</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Moved {count} article to the trash.</source>
        <translation>{count} article mis à la corbeille.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved {count} articles to the trash.</source>
        <translation>{count} articles mis à la corbeille.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restored {count} article.</source>
        <translation>{count} article restauré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored {count} articles.</source>
        <translation>{count} articles restaurés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to undo.</source>
        <translation>Rien à annuler.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete for good</source>
        <translation>Supprimer définitivement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {count} article for good, with its notes and highlights? This cannot be undone.</source>
        <translation>Supprimer définitivement {count} article, avec ses notes et surlignages ? Cette action est irréversible.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete {count} articles for good, with their notes and highlights? This cannot be undone.</source>
        <translation>Supprimer définitivement {count} articles, avec leurs notes et surlignages ? Cette action est irréversible.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Empty the trash</source>
        <translation>Vider la corbeille</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete every article in the trash for good? This cannot be undone.</source>
        <translation>Supprimer définitivement tous les articles de la corbeille ? Cette action est irréversible.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete for good…</source>
        <translation>Supprimer définitivement…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty the trash…</source>
        <translation>Vider la corbeille…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags…</source>
        <translation>Étiquettes…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move to trash</source>
        <translation>Mettre à la corbeille</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rename article</source>
        <translation>Renommer l’article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags, separated by commas (remove one to untag):</source>
        <translation>Étiquettes, séparées par des virgules (retirez-en une pour l’enlever) :</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/visavis/ui/shell/main_window.py" line="+39"/>
        <source>Articles (*.md *.markdown *.txt *.html *.htm *.epub);;All files (*)</source>
        <translation>Articles (*.md *.markdown *.txt *.html *.htm *.epub);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Opening {name}…</source>
        <translation>Ouverture de {name}…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Open an article</source>
        <translation>Ouvrir un article</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Install a translation model</source>
        <translation>Installer un modèle de traduction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Argos models (*.argosmodel);;All files (*)</source>
        <translation>Modèles Argos (*.argosmodel);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Installing the model…</source>
        <translation>Installation du modèle…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The model could not be installed: {error}</source>
        <translation>Impossible d’installer le modèle : {error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Model installed.</source>
        <translation>Modèle installé.</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Open from &amp;library</source>
        <translation>Ouvrir &amp;depuis la bibliothèque</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reset zoom</source>
        <translation>Ta&amp;ille réelle</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>No library is open</source>
        <translation>Aucune bibliothèque n’est ouverte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your library is empty</source>
        <translation>Votre bibliothèque est vide</translation>
    </message>
    <message>
        <location filename="../../desktop/visavis/ui/features/glossary/feature.py" line="-320"/>
        <source>&amp;Glossary…</source>
        <translation>&amp;Glossaire…</translation>
    </message>
</context>
<context>
    <name>ModelBanner</name>
    <message>
        <location filename="../../desktop/visavis/ui/shell/model_banner.py" line="+11"/>
        <source>No French → English model is installed.</source>
        <translation>Aucun modèle français → anglais n’est installé.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+19"/>
        <source>Install model from file…</source>
        <translation>Installer depuis un fichier…</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+19"/>
        <source>Download…</source>
        <translation>Télécharger…</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+17"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>ModelManagerDialog</name>
    <message>
        <location filename="../../desktop/visavis/ui/features/models/manager_dialog.py" line="+42"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Translation models</source>
        <translation>Modèles de traduction</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No translation model is installed yet. Install one from a file, or download the French → English model (about 100 MB).</source>
        <translation>Aucun modèle de traduction n’est encore installé. Installez-en un depuis un fichier, ou téléchargez le modèle français → anglais (environ 100 Mo).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Install from file…</source>
        <translation>Installer depuis un fichier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download French → English</source>
        <translation>Télécharger français → anglais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uninstall</source>
        <translation>Désinstaller</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Installed translation models</source>
        <translation>Modèles de traduction installés</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Translation settings</source>
        <translation>Réglages de la traduction</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Install a translation model</source>
        <translation>Installer un modèle de traduction</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>Installing {name}…</source>
        <translation>Installation de {name}…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Looking up the model index…</source>
        <translation>Consultation de l’index des modèles…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Uninstall model</source>
        <translation>Désinstaller le modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “{name}” ({size}) from this computer?</source>
        <translation>Retirer « {name} » ({size}) de cet ordinateur ?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Removing {name}…</source>
        <translation>Suppression de {name}…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{done} of {total} (%p%)</source>
        <translation>{done} sur {total} (%p %)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Removed “{name}” ({source} → {target}).</source>
        <translation>« {name} » supprimé ({source} → {target}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installed “{name}” ({source} → {target}).</source>
        <translation>« {name} » installé ({source} → {target}).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Download cancelled; it will resume where it stopped next time.</source>
        <translation>Téléchargement annulé ; il reprendra là où il s’est arrêté la prochaine fois.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled; nothing was installed.</source>
        <translation>Annulé ; rien n’a été installé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unexpected error: {error}</source>
        <translation>Erreur inattendue : {error}</translation>
    </message>
</context>
<context>
    <name>ModelManagerFeature</name>
    <message>
        <location filename="../../desktop/visavis/ui/features/models/feature.py" line="+59"/>
        <source>Translation &amp;models…</source>
        <translation>&amp;Modèles de traduction…</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../desktop/visavis/ui/features/annotations/note_dialog.py" line="+29"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your note…</source>
        <translation>Votre note…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note text</source>
        <translation>Texte de la note</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Notes are limited to {limit} characters.</source>
        <translation>Les notes sont limitées à {limit} caractères.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../desktop/visavis/ui/features/desktop/preferences_dialog.py" line="+51"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reading</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>French font:</source>
        <translation>Police du français :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French size:</source>
        <translation>Taille du français :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English font:</source>
        <translation>Police de l’anglais :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English size:</source>
        <translation>Taille de l’anglais :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line spacing:</source>
        <translation>Interligne :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Theme:</source>
        <translation>Thème :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface language:</source>
        <translation>Langue de l’interface :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menus and panel titles change language at once, other texts when next opened or at the next start.</source>
        <translation>Les menus et les titres des panneaux changent de langue tout de suite, les autres textes à leur prochaine ouverture ou au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <location filename="../../desktop/visavis/ui/features/read_aloud/feature.py" line="+96"/>
        <source>Read &amp;aloud</source>
        <translation>Lecture à voi&amp;x haute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show read-aloud &amp;toolbar</source>
        <translation>Afficher la &amp;barre de lecture</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+255"/>
        <source>&amp;Play</source>
        <translation>&amp;Lire</translation>
    </message>
    <message>
        <location line="-254"/>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;revious sentence</source>
        <translation>Phrase pré&amp;cédente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next sentence</source>
        <translation>Phrase &amp;suivante</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the &amp;French</source>
        <translation>Lire le &amp;français</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the &amp;English</source>
        <translation>Lire l’a&amp;nglais</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Install a Piper &amp;voice from a file…</source>
        <translation>Installer une &amp;voix Piper depuis un fichier…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Download a Piper voice…</source>
        <translation>&amp;Télécharger une voix Piper…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export a&amp;udio…</source>
        <translation>Exporter l’a&amp;udio…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+33"/>
        <source>Read aloud</source>
        <translation>Lecture à voix haute</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+7"/>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language read</source>
        <translation>Langue lue</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+235"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location line="-234"/>
        <location line="+234"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>Nothing to read aloud yet.</source>
        <translation>Rien à lire à voix haute pour l’instant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No English to read aloud yet.</source>
        <translation>Pas encore d’anglais à lire à voix haute.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../desktop/visavis/ui/features/read_aloud/voices.py" line="+64"/>
        <source>Read aloud: {error}</source>
        <translation>Lecture à voix haute : {error}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Each French sentence, then its English</source>
        <translation>Chaque phrase en français, puis son anglais</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Export audio</source>
        <translation>Exporter l’audio</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Read:</source>
        <translation>Lire :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>WAV audio (*.wav);;Ogg Vorbis audio (*.ogg)</source>
        <translation>Audio WAV (*.wav);;Audio Ogg Vorbis (*.ogg)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Exporting audio…</source>
        <translation>Exportation de l’audio…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Audio exported to {path}.</source>
        <translation>Audio exporté dans {path}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Audio export failed: {error}</source>
        <translation>L’exportation audio a échoué : {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exporting audio… {done}/{total}</source>
        <translation>Exportation de l’audio… {done}/{total}</translation>
    </message>
    <message>
        <location filename="../../desktop/visavis/ui/features/read_aloud/voices.py" line="-23"/>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Piper: {name}</source>
        <translation>Piper : {name}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Install a Piper voice</source>
        <translation>Installer une voix Piper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Piper voices (*.onnx *.onnx.json);;All files (*)</source>
        <translation>Voix Piper (*.onnx *.onnx.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Download a Piper voice</source>
        <translation>Télécharger une voix Piper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address of the voice&apos;s .onnx file (its .onnx.json is fetched beside it):</source>
        <translation>Adresse du fichier .onnx de la voix (son .onnx.json est téléchargé à côté) :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Installing the voice…</source>
        <translation>Installation de la voix…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Installing the voice… {done} / {total}</source>
        <translation>Installation de la voix… {done} / {total}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Voice {name} installed.</source>
        <translation>Voix {name} installée.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The voice could not be installed: {error}</source>
        <translation>La voix n’a pas pu être installée : {error}</translation>
    </message>
</context>
<context>
    <name>ReadingView</name>
    <message>
        <location filename="../../desktop/visavis/ui/reading/reading_view.py" line="+35"/>
        <source>Translating…</source>
        <translation>Traduction…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not translated: no model</source>
        <translation>Non traduit : aucun modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your correction — right-click to revert</source>
        <translation>Votre correction — clic droit pour revenir en arrière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not French — not translated</source>
        <translation>Pas en français — non traduit</translation>
    </message>
    <message>
        <location line="+270"/>
        <source>Correct translation…</source>
        <translation>Corriger la traduction…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revert to machine translation</source>
        <translation>Revenir à la traduction automatique</translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <location filename="../../desktop/visavis/ui/features/desktop/recent_files.py" line="+60"/>
        <location line="+3"/>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Vider le menu</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” no longer exists; it was removed from Open Recent.</source>
        <translation>« %1 » n’existe plus ; il a été retiré des fichiers récents.</translation>
    </message>
</context>
<context>
    <name>ReviewFeature</name>
    <message>
        <location filename="../../desktop/visavis/ui/features/review/feature.py" line="+44"/>
        <source>&amp;Review…</source>
        <translation>&amp;Révision…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Open the review (Tools → Review…)</source>
        <translation>Ouvrir la révision (Outils → Révision…)</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>No library is open</source>
        <translation>Aucune bibliothèque n’est ouverte</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Review: {n} due</source>
        <translation>Révision : {n} à revoir</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Exported {count} cards to {path}.</source>
        <translation>{count} cartes exportées vers {path}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No New or Learning terms to export.</source>
        <translation>Aucun terme Nouveau ou En apprentissage à exporter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Anki export to {path} failed: {error}</source>
        <translation>L’export Anki vers {path} a échoué : {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exporting review cards…</source>
        <translation>Export des cartes de révision…</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../../desktop/visavis/ui/features/review/card_html.py" line="+37"/>
        <source>(This sentence has no English yet: open its article to translate it.)</source>
        <translation>(Cette phrase n’a pas encore d’anglais : ouvrez son article pour la traduire.)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>From « {title} »</source>
        <translation>Tiré de « {title} »</translation>
    </message>
    <message>
        <location filename="../../desktop/visavis/ui/features/review/feature.py" line="-84"/>
        <location filename="../../desktop/visavis/ui/features/review/review_window.py" line="+122"/>
        <source>Loading the cards…</source>
        <translation>Chargement des cartes…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nothing to review yet. Mark words as New or Learning, or add terms to your glossary, while you read.</source>
        <translation>Rien à réviser pour l’instant. Marquez des mots comme Nouveaux ou En apprentissage, ou ajoutez des termes à votre glossaire, pendant la lecture.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All done for now. The next card is due in {interval}.</source>
        <translation>Terminé pour le moment. La prochaine carte est à revoir dans {interval}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All done for today.</source>
        <translation>Terminé pour aujourd’hui.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The review could not continue: {error}</source>
        <translation>La révision n’a pas pu continuer : {error}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export review cards to Anki</source>
        <translation>Exporter les cartes de révision vers Anki</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anki deck (*.apkg)</source>
        <translation>Paquet Anki (*.apkg)</translation>
    </message>
    <message>
        <location filename="../../desktop/visavis/ui/features/review/review_window.py" line="-87"/>
        <source>Again</source>
        <translation>À revoir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hard</source>
        <translation>Difficile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good</source>
        <translation>Correct</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Easy</source>
        <translation>Facile</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} h</source>
        <translation>{n} h</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} d</source>
        <translation>{n} j</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} mo</source>
        <translation>{n} mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} y</source>
        <translation>{n} an</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Review</source>
        <translation>Révision</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Blank the term</source>
        <translation>&amp;Masquer le terme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the term on the front (cloze) instead of showing it in bold</source>
        <translation>Masquer le terme au recto (texte à trous) au lieu de l’afficher en gras</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export to &amp;Anki…</source>
        <translation>Exporter vers &amp;Anki…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Review card</source>
        <translation>Carte de révision</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Show answer</source>
        <translation>&amp;Voir la réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space or Enter</source>
        <translation>Espace ou Entrée</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Key {key}</source>
        <translation>Touche {key}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{due} due · {new} new</source>
        <translation>{due} à revoir · {new} nouvelles</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop/visavis/ui/features/desktop/shortcuts_dialog.py" line="+83"/>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter by action or key…</source>
        <translation>Filtrer par action ou par touche…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
</context>
<context>
    <name>StatisticsWindow</name>
    <message>
        <location filename="../../desktop/visavis/ui/features/word_status/statistics_window.py" line="+78"/>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading your history…</source>
        <translation>Lecture de votre historique…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Known words over time</source>
        <translation>Mots connus au fil du temps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words read per day</source>
        <translation>Mots lus par jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words by status</source>
        <translation>Mots par statut</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>&lt;b&gt;{n}&lt;/b&gt; known word</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; mot connu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;{n}&lt;/b&gt; known words</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; mots connus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;{n}&lt;/b&gt; word read</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; mot lu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;{n}&lt;/b&gt; words read</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; mots lus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>streak: &lt;b&gt;{n}&lt;/b&gt; day</source>
        <translation>série&#xa0;: &lt;b&gt;{n}&lt;/b&gt; jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>streak: &lt;b&gt;{n}&lt;/b&gt; days</source>
        <translation>série&#xa0;: &lt;b&gt;{n}&lt;/b&gt; jours</translation>
    </message>
</context>
<context>
    <name>TermStatus</name>
    <message>
        <location filename="../../desktop/visavis/ui/features/word_status/popup_row.py" line="+25"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning 1</source>
        <translation>Apprentissage 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Learning 2</source>
        <translation>Apprentissage 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning 3</source>
        <translation>Apprentissage 3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Known</source>
        <translation>Connu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignored</source>
        <translation>Ignoré</translation>
    </message>
</context>
<context>
    <name>TranslationController</name>
    <message>
        <location filename="../../desktop/visavis/ui/reading/translation_controller.py" line="+63"/>
        <source>Translated {done} / {total} paragraphs</source>
        <translation>Traduit {done} / {total} paragraphes</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Loading model…</source>
        <translation>Chargement du modèle…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No French → English model is installed.</source>
        <translation>Aucun modèle français → anglais n’est installé.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The translation model could not be loaded: {error}</source>
        <translation>Impossible de charger le modèle de traduction : {error}</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Translation stopped: {error}</source>
        <translation>Traduction interrompue : {error}</translation>
    </message>
</context>
<context>
    <name>TranslationSettingsWidget</name>
    <message>
        <location filename="../../desktop/visavis/ui/common/translation_settings.py" line="+38"/>
        <source>Automatic (int8 on CPU)</source>
        <translation>Automatique (int8 sur le processeur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>int8 (fastest on CPU)</source>
        <translation>int8 (le plus rapide sur le processeur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>float32 (most precise, slowest)</source>
        <translation>float32 (le plus précis, le plus lent)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>More candidates per step: better translations, slower (Argos uses 4).</source>
        <translation>Plus de candidats à chaque étape : meilleures traductions, mais plus lentes (Argos en utilise 4).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU threads used by one translation; Automatic lets CTranslate2 choose.</source>
        <translation>Fils d’exécution du processeur utilisés par une traduction ; « Automatique » laisse CTranslate2 choisir.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Link French and English words (hover highlights)</source>
        <translation>Relier les mots français et anglais (mise en évidence au survol)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore defaults</source>
        <translation>Rétablir les valeurs par défaut</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Beam size:</source>
        <translation>&amp;Largeur du faisceau :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU &amp;threads:</source>
        <translation>&amp;Fils d’exécution :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Device:</source>
        <translation>&amp;Périphérique :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compute type:</source>
        <translation>Type de &amp;calcul :</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Not saved: {error}</source>
        <translation>Non enregistré : {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved; the model reloads with these settings.</source>
        <translation>Enregistré ; le modèle se recharge avec ces réglages.</translation>
    </message>
</context>
<context>
    <name>WebImportDialog</name>
    <message>
        <location filename="../../desktop/visavis/ui/features/importing/web_import_dialog.py" line="+43"/>
        <source>Import from the web</source>
        <translation>Importer depuis le Web</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Web address</source>
        <translation>Adresse Web</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Address of the French article:</source>
        <translation>&amp;Adresse de l’article en français :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Download progress</source>
        <translation>Progression du téléchargement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Download message</source>
        <translation>Message du téléchargement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Download</source>
        <translation>&amp;Télécharger</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Downloading… {size}</source>
        <translation>Téléchargement… {size}</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+14"/>
        <source>Download cancelled.</source>
        <translation>Téléchargement annulé.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The page could not be imported: {error}</source>
        <translation>Impossible d’importer la page : {error}</translation>
    </message>
</context>
<context>
    <name>WordStatus</name>
    <message>
        <location filename="../../desktop/visavis/ui/features/word_status/feature.py" line="+81"/>
        <source>Words of this article you know</source>
        <translation>Mots de cet article que vous connaissez</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Word status colours</source>
        <translation>&amp;Couleurs des statuts de mots</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>English on &amp;demand</source>
        <translation>Anglais à la &amp;demande</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Always show the English</source>
        <translation>Toujours afficher l’anglais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide each sentence until asked</source>
        <translation>Masquer chaque phrase jusqu’à la demande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only hard sentences (auto)</source>
        <translation>N’afficher que les phrases difficiles (auto)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Threshold for “auto”…</source>
        <translation>Seuil du mode « auto »…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the English of the current sentence</source>
        <translation>Afficher l’anglais de la phrase en cours</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Inter&amp;leaved French and English</source>
        <translation>Français et anglais &amp;entrelacés</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Word status</source>
        <translation>Statut des &amp;mots</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hovered word: new</source>
        <translation>Mot survolé : nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hovered word: next learning step</source>
        <translation>Mot survolé : étape d’apprentissage suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hovered word: known</source>
        <translation>Mot survolé : connu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hovered word: ignore</source>
        <translation>Mot survolé : ignorer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hovered word: unknown (automatic)</source>
        <translation>Mot survolé : inconnu (automatique)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mark the rest of the &amp;screen as known</source>
        <translation>Marquer le reste de l’é&amp;cran comme connu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark the rest of the &amp;article as known</source>
        <translation>Marquer le reste de l’&amp;article comme connu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo “mark as known”</source>
        <translation>Ann&amp;uler « marquer comme connu »</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mark the rest as known when I finish an article</source>
        <translation>Marquer le reste comme connu quand je finis un article</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sentences with &amp;one new word…</source>
        <translation>Phrases avec &amp;un seul mot nouveau…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Statistics…</source>
        <translation>S&amp;tatistiques…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import &amp;known words…</source>
        <translation>Importer des mots &amp;connus…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>English on demand</source>
        <translation>Anglais à la demande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the English of sentences with more than this share of words you do not know (%):</source>
        <translation>Afficher l’anglais des phrases dont la part de mots inconnus dépasse (%) :</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Word statuses: {error}</source>
        <translation>Statuts des mots : {error}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Status bar</source>
        <translation>Barre d’état</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resize the window</source>
        <translation>Redimensionner la fenêtre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You know {percent} % of this article · {new} new words</source>
        <translation>Vous connaissez {percent} % de cet article · {new} mots nouveaux</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>« {word} »: {status}</source>
        <translation>« {word} » : {status}</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>No unknown or new words left here.</source>
        <translation>Plus aucun mot inconnu ou nouveau ici.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} words marked as known — Edit › Word status › Undo</source>
        <translation>{count} mots marqués comme connus — Édition › Statut des mots › Annuler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} words of “{title}” marked as known — Edit › Word status › Undo</source>
        <translation>{count} mots de « {title} » marqués comme connus — Édition › Statut des mots › Annuler</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{count} words back to their status.</source>
        <translation>{count} mots ont retrouvé leur statut.</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Import known words</source>
        <translation>Importer des mots connus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word lists (*.txt *.csv *.tsv *.apkg *.colpkg);;All files (*)</source>
        <translation>Listes de mots (*.txt *.csv *.tsv *.apkg *.colpkg);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Importing known words…</source>
        <translation>Importation des mots connus…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{added} words added, {changed} changed, {kept} kept as they were</source>
        <translation>{added} mots ajoutés, {changed} modifiés, {kept} laissés tels quels</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; {count} lines skipped</source>
        <translation> ; {count} lignes ignorées</translation>
    </message>
    <message>
        <location filename="../../desktop/visavis/ui/features/word_status/interleaved.py" line="+43"/>
        <source>French and English, interleaved</source>
        <translation>Français et anglais, entrelacés</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>(not translated yet)</source>
        <translation>(pas encore traduit)</translation>
    </message>
</context>
<context>
    <name>WordStatusRow</name>
    <message>
        <location filename="../../desktop/visavis/ui/features/word_status/popup_row.py" line="-8"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Known</source>
        <translation>Connu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>this form only</source>
        <translation>cette forme seulement</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Status of « {key} »: {status}</source>
        <translation>Statut de « {key} » : {status}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(automatically)</source>
        <translation>(automatiquement)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>only « {form} »</source>
        <translation>seulement « {form} »</translation>
    </message>
</context>
</TS>
