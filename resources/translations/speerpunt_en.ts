<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../desktop/ui/bundle_export.py" line="43"/>
        <location filename="../../desktop/ui/bundle_export.py" line="50"/>
        <location filename="../../desktop/ui/bundle_export.py" line="55"/>
        <source>BundleExport</source>
        <comment>Export findings bundle</comment>
        <translation>BundleExport</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bundle_export.py" line="44"/>
        <source>BundleExport</source>
        <comment>Findings bundles (*%1)</comment>
        <translation>BundleExport</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bundle_export.py" line="51"/>
        <source>BundleExport</source>
        <comment>The bundle could not be written: %1</comment>
        <translation>BundleExport</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bundle_export.py" line="56"/>
        <source>BundleExport</source>
        <comment>Wrote %1 (%2 findings, %3 kB). Send it to your colleague; they choose File → Merge with… to bring it into their project.</comment>
        <translation>BundleExport</translation>
    </message>
</context>
<context>
    <name>About</name>
    <message>
        <location filename="../../desktop/ui/help_dialogs.py" line="82"/>
        <source>About Speerpunt</source>
        <translation>About Speerpunt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help_dialogs.py" line="83"/>
        <source>Speerpunt %1

Tag coalition agreements against your organisation&apos;s speerpunten and draft a formal reaction. Works offline; your project is one file.</source>
        <translation>Speerpunt %1

Tag coalition agreements against your organisation&apos;s speerpunten and draft a formal reaction. Works offline; your project is one file.</translation>
    </message>
</context>
<context>
    <name>Assessment</name>
    <message>
        <location filename="../../desktop/ui/assessments.py" line="28"/>
        <source>Positive</source>
        <translation>Positive</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assessments.py" line="30"/>
        <source>Concern</source>
        <translation>Concern</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assessments.py" line="31"/>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
</context>
<context>
    <name>BatchImport</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/batch_import.py" line="190"/>
        <source>Import %n documents</source>
        <translation>
            <numerusform>Import %n documents</numerusform>
            <numerusform>Import %n documents</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_import.py" line="191"/>
        <source>Import progress</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_import.py" line="192"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_import.py" line="207"/>
        <source>File %1 of %2: %3</source>
        <translation>File %1 of %2: %3</translation>
    </message>
