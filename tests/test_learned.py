"""The learned step (:mod:`kb.extract.learned`): reported speech the rules miss, added by the CRF
shipped in ``kb/resources``; what it must not add; the model's training script and its record of the
lexicon it was trained with.  Small invented texts."""
from __future__ import annotations

import json
from importlib import resources

import pytest

import kb.extract.claims as claims_module
from kb.extract import extract, learned
from kb.extract import train_attribution as ta

claims_module._STRICT = True

HEAD = "Harbour news\n\n"
DEMAND = "The family and local leaders have been demanding that the council release the full audit of the port."


def rows(body: str):
    text = HEAD + body
    x = extract(text)
    out = []
    for c in x.claims:
        assert c.content.text == text[c.content.start:c.content.end]
        assert c.cue is None or c.cue.text == text[c.cue.start:c.cue.end]
        out.append((c.kind, c.speaker_mention.text if c.speaker_mention else None,
                    x.entity(c.speaker).name if c.speaker else None, c.cue.text if c.cue else None, c.text))
    return out


def test_adds_reported_speech_the_rules_miss():
    assert rows(DEMAND) == [("indirect", "The family and local leaders", "family and local leaders",
                             "have been demanding", "that the council release the full audit of the port")]


def test_without_the_model_the_rules_alone_find_nothing_there(monkeypatch):
    # the claim above comes from the model, not from a rule
    monkeypatch.setattr(claims_module, "find_learned", lambda *a: [])
    assert rows(DEMAND) == []


def test_leaves_what_the_rules_found_alone():
    # one claim per stretch of text: the rules' claim, not a second one from the model
    assert rows("Mayor Ellen Park said on Monday that the harbour fees would fall for small fishing boats.") == [
        ("indirect", "Mayor Ellen Park", "Ellen Park", "said", "the harbour fees would fall for small fishing boats")]


def test_no_claim_from_an_object_that_names_other_peoples_claims():
    # "dismissed claims that ...": the claims are someone else's; the rules' claim stays
    assert rows("Transport Minister Ana Lind dismissed claims that the new ferry was unsafe, "
                "insisting that every boat had been inspected.") == [
        ("indirect", "Transport Minister Ana Lind", "Ana Lind", "insisting", "every boat had been inspected")]


def test_no_claim_from_an_object_that_starts_with_a_possessive(monkeypatch):
    text = "The governor then peppered him with attacks on his record and his tax plan."
    assert rows(text) == []
    monkeypatch.setattr(learned, "_OBJECT_STARTS", frozenset())
    assert [r[3:] for r in rows(text)] == [("attacks on", "his record and his tax plan")]  # what the model says


def test_a_claim_noun_takes_a_possessive_source():
    assert rows("The mayor repeated her claim that the ferry was safe.") == [
        ("indirect", "her", "she", "claim that", "the ferry was safe")]


def test_the_subject_of_a_passive_cue_is_no_source():
    assert rows("The new ferry is not thought to be capable of crossing the bay in winter.") == []
    assert rows("The harbour masters have sometimes been accused of ignoring the fishermen they were "
                "meant to protect.") == []


def test_a_participle_is_no_source():
    assert rows("Having said that, Portmore are yet to lose a match this season.") == []


def test_a_broken_phrase_or_a_relative_clause_is_no_source():
    assert rows("She hired Ann Lowe, a corporate attorney who led the mayor's transition team and considers "
                "Reyes her political mentor.") == []
    assert rows("Many of the fishermen are veterans who spent many painful years learning how to live with "
                "the loss.") == []


def test_a_missing_model_is_an_error_not_silently_fewer_claims(monkeypatch):
    from kb.errors import KbError

    monkeypatch.setattr(learned, "MODEL_NAME", "no-such-model.crfsuite")
    learned.tagger.cache_clear()
    try:
        with pytest.raises(KbError, match="attribution model .* is missing"):
            extract(HEAD + DEMAND)
    finally:
        learned.tagger.cache_clear()


def test_no_sentence_without_a_reporting_word_is_tagged():
    s = "The boats left the harbour at dawn, as planned."
    assert learned.sentence_items(learned.tokens(s, 0, len(s)), ([], [], [])) is None
    s = "The captain said the boats left at dawn."
    assert len(learned.sentence_items(learned.tokens(s, 0, len(s)), ([], [], []))) == 9


def test_model_was_trained_with_the_current_lexicon():
    info = json.loads((resources.files("kb.resources") / "attribution.json").read_text(encoding="utf-8"))
    assert info["reporting_verbs_sha256"] == ta.lexicon_digest(), (
        "reporting_verbs.tsv changed since the attribution model was trained: retrain it with "
        "`python -m kb.extract.train_attribution ../shared/eval/polnear-train`")
    assert info["articles"] > 0 and info["aligned"] > 0


def _gold_dir(tmp_path, name="train"):
    d = tmp_path / name
    d.mkdir()
    texts = [
        ("a", "Ferries\n\nThe mayor said the ferries would run all winter. Fishermen have been demanding "
              "that the port stay open at night.", [
            {"quote": "the ferries would run all winter", "cue": "said", "source_mention": "The mayor",
             "kind": "indirect"},
            {"quote": "that the port stay open at night", "cue": "have been demanding",
             "source_mention": "Fishermen", "kind": "indirect"}]),
        ("b", "Bridges\n\nThe engineer told reporters the bridge was safe. \u201cIt will stand,\u201d she said.", [
            {"quote": "the bridge was safe", "cue": "told", "source_mention": "The engineer", "kind": "indirect"},
            {"quote": "It will stand,", "cue": "said", "source_mention": "she", "kind": "direct"},
            {"quote": "words that are not in the text", "cue": "said", "source_mention": "she",
             "kind": "indirect"}]),
    ]
    for stem, text, claims in texts:
        (d / f"{stem}.txt").write_text(text, encoding="utf-8")
        (d / f"{stem}.gold.json").write_text(json.dumps({"article": f"{stem}.txt", "claims": claims}),
                                            encoding="utf-8")
    return d


def test_training_writes_a_model_the_tagger_reads_and_its_record(tmp_path):
    import pycrfsuite

    out = tmp_path / "m.crfsuite"
    info = ta.train(str(_gold_dir(tmp_path)), str(out))
    assert (info["articles"], info["attributions"], info["aligned"]) == (2, 5, 4)
    assert json.loads((tmp_path / "m.json").read_text())["reporting_verbs_sha256"] == ta.lexicon_digest()
    t = pycrfsuite.Tagger()
    t.open(str(out))
    assert "B-CONTENT" in t.labels() and "B-CUE" in t.labels()


def test_training_labels_the_aligned_gold_spans():
    text = "Ferries\n\nThe mayor said the ferries would run all winter."
    seqs, missed = ta.article_sequences(text, [{"quote": "the ferries would run all winter", "cue": "said",
                                               "source_mention": "The mayor"}])
    assert missed == 0
    [(items, bio)] = [s for s in seqs if "B-CUE" in s[1]]
    assert bio == ["B-SOURCE", "I-SOURCE", "B-CUE", "B-CONTENT"] + ["I-CONTENT"] * 5 + ["O"]


def test_training_refuses_the_evaluation_set(tmp_path):
    with pytest.raises(SystemExit, match="polnear-dev"):
        ta.train(str(_gold_dir(tmp_path, "polnear-dev")), str(tmp_path / "m.crfsuite"))
