#include "../support/clirunner.h"

#include "../support/printers.h"
#include "../support/serverdatabase.h"
#include "../support/tempdatabase.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

using kehu::test::runCli;

namespace {

QStringList importCdnow(const QString &db)
{
    return QStringList{QStringLiteral("--db"), db} + kehu::test::cdnowImportArguments();
}

void expectWithin(double actual, double expected, double relative, const char *what)
{
    EXPECT_NEAR(actual, expected, std::abs(expected) * relative) << what;
}

} // namespace

TEST(CliAnalysis, CdnowImportThenModelFitReproducesThePublishedParameters)
{
    const kehu::test::CliBook book(QStringLiteral("cdnow.kehu"));
    const QString db = book.address();
    const auto imported = runCli(importCdnow(db));
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.out.contains(QStringLiteral("6919 records, 6919 new"))) << imported.out.toStdString();
    EXPECT_TRUE(imported.out.contains(QStringLiteral("2357 new customers"))) << imported.out.toStdString();

    const auto fit = runCli({QStringLiteral("--db"), db, QStringLiteral("model"), QStringLiteral("fit"),
                             QStringLiteral("--calibration-end"), QStringLiteral("1997-09-30"),
                             QStringLiteral("--time-unit"), QStringLiteral("week"), QStringLiteral("--model"),
                             QStringLiteral("bgnbd"), QStringLiteral("--json")});
    ASSERT_EQ(fit.exitCode, 0) << fit.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(fit.out.toUtf8()).object();
    EXPECT_EQ(json[QStringLiteral("purchase_model")].toString(), QStringLiteral("bgnbd"));
    const QJsonObject bg = json[QStringLiteral("bgnbd")].toObject();
    const QJsonObject gg = json[QStringLiteral("gamma_gamma")].toObject();
    // Fader, Hardie & Lee (2005); Fader & Hardie's Gamma-Gamma note: within 0.1%.
    expectWithin(bg[QStringLiteral("r")].toDouble(), 0.2425945, 1e-3, "r");
    expectWithin(bg[QStringLiteral("alpha")].toDouble(), 4.4136020, 1e-3, "alpha");
    expectWithin(bg[QStringLiteral("a")].toDouble(), 0.7929221, 1e-3, "a");
    expectWithin(bg[QStringLiteral("b")].toDouble(), 2.4259071, 1e-3, "b");
    expectWithin(bg[QStringLiteral("log_likelihood")].toDouble(), -9582.4292, 1e-3, "BG/NBD LL");
    expectWithin(gg[QStringLiteral("p")].toDouble(), 6.249572, 1e-3, "p");
    expectWithin(gg[QStringLiteral("q")].toDouble(), 3.744225, 1e-3, "q");
    expectWithin(gg[QStringLiteral("gamma")].toDouble(), 15.443521, 1e-3, "gamma");
    expectWithin(gg[QStringLiteral("log_likelihood")].toDouble(), -4055.917695, 1e-3, "Gamma-Gamma LL");
}

// Without --model the book's policy decides: MBG/NBD for a new book. BTYDplus's mbgcnbd
// (k = 1) on the same calibration period: r 0.525, alpha 6.183, a 0.891, b 1.614.
TEST(CliAnalysis, ModelFitUsesThePolicysPurchaseModelAndReportsIt)
{
    const kehu::test::CliBook book(QStringLiteral("cdnow.kehu"));
    const QString db = book.address();
    ASSERT_EQ(runCli(importCdnow(db)).exitCode, 0);
    const auto fit = runCli({QStringLiteral("--db"), db, QStringLiteral("model"), QStringLiteral("fit"),
                             QStringLiteral("--calibration-end"), QStringLiteral("1997-09-30"),
                             QStringLiteral("--json")});
    ASSERT_EQ(fit.exitCode, 0) << fit.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(fit.out.toUtf8()).object();
    EXPECT_EQ(json[QStringLiteral("purchase_model")].toString(), QStringLiteral("mbgnbd"));
    EXPECT_FALSE(json.contains(QStringLiteral("bgnbd")));
    const QJsonObject mbg = json[QStringLiteral("mbgnbd")].toObject();
    EXPECT_NEAR(mbg[QStringLiteral("r")].toDouble(), 0.525, 0.0015);
    EXPECT_NEAR(mbg[QStringLiteral("alpha")].toDouble(), 6.183, 0.0015);
    EXPECT_NEAR(mbg[QStringLiteral("a")].toDouble(), 0.891, 0.0015);
    EXPECT_NEAR(mbg[QStringLiteral("b")].toDouble(), 1.614, 0.0015);
    EXPECT_LT(mbg[QStringLiteral("log_likelihood")].toDouble(), 0.0);
    EXPECT_TRUE(mbg.contains(QStringLiteral("standard_errors")));

    const auto text = runCli({QStringLiteral("--db"), db, QStringLiteral("model"), QStringLiteral("fit"),
                              QStringLiteral("--calibration-end"), QStringLiteral("1997-09-30")});
    EXPECT_TRUE(text.out.contains(QStringLiteral("MBG/NBD: r "))) << text.out.toStdString();
    const auto bad = runCli({QStringLiteral("--db"), db, QStringLiteral("model"), QStringLiteral("fit"),
                             QStringLiteral("--model"), QStringLiteral("pareto")});
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("bgnbd or mbgnbd"))) << bad.err.toStdString();

    // classify fits the policy's model and the snapshot summary says which, with its fit.
    const auto classified = runCli({QStringLiteral("--db"), db, QStringLiteral("classify"), QStringLiteral("--as-of"),
                                    QStringLiteral("1997-09-30")});
    ASSERT_EQ(classified.exitCode, 0) << classified.err.toStdString();
    EXPECT_TRUE(classified.out.contains(QStringLiteral("CLV: predictive (MBG/NBD r "))) << classified.out.toStdString();
}

