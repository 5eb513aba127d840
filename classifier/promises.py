"""Promises (toezeggingen) in answers: who promises what, by when.

A promise is an answer sentence in which the government commits to future information or
action (corpus/CODEBOOK.md, appendix "Toezeggingen"). The sentence is read clause by clause,
from each finite verb in the present tense (the parser's Tense and VerbForm features):

* a commitment verb group: ``zullen`` or ``gaan`` with an infinitive, ``willen`` with a
  government subject, or a present tense with a time ahead of the letter's date ("Ik stuur u
  voor de zomer ...", "In 2013 verschijnt een rapport");
* whose actor is the government: "ik/wij", the cabinet, a minister, a ministry or agency, an
  agentless passive ("De uitkomsten worden in het najaar aangeboden"), or a deliverable that
  arrives ("De conclusies zullen begin 2018 beschikbaar zijn");
* and that is not negated, conditional ("Als ..., zal ik"), an obligation of others ("zal
  ... moeten"), a speech act of the answer itself ("Ik zal nu antwoorden"), a perfect or past
  ("heb ik toegezegd", "zou"), a prediction by another subject ("de kosten zullen stijgen"),
  a possibility of others ("zullen er ... gerealiseerd kunnen worden"), a requirement
  ("vereist dat ... wordt uitgewerkt") or a question passed on to another minister ("het
  antwoord zal door de minister van ... worden gegeven").

Intention and planning phrases ("Ik ben voornemens", "Bedoeling is om", "is voorzien in
september 2026") count as well. The deadline is a time expression ahead of the letter's
date, normalised by :mod:`classifier.timex`; vague phrases ("de komende tijd") are no deadline.

Cue words are data: ``resources/promises.json``.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, cached_property
from typing import Any

from spacy.tokens import Doc, Span, Token

from classifier.doctable import doc_table
from classifier.lexicon import load_json
from classifier.prefilter import Prefiltered
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


@dataclass(frozen=True)
class _Cues:
    """``resources/promises.json``, compiled."""

    zullen: frozenset[str]
    gaan: frozenset[str]
    willen: frozenset[str]
    first_person: frozenset[str]
    cabinet_heads: frozenset[str]
    government_heads: frozenset[str]
    government_bodies: Prefiltered
    other_actors: Prefiltered
    deliverable_re: Prefiltered
    deliverable_ends: tuple[str, ...]
    arrival: frozenset[str]
    availability: frozenset[str]
    events: frozenset[str]
    intention_firm: Prefiltered
    intention_scheduled: Prefiltered
    inform: Prefiltered
    discourse: frozenset[str]
    discourse_here: frozenset[str]
    here: Prefiltered
    conditional: frozenset[str]
    temporal_wanneer: Prefiltered
    negations: frozenset[str]
    obligation: frozenset[str]
    prediction: frozenset[str]
    government_nonaction: frozenset[str]
    state_participles: frozenset[str]
    future_rules: frozenset[str]
    future_without_date: Prefiltered
    current_period: Prefiltered
    not_promise: Prefiltered
    document_date: Prefiltered
    agent_prepositions: frozenset[str]
    reported_speech: frozenset[str]
    law_description: Prefiltered
    progressive: Prefiltered
    work_on: Prefiltered
    indirect_question: frozenset[str]
    question_determiners: frozenset[str]
    aspiration: Prefiltered
    occasion_verbs: frozenset[str]
    discourse_objects: frozenset[str]
    meeting_verbs: frozenset[str]
    addressee_attention: Prefiltered
    gaan_idioms: Prefiltered
    determiners: frozenset[str]
    documents: frozenset[str]
    expectation_frame: Prefiltered
    provide_verbs: frozenset[str]
    other_plurals: frozenset[str]
    possibility: frozenset[str]
    future_work: frozenset[str]
    topic_frame: Prefiltered
    habitual: frozenset[str]
    title_suffixes: tuple[str, ...]
    period_end: Prefiltered
    elliptic_conditions: frozenset[str]
    requirement_frame: Prefiltered
    answer_nouns: frozenset[str]
    referral_agents: frozenset[str]
    glued_determiners: tuple[str, ...]
    comparative_marks: frozenset[str]
    negation_non_scope: frozenset[str]
    agreement_frame: Prefiltered
    hedges: frozenset[str]
    announcement_frame: Prefiltered
    past_intention: Prefiltered
    provision: Prefiltered
    reader_frame: Prefiltered
    companies: Prefiltered
    hedge_non_scope: frozenset[str]
    copulas: frozenset[str]
    question_only: frozenset[str]
    premature_frame: Prefiltered
    once_clause: Prefiltered
    consequence_frame: Prefiltered
    stance_idiom: Prefiltered
    wish_to_know: Prefiltered
    habitual_phrase: Prefiltered
    subject_pronouns: frozenset[str]
    asking_verbs: frozenset[str]
    own_nationality: frozenset[str]
    departments: frozenset[str]


def _fold(text: str) -> str:
    """Without diacritics: the corpus writes "België" and "Belgie", "Financiën" and "Financien"."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _alternation(words: list[str]) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


def _pf(source: str, flags: int = 0) -> Prefiltered:
    """A cue pattern whose search is skipped in a sentence that lacks every word it needs."""
    return Prefiltered(re.compile(source, flags))


@cache
def _cues() -> _Cues:
    data = load_json("promises")
    aux = data["auxiliaries"]
    bodies = data["government_bodies"]
    acronyms = [b for b in bodies if b.isupper()]
    names = [b for b in bodies if not b.isupper()]
    return _Cues(
        zullen=frozenset(aux["zullen"]),
        gaan=frozenset(aux["gaan"]),
        willen=frozenset(aux["willen"]),
        first_person=frozenset(data["first_person"]),
        cabinet_heads=frozenset(data["cabinet_heads"]),
        government_heads=frozenset(w.lower() for w in data["government_heads"]),
        government_bodies=_pf(rf"\b(?:{_alternation(acronyms)})\b|\b(?i:{_alternation([_fold(n) for n in names])})\w*"),
        other_actors=_pf(rf"\b(?:{_alternation(data['other_actor_words'])})\b", re.I),
        # right-headed compounds and plurals: "voortgangsbrief", "rapporten", not "beantwoorden"
        deliverable_re=_pf(rf"\b\w*(?:{_alternation(data['deliverables'])})(?:en|s|n)?\b", re.I),
        deliverable_ends=tuple(sorted((w.lower() for w in data["deliverables"]), key=len, reverse=True)),
        arrival=frozenset(data["arrival_predicates"]),
        availability=frozenset(data["availability_predicates"]),
        events=frozenset(data["event_predicates"]),
        intention_firm=_pf(data["intention_firm_pattern"], re.I),
        intention_scheduled=_pf(data["intention_scheduled_pattern"], re.I),
        inform=_pf(data["inform_pattern"], re.I),
        discourse=frozenset(data["discourse_verbs"]),
        discourse_here=frozenset(data["discourse_here_verbs"]),
        here=_pf(data["here_pattern"], re.I),
        conditional=frozenset(data["conditional_marks"]),
        temporal_wanneer=_pf(data["temporal_wanneer_pattern"], re.I),
        negations=frozenset(data["negations"]),
        obligation=frozenset(data["obligation"]),
        prediction=frozenset(data["prediction_verbs"]),
        government_nonaction=frozenset(data["government_nonaction_verbs"]),
        state_participles=frozenset(data["state_participles"]),
        future_rules=frozenset(data["future_without_date_rules"]),
        future_without_date=_pf(data["future_without_date_pattern"], re.I),
        current_period=_pf(data["current_period_pattern"], re.I),
        not_promise=_pf(data["not_promise_pattern"], re.I),
        document_date=_pf(data["document_date_pattern"], re.I),
        agent_prepositions=frozenset(data["agent_prepositions"]),
        reported_speech=frozenset(data["reported_speech_verbs"]),
        law_description=_pf(data["law_description_pattern"]),
        progressive=_pf(data["progressive_pattern"], re.I),
        work_on=_pf(data["work_on_pattern"], re.I),
        indirect_question=frozenset(data["indirect_question_words"]),
        question_determiners=frozenset(data["question_determiners"]),
        aspiration=_pf(data["aspiration_pattern"], re.I),
        occasion_verbs=frozenset(data["occasion_verbs"]),
        discourse_objects=frozenset(data["discourse_objects"]),
        meeting_verbs=frozenset(data["meeting_verbs"]),
        addressee_attention=_pf(data["addressee_attention_pattern"], re.I),
        gaan_idioms=_pf(data["gaan_idioms_pattern"], re.I),
        determiners=frozenset(data["determiners"]),
        documents=frozenset(data["document_nouns"]),
        expectation_frame=_pf(data["expectation_frame_pattern"], re.I),
        provide_verbs=frozenset(data["provide_verbs"]),
        other_plurals=frozenset(data["other_government_plurals"]),
        possibility=frozenset(data["possibility_verbs"]),
        future_work=frozenset(data["future_work_participles"]),
        topic_frame=_pf(data["topic_frame_pattern"], re.I),
        habitual=frozenset(data["habitual_adverbs"]),
        title_suffixes=tuple(data["government_title_suffixes"]),
        period_end=_pf(data["period_end_pattern"], re.I),
        elliptic_conditions=frozenset(data["elliptic_conditions"]),
        requirement_frame=_pf(data["requirement_frame_pattern"], re.I),
        answer_nouns=frozenset(data["answer_nouns"]),
        referral_agents=frozenset(data["referral_agents"]),
        glued_determiners=tuple(sorted(data["glued_determiners"], key=len, reverse=True)),
        comparative_marks=frozenset(data["comparative_marks"]),
        negation_non_scope=frozenset(data["negation_non_scope"]),
        agreement_frame=_pf(data["agreement_frame_pattern"], re.I),
        hedges=frozenset(data["hedge_adverbs"]),
        announcement_frame=_pf(data["announcement_frame_pattern"], re.I),
        past_intention=_pf(data["past_intention_pattern"], re.I),
        provision=_pf(data["provision_pattern"], re.I),
        reader_frame=_pf(data["reader_frame_pattern"], re.I),
        companies=_pf(rf"\b(?:{_alternation(data['companies'])})\b", re.I),
        hedge_non_scope=frozenset(data["hedge_non_scope"]),
        copulas=frozenset(data["wish_copulas"]),
        question_only=frozenset(data["question_only_words"]),
        premature_frame=_pf(data["premature_frame_pattern"], re.I),
        once_clause=_pf(data["once_clause_pattern"], re.I),
        consequence_frame=_pf(data["consequence_frame_pattern"], re.I),
        stance_idiom=_pf(data["stance_idiom_pattern"], re.I),
        wish_to_know=_pf(data["wish_to_know_pattern"], re.I),
        habitual_phrase=_pf(data["habitual_phrase_pattern"], re.I),
        subject_pronouns=frozenset(data["subject_pronouns"]),
        asking_verbs=frozenset(data["asking_verbs"]),
        own_nationality=frozenset(data["own_nationality_adjectives"]),
        departments=frozenset(data["department_names"]),
    )


# --- the commitment clause -----------------------------------------------------------------

_GROUP_DEPS = ("aux", "aux:pass", "cop", "compound:prt")


@dataclass
class _Anchor:
    """A finite verb that may carry a commitment: its kind and the clause around it."""

    kind: str  # "zullen", "gaan", "willen" or "present"
    verb: Token  # the finite verb
    head: Token  # the content word of its verb group
    group: tuple[Token, ...]  # finite verb, auxiliaries, copula, particle and head
    passive: bool

    @cached_property
    def subject(self) -> Token | None:
        """The clause's subject, found when a rule needs it (most clauses are decided before)."""
        return _subject(self.verb, self.head)


def _is_infinitive(tok: Token) -> bool:
    """An infinitive, not a noun in -en ("uw vragen", "de maatregelen")."""
    if any(c.dep_ in ("det", "nmod:poss") or (c.dep_ == "amod" and tok.pos_ == "NOUN") for c in tok.children) or (
        tok.i > 0 and tok.nbor(-1).lower_ in _cues().determiners
    ):
        return False
    return "Inf" in tok.morph.get("VerbForm") or (
        tok.pos_ in ("VERB", "NOUN") and tok.text.islower() and tok.lower_.endswith("en") and not tok.morph.get("Tense")
    )


def _infinitive_of(tok: Token) -> Token | None:
    """The infinitive that a finite auxiliary governs ("zal ... raadplegen", "ga ik onderzoeken");
    none for a verb with its own particle ("gaan ... in op" is "ingaan")."""
    if any(c.dep_ == "compound:prt" for c in tok.children):
        return None
    if tok.dep_.startswith("aux") and tok.head is not tok and _is_infinitive(tok.head):
        return tok.head
    for child in tok.children:
        infinitive = "Inf" in child.morph.get("VerbForm") or _verb_like_infinitive(child) or _obl_taking_xcomp(child)
        # not a clause with "dat": "willen dat ..." is a wish about others
        if child.dep_ in ("xcomp", "ccomp") and infinitive and not any(c.dep_ == "mark" and c.pos_ == "SCONJ" for c in child.children):
            return child
    return _clause_final_infinitive(tok)


