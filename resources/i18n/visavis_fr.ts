<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/visavis/ui/about_dialog.py" line="+81"/>
        <source>no translation model installed</source>
        <translation>aucun modèle de traduction installé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translation model</source>
        <translation>Modèle de traduction</translation>
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
        <location filename="../../desktop/visavis/ui/features/desktop.py" line="+51"/>
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
    <name>DesktopFeature</name>
    <message>
        <location line="+193"/>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/visavis/ui/i18n.py" line="+34"/>
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
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New text…</source>
        <translation>&amp;Nouveau texte…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open from &amp;library</source>
        <translation>Ouvrir &amp;depuis la bibliothèque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset zoom</source>
        <translation>Ta&amp;ille réelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit French</source>
        <translation>&amp;Modifier le français</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translation &amp;models…</source>
        <translation>&amp;Modèles de traduction…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Library…</source>
        <translation>&amp;Bibliothèque…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back up library…</source>
        <translation>&amp;Sauvegarder la bibliothèque…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore library…</source>
        <translation>Res&amp;taurer la bibliothèque…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo &amp;delete</source>
        <translation>Annuler la &amp;suppression</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Glossary…</source>
        <translation>&amp;Glossaire…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;Markdown…</source>
        <translation>Exporter en &amp;Markdown…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export annotations (&amp;JSON-LD)…</source>
        <translation>Exporter les annotations (&amp;JSON-LD)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import annotations (JSON-LD)…</source>
        <translation>&amp;Importer des annotations (JSON-LD)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No library is open</source>
        <translation>Aucune bibliothèque n&apos;est ouverte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your library is empty</source>
        <translation>Votre bibliothèque est vide</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../desktop/visavis/ui/preferences_dialog.py" line="+154"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <translation>Police de l&apos;anglais :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English size:</source>
        <translation>Taille de l&apos;anglais :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line spacing:</source>
        <translation>Interligne :</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <translation>Langue de l&apos;interface :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menus change language at once, other texts at the next start.</source>
        <translation>Les menus changent de langue tout de suite, les autres textes au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <location filename="../../desktop/visavis/ui/recent_files.py" line="+60"/>
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
        <translation>« %1 » n&apos;existe plus ; il a été retiré des fichiers récents.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop/visavis/ui/shortcuts_dialog.py" line="+71"/>
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
</TS>
