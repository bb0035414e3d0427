"""Speaker resolution: aliases, shared surnames, display names, roles."""

from __future__ import annotations

import pytest

from transcript_cli import Role, parse
from transcript_cli.speakers import display_name, parse_label, resolve


def groups(labels: list[str]) -> list[list[str]]:
    return [person.labels for person in resolve(labels).people]


def test_surname_joins_the_one_full_name() -> None:
    assert groups(["MADIHA AFZAL", "KHALID", "AFZAL"]) == [["MADIHA AFZAL", "AFZAL"], ["KHALID"]]


def test_role_suffix_and_case_and_honorific_variants_are_one_person() -> None:
    labels = [
        "Mr. TOMAS McGRATH (Chief Hydrologist, River Authority)",
        "Mr. McGRATH", "MR. McGRATH", "Mr. MCGRATH", "JOHN YDSTIE, host", "YDSTIE",
    ]
    assert groups(labels) == [labels[:4], labels[4:]]


def test_two_people_sharing_a_surname_are_never_merged() -> None:
    labels = ["ROBERT SMITH, HOST", "STACEY VANEK SMITH, HOST", "SMITH", "VANEK SMITH"]
    assert groups(labels) == [["ROBERT SMITH, HOST", "SMITH"],
                              ["STACEY VANEK SMITH, HOST", "VANEK SMITH"]]


def test_an_ambiguous_surname_stays_its_own_speaker_with_a_warning() -> None:
    res = resolve(["JOHN CHANG", "AILSA CHANG, HOST", "CHANG"])
    assert [p.labels for p in res.people] == [["JOHN CHANG"], ["AILSA CHANG, HOST"], ["CHANG"]]
    assert res.warnings and "CHANG" in res.warnings[0]


def test_numbered_unidentified_speakers_stay_apart() -> None:
    labels = ["UNIDENTIFIED ATTENDEE #1", "UNIDENTIFIED ATTENDEE #2", "Unidentified Man #1"]
    assert groups(labels) == [[x] for x in labels]


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("MADIHA AFZAL", "Madiha Afzal"),
        ("McGREE", "McGree"),
        ("O'BRIEN", "O'Brien"),
        ("HOROWITZ-GHAZI", "Horowitz-Ghazi"),
        ("P.W. SINGER", "P.W. Singer"),
        ("MARTIN LUTHER KING JR.", "Martin Luther King Jr."),
        ("HENRY FORD III", "Henry Ford III"),
        ("LUIZ INACIO LULA da SILVA", "Luiz Inacio Lula da Silva"),
        ("UNIDENTIFIED PERSON #1", "Unidentified Person #1"),
        ("Joe Holsinger", "Joe Holsinger"),
        ("JUAN GONZÁLEZ", "Juan González"),
    ],
)
def test_display_names_are_in_natural_case(raw: str, shown: str) -> None:
    assert display_name(raw) == shown


def test_label_parts() -> None:
    p = parse_label("Ms. IDA BRANDT (Co-director, Center for River Studies)")
    assert (p.title, p.name) == ("Ms.", "IDA BRANDT")
    assert p.description == "Co-director, Center for River Studies"
    q = parse_label("CARRIE KAHN reporting")
    assert (q.name, q.description) == ("CARRIE KAHN", "reporting")


def test_roles_from_labels_and_from_introductions() -> None:
    t = parse(
        "ARI SHAPIRO, HOST: Good evening. We are joined now by Nora Reyes. Welcome.\n\n"
        "NORA REYES: Thanks.\n\nLENA ORTIZ, BYLINE: On a Friday night.\n\n"
        "UNIDENTIFIED MAN: Hello.\n"
    )
    roles = {s.name: s.role for s in t.speakers}
    assert roles == {
        "Ari Shapiro": Role.HOST, "Nora Reyes": Role.GUEST, "Lena Ortiz": Role.REPORTER,
        "Unidentified Man": Role.UNIDENTIFIED,
    }


def test_an_unlabeled_intro_is_given_only_to_a_self_named_speaker() -> None:
    t = parse("This is the program. I'm Nora Reyes.\n\nNORA REYES: Hello.\n\nBEN COLE: Hi.\n")
    assert t.turns[0].speaker == "nora-reyes"
    assert t.turns[0].inferred is not None
    uncertain = parse("A story about rivers.\n\nNORA REYES: Hello.\n\nBEN COLE: Hi.\n")
    assert uncertain.turns[0].speaker is None


def test_a_first_name_in_natural_case_joins_the_one_full_name_it_begins() -> None:
    res = resolve(["Nadia Perlmutter", "Imogen Tully", "Nadia", "Imogen", "Nadia"])
    assert [p.labels for p in res.people] == [["Nadia Perlmutter", "Nadia"],
                                              ["Imogen Tully", "Imogen"]]


def test_a_first_name_in_capitals_is_not_joined() -> None:
    # In radio transcripts a one-word label in capitals is a surname (or a caller).
    res = resolve(["STEVE INSKEEP, HOST", "STEVE"])
    assert len(res.people) == 2


def test_a_first_name_two_people_share_is_left_alone_with_a_warning() -> None:
    res = resolve(["Ana Ruiz", "Ana Ito", "Ana"])
    assert len(res.people) == 3
    assert any("'Ana' could be" in w for w in res.warnings)


def test_a_surname_is_not_taken_for_a_first_name() -> None:
    # "Lee" is Kim Lee's surname: the surname rule decides, not the first-name one.
    res = resolve(["Lee Park", "Kim Lee", "Lee"])
    assert [p.labels for p in res.people][1] == ["Kim Lee", "Lee"]


def test_the_same_surname_under_mr_and_ms_is_two_people() -> None:
    res = resolve(["MS. PRUITT", "MR. PRUITT", "THE COURT", "MS. PRUITT"])
    assert [p.labels for p in res.people] == [["MS. PRUITT"], ["MR. PRUITT"], ["THE COURT"]]
    res = resolve(["Mr. ARNO KLEIN (Historian)", "Mr. KLEIN"])
    assert [p.labels for p in res.people] == [["Mr. ARNO KLEIN (Historian)", "Mr. KLEIN"]]


def test_an_initial_and_a_surname_join_the_one_full_name_with_that_initial() -> None:
    res = resolve(["GULIZAR BARZANI", "SHIRIN BARZANI", "G BARZANI", "S. BARZANI"])
    assert [p.labels for p in res.people] == [["GULIZAR BARZANI", "G BARZANI"],
                                              ["SHIRIN BARZANI", "S. BARZANI"]]
    res = resolve(["GULIZAR BARZANI", "GARY BARZANI", "G BARZANI"])
    assert len(res.people) == 3 and res.warnings


def test_initials_join_the_one_full_name_they_are_the_initials_of() -> None:
    res = resolve(["Rosalind Maeda", "Hollis Tebbetts", "RM", "HT", "RM"])
    assert [p.labels for p in res.people] == [["Rosalind Maeda", "RM"], ["Hollis Tebbetts", "HT"]]
    res = resolve(["Ana Ruiz", "Alan Reyes", "AR"])
    assert len(res.people) == 3
