"""Entity resolution: which mentions are one person, and which stay apart."""
from __future__ import annotations

from conftest import documents

from factcheck.check import load_rules
from factcheck.config import Options
from factcheck.pipeline import check_documents
from factcheck.resolve.similarity import given_compatible, surname_variants


def entities(texts: dict[str, str], aliases: tuple = ()) -> dict[str, set[str]]:
    """Resolved subject → the name spellings (surface forms) grouped under it."""
    report = check_documents(documents(texts), [], Options(aliases=aliases))
    grouped: dict[str, set[str]] = {}
    for fact in report.facts:
        if fact.kind == "name" and fact.key[1] != "?":
            grouped.setdefault(fact.subject, set()).add(fact.display)
    return grouped


def test_transliterations_and_surname_only_mentions_are_one_person():
    found = entities({"a.txt": "President Volodymyr Zelensky spoke. Zelensky left.",
                      "d.txt": "President Volodymyr Zelensky spoke.",
                      "b.txt": "Ukrainian President Volodymyr Zelenskyy spoke.",
                      "c.txt": "Ukrainian leader Volodymyr Zelenskiy spoke."})
    assert list(found) == ["Volodymyr Zelensky"]
    assert found["Volodymyr Zelensky"] == {"Volodymyr Zelensky", "Zelensky", "Volodymyr Zelenskyy", "Volodymyr Zelenskiy"}


def test_nicknames_are_one_person():
    assert len(entities({"a.txt": "Jim Oler, 44, was arrested.", "b.txt": "James Oler, 44, was arrested."})) == 1
    assert len(entities({"a.txt": "Police shot Alexis Grigoropoulos, 15.",
                         "b.txt": "Police shot Alexandros Grigoropoulos, 15."})) == 1
    assert len(entities({"a.txt": "Pitcher Tyler Brannigan, 29, signed.", "b.txt": "Ty Brannigan, 29, signed."})) == 1


def test_people_sharing_a_surname_stay_apart():
    found = entities({"a.txt": "Maria Zakharova, 49, spoke.", "b.txt": "Anna Zakharova, 20, spoke."})
    assert sorted(found) == ["Anna Zakharova", "Maria Zakharova"]
    found = entities({"a.txt": "Police shot Kimani Gray, 16. His sister Mahnefah Gray, 19, wept. Gray was buried."})
    assert sorted(found) == ["Kimani Gray", "Mahnefah Gray"]  # the lone "Gray" is ambiguous: no one's
    found = entities({"a.txt": "Jo Smith, 49, spoke.", "b.txt": "Al Smith, 20, spoke."})
    assert sorted(found) == ["Al Smith", "Jo Smith"]  # two short given names, neither the other's start


def test_a_king_is_not_a_president_of_his_name():
    # "King Hussein" names a given name: he is not Saddam Hussein, and no title conflict joins them.
    texts = {"a.txt": "King Hussein of Jordan arrived in Washington. King Hussein carried a message.",
             "b.txt": "Iraqi President Saddam Hussein said his troops would stay. Hussein met envoys."}
    assert entities(texts) == {"Hussein": {"Hussein"}, "Saddam Hussein": {"Saddam Hussein", "Hussein"}}
    rules = [r for r in load_rules() if r.id == "person-title-mismatch"]
    assert not check_documents(documents(texts), rules, Options()).conflicts
    # A president called by his surname alone still is the president.
    assert list(entities({"a.txt": "President Saddam Hussein spoke.", "b.txt": "President Hussein spoke."})) == [
        "Saddam Hussein"]


def test_typos_early_in_a_surname_or_swapped_letters_are_one_person():
    found = entities({"a.txt": "Wladimir Klitschko stopped Hasim Rahman, 35, in Mannheim.",
                      "b.txt": "Wladimir Klitschko blasted a sluggish Hasim Rhman, 35, in Mannheim."})
    assert found["Hasim Rahman"] == {"Hasim Rahman", "Hasim Rhman"}
    found = entities({"a.txt": "The 76ers fired coach Maurice Cheeks, 51.", "b.txt": "Maurice Chekes, 51, was fired."})
    assert len(found) == 1
    # a different first letter is a different name
    found = entities({"a.txt": "Officer Tom Hanson, 40, testified.", "b.txt": "Officer Tim Manson, 40, testified."})
    assert sorted(found) == ["Tim Manson", "Tom Hanson"]


