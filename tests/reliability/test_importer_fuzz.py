"""Every importer, fed random and damaged files, gives a sound document or a refusal: no other error, no hang.

Each input runs in a child process with a time limit (bench/fuzz/worker.py), so a
hang or a crash in PDFium or lxml fails the case instead of the test run. The
bigger campaign is ``python -m bench.fuzz.importers`` (see docs/RELIABILITY.md).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bench.fuzz.inputs import DOCX_MEMBERS, ENCODINGS, MUTATION_KINDS, TOKENS, encode_text, mutate, mutate_member, seeds
from bench.fuzz.worker import ImporterChild
from desktop.ingest import ImportRefused, read_document

READERS = {"pdf": "desktop.ingest.pdf", "docx": "desktop.ingest.docx", "txt": "desktop.ingest.text",
           "md": "desktop.ingest.text"}


def _examples(count: int) -> int:
    # The committed run stays quick; HYPOTHESIS_PROFILE=explore raises every test to its profile's count.
    return max(count, settings.default.max_examples) if settings.default.max_examples > 100 else count


def _needs(fmt: str) -> None:
    if importlib.util.find_spec(READERS[fmt]) is None:
        pytest.skip(f"the {fmt} reader is not here yet")


@pytest.fixture(scope="module")
def child():
    with ImporterChild() as running:
        yield running


@pytest.fixture(scope="module")
def patient_child():
    # For the megabyte inputs: linear code reads them in 1-4 s even on a loaded machine, the
    # quadratic code the campaign found took 17 s to forever, so 10 s tells them apart without flakes.
    with ImporterChild(time_limit=10.0) as running:
        yield running


@pytest.fixture(scope="module")
def bases() -> dict[str, list[bytes]]:
    return seeds()


def assert_sound(child: ImporterChild, fmt: str, data: bytes, store: bool = False) -> str:
    verdict = child.judge(f".{fmt}", data, store=store)
    assert verdict.acceptable, f"{fmt} input of {len(data)} bytes: {verdict.outcome} after {verdict.seconds:.1f} s\n" \
                               f"{verdict.detail}"
    return verdict.outcome


mutation_lists = st.lists(
    st.tuples(
        st.sampled_from(MUTATION_KINDS),
        st.floats(0, 1, exclude_max=True),
        st.sampled_from((1, 2, 4, 16, 64, 512, 4096)),
        st.one_of(st.sampled_from(TOKENS), st.binary(min_size=1, max_size=32)),
    ),
    min_size=1, max_size=8,
)


@pytest.mark.parametrize("fmt", ["pdf", "docx", "txt", "md"])
def test_the_seed_files_are_read_as_documents(child, bases, fmt: str) -> None:
    # Mutations only test the parsers' depths if they start from files the reader accepts.
    _needs(fmt)
    for data in bases[fmt]:
        assert assert_sound(child, fmt, data, store=True) == "document"


@pytest.mark.parametrize("fmt", ["pdf", "docx", "txt", "md"])
@settings(max_examples=_examples(40))
@given(data=st.binary(max_size=4096), header=st.sampled_from((b"", b"%PDF-1.7\n", b"PK\x03\x04", b"\xef\xbb\xbf")))
def test_random_bytes_are_read_or_refused(child, fmt: str, data: bytes, header: bytes) -> None:
    _needs(fmt)
    assert_sound(child, fmt, header + data)


@pytest.mark.parametrize("fmt", ["pdf", "docx", "txt", "md"])
@settings(max_examples=_examples(60))
@given(mutations=mutation_lists, which=st.integers(0, 5))
def test_mutated_files_are_read_or_refused(child, bases, fmt: str, mutations, which: int) -> None:
    _needs(fmt)
    base = bases[fmt][which % len(bases[fmt])]
    assert_sound(child, fmt, mutate(base, mutations))


@settings(max_examples=_examples(80))
@given(member=st.sampled_from(DOCX_MEMBERS), mutations=mutation_lists)
def test_docx_with_damaged_xml_parts_is_read_or_refused(child, bases, member: str, mutations) -> None:
    # A flipped byte in the ZIP fails its CRC check; repacking the damaged part reaches the XML parser.
    _needs("docx")
    assert_sound(child, "docx", mutate_member(bases["docx"][0], member, mutations))


any_text = st.text(st.characters(codec=None, exclude_categories=()), max_size=400)
line_ends = st.sampled_from(("\n", "\r\n", "\r", "\n\n", "\u2028"))


@pytest.mark.parametrize("fmt", ["txt", "md"])
@settings(max_examples=_examples(80))
@given(lines=st.lists(any_text, max_size=20), ending=line_ends, encoding=st.sampled_from(ENCODINGS))
def test_any_unicode_text_is_read_or_refused_and_stores(child, fmt: str, lines: list[str], ending: str,
                                                        encoding: str) -> None:
    # Astral characters, lone surrogates (invalid UTF-8 once encoded), NULs and controls, any encoding.
    _needs(fmt)
    assert_sound(child, fmt, encode_text(ending.join(lines), encoding), store=True)


HOSTILE_TEXTS = {
    "one 3 MB line": "woord " * 500_000,
    "3 MB of dot leaders": ". " * 1_500_000,
    "a long contents line without page": "Inleiding " + ". " * 200_000 + "x",
    "200,000 hyphenated line ends": "ge-\n" * 200_000,
    "250,000 soft-wrapped lines": "woord\n" * 250_000,
    "100,000 bullets": "- \n" * 100_000,
    "deep list indent": " " * 100_000 + "- item",
    "100,000 heading marks": "#" * 100_000 + " kop",
    "50,000 numbered lines": "".join(f"{i}.{i} Kop\n" for i in range(50_000)),
    "emphasis markers": "*_" * 200_000,
    "unclosed links": "[" * 100_000 + "](" * 100_000,
    "CR only": "Kop\rTekst met een zin.\r\rNog een alinea.\r" * 20_000,
    "only a BOM": "\ufeff",
    "NUL bytes": "tekst\x00" * 1000,
    "a few control characters": "Een zin over wonen. " * 500 + "versneld\x01 in\x1b[0m alle\x7f regio's\ufffe\uffff.",
    "astral and combining": "🇳🇱\u0301😀\U0010ffff" * 50_000,
}


# The campaign found the quadratic ones among these (each paragraph line searching or copying all text
# joined so far, a Markdown link pattern backtracking over every "["); they are fixed and stay here.
@pytest.mark.parametrize("fmt", ["txt", "md"])
@pytest.mark.parametrize("name", list(HOSTILE_TEXTS))
def test_hostile_text_is_read_or_refused_in_time(patient_child, fmt: str, name: str) -> None:
    _needs(fmt)
    data = HOSTILE_TEXTS[name].encode("utf-8")
    # Storing a megabyte takes a second of the time limit and is tested on the smaller inputs.
    assert_sound(patient_child, fmt, data, store=len(data) < 100_000)


@pytest.mark.parametrize("data", [b"\xff\xfe" + b"a\x00" * 10 + b"b", b"\xfe\xff\xd8\x00", b"\xc3\x28" * 5000,
                                  b"\xef\xbb\xbf", b"\xef\xbb\xbf\xef\xbb\xbf tekst"],
                         ids=["odd UTF-16", "lone surrogate UTF-16", "invalid UTF-8", "BOM only", "two BOMs"])
def test_broken_encodings_are_read_or_refused(child, data: bytes) -> None:
    _needs("txt")
    assert_sound(child, "txt", data, store=True)


MATH_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuMathTeXGyre.ttf"


def test_a_pdf_with_characters_outside_the_bmp_is_read_and_stored(child) -> None:
    # PDFium reports such a character as two "characters", one per UTF-16 half; joined
    # carelessly they become lone surrogates that SQLite refuses. Found by the campaign.
    _needs("pdf")
    fpdf = pytest.importorskip("fpdf")
    if not Path(MATH_FONT).exists():
        pytest.skip("no font with characters outside the BMP")
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.add_font("math", "", MATH_FONT)
    pdf.set_font("math", size=11)
    for number in range(12):
        pdf.multi_cell(0, 6, f"Gemeenten krijgen meer geld voor wonen en werk. Formule 𝑥 = 𝟏𝟐, regel {number}.",
                       new_x="LMARGIN", new_y="NEXT")
    assert assert_sound(child, "pdf", bytes(pdf.output()), store=True) == "document"
    document = read_document(Path("formule.pdf"), data=bytes(pdf.output()))
    assert "Formule 𝑥 = 𝟏𝟐, regel 0." in document.text


def test_pdfium_characters_never_become_lone_surrogates() -> None:
    from desktop.ingest.pdf_layout import _characters

    pair = [0xD835, 0xDC65]  # "𝑥" as PDFium reports it: one index per UTF-16 half
    assert _characters([0x41, *pair, 0x42]) == "A𝑥\u200bB"  # indexes still line up; clean() drops U+200B
    assert _characters([0xDC65, 0x41, 0xD835, 0]) == "\ufffdA\ufffd\ufffd"  # halves alone, and no code at all


@pytest.mark.parametrize("encoding", ["utf-32", "utf-16"])
def test_text_with_a_wide_bom_is_read_and_binary_behind_one_refused(encoding: str) -> None:
    # The campaign found UTF-32 read as UTF-16 (a NUL after every letter) and megabytes of
    # binary behind a BOM read line by line before being refused.
    _needs("txt")
    text = "Wonen in de stad 😀.\n\nGemeenten krijgen geïnvesteerd geld."
    assert read_document(Path("a.txt"), data=text.encode(encoding)).text == text
    with pytest.raises(ImportRefused, match="binary data"):
        read_document(Path("b.txt"), data="".join(map(chr, range(1, 32))).encode(encoding) * 1000)
