#include "aboutdialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace Credence::Ui {

namespace {

QString licenceText()
{
    QFile file(QStringLiteral(":/LICENSE"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("AboutDialog"));
    setWindowTitle(tr("About Credence"));

    auto *icon = new QLabel(this);
    icon->setObjectName(QStringLiteral("aboutIcon"));
    icon->setPixmap(QIcon(QStringLiteral(":/icons/credence.svg")).pixmap(96, 96));
    icon->setAlignment(Qt::AlignTop);

    auto *text = new QLabel(this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setOpenExternalLinks(true);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    text->setText(tr("<h2>Credence %1</h2>"
                     "<p>A workbench for judging how reliable news sources are.</p>"
                     "<p>Copyright © 2026 The Credence developers.<br>Released under the MIT licence.</p>"
                     "<p><small>Running on Qt %2.</small></p>")
                      .arg(QStringLiteral(CREDENCE_VERSION), QString::fromLatin1(qVersion())));

    auto *licence = new QPlainTextEdit(licenceText(), this);
    licence->setObjectName(QStringLiteral("licenceText"));
    licence->setAccessibleName(tr("Licence"));
    licence->setReadOnly(true);
    licence->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    licence->setLineWrapMode(QPlainTextEdit::NoWrap);
    // The licence's lines are up to 80 characters: room for them, the margins and a scroll bar.
    licence->setMinimumSize(licence->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 86,
                            licence->fontMetrics().lineSpacing() * 14);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addWidget(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(licence, 1);
    layout->addWidget(buttons);
}

} // namespace Credence::Ui
