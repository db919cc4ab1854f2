<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ArticleDetailsDialog</name>
    <message>
        <source>Article Details</source>
        <translation>Artikeldetails</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>Auto&amp;r:</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>&amp;Veröffentlicht:</translation>
    </message>
    <message>
        <source>Whether the date the article was published is known</source>
        <translation>Ob bekannt ist, wann der Artikel erschienen ist</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Bekannt</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>&amp;Original source:</source>
        <translation>Ori&amp;ginalquelle:</translation>
    </message>
    <message>
        <source>Where a syndicated article first ran</source>
        <translation>Wo ein übernommener Artikel zuerst erschien</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The language of the article as a code, such as en or de</source>
        <translation>Die Sprache des Artikels als Kürzel, etwa de oder en</translation>
    </message>
    <message>
        <source>en</source>
        <translation>de</translation>
    </message>
    <message>
        <source>S&amp;tandfirst:</source>
        <translation>Vors&amp;pann:</translation>
    </message>
    <message>
        <source>The summary between the headline and the text</source>
        <translation>Die Zusammenfassung zwischen Überschrift und Text</translation>
    </message>
</context>
<context>
    <name>Credence::Core::ArchiveFile</name>
    <message>
        <source>%1 is a folder; choose a file to archive.</source>
        <translation>%1 ist ein Ordner; bitte eine Datei zum Archivieren wählen.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check that the file exists and that you may read it.</source>
        <translation>%1 lässt sich nicht lesen: %2. Bitte prüfen, ob die Datei existiert und ob Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <source>%1 is %2, more than the %3 a project archives. Keep it elsewhere and add a note or a link saying where.</source>
        <translation>%1 ist %2 groß, mehr als die %3, die ein Projekt höchstens archiviert. Bitte die Datei anderswo aufbewahren und in einer Notiz oder einem Link festhalten, wo sie liegt.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 lässt sich nicht lesen: %2.</translation>
    </message>
    <message>
        <source>%1 is more than the %2 a project archives. Keep it elsewhere and add a note or a link saying where.</source>
        <translation>%1 ist größer als die %2, die ein Projekt höchstens archiviert. Bitte die Datei anderswo aufbewahren und in einer Notiz oder einem Link festhalten, wo sie liegt.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 lässt sich nicht schreiben: %2</translation>
    </message>
</context>
<context>
    <name>Credence::Core::AuthorRepository</name>
    <message>
        <source>The author no longer exists.</source>
        <translation>Diesen Autor gibt es nicht mehr.</translation>
    </message>
</context>
<context>
    <name>Credence::Core::BodyChange</name>
    <message>
        <source>The article no longer exists.</source>
        <translation>Den Artikel gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The body would be empty.</source>
        <translation>Der Text wäre dann leer.</translation>
    </message>
</context>
<context>
    <name>Credence::Core::CheckHint</name>
    <message>
        <source>Figure: check the number, its unit and its date against the source.</source>
        <translation>Zahl: Wert, Einheit und Datum mit der Quelle abgleichen.</translation>
    </message>
    <message>
        <source>Attribution: check that the named source said this, and in what context.</source>
        <translation>Zuschreibung: prüfen, ob die genannte Quelle das gesagt hat und in welchem Zusammenhang.</translation>
    </message>
    <message>
        <source>Hedge: the text itself is unsure; look for confirmation elsewhere.</source>
        <translation>Einschränkung: Der Text selbst ist unsicher; anderswo nach einer Bestätigung suchen.</translation>
    </message>
    <message>
        <source>Superlative: check the comparison against the full record.</source>
        <translation>Superlativ: den Vergleich an allen verfügbaren Daten prüfen.</translation>
    </message>
    <message>
        <source>Quotation: find the original and check the wording and the speaker.</source>
        <translation>Zitat: das Original finden und Wortlaut und Urheber prüfen.</translation>
    </message>
</context>
<context>
    <name>Credence::Core::ClaimRepository</name>
    <message>
        <source>The claim no longer exists.</source>
        <translation>Die Behauptung gibt es nicht mehr.</translation>
    </message>
</context>
<context>
    <name>Credence::Core::ClaimReviewExport</name>
    <message>
        <source>Name who publishes the fact-checks: a ClaimReview needs its author.</source>
        <translation>Nennen Sie, wer die Faktenchecks veröffentlicht: ein ClaimReview braucht einen Autor.</translation>
    </message>
    <message>
        <source>Give the address of the page the fact-checks are published on (https://…): a ClaimReview needs its url.</source>
        <translation>Geben Sie die Adresse der Seite an, auf der die Faktenchecks erscheinen (https://…): ein ClaimReview braucht seine URL.</translation>
    </message>
    <message>
        <source>Some claims could not be read: %1</source>
        <translation>Einige Behauptungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Credence::Core::ClaimsCsv</name>
    <message>
        <source>Cannot write the CSV: %1</source>
        <translation>Die CSV-Datei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Some claims could not be read: %1</source>
        <translation>Einige Behauptungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Credence::Core::Cli</name>
    <message>
        <source>The project file.</source>
        <translation>Die Projektdatei.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>%1 is damaged, so its figures would be incomplete: nothing is reported from it.
Save everything that can still be read with: credence recover --db %1 RECOVERED.credence</source>
        <translation>%1 ist beschädigt, seine Zahlen wären also unvollständig: Es wird nichts daraus berichtet.
Alles noch Lesbare sichern mit: credence recover --db %1 GERETTET.credence</translation>
    </message>
    <message>
        <source>--db PATH is required.</source>
        <translation>--db PFAD muss angegeben werden.</translation>
    </message>
    <message>
        <source>No project at %1.</source>
        <translation>Kein Projekt unter %1.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>Part of %1 could not be read, so nothing is reported: %2</source>
        <translation>Ein Teil von %1 ließ sich nicht lesen, daher wird nichts berichtet: %2</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 lässt sich nicht anlegen: %2</translation>
    </message>
    <message>
        <source>Articles to import.</source>
        <translation>Die zu importierenden Artikel.</translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation>DATEI...</translation>
    </message>
    <message>
        <source>Imports articles into a project, creating it if needed.</source>
        <translation>Importiert Artikel in ein Projekt und legt es bei Bedarf an.</translation>
    </message>
    <message>
        <source>usage: credence import --db PATH FILE...</source>
        <translation>Aufruf: credence import --db PFAD DATEI...</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 is read-only. %2</source>
        <translation>Nichts wurde importiert: %1 ist schreibgeschützt. %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message numerus="yes">
        <source>imported %1: %n claim(s)</source>
        <translation>
            <numerusform>importiert %1: %n Behauptung</numerusform>
            <numerusform>importiert %1: %n Behauptungen</numerusform>
        </translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Corr.</source>
        <translation>Best.</translation>
    </message>
    <message>
        <source>Contr.</source>
        <translation>Widerl.</translation>
    </message>
    <message>
        <source>Unverif.</source>
        <translation>N. überprüfb.</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Reliability (95% interval)</source>
        <translation>Verlässlichkeit (95-%-Intervall)</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>usage: credence summary --db PATH [--json]</source>
        <translation>Aufruf: credence summary --db PFAD [--json]</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Behauptung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Hints</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Orphaned</source>
        <translation>Verwaist</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>Article %1:</source>
        <translation>Artikel %1:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>Only the claims of this article.</source>
        <translation>Nur die Behauptungen dieses Artikels.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Lists the claims of a project with their states, notes and hints.</source>
        <translation>Listet die Behauptungen eines Projekts mit Status, Notizen und Hinweisen auf.</translation>
    </message>
    <message>
        <source>usage: credence claims --db PATH [--json] [--article ID]</source>
        <translation>Aufruf: credence claims --db PFAD [--json] [--article ID]</translation>
    </message>
    <message>
        <source>--article takes an article&apos;s number, such as 12; &apos;%1&apos; is not one.</source>
        <translation>--article erwartet die Nummer eines Artikels, etwa 12; „%1“ ist keine.</translation>
    </message>
    <message>
        <source>There is no article %1 in %2.</source>
        <translation>In %2 gibt es keinen Artikel %1.</translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation>Die zu schreibende PDF-Datei.</translation>
    </message>
    <message>
        <source>OUT.pdf</source>
        <translation>AUSGABE.pdf</translation>
    </message>
    <message>
        <source>Writes the reliability report as PDF.</source>
        <translation>Schreibt den Verlässlichkeitsbericht als PDF.</translation>
    </message>
    <message>
        <source>The new project for what can be read.</source>
        <translation>Das neue Projekt für alles, was sich lesen lässt.</translation>
    </message>
    <message>
        <source>RECOVERED.credence</source>
        <translation>GERETTET.credence</translation>
    </message>
    <message>
        <source>Copies everything that can still be read of a damaged project into a new project.</source>
        <translation>Kopiert alles, was sich von einem beschädigten Projekt noch lesen lässt, in ein neues Projekt.</translation>
    </message>
    <message>
        <source>usage: credence recover --db PATH RECOVERED.credence</source>
        <translation>Aufruf: credence recover --db PFAD GERETTET.credence</translation>
    </message>
    <message>
        <source>%1 exists already; name a new file for the recovered project.</source>
        <translation>%1 gibt es schon; bitte eine neue Datei für das gerettete Projekt angeben.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Pages or text files to read.</source>
        <translation>Die zu lesenden Seiten oder Textdateien.</translation>
    </message>
    <message>
        <source>Prints what would be imported from each file, without storing anything.</source>
        <translation>Zeigt, was aus jeder Datei importiert würde, ohne etwas zu speichern.</translation>
    </message>
    <message>
        <source>usage: credence extract [--json] FILE...</source>
        <translation>Aufruf: credence extract [--json] DATEI...</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;. See credence --help.</source>
        <translation>Unbekannter Befehl „%1“. Siehe credence --help.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;. Did you mean &apos;%2&apos;? See credence --help.</source>
        <translation>Unbekannter Befehl „%1“. Meinten Sie „%2“? Siehe credence --help.</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) name no source and count in no source&apos;s score; give them one with Article › Assign Source in the workbench.</source>
        <translation>
            <numerusform>%n Artikel nennt keine Quelle und zählt in keiner Bewertung; ordnen Sie ihm in der Arbeitsfläche mit Artikel › Quelle zuordnen eine zu.</numerusform>
            <numerusform>%n Artikel nennen keine Quelle und zählen in keiner Bewertung; ordnen Sie ihnen in der Arbeitsfläche mit Artikel › Quelle zuordnen eine zu.</numerusform>
        </translation>
    </message>
    <message>
        <source>--%1 takes a claim&apos;s number, such as 12; &apos;%2&apos; is not one.</source>
        <translation>--%1 erwartet die Nummer einer Behauptung, etwa 12; „%2“ ist keine.</translation>
    </message>
    <message>
        <source>The claim to look for.</source>
        <translation>Die Behauptung, nach der gesucht wird.</translation>
    </message>
    <message>
        <source>At most this many claims (20).</source>
        <translation>Höchstens so viele Behauptungen (20).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Lists the claims of other articles that may say the same as a claim.</source>
        <translation>Listet die Behauptungen anderer Artikel, die dasselbe sagen könnten wie eine Behauptung.</translation>
    </message>
    <message>
        <source>usage: credence similar --db PATH --claim ID [--limit N] [--json]</source>
        <translation>Aufruf: credence similar --db PFAD --claim ID [--limit N] [--json]</translation>
    </message>
    <message>
        <source>--limit takes a number above 0.</source>
        <translation>--limit erwartet eine Zahl über 0.</translation>
    </message>
    <message>
        <source>There is no claim %1 in %2.</source>
        <translation>In %2 gibt es keine Behauptung %1.</translation>
    </message>
    <message>
        <source>Claim %1:</source>
        <translation>Behauptung %1:</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation>(nicht zugeordnet)</translation>
    </message>
    <message>
        <source>Figures differ:</source>
        <translation>Zahlen weichen ab:</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a share of claims in a table cell</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>in no score</source>
        <translation>in keiner Bewertung</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Gezählt</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Von Hand</translation>
    </message>
    <message>
        <source>Hedged</source>
        <translation>Eingeschränkt</translation>
    </message>
    <message>
        <source>Unattr.</source>
        <translation>Ohne Quelle</translation>
    </message>
    <message>
        <source>Spun</source>
        <translation>Umformuliert</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Bildunterschriften</translation>
    </message>
    <message>
        <source>Uncredited</source>
        <translation>Ohne Herkunft</translation>
    </message>
    <message>
        <source>(no source)</source>
        <translation>(keine Quelle)</translation>
    </message>
    <message>
        <source>(no author)</source>
        <translation>(kein Autor)</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Prints the reliability summary per source and per author, with the text-quality signals of their articles.</source>
        <translation>Gibt die Zusammenfassung der Verlässlichkeit je Quelle und je Autor aus, mit den Textqualitätssignalen ihrer Artikel.</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <source>Counted: the decided claims in the score; a claim that a near-duplicate article of the same source or author repeats counts once.
Criteria: the points of the criteria a source meets, out of 100 for those answered met or not met (the source&apos;s Criteria page in the workbench); never part of the estimate.
Hedged, Unattr.: the share of the claims of English articles that are hedged, and that name no one who says them.
Spun: articles found machine-spun, of those in English and long enough to judge.
Captions: image captions that disclose a generated image or do not fit the article.
Uncredited: copies of an earlier article of another source that credit no original source.</source>
        <translation>Gezählt: die entschiedenen Behauptungen in der Bewertung; eine Behauptung, die ein nahezu gleicher Artikel derselben Quelle oder desselben Autors wiederholt, zählt einmal.
Kriterien: die Punkte der Kriterien, die eine Quelle erfüllt, von 100 für die als erfüllt oder nicht erfüllt beantworteten (die Seite Kriterien der Quelle in der Werkbank); nie Teil der Schätzung.
Eingeschränkt, Ohne Quelle: der Anteil der Behauptungen englischer Artikel, die eingeschränkt formuliert sind, und derer, die niemanden nennen, der sie aufstellt.
Umformuliert: maschinell umformulierte Artikel unter denen, die englisch und lang genug für ein Urteil sind.
Bildunterschriften: Bildunterschriften, die ein erzeugtes Bild angeben oder nicht zum Artikel passen.
Ohne Herkunft: Kopien eines früheren Artikels einer anderen Quelle, die keine Originalquelle nennen.</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>Die zu schreibende CSV-Datei.</translation>
    </message>
    <message>
        <source>OUT.csv</source>
        <translation>AUSGABE.csv</translation>
    </message>
    <message>
        <source>Writes every claim with its article, state, note and evidence as CSV.</source>
        <translation>Schreibt jede Behauptung mit Artikel, Status, Notiz und Belegen als CSV.</translation>
    </message>
    <message>
        <source>usage: credence export-csv --db PATH OUT.csv</source>
        <translation>Aufruf: credence export-csv --db PFAD AUSGABE.csv</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The page the fact-checks are published on; each review is URL#claim-ID.</source>
        <translation>Die Seite, auf der die Faktenchecks erscheinen; jede Bewertung ist URL#claim-ID.</translation>
    </message>
    <message>
        <source>The JSON-LD file to write.</source>
        <translation>Die zu schreibende JSON-LD-Datei.</translation>
    </message>
    <message>
        <source>OUT.json</source>
        <translation>AUSGABE.json</translation>
    </message>
    <message>
        <source>Writes every corroborated or contradicted claim as schema.org ClaimReview JSON-LD.</source>
        <translation>Schreibt jede bestätigte oder widerlegte Behauptung als schema.org-ClaimReview-JSON-LD.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n review(s).</source>
        <translation>
            <numerusform>%n Bewertung geschrieben.</numerusform>
            <numerusform>%n Bewertungen geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Report on this source only (by name; repeat for several). Default: every source.</source>
        <translation>Nur über diese Quelle berichten (nach Name; für mehrere wiederholen). Vorgabe: alle Quellen.</translation>
    </message>
    <message>
        <source>List the claims not checked yet under their articles (else they are counted).</source>
        <translation>Die noch nicht geprüften Behauptungen unter ihren Artikeln aufführen (sonst werden sie gezählt).</translation>
    </message>
    <message>
        <source>a4 or letter (default: what the locale uses).</source>
        <translation>a4 oder letter (Vorgabe: was das Gebietsschema verwendet).</translation>
    </message>
    <message>
        <source>usage: credence export-pdf --db PATH [--source NAME]... [--list-not-checked] [--paper a4|letter] OUT.pdf</source>
        <translation>Aufruf: credence export-pdf --db PFAD [--source NAME]... [--list-not-checked] [--paper a4|letter] AUSGABE.pdf</translation>
    </message>
    <message>
        <source>No source is called %1.</source>
        <translation>Keine Quelle heißt %1.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n page(s).</source>
        <translation>
            <numerusform>%n Seite geschrieben.</numerusform>
            <numerusform>%n Seiten geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The report&apos;s title (empty: the file&apos;s name).</source>
        <translation>Der Titel des Berichts (leer: der Dateiname).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Who prepared the report.</source>
        <translation>Wer den Bericht erstellt hat.</translation>
    </message>
    <message>
        <source>What was checked.</source>
        <translation>Was geprüft wurde.</translation>
    </message>
    <message>
        <source>Who publishes the fact-checks.</source>
        <translation>Wer die Faktenchecks veröffentlicht.</translation>
    </message>
    <message>
        <source>The publisher&apos;s web address.</source>
        <translation>Die Webadresse des Herausgebers.</translation>
    </message>
    <message>
        <source>Shows the project&apos;s details (the report&apos;s cover, the fact-checks&apos; publisher); with options, sets them first.</source>
        <translation>Zeigt die Projektangaben (Titelseite des Berichts, Herausgeber der Faktenchecks); mit Optionen werden sie zuerst gesetzt.</translation>
    </message>
    <message>
        <source>usage: credence details --db PATH [--title TEXT] [--author TEXT] [--scope TEXT] [--publisher NAME] [--url URL]</source>
        <translation>Aufruf: credence details --db PFAD [--title TEXT] [--author TEXT] [--scope TEXT] [--publisher NAME] [--url URL]</translation>
    </message>
    <message>
        <source>Who publishes the fact-checks (the reviews&apos; author); default: the project&apos;s.</source>
        <translation>Wer die Faktenchecks veröffentlicht (Autor der Bewertungen); Vorgabe: der des Projekts.</translation>
    </message>
    <message>
        <source>usage: credence export-claimreview --db PATH [--publisher NAME] [--url URL] OUT.json</source>
        <translation>Aufruf: credence export-claimreview --db PFAD [--publisher NAME] [--url URL] AUSGABE.json</translation>
    </message>
    <message>
        <source>The JSON file to write.</source>
        <translation>Die zu schreibende JSON-Datei.</translation>
    </message>
    <message>
        <source>Writes the whole project as JSON, which import-json makes into the same project again.</source>
        <translation>Schreibt das ganze Projekt als JSON, aus dem import-json wieder dasselbe Projekt macht.</translation>
    </message>
    <message>
        <source>usage: credence export-json --db PATH OUT.json</source>
        <translation>Aufruf: credence export-json --db PFAD AUSGABE.json</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s).</source>
        <translation>
            <numerusform>%n Zeile geschrieben.</numerusform>
            <numerusform>%n Zeilen geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>A project exported with export-json.</source>
        <translation>Ein mit export-json exportiertes Projekt.</translation>
    </message>
    <message>
        <source>IN.json</source>
        <translation>EINGABE.json</translation>
    </message>
    <message>
        <source>Makes a new project (--db, which must not exist) from a JSON export.</source>
        <translation>Macht aus einem JSON-Export ein neues Projekt (--db, das noch nicht bestehen darf).</translation>
    </message>
    <message>
        <source>usage: credence import-json --db NEW.credence IN.json</source>
        <translation>Aufruf: credence import-json --db NEU.credence EINGABE.json</translation>
    </message>
    <message numerus="yes">
        <source>Made %1 with %n row(s).</source>
        <translation>
            <numerusform>%1 mit %n Zeile angelegt.</numerusform>
            <numerusform>%1 mit %n Zeilen angelegt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Credence::Core::Credibility</name>
    <message>
        <source>1 Confirmed by other sources</source>
        <translation>1 Durch andere Quellen bestätigt</translation>
    </message>
    <message>
        <source>2 Probably true</source>
        <translation>2 Wahrscheinlich wahr</translation>
    </message>
    <message>
        <source>3 Possibly true</source>
        <translation>3 Möglicherweise wahr</translation>
    </message>
    <message>
        <source>4 Doubtful</source>
        <translation>4 Zweifelhaft</translation>
    </message>
    <message>
        <source>5 Improbable</source>
        <translation>5 Unwahrscheinlich</translation>
    </message>
    <message>
        <source>6 Truth cannot be judged</source>
        <translation>6 Wahrheit nicht beurteilbar</translation>
    </message>
    <message>
        <source>Not graded</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Confirmed by other sources that are independent of this one.</source>
        <translation>Durch andere Quellen bestätigt, die von dieser unabhängig sind.</translation>
    </message>
    <message>
        <source>Not confirmed, but logical and consistent with other information.</source>
        <translation>Nicht bestätigt, aber logisch und mit anderen Informationen vereinbar.</translation>
    </message>
    <message>
        <source>Not confirmed; reasonably logical and agrees with some other information.</source>
        <translation>Nicht bestätigt; einigermaßen logisch und stimmt mit einigen anderen Informationen überein.</translation>
    </message>
    <message>
        <source>Not confirmed; possible, but not logical, and nothing else bears it out.</source>
        <translation>Nicht bestätigt; möglich, aber nicht logisch, und nichts anderes stützt es.</translation>
    </message>
    <message>
        <source>Not confirmed, not logical, and contradicted by other information.</source>
        <translation>Nicht bestätigt, nicht logisch und im Widerspruch zu anderen Informationen.</translation>
    </message>
    <message>
        <source>There is no basis for judging whether the information is true.</source>
        <translation>Es gibt keine Grundlage, um zu beurteilen, ob die Information zutrifft.</translation>
    </message>
    <message>
        <source>Nobody has graded this claim yet.</source>
        <translation>Diese Behauptung hat noch niemand bewertet.</translation>
    </message>