def _obl_taking_xcomp(tok: Token) -> bool:
    """An xcomp in -en that the tagger took for a noun but the parser gave oblique dependents,
    as it does verbs ("Ik wil samen met de andere ministers veel vooruitgang boeken in dit
    dossier": "boeken" with "met de ministers" and "in dit dossier")."""
    return (
        tok.dep_ == "xcomp"
        and tok.pos_ == "NOUN"
        and tok.text.islower()
        and tok.lower_.endswith("en")
        and not any(c.dep_ in ("det", "nmod:poss") for c in tok.children)
        and any(c.dep_ == "obl" for c in tok.children)
    )


def _verb_like_infinitive(tok: Token, *, final: bool = False) -> bool:
    """An infinitive the tagger took for a noun ("We gaan het pensioensysteem dus hervormen"):
    ends in -en, lower case, and no article or possessive of its own. In the clause-final slot a
    tense the tagger gave it is ignored ("Ik zal uw vragen ... beantwoorden")."""
    return (
        tok.pos_ in ("VERB", "NOUN")
        and tok.text.islower()
        and tok.lower_.endswith("en")
        and (final or not tok.morph.get("Tense"))
        and not any(c.dep_ in ("det", "amod", "nmod:poss") for c in tok.children)
        and not (tok.i > 0 and (_attributive(tok.nbor(-1), final) or tok.nbor(-1).lower_ in _cues().determiners))
    )


def _attributive(before: Token, final: bool) -> bool:
    """The word before a verb-like word makes it a noun: an article, preposition, number or
    adjective; in the clause-final slot an adjective only when it modifies a noun (the tagger
    took "campagne" in "wil die campagne opvolgen" for an adverbial adjective)."""
    if before.pos_ in ("DET", "ADP", "NUM"):
        return True
    return before.pos_ == "ADJ" and (not final or before.dep_ == "amod")


def _clause_final_infinitive(verb: Token) -> Token | None:
    """The word that closes the clause of a finite auxiliary, when it is an infinitive (the
    Dutch verb-final slot: "We gaan die aanvragen versneld behandelen.")."""
    last = None
    question = _cues().indirect_question
    for t in verb.doc[verb.i + 1 : verb.sent.end]:
        if t.is_punct or t.pos_ == "SCONJ":
            break
        if last is not None and t.lower_ in question and t.pos_ == "ADV":
            break  # an indirect question opens the object clause ("zullen ... onderzoeken hoe ... lopen")
        last = t
    return last if last is not None and last.i > verb.i + 1 and _verb_like_infinitive(last, final=True) else None


def _past(tok: Token) -> bool:
    return "Past" in tok.morph.get("Tense")


def _anchors(sent: Span) -> list[_Anchor]:
    cues = _cues()
    out = []
    for tok in sent:
        low = tok.lower_
        glued = _glued_auxiliary(tok)
        if glued:
            low = glued  # "naderzal analyseren": PDF extraction glued the auxiliary to the word before
        elif tok.pos_ not in ("VERB", "AUX") or not _finite(tok) or _past(tok):
            continue
        if low == tok.lemma_.lower() and low not in cues.zullen and _finite_before(tok):
            continue  # an infinitive of the cluster of an earlier finite verb ("kan ... geanalyseerd worden")
        inf = _infinitive_of(tok)
        if inf is None and low in cues.willen and tok.dep_ == "ROOT":
            # the parser hung the infinitive elsewhere ("wil de minister periodiek beoordelen of
            # ...": an apposition of the subject); in the main clause, the first verb-tagged infinitive
            # after "wil" (a noun in -en at the end of the clause would be a guess)
            inf = _next_infinitive(tok)
            inf = inf if inf is not None and inf.pos_ == "VERB" else None
        if low in cues.zullen:
            kind = "zullen"
        elif low in cues.gaan and ((inf is not None and not _crosses_clause(tok, inf)) or _gaan_idiom(tok)):
            # not the verb of a following clause: "Wij gaan ervan uit dat de minister ... zal aanspreken"
            kind = "gaan"
        elif low in cues.willen and inf is not None:
            kind = "willen"
        else:
            kind, inf = "present", None
        head = tok.head if tok.dep_ in ("aux", "aux:pass", "cop") and tok.head is not tok else inf or tok
        # "zal ... worden gepubliceerd", not an adjective ("zullen langwerkende chinolonen")
        participle = "Part" in head.morph.get("VerbForm") and head.i > tok.i and head.dep_ not in ("amod", "acl", "advmod")
        # Keep the parser's verb (its tense may be wrong: "zal zich ... toeleggen") unless it is
        # the auxiliary itself, a noun, a noun after an article, or in a following clause.
        doubtful = (
            head is tok
            or head.pos_ != "VERB"
            or (head.i > 0 and head.nbor(-1).lower_ in cues.determiners)
            or head.dep_ == "advmod"
            or _attributive_participle(head)
        )
        if kind != "present" and _preceding_clause(tok, head):
            # "Zoals wij in ons rapport aangeven zal het project ... vergroten": "aangeven" is
            # the verb of the fronted clause, not of "zal"
            head = _next_infinitive(tok) or _clause_final_infinitive(tok) or tok
        elif kind != "present" and ((doubtful and not participle) or _crosses_clause(tok, head)):
            fallback = head
            if _own_subordinate(tok, head):
                # the head is the verb of a subordinate clause of its own; without an infinitive
                # before it, the copula or modal that closes the clause ("zal pas in 2017
                # zichtbaar kunnen zijn aangezien ... operationeel is geworden")
                fallback = _last_verb_before_clause(tok) or tok
            head = _next_infinitive(tok) or _clause_final_infinitive(tok) or fallback
        if tok.lemma_.lower() in ("worden", "word") and head is not tok and "Part" not in head.morph.get("VerbForm"):
            # a passive "worden" goes with a participle: the one that closes its clause ("Tegen
            # eind 2026 worden voorstellen van de Commissie verwacht"), not a noun or infinitive
            head = _clause_final_participle(tok) or head
        group = {tok, head}
        for t in (tok, head):
            group.update(c for c in t.children if c.dep_ in _GROUP_DEPS)
        if head is not tok and head.i > tok.i:
            group.update(_verb_cluster(head, tok))
        elif head.i < tok.i:
            # a verb-final clause: the cluster goes on after the finite verb, whatever the parser
            # attached it to ("dat prestaties ... aangerekend zullen kunnen worden")
            group.update(_cluster_after(tok))
        # The tagger does not always mark the participle: "zal ... aandacht aan worden besteed" (a
        # passive auxiliary tells), "hebben we ervoor gezorgd" (an adjective in ge-...-d/t after hebben).
        participle = head is not tok and (
            "Part" in head.morph.get("VerbForm") or (_untagged_participle(head) and any(c.dep_ == "aux:pass" for c in head.children))
        )
        lemmas = {t.lemma_.lower() for t in group if t is not head}
        if kind == "willen" and (
            any(c.dep_ == "aux" and c.lemma_.lower() == "hebben" for c in tok.children) or _finite_before(tok, frozenset({"hebben"}))
        ):
            continue  # "hebben wij ... willen illustreren": a perfect, the past
        if kind == "present" and head is not tok and "hebben" in lemmas and _adjective_participle(head):
            continue
        if kind == "present" and participle and lemmas & {"hebben", "zijn"} and not lemmas & {"worden", "word"}:
            continue  # a perfect ("is gestart", "heb ik toegezegd"): the past, whatever the tense
        passive = participle and bool(lemmas & {"worden", "word", "zijn"})
        out.append(_Anchor(kind, tok, head, tuple(sorted(group, key=lambda t: t.i)), passive))
    return out


def _clause_final_participle(verb: Token) -> Token | None:
    """The participle that closes the clause of a finite verb, before clause punctuation or a
    subordinating conjunction."""
    last = None
    for t in verb.doc[verb.i + 1 : verb.sent.end]:
        if t.text in _CLAUSE_PUNCT or t.pos_ == "SCONJ":
            break
        last = t
    return last if last is not None and "Part" in last.morph.get("VerbForm") and not _attributive_participle(last) else None


def _glued_auxiliary(tok: Token) -> str | None:
    """A form of "zullen" that PDF extraction glued to the word before it, which the parser still
    took for an auxiliary ("dat het kabinet in de komende periode naderzal analyseren"): the form
    of "zullen", else None."""
    if tok.dep_ != "aux" or not tok.text.islower() or not tok.is_alpha:
        return None
    return next((z for z in _cues().zullen if tok.lower_.endswith(z) and len(tok.lower_) >= len(z) + 3), None)


def _finite(tok: Token) -> bool:
    """A finite verb. Plural "zullen" and "gaan" have the form of the infinitive, and the tagger
    sometimes calls them so ("dat we ... aandacht zullen besteden", "dat de ministers ...
    structureel gaan informeren"): "zullen" is never an infinitive in the corpus' Dutch ("zal
    zullen" does not occur), "gaan" is finite when no other finite verb stands before it in its
    clause."""
    if "Fin" in tok.morph.get("VerbForm"):
        return True
    cues = _cues()
    if tok.lower_ in cues.zullen:
        return True
    return tok.lower_ in cues.gaan and not _finite_before(tok) and any(t.pos_ == "SCONJ" for t in _clause_before(tok))


_FINITE_LEMMAS = frozenset({"zullen", "kunnen", "moeten", "mogen", "willen", "gaan", "worden", "zijn", "hebben", "blijven"})


def _clause_before(verb: Token) -> list[Token]:
    """The words of the verb's clause before it, back to a subordinating conjunction (included),
    a relative pronoun (included), a coordinating conjunction or clause punctuation (excluded)."""
    out = []
    for t in reversed(verb.doc[verb.sent.start : verb.i]):
        if t.text in _CLAUSE_PUNCT or t.pos_ == "CCONJ":
            break
        out.append(t)
        if t.pos_ == "SCONJ" or ("Rel" in t.morph.get("PronType") and t.dep_ != "det"):
            break  # a "relative" determiner is a demonstrative: "naar aanleiding van die instrumenten"
    return out


