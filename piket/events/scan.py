"""The risk scan: answers -> weighted score -> class A/B/C, with the reasons that weighed most.

Pure functions over the rules in ``data/`` (:class:`Rules`), so classification is easy to
test as a property: a higher answer or more visitors never gives a lower class, because
scores only grow with answers, thresholds are ordered and knock-outs only ever raise.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from piket.errors import PiketError

CLASSES = ("A", "B", "C")
TRUE_WORDS = {"ja", "j", "yes", "true", "1", "waar"}
FALSE_WORDS = {"nee", "n", "no", "false", "0", "onwaar"}
MAX_REASONS = 5


@dataclass(frozen=True)
class Rules:
    criteria: tuple  # RiskCriterion, in data order
    classes: tuple  # RiskClass, A..C

    def criterion(self, key: str):
        for criterion in self.criteria:
            if criterion.key == key:
                return criterion
        known = ", ".join(c.key for c in self.criteria)
        raise PiketError(f"onbekend criterium {key!r} (bekend: {known})")

    def risk_class(self, code: str):
        for risk_class in self.classes:
            if risk_class.class_ == code:
                return risk_class
        raise PiketError(f"onbekende klasse {code!r} (kies A, B of C)")


def load_rules(db) -> Rules:
    """The active criteria and classes from the reference data in the database."""
    from piket import refdata
    from piket.events.refdata import RiskClass, RiskCriterion

    criteria = tuple(RiskCriterion.model_validate(item) for item in refdata.items(db, "risk_criteria"))
    classes = tuple(
        sorted(
            (RiskClass.model_validate(item) for item in refdata.items(db, "risk_classes")),
            key=lambda c: CLASSES.index(c.class_),
        )
    )
    from piket.events.model import field_for

    for criterion in criteria:
        if field_for(criterion.key) and criterion.from_field != criterion.key:
            raise PiketError(f"risk_criteria.json: sleutel {criterion.key!r} is al een veld van een evenement")
    if [c.class_ for c in classes] != list(CLASSES):
        raise PiketError("risk_classes.json moet precies de klassen A, B en C bevatten")
    return Rules(criteria, classes)


@dataclass(frozen=True)
class Contribution:
    key: str
    label: str
    dimension: str
    answer: str  # how the answer reads to a user
    score: int
    weight: float

    @property
    def points(self) -> float:
        return self.score * self.weight


@dataclass
class ScanResult:
    risk_class: str
    score: float
    reasons: list[str]
    contributions: list[Contribution]
    knockouts: list[str] = field(default_factory=list)
    unanswered: list[str] = field(default_factory=list)


def dutch_number(value: float) -> str:
    if float(value).is_integer():
        return f"{int(value):,}".replace(",", ".")
    return f"{value:.2f}".rstrip("0").rstrip(".").replace(".", ",")


def normalise_answer(criterion, raw) -> str:
    """A user's answer as stored: a number, or a choice code. PiketError names the key."""
    text = str(raw).strip()
    if criterion.answer_type == "number":
        try:
            value = float(text.replace(",", "."))
        except ValueError:
            raise PiketError(f"{criterion.key}: {text!r} is geen getal") from None
        if not 0 <= value < float("inf"):
            raise PiketError(f"{criterion.key}: moet 0 of meer zijn, niet {text}")
        return str(int(value)) if value.is_integer() else str(value)
    lowered = text.lower()
    for choice in criterion.choices:
        if lowered in (choice.code.lower(), choice.label.lower()):
            return choice.code
    if criterion.answer_type == "bool":
        codes = [c.code for c in criterion.choices]
        if lowered in TRUE_WORDS and "ja" in codes:
            return "ja"
        if lowered in FALSE_WORDS and "nee" in codes:
            return "nee"
    options = ", ".join(f"{c.code} ({c.label})" for c in criterion.choices)
    raise PiketError(f"{criterion.key}: onbekend antwoord {text!r} (kies uit: {options})")


def score_answer(criterion, value) -> tuple[int, str]:
    """(score, readable answer) of one stored answer."""
    if criterion.answer_type == "number":
        number = float(value)
        matching = [band for band in criterion.bands if band.matches(number)]
        score = max((band.score for band in matching), default=0)
        unit = f" {criterion.unit}" if criterion.unit else ""
        return score, f"{dutch_number(number)}{unit}"
    for choice in criterion.choices:
        if choice.code == str(value):
            return choice.score, choice.label
    return 0, f"{value} (onbekend antwoord)"


def class_for_score(rules: Rules, score: float) -> str:
    found = "A"
    for risk_class in rules.classes:
        if score >= risk_class.min_score:
            found = risk_class.class_
    return found


def classify(rules: Rules, answers: dict[str, str], facts: dict[str, float | None] | None = None) -> ScanResult:
    """Score the answers; ``facts`` give number criteria their value from the event itself."""
    facts = facts or {}
    contributions = []
    unanswered = []
    for criterion in rules.criteria:
        value = answers.get(criterion.key)
        if value in (None, "") and criterion.from_field:
            value = facts.get(criterion.from_field)
        if value in (None, ""):
            unanswered.append(criterion.key)
            continue
        score, answer = score_answer(criterion, value)
        contributions.append(
            Contribution(criterion.key, criterion.label, criterion.dimension, answer, score, criterion.weight)
        )
    total = round(sum(c.points for c in contributions), 2)
    risk_class = class_for_score(rules, total)
    scores = {c.key: c.score for c in contributions}
    knockouts = []
    for forced in rules.classes:
        for rule in forced.knockout_rules:
            if all(scores.get(key, 0) >= minimum for key, minimum in rule.when.items()):
                knockouts.append(f"minimaal klasse {forced.class_}: {rule.reason}")
                if CLASSES.index(forced.class_) > CLASSES.index(risk_class):
                    risk_class = forced.class_
    heaviest = sorted((c for c in contributions if c.points > 0), key=lambda c: -c.points)
    reasons = list(knockouts) + [
        f"{c.label}: {c.answer} ({dutch_number(c.points)} punten)" for c in heaviest[:MAX_REASONS]
    ]
    if not reasons:
        reasons = ["geen verhoogde risico's in de scan"]
    return ScanResult(risk_class, total, reasons, contributions, knockouts, unanswered)
