"""Inputs for fuzzing the importers: valid seed files per format, mutations of them, and hostile text."""

from __future__ import annotations

import io
import random
from collections.abc import Sequence

from bench.generate import agreement_blocks
from desktop.domain.document import PassageKind

FORMATS = ("pdf", "docx", "txt", "md")

# One mutation: (kind, position as a fraction of the length, size, payload byte(s)).
# Plain tuples, so Hypothesis can build and shrink them and a campaign can print them as a reproducer.
Mutation = tuple[str, float, int, bytes]
MUTATION_KINDS = ("flip", "truncate", "duplicate", "delete", "insert", "token")

# Bytes that mean something to a PDF or ZIP parser: numbers that become lengths and
# offsets, and the keywords around objects, streams and cross-references.
TOKENS = (
    b"0", b"-1", b"4294967295", b"99999999999999999999", b"1e308", b"obj", b"endobj", b"stream", b"endstream",
    b"<<", b">>", b"[", b"]", b"(", b")", b"/Length 0", b"/Length 999999", b"xref", b"trailer", b"startxref",
    b"/Type /Pages", b"/Kids [1 0 R]", b"/Count 2147483647", b"1 0 R", b"%%EOF", b"\\", b"PK\x03\x04", b"\x00",
)

# Characters the text reader and the segmenter treat specially, for dense pathological text.
TEXT_PIECES = (
    "1.", "1.1", "2.3.4.5", "a)", "(b)", "- 1 ", "•", "-", "*", "+", "#", "## ", "###### ", ">", "|", "**", "__", "`",
    "```", "[", "](", "http://", "www.", "6 / 20", "31", "Thema 1:", "Hoofdstuk", "ge-", "-\n", " ", "\t", "\n",
    "\r\n", "\r", "\n\n", "\f", "\x00", "\u00ad", "\u200b", "\ufeff", "\ufffe", "\u2028", "\u2029", "...", ". . .",
    "é", "ï", "’", "“", "😀", "🇳🇱", "\U0010ffff", "\u0301", "\u202e", "\ud800", "gemeenten", "Wonen", "ZORG",
)

SAMPLE_MARKDOWN = """# Coalitieakkoord 2026-2030: samen verder bouwen

## 1. Wonen

Er wordt geïnvesteerd in financiële zekerheid voor gemeenten. De woning-
bouw wordt versneld in alle regio's; de coördinatie ligt bij het Rijk.

- Meer sociale huur
- Tempo in de bouw
  - ook in kleine kernen

## 2. Werk en inkomen

1. Iedereen doet mee naar vermogen.
2) De Participatiewet wordt herzien.

> „Bestaanszekerheid voorop”, aldus het kabinet.

| Thema | Bedrag |
|-------|--------|
| Jeugd | € 1 mld |

Thema 3: Veiligheid

6 / 20
"""