def _finite_before(verb: Token, lemmas: frozenset[str] = _FINITE_LEMMAS) -> bool:
    """A finite auxiliary or modal before the verb in its clause: a Dutch clause has one finite
    verb, so a form like "worden" or "willen" after it belongs to its verb cluster ("kan ...
    geanalyseerd worden", "hebben wij ... willen illustreren"). Only auxiliaries and modals count:
    the tagger gives a noun in -en a tense now and then ("naar aanleiding van die instrumenten")."""
    zullen = _cues().zullen if "zullen" in lemmas else frozenset()
    return any(
        (t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") and t.lemma_.lower() in lemmas) or t.lower_ in zullen
        for t in _clause_before(verb)
    )


def _attributive_participle(tok: Token) -> bool:
    """An inflected participle before a noun ("het hiervoor genoemde handelingskader"): it
    modifies the noun and is never the content verb of an auxiliary."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < tok.sent.end else None
    return (
        tok.dep_ in ("amod", "acl")
        and "Part" in tok.morph.get("VerbForm")
        and tok.lower_.endswith("e")
        and nxt is not None
        and nxt.pos_ in ("NOUN", "PROPN", "ADJ")
    )


def _verb_cluster(head: Token, verb: Token) -> list[Token]:
    """The auxiliaries next to the content verb at the end of the clause, whatever the parser
    attached them to: the Dutch final verb cluster is contiguous ("zal ... verhoogd worden",
    "zal ... georganiseerd kunnen worden", "zal ... worden onderzocht")."""
    out = []
    for step in (-1, 1):
        i = head.i + step
        while verb.i < i < head.sent.end and head.doc[i].pos_ in ("VERB", "AUX") and head.doc[i].lemma_.lower() in _AUX_LEMMAS:
            out.append(head.doc[i])
            i += step
    return out


def _cluster_after(verb: Token) -> list[Token]:
    """The auxiliaries and modals right after a clause-final finite verb: the rest of the
    contiguous Dutch verb cluster ("aangerekend zullen kunnen worden")."""
    out = []
    i = verb.i + 1
    while i < verb.sent.end and verb.doc[i].pos_ in ("VERB", "AUX") and verb.doc[i].lemma_.lower() in _AUX_LEMMAS:
        out.append(verb.doc[i])
        i += 1
    return out


def _own_subordinate(verb: Token, head: Token) -> bool:
    """The head the parser gave an auxiliary is the verb of a later subordinate clause with its
    own conjunction and subject ("zal ... zichtbaar kunnen zijn aangezien deze maatregel ...
    operationeel is geworden"); not "zoals steeds" nor a "dan" the tagger took for a conjunction."""
    marks = [c for c in head.children if c.dep_ == "mark" and verb.i < c.i < head.i and c.lower_ not in _cues().comparative_marks]
    return any(c.dep_.startswith("nsubj") and c.i > marks[0].i for c in head.children) if marks else False


def _last_verb_before_clause(verb: Token) -> Token | None:
    """The last verb between a finite auxiliary and the next subordinate conjunction or clause
    punctuation ("zal ... zichtbaar kunnen zijn aangezien ..." -> "zijn")."""
    last = None
    for t in verb.doc[verb.i + 1 : verb.sent.end]:
        if t.pos_ == "SCONJ" or t.text in _CLAUSE_PUNCT:
            break
        if t.pos_ in ("VERB", "AUX"):
            last = t
    return last


def _adjective_participle(tok: Token) -> bool:
    """A past participle the tagger took for an adjective ("hebben we ervoor gezorgd")."""
    low = tok.lower_
    return tok.pos_ == "ADJ" and low.startswith("ge") and low.endswith(("d", "t")) and len(low) > 5


def _untagged_participle(tok: Token) -> bool:
    """The head of a passive auxiliary that the tagger did not mark as a participle: a verb
    ("wordt ... voorzien") or an adjective in -d/-t ("worden besteed"), not a noun the parser hung
    "worden" on ("worden voorstellen van de Commissie verwacht") nor "duidelijk worden"."""
    if tok.dep_.startswith(("nsubj", "obj")):
        return False
    if tok.pos_ == "NOUN" and _cluster_final_passive(tok):
        return True
    return tok.pos_ == "VERB" or (tok.pos_ == "ADJ" and tok.lower_.endswith(("d", "t")))


def _cluster_final_passive(tok: Token) -> bool:
    """A word the tagger took for a noun directly before its own passive "worden" at the end of
    the clause ("zullen alle cursussen in het Engels onderwezen worden"): in the Dutch verb-final
    cluster only a participle stands there, whatever the tag (participles of verbs with an
    unstressed prefix, "onderwezen", "besproken", have no ge- to tell them); the word must have a
    participle's shape, so a predicate noun the parser hung "worden" on ("Die gebieden zullen
    natuurreservaten worden") stays out."""
    if tok.i + 1 >= tok.sent.end:
        return False
    nxt = tok.doc[tok.i + 1]
    return (
        nxt.head.i == tok.i
        and nxt.dep_ == "aux:pass"
        and nxt.lemma_.lower() in ("worden", "word")
        and bool(_PARTICIPLE_SHAPE.fullmatch(tok.lower_))
    )


# a Dutch participle: ge- (also after a particle, "aangeboden") or an unstressed prefix, and -en/-d/-t
_PARTICIPLE_SHAPE = re.compile(r"(?:\w*ge|be|ver|ont|her|er|onder|over|door|om|mis|achter)\w+(?:en|d|t)")


def _gaan_idiom(verb: Token) -> bool:
    """Set phrases with gaan that commit to acting: "We gaan daarmee aan de slag"."""
    clause = []
    for t in verb.doc[verb.i + 1 : verb.sent.end]:
        if t.is_punct or t.pos_ in ("SCONJ", "CCONJ"):
            break
        clause.append(t.lower_)
    return bool(_cues().gaan_idioms.search(" ".join(clause)))


def _crosses_clause(verb: Token, head: Token) -> bool:
    """The parser hung an auxiliary on the verb of a following subordinate clause
    ("zal het gebruik toenemen naarmate de doelen worden verhoogd")."""
    between = verb.doc[verb.i + 1 : head.i]
    # also the verb of a relative clause ("zal de opkomst faciliteren van alle oplossingen die
    # gericht zijn op ...": the relative pronoun depends on that verb), or of a coordinated clause
    # with a "zal" of its own ("zal ... een voorstel voorleggen ... en de besteding zal ... bestaan uit")
    zullen = _cues().zullen
    return head.i > verb.i and any(
        t.pos_ == "SCONJ" or ("Rel" in t.morph.get("PronType") and t.head.i == head.i) or t.lower_ in zullen or _opens_conjunct(t, head)
        for t in between
    )


def _opens_conjunct(tok: Token, head: Token) -> bool:
    """A coordinating conjunction followed within two words by a finite verb: a coordinated clause
    with its own finite verb ("gaat het via een ODV en dan moeten we onderzoeken ...")."""
    return tok.pos_ == "CCONJ" and any(
        x.pos_ in ("VERB", "AUX") and "Fin" in x.morph.get("VerbForm") for x in tok.doc[tok.i + 1 : min(tok.i + 3, head.i)]
    )


def _preceding_clause(verb: Token, head: Token) -> bool:
    """The parser hung an auxiliary on the verb of a fronted subordinate clause ("Zoals wij in
    ons rapport aangeven zal ..."): the verb comes before the auxiliary and has its own
    conjunction."""
    if head.i > verb.i or verb.i + 1 >= verb.sent.end or verb.nbor(1).pos_ in ("VERB", "AUX") or verb.nbor(1).is_punct:
        return False  # "dat er ... aangeworven zullen worden": the auxiliary closes that clause itself
    return any(c.dep_ == "mark" and c.lower_ in _cues().comparative_marks for c in head.children)


_YEAR = re.compile(r"(?:19|20)\d\d(?:\s+en\s+(?:19|20)\d\d)?")
_CLAUSE_PUNCT = frozenset({",", ";", ":", ".", "!", "?"})
_AUX_LEMMAS = frozenset({"worden", "word", "zijn", "hebben", "kunnen", "moeten", "mogen", "blijven"})


def _next_infinitive(verb: Token) -> Token | None:
    """The infinitive of an auxiliary the parser left without one: the first verb ending in -en
    after it, or else the word ending in -en that closes the clause (the Dutch verb-final slot,
    sometimes tagged as a noun: "zullen inspecteurs ... ter plaatse onderzoeken,"). A relative
    clause in between ("de jury die is samengesteld uit ..., samenkomen") is skipped."""
    last = None
    relative = False
    for t in verb.doc[verb.i + 1 : verb.sent.end]:
        if relative:
            relative = t.text not in _CLAUSE_PUNCT
            continue
        if "Rel" in t.morph.get("PronType") and t.nbor(-1).pos_ not in ("VERB", "AUX"):
            relative = True  # not right after the verb: "zal dat doen" has a demonstrative
            continue
        if t.pos_ == "SCONJ" or t.text in _CLAUSE_PUNCT:
            break
        if t.lower_ in _cues().zullen:
            # the finite verb of a coordinated clause ("zal heel snel een voorstel ... voorleggen aan
            # de ministerraad en de besteding zal ..."): the infinitive came before, whatever its tag
            return next((x for x in reversed(verb.doc[verb.i + 1 : t.i]) if _untagged_infinitive(x)), None)
        if t.is_punct or (t.dep_ in ("amod", "acl", "advmod") and "Part" in t.morph.get("VerbForm")):
            continue  # brackets; "zullen langwerkende chinolonen ... worden terugbetaald"; "wil mij alvast ..."
        if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in _AUX_LEMMAS:
            continue  # "zullen ... worden terugbetaald": the content verb comes after
        if t.pos_ == "VERB" and (_is_infinitive(t) or "Part" in t.morph.get("VerbForm")):
            return t
        last = t
    if last is not None and last.pos_ in ("VERB", "NOUN") and _is_infinitive(last):
        return last
    return None


def _untagged_infinitive(tok: Token) -> bool:
    """A lower-case word in -en without an article, preposition or adjective before it or
    dependents of its own, whatever its tag ("voorleggen" tagged as an adverb)."""
    before = tok.doc[tok.i - 1] if tok.i > tok.sent.start else None
    return (
        tok.is_alpha
        and tok.text.islower()
        and tok.lower_.endswith("en")
        and tok.pos_ in ("VERB", "NOUN", "ADV", "ADJ")
        and not tok.morph.get("Tense")
        and not any(c.dep_ in ("det", "amod", "nmod:poss", "case") for c in tok.children)
        and not (before is not None and (before.pos_ in ("DET", "ADP", "NUM", "ADJ") or before.lower_ in _cues().determiners))
    )


def _subject(verb: Token, head: Token) -> Token | None:
    """The clause's subject. The parser sometimes takes a fronted adverb for it ("Binnenkort
    zal ik ...") or misses an inverted one ("In 2022 zal het RIVM starten"); a first-person
    pronoun next to the verb or among its dependents wins, adverbs never count."""
    cues = _cues()
    holders = [t for t in (head, verb, head.head if head.dep_ == "xcomp" else None) if t is not None]
    near = [verb.doc[i] for i in (verb.i - 1, verb.i + 1) if verb.sent.start <= i < verb.sent.end]
    for t in [*near, *(c for h in holders for c in h.children)]:
        if t.lower_ in cues.first_person and t.pos_ == "PRON" and not _clause_opener_between(t, verb):
            return t
    coordinated = _coordinated_self(verb)
    if coordinated is not None:
        return coordinated
    gapped = _gapped_subject(verb)
    if gapped is not None:
        return gapped
    initial = _initial_noun_phrase(verb)
    inverted = _inverted_noun(verb)
    for h in holders:
        for c in h.children:
            if (
                c.dep_ in ("nsubj", "nsubj:pass")
                and c.pos_ in ("NOUN", "PROPN", "PRON", "NUM", "X")
                and not _other_clause(c, verb)
                and not _clause_opener_between(c, verb)
                and not any(x.dep_ == "case" for x in c.children)  # a phrase with a preposition is no subject
                and not _time_word(c)  # "Binnenkort zal een actualisatie plaatsvinden": an adverb tagged as a noun
            ):
                if c.i > verb.i and "Rel" in c.morph.get("PronType"):
                    continue  # "wil die campagne opvolgen": a demonstrative the tagger took for a relative
                if inverted is not None and _overrides(inverted, c, head):
                    return inverted
                if initial is not None and c.i > verb.i:
                    return initial  # "EFSA verwacht haar conclusies ...": the parser took the object
                return c
    # A second conjunct shares the first one's subject ("Wij beraden ons ... en zullen ... meenemen").
    for h in holders:
        if h.dep_ == "conj" and h.head is not h:
            for c in h.head.children:
                if c.dep_ in ("nsubj", "nsubj:pass") and c.pos_ in ("NOUN", "PROPN", "PRON") and c.i < verb.i:
                    # not into a subordinate clause: "Ik reken erop dat ook producenten ... zich
                    # zullen inspannen" is not "ik"
                    if any(t.pos_ == "SCONJ" for t in verb.doc[c.i + 1 : verb.i]):
                        break
                    return c
    if initial is not None:
        return initial  # "De regering zal de opkomst faciliteren ...": no inversion after a subject
    # Inversion the parser missed: the noun right after the finite verb ("zal het RIVM ...").
    if inverted is not None:
        return inverted
    # An expletive "er" next to the verb: the indefinite subject is the first noun after the verb
    # ("Er zullen dus meer rapportages over dit onderwerp volgen").
    if any(verb.doc[i].lower_ == "er" for i in (verb.i - 1, verb.i + 1) if verb.sent.start <= i < verb.sent.end):
        midfield = []
        for t in verb.doc[verb.i + 1 : head.i if head.i > verb.i else verb.sent.end]:
            if t.text in _CLAUSE_PUNCT or t.pos_ == "SCONJ":
                break
            midfield.append(t)
        # the parser's subject whatever its tag ("rapportages" tagged as a verb), else the first noun
        found = next((t for t in midfield if t.dep_ in ("nsubj", "nsubj:pass")), None)
        found = found or next((t for t in midfield if t.pos_ in ("NOUN", "PROPN")), None)
        if found is not None:
            return found
    # A subject the parser hung on a word of an interrupting phrase ("dat de minister binnen zijn
    # monitorprogramma, los van de verantwoording, onderzoek wil laten doen"): the nearest
    # subject before the verb in the same clause.
    lost = _clause_subject_before(verb)
    if lost is not None:
        return lost
    opener = _pronoun_after_complementiser(verb)
    if opener is not None:
        return opener
    # A subject the parser lost before the verb, at the start of the sentence ("Het FIDO zal ...").
    before = [t for t in verb.doc[verb.sent.start : verb.i] if not t.is_punct]
    if before and before[-1].pos_ in ("NOUN", "PROPN") and all(t.pos_ == "DET" for t in before[:-1]):
        return before[-1]
    return None


def _time_word(tok: Token) -> bool:
    """A single word that is a whole time expression ("binnenkort", "eerstdaags"): an adverb of
    time, never a subject, whatever the tagger made of it."""
    return any(t.start == 0 and t.end == len(tok.text) for t in find_time_expressions(tok.text))


def _clause_opener_between(tok: Token, verb: Token) -> bool:
    """A subordinating conjunction or a relative or interrogative pronoun between a word before
    the verb and the verb: the verb is in a clause of its own ("Graag verwijzen we naar wat de
    minister ... u zal antwoorden")."""
    return (
        tok.i < verb.i
        and any(
            (t.pos_ == "SCONJ" or {"Rel", "Int"} & set(t.morph.get("PronType")))
            and t.dep_ not in ("det", "obj")  # a demonstrative: "die instrumenten", "dat we dat gaan doen"
            and t.lower_ not in ("als", "zoals", "dan")  # a capacity or comparison: "die ik als staatssecretaris ... zal uitwerken"
            for t in verb.doc[tok.i + 1 : verb.i]
        )
    )


def _gapped_subject(verb: Token) -> Token | None:
    """The subject of a main clause that a coordinated finite verb shares ("Wij beraden ons ...
    en zullen de suggestie ... meenemen"): right after "en" or "maar" the second conjunct has no
    subject of its own (a subject after the verb would follow inversion, which "en" does not
    trigger). The first conjunct's subject: the first subject in the sentence before the
    conjunction that is not in a subordinate clause."""
    if verb.i == verb.sent.start or verb.nbor(-1).lower_ not in ("en", "maar") or verb.nbor(-1).pos_ != "CCONJ":
        return None
    first = verb.doc[verb.i - 2] if verb.i - 2 >= verb.sent.start else None
    if first is not None and first.pos_ in ("VERB", "AUX") and "Fin" in first.morph.get("VerbForm"):
        # two finite verbs coordinated at the end of a subordinate clause ("om te zeggen dat de
        # Verenigde Staten een belangrijke partner zijn en zullen blijven"): they share that
        # clause's subject, not the main clause's
        return _clause_subject_before(first)
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < verb.sent.end else None
    if nxt is not None and nxt.pos_ == "PRON" and nxt.dep_.startswith("nsubj"):
        return None  # "en zal ik": inversion after all
    for t in verb.doc[verb.sent.start : verb.i - 1]:
        if t.dep_ in ("nsubj", "nsubj:pass") and t.pos_ in ("NOUN", "PROPN", "PRON") and "Rel" not in t.morph.get("PronType"):
            if any(x.pos_ == "SCONJ" or "Rel" in x.morph.get("PronType") for x in verb.doc[verb.sent.start : t.i]):
                return None
            return t
    return None


def _initial_noun_phrase(verb: Token) -> Token | None:
    """The noun of a lone noun phrase that opens the sentence right before the finite verb ("EFSA
    verwacht ...", "De regering zal ..."): in a Dutch main clause that is the subject, whatever
    the parser made of it."""
    before = [t for t in verb.doc[verb.sent.start : verb.i] if not (t.is_punct and t.i == verb.sent.start)]
    if not before or before[0].pos_ not in ("DET", "ADJ", "NOUN", "PROPN") or before[0].lower_ in _cues().first_person:
        return None
    # one constituent: no clause punctuation, conjunction, relative pronoun or finite verb in it
    # ("Technische werkgroepen samengesteld uit de federale overheid en de Gewesten zullen ...")
    if any(
        t.text in _CLAUSE_PUNCT or t.pos_ in ("SCONJ", "PRON") or "Rel" in t.morph.get("PronType") or "Fin" in t.morph.get("VerbForm")
        for t in before
    ):
        return None
    noun = next((t for t in before if t.pos_ in ("NOUN", "PROPN")), None)
    # "Binnenkort zal een actualisatie ...": a fronted adverb of time, the subject follows the verb
    return None if noun is not None and _time_word(noun) else noun


def _coordinated_self(verb: Token) -> Token | None:
    """A first person closing an inverted coordinated subject ("zullen mevrouw De Block en ik een
    schrijven richten"), which the parser may split up: "ik" after "en" within a few words of a
    plural finite verb, with no verb or punctuation between."""
    if "Plur" not in verb.morph.get("Number"):
        return None
    for t in verb.doc[verb.i + 1 : min(verb.i + 8, verb.sent.end - 1)]:
        if t.pos_ in ("VERB", "AUX") or t.is_punct:
            return None
        if t.lower_ == "en" and t.nbor(1).lower_ in _cues().first_person and t.nbor(1).pos_ == "PRON":
            return t.nbor(1)
    return None


def _pronoun_after_complementiser(verb: Token) -> Token | None:
    """A nominative pronoun right after the conjunction that opens the verb's clause, with a
    phrase between commas before the verb ("dat wij, als het gaat over scans, de ziekenhuizen het
    geld zullen geven"): in a Dutch subordinate clause the subject pronoun comes first after the
    conjunction, and the inserted phrase, with its own conjunction and verb, is skipped. Only for
    "dat" and only across such a phrase: elsewhere the parser's subject stands."""
    inserted = skipped = False
    for t in reversed(verb.doc[verb.sent.start : verb.i]):
        if t.text == ",":
            inserted = not inserted
            skipped = True
            continue
        if inserted:
            continue
        if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm"):
            return None
        if t.pos_ == "SCONJ":
            nxt = verb.doc[t.i + 1] if t.i + 1 < verb.i else None
            if t.lower_ == "dat" and skipped and nxt is not None and nxt.pos_ == "PRON" and "Nom" in nxt.morph.get("Case"):
                return nxt
            return None
    return None


def _clause_subject_before(verb: Token) -> Token | None:
    """The nearest subject noun or pronoun before a finite verb with no verb, subordinating
    conjunction or relative pronoun between them (those start or end another clause)."""
    for t in reversed(verb.doc[verb.sent.start : verb.i]):
        # a participle or infinitive does not end the clause ("dat het kabinet inde komende
        # periode nader zal analyseren": the glued "inde" tagged as a participle)
        if (
            t.pos_ == "SCONJ"
            or (t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm"))
            or {"Rel", "Int"} & set(t.morph.get("PronType"))
        ):
            return None  # also "naar wat de minister ... u zal antwoorden": "wat" opens another clause
        if t.dep_ in ("nsubj", "nsubj:pass") and t.pos_ in ("NOUN", "PROPN", "PRON") and not _time_word(t):
            # not the subject of a conditional the tagger left unmarked ("indien hij dat wenst,
            # gecoacht zal kunnen worden")
            own_mark = any(c.dep_ == "mark" and c.lower_ != "dat" for c in t.head.children)
            return None if own_mark else t
    return None


def _inverted_noun(verb: Token) -> Token | None:
    """The noun right after a finite verb, past articles: the subject of an inverted clause
    ("zal het RIVM ...", "zal het NIRAS parallel hiermee ... indienen", where the tagger took the
    acronym for an adjective)."""
    i = verb.i + 1
    while i < verb.sent.end and verb.doc[i].pos_ == "DET":
        i += 1
    if i < verb.sent.end:
        t = verb.doc[i]
        if t.pos_ in ("NOUN", "PROPN") or (t.text.isupper() and t.text.isalpha() and len(t.text) >= 2):
            return t
        nxt = verb.doc[t.i + 1] if t.i + 1 < verb.sent.end else None
        if t.pos_ == "ADJ" and i > verb.i + 1 and nxt is not None and "Rel" in nxt.morph.get("PronType"):
            return t  # "zal de jury die ...": a relative clause follows a noun, whatever its tag
    return None


def _overrides(inverted: Token, parsed: Token, head: Token) -> bool:
    """Whether the noun after the finite verb is the subject rather than the parser's choice: the
    parser's subject comes later in the clause (in Dutch the inverted subject comes first), or it
    is a fronted "dit"/"dat" of the pro-verb "doen" ("Dit zal het kabinet blijven doen"). Only a
    government noun overrides."""
    later = parsed.i > inverted.i
    fronted = parsed.lower_ in ("dit", "dat") and parsed.i < inverted.i and head.lemma_.lower() in ("doen", "blijven")
    if not (later or fronted):
        return False
    phrase = " ".join(t.text for t in inverted.subtree)
    return _is_government(phrase if len(phrase) <= 80 else inverted.text, inverted)


def _other_clause(tok: Token, verb: Token) -> bool:
    """A word before the verb but in a preceding clause ("Welke subsidies dat mogelijk zijn,
    zal de regering ... bespreken")."""
    return tok.i < verb.i and any(t.is_punct for t in verb.doc[tok.i + 1 : verb.i])


def _head_lemma(head: Token) -> str:
    """The lemma with a separated particle joined to it ("gaan ... in" -> "ingaan")."""
    prt = [c for c in head.children if c.dep_ == "compound:prt"]
    lemma = head.lemma_.lower()
    if lemma in ("ga", "gaat"):
        lemma = "gaan"
    return (prt[0].lower_ + lemma) if prt else lemma


def _actor(a: _Anchor, sent: Span) -> str:
    """Who acts in the clause: "self" (ik, wij), "government", "deliverable", "passive", "other"
    or "unknown" (no subject found)."""
    cues = _cues()
    subj = a.subject
    agent = _agent(a)
    if agent is not None:
        text = " ".join(t.text for t in agent.subtree)
        return "government" if _is_government(text, agent) else "other"
    if a.passive:
        # The subject of a passive is what is done, not who does it; but "voorstellen van de
        # Commissie worden verwacht" names another producer.
        subj = subj or next((t for t in _midfield(a) if t.pos_ in ("NOUN", "PROPN") or _is_infinitive(t)), None)
        if subj is not None and any(
            c.dep_ == "nmod" and any(x.lower_ == "van" for x in c.children) and cues.other_actors.search(c.text) for c in subj.children
        ):
            return "other"
        if _company_passive(a, sent):
            return "other"
        return "passive"
    if subj is None:
        obj = next((c for c in a.head.children if c.dep_ == "obj" and c.pos_ == "NOUN"), None)
        if obj is not None and a.kind == "zullen" and _head_lemma(a.head) in cues.events and cues.deliverable_re.fullmatch(obj.text):
            # "zal een eerste evaluatie plaats vinden": the parser took the subject of an
            # intransitive event verb for its object (only with "zal": "Over de financiering voor
            # 2016 vindt nog overleg plaats" dates the financing)
            return "deliverable"
        return "unknown"
    if subj.lower_ in cues.first_person or any(c.dep_ == "conj" and c.lower_ in cues.first_person for c in subj.children):
        return "self"  # also "zullen mevrouw De Block en ik een schrijven richten"
    phrase = " ".join(t.text for t in _own_phrase(subj))
    if len(phrase) > 80:
        phrase = subj.text
    if cues.other_actors.search(phrase):
        return "other"
    if _is_government(phrase, subj):
        return "government"
    if subj.lower_ in ("hij", "zij", "ze") and any(
        t.lemma_.lower() in cues.government_heads for t in sent if t.i < subj.i and t.pos_ in ("NOUN", "PROPN")
    ):
        return "government"
    if subj.lower_ in ("hij", "zij") and _other_antecedent(subj):
        return "other"  # "Het bestuur van ROC ... heeft aangegeven dat hij ... gaat ontwikkelen"
    if subj.lower_ in ("hij", "zij") and "Sing" in a.verb.morph.get("Number") and a.kind in ("zullen", "gaan"):
        # "Zij zal onderzoeken hoe ...": in an answer a singular he/she who will act is, as a
        # rule, the minister named just before
        return "government"
    lemma = subj.lemma_.lower()
    # also a subject noun tagged as a verb ("Er zullen dus meer rapportages ... volgen")
    if (subj.pos_ in ("NOUN", "PROPN") or (subj.dep_.startswith("nsubj") and "Fin" not in subj.morph.get("VerbForm"))) and (
        lemma.endswith(cues.deliverable_ends) or subj.lower_.endswith(cues.deliverable_ends) or cues.deliverable_re.fullmatch(subj.text)
    ):  # also plurals: "Er zullen dus meer rapportages over dit onderwerp volgen"
        return "deliverable"
    if subj.lower_ in ("dit", "dat") and (_head_lemma(a.head) in cues.events or a.head.lemma_.lower() in cues.events):
        return "event"  # "Dat zal gebeuren in overleg met ...": the action just described
    if subj.lower_ in ("dit", "dat") and _time_predicate(a):
        return "event"  # "Dat zal na de zomerperiode zijn": when the action just described happens
    if subj.pos_ == "NOUN" and _arrives(a, cues.availability):
        return "deliverable"  # "De nieuwe versie is naar verwachting beschikbaar medio 2026"
    return "other"


def _time_predicate(a: _Anchor) -> bool:
    """ "zal" + a time expression + "zijn" and nothing else ("Dat zal na de zomerperiode zijn", "Dit
    zal pas in 2027 zijn"): "zijn" with only a time as its predicate says when something takes
    place, like "plaatsvinden"."""
    if a.kind != "zullen" or a.head.lemma_.lower() != "zijn" or a.head.i <= a.verb.i + 1:
        return False
    words = [t.text for t in a.verb.doc[a.verb.i + 1 : a.head.i]]
    while words and words[0].lower() in ("pas", "nog", "wellicht", "ten", "vroegste", "laatste"):
        words = words[1:]
    between = " ".join(words)
    return any(t.start == 0 and t.end == len(between) for t in find_time_expressions(between))


def _own_phrase(subj: Token) -> list[Token]:
    """The subject's phrase without a comitative "(samen/in overleg) met ..." after its head:
    "de federale overheid in overleg met de gewesten" acts itself, the regions take part."""
    tokens = list(subj.subtree)
    for k, t in enumerate(tokens):
        if t.i > subj.i and t.lower_ == "met":
            return tokens[:k]
    return tokens


def _company_passive(a: _Anchor, sent: Span) -> bool:
    """An agentless passive in a sentence about a company's own assets or systems ("Dit gebouw is
    eigendom van bpost en zal worden verkocht", "zullen in de verkoopsystemen van de NMBS
    opgenomen worden"): the company acts, not the government. Not when the company is only
    part of what is done ("De interesse van bpost hiervoor zal gepolst worden") nor when the
    sentence names the government as well."""
    cues = _cues()
    if any(t.lower_ in cues.first_person or t.lemma_.lower() in cues.government_heads for t in sent) or cues.government_bodies.search(
        _fold(sent.text)
    ):
        return False  # "In het kader van een medevoogdijschap met de minister ... zal een bestuur worden ingevoerd"
    subj = a.subject
    inside = {t.i for t in subj.subtree} if subj is not None else set()
    for m in cues.companies.finditer(sent.text):
        tok = sent.char_span(m.start(), m.end(), alignment_mode="expand")
        if tok is not None and not any(t.i in inside for t in tok):
            return True
    return False


def _other_antecedent(pronoun: Token) -> bool:
    """The nearest subject noun before a "hij"/"zij" is a body other than the government: the
    pronoun refers to it."""
    for t in reversed(pronoun.doc[pronoun.sent.start : pronoun.i]):
        if t.dep_ in ("nsubj", "nsubj:pass") and t.pos_ in ("NOUN", "PROPN"):
            phrase = " ".join(x.text for x in t.subtree)
            return not _is_government(phrase if len(phrase) <= 80 else t.text, t)
    return False


def _agent(a: _Anchor) -> Token | None:
    """The "door ..." agent of a passive ("wordt door mijn diensten opgesteld")."""
    # with its preposition: not "wil die campagne opvolgen", where the parser made "campagne" an agent
    agent = [c for c in a.head.children if c.dep_ == "obl:agent" and any(x.lower_ in _cues().agent_prepositions for x in c.children)]
    if agent:
        return agent[0]
    if not a.passive:
        return None
    # in a subordinate clause the agent comes before the verb ("die door jeugdbewegingen zullen
    # worden gebruikt")
    clause = _clause_before(a.verb)
    if clause and (clause[-1].pos_ == "SCONJ" or "Rel" in clause[-1].morph.get("PronType")):
        for t in reversed(clause):
            if t.lower_ in _cues().agent_prepositions and t.i + 1 < a.verb.i:
                return next((x for x in t.doc[t.i + 1 : a.verb.i] if x.pos_ in ("NOUN", "PROPN", "PRON")), None)
    for t in a.verb.doc[a.verb.i + 1 : a.verb.sent.end]:
        if t.is_punct or t.pos_ == "SCONJ" or "Rel" in t.morph.get("PronType") or t.text.startswith((".", ";", ":")):
            return None  # only in the clause itself
        if t.pos_ == "CCONJ" and t.i + 1 < a.verb.sent.end and _finite(t.nbor(1)):
            # a coordinated clause of its own: in "zal binnenkort aan mij worden bezorgd en zal
            # vervolgens door de Koning worden voorgelegd" the King submits, he does not deliver
            return None
        preposition = t.lower_ in _cues().agent_prepositions and t.nbor(1).lower_ != "middel"
        if preposition and t.head.pos_ in ("NOUN", "PROPN", "PRON") and t.head.i > t.i:
            return t.head
    return None


def _is_government(phrase: str, head: Token) -> bool:
    cues = _cues()
    heads = cues.government_heads
    own_level = any(t.lower_ in cues.own_nationality or t.lower_ == "onze" for t in head.subtree)
    if head.lower_ in cues.other_plurals and not own_level:
        return False  # "De regeringen die zich verbonden hebben ...": other governments
    foreign = any(
        c.dep_ == "amod" and c.text[:1].isupper() and c.lower_.endswith(("se", "sche")) and c.lower_ not in cues.own_nationality
        for c in head.children
    )
    if foreign and head.lemma_.lower() in heads:
        return False  # "De Iraakse regering": another country's government
    if head.lemma_.lower() in heads or head.lower_ in heads or cues.government_bodies.search(_fold(phrase)):
        return True
    if any(phrase.strip() == d or phrase.startswith(d + " ") for d in cues.departments) and not any(c.dep_ == "det" for c in head.children):
        return True  # "Volksgezondheid" (a Belgian department by its domain), not "de volksgezondheid"
    if any(c.dep_ == "flat" and c.lower_ in heads for c in head.children):
        return True  # "De Algemene Rekenkamer": the parser made the adjective the head of the name
    if _unglued(head.lower_) in heads:
        return True  # "hetkabinet": an article glued on by PDF extraction
    if head.lower_.endswith(cues.title_suffixes):
        return True  # a public office: "de commissaris-generaal", "de administrateur-generaal"
    if _neuter_acronym(head) and not cues.other_actors.search(phrase):
        return True  # "het NIRAS", "het FIDO", "het BIPT": a public institute or agency
    # "de jury, samengesteld uit leden van mijn administratie": a body of one's own services
    return any(t.lemma_.lower() in heads and any(c.lower_ in ("mijn", "onze", "ons") for c in t.children) for t in head.subtree)


def _unglued(word: str) -> str:
    """The word without an article or possessive that PDF extraction glued to its front
    ("hetkabinet" -> "kabinet"); the word itself when there is none."""
    for det in _cues().glued_determiners:
        if word.startswith(det) and len(word) > len(det) + 3:
            return word[len(det) :]
    return word


def _neuter_acronym(tok: Token) -> bool:
    """An acronym with the neuter article: "het NIRAS", "het FANC", "het CGVS". Public institutes,
    agencies and funds (instituut, agentschap, fonds, comité) take "het"; companies, parties and
    international organisations take "de" ("de NMBS", "de NAVO", "de PVDA")."""
    if not (tok.text.isupper() and 2 <= len(tok.text) <= 8 and tok.text.isalpha()):
        return False
    before = tok.doc[tok.i - 1] if tok.i > tok.sent.start else None
    return before is not None and before.lower_ == "het"


def _negated(a: _Anchor) -> bool:
    cues = _cues()
    for t in (a.verb, a.head):
        for c in t.children:
            if c.lower_ in cues.negations and _negates(c):
                return True
            if c.dep_ in ("obj", "nsubj:pass", "nsubj") and any(d.lower_ == "geen" for d in c.children):
                return True
    return _negated_midfield(a)


def _negates(neg: Token) -> bool:
    """Whether a negation word negates its clause: not "niet alleen ... maar ook" nor "niet later
    dan". ("al dan niet" does: what is left undecided is not taken on.)"""
    after = [t.lower_ for t in neg.doc[neg.i + 1 : min(neg.i + 3, neg.sent.end)]]
    non_scope = _cues().negation_non_scope
    return not (after and (after[0] in non_scope or " ".join(after) in non_scope))  # also "niet meer dan normaal"


def _midfield(a: _Anchor) -> Iterator[Token]:
    """The words between the finite verb and its content verb, up to a subordinating
    conjunction, clause punctuation or relative pronoun (each starts another clause)."""
    for t in a.verb.doc[a.verb.i + 1 : a.head.i]:
        if t.pos_ == "SCONJ" or t.text in _CLAUSE_PUNCT or "Rel" in t.morph.get("PronType"):
            return
        yield t


def _negated_midfield(a: _Anchor) -> bool:
    """A negation in the midfield that the parser hung elsewhere ("zullen dus niet alle
    diabetes patienten ... gedetecteerd worden")."""
    negations = _cues().negations
    return any(t.lower_ in negations and _negates(t) for t in _midfield(a))


def _conditional(a: _Anchor, sent: Span) -> bool:
    """The clause depends on a condition: "Als de dialoog vastloopt, zal ik ...", "Mocht blijken ...",
    "Waar het kabinet mogelijkheden ziet, zal het ..." (but "Waar het gaat om ..." names a topic)."""
    cues = _cues()
    conditional = cues.conditional - {"waar"} if cues.topic_frame.search(sent.text) else cues.conditional
    for t in (a.verb, a.head):
        for c in t.children:
            marks = [m.lower_ for m in c.children if m.dep_ == "mark" and m.lower_ in conditional]
            # "als" with a noun phrase only is a capacity ("Als minister van ... wil ik"); the
            # other conjunctions condition even without a verb ("indien nodig")
            clause = marks != ["als"] or any(x.pos_ in ("VERB", "AUX") for x in c.subtree) or _has_subject(c)
            if c.dep_ == "advcl" and marks and clause:
                return not cues.temporal_wanneer.search(sent.text)
    # The anchor inside the conditional clause itself ("Als we ooit willen evolueren, ..."):
    # conjunction, subject, verb, in subordinate word order.
    for t in reversed(a.verb.doc[max(sent.start, a.verb.i - 15) : a.verb.i]):
        if t.is_punct:
            break
        if t.lower_ in conditional and t.pos_ == "SCONJ":
            if a.subject is not None and t.i < a.subject.i < a.verb.i and not cues.temporal_wanneer.search(sent.text):
                return True
            break
    # "Waar nodig zal ik ...", "indien nodig": a condition without a verb (but "waar mogelijk
    # zullen wij ..." only hedges the commitment)
    for t in sent.doc[max(sent.start, a.verb.i - 3) : a.verb.i]:
        if t.lower_ in conditional and _elliptic(t, a.verb):
            return any(x.lower_ in cues.elliptic_conditions for x in sent.doc[t.i + 1 : a.verb.i])
    first = _first_word(sent)
    if first is not None and first.i < a.verb.i and _verb_first_condition(first, a.verb):
        return True
    if first is None or first.lower_ not in conditional or first.i >= a.verb.i:
        return False
    if first.lower_ in ("indien", "mocht", "mochten", "ingeval", "tenzij"):
        return True  # "Indien nodig, zal ik ...": always a condition, with or without a verb
    if cues.temporal_wanneer.search(sent.text):
        return False
    if first.lower_ == "als" and first.i + 1 < a.verb.i and first.nbor(1).lower_ in cues.subject_pronouns:
        return True  # "Als wij slagen in die hervorming zullen wij ...": a subject, so a clause
    # "Als kersvers staatssecretaris zal ik ...": "als" with a noun phrase only is no condition.
    between = sent.doc[first.i + 1 : a.verb.i]
    return any("Fin" in t.morph.get("VerbForm") for t in between) or first.lower_ in ("mocht", "mochten")


def _first_word(sent: Span) -> Token | None:
    """The sentence's first word, after punctuation and an enumeration marker ("3.", "a)")."""
    words = [t for t in sent if not t.is_punct and not t.is_space]
    if len(words) > 1 and re.fullmatch(r"(?:\d{1,2}|[a-z])[.)]?", words[0].text):
        marker = words[0].text[-1] in ".)" or (words[0].i + 1 < len(words[0].doc) and words[0].nbor(1).text in (".", ")"))
        if marker:
            return words[1]
    return words[0] if words else None


def _has_subject(clause: Token) -> bool:
    return any(c.dep_.startswith("nsubj") for c in clause.children)


def _verb_first_condition(first: Token, verb: Token) -> bool:
    """A condition in verb-first order, taken up by "dan" before the anchor ("Wordt de overeenkomst
    ... verlengd of vernieuwd, dan zal ..."): the sentence opens with a finite verb and ", dan"
    follows. The tagger may take the capitalised verb for a name ("Kiest men voor ..., dan zal
    ..."); a subject pronoun right after it shows the verb-first order."""
    finite = first.pos_ in ("VERB", "AUX") and "Fin" in first.morph.get("VerbForm")
    if not finite and not (first.i + 1 < verb.i and first.nbor(1).lower_ in _cues().subject_pronouns and first.pos_ != "PRON"):
        return False
    return any(t.lower_ == "dan" and t.nbor(-1).text == "," for t in first.doc[first.i + 2 : verb.i])


def _elliptic(word: Token, verb: Token) -> bool:
    """Only adjectives or adverbs (and a comma) between a conjunction and the finite verb: an
    elliptic phrase ("waar mogelijk", "indien nodig"), not a clause of its own."""
    between = [t for t in word.doc[word.i + 1 : verb.i] if t.text != ","]
    return bool(between) and all(t.pos_ in ("ADJ", "ADV") for t in between)


def _discourse(a: _Anchor, sent: Span, has_time: _Ahead) -> bool:
    """A speech act of the answer itself ("Ik zal nu antwoorden", "hieronder ga ik in op ...")."""
    cues = _cues()
    lemma = _head_lemma(a.head)
    if cues.addressee_attention.search(" ".join(t.text for t in _midfield(a))):
        return True  # "Ik wil uw aandacht vestigen op ...": the reader's attention, drawn in the answer
    if lemma in cues.occasion_verbs and any(
        c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in cues.discourse and any(m.lower_ in ("om", "te") for m in c.children)
        for c in a.head.children
    ):
        return True  # "Ik wil van de gelegenheid gebruikmaken om te zeggen dat ...": the occasion of a speech act
    if (
        a.kind == "willen"
        and not has_time
        and lemma == "maken"
        and any(c.dep_ == "obj" and {c.lemma_.lower(), c.lower_} & cues.discourse_objects for c in a.head.children)
    ):
        return True  # "wil ik enkele kanttekeningen maken", "wil ik een onderscheid maken tussen ...": a remark to come
    if {lemma, a.head.lemma_.lower(), a.head.lower_} & cues.meeting_verbs:
        return not has_time  # "Ik zal het antwoord in enkele woorden samenvatten": an act of this meeting
    if {lemma, a.head.lemma_.lower(), a.head.lower_} & cues.discourse_here:
        # "ik zal daar straks op terugkomen", "waarop ik zal terugkomen in het antwoord op uw
        # volgende vragen": later in the meeting or answer; "Ik zal hierop terugkomen" stays
        return bool(cues.here.search(sent.text))
    if not {lemma, a.head.lemma_.lower(), a.head.lower_} & cues.discourse:
        return False
    if lemma == "stellen" and any(c.dep_ in ("obj", "nsubj") and c.lemma_.lower() in ("vraag", "vragen") for c in a.head.children):
        # "Die vraag zal ik de Europese Commissie stellen" (the object fronted, parsed as a
        # subject): asking someone, an act
        return False
    if a.head.lemma_.lower() == "stellen" and any(t.lower_ == "ter" for t in [*a.group, *a.head.children]):
        return False  # "ter beschikking / ter hand stellen": to put, not to state
    if any(t.lemma_.lower() == "blijven" for t in a.verb.doc[a.verb.i : a.head.i + 1]):
        return False  # "Deze uitleg zal ik blijven benadrukken": a continuing commitment
    if cues.here.search(sent.text) or a.kind == "willen":
        return True  # "Ik wil erop wijzen dat ...", "wil ik meegeven dat ..."
    if a.kind == "present" and {lemma, a.head.lemma_.lower(), a.head.lower_} & cues.reported_speech:
        return True  # "kan ik bevestigen dat ...": the time belongs to what is said
    return not (has_time or _has_deliverable(sent, a.head))


def _has_deliverable(sent: Span, verb: Token | None = None) -> bool:
    """A deliverable noun in the sentence ("de voortgangsbrief"), not a verb that contains one
    ("beantwoorden"), even when the tagger took the clause's own content verb for a noun ("Ik
    zal uw vragen ... samen beantwoorden")."""
    pattern = _cues().deliverable_re
    return any(t.pos_ in ("NOUN", "PROPN") and (verb is None or t.i != verb.i) and pattern.fullmatch(t.text) for t in sent)


def _commits(a: _Anchor, sent: Span, future: _Ahead) -> bool:
    """Whether one anchored clause is a commitment of the government."""
    cues = _cues()
    lemmas = {t.lemma_.lower() for t in a.group}
    if a.kind == "present" and (a.verb.lemma_.lower() in cues.possibility or _modal_in_cluster(a, cues.possibility)):
        # "zodat het probleem ... kan worden aangepakt", and the passive auxiliary of that cluster
        # ("kan ... pas binnen enkele maanden geanalyseerd worden"): a possibility, not an act
        return False
    if a.kind == "present" and a.verb.lemma_.lower() == "blijven":
        return False  # a present continuation ("Nederland en de EU blijven inzetten op ..."), not a commitment
    if a.kind == "present" and not _may_commit_in_present(a, sent, future):
        return False  # decided before the costlier checks below (same result, in any order)
    if (
        _negated(a)
        or _conditional(a, sent)
        or _discourse(a, sent, future)
        or _reported_by_other(a, sent)
        or _indirect_question(a)
        or _expected(a, sent)
        or _premature(a, sent)
        or _stance(a)
        or _quoted(a, sent)
        or _required(a, sent)
        or _referral(a)
        or _negated_matrix(a)
        or _habitual(a)
        or _hedged(a)
        or _wish_complement(a)
        or _aspiration(a)
    ):
        return False
    actor = _actor(a, sent)
    if actor in ("other", "unknown") and _head_lemma(a.head) not in cues.prediction and _reported_by_government(a):
        actor = "government"
    if actor not in ("self", "government") and _consequence(a, sent):
        return False  # "Het betekent dat er ... meer lagen beschikbaar zullen zijn": what a measure brings about
    if a.kind == "present" and actor in ("self", "government") and _head_lemma(a.head) in cues.provide_verbs:
        # "Daarom voorzien we een actualisatie", not "We voorzien dat ..." (foresee) nor the
        # perfect "wij hebben deze opgave van kanttekeningen voorzien"
        # ("zowel ... als" is no complement clause)
        return "hebben" not in lemmas and not any(c.dep_ == "mark" and c.pos_ == "SCONJ" and c.lower_ == "dat" for c in a.head.subtree)
    if (lemmas & cues.obligation or _modal_in_midfield(a, cues.obligation)) and actor != "self" and not _cabinet_obligation(a):
        return False  # "zal ... moeten": an obligation of others, not a commitment
    if actor not in ("self", "government") and _modal_in_cluster(a, cues.possibility) and not (_dated(a, future) or _after_once(a, sent)):
        return False  # "zullen er ... rittijdwinsten gerealiseerd kunnen worden": what becomes possible
    head = _head_lemma(a.head)
    if a.kind in ("zullen", "gaan"):
        if actor in ("self", "government"):
            return head not in cues.government_nonaction
        if actor == "passive":
            if a.head.lower_ in cues.state_participles:
                return False
            # "zal ... gericht zijn", "zullen ... bezet zijn": a state to come, not an act, unless
            # dated or a result that arrives ("Tegen eind deze maand zullen de cijfers gekend zijn")
            return not _state_passive(a) or _arrives(a, cues.availability) or _dated(a, future)
        if actor == "deliverable":
            return _arrives(a)
        return actor == "event"
    if a.kind == "willen":
        # "ik wil duidelijk zijn", "wij willen een betrouwbare partner zijn": a wish to be, no act
        return actor in ("self", "government") and head not in cues.government_nonaction and a.head.lemma_.lower() not in cues.copulas
    # present tense: a commitment only with a future time ("Ik stuur u voor de zomer ...",
    # "In 2013 verschijnt een rapport", "De uitkomsten worden in het najaar aangeboden"), or
    # informing the Chamber ("Uw Kamer wordt ... nader geïnformeerd": who else would inform it).
    kamer = a.subject is not None and any(t.lower_ == "kamer" for t in a.subject.subtree)
    if a.passive and cues.inform.search(sent.text) and (actor in ("passive", "self", "government") or kamer):
        return True
    if a.passive and actor in ("passive", "government") and a.head.lower_ in cues.future_work:
        return True  # "Mitigerende maatregelen worden meegenomen in ...", "wordt nader onderzocht"
    if not _dated(a, future):
        return False
    if actor in ("self", "government"):
        return head not in cues.government_nonaction and head not in ("zijn", "hebben")
    if actor == "passive":
        return a.head.lower_ not in cues.state_participles
    if actor == "deliverable":
        return _arrives(a)
    return actor == "event"


def _wish_complement(a: _Anchor) -> bool:
    """The clause is the "dat"-complement of "willen" itself ("Het kabinet wil dat de aandeelhouder
    vroegtijdig wordt betrokken", "Nederland en de Europese Unie willen dat alle grote economieën
    ..."): a wish about how others act or things turn out, not an act taken on (an aspiration in
    the codebook's terms). Read from word order: the clause opens with "dat" and the nearest
    finite verb before it is a form of "willen" with no infinitive of its own in between ("wil ik
    benadrukken dat ...", "willen wij bereiken dat ..." are other verbs' complements)."""
    opener = _clause_before(a.verb)
    if not opener or opener[-1].lower_ != "dat" or opener[-1].pos_ != "SCONJ" or opener[-1].i + 1 == a.verb.i:
        return False  # "..., dat zal ...": a pronoun before the finite verb, no complementiser
    for t in reversed(a.verb.doc[a.verb.sent.start : opener[-1].i]):
        if t.text in _CLAUSE_PUNCT and t.text != ",":
            return False
        if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm"):
            return t.lower_ in _cues().willen
        if _is_infinitive(t) and t.pos_ in ("VERB", "AUX"):
            return False
    return False


def _aspiration(a: _Anchor) -> bool:
    """An effort stated as such, no concrete act or deliverable ("Wij moeten en zullen samen
    alles op alles zetten om ...", "zullen we doen wat we moeten doen", "alles op alles gezet zal
    worden"): the codebook's aspirations. Looked for in the anchor's verb group and the words
    around it up to the end of its clause."""
    doc = a.verb.doc
    lo, hi = min(a.verb.i, a.head.i), max(a.verb.i, a.head.i)
    end = hi + 1
    while end < a.verb.sent.end and end < hi + 8 and doc[end].text not in _CLAUSE_PUNCT and doc[end].pos_ != "SCONJ":
        end += 1
    return bool(_cues().aspiration.search(doc[max(a.verb.sent.start, lo - 4) : end].text))


def _cabinet_obligation(a: _Anchor) -> bool:
    """The cabinet's own "zal ... moeten" in a main clause ("De regering zal de komende jaren ...
    moeten opvolgen"), taken on like "we zullen moeten"; not an agency's or authority's duty
    described ("Dit betekent dat de SVB ... zal moeten uitvoeren", "zal de aanbestedende overheid
    ... moeten verzoeken")."""
    subj = a.subject
    if a.kind != "zullen" or subj is None or subj.lemma_.lower() not in _cues().cabinet_heads:
        return False
    if any(c.dep_ == "amod" for c in subj.children):
        return False
    if a.verb.head.dep_ in ("ccomp", "advcl", "acl", "acl:relcl") and not _subject_first_main(a.verb, subj):
        return False
    return not any(c.dep_ == "mark" for t in (a.verb, a.head) for c in t.children)


def _subject_first_main(verb: Token, subj: Token) -> bool:
    """A main clause by word order: the sentence (or a run-on sentence after a full stop) opens
    with the subject noun phrase and the finite verb follows it ("... en dat weet u. De regering
    zal ... moeten opvolgen", which the parser took for a complement)."""
    if subj.i >= verb.i or any(t.pos_ not in ("DET", "ADJ", "NOUN", "PROPN") for t in verb.doc[subj.i : verb.i]):
        return False
    start = subj.i
    while start > verb.sent.start and verb.doc[start - 1].pos_ in ("DET", "ADJ"):
        start -= 1
    return start == verb.sent.start or verb.doc[start - 1].text.endswith((".", ";", ":"))


def _modal_in_midfield(a: _Anchor, modals: frozenset[str]) -> bool:
    """A modal in the midfield that the parser left out of the verb group ("Hier zal aan moeten
    worden gewerkt")."""
    return any(t.pos_ in ("AUX", "VERB") and t.lemma_.lower() in modals for t in _midfield(a))


def _modal_in_cluster(a: _Anchor, modals: frozenset[str]) -> bool:
    """A modal among the anchor's own auxiliaries ("zullen ... gerealiseerd kunnen worden"), not
    one of a clause the parser joined to it ("gaan onderzoeken hoe ... kunnen worden betrokken")."""
    for t in a.group:
        if t is a.verb or t.lemma_.lower() not in modals:
            continue
        lo, hi = sorted((a.verb.i, t.i))
        if not any(x.pos_ == "SCONJ" or x.is_punct or x.lower_ in _cues().indirect_question for x in a.verb.doc[lo + 1 : hi]):
            return True
    return False


def _state_passive(a: _Anchor) -> bool:
    """A passive with "zijn" and no "worden": the state after an act ("zal ... beperkt zijn")."""
    return a.passive and not any(t.lemma_.lower() in ("worden", "word") for t in a.group)


def _dated(a: _Anchor, future: _Ahead) -> bool:
    """A time ahead of the letter in the anchor's own clause that dates the act: not the time of
    a relative or other clause ("België is gebaat bij de aankopen, die op korte termijn ...
    zullen versterken") nor the end of a period ("Deze pilot wordt verlengd tot en met juni 2023")."""
    return any(_owns(a, t) and not _period_end(t, future.text) for t in future.times)


def _period_end(t: TimeExpression, text: str) -> bool:
    """The time closes a period ("verlengd tot en met juni 2023", "loopt tot september 2022")."""
    return bool(_cues().period_end.search(text[max(0, t.start - 12) : t.start])) or t.text.lower().startswith("tot ")


def _habitual(a: _Anchor) -> bool:
    """A standing procedure, not a commitment: an adverb of habit in the clause ("zal er altijd
    alles op alles gezet worden", "De regering gaat altijd met dat voorstel aan de slag"), but not
    a comparison ("zoals steeds")."""
    habitual = _cues().habitual
    for t in (a.verb, a.head):
        for c in t.children:
            if c.lower_ in habitual and not (c.i > 0 and c.nbor(-1).lower_ == "zoals"):
                return True
    # also in the midfield, whatever the parser attached it to ("Het Openbaar Ministerie zal hier
    # steeds prioriteit aan verlenen")
    if any(t.lower_ in habitual and not (t.i > 0 and t.nbor(-1).lower_ == "zoals") for t in _midfield(a)):
        return True
    # a phrase of habit in the midfield: "Daar willen we elke dag verder aan werken"
    if _cues().habitual_phrase.search(" ".join(t.text for t in _midfield(a))):
        return True
    # a coordinated verb shares the first conjunct's adverb of habit with its subject ("De
    # regering gaat altijd met dat voorstel aan de slag, bekijkt het ... en zal er ... voor zorgen")
    shared = _gapped_subject(a.verb)
    if shared is not None:
        return any(t.lower_ in habitual and t.nbor(-1).lower_ != "zoals" for t in a.verb.doc[shared.i + 1 : a.verb.i])
    return False


def _hedged(a: _Anchor) -> bool:
    """A hedged forecast, not a commitment: "zal ... hopelijk ... kunnen verbeteren", "zal dus
    mogelijk een groot bedrag ... laten zien". Looked for among the dependents of the verb group
    and in the midfield up to the content verb; "zo snel mogelijk", "zo laagdrempelig mogelijk",
    "waar mogelijk" and "indien mogelijk" do not hedge."""
    cues = _cues()
    words = [c for t in (a.verb, a.head) for c in t.children if c.dep_ == "advmod" and c.i < a.head.i]
    for t in _midfield(a):
        if t.lower_ in cues.indirect_question:
            break  # "zal evalueren in welke mate het mogelijk is ...": another clause
        words.append(t)
    # a hedge that alone fills the first position before the finite verb scopes over the clause
    # ("Mogelijk zullen deze cijfers ... herzien worden")
    if a.verb.i > a.verb.sent.start:
        first = a.verb.nbor(-1)
        if first.i == a.verb.sent.start or first.nbor(-1).text in _CLAUSE_PUNCT:
            words.append(first)
    return any(
        t.lower_ in cues.hedges and not any(x.lower_ in cues.hedge_non_scope for x in t.doc[max(t.sent.start, t.i - 3) : t.i])
        for t in words
    )


def _may_commit_in_present(a: _Anchor, sent: Span, future: _Ahead) -> bool:
    """False when no way to a commitment in :func:`_commits` is open to a present-tense clause:
    none of a providing verb, a passive of informing or of future work, or a future time."""
    cues = _cues()
    if _head_lemma(a.head) in cues.provide_verbs:
        return True
    if a.passive and (a.head.lower_ in cues.future_work or cues.inform.search(sent.text)):
        return True
    return bool(future)


def _reported_by_other(a: _Anchor, sent: Span) -> bool:
    """A future in what someone else said ("De HV gaf aan dat de minister uitgenodigd zal
    worden", "De NMBS preciseert dat ..."): their plan, not a commitment of the answerer."""
    cues = _cues()
    t = a.head
    for _ in range(4):
        if t.head is t:
            return False
        if t.dep_ in ("ccomp", "parataxis") or any(c.lower_ == "dat" and c.dep_ == "mark" for c in t.children):
            speaker_verb = t.head
            if _head_lemma(speaker_verb) in cues.reported_speech or speaker_verb.lemma_.lower() in cues.reported_speech:
                subj = next((c for c in speaker_verb.children if c.dep_ == "nsubj"), None)
                if subj is None or subj.lower_ in cues.first_person or subj.lemma_.lower() in cues.documents:
                    return False  # "Artikel 11 van de beslissing stelt dat ...": the document's content
                phrase = " ".join(x.text for x in subj.subtree)
                return not _is_government(phrase, subj) and subj.lower_ not in ("hij", "zij", "ze")
            return False
        t = t.head
    return False


def _reported_by_government(a: _Anchor) -> bool:
    """A future reported by a minister ("De minister heeft aangegeven dat de stafdirecties ...
    zullen wijzen op ..."): the minister's services' commitment."""
    cues = _cues()
    t = a.head
    for _ in range(4):
        if t.head is t:
            return False
        if t.dep_ == "ccomp" or any(c.lower_ == "dat" and c.dep_ == "mark" for c in t.children):
            speaker_verb = t.head
            if {_head_lemma(speaker_verb), speaker_verb.lemma_.lower()} & cues.reported_speech:
                # also "nsubj:pass": the parser takes "heeft de minister aangekondigd" for a passive
                subj = next((c for c in speaker_verb.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
                return subj is not None and _is_government(" ".join(x.text for x in subj.subtree), subj)
            return False
        t = t.head
    return False


def _negated_matrix(a: _Anchor) -> bool:
    """The clause hangs on a negated verb ("Dat wil niet zeggen dat wij drie jaar zullen
    wachten", "Dit betekent niet dat ...", also as the parser's xcomp of a verb before the
    clause: "Het regeerakkoord voorziet niet dat daarvoor middelen zullen worden vrijgemaakt")."""
    negations = _cues().negations
    t = a.head
    for _ in range(4):
        if t.head is t:
            return False
        earlier = t.dep_ == "xcomp" and t.head.i < a.verb.i and "Fin" in t.head.morph.get("VerbForm")
        if t.dep_ == "ccomp" or earlier or any(c.lower_ == "dat" and c.dep_ == "mark" for c in t.children):
            return any(c.lower_ in negations and _negates(c) for c in t.head.children)
        t = t.head
    return _negation_before_complementiser(a)


def _negation_before_complementiser(a: _Anchor) -> bool:
    """By word order: the anchor's clause opens with "dat" and the clause before it has a
    negation after its finite verb ("Het regeerakkoord voorziet niet dat ...", "Dit betekent
    niet dat ..."), whatever the parser attached the clause to."""
    opener = _clause_before(a.verb)
    if not opener or opener[-1].lower_ != "dat" or opener[-1].pos_ != "SCONJ" or opener[-1].i + 1 == a.verb.i:
        return False  # "..., dat zal ... worden meegenomen": a pronoun before the finite verb, no complementiser
    negations = _cues().negations
    for t in reversed(a.verb.doc[a.verb.sent.start : opener[-1].i]):
        if t.text in _CLAUSE_PUNCT and t.text != ",":
            return False
        if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm"):
            return False
        if t.lower_ in negations and _negates(t):
            return True
    return False


def _expected(a: _Anchor, sent: Span) -> bool:
    """The clause is what someone expects ("Mijn verwachting is dus dat de partijen ... zullen
    komen", "De verwachting is dat ..."): a forecast, not a commitment."""
    before = sent.doc[sent.start : a.verb.i].text
    return bool(_cues().expectation_frame.search(before))


def _after_once(a: _Anchor, sent: Span) -> bool:
    """The anchor is the main clause after a fronted "zodra"-clause ("Zodra de wettelijke basis
    gestemd is, zal hierover kunnen worden gecommuniceerd"): "zodra" (as soon as) is temporal,
    not a condition, and gives the clause its (vague) term, the codebook's "zodra ..." promise
    without a deadline; so "zal ... kunnen" there is the next step, as with a dated clause, not
    a mere possibility. Only when the "zodra"-clause opens the sentence and a comma closes it
    before the anchor's verb."""
    m = _cues().once_clause.match(sent.text)
    return m is not None and a.verb.idx - sent.start_char >= m.end()


def _consequence(a: _Anchor, sent: Span) -> bool:
    """The clause is the "dat"-complement of "betekenen" or "inhouden" ("Het betekent dat er in de
    toekomst meer lagen beschikbaar zullen zijn"): what a measure brings about, which the codebook
    counts as no act; the caller keeps it a commitment when the answering side itself is the
    subject ("Dat betekent dat wij ... de ziekenhuizen het geld zullen geven")."""
    before = sent.doc[sent.start : a.verb.i].text
    before = re.split(r"[;:]", before)[-1]
    return bool(_cues().consequence_frame.search(before))


_QUOTES = re.compile(r'["“”„]')


def _quoted(a: _Anchor, sent: Span) -> bool:
    """The anchor's verb stands between an opening and a closing quotation mark of the sentence
    (De "redenen die zullen worden aangevoerd" zijn ons onbekend): words quoted from the question
    or another text, mentioned rather than said by the answer, so no commitment of its own. A
    lone closing mark (the end of a quotation that began in an earlier sentence) does not count."""
    at = a.verb.idx - sent.start_char
    before = len(_QUOTES.findall(sent.text[:at]))
    return before % 2 == 1 and bool(_QUOTES.search(sent.text[at:]))


def _stance(a: _Anchor) -> bool:
    """The finite verb opens a stance, not an act: the idiom "zal de laatste/eerste zijn om ..."
    ("Ik zal persoonlijk de laatste zijn om het nut ervan in twijfel te trekken": I would never
    doubt it), or "willen" with "kennen"/"weten" as its verb ("Op die manier wil ik het standpunt
    van de Gewesten kennen"), a wish to know, not a deliverable. Read from the finite verb to the
    end of its stretch of the sentence, since the parser often gets the head of these wrong."""
    cues = _cues()
    rest = a.verb.doc[a.verb.i : a.verb.sent.end].text
    if a.kind == "zullen" and cues.stance_idiom.match(rest):
        return True
    return a.kind == "willen" and bool(cues.wish_to_know.match(rest))


def _premature(a: _Anchor, sent: Span) -> bool:
    """The clause hangs from "het is (nog) te vroeg / voorbarig om ..." ("Het is nog te vroeg om
    uitspraken te doen over de maatregelen die zullen worden vastgesteld"): the answer says it
    cannot yet tell what will be done, which commits to nothing. Only within the anchor's own
    stretch of the sentence: a clause after "maar", ";" or ":" can still commit ("Het is te vroeg
    voor conclusies, maar ik zal u informeren")."""
    before = sent.doc[sent.start : a.verb.i].text
    before = re.split(r"[;:]|\bmaar\b", before, flags=re.I)[-1]
    return bool(_cues().premature_frame.search(before))


def _required(a: _Anchor, sent: Span) -> bool:
    """The clause is what something requires ("vereist dat een globale visie ... wordt
    uitgewerkt", "Het is noodzakelijk dat ..."): a condition described, not an act taken on."""
    mark = next((c for c in a.head.children if c.dep_ == "mark" and c.lower_ == "dat"), None)
    if mark is None:
        for t in reversed(sent.doc[max(sent.start, a.verb.i - 20) : a.verb.i]):
            if "Fin" in t.morph.get("VerbForm") and t.pos_ in ("VERB", "AUX"):
                return False
            if t.lower_ == "dat" and t.pos_ == "SCONJ":
                mark = t
                break
    if mark is None:
        return False
    return bool(_cues().requirement_frame.search(sent.doc[sent.start : mark.i].text))


def _referral(a: _Anchor) -> bool:
    """The answer passes the question on to another minister ("het antwoord door de minister van
    Middenstand zal worden gegeven", "Een globaal antwoord ... zal worden verstrekt door de
    vice-eerste minister"): that minister's answer, not a commitment of the answerer."""
    cues = _cues()
    subj = next((c for c in a.head.children if c.dep_ in ("nsubj:pass", "nsubj")), None)
    if subj is not None and subj.pos_ == "PRON" and a.head.dep_ == "acl:relcl":
        subj = a.head.head  # "het antwoord dat zal worden gegeven door de eerste minister": the relative's antecedent
    if subj is None or subj.lemma_.lower() not in cues.answer_nouns:
        return False
    # the "door ..." phrase after the verb, or before it in a subordinate clause
    agent = _agent(a) or next((c for c in a.head.children if any(x.lower_ == "door" and x.dep_ == "case" for x in c.children)), None)
    return agent is not None and any(t.lower_ in cues.referral_agents for t in agent.subtree)


def _indirect_question(a: _Anchor) -> bool:
    """The clause is an indirect question ("in hoeverre de minister ... wil dragen", "of het
    budget zal worden overschreden")."""
    words = _cues().indirect_question
    for t in reversed(a.verb.doc[max(a.verb.sent.start, a.verb.i - 15) : a.verb.i]):
        if t.is_punct or ("Fin" in t.morph.get("VerbForm") and t.i != a.verb.i):
            return False
        if t.lower_ in words and (t.pos_ in ("SCONJ", "ADV") or t.dep_ in ("mark", "advmod") or t.lower_ in _cues().question_only):
            # "waar mogelijk zullen wij ...": an elliptic hedge before an inverted verb, no question
            return not _elliptic(t, a.verb)
        if t.lower_ == "wanneer" and _after_asking(t):
            return True  # "u hebt gevraagd wanneer er ... zal worden geschapen"
        if t.lower_ in _cues().question_determiners and t.dep_ == "det":
            # an interrogative determiner opens the clause's first phrase: "te vroeg om uitsluitsel
            # te geven over welke oplossing er zal worden gevonden" (what is still open, not taken on)
            return True
        if t.pos_ == "SCONJ":
            return False
    return False


def _after_asking(word: Token) -> bool:
    """The word follows a verb of asking or knowing ("gevraagd wanneer", "weet niet wanneer")."""
    before = [t for t in word.doc[max(word.sent.start, word.i - 3) : word.i] if not t.is_punct]
    return any(t.lemma_.lower() in _cues().asking_verbs for t in before[-2:])


def _arrives(a: _Anchor, predicates: frozenset[str] | None = None) -> bool:
    """A deliverable that comes, appears or becomes available ("De conclusies zullen begin 2018
    beschikbaar zijn", "In 2013 verschijnt een rapport"); looked for in the verb group and the
    few words after the finite verb, where the parser may have lost the predicate."""
    arrival = predicates if predicates is not None else _cues().arrival
    if _head_lemma(a.head) in arrival or a.head.lemma_.lower() in arrival:
        return True
    window = a.verb.doc[a.verb.i : min(a.verb.i + 8, a.verb.sent.end)]
    return any(
        t.lemma_.lower() in arrival
        and t.pos_ in ("VERB", "ADJ", "AUX")
        and not (t.dep_ in ("amod", "acl") and "Part" in t.morph.get("VerbForm"))  # "de komende weken"
        and not _attributive_inflected(t)  # "de beschikbare middelen", not "is ... beschikbaar medio 2026"
        for t in window
    )


def _attributive_inflected(tok: Token) -> bool:
    """An adjective inflected before its noun ("de beschikbare middelen"): it describes the noun,
    it does not say that something arrives."""
    return tok.dep_ == "amod" and tok.head.i > tok.i and tok.lower_.endswith("e") and not tok.lemma_.lower().endswith("e")


def _intention(sent: Span, future: _Ahead) -> bool:
    """Intention and planning phrases: "Ik ben voornemens ...", "Bedoeling is om ...",
    "De evaluatie is voorzien in september 2026", a deliverable in preparation ("De dienst
    is een rapport aan het voorbereiden"), and what the coalition agreement lays down ("in het
    regeerakkoord is vermeld dat we ... zouden uitbreiden", "wordt in het regeerakkoord voorzien
    in een flexibilisering"): the government's own programme, even in "zouden". Also what a
    minister announced ("heeft de minister aangekondigd dat de Raad voor Rechtsbijstand ... gaat
    monitoren", reported in Rekenkamer answers), work under way on a deliverable ("In overleg met
    de minister van Economie werk ik aan een wetsontwerp", "We werken aan een eerste pakket") and an intention in the past tense for a time
    still ahead ("De minister was voornemens in januari 2013 de voortgangsrapportage ... toe te
    sturen", in a letter of May 2012). And what the reader will read or hear from the answerer at
    a time ahead ("Meer hierover zult u lezen in onze binnenkort te verschijnen brief", "In de
    komende weken zult u daarover meer vernemen"; not "U zult onder meer lezen dat ...")."""
    cues = _cues()
    text = _span_text(sent)
    if cues.law_description.search(text):
        return False
    patterns = (
        (cues.intention_firm, False),
        (cues.intention_scheduled, True),
        (cues.progressive, False),
        (cues.work_on, False),
        (cues.agreement_frame, False),
        (cues.announcement_frame, False),
        (cues.past_intention, True),
        (cues.reader_frame, True),
    )
    for pattern, needs_time in patterns:
        m = pattern.search(text)
        if not m or (needs_time and not future):
            continue
        if pattern is cues.progressive and not _has_deliverable(sent):
            continue
        if pattern is cues.work_on and not cues.deliverable_re.search(m.group(0).split(" aan ", 1)[-1]):
            continue  # "we werken aan een wetsontwerp", not "we werken aan een gecoördineerde aanpak"
        if pattern is cues.intention_scheduled and (cues.other_actors.search(m.group(0)) or cues.companies.search(m.group(0))):
            continue  # "Tegen eind 2026 worden voorstellen van de Commissie verwacht", "wordt door de NMBS ... gepland"
        if pattern is cues.intention_scheduled and cues.provision.search(m.group(0)):
            continue  # "is een budget voorzien van ... waarvan 3,72 miljoen euro in 2025": provided, not planned
        window = text[max(0, m.start() - 25) : m.end() + 5].lower()
        if re.search(r"\b(?:niet|geen|nooit)\b", window):
            continue
        return True
    return False


# --- time ----------------------------------------------------------------------------------


def _future(t: TimeExpression, text: str, letter: dt.date | None) -> bool:
    """Whether a time expression points ahead of the letter's date."""
    cues = _cues()
    before = text[max(0, t.start - 25) : t.start].lower()
    if t.rule == "time.vague":
        return True
    # "nog dit jaar", "dit jaar nog", "later dit jaar": what is still to come in the current period
    still = bool(re.search(r"\b(?:nog|later)\s*$", before) or re.match(r"\s*nog\b", text[t.end : t.end + 6].lower()))
    if letter is None:
        return (
            t.rule in cues.future_rules
            or bool(cues.future_without_date.search(t.text + " " + before[-12:]))
            or (still and bool(cues.current_period.match(t.text.strip())))
        )
    if cues.current_period.match(t.text.strip()) and not (still or re.search(r"\b(?:voor|vóór|tegen|uiterlijk)\s*$", before)):
        return False  # "dit jaar", "deze maand": now, unless "nog dit jaar" or "dit jaar nog"
    if t.range_end is None:
        return t.range_start is not None and t.range_start > letter
    if t.range_end <= letter:
        return False
    return t.range_start is None or t.range_start >= letter.replace(month=1, day=1)


def _who(sent: Span, answerer: str | None) -> str:
    """The answering minister, unless another body is the subject of the promise."""
    cues = _cues()
    low = sent.text.lower()
    for tok in sent:
        if tok.dep_ == "nsubj":  # not the subject of a passive: that is what is done ("Er zal een GEB uitgevoerd worden")
            phrase = " ".join(t.text for t in tok.subtree if not t.is_punct)
            if len(phrase) > 70:
                phrase = tok.text
            if tok.lower_ in cues.first_person or tok.lemma_.lower() in cues.government_heads or "kamer" in phrase.lower():
                break
            # Another body: a proper name ("DICTU", "De ADR", "EZK en BZK"), not a deliverable.
            if (tok.pos_ == "PROPN" or re.search(r"\b[A-Z]{2,}\b", phrase)) and not cues.deliverable_re.search(tok.text):
                return phrase
            break
    if re.search(r"\b(?:ik|wij|we|het kabinet|mijn ministerie)\b", low) or answerer:
        return answerer or "de bewindspersoon"
    return "de bewindspersoon"


def _what(sent: Span) -> str:
    """The deliverable: the phrase around the first deliverable noun, else the main verb phrase."""
    cues = _cues()
    tok = next((t for t in sent if t.pos_ in ("NOUN", "PROPN") and cues.deliverable_re.fullmatch(t.text)), None)
    if tok is not None:
        # The noun phrase of the deliverable (a noun, not "onderzoeken" the verb): the noun and its modifiers.
        words = [t for t in tok.subtree if not t.is_punct]
        if 0 < len(words) <= 12:
            return " ".join(t.text for t in words)
        return tok.text
    if cues.inform.search(sent.text):
        return "informatie aan de Kamer"
    return " ".join(sent.text.split()[:12])


def extract(
    answer_doc: Doc,
    *,
    question_no: str | None = None,
    pair_id: str | None = None,
    letter_date: dt.date | None = None,
    answerer: str | None = None,
) -> list[Promise]:
    """Promises in one answer (``answer_doc`` is the analysed answer text).

    The deferral detector's hits do not decide: a sentence it flagged goes through the same
    commitment analysis as any other, so that what the command reports is what
    ``scripts/evaluate_promises.py`` measures. (Accepting flagged sentences as well lowered
    precision on both the labelled sentences, 0.80 -> 0.71, and the fresh held-out set,
    0.70 -> 0.64, for a recall gain of one sentence.)
    """
    out: list[Promise] = []
    decisions = sentence_decisions(answer_doc, letter_date)
    for sent in answer_doc.sents if len(answer_doc) else []:
        promised, best = decisions[sent.start_char]
        if not promised:
            continue
        out.append(
            Promise(
                question_no=question_no,
                pair_id=pair_id,
                who=_who(sent, answerer),
                what=_what(sent),
                deadline_text=best.text if best else None,
                start=best.range_start if best else None,
                end=best.range_end if best else None,
                evidence=" ".join(sent.text.split()),
                evidence_start=sent.start_char,
                evidence_end=sent.end_char,
            )
        )
    return out


def sentence_decisions(doc: Doc, letter_date: dt.date | None) -> dict[int, tuple[bool, TimeExpression | None]]:
    """:func:`analyse_sentence` for every sentence of an analysed answer, by the sentence's first
    character; computed once per Doc and letter date (the learned deferral detector reads the
    same decisions as the promise list, see ``classifier/detectors/units.py``)."""
    key = ("ontwijkmeter.promises", letter_date.isoformat() if letter_date else None)
    cached = doc.user_data.get(key)
    if cached is None:
        cached = {sent.start_char: analyse_sentence(sent, letter_date) for sent in (doc.sents if len(doc) else [])}
        doc.user_data[key] = cached
    return cached


@dataclass(frozen=True)
class PromiseTraits:
    """What the promise list would say of a promising sentence, for the deferral detector."""

    other_body: bool  # another organisation promises, not the answering side
    deliverable: str | None  # lemma of the deliverable noun ("brief", "onderzoek")
    informs: bool  # the Kamer is to be informed
    what: str  # the deliverable as the promise list gives it


def promise_traits(sent: Span) -> PromiseTraits:
    cues = _cues()
    tok = next((t for t in sent if t.pos_ in ("NOUN", "PROPN") and cues.deliverable_re.fullmatch(t.text)), None)
    return PromiseTraits(
        other_body=_who(sent, None) != "de bewindspersoon",
        deliverable=tok.lemma_.lower() if tok is not None else None,
        informs=bool(cues.inform.search(sent.text)),
        what=_what(sent),
    )


def _span_text(span: Span) -> str:
    """``span.text``, cut from the Doc's text as read once (``Span.text`` joins its tokens anew
    on every call)."""
    return doc_table(span.doc).text[span.start_char : span.end_char]


def analyse_sentence(sent: Span, letter_date: dt.date | None) -> tuple[bool, TimeExpression | None]:
    """Whether the sentence holds a promise, and its deadline if it states one."""
    cues = _cues()
    text = _span_text(sent)
    if text.rstrip().endswith("?") or cues.not_promise.search(text) or cues.law_description.search(text):
        return False, None
    future = _Ahead(text, letter_date)
    committed = [a for a in _anchors(sent) if _commits(a, sent, future)]
    if not committed and not _intention(sent, future):
        return False, None
    return True, _deadline([t for t in future.times if not _period_end(t, text)], letter_date, committed)


class _Ahead:
    """The time expressions of a sentence that point ahead of the letter; true when there is one.

    Searched only when a rule asks (a present-tense clause, a scheduling phrase) or a promise
    needs its deadline: most sentences are decided without them.
    """

    def __init__(self, text: str, letter_date: dt.date | None) -> None:
        self.text = text
        self.letter_date = letter_date

    @cached_property
    def times(self) -> list[TimeExpression]:
        text, letter_date = self.text, self.letter_date
        times = [t for t in find_time_expressions(text, letter_date) if not _is_past_reference(text, t)]
        if letter_date is None:
            # Without a date a relative term cannot be placed; one that is not past still looks ahead
            # in a future clause ("Een eerstvolgende vergadering staat gepland voor november").
            return [t for t in times if t.rule != "time.vague" or _future(t, text, None)]
        return [t for t in times if _future(t, text, letter_date)]

    def __bool__(self) -> bool:
        return bool(self.times)


def _deadline(ahead: list[TimeExpression], letter_date: dt.date | None, anchors: list[_Anchor]) -> TimeExpression | None:
    """The promise's term: the first dated expression ahead of the letter that belongs to a
    committing clause; without a letter date a relative one as written ("volgende week").
    Vague phrases ("de komende tijd") are no term, nor is a time in a clause that follows the
    promise ("Ik zal contact opnemen, zodat het probleem zo snel mogelijk kan worden aangepakt")
    or one that dates a noun ("de binnenkort verwachte praktijkrichtlijn")."""
    dated = [t for t in ahead if t.rule != "time.vague" and (t.has_range or letter_date is None)]
    if not anchors:
        return dated[0] if dated else None
    for a in anchors:
        own = [t for t in dated if _owns(a, t)]
        if own:
            return own[0]
    return None


def _owns(a: _Anchor, t: TimeExpression) -> bool:
    """Whether time expression ``t`` lies in the clause of anchor ``a``."""
    cues = _cues()
    sent = a.verb.sent
    toks = list(sent)
    start = sent.start_char
    at = [tok for tok in toks if tok.idx - start >= t.start and tok.idx - start < t.end]
    if not at:
        return False
    nxt = next((tok for tok in toks if tok.idx - start >= t.end), None)
    if nxt is not None and nxt.dep_ == "amod" and "Part" in nxt.morph.get("VerbForm"):
        return False  # the time of a noun: "de binnenkort verwachte praktijkrichtlijn"
    if at[0].i > sent.start and at[0].lower_ == "voor" and _YEAR.fullmatch(t.text[4:].strip()) and sent.doc[at[0].i - 1].pos_ == "NOUN":
        return False  # the year a noun is for: "de financiering voor 2015 en 2016", "het budget voor 2024"
    if at[0].i > a.verb.i:
        between = sent.doc[a.verb.i + 1 : at[0].i]
        # in a following clause: "zodat ... zo snel mogelijk", "welke acties gepland staan voor 2025"
        # (not "dat" straight after "zal": "zullen" takes no dat-clause, so there it is the pronoun
        # the parser misread, "Ik zal dat vrijdag herhalen")
        if any(
            (tok.pos_ == "SCONJ" and not _pronoun_after_zullen(tok)) or tok.lower_ in cues.indirect_question or tok.text in (":", ";")
            for tok in between
        ):
            return False
        # in a relative clause still open at the time: "de aankopen, die op korte termijn ... zullen
        # versterken", not "de jury die is samengesteld uit ..., samenkomen tijdens ..."
        relative = False
        for tok in between:
            relative = "Rel" in tok.morph.get("PronType") or (relative and tok.text != ",")
        return not relative
    between = sent.doc[at[-1].i + 1 : a.verb.i]
    # a fronted time ("Binnenkort zal ik ...", "In 2017, zal Defensie ...") unless another
    # clause comes in between
    return not any(tok.text in (":", ";") or ("Fin" in tok.morph.get("VerbForm") and tok.pos_ in ("VERB", "AUX")) for tok in between)


def _pronoun_after_zullen(tok: Token) -> bool:
    """ "dat" right after a form of "zullen": the demonstrative, since "zullen" takes no clause."""
    return tok.lower_ == "dat" and tok.i > tok.sent.start and tok.doc[tok.i - 1].lower_ in _cues().zullen


def _is_past_reference(text: str, t: TimeExpression) -> bool:
    """ "De laatste voortgangsbrief was op 25 juni 2025", "de Kamervragen van 9 augustus": a date
    in the past tense or the date of a document is no deadline."""
    before = text[: t.start]
    # not a past intention ("was voornemens in januari 2013 ... toe te sturen"): its time is ahead
    past = [
        m for m in re.finditer(r"\b(?:was|waren|werd|werden)\b", before[-60:]) if not _cues().past_intention.match(before[-60:], m.start())
    ]
    # "werd de vacature in 2024 opengesteld en worden benoemingen binnenkort verwacht": a
    # present or future verb between the past one and the time starts another clause.
    # A comma between them starts another clause too: "de maatregelen die ... werden ingesteld,
    # uiterlijk in het tweede semester 2017".
    if past and re.search(r"\b(?:wordt|worden|zal|zullen|is|zijn|ga|gaat|gaan|ben)\b|,", before[-60:][past[-1].end() :]):
        past = []
    since = re.search(r"\bsinds\s*$", before)  # "sinds eind december": the start of what is, in the past
    return (
        bool(re.search(r"\b(?:jl|j\.l)\b\.?", text[t.end : t.end + 5]))
        or bool(past)
        or bool(since)
        or bool(_cues().document_date.search(before[-60:]))
    )


def letter_date(meta: dict[str, Any]) -> dt.date | None:
    try:
        return dt.date.fromisoformat(meta["date"]) if meta.get("date") else None
    except ValueError:
        return None