</context>
<context>
    <name>BatchSummaryDialog</name>
    <message>
        <location filename="../../desktop/ui/batch_import.py" line="283"/>
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_import.py" line="284"/>
        <source>Import summary</source>
        <translation>Import summary</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_import.py" line="285"/>
        <source>Imported and refused files</source>
        <translation>Imported and refused files</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_import.py" line="286"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_import.py" line="286"/>
        <source>Cited as / reason</source>
        <translation>Cited as / reason</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/batch_import.py" line="287"/>
        <source>%n document(s) imported</source>
        <translation>
            <numerusform>%n document(s) imported</numerusform>
            <numerusform>%n document(s) imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/batch_import.py" line="289"/>
        <source>%n file(s) not imported</source>
        <translation>
            <numerusform>%n file(s) not imported</numerusform>
            <numerusform>%n file(s) not imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/batch_import.py" line="291"/>
        <source>cancelled, %n file(s) not read</source>
        <translation>
            <numerusform>cancelled, %n file(s) not read</numerusform>
            <numerusform>cancelled, %n file(s) not read</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_import.py" line="293"/>
        <source>Check the short names and categories in the documents table: comparisons cite and group the agreements by them.</source>
        <translation>Check the short names and categories in the documents table: comparisons cite and group the agreements by them.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_import.py" line="296"/>
        <source>Imported (%1)</source>
        <translation>Imported (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_import.py" line="297"/>
        <source>Not imported (%1)</source>
        <translation>Not imported (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_import.py" line="298"/>
        <source>Not read, import cancelled (%1)</source>
        <translation>Not read, import cancelled (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_import.py" line="300"/>
        <source>&amp;Edit details…</source>
        <translation>&amp;Edit details…</translation>
    </message>
</context>
<context>
    <name>CategoryEditor</name>
    <message>
        <location filename="../../desktop/ui/category_editor.py" line="53"/>
        <source>New category</source>
        <translation>New category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/category_editor.py" line="54"/>
        <source>Type a category, Enter to add</source>
        <translation>Type a category, Enter to add</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/category_editor.py" line="56"/>
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/category_editor.py" line="57"/>
        <source>Category %1, press to remove</source>
        <translation>Category %1, press to remove</translation>
    </message>
</context>
<context>
    <name>CollectionDelegate</name>
    <message>
        <location filename="../../desktop/ui/collection_table.py" line="166"/>
        <source>G40, middelgroot</source>
        <translation>G40, middelgroot</translation>
    </message>
</context>
<context>
    <name>CollectionModel</name>
    <message>
        <location filename="../../desktop/ui/collection_table.py" line="126"/>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collection_table.py" line="126"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collection_table.py" line="126"/>
        <source>Issuer</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collection_table.py" line="126"/>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collection_table.py" line="127"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collection_table.py" line="127"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collection_table.py" line="127"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collection_table.py" line="127"/>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collection_table.py" line="127"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collection_table.py" line="128"/>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
</context>
<context>
    <name>CollectionTable</name>
    <message>
        <location filename="../../desktop/ui/collection_table.py" line="239"/>
        <source>Documents table</source>
        <translation>Documents table</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collection_table.py" line="240"/>
        <source>Documents with their details</source>
        <translation>Documents with their details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collection_table.py" line="241"/>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collection_table.py" line="243"/>
        <source>Show documents of category</source>
        <translation>Show documents of category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collection_table.py" line="244"/>
        <source>&amp;Properties…</source>
        <translation>&amp;Properties…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collection_table.py" line="245"/>
        <source>Edit all details of the selected document</source>
        <translation>Edit all details of the selected document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collection_table.py" line="247"/>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collection_table.py" line="248"/>
        <source>No category</source>
        <translation>No category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collection_table.py" line="285"/>
        <source>%1 of %2 documents</source>
        <translation>%1 of %2 documents</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="43"/>
        <source>Finding</source>
        <translation>Finding</translation>
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
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="46"/>
        <source>Framework</source>
        <translation>Framework</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="47"/>
        <source>Reaction text</source>
        <translation>Reaction text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="48"/>
        <source>Project setting</source>
        <translation>Project setting</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="49"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="56"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="57"/>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="59"/>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="60"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="61"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="62"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="63"/>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="64"/>
        <source>Formulation</source>
        <translation>Formulation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="65"/>
        <source>Position</source>
        <translation>Position</translation>
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
        <translation>Span</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="69"/>
        <source>Quote</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="291"/>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="292"/>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="294"/>
        <source>You and a colleague changed the same thing before merging. The later change is in use (current version); the other one is kept here. Keep the current version, or restore the other one.</source>
        <translation>You and a colleague changed the same thing before merging. The later change is in use (current version); the other one is kept here. Keep the current version, or restore the other one.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="296"/>
        <source>Conflicts, with both versions</source>
        <translation>Conflicts, with both versions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="297"/>
        <source>Show resolved</source>
        <translation>Show resolved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="298"/>
        <source>Keep current</source>
        <translation>Keep current</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="299"/>
        <source>Keep the current version of the selected conflicts</source>
        <translation>Keep the current version of the selected conflicts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="300"/>
        <source>Restore other version…</source>
        <translation>Restore other version…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="301"/>
        <source>Restore the other version of the selected conflicts</source>
        <translation>Restore the other version of the selected conflicts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="340"/>
        <source>Not resolved: %1</source>
        <translation>Not resolved: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="345"/>
        <source>Restore other version</source>
        <translation>Restore other version</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/conflicts_dialog.py" line="346"/>
        <source>Replace the current version with the other one for %n conflict(s)? This cannot be undone with Undo (the backup made before the merge still holds the current version).</source>
        <translation>
            <numerusform>Replace the current version with the other one for %n conflict(s)? This cannot be undone with Undo (the backup made before the merge still holds the current version).</numerusform>
            <numerusform>Replace the current version with the other one for %n conflict(s)? This cannot be undone with Undo (the backup made before the merge still holds the current version).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="361"/>
        <source>No open conflicts. They appear when a merge finds that you and a colleague both changed the same thing.</source>
        <translation>No open conflicts. They appear when a merge finds that you and a colleague both changed the same thing.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/conflicts_dialog.py" line="364"/>
        <source>%n conflict(s). Double-click a finding to see its passage.</source>
        <translation>
            <numerusform>%n conflict(s). Double-click a finding to see its passage.</numerusform>
            <numerusform>%n conflict(s). Double-click a finding to see its passage.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoverageModel</name>
    <message>
        <location filename="../../desktop/ui/coverage.py" line="89"/>
        <source>No finding yet: does the agreement address this? If not, mark it missing.</source>
        <translation>No finding yet: does the agreement address this? If not, mark it missing.</translation>
    </message>
</context>
<context>
    <name>CoverageView</name>
    <message>
        <location filename="../../desktop/ui/coverage.py" line="176"/>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coverage.py" line="177"/>
        <source>Coverage of speerpunten per agreement</source>
        <translation>Coverage of speerpunten per agreement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coverage.py" line="179"/>
        <source>%1  ·  amber hatching: no finding yet. Click a cell to see its findings.</source>
        <translation>%1  ·  amber hatching: no finding yet. Click a cell to see its findings.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coverage.py" line="181"/>
        <source>Mark missing in this agreement…</source>
        <translation>Mark missing in this agreement…</translation>
    </message>
</context>
<context>
    <name>DocumentCommands</name>
    <message>
        <location filename="../../desktop/ui/commands/documents.py" line="21"/>
        <source>Change document details</source>
        <translation>Change document details</translation>
    </message>
</context>
<context>
    <name>DocumentImporter</name>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="169"/>
        <source>Import documents</source>
        <translation>Import documents</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="170"/>
        <source>Import progress</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="172"/>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="173"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="201"/>
        <location filename="../../desktop/ui/import_flow.py" line="209"/>
        <location filename="../../desktop/ui/import_flow.py" line="211"/>
        <source>Not imported</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="212"/>
        <source>An unexpected error stopped the import: %1</source>
        <translation>An unexpected error stopped the import: %1</translation>
    </message>
</context>
<context>
    <name>DocumentKind</name>
    <message>
        <location filename="../../desktop/ui/library_model.py" line="21"/>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_model.py" line="23"/>
        <source>Position paper</source>
        <translation>Position paper</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_model.py" line="24"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>DocumentLibrary</name>
    <message>
        <location filename="../../desktop/ui/document_library.py" line="61"/>
        <source>Document library</source>
        <translation>Document library</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/document_library.py" line="62"/>
        <source>Documents of the project</source>
        <translation>Documents of the project</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/document_library.py" line="113"/>
        <source>Open &amp;left</source>
        <translation>Open &amp;left</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/document_library.py" line="115"/>
        <source>Open &amp;right</source>
        <translation>Open &amp;right</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/document_library.py" line="117"/>
        <source>&amp;Properties…</source>
        <translation>&amp;Properties…</translation>
    </message>
</context>
<context>
    <name>DocumentMargin</name>
    <message>
        <location filename="../../desktop/ui/document_margin.py" line="36"/>
        <source>Page numbers and speerpunt marks</source>
        <translation>Page numbers and speerpunt marks</translation>
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
        <translation>Select text or click in a paragraph first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/document_pane.py" line="388"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/document_pane.py" line="388"/>
        <source>Note on this finding:</source>
        <translation>Note on this finding:</translation>
    </message>
</context>
<context>
    <name>DocumentPropertiesDialog</name>
    <message>
        <location filename="../../desktop/ui/document_properties.py" line="80"/>
        <location filename="../../desktop/ui/document_properties.py" line="81"/>
        <source>Document properties</source>
        <translation>Document properties</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/document_properties.py" line="82"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/document_properties.py" line="83"/>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/document_properties.py" line="84"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/document_properties.py" line="86"/>
        <source>&amp;Short name:</source>
        <translation>&amp;Short name:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/document_properties.py" line="86"/>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/document_properties.py" line="87"/>
        <source>How a comparison cites it, e.g. Almere</source>
        <translation>How a comparison cites it, e.g. Almere</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/document_properties.py" line="88"/>
        <source>&amp;Issuer:</source>
        <translation>&amp;Issuer:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/document_properties.py" line="88"/>
        <source>Issuer</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/document_properties.py" line="88"/>
        <source>e.g. Gemeente Almere</source>
        <translation>e.g. Gemeente Almere</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/document_properties.py" line="89"/>
        <source>&amp;Categories:</source>
        <translation>&amp;Categories:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/document_properties.py" line="89"/>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/document_properties.py" line="90"/>
        <source>Groups to compare by, e.g. G40, middelgroot, platteland</source>
        <translation>Groups to compare by, e.g. G40, middelgroot, platteland</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/document_properties.py" line="91"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/document_properties.py" line="91"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/document_properties.py" line="91"/>
        <source>e.g. 2026-05-12</source>
        <translation>e.g. 2026-05-12</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/document_properties.py" line="92"/>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/document_properties.py" line="92"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/document_properties.py" line="92"/>
        <source>e.g. 2026-2030</source>
        <translation>e.g. 2026-2030</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/document_properties.py" line="93"/>
        <source>&amp;Parties:</source>
        <translation>&amp;Parties:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/document_properties.py" line="93"/>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/document_properties.py" line="93"/>
        <source>The coalition parties</source>
        <translation>The coalition parties</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <location filename="../../desktop/ui/document_view.py" line="45"/>
        <source>Document text</source>
        <translation>Document text</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../desktop/ui/find_bar.py" line="70"/>
        <location filename="../../desktop/ui/find_bar.py" line="71"/>
        <source>Find in document</source>
        <translation>Find in document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/find_bar.py" line="72"/>
        <source>Text to find</source>
        <translation>Text to find</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/find_bar.py" line="73"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Previous match (Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/find_bar.py" line="74"/>
        <source>Previous match</source>
        <translation>Previous match</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/find_bar.py" line="75"/>
        <source>Next match (Enter)</source>
        <translation>Next match (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/find_bar.py" line="76"/>
        <source>Next match</source>
        <translation>Next match</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/find_bar.py" line="77"/>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/find_bar.py" line="78"/>
        <source>Close find bar</source>
        <translation>Close find bar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/find_bar.py" line="123"/>
        <source>No matches</source>
        <translation>No matches</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/find_bar.py" line="125"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>FindingCommands</name>
    <message>
        <location filename="../../desktop/ui/commands/findings.py" line="71"/>
        <source>Mark missing</source>
        <translation>Mark missing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands/findings.py" line="73"/>
        <source>Add finding</source>
        <translation>Add finding</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands/findings.py" line="132"/>
        <source>Edit note</source>
        <translation>Edit note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands/findings.py" line="134"/>
        <source>Change assessment</source>
        <translation>Change assessment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands/findings.py" line="136"/>
        <source>Change speerpunt</source>
        <translation>Change speerpunt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands/findings.py" line="138"/>
        <source>Edit finding</source>
        <translation>Edit finding</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands/findings.py" line="168"/>
        <source>Delete finding</source>
        <translation>Delete finding</translation>
    </message>
</context>
<context>
    <name>FindingMenu</name>
    <message>
        <location filename="../../desktop/ui/finding_menu.py" line="27"/>
        <source>Finding actions</source>
        <translation>Finding actions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/finding_menu.py" line="31"/>
        <source>Tag selection…</source>
        <translation>Tag selection…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/finding_menu.py" line="32"/>
        <source>Find…</source>
        <translation>Find…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/finding_menu.py" line="37"/>
        <source>Select finding</source>
        <translation>Select finding</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/finding_menu.py" line="39"/>
        <source>Edit note…</source>
        <translation>Edit note…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/finding_menu.py" line="40"/>
        <source>Change assessment</source>
        <translation>Change assessment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/finding_menu.py" line="46"/>
        <source>Delete finding</source>
        <translation>Delete finding</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/finding_menu.py" line="51"/>
        <source>Change speerpunt</source>
        <translation>Change speerpunt</translation>
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
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_model.py" line="136"/>
        <source>Quote</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_model.py" line="136"/>
        <source>Speerpunt</source>
        <translation>Speerpunt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_model.py" line="136"/>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_model.py" line="137"/>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_model.py" line="137"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_model.py" line="137"/>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_model.py" line="137"/>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_model.py" line="155"/>
        <source>Missing in this agreement: no passage</source>
        <translation>Missing in this agreement: no passage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_model.py" line="183"/>
        <source>(not in the agreement)</source>
        <translation>(not in the agreement)</translation>
    </message>
</context>
<context>
    <name>FindingsTable</name>
    <message>
        <location filename="../../desktop/ui/findings_table.py" line="157"/>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_table.py" line="158"/>
        <source>Findings table</source>
        <translation>Findings table</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_table.py" line="159"/>
        <source>Filter: quote, note, speerpunt…</source>
        <translation>Filter: quote, note, speerpunt…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_table.py" line="160"/>
        <source>Filter findings by text</source>
        <translation>Filter findings by text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_table.py" line="161"/>
        <source>Filter by document</source>
        <translation>Filter by document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_table.py" line="162"/>
        <source>Filter by theme</source>
        <translation>Filter by theme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_table.py" line="163"/>
        <source>Filter by speerpunt</source>
        <translation>Filter by speerpunt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_table.py" line="164"/>
        <source>Filter by assessment</source>
        <translation>Filter by assessment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_table.py" line="165"/>
        <source>Filter by author</source>
        <translation>Filter by author</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_table.py" line="166"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_table.py" line="167"/>
        <source>Re-tag to speerpunt…</source>
        <translation>Re-tag to speerpunt…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_table.py" line="168"/>
        <source>Show in document</source>
        <translation>Show in document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_table.py" line="181"/>
        <source>All documents</source>
        <translation>All documents</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_table.py" line="183"/>
        <source>All themes</source>
        <translation>All themes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_table.py" line="184"/>
        <source>All speerpunten</source>
        <translation>All speerpunten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_table.py" line="186"/>
        <source>All assessments</source>
        <translation>All assessments</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_table.py" line="188"/>
        <source>All authors</source>
        <translation>All authors</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_table.py" line="222"/>
        <source>1 finding</source>
        <translation>1 finding</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/findings_table.py" line="224"/>
        <source>%n findings</source>
        <translation>
            <numerusform>%n findings</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_table.py" line="226"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_table.py" line="295"/>
        <source>Re-tag finding</source>
        <translation>Re-tag finding</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/findings_table.py" line="297"/>
        <source>Re-tag %n findings</source>
        <translation>
            <numerusform>Re-tag %n findings</numerusform>
            <numerusform>Re-tag %n findings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_table.py" line="306"/>
        <source>Re-tag</source>
        <translation>Re-tag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_table.py" line="306"/>
        <source>Move the findings to speerpunt:</source>
        <translation>Move the findings to speerpunt:</translation>
    </message>
</context>
<context>
    <name>FrameworkCommands</name>
    <message>
        <location filename="../../desktop/ui/commands/frameworks.py" line="72"/>
        <source>Add theme</source>
        <translation>Add theme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands/frameworks.py" line="93"/>
        <source>Add speerpunt</source>
        <translation>Add speerpunt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands/frameworks.py" line="150"/>
        <source>Change colour</source>
        <translation>Change colour</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands/frameworks.py" line="151"/>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands/frameworks.py" line="156"/>
        <source>Move theme</source>
        <translation>Move theme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands/frameworks.py" line="177"/>
        <source>Move speerpunt</source>
        <translation>Move speerpunt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands/frameworks.py" line="217"/>
        <source>Delete theme</source>
        <translation>Delete theme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands/frameworks.py" line="233"/>
        <source>Delete speerpunt</source>
        <translation>Delete speerpunt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands/frameworks.py" line="250"/>
        <source>Import framework</source>
        <translation>Import framework</translation>
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
        <translation>Themes and speerpunten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/framework_tree.py" line="105"/>
        <location filename="../../desktop/ui/framework_tree.py" line="106"/>
        <source>Count findings in</source>
        <translation>Count findings in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/framework_tree.py" line="107"/>
        <source>Add theme</source>
        <translation>Add theme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/framework_tree.py" line="108"/>
        <source>Add speerpunt</source>
        <translation>Add speerpunt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/framework_tree.py" line="109"/>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/framework_tree.py" line="110"/>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/framework_tree.py" line="111"/>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/framework_tree.py" line="112"/>
        <source>Colour…</source>
        <translation>Colour…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/framework_tree.py" line="113"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/framework_tree.py" line="114"/>
        <source>Mark missing in agreement…</source>
        <translation>Mark missing in agreement…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/framework_tree.py" line="115"/>
        <source>Propose from position paper…</source>
        <translation>Propose from position paper…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/framework_tree.py" line="116"/>
        <source>Import framework file…</source>
        <translation>Import framework file…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/framework_tree.py" line="129"/>
        <source>Findings in all documents</source>
        <translation>Findings in all documents</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/framework_tree.py" line="132"/>
        <source>Findings in %1</source>
        <translation>Findings in %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/framework_tree.py" line="206"/>
        <source>New theme</source>
        <translation>New theme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/framework_tree.py" line="222"/>
        <source>New speerpunt</source>
        <translation>New speerpunt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/framework_tree.py" line="272"/>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/framework_tree.py" line="317"/>
        <source>Propose from position paper</source>
        <translation>Propose from position paper</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/framework_tree.py" line="318"/>
        <source>Import your position paper first (as a position paper).</source>
        <translation>Import your position paper first (as a position paper).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/framework_tree.py" line="347"/>
        <location filename="../../desktop/ui/framework_tree.py" line="353"/>
        <source>Import framework file</source>
        <translation>Import framework file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/framework_tree.py" line="353"/>
        <source>Framework files (*.yaml *.yml *.md *.txt)</source>
        <translation>Framework files (*.yaml *.yml *.md *.txt)</translation>
    </message>
</context>
<context>
    <name>Highlights</name>
    <message>
        <location filename="../../desktop/ui/highlights.py" line="37"/>
        <source>Positive</source>
        <translation>Positive</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/highlights.py" line="38"/>
        <source>Concern</source>
        <translation>Concern</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/highlights.py" line="39"/>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
</context>
<context>
    <name>ImportKindDialog</name>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="107"/>
        <location filename="../../desktop/ui/import_flow.py" line="108"/>
        <source>Import documents</source>
        <translation>Import documents</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="110"/>
        <source>What kind of document is this?</source>
        <translation>What kind of document is this?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="112"/>
        <source>What kind of documents are these?</source>
        <translation>What kind of documents are these?</translation>
    </message>
</context>
<context>
    <name>KindCombo</name>
    <message>
        <location filename="../../desktop/ui/document_properties.py" line="30"/>
        <source>Kind of document</source>
        <translation>Kind of document</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../desktop/ui/library_model.py" line="88"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_model.py" line="89"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_model.py" line="90"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_model.py" line="91"/>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../../desktop/ui/main_actions.py" line="78"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_actions.py" line="79"/>
        <source>&amp;New project…</source>
        <translation>&amp;New project…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_actions.py" line="80"/>
        <source>&amp;Open project…</source>
        <translation>&amp;Open project…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_actions.py" line="81"/>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_actions.py" line="82"/>
        <source>&amp;Import documents…</source>
        <translation>&amp;Import documents…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_actions.py" line="83"/>
        <source>&amp;Close project</source>
        <translation>&amp;Close project</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_actions.py" line="84"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_actions.py" line="85"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_actions.py" line="86"/>
        <source>&amp;Find in document…</source>
        <translation>&amp;Find in document…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_actions.py" line="87"/>
        <source>&amp;Tag selection…</source>
        <translation>&amp;Tag selection…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_actions.py" line="88"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_actions.py" line="89"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_actions.py" line="90"/>
        <source>&amp;Third document pane</source>
        <translation>&amp;Third document pane</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_actions.py" line="92"/>
        <source>Go to document pane &amp;%1</source>
        <translation>Go to document pane &amp;%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_actions.py" line="93"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_actions.py" line="94"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_actions.py" line="95"/>
        <source>&amp;About Speerpunt</source>
        <translation>&amp;About Speerpunt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_actions.py" line="100"/>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Undo: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_actions.py" line="100"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_actions.py" line="101"/>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Redo: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_actions.py" line="101"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="87"/>
        <source>Speerpunt main window</source>
        <translation>Speerpunt main window</translation>
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
        <translation>Analyst: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="167"/>
        <source>No recent projects</source>
        <translation>No recent projects</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="183"/>
        <source>Cannot open the project</source>
        <translation>Cannot open the project</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="299"/>
        <source>Cannot create the project</source>
        <translation>Cannot create the project</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="312"/>
        <source>Cannot open the demo project</source>
        <translation>Cannot open the demo project</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="40"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="41"/>
        <source>Frameworks</source>
        <translation>Frameworks</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="42"/>
        <source>Themes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="43"/>
        <source>Speerpunten</source>
        <translation>Speerpunten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="44"/>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="45"/>
        <source>Reaction texts</source>
        <translation>Reaction texts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="46"/>
        <source>Project settings</source>
        <translation>Project settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="143"/>
        <location filename="../../desktop/ui/merge_dialog.py" line="144"/>
        <source>Merge with another project</source>
        <translation>Merge with another project</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="146"/>
        <source>Bring a colleague&apos;s work into this project: their project file (.speerpunt) or the findings bundle they sent you (.spbundle). Nothing is removed; where you both changed the same thing, the later change wins and the other version is kept under Review → Conflicts. A backup is made first.</source>
        <translation>Bring a colleague&apos;s work into this project: their project file (.speerpunt) or the findings bundle they sent you (.spbundle). Nothing is removed; where you both changed the same thing, the later change wins and the other version is kept under Review → Conflicts. A backup is made first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="150"/>
        <source>Project file or findings bundle</source>
        <translation>Project file or findings bundle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="151"/>
        <source>File to merge</source>
        <translation>File to merge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="152"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="153"/>
        <source>Choose the file to merge</source>
        <translation>Choose the file to merge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="154"/>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="155"/>
        <source>Show conflicts…</source>
        <translation>Show conflicts…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="156"/>
        <source>Merging</source>
        <translation>Merging</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="157"/>
        <source>What the merge changed</source>
        <translation>What the merge changed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="159"/>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="159"/>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="159"/>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="159"/>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="160"/>
        <source>Merge result</source>
        <translation>Merge result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="161"/>
        <source>Merge details</source>
        <translation>Merge details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="167"/>
        <source>Merge with</source>
        <translation>Merge with</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="168"/>
        <source>Speerpunt projects and bundles (*.speerpunt *%1);;All files (*)</source>
        <translation>Speerpunt projects and bundles (*.speerpunt *%1);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="185"/>
        <source>Merging %1…</source>
        <translation>Merging %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="208"/>
        <source>Not merged: %1. Nothing was changed.</source>
        <translation>Not merged: %1. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="210"/>
        <source>Not merged because of an error in Speerpunt (%1). Nothing was changed; please report this.</source>
        <translation>Not merged because of an error in Speerpunt (%1). Nothing was changed; please report this.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="216"/>
        <source>Merged %1: %2 added, %3 updated.</source>
        <translation>Merged %1: %2 added, %3 updated.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="219"/>
        <source>Merged %1: this project already had everything in it.</source>
        <translation>Merged %1: this project already had everything in it.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/merge_dialog.py" line="239"/>
        <source>%n conflict(s): you both changed the same thing. The later version is in use; the other one waits under Review → Conflicts.</source>
        <translation>
            <numerusform>%n conflict(s): you both changed the same thing. The later version is in use; the other one waits under Review → Conflicts.</numerusform>
            <numerusform>%n conflict(s): you both changed the same thing. The later version is in use; the other one waits under Review → Conflicts.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="242"/>
        <source>Renamed speerpunt or theme: %1</source>
        <translation>Renamed speerpunt or theme: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="244"/>
        <source>Documents only in the bundle (not copied; import them to see them): %1</source>
        <translation>Documents only in the bundle (not copied; import them to see them): %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="247"/>
        <source>Backup made before the merge: %1 (File → Restore backup… undoes the merge)</source>
        <translation>Backup made before the merge: %1 (File → Restore backup… undoes the merge)</translation>
    </message>
</context>
<context>
    <name>MissingDialog</name>
    <message>
        <location filename="../../desktop/ui/missing_dialog.py" line="104"/>
        <location filename="../../desktop/ui/missing_dialog.py" line="105"/>
        <source>Mark missing in agreement</source>
        <translation>Mark missing in agreement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/missing_dialog.py" line="107"/>
        <source>The agreement does not address &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>The agreement does not address &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/missing_dialog.py" line="111"/>
        <source>&amp;Agreement:</source>
        <translation>&amp;Agreement:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/missing_dialog.py" line="112"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/missing_dialog.py" line="113"/>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/missing_dialog.py" line="114"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/missing_dialog.py" line="115"/>
        <source>What is missing, and what you ask for instead</source>
        <translation>What is missing, and what you ask for instead</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/missing_dialog.py" line="116"/>
        <source>&amp;Quote a passage of the position paper</source>
        <translation>&amp;Quote a passage of the position paper</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/missing_dialog.py" line="117"/>
        <source>Position paper</source>
        <translation>Position paper</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/missing_dialog.py" line="118"/>
        <source>Find a passage…</source>
        <translation>Find a passage…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/missing_dialog.py" line="119"/>
        <source>Find a passage</source>
        <translation>Find a passage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/missing_dialog.py" line="120"/>
        <source>Passages of the position paper</source>
        <translation>Passages of the position paper</translation>
    </message>
</context>
<context>
    <name>NamePrompt</name>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="98"/>
        <source>Welcome to Speerpunt</source>
        <translation>Welcome to Speerpunt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="99"/>
        <location filename="../../desktop/ui/preferences.py" line="103"/>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="100"/>
        <source>What is your name? It is recorded with every finding you make, so colleagues can see who tagged what. You can change it later under Preferences.</source>
        <translation>What is your name? It is recorded with every finding you make, so colleagues can see who tagged what. You can change it later under Preferences.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="104"/>
        <source>First name and surname</source>
        <translation>First name and surname</translation>
    </message>
</context>
<context>
    <name>OutlineView</name>
    <message>
        <location filename="../../desktop/ui/outline.py" line="116"/>
        <source>Outline</source>
        <translation>Outline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outline.py" line="117"/>
        <source>Headings of the document; click one to jump to it</source>
        <translation>Headings of the document; click one to jump to it</translation>
    </message>
</context>
<context>
    <name>PaneArea</name>
    <message>
        <location filename="../../desktop/ui/pane_area.py" line="95"/>
        <source>Documents side by side</source>
        <translation>Documents side by side</translation>
    </message>
</context>
<context>
    <name>PaneFrame</name>
    <message>
        <location filename="../../desktop/ui/pane_area.py" line="41"/>
        <source>Document pane %1</source>
        <translation>Document pane %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pane_area.py" line="47"/>
        <source>No document open: double-click one in the document library</source>
        <translation>No document open: double-click one in the document library</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="55"/>
        <location filename="../../desktop/ui/preferences.py" line="56"/>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="57"/>
        <source>Your &amp;name:</source>
        <translation>Your &amp;name:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="58"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="59"/>
        <source>Document text &amp;size:</source>
        <translation>Document text &amp;size:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="60"/>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="61"/>
        <source>Recorded with every finding you make</source>
        <translation>Recorded with every finding you make</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="62"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="63"/>
        <source>Document text size</source>
        <translation>Document text size</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="64"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="65"/>
        <source>System default</source>
        <translation>System default</translation>
    </message>
</context>
<context>
    <name>ProjectFiles</name>
    <message>
        <location filename="../../desktop/ui/project_files.py" line="16"/>
        <source>Speerpunt projects (*%1)</source>
        <translation>Speerpunt projects (*%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/project_files.py" line="26"/>
        <source>New project</source>
        <translation>New project</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/project_files.py" line="35"/>
        <source>Open project</source>
        <translation>Open project</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/project_files.py" line="42"/>
        <source>Import documents</source>
        <translation>Import documents</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/project_files.py" line="44"/>
        <source>Documents (*.pdf *.docx *.txt *.md *.markdown)</source>
        <translation>Documents (*.pdf *.docx *.txt *.md *.markdown)</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <location filename="../../desktop/ui/framework_dialogs.py" line="147"/>
        <location filename="../../desktop/ui/framework_dialogs.py" line="148"/>
        <source>Proposed framework</source>
        <translation>Proposed framework</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/framework_dialogs.py" line="150"/>
        <source>Speerpunt found these themes and speerpunten in the position paper. Untick what is not a speerpunt and double-click a title to correct it; you can also edit the framework later.</source>
        <translation>Speerpunt found these themes and speerpunten in the position paper. Untick what is not a speerpunt and double-click a title to correct it; you can also edit the framework later.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/framework_dialogs.py" line="153"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/framework_dialogs.py" line="154"/>
        <source>Framework name</source>
        <translation>Framework name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/framework_dialogs.py" line="155"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/framework_dialogs.py" line="155"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/framework_dialogs.py" line="156"/>
        <source>Proposed themes and speerpunten</source>
        <translation>Proposed themes and speerpunten</translation>
    </message>
</context>
<context>
    <name>ReactionCommands</name>
    <message>
        <location filename="../../desktop/ui/commands/reactions.py" line="45"/>
        <source>Edit reaction %1</source>
        <translation>Edit reaction %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands/reactions.py" line="75"/>
        <source>Draft reaction %1</source>
        <translation>Draft reaction %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands/reactions.py" line="110"/>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../../desktop/ui/framework_dialogs.py" line="67"/>
        <location filename="../../desktop/ui/framework_dialogs.py" line="68"/>
        <source>Delete speerpunt</source>
        <translation>Delete speerpunt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/framework_dialogs.py" line="71"/>
        <source>“%1” has one finding. Where should it go?</source>
        <translation>“%1” has one finding. Where should it go?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/framework_dialogs.py" line="73"/>
        <source>“%1” has %n findings. Where should they go?</source>
        <translation>
            <numerusform>“%1” has %n findings. Where should they go?</numerusform>
            <numerusform>“%1” has %n findings. Where should they go?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/framework_dialogs.py" line="75"/>
        <source>&amp;Move them to:</source>
        <translation>&amp;Move them to:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/framework_dialogs.py" line="76"/>
        <source>Speerpunt to move the findings to</source>
        <translation>Speerpunt to move the findings to</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/framework_dialogs.py" line="77"/>
        <source>&amp;Delete them with the speerpunt</source>
        <translation>&amp;Delete them with the speerpunt</translation>
    </message>
</context>
<context>
    <name>RestoreBackup</name>
    <message>
        <location filename="../../desktop/ui/restore_backup_dialog.py" line="30"/>
        <source>Before a merge</source>
        <translation>Before a merge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/restore_backup_dialog.py" line="32"/>
        <source>Before restoring a backup</source>
        <translation>Before restoring a backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/restore_backup_dialog.py" line="34"/>
        <source>Automatic, while editing</source>
        <translation>Automatic, while editing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/restore_backup_dialog.py" line="35"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/restore_backup_dialog.py" line="68"/>
        <source>unreadable</source>
        <translation>unreadable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/restore_backup_dialog.py" line="80"/>
        <source>Made on</source>
        <translation>Made on</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/restore_backup_dialog.py" line="81"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/restore_backup_dialog.py" line="82"/>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <location filename="../../desktop/ui/restore_backup_dialog.py" line="136"/>
        <location filename="../../desktop/ui/restore_backup_dialog.py" line="137"/>
        <location filename="../../desktop/ui/restore_backup_dialog.py" line="177"/>
        <source>Restore backup</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/restore_backup_dialog.py" line="139"/>
        <source>Speerpunt keeps the last backups of this project next to it, in the folder %1. Restoring one replaces everything in the project with the backup; what is there now is backed up first.</source>
        <translation>Speerpunt keeps the last backups of this project next to it, in the folder %1. Restoring one replaces everything in the project with the backup; what is there now is backed up first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/restore_backup_dialog.py" line="142"/>
        <source>Backups, newest first</source>
        <translation>Backups, newest first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/restore_backup_dialog.py" line="143"/>
        <source>Restore…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/restore_backup_dialog.py" line="144"/>
        <source>Restore the selected backup</source>
        <translation>Restore the selected backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/restore_backup_dialog.py" line="147"/>
        <source>There are no backups of this project yet.</source>
        <translation>There are no backups of this project yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/restore_backup_dialog.py" line="165"/>
        <source>Not restored: %1</source>
        <translation>Not restored: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/restore_backup_dialog.py" line="170"/>
        <source>Restored the backup of %1. The state before it was saved as %2.</source>
        <translation>Restored the backup of %1. The state before it was saved as %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/restore_backup_dialog.py" line="178"/>
        <source>Replace everything in this project with the backup of %1? Undo history is cleared; the current state is backed up first, so you can go back to it.</source>
        <translation>Replace everything in this project with the backup of %1? Undo history is cleared; the current state is backed up first, so you can go back to it.</translation>
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
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_panel.py" line="170"/>
        <source>Search all documents…</source>
        <translation>Search all documents…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_panel.py" line="171"/>
        <source>Search words</source>
        <translation>Search words</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_panel.py" line="172"/>
        <source>All words must occur; &quot;quotes&quot; for a phrase; woning* for words starting so</source>
        <translation>All words must occur; &quot;quotes&quot; for a phrase; woning* for words starting so</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_panel.py" line="173"/>
        <source>Search in</source>
        <translation>Search in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_panel.py" line="174"/>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_panel.py" line="187"/>
        <source>All documents</source>
        <translation>All documents</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_panel.py" line="211"/>
        <source>Type at least one word (letters or digits) to search for.</source>
        <translation>Type at least one word (letters or digits) to search for.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_panel.py" line="221"/>
        <source>Nothing found for “%1”.</source>
        <translation>Nothing found for “%1”.</translation>
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
            <numerusform>The best %n passages</numerusform>
            <numerusform>The best %n passages</numerusform>
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
        <translation>Tag the selected text (in a document)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help_dialogs.py" line="26"/>
        <source>While tagging: choose one of the recently used speerpunten</source>
        <translation>While tagging: choose one of the recently used speerpunten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help_dialogs.py" line="27"/>
        <source>While tagging: positive / concern / missing</source>
        <translation>While tagging: positive / concern / missing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help_dialogs.py" line="29"/>
        <source>Next match in the document</source>
        <translation>Next match in the document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help_dialogs.py" line="31"/>
        <source>Previous match in the document</source>
        <translation>Previous match in the document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help_dialogs.py" line="33"/>
        <source>Delete the selected finding</source>
        <translation>Delete the selected finding</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help_dialogs.py" line="34"/>
        <source>Close the find bar or the tag panel</source>
        <translation>Close the find bar or the tag panel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help_dialogs.py" line="35"/>
        <source>Open the chosen document or finding</source>
        <translation>Open the chosen document or finding</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop/ui/help_dialogs.py" line="74"/>
        <location filename="../../desktop/ui/help_dialogs.py" line="75"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help_dialogs.py" line="76"/>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help_dialogs.py" line="76"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="80"/>
        <source>Start page</source>
        <translation>Start page</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="81"/>
        <source>Speerpunt</source>
        <translation>Speerpunt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="82"/>
        <source>Read a coalition agreement next to your position paper, tag passages to your speerpunten and draft your reaction.</source>
        <translation>Read a coalition agreement next to your position paper, tag passages to your speerpunten and draft your reaction.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="84"/>
        <source>&amp;New project…</source>
        <translation>&amp;New project…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="85"/>
        <source>&amp;Open project…</source>
        <translation>&amp;Open project…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="86"/>
        <source>Open the &amp;demo project</source>
        <translation>Open the &amp;demo project</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="87"/>
        <source>New project</source>
        <translation>New project</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="88"/>
        <source>Open project</source>
        <translation>Open project</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="89"/>
        <source>Open the demo project</source>
        <translation>Open the demo project</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="90"/>
        <source>&amp;Recent projects</source>
        <translation>&amp;Recent projects</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="91"/>
        <source>Recent projects</source>
        <translation>Recent projects</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="92"/>
        <source>No recent projects yet. Start with the demo project to look around.</source>
        <translation>No recent projects yet. Start with the demo project to look around.</translation>
    </message>
</context>
<context>
    <name>TagPanel</name>
    <message>
        <location filename="../../desktop/ui/tagging.py" line="115"/>
        <source>Tag passage</source>
        <translation>Tag passage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tagging.py" line="116"/>
        <source>Speerpunt: type a code or words, Enter to choose; 1–9 pick a recent one</source>
        <translation>Speerpunt: type a code or words, Enter to choose; 1–9 pick a recent one</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tagging.py" line="117"/>
        <source>Find speerpunt</source>
        <translation>Find speerpunt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tagging.py" line="118"/>
        <source>Speerpunten</source>
        <translation>Speerpunten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tagging.py" line="119"/>
        <source>Note (optional), Enter to save, Esc to skip</source>
        <translation>Note (optional), Enter to save, Esc to skip</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tagging.py" line="120"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tagging.py" line="121"/>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tagging.py" line="122"/>
        <source>Close tagging</source>
        <translation>Close tagging</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tagging.py" line="124"/>
        <source>Positive</source>
        <translation>Positive</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tagging.py" line="125"/>
        <source>Concern</source>
        <translation>Concern</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tagging.py" line="126"/>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tagging.py" line="132"/>
        <source>Press %1</source>
        <translation>Press %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tagging.py" line="175"/>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tagging.py" line="196"/>
        <source>Tag: “%1”</source>
        <translation>Tag: “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tagging.py" line="206"/>
        <source>%1 — press P, Z or O</source>
        <translation>%1 — press P, Z or O</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tagging.py" line="208"/>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tagging.py" line="210"/>
        <source>Then press P, Z or O</source>
        <translation>Then press P, Z or O</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tagging.py" line="224"/>
        <source>No speerpunt matches.</source>
        <translation>No speerpunt matches.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tagging.py" line="225"/>
        <source>The project has no speerpunten yet: add a framework first.</source>
        <translation>The project has no speerpunten yet: add a framework first.</translation>
    </message>
</context>
<context>
    <name>WorkspaceDocks</name>
    <message>
        <location filename="../../desktop/ui/workspace_docks.py" line="110"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace_docks.py" line="111"/>
        <source>Speerpunten</source>
        <translation>Speerpunten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace_docks.py" line="112"/>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace_docks.py" line="113"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace_docks.py" line="114"/>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
</context>
</TS>
