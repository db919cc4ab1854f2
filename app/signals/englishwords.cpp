#include "signals/englishwords.h"

#include <QSet>
#include <QString>

namespace Credence::Core::EnglishWords {

namespace {

QSet<QString> wordSet(QStringView words)
{
    QSet<QString> set;
    for (const QStringView word : words.tokenize(u' ', Qt::SkipEmptyParts)) {
        set.insert(word.toString());
    }
    return set;
}

} // namespace

bool isClosedClass(QStringView word)
{
    // Written from an English grammar's word classes (determiners, pronouns, prepositions, conjunctions,
    // auxiliaries), not from any article.
    static const QSet<QString> words = wordSet(
        u"a an the this that these those my your his her its our their whose which what whatever whichever "
        u"some any no every each either neither all both half several many much more most few fewer less least "
        u"enough such other another "
        u"i me you he him she it we us they them myself yourself himself herself itself ourselves yourselves "
        u"themselves one ones anyone anybody anything someone somebody something everyone everybody everything "
        u"nobody nothing none who whom whoever "
        u"of in to for with on at by from about into over after between through under against since before "
        u"during without within among amongst across around along toward towards upon onto off out up down near "
        u"beyond behind beside besides inside outside throughout despite except until till unlike like via per above "
        u"below beneath underneath than as amid aboard following including regarding concerning plus minus versus "
        u"and or but nor yet so because although though while whereas if unless whether when whenever where "
        u"wherever why how once lest "
        u"is am are was were be been being have has had having do does did doing done will would shall should can "
        u"could may might must ought "
        u"not never also only just even still already very too quite rather almost again ever here there then now "
        u"however therefore thus hence instead otherwise meanwhile moreover furthermore yes oh");
    return words.contains(word.toString());
}

bool isIrregularVerbForm(QStringView word)
{
    // The past forms of the common irregular verbs, as any grammar lists them.
    static const QSet<QString> words = wordSet(
        u"arose awoke bore borne beat beaten became begun began bent bet bid bit bitten bled blew blown broke broken "
        u"bred brought built burnt bought caught chose chosen clung came cost crept cut dealt dug dove drew drawn "
        u"dreamt drank drunk drove driven ate eaten fell fallen fed felt fought found fled flung flew flown forbade "
        u"forgot forgotten forgave forgiven froze frozen got gotten gave given went gone ground grew grown hung had "
        u"heard hid hidden hit held hurt kept knelt knew known laid led leapt left lent let lay lain lit lost made "
        u"meant met paid proved put quit read rode ridden rang rung rose risen ran said saw seen sought sold sent set "
        u"shook shaken shed shone shot showed shown shrank shut sang sung sank sunk sat slept slid slung spoke spoken "
        u"sped spent spun spat split spread sprang stood stole stolen stuck stung stank struck strove swore sworn "
        u"swept swam swum swung took taken taught tore torn told thought threw thrown thrust understood undertook "
        u"undertaken upset woke woken wore worn wove woven wept won wound withdrew withdrawn wrote written");
    return words.contains(word.toString());
}

} // namespace Credence::Core::EnglishWords
