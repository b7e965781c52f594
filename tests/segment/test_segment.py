from factcheck.segment import LineIndex, sentences


def test_sentences_split_at_ends_and_keep_offsets():
    text = "Talks ended. Mr. Lavrov left on Feb. 18 for Moscow. The U.S. side stayed!\nNew line here"
    found = sentences(text)
    assert [s.text for s in found] == [
        "Talks ended.",
        "Mr. Lavrov left on Feb. 18 for Moscow.",
        "The U.S. side stayed!",
        "New line here",
    ]
    for s in found:
        assert text[s.start:s.end] == s.text


def test_abbreviations_and_initials_do_not_end_sentences():
    found = sentences("Sen. J. Smith met Gen. Jones in Washington, D.C. on Monday.")
    assert len(found) == 1


def test_two_initials_do_not_end_a_sentence():
    found = sentences("The Yankees signed A.J. Burnett for five years. J.R. Smith scored 20 points.")
    assert [s.text for s in found] == ["The Yankees signed A.J. Burnett for five years.", "J.R. Smith scored 20 points."]


def test_sentences_start_after_front_matter_offset():
    text = "---\ntitle: x\n---\nBody one. Body two."
    found = sentences(text, 17)
    assert [s.text for s in found] == ["Body one.", "Body two."]
    assert found[0].start == 17


def test_blank_text_has_no_sentences():
    assert sentences("\n\n   \n") == []


def test_line_index_is_one_based():
    index = LineIndex("ab\ncd\n\nef")
    assert index.line_column(0) == (1, 1)
    assert index.line_column(4) == (2, 2)
    assert index.line_column(7) == (4, 1)
    position = index.position(3, 5)
    assert (position.line, position.column, position.end_line, position.end_column) == (2, 1, 2, 3)


def test_a_sentence_end_needs_the_next_sentence_on_its_own_line():
    text = "Talks ended. \nNew line.\r More here.\u2028Next one. And\tanother.\n\nGen. Jones left. Done"
    found = [(s.text, s.paragraph) for s in sentences(text)]
    assert found == [("Talks ended.", 0), ("New line.", 1), ("More here.", 1), ("Next one.", 1),
                     ("And\tanother.", 1), ("Gen. Jones left.", 2), ("Done", 2)]


def test_an_abbreviation_is_not_read_back_past_the_start():
    text = "The Gen. Jones left. Then he came back."
    assert [s.text for s in sentences(text, 5)] == ["en.", "Jones left.", "Then he came back."]
