package uk.mobilityexplorer.domain;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The spread of one figure among peer areas (the areas of one type with a value for the same measure, edition,
 * period and unit; the area itself included): minimum, quartiles, median, maximum and how many areas there are.
 * <p>
 * Quartiles and median are quantiles by linear interpolation between order statistics (Hyndman and Fan's type 7, the
 * default in R and NumPy, Excel's QUARTILE.INC): for n sorted values x(0)..x(n-1), the p-quantile is
 * x(lo) + f * (x(lo+1) - x(lo)) with h = (n - 1) p, lo = floor(h), f = h - lo. Computed in exact decimals, so the
 * result never carries float noise. With one value every statistic is that value.
 */
public record PeerDistribution(
        int count,
        BigDecimal min,
        BigDecimal lowerQuartile,
        BigDecimal median,
        BigDecimal upperQuartile,
        BigDecimal max) {

    private static final BigDecimal LOWER = new BigDecimal("0.25");
    private static final BigDecimal MIDDLE = new BigDecimal("0.5");
    private static final BigDecimal UPPER = new BigDecimal("0.75");

    /** The distribution of the non-null values; empty when there are none. */
    public static Optional<PeerDistribution> of(Collection<BigDecimal> values) {
        List<BigDecimal> sorted =
                values.stream().filter(Objects::nonNull).sorted().toList();
        if (sorted.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PeerDistribution(
                sorted.size(),
                sorted.get(0),
                quantile(sorted, LOWER),
                quantile(sorted, MIDDLE),
                quantile(sorted, UPPER),
                sorted.get(sorted.size() - 1)));
    }

    static BigDecimal quantile(List<BigDecimal> sorted, BigDecimal p) {
        BigDecimal h = p.multiply(BigDecimal.valueOf(sorted.size() - 1L));
        int lo = h.intValue();
        BigDecimal fraction = h.subtract(BigDecimal.valueOf(lo));
        BigDecimal low = sorted.get(lo);
        if (fraction.signum() == 0) {
            return low;
        }
        return low.add(fraction.multiply(sorted.get(lo + 1).subtract(low))).stripTrailingZeros();
    }
}
