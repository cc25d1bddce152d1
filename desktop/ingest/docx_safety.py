"""Checks on a DOCX package (and any other zip from outside, such as a .qdpx) before it is read:
format, ZIP damage, ZIP bombs, XML entities."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable

from lxml import etree

from desktop.ingest.errors import ImportRefused
from desktop.reasons import Reason

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MAX_UNCOMPRESSED = 200 * 1024 * 1024
# A real DOCX compresses its XML 5 to 30 times; a ratio this high only comes from padding.
MAX_RATIO = 100
# Below this size a high ratio is harmless (a near-empty document compresses very well).
RATIO_FLOOR = 20 * 1024 * 1024
MAX_MEMBERS = 10_000
_CHUNK = 1024 * 1024

# Content that starts like this cannot be parsed as XML in any encoding libxml2 detects,
# so images and other binary parts need no entity scan (and cannot give false alarms).
_BINARY_MAGIC = (
    b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"BM", b"II*\x00", b"MM\x00*", b"\x01\x00\x00\x00",
    b"\xd7\xcd\xc6\x9a", b"%PDF", b"PK\x03\x04", OLE_MAGIC, b"RIFF",
)
_EBCDIC_XML = b"\x4c\x6f\xa7\x94"
_SAFE_ENCODINGS = {"utf-8", "utf8", "utf-16", "utf-16le", "utf-16be", "us-ascii", "ascii"}
_ENCODING = re.compile(rb"""^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""", re.I)
_DANGEROUS = (b"<!DOCTYPE", b"<!ENTITY")
_LONGEST = max(len(marker) for marker in _DANGEROUS)
_MARKER_START = b"<!"  # what every marker in _DANGEROUS starts with

# Used for the parts python-docx leaves unparsed (footnotes, endnotes): never a DTD, entity or network.
SAFE_PARSER = etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True, huge_tree=False)


def check_package(data: bytes, filename: str) -> None:
    """Refuse ``data`` unless it is a ZIP that python-docx may safely open as a Word document."""
    head = data[:8]
    if head.startswith(OLE_MAGIC):
        raise ImportRefused(filename, Reason("password-protected or old .doc file: save it as .docx without a password"))
    if head.lstrip().startswith(b"{\\rtf"):
        raise ImportRefused(filename, Reason("this is an RTF file, not a DOCX: save it as .docx in Word"))
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError, NotImplementedError) as error:
        raise ImportRefused(filename, Reason("damaged DOCX: not a valid ZIP archive")) from error
    with archive:
        try:
            members = archive.infolist()
        except Exception as error:  # any failure in a damaged directory is the same answer
            raise ImportRefused(filename, Reason("damaged DOCX: not a valid ZIP archive")) from error
        _check_sizes(members, filename)
        names = {member.filename.lower() for member in members}
        if "mimetype" in names and not {"word/document.xml", "_rels/.rels"} & names:
            raise ImportRefused(filename, Reason("this looks like an OpenDocument (.odt) file: save it as .docx"))
        if "word/document.xml" not in names and "_rels/.rels" not in names:
            raise ImportRefused(filename, Reason("not a Word document: the archive holds no word/document.xml"))
        if any(member.flag_bits & 0x1 for member in members):
            raise ImportRefused(filename, Reason("password-protected or old .doc file: save it as .docx without a password"))
        for member in members:
            if not member.is_dir():
                _scan_member(archive, member, filename)


def _check_sizes(members: list[zipfile.ZipInfo], filename: str, label: str = "DOCX") -> None:
    # Declared sizes are trustworthy upper bounds: zipfile stops inflating at file_size and
    # then checks the CRC, so a member cannot expand beyond what it declares.
    if len(members) > MAX_MEMBERS:
        raise ImportRefused(filename, Reason("refused: the {label} holds {count} parts, too many for a {label} file",
                                                   label=_label(label), count=len(members)))
    total = sum(member.file_size for member in members)
    packed = sum(member.compress_size for member in members)
    if total > MAX_UNCOMPRESSED:
        raise ImportRefused(
            filename, Reason("refused: the {label} would unpack to {megabytes} MB (a ZIP bomb or far too large)",
                            label=_label(label), megabytes=total // (1024 * 1024))
        )
    if total > RATIO_FLOOR and total > MAX_RATIO * max(packed, 1):
        raise ImportRefused(filename, Reason("refused: the {label} is compressed suspiciously well (a ZIP bomb)",
                                             label=_label(label)))


def open_checked_zip(data: bytes, filename: str, label: str, xml_member: Callable[[str], bool]) -> zipfile.ZipFile:
    """Open ``data`` as a ZIP after the DOCX checks (damage, size, ZIP bomb, encryption), scanning the
    members ``xml_member`` names for DTDs and entities; the caller closes the archive."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except Exception as error:  # any failure in a damaged directory is the same answer
        raise ImportRefused(filename, Reason("damaged {label}: not a valid ZIP archive", label=_label(label))) from error
    try:
        _check_sizes(members, filename, label)
        if any(member.flag_bits & 0x1 for member in members):
            raise ImportRefused(filename, Reason("refused: the {label} is encrypted", label=_label(label)))
        for member in members:
            if not member.is_dir() and xml_member(member.filename):
                _scan_member(archive, member, filename, label)
    except BaseException:
        archive.close()
        raise
    return archive