def pdf_seed(compress: bool = True, pages: int = 2) -> bytes:
    """A small agreement as fpdf2 writes it; uncompressed, byte flips land in the text operators."""
    from fpdf import FPDF

    from bench.documents import _BOLD, _FONT

    pdf = FPDF(format="A4")
    pdf.set_compression(compress)
    family = "helvetica"
    if _FONT.exists() and _BOLD.exists():
        pdf.add_font("dejavu", "", str(_FONT))
        pdf.add_font("dejavu", "B", str(_BOLD))
        family = "dejavu"
    pdf.set_title("Coalitieakkoord 2026")
    pdf.alias_nb_pages()
    page = 0
    for block in agreement_blocks(pages, seed=7):
        if block.page != page:
            pdf.add_page()
            page = block.page
            pdf.set_font(family, size=8)
            pdf.cell(0, 6, f"{page} / {{nb}}", align="C", new_x="LMARGIN", new_y="NEXT")
        text = block.text if family == "dejavu" else block.text.encode("latin-1", "replace").decode("latin-1")
        heading = block.kind is PassageKind.HEADING
        pdf.set_font(family, "B" if heading else "", 14 if heading else 10)
        pdf.multi_cell(0, 6 if heading else 5, ("• " if block.kind is PassageKind.LIST_ITEM else "") + text,
                       new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def docx_seed() -> bytes:
    """A small agreement with headings, lists, a table and a footnote-like paragraph, as python-docx writes it."""
    from docx import Document

    document = Document()
    document.core_properties.title = "Coalitieakkoord 2026"
    for block in agreement_blocks(1, seed=7)[:40]:
        if block.kind is PassageKind.HEADING:
            document.add_heading(block.text, level=min(block.level, 3))
        elif block.kind is PassageKind.LIST_ITEM:
            document.add_paragraph(block.text, style="List Bullet")
        else:
            document.add_paragraph(block.text)
    table = document.add_table(rows=2, cols=2)
    for row, values in enumerate((("Thema", "Bedrag"), ("Jeugd", "€ 1 mld 😀"))):
        for column, value in enumerate(values):
            table.cell(row, column).text = value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def text_seed() -> bytes:
    return SAMPLE_MARKDOWN.encode("utf-8")


def seeds() -> dict[str, list[bytes]]:
    """Valid files per format to mutate."""
    text = text_seed()
    return {
        "pdf": [pdf_seed(compress=False), pdf_seed(compress=True)],
        "docx": [docx_seed()],
        "txt": [text, text.replace(b"\n", b"\r\n"), SAMPLE_MARKDOWN.encode("utf-16")],
        "md": [text, b"\xef\xbb\xbf" + text.replace(b"\n", b"\r")],
    }


def mutate(data: bytes, mutations: Sequence[Mutation]) -> bytes:
    """Apply ``mutations`` in order; positions are fractions, so they stay valid as the data changes."""
    buffer = bytearray(data)
    for kind, where, size, payload in mutations:
        at = min(int(where * len(buffer)), max(len(buffer) - 1, 0))
        if kind == "flip" and buffer:
            buffer[at] ^= (payload[0] if payload else 0xFF) or 0x01
        elif kind == "truncate":
            del buffer[at:]
        elif kind == "duplicate":
            buffer[at:at] = buffer[at : at + size]
        elif kind == "delete":
            del buffer[at : at + size]
        elif kind in ("insert", "token"):
            buffer[at:at] = payload
    return bytes(buffer)


def mutate_member(data: bytes, member: str, mutations: Sequence[Mutation]) -> bytes:
    """Mutate one part inside a ZIP (a DOCX) and pack it again, so the change gets past the CRC checks."""
    import zipfile

    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            blob = source.read(info.filename)
            target.writestr(info.filename, mutate(blob, mutations) if info.filename == member else blob)
    return buffer.getvalue()


# The parts of a DOCX the reader parses, the body most often.
DOCX_MEMBERS = ("word/document.xml", "word/document.xml", "word/document.xml", "word/styles.xml",
                "word/numbering.xml", "[Content_Types].xml", "word/_rels/document.xml.rels", "docProps/core.xml")


def random_mutations(rng: random.Random, count: int | None = None) -> list[Mutation]:
    """Mostly a few small changes, now and then many: the mix that finds parser bugs soonest."""
    count = count or rng.choice((1, 1, 2, 3, 5, 8, 20))
    made: list[Mutation] = []
    for _ in range(count):
        kind = rng.choice(MUTATION_KINDS)
        where = rng.random()
        size = rng.choice((1, 2, 4, 16, 64, 512, 4096))
        if kind == "insert":
            payload = rng.randbytes(rng.choice((1, 2, 8, 64)))
        elif kind == "token":
            payload = rng.choice(TOKENS)
        else:
            payload = bytes([rng.randrange(1, 256)])
        made.append((kind, where, size, payload))
    return made


def random_text(rng: random.Random, length: int) -> str:
    """Any code points, astral ones and lone surrogates included, with the special pieces mixed in."""
    parts: list[str] = []
    while sum(map(len, parts)) < length:
        roll = rng.random()
        if roll < 0.4:
            parts.append(rng.choice(TEXT_PIECES))
        elif roll < 0.6:
            parts.append(chr(rng.randrange(0x20, 0x7F)))
        elif roll < 0.8:
            parts.append(chr(rng.randrange(0, 0x800)))
        else:
            parts.append(chr(rng.randrange(0, 0x110000)))
    return "".join(parts)


def encode_text(text: str, encoding: str) -> bytes:
    """Text as a file: lone surrogates become invalid UTF-8 bytes, like a badly converted file."""
    if encoding == "utf-8-sig":
        return b"\xef\xbb\xbf" + text.encode("utf-8", "surrogatepass")
    if encoding in ("utf-16", "utf-16-le", "utf-16-be", "utf-32"):
        return text.encode(encoding, "surrogatepass")
    return text.encode(encoding, "replace" if encoding != "utf-8" else "surrogatepass")


ENCODINGS = ("utf-8", "utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1252", "latin-1")


def hostile_text(rng: random.Random) -> bytes:
    """A text file meant to hurt: random code points, one huge line, piles of markers, mixed line ends."""
    shape = rng.choice(("random", "random", "huge_line", "repeated", "lines", "bytes"))
    if shape == "random":
        text = random_text(rng, rng.choice((10, 100, 1000, 20_000)))
    elif shape == "huge_line":
        piece = rng.choice(TEXT_PIECES[:-1] + ("a", "woord ", ". ", "-", "é"))
        text = piece * (rng.choice((100_000, 500_000, 2_000_000)) // max(len(piece), 1))
    elif shape == "repeated":
        piece = random_text(rng, rng.randrange(1, 12))
        text = piece * rng.choice((1000, 10_000, 100_000))
    elif shape == "lines":
        ending = rng.choice(("\n", "\r\n", "\r", "\n\n", "\u2028"))
        text = ending.join(random_text(rng, rng.randrange(0, 80)) for _ in range(rng.choice((10, 1000, 20_000))))
    else:
        return rng.randbytes(rng.choice((1, 16, 1000, 100_000)))
    return encode_text(text, rng.choice(ENCODINGS))
