package org.licensetriage.keys;

/**
 * The Windows 8+ key encoding: the index of the {@code N} is the most significant base-24 digit, the other 24
 * characters follow; decoding and encoding with 128-bit arithmetic in two longs.
 */
final class Pkey2009 {

    /** 24^12: splits the 25 digits into 13 high ones (below 2^60) and 12 low ones (below 2^56). */
    private static final long POW12 = 36_520_347_436_056_576L;

    /** {@code d × 24^k} for k = 0–24 and d = 0–23: a changed digit updates the value with one add and one subtract. */
    private static final long[][] MULTIPLE_LO = new long[25][24];
    private static final long[][] MULTIPLE_HI = new long[25][24];

    static {
        long powLo = 1;
        long powHi = 0;
        for (int k = 0; k < 25; k++) {
            for (int d = 0; d < 24; d++) {
                MULTIPLE_LO[k][d] = powLo * d;
                MULTIPLE_HI[k][d] = powHi * d + Math.multiplyHigh(powLo, d) + (powLo < 0 ? d : 0);
            }
            long nextLo = powLo * 24;
            powHi = powHi * 24 + Math.multiplyHigh(powLo, 24) + (powLo < 0 ? 24 : 0);
            powLo = nextLo;
        }
    }

    private Pkey2009() {
    }

    /**
     * Decodes 25 characters with exactly one {@code N} at index {@code nIndex}, all others in the alphabet
     * (the caller has checked both).
     */
    static KeyValue decode(int[] key, int nIndex) {
        long high = nIndex;
        long low = 0;
        int digits = 1;
        for (int i = 0; i < ProductKeys.LENGTH; i++) {
            if (i == nIndex) {
                continue;
            }
            int d = ProductKeys.digit(key[i]);
            if (digits < 13) {
                high = high * 24 + d;
            } else {
                low = low * 24 + d;
            }
            digits++;
        }
        long lo = high * POW12;
        long hi = Math.multiplyHigh(high, POW12);
        long sum = lo + low;
        if (Long.compareUnsigned(sum, lo) < 0) {
            hi++;
        }
        return new KeyValue(hi, sum);
    }

    /** Encodes a value below 24^25 as 25 characters with one {@code N}. */
    static String encode(KeyValue value) {
        int[] limbs = {(int) (value.hi() >>> 32), (int) value.hi(), (int) (value.lo() >>> 32), (int) value.lo()};
        char[] digits = new char[25];
        for (int position = 24; position >= 0; position--) {
            long remainder = 0;
            for (int i = 0; i < limbs.length; i++) {
                long current = remainder << 32 | Integer.toUnsignedLong(limbs[i]);
                limbs[i] = (int) (current / 24);
                remainder = current % 24;
            }
            digits[position] = (char) remainder;
        }
        if ((limbs[0] | limbs[1] | limbs[2] | limbs[3]) != 0 || digits[0] > 23) {
            throw new IllegalArgumentException("the value does not fit in 25 base-24 digits");
        }
        StringBuilder key = new StringBuilder(ProductKeys.LENGTH);
        for (int i = 1; i < 25; i++) {
            key.append(ProductKeys.ALPHABET.charAt(digits[i]));
        }
        return key.insert(digits[0], 'N').toString();
    }

    /** The exponent k of the weight 24^k that character {@code index} carries in a key whose N is at {@code nIndex}. */
    static int weight(int index, int nIndex) {
        return index < nIndex ? 23 - index : 24 - index;
    }

    /** The low word of {@code value + (newDigit - oldDigit) × 24^k}. */
    static long replacedLo(long lo, int k, int oldDigit, int newDigit) {
        return lo - MULTIPLE_LO[k][oldDigit] + MULTIPLE_LO[k][newDigit];
    }

    /** The high word of {@code value + (newDigit - oldDigit) × 24^k}, carrying and borrowing from the low word. */
    static long replacedHi(long hi, long lo, int k, int oldDigit, int newDigit) {
        long subLo = MULTIPLE_LO[k][oldDigit];
        long afterSub = lo - subLo;
        long h = hi - MULTIPLE_HI[k][oldDigit] - (Long.compareUnsigned(lo, subLo) < 0 ? 1 : 0);
        long addLo = MULTIPLE_LO[k][newDigit];
        long afterAdd = afterSub + addLo;
        return h + MULTIPLE_HI[k][newDigit] + (Long.compareUnsigned(afterAdd, afterSub) < 0 ? 1 : 0);
    }
}
