#include "testdata.h"

#include "civildate.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <map>
#include <numeric>
#include <sstream>
#include <stdexcept>
#include <tuple>

namespace kehu::analytics::test {

namespace {

std::ifstream open(const std::string &name)
{
    std::ifstream in(std::string(KEHU_TEST_DATA_DIR) + "/" + name);
    if (!in)
        throw std::runtime_error("cannot open test data " + name);
    return in;
}

void sortRows(Purchases &p)
{
    std::vector<size_t> idx(p.customer.size());
    std::iota(idx.begin(), idx.end(), 0);
    std::stable_sort(idx.begin(), idx.end(), [&](size_t a, size_t b) {
        return std::tie(p.customer[a], p.day[a]) < std::tie(p.customer[b], p.day[b]);
    });
    Purchases s;
    s.names = p.names;
    for (size_t i : idx) {
        s.customer.push_back(p.customer[i]);
        s.day.push_back(p.day[i]);
        s.amount.push_back(p.amount[i]);
    }
    p = std::move(s);
}

} // namespace

std::vector<std::string> splitCsvLine(const std::string &line)
{
    std::vector<std::string> out(1);
    bool quoted = false;
    for (size_t i = 0; i < line.size(); ++i) {
        const char ch = line[i];
        if (quoted) {
            if (ch == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                out.back() += '"';
                ++i;
            } else if (ch == '"') {
                quoted = false;
            } else {
                out.back() += ch;
            }
        } else if (ch == '"') {
            quoted = true;
        } else if (ch == ',') {
            out.emplace_back();
        } else if (ch != '\r') {
            out.back() += ch;
        }
    }
    return out;
}

Purchases loadRfmOrders()
{
    std::ifstream in = open("rfm_data_orders.csv");
    std::string line;
    std::getline(in, line); // header
    std::vector<std::tuple<std::string, int32_t, int64_t>> rows;
    while (std::getline(in, line)) {
        if (line.empty())
            continue;
        const auto f = splitCsvLine(line);
        const CivilDate d{std::stoi(f[1].substr(0, 4)), std::stoi(f[1].substr(5, 2)), std::stoi(f[1].substr(8, 2))};
        rows.emplace_back(f[0], daysFromCivil(d), std::stoll(f[2]) * 100);
    }
    std::map<std::string, uint32_t> index;
    for (const auto &r : rows)
        index.emplace(std::get<0>(r), 0);
    Purchases p;
    for (auto &[name, i] : index) {
        i = static_cast<uint32_t>(p.names.size());
        p.names.push_back(name);
    }
    for (const auto &[name, day, amount] : rows) {
        p.customer.push_back(index[name]);
        p.day.push_back(day);
        p.amount.push_back(amount);
    }
    sortRows(p);
    return p;
}

Purchases loadCdnowSample()
{
    std::ifstream in = open("lifetimes_CDNOW_sample.txt");
    Purchases p;
    std::string master, date;
    int sample = 0, cds = 0;
    double dollars = 0;
    uint32_t maxId = 0;
    while (in >> master >> sample >> date >> cds >> dollars) {
        const CivilDate d{std::stoi(date.substr(0, 4)), std::stoi(date.substr(4, 2)), std::stoi(date.substr(6, 2))};
        p.customer.push_back(static_cast<uint32_t>(sample - 1));
        p.day.push_back(daysFromCivil(d));
        p.amount.push_back(std::llround(dollars * 100));
        maxId = std::max(maxId, static_cast<uint32_t>(sample));
    }
    for (uint32_t i = 1; i <= maxId; ++i)
        p.names.push_back(std::to_string(i));
    sortRows(p);
    return p;
}

CdnowCbs loadCdnowCbs()
{
    std::ifstream in = open("btyd_cdnowSummary_cbs.csv");
    std::string line;
    std::getline(in, line);
    CdnowCbs c;
    while (std::getline(in, line)) {
        if (line.empty())
            continue;
        const auto f = splitCsvLine(line);
        c.x.push_back(std::stod(f[1]));
        c.tx.push_back(std::stod(f[2]));
        c.tCal.push_back(std::stod(f[3]));
        c.xStar.push_back(std::stod(f[4]));
        c.mx.push_back(std::stod(f[5]));
    }
    return c;
}

} // namespace kehu::analytics::test
