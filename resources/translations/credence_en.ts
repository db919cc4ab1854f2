<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Credence::Core::Cli</name>
    <message numerus="yes">
        <location filename="../../app/cli/cli.cpp" line="181"/>
        <source>imported %1: %n claim(s)</source>
        <translation>
            <numerusform>imported %1: %n claim</numerusform>
            <numerusform>imported %1: %n claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/cli.cpp" line="320"/>
        <source>%n article(s) name no source and count in no source&apos;s score; give them one with Article › Assign Source in the workbench.</source>
        <translation>
            <numerusform>%n article names no source and counts in no source&apos;s score; give it one with Article › Assign Source in the workbench.</numerusform>
            <numerusform>%n articles name no source and count in no source&apos;s score; give them one with Article › Assign Source in the workbench.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Credence::Core::HtmlExtractor</name>
    <message numerus="yes">
        <location filename="../../app/import/html/htmlextractor.cpp" line="669"/>
        <source>%1: %n attribute(s) past the first %2 of an element were left out.</source>
        <translation>
            <numerusform>%1: %n attribute past the first %2 of an element was left out.</numerusform>
            <numerusform>%1: %n attributes past the first %2 of an element were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/import/html/htmlextractor.cpp" line="675"/>
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
        <location filename="../../app/report/pdfreport.cpp" line="98"/>
        <source>%n article(s) name no source and count in no source&apos;s score.</source>
        <translation>
            <numerusform>%n article names no source and counts in no source&apos;s score.</numerusform>
            <numerusform>%n articles name no source and count in no source&apos;s score.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Credence::Core::Project</name>
    <message numerus="yes">
        <location filename="../../app/project/project.cpp" line="296"/>
        <source>Mark %n claim(s) %1</source>
        <translation>
            <numerusform>Mark %n claim %1</numerusform>
            <numerusform>Mark %n claims %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/project/project.cpp" line="310"/>
        <source>Grade %n claim(s) %1</source>
        <translation>
            <numerusform>Grade %n claim %1</numerusform>
            <numerusform>Grade %n claims %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/project/project.cpp" line="390"/>
        <source>Assign %n article(s) to %1</source>
        <translation>
            <numerusform>Assign %n article to %1</numerusform>
            <numerusform>Assign %n articles to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/project/project.cpp" line="739"/>
        <source>Remove %n claim(s)</source>
        <translation>
            <numerusform>Remove %n claim</numerusform>
            <numerusform>Remove %n claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/project/projectevidence.cpp" line="274"/>
        <source>Remove %n evidence item(s)</source>
        <translation>
            <numerusform>Remove %n evidence item</numerusform>
            <numerusform>Remove %n evidence items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/project/projectsources.cpp" line="124"/>
        <source>Merge %n source(s) into %1</source>
        <translation>
            <numerusform>Merge %n source into %1</numerusform>
            <numerusform>Merge %n sources into %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Credence::Ui::ClaimActions</name>
    <message numerus="yes">
        <location filename="../../ui/actions/claimactions.cpp" line="182"/>
        <source>Marked %n claim(s) %1.</source>
        <translation>
            <numerusform>Marked %n claim %1.</numerusform>
            <numerusform>Marked %n claims %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/actions/claimactions.cpp" line="266"/>
        <source>Mark %n Claims with Reason</source>
        <translation>
            <numerusform>Mark %n Claim with Reason</numerusform>
            <numerusform>Mark %n Claims with Reason</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/actions/claimactions.cpp" line="292"/>
        <source>Mark %n claim(s) with a reason</source>
        <translation>
            <numerusform>Mark %n claim with a reason</numerusform>
            <numerusform>Mark %n claims with a reason</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/actions/claimactions.cpp" line="407"/>
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
        <location filename="../../ui/widgets/claimfilterbar.cpp" line="87"/>
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
        <location filename="../../ui/models/claimtablemodel.cpp" line="193"/>
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
        <location filename="../../ui/widgets/clusterpanel.cpp" line="107"/>
        <source>%n group(s) of linked claims</source>
        <translation>
            <numerusform>%n group of linked claims</numerusform>
            <numerusform>%n groups of linked claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/clusterpanel.cpp" line="108"/>
        <source>%n where sources disagree</source>
        <translation>
            <numerusform>%n where sources disagree</numerusform>
            <numerusform>%n where sources disagree</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Credence::Ui::ElsewherePanel</name>
    <message numerus="yes">
        <location filename="../../ui/widgets/elsewherepanel.cpp" line="158"/>
        <source>%n claim(s) of other articles like this one, most alike first.</source>
        <translation>
            <numerusform>%n claim of another article is like this one.</numerusform>
            <numerusform>%n claims of other articles like this one, most alike first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/elsewherepanel.cpp" line="186"/>
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/elsewherepanel.cpp" line="187"/>
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
        <location filename="../../ui/actions/evidenceactions.cpp" line="189"/>
        <source>%n file(s) archived in the project as evidence; F2 in the evidence list changes the stance.</source>
        <translation>
            <numerusform>%n file archived in the project as evidence; F2 in the evidence list changes the stance.</numerusform>
            <numerusform>%n files archived in the project as evidence; F2 in the evidence list changes the stance.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/actions/evidenceactions.cpp" line="269"/>
        <source>%n item(s) added as evidence of claim %1.</source>
        <translation>
            <numerusform>%n item added as evidence of claim %1.</numerusform>
            <numerusform>%n items added as evidence of claim %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/actions/evidenceactions.cpp" line="379"/>
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
        <location filename="../../ui/mainwindow.cpp" line="652"/>
        <source>Import cancelled after %n article(s).</source>
        <translation>
            <numerusform>Import cancelled after %n article.</numerusform>
            <numerusform>Import cancelled after %n articles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.cpp" line="653"/>
        <source>Imported %n article(s).</source>
        <translation>
            <numerusform>Imported %n article.</numerusform>
            <numerusform>Imported %n articles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.cpp" line="660"/>
        <source>%n file(s) were not imported.</source>
        <translation>
            <numerusform>%n file was not imported.</numerusform>
            <numerusform>%n files were not imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.cpp" line="804"/>
        <source>%n judged claim(s) (a state, a note or a claim you shaped) go with it.</source>
        <translation>
            <numerusform>%n judged claim (a state, a note or a claim you shaped) goes with it.</numerusform>
            <numerusform>%n judged claims (a state, a note or a claim you shaped) go with it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.cpp" line="889"/>
        <source>Source of the %n selected article(s): a name, a web address or a domain. Leave it empty to leave them unassigned.</source>
        <translation>
            <numerusform>Source of the %n selected article: a name, a web address or a domain. Leave it empty to leave it unassigned.</numerusform>
            <numerusform>Source of the %n selected articles: a name, a web address or a domain. Leave it empty to leave them unassigned.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.cpp" line="901"/>
        <source>%n article(s) unassigned.</source>
        <translation>
            <numerusform>%n article unassigned.</numerusform>
            <numerusform>%n articles unassigned.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.cpp" line="902"/>
        <source>%n article(s) assigned to %1.</source>
        <translation>
            <numerusform>%n article assigned to %1.</numerusform>
            <numerusform>%n articles assigned to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.cpp" line="925"/>
        <source>Re-extracted: %1 of %n claim(s) kept their verdicts.</source>
        <translation>
            <numerusform>Re-extracted: %1 of %n claim kept their verdicts.</numerusform>
            <numerusform>Re-extracted: %1 of %n claims kept their verdicts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.cpp" line="941"/>
        <source>%1 %n judged claim(s) are no longer in the text and are kept as orphaned (Ctrl+Z undoes the change).</source>
        <translation>
            <numerusform>%1 %n judged claim is no longer in the text and is kept as orphaned (Ctrl+Z undoes the change).</numerusform>
            <numerusform>%1 %n judged claims are no longer in the text and are kept as orphaned (Ctrl+Z undoes the change).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Credence::Ui::SearchPanel</name>
    <message numerus="yes">
        <location filename="../../ui/widgets/searchpanel.cpp" line="85"/>
        <source>The best %n result(s).</source>
        <translation>
            <numerusform>The best %n result.</numerusform>
            <numerusform>The best %n results.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/searchpanel.cpp" line="86"/>
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
        <location filename="../../ui/models/sourcetablemodel.cpp" line="138"/>
        <source>%n corroborated or contradicted claim(s); at least %1 are needed to judge a source.</source>
        <translation>
            <numerusform>%n corroborated or contradicted claim; at least %1 are needed to judge a source.</numerusform>
            <numerusform>%n corroborated or contradicted claims; at least %1 are needed to judge a source.</numerusform>
        </translation>
    </message>
</context>
</TS>
