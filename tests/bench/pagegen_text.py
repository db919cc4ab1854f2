"""Deterministic news prose for make_pages.py: headlines, paragraphs, quotes, captions, comments.

Everything here is written for Credence's benchmarks: invented places, people and outlets, news-like vocabulary
and sentence shapes (attribution, figures, hedges, quotations). It reads like local news, not like real news.
"""

import datetime

# fmt: off
PLACES = [
    "Eastmere", "Norrvik", "Port Aldous", "Castellane", "Brightwater", "Kestrel Falls", "Marrow Point", "Tarnby",
    "Greyhaven", "Velloran", "Ashby Cross", "Orrin Bay", "Lindmouth", "Caldera Springs", "Westhollow", "Fennick",
    "Dunmere", "Quillon", "Hollins Reach", "Saltmarsh", "Corvin Heath", "Amberley Vale",
]
FIRST = [
    "Amara", "Jonas", "Priya", "Tomasz", "Zoë", "José", "Siobhán", "Kwame", "Mei", "Lars", "Ingrid", "Rafael", "Aoife",
    "Dmitri", "Fatima", "Hugo", "Léa", "Oskar", "Nadia", "Emeka", "Yuki", "Camille", "Tobias", "Marta", "Samir",
    "Elena", "Ruth", "Callum", "Beatriz", "Anders", "Grace", "Idris",
]
LAST = [
    "Lindqvist", "Okafor", "Marchetti", "Haldane", "Brennan", "Varga", "Castell", "Oyelaran", "Nakamura", "Fairweather",
    "Kowalczyk", "Delacroix", "Ashworth", "Mbatha", "Rourke", "Strand", "Quintero", "Holloway", "Petrov", "Achterberg",
    "Sørensen", "Duarte", "Whitlock", "Ferreira", "Kaur", "Obi", "Langley", "Moreau",
]
ROLES = [
    "a spokesperson for {org}", "the head of {org}", "a senior engineer at {org}",
    "an economist at the University of {place}", "the mayor of {place}", "a councillor representing {place} North",
    "a researcher at the {place} Institute for Public Policy", "chair of the {place} Residents' Association",
    "a lawyer representing {group}", "a former director of {org}",
]
# fmt: on
# (infinitive, past, past participle, third person present)
# fmt: off
VERBS = [
    ("approve", "approved", "approved", "approves"), ("reject", "rejected", "rejected", "rejects"),
    ("delay", "delayed", "delayed", "delays"), ("review", "reviewed", "reviewed", "reviews"),
    ("suspend", "suspended", "suspended", "suspends"), ("expand", "expanded", "expanded", "expands"),
    ("defend", "defended", "defended", "defends"), ("question", "questioned", "questioned", "questions"),
    ("fund", "funded", "funded", "funds"), ("cut", "cut", "cut", "cuts"), ("extend", "extended", "extended", "extends"),
    ("withdraw", "withdrew", "withdrawn", "withdraws"), ("halt", "halted", "halted", "halts"),
    ("scrap", "scrapped", "scrapped", "scraps"), ("back", "backed", "backed", "backs"),
    ("block", "blocked", "blocked", "blocks"), ("challenge", "challenged", "challenged", "challenges"),
    ("announce", "announced", "announced", "announces"), ("overhaul", "overhauled", "overhauled", "overhauls"),
    ("freeze", "froze", "frozen", "freezes"),
]
WHEN = [
    "by the end of the year", "next month", "within six weeks", "before the summer", "on Tuesday", "last week",
    "this spring", "later this year", "over the next decade", "by March", "in the coming days", "on Friday evening",
]
SHORT_QUOTES = [
    "A disaster", "We were not warned", "Nobody listened", "Too little, too late", "Enough is enough",
    "It could have been worse", "We will rebuild",
]
SMALL_WORDS = {
    "a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "for", "as", "by", "with", "from", "nor",
}
# fmt: on

