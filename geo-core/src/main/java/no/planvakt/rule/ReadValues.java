package no.planvakt.rule;

import java.util.Arrays;

/**
 * The values of the attributes a filter reads, for one object, each with its class: the key under
 * which {@link FeatureFilter} remembers its result. The class is part of the key because a feature
 * type is built from the values' classes, and because equal values of different classes (an
 * Integer and a Long) may compare differently.
 */
final class ReadValues {
    /** An attribute the object does not have at all (a filter may tell that from one that is null). */
    static final Object ABSENT = new Object() {
        @Override
        public String toString() {
            return "ABSENT";
        }
    };

    private final Object[] values;
    private final int hash;

    ReadValues(Object[] values) {
        this.values = values;
        int h = 1;
        for (Object v : values) {
            h = 31 * h + (v == null ? 0 : v.hashCode() * 31 + v.getClass().hashCode());
        }
        this.hash = h;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ReadValues other) || other.hash != hash || other.values.length != values.length) {
            return false;
        }
        for (int i = 0; i < values.length; i++) {
            Object a = values[i];
            Object b = other.values[i];
            if (a == null ? b != null : b == null || a.getClass() != b.getClass() || !a.equals(b)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return Arrays.toString(values);
    }
}