</context>
<context>
    <name>Credence::Core::Criteria</name>
    <message>
        <source>Does not repeatedly publish false content</source>
        <translation>Veröffentlicht nicht wiederholt falsche Inhalte</translation>
    </message>
    <message>
        <source>Gathers and presents information responsibly</source>
        <translation>Sammelt und präsentiert Informationen verantwortungsvoll</translation>
    </message>
    <message>
        <source>Regularly corrects errors</source>
        <translation>Korrigiert Fehler regelmäßig</translation>
    </message>
    <message>
        <source>Separates news and opinion</source>
        <translation>Trennt Nachricht und Meinung</translation>
    </message>
    <message>
        <source>Avoids deceptive headlines</source>
        <translation>Vermeidet irreführende Überschriften</translation>
    </message>
    <message>
        <source>Discloses ownership</source>
        <translation>Legt die Eigentümer offen</translation>
    </message>
    <message>
        <source>Labels advertising</source>
        <translation>Kennzeichnet Werbung</translation>
    </message>
    <message>
        <source>Reveals who is in charge</source>
        <translation>Nennt die Verantwortlichen</translation>
    </message>
    <message>
        <source>Names its content creators</source>
        <translation>Nennt die Urheber seiner Inhalte</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Nicht erfüllt</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht zutreffend</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Nicht beantwortet</translation>
    </message>
