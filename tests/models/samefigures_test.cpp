// kehu-cli and the app give the same classification, model fit, review and migration
// figures on one book, because both reach them through the same services: the app through
// its models (ClassificationJob, ReviewSession), kehu-cli through its commands (run here as
// the built program). Issue 10's "same figures through the same calls".

#include "classificationjob.h"
#include "enumkeys.h"
#include "purchasemodelfit.h"
#include "reviewsession.h"
#include "snapshotrepository.h"
#include "workspace.h"

#include "../support/clirunner.h"
#include "../support/printers.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>

namespace kehu {
namespace {

using test::runCli;

class SameFigures : public testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("book.kehu"));
        const auto demo = runCli({QStringLiteral("--db"), m_path, QStringLiteral("demo"), QStringLiteral("--customers"),
                                  QStringLiteral("400"), QStringLiteral("--seed"), QStringLiteral("5"),
                                  QStringLiteral("--language"), QStringLiteral("en")});
        ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
        auto opened = Workspace::open(m_path);
        ASSERT_TRUE(opened.workspace) << opened.message.toStdString();
        m_workspace = std::move(opened.workspace);
    }

    /// The app's re-classification (Customers ▸ Re-classify): the id of its snapshot.
    qint64 classifyInApp()
    {
        ClassificationJob job(*m_workspace);
        QSignalSpy finished(&job, &ClassificationJob::finished);
        job.start();
        EXPECT_TRUE(finished.wait(120000));
        EXPECT_EQ(finished.value(0).value(2).toString(), QString());
        return finished.value(0).value(0).toLongLong();
    }

    /// `kehu-cli <arguments> --format json` (or --json) as a JSON document.
    QJsonDocument cliJson(QStringList arguments)
    {
        arguments.prepend(m_path);
        arguments.prepend(QStringLiteral("--db"));
        const auto run = runCli(arguments);
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        return QJsonDocument::fromJson(run.out.toUtf8());
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Workspace> m_workspace;
};

TEST_F(SameFigures, ClassificationAndModelFitAgree)
{
    const qint64 appSnapshot = classifyInApp();
    ASSERT_GT(appSnapshot, 0);
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const auto classified = runCli(
        {QStringLiteral("--db"), m_path, QStringLiteral("classify"), QStringLiteral("--as-of"), today});
    ASSERT_EQ(classified.exitCode, 0) << classified.err.toStdString();
    const auto storedLine = QRegularExpression(QStringLiteral("snapshot (\\d+) stored")).match(classified.out);
    ASSERT_TRUE(storedLine.hasMatch()) << classified.out.toStdString();
    const QString cliSnapshot = storedLine.captured(1);

    // Per segment: customers, orders, revenue; and every customer's scores and classes.
    const auto segmentsOf = [&](const QString &id, bool customers) {
        QStringList arguments{QStringLiteral("segments"), QStringLiteral("--snapshot"), id, QStringLiteral("--format"),
                              QStringLiteral("json")};
        if (customers)
            arguments << QStringLiteral("--customers");
        return cliJson(arguments).array();
    };
    const QJsonArray appSegments = segmentsOf(QString::number(appSnapshot), false);
    EXPECT_FALSE(appSegments.isEmpty());
    EXPECT_EQ(appSegments, segmentsOf(cliSnapshot, false));
    const QJsonArray appRows = segmentsOf(QString::number(appSnapshot), true);
    EXPECT_EQ(appRows.size(), 400);
    EXPECT_EQ(appRows, segmentsOf(cliSnapshot, true));

    // The fit the app's classification stored (its CLV and P(alive) come from it) equals
    // `kehu-cli model fit` with the same calibration end and time unit (weeks, the policy's):
    // the purchase model exactly; Gamma-Gamma, which the CLI states in yuan, through the same
    // service in minor units.
    const auto snapshot = SnapshotRepository(m_workspace->database()).find(appSnapshot);
    ASSERT_TRUE(snapshot);
    const SnapshotSummary::Models &stored = snapshot->summary.models;
    const QString model = toKey(stored.purchaseModel);
    EXPECT_EQ(model, QStringLiteral("mbgnbd"));
    ASSERT_TRUE(stored.purchaseFit);
    ASSERT_TRUE(stored.gammaGamma);
    const QJsonObject fit = cliJson({QStringLiteral("model"), QStringLiteral("fit"),
                                     QStringLiteral("--calibration-end"), today, QStringLiteral("--json")})
                                .object();
    EXPECT_EQ(fit[QStringLiteral("purchase_model")].toString(), model);
    const QJsonObject cliFit = fit[model].toObject();
    EXPECT_EQ(cliFit[QStringLiteral("r")].toDouble(), stored.purchaseFit->r);
    EXPECT_EQ(cliFit[QStringLiteral("alpha")].toDouble(), stored.purchaseFit->alpha);
    EXPECT_EQ(cliFit[QStringLiteral("a")].toDouble(), stored.purchaseFit->a);
    EXPECT_EQ(cliFit[QStringLiteral("b")].toDouble(), stored.purchaseFit->b);
    EXPECT_EQ(cliFit[QStringLiteral("log_likelihood")].toDouble(), stored.purchaseFit->logLikelihood);

    PurchaseModelFit::Request request;
    request.calibrationEnd = QDate::currentDate();
    const PurchaseModelFit::Result inYuan = PurchaseModelFit(*m_workspace).fit(request);
    request.minorUnitsPerSpendUnit = 1.0;
    const PurchaseModelFit::Result inFen = PurchaseModelFit(*m_workspace).fit(request);
    ASSERT_TRUE(inYuan.spend.ok() && inFen.spend.ok());
    const QJsonObject cliSpend = fit[QStringLiteral("gamma_gamma")].toObject();
    EXPECT_EQ(cliSpend[QStringLiteral("p")].toDouble(), inYuan.spend.params.p);
    EXPECT_EQ(cliSpend[QStringLiteral("gamma")].toDouble(), inYuan.spend.params.gamma);
    EXPECT_EQ(stored.gammaGamma->p, inFen.spend.params.p);
    EXPECT_EQ(stored.gammaGamma->q, inFen.spend.params.q);
    EXPECT_EQ(stored.gammaGamma->gamma, inFen.spend.params.gamma);
    EXPECT_EQ(inFen.purchase.params.r, stored.purchaseFit->r);
}

