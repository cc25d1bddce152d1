"""Dutch name order: the order a Dutch reader expects in a list of municipalities."""

from __future__ import annotations

import random

from desktop.domain.dutch_order import dutch_name_key


def test_numbers_sort_by_value_not_by_their_first_digit():
    names = ["Gemeente 100", "Gemeente 2", "Gemeente 10", "Gemeente 1", "gemeente 20", "Gemeente 3a"]
    assert sorted(names, key=dutch_name_key) == [
        "Gemeente 1", "Gemeente 2", "Gemeente 3a", "Gemeente 10", "gemeente 20", "Gemeente 100"]


def test_case_and_diacritics_do_not_move_a_name():
    # As in a Dutch index: "Échteld" among the E's, "oost" with "Oost", the ï read as i.
    names = ["Zwolle", "Oosterhout", "Échteld", "Egmond", "oost gelre", "Eindhoven", "Aïda", "Almere"]
    assert sorted(names, key=dutch_name_key) == [
        "Aïda", "Almere", "Échteld", "Egmond", "Eindhoven", "oost gelre", "Oosterhout", "Zwolle"]


def test_an_elided_article_files_under_the_next_word():
    names = ["'s-Hertogenbosch", "Tilburg", "’s-Gravenhage", "Heerlen", "Groningen", "'t Zandt", "Gouda"]
    assert sorted(names, key=dutch_name_key) == [
        "Gouda", "’s-Gravenhage", "Groningen", "Heerlen", "'s-Hertogenbosch", "Tilburg", "'t Zandt"]


def test_the_order_does_not_depend_on_the_order_given():
    names = [f"Gemeente {n}" for n in range(1, 121)] + ["Ede", "Édé 2", "Emmen"]
    shuffled = names[:]
    random.Random(20).shuffle(shuffled)
    assert sorted(shuffled, key=dutch_name_key) == ["Ede", "Édé 2", "Emmen"] + [f"Gemeente {n}" for n in range(1, 121)]


def test_categories_read_by_size_then_by_name():
    from desktop.domain.dutch_order import category_key

    names = ["platteland", "klein", "G40", "Middelgroot", "G4", "Caribisch Nederland", "Groep 10", "Groep 9"]
    assert sorted(names, key=category_key) == [
        "G4", "G40", "Middelgroot", "klein", "Caribisch Nederland", "Groep 9", "Groep 10", "platteland"]
