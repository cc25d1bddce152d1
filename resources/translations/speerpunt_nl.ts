<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../desktop/ui/bundle_export.py" line="43"/>
        <location filename="../../desktop/ui/bundle_export.py" line="50"/>
        <location filename="../../desktop/ui/bundle_export.py" line="55"/>
        <source>BundleExport</source>
        <comment>Export findings bundle</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bundle_export.py" line="44"/>
        <source>BundleExport</source>
        <comment>Findings bundles (*%1)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bundle_export.py" line="51"/>
        <source>BundleExport</source>
        <comment>The bundle could not be written: %1</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bundle_export.py" line="56"/>
        <source>BundleExport</source>
        <comment>Wrote %1 (%2 findings, %3 kB). Send it to your colleague; they choose File → Merge with… to bring it into their project.</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>About</name>
    <message>
        <location filename="../../desktop/ui/help_dialogs.py" line="82"/>
        <source>About Speerpunt</source>
        <translation>Over Speerpunt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help_dialogs.py" line="83"/>
        <source>Speerpunt %1

Tag coalition agreements against your organisation&apos;s speerpunten and draft a formal reaction. Works offline; your project is one file.</source>
        <translation>Speerpunt %1

Tag coalitieakkoorden aan de speerpunten van uw organisatie en stel een formele reactie op. Werkt offline; uw project is één bestand.</translation>
    </message>
</context>
<context>
    <name>Assessment</name>
    <message>
        <location filename="../../desktop/ui/assessments.py" line="28"/>
        <source>Positive</source>
        <translation>Positief</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assessments.py" line="30"/>
        <source>Concern</source>
        <translation>Zorg</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assessments.py" line="31"/>
        <source>Missing</source>
        <translation>Ontbreekt</translation>
    </message>
