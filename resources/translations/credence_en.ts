<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Credence::Core::Cli</name>
    <message numerus="yes">
        <location filename="../../app/cli/cli.cpp" line="107"/>
        <source>imported %1: %n claim(s)</source>
        <translation>
            <numerusform>imported %1: %n claim</numerusform>
            <numerusform>imported %1: %n claims</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Credence::Core::HtmlExtractor</name>
    <message numerus="yes">
        <location filename="../../app/import/htmlextractor.cpp" line="668"/>
        <source>%1: %n attribute(s) past the first %2 of an element were left out.</source>
        <translation>
            <numerusform>%1: %n attribute past the first %2 of an element was left out.</numerusform>
            <numerusform>%1: %n attributes past the first %2 of an element were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/import/htmlextractor.cpp" line="675"/>
        <source>%1: %n attribute value(s) longer than %2 KB were shortened.</source>
        <translation>
            <numerusform>%1: %n attribute value longer than %2 KB was shortened.</numerusform>
            <numerusform>%1: %n attribute values longer than %2 KB were shortened.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Credence::Core::Project</name>
    <message numerus="yes">
        <location filename="../../app/project/project.cpp" line="119"/>
        <source>Mark %n claim(s) %1</source>
        <translation>
            <numerusform>Mark %n claim %1</numerusform>
            <numerusform>Mark %n claims %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Credence::Ui::MainWindow</name>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.cpp" line="305"/>
        <source>Imported %n article(s).</source>
        <translation>
            <numerusform>Imported %n article.</numerusform>
            <numerusform>Imported %n articles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.cpp" line="312"/>
        <source>%n file(s) were not imported.</source>
        <translation>
            <numerusform>%n file was not imported.</numerusform>
            <numerusform>%n files were not imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.cpp" line="416"/>
        <source>Marked %n claim(s) %1.</source>
        <translation>
            <numerusform>Marked %n claim %1.</numerusform>
            <numerusform>Marked %n claims %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Credence::Ui::SourceTableModel</name>
    <message numerus="yes">
        <location filename="../../ui/models/sourcetablemodel.cpp" line="91"/>
        <source>%n decided claim(s); at least %1 are needed to judge a source.</source>
        <translation>
            <numerusform>%n decided claim; at least %1 are needed to judge a source.</numerusform>
            <numerusform>%n decided claims; at least %1 are needed to judge a source.</numerusform>
        </translation>
    </message>
</context>
</TS>