</context>
<context>
    <name>Credence::Core::Database</name>
    <message>
        <source>Another program is using the project and did not finish within 5 seconds; try again.</source>
        <translation>Ein anderes Programm benutzt das Projekt und ist nach 5 Sekunden nicht fertig geworden; bitte erneut versuchen.</translation>
    </message>
    <message>
        <source>The project file cannot be written.</source>
        <translation>Die Projektdatei lässt sich nicht schreiben.</translation>
    </message>
    <message>
        <source>The disk reported an error.</source>
        <translation>Der Datenträger hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>The project file is damaged.</source>
        <translation>Die Projektdatei ist beschädigt.</translation>
    </message>
    <message>
        <source>The disk is full (or the project reached its size limit).</source>
        <translation>Der Datenträger ist voll (oder das Projekt hat seine Größengrenze erreicht).</translation>
    </message>
    <message>
        <source>The project file cannot be opened.</source>
        <translation>Die Projektdatei lässt sich nicht öffnen.</translation>
    </message>
    <message>
        <source>It is on a read-only disk.</source>
        <translation>Sie liegt auf einem schreibgeschützten Datenträger.</translation>
    </message>
    <message>
        <source>The file is read-only (%1).</source>
        <translation>Die Datei ist schreibgeschützt (%1).</translation>
    </message>
    <message>
        <source>Its folder %1 is read-only, and Credence needs to write beside the project file.</source>
        <translation>Ihr Ordner %1 ist schreibgeschützt, und Credence muss neben die Projektdatei schreiben.</translation>
    </message>
    <message>
        <source>%1 beside it is read-only.</source>
        <translation>%1 daneben ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>No project file was given.</source>
        <translation>Es wurde keine Projektdatei angegeben.</translation>
    </message>
    <message>
        <source>The Qt SQLite driver is not installed (package libqt6sql6-sqlite).</source>
        <translation>Der SQLite-Treiber von Qt ist nicht installiert (Paket libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>There is no project at %1.</source>
        <translation>Unter %1 gibt es kein Projekt.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Credence project. Use File › New Project to start one.</source>
        <translation>%1 ist eine leere Datei, kein Credence-Projekt. Ein neues Projekt beginnt mit Datei › Neues Projekt.</translation>
    </message>
    <message>
        <source>%1 is not a Credence project.</source>
        <translation>%1 ist kein Credence-Projekt.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Credence project.</source>
        <translation>%1 ist eine SQLite-Datenbank eines anderen Programms, kein Credence-Projekt.</translation>
    </message>
    <message>
        <source>It was opened read-only.</source>
        <translation>Es wurde schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read: %2</source>
        <translation>%1 ist beschädigt und lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 lässt sich nicht anlegen: %2</translation>
    </message>
    <message>
        <source>It is damaged.</source>
        <translation>Es ist beschädigt.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation>In %1 lässt sich nicht schreiben: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: its table &apos;%2&apos; is missing.</source>
        <translation>%1 ist beschädigt: Die Tabelle „%2“ fehlt.</translation>
    </message>
    <message>
        <source>It could not be checked.</source>
        <translation>Es ließ sich nicht prüfen.</translation>
    </message>
    <message>
        <source>Another program is reading %1, so its -wal file could not be emptied yet.</source>
        <translation>Ein anderes Programm liest %1, daher ließ sich die zugehörige -wal-Datei noch nicht leeren.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Credence (schema %2; this version reads up to %3).</source>
        <translation>%1 wurde von einer neueren Credence-Version geschrieben (Schema %2; diese Version liest bis %3).</translation>
    </message>
    <message>
        <source>%1 was written by an older version of Credence and must be upgraded, which cannot be done while it is read-only. %2</source>
        <translation>%1 wurde von einer älteren Credence-Version geschrieben und muss aktualisiert werden, was bei Schreibschutz nicht geht. %2</translation>
    </message>
    <message>
        <source>Cannot upgrade %1 to schema %2: %3</source>
        <translation>%1 lässt sich nicht auf Schema %2 aktualisieren: %3</translation>
    </message>
    <message>
        <source>Cannot upgrade %1 to schema %2: rows of table &apos;%3&apos; refer to rows that do not exist.</source>
        <translation>%1 lässt sich nicht auf Schema %2 aktualisieren: Zeilen der Tabelle „%3“ verweisen auf Zeilen, die es nicht gibt.</translation>
    </message>
    <message>
        <source>%1 is open read-only. %2</source>
        <translation>%1 ist schreibgeschützt geöffnet. %2</translation>
    </message>
    <message>
        <source>Cannot save to %1: %2</source>
        <translation>Speichern in %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Kein Projekt ist geöffnet.</translation>
    </message>
    <message>
        <source>%1 is the project itself; choose another file for the copy.</source>
        <translation>%1 ist das Projekt selbst; bitte eine andere Datei für die Kopie wählen.</translation>
    </message>
    <message>
        <source>Cannot save a copy as %1: %2</source>
        <translation>Die Kopie lässt sich nicht als %1 speichern: %2</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>%1 lässt sich nicht ersetzen.</translation>
    </message>
</context>
<context>
    <name>Credence::Core::Evidence</name>
    <message>
        <source>Web page</source>
        <translation>Webseite</translation>
    </message>
    <message>
        <source>Archived file</source>
        <translation>Archivierte Datei</translation>
    </message>
    <message>
        <source>Linked claim</source>
        <translation>Verknüpfte Behauptung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Supports the claim</source>
        <translation>Stützt die Behauptung</translation>
    </message>
    <message>
        <source>Refutes the claim</source>
        <translation>Widerlegt die Behauptung</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
</context>
<context>
    <name>Credence::Core::EvidenceRepository</name>
    <message>
        <source>The evidence item no longer exists.</source>
        <translation>Den Beleg gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The archived file of the evidence item was not kept.</source>
        <translation>Die archivierte Datei des Belegs wurde nicht aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>Credence::Core::ExportTarget</name>
    <message>
        <source>%1 is the project the report is made from; choose another file name for the export.</source>
        <translation>%1 ist das Projekt, aus dem der Bericht entsteht; bitte einen anderen Dateinamen für den Export wählen.</translation>
    </message>
    <message>
        <source>%1 is a Credence project; an export never replaces a project. Choose another file name.</source>
        <translation>%1 ist ein Credence-Projekt; ein Export ersetzt nie ein Projekt. Bitte einen anderen Dateinamen wählen.</translation>
    </message>
    <message>
        <source>%1 is a database; an export never replaces one. Choose another file name.</source>
        <translation>%1 ist eine Datenbank; ein Export ersetzt nie eine Datenbank. Bitte einen anderen Dateinamen wählen.</translation>
    </message>
    <message>
        <source>%1 is not a file; choose a file name for the export.</source>
        <translation>%1 ist keine Datei; bitte einen Dateinamen für den Export wählen.</translation>
    </message>
</context>
<context>
    <name>Credence::Core::HtmlExtractor</name>
    <message numerus="yes">
        <source>%1: %n attribute(s) past the first %2 of an element were left out.</source>
        <translation>
            <numerusform>%1: %n Attribut nach den ersten %2 eines Elements wurde ausgelassen.</numerusform>
            <numerusform>%1: %n Attribute nach den ersten %2 eines Elements wurden ausgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n attribute value(s) longer than %2 KB were shortened.</source>
        <translation>
            <numerusform>%1: %n Attributwert länger als %2 KB wurde gekürzt.</numerusform>
            <numerusform>%1: %n Attributwerte länger als %2 KB wurden gekürzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 nests its elements more than %2 deep; Credence reads at most %2 levels.</source>
        <translation>%1 verschachtelt seine Elemente tiefer als %2 Ebenen; Credence liest höchstens %2 Ebenen.</translation>
    </message>
    <message>
        <source>%1 nests too much of its content too deeply to be read in reasonable time.</source>
        <translation>%1 verschachtelt zu viel seines Inhalts zu tief, um in vertretbarer Zeit gelesen zu werden.</translation>
    </message>
    <message>
        <source>%1 holds %2 MB of text, markup and metadata besides scripts and styles; Credence reads at most %3 MB.</source>
        <translation>%1 enthält %2 MB Text, Markup und Metadaten neben Skripten und Stilen; Credence liest höchstens %3 MB.</translation>
    </message>
    <message>
        <source>%1 has too many elements to be read in reasonable time: parsed, it passes %2 MB.</source>
        <translation>%1 hat zu viele Elemente, um in vertretbarer Zeit gelesen zu werden: Geparst übersteigt es %2 MB.</translation>
    </message>
    <message>
        <source>%1 is not a text file.</source>
        <translation>%1 ist keine Textdatei.</translation>
    </message>
</context>
<context>
    <name>Credence::Core::ImportJob</name>
    <message>
        <source>Cannot store %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>Credence::Core::Importer</name>
    <message>
        <source>%1 holds no article text.</source>
        <translation>%1 enthält keinen Artikeltext.</translation>
    </message>
    <message>
        <source>%1 holds %2 MB of text; Credence reads text files of at most %3 MB.</source>
        <translation>%1 enthält %2 MB Text; Credence liest Textdateien bis höchstens %3 MB.</translation>
    </message>
    <message>
        <source>%1 is not a text file.</source>
        <translation>%1 ist keine Textdatei.</translation>
    </message>
    <message>
        <source>%1 has %2 lines; Credence reads text files of at most %3.</source>
        <translation>%1 hat %2 Zeilen; Credence liest Textdateien mit höchstens %3.</translation>
    </message>
    <message>
        <source>%1 has more than %2 list items and table rows; it was read as plain text, not as Markdown.</source>
        <translation>%1 hat mehr als %2 Listenpunkte und Tabellenzeilen; es wurde als reiner Text gelesen, nicht als Markdown.</translation>
    </message>
    <message>
        <source>%1 is %2 MB; articles larger than %3 MB are not imported.</source>
        <translation>%1 ist %2 MB groß; Artikel über %3 MB werden nicht importiert.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 gibt es nicht.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 ist ein Ordner.</translation>
    </message>
    <message>
        <source>%1 is already in the project as “%2”.</source>
        <translation>%1 ist schon als „%2“ im Projekt.</translation>
    </message>
    <message>
        <source>Cannot store %1: %2</source>
        <translation>%1 lässt sich nicht speichern: %2</translation>
    </message>
</context>
<context>
    <name>Credence::Core::PdfFinisher</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The PDF could not be finished: %1</source>
        <translation>Das PDF konnte nicht fertiggestellt werden: %1</translation>
    </message>
    <message>
        <source>The PDF could not be finished: it has no cross-reference table.</source>
        <translation>Das PDF konnte nicht fertiggestellt werden: Es hat keine Querverweistabelle.</translation>
    </message>
    <message>
        <source>The PDF could not be finished: its pages are not laid out as expected.</source>
        <translation>Das PDF konnte nicht fertiggestellt werden: Seine Seiten sind nicht wie erwartet angeordnet.</translation>
    </message>
</context>
<context>
    <name>Credence::Core::PdfReport</name>
    <message>
        <source>Source reliability report</source>
        <translation>Bericht zur Verlässlichkeit der Quellen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Corroborated</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Contradicted</source>
        <translation>Widerlegt</translation>
    </message>
    <message>
        <source>Unverifiable</source>
        <translation>Nicht überprüfbar</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Reliability (95% interval)</source>
        <translation>Verlässlichkeit (95-%-Intervall)</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>No longer in the article&apos;s text as extracted now.</source>
        <translation>Nicht mehr im Artikeltext, wie er jetzt extrahiert ist.</translation>
    </message>
    <message>
        <source>Source reliability report: %1</source>
        <translation>Bericht zur Verlässlichkeit der Quellen: %1</translation>
    </message>
    <message>
        <source>Cannot start the PDF.</source>
        <translation>Die PDF-Datei lässt sich nicht beginnen.</translation>
    </message>
    <message>
        <source>Credence · %1</source>
        <translation>Credence · %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 lässt sich nicht schreiben: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) name no source and count in no source&apos;s score.</source>
        <translation>
            <numerusform>%n Artikel nennt keine Quelle und zählt in keiner Bewertung einer Quelle.</numerusform>
            <numerusform>%n Artikel nennen keine Quelle und zählen in keiner Bewertung einer Quelle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <source>Reliability is the mean of a Beta(1 + corroborated, 1 + contradicted) posterior, with its central 95% credible interval. Only corroborated and contradicted claims count: unverifiable claims (checked, not settled) and claims not checked yet do not, and a claim that a near-duplicate article of the same source repeats (a reprint, an update, the same wire copy) counts once. A source with fewer than %1 such claims cannot be judged. The grade (Admiralty scale) is read from the lower end of the interval: A from 0.80, B from 0.65, C from 0.50, D from 0.35, E below, F cannot be judged; a grade set by hand follows it after a slash.</source>
        <translation>Die Verlässlichkeit ist der Mittelwert einer Beta(1 + bestätigt, 1 + widerlegt)-A-posteriori-Verteilung, mit ihrem zentralen 95-%-Glaubwürdigkeitsintervall. Nur bestätigte und widerlegte Behauptungen zählen: nicht überprüfbare Behauptungen (geprüft, nicht entschieden) und noch nicht geprüfte zählen nicht, und eine Behauptung, die ein nahezu gleicher Artikel derselben Quelle wiederholt (ein Nachdruck, eine Aktualisierung, dieselbe Agenturmeldung), zählt einmal. Eine Quelle mit weniger als %1 solchen Behauptungen ist nicht beurteilbar. Die Einstufung (Admiralty-Skala) folgt aus dem unteren Ende des Intervalls: A ab 0,80, B ab 0,65, C ab 0,50, D ab 0,35, E darunter, F nicht beurteilbar; eine von Hand gesetzte Einstufung folgt nach einem Schrägstrich.</translation>
    </message>
    <message>
        <source>Prepared by %1</source>
        <translation>Erstellt von %1</translation>
    </message>
    <message numerus="yes">
        <source>All %n source(s) of the project</source>
        <translation>
            <numerusform>Die %n Quelle des Projekts</numerusform>
            <numerusform>Alle %n Quellen des Projekts</numerusform>
        </translation>
    </message>
    <message>
        <source>One source: %1</source>
        <translation>Eine Quelle: %1</translation>
    </message>
    <message>
        <source>%1 of the project&apos;s %2 sources</source>
        <translation>%1 der %2 Quellen des Projekts</translation>
    </message>
    <message>
        <source>%1 · %2, %3 checked</source>
        <translation>%1 · %2, %3 geprüft</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n Behauptung</numerusform>
            <numerusform>%n Behauptungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>This report covers %1 and %2.</source>
        <translation>Dieser Bericht umfasst %1 und %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n Quelle</numerusform>
            <numerusform>%n Quellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n held up (grade A or B)</source>
        <translation>
            <numerusform>%n hat sich bewährt (Einstufung A oder B)</numerusform>
            <numerusform>%n haben sich bewährt (Einstufung A oder B)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n had a mixed record (grade C or D)</source>
        <translation>
            <numerusform>%n mit gemischter Bilanz (Einstufung C oder D)</numerusform>
            <numerusform>%n mit gemischter Bilanz (Einstufung C oder D)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n did poorly (grade E)</source>
        <translation>
            <numerusform>%n schnitt schlecht ab (Einstufung E)</numerusform>
            <numerusform>%n schnitten schlecht ab (Einstufung E)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cannot be judged yet: fewer than %1 claims corroborated or contradicted (grade F)</source>
        <translation>
            <numerusform>%n ist noch nicht zu beurteilen: weniger als %1 bestätigte oder widerlegte Behauptungen (Einstufung F)</numerusform>
            <numerusform>%n sind noch nicht zu beurteilen: weniger als %1 bestätigte oder widerlegte Behauptungen (Einstufung F)</numerusform>
        </translation>
    </message>
    <message>
        <source>Of the sources, %1.</source>
        <translation>Von den Quellen: %1.</translation>
    </message>
    <message>
        <source>Of %1, %2 were checked: %3 corroborated, %4 contradicted and %5 unverifiable; %6 not checked yet.</source>
        <translation>Von %1 wurden %2 geprüft: %3 bestätigt, %4 widerlegt und %5 nicht überprüfbar; %6 noch nicht geprüft.</translation>
    </message>
    <message>
        <source>The most reliable is %1 (estimate %2, grade %3); the least reliable is %4 (estimate %5, grade %6).</source>
        <translation>Am verlässlichsten ist %1 (Schätzung %2, Einstufung %3); am wenigsten verlässlich ist %4 (Schätzung %5, Einstufung %6).</translation>
    </message>
    <message>
        <source>The one source that can be judged is %1 (estimate %2, grade %3).</source>
        <translation>Die einzige beurteilbare Quelle ist %1 (Schätzung %2, Einstufung %3).</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) that reprints of the same story repeat were counted once.</source>
        <translation>
            <numerusform>%n Behauptung, die ein Nachdruck derselben Meldung wiederholt, wurde einmal gezählt.</numerusform>
            <numerusform>%n Behauptungen, die Nachdrucke derselben Meldung wiederholen, wurden einmal gezählt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) carry a grade set by hand, given beside the computed one with its reason.</source>
        <translation>
            <numerusform>%n Quelle trägt eine von Hand gesetzte Einstufung, neben der berechneten und mit Begründung.</numerusform>
            <numerusform>%n Quellen tragen eine von Hand gesetzte Einstufung, neben der berechneten und mit Begründung.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Most contradicted claims: %1.</source>
        <translation>Die meisten widerlegten Behauptungen: %1.</translation>
    </message>
    <message>
        <source>Overview by source</source>
        <translation>Übersicht nach Quelle</translation>
    </message>
    <message>
        <source>The report has no sources.</source>
        <translation>Der Bericht enthält keine Quellen.</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Each claim was marked by a fact-checker: corroborated when independent reporting or records bear it out, contradicted when they refute it, unverifiable when it was checked and could not be settled. Evidence (web pages, archived files, notes, the same claim in another article) is listed under each claim.</source>
        <translation>Jede Behauptung wurde von einer Faktenprüferin oder einem Faktenprüfer markiert: bestätigt, wenn unabhängige Berichte oder Unterlagen sie stützen, widerlegt, wenn sie ihr widersprechen, nicht überprüfbar, wenn sie geprüft wurde und sich nicht klären ließ. Belege (Webseiten, archivierte Dateien, Notizen, dieselbe Behauptung in einem anderen Artikel) stehen unter jeder Behauptung.</translation>
    </message>
    <message>
        <source>The criteria are the fact-checker&apos;s answers to nine questions raters of news sites ask, weighted in points out of 100; the figure is the points met out of those answered. It is shown beside the estimate and never enters it.</source>
        <translation>Die Kriterien sind die Antworten der Faktenprüfung auf neun Fragen, die Bewerter von Nachrichtenseiten stellen, gewichtet in Punkten von 100; die Zahl ist der Anteil erfüllter Punkte an den beantworteten. Sie steht neben der Schätzung und fließt nie in sie ein.</translation>
    </message>
    <message>
        <source>Signals are measured on the articles&apos; text (hedged and unattributed claims, machine-spun text, captions, missing bylines and dates, copies that credit no one). They point to what deserves a closer look and are never part of a score.</source>
        <translation>Signale werden am Text der Artikel gemessen (abgeschwächte und nicht zugeschriebene Behauptungen, maschinell umgeschriebener Text, Bildunterschriften, fehlende Autorenzeilen und Daten, Kopien ohne Quellenangabe). Sie zeigen, was einen genaueren Blick verdient, und sind nie Teil einer Bewertung.</translation>
    </message>
    <message>
        <source>Claims not checked yet are listed with their article.</source>
        <translation>Noch nicht geprüfte Behauptungen stehen bei ihrem Artikel.</translation>
    </message>
    <message>
        <source>Claims not checked yet are counted, not listed.</source>
        <translation>Noch nicht geprüfte Behauptungen werden gezählt, nicht aufgeführt.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Articles without a source</source>
        <translation>Artikel ohne Quelle</translation>
    </message>
    <message>
        <source>These articles name no source: their claims count in no source&apos;s score until one is assigned.</source>
        <translation>Diese Artikel nennen keine Quelle: Ihre Behauptungen zählen in keiner Bewertung, bis eine zugewiesen ist.</translation>
    </message>
    <message>
        <source>Grade: </source>
        <translation>Einstufung: </translation>
    </message>
    <message>
        <source>set by hand: </source>
        <translation>von Hand gesetzt: </translation>
    </message>
    <message>
        <source>Reliability: </source>
        <translation>Verlässlichkeit: </translation>
    </message>
    <message>
        <source>%1, from %2 corroborated and %3 contradicted claims</source>
        <translation>%1, aus %2 bestätigten und %3 widerlegten Behauptungen</translation>
    </message>
    <message numerus="yes">
        <source> (%n repeated by reprints counted once)</source>
        <translation>
            <numerusform> (%n von einem Nachdruck wiederholte einmal gezählt)</numerusform>
            <numerusform> (%n von Nachdrucken wiederholte einmal gezählt)</numerusform>
        </translation>
    </message>
    <message>
        <source>Claims: </source>
        <translation>Behauptungen: </translation>
    </message>
    <message>
        <source>%1 in %2: %3 corroborated, %4 contradicted, %5 unverifiable, %6 not checked</source>
        <translation>%1 in %2: %3 bestätigt, %4 widerlegt, %5 nicht überprüfbar, %6 nicht geprüft</translation>
    </message>
    <message>
        <source>About: </source>
        <translation>Angaben: </translation>
    </message>
    <message>
        <source>Notes: </source>
        <translation>Notizen: </translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>No criterion answered.</source>
        <translation>Kein Kriterium beantwortet.</translation>
    </message>
    <message>
        <source>No criterion answered met or not met yet.</source>
        <translation>Noch kein Kriterium als erfüllt oder nicht erfüllt beantwortet.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of 100 points, from %n answered criteria</source>
        <translation>
            <numerusform>%1 von 100 Punkten, aus %n beantworteten Kriterium</numerusform>
            <numerusform>%1 von 100 Punkten, aus %n beantworteten Kriterien</numerusform>
        </translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Evidence and note</source>
        <translation>Beleg und Notiz</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signale</translation>
    </message>
    <message>
        <source>Hedged claims</source>
        <translation>Abgeschwächte Behauptungen</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 von %2 (%3)</translation>
    </message>
    <message>
        <source>Unattributed claims</source>
        <translation>Nicht zugeschriebene Behauptungen</translation>
    </message>
    <message>
        <source>Reads as machine-spun text</source>
        <translation>Liest sich wie maschinell umgeschriebener Text</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n article(s) judged</source>
        <translation>
            <numerusform>%1 von %n beurteilten Artikel</numerusform>
            <numerusform>%1 von %n beurteilten Artikeln</numerusform>
        </translation>
    </message>
    <message>
        <source>Flagged captions</source>
        <translation>Markierte Bildunterschriften</translation>
    </message>
    <message>
        <source>%1 (generated image: %2, unrelated to the text: %3)</source>
        <translation>%1 (generiertes Bild: %2, ohne Bezug zum Text: %3)</translation>
    </message>
    <message>
        <source>Articles without a byline</source>
        <translation>Artikel ohne Autorenzeile</translation>
    </message>
    <message>
        <source>Articles without a date</source>
        <translation>Artikel ohne Datum</translation>
    </message>
    <message>
        <source>Copies of another source&apos;s article, uncredited</source>
        <translation>Kopien eines Artikels einer anderen Quelle, ohne Angabe</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>No articles.</source>
        <translation>Keine Artikel.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>republished from %1</source>
        <translation>übernommen von %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Behauptungen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Claim, note and evidence</source>
        <translation>Behauptung, Notiz und Belege</translation>
    </message>
    <message>
        <source>Note: </source>
        <translation>Notiz: </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) not checked yet, not listed.</source>
        <translation>
            <numerusform>%n Behauptung noch nicht geprüft, nicht aufgeführt.</numerusform>
            <numerusform>%n Behauptungen noch nicht geprüft, nicht aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source> (read %1)</source>
        <translation> (gelesen %1)</translation>
    </message>
    <message>
        <source>file %1, SHA-256 %2</source>
        <translation>Datei %1, SHA-256 %2</translation>
    </message>
    <message>
        <source>the same claim elsewhere: “%1”</source>
        <translation>dieselbe Behauptung anderswo: „%1“</translation>
    </message>
    <message>
        <source>The project could not be read: %1</source>
        <translation>Das Projekt konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Der Bericht wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot finish the PDF.</source>
        <translation>Das PDF kann nicht abgeschlossen werden.</translation>
    </message>
    <message>
        <source>Cannot write a temporary file in %1: %2</source>
        <translation>In %1 kann keine temporäre Datei geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Credence::Core::Project</name>
    <message>
        <source>Everything is saved, but part of it is still only in %1-wal beside the project file: %2 Keep the two files together until Credence can write it into the project file.</source>
        <translation>Alles ist gespeichert, aber ein Teil steht noch nur in %1-wal neben der Projektdatei: %2 Die beiden Dateien bitte zusammen aufbewahren, bis Credence ihn in die Projektdatei schreiben kann.</translation>
    </message>
    <message>
        <source>Part of the project could not be read, so what is shown is incomplete: %1</source>
        <translation>Ein Teil des Projekts ließ sich nicht lesen, das Angezeigte ist also unvollständig: %1</translation>
    </message>
    <message>
        <source>The change was not saved: %1</source>
        <translation>Die Änderung wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Kein Projekt ist geöffnet.</translation>
    </message>
    <message>
        <source>The project is read-only, so nothing was changed. %1</source>
        <translation>Das Projekt ist schreibgeschützt, daher wurde nichts geändert. %1</translation>
    </message>
    <message>
        <source>The article no longer exists.</source>
        <translation>Den Artikel gibt es nicht mehr.</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n claim(s) %1</source>
        <translation>
            <numerusform>%n Behauptung als „%1“ markieren</numerusform>
            <numerusform>%n Behauptungen als „%1“ markieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>The claim no longer exists.</source>
        <translation>Die Behauptung gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Edit article details</source>
        <translation>Artikeldetails bearbeiten</translation>
    </message>
    <message>
        <source>Change article body</source>
        <translation>Artikeltext ändern</translation>
    </message>
    <message>
        <source>Add claim</source>
        <translation>Behauptung hinzufügen</translation>
    </message>
    <message>
        <source>Select the words of the article that make the claim.</source>
        <translation>Bitte die Wörter des Artikels auswählen, die die Behauptung bilden.</translation>
    </message>
    <message>
        <source>The selection overlaps the claim “%1”: adjust or remove that claim first.</source>
        <translation>Die Auswahl überschneidet sich mit der Behauptung „%1“: diese Behauptung zuerst anpassen oder entfernen.</translation>
    </message>
    <message>
        <source>Split claim</source>
        <translation>Behauptung teilen</translation>
    </message>
    <message>
        <source>This claim is no longer in the article&apos;s text, so it cannot be split.</source>
        <translation>Diese Behauptung steht nicht mehr im Artikeltext und lässt sich daher nicht teilen.</translation>
    </message>
    <message>
        <source>Put the cursor inside the claim, where the second part should begin.</source>
        <translation>Bitte den Cursor in die Behauptung setzen, dorthin, wo der zweite Teil beginnen soll.</translation>
    </message>
    <message>
        <source>Merge claims</source>
        <translation>Behauptungen zusammenführen</translation>
    </message>
    <message>
        <source>This claim is no longer in the article&apos;s text, so it cannot be merged.</source>
        <translation>Diese Behauptung steht nicht mehr im Artikeltext und lässt sich daher nicht zusammenführen.</translation>
    </message>
    <message>
        <source>This is the article&apos;s last claim: there is nothing after it to merge it with.</source>
        <translation>Das ist die letzte Behauptung des Artikels: Danach kommt nichts, womit sie sich zusammenführen ließe.</translation>
    </message>
    <message>
        <source>Adjust claim</source>
        <translation>Behauptung anpassen</translation>
    </message>
    <message>
        <source>A claim needs at least one word of the article.</source>
        <translation>Eine Behauptung braucht mindestens ein Wort des Artikels.</translation>
    </message>
    <message>
        <source>The claim would overlap the claim “%1”: adjust or remove that claim first.</source>
        <translation>Die Behauptung würde sich mit der Behauptung „%1“ überschneiden: diese zuerst anpassen oder entfernen.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n claim(s)</source>
        <translation>
            <numerusform>%n Behauptung entfernen</numerusform>
            <numerusform>%n Behauptungen entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove article “%1”</source>
        <translation>Artikel „%1“ entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Grade %n claim(s) %1</source>
        <translation>
            <numerusform>%n Behauptung als „%1“ einstufen</numerusform>
            <numerusform>%n Behauptungen als „%1“ einstufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Type or paste the web page&apos;s address.</source>
        <translation>Bitte die Adresse der Webseite eingeben oder einfügen.</translation>
    </message>
    <message>
        <source>“%1” is not a web address: evidence links only to pages whose address starts with http:// or https://. Archive a file instead, or write a note.</source>
        <translation>„%1“ ist keine Webadresse: Belege verweisen nur auf Seiten, deren Adresse mit http:// oder https:// beginnt. Stattdessen eine Datei archivieren oder eine Notiz schreiben.</translation>
    </message>
    <message>
        <source>An archived file needs a name.</source>
        <translation>Eine archivierte Datei braucht einen Namen.</translation>
    </message>
    <message>
        <source>The file is %1, more than the %2 a project archives. Keep it elsewhere and add a note or a link saying where.</source>
        <translation>Die Datei ist %1 groß, mehr als die %2, die ein Projekt höchstens archiviert. Bitte die Datei anderswo aufbewahren und in einer Notiz oder einem Link festhalten, wo sie liegt.</translation>
    </message>
    <message>
        <source>Write the note before adding it.</source>
        <translation>Bitte zuerst die Notiz schreiben, dann hinzufügen.</translation>
    </message>
    <message>
        <source>A claim cannot be evidence for itself: choose another claim.</source>
        <translation>Eine Behauptung kann nicht ihr eigener Beleg sein: bitte eine andere Behauptung wählen.</translation>
    </message>
    <message>
        <source>The linked claim no longer exists: choose another claim.</source>
        <translation>Die verknüpfte Behauptung gibt es nicht mehr: bitte eine andere Behauptung wählen.</translation>
    </message>
    <message>
        <source>Add evidence: %1</source>
        <translation>Beleg hinzufügen: %1</translation>
    </message>
    <message>
        <source>The evidence item no longer exists.</source>
        <translation>Den Beleg gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Change evidence</source>
        <translation>Beleg ändern</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n evidence item(s)</source>
        <translation>
            <numerusform>%n Beleg entfernen</numerusform>
            <numerusform>%n Belege entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>The archived file no longer exists.</source>
        <translation>Die archivierte Datei gibt es nicht mehr.</translation>
    </message>
    <message numerus="yes">
        <source>Assign %n article(s) to %1</source>
        <translation>
            <numerusform>%n Artikel %1 zuordnen</numerusform>
            <numerusform>%n Artikel %1 zuordnen</numerusform>
        </translation>
    </message>
    <message>
        <source>The other claim no longer exists.</source>
        <translation>Die andere Behauptung gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>That claim is already linked as evidence.</source>
        <translation>Diese Behauptung ist bereits als Beleg verknüpft.</translation>
    </message>
    <message>
        <source>Contradicted elsewhere:</source>
        <translation>Anderswo widerlegt:</translation>
    </message>
    <message>
        <source>Found elsewhere:</source>
        <translation>Anderswo gefunden:</translation>
    </message>
    <message>
        <source>Link a claim found elsewhere and mark</source>
        <translation>Anderswo gefundene Behauptung verknüpfen und markieren</translation>
    </message>
    <message>
        <source>Link a claim found elsewhere</source>
        <translation>Anderswo gefundene Behauptung verknüpfen</translation>
    </message>
    <message>
        <source>A source needs a name.</source>
        <translation>Eine Quelle braucht einen Namen.</translation>
    </message>
    <message>
        <source>Another source is called “%1”: select both and merge them instead.</source>
        <translation>Eine andere Quelle heißt „%1“: wählen Sie beide und führen Sie sie stattdessen zusammen.</translation>
    </message>
    <message>
        <source>The source no longer exists.</source>
        <translation>Die Quelle gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Edit source %1</source>
        <translation>Quelle %1 bearbeiten</translation>
    </message>
    <message>
        <source>Select at least two sources to merge.</source>
        <translation>Wählen Sie mindestens zwei Quellen zum Zusammenführen.</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n source(s) into %1</source>
        <translation>
            <numerusform>%n Quelle in %1 zusammenführen</numerusform>
            <numerusform>%n Quellen in %1 zusammenführen</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is no grade: use A to F.</source>
        <translation>„%1“ ist keine Einstufung: verwenden Sie A bis F.</translation>
    </message>
    <message>
        <source>Grade source %1</source>
        <translation>Quelle %1 einstufen</translation>
    </message>
    <message>
        <source>An author needs a name.</source>
        <translation>Ein Autor braucht einen Namen.</translation>
    </message>
    <message>
        <source>Another author is called “%1”: select both and merge them instead.</source>
        <translation>Ein anderer Autor heißt „%1“: Wählen Sie stattdessen beide und führen Sie sie zusammen.</translation>
    </message>
    <message>
        <source>The author no longer exists.</source>
        <translation>Diesen Autor gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Edit author %1</source>
        <translation>Autor %1 bearbeiten</translation>
    </message>
    <message>
        <source>Select at least two authors to merge.</source>
        <translation>Wählen Sie mindestens zwei Autoren zum Zusammenführen.</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n author(s) into %1</source>
        <translation>
            <numerusform>%n Autor in %1 zusammenführen</numerusform>
            <numerusform>%n Autoren in %1 zusammenführen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %n article(s) to author %1</source>
        <translation>
            <numerusform>%n Artikel dem Autor %1 zuordnen</numerusform>
            <numerusform>%n Artikel dem Autor %1 zuordnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of its decided claims were contradicted; estimate %1.</source>
        <translation>
            <numerusform>%n seiner entschiedenen Behauptungen wurde widerlegt; Schätzung %1.</numerusform>
            <numerusform>%n seiner entschiedenen Behauptungen wurden widerlegt; Schätzung %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its claims give grade %1: estimate %2.</source>
        <translation>Seine Behauptungen ergeben Einstufung %1: Schätzung %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n article(s) name their author.</source>
        <translation>
            <numerusform>%1 von %n Artikel nennt den Autor.</numerusform>
            <numerusform>%1 von %n Artikeln nennen den Autor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %1 of %n article(s) name their author.</source>
        <translation>
            <numerusform>Nur %1 von %n Artikel nennt den Autor.</numerusform>
            <numerusform>Nur %1 von %n Artikeln nennen den Autor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The lead claim of %n article(s) was contradicted.</source>
        <translation>
            <numerusform>Die Hauptbehauptung von %n Artikel wurde widerlegt.</numerusform>
            <numerusform>Die Hauptbehauptung von %n Artikeln wurde widerlegt.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is no criterion.</source>
        <translation>„%1“ ist kein Kriterium.</translation>
    </message>
    <message>
        <source>Criteria of %1</source>
        <translation>Kriterien von %1</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) print a correction, as “%1”.</source>
        <translation>
            <numerusform>%n Artikel druckt eine Korrektur, etwa „%1“.</numerusform>
            <numerusform>%n Artikel drucken eine Korrektur, etwa „%1“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) changed when imported again, with no correction notice: compare the versions.</source>
        <translation>
            <numerusform>%n Seite hat sich beim erneuten Import geändert, ohne Korrekturhinweis: vergleichen Sie die Fassungen.</numerusform>
            <numerusform>%n Seiten haben sich beim erneuten Import geändert, ohne Korrekturhinweis: vergleichen Sie die Fassungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Project details</source>
        <translation>Projektangaben</translation>
    </message>
