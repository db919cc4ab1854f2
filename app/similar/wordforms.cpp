#include "wordforms.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace Credence::Core {

namespace {

// Words that say nothing about what a claim is about: English and German articles, pronouns, prepositions,
// conjunctions, auxiliaries and the verbs of reporting (every claim "said" something).
constexpr const char16_t *FunctionWords[] = {
    u"a",        u"an",      u"the",    u"and",     u"or",     u"but",    u"nor",    u"of",        u"in",
    u"on",       u"at",      u"to",     u"for",     u"from",   u"by",     u"with",   u"without",   u"as",
    u"into",     u"onto",    u"over",   u"under",   u"about",  u"after",  u"before", u"since",     u"than",
    u"that",     u"this",    u"these",  u"those",   u"there",  u"here",   u"which",  u"who",       u"whom",
    u"whose",    u"what",    u"when",   u"where",   u"why",    u"how",    u"it",     u"its",       u"it's",
    u"he",       u"she",     u"they",   u"them",    u"their",  u"theirs", u"his",    u"her",       u"hers",
    u"him",      u"we",      u"us",     u"our",     u"you",    u"your",   u"i",      u"me",        u"my",
    u"is",       u"are",     u"was",    u"were",    u"be",     u"been",   u"being",  u"am",        u"has",
    u"have",     u"had",     u"having", u"do",      u"does",   u"did",    u"will",   u"would",     u"shall",
    u"should",   u"can",     u"could",  u"may",     u"might",  u"must",   u"not",    u"no",        u"so",
    u"such",     u"also",    u"very",   u"more",    u"most",   u"some",   u"any",    u"all",       u"each",
    u"other",    u"both",    u"either", u"neither", u"if",     u"then",   u"while",  u"because",   u"though",
    u"although", u"however", u"which",  u"said",    u"says",   u"say",    u"told",   u"according", u"reported",
    u"reports",  u"per",     u"via",    u"up",      u"out",    u"off",    u"just",   u"only",      u"even",
    u"still",    u"yet",     u"now",    u"already", u"like",   u"among",  u"amid",   u"against",   u"between",
    u"through",  u"during",  u"within", u"der",     u"die",    u"das",    u"den",    u"dem",       u"des",
    u"ein",      u"eine",    u"einen",  u"einem",   u"einer",  u"eines",  u"und",    u"oder",      u"aber",
    u"von",      u"vom",     u"zu",     u"zum",     u"zur",    u"im",     u"in",     u"am",        u"an",
    u"auf",      u"aus",     u"bei",    u"mit",     u"nach",   u"seit",   u"für",    u"über",      u"unter",
    u"vor",      u"durch",   u"gegen",  u"ohne",    u"um",     u"als",    u"wie",    u"dass",      u"ist",
    u"sind",     u"war",     u"waren",  u"wird",    u"werden", u"wurde",  u"wurden", u"hat",       u"haben",
    u"hatte",    u"hatten",  u"sein",   u"nicht",   u"auch",   u"sich",   u"es",     u"er",        u"sie",
    u"wir",      u"ihr",     u"ihre",   u"sagte",   u"laut",
};

// A country or region, then what its people and things are called. Many news stories name a country by its
// adjective ("the French foreign ministry") where another names it ("France criticised"); both are one name here.
constexpr const char16_t *Demonyms[][4] = {
    {u"afghanistan", u"afghan", u"afghans", nullptr},
    {u"africa", u"african", u"africans", nullptr},
    {u"albania", u"albanian", u"albanians", nullptr},
    {u"algeria", u"algerian", u"algerians", nullptr},
    {u"america", u"american", u"americans", nullptr},
    {u"argentina", u"argentine", u"argentinian", nullptr},
    {u"armenia", u"armenian", u"armenians", nullptr},
    {u"asia", u"asian", u"asians", nullptr},
    {u"australia", u"australian", u"australians", nullptr},
    {u"austria", u"austrian", u"austrians", nullptr},
    {u"azerbaijan", u"azerbaijani", u"azerbaijanis", nullptr},
    {u"bangladesh", u"bangladeshi", u"bangladeshis", nullptr},
    {u"belarus", u"belarusian", u"belarusians", nullptr},
    {u"belgium", u"belgian", u"belgians", nullptr},
    {u"bolivia", u"bolivian", u"bolivians", nullptr},
    {u"bosnia", u"bosnian", u"bosnians", nullptr},
    {u"brazil", u"brazilian", u"brazilians", nullptr},
    {u"britain", u"british", u"briton", u"britons"},
    {u"bulgaria", u"bulgarian", u"bulgarians", nullptr},
    {u"burkina", u"burkinabe", u"burkinabè", nullptr},
    {u"cambodia", u"cambodian", u"cambodians", nullptr},
    {u"cameroon", u"cameroonian", u"cameroonians", nullptr},
    {u"canada", u"canadian", u"canadians", nullptr},
    {u"chad", u"chadian", u"chadians", nullptr},
    {u"chile", u"chilean", u"chileans", nullptr},
    {u"china", u"chinese", nullptr, nullptr},
    {u"colombia", u"colombian", u"colombians", nullptr},
    {u"congo", u"congolese", nullptr, nullptr},
    {u"croatia", u"croatian", u"croat", u"croats"},
    {u"cuba", u"cuban", u"cubans", nullptr},
    {u"cyprus", u"cypriot", u"cypriots", nullptr},
    {u"czechia", u"czech", u"czechs", nullptr},
    {u"denmark", u"danish", u"dane", u"danes"},
    {u"egypt", u"egyptian", u"egyptians", nullptr},
    {u"estonia", u"estonian", u"estonians", nullptr},
    {u"ethiopia", u"ethiopian", u"ethiopians", nullptr},
    {u"europe", u"european", u"europeans", nullptr},
    {u"finland", u"finnish", u"finn", u"finns"},
    {u"france", u"french", u"frenchman", u"frankreich"},
    {u"georgia", u"georgian", u"georgians", nullptr},
    {u"germany", u"german", u"germans", u"deutschland"},
    {u"ghana", u"ghanaian", u"ghanaians", nullptr},
    {u"greece", u"greek", u"greeks", nullptr},
    {u"guinea", u"guinean", u"guineans", nullptr},
    {u"haiti", u"haitian", u"haitians", nullptr},
    {u"hungary", u"hungarian", u"hungarians", nullptr},
    {u"iceland", u"icelandic", u"icelander", u"icelanders"},
    {u"india", u"indian", u"indians", nullptr},
    {u"indonesia", u"indonesian", u"indonesians", nullptr},
    {u"iran", u"iranian", u"iranians", nullptr},
    {u"iraq", u"iraqi", u"iraqis", nullptr},
    {u"ireland", u"irish", nullptr, nullptr},
    {u"israel", u"israeli", u"israelis", nullptr},
    {u"italy", u"italian", u"italians", nullptr},
    {u"japan", u"japanese", nullptr, nullptr},
    {u"jordan", u"jordanian", u"jordanians", nullptr},
    {u"kazakhstan", u"kazakh", u"kazakhs", nullptr},
    {u"kenya", u"kenyan", u"kenyans", nullptr},
    {u"korea", u"korean", u"koreans", nullptr},
    {u"kosovo", u"kosovar", u"kosovars", nullptr},
    {u"latvia", u"latvian", u"latvians", nullptr},
    {u"lebanon", u"lebanese", nullptr, nullptr},
    {u"libya", u"libyan", u"libyans", nullptr},
    {u"lithuania", u"lithuanian", u"lithuanians", nullptr},
    {u"mali", u"malian", u"malians", nullptr},
    {u"mauritania", u"mauritanian", u"mauritanians", nullptr},
    {u"mexico", u"mexican", u"mexicans", nullptr},
    {u"moldova", u"moldovan", u"moldovans", nullptr},
    {u"mongolia", u"mongolian", u"mongolians", nullptr},
    {u"morocco", u"moroccan", u"moroccans", nullptr},
    {u"mozambique", u"mozambican", u"mozambicans", nullptr},
    {u"myanmar", u"burmese", nullptr, nullptr},
    {u"nepal", u"nepali", u"nepalese", nullptr},
    {u"netherlands", u"dutch", nullptr, nullptr},
    {u"nicaragua", u"nicaraguan", u"nicaraguans", nullptr},
    {u"niger", u"nigerien", u"nigeriens", nullptr},
    {u"nigeria", u"nigerian", u"nigerians", nullptr},
    {u"norway", u"norwegian", u"norwegians", nullptr},
    {u"pakistan", u"pakistani", u"pakistanis", nullptr},
    {u"palestine", u"palestinian", u"palestinians", nullptr},
    {u"peru", u"peruvian", u"peruvians", nullptr},
    {u"philippines", u"filipino", u"filipinos", u"philippine"},
    {u"poland", u"polish", u"pole", u"poles"},
    {u"portugal", u"portuguese", nullptr, nullptr},
    {u"qatar", u"qatari", u"qataris", nullptr},
    {u"romania", u"romanian", u"romanians", nullptr},
    {u"russia", u"russian", u"russians", u"russland"},
    {u"rwanda", u"rwandan", u"rwandans", nullptr},
    {u"saudi", u"saudis", nullptr, nullptr},
    {u"senegal", u"senegalese", nullptr, nullptr},
    {u"serbia", u"serbian", u"serb", u"serbs"},
    {u"slovakia", u"slovak", u"slovaks", nullptr},
    {u"slovenia", u"slovenian", u"slovene", u"slovenes"},
    {u"somalia", u"somali", u"somalis", nullptr},
    {u"spain", u"spanish", u"spaniard", u"spaniards"},
    {u"sudan", u"sudanese", nullptr, nullptr},
    {u"sweden", u"swedish", u"swede", u"swedes"},
    {u"switzerland", u"swiss", nullptr, nullptr},
    {u"syria", u"syrian", u"syrians", nullptr},
    {u"taiwan", u"taiwanese", nullptr, nullptr},
    {u"tanzania", u"tanzanian", u"tanzanians", nullptr},
    {u"thailand", u"thai", u"thais", nullptr},
    {u"tunisia", u"tunisian", u"tunisians", nullptr},
    {u"turkey", u"turkish", u"turk", u"turks"},
    {u"uganda", u"ugandan", u"ugandans", nullptr},
    {u"ukraine", u"ukrainian", u"ukrainians", nullptr},
    {u"venezuela", u"venezuelan", u"venezuelans", nullptr},
    {u"vietnam", u"vietnamese", nullptr, nullptr},
    {u"yemen", u"yemeni", u"yemenis", nullptr},
    {u"zambia", u"zambian", u"zambians", nullptr},
    {u"zimbabwe", u"zimbabwean", u"zimbabweans", nullptr},
};

constexpr std::pair<const char16_t *, double> NumberWords[] = {
    {u"zero", 0},      {u"one", 1},         {u"two", 2},         {u"three", 3},        {u"four", 4},
    {u"five", 5},      {u"six", 6},         {u"seven", 7},       {u"eight", 8},        {u"nine", 9},
    {u"ten", 10},      {u"eleven", 11},     {u"twelve", 12},     {u"thirteen", 13},    {u"fourteen", 14},
    {u"fifteen", 15},  {u"sixteen", 16},    {u"seventeen", 17},  {u"eighteen", 18},    {u"nineteen", 19},
    {u"twenty", 20},   {u"thirty", 30},     {u"forty", 40},      {u"fifty", 50},       {u"sixty", 60},
    {u"seventy", 70},  {u"eighty", 80},     {u"ninety", 90},     {u"hundred", 100},    {u"thousand", 1e3},
    {u"million", 1e6}, {u"billion", 1e9},   {u"trillion", 1e12}, {u"dozen", 12},       {u"zwei", 2},
    {u"drei", 3},      {u"vier", 4},        {u"fünf", 5},        {u"sechs", 6},        {u"sieben", 7},
    {u"acht", 8},      {u"neun", 9},        {u"zehn", 10},       {u"elf", 11},         {u"zwölf", 12},
    {u"zwanzig", 20},  {u"dreißig", 30},    {u"vierzig", 40},    {u"fünfzig", 50},     {u"hundert", 100},
    {u"tausend", 1e3}, {u"millionen", 1e6}, {u"milliarde", 1e9}, {u"milliarden", 1e9},
};

constexpr std::pair<const char16_t *, double> Multipliers[] = {
    {u"hundred", 100},   {u"thousand", 1e3},   {u"million", 1e6}, {u"millions", 1e6},  {u"billion", 1e9},
    {u"billions", 1e9},  {u"trillion", 1e12},  {u"k", 1e3},       {u"m", 1e6},         {u"mn", 1e6},
    {u"bn", 1e9},        {u"tausend", 1e3},    {u"mio", 1e6},     {u"millionen", 1e6}, {u"mrd", 1e9},
    {u"milliarde", 1e9}, {u"milliarden", 1e9},
};

template <typename Table> QHash<QString, double> valueTable(const Table &table)
{
    QHash<QString, double> values;
    for (const auto &[word, value] : table) {
        values.insert(QString::fromUtf16(word), value);
    }
    return values;
}

} // namespace

