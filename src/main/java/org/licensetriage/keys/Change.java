package org.licensetriage.keys;

/**
 * One character changed by a repair. A substitution replaces {@code from} by {@code to} at {@code position}
 * (1-based, the same in input and repair). An insertion has {@code from} = {@value #NOTHING} and
 * {@code position} where the new character stands in the repaired key; a deletion has {@code to} =
 * {@value #NOTHING} and {@code position} of the removed character in the normalised input.
 */
public record Change(int position, char from, char to, Kind kind) {

    /** Stands for "no character": a dash can never be part of a normalised key. */
    public static final char NOTHING = '-';

    /** What the change does to the length of the key. */
    public enum Kind { SUBSTITUTION, INSERTION, DELETION }

    public static Change substitution(int position, char from, char to) {
        return new Change(position, from, to, Kind.SUBSTITUTION);
    }

    public static Change insertion(int position, char to) {
        return new Change(position, NOTHING, to, Kind.INSERTION);
    }

    public static Change deletion(int position, char from) {
        return new Change(position, from, NOTHING, Kind.DELETION);
    }
}