</context>
<context>
    <name>Credence::Core::ProjectJson</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The project could not be read whole: %1</source>
        <translation>Das Projekt konnte nicht vollständig gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 already exists: a project is made from JSON into a new file.</source>
        <translation>%1 besteht bereits: Ein Projekt wird aus JSON in eine neue Datei angelegt.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not JSON: %2 at byte %3.</source>
        <translation>%1 ist kein JSON: %2 bei Byte %3.</translation>
    </message>
    <message>
        <source>%1 is not a Credence project exported as JSON.</source>
        <translation>%1 ist kein als JSON exportiertes Credence-Projekt.</translation>
    </message>
    <message>
        <source>%1 was exported by a newer Credence: update Credence to read it.</source>
        <translation>%1 wurde von einem neueren Credence exportiert: Aktualisieren Sie Credence, um es zu lesen.</translation>
    </message>
    <message>
        <source>%1 holds a table Credence does not know: %2.</source>
        <translation>%1 enthält eine Tabelle, die Credence nicht kennt: %2.</translation>
    </message>
    <message>
        <source>%1 has a column Credence does not know: %2.%3.</source>
        <translation>%1 hat eine Spalte, die Credence nicht kennt: %2.%3.</translation>
    </message>
    <message>
        <source>%1 has a row of %2 that does not match its columns.</source>
        <translation>%1 hat eine Zeile in %2, die nicht zu ihren Spalten passt.</translation>
    </message>
    <message>
        <source>The project could not be made from %1: %2</source>
        <translation>Das Projekt konnte nicht aus %1 angelegt werden: %2</translation>
    </message>
</context>
<context>
    <name>Credence::Core::Recovery</name>
    <message>
        <source>Readable: %1 articles, %2 claims, %3 verdict history entries.</source>
        <translation>Lesbar: %1 Artikel, %2 Behauptungen, %3 Einträge im Bewertungsverlauf.</translation>
    </message>
    <message>
        <source>up to %1 rows of %2 on damaged pages</source>
        <translation>bis zu %1 Zeilen von %2 auf beschädigten Seiten</translation>
    </message>
    <message>
        <source>%1 rows of %2 whose article or source was lost</source>
        <translation>%1 Zeilen von %2, deren Artikel oder Quelle verloren ging</translation>
    </message>
    <message>
        <source>the end of %1 (the damage is too wide to step over)</source>
        <translation>das Ende von %1 (der Schaden ist zu groß, um ihn zu überspringen)</translation>
    </message>
    <message>
        <source>Every row could be read; the damage is in the indexes or free pages.</source>
        <translation>Jede Zeile ließ sich lesen; der Schaden liegt in den Indizes oder freien Seiten.</translation>
    </message>
    <message>
        <source>Could not be read: %1.</source>
        <translation>Nicht lesbar: %1.</translation>
    </message>
    <message>
        <source>The recovered copy must go to another file than the damaged project.</source>
        <translation>Die gerettete Kopie muss in eine andere Datei als das beschädigte Projekt.</translation>
    </message>
    <message>
        <source>Cannot write the recovered copy: %1</source>
        <translation>Die gerettete Kopie lässt sich nicht schreiben: %1</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>%1 lässt sich nicht ersetzen.</translation>
    </message>
</context>
<context>
    <name>Credence::Core::Reliability</name>
    <message>
        <source>cannot be judged</source>
        <translation>nicht beurteilbar</translation>
    </message>
</context>
<context>
    <name>Credence::Core::Source</name>
    <message>
        <source>News outlet</source>
        <translation>Nachrichtenmedium</translation>
    </message>
    <message>
        <source>Wire agency</source>
        <translation>Nachrichtenagentur</translation>
    </message>
    <message>
        <source>Aggregator</source>
        <translation>Aggregator</translation>
    </message>
    <message>
        <source>Blog</source>
        <translation>Blog</translation>
    </message>
    <message>
        <source>Social media account</source>
        <translation>Konto in sozialen Medien</translation>
    </message>
    <message>
        <source>Official body</source>
        <translation>Behörde oder Amt</translation>
    </message>
    <message>
        <source>Completely reliable</source>
        <translation>Völlig zuverlässig</translation>
    </message>
    <message>
        <source>Usually reliable</source>
        <translation>Meist zuverlässig</translation>
    </message>
    <message>
        <source>Fairly reliable</source>
        <translation>Ziemlich zuverlässig</translation>
    </message>
    <message>
        <source>Not usually reliable</source>
        <translation>Meist nicht zuverlässig</translation>
    </message>
    <message>
        <source>Unreliable</source>
        <translation>Unzuverlässig</translation>
    </message>
    <message>
        <source>Reliability cannot be judged</source>
        <translation>Zuverlässigkeit nicht beurteilbar</translation>
    </message>
    <message>
        <source>Not graded</source>
        <translation>Nicht eingestuft</translation>
    </message>
</context>
<context>
    <name>Credence::Core::SourceRepository</name>
    <message>
        <source>The source no longer exists.</source>
        <translation>Die Quelle gibt es nicht mehr.</translation>
    </message>
</context>
<context>
    <name>Credence::Core::UnitKind</name>
    <message>
        <source>Heading</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>List item</source>
        <translation>Listenpunkt</translation>
    </message>
    <message>
        <source>Table row</source>
        <translation>Tabellenzeile</translation>
    </message>
    <message>
        <source>Quotation</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <source>Author bio</source>
        <translation>Autorenprofil</translation>
    </message>
    <message>
        <source>Page furniture</source>
        <translation>Seitenbeiwerk</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Satz</translation>
    </message>
</context>
<context>
    <name>Credence::Core::Verdict</name>
    <message>
        <source>Corroborated</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Contradicted</source>
        <translation>Widerlegt</translation>
    </message>
    <message>
        <source>Unverifiable</source>
        <translation>Nicht überprüfbar</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Checked: the evidence supports the claim. Counts for the source.</source>
        <translation>Geprüft: Die Belege stützen die Behauptung. Zählt für die Quelle.</translation>
    </message>
    <message>
        <source>Checked: the evidence refutes the claim. Counts against the source.</source>
        <translation>Geprüft: Die Belege widerlegen die Behauptung. Zählt gegen die Quelle.</translation>
    </message>
    <message>
        <source>Checked, but the evidence does not settle the claim. Counts neither way.</source>
        <translation>Geprüft, aber die Belege entscheiden die Behauptung nicht. Zählt in keine Richtung.</translation>
    </message>
    <message>
        <source>Nobody has checked this claim yet.</source>
        <translation>Diese Behauptung hat noch niemand geprüft.</translation>
    </message>
</context>
<context>
    <name>Credence::Ui::AboutDialog</name>
    <message>
        <source>About Credence</source>
        <translation>Über Credence</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Credence %1&lt;/h2&gt;&lt;p&gt;A workbench for judging how reliable news sources are.&lt;/p&gt;&lt;p&gt;Copyright © 2026 The Credence developers.&lt;br&gt;Released under the MIT licence.&lt;/p&gt;&lt;p&gt;&lt;small&gt;Running on Qt %2.&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Credence %1&lt;/h2&gt;&lt;p&gt;Eine Werkbank, um die Verlässlichkeit von Nachrichtenquellen zu beurteilen.&lt;/p&gt;&lt;p&gt;Copyright © 2026 Die Credence-Entwickler.&lt;br&gt;Veröffentlicht unter der MIT-Lizenz.&lt;/p&gt;&lt;p&gt;&lt;small&gt;Läuft mit Qt %2.&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
</context>
<context>
    <name>Credence::Ui::ArticleFilterBar</name>
    <message>
        <source>Show All</source>
        <translation>Alle zeigen</translation>
    </message>
    <message>
        <source>List every article of the project again</source>
        <translation>Wieder alle Artikel des Projekts auflisten</translation>
    </message>
    <message>
        <source>Articles without a source</source>
        <translation>Artikel ohne Quelle</translation>
    </message>
    <message>
        <source>Articles of %1</source>
        <translation>Artikel von %1</translation>
    </message>
    <message>
        <source>Articles without an author</source>
        <translation>Artikel ohne Autor</translation>
    </message>
    <message>
        <source>Articles by %1</source>
        <translation>Artikel von %1 (Autor)</translation>
    </message>
</context>
<context>
    <name>Credence::Ui::ArticleListModel</name>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <source>%1
%2
%3 of %4 claims checked</source>
        <translation>%1
%2
%3 von %4 Behauptungen geprüft</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <source>%1, republished from %2</source>
        <translation>%1, übernommen von %2</translation>
    </message>
</context>
<context>
    <name>Credence::Ui::AuthorDialog</name>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Other ways bylines write the name, one a line</source>
        <translation>Andere Schreibweisen des Namens in Autorenzeilen, eine je Zeile</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Other names:</source>
        <translation>&amp;Weitere Namen:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;tizen:</translation>
    </message>
    <message>
        <source>Writes for:</source>
        <translation>Schreibt für:</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s):</source>
        <translation>
            <numerusform>%n Artikel:</numerusform>
            <numerusform>%n Artikel:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Credence::Ui::AuthorTableModel</name>
    <message>
        <source>Also written: %1</source>
        <translation>Auch geschrieben: %1</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Writes for</source>
        <translation>Schreibt für</translation>
    </message>
    <message>
        <source>Corroborated</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Contradicted</source>
        <translation>Widerlegt</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message numerus="yes">
        <source>%n unassigned</source>
        <translation>
            <numerusform>%n ohne Quelle</numerusform>
            <numerusform>%n ohne Quelle</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Credence::Ui::AuthorsPanel</name>
    <message>
        <source>Authors</source>
        <translation>Autoren</translation>
    </message>
    <message>
        <source>Every author with the sources they write for and their claims by state.</source>
        <translation>Jeder Autor mit den Quellen, für die er schreibt, und seinen Behauptungen nach Status.</translation>
    </message>
    <message>
        <source>&amp;Edit Author…</source>
        <translation>Autor &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Merge Selected Authors…</source>
        <translation>Gewählte Autoren &amp;zusammenführen …</translation>
    </message>
    <message>
        <source>Select an author in the Authors list first.</source>
        <translation>Wählen Sie zuerst einen Autor in der Liste der Autoren.</translation>
    </message>
    <message>
        <source>That author no longer exists.</source>
        <translation>Diesen Autor gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Author not saved</source>
        <translation>Autor nicht gespeichert</translation>
    </message>
    <message>
        <source>Select two or more authors (Ctrl+click); the current one keeps its name.</source>
        <translation>Wählen Sie zwei oder mehr Autoren (Strg+Klick); der aktuelle behält seinen Namen.</translation>
    </message>
    <message>
        <source>Merge Authors</source>
        <translation>Autoren zusammenführen</translation>
    </message>
    <message>
        <source>Merge these into %1? Their articles follow, and their names become its other names.</source>
        <translation>Diese in %1 zusammenführen? Ihre Artikel folgen, und ihre Namen werden zu weiteren Namen.</translation>
    </message>
    <message>
        <source>Authors not merged</source>
        <translation>Autoren nicht zusammengeführt</translation>
    </message>
    <message>
        <source>Merged. Ctrl+Z takes it back.</source>
        <translation>Zusammengeführt. Strg+Z nimmt es zurück.</translation>
    </message>
