package no.planvakt.rule.kind;

/**
 * Location classes of the ABC principle (standards.md): A at centres and hubs, B inside the urban
 * structure with good public transport, C near the main road network; NONE outside all three.
 */
enum AbcClass {
    A(1, "A – sentralt ved sentrum/knutepunkt"),
    B(2, "B – god kollektivdekning"),
    C(3, "C – nær hovedvegnettet"),
    NONE(0, "ingen klasse (utenfor A, B og C)");

    private final int figure;
    private final String label;

    AbcClass(int figure, String label) {
        this.figure = figure;
        this.label = label;
    }

    /** The class as a number in findings' figures (abc_class): 1 = A, 2 = B, 3 = C, 0 = none. */
    int figure() {
        return figure;
    }

    String letter() {
        return this == NONE ? "–" : name();
    }

    String label() {
        return label;
    }
}
