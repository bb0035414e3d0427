"""Any encoding, any line ends: the seed page gives the same transcript however it is saved.

Library level (``decode``, ``parse_bytes``, ``parse_file``) and command level (through
``CliRunner``, standard output and standard error apart).
"""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import SEED
from transcript_cli import BadInput, ParseOptions, Transcript, parse, parse_file
from transcript_cli.cli import main
from transcript_cli.errors import ExitCode, UnknownEncoding
from transcript_cli.files import parse_bytes, read_text
from transcript_cli.reading import (
    UTF8_WITH_CP1252,
    Decoded,
    check_encoding,
    decode,
    normalise_newlines,
)

TEXT = SEED.read_text(encoding="utf-8")
# The seed page with typographic apostrophes, so that legacy encodings and mojibake
# have something to get wrong.
CURLY = TEXT.replace("'", "’")

SAVED: dict[str, bytes] = {
    "utf-8": TEXT.encode("utf-8"),
    "utf-8 with BOM": codecs.BOM_UTF8 + TEXT.encode("utf-8"),
    "utf-16 LE with BOM": codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
    "utf-16 BE with BOM": codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
    "utf-16 LE without BOM": TEXT.encode("utf-16-le"),
    "utf-16 BE without BOM": TEXT.encode("utf-16-be"),
    "utf-32 with BOM": TEXT.encode("utf-32"),
    "utf-32 LE without BOM": TEXT.encode("utf-32-le"),
    "cp1252": TEXT.encode("cp1252"),
    "CRLF": TEXT.replace("\n", "\r\n").encode("utf-8"),
    "bare CR": TEXT.replace("\n", "\r").encode("utf-8"),
    "utf-16 with BOM and CRLF": TEXT.replace("\n", "\r\n").encode("utf-16"),
}


def _same_page(a: Transcript, b: Transcript) -> None:
    """Same title, speakers, turns and removed lines, with the same line numbers."""
    assert a.title == b.title and a.title_line == b.title_line
    assert a.speakers == b.speakers
    assert a.turns == b.turns
    assert a.boilerplate == b.boilerplate
    assert a.source.lines == b.source.lines


@pytest.fixture(scope="module")
def reference() -> Transcript:
    return parse(TEXT)


@pytest.mark.parametrize("how", SAVED)
def test_every_encoding_and_line_end_gives_the_same_transcript(
    how: str, reference: Transcript
) -> None:
    _same_page(parse_bytes(SAVED[how]), reference)


@pytest.mark.parametrize("how", SAVED)
def test_every_encoding_through_the_command_and_stdin(
    how: str, reference: Transcript, tmp_path: Path
) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(SAVED[how])
    runner = CliRunner()
    from_file = runner.invoke(main, ["parse", str(page), "-f", "json"])
    from_stdin = runner.invoke(main, ["parse", "-", "-f", "json"], input=SAVED[how])
    for result in (from_file, from_stdin):
        assert result.exit_code == 0, result.stderr
        assert result.stderr == ""
        _same_page(Transcript.model_validate_json(result.stdout), reference)
    assert json.loads(from_stdin.stdout)["source"]["path"] is None


def test_the_encoding_found_is_reported() -> None:
    assert parse_bytes(SAVED["utf-8 with BOM"]).source.encoding == "utf-8-sig"
    assert parse_bytes(SAVED["utf-16 BE without BOM"]).source.encoding == "utf-16-be"
    assert parse_bytes(SAVED["utf-32 LE without BOM"]).source.encoding == "utf-32-le"
    assert parse_bytes(SAVED["utf-8"]).source.encoding == "utf-8"


def test_a_bom_is_never_part_of_the_text() -> None:
    for data in (SAVED["utf-8 with BOM"], SAVED["utf-16 LE with BOM"]):
        assert not decode(data).text.startswith("\ufeff")
    # A forced encoding that keeps the mark (utf-8, utf-16-le) still drops it.
    assert decode(SAVED["utf-8 with BOM"], "utf-8").text == TEXT
    assert decode(SAVED["utf-16 LE with BOM"], "utf-16-le").text == TEXT


def test_cp1252_with_typographic_quotes() -> None:
    assert decode(CURLY.encode("cp1252")).text == CURLY
    assert parse_bytes(CURLY.encode("cp1252")).turns == parse(CURLY).turns


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_a_short_page_in_utf16_or_utf32_without_bom(codec: str) -> None:
    for text in ("Hi\n", "HOST: Hi.\n", "HOST: Hi.\nGUEST: Hello.\n"):
        assert decode(text.encode(codec)) == Decoded(text, codec)


def test_utf16_without_bom_in_a_script_with_no_zero_bytes() -> None:
    """Chinese in UTF-16 has no zero bytes to sniff; the detector still finds it."""
    text = "主持人：欢迎收听节目。今天我们谈谈河流与城市。\n嘉宾：谢谢邀请，很高兴来到这里。\n" * 20
    for codec in ("utf-16-le", "utf-16-be"):
        assert decode(text.encode(codec)).text == text