</context>
<context>
    <name>Credence::Ui::ClaimActions</name>
    <message>
        <source>Mark &amp;Corroborated</source>
        <translation>Als &amp;bestätigt markieren</translation>
    </message>
    <message>
        <source>Mark Contra&amp;dicted</source>
        <translation>Als &amp;widerlegt markieren</translation>
    </message>
    <message>
        <source>Mark &amp;Unverifiable</source>
        <translation>Als &amp;nicht überprüfbar markieren</translation>
    </message>
    <message>
        <source>Mark &amp;Not Checked</source>
        <translation>Als nicht &amp;geprüft markieren</translation>
    </message>
    <message>
        <source>&amp;Go to Next Not-Checked Claim After Marking</source>
        <translation>Nach dem Markieren zur nächsten &amp;ungeprüften Behauptung</translation>
    </message>
    <message>
        <source>Edit No&amp;te…</source>
        <translation>N&amp;otiz bearbeiten…</translation>
    </message>
    <message>
        <source>Ne&amp;xt Claim</source>
        <translation>Nä&amp;chste Behauptung</translation>
    </message>
    <message>
        <source>&amp;Previous Claim</source>
        <translation>&amp;Vorherige Behauptung</translation>
    </message>
    <message>
        <source>Next Not-C&amp;hecked Claim</source>
        <translation>Nächste ungeprüfte Be&amp;hauptung</translation>
    </message>
    <message>
        <source>&amp;Add Claim from Selection</source>
        <translation>Behauptung aus &amp;Auswahl hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Make a Claim of the Heading or Line at the Cursor</source>
        <translation>Überschrift oder Zeile am Cursor zur Behauptung &amp;machen</translation>
    </message>
    <message>
        <source>&amp;Split Claim at Cursor</source>
        <translation>Behauptung am Cursor &amp;teilen</translation>
    </message>
    <message>
        <source>Merge &amp;with Next Claim</source>
        <translation>Mit der nächsten Behauptung &amp;zusammenführen</translation>
    </message>
    <message>
        <source>Ad&amp;just Claim to Selection</source>
        <translation>Behauptung an Auswahl an&amp;passen</translation>
    </message>
    <message>
        <source>&amp;Remove Claim (Not a Claim)</source>
        <translation>Behauptung &amp;entfernen (keine Behauptung)</translation>
    </message>
    <message>
        <source>No article is open: pick one in the article list, or import one with File › Import Articles…</source>
        <translation>Kein Artikel ist geöffnet: einen in der Artikelliste wählen oder mit Datei › Artikel importieren… einen importieren.</translation>
    </message>
    <message>
        <source>This article has no claims to mark. Select text and press A to add one.</source>
        <translation>Dieser Artikel hat keine Behauptungen zum Markieren. Text auswählen und A drücken, um eine hinzuzufügen.</translation>
    </message>
    <message>
        <source>No claim is selected: press J or K to pick one.</source>
        <translation>Keine Behauptung ausgewählt: J oder K drücken, um eine zu wählen.</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n claim(s) %1.</source>
        <translation>
            <numerusform>%n Behauptung als %1 markiert.</numerusform>
            <numerusform>%n Behauptungen als %1 markiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every claim of this article is checked.</source>
        <translation>Jede Behauptung dieses Artikels ist geprüft.</translation>
    </message>
    <message>
        <source>This article has no claims.</source>
        <translation>Dieser Artikel hat keine Behauptungen.</translation>
    </message>
    <message>
        <source>This article has no claims to write a note on.</source>
        <translation>Dieser Artikel hat keine Behauptungen, zu denen sich eine Notiz schreiben ließe.</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Notiz gespeichert.</translation>
    </message>
    <message>
        <source>Select the words in the article text first (Shift and the arrow keys, or the mouse).</source>
        <translation>Zuerst die Wörter im Artikeltext auswählen (Umschalt und Pfeiltasten oder mit der Maus).</translation>
    </message>
    <message>
        <source>Claim added (Ctrl+Z takes it back).</source>
        <translation>Behauptung hinzugefügt (Strg+Z nimmt das zurück).</translation>
    </message>
    <message>
        <source>The text at the cursor is a claim already, or there is no text there. Put the cursor in a heading or a line that is not a claim.</source>
        <translation>Der Text am Cursor ist schon eine Behauptung, oder dort steht kein Text. Bitte den Cursor in eine Überschrift oder Zeile setzen, die keine Behauptung ist.</translation>
    </message>
    <message>
        <source>%1 made a claim (Ctrl+Z takes it back).</source>
        <translation>%1 zur Behauptung gemacht (Strg+Z nimmt das zurück).</translation>
    </message>
    <message>
        <source>Put the text cursor inside the claim, where its second part should start, then press S.</source>
        <translation>Den Textcursor in die Behauptung setzen, dorthin, wo ihr zweiter Teil beginnen soll, dann S drücken.</translation>
    </message>
    <message>
        <source>Claim split in two (Ctrl+Z joins it again).</source>
        <translation>Behauptung in zwei geteilt (Strg+Z fügt sie wieder zusammen).</translation>
    </message>
    <message>
        <source>This is the last claim of the article: there is no next claim to merge it with.</source>
        <translation>Das ist die letzte Behauptung des Artikels: Es gibt keine nächste, mit der sie sich zusammenführen ließe.</translation>
    </message>
    <message>
        <source>Merged with the next claim (Ctrl+Z splits them again).</source>
        <translation>Mit der nächsten Behauptung zusammengeführt (Strg+Z teilt sie wieder).</translation>
    </message>
    <message>
        <source>No claim is selected: press J or K to pick the claim to adjust.</source>
        <translation>Keine Behauptung ausgewählt: J oder K drücken, um die anzupassende zu wählen.</translation>
    </message>
    <message>
        <source>Claim adjusted to the selection (Ctrl+Z undoes it).</source>
        <translation>Behauptung an die Auswahl angepasst (Strg+Z macht das rückgängig).</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n claim(s): not claims (Ctrl+Z brings them back).</source>
        <translation>
            <numerusform>%n Behauptung entfernt: keine Behauptung (Strg+Z holt sie zurück).</numerusform>
            <numerusform>%n Behauptungen entfernt: keine Behauptungen (Strg+Z holt sie zurück).</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark w&amp;ith Reason…</source>
        <translation>Mit Beg&amp;ründung markieren…</translation>
    </message>
    <message>
        <source>Set the state and the credibility grade, with the reason the claim&apos;s history keeps</source>
        <translation>Status und Glaubwürdigkeit setzen, mit der Begründung, die der Verlauf der Behauptung festhält</translation>
    </message>
    <message>
        <source>This article has no claims to mark.</source>
        <translation>Dieser Artikel hat keine Behauptungen zum Markieren.</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n Claims with Reason</source>
        <translation>
            <numerusform>%n Behauptung mit Begründung markieren</numerusform>
            <numerusform>%n Behauptungen mit Begründung markieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changed: the history keeps a reason beside a change of state or grade. A lasting remark belongs in the note (Enter).</source>
        <translation>Nichts geändert: Der Verlauf hält eine Begründung nur neben einer Änderung von Status oder Glaubwürdigkeit fest. Eine bleibende Bemerkung gehört in die Notiz (Eingabetaste).</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n claim(s) with a reason</source>
        <translation>
            <numerusform>%n Behauptung mit Begründung markieren</numerusform>
            <numerusform>%n Behauptungen mit Begründung markieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Marked; the reason is in the claim&apos;s history (the evidence pane).</source>
        <translation>Markiert; die Begründung steht im Verlauf der Behauptung (im Belegbereich).</translation>
    </message>
</context>
<context>
    <name>Credence::Ui::ClaimFilterBar</name>
    <message>
        <source>Show claims in state</source>
        <translation>Behauptungen mit diesem Status anzeigen</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Show claims of kind</source>
        <translation>Behauptungen dieser Art anzeigen</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Show claims by evidence</source>
        <translation>Behauptungen nach Belegen anzeigen</translation>
    </message>
    <message>
        <source>With or without evidence</source>
        <translation>Mit oder ohne Belege</translation>
    </message>
    <message>
        <source>With evidence</source>
        <translation>Mit Belegen</translation>
    </message>
    <message>
        <source>Without evidence</source>
        <translation>Ohne Belege</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Ar&amp;t:</translation>
    </message>
    <message>
        <source>Ev&amp;idence:</source>
        <translation>Bele&amp;ge:</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n claim(s)</source>
        <translation>
            <numerusform>%1 von %n Behauptung</numerusform>
            <numerusform>%1 von %n Behauptungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Credence::Ui::ClaimLinkDialog</name>
    <message>
        <source>Link to Another Claim</source>
        <translation>Mit anderer Behauptung verknüpfen</translation>
    </message>
    <message>
        <source>&amp;Find the claim:</source>
        <translation>Behauptung &amp;suchen:</translation>
    </message>
    <message>
        <source>Words of the claim, in any article of the project</source>
        <translation>Wörter der Behauptung, aus allen Artikeln des Projekts</translation>
    </message>
    <message>
        <source>Matching claims</source>
        <translation>Passende Behauptungen</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Verknüpfen</translation>
    </message>
</context>
<context>
    <name>Credence::Ui::ClaimTableModel</name>
    <message>
        <source>[orphaned]</source>
        <translation>[verwaist]</translation>
    </message>
    <message>
        <source>No longer in the article&apos;s text (kept with its state and note).</source>
        <translation>Nicht mehr im Artikeltext (mit Status und Notiz aufbewahrt).</translation>
    </message>
    <message>
        <source>Nothing in this claim stands out as worth checking first.</source>
        <translation>An dieser Behauptung fällt nichts auf, das zuerst geprüft werden sollte.</translation>
    </message>
    <message>
        <source>Where you stand on the claim: 1 or C corroborated, 2 or X contradicted, 3 or U unverifiable, 0 not checked.</source>
        <translation>Ihre Bewertung der Behauptung: 1 oder C bestätigt, 2 oder X widerlegt, 3 oder U nicht überprüfbar, 0 nicht geprüft.</translation>
    </message>
    <message>
        <source>What the text is: a sentence, a list item, a quotation, or a heading you made a claim.</source>
        <translation>Was der Text ist: ein Satz, ein Listenpunkt, ein Zitat oder eine Überschrift, die Sie zur Behauptung gemacht haben.</translation>
    </message>
    <message>
        <source>How much in the claim is worth checking: figures, named sources, hedges, superlatives, quotations. Click to sort by it.</source>
        <translation>Wie viel an der Behauptung prüfenswert ist: Zahlen, genannte Quellen, Einschränkungen, Superlative, Zitate. Klicken sortiert danach.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Behauptung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Worth</source>
        <translation>Prüfwert</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message numerus="yes">
        <source>%n evidence item(s)</source>
        <translation>
            <numerusform>%n Beleg</numerusform>
            <numerusform>%n Belege</numerusform>
        </translation>
    </message>
    <message>
        <source>Credibility on the Admiralty scale: 1 confirmed by other sources, 2 probably true, 3 possibly true, 4 doubtful, 5 improbable, 6 cannot be judged.</source>
        <translation>Glaubwürdigkeit auf der Admiralty-Skala: 1 durch andere Quellen bestätigt, 2 wahrscheinlich wahr, 3 möglicherweise wahr, 4 zweifelhaft, 5 unwahrscheinlich, 6 Wahrheit nicht beurteilbar.</translation>
    </message>
    <message>
        <source>How many evidence items the claim has.</source>
        <translation>Wie viele Belege die Behauptung hat.</translation>
    </message>
    <message>
        <source>Cred.</source>
        <translation>Glaubw.</translation>
    </message>
    <message>
        <source>Evid.</source>
        <translation>Belege</translation>
    </message>
</context>
<context>
    <name>Credence::Ui::ClusterPanel</name>
    <message>
        <source>Claim clusters</source>
        <translation>Behauptungsgruppen</translation>
    </message>
    <message>
        <source>Each group of linked claims with its sources; where sources disagree first. Enter shows a claim in its article.</source>
        <translation>Jede Gruppe verknüpfter Behauptungen mit ihren Quellen; wo Quellen sich widersprechen, zuerst. Eingabe zeigt eine Behauptung in ihrem Artikel.</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Behauptung</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sources disagree</source>
        <translation>Quellen widersprechen sich</translation>
    </message>
    <message>
        <source>Sources agree</source>
        <translation>Quellen stimmen überein</translation>
    </message>
    <message>
        <source>Says the opposite</source>
        <translation>Sagt das Gegenteil</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Says the same</source>
        <translation>Sagt dasselbe</translation>
    </message>
    <message>
        <source>No claims are linked yet: link the same claim in other articles (Same Claim Elsewhere, S or R) and they are grouped here.</source>
        <translation>Noch keine Behauptungen verknüpft: Verknüpfen Sie dieselbe Behauptung in anderen Artikeln (Dieselbe Behauptung anderswo, S oder R), dann werden sie hier gruppiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of linked claims</source>
        <translation>
            <numerusform>%n Gruppe verknüpfter Behauptungen</numerusform>
            <numerusform>%n Gruppen verknüpfter Behauptungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n where sources disagree</source>
        <translation>
            <numerusform>%n mit widersprechenden Quellen</numerusform>
            <numerusform>%n mit widersprechenden Quellen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Credence::Ui::ConfirmMerge</name>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
</context>
<context>
    <name>Credence::Ui::CriteriaEditor</name>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Note or evidence</source>
        <translation>Notiz oder Beleg</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <source>%1 of 100 points</source>
        <translation>%1 von 100 Punkten</translation>
    </message>
    <message>
        <source>Apply &amp;Suggestions</source>
        <translation>&amp;Vorschläge übernehmen</translation>
    </message>
    <message>
        <source>Answer the criteria left open as the project&apos;s data suggests (check them before saving)</source>
        <translation>Die offenen Kriterien so beantworten, wie es die Daten des Projekts nahelegen (vor dem Speichern prüfen)</translation>
    </message>
    <message>
        <source>No criterion answered met or not met yet: no criteria score.</source>
        <translation>Noch kein Kriterium als erfüllt oder nicht erfüllt beantwortet: keine Kriterienbewertung.</translation>
    </message>
    <message numerus="yes">
        <source>Criteria score %1 of 100 (%2 of %3 points of the criteria answered; %n of 9 answered). It stands beside the estimate from the claims and is never mixed into it.</source>
        <translation>
            <numerusform>Kriterienbewertung %1 von 100 (%2 von %3 Punkten der beantworteten Kriterien; %n von 9 beantwortet). Sie steht neben der Schätzung aus den Behauptungen und wird nie mit ihr vermischt.</numerusform>
            <numerusform>Kriterienbewertung %1 von 100 (%2 von %3 Punkten der beantworteten Kriterien; %n von 9 beantwortet). Sie steht neben der Schätzung aus den Behauptungen und wird nie mit ihr vermischt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Credence::Ui::ElsewherePanel</name>
    <message>
        <source>The same claim in other articles</source>
        <translation>Dieselbe Behauptung in anderen Artikeln</translation>
    </message>
    <message>
        <source>Similar claims</source>
        <translation>Ähnliche Behauptungen</translation>
    </message>
    <message>
        <source>Claims of other articles like the current one. S links one as supporting evidence, R as refuting; with Shift the claim is marked corroborated or contradicted too. Enter shows it in its article.</source>
        <translation>Behauptungen anderer Artikel, die der aktuellen ähneln. S verknüpft eine als stützenden Beleg, R als widerlegenden; mit Umschalt wird die Behauptung zudem als bestätigt oder widerlegt markiert. Eingabe zeigt sie in ihrem Artikel.</translation>
    </message>
    <message>
        <source>Supports (S)</source>
        <translation>Stützt (S)</translation>
    </message>
    <message>
        <source>Refutes (R)</source>
        <translation>Widerlegt (R)</translation>
    </message>
    <message>
        <source>Supports, Mark Corroborated (Shift+S)</source>
        <translation>Stützt, als bestätigt markieren (Umschalt+S)</translation>
    </message>
    <message>
        <source>Refutes, Mark Contradicted (Shift+R)</source>
        <translation>Widerlegt, als widerlegt markieren (Umschalt+R)</translation>
    </message>
    <message>
        <source>Looking for the same claim in other articles…</source>
        <translation>Suche dieselbe Behauptung in anderen Artikeln …</translation>
    </message>
    <message>
        <source>Select a claim to see the same claim in other articles.</source>
        <translation>Wählen Sie eine Behauptung, um dieselbe Behauptung in anderen Artikeln zu sehen.</translation>
    </message>
    <message>
        <source>No claim of another article is like this one.</source>
        <translation>Keine Behauptung eines anderen Artikels ähnelt dieser.</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) of other articles like this one, most alike first.</source>
        <translation>
            <numerusform>%n Behauptung eines anderen Artikels ähnelt dieser.</numerusform>
            <numerusform>%n Behauptungen anderer Artikel ähneln dieser, die ähnlichsten zuerst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n Quelle</numerusform>
            <numerusform>%n Quellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n independent origin(s)</source>
        <translation>
            <numerusform>%n unabhängige Herkunft</numerusform>
            <numerusform>%n unabhängige Herkünfte</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a claim in the list first.</source>
        <translation>Wählen Sie zuerst eine Behauptung in der Liste.</translation>
    </message>
    <message>
        <source>Linked as evidence and marked %1.</source>
        <translation>Als Beleg verknüpft und als %1 markiert.</translation>
    </message>
    <message>
        <source>Linked as evidence (%1).</source>
        <translation>Als Beleg verknüpft (%1).</translation>
    </message>
    <message>
        <source>Supported by %1</source>
        <translation>Gestützt von %1</translation>
    </message>
    <message>
        <source>Refuted by %1</source>
        <translation>Widerlegt von %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>Credence::Ui::EvidenceActions</name>
    <message>
        <source>Add &amp;Web Page…</source>
        <translation>&amp;Webseite hinzufügen…</translation>
    </message>
    <message>
        <source>Add &amp;File…</source>
        <translation>&amp;Datei hinzufügen…</translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation>&amp;Notiz hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Link to Another Claim…</source>
        <translation>Mit anderer Behauptung &amp;verknüpfen…</translation>
    </message>
    <message>
        <source>&amp;Paste Address as Evidence</source>
        <translation>&amp;Adresse als Beleg einfügen</translation>
    </message>
    <message>
        <source>&amp;Open Evidence</source>
        <translation>Beleg ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Edit Evidence…</source>
        <translation>Beleg &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove Evidence</source>
        <translation>Beleg &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Save Archived File As…</source>
        <translation>Archivierte Datei &amp;speichern unter…</translation>
    </message>
    <message>
        <source>Select a claim first: evidence belongs to a claim.</source>
        <translation>Zuerst eine Behauptung auswählen: Belege gehören zu einer Behauptung.</translation>
    </message>
    <message>
        <source>Web page added as evidence.</source>
        <translation>Webseite als Beleg hinzugefügt.</translation>
    </message>
    <message>
        <source>Archive Files as Evidence</source>
        <translation>Dateien als Belege archivieren</translation>
    </message>
    <message>
        <source>Documents and pages (*.pdf *.html *.htm *.mhtml *.txt *.png *.jpg *.jpeg *.webp);;All files (*)</source>
        <translation>Dokumente und Seiten (*.pdf *.html *.htm *.mhtml *.txt *.png *.jpg *.jpeg *.webp);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) archived in the project as evidence; F2 in the evidence list changes the stance.</source>
        <translation>
            <numerusform>%n Datei als Beleg im Projekt archiviert; F2 in der Belegliste ändert die Einordnung.</numerusform>
            <numerusform>%n Dateien als Belege im Projekt archiviert; F2 in der Belegliste ändert die Einordnung.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no web address (http or https) to add as evidence.</source>
        <translation>Die Zwischenablage enthält keine Webadresse (http oder https), die sich als Beleg hinzufügen ließe.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) added as evidence of claim %1.</source>
        <translation>
            <numerusform>%n Beleg zu Behauptung %1 hinzugefügt.</numerusform>
            <numerusform>%n Belege zu Behauptung %1 hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The archived file could not be written out to open it: %1</source>
        <translation>Die archivierte Datei ließ sich zum Öffnen nicht zwischenspeichern: %1</translation>
    </message>
    <message>
        <source>The linked claim has been removed; its text is kept in the item.</source>
        <translation>Die verknüpfte Behauptung wurde entfernt; ihr Text bleibt im Beleg erhalten.</translation>
    </message>
    <message>
        <source>Select an evidence item first.</source>
        <translation>Zuerst einen Beleg auswählen.</translation>
    </message>
    <message numerus="yes">
        <source>%n evidence item(s) removed. Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>%n Beleg entfernt. Strg+Z holt ihn zurück.</numerusform>
            <numerusform>%n Belege entfernt. Strg+Z holt sie zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an archived file in the evidence list first.</source>
        <translation>Zuerst eine archivierte Datei in der Belegliste auswählen.</translation>
    </message>
    <message>
        <source>Save Archived File As</source>
        <translation>Archivierte Datei speichern unter</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Claim linked as evidence. F2 in the evidence list changes the stance.</source>
        <translation>Behauptung als Beleg verknüpft. F2 in der Belegliste ändert die Einordnung.</translation>
    </message>