TEST_F(SameFigures, ReviewAndMigrationAgree)
{
    const Quarter quarter = *Quarter::parse(u"2025Q4");
    const QDate reviewDay(2026, 1, 15);
    ReviewSession session(*m_workspace);
    QSignalSpy finished(&session, &ReviewSession::finished);
    session.build(quarter, reviewDay);
    ASSERT_TRUE(finished.wait(120000));
    ASSERT_TRUE(finished.value(0).value(0).toBool()) << finished.value(0).value(1).toString().toStdString();
    const QuarterlyReview &review = session.review();
    ASSERT_TRUE(review.previous);

    // The CLI's review of the same quarter and day reuses the frozen quarter-end snapshots.
    const auto run = runCli({QStringLiteral("--db"), m_path, QStringLiteral("review"), QStringLiteral("--quarter"),
                             QStringLiteral("2025Q4"), QStringLiteral("--review-day"),
                             reviewDay.toString(Qt::ISODate)});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QString expected = QStringLiteral(
                                 "review 2025Q4: %1 customers, %2 became key, %3 dropped a class, %4 new churn "
                                 "risks, %5 win-back candidates, %6 overdue follow-ups, %7 proposed follow-ups")
                                 .arg(review.customers)
                                 .arg(review.becameKey.size())
                                 .arg(review.droppedClass.size())
                                 .arg(review.newChurnRisks.size())
                                 .arg(review.winBack.size())
                                 .arg(review.overdueFollowUps.size())
                                 .arg(review.actions.size());
    EXPECT_TRUE(run.out.contains(expected)) << run.out.toStdString() << "\nexpected: " << expected.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("reusing snapshot %1").arg(review.current.id)))
        << run.out.toStdString();

    // `kehu-cli migration` between the review's two snapshots: the same customers in every
    // cell as the review's matrices and as the customer lists behind the review page's cells.
    for (const bool abc : {false, true}) {
        const QStringList &keys = abc ? review.abcKeys : review.segmentKeys;
        const analytics::MigrationMatrix &matrix = abc ? review.abcMigration : review.segmentMigration;
        const QJsonArray cells = cliJson({QStringLiteral("migration"), QStringLiteral("--from"),
                                          QString::number(review.previous->id), QStringLiteral("--to"),
                                          QString::number(review.current.id), QStringLiteral("--by"),
                                          abc ? QStringLiteral("abc") : QStringLiteral("segment"),
                                          QStringLiteral("--format"), QStringLiteral("json")})
                                     .array();
        ASSERT_FALSE(cells.isEmpty());
        const auto labelOf = [&](const QString &key) -> int16_t {
            return key == u"-" ? analytics::kAbsentLabel : int16_t(keys.indexOf(key));
        };
        qint64 cliTotal = 0;
        for (const QJsonValue cell : cells) {
            const QString from = cell[QStringLiteral("from")].toString();
            const QString to = cell[QStringLiteral("to")].toString();
            const qint64 customers = cell[QStringLiteral("customers")].toInteger();
            cliTotal += customers;
            const int16_t f = labelOf(from);
            const int16_t t = labelOf(to);
            ASSERT_TRUE(f >= analytics::kAbsentLabel && t >= analytics::kAbsentLabel)
                << from.toStdString() << " " << to.toStdString();
            EXPECT_EQ(matrix.count(f, t), customers) << from.toStdString() << " -> " << to.toStdString();
            const int absent = int(keys.size());
            EXPECT_EQ(session.cellCustomers(abc, f < 0 ? absent : f, t < 0 ? absent : t).size(), customers)
                << from.toStdString() << " -> " << to.toStdString();
        }
        qint64 reviewTotal = 0;
        for (const int64_t n : matrix.customers)
            reviewTotal += n;
        EXPECT_EQ(cliTotal, reviewTotal);
        EXPECT_EQ(cliTotal, review.customers);
    }
}

} // namespace
} // namespace kehu
