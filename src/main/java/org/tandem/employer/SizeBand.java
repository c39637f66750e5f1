package org.tandem.employer;

/** Number of employees, in the bands funders report on. */
public enum SizeBand {
    MICRO("1-9"), SMALL("10-49"), MEDIUM("50-249"), LARGE("250+");

    private final String label;

    SizeBand(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
