"""The chain finding -> advice -> decision -> condition -> verification, and its report."""

from piket.checklist import chain, service


def links(db, review, code):
    return [(r["stage"], r["severity"]) for r in chain.chain_report(db, review) if r["code"] == code]


def test_each_broken_link_is_reported_until_the_chain_is_whole(db):
    review = service.new_checklist(db, "floriade")
    assert chain.chain_report(db, review) == []
    service.set_item(db, review, "CROWD-02", verdict="deels")
    assert links(db, review, "CROWD-02") == [("bevinding", "gebroken"), ("advies", "gebroken")]
    service.set_item(db, review, "CROWD-02", finding="Alleen tellen bij de ingang")
    assert ("bevinding", "gebroken") in links(db, review, "CROWD-02")  # reference missing
    service.set_item(db, review, "CROWD-02", document="Veiligheidsplan v3", page="p. 88")
    assert links(db, review, "CROWD-02") == [("advies", "gebroken")]
    service.set_item(db, review, "CROWD-02", advice="Dichtheid meten bij kabelbaanstations")
    assert links(db, review, "CROWD-02") == [("besluit", "open")]
    service.set_item(db, review, "CROWD-02", decision="overgenomen")
    assert links(db, review, "CROWD-02") == [("voorschrift", "gebroken")]
    service.set_item(db, review, "CROWD-02", condition="Organisator meet dichtheid per zone")
    assert links(db, review, "CROWD-02") == [("verificatie", "open")]
    service.set_item(db, review, "CROWD-02", verification="Controle tijdens openingsweek (politie)")
    assert links(db, review, "CROWD-02") == []


def test_rejected_advice_with_reason_closes_the_chain(db):
    review = service.new_checklist(db, "floriade")
    service.set_item(db, review, "KWANT-04", verdict="onvoldoende_info", finding="Geen begroting",
                     document="Aanvraag", page="bijlage 2", advice="Vraag de begroting op",
                     decision="afgewezen", decision_reason="Kosten zijn geen vergunningsgrond")
    assert links(db, review, "KWANT-04") == []


def test_loose_advice_and_condition_are_broken_links(db):
    review = service.new_checklist(db, "floriade")
    service.set_item(db, review, "MED-01", condition="Minimaal 2 EHBO'ers per 1000 bezoekers")
    service.set_item(db, review, "MED-02", advice="Hitteplan met KNMI-drempels")
    assert ("voorschrift", "gebroken") in links(db, review, "MED-01")
    assert ("advies", "gebroken") in links(db, review, "MED-02")
    broken_only = chain.chain_report(db, review, only_broken=True)
    assert broken_only and all(r["severity"] == "gebroken" for r in broken_only)


def test_numbering_follows_item_order():
    items = [
        {"code": "A", "finding": "f1", "advice": "a1", "condition": ""},
        {"code": "B", "finding": "", "advice": "", "condition": ""},
        {"code": "C", "finding": "f2", "advice": "a2", "condition": "c1"},
    ]
    numbered = chain.numbered(items)
    assert [n["code"] for n in numbered] == ["A", "C"]
    assert numbered[1]["numbers"] == {"finding": "B2", "advice": "A2", "condition": "V1"}
