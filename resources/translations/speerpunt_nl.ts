<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
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
        <translation>dit bestand bestaat niet</translation>
    </message>
    <message>
        <location filename="../../desktop/files/reading.py" line="41"/>
        <location filename="../../desktop/files/reading.py" line="64"/>
        <location filename="../../desktop/operations/import_reader.py" line="108"/>
        <location filename="../../desktop/store/project.py" line="154"/>
        <source>cannot be read ({error})</source>
        <translation>kan niet worden gelezen ({error})</translation>
    </message>
    <message>
        <location filename="../../desktop/files/reading.py" line="43"/>
        <source>is a folder, not a {what}</source>
        <translation>is een map, geen {what}</translation>
    </message>
    <message>
        <location filename="../../desktop/files/reading.py" line="45"/>
        <location filename="../../desktop/files/reading.py" line="67"/>
        <source>is a pipe, device or socket, not a {what}; only ordinary files are read</source>
        <translation>is een pipe, apparaat of socket, geen {what}; alleen gewone bestanden worden gelezen</translation>
    </message>
    <message>
        <location filename="../../desktop/files/reading.py" line="48"/>
        <source>{size} is larger than a {what} can be (at most {limit})</source>
        <translation>{size} is groter dan een {what} mag zijn (hoogstens {limit})</translation>
    </message>
    <message>
        <location filename="../../desktop/files/reading.py" line="71"/>
        <source>larger than a {what} can be (at most {limit})</source>
        <translation>groter dan een {what} mag zijn (hoogstens {limit})</translation>
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
        <translation>bestand</translation>
    </message>
    <message>
        <location filename="../../desktop/files/reading.py" line="86"/>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <location filename="../../desktop/files/reading.py" line="87"/>
        <source>findings bundle</source>
        <translation>bundel met bevindingen</translation>
    </message>
    <message>
        <location filename="../../desktop/files/reading.py" line="88"/>
        <source>findings bundle or project</source>
        <translation>bundel met bevindingen of project</translation>
    </message>
    <message>
        <location filename="../../desktop/files/reading.py" line="89"/>
        <source>framework file</source>
        <translation>kaderbestand</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/fileformat.py" line="142"/>
        <location filename="../../desktop/frameworks/refi.py" line="128"/>
        <location filename="../../desktop/operations/exchange.py" line="75"/>
        <location filename="../../desktop/operations/import_reader.py" line="99"/>
        <location filename="../../desktop/operations/revisions.py" line="99"/>
        <source>cannot be read: {error}</source>
        <translation>kan niet worden gelezen: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/fileformat.py" line="164"/>
        <location filename="../../desktop/frameworks/fileformat.py" line="166"/>
        <source>not valid YAML: {error}</source>
        <translation>geen geldige YAML: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/fileformat.py" line="176"/>
        <source>no &apos;themes:&apos; list</source>
        <translation>geen lijst &apos;themes:&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/fileformat.py" line="182"/>
        <source>the &apos;themes:&apos; list is empty</source>
        <translation>de lijst &apos;themes:&apos; is leeg</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/fileformat.py" line="190"/>
        <source>no &apos;format: {format}&apos; line; is this a speerpunten framework file?</source>
        <translation>geen regel &apos;format: {format}&apos;; is dit wel een kaderbestand met speerpunten?</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/fileformat.py" line="197"/>
        <source>format &apos;{declared}&apos; is not &apos;{expected}&apos;</source>
        <translation>format &apos;{declared}&apos; is niet &apos;{expected}&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/fileformat.py" line="200"/>
        <source>format &apos;{declared}&apos; has no version number</source>
        <translation>format &apos;{declared}&apos; heeft geen versienummer</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/fileformat.py" line="205"/>
        <source>written in version {version} of the framework format; this Speerpunt reads version {supported} and older. Update Speerpunt to open it</source>
        <translation>geschreven in versie {version} van het kaderformaat; deze Speerpunt leest versie {supported} en ouder. Werk Speerpunt bij om het te openen</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/fileformat.py" line="210"/>
        <source>unknown format version &apos;{version}&apos;</source>
        <translation>onbekende formaatversie &apos;{version}&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/fileformat.py" line="214"/>
        <source>theme {number}</source>
        <translation>thema {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/fileformat.py" line="218"/>
        <source>theme {number} has no title</source>
        <translation>thema {number} heeft geen titel</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/fileformat.py" line="219"/>
        <location filename="../../desktop/frameworks/outline.py" line="219"/>
        <source>theme {number} &apos;{title}&apos;</source>
        <translation>thema {number} &apos;{title}&apos;</translation>
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
        <translation>speerpunt &apos;{code}&apos; zonder titel</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/fileformat.py" line="239"/>
        <location filename="../../desktop/frameworks/outline.py" line="224"/>
        <source>speerpunt without a title</source>
        <translation>speerpunt zonder titel</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/fileformat.py" line="243"/>
        <source>speerpunt &apos;{title}&apos; without a code</source>
        <translation>speerpunt &apos;{title}&apos; zonder code</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/fileformat.py" line="247"/>
        <source>code &apos;{code}&apos; is also used by {other}; codes must be unique</source>
        <translation>code &apos;{code}&apos; wordt ook gebruikt door {other}; elke code mag maar één keer voorkomen</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/fileformat.py" line="275"/>
        <source>the framework (format, name, themes)</source>
        <translation>het kader (format, name, themes)</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/fileformat.py" line="275"/>
        <location filename="../../desktop/frameworks/fileformat.py" line="337"/>
        <source>&apos;key: value&apos; lines</source>
        <translation>regels in de vorm &apos;sleutel: waarde&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/fileformat.py" line="276"/>
        <source>expected {expected}, found {found}</source>
        <translation>{expected} verwacht, maar {found} gevonden</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/fileformat.py" line="283"/>
        <source>unknown key &apos;{key}&apos;; expected one of {keys}</source>
        <translation>onbekende sleutel &apos;{key}&apos;; verwacht een van deze: {keys}</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/fileformat.py" line="286"/>
        <source>&apos;{key}&apos; given twice</source>
        <translation>&apos;{key}&apos; staat er twee keer</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/fileformat.py" line="294"/>
        <source>expected a list of &apos;- &apos; entries, found {found}</source>
        <translation>een lijst van regels die met &apos;- &apos; beginnen verwacht, maar {found} gevonden</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/fileformat.py" line="308"/>
        <source>no &apos;{key}&apos;</source>
        <translation>geen &apos;{key}&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/fileformat.py" line="311"/>
        <source>&apos;{key}&apos; must be text, found {found}</source>
        <translation>&apos;{key}&apos; moet tekst zijn, maar hier staat: {found}</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/fileformat.py" line="316"/>
        <source>&apos;{key}&apos; is empty</source>
        <translation>&apos;{key}&apos; is leeg</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/fileformat.py" line="330"/>
        <source>colour &apos;{value}&apos; is not of the form #RRGGBB (e.g. &quot;#1f77b4&quot;; quote it)</source>
        <translation>kleur &apos;{value}&apos; heeft niet de vorm #RRGGBB (bijvoorbeeld &quot;#1f77b4&quot;; zet de kleur tussen aanhalingstekens)</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/fileformat.py" line="339"/>
        <source>a list</source>
        <translation>een lijst</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/fileformat.py" line="340"/>
        <source>nothing</source>
        <translation>niets</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/__init__.py" line="28"/>
        <source>unsupported file type &apos;(none)&apos;; use PDF, DOCX, TXT or Markdown</source>
        <translation>bestanden zonder extensie worden niet ondersteund; gebruik PDF, DOCX, TXT of Markdown</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/__init__.py" line="29"/>
        <source>unsupported file type &apos;{suffix}&apos;; use PDF, DOCX, TXT or Markdown</source>
        <translation>bestandstype &apos;{suffix}&apos; wordt niet ondersteund; gebruik PDF, DOCX, TXT of Markdown</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/fileformat.py" line="168"/>
        <location filename="../../desktop/ingest/__init__.py" line="52"/>
        <source>the file is empty</source>
        <translation>het bestand is leeg</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/docx.py" line="59"/>
        <source>damaged DOCX: the Word package cannot be opened</source>
        <translation>beschadigd DOCX-bestand: het Word-pakket kan niet worden geopend</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/docx.py" line="62"/>
        <source>not a Word document (its main part is &apos;{part}&apos;)</source>
        <translation>geen Word-document (het hoofdonderdeel is &apos;{part}&apos;)</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/docx.py" line="64"/>
        <source>a macro-enabled document or a template: save it as a normal .docx</source>
        <translation>een document met macro&apos;s of een sjabloon: sla het op als gewoon .docx-bestand</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/docx.py" line="72"/>
        <source>damaged DOCX: the Word content cannot be read</source>
        <translation>beschadigd DOCX-bestand: de inhoud van het Word-document kan niet worden gelezen</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/docx.py" line="74"/>
        <source>the document holds no text</source>
        <translation>het document bevat geen tekst</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/docx_safety.py" line="46"/>
        <location filename="../../desktop/ingest/docx_safety.py" line="65"/>
        <source>password-protected or old .doc file: save it as .docx without a password</source>
        <translation>beveiligd met een wachtwoord of een oud .doc-bestand: sla het op als .docx zonder wachtwoord</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/docx_safety.py" line="48"/>
        <source>this is an RTF file, not a DOCX: save it as .docx in Word</source>
        <translation>dit is een RTF-bestand, geen DOCX: sla het in Word op als .docx</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/docx_safety.py" line="52"/>
        <location filename="../../desktop/ingest/docx_safety.py" line="57"/>
        <source>damaged DOCX: not a valid ZIP archive</source>
        <translation>beschadigd DOCX-bestand: geen geldig ZIP-archief</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/docx_safety.py" line="61"/>
        <source>this looks like an OpenDocument (.odt) file: save it as .docx</source>
        <translation>dit lijkt een OpenDocument-bestand (.odt): sla het op als .docx</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/docx_safety.py" line="63"/>
        <source>not a Word document: the archive holds no word/document.xml</source>
        <translation>geen Word-document: het archief bevat geen word/document.xml</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/docx_safety.py" line="75"/>
        <source>refused: the {label} holds {count} parts, too many for a {label} file</source>
        <translation>geweigerd: het {label} bevat {count} onderdelen, te veel voor een {label}</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/docx_safety.py" line="81"/>
        <source>refused: the {label} would unpack to {megabytes} MB (a ZIP bomb or far too large)</source>
        <translation>geweigerd: het {label} zou uitgepakt {megabytes} MB zijn (een ZIP-bom of veel te groot)</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/docx_safety.py" line="85"/>
        <source>refused: the {label} is compressed suspiciously well (a ZIP bomb)</source>
        <translation>geweigerd: het {label} is verdacht sterk gecomprimeerd (een ZIP-bom)</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/docx_safety.py" line="96"/>
        <source>damaged {label}: not a valid ZIP archive</source>
        <translation>beschadigd {label}: geen geldig ZIP-archief</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/docx_safety.py" line="100"/>
        <source>refused: the {label} is encrypted</source>
        <translation>geweigerd: het {label} is versleuteld</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/docx_safety.py" line="118"/>
        <location filename="../../desktop/ingest/docx_safety.py" line="163"/>
        <source>refused: part {part} uses an unsupported XML encoding</source>
        <translation>geweigerd: onderdeel {part} gebruikt een XML-codering die niet wordt ondersteund</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/docx_safety.py" line="130"/>
        <source>refused: part {part} declares a DTD or entities, which a {label} never needs</source>
        <translation>geweigerd: onderdeel {part} declareert een DTD of entiteiten, die een {label} nooit nodig heeft</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/docx_safety.py" line="138"/>
        <source>damaged {label}: part {part} cannot be unpacked</source>
        <translation>beschadigd {label}: onderdeel {part} kan niet worden uitgepakt</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/docx_safety.py" line="145"/>
        <source>refused: the {label} is {megabytes} MB, far too large</source>
        <translation>geweigerd: het {label} is {megabytes} MB, veel te groot</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/docx_safety.py" line="148"/>
        <source>refused: the {label} uses an unsupported XML encoding</source>
        <translation>geweigerd: het {label} gebruikt een XML-codering die niet wordt ondersteund</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/docx_safety.py" line="151"/>
        <source>refused: the {label} declares a DTD or entities, which it never needs</source>
        <translation>geweigerd: het {label} declareert een DTD of entiteiten, die het nooit nodig heeft</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/docx_safety.py" line="168"/>
        <source>DOCX</source>
        <translation>DOCX-bestand</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/docx_safety.py" line="168"/>
        <source>REFI-QDA file</source>
        <translation>REFI-QDA-bestand</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/docx_safety.py" line="168"/>
        <location filename="../../desktop/ingest/qdpx.py" line="160"/>
        <source>codebook</source>
        <translation>codeboek</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/errors.py" line="18"/>
        <source>already in the project as &apos;{title}&apos; ({id})</source>
        <translation>staat al in het project als &apos;{title}&apos; ({id})</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/pdf.py" line="35"/>
        <source>not a readable PDF (the file does not start like a PDF)</source>
        <translation>geen leesbare PDF (het bestand begint niet zoals een PDF)</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/pdf.py" line="40"/>
        <source>password-protected PDF: remove the password first</source>
        <translation>PDF met een wachtwoord: verwijder eerst het wachtwoord</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/pdf.py" line="41"/>
        <source>not a readable PDF (the file is damaged or not a PDF)</source>
        <translation>geen leesbare PDF (het bestand is beschadigd of geen PDF)</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/pdf.py" line="61"/>
        <source>not a readable PDF (it has no pages)</source>
        <translation>geen leesbare PDF (het bestand heeft geen pagina&apos;s)</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/pdf.py" line="66"/>
        <location filename="../../desktop/ingest/pdf.py" line="71"/>
        <source>no text layer: OCR is not supported (a scanned PDF holds only images)</source>
        <translation>geen tekstlaag: tekstherkenning (OCR) wordt niet ondersteund (een gescande PDF bevat alleen afbeeldingen)</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/pdf.py" line="86"/>
        <source>not a readable PDF (page {page} is damaged)</source>
        <translation>geen leesbare PDF (pagina {page} is beschadigd)</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/qdpx.py" line="146"/>
        <source>not a REFI-QDA codebook: the root element is not &lt;CodeBook&gt;</source>
        <translation>geen REFI-QDA-codeboek: het hoofdelement is niet &lt;CodeBook&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/qdpx.py" line="149"/>
        <source>the codebook holds no &lt;Codes&gt;</source>
        <translation>het codeboek bevat geen &lt;Codes&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/qdpx.py" line="167"/>
        <source>the {what} is not well-formed XML ({error})</source>
        <translation>het {what} is geen geldige XML ({error})</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/qdpx.py" line="184"/>
        <source>not a REFI-QDA project: project.qde has no &lt;Project&gt;</source>
        <translation>geen REFI-QDA-project: project.qde heeft geen &lt;Project&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/qdpx.py" line="199"/>
        <source>not a REFI-QDA project: the archive holds no project.qde</source>
        <translation>geen REFI-QDA-project: het archief bevat geen project.qde</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/qdpx.py" line="212"/>
        <source>refused: the source path &apos;{path}&apos; points outside the sources folder</source>
        <translation>geweigerd: het bronpad &apos;{path}&apos; wijst naar een plek buiten de map sources</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/qdpx.py" line="218"/>
        <source>damaged REFI-QDA file: sources/{name} is missing</source>
        <translation>beschadigd REFI-QDA-bestand: sources/{name} ontbreekt</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/qdpx.py" line="251"/>
        <source>&apos;{name}&apos;: area selections in the PDF were not imported</source>
        <translation>&apos;{name}&apos;: selecties van een gebied in de PDF zijn niet geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/qdpx.py" line="260"/>
        <source>{count} {kind} element(s) skipped: Speerpunt imports text sources only</source>
        <translation>{count} {kind}-element(en) overgeslagen: Speerpunt importeert alleen tekstbronnen</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/qdpx.py" line="291"/>
        <source>the text of &apos;{name}&apos; is not UTF-8, as REFI-QDA requires</source>
        <translation>de tekst van &apos;{name}&apos; is niet in UTF-8, wat REFI-QDA vereist</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/qdpx.py" line="306"/>
        <source>the text of &apos;{name}&apos; is not in the file (an external path)</source>
        <translation>de tekst van &apos;{name}&apos; zit niet in het bestand (een extern pad)</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/qdpx.py" line="336"/>
        <source>&apos;{name}&apos;: {count} selection(s) outside the text were skipped</source>
        <translation>&apos;{name}&apos;: {count} selectie(s) buiten de tekst overgeslagen</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/qdpx.py" line="339"/>
        <source>&apos;{name}&apos;: codings of the whole document were skipped (a finding needs a passage)</source>
        <translation>&apos;{name}&apos;: coderingen van het hele document overgeslagen (een bevinding hoort bij een stuk tekst)</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/text.py" line="39"/>
        <source>the file holds no text</source>
        <translation>het bestand bevat geen tekst</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/text.py" line="52"/>
        <source>not a readable text file (damaged {encoding})</source>
        <translation>geen leesbaar tekstbestand (beschadigd {encoding})</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/text.py" line="63"/>
        <source>not a text file: it holds binary data</source>
        <translation>geen tekstbestand: het bevat binaire gegevens</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/import_reader.py" line="106"/>
        <source>too large to read</source>
        <translation>te groot om te lezen</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/batch.py" line="239"/>
        <source>the reader stopped on this file (damaged or hostile)</source>
        <translation>het lezen liep vast op dit bestand (beschadigd of kwaadaardig)</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/exchange.py" line="78"/>
        <source>the project holds no text sources to import</source>
        <translation>het project bevat geen tekstbronnen om te importeren</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/exchange.py" line="101"/>
        <source>{count} note(s) not linked to a coding were not imported</source>
        <translation>{count} notitie(s) zonder koppeling aan een codering niet geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/exchange.py" line="105"/>
        <source>{count} coding(s) had no assessment: they are marked {assessment} and their note starts with &quot;Beoordeling nog te bepalen&quot;; review them</source>
        <translation>{count} codering(en) zonder beoordeling: ze staan op {assessment} en hun toelichting begint met &quot;Beoordeling nog te bepalen&quot;; bekijk ze</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/exchange.py" line="168"/>
        <source>the project&apos;s framework &apos;{framework}&apos; lacks the codes {codes}; rename it or import into another project</source>
        <translation>het kader &apos;{framework}&apos; in het project mist de codes {codes}; geef het een andere naam of importeer in een ander project</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/exchange.py" line="195"/>
        <source>a document with the same file but another text is already in the project</source>
        <translation>het project bevat al een document met hetzelfde bestand maar een andere tekst</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/exchange.py" line="259"/>
        <source>&apos;{name}&apos;: {count} selection(s) without a speerpunt code were skipped</source>
        <translation>&apos;{name}&apos;: {count} selectie(s) zonder speerpuntcode overgeslagen</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/exchange.py" line="283"/>
        <source>the note &apos;{name}&apos; names no single speerpunt and document; skipped</source>
        <translation>de notitie &apos;{name}&apos; noemt niet precies één speerpunt en één document; overgeslagen</translation>
    </message>
    <message>
        <location filename="../../desktop/reasons.py" line="50"/>
        <source>{first} and {second}</source>
        <translation>{first} en {second}</translation>
    </message>
    <message>
        <location filename="../../desktop/store/exchange/backup.py" line="109"/>
        <source>cannot restore from {backup}: {error}</source>
        <translation>kan niet worden teruggezet uit {backup}: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/store/project.py" line="156"/>
        <source>not a Speerpunt project (the file is not a SQLite database)</source>
        <translation>geen Speerpunt-project (het bestand is geen SQLite-database)</translation>
    </message>
    <message>
        <location filename="../../desktop/store/project.py" line="158"/>
        <source>the project file is damaged (truncated header)</source>
        <translation>het projectbestand is beschadigd (de kop is afgebroken)</translation>
    </message>
    <message>
        <location filename="../../desktop/store/project.py" line="175"/>
        <location filename="../../desktop/store/project.py" line="224"/>
        <location filename="../../desktop/store/read_only.py" line="121"/>
        <source>the project file cannot be opened ({error})</source>
        <translation>het projectbestand kan niet worden geopend ({error})</translation>
    </message>
    <message>
        <location filename="../../desktop/store/project.py" line="181"/>
        <source>no such project file</source>
        <translation>dit projectbestand bestaat niet</translation>
    </message>
    <message>
        <location filename="../../desktop/store/project.py" line="183"/>
        <source>is a folder, not a project file</source>
        <translation>is een map, geen projectbestand</translation>
    </message>
    <message>
        <location filename="../../desktop/store/project.py" line="185"/>
        <source>is a pipe, device or socket, not a project file</source>
        <translation>is een pipe, apparaat of socket, geen projectbestand</translation>
    </message>
    <message>
        <location filename="../../desktop/store/project.py" line="188"/>
        <source>a SQLite database of another program, not a Speerpunt project</source>
        <translation>een SQLite-database van een ander programma, geen Speerpunt-project</translation>
    </message>
    <message>
        <location filename="../../desktop/store/project.py" line="190"/>
        <source>made by a newer version of Speerpunt (project version {found}, this program reads up to {latest}); please update Speerpunt</source>
        <translation>gemaakt met een nieuwere versie van Speerpunt (projectversie {found}, deze versie leest tot en met {latest}); werk Speerpunt bij</translation>
    </message>
    <message>
        <location filename="../../desktop/store/project.py" line="217"/>
        <source>the project is locked by another program; close it there and try again</source>
        <translation>het project is vergrendeld door een ander programma; sluit het daar en probeer het opnieuw</translation>
    </message>
    <message>
        <location filename="../../desktop/store/project.py" line="220"/>
        <source>the disk is full; nothing was changed</source>
        <translation>de schijf is vol; er is niets gewijzigd</translation>
    </message>
    <message>
        <location filename="../../desktop/store/project.py" line="222"/>
        <source>the project or its folder is read-only, and SQLite must write beside the project; copy it to a folder you can write to</source>
        <translation>het project of de map is alleen-lezen, en SQLite moet naast het project kunnen schrijven; kopieer het naar een map waarin u kunt schrijven</translation>
    </message>
    <message>
        <location filename="../../desktop/store/project.py" line="227"/>
        <location filename="../../desktop/store/project.py" line="340"/>
        <location filename="../../desktop/store/project.py" line="435"/>
        <location filename="../../desktop/store/project.py" line="440"/>
        <location filename="../../desktop/store/read_only.py" line="130"/>
        <source>the project file is damaged ({error})</source>
        <translation>het projectbestand is beschadigd ({error})</translation>
    </message>
    <message>
        <location filename="../../desktop/store/project.py" line="319"/>
        <source>{side} beside it is not a file (a folder, pipe, device or broken link); move it away and open the project again</source>
        <translation>{side} ernaast is geen bestand (maar een map, pipe, apparaat of verbroken koppeling); verplaats het en open het project opnieuw</translation>
    </message>
    <message>
        <location filename="../../desktop/store/project.py" line="336"/>
        <source>the {names} beside it does not belong to this project or is damaged ({problem}); nothing was changed; move {names} to another folder and open the project again</source>
        <translation>{names} ernaast hoort niet bij dit project of is beschadigd ({problem}); er is niets gewijzigd; verplaats {names} naar een andere map en open het project opnieuw</translation>
    </message>
    <message>
        <location filename="../../desktop/store/project.py" line="343"/>
        <source>changes left by an unclean shutdown must be checked on a copy before the project opens, and the copy could not be made ({error}); free some space and try again</source>
        <translation>wijzigingen die na een onverwachte afsluiting zijn achtergebleven, moeten op een kopie worden gecontroleerd voordat het project opent, en die kopie kon niet worden gemaakt ({error}); maak ruimte vrij en probeer het opnieuw</translation>
    </message>
    <message>
        <location filename="../../desktop/store/project.py" line="451"/>
        <source>a file with this name already exists</source>
        <translation>er bestaat al een bestand met deze naam</translation>
    </message>
    <message>
        <location filename="../../desktop/store/project.py" line="454"/>
        <source>a project name cannot end in -wal, -shm or -journal</source>
        <translation>een projectnaam mag niet eindigen op -wal, -shm of -journal</translation>
    </message>
    <message>
        <location filename="../../desktop/store/project.py" line="456"/>
        <source>no such folder</source>
        <translation>deze map bestaat niet</translation>
    </message>
    <message>
        <location filename="../../desktop/store/project.py" line="460"/>
        <source>{files} of an earlier file with this name lies beside it; move it away or choose another name</source>
        <translation>{files} van een eerder bestand met deze naam staat ernaast; verplaats het of kies een andere naam</translation>
    </message>
    <message>
        <location filename="../../desktop/store/project.py" line="466"/>
        <source>cannot be created ({error})</source>
        <translation>kan niet worden aangemaakt ({error})</translation>
    </message>
    <message>
        <location filename="../../desktop/files/atomic.py" line="42"/>
        <source>{name}: cannot write in {folder} ({error})</source>
        <translation>{name}: kan niet schrijven in {folder} ({error})</translation>
    </message>
    <message>
        <location filename="../../desktop/files/atomic.py" line="167"/>
        <source>{name}: could not be written: the folder {folder} is gone (removed, renamed, or a drive or network share disconnected)</source>
        <translation>{name}: kon niet worden geschreven: de map {folder} is er niet meer (verwijderd, hernoemd, of een schijf of netwerkshare is losgekoppeld)</translation>
    </message>
    <message>
        <location filename="../../desktop/files/atomic.py" line="170"/>
        <source>{name}: could not be written ({error}); is it open in another program?</source>
        <translation>{name}: kon niet worden geschreven ({error}); is het geopend in een ander programma?</translation>
    </message>
    <message>
        <location filename="../../desktop/files/atomic.py" line="176"/>
        <source>{name}: could not be written: the disk is full; free some space or choose another folder</source>
        <translation>{name}: kon niet worden geschreven: de schijf is vol; maak ruimte vrij of kies een andere map</translation>
    </message>
    <message>
        <location filename="../../desktop/files/project_copy.py" line="81"/>
        <location filename="../../desktop/store/exchange/backup.py" line="72"/>
        <source>{name}: the copy could not be written ({error})</source>
        <translation>{name}: de kopie kon niet worden geschreven ({error})</translation>
    </message>
    <message>
        <location filename="../../desktop/files/targets.py" line="48"/>
        <source>{target}: the folder {folder} does not exist</source>
        <translation>{target}: de map {folder} bestaat niet</translation>
    </message>
    <message>
        <location filename="../../desktop/files/targets.py" line="50"/>
        <source>{target}: {folder} is not a folder</source>
        <translation>{target}: {folder} is geen map</translation>
    </message>
    <message>
        <location filename="../../desktop/files/targets.py" line="52"/>
        <source>{target}: is a folder, not a file</source>
        <translation>{target}: is een map, geen bestand</translation>
    </message>
    <message>
        <location filename="../../desktop/files/targets.py" line="56"/>
        <source>the open project</source>
        <translation>het geopende project</translation>
    </message>
    <message>
        <location filename="../../desktop/files/targets.py" line="57"/>
        <source>the open project&apos;s {suffix} file</source>
        <translation>het {suffix}-bestand van het geopende project</translation>
    </message>
    <message>
        <location filename="../../desktop/files/targets.py" line="58"/>
        <source>{name}: is {what} ({project}); choose another file name</source>
        <translation>{name}: is {what} ({project}); kies een andere bestandsnaam</translation>
    </message>
    <message>
        <location filename="../../desktop/files/targets.py" line="61"/>
        <source>{name}: is a Speerpunt project or another database; choose another file name</source>
        <translation>{name}: is een Speerpunt-project of een andere database; kies een andere bestandsnaam</translation>
    </message>
    <message>
        <location filename="../../desktop/files/targets.py" line="65"/>
        <source>{name}: belongs to the database next to it; choose another file name</source>
        <translation>{name}: hoort bij de database ernaast; kies een andere bestandsnaam</translation>
    </message>
    <message>
        <location filename="../../desktop/files/targets.py" line="68"/>
        <source>{name}: is a link, device or pipe, not a plain file; choose another file name</source>
        <translation>{name}: is een koppeling, apparaat of pipe, geen gewoon bestand; kies een andere bestandsnaam</translation>
    </message>
    <message>
        <location filename="../../desktop/files/targets.py" line="74"/>
        <source>{name}: the file is open in Word; close it there and export again</source>
        <translation>{name}: het bestand is geopend in Word; sluit het daar en exporteer opnieuw</translation>
    </message>
    <message>
        <location filename="../../desktop/files/targets.py" line="77"/>
        <source>{name}: the file is read-only or open in another program; close it or choose another name</source>
        <translation>{name}: het bestand is alleen-lezen of geopend in een ander programma; sluit het of kies een andere naam</translation>
    </message>
    <message>
        <location filename="../../desktop/files/targets.py" line="80"/>
        <source>{name}: no permission to write in the folder {folder}</source>
        <translation>{name}: geen toestemming om te schrijven in de map {folder}</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/frameworks.py" line="36"/>
        <source>a framework needs a name</source>
        <translation>een kader heeft een naam nodig</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/frameworks.py" line="39"/>
        <source>the project already has a framework named &apos;{name}&apos;</source>
        <translation>het project heeft al een kader met de naam &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/frameworks.py" line="43"/>
        <source>speerpunt codes used twice: {codes}</source>
        <translation>speerpuntcodes die twee keer voorkomen: {codes}</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/frameworks.py" line="76"/>
        <location filename="../../desktop/store/frameworks.py" line="91"/>
        <source>no theme with id &apos;{id}&apos;</source>
        <translation>geen thema met id &apos;{id}&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/frameworks.py" line="85"/>
        <location filename="../../desktop/store/frameworks.py" line="81"/>
        <source>no speerpunt with id &apos;{id}&apos;</source>
        <translation>geen speerpunt met id &apos;{id}&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/frameworks.py" line="98"/>
        <source>the code &apos;{code}&apos; is already used by &apos;{title}&apos;</source>
        <translation>de code &apos;{code}&apos; wordt al gebruikt door &apos;{title}&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/frameworks.py" line="115"/>
        <source>a theme needs a title</source>
        <translation>een thema heeft een titel nodig</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/frameworks.py" line="138"/>
        <source>a speerpunt needs a title</source>
        <translation>een speerpunt heeft een titel nodig</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/frameworks.py" line="197"/>
        <source>the title cannot be empty</source>
        <translation>de titel mag niet leeg zijn</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/frameworks.py" line="204"/>
        <source>&apos;{colour}&apos; is not a colour like #1f77b4</source>
        <translation>&apos;{colour}&apos; is geen kleur zoals #1f77b4</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/frameworks.py" line="238"/>
        <source>only a live row can move</source>
        <translation>alleen een niet-verwijderde rij kan worden verplaatst</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/frameworks.py" line="259"/>
        <source>a speerpunt&apos;s findings cannot move to the speerpunt being deleted</source>
        <translation>de bevindingen van een speerpunt kunnen niet naar het speerpunt dat wordt verwijderd</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/frameworks.py" line="265"/>
        <source>no speerpunt with id &apos;{id}&apos; to move the findings to</source>
        <translation>geen speerpunt met id &apos;{id}&apos; om de bevindingen naartoe te verplaatsen</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/frameworks.py" line="312"/>
        <source>the theme&apos;s speerpunten hold {count} finding(s); delete or move those speerpunten first</source>
        <translation>de speerpunten van het thema hebben {count} bevinding(en); verwijder of verplaats eerst die speerpunten</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/merge.py" line="88"/>
        <source>{name}: cannot merge a project with itself</source>
        <translation>{name}: een project kan niet met zichzelf worden samengevoegd</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/merge.py" line="123"/>
        <source>{name}: no such file</source>
        <translation>{name}: bestand bestaat niet</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/merge.py" line="160"/>
        <source>{name}: refused, nothing was changed: {problem}</source>
        <translation>{name}: geweigerd, er is niets veranderd: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/merge.py" line="199"/>
        <source>{name} holds findings on documents this project does not have ({documents}); import those documents first, or merge the whole project file</source>
        <translation>{name} bevat bevindingen bij documenten die dit project niet heeft ({documents}); importeer eerst die documenten, of voeg het hele projectbestand samen</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/merge.py" line="220"/>
        <source>merging {name} failed, nothing was changed ({error})</source>
        <translation>samenvoegen van {name} is mislukt, er is niets veranderd ({error})</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/revisions.py" line="92"/>
        <source>&apos;{title}&apos; is already superseded by &apos;{newer}&apos; ({id}); import the new version of that one</source>
        <translation>&apos;{title}&apos; is al vervangen door &apos;{newer}&apos; ({id}); importeer de nieuwe versie bij dat document</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/revisions.py" line="94"/>
        <source>&apos;{title}&apos; is already superseded; import the new version of that one</source>
        <translation>&apos;{title}&apos; is al vervangen; importeer de nieuwe versie bij het document dat het verving</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/revisions.py" line="124"/>
        <source>&apos;{title}&apos; is already superseded; import the new version of the newest one</source>
        <translation>&apos;{title}&apos; is al vervangen; importeer de nieuwe versie bij de nieuwste versie</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/revisions.py" line="239"/>
        <location filename="../../desktop/operations/revisions.py" line="273"/>
        <location filename="../../desktop/store/findings.py" line="66"/>
        <location filename="../../desktop/store/ids.py" line="49"/>
        <source>no finding with id &apos;{id}&apos;</source>
        <translation>geen bevinding met id &apos;{id}&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/revisions.py" line="250"/>
        <source>an orphaned finding has no place to accept ({ids}); re-point it</source>
        <translation>een bevinding zonder plek heeft geen nieuwe plek om te accepteren ({ids}); plaats haar opnieuw</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/revisions.py" line="275"/>
        <source>the finding is on a superseded version; re-point it in the newer one</source>
        <translation>de bevinding staat in een vervangen versie; plaats haar opnieuw in de nieuwere versie</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/findings.py" line="25"/>
        <source>positive</source>
        <translation>positief</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/findings.py" line="25"/>
        <source>concern</source>
        <translation>zorg</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/findings.py" line="26"/>
        <source>missing</source>
        <translation>ontbreekt</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/findings.py" line="50"/>
        <source>give both start and end, or neither</source>
        <translation>geef zowel begin als eind, of geen van beide</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/findings.py" line="52"/>
        <source>a {assessment} finding needs a span of text (start and end)</source>
        <translation>een bevinding &apos;{assessment}&apos; heeft een stuk tekst nodig (begin en eind)</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/findings.py" line="59"/>
        <location filename="../../desktop/store/documents.py" line="161"/>
        <location filename="../../desktop/store/ids.py" line="47"/>
        <source>no document with id &apos;{id}&apos;</source>
        <translation>geen document met id &apos;{id}&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/findings.py" line="61"/>
        <source>&apos;{title}&apos; is superseded by a newer version and read-only; tag the newer version</source>
        <translation>&apos;{title}&apos; is vervangen door een nieuwere versie en kan niet meer worden gewijzigd; tag de nieuwere versie</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/findings.py" line="67"/>
        <location filename="../../desktop/operations/revisions.py" line="278"/>
        <source>the span {start}-{end} lies outside the document (0-{length}) or is empty</source>
        <translation>het stuk {start}-{end} ligt buiten het document (0-{length}) of is leeg</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/findings.py" line="74"/>
        <source>the span in the position paper lies outside that document</source>
        <translation>het stuk in het positiepaper ligt buiten dat document</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/findings.py" line="138"/>
        <source>a {assessment} finding needs a span of text</source>
        <translation>een bevinding &apos;{assessment}&apos; heeft een stuk tekst nodig</translation>
    </message>
    <message>
        <location filename="../../desktop/store/exchange/bundle.py" line="69"/>
        <source>{name}: refused: the bundle is nested too deeply to be a findings bundle</source>
        <translation>{name}: geweigerd: de bundel is te diep genest voor een bundel met bevindingen</translation>
    </message>
    <message>
        <location filename="../../desktop/store/exchange/bundle.py" line="72"/>
        <source>{name}: the bundle is damaged ({error})</source>
        <translation>{name}: de bundel is beschadigd ({error})</translation>
    </message>
    <message>
        <location filename="../../desktop/store/exchange/bundle.py" line="75"/>
        <source>{name}: not a Speerpunt findings bundle</source>
        <translation>{name}: geen Speerpunt-bundel met bevindingen</translation>
    </message>
    <message>
        <location filename="../../desktop/store/exchange/bundle.py" line="79"/>
        <source>{name}: made by a newer version of Speerpunt (bundle version {version}); please update Speerpunt</source>
        <translation>{name}: gemaakt met een nieuwere versie van Speerpunt (bundelversie {version}); werk Speerpunt bij</translation>
    </message>
    <message>
        <location filename="../../desktop/store/exchange/bundle.py" line="83"/>
        <source>{name}: the bundle is damaged (missing or malformed {part})</source>
        <translation>{name}: de bundel is beschadigd ({part} ontbreekt of is misvormd)</translation>
    </message>
    <message>
        <location filename="../../desktop/store/exchange/bundle.py" line="88"/>
        <source>{name}: refused: author {value} is not a name</source>
        <translation>{name}: geweigerd: auteur {value} is geen naam</translation>
    </message>
    <message>
        <location filename="../../desktop/store/exchange/bundle.py" line="99"/>
        <source>{name}: refused: {problem}</source>
        <translation>{name}: geweigerd: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/store/exchange/bundle.py" line="113"/>
        <source>{name}: refused: the bundle unpacks to more than {megabytes} MB (a ZIP bomb or not a findings bundle)</source>
        <translation>{name}: geweigerd: de bundel pakt uit tot meer dan {megabytes} MB (een ZIP-bom of geen bundel met bevindingen)</translation>
    </message>
    <message>
        <location filename="../../exporters/__init__.py" line="45"/>
        <source>unknown layout &apos;{layout}&apos; (use one of: {layouts})</source>
        <translation>onbekende opmaak &apos;{layout}&apos; (gebruik een van: {layouts})</translation>
    </message>
    <message>
        <location filename="../../exporters/__init__.py" line="51"/>
        <source>{name}: the {layout} layout writes a {suffix} file</source>
        <translation>{name}: de opmaak {layout} schrijft een {suffix}-bestand</translation>
    </message>
    <message>
        <location filename="../../exporters/comparison_report.py" line="150"/>
        <source>the project holds no agreements to compare; import them first</source>
        <translation>het project bevat geen akkoorden om te vergelijken; importeer ze eerst</translation>
    </message>
    <message>
        <location filename="../../exporters/comparison_report.py" line="155"/>
        <location filename="../../exporters/overzicht.py" line="165"/>
        <source>no agreement is in the category &apos;{category}&apos; (categories: {categories})</source>
        <translation>geen akkoord valt in de categorie &apos;{category}&apos; (categorieën: {categories})</translation>
    </message>
    <message>
        <location filename="../../exporters/comparison_report.py" line="156"/>
        <location filename="../../exporters/overzicht.py" line="166"/>
        <source>none yet</source>
        <translation>nog geen</translation>
    </message>
    <message>
        <location filename="../../exporters/comparison_report.py" line="200"/>
        <source>no speerpunten to compare: add a framework, or choose other themes</source>
        <translation>geen speerpunten om te vergelijken: voeg een kader toe, of kies andere thema&apos;s</translation>
    </message>
    <message>
        <location filename="../../exporters/docx_blocks.py" line="43"/>
        <source>the report date &apos;{date}&apos; is not a day in the calendar; correct it</source>
        <translation>de rapportdatum &apos;{date}&apos; is geen dag in de kalender; verbeter de datum</translation>
    </message>
    <message>
        <location filename="../../exporters/house_style.py" line="51"/>
        <source>{name}: the template does not exist</source>
        <translation>{name}: het sjabloon bestaat niet</translation>
    </message>
    <message>
        <location filename="../../exporters/house_style.py" line="57"/>
        <source>{name}: the template is not a Word .docx file</source>
        <translation>{name}: het sjabloon is geen Word-bestand (.docx)</translation>
    </message>
    <message>
        <location filename="../../exporters/house_style.py" line="62"/>
        <source>{name}: the template is refused: {reason}</source>
        <translation>{name}: het sjabloon is geweigerd: {reason}</translation>
    </message>
    <message>
        <location filename="../../exporters/house_style.py" line="67"/>
        <source>{name}: the template cannot be read as a Word document ({error})</source>
        <translation>{name}: het sjabloon kan niet als Word-document worden gelezen ({error})</translation>
    </message>
    <message>
        <location filename="../../exporters/overzicht.py" line="156"/>
        <source>the project holds no agreements; import them first</source>
        <translation>het project bevat geen akkoorden; importeer ze eerst</translation>
    </message>
    <message>
        <location filename="../../exporters/overzicht.py" line="179"/>
        <source>no speerpunten to give an overview of: add a framework, or choose other themes</source>
        <translation>geen speerpunten voor een overzicht: voeg een kader toe, of kies andere thema&apos;s</translation>
    </message>
    <message>
        <location filename="../../exporters/qdpx.py" line="104"/>
        <source>the project has no documents to export</source>
        <translation>het project heeft geen documenten om te exporteren</translation>
    </message>
    <message>
        <location filename="../../exporters/qdpx.py" line="187"/>
        <source>&apos;{title}&apos; is larger than the 2 GB a REFI-QDA source may be</source>
        <translation>&apos;{title}&apos; is groter dan de 2 GB die een REFI-QDA-bron mag zijn</translation>
    </message>
    <message>
        <location filename="../../exporters/qdpx.py" line="296"/>
        <source>no framework to export named &apos;{name}&apos;</source>
        <translation>geen kader met de naam &apos;{name}&apos; om te exporteren</translation>
    </message>
    <message>
        <location filename="../../exporters/qdpx.py" line="297"/>
        <source>no framework to export</source>
        <translation>geen kader om te exporteren</translation>
    </message>
    <message>
        <location filename="../../exporters/report.py" line="100"/>
        <source>the project holds no agreement to export; import one first</source>
        <translation>het project bevat geen akkoord om te exporteren; importeer er eerst een</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/errors.py" line="23"/>
        <source>{reason} (line {line})</source>
        <translation>{reason} (regel {line})</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/outline.py" line="66"/>
        <source>no theme headings (&apos;# Theme&apos;); nothing to read as a framework</source>
        <translation>geen themakoppen (&apos;# Thema&apos;); niets om als kader in te lezen</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/outline.py" line="77"/>
        <source>no framework name: add a &apos;name:&apos; front matter or a &apos;# Title&apos; heading</source>
        <translation>geen naam voor het kader: zet &apos;name:&apos; in de front matter of begin met een kop &apos;# Titel&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/outline.py" line="81"/>
        <source>no themes found</source>
        <translation>geen thema&apos;s gevonden</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/outline.py" line="91"/>
        <source>front matter opened with &apos;---&apos; is never closed</source>
        <translation>de front matter die met &apos;---&apos; begint, wordt nergens afgesloten</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/outline.py" line="98"/>
        <location filename="../../desktop/frameworks/outline.py" line="102"/>
        <source>front matter is not valid YAML: {error}</source>
        <translation>de front matter is geen geldige YAML: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/outline.py" line="106"/>
        <source>front matter must be &apos;key: value&apos; lines</source>
        <translation>de front matter moet bestaan uit regels in de vorm &apos;sleutel: waarde&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/outline.py" line="113"/>
        <source>front matter &apos;{key}&apos; must be text</source>
        <translation>&apos;{key}&apos; in de front matter moet tekst zijn</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/outline.py" line="217"/>
        <source>speerpunt &apos;{title}&apos; comes before the first theme heading</source>
        <translation>speerpunt &apos;{title}&apos; staat vóór de eerste themakop</translation>
    </message>
    <message>
        <location filename="../../desktop/frameworks/outline.py" line="232"/>
        <source>code &apos;{code}&apos; is also used on line {line}; codes must be unique</source>
        <translation>code &apos;{code}&apos; staat ook op regel {line}; elke code mag maar één keer voorkomen</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/documents.py" line="157"/>
        <source>a document needs a title</source>
        <translation>een document heeft een titel nodig</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/conflicts.py" line="61"/>
        <source>the other version refers to a document this project no longer has</source>
        <translation>de andere versie verwijst naar een document dat niet meer in dit project staat</translation>
    </message>
    <message>
        <location filename="../../desktop/store/documents.py" line="163"/>
        <source>the document &apos;{id}&apos; is damaged (its text is not text)</source>
        <translation>het document &apos;{id}&apos; is beschadigd (de tekst is geen tekst)</translation>
    </message>
    <message>
        <location filename="../../desktop/store/documents.py" line="170"/>
        <source>no original file stored for document &apos;{id}&apos;</source>
        <translation>geen origineel bestand bewaard voor document &apos;{id}&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/store/frameworks.py" line="104"/>
        <source>the code &apos;{code}&apos; is used in several frameworks ({names}); name the framework</source>
        <translation>de code &apos;{code}&apos; komt in meer kaders voor ({names}); noem het kader</translation>
    </message>
    <message>
        <location filename="../../desktop/store/frameworks.py" line="109"/>
        <source>no speerpunt with code &apos;{code}&apos;</source>
        <translation>geen speerpunt met code &apos;{code}&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/store/frameworks.py" line="134"/>
        <source>the theme &apos;{theme}&apos; is in several frameworks ({names}); use its id</source>
        <translation>het thema &apos;{theme}&apos; staat in meer kaders ({names}); gebruik het id</translation>
    </message>
    <message>
        <location filename="../../desktop/store/frameworks.py" line="136"/>
        <source>no theme with code or title &apos;{theme}&apos;</source>
        <translation>geen thema met code of titel &apos;{theme}&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/store/ids.py" line="50"/>
        <source>no open conflict with id &apos;{id}&apos;</source>
        <translation>geen openstaand conflict met id &apos;{id}&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/store/ids.py" line="55"/>
        <source>the id &apos;{id}&apos; fits {count} documents; give more characters</source>
        <translation>het id &apos;{id}&apos; past bij {count} documenten; geef meer tekens</translation>
    </message>
    <message>
        <location filename="../../desktop/store/ids.py" line="57"/>
        <source>the id &apos;{id}&apos; fits {count} findings; give more characters</source>
        <translation>het id &apos;{id}&apos; past bij {count} bevindingen; geef meer tekens</translation>
    </message>
    <message>
        <location filename="../../desktop/store/ids.py" line="58"/>
        <source>the id &apos;{id}&apos; fits {count} open conflicts; give more characters</source>
        <translation>het id &apos;{id}&apos; past bij {count} openstaande conflicten; geef meer tekens</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/ui/window/about_dialog.py" line="70"/>
        <location filename="../../desktop/ui/window/about_dialog.py" line="71"/>
        <source>About Speerpunt</source>
        <translation>Over Speerpunt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/about_dialog.py" line="72"/>
        <source>Speerpunt %1

Tag coalition agreements against your organisation&apos;s speerpunten and draft a formal reaction. Works offline; your project is one file.</source>
        <translation>Speerpunt %1

Toets coalitieakkoorden aan de speerpunten van uw organisatie en stel een formele reactie op. Werkt offline; uw project is één bestand.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/about_dialog.py" line="76"/>
        <source>No project is open.</source>
        <translation>Er is geen project geopend.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/about_dialog.py" line="78"/>
        <source>Project file: %1</source>
        <translation>Projectbestand: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/about_dialog.py" line="79"/>
        <source>&amp;Libraries in Speerpunt and their licences:</source>
        <translation>&amp;Bibliotheken in Speerpunt en hun licenties:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/about_dialog.py" line="80"/>
        <source>Libraries in Speerpunt and their licences</source>
        <translation>Bibliotheken in Speerpunt en hun licenties</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/about_dialog.py" line="81"/>
        <source>Licence notice</source>
        <translation>Licentievermelding</translation>
    </message>
</context>
<context>
    <name>AgreementModel</name>
    <message>
        <location filename="../../desktop/ui/collaboration/review_model.py" line="191"/>
        <source>All speerpunten and assessments</source>
        <translation>Alle speerpunten en beoordelingen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/review_model.py" line="193"/>
        <source>Per speerpunt: treated, missing or silent (whole agreement)</source>
        <translation>Per speerpunt: behandeld, ontbrekend of niet genoemd (heel akkoord)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/review_model.py" line="204"/>
        <source>Each speerpunt that at least one analyst judged on this agreement counts once: did the analyst tag passages under it, call it missing, or say nothing about it?</source>
        <translation>Elk speerpunt dat minstens één analist bij dit akkoord beoordeelde, telt één keer: heeft de analist er passages onder getagd, het ontbrekend genoemd, of er niets over gezegd?</translation>
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
        <translation>Hier niet te bepalen: te weinig passages, of iedereen gaf overal hetzelfde label.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/review_model.py" line="229"/>
        <source>Measured over</source>
        <translation>Gemeten over</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/review_model.py" line="235"/>
        <source>Passages tagged, or speerpunten judged, by at least one analyst</source>
        <translation>Passages getagd, of speerpunten beoordeeld, door minstens één analist</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/review_model.py" line="229"/>
        <source>Agreement</source>
        <translation>Overeenstemming</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/review_model.py" line="229"/>
        <source>Cohen&apos;s κ</source>
        <translation>Cohens κ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/review_model.py" line="229"/>
        <source>Counted</source>
        <translation>Geteld</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/review_model.py" line="230"/>
        <source>Krippendorff&apos;s α</source>
        <translation>Krippendorffs α</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/review_model.py" line="236"/>
        <source>Share of analyst pairs giving the same label</source>
        <translation>Aandeel van de paren analisten dat hetzelfde label gaf</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/review_model.py" line="237"/>
        <source>Agreement beyond chance, for two analysts (1 = full, 0 = chance)</source>
        <translation>Overeenstemming boven toeval, voor twee analisten (1 = volledig, 0 = toeval)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/review_model.py" line="238"/>
        <source>Agreement beyond chance, any number of analysts (≥ 0.8 is good, &lt; 0.667 weak)</source>
        <translation>Overeenstemming boven toeval, voor elk aantal analisten (≥ 0,8 is goed, &lt; 0,667 zwak)</translation>
    </message>
</context>
<context>
    <name>Assessment</name>
    <message>
        <location filename="../../desktop/ui/assessments.py" line="47"/>
        <source>Positive</source>
        <translation>Positief</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assessments.py" line="49"/>
        <source>Concern</source>
        <translation>Zorg</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assessments.py" line="50"/>
        <source>Missing</source>
        <translation>Ontbreekt</translation>
    </message>
</context>
<context>
    <name>AuthorHighlighting</name>
    <message>
        <location filename="../../desktop/ui/window/author_highlights.py" line="35"/>
        <source>Colour findings by &amp;analyst</source>
        <translation>Bevindingen kleuren per &amp;analist</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/author_highlights.py" line="36"/>
        <source>Fill each finding in its analyst&apos;s colour; the underline still shows the assessment</source>
        <translation>Kleur elke bevinding in de kleur van de analist; de onderstreping toont nog steeds de beoordeling</translation>
    </message>
</context>
<context>
    <name>BatchImport</name>
    <message>
        <location filename="../../desktop/ui/documents/batch_import.py" line="197"/>
        <source>Import documents</source>
        <translation>Documenten importeren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/batch_import.py" line="198"/>
        <source>Import progress</source>
        <translation>Voortgang van het importeren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/batch_import.py" line="199"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/batch_import.py" line="214"/>
        <source>File %1 of %2: %3</source>
        <translation>Bestand %1 van %2: %3</translation>
    </message>
</context>
<context>
    <name>BatchSummaryDialog</name>
    <message>
        <location filename="../../desktop/ui/documents/batch_import.py" line="291"/>
        <source>Import finished</source>
        <translation>Importeren klaar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/batch_import.py" line="292"/>
        <source>Import summary</source>
        <translation>Overzicht van het importeren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/batch_import.py" line="293"/>
        <source>Imported and refused files</source>
        <translation>Geïmporteerde en geweigerde bestanden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/batch_import.py" line="294"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/batch_import.py" line="294"/>
        <source>Cited as / reason</source>
        <translation>Genoemd als / reden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/batch_import.py" line="295"/>
        <source>Documents imported: %1</source>
        <translation>Documenten geïmporteerd: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/batch_import.py" line="297"/>
        <source>not imported: %1</source>
        <translation>niet geïmporteerd: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/batch_import.py" line="299"/>
        <source>cancelled, not read: %1</source>
        <translation>geannuleerd, niet gelezen: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/batch_import.py" line="301"/>
        <source>Check the short names and categories in the documents table: comparisons cite and group the agreements by them.</source>
        <translation>Controleer de korte namen en categorieën in de documententabel: vergelijkingen noemen en groeperen de akkoorden daarop.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/batch_import.py" line="304"/>
        <source>Imported (%1)</source>
        <translation>Geïmporteerd (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/batch_import.py" line="305"/>
        <source>Not imported (%1)</source>
        <translation>Niet geïmporteerd (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/batch_import.py" line="306"/>
        <source>Not read, import cancelled (%1)</source>
        <translation>Niet gelezen, importeren geannuleerd (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/batch_import.py" line="307"/>
        <source>&amp;Edit details…</source>
        <translation>Gegevens &amp;bewerken…</translation>
    </message>
</context>
<context>
    <name>BundleExport</name>
    <message>
        <location filename="../../desktop/ui/collaboration/bundle_export.py" line="45"/>
        <location filename="../../desktop/ui/collaboration/bundle_export.py" line="52"/>
        <location filename="../../desktop/ui/collaboration/bundle_export.py" line="58"/>
        <source>Export findings bundle</source>
        <translation>Bundel met bevindingen exporteren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/bundle_export.py" line="46"/>
        <source>Findings bundles (*%1)</source>
        <translation>Bundels met bevindingen (*%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/bundle_export.py" line="53"/>
        <source>The bundle could not be written: %1</source>
        <translation>De bundel kon niet worden geschreven: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/bundle_export.py" line="59"/>
        <source>Wrote %1 (%2 findings, %3 kB). Send it to your colleague; they choose File → Merge with… to bring it into their project.</source>
        <translation>%1 geschreven (%2 bevindingen, %3 kB). Stuur hem naar uw collega; die kiest Bestand → Samenvoegen met… om hem in het eigen project te halen.</translation>
    </message>
</context>
<context>
    <name>CategoryEditor</name>
    <message>
        <location filename="../../desktop/ui/documents/category_editor.py" line="55"/>
        <source>New category</source>
        <translation>Nieuwe categorie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/category_editor.py" line="56"/>
        <source>Type a category, Enter to add</source>
        <translation>Typ een categorie, Enter om toe te voegen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/category_editor.py" line="58"/>
        <source>Remove %1</source>
        <translation>%1 verwijderen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/category_editor.py" line="59"/>
        <source>Category %1, press to remove</source>
        <translation>Categorie %1, klik om te verwijderen</translation>
    </message>
</context>
<context>
    <name>CollaborationMenu</name>
    <message>
        <location filename="../../desktop/ui/collaboration/collaboration_menu.py" line="70"/>
        <source>&amp;Merge with…</source>
        <translation>&amp;Samenvoegen met…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/collaboration_menu.py" line="71"/>
        <source>&amp;Export findings bundle…</source>
        <translation>Bundel met bevindingen &amp;exporteren…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/collaboration_menu.py" line="72"/>
        <source>Restore &amp;backup…</source>
        <translation>&amp;Back-up terugzetten…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/collaboration_menu.py" line="73"/>
        <source>&amp;Review</source>
        <translation>&amp;Controle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/collaboration_menu.py" line="74"/>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflicten…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/collaboration_menu.py" line="75"/>
        <source>Compare &amp;analysts…</source>
        <translation>&amp;Analisten vergelijken…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/collaboration/collaboration_menu.py" line="94"/>
        <source>%Ln open conflict(s)</source>
        <translation>
            <numerusform>%Ln openstaand conflict</numerusform>
            <numerusform>%Ln openstaande conflicten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/collaboration_menu.py" line="96"/>
        <source>Merged versions that differ from yours wait for your choice: click to list them (Review → Conflicts)</source>
        <translation>Samengevoegde versies die van de uwe verschillen wachten op uw keuze: klik om ze te zien (Controle → Conflicten)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/collaboration_menu.py" line="110"/>
        <source>Automatic backup failed: %1</source>
        <translation>Automatische back-up mislukt: %1</translation>
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
        <translation>Korte naam</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/collection_table.py" line="142"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/collection_table.py" line="142"/>
        <source>Issuer</source>
        <translation>Opsteller</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/collection_table.py" line="142"/>
        <source>Categories</source>
        <translation>Categorieën</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/collection_table.py" line="143"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/collection_table.py" line="143"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/collection_table.py" line="143"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/collection_table.py" line="143"/>
        <source>Parties</source>
        <translation>Partijen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/collection_table.py" line="143"/>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/collection_table.py" line="144"/>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
</context>
<context>
    <name>CollectionTable</name>
    <message>
        <location filename="../../desktop/ui/documents/collection_table.py" line="265"/>
        <source>Documents table</source>
        <translation>Documententabel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/collection_table.py" line="266"/>
        <source>Documents with their details</source>
        <translation>Documenten met hun gegevens</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/collection_table.py" line="267"/>
        <source>&amp;Category:</source>
        <translation>&amp;Categorie:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/collection_table.py" line="269"/>
        <source>Show documents of category</source>
        <translation>Documenten van categorie tonen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/collection_table.py" line="270"/>
        <source>&amp;Properties…</source>
        <translation>&amp;Eigenschappen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/collection_table.py" line="271"/>
        <source>Edit all details of the selected document</source>
        <translation>Alle gegevens van het gekozen document bewerken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/collection_table.py" line="273"/>
        <source>All categories</source>
        <translation>Alle categorieën</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/collection_table.py" line="274"/>
        <source>No category</source>
        <translation>Geen categorie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/collection_table.py" line="329"/>
        <source>%1 of %2 documents</source>
        <translation>%1 van %2 documenten</translation>
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
        <translation>Speerpunt %1 %2 — het akkoord als geheel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/review_model.py" line="123"/>
        <source>At least one analyst says the agreement ignores this speerpunt. This row compares what each analyst said about it on the whole agreement: missing, passages tagged under it, or nothing.</source>
        <translation>Minstens één analist zegt dat het akkoord dit speerpunt negeert. Deze rij vergelijkt wat elke analist erover zei voor het hele akkoord: ontbreekt, passages eronder getagd, of niets.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/review_model.py" line="138"/>
        <source>— said nothing about it</source>
        <translation>— niets over gezegd</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/collaboration/review_model.py" line="147"/>
        <source>Tagged %Ln passage(s): %1</source>
        <translation>
            <numerusform>%Ln passage getagd: %1</numerusform>
            <numerusform>%Ln passages getagd: %1</numerusform>
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
        <translation>Bevinding</translation>
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
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="50"/>
        <source>Framework</source>
        <translation>Kader</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="51"/>
        <source>Reaction text</source>
        <translation>Reactietekst</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="52"/>
        <source>Project setting</source>
        <translation>Projectinstelling</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="53"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="60"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="61"/>
        <source>Assessment</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="63"/>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="64"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="65"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="66"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="67"/>
        <source>Colour</source>
        <translation>Kleur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="68"/>
        <source>Formulation</source>
        <translation>Formulering</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="69"/>
        <source>Position</source>
        <translation>Plaats</translation>
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
        <translation>Bereik</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="73"/>
        <source>Quote</source>
        <translation>Citaat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="74"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="100"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="101"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="115"/>
        <source>(not in this project)</source>
        <translation>(niet in dit project)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="129"/>
        <source>(same content)</source>
        <translation>(zelfde inhoud)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="131"/>
        <source>— changed %1</source>
        <translation>— gewijzigd %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="141"/>
        <source>Missing: %1</source>
        <translation>Ontbreekt: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="148"/>
        <source>%1 on %2</source>
        <translation>%1 op %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="167"/>
        <source>Remarks on theme %1</source>
        <translation>Opmerkingen bij thema %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="171"/>
        <source>Report: %1</source>
        <translation>Rapport: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="217"/>
        <source>other version restored</source>
        <translation>andere versie teruggezet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="219"/>
        <source>current version kept</source>
        <translation>huidige versie gehouden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="221"/>
        <source>replaced when the other version was restored</source>
        <translation>vervangen toen de andere versie werd teruggezet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="296"/>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="297"/>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="299"/>
        <source>You and a colleague changed the same thing before merging. The later change is in use (current version); the other one is kept here. Keep the current version, or restore the other one.</source>
        <translation>U en een collega hebben vóór het samenvoegen hetzelfde gewijzigd. De latere wijziging is in gebruik (huidige versie); de andere wordt hier bewaard. Houd de huidige versie, of zet de andere terug.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="301"/>
        <source>Conflicts, with both versions</source>
        <translation>Conflicten, met beide versies</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="302"/>
        <source>Show resolved</source>
        <translation>Opgeloste tonen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="303"/>
        <source>Keep current</source>
        <translation>Huidige houden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="304"/>
        <source>Keep the current version of the selected conflicts</source>
        <translation>De huidige versie van de gekozen conflicten houden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="305"/>
        <source>Restore other version…</source>
        <translation>Andere versie terugzetten…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="306"/>
        <source>Restore the other version of the selected conflicts</source>
        <translation>De andere versie van de gekozen conflicten terugzetten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="347"/>
        <source>Not resolved: %1</source>
        <translation>Niet opgelost: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="352"/>
        <source>Restore other version</source>
        <translation>Andere versie terugzetten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="353"/>
        <source>Replace the current version with the other one for %Ln conflict(s)? This cannot be undone with Undo; the version replaced stays in this list (Show resolved).</source>
        <translation>
            <numerusform>De huidige versie vervangen door de andere bij %Ln conflict? Dit kan niet met Ongedaan maken worden teruggedraaid; de vervangen versie blijft in deze lijst staan (Opgeloste tonen).</numerusform>
            <numerusform>De huidige versies vervangen door de andere bij %Ln conflicten? Dit kan niet met Ongedaan maken worden teruggedraaid; de vervangen versies blijven in deze lijst staan (Opgeloste tonen).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="371"/>
        <source>No open conflicts. They appear when a merge finds that you and a colleague both changed the same thing.</source>
        <translation>Geen openstaande conflicten. Ze verschijnen wanneer bij samenvoegen blijkt dat u en een collega allebei hetzelfde hebben gewijzigd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="374"/>
        <source>%Ln conflict(s). Double-click a finding to see its passage.</source>
        <translation>
            <numerusform>%Ln conflict. Dubbelklik op een bevinding om de passage te zien.</numerusform>
            <numerusform>%Ln conflicten. Dubbelklik op een bevinding om de passage te zien.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="204"/>
        <source>Resolved: %1</source>
        <translation>Opgelost: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="211"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="211"/>
        <source>Record</source>
        <translation>Gegeven</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="211"/>
        <source>Current version (in use)</source>
        <translation>Huidige versie (in gebruik)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="211"/>
        <source>Other version</source>
        <translation>Andere versie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/conflicts_dialog.py" line="212"/>
        <source>Detected</source>
        <translation>Gevonden</translation>
    </message>
</context>
<context>
    <name>CoverageModel</name>
    <message>
        <location filename="../../desktop/ui/review/coverage.py" line="90"/>
        <source>No finding yet: does the agreement address this? If not, mark it missing.</source>
        <translation>Nog geen bevinding: gaat het akkoord hierop in? Zo niet, markeer het als ontbrekend.</translation>
    </message>
</context>
<context>
    <name>CoverageView</name>
    <message>
        <location filename="../../desktop/ui/review/coverage.py" line="179"/>
        <source>Coverage</source>
        <translation>Dekking</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/coverage.py" line="180"/>
        <source>Coverage of speerpunten per agreement</source>
        <translation>Dekking van speerpunten per akkoord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/coverage.py" line="182"/>
        <source>%1  ·  hatched: no finding yet (missing?). Click a cell to see its findings.</source>
        <translation>%1  ·  gearceerd: nog geen bevinding (ontbreekt?). Klik op een cel om de bevindingen te zien.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/coverage.py" line="184"/>
        <source>Mark missing in this agreement…</source>
        <translation>Als ontbrekend markeren in dit akkoord…</translation>
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
        <translation>Speerpunt liep tegen een onverwacht probleem aan. Uw werk tot en met de laatste voltooide stap is bewaard in het projectbestand.

Een verslag voor uw IT-afdeling staat in:
%1

Help → Probleem melden… toont het.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/crash_reporter.py" line="85"/>
        <source>Speerpunt ran into an unexpected problem. Your work up to the last completed step is saved in the project file.

The report could not be written to this computer&apos;s disk.</source>
        <translation>Speerpunt liep tegen een onverwacht probleem aan. Uw werk tot en met de laatste voltooide stap is bewaard in het projectbestand.

Het verslag kon niet op de schijf van deze computer worden geschreven.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/crash_reporter.py" line="88"/>
        <source>Unexpected problem</source>
        <translation>Onverwacht probleem</translation>
    </message>
</context>
<context>
    <name>DocumentCommands</name>
    <message>
        <location filename="../../desktop/ui/commands/documents.py" line="22"/>
        <source>Change document details</source>
        <translation>Documentgegevens wijzigen</translation>
    </message>
</context>
<context>
    <name>DocumentImporter</name>
    <message>
        <location filename="../../desktop/ui/documents/import_flow.py" line="182"/>
        <source>Import documents</source>
        <translation>Documenten importeren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/import_flow.py" line="185"/>
        <source>Import progress</source>
        <translation>Voortgang van het importeren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/import_flow.py" line="183"/>
        <source>Importing %1…</source>
        <translation>%1 importeren…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/import_flow.py" line="183"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/import_flow.py" line="156"/>
        <location filename="../../desktop/ui/documents/import_flow.py" line="204"/>
        <location filename="../../desktop/ui/documents/import_flow.py" line="212"/>
        <location filename="../../desktop/ui/documents/import_flow.py" line="214"/>
        <source>Not imported</source>
        <translation>Niet geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/import_flow.py" line="156"/>
        <source>There are no files to import in the chosen folder.</source>
        <translation>De gekozen map bevat geen bestanden om te importeren.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/import_flow.py" line="215"/>
        <source>An unexpected error stopped the import: %1</source>
        <translation>Een onverwachte fout heeft het importeren gestopt: %1</translation>
    </message>
</context>
<context>
    <name>DocumentKind</name>
    <message>
        <location filename="../../desktop/ui/documents/library_model.py" line="28"/>
        <source>Agreement</source>
        <translation>Akkoord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/library_model.py" line="30"/>
        <source>Position paper</source>
        <translation>Positiepaper</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/library_model.py" line="31"/>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
</context>
<context>
    <name>DocumentLibrary</name>
    <message>
        <location filename="../../desktop/ui/documents/document_library.py" line="107"/>
        <source>Document library</source>
        <translation>Documentenbibliotheek</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/document_library.py" line="108"/>
        <source>Documents of the project</source>
        <translation>Documenten van het project</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/document_library.py" line="109"/>
        <source>Find a document…</source>
        <translation>Zoek een document…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/document_library.py" line="110"/>
        <source>No documents yet. Import the agreement and your position paper with Ctrl+I, or drop them onto this window.</source>
        <translation>Nog geen documenten. Importeer het akkoord en uw positiepapier met Ctrl+I, of sleep ze naar dit venster.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/document_library.py" line="112"/>
        <source>Find a document by name or category</source>
        <translation>Zoek een document op naam of categorie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/document_library.py" line="113"/>
        <source>Shows the documents whose name or title holds every word typed (or that are in a category typed in full); Enter opens the first</source>
        <translation>Toont de documenten waarvan naam of titel elk getypt woord bevat (of die in een voluit getypte categorie vallen); Enter opent het eerste</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/document_library.py" line="115"/>
        <source>Show documents of category</source>
        <translation>Toon documenten van categorie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/document_library.py" line="117"/>
        <location filename="../../desktop/ui/documents/document_library.py" line="175"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/document_library.py" line="259"/>
        <source>Open &amp;left</source>
        <translation>&amp;Links openen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/document_library.py" line="261"/>
        <source>Open &amp;right</source>
        <translation>&amp;Rechts openen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/document_library.py" line="263"/>
        <source>&amp;Properties…</source>
        <translation>&amp;Eigenschappen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/document_library.py" line="265"/>
        <source>Import &amp;new version…</source>
        <translation>&amp;Nieuwe versie importeren…</translation>
    </message>
</context>
<context>
    <name>DocumentMargin</name>
    <message>
        <location filename="../../desktop/ui/panes/document_margin.py" line="46"/>
        <source>Page numbers and speerpunt marks</source>
        <translation>Paginanummers en speerpuntmarkeringen</translation>
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
        <translation>Selecteer eerst tekst of klik in een alinea</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/document_pane.py" line="471"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/document_pane.py" line="471"/>
        <source>Note on this finding:</source>
        <translation>Notitie bij deze bevinding:</translation>
    </message>
</context>
<context>
    <name>DocumentPropertiesDialog</name>
    <message>
        <location filename="../../desktop/ui/documents/document_properties.py" line="81"/>
        <location filename="../../desktop/ui/documents/document_properties.py" line="82"/>
        <source>Document properties</source>
        <translation>Documenteigenschappen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/document_properties.py" line="83"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/document_properties.py" line="84"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/document_properties.py" line="85"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/document_properties.py" line="87"/>
        <source>&amp;Short name:</source>
        <translation>&amp;Korte naam:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/document_properties.py" line="87"/>
        <source>Short name</source>
        <translation>Korte naam</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/document_properties.py" line="88"/>
        <source>How a comparison cites it, e.g. Almere</source>
        <translation>Hoe een vergelijking het noemt, bijv. Almere</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/document_properties.py" line="89"/>
        <source>&amp;Issuer:</source>
        <translation>&amp;Opsteller:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/document_properties.py" line="89"/>
        <source>Issuer</source>
        <translation>Opsteller</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/document_properties.py" line="89"/>
        <source>e.g. Gemeente Almere</source>
        <translation>bijv. Gemeente Almere</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/document_properties.py" line="90"/>
        <source>&amp;Categories:</source>
        <translation>&amp;Categorieën:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/document_properties.py" line="90"/>
        <source>Categories</source>
        <translation>Categorieën</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/document_properties.py" line="91"/>
        <source>Groups to compare by, e.g. G40, middelgroot, platteland</source>
        <translation>Groepen om op te vergelijken, bijv. G40, middelgroot, platteland</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/document_properties.py" line="92"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/document_properties.py" line="92"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/document_properties.py" line="92"/>
        <source>e.g. 2026-05-12</source>
        <translation>bijv. 2026-05-12</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/document_properties.py" line="93"/>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/document_properties.py" line="93"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/document_properties.py" line="93"/>
        <source>e.g. 2026-2030</source>
        <translation>bijv. 2026-2030</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/document_properties.py" line="94"/>
        <source>&amp;Parties:</source>
        <translation>P&amp;artijen:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/document_properties.py" line="94"/>
        <source>Parties</source>
        <translation>Partijen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/document_properties.py" line="94"/>
        <source>The coalition parties</source>
        <translation>De coalitiepartijen</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <location filename="../../desktop/ui/panes/document_view.py" line="64"/>
        <source>Document text</source>
        <translation>Documenttekst</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="258"/>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="520"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="259"/>
        <source>Export the reaction</source>
        <translation>De reactie exporteren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="260"/>
        <source>Reaction per speerpunt (Word)</source>
        <translation>Reactie per speerpunt (Word)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="261"/>
        <source>Analysis per topic (Word)</source>
        <translation>Analyse per onderwerp (Word)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="262"/>
        <source>Annotated agreement (Word, findings as comments)</source>
        <translation>Geannoteerd akkoord (Word, bevindingen als opmerkingen)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="263"/>
        <source>National overview of all agreements (Word, matrix in Excel)</source>
        <translation>Landelijk overzicht van alle akkoorden (Word, matrix in Excel)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="264"/>
        <source>Findings table (CSV)</source>
        <translation>Tabel met bevindingen (CSV)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="264"/>
        <source>Findings table (Excel)</source>
        <translation>Tabel met bevindingen (Excel)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="267"/>
        <source>All documents</source>
        <translation>Alle documenten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="268"/>
        <source>&amp;Layout:</source>
        <translation>&amp;Opmaak:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="268"/>
        <source>A&amp;greement:</source>
        <translation>A&amp;kkoord:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="268"/>
        <source>&amp;Template:</source>
        <translation>&amp;Sjabloon:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="268"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="269"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisatie:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="269"/>
        <source>Agreement &amp;name:</source>
        <translation>&amp;Naam van het akkoord:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="269"/>
        <source>Au&amp;dience:</source>
        <translation>&amp;Doelgroep:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="270"/>
        <source>&amp;Save as:</source>
        <translation>Opslaan &amp;als:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="273"/>
        <source>Layout</source>
        <translation>Opmaak</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="274"/>
        <source>Agreement</source>
        <translation>Akkoord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="275"/>
        <source>Word template</source>
        <translation>Word-sjabloon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="276"/>
        <source>Speerpunt house style (built in)</source>
        <translation>Speerpunt-huisstijl (ingebouwd)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="277"/>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="291"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="278"/>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="494"/>
        <source>Choose a Word template</source>
        <translation>Kies een Word-sjabloon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="279"/>
        <source>House style</source>
        <translation>Huisstijl</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="280"/>
        <source>Use the built-in house style</source>
        <translation>De ingebouwde huisstijl gebruiken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="281"/>
        <source>Language of the export</source>
        <translation>Taal van de export</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="282"/>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="331"/>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="334"/>
        <source>From the report parts: %1</source>
        <translation>Uit de onderdelen van het rapport: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="284"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="284"/>
        <source>not set</source>
        <translation>niet ingesteld</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="288"/>
        <source>Agreement name</source>
        <translation>Naam van het akkoord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="331"/>
        <source>the agreement&apos;s name</source>
        <translation>de naam van het akkoord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="285"/>
        <source>Audience</source>
        <translation>Doelgroep</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="285"/>
        <source>gemeenten</source>
        <translation>gemeenten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="290"/>
        <source>File to write</source>
        <translation>Bestand om te schrijven</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="292"/>
        <source>Choose the file to write</source>
        <translation>Kies het bestand om te schrijven</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="293"/>
        <source>Speerpunten</source>
        <translation>Speerpunten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="294"/>
        <source>Themes and speerpunten to export</source>
        <translation>Thema&apos;s en speerpunten om te exporteren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="295"/>
        <source>Include speerpunten without findings or reaction</source>
        <translation>Ook speerpunten zonder bevindingen of reactie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="296"/>
        <source>Appendix with all findings</source>
        <translation>Bijlage met alle bevindingen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="297"/>
        <source>Outline</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="298"/>
        <source>Outline of the export</source>
        <translation>Opbouw van de export</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="299"/>
        <source>&amp;Open the file</source>
        <translation>Bestand &amp;openen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="300"/>
        <source>Show in &amp;folder</source>
        <translation>In &amp;map tonen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="301"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="302"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="335"/>
        <source>This agreement&apos;s own name: %1</source>
        <translation>Eigen naam van dit akkoord: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="358"/>
        <source>The formal reaction: foreword, starting point, per speerpunt its formulation and your reaction, remarks per theme, closing.</source>
        <translation>De formele reactie: voorwoord, uitgangspunt, per speerpunt de formulering en uw reactie, opmerkingen per thema, slot.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="360"/>
        <source>Per theme and speerpunt: “Wat staat er in het akkoord?” with the quoted passages, and “Wat betekent dit voor …?” with your reaction.</source>
        <translation>Per thema en speerpunt: “Wat staat er in het akkoord?” met de geciteerde passages, en “Wat betekent dit voor …?” met uw reactie.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="362"/>
        <source>The agreement&apos;s own text with every finding as a Word comment on its words.</source>
        <translation>De tekst van het akkoord zelf, met elke bevinding als Word-opmerking bij de woorden.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="363"/>
        <source>Per theme and speerpunt how many agreements treat it, positive, concern or missing, by category, with a few quotes naming their municipality; the full agreement-by-speerpunt matrix is saved beside it as an Excel file.</source>
        <translation>Per thema en speerpunt hoeveel akkoorden het behandelen, positief, zorg of ontbreekt, per categorie, met enkele citaten die hun gemeente noemen; de volledige matrix van akkoord en speerpunt wordt ernaast bewaard als Excel-bestand.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="366"/>
        <source>One row per finding, for any spreadsheet (separator “;” for Dutch Excel).</source>
        <translation>Eén rij per bevinding, voor elk rekenblad (scheidingsteken “;” voor Nederlandse Excel).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="367"/>
        <source>One row per finding, as an Excel workbook with filters.</source>
        <translation>Eén rij per bevinding, als Excel-werkmap met filters.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="417"/>
        <source>Updating the preview…</source>
        <translation>Voorbeeld bijwerken…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="430"/>
        <source>%Ln finding(s); the headings the Word document will have:</source>
        <translation>
            <numerusform>%Ln bevinding; de koppen die het Word-document krijgt:</numerusform>
            <numerusform>%Ln bevindingen; de koppen die het Word-document krijgt:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="433"/>
        <source>%Ln finding(s), one row each, in these columns:</source>
        <translation>
            <numerusform>%Ln bevinding, op een eigen rij, in deze kolommen:</numerusform>
            <numerusform>%Ln bevindingen, elk op een eigen rij, in deze kolommen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="443"/>
        <source>⚠ No organisation is set. Saying “onze organisatie”: %Ln reaction(s) (%1). Fill in Organisation and rewrite before publishing.</source>
        <translation>
            <numerusform>⚠ Geen organisatie ingesteld: %Ln reactie zegt “onze organisatie” (%1). Vul Organisatie in en herschrijf die reactie vóór publicatie.</numerusform>
            <numerusform>⚠ Geen organisatie ingesteld: %Ln reacties zeggen “onze organisatie” (%1). Vul Organisatie in en herschrijf die reacties vóór publicatie.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="447"/>
        <source>⚠ No organisation is set: the title page will name none. Fill in Organisation.</source>
        <translation>⚠ Geen organisatie ingesteld: het titelblad noemt er geen. Vul Organisatie in.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="449"/>
        <source>⚠ Still saying “onze organisatie” instead of %1: %Ln reaction(s) (%2), drafted before the organisation was set. Rewrite before publishing.</source>
        <translation>
            <numerusform>⚠ %Ln reactie zegt nog “onze organisatie” in plaats van %1 (%2): geschreven voordat de organisatie was ingesteld. Herschrijf die vóór publicatie.</numerusform>
            <numerusform>⚠ %Ln reacties zeggen nog “onze organisatie” in plaats van %1 (%2): geschreven voordat de organisatie was ingesteld. Herschrijf ze vóór publicatie.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="460"/>
        <source>Cannot export: %1</source>
        <translation>Kan niet exporteren: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="470"/>
        <source>The preview could not be made: %1</source>
        <translation>Het voorbeeld kon niet worden gemaakt: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="479"/>
        <source>Save the export as</source>
        <translation>De export opslaan als</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="495"/>
        <source>Word documents (*.docx)</source>
        <translation>Word-documenten (*.docx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="521"/>
        <source>Writing %1…</source>
        <translation>%1 schrijven…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="521"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="546"/>
        <source>Written: %1, and beside it the matrix %2</source>
        <translation>Opgeslagen als %1, met ernaast de matrix %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="549"/>
        <source>Written: %1</source>
        <translation>Opgeslagen als %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="560"/>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="562"/>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="565"/>
        <source>Not exported</source>
        <translation>Niet geëxporteerd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="563"/>
        <source>The file could not be written: %1</source>
        <translation>Het bestand kon niet worden geschreven: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/export_dialog.py" line="566"/>
        <source>An unexpected error stopped the export: %1</source>
        <translation>Een onverwachte fout heeft het exporteren gestopt: %1</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../desktop/ui/panes/find_bar.py" line="67"/>
        <location filename="../../desktop/ui/panes/find_bar.py" line="68"/>
        <source>Find in document</source>
        <translation>Zoeken in document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/find_bar.py" line="69"/>
        <source>Text to find</source>
        <translation>Te zoeken tekst</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/find_bar.py" line="70"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorige treffer (Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/find_bar.py" line="71"/>
        <source>Previous match</source>
        <translation>Vorige treffer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/find_bar.py" line="72"/>
        <source>Next match (Enter)</source>
        <translation>Volgende treffer (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/find_bar.py" line="73"/>
        <source>Next match</source>
        <translation>Volgende treffer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/find_bar.py" line="74"/>
        <source>Close (Esc)</source>
        <translation>Sluiten (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/find_bar.py" line="75"/>
        <source>Close find bar</source>
        <translation>Zoekbalk sluiten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/find_bar.py" line="120"/>
        <source>No matches</source>
        <translation>Geen treffers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/find_bar.py" line="122"/>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
</context>
<context>
    <name>FindingCommands</name>
    <message>
        <location filename="../../desktop/ui/commands/findings.py" line="72"/>
        <source>Mark missing</source>
        <translation>Als ontbrekend markeren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands/findings.py" line="74"/>
        <source>Add finding</source>
        <translation>Bevinding toevoegen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands/findings.py" line="139"/>
        <source>Edit note</source>
        <translation>Notitie bewerken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands/findings.py" line="141"/>
        <source>Change assessment</source>
        <translation>Beoordeling wijzigen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands/findings.py" line="143"/>
        <source>Change speerpunt</source>
        <translation>Speerpunt wijzigen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands/findings.py" line="130"/>
        <location filename="../../desktop/ui/commands/findings.py" line="145"/>
        <source>Edit finding</source>
        <translation>Bevinding bewerken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands/findings.py" line="179"/>
        <source>Delete finding</source>
        <translation>Bevinding verwijderen</translation>
    </message>
</context>
<context>
    <name>FindingMenu</name>
    <message>
        <location filename="../../desktop/ui/panes/finding_menu.py" line="38"/>
        <source>Finding actions</source>
        <translation>Acties voor bevinding</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/finding_menu.py" line="42"/>
        <source>Tag selection…</source>
        <translation>Selectie taggen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/finding_menu.py" line="43"/>
        <source>Find…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/finding_menu.py" line="48"/>
        <source>Select finding</source>
        <translation>Bevinding selecteren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/finding_menu.py" line="49"/>
        <source>Edit note…</source>
        <translation>Notitie bewerken…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/finding_menu.py" line="50"/>
        <source>Change assessment</source>
        <translation>Beoordeling wijzigen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/finding_menu.py" line="56"/>
        <source>Delete finding</source>
        <translation>Bevinding verwijderen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/finding_menu.py" line="60"/>
        <source>Change speerpunt</source>
        <translation>Speerpunt wijzigen</translation>
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
        <translation>Pagina</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_model.py" line="185"/>
        <source>Quote</source>
        <translation>Citaat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_model.py" line="185"/>
        <source>Speerpunt</source>
        <translation>Speerpunt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_model.py" line="185"/>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_model.py" line="186"/>
        <source>Assessment</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_model.py" line="186"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_model.py" line="186"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_model.py" line="186"/>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_model.py" line="186"/>
        <source>Carried over</source>
        <translation>Overgenomen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_model.py" line="194"/>
        <source>exactly</source>
        <translation>exact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_model.py" line="196"/>
        <source>moved</source>
        <translation>verplaatst</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_model.py" line="198"/>
        <source>confirmed</source>
        <translation>bevestigd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_model.py" line="200"/>
        <source>review: changed (%1%)</source>
        <translation>nakijken: gewijzigd (%1%)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_model.py" line="202"/>
        <source>review: changed</source>
        <translation>nakijken: gewijzigd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_model.py" line="203"/>
        <source>review: not found</source>
        <translation>nakijken: niet gevonden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_model.py" line="207"/>
        <source>Found again in the new version with the same words around it.</source>
        <translation>In de nieuwe versie teruggevonden, met dezelfde woorden eromheen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_model.py" line="208"/>
        <source>Found again with the same words, at another place in the new version.</source>
        <translation>Met dezelfde woorden teruggevonden, op een andere plaats in de nieuwe versie.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_model.py" line="209"/>
        <source>The words changed in the new version; check that the finding still fits.</source>
        <translation>De tekst is in de nieuwe versie gewijzigd; kijk na of de bevinding nog past.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_model.py" line="210"/>
        <source>Not found in the new version; point it at the right passage in Document → Review new version…</source>
        <translation>Niet teruggevonden in de nieuwe versie; wijs de juiste passage aan via Document → Nieuwe versie beoordelen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_model.py" line="212"/>
        <source>Checked by an analyst in Document → Review new version…</source>
        <translation>Nagekeken door een analist via Document → Nieuwe versie beoordelen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_model.py" line="231"/>
        <source>Missing in this agreement: no passage</source>
        <translation>Ontbreekt in dit akkoord: geen passage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_model.py" line="263"/>
        <source>(not in the agreement)</source>
        <translation>(niet in het akkoord)</translation>
    </message>
</context>
<context>
    <name>FindingsTable</name>
    <message>
        <location filename="../../desktop/ui/review/findings_table.py" line="163"/>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_table.py" line="164"/>
        <source>Findings table</source>
        <translation>Tabel met bevindingen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_table.py" line="165"/>
        <source>Filter: quote, note, speerpunt…</source>
        <translation>Filter: citaat, notitie, speerpunt…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_table.py" line="166"/>
        <source>Filter findings by text</source>
        <translation>Bevindingen filteren op tekst</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_table.py" line="167"/>
        <source>Filter by document</source>
        <translation>Filteren op document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_table.py" line="168"/>
        <source>Filter by theme</source>
        <translation>Filteren op thema</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_table.py" line="169"/>
        <source>Filter by speerpunt</source>
        <translation>Filteren op speerpunt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_table.py" line="170"/>
        <source>Filter by assessment</source>
        <translation>Filteren op beoordeling</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_table.py" line="171"/>
        <source>Filter by author</source>
        <translation>Filteren op auteur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_table.py" line="172"/>
        <source>Filter by how a finding was carried over to a new version</source>
        <translation>Filteren op hoe een bevinding naar een nieuwe versie is overgenomen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_table.py" line="173"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_table.py" line="174"/>
        <source>Re-tag to speerpunt…</source>
        <translation>Ander speerpunt kiezen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_table.py" line="175"/>
        <source>Show in document</source>
        <translation>Tonen in document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_table.py" line="188"/>
        <source>All documents</source>
        <translation>Alle documenten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_table.py" line="190"/>
        <source>All themes</source>
        <translation>Alle thema&apos;s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_table.py" line="191"/>
        <source>All speerpunten</source>
        <translation>Alle speerpunten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_table.py" line="193"/>
        <source>All assessments</source>
        <translation>Alle beoordelingen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_table.py" line="195"/>
        <source>All authors</source>
        <translation>Alle auteurs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_table.py" line="196"/>
        <source>Carried over exactly</source>
        <translation>Exact overgenomen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_table.py" line="196"/>
        <source>Moved</source>
        <translation>Verplaatst</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_table.py" line="197"/>
        <source>To review</source>
        <translation>Nakijken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_table.py" line="197"/>
        <source>Confirmed</source>
        <translation>Bevestigd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_table.py" line="198"/>
        <source>Tagged on this version</source>
        <translation>Getagd op deze versie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_table.py" line="199"/>
        <source>Any carry-over</source>
        <translation>Alle overnames</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_table.py" line="243"/>
        <source>1 finding</source>
        <translation>1 bevinding</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/review/findings_table.py" line="245"/>
        <source>%Ln findings</source>
        <translation>
            <numerusform>%Ln bevinding</numerusform>
            <numerusform>%Ln bevindingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/review/findings_table.py" line="317"/>
        <source>Re-tag %Ln findings</source>
        <translation>
            <numerusform>%Ln bevinding ander speerpunt geven</numerusform>
            <numerusform>%Ln bevindingen ander speerpunt geven</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_table.py" line="247"/>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_table.py" line="315"/>
        <source>Re-tag finding</source>
        <translation>Bevinding ander speerpunt geven</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_table.py" line="326"/>
        <source>Re-tag</source>
        <translation>Ander speerpunt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/findings_table.py" line="326"/>
        <source>Move the findings to speerpunt:</source>
        <translation>De bevindingen verplaatsen naar speerpunt:</translation>
    </message>
</context>
<context>
    <name>FrameworkCommands</name>
    <message>
        <location filename="../../desktop/ui/commands/frameworks.py" line="73"/>
        <source>Add theme</source>
        <translation>Thema toevoegen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands/frameworks.py" line="94"/>
        <source>Add speerpunt</source>
        <translation>Speerpunt toevoegen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands/frameworks.py" line="166"/>
        <source>Change colour</source>
        <translation>Kleur wijzigen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands/frameworks.py" line="167"/>
        <source>Rename</source>
        <translation>Naam wijzigen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands/frameworks.py" line="172"/>
        <source>Move theme</source>
        <translation>Thema verplaatsen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands/frameworks.py" line="181"/>
        <source>the theme is already at the end</source>
        <translation>het thema staat al aan het eind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands/frameworks.py" line="193"/>
        <source>Move speerpunt</source>
        <translation>Speerpunt verplaatsen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands/frameworks.py" line="202"/>
        <source>the speerpunt is already at the end of its theme</source>
        <translation>het speerpunt staat al aan het eind van zijn thema</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands/frameworks.py" line="236"/>
        <source>Delete theme</source>
        <translation>Thema verwijderen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands/frameworks.py" line="252"/>
        <source>Delete speerpunt</source>
        <translation>Speerpunt verwijderen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands/frameworks.py" line="269"/>
        <source>Import framework</source>
        <translation>Kader importeren</translation>
    </message>
</context>
<context>
    <name>FrameworkMenu</name>
    <message>
        <location filename="../../desktop/ui/review/framework_menu.py" line="29"/>
        <source>&amp;Propose speerpunten from position paper…</source>
        <translation>Speerpunten &amp;voorstellen uit positiepaper…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/framework_menu.py" line="30"/>
        <source>Import &amp;framework file…</source>
        <translation>&amp;Kaderbestand importeren…</translation>
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
        <translation>Thema&apos;s en speerpunten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/framework_tree.py" line="133"/>
        <location filename="../../desktop/ui/review/framework_tree.py" line="134"/>
        <source>Count findings in</source>
        <translation>Bevindingen tellen in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/framework_tree.py" line="135"/>
        <source>Add theme</source>
        <translation>Thema toevoegen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/framework_tree.py" line="136"/>
        <source>Add speerpunt</source>
        <translation>Speerpunt toevoegen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/framework_tree.py" line="137"/>
        <source>Rename</source>
        <translation>Naam wijzigen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/framework_tree.py" line="138"/>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/framework_tree.py" line="139"/>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/framework_tree.py" line="140"/>
        <source>Colour…</source>
        <translation>Kleur…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/framework_tree.py" line="141"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/framework_tree.py" line="142"/>
        <source>Mark missing in agreement…</source>
        <translation>Als ontbrekend markeren in akkoord…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/framework_tree.py" line="143"/>
        <location filename="../../desktop/ui/review/framework_tree.py" line="148"/>
        <source>Propose from position paper…</source>
        <translation>Voorstel maken uit positiepaper…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/framework_tree.py" line="144"/>
        <location filename="../../desktop/ui/review/framework_tree.py" line="149"/>
        <source>Import framework file…</source>
        <translation>Kaderbestand importeren…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/framework_tree.py" line="146"/>
        <source>No speerpunten yet. Let Speerpunt propose themes and speerpunten from your position paper, or import a framework file.</source>
        <translation>Nog geen speerpunten. Laat Speerpunt thema&apos;s en speerpunten voorstellen uit uw positiepaper, of importeer een kaderbestand.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/framework_tree.py" line="162"/>
        <source>Findings in all documents</source>
        <translation>Bevindingen in alle documenten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/framework_tree.py" line="165"/>
        <source>Findings in %1</source>
        <translation>Bevindingen in %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/framework_tree.py" line="242"/>
        <source>New theme</source>
        <translation>Nieuw thema</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/framework_tree.py" line="258"/>
        <source>New speerpunt</source>
        <translation>Nieuw speerpunt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/framework_tree.py" line="308"/>
        <source>Colour</source>
        <translation>Kleur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/framework_tree.py" line="353"/>
        <source>Propose from position paper</source>
        <translation>Voorstel maken uit positiepaper</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/framework_tree.py" line="354"/>
        <source>Import your position paper first (as a position paper).</source>
        <translation>Importeer eerst uw positiepaper (als positiepaper).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/framework_tree.py" line="387"/>
        <location filename="../../desktop/ui/review/framework_tree.py" line="394"/>
        <source>Import framework file</source>
        <translation>Kaderbestand importeren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/framework_tree.py" line="395"/>
        <source>Framework files (*.yaml *.yml *.md *.txt)</source>
        <translation>Kaderbestanden (*.yaml *.yml *.md *.txt)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/framework_tree.py" line="395"/>
        <source>REFI-QDA codebooks (*.qdc)</source>
        <translation>REFI-QDA-codeboeken (*.qdc)</translation>
    </message>
</context>
<context>
    <name>HitWalker</name>
    <message>
        <location filename="../../desktop/ui/review/hit_walker.py" line="168"/>
        <source>Tag search hits</source>
        <translation>Zoektreffers taggen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/hit_walker.py" line="169"/>
        <source>&amp;Search:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/hit_walker.py" line="171"/>
        <source>Words to find in all agreements</source>
        <translation>Woorden om in alle akkoorden te zoeken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/hit_walker.py" line="172"/>
        <source>Words to find in all agreements, Enter to start</source>
        <translation>Woorden om in alle akkoorden te zoeken, Enter om te beginnen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/hit_walker.py" line="173"/>
        <source>&amp;In:</source>
        <translation>&amp;In:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/hit_walker.py" line="175"/>
        <source>Category of agreements to search</source>
        <translation>Categorie akkoorden om in te zoeken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/hit_walker.py" line="177"/>
        <source>All agreements</source>
        <translation>Alle akkoorden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/hit_walker.py" line="178"/>
        <source>Sp&amp;eerpunt:</source>
        <translation>Sp&amp;eerpunt:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/hit_walker.py" line="180"/>
        <source>Speerpunt every tag of this walk goes to</source>
        <translation>Speerpunt waar elke tag van deze ronde bij hoort</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/hit_walker.py" line="181"/>
        <source>In the list: P positive · Z concern · O missing (tags and moves on) · N / Down next · Shift+N / Up previous · Ctrl+Z undo</source>
        <translation>In de lijst: P positief · Z zorg · O ontbreekt (tagt en gaat door) · N / Omlaag volgende · Shift+N / Omhoog vorige · Ctrl+Z ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/hit_walker.py" line="183"/>
        <source>Search hits to tag</source>
        <translation>Zoektreffers om te taggen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/hit_walker.py" line="184"/>
        <source>The current hit in its passage</source>
        <translation>De huidige treffer in zijn passage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/hit_walker.py" line="230"/>
        <source>No agreement has these words.</source>
        <translation>Geen akkoord bevat deze woorden.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/hit_walker.py" line="257"/>
        <source>Choose the speerpunt first (Alt+E); it stays for the whole walk.</source>
        <translation>Kies eerst het speerpunt (Alt+E); dat blijft de hele ronde gelden.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/hit_walker.py" line="269"/>
        <source>%1 in %2 tagged %3. Ctrl+Z undoes it.</source>
        <translation>%1 in %2 getagd als %3. Ctrl+Z maakt het ongedaan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/hit_walker.py" line="288"/>
        <source>%1 / %2   (%3 tagged in this walk)</source>
        <translation>%1 / %2   (%3 getagd in deze ronde)</translation>
    </message>
</context>
<context>
    <name>ImportKindDialog</name>
    <message>
        <location filename="../../desktop/ui/documents/import_flow.py" line="89"/>
        <location filename="../../desktop/ui/documents/import_flow.py" line="90"/>
        <source>Import documents</source>
        <translation>Documenten importeren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/import_flow.py" line="92"/>
        <source>What kind of document is this?</source>
        <translation>Wat voor document is dit?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/import_flow.py" line="94"/>
        <source>What kind of documents are these?</source>
        <translation>Wat voor documenten zijn dit?</translation>
    </message>
</context>
<context>
    <name>JointFindingDialog</name>
    <message>
        <location filename="../../desktop/ui/collaboration/joint_finding_dialog.py" line="85"/>
        <location filename="../../desktop/ui/collaboration/joint_finding_dialog.py" line="86"/>
        <source>Write joint finding</source>
        <translation>Gezamenlijke bevinding schrijven</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/joint_finding_dialog.py" line="87"/>
        <source>Passage:</source>
        <translation>Passage:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/joint_finding_dialog.py" line="87"/>
        <source>Written by:</source>
        <translation>Geschreven door:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/joint_finding_dialog.py" line="87"/>
        <source>&amp;Speerpunt:</source>
        <translation>&amp;Speerpunt:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/joint_finding_dialog.py" line="87"/>
        <source>&amp;Assessment:</source>
        <translation>&amp;Beoordeling:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/joint_finding_dialog.py" line="88"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/joint_finding_dialog.py" line="91"/>
        <source>Speerpunt of the joint finding</source>
        <translation>Speerpunt van de gezamenlijke bevinding</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/joint_finding_dialog.py" line="92"/>
        <source>Assessment of the joint finding</source>
        <translation>Beoordeling van de gezamenlijke bevinding</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/joint_finding_dialog.py" line="93"/>
        <source>Note of the joint finding</source>
        <translation>Notitie bij de gezamenlijke bevinding</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/collaboration/joint_finding_dialog.py" line="94"/>
        <source>Replaces %Ln finding(s) on this passage; Undo brings them back.</source>
        <translation>
            <numerusform>Vervangt %Ln bevinding op deze passage; Ongedaan maken brengt die terug.</numerusform>
            <numerusform>Vervangt %Ln bevindingen op deze passage; Ongedaan maken brengt ze terug.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KindCombo</name>
    <message>
        <location filename="../../desktop/ui/documents/document_properties.py" line="30"/>
        <source>Kind of document</source>
        <translation>Soort document</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../desktop/ui/documents/library_model.py" line="56"/>
        <source>%1 (superseded)</source>
        <translation>%1 (vervangen)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/library_model.py" line="103"/>
        <source>%1 — replaced by a newer version; read-only</source>
        <translation>%1 — vervangen door een nieuwere versie; alleen lezen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/library_model.py" line="116"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/library_model.py" line="117"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/library_model.py" line="118"/>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/library_model.py" line="119"/>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
</context>
<context>
    <name>LinkedReading</name>
    <message>
        <location filename="../../desktop/ui/window/linked_reading.py" line="52"/>
        <source>&amp;Linked reading</source>
        <translation>&amp;Gekoppeld lezen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/linked_reading.py" line="53"/>
        <source>Scrolling the position paper shows what was tagged to its speerpunt in the agreement</source>
        <translation>Scrollen in het positiepaper toont in het akkoord wat bij dat speerpunt is getagd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/linked_reading.py" line="116"/>
        <source>Nothing tagged to this speerpunt in this document</source>
        <translation>Geen bevindingen bij dit speerpunt in dit document</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../../desktop/ui/window/main_actions.py" line="92"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/main_actions.py" line="93"/>
        <source>&amp;New project…</source>
        <translation>&amp;Nieuw project…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/main_actions.py" line="94"/>
        <source>&amp;Open project…</source>
        <translation>Project &amp;openen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/main_actions.py" line="95"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/main_actions.py" line="96"/>
        <source>&amp;Import documents…</source>
        <translation>Documenten &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/main_actions.py" line="97"/>
        <source>Import &amp;folder…</source>
        <translation>&amp;Map importeren…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/main_actions.py" line="98"/>
        <source>&amp;Close project</source>
        <translation>Project &amp;sluiten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/main_actions.py" line="99"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/main_actions.py" line="100"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/main_actions.py" line="101"/>
        <source>&amp;Find in document…</source>
        <translation>&amp;Zoeken in document…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/main_actions.py" line="102"/>
        <source>&amp;Tag selection…</source>
        <translation>Selectie &amp;taggen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/main_actions.py" line="103"/>
        <source>Tagging &amp;suggestions…</source>
        <translation>Tag&amp;suggesties…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/main_actions.py" line="104"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/main_actions.py" line="105"/>
        <source>&amp;View</source>
        <translation>&amp;Beeld</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/main_actions.py" line="106"/>
        <source>&amp;Reading mode: this document alone</source>
        <translation>&amp;Leesmodus: alleen dit document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/main_actions.py" line="107"/>
        <source>&amp;Side by side: documents next to each other</source>
        <translation>&amp;Naast elkaar: alle documenten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/main_actions.py" line="108"/>
        <source>&amp;Third document pane</source>
        <translation>&amp;Derde documentvenster</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/main_actions.py" line="109"/>
        <source>&amp;Outline beside each document</source>
        <translation>&amp;Inhoud naast elk document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/main_actions.py" line="111"/>
        <source>Go to document pane &amp;%1</source>
        <translation>Naar documentvenster &amp;%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/main_actions.py" line="112"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/main_actions.py" line="113"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/main_actions.py" line="114"/>
        <source>&amp;Report a problem…</source>
        <translation>&amp;Probleem melden…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/main_actions.py" line="115"/>
        <source>&amp;About Speerpunt</source>
        <translation>&amp;Over Speerpunt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/main_actions.py" line="120"/>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Ongedaan maken: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/main_actions.py" line="120"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/main_actions.py" line="121"/>
        <source>&amp;Redo: %1</source>
        <translation>O&amp;pnieuw: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/main_actions.py" line="121"/>
        <source>&amp;Redo</source>
        <translation>O&amp;pnieuw</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/window/main_window.py" line="96"/>
        <source>Cannot undo: %1</source>
        <translation>Kan niet ongedaan maken: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/main_window.py" line="96"/>
        <source>Cannot redo: %1</source>
        <translation>Kan niet opnieuw uitvoeren: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/main_window.py" line="162"/>
        <source>Speerpunt main window</source>
        <translation>Hoofdvenster van Speerpunt</translation>
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
        <translation>Analist: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/main_window.py" line="273"/>
        <source>No recent projects</source>
        <translation>Geen recente projecten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/main_window.py" line="291"/>
        <source>Cannot open the project</source>
        <translation>Kan het project niet openen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/main_window.py" line="96"/>
        <location filename="../../desktop/ui/window/main_window.py" line="300"/>
        <source>Not saved: %1</source>
        <translation>Niet opgeslagen: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/main_window.py" line="444"/>
        <source>Cannot create the project</source>
        <translation>Kan het project niet aanmaken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/main_window.py" line="459"/>
        <source>Cannot open the demo project</source>
        <translation>Kan het demoproject niet openen</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <location filename="../../desktop/ui/review/matrix_model.py" line="78"/>
        <source>No category</source>
        <translation>Geen categorie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/matrix_model.py" line="101"/>
        <location filename="../../desktop/ui/review/matrix_model.py" line="115"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/matrix_model.py" line="112"/>
        <source>Theme</source>
        <translation>Thema</translation>
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
        <translation>Vergelijkingsmatrix</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/matrix_view.py" line="134"/>
        <source>Findings per assessment</source>
        <translation>Bevindingen per beoordeling</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/matrix_view.py" line="135"/>
        <source>&amp;Themes</source>
        <translation>&amp;Thema&apos;s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/matrix_view.py" line="135"/>
        <source>S&amp;peerpunten</source>
        <translation>S&amp;peerpunten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/matrix_view.py" line="135"/>
        <source>&amp;Agreements</source>
        <translation>&amp;Akkoorden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/matrix_view.py" line="135"/>
        <source>&amp;Categories</source>
        <translation>&amp;Categorieën</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/matrix_view.py" line="139"/>
        <source>One row per theme</source>
        <translation>Eén rij per thema</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/matrix_view.py" line="140"/>
        <source>One row per speerpunt</source>
        <translation>Eén rij per speerpunt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/matrix_view.py" line="141"/>
        <source>One column per agreement (short name)</source>
        <translation>Eén kolom per akkoord (korte naam)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/matrix_view.py" line="142"/>
        <source>One column per category, e.g. G4, G40, platteland</source>
        <translation>Eén kolom per categorie, bijv. G4, G40, platteland</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/matrix_view.py" line="144"/>
        <source>%1   ·   click a cell for its passages, a header to sort</source>
        <translation>%1   ·   klik op een cel voor de passages, op een kop om te sorteren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/matrix_view.py" line="145"/>
        <source>Export as &amp;XLSX…</source>
        <translation>Exporteren als &amp;XLSX…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/matrix_view.py" line="146"/>
        <source>Export the matrix as an Excel workbook</source>
        <translation>De matrix exporteren als Excel-werkmap</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/matrix_view.py" line="207"/>
        <source>Export the matrix</source>
        <translation>De matrix exporteren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/matrix_view.py" line="208"/>
        <source>comparison.xlsx</source>
        <translation>vergelijking.xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/matrix_view.py" line="209"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-werkmappen (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/matrix_view.py" line="232"/>
        <source>Not exported</source>
        <translation>Niet geëxporteerd</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../desktop/ui/collaboration/merge_dialog.py" line="43"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/merge_dialog.py" line="44"/>
        <source>Frameworks</source>
        <translation>Kaders</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/merge_dialog.py" line="45"/>
        <source>Themes</source>
        <translation>Thema&apos;s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/merge_dialog.py" line="46"/>
        <source>Speerpunten</source>
        <translation>Speerpunten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/merge_dialog.py" line="47"/>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/merge_dialog.py" line="48"/>
        <source>Reaction texts</source>
        <translation>Reactieteksten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/merge_dialog.py" line="49"/>
        <source>Project settings</source>
        <translation>Projectinstellingen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/merge_dialog.py" line="145"/>
        <location filename="../../desktop/ui/collaboration/merge_dialog.py" line="146"/>
        <source>Merge with another project</source>
        <translation>Samenvoegen met een ander project</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/merge_dialog.py" line="148"/>
        <source>Bring a colleague&apos;s work into this project: their project file (.speerpunt) or the findings bundle they sent you (.spbundle). Nothing is removed; where you both changed the same thing, the later change wins and the other version is kept under Review → Conflicts. A backup is made first.</source>
        <translation>Haal het werk van een collega in dit project: het projectbestand (.speerpunt) of de bundel met bevindingen die u is toegestuurd (.spbundle). Er wordt niets verwijderd; waar u allebei hetzelfde hebt gewijzigd, wint de laatste wijziging en blijft de andere versie bewaard onder Controle → Conflicten. Eerst wordt een back-up gemaakt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/merge_dialog.py" line="152"/>
        <source>Project file or findings bundle</source>
        <translation>Projectbestand of bundel met bevindingen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/merge_dialog.py" line="153"/>
        <source>File to merge</source>
        <translation>Bestand om samen te voegen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/merge_dialog.py" line="154"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/merge_dialog.py" line="155"/>
        <source>Choose the file to merge</source>
        <translation>Kies het bestand om samen te voegen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/merge_dialog.py" line="156"/>
        <source>Merge</source>
        <translation>Samenvoegen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/merge_dialog.py" line="157"/>
        <source>Show conflicts…</source>
        <translation>Conflicten tonen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/merge_dialog.py" line="158"/>
        <source>Merging</source>
        <translation>Bezig met samenvoegen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/merge_dialog.py" line="159"/>
        <source>What the merge changed</source>
        <translation>Wat het samenvoegen heeft veranderd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/merge_dialog.py" line="161"/>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/merge_dialog.py" line="161"/>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/merge_dialog.py" line="161"/>
        <source>Unchanged</source>
        <translation>Ongewijzigd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/merge_dialog.py" line="161"/>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/merge_dialog.py" line="162"/>
        <source>Merge result</source>
        <translation>Resultaat van het samenvoegen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/merge_dialog.py" line="163"/>
        <source>Merge details</source>
        <translation>Details van het samenvoegen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/merge_dialog.py" line="169"/>
        <source>Merge with</source>
        <translation>Samenvoegen met</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/merge_dialog.py" line="170"/>
        <source>Speerpunt projects and bundles (*.speerpunt *%1);;All files (*)</source>
        <translation>Speerpunt-projecten en -bundels (*.speerpunt *%1);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/merge_dialog.py" line="187"/>
        <source>Merging %1…</source>
        <translation>%1 samenvoegen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/merge_dialog.py" line="210"/>
        <source>Not merged: %1. Nothing was changed.</source>
        <translation>Niet samengevoegd: %1. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/merge_dialog.py" line="212"/>
        <source>Not merged because of an error in Speerpunt (%1). Nothing was changed; please report this.</source>
        <translation>Niet samengevoegd door een fout in Speerpunt (%1). Er is niets gewijzigd; meld dit alstublieft.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/merge_dialog.py" line="218"/>
        <source>Merged %1: %2 added, %3 updated.</source>
        <translation>%1 samengevoegd: %2 toegevoegd, %3 bijgewerkt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/merge_dialog.py" line="220"/>
        <source>Merged %1: this project already had everything in it.</source>
        <translation>%1 samengevoegd: dit project bevatte alles al.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/collaboration/merge_dialog.py" line="243"/>
        <source>%Ln conflict(s): you both changed the same thing. The later version is in use; the other one waits under Review → Conflicts.</source>
        <translation>
            <numerusform>%Ln conflict: u hebt allebei hetzelfde gewijzigd. De laatste versie is in gebruik; de andere wacht onder Controle → Conflicten.</numerusform>
            <numerusform>%Ln conflicten: u hebt allebei hetzelfde gewijzigd. De laatste versies zijn in gebruik; de andere wachten onder Controle → Conflicten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/merge_dialog.py" line="246"/>
        <source>Renamed on both sides: speerpunt or theme &apos;%1&apos; is now called &apos;%2&apos; (the other name is under Review → Conflicts)</source>
        <translation>Aan beide kanten hernoemd: speerpunt of thema &apos;%1&apos; heet nu &apos;%2&apos; (de andere naam staat onder Controle → Conflicten)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/merge_dialog.py" line="249"/>
        <source>Documents only in the bundle (not copied; import them to see them): %1</source>
        <translation>Documenten die alleen in de bundel staan (niet gekopieerd; importeer ze om ze te zien): %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/merge_dialog.py" line="252"/>
        <source>Backup made before the merge: %1 (File → Restore backup… undoes the merge)</source>
        <translation>Back-up gemaakt vóór het samenvoegen: %1 (Bestand → Back-up terugzetten… maakt het samenvoegen ongedaan)</translation>
    </message>
</context>
<context>
    <name>MissingDialog</name>
    <message>
        <location filename="../../desktop/ui/review/missing_dialog.py" line="39"/>
        <location filename="../../desktop/ui/review/missing_dialog.py" line="118"/>
        <location filename="../../desktop/ui/review/missing_dialog.py" line="119"/>
        <source>Mark missing in agreement</source>
        <translation>Als ontbrekend markeren in akkoord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/missing_dialog.py" line="121"/>
        <source>The agreement does not address &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Het akkoord gaat niet in op &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/missing_dialog.py" line="125"/>
        <source>&amp;Agreement:</source>
        <translation>&amp;Akkoord:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/missing_dialog.py" line="126"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/missing_dialog.py" line="127"/>
        <source>Agreement</source>
        <translation>Akkoord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/missing_dialog.py" line="128"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/missing_dialog.py" line="129"/>
        <source>What is missing, and what you ask for instead</source>
        <translation>Wat ontbreekt, en wat u in plaats daarvan vraagt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/missing_dialog.py" line="130"/>
        <source>&amp;Quote a passage of the position paper</source>
        <translation>Een passage uit het positiepaper &amp;citeren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/missing_dialog.py" line="131"/>
        <source>Position paper</source>
        <translation>Positiepaper</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/missing_dialog.py" line="132"/>
        <source>Find a passage…</source>
        <translation>Een passage zoeken…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/missing_dialog.py" line="133"/>
        <source>Find a passage</source>
        <translation>Een passage zoeken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/missing_dialog.py" line="134"/>
        <source>Passages of the position paper</source>
        <translation>Passages van het positiepaper</translation>
    </message>
</context>
<context>
    <name>NamePrompt</name>
    <message>
        <location filename="../../desktop/ui/window/preferences.py" line="111"/>
        <source>Welcome to Speerpunt</source>
        <translation>Welkom bij Speerpunt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/preferences.py" line="112"/>
        <location filename="../../desktop/ui/window/preferences.py" line="116"/>
        <source>Your name</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/preferences.py" line="113"/>
        <source>What is your name? It is recorded with every finding you make, so colleagues can see who tagged what. You can change it later under Preferences.</source>
        <translation>Wat is uw naam? Die wordt vastgelegd bij elke bevinding die u maakt, zodat collega&apos;s zien wie wat heeft getagd. U kunt hem later wijzigen onder Voorkeuren.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/preferences.py" line="117"/>
        <source>First name and surname</source>
        <translation>Voornaam en achternaam</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/reaction/reaction_models.py" line="107"/>
        <source>%Ln finding(s) on this agreement</source>
        <translation>
            <numerusform>%Ln bevinding bij dit akkoord</numerusform>
            <numerusform>%Ln bevindingen bij dit akkoord</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_models.py" line="109"/>
        <source>Findings changed since this draft</source>
        <translation>Bevindingen gewijzigd sinds deze opzet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_models.py" line="111"/>
        <source>Reaction written</source>
        <translation>Reactie geschreven</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_models.py" line="113"/>
        <source>No reaction yet</source>
        <translation>Nog geen reactie</translation>
    </message>
</context>
<context>
    <name>OutlineView</name>
    <message>
        <location filename="../../desktop/ui/panes/outline.py" line="116"/>
        <source>Outline</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/outline.py" line="117"/>
        <source>Headings of the document; click one to jump to it</source>
        <translation>Koppen van het document; klik op een kop om ernaartoe te gaan</translation>
    </message>
</context>
<context>
    <name>PaneArea</name>
    <message>
        <location filename="../../desktop/ui/window/pane_area.py" line="125"/>
        <source>Documents side by side</source>
        <translation>Documenten naast elkaar</translation>
    </message>
</context>
<context>
    <name>PaneFrame</name>
    <message>
        <location filename="../../desktop/ui/window/pane_area.py" line="62"/>
        <source>Document pane %1</source>
        <translation>Documentvenster %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/pane_area.py" line="68"/>
        <source>No document open: double-click one in the document library</source>
        <translation>Geen document geopend: dubbelklik op een document in de bibliotheek</translation>
    </message>
</context>
<context>
    <name>PaneSuggestions</name>
    <message>
        <location filename="../../desktop/ui/panes/suggestions.py" line="87"/>
        <source>Tagged %1 (%2); Ctrl+Z undoes it</source>
        <translation>Getagd als %1 (%2); Ctrl+Z maakt het ongedaan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/suggestions.py" line="92"/>
        <source>%1 will not be suggested for this passage again; Ctrl+Z undoes it</source>
        <translation>%1 wordt voor deze passage niet meer voorgesteld; Ctrl+Z maakt het ongedaan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/suggestions.py" line="106"/>
        <source>Suggestions are still being prepared</source>
        <translation>De suggesties worden nog voorbereid</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/suggestions.py" line="108"/>
        <source>No suggestion for this passage</source>
        <translation>Geen suggestie voor deze passage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/suggestions.py" line="120"/>
        <source>Suggested</source>
        <translation>Voorgesteld</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/suggestions.py" line="124"/>
        <source>Tag as %1</source>
        <translation>Taggen als %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/suggestions.py" line="126"/>
        <source>Not %1</source>
        <translation>Niet %1</translation>
    </message>
</context>
<context>
    <name>PassageTree</name>
    <message>
        <location filename="../../desktop/ui/review/passage_tree.py" line="133"/>
        <source>(no passage: missing in this agreement)</source>
        <translation>(geen passage: ontbreekt in dit akkoord)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/passage_tree.py" line="156"/>
        <source>No category</source>
        <translation>Geen categorie</translation>
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
        <translation>1 akkoord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/passage_tree.py" line="159"/>
        <source>%1 agreements</source>
        <translation>%1 akkoorden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/passage_tree.py" line="174"/>
        <source>Agreement and passage</source>
        <translation>Akkoord en passage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/passage_tree.py" line="175"/>
        <source>Assessment</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/passage_tree.py" line="176"/>
        <source>Page</source>
        <translation>Pagina</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/passage_tree.py" line="177"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/passage_tree.py" line="178"/>
        <source>Analyst</source>
        <translation>Analist</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../desktop/ui/window/preferences.py" line="63"/>
        <location filename="../../desktop/ui/window/preferences.py" line="64"/>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/preferences.py" line="65"/>
        <source>Your &amp;name:</source>
        <translation>Uw &amp;naam:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/preferences.py" line="66"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/preferences.py" line="67"/>
        <source>Document text &amp;size:</source>
        <translation>&amp;Tekstgrootte van documenten:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/preferences.py" line="68"/>
        <source>Your name</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/preferences.py" line="69"/>
        <source>Recorded with every finding you make</source>
        <translation>Vastgelegd bij elke bevinding die u maakt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/preferences.py" line="70"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/preferences.py" line="71"/>
        <source>Document text size</source>
        <translation>Tekstgrootte van documenten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/preferences.py" line="72"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/preferences.py" line="73"/>
        <source>System default</source>
        <translation>Standaard van het systeem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/preferences.py" line="74"/>
        <source>Assessment &amp;colours:</source>
        <translation>Kleuren voor &amp;beoordelingen:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/preferences.py" line="75"/>
        <source>Green, amber, red</source>
        <translation>Groen, oranje, rood</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/preferences.py" line="76"/>
        <source>Colour-blind safe (blue, orange, purple)</source>
        <translation>Kleurenblindveilig (blauw, oranje, paars)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/preferences.py" line="77"/>
        <source>Assessment colours</source>
        <translation>Kleuren voor beoordelingen</translation>
    </message>
</context>
<context>
    <name>ProblemReportDialog</name>
    <message>
        <location filename="../../desktop/ui/window/problem_report.py" line="61"/>
        <location filename="../../desktop/ui/window/problem_report.py" line="62"/>
        <source>Report a problem</source>
        <translation>Probleem melden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/problem_report.py" line="63"/>
        <source>When Speerpunt runs into an unexpected problem, it writes a report on this computer; nothing is sent anywhere. Give the text below, or the file, to your IT department. It holds versions and the program&apos;s steps, not your documents or notes.</source>
        <translation>Als Speerpunt tegen een onverwacht probleem aanloopt, schrijft het een verslag op deze computer; er wordt niets verstuurd. Geef de tekst hieronder, of het bestand, aan uw IT-afdeling. Het bevat versies en de stappen van het programma, niet uw documenten of aantekeningen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/problem_report.py" line="66"/>
        <source>Log file: %1</source>
        <translation>Logbestand: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/problem_report.py" line="67"/>
        <source>Recent problem reports</source>
        <translation>Recente probleemverslagen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/problem_report.py" line="68"/>
        <source>No problems have been recorded.</source>
        <translation>Er zijn geen problemen vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/problem_report.py" line="69"/>
        <source>&amp;Copy text</source>
        <translation>Tekst &amp;kopiëren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/problem_report.py" line="70"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Map openen</translation>
    </message>
</context>
<context>
    <name>ProjectCopy</name>
    <message>
        <location filename="../../desktop/ui/window/project_copy.py" line="21"/>
        <source>Save a copy of the project</source>
        <translation>Kopie van het project opslaan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/project_copy.py" line="22"/>
        <source>Speerpunt projects (*%1)</source>
        <translation>Speerpunt-projecten (*%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/project_copy.py" line="73"/>
        <source>Damaged rows skipped</source>
        <translation>Beschadigde rijen overgeslagen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/project_copy.py" line="74"/>
        <source>Some rows of %1 are damaged (an older version or a hand edit) and are not shown. They are left in the file unchanged; a backup or a colleague&apos;s bundle can bring a sound version back.</source>
        <translation>Enkele rijen van %1 zijn beschadigd (door een oudere versie of met de hand bewerkt) en worden niet getoond. Ze blijven onveranderd in het bestand; een reservekopie of de bundel van een collega kan een goede versie terugbrengen.</translation>
    </message>
</context>
<context>
    <name>ProjectCopyMenu</name>
    <message>
        <location filename="../../desktop/ui/window/project_copy.py" line="47"/>
        <source>Save a &amp;copy…</source>
        <translation>Kopie &amp;opslaan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/project_copy.py" line="48"/>
        <source>Write a complete copy of the open project, also while it is in use</source>
        <translation>Schrijf een volledige kopie van het geopende project, ook terwijl het in gebruik is</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/project_copy.py" line="62"/>
        <source>Cannot save a copy</source>
        <translation>Kan geen kopie opslaan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/project_copy.py" line="64"/>
        <source>Copy saved as %1</source>
        <translation>Kopie opgeslagen als %1</translation>
    </message>
</context>
<context>
    <name>ProjectFiles</name>
    <message>
        <location filename="../../desktop/ui/project_files.py" line="17"/>
        <source>Speerpunt projects (*%1)</source>
        <translation>Speerpunt-projecten (*%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/project_files.py" line="32"/>
        <location filename="../../desktop/ui/project_files.py" line="47"/>
        <source>New project</source>
        <translation>Nieuw project</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/project_files.py" line="48"/>
        <source>Organisation the reaction speaks for (e.g. G32, Gemeente Utrecht):
drafts and the exported reaction name it; you can change it later under Report parts.</source>
        <translation>Organisatie namens wie de reactie spreekt (bijv. G32, Gemeente Utrecht):
concepten en de geëxporteerde reactie noemen haar; u kunt dit later wijzigen onder Onderdelen van het rapport.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/project_files.py" line="59"/>
        <source>Open project</source>
        <translation>Project openen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/project_files.py" line="66"/>
        <source>Import documents</source>
        <translation>Documenten importeren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/project_files.py" line="68"/>
        <source>Documents (*.pdf *.docx *.txt *.md *.markdown)</source>
        <translation>Documenten (*.pdf *.docx *.txt *.md *.markdown)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/project_files.py" line="75"/>
        <source>Import a folder of documents</source>
        <translation>Een map met documenten importeren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/revision_menu.py" line="160"/>
        <source>Documents (%1)</source>
        <translation>Documenten (%1)</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <location filename="../../desktop/ui/review/framework_dialogs.py" line="163"/>
        <location filename="../../desktop/ui/review/framework_dialogs.py" line="164"/>
        <source>Proposed framework</source>
        <translation>Voorgesteld kader</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/framework_dialogs.py" line="166"/>
        <source>Speerpunt found these themes and speerpunten in the position paper. Untick what is not a speerpunt and double-click a title to correct it; you can also edit the framework later.</source>
        <translation>Speerpunt vond deze thema&apos;s en speerpunten in het positiepaper. Vink uit wat geen speerpunt is en dubbelklik op een titel om die te verbeteren; u kunt het kader ook later nog bewerken.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/framework_dialogs.py" line="169"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/framework_dialogs.py" line="170"/>
        <source>Framework name</source>
        <translation>Naam van het kader</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/framework_dialogs.py" line="171"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/framework_dialogs.py" line="171"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/framework_dialogs.py" line="172"/>
        <source>Proposed themes and speerpunten</source>
        <translation>Voorgestelde thema&apos;s en speerpunten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/framework_dialogs.py" line="175"/>
        <source>No speerpunten were found in the text under: %1. Fill them in after importing, or untick what you do not want.</source>
        <translation>In de tekst zijn geen speerpunten gevonden onder: %1. Vul ze na het importeren zelf aan, of vink uit wat u niet wilt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/framework_dialogs.py" line="178"/>
        <source>No speerpunten were found in the text under this theme.</source>
        <translation>In de tekst zijn onder dit thema geen speerpunten gevonden.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="19"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="20"/>
        <source>Files of &amp;type:</source>
        <translation>Bestanden van &amp;type:</translation>
    </message>
</context>
<context>
    <name>ReactionCommands</name>
    <message>
        <location filename="../../desktop/ui/commands/reactions.py" line="47"/>
        <source>Edit reaction %1</source>
        <translation>Reactie %1 bewerken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands/reactions.py" line="77"/>
        <source>Draft reaction %1</source>
        <translation>Reactie %1 opstellen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands/reactions.py" line="113"/>
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
</context>
<context>
    <name>ReactionEditor</name>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_editor.py" line="239"/>
        <source>Reaction per speerpunt</source>
        <translation>Reactie per speerpunt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_editor.py" line="240"/>
        <source>&amp;Agreement:</source>
        <translation>&amp;Akkoord:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_editor.py" line="241"/>
        <source>Agreement the reaction is about</source>
        <translation>Akkoord waar de reactie over gaat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_editor.py" line="242"/>
        <source>&amp;Speerpunt:</source>
        <translation>&amp;Speerpunt:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_editor.py" line="243"/>
        <source>Speerpunt to react to</source>
        <translation>Speerpunt waarop de reactie ingaat</translation>
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
        <translation>Formulering</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_editor.py" line="247"/>
        <source>Findings changed since this draft</source>
        <translation>Bevindingen gewijzigd sinds deze opzet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_editor.py" line="248"/>
        <source>Findings changed since this draft. Your text is kept; draft again to see the current findings.</source>
        <translation>Bevindingen gewijzigd sinds deze opzet. Uw tekst blijft staan; stel opnieuw op om de huidige bevindingen te zien.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_editor.py" line="250"/>
        <source>Draft again…</source>
        <translation>Opnieuw opstellen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_editor.py" line="251"/>
        <source>Draft again from the current findings</source>
        <translation>Opnieuw opstellen uit de huidige bevindingen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_editor.py" line="252"/>
        <source>Findings of this speerpunt</source>
        <translation>Bevindingen bij dit speerpunt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_editor.py" line="253"/>
        <source>&amp;Reaction:</source>
        <translation>&amp;Reactie:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_editor.py" line="255"/>
        <source>Reaction text</source>
        <translation>Reactietekst</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_editor.py" line="256"/>
        <source>Write the reaction to this speerpunt, or draft it from the findings. Leave a blank line between paragraphs; start a line with “- ” for a bullet. Everything is saved as you type.</source>
        <translation>Schrijf de reactie op dit speerpunt, of stel die op uit de bevindingen. Laat een lege regel tussen alinea&apos;s; begin een regel met “- ” voor een opsommingsteken. Alles wordt opgeslagen terwijl u typt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_editor.py" line="259"/>
        <source>&amp;Draft from findings</source>
        <translation>&amp;Opstellen uit bevindingen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_editor.py" line="260"/>
        <source>Fill the reaction from the findings&apos; notes (asks before replacing a text)</source>
        <translation>De reactie vullen uit de notities bij de bevindingen (vraagt eerst voordat een tekst wordt vervangen)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_editor.py" line="262"/>
        <source>Draft from findings</source>
        <translation>Opstellen uit bevindingen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_editor.py" line="263"/>
        <source>In the agreement&apos;s order</source>
        <translation>In de volgorde van het akkoord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_editor.py" line="264"/>
        <source>Grouped by assessment (positive, concern, missing)</source>
        <translation>Gegroepeerd per beoordeling (positief, zorg, ontbreekt)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_editor.py" line="265"/>
        <source>With quotes</source>
        <translation>Met citaten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_editor.py" line="266"/>
        <source>With quotes and pages</source>
        <translation>Met citaten en pagina&apos;s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_editor.py" line="267"/>
        <source>Save status</source>
        <translation>Opslagstatus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_editor.py" line="300"/>
        <source>Choose a speerpunt above</source>
        <translation>Kies hierboven een speerpunt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_editor.py" line="302"/>
        <source>Choose a speerpunt on the left</source>
        <translation>Kies links een speerpunt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/reaction/reaction_editor.py" line="423"/>
        <source>%Ln finding(s) in %1</source>
        <translation>
            <numerusform>%Ln bevinding in %1</numerusform>
            <numerusform>%Ln bevindingen in %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_editor.py" line="298"/>
        <source>Add a framework with speerpunten to write a reaction</source>
        <translation>Voeg een kader met speerpunten toe om een reactie te schrijven</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_editor.py" line="421"/>
        <source>Import an agreement to react to.</source>
        <translation>Importeer een akkoord om op te reageren.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_editor.py" line="447"/>
        <source>Saved at %1</source>
        <translation>Opgeslagen om %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_editor.py" line="450"/>
        <source>Not saved yet: %1. Keep this window open; it tries again.</source>
        <translation>Nog niet opgeslagen: %1. Houd dit venster open; het probeert het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_editor.py" line="468"/>
        <source>Replace the reaction?</source>
        <translation>De reactie vervangen?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_editor.py" line="469"/>
        <source>Speerpunt %1 already has a reaction text. Replace it with a new draft from the findings? You can undo this.</source>
        <translation>Speerpunt %1 heeft al een reactietekst. Vervangen door een nieuwe opzet uit de bevindingen? U kunt dit ongedaan maken.</translation>
    </message>
</context>
<context>
    <name>ReactionFindingsModel</name>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_models.py" line="142"/>
        <source>Assessment</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_models.py" line="142"/>
        <source>Page</source>
        <translation>Pagina</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_models.py" line="142"/>
        <source>Quote</source>
        <translation>Citaat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_models.py" line="142"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_models.py" line="152"/>
        <source>(not in the agreement)</source>
        <translation>(niet in het akkoord)</translation>
    </message>
</context>
<context>
    <name>ReactionMenu</name>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_menu.py" line="46"/>
        <source>&amp;Reaction</source>
        <translation>&amp;Reactie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_menu.py" line="47"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_menu.py" line="48"/>
        <source>&amp;Write the reaction</source>
        <translation>Reactie &amp;schrijven</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_menu.py" line="49"/>
        <source>&amp;Draft from findings</source>
        <translation>&amp;Opstellen uit bevindingen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_menu.py" line="50"/>
        <source>&amp;Previous speerpunt</source>
        <translation>&amp;Vorig speerpunt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_menu.py" line="51"/>
        <source>&amp;Next speerpunt</source>
        <translation>&amp;Volgend speerpunt</translation>
    </message>
</context>
<context>
    <name>ReactionPanel</name>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_panel.py" line="33"/>
        <source>Reaction</source>
        <translation>Reactie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_panel.py" line="34"/>
        <source>Per speerpunt</source>
        <translation>Per speerpunt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/reaction_panel.py" line="35"/>
        <source>Report parts</source>
        <translation>Onderdelen van het rapport</translation>
    </message>
</context>
<context>
    <name>ReadOnlyProject</name>
    <message>
        <location filename="../../desktop/ui/window/read_only_project.py" line="70"/>
        <source>it is on read-only media (a CD, a locked USB stick or a read-only network share)</source>
        <translation>het staat op een medium dat alleen gelezen kan worden (een cd, een vergrendelde USB-stick of een alleen-lezen netwerkmap)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/read_only_project.py" line="72"/>
        <source>its folder is read-only, and Speerpunt keeps working files beside an open project</source>
        <translation>de map is alleen-lezen, en Speerpunt houdt naast een geopend project werkbestanden bij</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/read_only_project.py" line="73"/>
        <source>the file is read-only</source>
        <translation>het bestand is alleen-lezen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/read_only_project.py" line="77"/>
        <source>The project is read-only</source>
        <translation>Het project is alleen-lezen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/read_only_project.py" line="79"/>
        <source>%1 cannot be opened here: %2.

Speerpunt saves every change the moment you make it, so it only opens a project it can write to. Open a copy in a folder of your own to read and work in it; the original stays as it is.</source>
        <translation>%1 kan hier niet worden geopend: %2.

Speerpunt slaat elke wijziging op zodra u die maakt, en opent daarom alleen een project waarin het kan schrijven. Open een kopie in een eigen map om erin te lezen en te werken; het origineel blijft zoals het is.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/read_only_project.py" line="90"/>
        <source>Cannot save a copy</source>
        <translation>Kan geen kopie opslaan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/read_only_project.py" line="100"/>
        <source>Open a &amp;copy…</source>
        <translation>Een &amp;kopie openen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/read_only_project.py" line="115"/>
        <source>Read-only: changes are not saved</source>
        <translation>Alleen-lezen: wijzigingen worden niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/read_only_project.py" line="118"/>
        <source>Your change was not saved</source>
        <translation>Uw wijziging is niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/read_only_project.py" line="119"/>
        <source>The project file can no longer be written (%1), so your last change was not saved and is not shown. What was saved before is safe. Save a copy (File → Save a copy…) and go on working in the copy.</source>
        <translation>Het projectbestand kan niet meer worden beschreven (%1), dus uw laatste wijziging is niet opgeslagen en wordt niet getoond. Wat eerder is opgeslagen, is veilig. Sla een kopie op (Bestand → Kopie opslaan…) en werk verder in de kopie.</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../../desktop/ui/review/framework_dialogs.py" line="70"/>
        <location filename="../../desktop/ui/review/framework_dialogs.py" line="71"/>
        <source>Delete speerpunt</source>
        <translation>Speerpunt verwijderen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/framework_dialogs.py" line="74"/>
        <source>“%1” has one finding. Where should it go?</source>
        <translation>“%1” heeft één bevinding. Waar moet die heen?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/review/framework_dialogs.py" line="76"/>
        <source>“%1” has %Ln findings. Where should they go?</source>
        <translation>
            <numerusform>“%1” heeft %Ln bevinding. Waar moet die heen?</numerusform>
            <numerusform>“%1” heeft %Ln bevindingen. Waar moeten die heen?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/framework_dialogs.py" line="78"/>
        <source>&amp;Move them to:</source>
        <translation>&amp;Verplaatsen naar:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/framework_dialogs.py" line="79"/>
        <source>Speerpunt to move the findings to</source>
        <translation>Speerpunt waar de bevindingen heen gaan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/framework_dialogs.py" line="80"/>
        <source>&amp;Delete them with the speerpunt</source>
        <translation>Samen met het speerpunt &amp;verwijderen</translation>
    </message>
</context>
<context>
    <name>RefiExchangeMenu</name>
    <message>
        <location filename="../../desktop/ui/collaboration/refi_exchange.py" line="77"/>
        <source>REFI-QDA &amp;project (.qdpx)…</source>
        <translation>REFI-QDA-&amp;project (.qdpx)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/refi_exchange.py" line="78"/>
        <source>REFI-QDA &amp;codebook (.qdc)…</source>
        <translation>REFI-QDA-&amp;codeboek (.qdc)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/refi_exchange.py" line="79"/>
        <source>Import REFI-&amp;QDA project (.qdpx)…</source>
        <translation>REFI-&amp;QDA-project importeren (.qdpx)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/refi_exchange.py" line="113"/>
        <source>Export REFI-QDA project</source>
        <translation>REFI-QDA-project exporteren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/refi_exchange.py" line="115"/>
        <location filename="../../desktop/ui/collaboration/refi_exchange.py" line="150"/>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation>REFI-QDA-projecten (*.qdpx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/refi_exchange.py" line="123"/>
        <source>Wrote %1. Documents: %2, findings: %3. ATLAS.ti, MAXQDA, NVivo and QualCoder open it with their REFI-QDA import; each assessment is a code under &quot;Speerpunt-beoordeling&quot;.</source>
        <translation>%1 geschreven. Documenten: %2, bevindingen: %3. ATLAS.ti, MAXQDA, NVivo en QualCoder openen het met hun REFI-QDA-import; elke beoordeling is een code onder &quot;Speerpunt-beoordeling&quot;.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/refi_exchange.py" line="131"/>
        <source>Export REFI-QDA codebook</source>
        <translation>REFI-QDA-codeboek exporteren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/refi_exchange.py" line="133"/>
        <source>REFI-QDA codebooks (*.qdc)</source>
        <translation>REFI-QDA-codeboeken (*.qdc)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/refi_exchange.py" line="139"/>
        <source>Wrote %1. Speerpunten: %2.</source>
        <translation>%1 geschreven. Speerpunten: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/refi_exchange.py" line="93"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/refi_exchange.py" line="76"/>
        <source>E&amp;xport to REFI-QDA</source>
        <translation>Naar REFI-QDA e&amp;xporteren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/refi_exchange.py" line="120"/>
        <source>Writing %1…</source>
        <translation>%1 schrijven…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/refi_exchange.py" line="153"/>
        <source>Reading %1…</source>
        <translation>%1 lezen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/refi_exchange.py" line="149"/>
        <source>Import REFI-QDA project</source>
        <translation>REFI-QDA-project importeren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/refi_exchange.py" line="160"/>
        <source>Imported. Documents: %1, findings: %2 (missing: %3).</source>
        <translation>Geïmporteerd. Documenten: %1, bevindingen: %2 (ontbrekend: %3).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/refi_exchange.py" line="164"/>
        <source>Codings made without an assessment: %1. They are marked concern and their note starts with &quot;Beoordeling nog te bepalen&quot;; review them in the findings table.</source>
        <translation>Coderingen zonder beoordeling: %1. Ze staan op zorg en hun toelichting begint met &quot;Beoordeling nog te bepalen&quot;; bekijk ze in de tabel met bevindingen.</translation>
    </message>
</context>
<context>
    <name>RemovedMeanwhile</name>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="36"/>
        <source>the finding was removed meanwhile (in another window, by the team folder or by a merge)</source>
        <translation>de bevinding is intussen verwijderd (in een ander venster, via de teammap of door samenvoegen)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="38"/>
        <source>the document was removed meanwhile (in another window, by the team folder or by a merge)</source>
        <translation>het document is intussen verwijderd (in een ander venster, via de teammap of door samenvoegen)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="40"/>
        <source>the speerpunt was removed meanwhile (in another window, by the team folder or by a merge)</source>
        <translation>het speerpunt is intussen verwijderd (in een ander venster, via de teammap of door samenvoegen)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="42"/>
        <source>the theme was removed meanwhile (in another window, by the team folder or by a merge)</source>
        <translation>het thema is intussen verwijderd (in een ander venster, via de teammap of door samenvoegen)</translation>
    </message>
</context>
<context>
    <name>ReportParts</name>
    <message>
        <location filename="../../desktop/ui/report_labels.py" line="14"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_labels.py" line="15"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_labels.py" line="16"/>
        <source>Agreement name</source>
        <translation>Naam van het akkoord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_labels.py" line="17"/>
        <source>Audience</source>
        <translation>Doelgroep</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_labels.py" line="18"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_labels.py" line="19"/>
        <source>Foreword</source>
        <translation>Voorwoord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_labels.py" line="20"/>
        <source>Signed by</source>
        <translation>Ondertekend door</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_labels.py" line="21"/>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_labels.py" line="22"/>
        <source>Letter title</source>
        <translation>Titel van de brief</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_labels.py" line="23"/>
        <source>Starting point</source>
        <translation>Uitgangspunt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_labels.py" line="24"/>
        <source>Closing</source>
        <translation>Tot slot</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/report_parts.py" line="39"/>
        <source>Empty: “Reactie &lt;organisation&gt; op &lt;agreement&gt;”</source>
        <translation>Leeg: “Reactie &lt;organisatie&gt; op &lt;akkoord&gt;”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/report_parts.py" line="40"/>
        <source>e.g. G40 stedennetwerk</source>
        <translation>bijv. G40 stedennetwerk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/report_parts.py" line="41"/>
        <source>Empty: the agreement&apos;s short name</source>
        <translation>Leeg: de korte naam van het akkoord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/report_parts.py" line="42"/>
        <source>Empty: gemeenten (“Wat betekent dit voor gemeenten?”)</source>
        <translation>Leeg: gemeenten (“Wat betekent dit voor gemeenten?”)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/report_parts.py" line="43"/>
        <source>Printed on the title page, e.g. 23 februari 2026</source>
        <translation>Staat op de titelpagina, bijv. 23 februari 2026</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/report_parts.py" line="44"/>
        <source>Opening letter, signed below; a blank line starts a new paragraph</source>
        <translation>Openingsbrief, onderaan ondertekend; een lege regel begint een nieuwe alinea</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/report_parts.py" line="45"/>
        <source>Analysis layout: heading of the opening letter (empty: the title)</source>
        <translation>Opmaak analyse: kop van de openingsbrief (leeg: de titel)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/report_parts.py" line="46"/>
        <source>Chapter 1 of the speerpunten layout; empty: a standard introduction</source>
        <translation>Hoofdstuk 1 van de opmaak per speerpunt; leeg: een standaardinleiding</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/report_parts.py" line="47"/>
        <source>Last chapter, “Tot slot”; left out when empty</source>
        <translation>Laatste hoofdstuk, “Tot slot”; weggelaten als het leeg is</translation>
    </message>
</context>
<context>
    <name>ReportPartsForm</name>
    <message>
        <location filename="../../desktop/ui/reaction/report_parts.py" line="131"/>
        <source>Report parts</source>
        <translation>Onderdelen van het rapport</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/report_parts.py" line="132"/>
        <source>The parts of the Word reaction around the speerpunten. Saved as you type.</source>
        <translation>De onderdelen van de Word-reactie rond de speerpunten. Wordt opgeslagen terwijl u typt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/report_parts.py" line="138"/>
        <source>Additional remarks per theme</source>
        <translation>Aanvullende opmerkingen per thema</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/report_parts.py" line="139"/>
        <source>Remarks not tied to one speerpunt; the speerpunten layout prints them as numbered points under “Aanvullende opmerkingen”. A blank line starts the next point.</source>
        <translation>Opmerkingen die niet bij één speerpunt horen; de speerpuntenopmaak zet ze als genummerde punten onder “Aanvullende opmerkingen”. Een lege regel begint het volgende punt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reaction/report_parts.py" line="168"/>
        <source>Stored for “%1”, the newest agreement. Another agreement is exported with its own name and title.</source>
        <translation>Bewaard voor “%1”, het nieuwste akkoord. Een ander akkoord wordt geëxporteerd met een eigen naam en titel.</translation>
    </message>
</context>
<context>
    <name>RestoreBackup</name>
    <message>
        <location filename="../../desktop/ui/collaboration/restore_backup_dialog.py" line="32"/>
        <source>Before merging %1</source>
        <translation>Vóór samenvoegen met %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/restore_backup_dialog.py" line="34"/>
        <source>Before a merge</source>
        <translation>Vóór samenvoegen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/restore_backup_dialog.py" line="36"/>
        <source>Before restoring a backup</source>
        <translation>Vóór het terugzetten van een back-up</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/restore_backup_dialog.py" line="38"/>
        <source>Automatic, while editing</source>
        <translation>Automatisch, tijdens het werken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/restore_backup_dialog.py" line="39"/>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/restore_backup_dialog.py" line="56"/>
        <source>unreadable</source>
        <translation>onleesbaar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/restore_backup_dialog.py" line="65"/>
        <source>Made on</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/restore_backup_dialog.py" line="66"/>
        <source>Why</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/restore_backup_dialog.py" line="67"/>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <location filename="../../desktop/ui/collaboration/restore_backup_dialog.py" line="121"/>
        <location filename="../../desktop/ui/collaboration/restore_backup_dialog.py" line="122"/>
        <location filename="../../desktop/ui/collaboration/restore_backup_dialog.py" line="163"/>
        <source>Restore backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/restore_backup_dialog.py" line="124"/>
        <source>Speerpunt keeps the last backups of this project next to it, in the folder %1. Restoring one replaces everything in the project with the backup; what is there now is backed up first.</source>
        <translation>Speerpunt bewaart de laatste back-ups van dit project ernaast, in de map %1. Terugzetten vervangt alles in het project door de back-up; wat er nu staat, wordt eerst zelf geback-upt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/restore_backup_dialog.py" line="127"/>
        <source>Backups, newest first</source>
        <translation>Back-ups, nieuwste eerst</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/restore_backup_dialog.py" line="128"/>
        <source>Restore…</source>
        <translation>Terugzetten…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/restore_backup_dialog.py" line="129"/>
        <source>Restore the selected backup</source>
        <translation>De gekozen back-up terugzetten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/restore_backup_dialog.py" line="132"/>
        <source>There are no backups of this project yet.</source>
        <translation>Er zijn nog geen back-ups van dit project.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/restore_backup_dialog.py" line="151"/>
        <source>Not restored: %1</source>
        <translation>Niet teruggezet: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/restore_backup_dialog.py" line="156"/>
        <source>Restored the backup of %1. The state before it was saved as %2.</source>
        <translation>De back-up van %1 is teruggezet. De toestand daarvoor is bewaard als %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/restore_backup_dialog.py" line="164"/>
        <source>Replace everything in this project with the backup of %1? Undo history is cleared; the current state is backed up first, so you can go back to it.</source>
        <translation>Alles in dit project vervangen door de back-up van %1? De geschiedenis voor ongedaan maken wordt gewist; de huidige toestand wordt eerst geback-upt, zodat u ernaar terug kunt.</translation>
    </message>
</context>
<context>
    <name>ReviewCommands</name>
    <message>
        <location filename="../../desktop/ui/commands/review.py" line="30"/>
        <source>Accept %1&apos;s tagging</source>
        <translation>De tagging van %1 overnemen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands/review.py" line="63"/>
        <source>Write joint finding</source>
        <translation>Gezamenlijke bevinding schrijven</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <location filename="../../desktop/ui/collaboration/review_model.py" line="25"/>
        <source>= Agree</source>
        <translation>= Eens</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/review_model.py" line="27"/>
        <source>≠ Differ</source>
        <translation>≠ Verschillen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/review_model.py" line="29"/>
        <source>✓ Settled</source>
        <translation>✓ Beslecht</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/review_model.py" line="30"/>
        <source>Only one analyst</source>
        <translation>Maar één analist</translation>
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
        <translation>Stond bij</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/revision_review.py" line="48"/>
        <source>Now on</source>
        <translation>Staat nu bij</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/revision_review.py" line="49"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/revision_review.py" line="52"/>
        <source>exact</source>
        <translation>exact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/revision_review.py" line="52"/>
        <source>moved</source>
        <translation>verplaatst</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/revision_review.py" line="52"/>
        <source>changed</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/revision_review.py" line="53"/>
        <source>orphaned</source>
        <translation>zonder plek</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/revision_review.py" line="53"/>
        <source>confirmed</source>
        <translation>bevestigd</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../desktop/ui/collaboration/review_view.py" line="151"/>
        <location filename="../../desktop/ui/collaboration/review_view.py" line="152"/>
        <source>Compare analysts</source>
        <translation>Analisten vergelijken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/review_view.py" line="153"/>
        <source>Agreement:</source>
        <translation>Akkoord:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/review_view.py" line="154"/>
        <source>Agreement to compare on</source>
        <translation>Akkoord om op te vergelijken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/review_view.py" line="155"/>
        <source>Agreement between analysts</source>
        <translation>Overeenstemming tussen analisten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/review_view.py" line="156"/>
        <source>Tagged passages by analyst</source>
        <translation>Getagde passages per analist</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/review_view.py" line="157"/>
        <source>Differences only</source>
        <translation>Alleen verschillen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/review_view.py" line="158"/>
        <source>Write joint finding…</source>
        <translation>Gezamenlijke bevinding schrijven…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/review_view.py" line="159"/>
        <source>Write one finding for the analysts on the selected passage</source>
        <translation>Eén bevinding namens de analisten schrijven bij de gekozen passage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/review_view.py" line="161"/>
        <source>Accept %1&apos;s tagging</source>
        <translation>De tagging van %1 overnemen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/review_view.py" line="290"/>
        <source>Agreed after comparison with %1 (%2)</source>
        <translation>Afgesproken na vergelijking met %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/review_view.py" line="295"/>
        <source>Nothing to settle: on the selected passages the analysts agree.</source>
        <translation>Niets te beslechten: bij de gekozen passages zijn de analisten het eens.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/review_view.py" line="313"/>
        <source>The joint finding was not made: %1</source>
        <translation>De gezamenlijke bevinding is niet gemaakt: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/review_view.py" line="340"/>
        <source>There is no coalition agreement in this project yet.</source>
        <translation>Er staat nog geen coalitieakkoord in dit project.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/review_view.py" line="342"/>
        <source>Comparing needs findings from at least two analysts on this agreement; merge a colleague&apos;s work first (File → Merge with…).</source>
        <translation>Vergelijken vraagt bevindingen van ten minste twee analisten bij dit akkoord; voeg eerst het werk van een collega samen (Bestand → Samenvoegen met…).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/review_view.py" line="347"/>
        <source>%1; the analysts differ on %2.</source>
        <translation>%1; de analisten verschillen bij %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/collaboration/review_view.py" line="348"/>
        <source>%Ln tagged passage(s)</source>
        <translation>
            <numerusform>%Ln getagde passage</numerusform>
            <numerusform>%Ln getagde passages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/review_view.py" line="352"/>
        <source>%1 called missing by at least one analyst (rows at the top); no agreement yet on %2.</source>
        <translation>%1 door minstens één analist ontbrekend genoemd (rijen bovenaan); over %2 daarvan nog geen overeenstemming.</translation>
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
        <translation>Nieuwe plek accepteren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands/revisions.py" line="42"/>
        <source>Accept %1 new places</source>
        <translation>%1 nieuwe plekken accepteren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands/revisions.py" line="64"/>
        <source>Re-point finding</source>
        <translation>Bevinding opnieuw plaatsen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands/revisions.py" line="96"/>
        <source>Import new version of “%1”</source>
        <translation>Nieuwe versie van “%1” importeren</translation>
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
        <translation>&amp;Nieuwe versie importeren…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/revision_menu.py" line="67"/>
        <source>&amp;Review new version…</source>
        <translation>Nieuwe versie &amp;beoordelen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/revision_menu.py" line="93"/>
        <location filename="../../desktop/ui/documents/revision_menu.py" line="98"/>
        <location filename="../../desktop/ui/documents/revision_menu.py" line="106"/>
        <source>Import new version</source>
        <translation>Nieuwe versie importeren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/revision_menu.py" line="94"/>
        <source>Open the document that has a new version first.</source>
        <translation>Open eerst het document waarvan een nieuwe versie is.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/revision_menu.py" line="99"/>
        <source>“%1” has already been replaced by a newer version; open that one.</source>
        <translation>“%1” is al vervangen door een nieuwere versie; open die.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/revision_menu.py" line="107"/>
        <source>Reading %1 and carrying the findings over…</source>
        <translation>%1 lezen en de bevindingen overzetten…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/revision_menu.py" line="108"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/revision_menu.py" line="129"/>
        <source>Not undone</source>
        <translation>Niet ongedaan gemaakt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/revision_menu.py" line="151"/>
        <location filename="../../desktop/ui/documents/revision_menu.py" line="153"/>
        <source>Not imported</source>
        <translation>Niet geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/revision_menu.py" line="154"/>
        <source>An unexpected error stopped the import: %1</source>
        <translation>Een onverwachte fout stopte het importeren: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/revision_menu.py" line="159"/>
        <source>The new version of “%1”</source>
        <translation>De nieuwe versie van “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/revision_menu.py" line="171"/>
        <source>Review new version</source>
        <translation>Nieuwe versie beoordelen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/revision_menu.py" line="172"/>
        <source>This document has no earlier version in the project.</source>
        <translation>Dit document heeft geen eerdere versie in het project.</translation>
    </message>
</context>
<context>
    <name>RevisionReview</name>
    <message>
        <location filename="../../desktop/ui/documents/revision_review.py" line="193"/>
        <source>Review the new version: %1</source>
        <translation>Nieuwe versie beoordelen: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/revision_review.py" line="194"/>
        <source>Review the new version</source>
        <translation>Nieuwe versie beoordelen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/revision_review.py" line="195"/>
        <source>Old version (superseded): %1</source>
        <translation>Oude versie (vervangen): %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/revision_review.py" line="196"/>
        <source>New version: %1</source>
        <translation>Nieuwe versie: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/revision_review.py" line="197"/>
        <source>Old version</source>
        <translation>Oude versie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/revision_review.py" line="198"/>
        <source>New version</source>
        <translation>Nieuwe versie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/revision_review.py" line="199"/>
        <source>Carried findings</source>
        <translation>Overgezette bevindingen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/revision_review.py" line="200"/>
        <source>Only findings to review</source>
        <translation>Alleen bevindingen om te beoordelen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/revision_review.py" line="201"/>
        <source>&amp;Accept new place</source>
        <translation>Nieuwe plek &amp;accepteren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/revision_review.py" line="202"/>
        <source>Accept all with score at least</source>
        <translation>Alle accepteren met score minstens</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/revision_review.py" line="203"/>
        <source>Lowest score to accept</source>
        <translation>Laagste score om te accepteren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/revision_review.py" line="204"/>
        <source>&amp;Re-point to selected text</source>
        <translation>&amp;Opnieuw plaatsen op geselecteerde tekst</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/revision_review.py" line="205"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/revision_review.py" line="206"/>
        <source>Re&amp;do</source>
        <translation>Opnieuw &amp;doen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/revision_review.py" line="207"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents/revision_review.py" line="226"/>
        <source>%1 exact, %2 moved, %3 changed, %4 orphaned, %5 confirmed</source>
        <translation>%1 exact, %2 verplaatst, %3 gewijzigd, %4 zonder plek, %5 bevestigd</translation>
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
        <translation>1 passage met treffers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/search_panel.py" line="87"/>
        <source>%1 matching passages</source>
        <translation>%1 passages met treffers</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../desktop/ui/review/search_panel.py" line="216"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/search_panel.py" line="217"/>
        <source>Search all documents…</source>
        <translation>Zoeken in alle documenten…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/search_panel.py" line="218"/>
        <source>Search words</source>
        <translation>Zoekwoorden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/search_panel.py" line="219"/>
        <source>All words must occur; &quot;quotes&quot; for a phrase; woning* for words starting so</source>
        <translation>Alle woorden moeten voorkomen; &quot;aanhalingstekens&quot; voor een zinsdeel; woning* voor woorden die zo beginnen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/search_panel.py" line="220"/>
        <source>Search in</source>
        <translation>Zoeken in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/search_panel.py" line="221"/>
        <source>By document</source>
        <translation>Per document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/search_panel.py" line="222"/>
        <source>One line per document that matches: its number of matching passages and its best passage</source>
        <translation>Eén regel per document met treffers: het aantal passages met treffers en de beste passage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/search_panel.py" line="224"/>
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/search_panel.py" line="239"/>
        <source>All documents</source>
        <translation>Alle documenten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/search_panel.py" line="241"/>
        <source>Category: %1</source>
        <translation>Categorie: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/search_panel.py" line="276"/>
        <source>Type at least one word (letters or digits) to search for.</source>
        <translation>Typ ten minste één woord (letters of cijfers) om op te zoeken.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/search_panel.py" line="289"/>
        <source>Type words to search every document: all words must occur; &quot;quotes&quot; for a phrase; woning* for words starting so.</source>
        <translation>Typ woorden om alle documenten te doorzoeken: alle woorden moeten voorkomen; &quot;aanhalingstekens&quot; voor een zinsdeel; woning* voor woorden die zo beginnen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/search_panel.py" line="297"/>
        <source>Nothing found for “%1”.</source>
        <translation>Niets gevonden voor “%1”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/search_panel.py" line="300"/>
        <source>1 document</source>
        <translation>1 document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/search_panel.py" line="300"/>
        <source>%1 documents</source>
        <translation>%1 documenten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/search_panel.py" line="301"/>
        <source>1 matching passage</source>
        <translation>1 passage met treffers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/search_panel.py" line="301"/>
        <source>%1 matching passages</source>
        <translation>%1 passages met treffers</translation>
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
            <numerusform>De beste %Ln passage</numerusform>
            <numerusform>De beste %Ln passages</numerusform>
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
        <translation>De geselecteerde tekst taggen (in een document)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/help_dialogs.py" line="27"/>
        <source>While tagging: choose one of the recently used speerpunten</source>
        <translation>Tijdens het taggen: een van de laatst gebruikte speerpunten kiezen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/help_dialogs.py" line="28"/>
        <source>While tagging: positive / concern / missing</source>
        <translation>Tijdens het taggen: positief / zorg / ontbreekt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/help_dialogs.py" line="29"/>
        <source>Tag the passage at the cursor with its top suggestion</source>
        <translation>De passage bij de cursor taggen met de bovenste suggestie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/help_dialogs.py" line="30"/>
        <source>Reject the top suggestion for the passage at the cursor</source>
        <translation>De bovenste suggestie voor de passage bij de cursor afwijzen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/help_dialogs.py" line="32"/>
        <source>Next match in the document</source>
        <translation>Volgende treffer in het document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/help_dialogs.py" line="34"/>
        <source>Previous match in the document</source>
        <translation>Vorige treffer in het document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/help_dialogs.py" line="36"/>
        <source>Delete the selected finding</source>
        <translation>De geselecteerde bevinding verwijderen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/help_dialogs.py" line="37"/>
        <source>Close the find bar or the tag panel</source>
        <translation>De zoekbalk of het tagpaneel sluiten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/help_dialogs.py" line="38"/>
        <source>Open the chosen document or finding</source>
        <translation>Het gekozen document of de gekozen bevinding openen</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop/ui/window/help_dialogs.py" line="77"/>
        <location filename="../../desktop/ui/window/help_dialogs.py" line="78"/>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/help_dialogs.py" line="79"/>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/help_dialogs.py" line="79"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
</context>
<context>
    <name>SpeerpuntView</name>
    <message>
        <location filename="../../desktop/ui/review/speerpunt_view.py" line="89"/>
        <source>Speerpunt view</source>
        <translation>Speerpuntweergave</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/speerpunt_view.py" line="90"/>
        <source>&amp;Speerpunt or theme:</source>
        <translation>&amp;Speerpunt of thema:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/speerpunt_view.py" line="92"/>
        <source>Speerpunt or theme to show</source>
        <translation>Speerpunt of thema om te tonen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/speerpunt_view.py" line="93"/>
        <source>Type a code or words of a title</source>
        <translation>Typ een code of woorden uit een titel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/speerpunt_view.py" line="94"/>
        <source>Tagged passages by category and agreement</source>
        <translation>Getagde passages per categorie en akkoord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/speerpunt_view.py" line="95"/>
        <source>Show all agreements</source>
        <translation>Alle akkoorden tonen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/speerpunt_view.py" line="164"/>
        <source>No category</source>
        <translation>Geen categorie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/speerpunt_view.py" line="165"/>
        <location filename="../../desktop/ui/review/speerpunt_view.py" line="169"/>
        <source>Only %1</source>
        <translation>Alleen %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/speerpunt_view.py" line="172"/>
        <source>Nothing tagged with this yet.</source>
        <translation>Hier is nog niets mee getagd.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/speerpunt_view.py" line="173"/>
        <source>Choose a speerpunt or theme above: its tagged passages are listed here, by category and agreement.</source>
        <translation>Kies hierboven een speerpunt of thema: de getagde passages staan dan hier, per categorie en akkoord.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../desktop/ui/window/start_page.py" line="89"/>
        <source>Start page</source>
        <translation>Startpagina</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/start_page.py" line="90"/>
        <source>Speerpunt</source>
        <translation>Speerpunt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/start_page.py" line="91"/>
        <source>Read a coalition agreement next to your position paper, tag passages to your speerpunten and draft your reaction.</source>
        <translation>Lees een coalitieakkoord naast uw positiepaper, koppel passages aan uw speerpunten en stel uw reactie op.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/start_page.py" line="93"/>
        <source>&amp;New project…</source>
        <translation>&amp;Nieuw project…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/start_page.py" line="94"/>
        <source>&amp;Open project…</source>
        <translation>Project &amp;openen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/start_page.py" line="95"/>
        <source>Open the &amp;demo project</source>
        <translation>Het &amp;demoproject openen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/start_page.py" line="96"/>
        <source>An example agreement and position paper with findings, to try things on</source>
        <translation>Een voorbeeldakkoord en positiepaper met bevindingen, om alles op uit te proberen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/start_page.py" line="97"/>
        <source>New project</source>
        <translation>Nieuw project</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/start_page.py" line="98"/>
        <source>Open project</source>
        <translation>Project openen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/start_page.py" line="99"/>
        <source>Open the demo project</source>
        <translation>Het demoproject openen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/start_page.py" line="100"/>
        <source>&amp;Recent projects</source>
        <translation>&amp;Recente projecten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/start_page.py" line="101"/>
        <source>Recent projects</source>
        <translation>Recente projecten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/start_page.py" line="102"/>
        <source>No recent projects yet.</source>
        <translation>Nog geen recente projecten.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/start_page.py" line="103"/>
        <source>New here? The demo project holds an example coalition agreement and position paper, already partly tagged: try reading, tagging and exporting there. For your own work, make a new project and import an agreement (PDF, Word or text).</source>
        <translation>Nieuw hier? Het demoproject bevat een voorbeeld van een coalitieakkoord en een positiepaper, al deels getagd: probeer daar lezen, taggen en exporteren. Voor uw eigen werk maakt u een nieuw project en importeert u een akkoord (PDF, Word of tekst).</translation>
    </message>
</context>
<context>
    <name>SuggestionCommands</name>
    <message>
        <location filename="../../desktop/ui/commands/suggestions.py" line="17"/>
        <source>Reject suggestion</source>
        <translation>Suggestie afwijzen</translation>
    </message>
</context>
<context>
    <name>SuggestionPanel</name>
    <message>
        <location filename="../../desktop/ui/review/suggestion_panel.py" line="83"/>
        <source>Tagging suggestions</source>
        <translation>Tagsuggesties</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/suggestion_panel.py" line="84"/>
        <source>Speerpunt:</source>
        <translation>Speerpunt:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/suggestion_panel.py" line="85"/>
        <source>Passages that most likely treat it (↑/↓ walks them):</source>
        <translation>Passages die het waarschijnlijk behandelen (↑/↓ loopt ze langs):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/suggestion_panel.py" line="86"/>
        <source>Agreement:</source>
        <translation>Akkoord:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/suggestion_panel.py" line="87"/>
        <source>Speerpunten it probably does not treat, with the best passage found:</source>
        <translation>Speerpunten die het waarschijnlijk niet behandelt, met de best passende passage:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/suggestion_panel.py" line="88"/>
        <source>Mark missing…</source>
        <translation>Als ontbrekend markeren…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/suggestion_panel.py" line="127"/>
        <source>Preparing suggestions…</source>
        <translation>Suggesties worden voorbereid…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/suggestion_panel.py" line="129"/>
        <source>Suggestions learn from your tags; nothing is tagged until you do it.</source>
        <translation>De suggesties leren van uw tags; er wordt niets getagd voordat u dat doet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/suggestion_panel.py" line="146"/>
        <source>No passage is likely to treat this speerpunt yet.</source>
        <translation>Nog geen passage behandelt dit speerpunt waarschijnlijk.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/suggestion_panel.py" line="170"/>
        <source>no passage comes close</source>
        <translation>geen passage komt in de buurt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review/suggestion_panel.py" line="171"/>
        <source>None: every speerpunt has a finding here or is the most likely one of some passage.</source>
        <translation>Geen: elk speerpunt heeft hier een bevinding of is het meest waarschijnlijke van een passage.</translation>
    </message>
</context>
<context>
    <name>TagPanel</name>
    <message>
        <location filename="../../desktop/ui/panes/tagging.py" line="122"/>
        <source>Tag passage</source>
        <translation>Passage taggen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/tagging.py" line="123"/>
        <source>Speerpunt: type a code or words, Enter to choose; Alt+1–9 pick a recent one</source>
        <translation>Speerpunt: typ een code of woorden, Enter om te kiezen; Alt+1–9 kiest een recent speerpunt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/tagging.py" line="124"/>
        <source>Find speerpunt</source>
        <translation>Speerpunt zoeken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/tagging.py" line="125"/>
        <source>Speerpunten</source>
        <translation>Speerpunten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/tagging.py" line="126"/>
        <source>Note (optional), Enter to save, Esc to skip</source>
        <translation>Notitie (optioneel), Enter om op te slaan, Esc om over te slaan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/tagging.py" line="127"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/tagging.py" line="128"/>
        <source>Close (Esc)</source>
        <translation>Sluiten (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/tagging.py" line="129"/>
        <source>Close tagging</source>
        <translation>Taggen sluiten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/tagging.py" line="135"/>
        <source>Press %1</source>
        <translation>Druk op %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/tagging.py" line="181"/>
        <source>Not saved: %1</source>
        <translation>Niet opgeslagen: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/tagging.py" line="206"/>
        <source>Tag: “%1”</source>
        <translation>Taggen: “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/tagging.py" line="220"/>
        <source>%1 — press P, Z or O</source>
        <translation>%1 — druk op P, Z of O</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/tagging.py" line="222"/>
        <source>Saved: %1</source>
        <translation>Opgeslagen: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/tagging.py" line="224"/>
        <source>Then press P, Z or O</source>
        <translation>Druk dan op P, Z of O</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/tagging.py" line="238"/>
        <source>No speerpunt matches.</source>
        <translation>Geen speerpunt komt overeen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panes/tagging.py" line="239"/>
        <source>The project has no speerpunten yet: add a framework first.</source>
        <translation>Het project heeft nog geen speerpunten: voeg eerst een kader toe.</translation>
    </message>
</context>
<context>
    <name>TeamFolderMenu</name>
    <message>
        <location filename="../../desktop/ui/collaboration/team_folder.py" line="147"/>
        <location filename="../../desktop/ui/collaboration/team_folder.py" line="148"/>
        <source>Team folder</source>
        <translation>Teammap</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/team_folder.py" line="152"/>
        <source>Work together in a &amp;folder…</source>
        <translation>Samenwerken via een &amp;map…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/team_folder.py" line="153"/>
        <source>Keep this project in step with colleagues through a shared folder (OneDrive, SharePoint, a network share)</source>
        <translation>Dit project gelijk houden met collega&apos;s via een gedeelde map (OneDrive, SharePoint, een netwerkschijf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/team_folder.py" line="179"/>
        <source>The project file is inside this folder. Keep the project file outside the team folder: a sync service damages a database it copies while it is open. Choose an empty folder of its own for the team.</source>
        <translation>Het projectbestand staat in deze map. Houd het projectbestand buiten de teammap: een synchronisatiedienst beschadigt een database die hij kopieert terwijl die open is. Kies een lege, eigen map voor het team.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/team_folder.py" line="191"/>
        <source>Team folder: syncing…</source>
        <translation>Teammap: bezig met synchroniseren…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/team_folder.py" line="208"/>
        <source>Team folder: synced %1</source>
        <translation>Teammap: gesynchroniseerd om %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/team_folder.py" line="210"/>
        <source>published: %1</source>
        <translation>gepubliceerd: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/collaboration/team_folder.py" line="212"/>
        <source>%Ln open conflict(s)</source>
        <translation>
            <numerusform>%Ln openstaand conflict</numerusform>
            <numerusform>%Ln openstaande conflicten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/team_folder.py" line="214"/>
        <source>Folder: %1</source>
        <translation>Map: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/team_folder.py" line="215"/>
        <source>%1 published at %2</source>
        <translation>%1 publiceerde om %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/team_folder.py" line="217"/>
        <source>Waiting for %1: %2</source>
        <translation>Wacht op %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/team_folder.py" line="219"/>
        <source>Not matched: %1</source>
        <translation>Niet gekoppeld: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/team_folder.py" line="223"/>
        <source>Team folder: a document could not be matched: %1</source>
        <translation>Teammap: een document kon niet worden gekoppeld: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/team_folder.py" line="226"/>
        <source>Team folder: not synced</source>
        <translation>Teammap: niet gesynchroniseerd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collaboration/team_folder.py" line="228"/>
        <source>Team folder: %1</source>
        <translation>Teammap: %1</translation>
    </message>
</context>
<context>
    <name>WorkspaceDocks</name>
    <message>
        <location filename="../../desktop/ui/window/workspace_docks.py" line="192"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/workspace_docks.py" line="193"/>
        <source>Speerpunten</source>
        <translation>Speerpunten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/workspace_docks.py" line="194"/>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/workspace_docks.py" line="195"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/workspace_docks.py" line="196"/>
        <source>Coverage</source>
        <translation>Dekking</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/workspace_docks.py" line="197"/>
        <source>Reaction</source>
        <translation>Reactie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/workspace_docks.py" line="198"/>
        <source>Speerpunt view</source>
        <translation>Speerpuntweergave</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/workspace_docks.py" line="199"/>
        <source>Comparison matrix</source>
        <translation>Vergelijkingsmatrix</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/workspace_docks.py" line="200"/>
        <source>Documents table</source>
        <translation>Documententabel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/workspace_docks.py" line="201"/>
        <source>Tag search hits</source>
        <translation>Zoektreffers taggen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/workspace_docks.py" line="208"/>
        <source>&amp;Speerpunt view</source>
        <translation>&amp;Speerpuntweergave</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/workspace_docks.py" line="209"/>
        <source>Comparison &amp;matrix</source>
        <translation>Vergelijkings&amp;matrix</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/workspace_docks.py" line="210"/>
        <source>Documents &amp;table</source>
        <translation>Documenten&amp;tabel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/workspace_docks.py" line="211"/>
        <source>Tag search &amp;hits</source>
        <translation>Zoek&amp;treffers taggen</translation>
    </message>
</context>
</TS>
