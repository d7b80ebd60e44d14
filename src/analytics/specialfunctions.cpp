#include "specialfunctions.h"

#include <cmath>

namespace kehu::analytics {

double digamma(double x)
{
    double result = 0.0;
    // psi(x) = psi(x + 1) - 1/x moves x into the range where the asymptotic series is exact
    // to double precision.
    while (x < 6.0) {
        result -= 1.0 / x;
        x += 1.0;
    }
    const double inv = 1.0 / x;
    const double inv2 = inv * inv;
    // Bernoulli-number coefficients B2k / (2k) of the asymptotic expansion.
    const double series = inv2
                          * (1.0 / 12
                             - inv2 * (1.0 / 120 - inv2 * (1.0 / 252 - inv2 * (1.0 / 240 - inv2 * (1.0 / 132)))));
    return result + std::log(x) - 0.5 * inv - series;
}

double hyp2f1(double a, double b, double c, double z)
{
    double term = 1.0;
    double sum = 1.0;
    for (int k = 0; k < 1000000; ++k) {
        term *= (a + k) * (b + k) / ((c + k) * (k + 1.0)) * z;
        const double next = sum + term;
        if (next == sum && k > 2)
            return sum;
        sum = next;
    }
    return std::nan("");
}

} // namespace kehu::analytics
