package org.tandem.participant;

import java.util.EnumSet;
import java.util.Set;

/**
 * Half-days of the week a person can meet, as a bit set (weekday × part of day), so that overlap between two
 * people is one AND and a bit count.
 */
public record Availability(int bits) {

    public enum Weekday { MON, TUE, WED, THU, FRI, SAT, SUN }

    public enum DayPart { MORNING, AFTERNOON, EVENING }

    public static final Availability NONE = new Availability(0);

    public Availability {
        if (bits < 0 || bits >= 1 << 21) {
            throw new IllegalArgumentException("availability out of range");
        }
    }

    public static int bit(Weekday day, DayPart part) {
        return 1 << (day.ordinal() * 3 + part.ordinal());
    }

    /** Slots written as "MON_MORNING", as forms and imports send them. */
    public static Availability of(Set<String> slots) {
        int bits = 0;
        for (String slot : slots) {
            int split = slot.indexOf('_');
            if (split < 0) {
                throw new IllegalArgumentException("unknown availability slot " + slot);
            }
            bits |= bit(Weekday.valueOf(slot.substring(0, split)), DayPart.valueOf(slot.substring(split + 1)));
        }
        return new Availability(bits);
    }

    public Set<String> slots() {
        var slots = new java.util.TreeSet<String>();
        for (Weekday day : Weekday.values()) {
            for (DayPart part : DayPart.values()) {
                if (has(day, part)) {
                    slots.add(day + "_" + part);
                }
            }
        }
        return slots;
    }

    public boolean has(Weekday day, DayPart part) {
        return (bits & bit(day, part)) != 0;
    }

    public int overlap(Availability other) {
        return Integer.bitCount(bits & other.bits);
    }

    public static Set<String> allSlots() {
        var all = new java.util.LinkedHashSet<String>();
        for (Weekday day : Weekday.values()) {
            for (DayPart part : EnumSet.allOf(DayPart.class)) {
                all.add(day + "_" + part);
            }
        }
        return all;
    }
}
