"""Japanese news: quotations in 「」 closed by と and a verb, によると sources, disclosures and hearsay."""

from __future__ import annotations

import pytest

from workbench.japanese import JapaneseReader
from workbench.model import Article, ArticleMeta, Paragraph
from workbench.suggest import detect_language, suggest_paragraph


def japanese(*paragraphs: str, language: str = "ja") -> Article:
    return Article(f"ja-{abs(hash(paragraphs))}", ArticleMeta(language=language),
                   tuple(Paragraph(i, "content", p) for i, p in enumerate(paragraphs)))


def test_a_quotation_closed_by_to_and_a_verb_is_its_subjects_without_title_or_age() -> None:
    reader = JapaneseReader()
    read = reader.read("北山製紙の田中一郎社長は会見で「工場の閉鎖は避けられない判断だった」と述べた。")
    assert (read.label, read.speaker, read.quote_type) == ("quote", "田中一郎", "direct")
    read = reader.read("町内会長、佐藤花子さん（64）は「何の説明もなかった。納得できない」と話した。")
    assert (read.speaker, read.quote_type) == ("佐藤花子", "direct")
    read = reader.read("知事は「国の支援が必要だ」と述べ、来月にも上京して要望する考えを示した。")
    assert read.quote_type == "mixed", "the article's own words run on after the quotation"


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("近くに住む会社員の男性（45）は「夜も眠れない」と不安を口にした。", "unnamed"),
    ("ある市議は「対応が遅すぎる」と批判した。", "unnamed"),
])
def test_a_described_person_or_someone_unnamed_is_unnamed(sentence: str, speaker: str) -> None:
    assert JapaneseReader().read(sentence).speaker == speaker


def test_sources_disclosures_hearsay_and_the_same_company() -> None:
    reader = JapaneseReader()
    first = reader.read("市内で工場を運営する北山製紙（本社・東京）は10日、工場を閉鎖する方針を明らかにした。")
    assert (first.label, first.speaker, first.quote_type) == ("quote", "北山製紙", "indirect")
    assert reader.read("同社によると、従業員は約300人。").speaker == "北山製紙"
    assert reader.read("閉鎖は来年春になるという。").speaker == "北山製紙", "hearsay goes on with the last source"
    assert reader.read("関係者によると、売却も検討しているとみられる。").speaker == "unnamed"
    assert reader.read("住民からは不安の声も上がっている。").speaker == "unnamed"


def test_the_same_company_is_the_source_named_before_not_a_later_sentences_subject() -> None:
    reader = JapaneseReader()
    reader.read("北山製紙（本社・東京）は10日、工場を閉鎖する方針を明らかにした。")
    assert reader.read("工場は1970年に操業を始めた。").label == "fact"
    assert reader.read("同社によると、従業員は約300人。").speaker == "北山製紙"


def test_the_authors_sentences_are_facts_questions_and_speculation_framing() -> None:
    reader = JapaneseReader()
    assert reader.read("工場は1970年に操業を始めた。").label == "fact"
    assert reader.read("地域の雇用をどう守るのか。").device == "rhetorical frame"
    assert reader.read("背景には経営陣の焦りも透けて見える。").device == "speculation"
    assert reader.read("工場の「閉鎖」は町に衝撃を与えた。").label == "fact", "a short term in 「」 is no quotation"


def test_the_suggester_reads_japanese_articles_sentence_by_sentence() -> None:
    article = japanese("北山製紙の田中一郎社長は会見で「工場の閉鎖は避けられない判断だった」と述べた。"
                       "工場は1970年に操業を始めた。")
    found = suggest_paragraph(article, 0)
    assert [(c.suggestion.label, c.suggestion.attributes.get("speaker")) for c in found] == [
        ("quote", "田中一郎"), ("fact", None)]
    assert detect_language(japanese("「工場の閉鎖は避けられない」と述べた。", language="")) == "ja"
    assert detect_language(japanese("The mayor said the plant would close.", language="")) == "en"
