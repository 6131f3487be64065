package org.licensetriage.keys;

/**
 * The input as the analyser reads it: NFKC-folded, upper-case, without whitespace or dashes, as code points.
 * {@code nonAsciiNormalised} tells that a non-ASCII character was folded or removed on the way.
 */
record NormalizedKey(String value, int[] codePoints, boolean nonAsciiNormalised) {

    int length() {
        return codePoints.length;
    }

    int at(int index) {
        return codePoints[index];
    }

    @Override
    public String toString() {
        return "NormalizedKey[" + ProductKeys.mask(value) + "]";
    }
}
