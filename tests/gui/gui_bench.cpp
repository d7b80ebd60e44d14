// Benchmark, not a test: opens a (large) database in the real main window, offscreen, and
// reports the customer book's response times and the peak memory.
//   kehu_gui_bench /tmp/demo1m.kehu
#include "customerbookview.h"
#include "customerdetailpane.h"
#include "customerlistmodel.h"
#include "distributorsview.h"
#include "mainwindow.h"
#include "segmentsview.h"
#include "segmenttotalsmodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QProgressBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <algorithm>
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

/// Waits until the list shows the results of @p text.
bool settled(kehu::CustomerBookView *book, const QString &text)
{
    return QTest::qWaitFor([&] { return book->model()->query().search == text; }, 60000);
}

struct SearchTimes
{
    double meanMs = 0;
    double longestKeyMs = 0;
    double keystrokeMs = 0;
    int searches = 0;
};

SearchTimes timeSearches(kehu::CustomerBookView *book)
{
    QElapsedTimer clock;
    book->searchField()->setFocus();
    // Each query typed key by key (an input method commits Chinese at once). "longest key":
    // the longest the field was held up by one key (it cannot echo the next one meanwhile);
    // "results": from the first key until the list shows the results (with a search delay,
    // that includes the pause after the last key).
    double searchTotal = 0;
    double longestKey = 0;
    int searches = 0;
    for (const char *query : {"1", "13", "138", "C00012", "王", "王伟", "li", "lin", "wang", "zw", "C0099"}) {
        book->searchField()->clear();
        settled(book, QString());
        book->table()->viewport()->grab();
        const QString text = QString::fromUtf8(query);
        bool ascii = true;
        for (const QChar ch : text)
            ascii = ascii && ch.unicode() < 128;
        QElapsedTimer key;
        double queryLongest = 0;
        clock.restart();
        if (ascii) {
            for (const QChar ch : text) {
                key.restart();
                QTest::keyClick(book->searchField(), char(ch.unicode()));
                queryLongest = std::max(queryLongest, double(key.nsecsElapsed()) / 1e6);
                QCoreApplication::processEvents(); // the event loop turns between keys, as when typing
            }
        } else {
            key.restart();
            book->searchField()->setText(text); // as an input method commits it
            queryLongest = double(key.nsecsElapsed()) / 1e6;
        }
        settled(book, text);
        book->table()->viewport()->grab();
        const double ms = double(clock.nsecsElapsed()) / 1e6;
        std::printf("  search %-7s longest key %7.1f ms, results %7.1f ms, %d rows shown\n", query, queryLongest, ms,
                    book->model()->rowCount());
        searchTotal += ms;
        longestKey = std::max(longestKey, queryLongest);
        ++searches;
    }
    // The last keystroke alone: one more character on a long query.
    book->searchField()->setText(QStringLiteral("1380"));
    settled(book, QStringLiteral("1380"));
    clock.restart();
    QTest::keyClick(book->searchField(), Qt::Key_0);
    const double keystroke = double(clock.nsecsElapsed()) / 1e6;
    settled(book, QStringLiteral("13800"));
    book->searchField()->clear();
    settled(book, QString());

    return {searchTotal / searches, longestKey, keystroke, searches};
}

struct PageTimes
{
    double segmentsBlocked = 0;
    double segmentsShown = 0;
    double distributorsBlocked = 0;
    double distributorsShown = 0;
};

PageTimes timePages(kehu::MainWindow &window)
{
    QElapsedTimer clock;
    // Opening Segments and Distributors: how long the window is held up by the click, and when
    // the figures are shown.
    const auto ms = [&] { return double(clock.nsecsElapsed()) / 1e6; };
    clock.restart();
    window.showPage(kehu::MainWindow::SegmentsPage);
    const double segmentsBlocked = ms();
    if (!QTest::qWaitFor([&] { return window.segments()->segmentModel()->rowCount() > 0; }, 60000))
        std::printf("Segments: no totals after 60 s\n");
    const double segmentsShown = ms();
    clock.restart();
    window.showPage(kehu::MainWindow::DistributorsPage);
    const double distributorsBlocked = ms();
    auto *busy = window.distributors()->findChild<QProgressBar *>(QStringLiteral("distributorsProgress"));
    if (!QTest::qWaitFor([&] { return !busy || busy->isHidden(); }, 60000))
        std::printf("Distributors: still busy after 60 s\n");
    const double distributorsShown = ms();

    return {segmentsBlocked, segmentsShown, distributorsBlocked, distributorsShown};
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
    const SearchTimes search = timeSearches(book);

    clock.restart();
    book->jumpToEnd();
    book->table()->viewport()->grab();
    const double jump = double(clock.nsecsElapsed()) / 1e6;

    clock.restart();
    book->table()->selectRow(5);
    book->detail()->grab();
    const double detail = double(clock.nsecsElapsed()) / 1e6;
    const PageTimes pages = timePages(window);

    std::printf("database: %s\n", qPrintable(path));
    std::printf("first painted page of the customer book: %lld ms (open, migrate if needed, first query, paint)\n",
                firstPage);
    std::printf("search, mean time to results over %d queries: %.1f ms; longest single key: %.1f ms; one more "
                "keystroke on \"1380\": %.1f ms\n",
                search.searches, search.meanMs, search.longestKeyMs, search.keystrokeMs);
    std::printf("jump to the last row: %.1f ms\n", jump);
    std::printf("open a customer's detail: %.1f ms\n", detail);
    std::printf("open Segments: window held %.1f ms, totals shown after %.1f ms\n", pages.segmentsBlocked,
                pages.segmentsShown);
    std::printf("open Distributors: window held %.1f ms, figures shown after %.1f ms\n", pages.distributorsBlocked,
                pages.distributorsShown);
    std::printf("peak memory (VmHWM): %.1f MB\n", double(peakKilobytes()) / 1024.0);
    return 0;
}