</context>
<context>
    <name>Credence::Ui::EvidenceDialog</name>
    <message>
        <source>Edit Evidence</source>
        <translation>Beleg bearbeiten</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Claim:</source>
        <translation>Behauptung:</translation>
    </message>
    <message>
        <source>The page&apos;s title, as you would cite it</source>
        <translation>Der Titel der Seite, wie Sie ihn zitieren würden</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>A&amp;ccessed:</source>
        <translation>A&amp;bgerufen am:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Linked claim:</source>
        <translation>Verknüpfte Behauptung:</translation>
    </message>
    <message>
        <source>&amp;Stance:</source>
        <translation>&amp;Einordnung:</translation>
    </message>
    <message>
        <source>What you found: a call, an interview, a document you read…</source>
        <translation>Was Sie herausgefunden haben: ein Anruf, ein Gespräch, ein Dokument, das Sie gelesen haben…</translation>
    </message>
    <message>
        <source>Optional: what this shows, and where in it</source>
        <translation>Optional: was das zeigt, und an welcher Stelle</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>C&amp;omment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves, Esc cancels.</source>
        <translation>Strg+Eingabe speichert, Esc bricht ab.</translation>
    </message>
</context>
<context>
    <name>Credence::Ui::EvidenceListModel</name>
    <message>
        <source>(removed claim) %1</source>
        <translation>(entfernte Behauptung) %1</translation>
    </message>
    <message>
        <source>Accessed:</source>
        <translation>Abgerufen am:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Archived:</source>
        <translation>Archiviert am:</translation>
    </message>
    <message>
        <source>Claim %1:</source>
        <translation>Behauptung %1:</translation>
    </message>
    <message>
        <source>A claim since removed:</source>
        <translation>Eine inzwischen entfernte Behauptung:</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Einordnung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>Credence::Ui::EvidencePanel</name>
    <message>
        <source>Evidence and history of the current claim</source>
        <translation>Belege und Verlauf der aktuellen Behauptung</translation>
    </message>
    <message>
        <source>C&amp;redibility:</source>
        <translation>Glaub&amp;würdigkeit:</translation>
    </message>
    <message>
        <source>Credibility of the claim</source>
        <translation>Glaubwürdigkeit der Behauptung</translation>
    </message>
    <message>
        <source>How far the information can be believed, on the Admiralty scale used by intelligence analysts: 1 confirmed by other sources … 6 cannot be judged.</source>
        <translation>Wie weit der Information zu trauen ist, auf der Admiralty-Skala der Nachrichtendienste: 1 durch andere Quellen bestätigt … 6 Wahrheit nicht beurteilbar.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>History of the claim</source>
        <translation>Verlauf der Behauptung</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>No claim selected</source>
        <translation>Keine Behauptung ausgewählt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Credibility</source>
        <translation>Glaubwürdigkeit</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Begründung:</translation>
    </message>
    <message>
        <source>No state or grade set yet.</source>
        <translation>Noch weder Status noch Einstufung gesetzt.</translation>
    </message>
    <message>
        <source>Evidence for “%1”</source>
        <translation>Belege für „%1“</translation>
    </message>
</context>
<context>
    <name>Credence::Ui::FindBar</name>
    <message>
        <source>Find in article</source>
        <translation>Im Artikel suchen</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+Eingabe, Umschalt+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>Nächster Treffer (Eingabe, F3)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>&quot;3 of 12&quot;: the match shown and how many there are</extracomment>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>Credence::Ui::JudgeDialog</name>
    <message>
        <source>Mark with Reason</source>
        <translation>Mit Begründung markieren</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Behauptung</translation>
    </message>
    <message>
        <source>Why you decided so: what settled it, or what is still missing.</source>
        <translation>Warum Sie so entschieden haben: was den Ausschlag gab oder was noch fehlt.</translation>
    </message>
    <message>
        <source>Kept in the claim&apos;s history beside the change. Ctrl+Enter saves.</source>
        <translation>Wird im Verlauf der Behauptung neben der Änderung festgehalten. Strg+Eingabe speichert.</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>Sta&amp;tus:</translation>
    </message>
    <message>
        <source>C&amp;redibility:</source>
        <translation>&amp;Glaubwürdigkeit:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves, Esc cancels.</source>
        <translation>Strg+Eingabe speichert, Esc bricht ab.</translation>
    </message>
</context>
<context>
    <name>Credence::Ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>&amp;Systemsprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Credence will use the new language the next time it starts.</source>
        <translation>Credence verwendet die neue Sprache ab dem nächsten Start.</translation>
    </message>
</context>
<context>
    <name>Credence::Ui::Legend</name>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>How each claim state and each cue looks in the article text.</source>
        <translation>Wie jeder Status und jeder Hinweis im Artikeltext aussieht.</translation>
    </message>
    <message>
        <source>Claims:</source>
        <translation>Behauptungen:</translation>
    </message>
    <message>
        <source>Cues: said (attribution) · reportedly (hedge) · largest (superlative) · 42 (figure) · “in quotes” (quotation) · headings in bold</source>
        <extracomment>Keep the sample words and the quotes: the highlighter marks them (its word lists are English).</extracomment>
        <translation>Hinweise: said (Zuschreibung) · reportedly (Einschränkung) · largest (Superlativ) · 42 (Zahl) · “in quotes” (Zitat) · Überschriften fett</translation>
    </message>
</context>
<context>
    <name>Credence::Ui::MainWindow</name>
    <message>
        <source>Press 1 (corroborated), 2 (contradicted), 3 (unverifiable) or 0 (not checked) to mark the selected claim; J and K move between claims, Enter edits the note, F1 lists every key.</source>
        <translation>1 (bestätigt), 2 (widerlegt), 3 (nicht überprüfbar) oder 0 (nicht geprüft) markiert die gewählte Behauptung; J und K wechseln zwischen Behauptungen, Eingabe bearbeitet die Notiz, F1 zeigt alle Tasten.</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>The title, source, author and date of the article shown.</source>
        <translation>Titel, Quelle, Autor und Datum des angezeigten Artikels.</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Artikeltext</translation>
    </message>
    <message>
        <source>The text of the article shown, each claim underlined by its state. Select words and press A to make them a claim.</source>
        <translation>Der Text des angezeigten Artikels, jede Behauptung nach ihrem Status unterstrichen. Wörter auswählen und A drücken, um sie zur Behauptung zu machen.</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Behauptungen</translation>
    </message>
    <message>
        <source>The claims of the article shown with their states, kinds, check-worthiness and notes. 1, 2, 3 and 0 mark the selected claims; Enter edits the note.</source>
        <translation>Die Behauptungen des angezeigten Artikels mit Status, Art, Prüfwürdigkeit und Notizen. 1, 2, 3 und 0 markieren die gewählten Behauptungen; Eingabe bearbeitet die Notiz.</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>The articles of the project with how many of their claims are decided. Delete removes the selected one.</source>
        <translation>Die Artikel des Projekts und wie viele ihrer Behauptungen entschieden sind. Entf entfernt den gewählten Artikel.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Every source with its claims by state and its reliability, with the 95% interval.</source>
        <translation>Jede Quelle mit ihren Behauptungen nach Status und ihrer Verlässlichkeit samt 95-%-Intervall.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>Projekt speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save Reco&amp;vered Copy…</source>
        <translation>&amp;Gerettete Kopie speichern…</translation>
    </message>
    <message>
        <source>&amp;Import Articles…</source>
        <translation>Artikel &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Paste as New Article</source>
        <translation>Als neuen &amp;Artikel einfügen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>A&amp;rtikel</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Details…</translation>
    </message>
    <message>
        <source>Body &amp;Starts at Cursor</source>
        <translation>Text &amp;beginnt am Cursor</translation>
    </message>
    <message>
        <source>Body &amp;Ends at Cursor</source>
        <translation>Text &amp;endet am Cursor</translation>
    </message>
    <message>
        <source>&amp;Re-extract from Original</source>
        <translation>Aus dem Original &amp;neu extrahieren</translation>
    </message>
    <message>
        <source>Re&amp;move Article…</source>
        <translation>Artikel ent&amp;fernen…</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>B&amp;ehauptung</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Credence</source>
        <translation>Ü&amp;ber Credence</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Could not open the project. %1 is still open.

%2</source>
        <translation>Das Projekt ließ sich nicht öffnen. %1 bleibt geöffnet.

%2</translation>
    </message>
    <message>
        <source>Could not open the project.

%1</source>
        <translation>Das Projekt ließ sich nicht öffnen.

%1</translation>
    </message>
    <message>
        <source>Damaged project</source>
        <translation>Beschädigtes Projekt</translation>
    </message>
    <message>
        <source>The project “%1” is damaged. Credence opened it read-only, so nothing more is lost, and shows what can still be read.</source>
        <translation>Das Projekt „%1“ ist beschädigt. Credence hat es schreibgeschützt geöffnet, damit nichts weiter verloren geht, und zeigt, was sich noch lesen lässt.</translation>
    </message>
    <message>
        <source>Save a recovered copy to go on working: it holds everything that can be read.</source>
        <translation>Zum Weiterarbeiten eine gerettete Kopie speichern: Sie enthält alles, was sich lesen lässt.</translation>
    </message>
    <message>
        <source>Save Recovered Copy…</source>
        <translation>Gerettete Kopie speichern…</translation>
    </message>
    <message>
        <source>Save Recovered Copy</source>
        <translation>Gerettete Kopie speichern</translation>
    </message>
    <message>
        <source>%1 (recovered).credence</source>
        <translation>%1 (gerettet).credence</translation>
    </message>
    <message>
        <source>Credence projects (*.credence)</source>
        <translation>Credence-Projekte (*.credence)</translation>
    </message>
    <message>
        <source>Could not save a recovered copy.

%1</source>
        <translation>Die gerettete Kopie ließ sich nicht speichern.

%1</translation>
    </message>
    <message>
        <source>Recovered copy</source>
        <translation>Gerettete Kopie</translation>
    </message>
    <message>
        <source>Saved the recovered copy as %1 and opened it.</source>
        <translation>Die gerettete Kopie wurde als %1 gespeichert und geöffnet.</translation>
    </message>
    <message>
        <source>This project is damaged and open read-only: nothing can be changed, and nothing more is lost. Save a recovered copy to go on working.</source>
        <translation>Dieses Projekt ist beschädigt und schreibgeschützt geöffnet: Nichts lässt sich ändern, und nichts geht weiter verloren. Zum Weiterarbeiten eine gerettete Kopie speichern.</translation>
    </message>
    <message>
        <source>This project is read-only: you can read it, see the summary and export it, but not change it. %1</source>
        <translation>Dieses Projekt ist schreibgeschützt: Sie können es lesen, die Zusammenfassung ansehen und exportieren, aber nicht ändern. %1</translation>
    </message>
    <message>
        <source>Save a Writable Copy…</source>
        <translation>Beschreibbare Kopie speichern…</translation>
    </message>
    <message>
        <source>Nothing was imported: the project is read-only. %1</source>
        <translation>Nichts wurde importiert: Das Projekt ist schreibgeschützt. %1</translation>
    </message>
    <message>
        <source>Nothing was imported: no project is open. Create one with File › New Project or open one with File › Open Project.</source>
        <translation>Nichts wurde importiert: Kein Projekt ist geöffnet. Mit Datei › Neues Projekt eines anlegen oder mit Datei › Projekt öffnen eines öffnen.</translation>
    </message>
    <message>
        <source>No text, Markdown or HTML files there.</source>
        <translation>Dort gibt es keine Text-, Markdown- oder HTML-Dateien.</translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled after %n article(s).</source>
        <translation>
            <numerusform>Import nach %n Artikel abgebrochen.</numerusform>
            <numerusform>Import nach %n Artikeln abgebrochen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n article(s).</source>
        <translation>
            <numerusform>%n Artikel importiert.</numerusform>
            <numerusform>%n Artikel importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some files were imported with parts left out.</source>
        <translation>Einige Dateien wurden nur teilweise importiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were not imported.</source>
        <translation>
            <numerusform>%n Datei wurde nicht importiert.</numerusform>
            <numerusform>%n Dateien wurden nicht importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>&lt;i&gt;No article. Import one with File › Import Articles… or drop files here.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Kein Artikel. Einen mit Datei › Artikel importieren… importieren oder Dateien hierher ziehen.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>Credence</source>
        <translation>Credence</translation>
    </message>
    <message>
        <source>%1 (damaged, read-only) — Credence</source>
        <translation>%1 (beschädigt, schreibgeschützt) — Credence</translation>
    </message>
    <message>
        <source>%1 (read-only) — Credence</source>
        <translation>%1 (schreibgeschützt) — Credence</translation>
    </message>
    <message>
        <source>%1 — Credence</source>
        <translation>%1 — Credence</translation>
    </message>
    <message>
        <source>No article is selected.</source>
        <translation>Kein Artikel ausgewählt.</translation>
    </message>
    <message>
        <source>Remove Article</source>
        <translation>Artikel entfernen</translation>
    </message>
    <message>
        <source>Remove “%1” from the project?</source>
        <translation>„%1“ aus dem Projekt entfernen?</translation>
    </message>
    <message numerus="yes">
        <source>%n judged claim(s) (a state, a note or a claim you shaped) go with it.</source>
        <translation>
            <numerusform>%n bewertete Behauptung (ein Status, eine Notiz oder eine von Ihnen zugeschnittene Behauptung) wird mit entfernt.</numerusform>
            <numerusform>%n bewertete Behauptungen (ein Status, eine Notiz oder eine von Ihnen zugeschnittene Behauptung) werden mit entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>None of its claims is judged yet.</source>
        <translation>Keine seiner Behauptungen ist bisher bewertet.</translation>
    </message>
    <message>
        <source>Ctrl+Z brings it back.</source>
        <translation>Strg+Z holt ihn zurück.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Article removed (Ctrl+Z brings it back).</source>
        <translation>Artikel entfernt (Strg+Z holt ihn zurück).</translation>
    </message>
    <message>
        <source>Move body start</source>
        <translation>Textanfang verschieben</translation>
    </message>
    <message>
        <source>Move body end</source>
        <translation>Textende verschieben</translation>
    </message>
    <message>
        <source>Body now starts at the cursor.</source>
        <translation>Der Text beginnt jetzt am Cursor.</translation>
    </message>
    <message>
        <source>Body now ends at the cursor.</source>
        <translation>Der Text endet jetzt am Cursor.</translation>
    </message>
    <message>
        <source>Re-extract article</source>
        <translation>Artikel neu extrahieren</translation>
    </message>
    <message numerus="yes">
        <source>Re-extracted: %1 of %n claim(s) kept their verdicts.</source>
        <translation>
            <numerusform>Neu extrahiert: %1 von %n Behauptung behielt ihre Bewertung.</numerusform>
            <numerusform>Neu extrahiert: %1 von %n Behauptungen behielten ihre Bewertung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %n judged claim(s) are no longer in the text and are kept as orphaned (Ctrl+Z undoes the change).</source>
        <translation>
            <numerusform>%1 %n bewertete Behauptung steht nicht mehr im Text und wird als verwaist aufbewahrt (Strg+Z macht die Änderung rückgängig).</numerusform>
            <numerusform>%1 %n bewertete Behauptungen stehen nicht mehr im Text und werden als verwaist aufbewahrt (Strg+Z macht die Änderung rückgängig).</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Credence projects (*.credence);;All files (*)</source>
        <translation>Credence-Projekte (*.credence);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import Articles</source>
        <translation>Artikel importieren</translation>
    </message>
    <message>
        <source>Articles (*.txt *.text *.md *.markdown *.html *.htm);;All files (*)</source>
        <translation>Artikel (*.txt *.text *.md *.markdown *.html *.htm);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Pasted page</source>
        <translation>Eingefügte Seite</translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation>Eingefügter Text</translation>
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation>Die Zwischenablage enthält keinen Text.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>%1 is the project that is open now.</source>
        <translation>%1 ist das gerade geöffnete Projekt.</translation>
    </message>
    <message>
        <source>Could not replace %1.</source>
        <translation>%1 ließ sich nicht ersetzen.</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <source>Could not save the project.

