<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../desktop/files/reading.py" line="26"/>
        <location filename="../../desktop/frameworks/errors.py" line="21"/>
        <location filename="../../desktop/frameworks/errors.py" line="24"/>
        <location filename="../../desktop/ingest/errors.py" line="11"/>
        <location filename="../../desktop/store/project.py" line="42"/>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/files/reading.py" line="39"/>
        <location filename="../../desktop/frameworks/fileformat.py" line="140"/>
        <source>no such file</source>
        <translation>no such file</translation>
    </message>
    <message>
        <location filename="../../desktop/files/reading.py" line="41"/>
        <location filename="../../desktop/files/reading.py" line="64"/>
        <location filename="../../desktop/operations/import_reader.py" line="108"/>
        <location filename="../../desktop/store/project.py" line="154"/>
        <source>cannot be read ({error})</source>
        <translation>cannot be read ({error})</translation>
    </message>
    <message>
        <location filename="../../desktop/files/reading.py" line="43"/>
        <source>is a folder, not a {what}</source>
        <translation>is a folder, not a {what}</translation>
    </message>
    <message>
        <location filename="../../desktop/files/reading.py" line="45"/>
        <location filename="../../desktop/files/reading.py" line="67"/>
        <source>is a pipe, device or socket, not a {what}; only ordinary files are read</source>
        <translation>is a pipe, device or socket, not a {what}; only ordinary files are read</translation>
    </message>
    <message>
        <location filename="../../desktop/files/reading.py" line="48"/>
        <source>{size} is larger than a {what} can be (at most {limit})</source>
        <translation>{size} is larger than a {what} can be (at most {limit})</translation>
    </message>
    <message>
        <location filename="../../desktop/files/reading.py" line="71"/>
        <source>larger than a {what} can be (at most {limit})</source>
        <translation>larger than a {what} can be (at most {limit})</translation>
    </message>
    <message>
        <location filename="../../desktop/files/reading.py" line="78"/>
        <source>{megabytes} MB</source>
        <translation>{megabytes} MB</translation>
    </message>
    <message>
        <location filename="../../desktop/files/reading.py" line="79"/>
        <source>{count} bytes</source>
        <translation>{count} bytes</translation>
    </message>
    <message>
        <location filename="../../desktop/files/reading.py" line="85"/>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <location filename="../../desktop/files/reading.py" line="86"/>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <location filename="../../desktop/files/reading.py" line="87"/>
        <source>findings bundle</source>
        <translation>findings bundle</translation>
    </message>
    <message>
        <location filename="../../desktop/files/reading.py" line="88"/>
        <source>findings bundle or project</source>
        <translation>findings bundle or project</translation>
    </message>
    <message>
        <location filename="../../desktop/files/reading.py" line="89"/>
        <source>framework file</source>
        <translation>framework file</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/fileformat.py" line="142"/>
        <location filename="../../desktop/frameworks/refi.py" line="128"/>
        <location filename="../../desktop/operations/exchange.py" line="75"/>
        <location filename="../../desktop/operations/import_reader.py" line="99"/>
        <location filename="../../desktop/operations/revisions.py" line="99"/>
        <source>cannot be read: {error}</source>
        <translation>cannot be read: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/fileformat.py" line="164"/>
        <location filename="../../desktop/frameworks/fileformat.py" line="166"/>
        <source>not valid YAML: {error}</source>
        <translation>not valid YAML: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/fileformat.py" line="176"/>
        <source>no &apos;themes:&apos; list</source>
        <translation>no &apos;themes:&apos; list</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/fileformat.py" line="182"/>
        <source>the &apos;themes:&apos; list is empty</source>
        <translation>the &apos;themes:&apos; list is empty</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/fileformat.py" line="190"/>
        <source>no &apos;format: {format}&apos; line; is this a speerpunten framework file?</source>
        <translation>no &apos;format: {format}&apos; line; is this a speerpunten framework file?</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/fileformat.py" line="197"/>
        <source>format &apos;{declared}&apos; is not &apos;{expected}&apos;</source>
        <translation>format &apos;{declared}&apos; is not &apos;{expected}&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/fileformat.py" line="200"/>
        <source>format &apos;{declared}&apos; has no version number</source>
        <translation>format &apos;{declared}&apos; has no version number</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/fileformat.py" line="205"/>
        <source>written in version {version} of the framework format; this Speerpunt reads version {supported} and older. Update Speerpunt to open it</source>
        <translation>written in version {version} of the framework format; this Speerpunt reads version {supported} and older. Update Speerpunt to open it</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/fileformat.py" line="210"/>
        <source>unknown format version &apos;{version}&apos;</source>
        <translation>unknown format version &apos;{version}&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/fileformat.py" line="214"/>
        <source>theme {number}</source>
        <translation>theme {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/fileformat.py" line="218"/>
        <source>theme {number} has no title</source>
        <translation>theme {number} has no title</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/fileformat.py" line="219"/>
        <location filename="../../desktop/frameworks/outline.py" line="219"/>
        <source>theme {number} &apos;{title}&apos;</source>
        <translation>theme {number} &apos;{title}&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/fileformat.py" line="228"/>
        <source>{theme}: speerpunten</source>
        <translation>{theme}: speerpunten</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/fileformat.py" line="234"/>
        <location filename="../../desktop/frameworks/fileformat.py" line="241"/>
        <source>{theme}: speerpunt {position}</source>
        <translation>{theme}: speerpunt {position}</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/fileformat.py" line="239"/>
        <source>speerpunt &apos;{code}&apos; without a title</source>
        <translation>speerpunt &apos;{code}&apos; without a title</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/fileformat.py" line="239"/>
        <location filename="../../desktop/frameworks/outline.py" line="224"/>
        <source>speerpunt without a title</source>
        <translation>speerpunt without a title</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/fileformat.py" line="243"/>
        <source>speerpunt &apos;{title}&apos; without a code</source>
        <translation>speerpunt &apos;{title}&apos; without a code</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/fileformat.py" line="247"/>
        <source>code &apos;{code}&apos; is also used by {other}; codes must be unique</source>
        <translation>code &apos;{code}&apos; is also used by {other}; codes must be unique</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/fileformat.py" line="275"/>
        <source>the framework (format, name, themes)</source>
        <translation>the framework (format, name, themes)</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/fileformat.py" line="275"/>
        <location filename="../../desktop/frameworks/fileformat.py" line="337"/>
        <source>&apos;key: value&apos; lines</source>
        <translation>&apos;key: value&apos; lines</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/fileformat.py" line="276"/>
        <source>expected {expected}, found {found}</source>
        <translation>expected {expected}, found {found}</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/fileformat.py" line="283"/>
        <source>unknown key &apos;{key}&apos;; expected one of {keys}</source>
        <translation>unknown key &apos;{key}&apos;; expected one of {keys}</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/fileformat.py" line="286"/>
        <source>&apos;{key}&apos; given twice</source>
        <translation>&apos;{key}&apos; given twice</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/fileformat.py" line="294"/>
        <source>expected a list of &apos;- &apos; entries, found {found}</source>
        <translation>expected a list of &apos;- &apos; entries, found {found}</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/fileformat.py" line="308"/>
        <source>no &apos;{key}&apos;</source>
        <translation>no &apos;{key}&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/fileformat.py" line="311"/>
        <source>&apos;{key}&apos; must be text, found {found}</source>
        <translation>&apos;{key}&apos; must be text, found {found}</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/fileformat.py" line="316"/>
        <source>&apos;{key}&apos; is empty</source>
        <translation>&apos;{key}&apos; is empty</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/fileformat.py" line="330"/>
        <source>colour &apos;{value}&apos; is not of the form #RRGGBB (e.g. &quot;#1f77b4&quot;; quote it)</source>
        <translation>colour &apos;{value}&apos; is not of the form #RRGGBB (e.g. &quot;#1f77b4&quot;; quote it)</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/fileformat.py" line="339"/>
        <source>a list</source>
        <translation>a list</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/fileformat.py" line="340"/>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/__init__.py" line="28"/>
        <source>unsupported file type &apos;(none)&apos;; use PDF, DOCX, TXT or Markdown</source>
        <translation>unsupported file type &apos;(none)&apos;; use PDF, DOCX, TXT or Markdown</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/__init__.py" line="29"/>
        <source>unsupported file type &apos;{suffix}&apos;; use PDF, DOCX, TXT or Markdown</source>
        <translation>unsupported file type &apos;{suffix}&apos;; use PDF, DOCX, TXT or Markdown</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/fileformat.py" line="168"/>
        <location filename="../../desktop/ingest/__init__.py" line="52"/>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/docx.py" line="59"/>
        <source>damaged DOCX: the Word package cannot be opened</source>
        <translation>damaged DOCX: the Word package cannot be opened</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/docx.py" line="62"/>
        <source>not a Word document (its main part is &apos;{part}&apos;)</source>
        <translation>not a Word document (its main part is &apos;{part}&apos;)</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/docx.py" line="64"/>
        <source>a macro-enabled document or a template: save it as a normal .docx</source>
        <translation>a macro-enabled document or a template: save it as a normal .docx</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/docx.py" line="72"/>
        <source>damaged DOCX: the Word content cannot be read</source>
        <translation>damaged DOCX: the Word content cannot be read</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/docx.py" line="74"/>
        <source>the document holds no text</source>
        <translation>the document holds no text</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/docx_safety.py" line="46"/>
        <location filename="../../desktop/ingest/docx_safety.py" line="65"/>
        <source>password-protected or old .doc file: save it as .docx without a password</source>
        <translation>password-protected or old .doc file: save it as .docx without a password</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/docx_safety.py" line="48"/>
        <source>this is an RTF file, not a DOCX: save it as .docx in Word</source>
        <translation>this is an RTF file, not a DOCX: save it as .docx in Word</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/docx_safety.py" line="52"/>
        <location filename="../../desktop/ingest/docx_safety.py" line="57"/>
        <source>damaged DOCX: not a valid ZIP archive</source>
        <translation>damaged DOCX: not a valid ZIP archive</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/docx_safety.py" line="61"/>
        <source>this looks like an OpenDocument (.odt) file: save it as .docx</source>
        <translation>this looks like an OpenDocument (.odt) file: save it as .docx</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/docx_safety.py" line="63"/>
        <source>not a Word document: the archive holds no word/document.xml</source>
        <translation>not a Word document: the archive holds no word/document.xml</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/docx_safety.py" line="75"/>
        <source>refused: the {label} holds {count} parts, too many for a {label} file</source>
        <translation>refused: the {label} holds {count} parts, too many for a {label} file</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/docx_safety.py" line="81"/>
        <source>refused: the {label} would unpack to {megabytes} MB (a ZIP bomb or far too large)</source>
        <translation>refused: the {label} would unpack to {megabytes} MB (a ZIP bomb or far too large)</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/docx_safety.py" line="85"/>
        <source>refused: the {label} is compressed suspiciously well (a ZIP bomb)</source>
        <translation>refused: the {label} is compressed suspiciously well (a ZIP bomb)</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/docx_safety.py" line="96"/>
        <source>damaged {label}: not a valid ZIP archive</source>
        <translation>damaged {label}: not a valid ZIP archive</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/docx_safety.py" line="100"/>
        <source>refused: the {label} is encrypted</source>
        <translation>refused: the {label} is encrypted</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/docx_safety.py" line="118"/>
        <location filename="../../desktop/ingest/docx_safety.py" line="163"/>
        <source>refused: part {part} uses an unsupported XML encoding</source>
        <translation>refused: part {part} uses an unsupported XML encoding</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/docx_safety.py" line="130"/>
        <source>refused: part {part} declares a DTD or entities, which a {label} never needs</source>
        <translation>refused: part {part} declares a DTD or entities, which a {label} never needs</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/docx_safety.py" line="138"/>
        <source>damaged {label}: part {part} cannot be unpacked</source>
        <translation>damaged {label}: part {part} cannot be unpacked</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/docx_safety.py" line="145"/>
        <source>refused: the {label} is {megabytes} MB, far too large</source>
        <translation>refused: the {label} is {megabytes} MB, far too large</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/docx_safety.py" line="148"/>
        <source>refused: the {label} uses an unsupported XML encoding</source>
        <translation>refused: the {label} uses an unsupported XML encoding</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/docx_safety.py" line="151"/>
        <source>refused: the {label} declares a DTD or entities, which it never needs</source>
        <translation>refused: the {label} declares a DTD or entities, which it never needs</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/docx_safety.py" line="168"/>
        <source>DOCX</source>
        <translation>DOCX</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/docx_safety.py" line="168"/>
        <source>REFI-QDA file</source>
        <translation>REFI-QDA file</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/docx_safety.py" line="168"/>
        <location filename="../../desktop/ingest/qdpx.py" line="160"/>
        <source>codebook</source>
        <translation>codebook</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/errors.py" line="18"/>
        <source>already in the project as &apos;{title}&apos; ({id})</source>
        <translation>already in the project as &apos;{title}&apos; ({id})</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/pdf.py" line="35"/>
        <source>not a readable PDF (the file does not start like a PDF)</source>
        <translation>not a readable PDF (the file does not start like a PDF)</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/pdf.py" line="40"/>
        <source>password-protected PDF: remove the password first</source>
        <translation>password-protected PDF: remove the password first</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/pdf.py" line="41"/>
        <source>not a readable PDF (the file is damaged or not a PDF)</source>
        <translation>not a readable PDF (the file is damaged or not a PDF)</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/pdf.py" line="61"/>
        <source>not a readable PDF (it has no pages)</source>
        <translation>not a readable PDF (it has no pages)</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/pdf.py" line="66"/>
        <location filename="../../desktop/ingest/pdf.py" line="71"/>
        <source>no text layer: OCR is not supported (a scanned PDF holds only images)</source>
        <translation>no text layer: OCR is not supported (a scanned PDF holds only images)</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/pdf.py" line="86"/>
        <source>not a readable PDF (page {page} is damaged)</source>
        <translation>not a readable PDF (page {page} is damaged)</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/qdpx.py" line="146"/>
        <source>not a REFI-QDA codebook: the root element is not &lt;CodeBook&gt;</source>
        <translation>not a REFI-QDA codebook: the root element is not &lt;CodeBook&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/qdpx.py" line="149"/>
        <source>the codebook holds no &lt;Codes&gt;</source>
        <translation>the codebook holds no &lt;Codes&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/qdpx.py" line="167"/>
        <source>the {what} is not well-formed XML ({error})</source>
        <translation>the {what} is not well-formed XML ({error})</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/qdpx.py" line="184"/>
        <source>not a REFI-QDA project: project.qde has no &lt;Project&gt;</source>
        <translation>not a REFI-QDA project: project.qde has no &lt;Project&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/qdpx.py" line="199"/>
        <source>not a REFI-QDA project: the archive holds no project.qde</source>
        <translation>not a REFI-QDA project: the archive holds no project.qde</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/qdpx.py" line="212"/>
        <source>refused: the source path &apos;{path}&apos; points outside the sources folder</source>
        <translation>refused: the source path &apos;{path}&apos; points outside the sources folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/qdpx.py" line="218"/>
        <source>damaged REFI-QDA file: sources/{name} is missing</source>
        <translation>damaged REFI-QDA file: sources/{name} is missing</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/qdpx.py" line="251"/>
        <source>&apos;{name}&apos;: area selections in the PDF were not imported</source>
        <translation>&apos;{name}&apos;: area selections in the PDF were not imported</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/qdpx.py" line="260"/>
        <source>{count} {kind} element(s) skipped: Speerpunt imports text sources only</source>
        <translation>{count} {kind} element(s) skipped: Speerpunt imports text sources only</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/qdpx.py" line="291"/>
        <source>the text of &apos;{name}&apos; is not UTF-8, as REFI-QDA requires</source>
        <translation>the text of &apos;{name}&apos; is not UTF-8, as REFI-QDA requires</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/qdpx.py" line="306"/>
        <source>the text of &apos;{name}&apos; is not in the file (an external path)</source>
        <translation>the text of &apos;{name}&apos; is not in the file (an external path)</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/qdpx.py" line="336"/>
        <source>&apos;{name}&apos;: {count} selection(s) outside the text were skipped</source>
        <translation>&apos;{name}&apos;: {count} selection(s) outside the text were skipped</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/qdpx.py" line="339"/>
        <source>&apos;{name}&apos;: codings of the whole document were skipped (a finding needs a passage)</source>
        <translation>&apos;{name}&apos;: codings of the whole document were skipped (a finding needs a passage)</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/text.py" line="39"/>
        <source>the file holds no text</source>
        <translation>the file holds no text</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/text.py" line="52"/>
        <source>not a readable text file (damaged {encoding})</source>
        <translation>not a readable text file (damaged {encoding})</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/text.py" line="63"/>
        <source>not a text file: it holds binary data</source>
        <translation>not a text file: it holds binary data</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/import_reader.py" line="106"/>
        <source>too large to read</source>
        <translation>too large to read</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/batch.py" line="239"/>
        <source>the reader stopped on this file (damaged or hostile)</source>
        <translation>the reader stopped on this file (damaged or hostile)</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/exchange.py" line="78"/>
        <source>the project holds no text sources to import</source>
        <translation>the project holds no text sources to import</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/exchange.py" line="101"/>
        <source>{count} note(s) not linked to a coding were not imported</source>
        <translation>{count} note(s) not linked to a coding were not imported</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/exchange.py" line="105"/>
        <source>{count} coding(s) had no assessment: they are marked {assessment} and their note starts with &quot;Beoordeling nog te bepalen&quot;; review them</source>
        <translation>{count} coding(s) had no assessment: they are marked {assessment} and their note starts with &quot;Beoordeling nog te bepalen&quot;; review them</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/exchange.py" line="168"/>
        <source>the project&apos;s framework &apos;{framework}&apos; lacks the codes {codes}; rename it or import into another project</source>
        <translation>the project&apos;s framework &apos;{framework}&apos; lacks the codes {codes}; rename it or import into another project</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/exchange.py" line="195"/>
        <source>a document with the same file but another text is already in the project</source>
        <translation>a document with the same file but another text is already in the project</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/exchange.py" line="259"/>
        <source>&apos;{name}&apos;: {count} selection(s) without a speerpunt code were skipped</source>
        <translation>&apos;{name}&apos;: {count} selection(s) without a speerpunt code were skipped</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/exchange.py" line="283"/>
        <source>the note &apos;{name}&apos; names no single speerpunt and document; skipped</source>
        <translation>the note &apos;{name}&apos; names no single speerpunt and document; skipped</translation>
    </message>
    <message>
        <location filename="../../desktop/reasons.py" line="50"/>
        <source>{first} and {second}</source>
        <translation>{first} and {second}</translation>
    </message>
    <message>
        <location filename="../../desktop/store/exchange/backup.py" line="109"/>
        <source>cannot restore from {backup}: {error}</source>
        <translation>cannot restore from {backup}: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/store/project.py" line="156"/>
        <source>not a Speerpunt project (the file is not a SQLite database)</source>
        <translation>not a Speerpunt project (the file is not a SQLite database)</translation>
    </message>
    <message>
        <location filename="../../desktop/store/project.py" line="158"/>
        <source>the project file is damaged (truncated header)</source>
        <translation>the project file is damaged (truncated header)</translation>
    </message>
    <message>
        <location filename="../../desktop/store/project.py" line="175"/>
        <location filename="../../desktop/store/project.py" line="224"/>
        <location filename="../../desktop/store/read_only.py" line="121"/>
        <source>the project file cannot be opened ({error})</source>
        <translation>the project file cannot be opened ({error})</translation>
    </message>
    <message>
        <location filename="../../desktop/store/project.py" line="181"/>
        <source>no such project file</source>
        <translation>no such project file</translation>
    </message>
    <message>
        <location filename="../../desktop/store/project.py" line="183"/>
        <source>is a folder, not a project file</source>
        <translation>is a folder, not a project file</translation>
    </message>
    <message>
        <location filename="../../desktop/store/project.py" line="185"/>
        <source>is a pipe, device or socket, not a project file</source>
        <translation>is a pipe, device or socket, not a project file</translation>
    </message>
    <message>
        <location filename="../../desktop/store/project.py" line="188"/>
        <source>a SQLite database of another program, not a Speerpunt project</source>
        <translation>a SQLite database of another program, not a Speerpunt project</translation>
    </message>
    <message>
        <location filename="../../desktop/store/project.py" line="190"/>
        <source>made by a newer version of Speerpunt (project version {found}, this program reads up to {latest}); please update Speerpunt</source>
        <translation>made by a newer version of Speerpunt (project version {found}, this program reads up to {latest}); please update Speerpunt</translation>
    </message>
    <message>
        <location filename="../../desktop/store/project.py" line="217"/>
        <source>the project is locked by another program; close it there and try again</source>
        <translation>the project is locked by another program; close it there and try again</translation>
    </message>
    <message>
        <location filename="../../desktop/store/project.py" line="220"/>
        <source>the disk is full; nothing was changed</source>
        <translation>the disk is full; nothing was changed</translation>
    </message>
    <message>
        <location filename="../../desktop/store/project.py" line="222"/>
        <source>the project or its folder is read-only, and SQLite must write beside the project; copy it to a folder you can write to</source>
        <translation>the project or its folder is read-only, and SQLite must write beside the project; copy it to a folder you can write to</translation>
    </message>
    <message>
        <location filename="../../desktop/store/project.py" line="227"/>
        <location filename="../../desktop/store/project.py" line="340"/>
        <location filename="../../desktop/store/project.py" line="435"/>
        <location filename="../../desktop/store/project.py" line="440"/>
        <location filename="../../desktop/store/read_only.py" line="130"/>
        <source>the project file is damaged ({error})</source>
        <translation>the project file is damaged ({error})</translation>
    </message>
    <message>
        <location filename="../../desktop/store/project.py" line="319"/>
        <source>{side} beside it is not a file (a folder, pipe, device or broken link); move it away and open the project again</source>
        <translation>{side} beside it is not a file (a folder, pipe, device or broken link); move it away and open the project again</translation>
    </message>
    <message>
        <location filename="../../desktop/store/project.py" line="336"/>
        <source>the {names} beside it does not belong to this project or is damaged ({problem}); nothing was changed; move {names} to another folder and open the project again</source>
        <translation>the {names} beside it does not belong to this project or is damaged ({problem}); nothing was changed; move {names} to another folder and open the project again</translation>
    </message>
    <message>
        <location filename="../../desktop/store/project.py" line="343"/>
        <source>changes left by an unclean shutdown must be checked on a copy before the project opens, and the copy could not be made ({error}); free some space and try again</source>
        <translation>changes left by an unclean shutdown must be checked on a copy before the project opens, and the copy could not be made ({error}); free some space and try again</translation>
    </message>
    <message>
        <location filename="../../desktop/store/project.py" line="451"/>
        <source>a file with this name already exists</source>
        <translation>a file with this name already exists</translation>
    </message>
    <message>
        <location filename="../../desktop/store/project.py" line="454"/>
        <source>a project name cannot end in -wal, -shm or -journal</source>
        <translation>a project name cannot end in -wal, -shm or -journal</translation>
    </message>
    <message>
        <location filename="../../desktop/store/project.py" line="456"/>
        <source>no such folder</source>
        <translation>no such folder</translation>
    </message>
    <message>
        <location filename="../../desktop/store/project.py" line="460"/>
        <source>{files} of an earlier file with this name lies beside it; move it away or choose another name</source>
        <translation>{files} of an earlier file with this name lies beside it; move it away or choose another name</translation>
    </message>
    <message>
        <location filename="../../desktop/store/project.py" line="466"/>
        <source>cannot be created ({error})</source>
        <translation>cannot be created ({error})</translation>
    </message>
    <message>
        <location filename="../../desktop/files/atomic.py" line="42"/>
        <source>{name}: cannot write in {folder} ({error})</source>
        <translation>{name}: cannot write in {folder} ({error})</translation>
    </message>
    <message>
        <location filename="../../desktop/files/atomic.py" line="167"/>
        <source>{name}: could not be written: the folder {folder} is gone (removed, renamed, or a drive or network share disconnected)</source>
        <translation>{name}: could not be written: the folder {folder} is gone (removed, renamed, or a drive or network share disconnected)</translation>
    </message>
    <message>
        <location filename="../../desktop/files/atomic.py" line="170"/>
        <source>{name}: could not be written ({error}); is it open in another program?</source>
        <translation>{name}: could not be written ({error}); is it open in another program?</translation>
    </message>
    <message>
        <location filename="../../desktop/files/atomic.py" line="176"/>
        <source>{name}: could not be written: the disk is full; free some space or choose another folder</source>
        <translation>{name}: could not be written: the disk is full; free some space or choose another folder</translation>
    </message>
    <message>
        <location filename="../../desktop/files/project_copy.py" line="81"/>
        <location filename="../../desktop/store/exchange/backup.py" line="72"/>
        <source>{name}: the copy could not be written ({error})</source>
        <translation>{name}: the copy could not be written ({error})</translation>
    </message>
    <message>
        <location filename="../../desktop/files/targets.py" line="48"/>
        <source>{target}: the folder {folder} does not exist</source>
        <translation>{target}: the folder {folder} does not exist</translation>
    </message>
    <message>
        <location filename="../../desktop/files/targets.py" line="50"/>
        <source>{target}: {folder} is not a folder</source>
        <translation>{target}: {folder} is not a folder</translation>
    </message>
    <message>
        <location filename="../../desktop/files/targets.py" line="52"/>
        <source>{target}: is a folder, not a file</source>
        <translation>{target}: is a folder, not a file</translation>
    </message>
    <message>
        <location filename="../../desktop/files/targets.py" line="56"/>
        <source>the open project</source>
        <translation>the open project</translation>
    </message>
    <message>
        <location filename="../../desktop/files/targets.py" line="57"/>
        <source>the open project&apos;s {suffix} file</source>
        <translation>the open project&apos;s {suffix} file</translation>
    </message>
    <message>
        <location filename="../../desktop/files/targets.py" line="58"/>
        <source>{name}: is {what} ({project}); choose another file name</source>
        <translation>{name}: is {what} ({project}); choose another file name</translation>
    </message>
    <message>
        <location filename="../../desktop/files/targets.py" line="61"/>
        <source>{name}: is a Speerpunt project or another database; choose another file name</source>
        <translation>{name}: is a Speerpunt project or another database; choose another file name</translation>
    </message>
    <message>
        <location filename="../../desktop/files/targets.py" line="65"/>
        <source>{name}: belongs to the database next to it; choose another file name</source>
        <translation>{name}: belongs to the database next to it; choose another file name</translation>
    </message>
    <message>
        <location filename="../../desktop/files/targets.py" line="68"/>
        <source>{name}: is a link, device or pipe, not a plain file; choose another file name</source>
        <translation>{name}: is a link, device or pipe, not a plain file; choose another file name</translation>
    </message>
    <message>
        <location filename="../../desktop/files/targets.py" line="74"/>
        <source>{name}: the file is open in Word; close it there and export again</source>
        <translation>{name}: the file is open in Word; close it there and export again</translation>
    </message>
    <message>
        <location filename="../../desktop/files/targets.py" line="77"/>
        <source>{name}: the file is read-only or open in another program; close it or choose another name</source>
        <translation>{name}: the file is read-only or open in another program; close it or choose another name</translation>
    </message>
    <message>
        <location filename="../../desktop/files/targets.py" line="80"/>
        <source>{name}: no permission to write in the folder {folder}</source>
        <translation>{name}: no permission to write in the folder {folder}</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/frameworks.py" line="36"/>
        <source>a framework needs a name</source>
        <translation>a framework needs a name</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/frameworks.py" line="39"/>
        <source>the project already has a framework named &apos;{name}&apos;</source>
        <translation>the project already has a framework named &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/frameworks.py" line="43"/>
        <source>speerpunt codes used twice: {codes}</source>
        <translation>speerpunt codes used twice: {codes}</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/frameworks.py" line="76"/>
        <location filename="../../desktop/store/frameworks.py" line="91"/>
        <source>no theme with id &apos;{id}&apos;</source>
        <translation>no theme with id &apos;{id}&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/frameworks.py" line="85"/>
        <location filename="../../desktop/store/frameworks.py" line="81"/>
        <source>no speerpunt with id &apos;{id}&apos;</source>
        <translation>no speerpunt with id &apos;{id}&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/frameworks.py" line="98"/>
        <source>the code &apos;{code}&apos; is already used by &apos;{title}&apos;</source>
        <translation>the code &apos;{code}&apos; is already used by &apos;{title}&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/frameworks.py" line="115"/>
        <source>a theme needs a title</source>
        <translation>a theme needs a title</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/frameworks.py" line="138"/>
        <source>a speerpunt needs a title</source>
        <translation>a speerpunt needs a title</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/frameworks.py" line="197"/>
        <source>the title cannot be empty</source>
        <translation>the title cannot be empty</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/frameworks.py" line="204"/>
        <source>&apos;{colour}&apos; is not a colour like #1f77b4</source>
        <translation>&apos;{colour}&apos; is not a colour like #1f77b4</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/frameworks.py" line="238"/>
        <source>only a live row can move</source>
        <translation>only a live row can move</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/frameworks.py" line="259"/>
        <source>a speerpunt&apos;s findings cannot move to the speerpunt being deleted</source>
        <translation>a speerpunt&apos;s findings cannot move to the speerpunt being deleted</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/frameworks.py" line="265"/>
        <source>no speerpunt with id &apos;{id}&apos; to move the findings to</source>
        <translation>no speerpunt with id &apos;{id}&apos; to move the findings to</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/frameworks.py" line="312"/>
        <source>the theme&apos;s speerpunten hold {count} finding(s); delete or move those speerpunten first</source>
        <translation>the theme&apos;s speerpunten hold {count} finding(s); delete or move those speerpunten first</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/merge.py" line="88"/>
        <source>{name}: cannot merge a project with itself</source>
        <translation>{name}: cannot merge a project with itself</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/merge.py" line="123"/>
        <source>{name}: no such file</source>
        <translation>{name}: no such file</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/merge.py" line="160"/>
        <source>{name}: refused, nothing was changed: {problem}</source>
        <translation>{name}: refused, nothing was changed: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/merge.py" line="199"/>
        <source>{name} holds findings on documents this project does not have ({documents}); import those documents first, or merge the whole project file</source>
        <translation>{name} holds findings on documents this project does not have ({documents}); import those documents first, or merge the whole project file</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/merge.py" line="220"/>
        <source>merging {name} failed, nothing was changed ({error})</source>
        <translation>merging {name} failed, nothing was changed ({error})</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/revisions.py" line="92"/>
        <source>&apos;{title}&apos; is already superseded by &apos;{newer}&apos; ({id}); import the new version of that one</source>
        <translation>&apos;{title}&apos; is already superseded by &apos;{newer}&apos; ({id}); import the new version of that one</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/revisions.py" line="94"/>
        <source>&apos;{title}&apos; is already superseded; import the new version of that one</source>
        <translation>&apos;{title}&apos; is already superseded; import the new version of that one</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/revisions.py" line="124"/>
        <source>&apos;{title}&apos; is already superseded; import the new version of the newest one</source>
        <translation>&apos;{title}&apos; is already superseded; import the new version of the newest one</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/revisions.py" line="239"/>
        <location filename="../../desktop/operations/revisions.py" line="273"/>
        <location filename="../../desktop/store/findings.py" line="66"/>
        <location filename="../../desktop/store/ids.py" line="49"/>
        <source>no finding with id &apos;{id}&apos;</source>
        <translation>no finding with id &apos;{id}&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/revisions.py" line="250"/>
        <source>an orphaned finding has no place to accept ({ids}); re-point it</source>
        <translation>an orphaned finding has no place to accept ({ids}); re-point it</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/revisions.py" line="275"/>
        <source>the finding is on a superseded version; re-point it in the newer one</source>
        <translation>the finding is on a superseded version; re-point it in the newer one</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/findings.py" line="25"/>
        <source>positive</source>
        <translation>positive</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/findings.py" line="25"/>
        <source>concern</source>
        <translation>concern</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/findings.py" line="26"/>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/findings.py" line="50"/>
        <source>give both start and end, or neither</source>
        <translation>give both start and end, or neither</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/findings.py" line="52"/>
        <source>a {assessment} finding needs a span of text (start and end)</source>
        <translation>a {assessment} finding needs a span of text (start and end)</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/findings.py" line="59"/>
        <location filename="../../desktop/store/documents.py" line="161"/>
        <location filename="../../desktop/store/ids.py" line="47"/>
        <source>no document with id &apos;{id}&apos;</source>
        <translation>no document with id &apos;{id}&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/findings.py" line="61"/>
        <source>&apos;{title}&apos; is superseded by a newer version and read-only; tag the newer version</source>
        <translation>&apos;{title}&apos; is superseded by a newer version and read-only; tag the newer version</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/findings.py" line="67"/>
        <location filename="../../desktop/operations/revisions.py" line="278"/>
        <source>the span {start}-{end} lies outside the document (0-{length}) or is empty</source>
        <translation>the span {start}-{end} lies outside the document (0-{length}) or is empty</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/findings.py" line="74"/>
        <source>the span in the position paper lies outside that document</source>
        <translation>the span in the position paper lies outside that document</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/findings.py" line="138"/>
        <source>a {assessment} finding needs a span of text</source>
        <translation>a {assessment} finding needs a span of text</translation>
    </message>
    <message>
        <location filename="../../desktop/store/exchange/bundle.py" line="69"/>
        <source>{name}: refused: the bundle is nested too deeply to be a findings bundle</source>
        <translation>{name}: refused: the bundle is nested too deeply to be a findings bundle</translation>
    </message>
    <message>
        <location filename="../../desktop/store/exchange/bundle.py" line="72"/>
        <source>{name}: the bundle is damaged ({error})</source>
        <translation>{name}: the bundle is damaged ({error})</translation>
    </message>
    <message>
        <location filename="../../desktop/store/exchange/bundle.py" line="75"/>
        <source>{name}: not a Speerpunt findings bundle</source>
        <translation>{name}: not a Speerpunt findings bundle</translation>
    </message>
    <message>
        <location filename="../../desktop/store/exchange/bundle.py" line="79"/>
        <source>{name}: made by a newer version of Speerpunt (bundle version {version}); please update Speerpunt</source>
        <translation>{name}: made by a newer version of Speerpunt (bundle version {version}); please update Speerpunt</translation>
    </message>
    <message>
        <location filename="../../desktop/store/exchange/bundle.py" line="83"/>
        <source>{name}: the bundle is damaged (missing or malformed {part})</source>
        <translation>{name}: the bundle is damaged (missing or malformed {part})</translation>
    </message>
    <message>
        <location filename="../../desktop/store/exchange/bundle.py" line="88"/>
        <source>{name}: refused: author {value} is not a name</source>
        <translation>{name}: refused: author {value} is not a name</translation>
    </message>
    <message>
        <location filename="../../desktop/store/exchange/bundle.py" line="99"/>
        <source>{name}: refused: {problem}</source>
        <translation>{name}: refused: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/store/exchange/bundle.py" line="113"/>
        <source>{name}: refused: the bundle unpacks to more than {megabytes} MB (a ZIP bomb or not a findings bundle)</source>
        <translation>{name}: refused: the bundle unpacks to more than {megabytes} MB (a ZIP bomb or not a findings bundle)</translation>
    </message>
    <message>
        <location filename="../../exporters/__init__.py" line="45"/>
        <source>unknown layout &apos;{layout}&apos; (use one of: {layouts})</source>
        <translation>unknown layout &apos;{layout}&apos; (use one of: {layouts})</translation>
    </message>
    <message>
        <location filename="../../exporters/__init__.py" line="51"/>
        <source>{name}: the {layout} layout writes a {suffix} file</source>
        <translation>{name}: the {layout} layout writes a {suffix} file</translation>
    </message>
    <message>
        <location filename="../../exporters/comparison_report.py" line="150"/>
        <source>the project holds no agreements to compare; import them first</source>
        <translation>the project holds no agreements to compare; import them first</translation>
    </message>
    <message>
        <location filename="../../exporters/comparison_report.py" line="155"/>
        <location filename="../../exporters/overzicht.py" line="165"/>
        <source>no agreement is in the category &apos;{category}&apos; (categories: {categories})</source>
        <translation>no agreement is in the category &apos;{category}&apos; (categories: {categories})</translation>
    </message>
    <message>
        <location filename="../../exporters/comparison_report.py" line="156"/>
        <location filename="../../exporters/overzicht.py" line="166"/>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location filename="../../exporters/comparison_report.py" line="200"/>
        <source>no speerpunten to compare: add a framework, or choose other themes</source>
        <translation>no speerpunten to compare: add a framework, or choose other themes</translation>
    </message>
    <message>
        <location filename="../../exporters/docx_blocks.py" line="43"/>
        <source>the report date &apos;{date}&apos; is not a day in the calendar; correct it</source>
        <translation>the report date &apos;{date}&apos; is not a day in the calendar; correct it</translation>
    </message>
    <message>
        <location filename="../../exporters/house_style.py" line="51"/>
        <source>{name}: the template does not exist</source>
        <translation>{name}: the template does not exist</translation>
    </message>
    <message>
        <location filename="../../exporters/house_style.py" line="57"/>
        <source>{name}: the template is not a Word .docx file</source>
        <translation>{name}: the template is not a Word .docx file</translation>
    </message>
    <message>
        <location filename="../../exporters/house_style.py" line="62"/>
        <source>{name}: the template is refused: {reason}</source>
        <translation>{name}: the template is refused: {reason}</translation>
    </message>
    <message>
        <location filename="../../exporters/house_style.py" line="67"/>
        <source>{name}: the template cannot be read as a Word document ({error})</source>
        <translation>{name}: the template cannot be read as a Word document ({error})</translation>
    </message>
    <message>
        <location filename="../../exporters/overzicht.py" line="156"/>
        <source>the project holds no agreements; import them first</source>
        <translation>the project holds no agreements; import them first</translation>
    </message>
    <message>
        <location filename="../../exporters/overzicht.py" line="179"/>
        <source>no speerpunten to give an overview of: add a framework, or choose other themes</source>
        <translation>no speerpunten to give an overview of: add a framework, or choose other themes</translation>
    </message>
    <message>
        <location filename="../../exporters/qdpx.py" line="104"/>
        <source>the project has no documents to export</source>
        <translation>the project has no documents to export</translation>
    </message>
    <message>
        <location filename="../../exporters/qdpx.py" line="187"/>
        <source>&apos;{title}&apos; is larger than the 2 GB a REFI-QDA source may be</source>
        <translation>&apos;{title}&apos; is larger than the 2 GB a REFI-QDA source may be</translation>
    </message>
    <message>
        <location filename="../../exporters/qdpx.py" line="296"/>
        <source>no framework to export named &apos;{name}&apos;</source>
        <translation>no framework to export named &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../exporters/qdpx.py" line="297"/>
        <source>no framework to export</source>
        <translation>no framework to export</translation>
    </message>
    <message>
        <location filename="../../exporters/report.py" line="100"/>
        <source>the project holds no agreement to export; import one first</source>
        <translation>the project holds no agreement to export; import one first</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/errors.py" line="23"/>
        <source>{reason} (line {line})</source>
        <translation>{reason} (line {line})</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/outline.py" line="66"/>
        <source>no theme headings (&apos;# Theme&apos;); nothing to read as a framework</source>
        <translation>no theme headings (&apos;# Theme&apos;); nothing to read as a framework</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/outline.py" line="77"/>
        <source>no framework name: add a &apos;name:&apos; front matter or a &apos;# Title&apos; heading</source>
        <translation>no framework name: add a &apos;name:&apos; front matter or a &apos;# Title&apos; heading</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/outline.py" line="81"/>
        <source>no themes found</source>
        <translation>no themes found</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/outline.py" line="91"/>
        <source>front matter opened with &apos;---&apos; is never closed</source>
        <translation>front matter opened with &apos;---&apos; is never closed</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/outline.py" line="98"/>
        <location filename="../../desktop/frameworks/outline.py" line="102"/>
        <source>front matter is not valid YAML: {error}</source>
        <translation>front matter is not valid YAML: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/outline.py" line="106"/>
        <source>front matter must be &apos;key: value&apos; lines</source>
        <translation>front matter must be &apos;key: value&apos; lines</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/outline.py" line="113"/>
        <source>front matter &apos;{key}&apos; must be text</source>
        <translation>front matter &apos;{key}&apos; must be text</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/outline.py" line="217"/>
        <source>speerpunt &apos;{title}&apos; comes before the first theme heading</source>
        <translation>speerpunt &apos;{title}&apos; comes before the first theme heading</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/outline.py" line="232"/>
        <source>code &apos;{code}&apos; is also used on line {line}; codes must be unique</source>
        <translation>code &apos;{code}&apos; is also used on line {line}; codes must be unique</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/documents.py" line="157"/>
        <source>a document needs a title</source>
        <translation>a document needs a title</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/conflicts.py" line="61"/>
        <source>the other version refers to a document this project no longer has</source>
        <translation>the other version refers to a document this project no longer has</translation>
    </message>
    <message>
        <location filename="../../desktop/store/documents.py" line="163"/>
        <source>the document &apos;{id}&apos; is damaged (its text is not text)</source>
        <translation>the document &apos;{id}&apos; is damaged (its text is not text)</translation>
    </message>
    <message>
        <location filename="../../desktop/store/documents.py" line="170"/>
        <source>no original file stored for document &apos;{id}&apos;</source>
        <translation>no original file stored for document &apos;{id}&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/store/frameworks.py" line="104"/>
        <source>the code &apos;{code}&apos; is used in several frameworks ({names}); name the framework</source>
        <translation>the code &apos;{code}&apos; is used in several frameworks ({names}); name the framework</translation>
    </message>
    <message>
        <location filename="../../desktop/store/frameworks.py" line="109"/>
        <source>no speerpunt with code &apos;{code}&apos;</source>
        <translation>no speerpunt with code &apos;{code}&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/store/frameworks.py" line="134"/>
        <source>the theme &apos;{theme}&apos; is in several frameworks ({names}); use its id</source>
        <translation>the theme &apos;{theme}&apos; is in several frameworks ({names}); use its id</translation>
    </message>
    <message>
        <location filename="../../desktop/store/frameworks.py" line="136"/>
        <source>no theme with code or title &apos;{theme}&apos;</source>
        <translation>no theme with code or title &apos;{theme}&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/store/ids.py" line="50"/>
        <source>no open conflict with id &apos;{id}&apos;</source>
        <translation>no open conflict with id &apos;{id}&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/store/ids.py" line="55"/>
        <source>the id &apos;{id}&apos; fits {count} documents; give more characters</source>
        <translation>the id &apos;{id}&apos; fits {count} documents; give more characters</translation>
    </message>
    <message>
        <location filename="../../desktop/store/ids.py" line="57"/>
        <source>the id &apos;{id}&apos; fits {count} findings; give more characters</source>
        <translation>the id &apos;{id}&apos; fits {count} findings; give more characters</translation>
    </message>
    <message>
        <location filename="../../desktop/store/ids.py" line="58"/>
        <source>the id &apos;{id}&apos; fits {count} open conflicts; give more characters</source>
        <translation>the id &apos;{id}&apos; fits {count} open conflicts; give more characters</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/ui/window/about_dialog.py" line="70"/>
        <location filename="../../desktop/ui/window/about_dialog.py" line="71"/>
        <source>About Speerpunt</source>
        <translation>About Speerpunt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/about_dialog.py" line="72"/>
        <source>Speerpunt %1

Tag coalition agreements against your organisation&apos;s speerpunten and draft a formal reaction. Works offline; your project is one file.</source>
        <translation>Speerpunt %1

Tag coalition agreements against your organisation&apos;s speerpunten and draft a formal reaction. Works offline; your project is one file.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/about_dialog.py" line="76"/>
        <source>No project is open.</source>
        <translation>No project is open.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/about_dialog.py" line="78"/>
        <source>Project file: %1</source>
        <translation>Project file: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/about_dialog.py" line="79"/>
        <source>&amp;Libraries in Speerpunt and their licences:</source>
        <translation>&amp;Libraries in Speerpunt and their licences:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/about_dialog.py" line="80"/>
        <source>Libraries in Speerpunt and their licences</source>
        <translation>Libraries in Speerpunt and their licences</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/about_dialog.py" line="81"/>
        <source>Licence notice</source>
        <translation>Licence notice</translation>
    </message>
</context>
<context>
    <name>AgreementModel</name>
    <message>
        <location filename="../../desktop/ui/collaboration/review_model.py" line="191"/>
        <source>All speerpunten and assessments</source>
        <translation>All speerpunten and assessments</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/review_model.py" line="193"/>
        <source>Per speerpunt: treated, missing or silent (whole agreement)</source>
        <translation>Per speerpunt: treated, missing or silent (whole agreement)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/review_model.py" line="204"/>
        <source>Each speerpunt that at least one analyst judged on this agreement counts once: did the analyst tag passages under it, call it missing, or say nothing about it?</source>
        <translation>Each speerpunt that at least one analyst judged on this agreement counts once: did the analyst tag passages under it, call it missing, or say nothing about it?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/collaboration/review_model.py" line="212"/>
        <source>%Ln speerpunt(s)</source>
        <translation>
            <numerusform>%Ln speerpunt</numerusform>
            <numerusform>%Ln speerpunten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/collaboration/review_model.py" line="213"/>
        <source>%Ln passage(s)</source>
        <translation>
            <numerusform>%Ln passage</numerusform>
            <numerusform>%Ln passages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/review_model.py" line="225"/>
        <source>Not defined here: too few passages, or everyone gave the same label everywhere.</source>
        <translation>Not defined here: too few passages, or everyone gave the same label everywhere.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/review_model.py" line="229"/>
        <source>Measured over</source>
        <translation>Measured over</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/review_model.py" line="235"/>
        <source>Passages tagged, or speerpunten judged, by at least one analyst</source>
        <translation>Passages tagged, or speerpunten judged, by at least one analyst</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/review_model.py" line="229"/>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/review_model.py" line="229"/>
        <source>Cohen&apos;s κ</source>
        <translation>Cohen&apos;s κ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/review_model.py" line="229"/>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/review_model.py" line="230"/>
        <source>Krippendorff&apos;s α</source>
        <translation>Krippendorff&apos;s α</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/review_model.py" line="236"/>
        <source>Share of analyst pairs giving the same label</source>
        <translation>Share of analyst pairs giving the same label</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/review_model.py" line="237"/>
        <source>Agreement beyond chance, for two analysts (1 = full, 0 = chance)</source>
        <translation>Agreement beyond chance, for two analysts (1 = full, 0 = chance)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/review_model.py" line="238"/>
        <source>Agreement beyond chance, any number of analysts (≥ 0.8 is good, &lt; 0.667 weak)</source>
        <translation>Agreement beyond chance, any number of analysts (≥ 0.8 is good, &lt; 0.667 weak)</translation>
    </message>
</context>
<context>
    <name>Assessment</name>
    <message>
        <location filename="../../desktop/ui/assessments.py" line="47"/>
        <source>Positive</source>
        <translation>Positive</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assessments.py" line="49"/>
        <source>Concern</source>
        <translation>Concern</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assessments.py" line="50"/>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
</context>
<context>
    <name>AuthorHighlighting</name>
    <message>
        <location filename="../../desktop/ui/window/author_highlights.py" line="35"/>
        <source>Colour findings by &amp;analyst</source>
        <translation>Colour findings by &amp;analyst</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/author_highlights.py" line="36"/>
        <source>Fill each finding in its analyst&apos;s colour; the underline still shows the assessment</source>
        <translation>Fill each finding in its analyst&apos;s colour; the underline still shows the assessment</translation>
    </message>
</context>
<context>
    <name>BatchImport</name>
    <message>
        <location filename="../../desktop/ui/documents/batch_import.py" line="197"/>
        <source>Import documents</source>
        <translation>Import documents</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/batch_import.py" line="198"/>
        <source>Import progress</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/batch_import.py" line="199"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/batch_import.py" line="214"/>
        <source>File %1 of %2: %3</source>
        <translation>File %1 of %2: %3</translation>
    </message>
</context>
<context>
    <name>BatchSummaryDialog</name>
    <message>
        <location filename="../../desktop/ui/documents/batch_import.py" line="291"/>
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/batch_import.py" line="292"/>
        <source>Import summary</source>
        <translation>Import summary</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/batch_import.py" line="293"/>
        <source>Imported and refused files</source>
        <translation>Imported and refused files</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/batch_import.py" line="294"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/batch_import.py" line="294"/>
        <source>Cited as / reason</source>
        <translation>Cited as / reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/batch_import.py" line="295"/>
        <source>Documents imported: %1</source>
        <translation>Documents imported: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/batch_import.py" line="297"/>
        <source>not imported: %1</source>
        <translation>not imported: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/batch_import.py" line="299"/>
        <source>cancelled, not read: %1</source>
        <translation>cancelled, not read: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/batch_import.py" line="301"/>
        <source>Check the short names and categories in the documents table: comparisons cite and group the agreements by them.</source>
        <translation>Check the short names and categories in the documents table: comparisons cite and group the agreements by them.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/batch_import.py" line="304"/>
        <source>Imported (%1)</source>
        <translation>Imported (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/batch_import.py" line="305"/>
        <source>Not imported (%1)</source>
        <translation>Not imported (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/batch_import.py" line="306"/>
        <source>Not read, import cancelled (%1)</source>
        <translation>Not read, import cancelled (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/batch_import.py" line="307"/>
        <source>&amp;Edit details…</source>
        <translation>&amp;Edit details…</translation>
    </message>
</context>
<context>
    <name>BundleExport</name>
    <message>
        <location filename="../../desktop/ui/collaboration/bundle_export.py" line="45"/>
        <location filename="../../desktop/ui/collaboration/bundle_export.py" line="52"/>
        <location filename="../../desktop/ui/collaboration/bundle_export.py" line="58"/>
        <source>Export findings bundle</source>
        <translation>Export findings bundle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/bundle_export.py" line="46"/>
        <source>Findings bundles (*%1)</source>
        <translation>Findings bundles (*%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/bundle_export.py" line="53"/>
        <source>The bundle could not be written: %1</source>
        <translation>The bundle could not be written: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/bundle_export.py" line="59"/>
        <source>Wrote %1 (%2 findings, %3 kB). Send it to your colleague; they choose File → Merge with… to bring it into their project.</source>
        <translation>Wrote %1 (%2 findings, %3 kB). Send it to your colleague; they choose File → Merge with… to bring it into their project.</translation>
    </message>
</context>
<context>
    <name>CategoryEditor</name>
    <message>
        <location filename="../../desktop/ui/documents/category_editor.py" line="55"/>
        <source>New category</source>
        <translation>New category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/category_editor.py" line="56"/>
        <source>Type a category, Enter to add</source>
        <translation>Type a category, Enter to add</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/category_editor.py" line="58"/>
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/category_editor.py" line="59"/>
        <source>Category %1, press to remove</source>
        <translation>Category %1, press to remove</translation>
    </message>
</context>
<context>
    <name>CollaborationMenu</name>
    <message>
        <location filename="../../desktop/ui/collaboration/collaboration_menu.py" line="70"/>
        <source>&amp;Merge with…</source>
        <translation>&amp;Merge with…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/collaboration_menu.py" line="71"/>
        <source>&amp;Export findings bundle…</source>
        <translation>&amp;Export findings bundle…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/collaboration_menu.py" line="72"/>
        <source>Restore &amp;backup…</source>
        <translation>Restore &amp;backup…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/collaboration_menu.py" line="73"/>
        <source>&amp;Review</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/collaboration_menu.py" line="74"/>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflicts…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/collaboration_menu.py" line="75"/>
        <source>Compare &amp;analysts…</source>
        <translation>Compare &amp;analysts…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/collaboration/collaboration_menu.py" line="94"/>
        <source>%Ln open conflict(s)</source>
        <translation>
            <numerusform>%Ln open conflict</numerusform>
            <numerusform>%Ln open conflicts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/collaboration_menu.py" line="96"/>
        <source>Merged versions that differ from yours wait for your choice: click to list them (Review → Conflicts)</source>
        <translation>Merged versions that differ from yours wait for your choice: click to list them (Review → Conflicts)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/collaboration_menu.py" line="110"/>
        <source>Automatic backup failed: %1</source>
        <translation>Automatic backup failed: %1</translation>
    </message>
</context>
<context>
    <name>CollectionDelegate</name>
    <message>
        <location filename="../../desktop/ui/documents/collection_table.py" line="192"/>
        <source>G40, middelgroot</source>
        <translation>G40, middelgroot</translation>
    </message>
</context>
<context>
    <name>CollectionModel</name>
    <message>
        <location filename="../../desktop/ui/documents/collection_table.py" line="142"/>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/collection_table.py" line="142"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/collection_table.py" line="142"/>
        <source>Issuer</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/collection_table.py" line="142"/>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/collection_table.py" line="143"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/collection_table.py" line="143"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/collection_table.py" line="143"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/collection_table.py" line="143"/>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/collection_table.py" line="143"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/collection_table.py" line="144"/>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
</context>
<context>
    <name>CollectionTable</name>
    <message>
        <location filename="../../desktop/ui/documents/collection_table.py" line="265"/>
        <source>Documents table</source>
        <translation>Documents table</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/collection_table.py" line="266"/>
        <source>Documents with their details</source>
        <translation>Documents with their details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/collection_table.py" line="267"/>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/collection_table.py" line="269"/>
        <source>Show documents of category</source>
        <translation>Show documents of category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/collection_table.py" line="270"/>
        <source>&amp;Properties…</source>
        <translation>&amp;Properties…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/collection_table.py" line="271"/>
        <source>Edit all details of the selected document</source>
        <translation>Edit all details of the selected document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/collection_table.py" line="273"/>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/collection_table.py" line="274"/>
        <source>No category</source>
        <translation>No category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/collection_table.py" line="329"/>
        <source>%1 of %2 documents</source>
        <translation>%1 of %2 documents</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <location filename="../../desktop/ui/collaboration/review_model.py" line="102"/>
        <source>p. %1</source>
        <translation>p. %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/review_model.py" line="121"/>
        <source>Speerpunt %1 %2 — the agreement as a whole</source>
        <translation>Speerpunt %1 %2 — the agreement as a whole</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/review_model.py" line="123"/>
        <source>At least one analyst says the agreement ignores this speerpunt. This row compares what each analyst said about it on the whole agreement: missing, passages tagged under it, or nothing.</source>
        <translation>At least one analyst says the agreement ignores this speerpunt. This row compares what each analyst said about it on the whole agreement: missing, passages tagged under it, or nothing.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/review_model.py" line="138"/>
        <source>— said nothing about it</source>
        <translation>— said nothing about it</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/collaboration/review_model.py" line="147"/>
        <source>Tagged %Ln passage(s): %1</source>
        <translation>
            <numerusform>Tagged %Ln passage: %1</numerusform>
            <numerusform>Tagged %Ln passages: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/review_model.py" line="166"/>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/review_model.py" line="168"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="47"/>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="48"/>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="62"/>
        <source>Speerpunt</source>
        <translation>Speerpunt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="49"/>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="50"/>
        <source>Framework</source>
        <translation>Framework</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="51"/>
        <source>Reaction text</source>
        <translation>Reaction text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="52"/>
        <source>Project setting</source>
        <translation>Project setting</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="53"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="60"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="61"/>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="63"/>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="64"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="65"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="66"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="67"/>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="68"/>
        <source>Formulation</source>
        <translation>Formulation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="69"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="70"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="71"/>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="72"/>
        <source>Span</source>
        <translation>Span</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="73"/>
        <source>Quote</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="74"/>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="100"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="101"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="115"/>
        <source>(not in this project)</source>
        <translation>(not in this project)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="129"/>
        <source>(same content)</source>
        <translation>(same content)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="131"/>
        <source>— changed %1</source>
        <translation>— changed %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="141"/>
        <source>Missing: %1</source>
        <translation>Missing: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="148"/>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="167"/>
        <source>Remarks on theme %1</source>
        <translation>Remarks on theme %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="171"/>
        <source>Report: %1</source>
        <translation>Report: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="217"/>
        <source>other version restored</source>
        <translation>other version restored</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="219"/>
        <source>current version kept</source>
        <translation>current version kept</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="221"/>
        <source>replaced when the other version was restored</source>
        <translation>replaced when the other version was restored</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="296"/>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="297"/>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="299"/>
        <source>You and a colleague changed the same thing before merging. The later change is in use (current version); the other one is kept here. Keep the current version, or restore the other one.</source>
        <translation>You and a colleague changed the same thing before merging. The later change is in use (current version); the other one is kept here. Keep the current version, or restore the other one.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="301"/>
        <source>Conflicts, with both versions</source>
        <translation>Conflicts, with both versions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="302"/>
        <source>Show resolved</source>
        <translation>Show resolved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="303"/>
        <source>Keep current</source>
        <translation>Keep current</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="304"/>
        <source>Keep the current version of the selected conflicts</source>
        <translation>Keep the current version of the selected conflicts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="305"/>
        <source>Restore other version…</source>
        <translation>Restore other version…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="306"/>
        <source>Restore the other version of the selected conflicts</source>
        <translation>Restore the other version of the selected conflicts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="347"/>
        <source>Not resolved: %1</source>
        <translation>Not resolved: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="352"/>
        <source>Restore other version</source>
        <translation>Restore other version</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="353"/>
        <source>Replace the current version with the other one for %Ln conflict(s)? This cannot be undone with Undo; the version replaced stays in this list (Show resolved).</source>
        <translation>
            <numerusform>Replace the current version with the other one for %Ln conflict? This cannot be undone with Undo; the version replaced stays in this list (Show resolved).</numerusform>
            <numerusform>Replace the current versions with the other ones for %Ln conflicts? This cannot be undone with Undo; the versions replaced stay in this list (Show resolved).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="371"/>
        <source>No open conflicts. They appear when a merge finds that you and a colleague both changed the same thing.</source>
        <translation>No open conflicts. They appear when a merge finds that you and a colleague both changed the same thing.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="374"/>
        <source>%Ln conflict(s). Double-click a finding to see its passage.</source>
        <translation>
            <numerusform>%Ln conflict. Double-click a finding to see its passage.</numerusform>
            <numerusform>%Ln conflicts. Double-click a finding to see its passage.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="204"/>
        <source>Resolved: %1</source>
        <translation>Resolved: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="211"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="211"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="211"/>
        <source>Current version (in use)</source>
        <translation>Current version (in use)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="211"/>
        <source>Other version</source>
        <translation>Other version</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="212"/>
        <source>Detected</source>
        <translation>Detected</translation>
    </message>
</context>
<context>
    <name>CoverageModel</name>
    <message>
        <location filename="../../desktop/ui/review/coverage.py" line="90"/>
        <source>No finding yet: does the agreement address this? If not, mark it missing.</source>
        <translation>No finding yet: does the agreement address this? If not, mark it missing.</translation>
    </message>
</context>
<context>
    <name>CoverageView</name>
    <message>
        <location filename="../../desktop/ui/review/coverage.py" line="179"/>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/coverage.py" line="180"/>
        <source>Coverage of speerpunten per agreement</source>
        <translation>Coverage of speerpunten per agreement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/coverage.py" line="182"/>
        <source>%1  ·  hatched: no finding yet (missing?). Click a cell to see its findings.</source>
        <translation>%1  ·  hatched: no finding yet (missing?). Click a cell to see its findings.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/coverage.py" line="184"/>
        <source>Mark missing in this agreement…</source>
        <translation>Mark missing in this agreement…</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../../desktop/ui/window/crash_reporter.py" line="80"/>
        <source>Speerpunt ran into an unexpected problem. Your work up to the last completed step is saved in the project file.

A report for your IT department was written to:
%1

Help → Report a problem… shows it.</source>
        <translation>Speerpunt ran into an unexpected problem. Your work up to the last completed step is saved in the project file.

A report for your IT department was written to:
%1

Help → Report a problem… shows it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/crash_reporter.py" line="85"/>
        <source>Speerpunt ran into an unexpected problem. Your work up to the last completed step is saved in the project file.

The report could not be written to this computer&apos;s disk.</source>
        <translation>Speerpunt ran into an unexpected problem. Your work up to the last completed step is saved in the project file.

The report could not be written to this computer&apos;s disk.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/crash_reporter.py" line="88"/>
        <source>Unexpected problem</source>
        <translation>Unexpected problem</translation>
    </message>
</context>
<context>
    <name>DocumentCommands</name>
    <message>
        <location filename="../../desktop/ui/commands/documents.py" line="22"/>
        <source>Change document details</source>
        <translation>Change document details</translation>
    </message>
</context>
<context>
    <name>DocumentImporter</name>
    <message>
        <location filename="../../desktop/ui/documents/import_flow.py" line="182"/>
        <source>Import documents</source>
        <translation>Import documents</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/import_flow.py" line="185"/>
        <source>Import progress</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/import_flow.py" line="183"/>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/import_flow.py" line="183"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/import_flow.py" line="156"/>
        <location filename="../../desktop/ui/documents/import_flow.py" line="204"/>
        <location filename="../../desktop/ui/documents/import_flow.py" line="212"/>
        <location filename="../../desktop/ui/documents/import_flow.py" line="214"/>
        <source>Not imported</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/import_flow.py" line="156"/>
        <source>There are no files to import in the chosen folder.</source>
        <translation>There are no files to import in the chosen folder.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/import_flow.py" line="215"/>
        <source>An unexpected error stopped the import: %1</source>
        <translation>An unexpected error stopped the import: %1</translation>
    </message>
</context>
<context>
    <name>DocumentKind</name>
    <message>
        <location filename="../../desktop/ui/documents/library_model.py" line="28"/>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/library_model.py" line="30"/>
        <source>Position paper</source>
        <translation>Position paper</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/library_model.py" line="31"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>DocumentLibrary</name>
    <message>
        <location filename="../../desktop/ui/documents/document_library.py" line="107"/>
        <source>Document library</source>
        <translation>Document library</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/document_library.py" line="108"/>
        <source>Documents of the project</source>
        <translation>Documents of the project</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/document_library.py" line="109"/>
        <source>Find a document…</source>
        <translation>Find a document…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/document_library.py" line="110"/>
        <source>No documents yet. Import the agreement and your position paper with Ctrl+I, or drop them onto this window.</source>
        <translation>No documents yet. Import the agreement and your position paper with Ctrl+I, or drop them onto this window.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/document_library.py" line="112"/>
        <source>Find a document by name or category</source>
        <translation>Find a document by name or category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/document_library.py" line="113"/>
        <source>Shows the documents whose name or title holds every word typed (or that are in a category typed in full); Enter opens the first</source>
        <translation>Shows the documents whose name or title holds every word typed (or that are in a category typed in full); Enter opens the first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/document_library.py" line="115"/>
        <source>Show documents of category</source>
        <translation>Show documents of category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/document_library.py" line="117"/>
        <location filename="../../desktop/ui/documents/document_library.py" line="175"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/document_library.py" line="259"/>
        <source>Open &amp;left</source>
        <translation>Open &amp;left</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/document_library.py" line="261"/>
        <source>Open &amp;right</source>
        <translation>Open &amp;right</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/document_library.py" line="263"/>
        <source>&amp;Properties…</source>
        <translation>&amp;Properties…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/document_library.py" line="265"/>
        <source>Import &amp;new version…</source>
        <translation>Import &amp;new version…</translation>
    </message>
</context>
<context>
    <name>DocumentMargin</name>
    <message>
        <location filename="../../desktop/ui/panes/document_margin.py" line="46"/>
        <source>Page numbers and speerpunt marks</source>
        <translation>Page numbers and speerpunt marks</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/document_margin.py" line="47"/>
        <source>p. %1</source>
        <translation>p. %1</translation>
    </message>
</context>
<context>
    <name>DocumentPane</name>
    <message>
        <location filename="../../desktop/ui/panes/document_pane.py" line="150"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/document_pane.py" line="435"/>
        <source>Select text or click in a paragraph first</source>
        <translation>Select text or click in a paragraph first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/document_pane.py" line="471"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/document_pane.py" line="471"/>
        <source>Note on this finding:</source>
        <translation>Note on this finding:</translation>
    </message>
</context>
<context>
    <name>DocumentPropertiesDialog</name>
    <message>
        <location filename="../../desktop/ui/documents/document_properties.py" line="81"/>
        <location filename="../../desktop/ui/documents/document_properties.py" line="82"/>
        <source>Document properties</source>
        <translation>Document properties</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/document_properties.py" line="83"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/document_properties.py" line="84"/>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/document_properties.py" line="85"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/document_properties.py" line="87"/>
        <source>&amp;Short name:</source>
        <translation>&amp;Short name:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/document_properties.py" line="87"/>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/document_properties.py" line="88"/>
        <source>How a comparison cites it, e.g. Almere</source>
        <translation>How a comparison cites it, e.g. Almere</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/document_properties.py" line="89"/>
        <source>&amp;Issuer:</source>
        <translation>&amp;Issuer:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/document_properties.py" line="89"/>
        <source>Issuer</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/document_properties.py" line="89"/>
        <source>e.g. Gemeente Almere</source>
        <translation>e.g. Gemeente Almere</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/document_properties.py" line="90"/>
        <source>&amp;Categories:</source>
        <translation>&amp;Categories:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/document_properties.py" line="90"/>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/document_properties.py" line="91"/>
        <source>Groups to compare by, e.g. G40, middelgroot, platteland</source>
        <translation>Groups to compare by, e.g. G40, middelgroot, platteland</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/document_properties.py" line="92"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/document_properties.py" line="92"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/document_properties.py" line="92"/>
        <source>e.g. 2026-05-12</source>
        <translation>e.g. 2026-05-12</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/document_properties.py" line="93"/>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/document_properties.py" line="93"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/document_properties.py" line="93"/>
        <source>e.g. 2026-2030</source>
        <translation>e.g. 2026-2030</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/document_properties.py" line="94"/>
        <source>&amp;Parties:</source>
        <translation>&amp;Parties:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/document_properties.py" line="94"/>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/document_properties.py" line="94"/>
        <source>The coalition parties</source>
        <translation>The coalition parties</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <location filename="../../desktop/ui/panes/document_view.py" line="64"/>
        <source>Document text</source>
        <translation>Document text</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="258"/>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="520"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="259"/>
        <source>Export the reaction</source>
        <translation>Export the reaction</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="260"/>
        <source>Reaction per speerpunt (Word)</source>
        <translation>Reaction per speerpunt (Word)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="261"/>
        <source>Analysis per topic (Word)</source>
        <translation>Analysis per topic (Word)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="262"/>
        <source>Annotated agreement (Word, findings as comments)</source>
        <translation>Annotated agreement (Word, findings as comments)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="263"/>
        <source>National overview of all agreements (Word, matrix in Excel)</source>
        <translation>National overview of all agreements (Word, matrix in Excel)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="264"/>
        <source>Findings table (CSV)</source>
        <translation>Findings table (CSV)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="264"/>
        <source>Findings table (Excel)</source>
        <translation>Findings table (Excel)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="267"/>
        <source>All documents</source>
        <translation>All documents</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="268"/>
        <source>&amp;Layout:</source>
        <translation>&amp;Layout:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="268"/>
        <source>A&amp;greement:</source>
        <translation>A&amp;greement:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="268"/>
        <source>&amp;Template:</source>
        <translation>&amp;Template:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="268"/>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;guage:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="269"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="269"/>
        <source>Agreement &amp;name:</source>
        <translation>Agreement &amp;name:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="269"/>
        <source>Au&amp;dience:</source>
        <translation>Au&amp;dience:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="270"/>
        <source>&amp;Save as:</source>
        <translation>&amp;Save as:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="273"/>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="274"/>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="275"/>
        <source>Word template</source>
        <translation>Word template</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="276"/>
        <source>Speerpunt house style (built in)</source>
        <translation>Speerpunt house style (built in)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="277"/>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="291"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="278"/>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="494"/>
        <source>Choose a Word template</source>
        <translation>Choose a Word template</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="279"/>
        <source>House style</source>
        <translation>House style</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="280"/>
        <source>Use the built-in house style</source>
        <translation>Use the built-in house style</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="281"/>
        <source>Language of the export</source>
        <translation>Language of the export</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="282"/>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="331"/>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="334"/>
        <source>From the report parts: %1</source>
        <translation>From the report parts: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="284"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="284"/>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="288"/>
        <source>Agreement name</source>
        <translation>Agreement name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="331"/>
        <source>the agreement&apos;s name</source>
        <translation>the agreement&apos;s name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="285"/>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="285"/>
        <source>gemeenten</source>
        <translation>gemeenten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="290"/>
        <source>File to write</source>
        <translation>File to write</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="292"/>
        <source>Choose the file to write</source>
        <translation>Choose the file to write</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="293"/>
        <source>Speerpunten</source>
        <translation>Speerpunten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="294"/>
        <source>Themes and speerpunten to export</source>
        <translation>Themes and speerpunten to export</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="295"/>
        <source>Include speerpunten without findings or reaction</source>
        <translation>Include speerpunten without findings or reaction</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="296"/>
        <source>Appendix with all findings</source>
        <translation>Appendix with all findings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="297"/>
        <source>Outline</source>
        <translation>Outline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="298"/>
        <source>Outline of the export</source>
        <translation>Outline of the export</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="299"/>
        <source>&amp;Open the file</source>
        <translation>&amp;Open the file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="300"/>
        <source>Show in &amp;folder</source>
        <translation>Show in &amp;folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="301"/>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="302"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="335"/>
        <source>This agreement&apos;s own name: %1</source>
        <translation>This agreement&apos;s own name: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="358"/>
        <source>The formal reaction: foreword, starting point, per speerpunt its formulation and your reaction, remarks per theme, closing.</source>
        <translation>The formal reaction: foreword, starting point, per speerpunt its formulation and your reaction, remarks per theme, closing.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="360"/>
        <source>Per theme and speerpunt: “Wat staat er in het akkoord?” with the quoted passages, and “Wat betekent dit voor …?” with your reaction.</source>
        <translation>Per theme and speerpunt: “Wat staat er in het akkoord?” with the quoted passages, and “Wat betekent dit voor …?” with your reaction.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="362"/>
        <source>The agreement&apos;s own text with every finding as a Word comment on its words.</source>
        <translation>The agreement&apos;s own text with every finding as a Word comment on its words.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="363"/>
        <source>Per theme and speerpunt how many agreements treat it, positive, concern or missing, by category, with a few quotes naming their municipality; the full agreement-by-speerpunt matrix is saved beside it as an Excel file.</source>
        <translation>Per theme and speerpunt how many agreements treat it, positive, concern or missing, by category, with a few quotes naming their municipality; the full agreement-by-speerpunt matrix is saved beside it as an Excel file.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="366"/>
        <source>One row per finding, for any spreadsheet (separator “;” for Dutch Excel).</source>
        <translation>One row per finding, for any spreadsheet (separator “;” for Dutch Excel).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="367"/>
        <source>One row per finding, as an Excel workbook with filters.</source>
        <translation>One row per finding, as an Excel workbook with filters.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="417"/>
        <source>Updating the preview…</source>
        <translation>Updating the preview…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="447"/>
        <source>⚠ No organisation is set: the title page will name none. Fill in Organisation.</source>
        <translation>⚠ No organisation is set: the title page will name none. Fill in Organisation.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="460"/>
        <source>Cannot export: %1</source>
        <translation>Cannot export: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="430"/>
        <source>%Ln finding(s); the headings the Word document will have:</source>
        <translation>
            <numerusform>%Ln finding; the headings the Word document will have:</numerusform>
            <numerusform>%Ln findings; the headings the Word document will have:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="433"/>
        <source>%Ln finding(s), one row each, in these columns:</source>
        <translation>
            <numerusform>%Ln finding, in these columns:</numerusform>
            <numerusform>%Ln findings, one row each, in these columns:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="443"/>
        <source>⚠ No organisation is set. Saying “onze organisatie”: %Ln reaction(s) (%1). Fill in Organisation and rewrite before publishing.</source>
        <translation>
            <numerusform>⚠ No organisation is set. Saying “onze organisatie”: %Ln reaction (%1). Fill in Organisation and rewrite before publishing.</numerusform>
            <numerusform>⚠ No organisation is set. Saying “onze organisatie”: %Ln reactions (%1). Fill in Organisation and rewrite before publishing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="449"/>
        <source>⚠ Still saying “onze organisatie” instead of %1: %Ln reaction(s) (%2), drafted before the organisation was set. Rewrite before publishing.</source>
        <translation>
            <numerusform>⚠ Still saying “onze organisatie” instead of %1: %Ln reaction (%2), drafted before the organisation was set. Rewrite before publishing.</numerusform>
            <numerusform>⚠ Still saying “onze organisatie” instead of %1: %Ln reactions (%2), drafted before the organisation was set. Rewrite before publishing.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="470"/>
        <source>The preview could not be made: %1</source>
        <translation>The preview could not be made: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="479"/>
        <source>Save the export as</source>
        <translation>Save the export as</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="495"/>
        <source>Word documents (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="521"/>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="521"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="546"/>
        <source>Written: %1, and beside it the matrix %2</source>
        <translation>Written: %1, and beside it the matrix %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="549"/>
        <source>Written: %1</source>
        <translation>Written: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="560"/>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="562"/>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="565"/>
        <source>Not exported</source>
        <translation>Not exported</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="563"/>
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="566"/>
        <source>An unexpected error stopped the export: %1</source>
        <translation>An unexpected error stopped the export: %1</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../desktop/ui/panes/find_bar.py" line="67"/>
        <location filename="../../desktop/ui/panes/find_bar.py" line="68"/>
        <source>Find in document</source>
        <translation>Find in document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/find_bar.py" line="69"/>
        <source>Text to find</source>
        <translation>Text to find</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/find_bar.py" line="70"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Previous match (Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/find_bar.py" line="71"/>
        <source>Previous match</source>
        <translation>Previous match</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/find_bar.py" line="72"/>
        <source>Next match (Enter)</source>
        <translation>Next match (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/find_bar.py" line="73"/>
        <source>Next match</source>
        <translation>Next match</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/find_bar.py" line="74"/>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/find_bar.py" line="75"/>
        <source>Close find bar</source>
        <translation>Close find bar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/find_bar.py" line="120"/>
        <source>No matches</source>
        <translation>No matches</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/find_bar.py" line="122"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>FindingCommands</name>
    <message>
        <location filename="../../desktop/ui/commands/findings.py" line="72"/>
        <source>Mark missing</source>
        <translation>Mark missing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands/findings.py" line="74"/>
        <source>Add finding</source>
        <translation>Add finding</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands/findings.py" line="139"/>
        <source>Edit note</source>
        <translation>Edit note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands/findings.py" line="141"/>
        <source>Change assessment</source>
        <translation>Change assessment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands/findings.py" line="143"/>
        <source>Change speerpunt</source>
        <translation>Change speerpunt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands/findings.py" line="130"/>
        <location filename="../../desktop/ui/commands/findings.py" line="145"/>
        <source>Edit finding</source>
        <translation>Edit finding</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands/findings.py" line="179"/>
        <source>Delete finding</source>
        <translation>Delete finding</translation>
    </message>
</context>
<context>
    <name>FindingMenu</name>
    <message>
        <location filename="../../desktop/ui/panes/finding_menu.py" line="38"/>
        <source>Finding actions</source>
        <translation>Finding actions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/finding_menu.py" line="42"/>
        <source>Tag selection…</source>
        <translation>Tag selection…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/finding_menu.py" line="43"/>
        <source>Find…</source>
        <translation>Find…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/finding_menu.py" line="48"/>
        <source>Select finding</source>
        <translation>Select finding</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/finding_menu.py" line="49"/>
        <source>Edit note…</source>
        <translation>Edit note…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/finding_menu.py" line="50"/>
        <source>Change assessment</source>
        <translation>Change assessment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/finding_menu.py" line="56"/>
        <source>Delete finding</source>
        <translation>Delete finding</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/finding_menu.py" line="60"/>
        <source>Change speerpunt</source>
        <translation>Change speerpunt</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../desktop/ui/review/findings_model.py" line="185"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_model.py" line="185"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_model.py" line="185"/>
        <source>Quote</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_model.py" line="185"/>
        <source>Speerpunt</source>
        <translation>Speerpunt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_model.py" line="185"/>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_model.py" line="186"/>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_model.py" line="186"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_model.py" line="186"/>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_model.py" line="186"/>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_model.py" line="186"/>
        <source>Carried over</source>
        <translation>Carried over</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_model.py" line="194"/>
        <source>exactly</source>
        <translation>exactly</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_model.py" line="196"/>
        <source>moved</source>
        <translation>moved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_model.py" line="198"/>
        <source>confirmed</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_model.py" line="200"/>
        <source>review: changed (%1%)</source>
        <translation>review: changed (%1%)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_model.py" line="202"/>
        <source>review: changed</source>
        <translation>review: changed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_model.py" line="203"/>
        <source>review: not found</source>
        <translation>review: not found</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_model.py" line="207"/>
        <source>Found again in the new version with the same words around it.</source>
        <translation>Found again in the new version with the same words around it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_model.py" line="208"/>
        <source>Found again with the same words, at another place in the new version.</source>
        <translation>Found again with the same words, at another place in the new version.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_model.py" line="209"/>
        <source>The words changed in the new version; check that the finding still fits.</source>
        <translation>The words changed in the new version; check that the finding still fits.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_model.py" line="210"/>
        <source>Not found in the new version; point it at the right passage in Document → Review new version…</source>
        <translation>Not found in the new version; point it at the right passage in Document → Review new version…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_model.py" line="212"/>
        <source>Checked by an analyst in Document → Review new version…</source>
        <translation>Checked by an analyst in Document → Review new version…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_model.py" line="231"/>
        <source>Missing in this agreement: no passage</source>
        <translation>Missing in this agreement: no passage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_model.py" line="263"/>
        <source>(not in the agreement)</source>
        <translation>(not in the agreement)</translation>
    </message>
</context>
<context>
    <name>FindingsTable</name>
    <message>
        <location filename="../../desktop/ui/review/findings_table.py" line="163"/>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_table.py" line="164"/>
        <source>Findings table</source>
        <translation>Findings table</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_table.py" line="165"/>
        <source>Filter: quote, note, speerpunt…</source>
        <translation>Filter: quote, note, speerpunt…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_table.py" line="166"/>
        <source>Filter findings by text</source>
        <translation>Filter findings by text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_table.py" line="167"/>
        <source>Filter by document</source>
        <translation>Filter by document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_table.py" line="168"/>
        <source>Filter by theme</source>
        <translation>Filter by theme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_table.py" line="169"/>
        <source>Filter by speerpunt</source>
        <translation>Filter by speerpunt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_table.py" line="170"/>
        <source>Filter by assessment</source>
        <translation>Filter by assessment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_table.py" line="171"/>
        <source>Filter by author</source>
        <translation>Filter by author</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_table.py" line="172"/>
        <source>Filter by how a finding was carried over to a new version</source>
        <translation>Filter by how a finding was carried over to a new version</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_table.py" line="173"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_table.py" line="174"/>
        <source>Re-tag to speerpunt…</source>
        <translation>Re-tag to speerpunt…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_table.py" line="175"/>
        <source>Show in document</source>
        <translation>Show in document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_table.py" line="188"/>
        <source>All documents</source>
        <translation>All documents</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_table.py" line="190"/>
        <source>All themes</source>
        <translation>All themes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_table.py" line="191"/>
        <source>All speerpunten</source>
        <translation>All speerpunten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_table.py" line="193"/>
        <source>All assessments</source>
        <translation>All assessments</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_table.py" line="195"/>
        <source>All authors</source>
        <translation>All authors</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_table.py" line="196"/>
        <source>Carried over exactly</source>
        <translation>Carried over exactly</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_table.py" line="196"/>
        <source>Moved</source>
        <translation>Moved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_table.py" line="197"/>
        <source>To review</source>
        <translation>To review</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_table.py" line="197"/>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_table.py" line="198"/>
        <source>Tagged on this version</source>
        <translation>Tagged on this version</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_table.py" line="199"/>
        <source>Any carry-over</source>
        <translation>Any carry-over</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_table.py" line="243"/>
        <source>1 finding</source>
        <translation>1 finding</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/review/findings_table.py" line="245"/>
        <source>%Ln findings</source>
        <translation>
            <numerusform>%Ln finding</numerusform>
            <numerusform>%Ln findings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_table.py" line="247"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_table.py" line="315"/>
        <source>Re-tag finding</source>
        <translation>Re-tag finding</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/review/findings_table.py" line="317"/>
        <source>Re-tag %Ln findings</source>
        <translation>
            <numerusform>Re-tag %Ln finding</numerusform>
            <numerusform>Re-tag %Ln findings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_table.py" line="326"/>
        <source>Re-tag</source>
        <translation>Re-tag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_table.py" line="326"/>
        <source>Move the findings to speerpunt:</source>
        <translation>Move the findings to speerpunt:</translation>
    </message>
</context>
<context>
    <name>FrameworkCommands</name>
    <message>
        <location filename="../../desktop/ui/commands/frameworks.py" line="73"/>
        <source>Add theme</source>
        <translation>Add theme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands/frameworks.py" line="94"/>
        <source>Add speerpunt</source>
        <translation>Add speerpunt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands/frameworks.py" line="166"/>
        <source>Change colour</source>
        <translation>Change colour</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands/frameworks.py" line="167"/>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands/frameworks.py" line="172"/>
        <source>Move theme</source>
        <translation>Move theme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands/frameworks.py" line="181"/>
        <source>the theme is already at the end</source>
        <translation>the theme is already at the end</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands/frameworks.py" line="193"/>
        <source>Move speerpunt</source>
        <translation>Move speerpunt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands/frameworks.py" line="202"/>
        <source>the speerpunt is already at the end of its theme</source>
        <translation>the speerpunt is already at the end of its theme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands/frameworks.py" line="236"/>
        <source>Delete theme</source>
        <translation>Delete theme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands/frameworks.py" line="252"/>
        <source>Delete speerpunt</source>
        <translation>Delete speerpunt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands/frameworks.py" line="269"/>
        <source>Import framework</source>
        <translation>Import framework</translation>
    </message>
</context>
<context>
    <name>FrameworkMenu</name>
    <message>
        <location filename="../../desktop/ui/review/framework_menu.py" line="29"/>
        <source>&amp;Propose speerpunten from position paper…</source>
        <translation>&amp;Propose speerpunten from position paper…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/framework_menu.py" line="30"/>
        <source>Import &amp;framework file…</source>
        <translation>Import &amp;framework file…</translation>
    </message>
</context>
<context>
    <name>FrameworkModel</name>
    <message>
        <location filename="../../desktop/ui/review/framework_model.py" line="182"/>
        <source>Speerpunt</source>
        <translation>Speerpunt</translation>
    </message>
</context>
<context>
    <name>FrameworkTree</name>
    <message>
        <location filename="../../desktop/ui/review/framework_tree.py" line="131"/>
        <source>Speerpunten</source>
        <translation>Speerpunten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/framework_tree.py" line="132"/>
        <source>Themes and speerpunten</source>
        <translation>Themes and speerpunten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/framework_tree.py" line="133"/>
        <location filename="../../desktop/ui/review/framework_tree.py" line="134"/>
        <source>Count findings in</source>
        <translation>Count findings in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/framework_tree.py" line="135"/>
        <source>Add theme</source>
        <translation>Add theme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/framework_tree.py" line="136"/>
        <source>Add speerpunt</source>
        <translation>Add speerpunt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/framework_tree.py" line="137"/>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/framework_tree.py" line="138"/>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/framework_tree.py" line="139"/>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/framework_tree.py" line="140"/>
        <source>Colour…</source>
        <translation>Colour…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/framework_tree.py" line="141"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/framework_tree.py" line="142"/>
        <source>Mark missing in agreement…</source>
        <translation>Mark missing in agreement…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/framework_tree.py" line="143"/>
        <location filename="../../desktop/ui/review/framework_tree.py" line="148"/>
        <source>Propose from position paper…</source>
        <translation>Propose from position paper…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/framework_tree.py" line="144"/>
        <location filename="../../desktop/ui/review/framework_tree.py" line="149"/>
        <source>Import framework file…</source>
        <translation>Import framework file…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/framework_tree.py" line="146"/>
        <source>No speerpunten yet. Let Speerpunt propose themes and speerpunten from your position paper, or import a framework file.</source>
        <translation>No speerpunten yet. Let Speerpunt propose themes and speerpunten from your position paper, or import a framework file.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/framework_tree.py" line="162"/>
        <source>Findings in all documents</source>
        <translation>Findings in all documents</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/framework_tree.py" line="165"/>
        <source>Findings in %1</source>
        <translation>Findings in %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/framework_tree.py" line="242"/>
        <source>New theme</source>
        <translation>New theme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/framework_tree.py" line="258"/>
        <source>New speerpunt</source>
        <translation>New speerpunt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/framework_tree.py" line="308"/>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/framework_tree.py" line="353"/>
        <source>Propose from position paper</source>
        <translation>Propose from position paper</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/framework_tree.py" line="354"/>
        <source>Import your position paper first (as a position paper).</source>
        <translation>Import your position paper first (as a position paper).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/framework_tree.py" line="387"/>
        <location filename="../../desktop/ui/review/framework_tree.py" line="394"/>
        <source>Import framework file</source>
        <translation>Import framework file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/framework_tree.py" line="395"/>
        <source>Framework files (*.yaml *.yml *.md *.txt)</source>
        <translation>Framework files (*.yaml *.yml *.md *.txt)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/framework_tree.py" line="395"/>
        <source>REFI-QDA codebooks (*.qdc)</source>
        <translation>REFI-QDA codebooks (*.qdc)</translation>
    </message>
</context>
<context>
    <name>HitWalker</name>
    <message>
        <location filename="../../desktop/ui/review/hit_walker.py" line="168"/>
        <source>Tag search hits</source>
        <translation>Tag search hits</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/hit_walker.py" line="169"/>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/hit_walker.py" line="171"/>
        <source>Words to find in all agreements</source>
        <translation>Words to find in all agreements</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/hit_walker.py" line="172"/>
        <source>Words to find in all agreements, Enter to start</source>
        <translation>Words to find in all agreements, Enter to start</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/hit_walker.py" line="173"/>
        <source>&amp;In:</source>
        <translation>&amp;In:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/hit_walker.py" line="175"/>
        <source>Category of agreements to search</source>
        <translation>Category of agreements to search</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/hit_walker.py" line="177"/>
        <source>All agreements</source>
        <translation>All agreements</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/hit_walker.py" line="178"/>
        <source>Sp&amp;eerpunt:</source>
        <translation>Sp&amp;eerpunt:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/hit_walker.py" line="180"/>
        <source>Speerpunt every tag of this walk goes to</source>
        <translation>Speerpunt every tag of this walk goes to</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/hit_walker.py" line="181"/>
        <source>In the list: P positive · Z concern · O missing (tags and moves on) · N / Down next · Shift+N / Up previous · Ctrl+Z undo</source>
        <translation>In the list: P positive · Z concern · O missing (tags and moves on) · N / Down next · Shift+N / Up previous · Ctrl+Z undo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/hit_walker.py" line="183"/>
        <source>Search hits to tag</source>
        <translation>Search hits to tag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/hit_walker.py" line="184"/>
        <source>The current hit in its passage</source>
        <translation>The current hit in its passage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/hit_walker.py" line="230"/>
        <source>No agreement has these words.</source>
        <translation>No agreement has these words.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/hit_walker.py" line="257"/>
        <source>Choose the speerpunt first (Alt+E); it stays for the whole walk.</source>
        <translation>Choose the speerpunt first (Alt+E); it stays for the whole walk.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/hit_walker.py" line="269"/>
        <source>%1 in %2 tagged %3. Ctrl+Z undoes it.</source>
        <translation>%1 in %2 tagged %3. Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/hit_walker.py" line="288"/>
        <source>%1 / %2   (%3 tagged in this walk)</source>
        <translation>%1 / %2   (%3 tagged in this walk)</translation>
    </message>
</context>
<context>
    <name>ImportKindDialog</name>
    <message>
        <location filename="../../desktop/ui/documents/import_flow.py" line="89"/>
        <location filename="../../desktop/ui/documents/import_flow.py" line="90"/>
        <source>Import documents</source>
        <translation>Import documents</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/import_flow.py" line="92"/>
        <source>What kind of document is this?</source>
        <translation>What kind of document is this?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/import_flow.py" line="94"/>
        <source>What kind of documents are these?</source>
        <translation>What kind of documents are these?</translation>
    </message>
</context>
<context>
    <name>JointFindingDialog</name>
    <message>
        <location filename="../../desktop/ui/collaboration/joint_finding_dialog.py" line="85"/>
        <location filename="../../desktop/ui/collaboration/joint_finding_dialog.py" line="86"/>
        <source>Write joint finding</source>
        <translation>Write joint finding</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/joint_finding_dialog.py" line="87"/>
        <source>Passage:</source>
        <translation>Passage:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/joint_finding_dialog.py" line="87"/>
        <source>Written by:</source>
        <translation>Written by:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/joint_finding_dialog.py" line="87"/>
        <source>&amp;Speerpunt:</source>
        <translation>&amp;Speerpunt:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/joint_finding_dialog.py" line="87"/>
        <source>&amp;Assessment:</source>
        <translation>&amp;Assessment:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/joint_finding_dialog.py" line="88"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/joint_finding_dialog.py" line="91"/>
        <source>Speerpunt of the joint finding</source>
        <translation>Speerpunt of the joint finding</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/joint_finding_dialog.py" line="92"/>
        <source>Assessment of the joint finding</source>
        <translation>Assessment of the joint finding</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/joint_finding_dialog.py" line="93"/>
        <source>Note of the joint finding</source>
        <translation>Note of the joint finding</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/collaboration/joint_finding_dialog.py" line="94"/>
        <source>Replaces %Ln finding(s) on this passage; Undo brings them back.</source>
        <translation>
            <numerusform>Replaces %Ln finding on this passage; Undo brings it back.</numerusform>
            <numerusform>Replaces %Ln findings on this passage; Undo brings them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KindCombo</name>
    <message>
        <location filename="../../desktop/ui/documents/document_properties.py" line="30"/>
        <source>Kind of document</source>
        <translation>Kind of document</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../desktop/ui/documents/library_model.py" line="56"/>
        <source>%1 (superseded)</source>
        <translation>%1 (superseded)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/library_model.py" line="103"/>
        <source>%1 — replaced by a newer version; read-only</source>
        <translation>%1 — replaced by a newer version; read-only</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/library_model.py" line="116"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/library_model.py" line="117"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/library_model.py" line="118"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/library_model.py" line="119"/>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
</context>
<context>
    <name>LinkedReading</name>
    <message>
        <location filename="../../desktop/ui/window/linked_reading.py" line="52"/>
        <source>&amp;Linked reading</source>
        <translation>&amp;Linked reading</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/linked_reading.py" line="53"/>
        <source>Scrolling the position paper shows what was tagged to its speerpunt in the agreement</source>
        <translation>Scrolling the position paper shows what was tagged to its speerpunt in the agreement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/linked_reading.py" line="116"/>
        <source>Nothing tagged to this speerpunt in this document</source>
        <translation>Nothing tagged to this speerpunt in this document</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../../desktop/ui/window/main_actions.py" line="92"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/main_actions.py" line="93"/>
        <source>&amp;New project…</source>
        <translation>&amp;New project…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/main_actions.py" line="94"/>
        <source>&amp;Open project…</source>
        <translation>&amp;Open project…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/main_actions.py" line="95"/>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/main_actions.py" line="96"/>
        <source>&amp;Import documents…</source>
        <translation>&amp;Import documents…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/main_actions.py" line="97"/>
        <source>Import &amp;folder…</source>
        <translation>Import &amp;folder…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/main_actions.py" line="98"/>
        <source>&amp;Close project</source>
        <translation>&amp;Close project</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/main_actions.py" line="99"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/main_actions.py" line="100"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/main_actions.py" line="101"/>
        <source>&amp;Find in document…</source>
        <translation>&amp;Find in document…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/main_actions.py" line="102"/>
        <source>&amp;Tag selection…</source>
        <translation>&amp;Tag selection…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/main_actions.py" line="103"/>
        <source>Tagging &amp;suggestions…</source>
        <translation>Tagging &amp;suggestions…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/main_actions.py" line="104"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/main_actions.py" line="105"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/main_actions.py" line="106"/>
        <source>&amp;Reading mode: this document alone</source>
        <translation>&amp;Reading mode: this document alone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/main_actions.py" line="107"/>
        <source>&amp;Side by side: documents next to each other</source>
        <translation>&amp;Side by side: documents next to each other</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/main_actions.py" line="108"/>
        <source>&amp;Third document pane</source>
        <translation>&amp;Third document pane</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/main_actions.py" line="109"/>
        <source>&amp;Outline beside each document</source>
        <translation>&amp;Outline beside each document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/main_actions.py" line="111"/>
        <source>Go to document pane &amp;%1</source>
        <translation>Go to document pane &amp;%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/main_actions.py" line="112"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/main_actions.py" line="113"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/main_actions.py" line="114"/>
        <source>&amp;Report a problem…</source>
        <translation>&amp;Report a problem…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/main_actions.py" line="115"/>
        <source>&amp;About Speerpunt</source>
        <translation>&amp;About Speerpunt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/main_actions.py" line="120"/>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Undo: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/main_actions.py" line="120"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/main_actions.py" line="121"/>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Redo: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/main_actions.py" line="121"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/window/main_window.py" line="96"/>
        <source>Cannot undo: %1</source>
        <translation>Cannot undo: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/main_window.py" line="96"/>
        <source>Cannot redo: %1</source>
        <translation>Cannot redo: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/main_window.py" line="162"/>
        <source>Speerpunt main window</source>
        <translation>Speerpunt main window</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/main_window.py" line="164"/>
        <source>Speerpunt</source>
        <translation>Speerpunt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/main_window.py" line="166"/>
        <source>%1 — Speerpunt</source>
        <translation>%1 — Speerpunt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/main_window.py" line="167"/>
        <source>Analyst: %1</source>
        <translation>Analyst: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/main_window.py" line="273"/>
        <source>No recent projects</source>
        <translation>No recent projects</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/main_window.py" line="291"/>
        <source>Cannot open the project</source>
        <translation>Cannot open the project</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/main_window.py" line="96"/>
        <location filename="../../desktop/ui/window/main_window.py" line="300"/>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/main_window.py" line="444"/>
        <source>Cannot create the project</source>
        <translation>Cannot create the project</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/main_window.py" line="459"/>
        <source>Cannot open the demo project</source>
        <translation>Cannot open the demo project</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <location filename="../../desktop/ui/review/matrix_model.py" line="78"/>
        <source>No category</source>
        <translation>No category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/matrix_model.py" line="101"/>
        <location filename="../../desktop/ui/review/matrix_model.py" line="115"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/matrix_model.py" line="112"/>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/matrix_model.py" line="113"/>
        <source>Speerpunt</source>
        <translation>Speerpunt</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <location filename="../../desktop/ui/review/matrix_view.py" line="133"/>
        <source>Comparison matrix</source>
        <translation>Comparison matrix</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/matrix_view.py" line="134"/>
        <source>Findings per assessment</source>
        <translation>Findings per assessment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/matrix_view.py" line="135"/>
        <source>&amp;Themes</source>
        <translation>&amp;Themes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/matrix_view.py" line="135"/>
        <source>S&amp;peerpunten</source>
        <translation>S&amp;peerpunten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/matrix_view.py" line="135"/>
        <source>&amp;Agreements</source>
        <translation>&amp;Agreements</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/matrix_view.py" line="135"/>
        <source>&amp;Categories</source>
        <translation>&amp;Categories</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/matrix_view.py" line="139"/>
        <source>One row per theme</source>
        <translation>One row per theme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/matrix_view.py" line="140"/>
        <source>One row per speerpunt</source>
        <translation>One row per speerpunt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/matrix_view.py" line="141"/>
        <source>One column per agreement (short name)</source>
        <translation>One column per agreement (short name)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/matrix_view.py" line="142"/>
        <source>One column per category, e.g. G4, G40, platteland</source>
        <translation>One column per category, e.g. G4, G40, platteland</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/matrix_view.py" line="144"/>
        <source>%1   ·   click a cell for its passages, a header to sort</source>
        <translation>%1   ·   click a cell for its passages, a header to sort</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/matrix_view.py" line="145"/>
        <source>Export as &amp;XLSX…</source>
        <translation>Export as &amp;XLSX…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/matrix_view.py" line="146"/>
        <source>Export the matrix as an Excel workbook</source>
        <translation>Export the matrix as an Excel workbook</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/matrix_view.py" line="207"/>
        <source>Export the matrix</source>
        <translation>Export the matrix</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/matrix_view.py" line="208"/>
        <source>comparison.xlsx</source>
        <translation>comparison.xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/matrix_view.py" line="209"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/matrix_view.py" line="232"/>
        <source>Not exported</source>
        <translation>Not exported</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../desktop/ui/collaboration/merge_dialog.py" line="43"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/merge_dialog.py" line="44"/>
        <source>Frameworks</source>
        <translation>Frameworks</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/merge_dialog.py" line="45"/>
        <source>Themes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/merge_dialog.py" line="46"/>
        <source>Speerpunten</source>
        <translation>Speerpunten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/merge_dialog.py" line="47"/>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/merge_dialog.py" line="48"/>
        <source>Reaction texts</source>
        <translation>Reaction texts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/merge_dialog.py" line="49"/>
        <source>Project settings</source>
        <translation>Project settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/merge_dialog.py" line="145"/>
        <location filename="../../desktop/ui/collaboration/merge_dialog.py" line="146"/>
        <source>Merge with another project</source>
        <translation>Merge with another project</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/merge_dialog.py" line="148"/>
        <source>Bring a colleague&apos;s work into this project: their project file (.speerpunt) or the findings bundle they sent you (.spbundle). Nothing is removed; where you both changed the same thing, the later change wins and the other version is kept under Review → Conflicts. A backup is made first.</source>
        <translation>Bring a colleague&apos;s work into this project: their project file (.speerpunt) or the findings bundle they sent you (.spbundle). Nothing is removed; where you both changed the same thing, the later change wins and the other version is kept under Review → Conflicts. A backup is made first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/merge_dialog.py" line="152"/>
        <source>Project file or findings bundle</source>
        <translation>Project file or findings bundle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/merge_dialog.py" line="153"/>
        <source>File to merge</source>
        <translation>File to merge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/merge_dialog.py" line="154"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/merge_dialog.py" line="155"/>
        <source>Choose the file to merge</source>
        <translation>Choose the file to merge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/merge_dialog.py" line="156"/>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/merge_dialog.py" line="157"/>
        <source>Show conflicts…</source>
        <translation>Show conflicts…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/merge_dialog.py" line="158"/>
        <source>Merging</source>
        <translation>Merging</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/merge_dialog.py" line="159"/>
        <source>What the merge changed</source>
        <translation>What the merge changed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/merge_dialog.py" line="161"/>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/merge_dialog.py" line="161"/>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/merge_dialog.py" line="161"/>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/merge_dialog.py" line="161"/>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/merge_dialog.py" line="162"/>
        <source>Merge result</source>
        <translation>Merge result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/merge_dialog.py" line="163"/>
        <source>Merge details</source>
        <translation>Merge details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/merge_dialog.py" line="169"/>
        <source>Merge with</source>
        <translation>Merge with</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/merge_dialog.py" line="170"/>
        <source>Speerpunt projects and bundles (*.speerpunt *%1);;All files (*)</source>
        <translation>Speerpunt projects and bundles (*.speerpunt *%1);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/merge_dialog.py" line="187"/>
        <source>Merging %1…</source>
        <translation>Merging %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/merge_dialog.py" line="210"/>
        <source>Not merged: %1. Nothing was changed.</source>
        <translation>Not merged: %1. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/merge_dialog.py" line="212"/>
        <source>Not merged because of an error in Speerpunt (%1). Nothing was changed; please report this.</source>
        <translation>Not merged because of an error in Speerpunt (%1). Nothing was changed; please report this.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/merge_dialog.py" line="218"/>
        <source>Merged %1: %2 added, %3 updated.</source>
        <translation>Merged %1: %2 added, %3 updated.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/merge_dialog.py" line="220"/>
        <source>Merged %1: this project already had everything in it.</source>
        <translation>Merged %1: this project already had everything in it.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/collaboration/merge_dialog.py" line="243"/>
        <source>%Ln conflict(s): you both changed the same thing. The later version is in use; the other one waits under Review → Conflicts.</source>
        <translation>
            <numerusform>%Ln conflict: you both changed the same thing. The later version is in use; the other one waits under Review → Conflicts.</numerusform>
            <numerusform>%Ln conflicts: you both changed the same thing. The later versions are in use; the others wait under Review → Conflicts.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/merge_dialog.py" line="246"/>
        <source>Renamed on both sides: speerpunt or theme &apos;%1&apos; is now called &apos;%2&apos; (the other name is under Review → Conflicts)</source>
        <translation>Renamed on both sides: speerpunt or theme &apos;%1&apos; is now called &apos;%2&apos; (the other name is under Review → Conflicts)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/merge_dialog.py" line="249"/>
        <source>Documents only in the bundle (not copied; import them to see them): %1</source>
        <translation>Documents only in the bundle (not copied; import them to see them): %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/merge_dialog.py" line="252"/>
        <source>Backup made before the merge: %1 (File → Restore backup… undoes the merge)</source>
        <translation>Backup made before the merge: %1 (File → Restore backup… undoes the merge)</translation>
    </message>
</context>
<context>
    <name>MissingDialog</name>
    <message>
        <location filename="../../desktop/ui/review/missing_dialog.py" line="39"/>
        <location filename="../../desktop/ui/review/missing_dialog.py" line="118"/>
        <location filename="../../desktop/ui/review/missing_dialog.py" line="119"/>
        <source>Mark missing in agreement</source>
        <translation>Mark missing in agreement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/missing_dialog.py" line="121"/>
        <source>The agreement does not address &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>The agreement does not address &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/missing_dialog.py" line="125"/>
        <source>&amp;Agreement:</source>
        <translation>&amp;Agreement:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/missing_dialog.py" line="126"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/missing_dialog.py" line="127"/>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/missing_dialog.py" line="128"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/missing_dialog.py" line="129"/>
        <source>What is missing, and what you ask for instead</source>
        <translation>What is missing, and what you ask for instead</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/missing_dialog.py" line="130"/>
        <source>&amp;Quote a passage of the position paper</source>
        <translation>&amp;Quote a passage of the position paper</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/missing_dialog.py" line="131"/>
        <source>Position paper</source>
        <translation>Position paper</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/missing_dialog.py" line="132"/>
        <source>Find a passage…</source>
        <translation>Find a passage…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/missing_dialog.py" line="133"/>
        <source>Find a passage</source>
        <translation>Find a passage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/missing_dialog.py" line="134"/>
        <source>Passages of the position paper</source>
        <translation>Passages of the position paper</translation>
    </message>
</context>
<context>
    <name>NamePrompt</name>
    <message>
        <location filename="../../desktop/ui/window/preferences.py" line="111"/>
        <source>Welcome to Speerpunt</source>
        <translation>Welcome to Speerpunt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/preferences.py" line="112"/>
        <location filename="../../desktop/ui/window/preferences.py" line="116"/>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/preferences.py" line="113"/>
        <source>What is your name? It is recorded with every finding you make, so colleagues can see who tagged what. You can change it later under Preferences.</source>
        <translation>What is your name? It is recorded with every finding you make, so colleagues can see who tagged what. You can change it later under Preferences.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/preferences.py" line="117"/>
        <source>First name and surname</source>
        <translation>First name and surname</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/reaction/reaction_models.py" line="107"/>
        <source>%Ln finding(s) on this agreement</source>
        <translation>
            <numerusform>%Ln finding on this agreement</numerusform>
            <numerusform>%Ln findings on this agreement</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_models.py" line="109"/>
        <source>Findings changed since this draft</source>
        <translation>Findings changed since this draft</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_models.py" line="111"/>
        <source>Reaction written</source>
        <translation>Reaction written</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_models.py" line="113"/>
        <source>No reaction yet</source>
        <translation>No reaction yet</translation>
    </message>
</context>
<context>
    <name>OutlineView</name>
    <message>
        <location filename="../../desktop/ui/panes/outline.py" line="116"/>
        <source>Outline</source>
        <translation>Outline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/outline.py" line="117"/>
        <source>Headings of the document; click one to jump to it</source>
        <translation>Headings of the document; click one to jump to it</translation>
    </message>
</context>
<context>
    <name>PaneArea</name>
    <message>
        <location filename="../../desktop/ui/window/pane_area.py" line="125"/>
        <source>Documents side by side</source>
        <translation>Documents side by side</translation>
    </message>
</context>
<context>
    <name>PaneFrame</name>
    <message>
        <location filename="../../desktop/ui/window/pane_area.py" line="62"/>
        <source>Document pane %1</source>
        <translation>Document pane %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/pane_area.py" line="68"/>
        <source>No document open: double-click one in the document library</source>
        <translation>No document open: double-click one in the document library</translation>
    </message>
</context>
<context>
    <name>PaneSuggestions</name>
    <message>
        <location filename="../../desktop/ui/panes/suggestions.py" line="87"/>
        <source>Tagged %1 (%2); Ctrl+Z undoes it</source>
        <translation>Tagged %1 (%2); Ctrl+Z undoes it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/suggestions.py" line="92"/>
        <source>%1 will not be suggested for this passage again; Ctrl+Z undoes it</source>
        <translation>%1 will not be suggested for this passage again; Ctrl+Z undoes it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/suggestions.py" line="106"/>
        <source>Suggestions are still being prepared</source>
        <translation>Suggestions are still being prepared</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/suggestions.py" line="108"/>
        <source>No suggestion for this passage</source>
        <translation>No suggestion for this passage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/suggestions.py" line="120"/>
        <source>Suggested</source>
        <translation>Suggested</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/suggestions.py" line="124"/>
        <source>Tag as %1</source>
        <translation>Tag as %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/suggestions.py" line="126"/>
        <source>Not %1</source>
        <translation>Not %1</translation>
    </message>
</context>
<context>
    <name>PassageTree</name>
    <message>
        <location filename="../../desktop/ui/review/passage_tree.py" line="133"/>
        <source>(no passage: missing in this agreement)</source>
        <translation>(no passage: missing in this agreement)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/passage_tree.py" line="156"/>
        <source>No category</source>
        <translation>No category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/passage_tree.py" line="72"/>
        <source>1 passage</source>
        <translation>1 passage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/passage_tree.py" line="73"/>
        <source>%1 passages</source>
        <translation>%1 passages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/passage_tree.py" line="158"/>
        <source>1 agreement</source>
        <translation>1 agreement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/passage_tree.py" line="159"/>
        <source>%1 agreements</source>
        <translation>%1 agreements</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/passage_tree.py" line="174"/>
        <source>Agreement and passage</source>
        <translation>Agreement and passage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/passage_tree.py" line="175"/>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/passage_tree.py" line="176"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/passage_tree.py" line="177"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/passage_tree.py" line="178"/>
        <source>Analyst</source>
        <translation>Analyst</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../desktop/ui/window/preferences.py" line="63"/>
        <location filename="../../desktop/ui/window/preferences.py" line="64"/>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/preferences.py" line="65"/>
        <source>Your &amp;name:</source>
        <translation>Your &amp;name:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/preferences.py" line="66"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/preferences.py" line="67"/>
        <source>Document text &amp;size:</source>
        <translation>Document text &amp;size:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/preferences.py" line="68"/>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/preferences.py" line="69"/>
        <source>Recorded with every finding you make</source>
        <translation>Recorded with every finding you make</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/preferences.py" line="70"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/preferences.py" line="71"/>
        <source>Document text size</source>
        <translation>Document text size</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/preferences.py" line="72"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/preferences.py" line="73"/>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/preferences.py" line="74"/>
        <source>Assessment &amp;colours:</source>
        <translation>Assessment &amp;colours:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/preferences.py" line="75"/>
        <source>Green, amber, red</source>
        <translation>Green, amber, red</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/preferences.py" line="76"/>
        <source>Colour-blind safe (blue, orange, purple)</source>
        <translation>Colour-blind safe (blue, orange, purple)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/preferences.py" line="77"/>
        <source>Assessment colours</source>
        <translation>Assessment colours</translation>
    </message>
</context>
<context>
    <name>ProblemReportDialog</name>
    <message>
        <location filename="../../desktop/ui/window/problem_report.py" line="61"/>
        <location filename="../../desktop/ui/window/problem_report.py" line="62"/>
        <source>Report a problem</source>
        <translation>Report a problem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/problem_report.py" line="63"/>
        <source>When Speerpunt runs into an unexpected problem, it writes a report on this computer; nothing is sent anywhere. Give the text below, or the file, to your IT department. It holds versions and the program&apos;s steps, not your documents or notes.</source>
        <translation>When Speerpunt runs into an unexpected problem, it writes a report on this computer; nothing is sent anywhere. Give the text below, or the file, to your IT department. It holds versions and the program&apos;s steps, not your documents or notes.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/problem_report.py" line="66"/>
        <source>Log file: %1</source>
        <translation>Log file: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/problem_report.py" line="67"/>
        <source>Recent problem reports</source>
        <translation>Recent problem reports</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/problem_report.py" line="68"/>
        <source>No problems have been recorded.</source>
        <translation>No problems have been recorded.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/problem_report.py" line="69"/>
        <source>&amp;Copy text</source>
        <translation>&amp;Copy text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/problem_report.py" line="70"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Open folder</translation>
    </message>
</context>
<context>
    <name>ProjectCopy</name>
    <message>
        <location filename="../../desktop/ui/window/project_copy.py" line="21"/>
        <source>Save a copy of the project</source>
        <translation>Save a copy of the project</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/project_copy.py" line="22"/>
        <source>Speerpunt projects (*%1)</source>
        <translation>Speerpunt projects (*%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/project_copy.py" line="73"/>
        <source>Damaged rows skipped</source>
        <translation>Damaged rows skipped</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/project_copy.py" line="74"/>
        <source>Some rows of %1 are damaged (an older version or a hand edit) and are not shown. They are left in the file unchanged; a backup or a colleague&apos;s bundle can bring a sound version back.</source>
        <translation>Some rows of %1 are damaged (an older version or a hand edit) and are not shown. They are left in the file unchanged; a backup or a colleague&apos;s bundle can bring a sound version back.</translation>
    </message>
</context>
<context>
    <name>ProjectCopyMenu</name>
    <message>
        <location filename="../../desktop/ui/window/project_copy.py" line="47"/>
        <source>Save a &amp;copy…</source>
        <translation>Save a &amp;copy…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/project_copy.py" line="48"/>
        <source>Write a complete copy of the open project, also while it is in use</source>
        <translation>Write a complete copy of the open project, also while it is in use</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/project_copy.py" line="62"/>
        <source>Cannot save a copy</source>
        <translation>Cannot save a copy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/project_copy.py" line="64"/>
        <source>Copy saved as %1</source>
        <translation>Copy saved as %1</translation>
    </message>
</context>
<context>
    <name>ProjectFiles</name>
    <message>
        <location filename="../../desktop/ui/project_files.py" line="17"/>
        <source>Speerpunt projects (*%1)</source>
        <translation>Speerpunt projects (*%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/project_files.py" line="32"/>
        <location filename="../../desktop/ui/project_files.py" line="47"/>
        <source>New project</source>
        <translation>New project</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/project_files.py" line="48"/>
        <source>Organisation the reaction speaks for (e.g. G32, Gemeente Utrecht):
drafts and the exported reaction name it; you can change it later under Report parts.</source>
        <translation>Organisation the reaction speaks for (e.g. G32, Gemeente Utrecht):
drafts and the exported reaction name it; you can change it later under Report parts.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/project_files.py" line="59"/>
        <source>Open project</source>
        <translation>Open project</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/project_files.py" line="66"/>
        <source>Import documents</source>
        <translation>Import documents</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/project_files.py" line="68"/>
        <source>Documents (*.pdf *.docx *.txt *.md *.markdown)</source>
        <translation>Documents (*.pdf *.docx *.txt *.md *.markdown)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/project_files.py" line="75"/>
        <source>Import a folder of documents</source>
        <translation>Import a folder of documents</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/revision_menu.py" line="160"/>
        <source>Documents (%1)</source>
        <translation>Documents (%1)</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <location filename="../../desktop/ui/review/framework_dialogs.py" line="163"/>
        <location filename="../../desktop/ui/review/framework_dialogs.py" line="164"/>
        <source>Proposed framework</source>
        <translation>Proposed framework</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/framework_dialogs.py" line="166"/>
        <source>Speerpunt found these themes and speerpunten in the position paper. Untick what is not a speerpunt and double-click a title to correct it; you can also edit the framework later.</source>
        <translation>Speerpunt found these themes and speerpunten in the position paper. Untick what is not a speerpunt and double-click a title to correct it; you can also edit the framework later.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/framework_dialogs.py" line="169"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/framework_dialogs.py" line="170"/>
        <source>Framework name</source>
        <translation>Framework name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/framework_dialogs.py" line="171"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/framework_dialogs.py" line="171"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/framework_dialogs.py" line="172"/>
        <source>Proposed themes and speerpunten</source>
        <translation>Proposed themes and speerpunten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/framework_dialogs.py" line="175"/>
        <source>No speerpunten were found in the text under: %1. Fill them in after importing, or untick what you do not want.</source>
        <translation>No speerpunten were found in the text under: %1. Fill them in after importing, or untick what you do not want.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/framework_dialogs.py" line="178"/>
        <source>No speerpunten were found in the text under this theme.</source>
        <translation>No speerpunten were found in the text under this theme.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="19"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="20"/>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>ReactionCommands</name>
    <message>
        <location filename="../../desktop/ui/commands/reactions.py" line="47"/>
        <source>Edit reaction %1</source>
        <translation>Edit reaction %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands/reactions.py" line="77"/>
        <source>Draft reaction %1</source>
        <translation>Draft reaction %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands/reactions.py" line="113"/>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
</context>
<context>
    <name>ReactionEditor</name>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_editor.py" line="239"/>
        <source>Reaction per speerpunt</source>
        <translation>Reaction per speerpunt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_editor.py" line="240"/>
        <source>&amp;Agreement:</source>
        <translation>&amp;Agreement:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_editor.py" line="241"/>
        <source>Agreement the reaction is about</source>
        <translation>Agreement the reaction is about</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_editor.py" line="242"/>
        <source>&amp;Speerpunt:</source>
        <translation>&amp;Speerpunt:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_editor.py" line="243"/>
        <source>Speerpunt to react to</source>
        <translation>Speerpunt to react to</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_editor.py" line="244"/>
        <source>Speerpunten</source>
        <translation>Speerpunten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_editor.py" line="245"/>
        <source>Speerpunt</source>
        <translation>Speerpunt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_editor.py" line="246"/>
        <source>Formulation</source>
        <translation>Formulation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_editor.py" line="247"/>
        <source>Findings changed since this draft</source>
        <translation>Findings changed since this draft</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_editor.py" line="248"/>
        <source>Findings changed since this draft. Your text is kept; draft again to see the current findings.</source>
        <translation>Findings changed since this draft. Your text is kept; draft again to see the current findings.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_editor.py" line="250"/>
        <source>Draft again…</source>
        <translation>Draft again…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_editor.py" line="251"/>
        <source>Draft again from the current findings</source>
        <translation>Draft again from the current findings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_editor.py" line="252"/>
        <source>Findings of this speerpunt</source>
        <translation>Findings of this speerpunt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_editor.py" line="253"/>
        <source>&amp;Reaction:</source>
        <translation>&amp;Reaction:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_editor.py" line="255"/>
        <source>Reaction text</source>
        <translation>Reaction text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_editor.py" line="256"/>
        <source>Write the reaction to this speerpunt, or draft it from the findings. Leave a blank line between paragraphs; start a line with “- ” for a bullet. Everything is saved as you type.</source>
        <translation>Write the reaction to this speerpunt, or draft it from the findings. Leave a blank line between paragraphs; start a line with “- ” for a bullet. Everything is saved as you type.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_editor.py" line="259"/>
        <source>&amp;Draft from findings</source>
        <translation>&amp;Draft from findings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_editor.py" line="260"/>
        <source>Fill the reaction from the findings&apos; notes (asks before replacing a text)</source>
        <translation>Fill the reaction from the findings&apos; notes (asks before replacing a text)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_editor.py" line="262"/>
        <source>Draft from findings</source>
        <translation>Draft from findings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_editor.py" line="263"/>
        <source>In the agreement&apos;s order</source>
        <translation>In the agreement&apos;s order</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_editor.py" line="264"/>
        <source>Grouped by assessment (positive, concern, missing)</source>
        <translation>Grouped by assessment (positive, concern, missing)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_editor.py" line="265"/>
        <source>With quotes</source>
        <translation>With quotes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_editor.py" line="266"/>
        <source>With quotes and pages</source>
        <translation>With quotes and pages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_editor.py" line="267"/>
        <source>Save status</source>
        <translation>Save status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_editor.py" line="300"/>
        <source>Choose a speerpunt above</source>
        <translation>Choose a speerpunt above</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_editor.py" line="302"/>
        <source>Choose a speerpunt on the left</source>
        <translation>Choose a speerpunt on the left</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_editor.py" line="298"/>
        <source>Add a framework with speerpunten to write a reaction</source>
        <translation>Add a framework with speerpunten to write a reaction</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_editor.py" line="421"/>
        <source>Import an agreement to react to.</source>
        <translation>Import an agreement to react to.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/reaction/reaction_editor.py" line="423"/>
        <source>%Ln finding(s) in %1</source>
        <translation>
            <numerusform>%Ln finding in %1</numerusform>
            <numerusform>%Ln findings in %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_editor.py" line="447"/>
        <source>Saved at %1</source>
        <translation>Saved at %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_editor.py" line="450"/>
        <source>Not saved yet: %1. Keep this window open; it tries again.</source>
        <translation>Not saved yet: %1. Keep this window open; it tries again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_editor.py" line="468"/>
        <source>Replace the reaction?</source>
        <translation>Replace the reaction?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_editor.py" line="469"/>
        <source>Speerpunt %1 already has a reaction text. Replace it with a new draft from the findings? You can undo this.</source>
        <translation>Speerpunt %1 already has a reaction text. Replace it with a new draft from the findings? You can undo this.</translation>
    </message>
</context>
<context>
    <name>ReactionFindingsModel</name>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_models.py" line="142"/>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_models.py" line="142"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_models.py" line="142"/>
        <source>Quote</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_models.py" line="142"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_models.py" line="152"/>
        <source>(not in the agreement)</source>
        <translation>(not in the agreement)</translation>
    </message>
</context>
<context>
    <name>ReactionMenu</name>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_menu.py" line="46"/>
        <source>&amp;Reaction</source>
        <translation>&amp;Reaction</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_menu.py" line="47"/>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_menu.py" line="48"/>
        <source>&amp;Write the reaction</source>
        <translation>&amp;Write the reaction</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_menu.py" line="49"/>
        <source>&amp;Draft from findings</source>
        <translation>&amp;Draft from findings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_menu.py" line="50"/>
        <source>&amp;Previous speerpunt</source>
        <translation>&amp;Previous speerpunt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_menu.py" line="51"/>
        <source>&amp;Next speerpunt</source>
        <translation>&amp;Next speerpunt</translation>
    </message>
</context>
<context>
    <name>ReactionPanel</name>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_panel.py" line="33"/>
        <source>Reaction</source>
        <translation>Reaction</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_panel.py" line="34"/>
        <source>Per speerpunt</source>
        <translation>Per speerpunt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_panel.py" line="35"/>
        <source>Report parts</source>
        <translation>Report parts</translation>
    </message>
</context>
<context>
    <name>ReadOnlyProject</name>
    <message>
        <location filename="../../desktop/ui/window/read_only_project.py" line="70"/>
        <source>it is on read-only media (a CD, a locked USB stick or a read-only network share)</source>
        <translation>it is on read-only media (a CD, a locked USB stick or a read-only network share)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/read_only_project.py" line="72"/>
        <source>its folder is read-only, and Speerpunt keeps working files beside an open project</source>
        <translation>its folder is read-only, and Speerpunt keeps working files beside an open project</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/read_only_project.py" line="73"/>
        <source>the file is read-only</source>
        <translation>the file is read-only</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/read_only_project.py" line="77"/>
        <source>The project is read-only</source>
        <translation>The project is read-only</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/read_only_project.py" line="79"/>
        <source>%1 cannot be opened here: %2.

Speerpunt saves every change the moment you make it, so it only opens a project it can write to. Open a copy in a folder of your own to read and work in it; the original stays as it is.</source>
        <translation>%1 cannot be opened here: %2.

Speerpunt saves every change the moment you make it, so it only opens a project it can write to. Open a copy in a folder of your own to read and work in it; the original stays as it is.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/read_only_project.py" line="90"/>
        <source>Cannot save a copy</source>
        <translation>Cannot save a copy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/read_only_project.py" line="100"/>
        <source>Open a &amp;copy…</source>
        <translation>Open a &amp;copy…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/read_only_project.py" line="115"/>
        <source>Read-only: changes are not saved</source>
        <translation>Read-only: changes are not saved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/read_only_project.py" line="118"/>
        <source>Your change was not saved</source>
        <translation>Your change was not saved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/read_only_project.py" line="119"/>
        <source>The project file can no longer be written (%1), so your last change was not saved and is not shown. What was saved before is safe. Save a copy (File → Save a copy…) and go on working in the copy.</source>
        <translation>The project file can no longer be written (%1), so your last change was not saved and is not shown. What was saved before is safe. Save a copy (File → Save a copy…) and go on working in the copy.</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../../desktop/ui/review/framework_dialogs.py" line="70"/>
        <location filename="../../desktop/ui/review/framework_dialogs.py" line="71"/>
        <source>Delete speerpunt</source>
        <translation>Delete speerpunt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/framework_dialogs.py" line="74"/>
        <source>“%1” has one finding. Where should it go?</source>
        <translation>“%1” has one finding. Where should it go?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/review/framework_dialogs.py" line="76"/>
        <source>“%1” has %Ln findings. Where should they go?</source>
        <translation>
            <numerusform>“%1” has %Ln finding. Where should it go?</numerusform>
            <numerusform>“%1” has %Ln findings. Where should they go?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/framework_dialogs.py" line="78"/>
        <source>&amp;Move them to:</source>
        <translation>&amp;Move them to:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/framework_dialogs.py" line="79"/>
        <source>Speerpunt to move the findings to</source>
        <translation>Speerpunt to move the findings to</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/framework_dialogs.py" line="80"/>
        <source>&amp;Delete them with the speerpunt</source>
        <translation>&amp;Delete them with the speerpunt</translation>
    </message>
</context>
<context>
    <name>RefiExchangeMenu</name>
    <message>
        <location filename="../../desktop/ui/collaboration/refi_exchange.py" line="77"/>
        <source>REFI-QDA &amp;project (.qdpx)…</source>
        <translation>REFI-QDA &amp;project (.qdpx)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/refi_exchange.py" line="78"/>
        <source>REFI-QDA &amp;codebook (.qdc)…</source>
        <translation>REFI-QDA &amp;codebook (.qdc)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/refi_exchange.py" line="79"/>
        <source>Import REFI-&amp;QDA project (.qdpx)…</source>
        <translation>Import REFI-&amp;QDA project (.qdpx)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/refi_exchange.py" line="113"/>
        <source>Export REFI-QDA project</source>
        <translation>Export REFI-QDA project</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/refi_exchange.py" line="115"/>
        <location filename="../../desktop/ui/collaboration/refi_exchange.py" line="150"/>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation>REFI-QDA projects (*.qdpx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/refi_exchange.py" line="123"/>
        <source>Wrote %1. Documents: %2, findings: %3. ATLAS.ti, MAXQDA, NVivo and QualCoder open it with their REFI-QDA import; each assessment is a code under &quot;Speerpunt-beoordeling&quot;.</source>
        <translation>Wrote %1. Documents: %2, findings: %3. ATLAS.ti, MAXQDA, NVivo and QualCoder open it with their REFI-QDA import; each assessment is a code under &quot;Speerpunt-beoordeling&quot;.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/refi_exchange.py" line="131"/>
        <source>Export REFI-QDA codebook</source>
        <translation>Export REFI-QDA codebook</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/refi_exchange.py" line="133"/>
        <source>REFI-QDA codebooks (*.qdc)</source>
        <translation>REFI-QDA codebooks (*.qdc)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/refi_exchange.py" line="139"/>
        <source>Wrote %1. Speerpunten: %2.</source>
        <translation>Wrote %1. Speerpunten: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/refi_exchange.py" line="93"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/refi_exchange.py" line="76"/>
        <source>E&amp;xport to REFI-QDA</source>
        <translation>E&amp;xport to REFI-QDA</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/refi_exchange.py" line="120"/>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/refi_exchange.py" line="153"/>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/refi_exchange.py" line="149"/>
        <source>Import REFI-QDA project</source>
        <translation>Import REFI-QDA project</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/refi_exchange.py" line="160"/>
        <source>Imported. Documents: %1, findings: %2 (missing: %3).</source>
        <translation>Imported. Documents: %1, findings: %2 (missing: %3).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/refi_exchange.py" line="164"/>
        <source>Codings made without an assessment: %1. They are marked concern and their note starts with &quot;Beoordeling nog te bepalen&quot;; review them in the findings table.</source>
        <translation>Codings made without an assessment: %1. They are marked concern and their note starts with &quot;Beoordeling nog te bepalen&quot;; review them in the findings table.</translation>
    </message>
</context>
<context>
    <name>RemovedMeanwhile</name>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="36"/>
        <source>the finding was removed meanwhile (in another window, by the team folder or by a merge)</source>
        <translation>the finding was removed meanwhile (in another window, by the team folder or by a merge)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="38"/>
        <source>the document was removed meanwhile (in another window, by the team folder or by a merge)</source>
        <translation>the document was removed meanwhile (in another window, by the team folder or by a merge)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="40"/>
        <source>the speerpunt was removed meanwhile (in another window, by the team folder or by a merge)</source>
        <translation>the speerpunt was removed meanwhile (in another window, by the team folder or by a merge)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="42"/>
        <source>the theme was removed meanwhile (in another window, by the team folder or by a merge)</source>
        <translation>the theme was removed meanwhile (in another window, by the team folder or by a merge)</translation>
    </message>
</context>
<context>
    <name>ReportParts</name>
    <message>
        <location filename="../../desktop/ui/report_labels.py" line="14"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_labels.py" line="15"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_labels.py" line="16"/>
        <source>Agreement name</source>
        <translation>Agreement name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_labels.py" line="17"/>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_labels.py" line="18"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_labels.py" line="19"/>
        <source>Foreword</source>
        <translation>Foreword</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_labels.py" line="20"/>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_labels.py" line="21"/>
        <source>Function</source>
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_labels.py" line="22"/>
        <source>Letter title</source>
        <translation>Letter title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_labels.py" line="23"/>
        <source>Starting point</source>
        <translation>Starting point</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_labels.py" line="24"/>
        <source>Closing</source>
        <translation>Closing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/report_parts.py" line="39"/>
        <source>Empty: “Reactie &lt;organisation&gt; op &lt;agreement&gt;”</source>
        <translation>Empty: “Reactie &lt;organisation&gt; op &lt;agreement&gt;”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/report_parts.py" line="40"/>
        <source>e.g. G40 stedennetwerk</source>
        <translation>e.g. G40 stedennetwerk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/report_parts.py" line="41"/>
        <source>Empty: the agreement&apos;s short name</source>
        <translation>Empty: the agreement&apos;s short name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/report_parts.py" line="42"/>
        <source>Empty: gemeenten (“Wat betekent dit voor gemeenten?”)</source>
        <translation>Empty: gemeenten (“Wat betekent dit voor gemeenten?”)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/report_parts.py" line="43"/>
        <source>Printed on the title page, e.g. 23 februari 2026</source>
        <translation>Printed on the title page, e.g. 23 februari 2026</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/report_parts.py" line="44"/>
        <source>Opening letter, signed below; a blank line starts a new paragraph</source>
        <translation>Opening letter, signed below; a blank line starts a new paragraph</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/report_parts.py" line="45"/>
        <source>Analysis layout: heading of the opening letter (empty: the title)</source>
        <translation>Analysis layout: heading of the opening letter (empty: the title)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/report_parts.py" line="46"/>
        <source>Chapter 1 of the speerpunten layout; empty: a standard introduction</source>
        <translation>Chapter 1 of the speerpunten layout; empty: a standard introduction</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/report_parts.py" line="47"/>
        <source>Last chapter, “Tot slot”; left out when empty</source>
        <translation>Last chapter, “Tot slot”; left out when empty</translation>
    </message>
</context>
<context>
    <name>ReportPartsForm</name>
    <message>
        <location filename="../../desktop/ui/reaction/report_parts.py" line="131"/>
        <source>Report parts</source>
        <translation>Report parts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/report_parts.py" line="132"/>
        <source>The parts of the Word reaction around the speerpunten. Saved as you type.</source>
        <translation>The parts of the Word reaction around the speerpunten. Saved as you type.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/report_parts.py" line="138"/>
        <source>Additional remarks per theme</source>
        <translation>Additional remarks per theme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/report_parts.py" line="139"/>
        <source>Remarks not tied to one speerpunt; the speerpunten layout prints them as numbered points under “Aanvullende opmerkingen”. A blank line starts the next point.</source>
        <translation>Remarks not tied to one speerpunt; the speerpunten layout prints them as numbered points under “Aanvullende opmerkingen”. A blank line starts the next point.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/report_parts.py" line="168"/>
        <source>Stored for “%1”, the newest agreement. Another agreement is exported with its own name and title.</source>
        <translation>Stored for “%1”, the newest agreement. Another agreement is exported with its own name and title.</translation>
    </message>
</context>
<context>
    <name>RestoreBackup</name>
    <message>
        <location filename="../../desktop/ui/collaboration/restore_backup_dialog.py" line="32"/>
        <source>Before merging %1</source>
        <translation>Before merging %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/restore_backup_dialog.py" line="34"/>
        <source>Before a merge</source>
        <translation>Before a merge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/restore_backup_dialog.py" line="36"/>
        <source>Before restoring a backup</source>
        <translation>Before restoring a backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/restore_backup_dialog.py" line="38"/>
        <source>Automatic, while editing</source>
        <translation>Automatic, while editing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/restore_backup_dialog.py" line="39"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/restore_backup_dialog.py" line="56"/>
        <source>unreadable</source>
        <translation>unreadable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/restore_backup_dialog.py" line="65"/>
        <source>Made on</source>
        <translation>Made on</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/restore_backup_dialog.py" line="66"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/restore_backup_dialog.py" line="67"/>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <location filename="../../desktop/ui/collaboration/restore_backup_dialog.py" line="121"/>
        <location filename="../../desktop/ui/collaboration/restore_backup_dialog.py" line="122"/>
        <location filename="../../desktop/ui/collaboration/restore_backup_dialog.py" line="163"/>
        <source>Restore backup</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/restore_backup_dialog.py" line="124"/>
        <source>Speerpunt keeps the last backups of this project next to it, in the folder %1. Restoring one replaces everything in the project with the backup; what is there now is backed up first.</source>
        <translation>Speerpunt keeps the last backups of this project next to it, in the folder %1. Restoring one replaces everything in the project with the backup; what is there now is backed up first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/restore_backup_dialog.py" line="127"/>
        <source>Backups, newest first</source>
        <translation>Backups, newest first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/restore_backup_dialog.py" line="128"/>
        <source>Restore…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/restore_backup_dialog.py" line="129"/>
        <source>Restore the selected backup</source>
        <translation>Restore the selected backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/restore_backup_dialog.py" line="132"/>
        <source>There are no backups of this project yet.</source>
        <translation>There are no backups of this project yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/restore_backup_dialog.py" line="151"/>
        <source>Not restored: %1</source>
        <translation>Not restored: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/restore_backup_dialog.py" line="156"/>
        <source>Restored the backup of %1. The state before it was saved as %2.</source>
        <translation>Restored the backup of %1. The state before it was saved as %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/restore_backup_dialog.py" line="164"/>
        <source>Replace everything in this project with the backup of %1? Undo history is cleared; the current state is backed up first, so you can go back to it.</source>
        <translation>Replace everything in this project with the backup of %1? Undo history is cleared; the current state is backed up first, so you can go back to it.</translation>
    </message>
</context>
<context>
    <name>ReviewCommands</name>
    <message>
        <location filename="../../desktop/ui/commands/review.py" line="30"/>
        <source>Accept %1&apos;s tagging</source>
        <translation>Accept %1&apos;s tagging</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands/review.py" line="63"/>
        <source>Write joint finding</source>
        <translation>Write joint finding</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <location filename="../../desktop/ui/collaboration/review_model.py" line="25"/>
        <source>= Agree</source>
        <translation>= Agree</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/review_model.py" line="27"/>
        <source>≠ Differ</source>
        <translation>≠ Differ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/review_model.py" line="29"/>
        <source>✓ Settled</source>
        <translation>✓ Settled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/review_model.py" line="30"/>
        <source>Only one analyst</source>
        <translation>Only one analyst</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/revision_review.py" line="48"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/revision_review.py" line="48"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/revision_review.py" line="48"/>
        <source>Speerpunt</source>
        <translation>Speerpunt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/revision_review.py" line="48"/>
        <source>Was on</source>
        <translation>Was on</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/revision_review.py" line="48"/>
        <source>Now on</source>
        <translation>Now on</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/revision_review.py" line="49"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/revision_review.py" line="52"/>
        <source>exact</source>
        <translation>exact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/revision_review.py" line="52"/>
        <source>moved</source>
        <translation>moved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/revision_review.py" line="52"/>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/revision_review.py" line="53"/>
        <source>orphaned</source>
        <translation>orphaned</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/revision_review.py" line="53"/>
        <source>confirmed</source>
        <translation>confirmed</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../desktop/ui/collaboration/review_view.py" line="151"/>
        <location filename="../../desktop/ui/collaboration/review_view.py" line="152"/>
        <source>Compare analysts</source>
        <translation>Compare analysts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/review_view.py" line="153"/>
        <source>Agreement:</source>
        <translation>Agreement:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/review_view.py" line="154"/>
        <source>Agreement to compare on</source>
        <translation>Agreement to compare on</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/review_view.py" line="155"/>
        <source>Agreement between analysts</source>
        <translation>Agreement between analysts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/review_view.py" line="156"/>
        <source>Tagged passages by analyst</source>
        <translation>Tagged passages by analyst</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/review_view.py" line="157"/>
        <source>Differences only</source>
        <translation>Differences only</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/review_view.py" line="158"/>
        <source>Write joint finding…</source>
        <translation>Write joint finding…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/review_view.py" line="159"/>
        <source>Write one finding for the analysts on the selected passage</source>
        <translation>Write one finding for the analysts on the selected passage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/review_view.py" line="161"/>
        <source>Accept %1&apos;s tagging</source>
        <translation>Accept %1&apos;s tagging</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/review_view.py" line="290"/>
        <source>Agreed after comparison with %1 (%2)</source>
        <translation>Agreed after comparison with %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/review_view.py" line="295"/>
        <source>Nothing to settle: on the selected passages the analysts agree.</source>
        <translation>Nothing to settle: on the selected passages the analysts agree.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/review_view.py" line="313"/>
        <source>The joint finding was not made: %1</source>
        <translation>The joint finding was not made: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/review_view.py" line="340"/>
        <source>There is no coalition agreement in this project yet.</source>
        <translation>There is no coalition agreement in this project yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/review_view.py" line="342"/>
        <source>Comparing needs findings from at least two analysts on this agreement; merge a colleague&apos;s work first (File → Merge with…).</source>
        <translation>Comparing needs findings from at least two analysts on this agreement; merge a colleague&apos;s work first (File → Merge with…).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/review_view.py" line="347"/>
        <source>%1; the analysts differ on %2.</source>
        <translation>%1; the analysts differ on %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/collaboration/review_view.py" line="348"/>
        <source>%Ln tagged passage(s)</source>
        <translation>
            <numerusform>%Ln tagged passage</numerusform>
            <numerusform>%Ln tagged passages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/review_view.py" line="352"/>
        <source>%1 called missing by at least one analyst (rows at the top); no agreement yet on %2.</source>
        <translation>%1 called missing by at least one analyst (rows at the top); no agreement yet on %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/collaboration/review_view.py" line="354"/>
        <source>%Ln speerpunt(s)</source>
        <translation>
            <numerusform>%Ln speerpunt</numerusform>
            <numerusform>%Ln speerpunten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevisionCommands</name>
    <message>
        <location filename="../../desktop/ui/commands/revisions.py" line="39"/>
        <source>Accept new place</source>
        <translation>Accept new place</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands/revisions.py" line="42"/>
        <source>Accept %1 new places</source>
        <translation>Accept %1 new places</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands/revisions.py" line="64"/>
        <source>Re-point finding</source>
        <translation>Re-point finding</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands/revisions.py" line="96"/>
        <source>Import new version of “%1”</source>
        <translation>Import new version of “%1”</translation>
    </message>
</context>
<context>
    <name>RevisionMenu</name>
    <message>
        <location filename="../../desktop/ui/documents/revision_menu.py" line="65"/>
        <source>&amp;Document</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/revision_menu.py" line="66"/>
        <source>Import &amp;new version…</source>
        <translation>Import &amp;new version…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/revision_menu.py" line="67"/>
        <source>&amp;Review new version…</source>
        <translation>&amp;Review new version…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/revision_menu.py" line="93"/>
        <location filename="../../desktop/ui/documents/revision_menu.py" line="98"/>
        <location filename="../../desktop/ui/documents/revision_menu.py" line="106"/>
        <source>Import new version</source>
        <translation>Import new version</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/revision_menu.py" line="94"/>
        <source>Open the document that has a new version first.</source>
        <translation>Open the document that has a new version first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/revision_menu.py" line="99"/>
        <source>“%1” has already been replaced by a newer version; open that one.</source>
        <translation>“%1” has already been replaced by a newer version; open that one.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/revision_menu.py" line="107"/>
        <source>Reading %1 and carrying the findings over…</source>
        <translation>Reading %1 and carrying the findings over…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/revision_menu.py" line="108"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/revision_menu.py" line="129"/>
        <source>Not undone</source>
        <translation>Not undone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/revision_menu.py" line="151"/>
        <location filename="../../desktop/ui/documents/revision_menu.py" line="153"/>
        <source>Not imported</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/revision_menu.py" line="154"/>
        <source>An unexpected error stopped the import: %1</source>
        <translation>An unexpected error stopped the import: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/revision_menu.py" line="159"/>
        <source>The new version of “%1”</source>
        <translation>The new version of “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/revision_menu.py" line="171"/>
        <source>Review new version</source>
        <translation>Review new version</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/revision_menu.py" line="172"/>
        <source>This document has no earlier version in the project.</source>
        <translation>This document has no earlier version in the project.</translation>
    </message>
</context>
<context>
    <name>RevisionReview</name>
    <message>
        <location filename="../../desktop/ui/documents/revision_review.py" line="193"/>
        <source>Review the new version: %1</source>
        <translation>Review the new version: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/revision_review.py" line="194"/>
        <source>Review the new version</source>
        <translation>Review the new version</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/revision_review.py" line="195"/>
        <source>Old version (superseded): %1</source>
        <translation>Old version (superseded): %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/revision_review.py" line="196"/>
        <source>New version: %1</source>
        <translation>New version: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/revision_review.py" line="197"/>
        <source>Old version</source>
        <translation>Old version</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/revision_review.py" line="198"/>
        <source>New version</source>
        <translation>New version</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/revision_review.py" line="199"/>
        <source>Carried findings</source>
        <translation>Carried findings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/revision_review.py" line="200"/>
        <source>Only findings to review</source>
        <translation>Only findings to review</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/revision_review.py" line="201"/>
        <source>&amp;Accept new place</source>
        <translation>&amp;Accept new place</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/revision_review.py" line="202"/>
        <source>Accept all with score at least</source>
        <translation>Accept all with score at least</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/revision_review.py" line="203"/>
        <source>Lowest score to accept</source>
        <translation>Lowest score to accept</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/revision_review.py" line="204"/>
        <source>&amp;Re-point to selected text</source>
        <translation>&amp;Re-point to selected text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/revision_review.py" line="205"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/revision_review.py" line="206"/>
        <source>Re&amp;do</source>
        <translation>Re&amp;do</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/revision_review.py" line="207"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/revision_review.py" line="226"/>
        <source>%1 exact, %2 moved, %3 changed, %4 orphaned, %5 confirmed</source>
        <translation>%1 exact, %2 moved, %3 changed, %4 orphaned, %5 confirmed</translation>
    </message>
</context>
<context>
    <name>SearchHitsModel</name>
    <message>
        <location filename="../../desktop/ui/review/search_panel.py" line="83"/>
        <source>%1, p. %2</source>
        <translation>%1, p. %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/search_panel.py" line="87"/>
        <source>1 matching passage</source>
        <translation>1 matching passage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/search_panel.py" line="87"/>
        <source>%1 matching passages</source>
        <translation>%1 matching passages</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../desktop/ui/review/search_panel.py" line="216"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/search_panel.py" line="217"/>
        <source>Search all documents…</source>
        <translation>Search all documents…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/search_panel.py" line="218"/>
        <source>Search words</source>
        <translation>Search words</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/search_panel.py" line="219"/>
        <source>All words must occur; &quot;quotes&quot; for a phrase; woning* for words starting so</source>
        <translation>All words must occur; &quot;quotes&quot; for a phrase; woning* for words starting so</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/search_panel.py" line="220"/>
        <source>Search in</source>
        <translation>Search in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/search_panel.py" line="221"/>
        <source>By document</source>
        <translation>By document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/search_panel.py" line="222"/>
        <source>One line per document that matches: its number of matching passages and its best passage</source>
        <translation>One line per document that matches: its number of matching passages and its best passage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/search_panel.py" line="224"/>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/search_panel.py" line="239"/>
        <source>All documents</source>
        <translation>All documents</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/search_panel.py" line="241"/>
        <source>Category: %1</source>
        <translation>Category: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/search_panel.py" line="276"/>
        <source>Type at least one word (letters or digits) to search for.</source>
        <translation>Type at least one word (letters or digits) to search for.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/search_panel.py" line="289"/>
        <source>Type words to search every document: all words must occur; &quot;quotes&quot; for a phrase; woning* for words starting so.</source>
        <translation>Type words to search every document: all words must occur; &quot;quotes&quot; for a phrase; woning* for words starting so.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/search_panel.py" line="297"/>
        <source>Nothing found for “%1”.</source>
        <translation>Nothing found for “%1”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/search_panel.py" line="300"/>
        <source>1 document</source>
        <translation>1 document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/search_panel.py" line="300"/>
        <source>%1 documents</source>
        <translation>%1 documents</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/search_panel.py" line="301"/>
        <source>1 matching passage</source>
        <translation>1 matching passage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/search_panel.py" line="301"/>
        <source>%1 matching passages</source>
        <translation>%1 matching passages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/search_panel.py" line="304"/>
        <source>1 passage</source>
        <translation>1 passage</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/review/search_panel.py" line="306"/>
        <source>The best %Ln passages</source>
        <translation>
            <numerusform>The best %Ln passage</numerusform>
            <numerusform>The best %Ln passages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/review/search_panel.py" line="308"/>
        <source>%Ln passages</source>
        <translation>
            <numerusform>%Ln passage</numerusform>
            <numerusform>%Ln passages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../desktop/ui/window/help_dialogs.py" line="26"/>
        <source>Tag the selected text (in a document)</source>
        <translation>Tag the selected text (in a document)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/help_dialogs.py" line="27"/>
        <source>While tagging: choose one of the recently used speerpunten</source>
        <translation>While tagging: choose one of the recently used speerpunten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/help_dialogs.py" line="28"/>
        <source>While tagging: positive / concern / missing</source>
        <translation>While tagging: positive / concern / missing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/help_dialogs.py" line="29"/>
        <source>Tag the passage at the cursor with its top suggestion</source>
        <translation>Tag the passage at the cursor with its top suggestion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/help_dialogs.py" line="30"/>
        <source>Reject the top suggestion for the passage at the cursor</source>
        <translation>Reject the top suggestion for the passage at the cursor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/help_dialogs.py" line="32"/>
        <source>Next match in the document</source>
        <translation>Next match in the document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/help_dialogs.py" line="34"/>
        <source>Previous match in the document</source>
        <translation>Previous match in the document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/help_dialogs.py" line="36"/>
        <source>Delete the selected finding</source>
        <translation>Delete the selected finding</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/help_dialogs.py" line="37"/>
        <source>Close the find bar or the tag panel</source>
        <translation>Close the find bar or the tag panel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/help_dialogs.py" line="38"/>
        <source>Open the chosen document or finding</source>
        <translation>Open the chosen document or finding</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop/ui/window/help_dialogs.py" line="77"/>
        <location filename="../../desktop/ui/window/help_dialogs.py" line="78"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/help_dialogs.py" line="79"/>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/help_dialogs.py" line="79"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>SpeerpuntView</name>
    <message>
        <location filename="../../desktop/ui/review/speerpunt_view.py" line="89"/>
        <source>Speerpunt view</source>
        <translation>Speerpunt view</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/speerpunt_view.py" line="90"/>
        <source>&amp;Speerpunt or theme:</source>
        <translation>&amp;Speerpunt or theme:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/speerpunt_view.py" line="92"/>
        <source>Speerpunt or theme to show</source>
        <translation>Speerpunt or theme to show</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/speerpunt_view.py" line="93"/>
        <source>Type a code or words of a title</source>
        <translation>Type a code or words of a title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/speerpunt_view.py" line="94"/>
        <source>Tagged passages by category and agreement</source>
        <translation>Tagged passages by category and agreement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/speerpunt_view.py" line="95"/>
        <source>Show all agreements</source>
        <translation>Show all agreements</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/speerpunt_view.py" line="164"/>
        <source>No category</source>
        <translation>No category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/speerpunt_view.py" line="165"/>
        <location filename="../../desktop/ui/review/speerpunt_view.py" line="169"/>
        <source>Only %1</source>
        <translation>Only %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/speerpunt_view.py" line="173"/>
        <source>Choose a speerpunt or theme above: its tagged passages are listed here, by category and agreement.</source>
        <translation>Choose a speerpunt or theme above: its tagged passages are listed here, by category and agreement.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/speerpunt_view.py" line="172"/>
        <source>Nothing tagged with this yet.</source>
        <translation>Nothing tagged with this yet.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../desktop/ui/window/start_page.py" line="89"/>
        <source>Start page</source>
        <translation>Start page</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/start_page.py" line="90"/>
        <source>Speerpunt</source>
        <translation>Speerpunt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/start_page.py" line="91"/>
        <source>Read a coalition agreement next to your position paper, tag passages to your speerpunten and draft your reaction.</source>
        <translation>Read a coalition agreement next to your position paper, tag passages to your speerpunten and draft your reaction.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/start_page.py" line="93"/>
        <source>&amp;New project…</source>
        <translation>&amp;New project…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/start_page.py" line="94"/>
        <source>&amp;Open project…</source>
        <translation>&amp;Open project…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/start_page.py" line="95"/>
        <source>Open the &amp;demo project</source>
        <translation>Open the &amp;demo project</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/start_page.py" line="96"/>
        <source>An example agreement and position paper with findings, to try things on</source>
        <translation>An example agreement and position paper with findings, to try things on</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/start_page.py" line="97"/>
        <source>New project</source>
        <translation>New project</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/start_page.py" line="98"/>
        <source>Open project</source>
        <translation>Open project</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/start_page.py" line="99"/>
        <source>Open the demo project</source>
        <translation>Open the demo project</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/start_page.py" line="100"/>
        <source>&amp;Recent projects</source>
        <translation>&amp;Recent projects</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/start_page.py" line="101"/>
        <source>Recent projects</source>
        <translation>Recent projects</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/start_page.py" line="102"/>
        <source>No recent projects yet.</source>
        <translation>No recent projects yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/start_page.py" line="103"/>
        <source>New here? The demo project holds an example coalition agreement and position paper, already partly tagged: try reading, tagging and exporting there. For your own work, make a new project and import an agreement (PDF, Word or text).</source>
        <translation>New here? The demo project holds an example coalition agreement and position paper, already partly tagged: try reading, tagging and exporting there. For your own work, make a new project and import an agreement (PDF, Word or text).</translation>
    </message>
</context>
<context>
    <name>SuggestionCommands</name>
    <message>
        <location filename="../../desktop/ui/commands/suggestions.py" line="17"/>
        <source>Reject suggestion</source>
        <translation>Reject suggestion</translation>
    </message>
</context>
<context>
    <name>SuggestionPanel</name>
    <message>
        <location filename="../../desktop/ui/review/suggestion_panel.py" line="83"/>
        <source>Tagging suggestions</source>
        <translation>Tagging suggestions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/suggestion_panel.py" line="84"/>
        <source>Speerpunt:</source>
        <translation>Speerpunt:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/suggestion_panel.py" line="85"/>
        <source>Passages that most likely treat it (↑/↓ walks them):</source>
        <translation>Passages that most likely treat it (↑/↓ walks them):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/suggestion_panel.py" line="86"/>
        <source>Agreement:</source>
        <translation>Agreement:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/suggestion_panel.py" line="87"/>
        <source>Speerpunten it probably does not treat, with the best passage found:</source>
        <translation>Speerpunten it probably does not treat, with the best passage found:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/suggestion_panel.py" line="88"/>
        <source>Mark missing…</source>
        <translation>Mark missing…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/suggestion_panel.py" line="127"/>
        <source>Preparing suggestions…</source>
        <translation>Preparing suggestions…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/suggestion_panel.py" line="129"/>
        <source>Suggestions learn from your tags; nothing is tagged until you do it.</source>
        <translation>Suggestions learn from your tags; nothing is tagged until you do it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/suggestion_panel.py" line="146"/>
        <source>No passage is likely to treat this speerpunt yet.</source>
        <translation>No passage is likely to treat this speerpunt yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/suggestion_panel.py" line="170"/>
        <source>no passage comes close</source>
        <translation>no passage comes close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/suggestion_panel.py" line="171"/>
        <source>None: every speerpunt has a finding here or is the most likely one of some passage.</source>
        <translation>None: every speerpunt has a finding here or is the most likely one of some passage.</translation>
    </message>
</context>
<context>
    <name>TagPanel</name>
    <message>
        <location filename="../../desktop/ui/panes/tagging.py" line="122"/>
        <source>Tag passage</source>
        <translation>Tag passage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/tagging.py" line="123"/>
        <source>Speerpunt: type a code or words, Enter to choose; Alt+1–9 pick a recent one</source>
        <translation>Speerpunt: type a code or words, Enter to choose; Alt+1–9 pick a recent one</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/tagging.py" line="124"/>
        <source>Find speerpunt</source>
        <translation>Find speerpunt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/tagging.py" line="125"/>
        <source>Speerpunten</source>
        <translation>Speerpunten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/tagging.py" line="126"/>
        <source>Note (optional), Enter to save, Esc to skip</source>
        <translation>Note (optional), Enter to save, Esc to skip</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/tagging.py" line="127"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/tagging.py" line="128"/>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/tagging.py" line="129"/>
        <source>Close tagging</source>
        <translation>Close tagging</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/tagging.py" line="135"/>
        <source>Press %1</source>
        <translation>Press %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/tagging.py" line="181"/>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/tagging.py" line="206"/>
        <source>Tag: “%1”</source>
        <translation>Tag: “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/tagging.py" line="220"/>
        <source>%1 — press P, Z or O</source>
        <translation>%1 — press P, Z or O</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/tagging.py" line="222"/>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/tagging.py" line="224"/>
        <source>Then press P, Z or O</source>
        <translation>Then press P, Z or O</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/tagging.py" line="238"/>
        <source>No speerpunt matches.</source>
        <translation>No speerpunt matches.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/tagging.py" line="239"/>
        <source>The project has no speerpunten yet: add a framework first.</source>
        <translation>The project has no speerpunten yet: add a framework first.</translation>
    </message>
</context>
<context>
    <name>TeamFolderMenu</name>
    <message>
        <location filename="../../desktop/ui/collaboration/team_folder.py" line="147"/>
        <location filename="../../desktop/ui/collaboration/team_folder.py" line="148"/>
        <source>Team folder</source>
        <translation>Team folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/team_folder.py" line="152"/>
        <source>Work together in a &amp;folder…</source>
        <translation>Work together in a &amp;folder…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/team_folder.py" line="153"/>
        <source>Keep this project in step with colleagues through a shared folder (OneDrive, SharePoint, a network share)</source>
        <translation>Keep this project in step with colleagues through a shared folder (OneDrive, SharePoint, a network share)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/team_folder.py" line="179"/>
        <source>The project file is inside this folder. Keep the project file outside the team folder: a sync service damages a database it copies while it is open. Choose an empty folder of its own for the team.</source>
        <translation>The project file is inside this folder. Keep the project file outside the team folder: a sync service damages a database it copies while it is open. Choose an empty folder of its own for the team.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/team_folder.py" line="191"/>
        <source>Team folder: syncing…</source>
        <translation>Team folder: syncing…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/team_folder.py" line="208"/>
        <source>Team folder: synced %1</source>
        <translation>Team folder: synced %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/team_folder.py" line="210"/>
        <source>published: %1</source>
        <translation>published: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/collaboration/team_folder.py" line="212"/>
        <source>%Ln open conflict(s)</source>
        <translation>
            <numerusform>%Ln open conflict</numerusform>
            <numerusform>%Ln open conflicts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/team_folder.py" line="214"/>
        <source>Folder: %1</source>
        <translation>Folder: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/team_folder.py" line="215"/>
        <source>%1 published at %2</source>
        <translation>%1 published at %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/team_folder.py" line="217"/>
        <source>Waiting for %1: %2</source>
        <translation>Waiting for %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/team_folder.py" line="219"/>
        <source>Not matched: %1</source>
        <translation>Not matched: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/team_folder.py" line="223"/>
        <source>Team folder: a document could not be matched: %1</source>
        <translation>Team folder: a document could not be matched: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/team_folder.py" line="226"/>
        <source>Team folder: not synced</source>
        <translation>Team folder: not synced</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/team_folder.py" line="228"/>
        <source>Team folder: %1</source>
        <translation>Team folder: %1</translation>
    </message>
</context>
<context>
    <name>WorkspaceDocks</name>
    <message>
        <location filename="../../desktop/ui/window/workspace_docks.py" line="192"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/workspace_docks.py" line="193"/>
        <source>Speerpunten</source>
        <translation>Speerpunten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/workspace_docks.py" line="194"/>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/workspace_docks.py" line="195"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/workspace_docks.py" line="196"/>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/workspace_docks.py" line="197"/>
        <source>Reaction</source>
        <translation>Reaction</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/workspace_docks.py" line="198"/>
        <source>Speerpunt view</source>
        <translation>Speerpunt view</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/workspace_docks.py" line="199"/>
        <source>Comparison matrix</source>
        <translation>Comparison matrix</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/workspace_docks.py" line="200"/>
        <source>Documents table</source>
        <translation>Documents table</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/workspace_docks.py" line="201"/>
        <source>Tag search hits</source>
        <translation>Tag search hits</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/workspace_docks.py" line="208"/>
        <source>&amp;Speerpunt view</source>
        <translation>&amp;Speerpunt view</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/workspace_docks.py" line="209"/>
        <source>Comparison &amp;matrix</source>
        <translation>Comparison &amp;matrix</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/workspace_docks.py" line="210"/>
        <source>Documents &amp;table</source>
        <translation>Documents &amp;table</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/workspace_docks.py" line="211"/>
        <source>Tag search &amp;hits</source>
        <translation>Tag search &amp;hits</translation>
    </message>
</context>
</TS>
