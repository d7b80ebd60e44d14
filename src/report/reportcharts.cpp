#include "reportcharts.h"

#include <QFont>
#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace kehu::ReportCharts {

namespace {

constexpr int kScale = 2;

QFont chartFont(int pixelSize, bool bold = false)
{
    QFont font;
    font.setFamilies(fontFamilies());
    font.setPixelSize(pixelSize * kScale);
    font.setBold(bold);
    return font;
}

QImage canvas(int width, int height)
{
    QImage image(width * kScale, height * kScale, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    return image;
}

double niceMax(double value)
{
    if (value <= 0)
        return 1.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (value <= step * magnitude)
            return step * magnitude;
    }
    return 10.0 * magnitude;
}

QString axisNumber(double v)
{
    if (std::abs(v) >= 1e6)
        return QString::number(v / 1e6, 'g', 3) + u'M';
    if (std::abs(v) >= 1e4)
        return QString::number(v / 1e3, 'g', 3) + u'k';
    return QString::number(v, 'g', 4);
}

void legend(QPainter &p, const QList<Series> &series, int x, int y)
{
    p.setFont(chartFont(11));
    const QFontMetrics fm(p.font());
    for (const Series &s : series) {
        p.fillRect(x, y, 14 * kScale, 10 * kScale, s.color);
        p.setPen(Qt::black);
        p.drawText(x + 18 * kScale, y + 10 * kScale, s.name);
        x += 18 * kScale + fm.horizontalAdvance(s.name) + 16 * kScale;
    }
}

} // namespace

QStringList fontFamilies()
{
    return {QStringLiteral("Noto Sans CJK SC"),   QStringLiteral("Noto Sans SC"),
            QStringLiteral("Source Han Sans SC"), QStringLiteral("WenQuanYi Micro Hei"),
            QStringLiteral("Microsoft YaHei"),    QStringLiteral("PingFang SC"),
            QStringLiteral("Noto Serif CJK SC"),  QStringLiteral("sans-serif")};
}

QImage migrationHeatTable(const analytics::MigrationMatrix &m, const QStringList &labels, const QString &fromTitle,
                          const QString &toTitle)
{
    const int side = m.labelCount + 1;
    // Hide labels nobody has on either side, so a 10-segment table stays readable.
    QList<int> shown;
    for (int i = 0; i < side; ++i) {
        int64_t total = 0;
        for (int j = 0; j < side; ++j)
            total += m.customers[size_t(i) * size_t(side) + size_t(j)]
                     + m.customers[size_t(j) * size_t(side) + size_t(i)];
        if (total > 0)
            shown << i;
    }
    if (shown.isEmpty())
        shown << 0;
    const int header = 130;
    const int cell = shown.size() > 6 ? 52 : 70;
    const int width = header + cell * int(shown.size()) + 20;
    const int height = 40 + header + cell * int(shown.size()) + 10;
    QImage image = canvas(width, height);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(kScale, kScale);
    QFont font = chartFont(11);
    font.setPixelSize(11);
    p.setFont(font);
    int64_t maxCount = 1;
    for (int64_t c : m.customers)
        maxCount = std::max(maxCount, c);
    const int top = 40;
    p.setPen(Qt::black);
    QFont bold = font;
    bold.setBold(true);
    p.setFont(bold);
    p.drawText(QRect(header, 0, width - header, 20), Qt::AlignLeft | Qt::AlignVCenter, toTitle + u" →");
    p.drawText(QRect(0, top + header - 20, header, 20), Qt::AlignLeft | Qt::AlignVCenter, fromTitle + u" ↓");
    p.setFont(font);
    const int halfCell = cell / 2; // whole pixels
    for (qsizetype k = 0; k < shown.size(); ++k) {
        const QString label = labels.value(shown[k]);
        // Column headers, rotated.
        p.save();
        p.translate(header + cell * int(k) + halfCell + 5, top + header - 6);
        p.rotate(-60);
        p.drawText(0, 0, label);
        p.restore();
        p.drawText(QRect(4, top + header + cell * int(k), header - 8, cell), Qt::AlignRight | Qt::AlignVCenter, label);
    }
    for (qsizetype a = 0; a < shown.size(); ++a) {
        for (qsizetype b = 0; b < shown.size(); ++b) {
            const size_t index = size_t(shown[a]) * size_t(side) + size_t(shown[b]);
            const int64_t count = m.customers[index];
            const double t = count > 0 ? 0.15 + 0.85 * std::sqrt(double(count) / double(maxCount)) : 0.0;
            const QColor fill = count > 0 ? QColor::fromRgbF(float(1.0 - 0.75 * t), float(1.0 - 0.45 * t), 1.0f)
                                          : QColor(248, 248, 248);
            const QRect r(header + cell * int(b), top + header + cell * int(a), cell, cell);
            p.fillRect(r, fill);
            p.setPen(QColor(210, 210, 210));
            p.drawRect(r);
            if (a == b) {
                p.setPen(QPen(QColor(60, 60, 60), 1.5));
                p.drawRect(r.adjusted(1, 1, -1, -1));
            }
            p.setPen(t > 0.6 ? Qt::white : Qt::black);
            if (count > 0)
                p.drawText(r, Qt::AlignCenter, axisNumber(double(count)));
        }
    }
    return image;
}