def test_one_given_name_lets_a_surname_two_edits_away_be_the_same_person():
    found = entities({"a.txt": "Finance Minister Petr Sedláček told lawmakers.",
                      "b.txt": "Finance Minister Petr Sedlák defended the plan."})
    assert list(found.values()) == [{"Petr Sedláček", "Petr Sedlák"}]
    # another given name, another opening or a short name stays another person
    found = entities({"a.txt": "Finance Minister Petr Sedláček spoke.", "b.txt": "Finance Minister Jan Sedlák spoke."})
    assert len(found) == 2
    # a short name one vowel away meets the name (its second letter changed), and is the same person with the
    # same given names, not with others
    found = entities({"a.txt": "Chief executive Đào Minh Khôi spoke.", "b.txt": "Chief executive Đào Minh Khải spoke."})
    assert list(found.values()) == [{"Đào Minh Khôi", "Đào Minh Khải"}]
    found = entities({"a.txt": "Chief executive Đào Minh Khôi spoke.", "b.txt": "Chief executive Lê Lan Khải spoke."})
    assert len(found) == 2
    report = check_documents(documents({"a.txt": "Bashar al Assad spoke.", "b.txt": "Bashar al-Assad spoke."}),
                             load_rules(), Options())
    assert [c.severity for c in report.conflicts if c.severity == "error"] == []  # an article, no misspelling


def test_one_given_name_and_title_in_two_documents_make_surnames_that_open_alike_one_person():
    found = entities({"a.txt": "City spokesperson Selma Haufiku said water is lost.",
                      "b.txt": "Municipal spokesperson Selma Hauwanga said the income would fund pipes."})
    assert list(found.values()) == [{"Selma Haufiku", "Selma Hauwanga"}]
    rules = [r for r in load_rules() if r.id == "name-spelling-across-sources"]
    conflicts = check_documents(documents({"a.txt": "City spokesperson Selma Haufiku said water is lost.",
                                           "b.txt": "Spokesperson Selma Hauwanga said so."}), rules, Options()).conflicts
    assert [sorted(c.values) for c in conflicts] == [["Haufiku", "Hauwanga"]]
    # another title, another given name, another opening, or one document naming both: two people
    assert len(entities({"a.txt": "City spokesperson Selma Haufiku spoke.",
                         "b.txt": "City treasurer Selma Hauwanga spoke."})) == 2
    assert len(entities({"a.txt": "City spokesperson Selma Haufiku spoke.",
                         "b.txt": "City spokesperson Anna Hauwanga spoke."})) == 2
    assert len(entities({"a.txt": "City spokesperson Selma Haufiku spoke.",
                         "b.txt": "City spokesperson Selma Nangolo spoke."})) == 2
    found = entities({"a.txt": "Colonel Thierry Maurel, who is leading the firefighters, said so.",
                      "b.txt": "The fire was contained, said Colonel Thierry Morel of the fire service."})
    assert list(found.values()) == [{"Thierry Maurel", "Thierry Morel"}]
    assert len(entities({"a.txt": "Spokesperson Selma Haufiku spoke. Spokesperson Selma Hauwanga spoke.",
                         "b.txt": "Spokesperson Selma Hauwanga spoke."})) == 2


def test_aliases_from_the_config_override():
    found = entities({"a.txt": "Vladimir Zelensky spoke.", "b.txt": "President Volodymyr Zelensky spoke."},
                     aliases=(("Volodymyr Zelensky", ("Vladimir Zelensky",)),))
    assert list(found) == ["Volodymyr Zelensky"]