def test_a_utf8_page_with_a_few_cp1252_bytes_pasted_in() -> None:
    data = TEXT.encode("utf-8") + "Café “quoted” – fin\n".encode("cp1252")
    decoded = decode(data)
    assert decoded.encoding == UTF8_WITH_CP1252
    assert decoded.text == TEXT + "Café “quoted” – fin\n"
    assert "©" in decoded.text  # the UTF-8 part is not garbled


def test_a_page_in_a_legacy_code_page_is_not_taken_for_utf8_with_strays() -> None:
    text = "Ведущий: Добрый вечер. Сегодня мы говорим о реках и городах.\n" * 10
    decoded = decode(text.encode("cp1251"))
    assert decoded.text == text
    assert decoded.encoding != UTF8_WITH_CP1252


def test_forced_encoding() -> None:
    data = CURLY.encode("cp1252")
    t = parse_bytes(data, options=ParseOptions(encoding="cp1252"))
    assert t.source.encoding == "cp1252"
    assert t.turns == parse(CURLY).turns
    # Forced latin-1 decodes anything; cp1252's quote bytes become C1 controls, not quotes.
    assert "’" not in decode(data, "latin-1").text


def test_forced_encoding_that_does_not_fit_is_bad_input() -> None:
    with pytest.raises(BadInput, match=r"^cannot decode as ascii: .* at byte \d+$"):
        decode(CURLY.encode("utf-8"), "ascii")


@pytest.mark.parametrize("name", ["no-such-codec", "base64", "rot13", ""])
def test_an_unknown_or_non_text_encoding_is_a_usage_error(name: str) -> None:
    with pytest.raises(UnknownEncoding) as raised:
        check_encoding(name)
    assert raised.value.exit_code is ExitCode.USAGE
    with pytest.raises(UnknownEncoding):
        parse_bytes(b"HOST: hello\n", options=ParseOptions(encoding=name or "x-none"))


def test_encoding_names_are_canonical() -> None:
    assert check_encoding("UTF8") == "utf-8"
    assert check_encoding("latin-1") == "iso8859-1"
    assert decode(b"caf\xe9", "Latin-1").encoding == "iso8859-1"


def test_newlines_are_normalised_and_line_numbers_kept() -> None:
    assert normalise_newlines("a\r\nb\rc\n\r\nd") == "a\nb\nc\n\nd"
    text = "TITLE LINE\r\n\r\nHOST: one\rGUEST: two\r\nHOST: three\x0c\u2028still three\n"
    t = parse(text)
    assert [turn.lines for turn in t.turns] == [(3, 3), (4, 4), (5, 5)]
    # A form feed or U+2028 is not a line end: the numbering is the one an editor shows
    # for CR, LF and CRLF files.
    assert t.turns[2].text.endswith("still three")


def test_nul_characters_are_dropped_without_moving_lines() -> None:
    data = TEXT.replace("Welcome to the program.", "Welcome\x00 to the program.").encode()
    t = parse_bytes(data)
    assert "\x00" not in t.model_dump_json()
    assert [x.lines for x in t.turns] == [x.lines for x in parse(TEXT).turns]


def test_mojibake_is_repaired_and_kept_raw_on_request() -> None:
    garbled = CURLY.encode("utf-8").decode("cp1252")
    assert "itâ€™s" in garbled.lower() or "â€™" in garbled
    fixed = parse(garbled)
    assert fixed.turns == parse(CURLY).turns
    raw = parse(garbled, options=ParseOptions(fix_text=False))
    assert any("â€™" in turn.text for turn in raw.turns)
    assert raw.source.lines == fixed.source.lines


def test_mojibake_of_the_seed_through_the_command(tmp_path: Path) -> None:
    page = tmp_path / "garbled.txt"
    page.write_text(TEXT.encode("utf-8").decode("cp1252"), encoding="utf-8")
    assert "Â©" in page.read_text(encoding="utf-8")
    runner = CliRunner()
    fixed = runner.invoke(main, ["parse", str(page), "-f", "json"])
    raw = runner.invoke(main, ["parse", str(page), "-f", "json", "--no-fix-text"])
    assert fixed.exit_code == raw.exit_code == 0
    assert "Â©" not in fixed.stdout and "© 2024" in fixed.stdout
    assert "Â©" in raw.stdout
    _same_page(Transcript.model_validate_json(fixed.stdout), parse(TEXT))


def test_forced_encoding_through_the_command(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(CURLY.encode("cp1252"))
    result = CliRunner().invoke(main, ["parse", str(page), "-f", "json", "--encoding", "cp1252"])
    assert result.exit_code == 0, result.stderr
    t = Transcript.model_validate_json(result.stdout)
    assert t.source.encoding == "cp1252"
    assert t.turns == parse(CURLY).turns


def test_read_text_and_parse_file_agree(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(SAVED["utf-16 LE with BOM"])
    text, encoding = read_text(page)
    assert (text, encoding) == (TEXT, "utf-16")
    assert parse_file(page) == parse(text, path=str(page), encoding=encoding)