namespace {

/// Largest non-NaN value of all series (0 when there is none).
double seriesMax(const QList<Series> &series)
{
    double maxValue = 0;
    for (const Series &s : series) {
        for (double v : s.values)
            maxValue = std::isnan(v) ? maxValue : std::max(maxValue, v);
    }
    return maxValue;
}

/// What every series chart starts with: antialiasing, the legend at the top left, the
/// drawing scale and the label font of `pixelSize`.
void beginSeriesChart(QPainter &p, const QList<Series> &series, int pixelSize)
{
    p.setRenderHint(QPainter::Antialiasing);
    legend(p, series, 10 * kScale, 8 * kScale);
    p.scale(kScale, kScale);
    QFont font = chartFont(pixelSize);
    font.setPixelSize(pixelSize);
    p.setFont(font);
}

} // namespace

QImage barChart(const QStringList &labels, const QList<Series> &series)
{
    const int labelWidth = 150;
    const int row = 14 * int(std::max<qsizetype>(series.size(), 1)) + 10;
    const int width = 720;
    const int height = 50 + row * int(labels.size()) + 30;
    QImage image = canvas(width, height);
    QPainter p(&image);
    beginSeriesChart(p, series, 11);
    const double axisMax = niceMax(seriesMax(series));
    const int plotLeft = labelWidth + 10;
    const int plotWidth = width - plotLeft - 60;
    const int top = 40;
    p.setPen(QColor(220, 220, 220));
    for (int g = 0; g <= 4; ++g) {
        const int x = plotLeft + plotWidth * g / 4;
        p.drawLine(x, top, x, top + row * int(labels.size()));
        p.setPen(Qt::darkGray);
        p.drawText(QRect(x - 40, top + row * int(labels.size()) + 2, 80, 16), Qt::AlignCenter,
                   axisNumber(axisMax * g / 4));
        p.setPen(QColor(220, 220, 220));
    }
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const int y = top + row * int(i);
        p.setPen(Qt::black);
        p.drawText(QRect(0, y, labelWidth, row), Qt::AlignRight | Qt::AlignVCenter, labels[i]);
        for (qsizetype s = 0; s < series.size(); ++s) {
            const double v = series[s].values.value(i);
            if (std::isnan(v) || v <= 0)
                continue;
            const int w = int(plotWidth * v / axisMax);
            const QRect bar(plotLeft, y + 5 + 14 * int(s), std::max(w, 1), 12);
            p.fillRect(bar, series[s].color);
            p.setPen(Qt::black);
            p.drawText(QRect(bar.right() + 4, bar.top() - 2, 60, 16), Qt::AlignLeft | Qt::AlignVCenter, axisNumber(v));
        }
    }
    return image;
}

QImage lineChart(const QStringList &categories, const QList<Series> &series)
{
    const int width = 720;
    const int height = 300;
    QImage image = canvas(width, height);
    QPainter p(&image);
    beginSeriesChart(p, series, 10);
    const double axisMax = niceMax(seriesMax(series));
    const QRect plot(60, 36, width - 110, height - 36 - 50); // room for the last rotated label
    for (int g = 0; g <= 4; ++g) {
        const int y = plot.bottom() - plot.height() * g / 4;
        p.setPen(QColor(225, 225, 225));
        p.drawLine(plot.left(), y, plot.right(), y);
        p.setPen(Qt::darkGray);
        p.drawText(QRect(0, y - 8, plot.left() - 6, 16), Qt::AlignRight | Qt::AlignVCenter,
                   axisNumber(axisMax * g / 4));
    }
    const qsizetype n = categories.size();
    auto xOf = [&](qsizetype i) { return plot.left() + (n > 1 ? plot.width() * double(i) / double(n - 1) : 0.0); };
    const qsizetype labelStep = std::max<qsizetype>(1, n / 12);
    for (qsizetype i = 0; i < n; i += labelStep) {
        p.save();
        p.translate(xOf(i), plot.bottom() + 8);
        p.rotate(40);
        p.setPen(Qt::darkGray);
        p.drawText(0, 8, categories[i]);
        p.restore();
    }
    for (const Series &s : series) {
        QPainterPath path;
        bool started = false;
        for (qsizetype i = 0; i < s.values.size() && i < n; ++i) {
            const double v = s.values[i];
            if (std::isnan(v)) {
                started = false;
                continue;
            }
            const QPointF point(xOf(i), plot.bottom() - plot.height() * v / axisMax);
            if (started)
                path.lineTo(point);
            else
                path.moveTo(point);
            started = true;
        }
        QPen pen(s.color, 2);
        if (s.dashed)
            pen.setStyle(Qt::DashLine);
        p.setPen(pen);
        p.drawPath(path);
    }
    return image;
}

} // namespace kehu::ReportCharts
