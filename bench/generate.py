"""A realistic synthetic corpus: Dutch agreement-like documents and tagged projects.

The vocabulary and structure follow real coalition agreements (numbered
chapters and sections, paragraphs, bullet lists, footnotes, amounts), written
here from scratch so benchmarks run without ../shared.
"""

from __future__ import annotations

import hashlib
import random
from pathlib import Path

from desktop.domain.document import Block, DocumentKind, PassageKind, assemble

CHAPTERS = [
    "Bestuur en financiën", "Wonen en leefomgeving", "Bestaanszekerheid en werk", "Zorg en jeugd",
    "Veiligheid en justitie", "Klimaat en energie", "Onderwijs en cultuur", "Regio en economie",
    "Migratie en integratie", "Bereikbaarheid en mobiliteit",
]
SUBJECTS = [
    "het kabinet", "gemeenten", "de provincies", "het Rijk", "woningcorporaties", "de G40-steden",
    "maatschappelijke organisaties", "inwoners", "werkgevers", "de regio's", "het onderwijs", "zorgaanbieders",
]
VERBS = [
    "investeert in", "zet in op", "versterkt", "maakt afspraken over", "onderzoekt", "vereenvoudigt",
    "verlaagt de lasten voor", "trekt extra middelen uit voor", "geeft ruimte aan", "werkt samen aan",
]
OBJECTS = [
    "de bouw van betaalbare woningen", "schuldhulpverlening", "de financiële positie van gemeenten",
    "de aanpak van ondermijning", "de energietransitie in wijken", "jeugdzorg en passend onderwijs",
    "bestaanszekerheid voor werkende armen", "de coördinatie van de zorg", "leefbaarheid in kwetsbare wijken",
    "regionale bereikbaarheid", "de inburgering van statushouders", "een sterkere arbeidsmarktregio",
    "geïnvesteerde middelen uit het Gemeentefonds", "de uitvoering van het sociaal domein",
]
TAILS = [
    "met structureel € {n} miljoen per jaar", "vanaf {y}", "in nauwe samenwerking met de VNG",
    "zodat de uitvoering haalbaar blijft", "waarbij de kosten niet worden afgewenteld op gemeenten",
    "binnen de bestaande financiële kaders", "met een evaluatie in {y}", "in de Oost-Nederlandse regio's",
]


def sentence(rng: random.Random) -> str:
    tail = rng.choice(TAILS).format(n=rng.randrange(50, 2000, 50), y=rng.randrange(2026, 2031))
    text = f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} {tail}."
    return text[0].upper() + text[1:]


def paragraph(rng: random.Random, sentences: int) -> str:
    return " ".join(sentence(rng) for _ in range(sentences))


def agreement_blocks(pages: int, seed: int = 0) -> list[Block]:
    """About 3,000 characters a page: chapters, numbered sections, paragraphs, lists, footnotes."""
    rng = random.Random(seed)
    blocks: list[Block] = [Block(PassageKind.HEADING, "Coalitieakkoord: samen verder bouwen", 1, 1)]
    chapter = 0
    for page in range(1, pages + 1):
        size = 0
        if page % max(1, pages // len(CHAPTERS)) == 1 or pages < len(CHAPTERS):
            chapter += 1
            title = CHAPTERS[(chapter - 1) % len(CHAPTERS)]
            blocks.append(Block(PassageKind.HEADING, f"{chapter}. {title}", 1, page))
        section = 0
        while size < 3000:
            if rng.random() < 0.3:
                section += 1
                blocks.append(Block(PassageKind.HEADING, f"{chapter}.{section} {rng.choice(OBJECTS).capitalize()}", 2,
                                    page))
            text = paragraph(rng, rng.randint(3, 7))
            blocks.append(Block(PassageKind.PARAGRAPH, text, 0, page))
            size += len(text)
            if rng.random() < 0.25:
                for _ in range(rng.randint(2, 5)):
                    item = sentence(rng)
                    blocks.append(Block(PassageKind.LIST_ITEM, item, 1, page))
                    size += len(item)
        if rng.random() < 0.3:
            blocks.append(Block(PassageKind.FOOTNOTE, f"{page} Zie de Miljoenennota {rng.randrange(2020, 2026)}.",
                                0, page))
    return blocks


def store_generated_document(project, pages: int, seed: int, title: str,
                             kind: DocumentKind = DocumentKind.AGREEMENT) -> str:
    from desktop.operations.documents import store_document

    imported = assemble(title, agreement_blocks(pages, seed), pages=pages)
    data = imported.text.encode()
    return store_document(project, imported, data, hashlib.sha256(data).hexdigest(), f"{title}.txt", kind)


def build_project(path: Path, documents: int = 25, pages: int = 60, findings: int = 10_000,
                  authors: int = 3, seed: int = 0) -> Path:
    """A project like an institute's study: many agreements, a framework, many findings."""
    from desktop.domain.framework import Framework, Speerpunt, Theme
    from desktop.operations.frameworks import add_framework
    from desktop.store.frameworks import list_speerpunten
    from desktop.store.ids import new_id, now
    from desktop.store.project import create_project

    rng = random.Random(seed)
    project = create_project(path)
    document_ids = [
        store_generated_document(project, pages, seed + index, f"Coalitieakkoord gemeente {index + 1}")
        for index in range(documents)
    ]
    add_framework(project, Framework(name="Benchkader", themes=[
        Theme(title=title, code=str(t + 1), speerpunten=[
            Speerpunt(code=f"{t + 1}.{s + 1}", title=rng.choice(OBJECTS).capitalize()) for s in range(5)
        ]) for t, title in enumerate(CHAPTERS[:6])
    ]))
    speerpunt_ids = [sp.id for sp in list_speerpunten(project)]
    names = [f"Analist {chr(65 + a)}" for a in range(authors)]
    texts = {d: project.db.execute("SELECT text, sha256 FROM documents WHERE id = ?", [d]).fetchone()
             for d in document_ids}
    rows = []
    for _ in range(findings):
        document_id = rng.choice(document_ids)
        text, sha = texts[document_id]
        assessment = rng.choice(["positive", "concern", "missing"])
        start = end = None
        quote = ""
        if assessment != "missing" or rng.random() < 0.3:
            start = rng.randrange(0, len(text) - 300)
            end = start + rng.randrange(40, 300)
            quote = text[start:end]
        stamp = now()
        rows.append((new_id(), document_id, sha, rng.choice(speerpunt_ids), assessment, start, end, quote,
                     "Notitie bij deze passage.", rng.choice(names), stamp, stamp))
    with project.db.atomic():
        project.db.conn.executemany(
            'INSERT INTO findings (id, document_id, document_sha256, speerpunt_id, assessment, start, "end", '
            "quote, note, author, created, modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        for name in names:
            project.db.execute("INSERT OR IGNORE INTO authors (id, name, created) VALUES (?, ?, ?)",
                               [new_id(), name, now()])
    project.close()
    return path
