package org.graphinfomax.graph;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Numbers class labels 0..C-1: the distinct label strings sorted (numerically when every label
 * is a number, so "-1" &lt; "1" &lt; "10"; alphabetically otherwise) and numbered in that order. An
 * empty string means "unlabelled" and is encoded as {@link Graph#UNLABELLED}.
 *
 * @param codes the code of each input label, in input order
 * @param names code k stands for {@code names.get(k)}
 */
public record LabelEncoding(int[] codes, List<String> names) {

    /** Copies the collections. */
    public LabelEncoding {
        codes = codes.clone();
        names = List.copyOf(names);
    }

    /** Encodes the given labels. */
    public static LabelEncoding of(List<String> labels) {
        List<String> distinct = labels.stream().filter(s -> !s.isEmpty()).distinct().toList();
        boolean numeric = distinct.stream().allMatch(LabelEncoding::isNumber);
        Comparator<String> order = numeric ? Comparator.comparing(BigDecimal::new) : Comparator.naturalOrder();
        List<String> names = distinct.stream().sorted(order).toList();
        Map<String, Integer> code = new HashMap<>();
        for (int k = 0; k < names.size(); k++) {
            code.put(names.get(k), k);
        }
        int[] codes = labels.stream().mapToInt(s -> s.isEmpty() ? Graph.UNLABELLED : code.get(s)).toArray();
        return new LabelEncoding(codes, names);
    }

    /** Number of classes. */
    public int numClasses() {
        return names.size();
    }

    /**
     * The code of a label name.
     *
     * @throws NoSuchElementException if the name is not one of the classes
     */
    public int codeOf(String name) {
        int k = names.indexOf(name);
        if (k < 0) {
            throw new NoSuchElementException("unknown label '" + name + "'; known labels: " + names);
        }
        return k;
    }

    @Override
    public int[] codes() {
        return codes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LabelEncoding e && java.util.Arrays.equals(codes, e.codes) && names.equals(e.names);
    }

    @Override
    public int hashCode() {
        return 31 * java.util.Arrays.hashCode(codes) + names.hashCode();
    }

    @Override
    public String toString() {
        return "LabelEncoding" + names;
    }

    private static boolean isNumber(String s) {
        try {
            new BigDecimal(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