%1</source>
        <translation>Das Projekt ließ sich nicht speichern.

%1</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Gespeichert als %1</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Evi&amp;dence</source>
        <translation>Be&amp;lege</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>Im Artikel &amp;suchen…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Nächster Treffer</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Vorheriger Treffer</translation>
    </message>
    <message>
        <source>&amp;Search Project…</source>
        <translation>&amp;Projekt durchsuchen…</translation>
    </message>
    <message>
        <source>That article is no longer in the project.</source>
        <translation>Dieser Artikel ist nicht mehr im Projekt.</translation>
    </message>
    <message>
        <source>That claim no longer exists.</source>
        <translation>Diese Behauptung gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Unassigned source</source>
        <translation>Keine Quelle zugeordnet</translation>
    </message>
    <message>
        <source>republished from %1</source>
        <translation>übernommen von %1</translation>
    </message>
    <message>
        <source>Assign S&amp;ource…</source>
        <translation>&amp;Quelle zuordnen…</translation>
    </message>
    <message>
        <source>Give the selected articles a source, or take it away (unassigned)</source>
        <translation>Den gewählten Artikeln eine Quelle geben oder sie entfernen (nicht zugeordnet)</translation>
    </message>
    <message>
        <source>Select the articles in the article list first.</source>
        <translation>Wählen Sie zuerst die Artikel in der Artikelliste.</translation>
    </message>
    <message>
        <source>Assign Source</source>
        <translation>Quelle zuordnen</translation>
    </message>
    <message numerus="yes">
        <source>Source of the %n selected article(s): a name, a web address or a domain. Leave it empty to leave them unassigned.</source>
        <translation>
            <numerusform>Quelle des %n gewählten Artikels: ein Name, eine Webadresse oder eine Domain. Leer lassen, um ihn nicht zuzuordnen.</numerusform>
            <numerusform>Quelle der %n gewählten Artikel: ein Name, eine Webadresse oder eine Domain. Leer lassen, um sie nicht zuzuordnen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) unassigned.</source>
        <translation>
            <numerusform>%n Artikel ohne Quelle.</numerusform>
            <numerusform>%n Artikel ohne Quelle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) assigned to %1.</source>
        <translation>
            <numerusform>%n Artikel %1 zugeordnet.</numerusform>
            <numerusform>%n Artikel %1 zugeordnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Same Claim Elsewhere</source>
        <translation>Dieselbe Behauptung anderswo</translation>
    </message>
    <message>
        <source>Sa&amp;me Claim Elsewhere</source>
        <translation>Dieselbe Be&amp;hauptung anderswo</translation>
    </message>
    <message>
        <source>&amp;Edit Source…</source>
        <translation>Quelle &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Merge Selected Sources…</source>
        <translation>Gewählte Quellen &amp;zusammenführen …</translation>
    </message>
    <message>
        <source>Select a source in the Sources list first.</source>
        <translation>Wählen Sie zuerst eine Quelle in der Liste der Quellen.</translation>
    </message>
    <message>
        <source>That source no longer exists.</source>
        <translation>Diese Quelle gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Edit source %1</source>
        <translation>Quelle %1 bearbeiten</translation>
    </message>
    <message>
        <source>Source not saved</source>
        <translation>Quelle nicht gespeichert</translation>
    </message>
    <message>
        <source>Select two or more sources (Ctrl+click); the current one keeps its name.</source>
        <translation>Wählen Sie zwei oder mehr Quellen (Strg+Klick); die aktuelle behält ihren Namen.</translation>
    </message>
    <message>
        <source>Merge Sources</source>
        <translation>Quellen zusammenführen</translation>
    </message>
    <message>
        <source>Merge these into %1? Their articles follow, and their names become its other names.</source>
        <translation>Diese in %1 zusammenführen? Ihre Artikel folgen, und ihre Namen werden zu weiteren Namen.</translation>
    </message>
    <message>
        <source>Sources not merged</source>
        <translation>Quellen nicht zusammengeführt</translation>
    </message>
    <message>
        <source>Merged. Ctrl+Z takes it back.</source>
        <translation>Zusammengeführt. Strg+Z nimmt es zurück.</translation>
    </message>
    <message>
        <source>Claim Clusters</source>
        <translation>Behauptungsgruppen</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Autoren</translation>
    </message>
    <message>
        <source>Assign &amp;Author…</source>
        <translation>&amp;Autor zuordnen…</translation>
    </message>
    <message>
        <source>Give the selected articles an author, or take it away</source>
        <translation>Den gewählten Artikeln einen Autor geben oder ihn wegnehmen</translation>
    </message>
    <message>
        <source>Assign Author</source>
        <translation>Autor zuordnen</translation>
    </message>
    <message numerus="yes">
        <source>Author of the %n selected article(s): a name (another name of an author finds that author). Leave it empty for none.</source>
        <translation>
            <numerusform>Autor des %n gewählten Artikels: ein Name (ein weiterer Name eines Autors findet diesen Autor). Leer lassen für keinen.</numerusform>
            <numerusform>Autor der %n gewählten Artikel: ein Name (ein weiterer Name eines Autors findet diesen Autor). Leer lassen für keinen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) without an author now.</source>
        <translation>
            <numerusform>%n Artikel jetzt ohne Autor.</numerusform>
            <numerusform>%n Artikel jetzt ohne Autor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) given to %1.</source>
        <translation>
            <numerusform>%n Artikel %1 zugeordnet.</numerusform>
            <numerusform>%n Artikel %1 zugeordnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Workbench</source>
        <translation>&amp;Arbeitsfläche</translation>
    </message>
    <message>
        <source>The article beside its claims, for checking them (Ctrl+1)</source>
        <translation>Der Artikel neben seinen Behauptungen, zum Prüfen (Strg+1)</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Zusammenfassung</translation>
    </message>
    <message>
        <source>Reliability per source and author, with charts (Ctrl+2)</source>
        <translation>Verlässlichkeit je Quelle und Autor, mit Diagrammen (Strg+2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n claim(s) hedged</source>
        <translation>
            <numerusform>%1 von %n Behauptung eingeschränkt</numerusform>
            <numerusform>%1 von %n Behauptungen eingeschränkt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n claim(s) unattributed</source>
        <translation>
            <numerusform>%1 von %n Behauptung ohne Quelle</numerusform>
            <numerusform>%1 von %n Behauptungen ohne Quelle</numerusform>
        </translation>
    </message>
    <message>
        <source>reads as machine-spun text</source>
        <translation>liest sich wie maschinell umformulierter Text</translation>
    </message>
    <message>
        <source>no byline</source>
        <translation>kein Autor genannt</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>copies an earlier article of another source without credit</source>
        <translation>kopiert einen früheren Artikel einer anderen Quelle, ohne sie zu nennen</translation>
    </message>
    <message>
        <source>A caption discloses a generated image: %1</source>
        <translation>Eine Bildunterschrift gibt ein erzeugtes Bild an: %1</translation>
    </message>
    <message>
        <source>A caption shares nothing with the article: %1</source>
        <translation>Eine Bildunterschrift hat nichts mit dem Artikel gemein: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n flagged caption(s)</source>
        <translation>
            <numerusform>%n auffällige Bildunterschrift</numerusform>
            <numerusform>%n auffällige Bildunterschriften</numerusform>
        </translation>
    </message>
    <message>
        <source>Signals: %1</source>
        <translation>Signale: %1</translation>
    </message>
    <message>
        <source>Export Claims as &amp;CSV…</source>
        <translation>Behauptungen als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export Claims as CSV</source>
        <translation>Behauptungen als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n claim(s) to %1</source>
        <translation>
            <numerusform>%n Behauptung nach %1 geschrieben</numerusform>
            <numerusform>%n Behauptungen nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>Write the reliability report as PDF: all sources or those selected (Ctrl+E)</source>
        <translation>Den Verlässlichkeitsbericht als PDF schreiben: alle Quellen oder die ausgewählten (Strg+E)</translation>
    </message>
    <message>
        <source>Export Fact-C&amp;hecks as ClaimReview…</source>
        <translation>Faktenchecks als Claim&amp;Review exportieren…</translation>
    </message>
    <message>
        <source>Project &amp;Details…</source>
        <translation>&amp;Projektangaben…</translation>
    </message>
    <message>
        <source>The project&apos;s details were not saved: %1</source>
        <translation>Die Projektangaben wurden nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Report Preview</source>
        <translation>Berichtsvorschau</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>The report was cancelled; nothing was written.</source>
        <translation>Der Bericht wurde abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n page(s) to %1</source>
        <translation>
            <numerusform>%n Seite nach %1 geschrieben</numerusform>
            <numerusform>%n Seiten nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Publisher of the Fact-Checks</source>
        <translation>Herausgeber der Faktenchecks</translation>
    </message>
    <message>
        <source>ClaimReview needs the publisher&apos;s name and web address (File › Project Details).</source>
        <translation>ClaimReview braucht Name und Webadresse des Herausgebers (Datei › Projektangaben).</translation>
    </message>
    <message>
        <source>Export Fact-Checks as ClaimReview</source>
        <translation>Faktenchecks als ClaimReview exportieren</translation>
    </message>
    <message>
        <source>JSON-LD files (*.json *.jsonld)</source>
        <translation>JSON-LD-Dateien (*.json *.jsonld)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n fact-check(s) to %1</source>
        <translation>
            <numerusform>%n Faktencheck nach %1 geschrieben</numerusform>
            <numerusform>%n Faktenchecks nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Project as &amp;JSON…</source>
        <translation>Projekt als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>New Project from J&amp;SON…</source>
        <translation>Neues Projekt aus J&amp;SON…</translation>
    </message>
    <message>
        <source>Export Project as JSON</source>
        <translation>Projekt als JSON exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Wrote the project to %1</source>
        <translation>Das Projekt wurde nach %1 geschrieben</translation>
    </message>
    <message>
        <source>New Project from JSON</source>
        <translation>Neues Projekt aus JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save the New Project As</source>
        <translation>Das neue Projekt speichern unter</translation>
    </message>
</context>
<context>
    <name>Credence::Ui::NoteDialog</name>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Behauptung</translation>
    </message>
    <message>
        <source>The evidence for the claim above. Ctrl+Enter saves, Esc cancels.</source>
        <translation>Die Belege zur Behauptung darüber. Strg+Eingabe speichert, Esc bricht ab.</translation>
    </message>
    <message>
        <source>The evidence: what you checked, where, and what it showed.</source>
        <translation>Die Belege: was Sie geprüft haben, wo, und was sich gezeigt hat.</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves, Esc cancels.</source>
        <translation>Strg+Eingabe speichert, Esc bricht ab.</translation>
    </message>
</context>
<context>
    <name>Credence::Ui::ProjectDetailsDialog</name>
    <message>
        <source>Project Details</source>
        <translation>Projektangaben</translation>
    </message>
    <message>
        <source>The report&apos;s cover shows the title, author and scope; fact-checks exported as ClaimReview name the publisher.</source>
        <translation>Die Titelseite des Berichts zeigt Titel, Autor und Umfang; als ClaimReview exportierte Faktenchecks nennen den Herausgeber.</translation>
    </message>
</context>
<context>
    <name>Credence::Ui::ProjectDetailsForm</name>
    <message>
        <source>The title on the report&apos;s cover; empty: the project file&apos;s name.</source>
        <translation>Der Titel auf der Titelseite des Berichts; leer: der Name der Projektdatei.</translation>
    </message>
    <message>
        <source>Who prepared the report: a person or a desk</source>
        <translation>Wer den Bericht erstellt hat: eine Person oder ein Ressort</translation>
    </message>
    <message>
        <source>What was checked: the story, the period, the question</source>
        <translation>Was geprüft wurde: die Meldung, der Zeitraum, die Frage</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>A&amp;uthor:</source>
        <translation>Aut&amp;or:</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Umfang:</translation>
    </message>
    <message>
        <source>The organisation that publishes the fact-checks</source>
        <translation>Die Organisation, die die Faktenchecks veröffentlicht</translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation>&amp;Herausgeber:</translation>
    </message>
    <message>
        <source>Publisher&apos;s &amp;web address:</source>
        <translation>&amp;Webadresse des Herausgebers:</translation>
    </message>
    <message>
        <source>The publisher&apos;s web address must begin with http:// or https:// and name a site, such as https://factcheck.example.org.</source>
        <translation>Die Webadresse des Herausgebers muss mit http:// oder https:// beginnen und eine Website nennen, etwa https://factcheck.example.org.</translation>
    </message>
</context>
<context>
    <name>Credence::Ui::ReportDialog</name>
    <message>
        <source>&amp;All sources, and the articles without one</source>
        <translation>&amp;Alle Quellen und die Artikel ohne Quelle</translation>
    </message>
    <message>
        <source>&amp;Only these sources:</source>
        <translation>&amp;Nur diese Quellen:</translation>
    </message>
    <message>
        <source>&amp;List the claims not checked yet (else they are counted)</source>
        <translation>Noch nicht geprüfte Behauptungen auf&amp;führen (sonst werden sie gezählt)</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Titelseite</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Sources in the report</source>
        <translation>Quellen im Bericht</translation>
    </message>
    <message>
        <source>%1 — grade %2</source>
        <translation>%1 — Einstufung %2</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>PDF &amp;exportieren…</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Vorschau…</translation>
    </message>
    <message>
        <source>Tick at least one source, or choose all sources.</source>
        <translation>Mindestens eine Quelle ankreuzen oder alle Quellen wählen.</translation>
    </message>
    <message>
        <source>The project is read-only: the cover shows its details as they are.</source>
        <translation>Das Projekt ist schreibgeschützt: Die Titelseite zeigt seine Angaben, wie sie sind.</translation>
    </message>
</context>
<context>
    <name>Credence::Ui::SearchPanel</name>
    <message>
        <source>Search the project</source>
        <translation>Projekt durchsuchen</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nichts gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>The best %n result(s).</source>
        <translation>
            <numerusform>Das beste Ergebnis (%n).</numerusform>
            <numerusform>Die %n besten Ergebnisse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s).</source>
        <translation>
            <numerusform>%n Ergebnis.</numerusform>
            <numerusform>%n Ergebnisse.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search articles, claims, notes and evidence</source>
        <translation>Artikel, Behauptungen, Notizen und Belege durchsuchen</translation>
    </message>
</context>
<context>
    <name>Credence::Ui::SearchResultModel</name>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Behauptung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>%1 in “%2”: %3</source>
        <translation>%1 in „%2“: %3</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Beleg</translation>
    </message>
</context>
<context>
    <name>Credence::Ui::ShortcutsDialog</name>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Every action with its keys, by menu.</source>
        <translation>Jede Aktion mit ihren Tasten, nach Menü geordnet.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>Credence::Ui::SimilarClaimModel</name>
    <message>
        <source>Linked: %1</source>
        <translation>Verknüpft: %1</translation>
    </message>
    <message>
        <source>Figures differ:</source>
        <translation>Zahlen weichen ab:</translation>
    </message>
    <message>
        <source>Same origin as this article: a repeat, not a confirmation</source>
        <translation>Gleiche Herkunft wie dieser Artikel: eine Wiederholung, keine Bestätigung</translation>
    </message>
    <message>
        <source>Figures agree:</source>
        <translation>Zahlen stimmen überein:</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <source>Names in common:</source>
        <translation>Gemeinsame Namen:</translation>
    </message>
    <message>
        <source>%1 alike</source>
        <translation>%1 ähnlich</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Ähnlichkeit</translation>
    </message>
    <message>
        <source>How alike the two claims are: their words (spellings and country adjectives aside), the names they share and the figures they agree on.</source>
        <translation>Wie ähnlich sich die beiden Behauptungen sind: ihre Wörter (Schreibweisen und Länderadjektive nicht gerechnet), die gemeinsamen Namen und die übereinstimmenden Zahlen.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Behauptung</translation>
    </message>
    <message>
        <source>Look at</source>
        <translation>Beachten</translation>
    </message>
</context>
<context>
    <name>Credence::Ui::SourceDialog</name>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>example.com, one a line</source>
        <translation>example.com, eine pro Zeile</translation>
    </message>
    <message>
        <source>Other names pages give it, one a line</source>
        <translation>Andere Namen, unter denen Seiten sie nennen, einer pro Zeile</translation>
    </message>
    <message>
        <source>e.g. NO</source>
        <translation>z. B. NO</translation>
    </message>
    <message>
        <source>e.g. en</source>
        <translation>z. B. en</translation>
    </message>
    <message>
        <source>Why this grade: what the source did, where it was seen</source>
        <translation>Warum diese Einstufung: was die Quelle tat, wo es sich zeigte</translation>
    </message>
    <message>
        <source>From its claims: %1</source>
        <translation>Aus ihren Behauptungen: %1</translation>
    </message>
    <message>
        <source>Grades set before</source>
        <translation>Frühere Einstufungen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>computed %1</source>
        <translation>berechnet %1</translation>
    </message>
    <message>
        <source>No grade set yet.</source>
        <translation>Noch keine Einstufung gesetzt.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Domains:</source>
        <translation>&amp;Domains:</translation>
    </message>
    <message>
        <source>&amp;Other names:</source>
        <translation>&amp;Weitere Namen:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;tizen:</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>&amp;Einstufung:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Warum:</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Verlauf:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Eintrag</translation>
    </message>
    <message>
        <source>Cr&amp;iteria</source>
        <translation>Kr&amp;iterien</translation>
    </message>
