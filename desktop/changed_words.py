"""Where two versions of a text differ, word by word (difflib), for showing conflicting versions side by side.

Two reaction texts that differ in their last sentence looked identical when both were cut
at 160 characters. ``changed_words`` shows the words of one version that the other lacks,
in brackets, with a few words around them; what lies between changes is "…", and "[–]"
marks where the other version has words this one has not.
"""

from __future__ import annotations

from difflib import SequenceMatcher

CONTEXT = 6  # words shown either side of a change
REMOVED = "[–]"


def changed_words(text: str, against: str, context: int = CONTEXT) -> str:
    """``text`` shortened to its words that differ from ``against``, in brackets, with ``context`` words around."""
    words, others = text.split(), against.split()
    # autojunk off: common words ("de", "het") are no noise to skip in a text of a few hundred words.
    matcher = SequenceMatcher(None, others, words, autojunk=False)
    changed: set[int] = set()
    removed_before: set[int] = set()  # word indexes before which the other version has words
    for tag, _i1, _i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        changed.update(range(j1, j2))
        if j1 == j2:
            removed_before.add(j1)
    if not changed and not removed_before:
        return " ".join(words)
    marks = changed | removed_before
    shown = {i for mark in marks for i in range(mark - context, mark + context + 1) if 0 <= i < len(words)}
    pieces: list[str] = []
    last = -1  # the last word index written
    for index in range(len(words) + 1):
        if index in removed_before:
            if last < index - 1:
                pieces.append("…")
            pieces.append(REMOVED)
            last = index - 1
        if index == len(words) or index not in shown:
            continue
        if last < index - 1:
            pieces.append("…")
        word = words[index]
        if index in changed:
            word = ("[" if index - 1 not in changed else "") + word + ("]" if index + 1 not in changed else "")
        pieces.append(word)
        last = index
    if last < len(words) - 1:
        pieces.append("…")
    return " ".join(pieces)
