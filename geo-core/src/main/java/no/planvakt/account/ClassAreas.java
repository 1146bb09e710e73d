package no.planvakt.account;

import java.util.Arrays;

/** Areas per land-cover class (the last entry: not classified), added up over objects. Mutable while summing. */
public final class ClassAreas {
    private final double[] m2;

    public ClassAreas(int classes) {
        m2 = new double[classes + 1];
    }

    public void add(double[] areas) {
        for (int i = 0; i < m2.length; i++) {
            m2[i] += areas[i];
        }
    }

    public void add(int k, double area) {
        m2[k] += area;
    }

    public double get(int k) {
        return m2[k];
    }

    public int size() {
        return m2.length;
    }

    public double total() {
        return Arrays.stream(m2).sum();
    }

    public double[] toArray() {
        return m2.clone();
    }
}
