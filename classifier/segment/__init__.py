"""Segmentation: a read document becomes a :class:`Letter` of numbered question/answer pairs."""

from classifier.segment.letter import segment_document, segment_table
from classifier.segment.model import Letter, LetterMeta, Pair, Section, SubQuestion

__all__ = ["Letter", "LetterMeta", "Pair", "Section", "SubQuestion", "segment_document", "segment_table"]