# fmt: off
TOPICS = [
    dict(
        section="Climate",
        actors=[
            "the regional water board", "the flood defence agency", "the county council", "emergency crews",
            "the environment ministry",
        ],
        things=[
            "the river barrier", "the evacuation order", "the emergency relief fund", "a network of temporary pumps",
            "the levee repair programme", "flood insurance payouts", "the new warning system",
        ],
        nouns=[
            "flood", "levee", "barrier", "rainfall", "evacuation", "river", "storm", "relief fund",
        ],
        groups=[
            "homeowners", "farmers", "shop owners", "volunteers", "insurers", "residents",
        ],
        events=[
            "the overnight storm", "record rainfall", "the breach of the eastern levee", "a second week of rain",
        ],
        measures=[
            "homes", "hectares of farmland", "households", "businesses",
        ],
        heads=[
            "Waters rise", "Counting the cost", "A warning ignored", "Lessons from the last flood", "Rebuilding",
        ],
        docs=[
            "an internal review", "figures from the water board", "a report by the state auditor",
        ],
        tags=[
            "Flooding", "Weather", "Emergency services", "Infrastructure", "Climate",
        ],
    ),
    dict(
        section="Politics",
        actors=[
            "the city council", "the finance committee", "the opposition bloc", "the regional assembly", "the treasury",
        ],
        things=[
            "the draft budget", "a freeze on council tax", "the library closures", "the spending review",
            "cuts to bus subsidies", "the pension reform", "a one-off grant to schools",
        ],
        nouns=[
            "budget", "deficit", "tax", "spending", "vote", "audit", "reform", "subsidy",
        ],
        groups=[
            "taxpayers", "council workers", "pensioners", "small businesses", "trade unions", "voters",
        ],
        events=[
            "a heated late-night session", "the collapse of budget talks", "the auditor's warning",
            "a surprise shortfall",
        ],
        measures=[
            "jobs", "council posts", "libraries", "bus routes",
        ],
        heads=[
            "A hole in the accounts", "Who pays", "The vote", "Behind closed doors", "The numbers",
        ],
        docs=[
            "the council's own projections", "documents seen by this newspaper", "the annual audit",
        ],
        tags=[
            "Politics", "Local government", "Budget", "Taxation", "Elections",
        ],
    ),
    dict(
        section="Business",
        actors=[
            "the port authority", "the dockworkers' union", "the shipping company", "the harbour board",
            "the trade ministry",
        ],
        things=[
            "the container terminal expansion", "the night-shift ban", "a new pay offer", "the dredging contract",
            "the fishing quota", "customs checks on imports", "the automation plan",
        ],
        nouns=[
            "port", "strike", "quota", "terminal", "cargo", "harbour", "pay deal", "fleet",
        ],
        groups=[
            "dockworkers", "fishermen", "hauliers", "exporters", "crew members", "importers",
        ],
        events=[
            "a three-day strike", "the grounding of a cargo ship", "talks that ran past midnight", "a fall in exports",
        ],
        measures=[
            "containers a week", "tonnes of cargo", "fishing boats", "lorries a day",
        ],
        heads=[
            "At the quayside", "A deal on the table", "The cost of waiting", "Trade at a standstill",
        ],
        docs=[
            "data from the harbour master", "a leaked memo", "the company's quarterly results",
        ],
        tags=[
            "Shipping", "Trade", "Unions", "Fisheries", "Economy",
        ],
    ),
    dict(
        section="Health",
        actors=[
            "the district hospital trust", "the health ministry", "the nurses' association",
            "the regional health board", "the patient safety inspectorate",
        ],
        things=[
            "the maternity unit closure", "the new waiting-list target", "the night ambulance service",
            "a recruitment drive for nurses", "the vaccination campaign", "the hospital merger",
        ],
        nouns=[
            "hospital", "ward", "ambulance", "waiting list", "clinic", "nurse", "inspection", "patient",
        ],
        groups=[
            "patients", "nurses", "junior doctors", "carers", "paramedics", "parents",
        ],
        events=[
            "a damning inspection report", "the winter surge in admissions", "a walkout by junior doctors",
            "the death of a patient in the emergency ward",
        ],
        measures=[
            "patients", "beds", "operations", "ambulance calls",
        ],
        heads=[
            "On the ward", "Staff shortages", "What inspectors found", "A service under strain",
        ],
        docs=[
            "the inspectorate's report", "figures released under freedom of information rules",
            "an NHS-style performance table",
        ],
        tags=[
            "Health", "Hospitals", "Public services", "Nursing",
        ],
    ),
    dict(
        section="Science",
        actors=[
            "the energy regulator", "the grid operator", "the wind farm developer", "the planning inspectorate",
            "the ministry of energy",
        ],
        things=[
            "the offshore wind farm", "the coal plant closure", "a cap on energy prices", "the battery storage site",
            "the new transmission line", "subsidies for heat pumps",
        ],
        nouns=[
            "grid", "turbine", "power", "energy", "tariff", "blackout", "pylon", "battery",
        ],
        groups=[
            "households", "engineers", "landowners", "energy suppliers", "campaigners", "manufacturers",
        ],
        events=[
            "a week of blackouts", "the regulator's price review", "a planning inquiry", "a fire at the substation",
        ],
        measures=[
            "megawatts", "homes", "turbines", "kilometres of cable",
        ],
        heads=[
            "Keeping the lights on", "The grid", "A question of price", "Objections",
        ],
        docs=[
            "the regulator's annual review", "the developer's planning application", "grid data",
        ],
        tags=[
            "Energy", "Renewables", "Science", "Planning",
        ],
    ),
    dict(
        section="Local",
        actors=[
            "the education authority", "the schools inspectorate", "the teachers' union", "the board of governors",
            "the parents' council",
        ],
        things=[
            "the school merger", "free school meals", "the new catchment boundaries", "the exam timetable",
            "a four-day school week", "the repair of crumbling classrooms",
        ],
        nouns=[
            "school", "teacher", "pupil", "classroom", "exam", "curriculum", "timetable", "term",
        ],
        groups=[
            "parents", "teachers", "pupils", "head teachers", "governors", "school cooks",
        ],
        events=[
            "the discovery of unsafe concrete", "a fall in pupil numbers", "a strike by teaching assistants",
            "the publication of exam results",
        ],
        measures=[
            "pupils", "classrooms", "schools", "teaching posts",
        ],
        heads=[
            "In the classroom", "Parents speak out", "The consultation", "What the figures show",
        ],
        docs=[
            "the authority's consultation paper", "the inspectorate's latest report", "enrolment figures",
        ],
        tags=[
            "Education", "Schools", "Children", "Local news",
        ],
    ),
    dict(
        section="Business",
        actors=[
            "the data protection regulator", "the payments company", "the city's IT department",
            "the police cyber unit", "the telecoms provider",
        ],
        things=[
            "the customer database", "the breach notification", "a two-factor login requirement",
            "the compensation scheme", "the outsourcing contract", "the network upgrade",
        ],
        nouns=[
            "breach", "hack", "data", "password", "network", "outage", "fine", "ransom",
        ],
        groups=[
            "customers", "account holders", "security researchers", "small businesses", "staff", "users",
        ],
        events=[
            "a ransomware attack", "a nine-hour outage", "the leak of customer records",
            "a warning from security researchers",
        ],
        measures=[
            "customer records", "accounts", "devices", "transactions",
        ],
        heads=[
            "How it happened", "Who is affected", "The response", "Questions for the company",
        ],
        docs=[
            "the regulator's preliminary findings", "a notice sent to customers", "court filings",
        ],
        tags=[
            "Cybersecurity", "Technology", "Privacy", "Business",
        ],
    ),
    dict(
        section="Climate",
        actors=[
            "the fire service", "the forestry commission", "the civil protection agency", "the regional governor",
            "the national park authority",
        ],
        things=[
            "the burning ban", "the evacuation of hill villages", "a fleet of water-bombing aircraft",
            "the firebreak programme", "compensation for lost crops", "the new early-warning sirens",
        ],
        nouns=[
            "wildfire", "blaze", "drought", "firebreak", "heatwave", "forest", "smoke", "evacuation",
        ],
        groups=[
            "firefighters", "villagers", "farmers", "campers", "forest rangers", "beekeepers",
        ],
        events=[
            "the hottest week on record", "a blaze that jumped the ridge", "strong easterly winds",
            "a month without rain",
        ],
        measures=[
            "hectares", "homes", "firefighters", "villages",
        ],
        heads=[
            "On the fire line", "After the smoke", "A dry summer", "Who was warned",
        ],
        docs=[
            "satellite data", "the fire service's incident log", "the agency's drought bulletin",
        ],
        tags=[
            "Wildfires", "Drought", "Emergency services", "Climate",
        ],
    ),
    dict(
        section="Local",
        actors=[
            "the housing association", "the planning committee", "the tenants' union", "the developer",
            "the housing ministry",
        ],
        things=[
            "the riverside tower", "the rent cap", "the demolition of the estate", "a register of landlords",
            "the affordable homes quota", "the eviction moratorium",
        ],
        nouns=[
            "housing", "rent", "tenant", "landlord", "estate", "eviction", "planning", "mortgage",
        ],
        groups=[
            "tenants", "landlords", "first-time buyers", "builders", "neighbours", "students",
        ],
        events=[
            "a record rise in rents", "the collapse of the developer", "a fire in a tower block",
            "a court ruling on evictions",
        ],
        measures=[
            "homes", "flats", "families", "applications",
        ],
        heads=[
            "The waiting list", "Rents and wages", "The planning fight", "Life on the estate",
        ],
        docs=[
            "the council's housing register", "a survey of tenants", "planning documents",
        ],
        tags=[
            "Housing", "Planning", "Rents", "Local news",
        ],
    ),
]
# fmt: on


