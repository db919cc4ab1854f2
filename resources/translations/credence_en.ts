<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Credence::Core::Cli</name>
    <message numerus="yes">
        <source>imported %1: %n claim(s)</source>
        <translation>
            <numerusform>imported %1: %n claim</numerusform>
            <numerusform>imported %1: %n claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) name no source and count in no source&apos;s score; give them one with Article › Assign Source in the workbench.</source>
        <translation>
            <numerusform>%n article names no source and counts in no source&apos;s score; give it one with Article › Assign Source in the workbench.</numerusform>
            <numerusform>%n articles name no source and count in no source&apos;s score; give them one with Article › Assign Source in the workbench.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n review(s).</source>
        <translation>
            <numerusform>Wrote %n review.</numerusform>
            <numerusform>Wrote %n reviews.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n page(s).</source>
        <translation>
            <numerusform>Wrote %n page.</numerusform>
            <numerusform>Wrote %n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s).</source>
        <translation>
            <numerusform>Wrote %n row.</numerusform>
            <numerusform>Wrote %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Made %1 with %n row(s).</source>
        <translation>
            <numerusform>Made %1 with %n row.</numerusform>
            <numerusform>Made %1 with %n rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Credence::Core::HtmlExtractor</name>
    <message numerus="yes">
        <source>%1: %n attribute(s) past the first %2 of an element were left out.</source>
        <translation>
            <numerusform>%1: %n attribute past the first %2 of an element was left out.</numerusform>
            <numerusform>%1: %n attributes past the first %2 of an element were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n attribute value(s) longer than %2 KB were shortened.</source>
        <translation>
            <numerusform>%1: %n attribute value longer than %2 KB was shortened.</numerusform>
            <numerusform>%1: %n attribute values longer than %2 KB were shortened.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Credence::Core::PdfReport</name>
    <message numerus="yes">
        <source>%n article(s) name no source and count in no source&apos;s score.</source>
        <translation>
            <numerusform>%n article names no source and counts in no source&apos;s score.</numerusform>
            <numerusform>%n articles name no source and count in no source&apos;s score.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n source(s) of the project</source>
        <translation>
            <numerusform>The project&apos;s %n source</numerusform>
            <numerusform>All %n sources of the project</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n held up (grade A or B)</source>
        <translation>
            <numerusform>%n held up (grade A or B)</numerusform>
            <numerusform>%n held up (grade A or B)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n had a mixed record (grade C or D)</source>
        <translation>
            <numerusform>%n had a mixed record (grade C or D)</numerusform>
            <numerusform>%n had a mixed record (grade C or D)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n did poorly (grade E)</source>
        <translation>
            <numerusform>%n did poorly (grade E)</numerusform>
            <numerusform>%n did poorly (grade E)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cannot be judged yet: fewer than %1 claims corroborated or contradicted (grade F)</source>
        <translation>
            <numerusform>%n cannot be judged yet: fewer than %1 claims corroborated or contradicted (grade F)</numerusform>
            <numerusform>%n cannot be judged yet: fewer than %1 claims corroborated or contradicted (grade F)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) that reprints of the same story repeat were counted once.</source>
        <translation>
            <numerusform>%n claim that a reprint of the same story repeats was counted once.</numerusform>
            <numerusform>%n claims that reprints of the same story repeat were counted once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) carry a grade set by hand, given beside the computed one with its reason.</source>
        <translation>
            <numerusform>%n source carries a grade set by hand, given beside the computed one with its reason.</numerusform>
            <numerusform>%n sources carry a grade set by hand, given beside the computed one with its reason.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n repeated by reprints counted once)</source>
        <translation>
            <numerusform> (%n repeated by a reprint counted once)</numerusform>
            <numerusform> (%n repeated by reprints counted once)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of 100 points, from %n answered criteria</source>
        <translation>
            <numerusform>%1 of 100 points, from %n answered criterion</numerusform>
            <numerusform>%1 of 100 points, from %n answered criteria</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n article(s) judged</source>
        <translation>
            <numerusform>%1 of %n article judged</numerusform>
            <numerusform>%1 of %n articles judged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) not checked yet, not listed.</source>
        <translation>
            <numerusform>%n claim not checked yet, not listed.</numerusform>
            <numerusform>%n claims not checked yet, not listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Credence::Core::Project</name>
    <message numerus="yes">
        <source>Mark %n claim(s) %1</source>
        <translation>
            <numerusform>Mark %n claim %1</numerusform>
            <numerusform>Mark %n claims %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Grade %n claim(s) %1</source>
        <translation>
            <numerusform>Grade %n claim %1</numerusform>
            <numerusform>Grade %n claims %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %n article(s) to %1</source>
        <translation>
            <numerusform>Assign %n article to %1</numerusform>
            <numerusform>Assign %n articles to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n claim(s)</source>
        <translation>
            <numerusform>Remove %n claim</numerusform>
            <numerusform>Remove %n claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n evidence item(s)</source>
        <translation>
            <numerusform>Remove %n evidence item</numerusform>
            <numerusform>Remove %n evidence items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %n source(s) into %1</source>
        <translation>
            <numerusform>Merge %n source into %1</numerusform>
            <numerusform>Merge %n sources into %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %n author(s) into %1</source>
        <translation>
            <numerusform>Merge %n author into %1</numerusform>
            <numerusform>Merge %n authors into %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %n article(s) to author %1</source>
        <translation>
            <numerusform>Assign %n article to author %1</numerusform>
            <numerusform>Assign %n articles to author %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of its decided claims were contradicted; estimate %1.</source>
        <translation>
            <numerusform>%n of its decided claims was contradicted; estimate %1.</numerusform>
            <numerusform>%n of its decided claims were contradicted; estimate %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n article(s) name their author.</source>
        <translation>
            <numerusform>%1 of %n article names its author.</numerusform>
            <numerusform>%1 of %n articles name their author.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %1 of %n article(s) name their author.</source>
        <translation>
            <numerusform>Only %1 of %n article names its author.</numerusform>
            <numerusform>Only %1 of %n articles name their author.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The lead claim of %n article(s) was contradicted.</source>
        <translation>
            <numerusform>The lead claim of %n article was contradicted.</numerusform>
            <numerusform>The lead claims of %n articles were contradicted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) print a correction, as “%1”.</source>
        <translation>
            <numerusform>%n article prints a correction, as “%1”.</numerusform>
            <numerusform>%n articles print a correction, as “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) changed when imported again, with no correction notice: compare the versions.</source>
        <translation>
            <numerusform>%n page changed when imported again, with no correction notice: compare the versions.</numerusform>
            <numerusform>%n pages changed when imported again, with no correction notice: compare the versions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Credence::Ui::AuthorDialog</name>
    <message numerus="yes">
        <source>%n article(s):</source>
        <translation>
            <numerusform>%n article:</numerusform>
            <numerusform>%n articles:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Credence::Ui::AuthorTableModel</name>
    <message numerus="yes">
        <source>%n unassigned</source>
        <translation>
            <numerusform>%n unassigned</numerusform>
            <numerusform>%n unassigned</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Credence::Ui::ClaimActions</name>
    <message numerus="yes">
        <source>Marked %n claim(s) %1.</source>
        <translation>
            <numerusform>Marked %n claim %1.</numerusform>
            <numerusform>Marked %n claims %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n Claims with Reason</source>
        <translation>
            <numerusform>Mark %n Claim with Reason</numerusform>
            <numerusform>Mark %n Claims with Reason</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n claim(s) with a reason</source>
        <translation>
            <numerusform>Mark %n claim with a reason</numerusform>
            <numerusform>Mark %n claims with a reason</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n claim(s): not claims (Ctrl+Z brings them back).</source>
        <translation>
            <numerusform>Removed %n claim: not a claim (Ctrl+Z brings it back).</numerusform>
            <numerusform>Removed %n claims: not claims (Ctrl+Z brings them back).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Credence::Ui::ClaimFilterBar</name>
    <message numerus="yes">
        <source>%1 of %n claim(s)</source>
        <translation>
            <numerusform>%1 of %n claim</numerusform>
            <numerusform>%1 of %n claims</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Credence::Ui::ClaimTableModel</name>
    <message numerus="yes">
        <source>%n evidence item(s)</source>
        <translation>
            <numerusform>%n evidence item</numerusform>
            <numerusform>%n evidence items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Credence::Ui::ClusterPanel</name>
    <message numerus="yes">
        <source>%n group(s) of linked claims</source>
        <translation>
            <numerusform>%n group of linked claims</numerusform>
            <numerusform>%n groups of linked claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n where sources disagree</source>
        <translation>
            <numerusform>%n where sources disagree</numerusform>
            <numerusform>%n where sources disagree</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Credence::Ui::CriteriaEditor</name>
    <message numerus="yes">
        <source>Criteria score %1 of 100 (%2 of %3 points of the criteria answered; %n of 9 answered). It stands beside the estimate from the claims and is never mixed into it.</source>
        <translation>
            <numerusform>Criteria score %1 of 100 (%2 of %3 points of the criteria answered; %n of 9 answered). It stands beside the estimate from the claims and is never mixed into it.</numerusform>
            <numerusform>Criteria score %1 of 100 (%2 of %3 points of the criteria answered; %n of 9 answered). It stands beside the estimate from the claims and is never mixed into it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Credence::Ui::ElsewherePanel</name>
    <message numerus="yes">
        <source>%n claim(s) of other articles like this one, most alike first.</source>
        <translation>
            <numerusform>%n claim of another article is like this one.</numerusform>
            <numerusform>%n claims of other articles like this one, most alike first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n independent origin(s)</source>
        <translation>
            <numerusform>%n independent origin</numerusform>
            <numerusform>%n independent origins</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Credence::Ui::EvidenceActions</name>
    <message numerus="yes">
        <source>%n file(s) archived in the project as evidence; F2 in the evidence list changes the stance.</source>
        <translation>
            <numerusform>%n file archived in the project as evidence; F2 in the evidence list changes the stance.</numerusform>
            <numerusform>%n files archived in the project as evidence; F2 in the evidence list changes the stance.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) added as evidence of claim %1.</source>
        <translation>
            <numerusform>%n item added as evidence of claim %1.</numerusform>
            <numerusform>%n items added as evidence of claim %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence item(s) removed. Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>%n evidence item removed. Ctrl+Z brings it back.</numerusform>
            <numerusform>%n evidence items removed. Ctrl+Z brings them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Credence::Ui::MainWindow</name>
    <message numerus="yes">
        <source>Import cancelled after %n article(s).</source>
        <translation>
            <numerusform>Import cancelled after %n article.</numerusform>
            <numerusform>Import cancelled after %n articles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n article(s).</source>
        <translation>
            <numerusform>Imported %n article.</numerusform>
            <numerusform>Imported %n articles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were not imported.</source>
        <translation>
            <numerusform>%n file was not imported.</numerusform>
            <numerusform>%n files were not imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n judged claim(s) (a state, a note or a claim you shaped) go with it.</source>
        <translation>
            <numerusform>%n judged claim (a state, a note or a claim you shaped) goes with it.</numerusform>
            <numerusform>%n judged claims (a state, a note or a claim you shaped) go with it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Source of the %n selected article(s): a name, a web address or a domain. Leave it empty to leave them unassigned.</source>
        <translation>
            <numerusform>Source of the %n selected article: a name, a web address or a domain. Leave it empty to leave it unassigned.</numerusform>
            <numerusform>Source of the %n selected articles: a name, a web address or a domain. Leave it empty to leave them unassigned.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) unassigned.</source>
        <translation>
            <numerusform>%n article unassigned.</numerusform>
            <numerusform>%n articles unassigned.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) assigned to %1.</source>
        <translation>
            <numerusform>%n article assigned to %1.</numerusform>
            <numerusform>%n articles assigned to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-extracted: %1 of %n claim(s) kept their verdicts.</source>
        <translation>
            <numerusform>Re-extracted: %1 of %n claim kept their verdicts.</numerusform>
            <numerusform>Re-extracted: %1 of %n claims kept their verdicts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %n judged claim(s) are no longer in the text and are kept as orphaned (Ctrl+Z undoes the change).</source>
        <translation>
            <numerusform>%1 %n judged claim is no longer in the text and is kept as orphaned (Ctrl+Z undoes the change).</numerusform>
            <numerusform>%1 %n judged claims are no longer in the text and are kept as orphaned (Ctrl+Z undoes the change).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Author of the %n selected article(s): a name (another name of an author finds that author). Leave it empty for none.</source>
        <translation>
            <numerusform>Author of the %n selected article: a name (another name of an author finds that author). Leave it empty for none.</numerusform>
            <numerusform>Author of the %n selected articles: a name (another name of an author finds that author). Leave it empty for none.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) without an author now.</source>
        <translation>
            <numerusform>%n article without an author now.</numerusform>
            <numerusform>%n articles without an author now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) given to %1.</source>
        <translation>
            <numerusform>%n article given to %1.</numerusform>
            <numerusform>%n articles given to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n claim(s) hedged</source>
        <translation>
            <numerusform>%1 of %n claim hedged</numerusform>
            <numerusform>%1 of %n claims hedged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n claim(s) unattributed</source>
        <translation>
            <numerusform>%1 of %n claim unattributed</numerusform>
            <numerusform>%1 of %n claims unattributed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flagged caption(s)</source>
        <translation>
            <numerusform>%n flagged caption</numerusform>
            <numerusform>%n flagged captions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n claim(s) to %1</source>
        <translation>
            <numerusform>Wrote %n claim to %1</numerusform>
            <numerusform>Wrote %n claims to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n page(s) to %1</source>
        <translation>
            <numerusform>Wrote %n page to %1</numerusform>
            <numerusform>Wrote %n pages to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n fact-check(s) to %1</source>
        <translation>
            <numerusform>Wrote %n fact-check to %1</numerusform>
            <numerusform>Wrote %n fact-checks to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Credence::Ui::SearchPanel</name>
    <message numerus="yes">
        <source>The best %n result(s).</source>
        <translation>
            <numerusform>The best %n result.</numerusform>
            <numerusform>The best %n results.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s).</source>
        <translation>
            <numerusform>%n result.</numerusform>
            <numerusform>%n results.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Credence::Ui::SourceTableModel</name>
    <message numerus="yes">
        <source>%n corroborated or contradicted claim(s); at least %1 are needed to judge a source.</source>
        <translation>
            <numerusform>%n corroborated or contradicted claim; at least %1 are needed to judge a source.</numerusform>
            <numerusform>%n corroborated or contradicted claims; at least %1 are needed to judge a source.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Credence::Ui::SummaryCharts</name>
    <message numerus="yes">
        <source>Claims by state: the %n record(s) with the most claims</source>
        <translation>
            <numerusform>Claims by state: the %n record with the most claims</numerusform>
            <numerusform>Claims by state: the %n records with the most claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reliability estimate; %n cannot be judged yet</source>
        <translation>
            <numerusform>Reliability estimate; %n cannot be judged yet</numerusform>
            <numerusform>Reliability estimate; %n cannot be judged yet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Credence::Ui::SummaryTableModel</name>
    <message numerus="yes">
        <source>%n corroborated or contradicted claim(s) counted; at least %1 are needed to judge.</source>
        <translation>
            <numerusform>%n corroborated or contradicted claim counted; at least %1 are needed to judge.</numerusform>
            <numerusform>%n corroborated or contradicted claims counted; at least %1 are needed to judge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decided claim(s) not counted: a near-duplicate article of the same origin (a reprint, an update, the same wire copy) repeats them, and each counts once.</source>
        <translation>
            <numerusform>%n decided claim not counted: a near-duplicate article of the same origin (a reprint, an update, the same wire copy) repeats it, and each counts once.</numerusform>
            <numerusform>%n decided claims not counted: a near-duplicate article of the same origin (a reprint, an update, the same wire copy) repeats them, and each counts once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Criteria score out of 100 from the answers: %1 of %2 points; %n of 9 criteria answered. Beside the estimate from the claims, never in it.</source>
        <translation>
            <numerusform>Criteria score out of 100 from the answers: %1 of %2 points; %n of 9 criteria answered. Beside the estimate from the claims, never in it.</numerusform>
            <numerusform>Criteria score out of 100 from the answers: %1 of %2 points; %n of 9 criteria answered. Beside the estimate from the claims, never in it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n claim(s) of its English articles are hedged (“reportedly”, “may”, “sources say”).</source>
        <translation>
            <numerusform>%1 of %n claim of its English articles is hedged (“reportedly”, “may”, “sources say”).</numerusform>
            <numerusform>%1 of %n claims of its English articles are hedged (“reportedly”, “may”, “sources say”).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n claim(s) of its English articles name no one who says them and quote no one.</source>
        <translation>
            <numerusform>%1 of %n claim of its English articles names no one who says it and quotes no one.</numerusform>
            <numerusform>%1 of %n claims of its English articles name no one who says them and quote no one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n article(s) judged read as machine-spun: words swapped for near-synonyms, so that common phrases come out improbable.</source>
        <translation>
            <numerusform>%1 of %n article judged reads as machine-spun: words swapped for near-synonyms, so that common phrases come out improbable.</numerusform>
            <numerusform>%1 of %n articles judged read as machine-spun: words swapped for near-synonyms, so that common phrases come out improbable.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n article(s) name no author.</source>
        <translation>
            <numerusform>%1 of %n article names no author.</numerusform>
            <numerusform>%1 of %n articles name no author.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n article(s) give no date.</source>
        <translation>
            <numerusform>%1 of %n article gives no date.</numerusform>
            <numerusform>%1 of %n articles give no date.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) copy an earlier article of another source and credit no original source.</source>
        <translation>
            <numerusform>%n article copies an earlier article of another source and credits no original source.</numerusform>
            <numerusform>%n articles copy an earlier article of another source and credit no original source.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Credence::Ui::SummaryView</name>
    <message numerus="yes">
        <source>%n article(s): </source>
        <translation>
            <numerusform>%n article: </numerusform>
            <numerusform>%n articles: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s), </source>
        <translation>
            <numerusform>%n source, </numerusform>
            <numerusform>%n sources, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n author(s).</source>
        <translation>
            <numerusform>%n author.</numerusform>
            <numerusform>%n authors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) without a source count in no source&apos;s score (Article › Assign Source, Ctrl+Shift+A).</source>
        <translation>
            <numerusform>%n article without a source counts in no source&apos;s score (Article › Assign Source, Ctrl+Shift+A).</numerusform>
            <numerusform>%n articles without a source count in no source&apos;s score (Article › Assign Source, Ctrl+Shift+A).</numerusform>
        </translation>
    </message>
</context>
</TS>
