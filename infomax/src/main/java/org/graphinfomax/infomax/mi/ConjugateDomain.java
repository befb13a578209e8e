package org.graphinfomax.infomax.mi;

/**
 * An interval of the real line: the effective domain {@code {t : f*(t) < infinity}} of a convex conjugate.
 *
 * @param lower       lower end, possibly negative infinity
 * @param lowerClosed whether {@code lower} itself belongs to the interval
 * @param upper       upper end, possibly positive infinity
 * @param upperClosed whether {@code upper} itself belongs to the interval
 */
public record ConjugateDomain(double lower, boolean lowerClosed, double upper, boolean upperClosed) {

    /** The whole real line. */
    public static final ConjugateDomain REAL_LINE =
            new ConjugateDomain(Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY, false);

    /**
     * @param lower       lower end
     * @param lowerClosed whether the lower end belongs to the interval
     * @param upper       upper end
     * @param upperClosed whether the upper end belongs to the interval
     * @throws IllegalArgumentException if the ends are NaN or out of order
     */
    public ConjugateDomain {
        if (Double.isNaN(lower) || Double.isNaN(upper) || lower > upper) {
            throw new IllegalArgumentException("invalid interval ends " + lower + ", " + upper);
        }
    }

    /**
     * @param upper the excluded upper end
     * @return the open interval {@code (-infinity, upper)}
     */
    public static ConjugateDomain below(double upper) {
        return new ConjugateDomain(Double.NEGATIVE_INFINITY, false, upper, false);
    }

    /**
     * @param upper the included upper end
     * @return the interval {@code (-infinity, upper]}
     */
    public static ConjugateDomain atMost(double upper) {
        return new ConjugateDomain(Double.NEGATIVE_INFINITY, false, upper, true);
    }

    /**
     * @param lower the included lower end
     * @param upper the included upper end
     * @return the closed interval {@code [lower, upper]}
     */
    public static ConjugateDomain closed(double lower, double upper) {
        return new ConjugateDomain(lower, true, upper, true);
    }

    /**
     * @param t a real number
     * @return whether t lies in the interval
     */
    public boolean contains(double t) {
        boolean aboveLower = lowerClosed ? t >= lower : t > lower;
        boolean belowUpper = upperClosed ? t <= upper : t < upper;
        return aboveLower && belowUpper;
    }

    /**
     * @param t a real number
     * @return whether t lies in the closure of the interval; activations that approach an open end as
     *     |v| grows reach it in floating point (e.g. {@code -softplus(-v)} rounds to 0 for v above ~745)
     */
    public boolean closureContains(double t) {
        return t >= lower && t <= upper;
    }

    @Override
    public String toString() {
        return (lowerClosed ? "[" : "(") + format(lower) + ", " + format(upper) + (upperClosed ? "]" : ")");
    }

    private static String format(double end) {
        if (Double.isInfinite(end)) {
            return end > 0 ? "+inf" : "-inf";
        }
        return Double.toString(end);
    }
}
