#pragma once
// What the window's tests share: answering the next modal dialog, and finding a row of a list by its name.

#include <QAbstractItemView>
#include <QApplication>
#include <QFileDialog>
#include <QTest>
#include <QTimer>

#include <functional>

namespace Credence::Test {

/// Runs @p act on the next modal window once it is up (one that is not @p after, the dialog that opens it), from
/// @p context's event loop; @p done is set when @p act has run.
inline void whenModal(QObject *context, std::function<void(QWidget *)> act, bool *done, QWidget *after = nullptr)
{
    *done = false;
    QTimer::singleShot(0, context, [act = std::move(act), done, after] {
        QWidget *modal = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((modal = QApplication::activeModalWidget()) != nullptr && modal != after, 5000);
        act(modal);
        *done = true;
    });
}

/// Chooses @p path in the file dialog @p modal, as typing it and pressing Enter would.
inline void chooseFile(QWidget *modal, const QString &path)
{
    auto *files = qobject_cast<QFileDialog *>(modal);
    QVERIFY(files);
    files->selectFile(path);
    QMetaObject::invokeMethod(files, "accept");
}

/// The row of @p view whose first column reads @p name, or -1.
inline int rowNamed(const QAbstractItemView *view, const QString &name)
{
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, 0).data().toString() == name) {
            return row;
        }
    }
    return -1;
}

} // namespace Credence::Test