def test_alias_spellings_are_accepted_forms():
    texts = {"a.txt": "President Volodymyr Zelenskyy spoke.", "b.txt": "President Volodymyr Zelensky spoke."}
    rules = [r for r in load_rules() if r.family == "names"]
    assert check_documents(documents(texts), rules, Options()).conflicts
    aliased = Options(aliases=(("Volodymyr Zelensky", ("Zelenskyy",)),))
    assert not check_documents(documents(texts), rules, aliased).conflicts


def test_name_similarity_tests():
    assert surname_variants("Darchiev", "Darchiyev") and surname_variants("Kouyias", "Kougias")
    assert not surname_variants("Gray", "Graham") and not surname_variants("Peskov", "Putin")
    assert surname_variants("Cheeks", "Chekes") and surname_variants("Feldman", "Feldamn")
    assert given_compatible("Jim", "James") and given_compatible("Katie", "Kathryn")
    assert given_compatible("Vassilis", "Vassilios") and given_compatible("Greg", "Gregory")
    assert not given_compatible("Maria", "Anna") and not given_compatible("Kimani", "Mahnefah")


def test_about_is_replace_of_subject_key_and_value():
    from dataclasses import replace

    from factcheck.model import Fact

    fact = Fact("a.txt", 0, 9, "name", "spelling", "Zakharova", ("name", "zakharova"), "Zakharova", "Zakharova",
                "Zakharova", "Maria Zakharova said.", None, (("surname", "Zakharova"),))
    assert fact.about(fact.subject, fact.key, fact.value) is fact
    moved = fact.about("Maria Zakharova", ("name", "person:maria zakharova"), "Zakharova")
    assert moved == replace(fact, subject="Maria Zakharova", key=("name", "person:maria zakharova"))


STEELE = {"a.md": "Fire Chief Jim Steele said the fire was reported at 10:30 p.m. “It was clearly set on purpose,” "
                  "Steele said.",
          "b.md": "Borough Fire Chief James Steel said the blaze was reported after 10:30 p.m. “It was clearly set "
                  "on purpose,” Steel said."}


def test_a_quote_is_keyed_by_the_surname_of_the_person_its_speaker_resolves_to():
    rules = [r for r in load_rules() if r.id in ("quote-misattribution", "name-spelling-across-sources")]
    found = check_documents(documents(STEELE), rules, Options()).conflicts
    assert [c.rule for c in found] == ["name-spelling-across-sources"]  # one chief, spelled two ways
    # two people, each named in full: the same words are misattributed
    other = dict(STEELE, **{"b.md": STEELE["b.md"].replace("James Steel", "Maria Steel")})
    found = check_documents(documents(other), rules, Options()).conflicts
    assert sorted(c.rule for c in found) == ["quote-misattribution"]


def test_why_two_spellings_were_taken_for_one_name():
    from factcheck.resolve.similarity import why_same

    assert why_same("Zelensky", "Zelenskiy") == "same transliteration key 'zelenski'"
    assert why_same("Kouyias", "Kougias") == "same consonants 'ks'"
    assert why_same("Villanueva", "Villaneuva") == "two letters swapped"
    assert why_same("Hansbrough", "Hansrough") == "1 letter(s) apart"


def test_a_lone_surname_is_the_one_person_of_it_named_in_full_before_it():
    report = check_documents(documents({"a.txt": "The court sentenced Levan Abashidze, the 52-year-old editor. "
                                                 "Abashidze, 52, founded the site. Natia Abashidze, his wife, wept. "
                                                 "Abashidze was led away."}), [], Options())
    named = [(f.display, f.subject) for f in report.facts if f.attribute == "spelling" and f.key[1] != "?"]
    # before his wife is named, "Abashidze" can only be Levan; after, it is no one's
    assert named == [("Levan Abashidze", "Levan Abashidze"), ("Abashidze", "Levan Abashidze"),
                     ("Natia Abashidze", "Natia Abashidze")]
    ages = [(f.subject, f.value) for f in report.facts if f.kind == "person" and f.attribute == "age"]
    assert ages == [("Levan Abashidze", "52"), ("Levan Abashidze", "52")]