def pick_place(rng):
    return rng.choice(PLACES)


def pick_person(rng):
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def headline_case(text, title_case):
    if not title_case:
        return text[0].upper() + text[1:]
    words = text.split(" ")
    out = []
    for i, word in enumerate(words):
        bare = word.strip("‘’“”'\"")
        after_colon = i > 0 and out[-1].endswith(":")
        if i == 0 or after_colon or bare.lower() not in SMALL_WORDS:
            lead = len(word) - len(word.lstrip("‘’“”'\""))
            word = word[:lead] + word[lead : lead + 1].upper() + word[lead + 1 :]
        out.append(word)
    return " ".join(out)


def _bare(phrase):
    for article in ("the ", "a ", "an "):
        if phrase.startswith(article):
            return phrase[len(article) :]
    return phrase


def _cap(text):
    return text[:1].upper() + text[1:]


class Writer:
    """Writes one article's text on one topic, keeping track of the people it has quoted."""

    def __init__(self, rng, topic, place, money):
        self.rng = rng
        self.t = topic
        self.place = place
        self.money = money
        self.section = topic["section"]
        self.people = []
        self.curly = rng.random() < 0.8
        self.recent = {}

    # -- small parts ---------------------------------------------------------------------------------------

    def c(self, key):
        return self.rng.choice(self.t[key])

    def fresh(self, forms, name):
        """One of @p forms, not one of the last few taken from the same list: real copy rarely repeats itself."""
        recent = self.recent.setdefault(name, [])
        keep = min(len(forms) // 2, 6)
        choices = [i for i in range(len(forms)) if i not in recent[-keep:]] if keep else list(range(len(forms)))
        i = self.rng.choice(choices)
        recent.append(i)
        return forms[i]()

    def verb(self):
        return self.rng.choice(VERBS)

    def when(self):
        return self.rng.choice(WHEN)

    def number(self):
        r = self.rng.random()
        if r < 0.4:
            return f"{self.rng.randrange(2, 99)}"
        if r < 0.8:
            return f"{self.rng.randrange(1, 60)},{self.rng.randrange(1000):03d}"
        return self.rng.choice(["about", "more than", "nearly", "fewer than"]) + f" {self.rng.randrange(100, 999)}"

    def pct(self):
        return f"{self.rng.randrange(3, 92)}" + (" per cent" if self.money != "$" else "%")

    def money_amount(self):
        n = f"{self.rng.randrange(1, 95)}.{self.rng.randrange(10)}"
        return self.money + (f"{n}m" if self.money == "£" else f"{n} million")

    def org(self):
        return self.c("actors")

    def quote(self, text):
        return f"“{text}”" if self.curly else f'"{text}"'

    def date(self):
        start = datetime.date(2023, 1, 1)
        return start + datetime.timedelta(days=self.rng.randrange(0, 1030))

    def person(self):
        """A source: introduced once with a role, then by surname."""
        if self.people and self.rng.random() < 0.6:
            name, _ = self.rng.choice(self.people)
            return name.split(" ")[-1]
        name = pick_person(self.rng)
        role = self.rng.choice(ROLES).format(org=self.org(), place=self.place, group=self.c("groups"))
        self.people.append((name, role))
        return f"{name}, {role},"

    def clause(self):
        v = self.verb()
        forms = [
            lambda: f"{self.org()} {v[1]} {self.c('things')}",
            lambda: f"{self.org()} had {v[2]} {self.c('things')} {self.when()}",
            lambda: f"the {self.c('nouns')} plan would {v[0]} {self.c('things')}",
            lambda: f"{self.c('groups')} could lose out if {self.org()} {v[3]} {self.c('things')}",
            lambda: f"{self.number()} {self.c('measures')} were affected after {self.c('events')}",
            lambda: f"the cost of {_bare(self.c('things'))} had risen to {self.money_amount()}",
        ]
        return self.fresh(forms, "clause")

    def quoted_words(self):
        v = self.verb()
        forms = [
            lambda: f"We will {v[0]} {self.c('things')} {self.when()}",
            lambda: f"This is not a problem of {self.c('nouns')} we can ignore",
            lambda: f"Nobody in {self.place} wants to see {self.c('things')} {v[2]}",
            lambda: "The numbers speak for themselves",
            lambda: f"We were told {self.clause()}, and that simply did not happen",
            lambda: f"People here are tired of waiting for {self.c('things')}",
        ]
        return self.fresh(forms, "quoted_words")

    # -- sentences and paragraphs --------------------------------------------------------------------------

    def sentence(self):
        v = self.verb()
        forms = [
            lambda: f"{_cap(self.org())} {v[1]} {self.c('things')} {self.when()}, after {self.c('events')}.",
            lambda: f"{_cap(self.org())} said {self.c('things')} would be {v[2]} {self.when()}.",
            lambda: f"{self.quote(self.quoted_words() + ',')} said {self.person().rstrip(',')}.",
            lambda: f"{_cap(self.person())} said {self.clause()}.",
            lambda: f"According to {self.c('docs')}, {self.number()} {self.c('measures')} were {v[2]} {self.when()}.",
            lambda: f"The {self.c('nouns')} question was first raised in {self.rng.randrange(1998, 2022)}, when {self.clause()}.",
            lambda: f"Critics say {self.clause()}, while supporters argue that {self.clause()}.",
            lambda: f"It was not immediately clear whether {self.clause()}.",
            lambda: f"{_cap(self.pct())} of {self.c('groups')} surveyed by {self.org()} said they opposed {self.c('things')}.",
            lambda: f"{_cap(self.org())} did not respond to a request for comment.",
            lambda: f"The decision comes {self.rng.choice(['two weeks', 'a month', 'days', 'a year'])} after {self.c('events')}.",
            lambda: f"Officials put the cost at {self.money_amount()}, {self.rng.choice(['twice', 'three times', 'half'])} the figure given last year.",
            lambda: f"In {self.place}, {self.c('groups')} reportedly gathered outside the offices of {self.org()} {self.when()}.",
            lambda: f"{_cap(self.org())} has {v[2]} {self.c('things')} twice since {self.rng.randrange(2005, 2023)}.",
            lambda: f"Asked whether {self.clause()}, {self.person().rstrip(',')} said: {self.quote(self.quoted_words() + '.')}",
            lambda: f"{_cap(self.c('groups'))} in {self.place} have long complained that {self.clause()}.",
            lambda: f"Mr. {self.rng.choice(LAST)} told reporters the {self.c('nouns')} plan could cost up to {self.money_amount()}.",
            lambda: f"The figure, {self.rng.choice(['roughly', 'about', 'almost'])} {self.rng.randrange(2, 9)}.{self.rng.randrange(10)} times the national average, may be revised.",
        ]
        return self.fresh(forms, "sentence")

    def paragraph(self, lo=2, hi=5):
        return " ".join(self.sentence() for _ in range(self.rng.randrange(lo, hi + 1)))

    def standfirst(self):
        return (
            f"{_cap(self.clause())}, {self.rng.choice(['officials say', 'documents show', 'residents fear'])}. "
            f"{_cap(self.c('groups'))} in {self.place} say {self.clause()}."
        )

    def subhead(self):
        generic = ["What happens next", "The cost", "A long history", f"Reaction in {self.place}", "Who decides"]
        return self.rng.choice(self.t["heads"] + generic)

    def list_item(self):
        v = self.verb()
        forms = [
            lambda: f"{self.number()} {self.c('measures')} {v[2]} in {self.place}",
            lambda: f"{_cap(_bare(self.org()))} to {v[0]} {self.c('things')} {self.when()}",
            lambda: f"{_cap(self.pct())} of {self.c('groups')} say {self.clause()}.",
            lambda: f"{_cap(self.c('things'))} will be {v[2]} {self.when()}.",
        ]
        return _cap(self.fresh(forms, "list_item"))

    def table(self):
        measure = self.c("measures")
        head = ["Area", _cap(measure), "Change since last year", "Share of total"]
        rows = []
        districts = [f"{self.place} {d}" for d in ["North", "South", "Old Town", "Harbourside", "East", "Riverside"]]
        districts += self.rng.sample(PLACES, 6)
        for d in self.rng.sample(districts, self.rng.randrange(5, 12)):
            change = self.rng.randrange(-30, 45)
            rows.append([d, f"{self.rng.randrange(40, 9000):,}", f"{change:+d}%", f"{self.rng.randrange(1, 40)}%"])
        return head, rows

    def table_note(self):
        return f"The figures come from {self.c('docs')} and were published {self.when()}."

    # -- headlines ------------------------------------------------------------------------------------------

    def headline(self, kicker=None):
        v = self.verb()
        org = _bare(self.org())
        thing = _bare(self.c("things"))
        q = self.rng.choice(SHORT_QUOTES)
        forms = [
            lambda: f"{org} {v[3]} {thing} after {_bare(self.c('events'))}",
            lambda: f"{self.place} {self.c('groups')} fear {self.c('nouns')} cuts as {_bare(self.c('events'))} nears",
            lambda: (f"‘{q}’: {org} {v[3]} {thing}" if self.curly else f"'{q}': {org} {v[3]} {thing}"),
            lambda: f"What the {self.c('nouns')} decision means for {self.place}",
            lambda: f"{self.rng.randrange(12, 900)} {self.c('measures')} affected as {org} {v[3]} {thing}",
            lambda: f"Can {self.place} afford {thing}?",
            lambda: f"{org} {v[3]} {thing} — and {self.c('groups')} are angry",
        ]
        text = self.fresh(forms, "headline")
        if kicker:
            text = f"{kicker}: {text}"
        return _cap(text)

    def live_title(self):
        v = self.verb()
        forms = [
            lambda: f"Live: {_bare(self.org())} {v[3]} {_bare(self.c('things'))} as {_bare(self.c('events'))} continues",
            lambda: f"{self.place} {self.c('nouns')} live: latest updates as {self.c('groups')} wait for news",
            lambda: f"{_cap(_bare(self.c('events')))} – as it happened",
        ]
        return _cap(self.fresh(forms, "live_title"))

    def longread_title(self):
        forms = [
            lambda: f"The last {self.c('groups')} of {self.place}",
            lambda: f"Inside the fight over {_bare(self.c('things'))}",
            lambda: f"How {self.place} learned to live with the {self.c('nouns')}",
            lambda: f"The long road to {self.place}",
            lambda: f"After the {self.c('nouns')}: a year in {self.place}",
        ]
        return self.fresh(forms, "longread_title")

    # -- furniture text ------------------------------------------------------------------------------------

    def caption(self):
        return (
            f"{_cap(self.c('groups'))} {self.rng.choice(['gather', 'wait', 'queue', 'speak'])} near "
            f"{self.rng.choice(['the harbour', 'the town hall', 'the main road', 'the river'])} in {self.place} "
            f"on {self.rng.choice(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'])}."
        )

    def tags(self, n):
        pool = list(dict.fromkeys(self.t["tags"] + [self.place, self.section] + self.rng.sample(PLACES, 4)))
        return self.rng.sample(pool, min(n, len(pool)))

    def bio(self, author, outlet):
        beat = self.rng.choice(["transport", "health", "local politics", "environment", "business", "education"])
        return (
            f"{author} is {outlet}’s {beat} correspondent. Before joining in {self.rng.randrange(2008, 2023)}, "
            f"they reported from {self.rng.choice(PLACES)} for a decade."
        )

    def author_line(self, several):
        if not several:
            return pick_person(self.rng)
        return f"{pick_person(self.rng)} and {pick_person(self.rng)}"

    def handle(self):
        return self.rng.choice(
            ["river_watcher", "EastSideMum", "concerned_taxpayer", "old_salt", "jd_writes", "northbank", "not_a_bot"]
        ) + str(self.rng.randrange(1, 999))

    def comment(self):
        forms = [
            lambda: f"Honestly, {self.clause()}.",
            lambda: f"I live in {self.place} and {self.clause()}. Nobody asked us.",
            lambda: f"Same story every year with {self.c('things')}.",
            lambda: "Source?",
            lambda: f"This is exactly why {self.c('groups')} don't trust {self.org()}.",
            lambda: f"My neighbour works for {self.org()} and says {self.clause()}.",
            lambda: f"Great reporting, thank you. {_cap(self.clause())}.",
            lambda: f"Who exactly is paying for {self.c('things')}? Not the people who decided it.",
        ]
        return " ".join(self.fresh(forms, "comment") for _ in range(self.rng.randrange(1, 4)))

    def ago(self):
        return self.rng.choice(
            [
                f"{self.rng.randrange(2, 23)} hours ago",
                f"{self.rng.randrange(2, 9)} days ago",
                "1 hour ago",
                "Yesterday",
            ]
        )

    def pull_quote(self, paragraph):
        end = paragraph.find(". ")
        return paragraph if end < 0 else paragraph[: end + 1]