</context>
<context>
    <name>Credence::Ui::SourceTableModel</name>
    <message>
        <source>cannot be judged</source>
        <translation>nicht beurteilbar</translation>
    </message>
    <message>
        <source>Posterior mean of Beta(1 + %1, 1 + %2); 95% credible interval %3–%4.</source>
        <translation>A-posteriori-Mittelwert von Beta(1 + %1, 1 + %2); 95-%-Glaubwürdigkeitsintervall %3–%4.</translation>
    </message>
    <message numerus="yes">
        <source>%n corroborated or contradicted claim(s); at least %1 are needed to judge a source.</source>
        <translation>
            <numerusform>%n bestätigte oder widerlegte Behauptung; für ein Urteil über eine Quelle braucht es mindestens %1.</numerusform>
            <numerusform>%n bestätigte oder widerlegte Behauptungen; für ein Urteil über eine Quelle braucht es mindestens %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Corroborated</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Contradicted</source>
        <translation>Widerlegt</translation>
    </message>
    <message>
        <source>Unverifiable</source>
        <translation>Nicht überprüfbar</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Verlässlichkeit</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95-%-Intervall</translation>
    </message>
    <message>
        <source>From the claims: the lower end of the 95% interval (A from 0.80, B 0.65, C 0.50, D 0.35, E below; F with fewer than %1 decided claims).</source>
        <translation>Aus den Behauptungen: das untere Ende des 95-%-Intervalls (A ab 0,80, B 0,65, C 0,50, D 0,35, E darunter; F mit weniger als %1 entschiedenen Behauptungen).</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>Berechnet</translation>
    </message>
    <message>
        <source>No grade set by hand: F2 in this list edits the source and sets one, with a reason.</source>
        <translation>Keine Einstufung von Hand: F2 in dieser Liste bearbeitet die Quelle und setzt eine, mit Begründung.</translation>
    </message>
</context>
<context>
    <name>Credence::Ui::SummaryCharts</name>
    <message>
        <source>Corroborated</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Contradicted</source>
        <translation>Widerlegt</translation>
    </message>
    <message>
        <source>Unverifiable</source>
        <translation>Nicht überprüfbar</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message numerus="yes">
        <source>Claims by state: the %n record(s) with the most claims</source>
        <translation>
            <numerusform>Behauptungen nach Status: der %n Eintrag mit den meisten Behauptungen</numerusform>
            <numerusform>Behauptungen nach Status: die %n Einträge mit den meisten Behauptungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Claims by state</source>
        <translation>Behauptungen nach Status</translation>
    </message>
    <message>
        <source>Estimate and 95% interval</source>
        <translation>Schätzung und 95-%-Intervall</translation>
    </message>
    <message numerus="yes">
        <source>Reliability estimate; %n cannot be judged yet</source>
        <translation>
            <numerusform>Geschätzte Verlässlichkeit; %n noch nicht beurteilbar</numerusform>
            <numerusform>Geschätzte Verlässlichkeit; %n noch nicht beurteilbar</numerusform>
        </translation>
    </message>
    <message>
        <source>Reliability estimate</source>
        <translation>Geschätzte Verlässlichkeit</translation>
    </message>
    <message>
        <source>Claims by state per source, as marked.</source>
        <translation>Behauptungen nach Status je Quelle, wie markiert.</translation>
    </message>
    <message>
        <source>Each source&apos;s reliability estimate (the line) with its 95% interval (the box), from the decided claims counted.</source>
        <translation>Die Schätzung der Verlässlichkeit jeder Quelle (die Linie) mit ihrem 95-%-Intervall (der Kasten), aus den gezählten entschiedenen Behauptungen.</translation>
    </message>
</context>
<context>
    <name>Credence::Ui::SummaryTableModel</name>
    <message>
        <source>cannot be judged</source>
        <translation>nicht beurteilbar</translation>
    </message>
    <message>
        <source>No grade set by hand: edit the source (F2 in the Sources list) to set one, with a reason.</source>
        <translation>Keine Einstufung von Hand: Quelle bearbeiten (F2 in der Quellenliste), um eine mit Begründung zu setzen.</translation>
    </message>
    <message>
        <source>From the claims: the lower end of the 95% interval (A from 0.80, B 0.65, C 0.50, D 0.35, E below; F with fewer than %1 decided claims counted).</source>
        <translation>Aus den Behauptungen: das untere Ende des 95-%-Intervalls (A ab 0,80, B 0,65, C 0,50, D 0,35, E darunter; F bei weniger als %1 gezählten entschiedenen Behauptungen).</translation>
    </message>
    <message>
        <source>Posterior mean of Beta(1 + %1, 1 + %2); 95% credible interval %3–%4.</source>
        <translation>A-posteriori-Mittelwert von Beta(1 + %1, 1 + %2); 95-%-Glaubwürdigkeitsintervall %3–%4.</translation>
    </message>
    <message numerus="yes">
        <source>%n corroborated or contradicted claim(s) counted; at least %1 are needed to judge.</source>
        <translation>
            <numerusform>%n bestätigte oder widerlegte Behauptung gezählt; mindestens %1 sind zum Beurteilen nötig.</numerusform>
            <numerusform>%n bestätigte oder widerlegte Behauptungen gezählt; mindestens %1 sind zum Beurteilen nötig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decided claim(s) not counted: a near-duplicate article of the same origin (a reprint, an update, the same wire copy) repeats them, and each counts once.</source>
        <translation>
            <numerusform>%n entschiedene Behauptung nicht gezählt: ein nahezu gleicher Artikel desselben Ursprungs (ein Nachdruck, eine Aktualisierung, dieselbe Agenturmeldung) wiederholt sie, und jede zählt einmal.</numerusform>
            <numerusform>%n entschiedene Behauptungen nicht gezählt: ein nahezu gleicher Artikel desselben Ursprungs (ein Nachdruck, eine Aktualisierung, dieselbe Agenturmeldung) wiederholt sie, und jede zählt einmal.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shown, never counted: only corroborated and contradicted claims are evidence.</source>
        <translation>Angezeigt, nie gezählt: nur bestätigte und widerlegte Behauptungen sind Belege.</translation>
    </message>
    <message>
        <source>Decided claims a near-duplicate article of the same origin repeats: counted once.</source>
        <translation>Entschiedene Behauptungen, die ein nahezu gleicher Artikel desselben Ursprungs wiederholt: einmal gezählt.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <source>From claims</source>
        <translation>Aus Behauptungen</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Schätzung</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95-%-Intervall</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Corroborated</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Contradicted</source>
        <translation>Widerlegt</translation>
    </message>
    <message>
        <source>Unverifiable</source>
        <translation>Nicht überprüfbar</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>No criterion answered yet: edit the source (F2 in the Sources list), Criteria page.</source>
        <translation>Noch kein Kriterium beantwortet: Quelle bearbeiten (F2 in der Quellenliste), Seite Kriterien.</translation>
    </message>
    <message numerus="yes">
        <source>Criteria score out of 100 from the answers: %1 of %2 points; %n of 9 criteria answered. Beside the estimate from the claims, never in it.</source>
        <translation>
            <numerusform>Kriterienbewertung von 100 aus den Antworten: %1 von %2 Punkten; %n von 9 Kriterien beantwortet. Neben der Schätzung aus den Behauptungen, nie darin.</numerusform>
            <numerusform>Kriterienbewertung von 100 aus den Antworten: %1 von %2 Punkten; %n von 9 Kriterien beantwortet. Neben der Schätzung aus den Behauptungen, nie darin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n claim(s) of its English articles are hedged (“reportedly”, “may”, “sources say”).</source>
        <translation>
            <numerusform>%1 von %n Behauptung ihrer englischen Artikel ist eingeschränkt formuliert („reportedly“, „may“, „sources say“).</numerusform>
            <numerusform>%1 von %n Behauptungen ihrer englischen Artikel sind eingeschränkt formuliert („reportedly“, „may“, „sources say“).</numerusform>
        </translation>
    </message>
    <message>
        <source>None of its articles is in English: hedging is judged in English only.</source>
        <translation>Keiner ihrer Artikel ist englisch: Einschränkungen werden nur im Englischen beurteilt.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n claim(s) of its English articles name no one who says them and quote no one.</source>
        <translation>
            <numerusform>%1 von %n Behauptung ihrer englischen Artikel nennt niemanden, der sie aufstellt, und zitiert niemanden.</numerusform>
            <numerusform>%1 von %n Behauptungen ihrer englischen Artikel nennen niemanden, der sie aufstellt, und zitieren niemanden.</numerusform>
        </translation>
    </message>
    <message>
        <source>None of its articles is in English: attribution is judged in English only.</source>
        <translation>Keiner ihrer Artikel ist englisch: Quellenangaben werden nur im Englischen beurteilt.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n article(s) judged read as machine-spun: words swapped for near-synonyms, so that common phrases come out improbable.</source>
        <translation>
            <numerusform>%1 von %n beurteilten Artikel liest sich maschinell umformuliert: Wörter durch ähnliche ersetzt, sodass gängige Wendungen unwahrscheinlich werden.</numerusform>
            <numerusform>%1 von %n beurteilten Artikeln lesen sich maschinell umformuliert: Wörter durch ähnliche ersetzt, sodass gängige Wendungen unwahrscheinlich werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>No article long enough and in English to judge for machine-spun text.</source>
        <translation>Kein Artikel ist englisch und lang genug, um maschinelles Umformulieren zu beurteilen.</translation>
    </message>
    <message>
        <source>Image captions that disclose a generated image: %1; that share nothing with the article: %2.</source>
        <translation>Bildunterschriften, die ein erzeugtes Bild angeben: %1; die nichts mit dem Artikel gemein haben: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n article(s) name no author.</source>
        <translation>
            <numerusform>%1 von %n Artikel nennt keinen Autor.</numerusform>
            <numerusform>%1 von %n Artikeln nennen keinen Autor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n article(s) give no date.</source>
        <translation>
            <numerusform>%1 von %n Artikel nennt kein Datum.</numerusform>
            <numerusform>%1 von %n Artikeln nennen kein Datum.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) copy an earlier article of another source and credit no original source.</source>
        <translation>
            <numerusform>%n Artikel kopiert einen früheren Artikel einer anderen Quelle und nennt keine Originalquelle.</numerusform>
            <numerusform>%n Artikel kopieren einen früheren Artikel einer anderen Quelle und nennen keine Originalquelle.</numerusform>
        </translation>
    </message>
    <message>
        <source>A text-quality signal of its articles: shown beside the score, never counted in it.</source>
        <translation>Ein Textqualitätssignal ihrer Artikel: neben der Bewertung gezeigt, nie in ihr gezählt.</translation>
    </message>
    <message>
        <source>Hedged</source>
        <translation>Eingeschränkt</translation>
    </message>
    <message>
        <source>Unattributed</source>
        <translation>Ohne Quelle</translation>
    </message>
    <message>
        <source>Spun</source>
        <translation>Umformuliert</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Bildunterschriften</translation>
    </message>
    <message>
        <source>No byline</source>
        <translation>Ohne Autor</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Ohne Datum</translation>
    </message>
    <message>
        <source>Uncredited</source>
        <translation>Ohne Herkunft</translation>
    </message>
</context>
<context>
    <name>Credence::Ui::SummaryView</name>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Autoren</translation>
    </message>
    <message>
        <source>Reliability summary</source>
        <translation>Zusammenfassung der Verlässlichkeit</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Kein Projekt ist geöffnet.</translation>
    </message>
    <message>
        <source>No articles yet: import some (Ctrl+I) and mark their claims; the summary follows.</source>
        <translation>Noch keine Artikel: importieren Sie welche (Strg+I) und markieren Sie ihre Behauptungen; die Zusammenfassung folgt.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s): </source>
        <translation>
            <numerusform>%n Artikel: </numerusform>
            <numerusform>%n Artikel: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s), </source>
        <translation>
            <numerusform>%n Quelle, </numerusform>
            <numerusform>%n Quellen, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n author(s).</source>
        <translation>
            <numerusform>%n Autor.</numerusform>
            <numerusform>%n Autoren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) without a source count in no source&apos;s score (Article › Assign Source, Ctrl+Shift+A).</source>
        <translation>
            <numerusform>%n Artikel ohne Quelle zählt in keiner Bewertung (Artikel › Quelle zuweisen, Strg+Umschalt+A).</numerusform>
            <numerusform>%n Artikel ohne Quelle zählen in keiner Bewertung (Artikel › Quelle zuweisen, Strg+Umschalt+A).</numerusform>
        </translation>
    </message>
    <message>
        <source>Only corroborated and contradicted claims count; a claim repeated by a near-duplicate article of the same source or author counts once.</source>
        <translation>Nur bestätigte und widerlegte Behauptungen zählen; eine Behauptung, die ein nahezu gleicher Artikel derselben Quelle oder desselben Autors wiederholt, zählt einmal.</translation>
    </message>
    <message>
        <source>Each source or author with its grades, reliability estimate and 95% interval, criteria, its claims by state and the text-quality signals of its articles. Selecting one lists its articles.</source>
        <translation>Jede Quelle oder jeder Autor mit Einstufungen, Schätzung der Verlässlichkeit und 95-%-Intervall, Kriterien, Behauptungen nach Status und den Textqualitätssignalen der Artikel. Eine Auswahl listet ihre Artikel.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Importing articles…</source>
        <translation>Artikel werden importiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)…</source>
        <translation>%1 wird importiert (%2 von %3)…</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Der Bericht wird geschrieben…</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Writing the report: article %1 of %2…</source>
        <translation>Der Bericht wird geschrieben: Artikel %1 von %2…</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A .credence project.</source>
        <translation>Ein .credence-Projekt.</translation>
    </message>
    <message>
        <source>Colours: dark or light (Fusion style), instead of the system&apos;s; also read from CREDENCE_PALETTE.</source>
        <translation>Farben: dark (dunkel) oder light (hell), im Fusion-Stil statt der des Systems; auch aus CREDENCE_PALETTE gelesen.</translation>
    </message>
    <message>
        <source>Language: en or de, instead of the one chosen in View › Language; also read from CREDENCE_LANG.</source>
        <translation>Sprache: en oder de, statt der unter Ansicht › Sprache gewählten; auch aus CREDENCE_LANG gelesen.</translation>
    </message>
    <message>
        <source>Unknown language %1: use %2.</source>
        <translation>Unbekannte Sprache %1: %2 angeben.</translation>
    </message>
    <message>
        <source>No project at %1; use File › New Project to start one.</source>
        <translation>Kein Projekt unter %1; ein neues beginnt mit Datei › Neues Projekt.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>Unknown palette %1: use dark or light.</source>
        <translation>Unbekannte Farbpalette %1: dark oder light angeben.</translation>
    </message>
    <message>
        <source>Credence: judge how reliable news sources are.

Without a command, opens the workbench (with PROJECT if given).
Commands (each has --help):
  import --db PATH FILE...       import articles into a project
  summary --db PATH [--json]     print the reliability summary per source
  claims --db PATH [--json] [--article ID]
                                 list the claims with their states, notes and hints
  export-pdf --db PATH [--source NAME]... [--list-not-checked] [--paper a4|letter] OUT.pdf
                                 write the PDF report
  export-csv --db PATH OUT.csv   write every claim as CSV
  export-claimreview --db PATH [--publisher NAME] [--url URL] OUT.json
                                 write the decided claims as schema.org ClaimReview
  details --db PATH [--title TEXT] [--author TEXT] [--scope TEXT] [--publisher NAME] [--url URL]
                                 show or set the report&apos;s cover and the fact-checks&apos; publisher
  export-json --db PATH OUT.json write the whole project as JSON
  import-json --db NEW.credence IN.json
                                 make a new project from such a JSON file
  extract [--json] FILE...       show what would be imported from files
  recover --db PATH NEW.credence save what can be read of a damaged project</source>
        <translation>Credence: beurteilen, wie verlässlich Nachrichtenquellen sind.

Ohne Befehl öffnet sich die Werkbank (mit PROJEKT, falls angegeben).
Befehle (jeder hat --help):
  import --db PFAD DATEI...      Artikel in ein Projekt importieren
  summary --db PFAD [--json]     die Verlässlichkeit je Quelle ausgeben
  claims --db PFAD [--json] [--article ID]
                                 die Behauptungen mit Status, Notizen und Hinweisen auflisten
  export-pdf --db PFAD [--source NAME]... [--list-not-checked] [--paper a4|letter] AUSGABE.pdf
                                 den PDF-Bericht schreiben
  export-csv --db PFAD AUSGABE.csv
                                 jede Behauptung als CSV schreiben
  export-claimreview --db PFAD [--publisher NAME] [--url URL] AUSGABE.json
                                 die entschiedenen Behauptungen als schema.org-ClaimReview schreiben
  details --db PFAD [--title TEXT] [--author TEXT] [--scope TEXT] [--publisher NAME] [--url URL]
                                 die Titelseite des Berichts und den Herausgeber zeigen oder setzen
  export-json --db PFAD AUSGABE.json
                                 das ganze Projekt als JSON schreiben
  import-json --db NEU.credence EINGABE.json
                                 aus einer solchen JSON-Datei ein neues Projekt anlegen
  extract [--json] DATEI...      zeigen, was aus Dateien importiert würde
  recover --db PFAD NEU.credence das Lesbare eines beschädigten Projekts sichern</translation>
    </message>
</context>
</TS>
