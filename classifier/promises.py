"""Promises (toezeggingen) in answers: who promises what, by when.

A promise is an answer sentence that commits to future information or action: a deferral
found by the detectors, or a sentence in the future ("zal", "gaat", "wordt ... aangeboden",
"is voorzien", "Bedoeling is om") about a deliverable (a letter, study, results, decision,
update) or about informing the Chamber. Predictions about the world ("de onrechtmatigheid
zal afnemen") are not promises. The deadline is the sentence's time expression, normalised
by :mod:`classifier.timex` relative to the letter's date.

Cue words are data: ``resources/promises.json``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from spacy.tokens import Doc, Span

from classifier.lexicon import load_json
from classifier.timex import TimeExpression, find_time_expressions


@dataclass(frozen=True)
class Promise:
    question_no: str | None
    pair_id: str | None
    who: str
    what: str
    deadline_text: str | None
    start: dt.date | None  # normalised deadline range
    end: dt.date | None
    evidence: str
    evidence_start: int  # offsets in the answer text
    evidence_end: int

    @property
    def kind(self) -> str:
        return "met_termijn" if self.deadline_text else "zonder_termijn"

    def to_dict(self) -> dict[str, Any]:
        return {
            "question_no": self.question_no,
            "id": self.pair_id,
            "who": self.who,
            "what": self.what,
            "deadline": self.deadline_text,
            "deadline_start": self.start.isoformat() if self.start else None,
            "deadline_end": self.end.isoformat() if self.end else None,
            "kind": self.kind,
            "evidence": self.evidence,
            "start": self.evidence_start,
            "end": self.evidence_end,
        }


@cache
def _cues() -> dict[str, Any]:
    data = load_json("promises")
    return {
        "future": re.compile(data["future_pattern"], re.I),
        "deliverables": frozenset(w.lower() for w in data["deliverables"]),
        "deliverable_re": re.compile(
            r"\b(?:" + "|".join(sorted((re.escape(w) for w in data["deliverables"]), key=len, reverse=True)) + r")\w*", re.I
        ),
        "inform": re.compile(data["inform_pattern"], re.I),
        "not_promise": re.compile(data["not_promise_pattern"], re.I),
        "government": frozenset(w.lower() for w in data["government_subjects"]),
        "prediction": frozenset(w.lower() for w in data["prediction_verbs"]),
    }


def _commitment(sent: Span) -> bool:
    """A future verb group whose agent is the government, or a future passive of an action.

    "Ik zal de nodige contacten leggen", "We zullen investeren", "De app zal rond de zomer
    gelanceerd worden"; not "de kosten zullen stijgen" (a prediction: no agent, a change verb).
    """
    cues = _cues()
    for tok in sent:
        if tok.lemma_.lower() not in ("zullen", "gaan", "willen") or "Fin" not in tok.morph.get("VerbForm"):
            continue
        head = tok.head if tok.dep_.startswith("aux") else tok
        main = head
        # the content verb: the head of the auxiliary, or an infinitive depending on "gaan/willen"
        for child in tok.children:
            if child.dep_ in ("xcomp", "ccomp") and child.pos_ in ("VERB", "AUX"):
                main = child
        passive = any(c.dep_ == "aux:pass" or c.lemma_.lower() == "worden" for c in main.children) or any(
            t.lemma_.lower() == "worden" and t.head == main for t in sent
        )
        subjects = [c for c in list(main.children) + list(head.children) + list(tok.children) if c.dep_.startswith("nsubj")]
        subject_text = " ".join(t.text for t in subjects[0].subtree).lower() if subjects else ""
        if main.lemma_.lower() in cues["prediction"] and not passive:
            continue
        if passive:
            # A future passive is a promise when it concerns a deliverable or informing the
            # Chamber ("De app zal rond de zomer gelanceerd worden"), not any future event.
            return bool(cues["deliverable_re"].search(sent.text) or cues["inform"].search(sent.text))
        if subjects and (subject_text in cues["government"] or subjects[0].lower_ in cues["government"]):
            return True
    return False


def _who(sent: Span, answerer: str | None) -> str:
    """The answering minister, unless another body is the subject of the promise."""
    cues = _cues()
    low = sent.text.lower()
    for tok in sent:
        if tok.dep_.startswith("nsubj"):
            phrase = " ".join(t.text for t in tok.subtree if not t.is_punct)
            if len(phrase) > 70:
                phrase = tok.text
            if tok.lower_ in cues["government"] or phrase.lower() in cues["government"] or "kamer" in phrase.lower():
                break
            # Another body: a proper name ("DICTU", "De ADR", "EZK en BZK"), not a deliverable.
            if (tok.pos_ == "PROPN" or re.search(r"\b[A-Z]{2,}\b", phrase)) and not cues["deliverable_re"].search(tok.text):
                return phrase
            break
    if re.search(r"\b(?:ik|wij|we|het kabinet|mijn ministerie)\b", low) or answerer:
        return answerer or "de bewindspersoon"
    return "de bewindspersoon"


def _what(sent: Span) -> str:
    """The deliverable: the phrase around the first deliverable noun, else the main verb phrase."""
    cues = _cues()
    m = cues["deliverable_re"].search(sent.text)
    if m:
        # Take the noun phrase containing the match: its token and left/right modifiers.
        offset = sent.start_char + m.start()
        tok = next((t for t in sent if t.idx <= offset < t.idx + len(t.text)), None)
        if tok is not None:
            words = [t for t in tok.subtree if not t.is_punct]
            if 0 < len(words) <= 12:
                return " ".join(t.text for t in words)
            return tok.text
        return m.group(0)
    if cues["inform"].search(sent.text):
        return "informatie aan de Kamer"
    return " ".join(sent.text.split()[:12])


def extract(
    answer_doc: Doc,
    *,
    question_no: str | None = None,
    pair_id: str | None = None,
    letter_date: dt.date | None = None,
    answerer: str | None = None,
    deferral_spans: list[tuple[int, int]] | None = None,
) -> list[Promise]:
    """Promises in one answer (``answer_doc`` is the analysed answer text)."""
    cues = _cues()
    out: list[Promise] = []
    deferral_spans = deferral_spans or []
    for sent in answer_doc.sents if len(answer_doc) else []:
        text = sent.text
        if cues["not_promise"].search(text):
            continue
        future = bool(cues["future"].search(text))
        flagged = any(s < sent.end_char and e > sent.start_char for s, e in deferral_spans)
        deliverable = bool(cues["deliverable_re"].search(text)) or bool(cues["inform"].search(text))
        committed = future and _commitment(sent)
        if not (committed or deliverable):
            continue  # cheap test first: the time expressions below are the costly part
        times = [t for t in find_time_expressions(text, letter_date) if not _is_past_reference(text, t)]
        # A deadline that lies after the letter's date also makes the sentence forward-looking
        # ("De uitkomsten zijn over enige maanden beschikbaar").
        ahead = letter_date is not None and any(
            t.range_end is not None
            and t.range_end > letter_date
            and (t.range_start is None or t.range_start >= letter_date.replace(month=1, day=1))
            for t in times
        )
        if not (committed or ((future or flagged or ahead) and deliverable)):
            continue
        dated = [t for t in times if t.has_range]
        best: TimeExpression | None = dated[0] if dated else (times[0] if times else None)
        out.append(
            Promise(
                question_no=question_no,
                pair_id=pair_id,
                who=_who(sent, answerer),
                what=_what(sent),
                # Without a letter date a relative deadline ("volgende week") cannot be dated but is
                # still the deadline as written.
                deadline_text=best.text if best and (best.has_range or letter_date is None) else None,
                start=best.range_start if best else None,
                end=best.range_end if best else None,
                evidence=" ".join(text.split()),
                evidence_start=sent.start_char,
                evidence_end=sent.end_char,
            )
        )
    return out


_PAST = re.compile(r"\b(?:was|waren|is|zijn|werd|werden|heb|hebben|heeft)\b[^.]{0,40}$", re.I)


def _is_past_reference(text: str, t: TimeExpression) -> bool:
    """ "De laatste voortgangsbrief was op 25 juni 2025": a date in the past tense is no deadline."""
    before = text[: t.start]
    return bool(re.search(r"\b(?:jl|j\.l)\b\.?", text[t.end : t.end + 5])) or bool(
        re.search(r"\b(?:was|waren|werd|werden)\b", before[-60:])
    )


def letter_date(meta: dict[str, Any]) -> dt.date | None:
    try:
        return dt.date.fromisoformat(meta["date"]) if meta.get("date") else None
    except ValueError:
        return None
