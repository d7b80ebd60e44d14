// Benchmark, not a test: opens a (large) database in the real main window, offscreen, and
// reports the customer book's response times and the peak memory.
//   kehu_gui_bench /tmp/demo1m.kehu
#include "gui/customerbookview.h"
#include "gui/customerdetailpane.h"
#include "gui/mainwindow.h"
#include "models/customerlistmodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

#include <cstdio>

namespace {

long peakKilobytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: kehu_gui_bench DATABASE\n");
        return 1;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    kehu::MainWindow window;
    QElapsedTimer clock;
    clock.start();
    if (!window.openPath(path))
        return 1;
    window.show();
    window.showPage(kehu::MainWindow::CustomersPage);
    kehu::CustomerBookView *book = window.customerBook();
    book->table()->viewport()->grab(); // paints the first page
    const qint64 firstPage = clock.elapsed();

    book->searchField()->setFocus();
    double searchTotal = 0;
    int searches = 0;
    for (const char *query : {"1", "13", "138", "王", "王伟", "li", "lin", "C0099"}) {
        book->searchField()->clear();
        clock.restart();
        const QString text = QString::fromUtf8(query);
        bool ascii = true;
        for (const QChar ch : text)
            ascii = ascii && ch.unicode() < 128;
        if (ascii)
            QTest::keyClicks(book->searchField(), text);
        else
            book->searchField()->setText(text); // as an input method commits it
        book->table()->viewport()->grab();
        const double ms = double(clock.nsecsElapsed()) / 1e6;
        std::printf("  search %-6s %7.1f ms, %d rows shown\n", query, ms, book->model()->rowCount());
        searchTotal += ms;
        ++searches;
    }
    // The last keystroke alone: one more character on a long query.
    book->searchField()->setText(QStringLiteral("1380"));
    clock.restart();
    QTest::keyClick(book->searchField(), Qt::Key_0);
    book->table()->viewport()->grab();
    const double keystroke = double(clock.nsecsElapsed()) / 1e6;
    book->searchField()->clear();

    clock.restart();
    book->jumpToEnd();
    book->table()->viewport()->grab();
    const double jump = double(clock.nsecsElapsed()) / 1e6;

    clock.restart();
    book->table()->selectRow(5);
    book->detail()->grab();
    const double detail = double(clock.nsecsElapsed()) / 1e6;

    std::printf("database: %s\n", qPrintable(path));
    std::printf("first painted page of the customer book: %lld ms (open, migrate if needed, first query, paint)\n",
                firstPage);
    std::printf("search, mean over %d queries: %.1f ms; one more keystroke: %.1f ms\n", searches,
                searchTotal / searches, keystroke);
    std::printf("jump to the last row: %.1f ms\n", jump);
    std::printf("open a customer's detail: %.1f ms\n", detail);
    std::printf("peak memory (VmHWM): %.1f MB\n", double(peakKilobytes()) / 1024.0);
    return 0;
}
