"""The command line as a user runs it: real subprocesses, exit codes, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "seed-article.txt"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "claimgraph", *args],
        input=stdin,
        capture_output=True,
        timeout=300,
        check=False,
    )


def test_analyze_a_file_prints_the_contract() -> None:
    result = run("analyze", str(SEED))
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["schema"] == "claimgraph/1"
    assert set(out) == {"schema", "article", "entities", "attributions", "claims", "places", "events"}


def test_analyze_stdin_and_output_file(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    result = run("analyze", "-", "-o", str(target), "--id", "x1", stdin=SEED.read_bytes())
    assert result.returncode == 0, result.stderr
    assert json.loads(target.read_text())["article"]["id"] == "x1"


def _assert_one_line_error(result: subprocess.CompletedProcess[bytes], code: int, words: str) -> None:
    assert result.returncode == code
    err = result.stderr.decode()
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err
    assert words in err.lower(), err


def test_empty_file_is_bad_input(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    _assert_one_line_error(run("analyze", str(empty)), 2, "empty")


def test_binary_file_is_bad_input(tmp_path: Path) -> None:
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n" + bytes(range(256)) * 4)
    _assert_one_line_error(run("analyze", str(binary)), 2, "pdf")


def test_too_large_input(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("The council met on Monday. " * 100)
    _assert_one_line_error(run("analyze", str(big), "--max-bytes", "1000"), 2, "limit")


def test_missing_file_is_usage_error() -> None:
    _assert_one_line_error(run("analyze", "/nonexistent/article.txt"), 2, "no such file")


def test_non_english_is_rejected_with_the_language(tmp_path: Path) -> None:
    russian = tmp_path / "ru.txt"
    russian.write_text(
        "Добровольческие формирования заявили, что в ближайшие дни они перейдут в другие города России. "
        "По их словам, российская армия потеряла более тысячи солдат и большое количество техники, "
        "а жители Курской и Белгородской областей проигнорировали выборы, которые прошли в марте.",
        encoding="utf-8",
    )
    _assert_one_line_error(run("analyze", str(russian)), 2, "'ru'")


def test_jsonl_batch_keeps_order_and_reports_bad_lines(tmp_path: Path) -> None:
    batch = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "first", "text": SEED.read_text(encoding="utf-8")}),
        "{not json",
        json.dumps({"id": "empty", "text": "   "}),
        json.dumps(
            {
                "id": "html",
                "html": "<html><body><article><p>The mayor said on Friday that the bridge "
                "would reopen in May after repairs to its southern span.</p></article></body></html>",
                "outlet": "Example News",
            }
        ),
        json.dumps({"id": "notext"}),
    ]
    batch.write_text("\n".join(lines) + "\n", encoding="utf-8")
    rejects = tmp_path / "rejects.jsonl"
    result = run(
        "analyze", "--input-format", "jsonl", str(batch), "--format", "jsonl", "--rejects", str(rejects)
    )
    assert result.returncode == 1, result.stderr
    out = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert len(out) == 5
    assert out[0]["article"]["id"] == "first"
    assert "error" in out[1] and out[1]["id"] is None
    assert out[2]["id"] == "empty" and "empty" in out[2]["error"].lower()
    assert out[3]["article"]["id"] == "html"
    assert out[3]["attributions"][0]["cue"]["text"] == "said"
    assert out[4]["id"] == "notext" and "error" in out[4]
    logged = [json.loads(line) for line in rejects.read_text().splitlines()]
    assert [r["id"] for r in logged] == [None, "empty", "notext"]


def test_help_lists_analyze() -> None:
    result = run("--help")
    assert result.returncode == 0
    assert b"analyze" in result.stdout


def test_missing_model_is_a_clear_failure(tmp_path: Path) -> None:
    import os

    env = {**os.environ, "CLAIMGRAPH_SPACY_MODEL": "en_no_such_pipeline"}
    result = subprocess.run(
        [sys.executable, "-m", "claimgraph", "analyze", str(SEED)],
        capture_output=True,
        timeout=300,
        check=False,
        env=env,
    )
    _assert_one_line_error(result, 1, "en_no_such_pipeline")
    assert b"pip install" in result.stderr


def test_batch_survives_binary_and_oversized_lines(tmp_path: Path) -> None:
    batch = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "big", "text": "The council met on Monday. " * 400}),
        json.dumps({"id": "ok", "text": "The governor said on Monday that the bridge would reopen in May."}),
        json.dumps({"id": "nul", "text": "\x00\x01\x02\x03" * 50}),
    ]
    batch.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run("analyze", str(batch), "--max-bytes", "2000")
    assert result.returncode == 1
    out = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [o.get("id") or o["article"]["id"] for o in out] == ["big", "ok", "nul"]
    assert "limit" in out[0]["error"]
    assert out[1]["attributions"][0]["speaker"]["text"] == "The governor"
    assert "binary" in out[2]["error"].lower() or "control" in out[2]["error"].lower()
