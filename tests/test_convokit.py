"""The ConvoKit folder loads with ConvoKit itself.

ConvoKit is not in the test extra: it pulls in torch, spaCy and the CUDA libraries
(gigabytes). Install it by hand (``pip install convokit``) to run these tests; without
it they are skipped, saying so. The folder's shape is also covered by the golden files.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from transcript_cli.cli import main
from transcript_cli.files import parse_bytes
from transcript_cli.options import RenderOptions
from transcript_cli.writers import OutputFormat, get
from transcript_cli.writers.convokit_corpus import FILES

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "samples" / "000_kmuw_isis_k.txt"


def test_the_folder_has_convokits_files_and_one_utterance_per_speech_turn(tmp_path: Path) -> None:
    out = tmp_path / "corpus"
    result = CliRunner().invoke(main, ["parse", str(SEED), "-f", "convokit", "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert sorted(p.name for p in out.iterdir()) == sorted(FILES)
    lines = (out / "utterances.jsonl").read_text(encoding="utf-8").splitlines()
    t = parse_bytes(SEED.read_bytes(), path=str(SEED))
    speech = [turn for turn in t.turns if turn.kind.value == "speech"]
    assert len(lines) == len(speech)
    first, second = (json.loads(line) for line in lines[:2])
    assert first["reply-to"] is None and second["reply-to"] == first["id"]
    assert {json.loads(line)["conversation_id"] for line in lines} == {first["id"]}
    index = json.loads((out / "index.json").read_text(encoding="utf-8"))
    assert index["utterances-index"]["lines"] == ["<class 'list'>"]


def test_convokit_needs_a_folder() -> None:
    result = CliRunner().invoke(main, ["parse", str(SEED), "-f", "convokit"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == "transcript: convokit writes a folder: give one with -o DIR\n"


def test_convokit_loads_the_folder(tmp_path: Path) -> None:
    convokit = pytest.importorskip(
        "convokit", reason="convokit is not installed (heavy: torch, spaCy); pip install convokit"
    )
    t = parse_bytes(SEED.read_bytes(), path="samples/000_kmuw_isis_k.txt")
    files = get(OutputFormat.CONVOKIT).render_files(t, RenderOptions())
    folder = tmp_path / "kmuw"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    corpus = convokit.Corpus(filename=str(folder))
    assert len(list(corpus.iter_utterances())) == 16
    assert {s.id for s in corpus.iter_speakers()} == {"shagofa-danish", "khalid", "madiha-afzal"}
    afzal = corpus.get_speaker("madiha-afzal")
    assert afzal.meta["name"] == "Madiha Afzal" and afzal.meta["role"] == "guest"
    (conversation,) = corpus.iter_conversations()
    assert conversation.meta["title"] == "What We Know About ISIS-K"
    utterances = list(conversation.iter_utterances())
    assert utterances[3].text == "Thanks for having me."
    assert utterances[3].reply_to == utterances[2].id
    assert utterances[1].meta["notes"] == ["Through interpreter"]
    assert corpus.meta["source"] == "samples/000_kmuw_isis_k.txt"