</context>
<context>
    <name>BatchImport</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/batch_import.py" line="190"/>
        <source>Import %n documents</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_import.py" line="191"/>
        <source>Import progress</source>
        <translation>Voortgang van het importeren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_import.py" line="192"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_import.py" line="207"/>
        <source>File %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchSummaryDialog</name>
    <message>
        <location filename="../../desktop/ui/batch_import.py" line="283"/>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_import.py" line="284"/>
        <source>Import summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_import.py" line="285"/>
        <source>Imported and refused files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_import.py" line="286"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_import.py" line="286"/>
        <source>Cited as / reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/batch_import.py" line="287"/>
        <source>%n document(s) imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/batch_import.py" line="289"/>
        <source>%n file(s) not imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/batch_import.py" line="291"/>
        <source>cancelled, %n file(s) not read</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_import.py" line="293"/>
        <source>Check the short names and categories in the documents table: comparisons cite and group the agreements by them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_import.py" line="296"/>
        <source>Imported (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_import.py" line="297"/>
        <source>Not imported (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_import.py" line="298"/>
        <source>Not read, import cancelled (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_import.py" line="300"/>
        <source>&amp;Edit details…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoryEditor</name>
    <message>
        <location filename="../../desktop/ui/category_editor.py" line="53"/>
        <source>New category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/category_editor.py" line="54"/>
        <source>Type a category, Enter to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/category_editor.py" line="56"/>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/category_editor.py" line="57"/>
        <source>Category %1, press to remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CollectionDelegate</name>
    <message>
        <location filename="../../desktop/ui/collection_table.py" line="166"/>
        <source>G40, middelgroot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CollectionModel</name>
    <message>
        <location filename="../../desktop/ui/collection_table.py" line="126"/>
        <source>Short name</source>
        <translation>Korte naam</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collection_table.py" line="126"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collection_table.py" line="126"/>
        <source>Issuer</source>
        <translation>Opsteller</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collection_table.py" line="126"/>
        <source>Categories</source>
        <translation>Categorieën</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collection_table.py" line="127"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collection_table.py" line="127"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collection_table.py" line="127"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collection_table.py" line="127"/>
        <source>Parties</source>
        <translation>Partijen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collection_table.py" line="127"/>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collection_table.py" line="128"/>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
</context>
<context>
    <name>CollectionTable</name>
    <message>
        <location filename="../../desktop/ui/collection_table.py" line="239"/>
        <source>Documents table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collection_table.py" line="240"/>
        <source>Documents with their details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collection_table.py" line="241"/>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collection_table.py" line="243"/>
        <source>Show documents of category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collection_table.py" line="244"/>
        <source>&amp;Properties…</source>
        <translation>&amp;Eigenschappen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collection_table.py" line="245"/>
        <source>Edit all details of the selected document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collection_table.py" line="247"/>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collection_table.py" line="248"/>
        <source>No category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collection_table.py" line="285"/>
        <source>%1 of %2 documents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="43"/>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="44"/>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="58"/>
        <source>Speerpunt</source>
        <translation>Speerpunt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="45"/>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="46"/>
        <source>Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="47"/>
        <source>Reaction text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="48"/>
        <source>Project setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="49"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="56"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="57"/>
        <source>Assessment</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="59"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="60"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="61"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="62"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="63"/>
        <source>Colour</source>
        <translation>Kleur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="64"/>
        <source>Formulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="65"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="66"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="67"/>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="68"/>
        <source>Span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="69"/>
        <source>Quote</source>
        <translation>Citaat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="291"/>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="292"/>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="294"/>
        <source>You and a colleague changed the same thing before merging. The later change is in use (current version); the other one is kept here. Keep the current version, or restore the other one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="296"/>
        <source>Conflicts, with both versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="297"/>
        <source>Show resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="298"/>
        <source>Keep current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="299"/>
        <source>Keep the current version of the selected conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="300"/>
        <source>Restore other version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="301"/>
        <source>Restore the other version of the selected conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="340"/>
        <source>Not resolved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="345"/>
        <source>Restore other version</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/conflicts_dialog.py" line="346"/>
        <source>Replace the current version with the other one for %n conflict(s)? This cannot be undone with Undo (the backup made before the merge still holds the current version).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="361"/>
        <source>No open conflicts. They appear when a merge finds that you and a colleague both changed the same thing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/conflicts_dialog.py" line="364"/>
        <source>%n conflict(s). Double-click a finding to see its passage.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoverageModel</name>
    <message>
        <location filename="../../desktop/ui/coverage.py" line="89"/>
        <source>No finding yet: does the agreement address this? If not, mark it missing.</source>
        <translation>Nog geen bevinding: gaat het akkoord hierop in? Zo niet, markeer het als ontbrekend.</translation>
    </message>
</context>
<context>
    <name>CoverageView</name>
    <message>
        <location filename="../../desktop/ui/coverage.py" line="176"/>
        <source>Coverage</source>
        <translation>Dekking</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coverage.py" line="177"/>
        <source>Coverage of speerpunten per agreement</source>
        <translation>Dekking van speerpunten per akkoord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coverage.py" line="179"/>
        <source>%1  ·  amber hatching: no finding yet. Click a cell to see its findings.</source>
        <translation>%1  ·  oranje arcering: nog geen bevinding. Klik op een cel om de bevindingen te zien.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coverage.py" line="181"/>
        <source>Mark missing in this agreement…</source>
        <translation>Als ontbrekend markeren in dit akkoord…</translation>
    </message>
</context>
<context>
    <name>DocumentCommands</name>
    <message>
        <location filename="../../desktop/ui/commands/documents.py" line="21"/>
        <source>Change document details</source>
        <translation>Documentgegevens wijzigen</translation>
    </message>
</context>
<context>
    <name>DocumentImporter</name>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="169"/>
        <source>Import documents</source>
        <translation>Documenten importeren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="170"/>
        <source>Import progress</source>
        <translation>Voortgang van het importeren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="172"/>
        <source>Importing %1…</source>
        <translation>%1 importeren…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="173"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="201"/>
        <location filename="../../desktop/ui/import_flow.py" line="209"/>
        <location filename="../../desktop/ui/import_flow.py" line="211"/>
        <source>Not imported</source>
        <translation>Niet geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="212"/>
        <source>An unexpected error stopped the import: %1</source>
        <translation>Een onverwachte fout heeft het importeren gestopt: %1</translation>
    </message>
</context>
<context>
    <name>DocumentKind</name>
    <message>
        <location filename="../../desktop/ui/library_model.py" line="21"/>
        <source>Agreement</source>
        <translation>Akkoord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_model.py" line="23"/>
        <source>Position paper</source>
        <translation>Positiepaper</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_model.py" line="24"/>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
</context>
<context>
    <name>DocumentLibrary</name>
    <message>
        <location filename="../../desktop/ui/document_library.py" line="61"/>
        <source>Document library</source>
        <translation>Documentenbibliotheek</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/document_library.py" line="62"/>
        <source>Documents of the project</source>
        <translation>Documenten van het project</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/document_library.py" line="113"/>
        <source>Open &amp;left</source>
        <translation>&amp;Links openen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/document_library.py" line="115"/>
        <source>Open &amp;right</source>
        <translation>&amp;Rechts openen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/document_library.py" line="117"/>
        <source>&amp;Properties…</source>
        <translation>&amp;Eigenschappen…</translation>
    </message>
</context>
<context>
    <name>DocumentMargin</name>
    <message>
        <location filename="../../desktop/ui/document_margin.py" line="36"/>
        <source>Page numbers and speerpunt marks</source>
        <translation>Paginanummers en speerpuntmarkeringen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/document_margin.py" line="37"/>
        <source>p. %1</source>
        <translation>p. %1</translation>
    </message>
</context>
<context>
    <name>DocumentPane</name>
    <message>
        <location filename="../../desktop/ui/document_pane.py" line="129"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/document_pane.py" line="352"/>
        <source>Select text or click in a paragraph first</source>
        <translation>Selecteer eerst tekst of klik in een alinea</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/document_pane.py" line="388"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/document_pane.py" line="388"/>
        <source>Note on this finding:</source>
        <translation>Notitie bij deze bevinding:</translation>
    </message>
</context>
<context>
    <name>DocumentPropertiesDialog</name>
    <message>
        <location filename="../../desktop/ui/document_properties.py" line="80"/>
        <location filename="../../desktop/ui/document_properties.py" line="81"/>
        <source>Document properties</source>
        <translation>Documenteigenschappen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/document_properties.py" line="82"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/document_properties.py" line="83"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/document_properties.py" line="84"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/document_properties.py" line="86"/>
        <source>&amp;Short name:</source>
        <translation>&amp;Korte naam:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/document_properties.py" line="86"/>
        <source>Short name</source>
        <translation>Korte naam</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/document_properties.py" line="87"/>
        <source>How a comparison cites it, e.g. Almere</source>
        <translation>Hoe een vergelijking het noemt, bijv. Almere</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/document_properties.py" line="88"/>
        <source>&amp;Issuer:</source>
        <translation>&amp;Opsteller:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/document_properties.py" line="88"/>
        <source>Issuer</source>
        <translation>Opsteller</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/document_properties.py" line="88"/>
        <source>e.g. Gemeente Almere</source>
        <translation>bijv. Gemeente Almere</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/document_properties.py" line="89"/>
        <source>&amp;Categories:</source>
        <translation>&amp;Categorieën:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/document_properties.py" line="89"/>
        <source>Categories</source>
        <translation>Categorieën</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/document_properties.py" line="90"/>
        <source>Groups to compare by, e.g. G40, middelgroot, platteland</source>
        <translation>Groepen om op te vergelijken, bijv. G40, middelgroot, platteland</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/document_properties.py" line="91"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/document_properties.py" line="91"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/document_properties.py" line="91"/>
        <source>e.g. 2026-05-12</source>
        <translation>bijv. 2026-05-12</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/document_properties.py" line="92"/>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/document_properties.py" line="92"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/document_properties.py" line="92"/>
        <source>e.g. 2026-2030</source>
        <translation>bijv. 2026-2030</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/document_properties.py" line="93"/>
        <source>&amp;Parties:</source>
        <translation>P&amp;artijen:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/document_properties.py" line="93"/>
        <source>Parties</source>
        <translation>Partijen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/document_properties.py" line="93"/>
        <source>The coalition parties</source>
        <translation>De coalitiepartijen</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <location filename="../../desktop/ui/document_view.py" line="45"/>
        <source>Document text</source>
        <translation>Documenttekst</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../desktop/ui/find_bar.py" line="70"/>
        <location filename="../../desktop/ui/find_bar.py" line="71"/>
        <source>Find in document</source>
        <translation>Zoeken in document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/find_bar.py" line="72"/>
        <source>Text to find</source>
        <translation>Te zoeken tekst</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/find_bar.py" line="73"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorige treffer (Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/find_bar.py" line="74"/>
        <source>Previous match</source>
        <translation>Vorige treffer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/find_bar.py" line="75"/>
        <source>Next match (Enter)</source>
        <translation>Volgende treffer (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/find_bar.py" line="76"/>
        <source>Next match</source>
        <translation>Volgende treffer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/find_bar.py" line="77"/>
        <source>Close (Esc)</source>
        <translation>Sluiten (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/find_bar.py" line="78"/>
        <source>Close find bar</source>
        <translation>Zoekbalk sluiten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/find_bar.py" line="123"/>
        <source>No matches</source>
        <translation>Geen treffers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/find_bar.py" line="125"/>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
</context>
<context>
    <name>FindingCommands</name>
    <message>
        <location filename="../../desktop/ui/commands/findings.py" line="71"/>
        <source>Mark missing</source>
        <translation>Als ontbrekend markeren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands/findings.py" line="73"/>
        <source>Add finding</source>
        <translation>Bevinding toevoegen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands/findings.py" line="132"/>
        <source>Edit note</source>
        <translation>Notitie bewerken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands/findings.py" line="134"/>
        <source>Change assessment</source>
        <translation>Beoordeling wijzigen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands/findings.py" line="136"/>
        <source>Change speerpunt</source>
        <translation>Speerpunt wijzigen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands/findings.py" line="138"/>
        <source>Edit finding</source>
        <translation>Bevinding bewerken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands/findings.py" line="168"/>
        <source>Delete finding</source>
        <translation>Bevinding verwijderen</translation>
    </message>
</context>
<context>
    <name>FindingMenu</name>
    <message>
        <location filename="../../desktop/ui/finding_menu.py" line="27"/>
        <source>Finding actions</source>
        <translation>Acties voor bevinding</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/finding_menu.py" line="31"/>
        <source>Tag selection…</source>
        <translation>Selectie taggen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/finding_menu.py" line="32"/>
        <source>Find…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/finding_menu.py" line="37"/>
        <source>Select finding</source>
        <translation>Bevinding selecteren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/finding_menu.py" line="39"/>
        <source>Edit note…</source>
        <translation>Notitie bewerken…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/finding_menu.py" line="40"/>
        <source>Change assessment</source>
        <translation>Beoordeling wijzigen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/finding_menu.py" line="46"/>
        <source>Delete finding</source>
        <translation>Bevinding verwijderen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/finding_menu.py" line="51"/>
        <source>Change speerpunt</source>
        <translation>Speerpunt wijzigen</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../desktop/ui/findings_model.py" line="136"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_model.py" line="136"/>
        <source>Page</source>
        <translation>Pagina</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_model.py" line="136"/>
        <source>Quote</source>
        <translation>Citaat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_model.py" line="136"/>
        <source>Speerpunt</source>
        <translation>Speerpunt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_model.py" line="136"/>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_model.py" line="137"/>
        <source>Assessment</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_model.py" line="137"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_model.py" line="137"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_model.py" line="137"/>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_model.py" line="155"/>
        <source>Missing in this agreement: no passage</source>
        <translation>Ontbreekt in dit akkoord: geen passage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_model.py" line="183"/>
        <source>(not in the agreement)</source>
        <translation>(niet in het akkoord)</translation>
    </message>
</context>
<context>
    <name>FindingsTable</name>
    <message>
        <location filename="../../desktop/ui/findings_table.py" line="157"/>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_table.py" line="158"/>
        <source>Findings table</source>
        <translation>Tabel met bevindingen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_table.py" line="159"/>
        <source>Filter: quote, note, speerpunt…</source>
        <translation>Filter: citaat, notitie, speerpunt…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_table.py" line="160"/>
        <source>Filter findings by text</source>
        <translation>Bevindingen filteren op tekst</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_table.py" line="161"/>
        <source>Filter by document</source>
        <translation>Filteren op document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_table.py" line="162"/>
        <source>Filter by theme</source>
        <translation>Filteren op thema</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_table.py" line="163"/>
        <source>Filter by speerpunt</source>
        <translation>Filteren op speerpunt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_table.py" line="164"/>
        <source>Filter by assessment</source>
        <translation>Filteren op beoordeling</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_table.py" line="165"/>
        <source>Filter by author</source>
        <translation>Filteren op auteur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_table.py" line="166"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_table.py" line="167"/>
        <source>Re-tag to speerpunt…</source>
        <translation>Ander speerpunt kiezen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_table.py" line="168"/>
        <source>Show in document</source>
        <translation>Tonen in document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_table.py" line="181"/>
        <source>All documents</source>
        <translation>Alle documenten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_table.py" line="183"/>
        <source>All themes</source>
        <translation>Alle thema&apos;s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_table.py" line="184"/>
        <source>All speerpunten</source>
        <translation>Alle speerpunten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_table.py" line="186"/>
        <source>All assessments</source>
        <translation>Alle beoordelingen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_table.py" line="188"/>
        <source>All authors</source>
        <translation>Alle auteurs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_table.py" line="222"/>
        <source>1 finding</source>
        <translation>1 bevinding</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/findings_table.py" line="224"/>
        <source>%n findings</source>
        <translation>
            <numerusform>%n bevindingen</numerusform>
            <numerusform>%n bevindingen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_table.py" line="226"/>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_table.py" line="295"/>
        <source>Re-tag finding</source>
        <translation>Bevinding ander speerpunt geven</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/findings_table.py" line="297"/>
        <source>Re-tag %n findings</source>
        <translation>
            <numerusform>%n bevindingen ander speerpunt geven</numerusform>
            <numerusform>%n bevindingen ander speerpunt geven</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_table.py" line="306"/>
        <source>Re-tag</source>
        <translation>Ander speerpunt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_table.py" line="306"/>
        <source>Move the findings to speerpunt:</source>
        <translation>De bevindingen verplaatsen naar speerpunt:</translation>
    </message>
</context>
<context>
    <name>FrameworkCommands</name>
    <message>
        <location filename="../../desktop/ui/commands/frameworks.py" line="72"/>
        <source>Add theme</source>
        <translation>Thema toevoegen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands/frameworks.py" line="93"/>
        <source>Add speerpunt</source>
        <translation>Speerpunt toevoegen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands/frameworks.py" line="150"/>
        <source>Change colour</source>
        <translation>Kleur wijzigen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands/frameworks.py" line="151"/>
        <source>Rename</source>
        <translation>Naam wijzigen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands/frameworks.py" line="156"/>
        <source>Move theme</source>
        <translation>Thema verplaatsen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands/frameworks.py" line="177"/>
        <source>Move speerpunt</source>
        <translation>Speerpunt verplaatsen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands/frameworks.py" line="217"/>
        <source>Delete theme</source>
        <translation>Thema verwijderen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands/frameworks.py" line="233"/>
        <source>Delete speerpunt</source>
        <translation>Speerpunt verwijderen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands/frameworks.py" line="250"/>
        <source>Import framework</source>
        <translation>Kader importeren</translation>
    </message>
</context>
<context>
    <name>FrameworkModel</name>
    <message>
        <location filename="../../desktop/ui/framework_model.py" line="182"/>
        <source>Speerpunt</source>
        <translation>Speerpunt</translation>
    </message>
</context>
<context>
    <name>FrameworkTree</name>
    <message>
        <location filename="../../desktop/ui/framework_tree.py" line="103"/>
        <source>Speerpunten</source>
        <translation>Speerpunten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/framework_tree.py" line="104"/>
        <source>Themes and speerpunten</source>
        <translation>Thema&apos;s en speerpunten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/framework_tree.py" line="105"/>
        <location filename="../../desktop/ui/framework_tree.py" line="106"/>
        <source>Count findings in</source>
        <translation>Bevindingen tellen in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/framework_tree.py" line="107"/>
        <source>Add theme</source>
        <translation>Thema toevoegen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/framework_tree.py" line="108"/>
        <source>Add speerpunt</source>
        <translation>Speerpunt toevoegen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/framework_tree.py" line="109"/>
        <source>Rename</source>
        <translation>Naam wijzigen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/framework_tree.py" line="110"/>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/framework_tree.py" line="111"/>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/framework_tree.py" line="112"/>
        <source>Colour…</source>
        <translation>Kleur…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/framework_tree.py" line="113"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/framework_tree.py" line="114"/>
        <source>Mark missing in agreement…</source>
        <translation>Als ontbrekend markeren in akkoord…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/framework_tree.py" line="115"/>
        <source>Propose from position paper…</source>
        <translation>Voorstel maken uit positiepaper…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/framework_tree.py" line="116"/>
        <source>Import framework file…</source>
        <translation>Kaderbestand importeren…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/framework_tree.py" line="129"/>
        <source>Findings in all documents</source>
        <translation>Bevindingen in alle documenten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/framework_tree.py" line="132"/>
        <source>Findings in %1</source>
        <translation>Bevindingen in %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/framework_tree.py" line="206"/>
        <source>New theme</source>
        <translation>Nieuw thema</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/framework_tree.py" line="222"/>
        <source>New speerpunt</source>
        <translation>Nieuw speerpunt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/framework_tree.py" line="272"/>
        <source>Colour</source>
        <translation>Kleur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/framework_tree.py" line="317"/>
        <source>Propose from position paper</source>
        <translation>Voorstel maken uit positiepaper</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/framework_tree.py" line="318"/>
        <source>Import your position paper first (as a position paper).</source>
        <translation>Importeer eerst uw positiepaper (als positiepaper).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/framework_tree.py" line="347"/>
        <location filename="../../desktop/ui/framework_tree.py" line="353"/>
        <source>Import framework file</source>
        <translation>Kaderbestand importeren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/framework_tree.py" line="353"/>
        <source>Framework files (*.yaml *.yml *.md *.txt)</source>
        <translation>Kaderbestanden (*.yaml *.yml *.md *.txt)</translation>
    </message>
</context>
<context>
    <name>Highlights</name>
    <message>
        <location filename="../../desktop/ui/highlights.py" line="37"/>
        <source>Positive</source>
        <translation>Positief</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/highlights.py" line="38"/>
        <source>Concern</source>
        <translation>Zorg</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/highlights.py" line="39"/>
        <source>Missing</source>
        <translation>Ontbreekt</translation>
    </message>
</context>
<context>
    <name>ImportKindDialog</name>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="107"/>
        <location filename="../../desktop/ui/import_flow.py" line="108"/>
        <source>Import documents</source>
        <translation>Documenten importeren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="110"/>
        <source>What kind of document is this?</source>
        <translation>Wat voor document is dit?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="112"/>
        <source>What kind of documents are these?</source>
        <translation>Wat voor documenten zijn dit?</translation>
    </message>
</context>
<context>
    <name>KindCombo</name>
    <message>
        <location filename="../../desktop/ui/document_properties.py" line="30"/>
        <source>Kind of document</source>
        <translation>Soort document</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../desktop/ui/library_model.py" line="88"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_model.py" line="89"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_model.py" line="90"/>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_model.py" line="91"/>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../../desktop/ui/main_actions.py" line="78"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_actions.py" line="79"/>
        <source>&amp;New project…</source>
        <translation>&amp;Nieuw project…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_actions.py" line="80"/>
        <source>&amp;Open project…</source>
        <translation>Project &amp;openen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_actions.py" line="81"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_actions.py" line="82"/>
        <source>&amp;Import documents…</source>
        <translation>Documenten &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_actions.py" line="83"/>
        <source>&amp;Close project</source>
        <translation>Project &amp;sluiten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_actions.py" line="84"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_actions.py" line="85"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_actions.py" line="86"/>
        <source>&amp;Find in document…</source>
        <translation>&amp;Zoeken in document…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_actions.py" line="87"/>
        <source>&amp;Tag selection…</source>
        <translation>Selectie &amp;taggen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_actions.py" line="88"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_actions.py" line="89"/>
        <source>&amp;View</source>
        <translation>&amp;Beeld</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_actions.py" line="90"/>
        <source>&amp;Third document pane</source>
        <translation>&amp;Derde documentvenster</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_actions.py" line="92"/>
        <source>Go to document pane &amp;%1</source>
        <translation>Naar documentvenster &amp;%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_actions.py" line="93"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_actions.py" line="94"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_actions.py" line="95"/>
        <source>&amp;About Speerpunt</source>
        <translation>&amp;Over Speerpunt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_actions.py" line="100"/>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Ongedaan maken: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_actions.py" line="100"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_actions.py" line="101"/>
        <source>&amp;Redo: %1</source>
        <translation>O&amp;pnieuw: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_actions.py" line="101"/>
        <source>&amp;Redo</source>
        <translation>O&amp;pnieuw</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="87"/>
        <source>Speerpunt main window</source>
        <translation>Hoofdvenster van Speerpunt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="89"/>
        <source>Speerpunt</source>
        <translation>Speerpunt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="91"/>
        <source>%1 — Speerpunt</source>
        <translation>%1 — Speerpunt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="92"/>
        <source>Analyst: %1</source>
        <translation>Analist: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="167"/>
        <source>No recent projects</source>
        <translation>Geen recente projecten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="183"/>
        <source>Cannot open the project</source>
        <translation>Kan het project niet openen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="299"/>
        <source>Cannot create the project</source>
        <translation>Kan het project niet aanmaken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="312"/>
        <source>Cannot open the demo project</source>
        <translation>Kan het demoproject niet openen</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="40"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="41"/>
        <source>Frameworks</source>
        <translation>Kaders</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="42"/>
        <source>Themes</source>
        <translation>Thema&apos;s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="43"/>
        <source>Speerpunten</source>
        <translation>Speerpunten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="44"/>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="45"/>
        <source>Reaction texts</source>
        <translation>Reactieteksten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="46"/>
        <source>Project settings</source>
        <translation>Projectinstellingen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="143"/>
        <location filename="../../desktop/ui/merge_dialog.py" line="144"/>
        <source>Merge with another project</source>
        <translation>Samenvoegen met een ander project</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="146"/>
        <source>Bring a colleague&apos;s work into this project: their project file (.speerpunt) or the findings bundle they sent you (.spbundle). Nothing is removed; where you both changed the same thing, the later change wins and the other version is kept under Review → Conflicts. A backup is made first.</source>
        <translation>Haal het werk van een collega in dit project: het projectbestand (.speerpunt) of de bundel met bevindingen die u is toegestuurd (.spbundle). Er wordt niets verwijderd; waar u allebei hetzelfde hebt gewijzigd, wint de laatste wijziging en blijft de andere versie bewaard onder Review → Conflicten. Eerst wordt een back-up gemaakt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="150"/>
        <source>Project file or findings bundle</source>
        <translation>Projectbestand of bundel met bevindingen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="151"/>
        <source>File to merge</source>
        <translation>Bestand om samen te voegen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="152"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="153"/>
        <source>Choose the file to merge</source>
        <translation>Kies het bestand om samen te voegen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="154"/>
        <source>Merge</source>
        <translation>Samenvoegen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="155"/>
        <source>Show conflicts…</source>
        <translation>Conflicten tonen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="156"/>
        <source>Merging</source>
        <translation>Bezig met samenvoegen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="157"/>
        <source>What the merge changed</source>
        <translation>Wat het samenvoegen heeft veranderd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="159"/>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="159"/>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="159"/>
        <source>Unchanged</source>
        <translation>Ongewijzigd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="159"/>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="160"/>
        <source>Merge result</source>
        <translation>Resultaat van het samenvoegen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="161"/>
        <source>Merge details</source>
        <translation>Details van het samenvoegen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="167"/>
        <source>Merge with</source>
        <translation>Samenvoegen met</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="168"/>
        <source>Speerpunt projects and bundles (*.speerpunt *%1);;All files (*)</source>
        <translation>Speerpunt-projecten en -bundels (*.speerpunt *%1);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="185"/>
        <source>Merging %1…</source>
        <translation>%1 samenvoegen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="208"/>
        <source>Not merged: %1. Nothing was changed.</source>
        <translation>Niet samengevoegd: %1. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="210"/>
        <source>Not merged because of an error in Speerpunt (%1). Nothing was changed; please report this.</source>
        <translation>Niet samengevoegd door een fout in Speerpunt (%1). Er is niets gewijzigd; meld dit alstublieft.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="216"/>
        <source>Merged %1: %2 added, %3 updated.</source>
        <translation>%1 samengevoegd: %2 toegevoegd, %3 bijgewerkt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="219"/>
        <source>Merged %1: this project already had everything in it.</source>
        <translation>%1 samengevoegd: dit project bevatte alles al.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/merge_dialog.py" line="239"/>
        <source>%n conflict(s): you both changed the same thing. The later version is in use; the other one waits under Review → Conflicts.</source>
        <translation>
            <numerusform>%n conflict(en): u hebt allebei hetzelfde gewijzigd. De laatste versie is in gebruik; de andere wacht onder Review → Conflicten.</numerusform>
            <numerusform>%n conflict(en): u hebt allebei hetzelfde gewijzigd. De laatste versie is in gebruik; de andere wacht onder Review → Conflicten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="242"/>
        <source>Renamed speerpunt or theme: %1</source>
        <translation>Hernoemd speerpunt of thema: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="244"/>
        <source>Documents only in the bundle (not copied; import them to see them): %1</source>
        <translation>Documenten die alleen in de bundel staan (niet gekopieerd; importeer ze om ze te zien): %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="247"/>
        <source>Backup made before the merge: %1 (File → Restore backup… undoes the merge)</source>
        <translation>Back-up gemaakt vóór het samenvoegen: %1 (Bestand → Back-up terugzetten… maakt het samenvoegen ongedaan)</translation>
    </message>
</context>
<context>
    <name>MissingDialog</name>
    <message>
        <location filename="../../desktop/ui/missing_dialog.py" line="104"/>
        <location filename="../../desktop/ui/missing_dialog.py" line="105"/>
        <source>Mark missing in agreement</source>
        <translation>Als ontbrekend markeren in akkoord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/missing_dialog.py" line="107"/>
        <source>The agreement does not address &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Het akkoord gaat niet in op &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/missing_dialog.py" line="111"/>
        <source>&amp;Agreement:</source>
        <translation>&amp;Akkoord:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/missing_dialog.py" line="112"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/missing_dialog.py" line="113"/>
        <source>Agreement</source>
        <translation>Akkoord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/missing_dialog.py" line="114"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/missing_dialog.py" line="115"/>
        <source>What is missing, and what you ask for instead</source>
        <translation>Wat ontbreekt, en wat u in plaats daarvan vraagt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/missing_dialog.py" line="116"/>
        <source>&amp;Quote a passage of the position paper</source>
        <translation>Een passage uit het positiepaper &amp;citeren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/missing_dialog.py" line="117"/>
        <source>Position paper</source>
        <translation>Positiepaper</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/missing_dialog.py" line="118"/>
        <source>Find a passage…</source>
        <translation>Een passage zoeken…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/missing_dialog.py" line="119"/>
        <source>Find a passage</source>
        <translation>Een passage zoeken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/missing_dialog.py" line="120"/>
        <source>Passages of the position paper</source>
        <translation>Passages van het positiepaper</translation>
    </message>
</context>
<context>
    <name>NamePrompt</name>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="98"/>
        <source>Welcome to Speerpunt</source>
        <translation>Welkom bij Speerpunt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="99"/>
        <location filename="../../desktop/ui/preferences.py" line="103"/>
        <source>Your name</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="100"/>
        <source>What is your name? It is recorded with every finding you make, so colleagues can see who tagged what. You can change it later under Preferences.</source>
        <translation>Wat is uw naam? Die wordt vastgelegd bij elke bevinding die u maakt, zodat collega&apos;s zien wie wat heeft getagd. U kunt hem later wijzigen onder Voorkeuren.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="104"/>
        <source>First name and surname</source>
        <translation>Voornaam en achternaam</translation>
    </message>
</context>
<context>
    <name>OutlineView</name>
    <message>
        <location filename="../../desktop/ui/outline.py" line="116"/>
        <source>Outline</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outline.py" line="117"/>
        <source>Headings of the document; click one to jump to it</source>
        <translation>Koppen van het document; klik op een kop om ernaartoe te gaan</translation>
    </message>
</context>
<context>
    <name>PaneArea</name>
    <message>
        <location filename="../../desktop/ui/pane_area.py" line="95"/>
        <source>Documents side by side</source>
        <translation>Documenten naast elkaar</translation>
    </message>
</context>
<context>
    <name>PaneFrame</name>
    <message>
        <location filename="../../desktop/ui/pane_area.py" line="41"/>
        <source>Document pane %1</source>
        <translation>Documentvenster %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pane_area.py" line="47"/>
        <source>No document open: double-click one in the document library</source>
        <translation>Geen document geopend: dubbelklik op een document in de bibliotheek</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="55"/>
        <location filename="../../desktop/ui/preferences.py" line="56"/>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="57"/>
        <source>Your &amp;name:</source>
        <translation>Uw &amp;naam:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="58"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="59"/>
        <source>Document text &amp;size:</source>
        <translation>&amp;Tekstgrootte van documenten:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="60"/>
        <source>Your name</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="61"/>
        <source>Recorded with every finding you make</source>
        <translation>Vastgelegd bij elke bevinding die u maakt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="62"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="63"/>
        <source>Document text size</source>
        <translation>Tekstgrootte van documenten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="64"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="65"/>
        <source>System default</source>
        <translation>Standaard van het systeem</translation>
    </message>
</context>
<context>
    <name>ProjectFiles</name>
    <message>
        <location filename="../../desktop/ui/project_files.py" line="16"/>
        <source>Speerpunt projects (*%1)</source>
        <translation>Speerpunt-projecten (*%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/project_files.py" line="26"/>
        <source>New project</source>
        <translation>Nieuw project</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/project_files.py" line="35"/>
        <source>Open project</source>
        <translation>Project openen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/project_files.py" line="42"/>
        <source>Import documents</source>
        <translation>Documenten importeren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/project_files.py" line="44"/>
        <source>Documents (*.pdf *.docx *.txt *.md *.markdown)</source>
        <translation>Documenten (*.pdf *.docx *.txt *.md *.markdown)</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <location filename="../../desktop/ui/framework_dialogs.py" line="147"/>
        <location filename="../../desktop/ui/framework_dialogs.py" line="148"/>
        <source>Proposed framework</source>
        <translation>Voorgesteld kader</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/framework_dialogs.py" line="150"/>
        <source>Speerpunt found these themes and speerpunten in the position paper. Untick what is not a speerpunt and double-click a title to correct it; you can also edit the framework later.</source>
        <translation>Speerpunt vond deze thema&apos;s en speerpunten in het positiepaper. Vink uit wat geen speerpunt is en dubbelklik op een titel om die te verbeteren; u kunt het kader ook later nog bewerken.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/framework_dialogs.py" line="153"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/framework_dialogs.py" line="154"/>
        <source>Framework name</source>
        <translation>Naam van het kader</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/framework_dialogs.py" line="155"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/framework_dialogs.py" line="155"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/framework_dialogs.py" line="156"/>
        <source>Proposed themes and speerpunten</source>
        <translation>Voorgestelde thema&apos;s en speerpunten</translation>
    </message>
</context>
<context>
    <name>ReactionCommands</name>
    <message>
        <location filename="../../desktop/ui/commands/reactions.py" line="45"/>
        <source>Edit reaction %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands/reactions.py" line="75"/>
        <source>Draft reaction %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands/reactions.py" line="110"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../../desktop/ui/framework_dialogs.py" line="67"/>
        <location filename="../../desktop/ui/framework_dialogs.py" line="68"/>
        <source>Delete speerpunt</source>
        <translation>Speerpunt verwijderen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/framework_dialogs.py" line="71"/>
        <source>“%1” has one finding. Where should it go?</source>
        <translation>“%1” heeft één bevinding. Waar moet die heen?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/framework_dialogs.py" line="73"/>
        <source>“%1” has %n findings. Where should they go?</source>
        <translation>
            <numerusform>“%1” heeft %n bevindingen. Waar moeten die heen?</numerusform>
            <numerusform>“%1” heeft %n bevindingen. Waar moeten die heen?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/framework_dialogs.py" line="75"/>
        <source>&amp;Move them to:</source>
        <translation>&amp;Verplaatsen naar:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/framework_dialogs.py" line="76"/>
        <source>Speerpunt to move the findings to</source>
        <translation>Speerpunt waar de bevindingen heen gaan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/framework_dialogs.py" line="77"/>
        <source>&amp;Delete them with the speerpunt</source>
        <translation>Samen met het speerpunt &amp;verwijderen</translation>
    </message>
</context>
<context>
    <name>RestoreBackup</name>
    <message>
        <location filename="../../desktop/ui/restore_backup_dialog.py" line="30"/>
        <source>Before a merge</source>
        <translation>Vóór samenvoegen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/restore_backup_dialog.py" line="32"/>
        <source>Before restoring a backup</source>
        <translation>Vóór het terugzetten van een back-up</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/restore_backup_dialog.py" line="34"/>
        <source>Automatic, while editing</source>
        <translation>Automatisch, tijdens het werken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/restore_backup_dialog.py" line="35"/>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/restore_backup_dialog.py" line="68"/>
        <source>unreadable</source>
        <translation>onleesbaar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/restore_backup_dialog.py" line="80"/>
        <source>Made on</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/restore_backup_dialog.py" line="81"/>
        <source>Why</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/restore_backup_dialog.py" line="82"/>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <location filename="../../desktop/ui/restore_backup_dialog.py" line="136"/>
        <location filename="../../desktop/ui/restore_backup_dialog.py" line="137"/>
        <location filename="../../desktop/ui/restore_backup_dialog.py" line="177"/>
        <source>Restore backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/restore_backup_dialog.py" line="139"/>
        <source>Speerpunt keeps the last backups of this project next to it, in the folder %1. Restoring one replaces everything in the project with the backup; what is there now is backed up first.</source>
        <translation>Speerpunt bewaart de laatste back-ups van dit project ernaast, in de map %1. Terugzetten vervangt alles in het project door de back-up; wat er nu staat, wordt eerst zelf geback-upt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/restore_backup_dialog.py" line="142"/>
        <source>Backups, newest first</source>
        <translation>Back-ups, nieuwste eerst</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/restore_backup_dialog.py" line="143"/>
        <source>Restore…</source>
        <translation>Terugzetten…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/restore_backup_dialog.py" line="144"/>
        <source>Restore the selected backup</source>
        <translation>De gekozen back-up terugzetten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/restore_backup_dialog.py" line="147"/>
        <source>There are no backups of this project yet.</source>
        <translation>Er zijn nog geen back-ups van dit project.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/restore_backup_dialog.py" line="165"/>
        <source>Not restored: %1</source>
        <translation>Niet teruggezet: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/restore_backup_dialog.py" line="170"/>
        <source>Restored the backup of %1. The state before it was saved as %2.</source>
        <translation>De back-up van %1 is teruggezet. De toestand daarvoor is bewaard als %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/restore_backup_dialog.py" line="178"/>
        <source>Replace everything in this project with the backup of %1? Undo history is cleared; the current state is backed up first, so you can go back to it.</source>
        <translation>Alles in dit project vervangen door de back-up van %1? De geschiedenis voor ongedaan maken wordt gewist; de huidige toestand wordt eerst geback-upt, zodat u ernaar terug kunt.</translation>
    </message>
</context>
<context>
    <name>SearchHitsModel</name>
    <message>
        <location filename="../../desktop/ui/search_panel.py" line="67"/>
        <source>%1, p. %2</source>
        <translation>%1, p. %2</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../desktop/ui/search_panel.py" line="169"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_panel.py" line="170"/>
        <source>Search all documents…</source>
        <translation>Zoeken in alle documenten…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_panel.py" line="171"/>
        <source>Search words</source>
        <translation>Zoekwoorden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_panel.py" line="172"/>
        <source>All words must occur; &quot;quotes&quot; for a phrase; woning* for words starting so</source>
        <translation>Alle woorden moeten voorkomen; &quot;aanhalingstekens&quot; voor een zinsdeel; woning* voor woorden die zo beginnen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_panel.py" line="173"/>
        <source>Search in</source>
        <translation>Zoeken in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_panel.py" line="174"/>
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_panel.py" line="187"/>
        <source>All documents</source>
        <translation>Alle documenten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_panel.py" line="211"/>
        <source>Type at least one word (letters or digits) to search for.</source>
        <translation>Typ ten minste één woord (letters of cijfers) om op te zoeken.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_panel.py" line="221"/>
        <source>Nothing found for “%1”.</source>
        <translation>Niets gevonden voor “%1”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_panel.py" line="223"/>
        <source>1 passage</source>
        <translation>1 passage</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/search_panel.py" line="225"/>
        <source>The best %n passages</source>
        <translation>
            <numerusform>De beste %n passages</numerusform>
            <numerusform>De beste %n passages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/search_panel.py" line="227"/>
        <source>%n passages</source>
        <translation>
            <numerusform>%n passages</numerusform>
            <numerusform>%n passages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../desktop/ui/help_dialogs.py" line="25"/>
        <source>Tag the selected text (in a document)</source>
        <translation>De geselecteerde tekst taggen (in een document)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help_dialogs.py" line="26"/>
        <source>While tagging: choose one of the recently used speerpunten</source>
        <translation>Tijdens het taggen: een van de laatst gebruikte speerpunten kiezen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help_dialogs.py" line="27"/>
        <source>While tagging: positive / concern / missing</source>
        <translation>Tijdens het taggen: positief / zorg / ontbreekt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help_dialogs.py" line="29"/>
        <source>Next match in the document</source>
        <translation>Volgende treffer in het document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help_dialogs.py" line="31"/>
        <source>Previous match in the document</source>
        <translation>Vorige treffer in het document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help_dialogs.py" line="33"/>
        <source>Delete the selected finding</source>
        <translation>De geselecteerde bevinding verwijderen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help_dialogs.py" line="34"/>
        <source>Close the find bar or the tag panel</source>
        <translation>De zoekbalk of het tagpaneel sluiten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help_dialogs.py" line="35"/>
        <source>Open the chosen document or finding</source>
        <translation>Het gekozen document of de gekozen bevinding openen</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop/ui/help_dialogs.py" line="74"/>
        <location filename="../../desktop/ui/help_dialogs.py" line="75"/>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help_dialogs.py" line="76"/>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help_dialogs.py" line="76"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="80"/>
        <source>Start page</source>
        <translation>Startpagina</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="81"/>
        <source>Speerpunt</source>
        <translation>Speerpunt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="82"/>
        <source>Read a coalition agreement next to your position paper, tag passages to your speerpunten and draft your reaction.</source>
        <translation>Lees een coalitieakkoord naast uw positiepaper, koppel passages aan uw speerpunten en stel uw reactie op.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="84"/>
        <source>&amp;New project…</source>
        <translation>&amp;Nieuw project…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="85"/>
        <source>&amp;Open project…</source>
        <translation>Project &amp;openen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="86"/>
        <source>Open the &amp;demo project</source>
        <translation>Het &amp;demoproject openen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="87"/>
        <source>New project</source>
        <translation>Nieuw project</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="88"/>
        <source>Open project</source>
        <translation>Project openen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="89"/>
        <source>Open the demo project</source>
        <translation>Het demoproject openen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="90"/>
        <source>&amp;Recent projects</source>
        <translation>&amp;Recente projecten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="91"/>
        <source>Recent projects</source>
        <translation>Recente projecten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="92"/>
        <source>No recent projects yet. Start with the demo project to look around.</source>
        <translation>Nog geen recente projecten. Begin met het demoproject om rond te kijken.</translation>
    </message>
</context>
<context>
    <name>TagPanel</name>
    <message>
        <location filename="../../desktop/ui/tagging.py" line="115"/>
        <source>Tag passage</source>
        <translation>Passage taggen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tagging.py" line="116"/>
        <source>Speerpunt: type a code or words, Enter to choose; 1–9 pick a recent one</source>
        <translation>Speerpunt: typ een code of woorden, Enter om te kiezen; 1–9 kiest een recent speerpunt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tagging.py" line="117"/>
        <source>Find speerpunt</source>
        <translation>Speerpunt zoeken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tagging.py" line="118"/>
        <source>Speerpunten</source>
        <translation>Speerpunten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tagging.py" line="119"/>
        <source>Note (optional), Enter to save, Esc to skip</source>
        <translation>Notitie (optioneel), Enter om op te slaan, Esc om over te slaan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tagging.py" line="120"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tagging.py" line="121"/>
        <source>Close (Esc)</source>
        <translation>Sluiten (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tagging.py" line="122"/>
        <source>Close tagging</source>
        <translation>Taggen sluiten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tagging.py" line="124"/>
        <source>Positive</source>
        <translation>Positief</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tagging.py" line="125"/>
        <source>Concern</source>
        <translation>Zorg</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tagging.py" line="126"/>
        <source>Missing</source>
        <translation>Ontbreekt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tagging.py" line="132"/>
        <source>Press %1</source>
        <translation>Druk op %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tagging.py" line="175"/>
        <source>Not saved: %1</source>
        <translation>Niet opgeslagen: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tagging.py" line="196"/>
        <source>Tag: “%1”</source>
        <translation>Taggen: “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tagging.py" line="206"/>
        <source>%1 — press P, Z or O</source>
        <translation>%1 — druk op P, Z of O</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tagging.py" line="208"/>
        <source>Saved: %1</source>
        <translation>Opgeslagen: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tagging.py" line="210"/>
        <source>Then press P, Z or O</source>
        <translation>Druk dan op P, Z of O</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tagging.py" line="224"/>
        <source>No speerpunt matches.</source>
        <translation>Geen speerpunt komt overeen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tagging.py" line="225"/>
        <source>The project has no speerpunten yet: add a framework first.</source>
        <translation>Het project heeft nog geen speerpunten: voeg eerst een kader toe.</translation>
    </message>
</context>
<context>
    <name>WorkspaceDocks</name>
    <message>
        <location filename="../../desktop/ui/workspace_docks.py" line="110"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace_docks.py" line="111"/>
        <source>Speerpunten</source>
        <translation>Speerpunten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace_docks.py" line="112"/>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace_docks.py" line="113"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace_docks.py" line="114"/>
        <source>Coverage</source>
        <translation>Dekking</translation>
    </message>
</context>
</TS>