def _scan_member(archive: zipfile.ZipFile, member: zipfile.ZipInfo, filename: str, label: str = "DOCX") -> None:
    """Refuse a part that could make an XML parser read a DTD, define entities or use an odd encoding."""
    try:
        with archive.open(member) as stream:
            chunk = stream.read(_CHUNK)
            if chunk.startswith(_BINARY_MAGIC):
                return
            if chunk.startswith(_EBCDIC_XML):
                raise ImportRefused(filename, Reason("refused: part {part} uses an unsupported XML encoding",
                                                          part=_shown(member.filename)))
            _check_declaration(chunk, member.filename, filename)
            tail = b""
            while chunk:
                # Dropping NUL bytes lets one ASCII search also find UTF-16 and UTF-32 text.
                window = tail + (chunk.replace(b"\x00", b"") if b"\x00" in chunk else chunk)
                # Both markers start with "<!", which most parts never hold: only then is the window
                # upper-cased and searched for them.
                if _MARKER_START in window and any(marker in window.upper() for marker in _DANGEROUS):
                    raise ImportRefused(
                        filename,
                        Reason("refused: part {part} declares a DTD or entities, which a {label} never needs",
                               part=_shown(member.filename), label=_label(label)),
                    )
                tail = window[-_LONGEST:]
                chunk = stream.read(_CHUNK)
    except ImportRefused:
        raise
    except Exception as error:  # CRC errors, bad inflate data, unsupported methods: all damage
        raise ImportRefused(filename, Reason("damaged {label}: part {part} cannot be unpacked", label=_label(label),
                                             part=_shown(member.filename))) from error


def check_xml_file(data: bytes, filename: str, label: str) -> None:
    """The part checks for one XML file from outside (a .qdc): size, encoding, no DTD or entities."""
    if len(data) > MAX_UNCOMPRESSED:
        raise ImportRefused(filename, Reason("refused: the {label} is {megabytes} MB, far too large", label=_label(label),
                                             megabytes=len(data) // (1024 * 1024)))
    if data.startswith(_EBCDIC_XML):
        raise ImportRefused(filename, Reason("refused: the {label} uses an unsupported XML encoding", label=_label(label)))
    _check_declaration(data[:_CHUNK], filename, filename)
    if any(marker in data.replace(b"\x00", b"").upper() for marker in _DANGEROUS):
        raise ImportRefused(filename, Reason("refused: the {label} declares a DTD or entities, which it never needs",
                                             label=_label(label)))


def _check_declaration(chunk: bytes, part: str, filename: str) -> None:
    start = chunk[:400]
    for bom in (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"):
        if start.startswith(bom):
            start = start[len(bom) :]
            break
    match = _ENCODING.match(start.replace(b"\x00", b"").lstrip())
    if match and match.group(1).decode("ascii").lower() not in _SAFE_ENCODINGS:
        raise ImportRefused(filename, Reason("refused: part {part} uses an unsupported XML encoding", part=_shown(part)))


def _label(label: str) -> str:
    """The kind of archive a caller checks, as a translatable word (each one callers use is listed)."""
    labels = {"DOCX": Reason("DOCX"), "REFI-QDA file": Reason("REFI-QDA file"), "codebook": Reason("codebook")}
    return labels.get(label, label)


def _shown(name: str) -> str:
    # Part names in a damaged file can hold any bytes; the message is read by a person.
    return "".join(c if c.isprintable() else "?" for c in name)[:80]


def parse_part(blob: bytes) -> etree._Element:
    """Parse an XML part that check_package has already scanned."""
    return etree.fromstring(blob, SAFE_PARSER)