bool isFunctionWord(QStringView lower)
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const char16_t *word : FunctionWords) {
            set.insert(QString::fromUtf16(word));
        }
        return set;
    }();
    return words.contains(lower.toString());
}

QString canonicalWord(const QString &lower)
{
    static const QHash<QString, QString> countries = [] {
        QHash<QString, QString> map;
        for (const auto &row : Demonyms) {
            for (int i = 1; i < 4 && row[i]; ++i) {
                map.insert(QString::fromUtf16(row[i]), QString::fromUtf16(row[0]));
            }
        }
        return map;
    }();
    QString word = lower;
    // Both apostrophes: "Russia's", "Russia’s".
    if (word.endsWith(QLatin1String("'s")) || word.endsWith(u"\u2019s")) {
        word.chop(2);
    }
    if (const auto country = countries.constFind(word); country != countries.constEnd()) {
        return *country;
    }
    // A plural's singular, where a word is long and its ending plain: "troops", "attacks"; not "news", "crisis",
    // "status", "witness".
    if (word.size() > 4 && word.endsWith(u's') && !word.endsWith(QLatin1String("ss")) &&
        !word.endsWith(QLatin1String("us")) && !word.endsWith(QLatin1String("is")) &&
        !word.endsWith(QLatin1String("ws"))) {
        word.chop(word.endsWith(QLatin1String("ies")) ? 3 : 1);
        if (lower.endsWith(QLatin1String("ies"))) {
            word.append(u'y');
        }
    }
    return word;
}

QStringList spellingsOf(const QString &canonical)
{
    static const QHash<QString, QStringList> spellings = [] {
        QHash<QString, QStringList> map;
        for (const auto &row : Demonyms) {
            QStringList &forms = map[QString::fromUtf16(row[0])];
            for (int i = 0; i < 4 && row[i]; ++i) {
                forms.append(QString::fromUtf16(row[i]));
            }
        }
        return map;
    }();
    return spellings.value(canonical, QStringList{canonical});
}

std::optional<double> numberWordValue(QStringView lower)
{
    static const QHash<QString, double> values = valueTable(NumberWords);
    const auto found = values.constFind(lower.toString());
    return found == values.constEnd() ? std::nullopt : std::optional<double>(*found);
}

std::optional<double> multiplierValue(QStringView lower)
{
    static const QHash<QString, double> values = valueTable(Multipliers);
    const auto found = values.constFind(lower.toString());
    return found == values.constEnd() ? std::nullopt : std::optional<double>(*found);
}

} // namespace Credence::Core