TEST(CliAnalysis, ClassifySegmentsMigrationCountsAndScoredExport)
{
    const kehu::test::CliBook book(QStringLiteral("cdnow.kehu"));
    const QString db = book.address();
    ASSERT_EQ(runCli(importCdnow(db)).exitCode, 0);

    const auto noSnapshot = runCli({QStringLiteral("--db"), db, QStringLiteral("segments")});
    EXPECT_EQ(noSnapshot.exitCode, 1);
    EXPECT_TRUE(noSnapshot.err.contains(QStringLiteral("classify")));

    const auto q4 = runCli({QStringLiteral("--db"), db, QStringLiteral("classify"), QStringLiteral("--as-of"),
                            QStringLiteral("1997-12-31"), QStringLiteral("--label"), QStringLiteral("1997Q4")});
    ASSERT_EQ(q4.exitCode, 0) << q4.err.toStdString();
    EXPECT_TRUE(q4.out.contains(QStringLiteral("CLV: predictive"))) << q4.out.toStdString();
    const auto q2 = runCli({QStringLiteral("--db"), db, QStringLiteral("classify"), QStringLiteral("--as-of"),
                            QStringLiteral("1998-06-30")});
    ASSERT_EQ(q2.exitCode, 0) << q2.err.toStdString();

    const auto segments = runCli(
        {QStringLiteral("--db"), db, QStringLiteral("segments"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(segments.exitCode, 0) << segments.err.toStdString();
    const QJsonArray table = QJsonDocument::fromJson(segments.out.toUtf8()).array();
    ASSERT_EQ(table.size(), 11); // ten segments and "others"
    qint64 customers = 0;
    for (const QJsonValue row : table)
        customers += row[QStringLiteral("customers")].toInteger();
    EXPECT_EQ(customers, 2357);
    EXPECT_EQ(table[0][QStringLiteral("segment")].toString(), QStringLiteral("champions"));

    const auto migration = runCli({QStringLiteral("--db"), db, QStringLiteral("migration"), QStringLiteral("--from"),
                                   QStringLiteral("1"), QStringLiteral("--to"), QStringLiteral("2"),
                                   QStringLiteral("--by"), QStringLiteral("abc"), QStringLiteral("--format"),
                                   QStringLiteral("json")});
    ASSERT_EQ(migration.exitCode, 0) << migration.err.toStdString();
    qint64 moved = 0;
    for (const QJsonValue cell : QJsonDocument::fromJson(migration.out.toUtf8()).array())
        moved += cell[QStringLiteral("customers")].toInteger();
    EXPECT_EQ(moved, 2357);

    const auto counts = runCli({QStringLiteral("--db"), db, QStringLiteral("counts"), QStringLiteral("--period"),
                                QStringLiteral("quarter"), QStringLiteral("--as-of"), QStringLiteral("1998-06-30"),
                                QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(counts.exitCode, 0) << counts.err.toStdString();
    const QJsonArray periods = QJsonDocument::fromJson(counts.out.toUtf8()).array();
    ASSERT_EQ(periods.size(), 6); // 1997Q1 .. 1998Q2
    // The whole cohort first bought in the first quarter of 1997 (SOURCES.md).
    EXPECT_EQ(periods[0][QStringLiteral("new")].toInteger(), 2357);
    EXPECT_EQ(periods[5][QStringLiteral("acquired_to_date")].toInteger(), 2357);

    const auto exported = runCli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("customers"),
                                  QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    const QJsonArray customersJson = QJsonDocument::fromJson(exported.out.toUtf8()).array();
    ASSERT_EQ(customersJson.size(), 2357);
    const QJsonObject first = customersJson[0].toObject();
    for (const char *key : {"recency", "frequency", "monetary", "r_score", "f_score", "m_score", "rfm_segment",
                            "abc_class", "clv", "p_alive", "expected_purchases", "churn_flag", "churn_reason"})
        EXPECT_TRUE(first.contains(QLatin1StringView(key))) << key;
    EXPECT_FALSE(first[QStringLiteral("rfm_segment")].toString().isEmpty());
    const double pAlive = first[QStringLiteral("p_alive")].toDouble(-1);
    EXPECT_GE(pAlive, 0.0);
    EXPECT_LE(pAlive, 1.0);
}

TEST(CliAnalysis, AReviewLeavesTheCurrentClassificationAsTheUserRanIt)
{
    QTemporaryDir dir;
    const kehu::test::CliBook book(QStringLiteral("cdnow.kehu"));
    const QString db = book.address();
    ASSERT_EQ(runCli(importCdnow(db)).exitCode, 0);
    const auto classified = runCli({QStringLiteral("--db"), db, QStringLiteral("classify"), QStringLiteral("--as-of"),
                                    QStringLiteral("1998-06-30")});
    ASSERT_EQ(classified.exitCode, 0) << classified.err.toStdString();
    const QStringList exportCustomers{QStringLiteral("--db"),     db,
                                      QStringLiteral("export"),   QStringLiteral("customers"),
                                      QStringLiteral("--format"), QStringLiteral("csv")};
    const QStringList segments{QStringLiteral("--db"), db, QStringLiteral("segments"), QStringLiteral("--format"),
                               QStringLiteral("csv")};
    const auto exportedBefore = runCli(exportCustomers);
    const auto segmentsBefore = runCli(segments);
    ASSERT_EQ(exportedBefore.exitCode, 0) << exportedBefore.err.toStdString();

    // The review classifies 1998-03-31 (the quarter before) for its comparison.
    const auto review = runCli({QStringLiteral("--db"), db, QStringLiteral("review"), QStringLiteral("--quarter"),
                                QStringLiteral("1998Q2"), QStringLiteral("--format"), QStringLiteral("html"),
                                QStringLiteral("--out"), dir.filePath(QStringLiteral("review.html"))});
    ASSERT_EQ(review.exitCode, 0) << review.err.toStdString();

    const auto exportedAfter = runCli(exportCustomers);
    EXPECT_TRUE(exportedAfter.out == exportedBefore.out) << "export customers switched to the review's older run";
    EXPECT_EQ(runCli(segments).out, segmentsBefore.out);
}

TEST(CliAnalysis, HostileImportIsRejectedWithLocationAndWritesNothing)
{
    const kehu::test::CliBook book(QStringLiteral("shop.kehu"));
    const QString db = book.address();
    ASSERT_EQ(runCli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--customers"),
                      QStringLiteral("50")})
                  .exitCode,
              0);
    const auto before = runCli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("purchases")});
    const auto run = runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("purchases"),
                             kehu::test::testDataPath(QStringLiteral("exchange/hostile/amount-letters.csv"))});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QRegularExpression(QStringLiteral("amount-letters\\.csv:2:3: .*12abc"))))
        << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("nothing was written")));
    const auto after = runCli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("purchases")});
    EXPECT_EQ(after.out, before.out);
}

TEST(CliAnalysis, EveryCommandHasHelpAndBadArgumentsAreUserErrors)
{
    for (const char *command : {"import", "export", "classify", "model", "segments", "migration", "counts", "bench"}) {
        const auto help = runCli({QLatin1StringView(command).toString(), QStringLiteral("--help")});
        EXPECT_EQ(help.exitCode, 0) << command;
        EXPECT_FALSE(help.out.isEmpty()) << command;
    }
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("x.kehu"));
    EXPECT_EQ(runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("gadgets"),
                      QStringLiteral("f.csv")})
                  .exitCode,
              1);
    EXPECT_EQ(runCli({QStringLiteral("--db"), db, QStringLiteral("classify"), QStringLiteral("--as-of"),
                      QStringLiteral("31/12/2025")})
                  .exitCode,
              1);
    EXPECT_EQ(runCli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("customers"),
                      QStringLiteral("--format"), QStringLiteral("xml")})
                  .exitCode,
              1);
}
